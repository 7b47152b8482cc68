# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 9595547f576d
import multiprocessing
import threading
import time

N = 5_000_000  # небольшая нагрузка: доли секунды на задачу


def burn(n):
    """Вычисления на чистом Python: процессор занят, ввода-вывода нет."""
    total = 0
    for i in range(n):
        total += i % 7
    return total


def do_nothing(n):
    pass


def run_sequentially():
    start = time.perf_counter()
    burn(N)
    burn(N)
    return time.perf_counter() - start


def run_in(worker_class, func):
    """Выполняет func в двух потоках или в двух процессах и ждёт их."""
    workers = [worker_class(target=func, args=(N,)) for _ in range(2)]
    start = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    sequential = run_sequentially()
    processes = run_in(multiprocessing.Process, burn)
    startup = run_in(multiprocessing.Process, do_nothing)
    threads = run_in(threading.Thread, burn)

    print(f"последовательно: {sequential:.2f} с")
    print(f"2 процесса:      {processes:.2f} с, ускорение {sequential / processes:.1f}")
    print(f"  из них запуск и завершение процессов: около {startup:.2f} с")
    print(f"2 потока:        {threads:.2f} с, ускорение {sequential / threads:.1f}")
    print(f"время потоков / время процессов: {threads / processes:.1f}")
