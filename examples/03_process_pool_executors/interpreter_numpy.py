# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 75abdc19ed06
from concurrent.futures import InterpreterPoolExecutor


def numpy_sum(n):
    import numpy as np  # импорт выполняется в рабочем интерпретаторе

    return int(np.arange(n).sum())


if __name__ == "__main__":
    print("главный интерпретатор:", numpy_sum(10))  # главный интерпретатор: 45
    with InterpreterPoolExecutor(max_workers=1) as executor:
        try:
            print("рабочий интерпретатор:", executor.submit(numpy_sum, 10).result())
        except ImportError as exc:
            # Сообщение NumPy длинное, причина — в его последней строке
            print("ImportError:", str(exc).strip().splitlines()[-1])
