# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 92b29abf012f
import concurrent.futures
import time
from concurrent.futures import ProcessPoolExecutor


def slow_square(x):
    time.sleep(0.3)
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(slow_square, 12)
        print("Сразу после submit готово:", future.done())  # Сразу после submit готово: False

        time.sleep(0.1)
        print("Через 0,1 с выполняется:", future.running())

        try:
            future.result(timeout=0.05)  # ждём не дольше 0,05 с
        except concurrent.futures.TimeoutError:
            print("За 0,05 с результат не появился, задача продолжает работу")

        print("Результат:", future.result())  # Результат: 144
        print("Готово:", future.done())  # Готово: True
        print("Выполняется:", future.running())  # Выполняется: False
        print("Исключение:", future.exception())  # Исключение: None
        print("Отменить можно:", future.cancel())  # Отменить можно: False
