# docs/02-process-pools.md · создан nox -s extract, правьте урок · 309ae174c819
import multiprocessing
import time


def variable_task(x):
    """Задача с разным временем выполнения: первые элементы — самые долгие"""
    time.sleep(0.04 * (8 - x))
    return x**2


if __name__ == "__main__":
    items = list(range(8))

    with multiprocessing.Pool(4) as pool:
        # Результаты приходят по мере готовности
        for result in pool.imap_unordered(variable_task, items):
            print(f"Получен результат: {result}")
