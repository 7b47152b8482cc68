# docs/08-performance.md · создан nox -s extract, правьте урок · 4f7e3bd7e9a5
import multiprocessing
import statistics
import time
from functools import partial


def nothing():
    pass


def start_and_join():
    process = multiprocessing.Process(target=nothing)
    process.start()
    process.join()


def median_time(func, repeats=5):
    """Медиана времени вызова func() после одного прогревочного вызова."""
    func()  # при forkserver первый запуск ещё и запускает сервер
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    print(f"способ запуска: {multiprocessing.get_start_method()}")
    started = median_time(start_and_join)
    print(f"новый процесс на каждую задачу: {started * 1000:7.2f} мс")

    with multiprocessing.Pool(1) as pool:
        reused = median_time(partial(pool.apply, nothing))
    print(f"задача уже запущенному процессу: {reused * 1000:6.2f} мс")
    print(f"во сколько раз запуск дороже: {started / reused:.1f}")
