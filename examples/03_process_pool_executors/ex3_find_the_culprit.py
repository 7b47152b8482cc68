# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 48c7c2afe41a
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def risky(x):
    time.sleep(0.1)  # имитация работы
    if x == 13:
        os._exit(1)  # рабочий процесс погибает, как при segfault в C-расширении
    return x * x


def run_alone(x):
    # Новый исполнитель на одну задачу: если процесс погибнет, то только из-за x
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            return executor.submit(risky, x).result()
        except BrokenProcessPool:
            return None


if __name__ == "__main__":
    numbers = list(range(10, 17))
    results = {}
    suspects = []
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = {x: executor.submit(risky, x) for x in numbers}
        for x, future in futures.items():
            try:
                results[x] = future.result()
            except BrokenProcessPool:  # его получают все незавершённые задачи
                suspects.append(x)

    for x in suspects:  # сломанный исполнитель задач не примет: проверяем каждую отдельно
        results[x] = run_alone(x)

    for x in numbers:
        print(f"{x}: {'рабочий процесс погиб' if results[x] is None else results[x]}")
