# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · a93857aeb900
import multiprocessing
import time


def task(x):
    time.sleep(10 if x == 3 else 0.05)  # задача 3 зависает
    return x * x


def collect(results, seconds):
    """Собирает готовые результаты, пока не истечёт общий срок."""
    deadline = time.monotonic() + seconds
    done, unfinished = {}, []
    for x, r in results.items():
        remaining = max(0.0, deadline - time.monotonic())
        try:
            done[x] = r.get(timeout=remaining)
        except multiprocessing.TimeoutError:
            unfinished.append(x)
    return done, unfinished


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = {x: pool.apply_async(task, (x,)) for x in range(6)}
        done, unfinished = collect(results, seconds=2)
        # Выход из with вызывает terminate() и останавливает зависшую задачу
    print("готово:", done)
    print("не успели:", unfinished)
