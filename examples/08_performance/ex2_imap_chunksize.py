# docs/08-performance.md · создан nox -s extract, правьте урок · 30f3f29fa829
import multiprocessing
import time


def square(x):
    return x * x


def run(pool, items, chunksize):
    start = time.perf_counter()
    results = list(pool.imap(square, items, chunksize=chunksize))
    return results, time.perf_counter() - start


if __name__ == "__main__":
    items = range(5000)
    with multiprocessing.Pool(2) as pool:
        pool.map(square, [1, 2])  # прогрев
        expected, slow = run(pool, items, 1)  # chunksize=1 — значение по умолчанию у imap
        print(f"chunksize=   1: {slow * 1000:6.1f} мс")
        for chunksize in (10, 100, 1000):
            results, seconds = run(pool, items, chunksize)
            assert results == expected  # те же результаты в том же порядке
            print(f"chunksize={chunksize:4}: {seconds * 1000:6.1f} мс, "
                  f"быстрее в {slow / seconds:.1f} раза")
