# docs/02-process-pools.md · создан nox -s extract, правьте урок · 9abc1e16e648
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
    print(f"Разных рабочих процессов: {len(tasks_per_process)}")
    print(f"Максимум задач на процесс: {most}")  # Максимум задач на процесс: 2
