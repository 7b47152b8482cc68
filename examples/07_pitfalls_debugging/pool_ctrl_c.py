# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 5339650cac63
import multiprocessing
import os
import signal
import time


def ignore_sigint():
    # Рабочий процесс не реагирует на Ctrl+C: пулом управляет главный процесс
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def task(x):
    time.sleep(0.05)
    return os.getpid()


def press_ctrl_c(worker_pids):
    """Имитация Ctrl+C в терминале: SIGINT получают все процессы программы."""
    if os.name == "posix":  # в Windows os.kill() не посылает SIGINT, а завершает процесс
        for pid in worker_pids:
            os.kill(pid, signal.SIGINT)
    signal.raise_signal(signal.SIGINT)  # и главный процесс


if __name__ == "__main__":
    pool = multiprocessing.Pool(2, initializer=ignore_sigint)
    done = 0
    try:
        seen = set()
        for pid in pool.imap_unordered(task, range(100)):
            done += 1
            seen.add(pid)
            if len(seen) == 2:  # оба рабочих процесса уже выполнили initializer
                press_ctrl_c(seen)
        print("все задачи выполнены")
    except KeyboardInterrupt:
        print("KeyboardInterrupt в главном процессе: останавливаем пул")
        pool.terminate()  # невыполненные задачи отменяются
    else:
        pool.close()
    finally:
        pool.join()
    print(f"выполнено задач: {done} из 100")
    alive = multiprocessing.active_children()
    print("рабочих процессов осталось:", len(alive))  # рабочих процессов осталось: 0
