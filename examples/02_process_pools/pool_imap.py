# docs/02-process-pools.md · создан nox -s extract, правьте урок · 38f8064df519
import multiprocessing
import time


def slow_square(x):
    time.sleep(0.1)
    return x**2


if __name__ == "__main__":
    items = list(range(6))

    with multiprocessing.Pool(2) as pool:
        start = time.perf_counter()
        # imap возвращает итератор: результаты приходят по мере готовности,
        # НО в порядке входных данных
        for result in pool.imap(slow_square, items):
            print(f"{time.perf_counter() - start:.2f} с: получен результат {result}")
