# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 46b0be8b929a
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

MAX_ATTEMPTS = 3


def fetch(x, marks):
    # Каждое третье x падает с первой попытки: так имитируем временный сбой сети
    marker = Path(marks, str(x))
    if x % 3 == 0 and not marker.exists():
        marker.touch()
        raise ConnectionError(f"сбой на x={x}")
    return x * x


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as marks, ProcessPoolExecutor(max_workers=2) as executor:
        futures = {x: executor.submit(fetch, x, marks) for x in range(7)}
        attempts = dict.fromkeys(futures, 1)
        results = {}
        while futures:
            x, future = futures.popitem()
            try:
                results[x] = future.result()
            except ConnectionError:
                if attempts[x] == MAX_ATTEMPTS:
                    raise
                attempts[x] += 1  # задача идемпотентна, поэтому её можно просто повторить
                futures[x] = executor.submit(fetch, x, marks)
    print(dict(sorted(results.items())))  # {0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36}
    print({x: n for x, n in attempts.items() if n > 1})  # {0: 2, 3: 2, 6: 2}
