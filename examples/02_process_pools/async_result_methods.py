# docs/02-process-pools.md · создан nox -s extract, правьте урок · 700f9e859c05
import multiprocessing
import time


def slow_task(x):
    time.sleep(0.3)
    return x * 2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        async_result = pool.apply_async(slow_task, args=(10,))

        # Проверка готовности (не блокирует)
        print(f"Готово: {async_result.ready()}")  # Готово: False

        # successful() до готовности результата вызывает ValueError
        try:
            async_result.successful()
        except ValueError:
            print("successful(): ещё не готов")  # successful(): ещё не готов

        # get() с тайм-аутом: не дождались — multiprocessing.TimeoutError
        try:
            async_result.get(timeout=0.01)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.01): не дождались")  # get(timeout=0.01): не дождались

        # Ожидание завершения (блокирует; можно передать timeout)
        async_result.wait()
        print(f"Готово: {async_result.ready()}")  # Готово: True
        print(f"Успешно: {async_result.successful()}")  # Успешно: True
        print(f"Результат: {async_result.get()}")  # Результат: 20
