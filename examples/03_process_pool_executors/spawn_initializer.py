# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · c08c4c47c12e
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

SETTINGS = {"factor": 1}  # значение, которое получается при импорте модуля
init_calls = 0            # сколько раз инициализатор выполнялся в этом процессе


def init_worker(factor):
    # Выполняется один раз в каждом рабочем процессе, до первой задачи
    global init_calls
    init_calls += 1
    SETTINGS["factor"] = factor


def scale(x):
    return x * SETTINGS["factor"], init_calls


if __name__ == "__main__":
    SETTINGS["factor"] = 100  # это изменение есть только в главном процессе
    spawn = multiprocessing.get_context("spawn")

    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as executor:
        values = [value for value, _ in executor.map(scale, range(4))]
        print("Без инициализатора:", values)  # Без инициализатора: [0, 1, 2, 3]

    with ProcessPoolExecutor(max_workers=2, mp_context=spawn,
                             initializer=init_worker, initargs=(100,)) as executor:
        results = list(executor.map(scale, range(4)))
        print("С инициализатором:", [value for value, _ in results])  # С инициализатором: [0, 100, 200, 300]
        print("Вызовов на процесс:", {calls for _, calls in results})  # Вызовов на процесс: {1}
