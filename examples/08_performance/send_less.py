# docs/08-performance.md · создан nox -s extract, правьте урок · 10694a1af399
import multiprocessing
import time

N = 1_000_000
PARTS = 4


def total(numbers):
    return sum(numbers)


def total_of_range(bounds):
    start, stop = bounds
    return sum(range(start, stop))  # данные строит сам рабочий процесс


if __name__ == "__main__":
    step = N // PARTS
    numbers = list(range(N))
    chunks = [numbers[i:i + step] for i in range(0, N, step)]  # передаём сами числа
    bounds = [(i, i + step) for i in range(0, N, step)]  # передаём только границы

    with multiprocessing.Pool(2) as pool:
        pool.map(total, [[1], [2]])  # прогрев

        start = time.perf_counter()
        sum_of_chunks = sum(pool.map(total, chunks))
        with_data = time.perf_counter() - start

        start = time.perf_counter()
        sum_of_bounds = sum(pool.map(total_of_range, bounds))
        with_bounds = time.perf_counter() - start

    print(f"суммы совпадают: {sum_of_chunks == sum_of_bounds}")  # суммы совпадают: True
    print(f"передаём списки:  {with_data * 1000:6.1f} мс")
    print(f"передаём границы: {with_bounds * 1000:6.1f} мс")
