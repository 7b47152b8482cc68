# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · ef3ced7945df
import os
from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor

SETTINGS = {"factor": 1}  # значение, которое получается при импорте модуля


def where():
    # Где выполняется задача: номер интерпретатора, процесс, имя главного модуля
    return interpreters.get_current().id, os.getpid(), __name__


def scale(x):
    return x * SETTINGS["factor"]


def make_adder(n):
    def add(x):
        return x + n

    return add


if __name__ == "__main__":
    SETTINGS["factor"] = 100  # это изменение есть только в главном интерпретаторе
    print("главный интерпретатор:", interpreters.get_current().id)  # главный интерпретатор: 0
    with InterpreterPoolExecutor(max_workers=2) as executor:
        interp_id, pid, name = executor.submit(where).result()
        print("задача в другом интерпретаторе:", interp_id != 0)  # задача в другом интерпретаторе: True
        print("в том же процессе:", pid == os.getpid())  # в том же процессе: True
        print("__name__ в задаче:", name)  # __name__ в задаче: <fake __main__>
        print("scale:", list(executor.map(scale, range(4))))  # scale: [0, 1, 2, 3]
        print("лямбда:", executor.submit(lambda x: x * 2, 21).result())  # лямбда: 42
        try:
            executor.submit(make_adder(1), 41).result()
        except interpreters.NotShareableError as exc:
            print("замыкание:", type(exc).__name__, isinstance(exc, TypeError))
