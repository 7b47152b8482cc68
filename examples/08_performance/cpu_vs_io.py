# docs/08-performance.md · создан nox -s extract, правьте урок · 3ea0157da515
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def burn(n):
    """Нагружает процессор: чистый Python, GIL занят всё время."""
    total = 0
    for i in range(n):
        total += i % 7
    return total


def wait(n):
    """Ждёт ввода-вывода: sleep вместо ответа сети, GIL свободен."""
    time.sleep(0.03)
    return n


def timed(run, func, args):
    start = time.perf_counter()
    list(run(func, args))
    return time.perf_counter() - start


if __name__ == "__main__":
    jobs = {"burn (CPU-bound)": (burn, [1_000_000] * 4), "wait (I/O-bound)": (wait, [0] * 4)}
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as processes:
        # Прогрев. Сначала процессы: при fork лучше запускать их, пока потоков ещё нет
        for executor in (processes, threads):
            list(executor.map(burn, [1, 1]))
        print(f"{'':18}{'последовательно':>17}{'2 потока':>10}{'2 процесса':>12}")
        for name, (func, args) in jobs.items():
            cells = [timed(run, func, args) for run in (map, threads.map, processes.map)]
            print(f"{name:18}" + "".join(f"{t:>{w}.3f}" for t, w in zip(cells, (17, 10, 12), strict=True)))
