# docs/02-process-pools.md · создан nox -s extract, правьте урок · 2f348a24e4bb
import collections
import multiprocessing
import os


def task(x):
    return os.getpid()


if __name__ == "__main__":
    # Новые процессы пул запускает из своего служебного потока, а fork
    # из многопоточного процесса небезопасен — поэтому явно берём spawn
    ctx = multiprocessing.get_context("spawn")

    with ctx.Pool(2, maxtasksperchild=2) as pool:
        pids = pool.map(task, range(8), chunksize=1)

    tasks_per_process = collections.Counter(pids)  # PID -> сколько задач выполнил
    most = max(tasks_per_process.values())
    # Четыре или пять: зависит от того, как задачи разошлись по процессам
    print(f"Рабочих процессов не меньше четырёх: {len(tasks_per_process) >= 4}")
    print(f"Максимум задач на процесс: {most}")  # Максимум задач на процесс: 2
