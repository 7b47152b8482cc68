# docs/02-process-pools.md · создан nox -s extract, правьте урок · e9d7ddb46dcb
import multiprocessing


def risky_function(x):
    if x == 5:
        raise ValueError(f"Ошибка при обработке {x}")
    return x**2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        # Ошибка в одной задаче — исключение всего вызова map()
        try:
            pool.map(risky_function, range(10))
        except ValueError as e:
            print(f"Поймана ошибка: {e}")  # Поймана ошибка: Ошибка при обработке 5
            # Трассировка из рабочего процесса приложена как причина
            print(type(e.__cause__).__name__)  # RemoteTraceback
            remote_lines = str(e.__cause__).strip().splitlines()
            print(remote_lines[-2])  # ValueError: Ошибка при обработке 5

        # Для более гибкой обработки используйте apply_async
        async_results = [pool.apply_async(risky_function, args=(i,)) for i in range(10)]
        for i, r in enumerate(async_results):
            try:
                print(f"{i}: {r.get()}")
            except ValueError as e:
                print(f"{i}: ошибка — {e}")
