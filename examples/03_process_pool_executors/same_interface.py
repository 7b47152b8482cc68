# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 3afb4d2c25b0
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square(x):
    return x * x


def run(executor_class):
    # Код одинаков для потоков и процессов: меняется только класс
    with executor_class(max_workers=2) as executor:
        future = executor.submit(square, 7)     # одна задача -> объект Future
        squares = list(executor.map(square, range(5)))
        worker_pid = executor.submit(os.getpid).result()
    return future.result(), squares, worker_pid != os.getpid()


if __name__ == "__main__":
    for executor_class in (ThreadPoolExecutor, ProcessPoolExecutor):
        value, squares, other_process = run(executor_class)
        print(f"{executor_class.__name__}: {value} {squares}, "
              f"в другом процессе: {other_process}")
