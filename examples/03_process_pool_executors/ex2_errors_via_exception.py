# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 65f90bfca7db
from concurrent.futures import ProcessPoolExecutor


def parse_workers(text):
    return int(text)  # бросает ValueError, если в строке не целое число


if __name__ == "__main__":
    lines = ["8", "16", "много", "4"]
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(parse_workers, line) for line in lines]

    total = 0
    for line, future in zip(lines, futures, strict=True):
        error = future.exception()  # None, если задача завершилась успешно
        if error is None:
            print(f"{line} -> {future.result()}")
            total += future.result()
        else:
            print(f"{line} -> ошибка {type(error).__name__}: {error}")
    print("сумма:", total)  # сумма: 28
