# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 4d578140ac34
import multiprocessing
import pickle

N = 200_000
PARTS = 8
K = 7

_numbers = None  # копия данных в рабочем процессе (вариант 2)


def count_in(numbers, lo, hi):
    # Вариант 1: данные едут вместе с каждой задачей
    return sum(1 for x in numbers[lo:hi] if x % K == 0)


def init_worker(numbers):
    global _numbers
    _numbers = numbers


def count_in_local(lo, hi):
    # Вариант 2: данные уже лежат в рабочем процессе, задача несёт только границы
    return sum(1 for x in _numbers[lo:hi] if x % K == 0)


def count_in_range(lo, hi):
    # Вариант 3: рабочий процесс сам получает свою часть данных по описанию
    return sum(1 for x in range(lo, hi) if x % K == 0)


def size(objects):
    # Сколько байтов займут объекты после сериализации (pickle)
    return sum(len(pickle.dumps(obj)) for obj in objects)


if __name__ == "__main__":
    numbers = list(range(N))
    step = N // PARTS
    bounds = [(lo, lo + step) for lo in range(0, N, step)]
    heavy_tasks = [(numbers, lo, hi) for lo, hi in bounds]

    with multiprocessing.Pool(2) as pool:
        result1 = sum(pool.starmap(count_in, heavy_tasks))
        result3 = sum(pool.starmap(count_in_range, bounds))
    # initializer получает данные один раз на рабочий процесс — как scatter в Dask и put в Ray
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(numbers,)) as pool:
        result2 = sum(pool.starmap(count_in_local, bounds))

    print(f"1. данные в каждой задаче: {result1}, задачи — {size(heavy_tasks)} байт")
    print(
        f"2. данные заранее у рабочих: {result2}, задачи — {size(bounds)} байт, "
        f"плюс {size([numbers])} байт на рабочий процесс"
    )
    print(f"3. только описание данных: {result3}, задачи — {size(bounds)} байт")
