# docs/08-performance.md · создан nox -s extract, правьте урок · c6755a0c2970
import multiprocessing
import statistics
import time
from functools import partial

N = 120_000  # небольшая нагрузка: несколько миллисекунд на задачу


def burn(n):
    """Вычисления на чистом Python: процессор занят, ввода-вывода нет."""
    total = 0
    for i in range(n):
        total += i % 7
    return total


def run_sequentially(tasks):
    return [burn(n) for n in tasks]


def measure(variants, repeats=5):
    """Прогрев, затем повторы по кругу. Возвращает все замеры каждого варианта."""
    for func in variants.values():
        func()  # прогрев: первый запуск не считаем
    times = {name: [] for name in variants}
    for _ in range(repeats):
        for name, func in variants.items():  # варианты чередуются: A, B, A, B, ...
            start = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - start)
    return times


if __name__ == "__main__":
    tasks = [N] * 4
    with multiprocessing.Pool(2) as pool:  # пул запускаем до замеров
        times = measure({
            "последовательно": partial(run_sequentially, tasks),
            "Pool(2).map": partial(pool.map, burn, tasks),
        })

    medians = {name: statistics.median(t) for name, t in times.items()}
    for name, t in times.items():
        print(f"{name:16} медиана {medians[name] * 1000:6.1f} мс, "
              f"разброс {min(t) * 1000:.1f}–{max(t) * 1000:.1f} мс")
    ratio = medians["последовательно"] / medians["Pool(2).map"]
    print(f"ускорение: {ratio:.2f}")
