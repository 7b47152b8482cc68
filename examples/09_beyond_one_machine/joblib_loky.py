# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · fd30911a4e70
import importlib.util
import os
import sys
import time


def worker_pid(_):
    return os.getpid()


def slow_square(x):
    time.sleep(0.05 * (3 - x))  # чем больше x, тем быстрее задача
    return x * x


if __name__ == "__main__":
    if importlib.util.find_spec("joblib") is None:
        print("Для этого примера нужен пакет joblib: python -m pip install joblib")
        sys.exit(0)

    from joblib import Parallel, delayed

    # Два вызова Parallel подряд: loky не закрывает рабочие процессы, а использует их повторно
    first = Parallel(n_jobs=2)(delayed(worker_pid)(i) for i in range(6))
    second = Parallel(n_jobs=2)(delayed(worker_pid)(i) for i in range(6))
    pids = set(first + second)
    print("задачи в главном процессе:", os.getpid() in pids)  # задачи в главном процессе: False
    print("не больше двух процессов:", len(pids) <= 2)  # не больше двух процессов: True

    # return_as="generator_unordered": результаты по мере готовности, а не по порядку
    parallel = Parallel(n_jobs=2, return_as="generator_unordered")
    for result in parallel(delayed(slow_square)(x) for x in range(4)):
        print("готово:", result)
