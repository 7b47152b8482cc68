# docs/02-process-pools.md · создан nox -s extract, правьте урок · a72ac47207fe
import gc
import multiprocessing
import warnings


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(4)))  # [0, 1, 4, 9]
    try:
        pool.map(square, range(4))  # выход из with остановил пул
    except ValueError as e:
        print(f"после with: {type(e).__name__}: {e}")  # после with: ValueError: Pool not running

    pool = multiprocessing.Pool(2)
    try:
        pool.join()  # join() без close(): пул ещё принимает задачи
    except ValueError as e:
        print(f"join() до close(): {type(e).__name__}: {e}")
    pool.close()
    pool.join()

    # Пул, который забыли закрыть: его остановит сборщик мусора, с предупреждением
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # ResourceWarning по умолчанию не показывается
        forgotten = multiprocessing.Pool(2)
        print(forgotten.map(square, range(4)))  # [0, 1, 4, 9]
        del forgotten
        gc.collect()
    for w in caught:
        if issubclass(w.category, ResourceWarning):
            print(f"{w.category.__name__}: {w.message}")
