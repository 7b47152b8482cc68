# docs/08-performance.md · создан nox -s extract, правьте урок · e5916ad1dd00
import multiprocessing
import time


def burn(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        pool.map(burn, [1, 1])  # прогрев: процессы пула готовы к работе
        wall_start = time.perf_counter()
        cpu_start = time.process_time()
        pool.map(burn, [300_000] * 4)
        wall = time.perf_counter() - wall_start
        cpu = time.process_time() - cpu_start

    print(f"прошло времени (perf_counter):             {wall:.3f} с")
    print(f"процессор главного процесса (process_time): {cpu:.3f} с")
