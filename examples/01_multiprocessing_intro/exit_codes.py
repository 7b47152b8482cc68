# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 385628ee0f76
import multiprocessing
import signal
import sys
import time


def finish_normally():
    pass


def exit_with_code():
    sys.exit(3)


def sleep_long():
    time.sleep(10)


if __name__ == "__main__":
    ok = multiprocessing.Process(target=finish_normally)
    failed = multiprocessing.Process(target=exit_with_code)
    ok.start()
    failed.start()
    ok.join()
    failed.join()
    print("обычное завершение:", ok.exitcode)  # обычное завершение: 0
    print("sys.exit(3):", failed.exitcode)  # sys.exit(3): 3

    slow = multiprocessing.Process(target=sleep_long)
    slow.start()
    slow.join(timeout=0.2)  # ждём не дольше 0,2 с
    print("после join(0.2):", slow.is_alive(), slow.exitcode)  # после join(0.2): True None

    slow.terminate()  # POSIX: сигнал SIGTERM; Windows: TerminateProcess()
    slow.join()  # после terminate() процесс всё равно нужно дождаться
    print("после terminate():", slow.is_alive(), slow.exitcode)  # после terminate(): False -15
    print("это -SIGTERM:", slow.exitcode == -signal.SIGTERM)  # это -SIGTERM: True

    slow.close()  # освобождаем ресурсы объекта Process
    try:
        slow.is_alive()
    except ValueError as e:
        print("после close():", e)  # после close(): process object is closed
