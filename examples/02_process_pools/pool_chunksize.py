# docs/02-process-pools.md · создан nox -s extract, правьте урок · 8424fd6fd861
import multiprocessing
import time


def position_in_chunk(box):
    # box — общий список для всех элементов одной порции
    box.append(None)
    return len(box)


def square(x):
    return x * x


if __name__ == "__main__":
    items = [[]] * 10  # 10 ссылок на один и тот же пустой список

    with multiprocessing.Pool(2) as pool:
        # По умолчанию: ceil(10 / (4 * 2)) = 2 — порции по 2 элемента
        default = pool.map(position_in_chunk, items)
        print(default)  # [1, 2, 1, 2, 1, 2, 1, 2, 1, 2]

        # Явный размер порции
        by_five = pool.map(position_in_chunk, items, chunksize=5)
        print(by_five)  # [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]

        # У imap размер порции по умолчанию — 1
        one_by_one = list(pool.imap(position_in_chunk, items))
        print(one_by_one)  # [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]

        # Маленькие порции — много сообщений между процессами
        numbers = list(range(2000))
        for chunksize in (1, 100, None):
            start = time.perf_counter()
            pool.map(square, numbers, chunksize=chunksize)
            elapsed = time.perf_counter() - start
            print(f"chunksize={chunksize}: {elapsed:.3f} с")
