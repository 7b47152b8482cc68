# docs/02-process-pools.md · создан nox -s extract, правьте урок · 634d0d4f8585
import multiprocessing
import time


def compute(x):
    time.sleep(0.05)
    return x**2


if __name__ == "__main__":
    items = list(range(20))

    with multiprocessing.Pool(4) as pool:
        # Запускаем map асинхронно
        async_result = pool.map_async(compute, items)

        # Можем делать что-то другое, пока идут вычисления
        print("Вычисления запущены...")  # Вычисления запущены...

        # Ждём результаты
        results = async_result.get(timeout=30)
        print(f"Результаты: {results}")
