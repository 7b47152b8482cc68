# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · ed29b6a875fb
import os
import time
from concurrent.futures import ProcessPoolExecutor


def tiny(x):
    return x + 1


def whose(x):
    time.sleep(0.01)
    return os.getpid()


if __name__ == "__main__":
    items = range(500)
    with ProcessPoolExecutor(max_workers=2) as executor:
        list(executor.map(tiny, range(10)))  # прогрев: рабочие процессы уже запущены

        for chunksize in (1, 100):
            start = time.perf_counter()
            results = list(executor.map(tiny, items, chunksize=chunksize))
            elapsed = time.perf_counter() - start
            print(f"chunksize={chunksize}: {elapsed:.3f} с, сумма {sum(results)}")

        # Порция уходит в один рабочий процесс целиком
        pids = list(executor.map(whose, range(8), chunksize=4))
        print("Порция 0–3 в одном процессе:", len(set(pids[:4])) == 1)  # Порция 0–3 в одном процессе: True
        print("Порция 4–7 в одном процессе:", len(set(pids[4:])) == 1)  # Порция 4–7 в одном процессе: True
