# docs/02-process-pools.md · создан nox -s extract, правьте урок · 35ecf5fcf3bd
import itertools
import multiprocessing
import time

taken = 0  # сколько чисел пул уже взял из генератора
stop = False  # флаг, чтобы в конце примера остановить генератор


def numbers():
    # Генератор выполняется в служебном потоке главного процесса
    global taken
    for i in itertools.count():
        if stop:
            return
        taken += 1
        yield i


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = pool.imap(square, numbers())
        print([next(results) for _ in range(3)])  # [0, 1, 4]

        # Нам нужны были три результата, а пул продолжает читать генератор
        time.sleep(0.2)
        print(f"Взято из генератора: {taken}")

        # Новая задача не начнётся, пока раздатчик занят генератором
        other = pool.apply_async(square, (7,))
        try:
            other.get(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("apply_async ждёт своей очереди")  # apply_async ждёт своей очереди

        stop = True  # генератор закончился — раздатчик освободился
        value = other.get(timeout=10)
        print(f"Результат apply_async: {value}")  # Результат apply_async: 49

        pool.close()
        pool.join()
