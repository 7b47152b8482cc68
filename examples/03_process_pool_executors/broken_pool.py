# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 32ced7d00f36
import os
import time
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    time.sleep(0.2)  # даём главному процессу поставить вторую задачу
    os._exit(1)      # рабочий процесс умирает внезапно, как при segfault или kill -9


def slow_square(x):
    time.sleep(1)
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("До сбоя:", executor.submit(pow, 2, 10).result())  # До сбоя: 1024

        doomed = executor.submit(crash)
        neighbour = executor.submit(slow_square, 3)  # ни в чём не виновата
        for name, future in (("crash", doomed), ("slow_square", neighbour)):
            try:
                future.result()
            except BrokenProcessPool as exc:
                print(f"{name}: {type(exc).__name__}: {exc}")

        # Сломанный пул больше не принимает задачи
        try:
            executor.submit(pow, 2, 10)
        except BrokenProcessPool as exc:
            print("submit:", exc)
        print("Это BrokenExecutor:", issubclass(BrokenProcessPool, BrokenExecutor))  # Это BrokenExecutor: True
