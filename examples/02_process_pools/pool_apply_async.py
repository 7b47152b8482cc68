# docs/02-process-pools.md · создан nox -s extract, правьте урок · dfc198d80df0
import multiprocessing
import time


def compute(x):
    time.sleep(0.1)
    return x**2


if __name__ == "__main__":
    with multiprocessing.Pool(4) as pool:
        start = time.perf_counter()
        # Запускаем задачи асинхронно: каждый вызов сразу возвращает управление
        results = [pool.apply_async(compute, args=(i,)) for i in range(8)]

        # get() блокирует, пока результат не готов
        values = [r.get(timeout=10) for r in results]
        elapsed = time.perf_counter() - start

    print(values)  # [0, 1, 4, 9, 16, 25, 36, 49]
    print(f"8 задач по 0,1 с на 4 процессах: {elapsed:.2f} с")
