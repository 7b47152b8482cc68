# docs/02-process-pools.md · создан nox -s extract, правьте урок · 04b6b1f64915
import multiprocessing
import threading
import time


def square(x):
    time.sleep(0.05)
    if x == 3:
        raise ValueError(f"не умею обрабатывать {x}")
    return x * x


if __name__ == "__main__":
    results = []
    errors = []
    in_main_thread = set()

    def on_result(value):
        # Выполняется в главном процессе, но не в главном потоке
        results.append(value)
        in_main_thread.add(threading.current_thread() is threading.main_thread())

    def on_error(exc):
        errors.append(f"{type(exc).__name__}: {exc}")

    with multiprocessing.Pool(2) as pool:
        for i in range(5):
            pool.apply_async(square, (i,), callback=on_result, error_callback=on_error)
        pool.close()
        pool.join()  # после join() все функции обратного вызова уже отработали

    print(sorted(results))  # [0, 1, 4, 16]
    print(errors)  # ['ValueError: не умею обрабатывать 3']
    print(f"В главном потоке: {in_main_thread}")  # В главном потоке: {False}
