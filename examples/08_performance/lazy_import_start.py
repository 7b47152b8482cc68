# docs/08-performance.md · создан nox -s extract, правьте урок · 58e42b272f15
import multiprocessing
import statistics
import sys
import time
lazy import asyncio  # модуль загрузится при первом обращении к имени asyncio


def nothing():
    pass


def with_asyncio():
    asyncio.run(asyncio.sleep(0))  # первое обращение к asyncio: здесь модуль и загружается


def start_and_join(ctx, target):
    process = ctx.Process(target=target)
    process.start()
    process.join()


if __name__ == "__main__":
    print("asyncio загружен в главном процессе:", "asyncio" in sys.modules)  # asyncio загружен в главном процессе: False
    ctx = multiprocessing.get_context("spawn")  # каждый процесс заново выполняет главный модуль
    start_and_join(ctx, nothing)  # прогрев
    times = {nothing: [], with_asyncio: []}
    for _ in range(5):
        for target, measured in times.items():  # варианты по кругу
            start = time.perf_counter()
            start_and_join(ctx, target)
            measured.append(time.perf_counter() - start)
    without_ms = statistics.median(times[nothing]) * 1000
    with_ms = statistics.median(times[with_asyncio]) * 1000
    print(f"процесс, которому asyncio не нужен: {without_ms:6.1f} мс")
    print(f"процесс, который загружает asyncio: {with_ms:6.1f} мс")
    print(f"во сколько раз дороже: {with_ms / without_ms:.1f}")
