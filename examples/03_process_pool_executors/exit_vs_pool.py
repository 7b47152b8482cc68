# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 30d711377f04
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor


def slow_square(x):
    time.sleep(0.2)
    return x * x


if __name__ == "__main__":
    # Pool: выход из with вызывает terminate() — незавершённые задачи пропадают
    with multiprocessing.Pool(processes=2) as pool:
        async_result = pool.apply_async(slow_square, (3,))
    print("Pool: результат готов?", async_result.ready())  # Pool: результат готов? False

    # Исполнитель: выход из with вызывает shutdown(wait=True) — все задачи доработают
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(slow_square, 3)
    print("Исполнитель: результат готов?", future.done())  # Исполнитель: результат готов? True
    print("Результат:", future.result())  # Результат: 9
