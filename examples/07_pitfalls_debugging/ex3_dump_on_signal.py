# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 1424841e9a12
import faulthandler
import multiprocessing
import os
import signal
import sys
import time


def init_worker(ready):
    # По сигналу SIGUSR1 напечатать в stdout, где сейчас находится процесс
    faulthandler.register(signal.SIGUSR1, file=sys.stdout, all_threads=False)
    ready.put(os.getpid())  # сообщаем: обработчик установлен


def task(x):
    if x == 1:
        time.sleep(10)  # задача зависает
    return x


def main():
    if not hasattr(signal, "SIGUSR1"):  # в Windows нет SIGUSR1
        print("пример только для POSIX")
        return
    ready = multiprocessing.Queue()
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(ready,)) as pool:
        pids = [ready.get(timeout=10) for _ in range(2)]
        result = pool.apply_async(task, (1,))
        try:
            result.get(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("задача зависла, спрашиваем рабочие процессы:", flush=True)
            for pid in pids:
                os.kill(pid, signal.SIGUSR1)
                time.sleep(0.1)  # даём процессу напечатать трассировку
    # Выход из with вызывает terminate(): зависший процесс остановлен


if __name__ == "__main__":
    main()
