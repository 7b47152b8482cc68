# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · b0b38a4044f0
import itertools
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def numbers(taken):
    # Бесконечный поток данных; в taken — сколько чисел у него уже взяли
    for i in itertools.count():
        taken.append(i)
        yield i


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        for chunksize in (1, 3):
            taken = []
            results = executor.map(square, numbers(taken), chunksize=chunksize, buffersize=2)
            print(f"chunksize={chunksize}: map вернул итератор, взято {len(taken)}")
            for value in results:
                print(f"  результат {value}, взято {len(taken)}")
                if value >= 9:
                    break
            results.close()  # отменяет задачи буфера, которые ещё ждут своей очереди
