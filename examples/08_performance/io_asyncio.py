# docs/08-performance.md · создан nox -s extract, правьте урок · 3b7c3c92f927
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def burn(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


async def fake_request(i):
    await asyncio.sleep(0.1)  # ждём «ответа сети», не занимая цикл событий
    return i * 10


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1) as pool:
        start = time.perf_counter()
        # Вычисление уходит в отдельный процесс и не мешает ожиданиям
        computing = loop.run_in_executor(pool, burn, 300_000)
        answers = await asyncio.gather(*(fake_request(i) for i in range(10)))
        total = await computing
        elapsed = time.perf_counter() - start
    print(answers)  # [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]
    print(total)  # 899997
    print(f"10 запросов и вычисление: {elapsed:.2f} с")


if __name__ == "__main__":
    asyncio.run(main())
