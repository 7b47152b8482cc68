# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · c9a76a934f00
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def whoami(x):
    return os.getpid()


if __name__ == "__main__":
    # Каждый рабочий процесс выполнит одну задачу и будет заменён новым.
    # mp_context не указан, поэтому исполнитель сам выбрал spawn
    with ProcessPoolExecutor(max_workers=2, max_tasks_per_child=1) as executor:
        pids = list(executor.map(whoami, range(3)))
    print("Задач: 3, разных процессов:", len(set(pids)))  # Задач: 3, разных процессов: 3

    # С явным контекстом fork этот параметр несовместим (в Windows fork нет вовсе)
    if "fork" in multiprocessing.get_all_start_methods():
        fork = multiprocessing.get_context("fork")
        try:
            ProcessPoolExecutor(max_workers=2, mp_context=fork, max_tasks_per_child=1)
        except ValueError as exc:
            print("ValueError:", exc)
