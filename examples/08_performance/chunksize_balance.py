# docs/08-performance.md · создан nox -s extract, правьте урок · 779564b26252
import multiprocessing
import time


def work(seconds):
    time.sleep(seconds)  # задача заданной длительности
    return seconds


if __name__ == "__main__":
    # Первые четыре задачи долгие, последние четыре короткие
    durations = [0.06] * 4 + [0.01] * 4

    with multiprocessing.Pool(2) as pool:
        pool.map(work, [0, 0])  # прогрев
        for chunksize in (4, 1):
            start = time.perf_counter()
            pool.map(work, durations, chunksize=chunksize)
            print(f"chunksize={chunksize}: {time.perf_counter() - start:.2f} с")
