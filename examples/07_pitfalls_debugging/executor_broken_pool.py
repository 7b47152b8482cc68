# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 9bed9e432c14
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def task(x):
    if x == 2:
        time.sleep(0.5)  # остальные задачи успеют закончиться
        os._exit(1)  # рабочий процесс погибает
    time.sleep(0.05)
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(task, x) for x in range(5)]
        message = None
        for x, future in enumerate(futures):
            try:
                print(f"задача {x}: {future.result(timeout=5)}")
            except BrokenProcessPool as e:
                print(f"задача {x}: BrokenProcessPool")
                message = str(e)
        print("сообщение:", message)

        # Сломанный исполнитель новых задач не принимает
        try:
            executor.submit(task, 7)
        except BrokenProcessPool as e:
            print("submit():", e)
