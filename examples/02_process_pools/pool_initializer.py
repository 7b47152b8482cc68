# docs/02-process-pools.md · создан nox -s extract, правьте урок · a27f4bece934
import multiprocessing
import os


def initializer():
    """Выполняется один раз в каждом рабочем процессе, до первой задачи"""
    # flush=True: строка сразу уходит в вывод, а не ждёт в буфере процесса
    print(f"Инициализация рабочего процесса, PID {os.getpid()}", flush=True)
    # Здесь можно открыть соединение с БД, загрузить модель и т. д.


def worker(x):
    return x**2


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2, initializer=initializer) as pool:
        results = pool.map(worker, range(10))
        # Даём рабочим процессам спокойно завершиться
        pool.close()
        pool.join()
    print(results)  # [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
