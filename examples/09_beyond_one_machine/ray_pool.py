# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · ecbf0af737ec
import logging

import ray
from ray.util.multiprocessing import Pool


def square(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == "__main__":
    ray.init(
        num_cpus=2,  # локальный кластер из одной машины с двумя процессорами
        include_dashboard=False,  # без веб-панели
        logging_level=logging.ERROR,  # журнал Ray в главном процессе: только ошибки
        log_to_driver=False,  # не пересылать сюда вывод рабочих процессов
    )
    try:
        # Тот же интерфейс, что у multiprocessing.Pool; рабочие процессы — акторы Ray
        with Pool(processes=2) as pool:
            print(pool.map(square, range(10)))  # [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
            print(pool.starmap(add, [(1, 2), (3, 4)]))  # [3, 7]
            print(sorted(pool.imap_unordered(square, range(5))))  # [0, 1, 4, 9, 16]
            result = pool.apply_async(square, (7,))
            print(result.get(timeout=30))  # 49
            # cloudpickle: лямбда тоже доходит до рабочих процессов
            print(pool.map(lambda x: -x, range(5)))  # [0, -1, -2, -3, -4]
    finally:
        ray.shutdown()  # останавливает raylet, GCS и все рабочие процессы Ray
