# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 5c8dba90872e
import time
from concurrent.futures import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ProcessPoolExecutor,
    wait,
)


def job(delay, fail=False):
    time.sleep(delay)
    if fail:
        raise RuntimeError(f"сбой через {delay} с")
    return delay


def run_round(executor, tasks, return_when):
    futures = [executor.submit(job, *task) for task in tasks]
    done, not_done = wait(futures, return_when=return_when)
    print(f"{return_when}: завершено {len(done)}, не завершено {len(not_done)}")
    wait(not_done)  # дожидаемся остальных, чтобы раунды не мешали друг другу


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3) as executor:
        # Первый же завершённый объект Future
        run_round(executor, [(0.05,), (0.6,), (0.6,)], FIRST_COMPLETED)
        # Первое исключение (или все, если исключений нет)
        run_round(executor, [(0.05,), (0.2, True), (0.9,)], FIRST_EXCEPTION)
        # Все задачи (режим по умолчанию)
        run_round(executor, [(0.05,), (0.1, True), (0.2,)], ALL_COMPLETED)

        # С тайм-аутом wait не бросает исключение, а просто возвращает то, что успело
        futures = [executor.submit(job, 0.5) for _ in range(3)]
        done, not_done = wait(futures, timeout=0.1)
        print(f"через 0,1 с: завершено {len(done)}, не завершено {len(not_done)}")
