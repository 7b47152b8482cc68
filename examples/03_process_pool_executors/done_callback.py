# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 2d365352ca98
import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def slow_square(x):
    time.sleep(0.1 * x)
    return x * x


def report(future):
    # Функция обратного вызова получает сам объект Future, а не результат
    process = multiprocessing.current_process().name
    thread = "главный" if threading.current_thread() is threading.main_thread() else "служебный"
    print(f"готово: {future.result()}, процесс: {process}, поток: {thread}")


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        for x in (1, 2, 3):
            future = executor.submit(slow_square, x)
            future.add_done_callback(report)

    # Объект Future уже завершён: функция вызывается сразу, в текущем потоке
    future.add_done_callback(report)
