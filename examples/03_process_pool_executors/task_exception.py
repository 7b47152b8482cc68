# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 4ef3945fad3d
import re
from concurrent.futures import ProcessPoolExecutor


def check(x):
    if x == 3:
        raise ValueError(f"плохое значение: {x}")
    return x


def process(x):
    return check(x) * 10


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(process, 3)
        try:
            future.result()
        except ValueError as exc:
            print("Поймали:", repr(exc))  # Поймали: ValueError('плохое значение: 3')
            print("Это exception():", exc is future.exception())  # Это exception(): True

            # Трассировка из рабочего процесса прикреплена как причина (__cause__)
            remote = exc.__cause__
            print("Тип причины:", type(remote).__name__)  # Тип причины: _RemoteTraceback
            print("Функции:", re.findall(r", in (\w+)", str(remote)))  # Функции: ['_process_worker', 'process', 'check']

        # map: ошибка всплывает при получении «плохого» результата
        results = executor.map(process, range(6))
        try:
            for value in results:
                print("результат", value)
        except ValueError as exc:
            print("map остановился:", exc)  # map остановился: плохое значение: 3
