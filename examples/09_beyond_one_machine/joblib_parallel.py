# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 5e3603db64ac
import importlib.util
import multiprocessing
import sys


def square(x):
    return x * x


if __name__ == "__main__":
    if importlib.util.find_spec("joblib") is None:
        print("Для этого примера нужен пакет joblib: python -m pip install joblib")
        sys.exit(0)

    with multiprocessing.Pool(2) as pool:
        print("Pool:", pool.map(square, range(10)))  # Pool: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]

    # joblib импортирует NumPy, а тот запускает свои потоки: при fork пул лучше создать раньше
    from joblib import Parallel, delayed

    # delayed(square)(3) ничего не вычисляет: он записывает вызов как (функция, args, kwargs)
    func, args, kwargs = delayed(square)(3)
    print(func.__name__, args, kwargs)  # square (3,) {}

    # Parallel принимает такие записи и выполняет их в n_jobs рабочих процессах
    results = Parallel(n_jobs=2)(delayed(square)(x) for x in range(10))
    print("joblib:", results)  # joblib: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
