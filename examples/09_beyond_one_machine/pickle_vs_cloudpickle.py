# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · a47b747b8384
import importlib.util
import json
import multiprocessing
import pickle
import sys


def make_scaler(factor):
    def scale(x):  # локальная функция: pickle не найдёт её по имени
        return x * factor

    return scale


if __name__ == "__main__":
    triple = make_scaler(3)

    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(triple, range(5))
        except (pickle.PicklingError, AttributeError) as e:
            print("Pool не смог отправить функцию:", type(e).__name__)

    if importlib.util.find_spec("cloudpickle") is None:
        print("Дальше нужен пакет cloudpickle: python -m pip install cloudpickle")
        sys.exit(0)

    import cloudpickle

    # Локальную функцию cloudpickle сохраняет целиком: код, имена, захваченное значение
    data = cloudpickle.dumps(triple)
    print(pickle.loads(data)(14))  # 42
    print(b"factor" in data)  # True

    # Функцию из модуля, который можно импортировать, — как pickle: только по имени
    by_name = pickle.dumps(json.dumps, protocol=cloudpickle.DEFAULT_PROTOCOL)
    print(cloudpickle.dumps(json.dumps) == by_name)  # True
