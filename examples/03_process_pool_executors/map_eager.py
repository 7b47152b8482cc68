# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 1d8d5181c016
import concurrent.futures
import time
from concurrent.futures import ProcessPoolExecutor


def slow_square(x):
    time.sleep(0.1)
    return x * x


def numbers():
    for i in range(4):
        print("генератор выдал", i)
        yield i


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = executor.map(slow_square, numbers())  # генератор прочитан здесь целиком
        print("map вернул итератор")
        for value in results:
            print("результат", value)

        # timeout отсчитывается от вызова map, а не от каждого next()
        results = executor.map(slow_square, range(4), timeout=0.15)
        try:
            print(list(results))
        except concurrent.futures.TimeoutError:
            print("Все результаты не успели прийти за 0,15 с")
