# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 5cc37d1a6ec6
import time
from concurrent.futures import ProcessPoolExecutor, wait


def work(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    executor = ProcessPoolExecutor(max_workers=2)
    print("быстрая задача:", executor.submit(work, 0.05).result())  # быстрая задача: 0.05
    stuck = [executor.submit(work, 60) for _ in range(3)]  # двух ждать минуту, третья в очереди
    time.sleep(0.2)
    executor.terminate_workers()  # SIGTERM каждому рабочему процессу, затем shutdown()
    wait(stuck)  # исполнитель сам завершает их объекты Future
    for future in stuck:
        print(type(future.exception()).__name__)
    try:
        executor.submit(work, 1)
    except RuntimeError as e:  # BrokenProcessPool — подкласс RuntimeError
        print("новая задача:", type(e).__name__)
