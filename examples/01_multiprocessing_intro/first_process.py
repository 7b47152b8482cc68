# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · bcf56e0e5937
import multiprocessing
import os
import time


def greet(who, delay):
    me = multiprocessing.current_process()
    print(f"[{me.name}] привет, {who}! мой PID {os.getpid()}", flush=True)
    time.sleep(delay)


if __name__ == "__main__":
    p = multiprocessing.Process(
        target=greet, args=("мир",), kwargs={"delay": 0.2}, name="Приветствие"
    )
    print("до start():", p.pid, p.is_alive(), p.exitcode)  # до start(): None False None
    try:
        p.join()  # ждать нечего: процесс ещё не запущен
    except AssertionError as e:
        print(f"join() до start(): {type(e).__name__}: {e}")

    p.start()
    print(f"после start(): PID {p.pid}, работает: {p.is_alive()}", flush=True)

    p.join()
    print("после join():", p.is_alive(), p.exitcode)  # после join(): False 0

    main_process = multiprocessing.current_process()
    print("главный процесс:", main_process.name)  # главный процесс: MainProcess
