# docs/02-process-pools.md · создан nox -s extract, правьте урок · 7dbfad41e6cb
import multiprocessing
import os


def square(x):
    return x * x


if __name__ == "__main__":
    # Пул создаётся только под защитой if __name__ == "__main__":
    # и обязательно закрывается (здесь — выходом из with)
    with multiprocessing.Pool(processes=2) as pool:
        print(pool.map(square, range(5)))  # [0, 1, 4, 9, 16]

    # Столько процессов создаст Pool() без аргумента processes
    print(f"os.cpu_count(): {os.cpu_count()}")
    if hasattr(os, "process_cpu_count"):  # появилась в Python 3.13
        print(f"os.process_cpu_count(): {os.process_cpu_count()}")
