# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · eb8fe56d75d5
import multiprocessing
import sys
import time

WAYS = ["return", "sys.exit()", "sys.exit(3)", "1 / 0", "зависание"]


def act(how):
    if how == "sys.exit()":
        sys.exit()
    elif how == "sys.exit(3)":
        sys.exit(3)
    elif how == "1 / 0":
        print(1 / 0)
    elif how == "зависание":
        time.sleep(10)
    # "return": просто возвращаем управление


def finish(how):
    try:
        act(how)
    except Exception as e:  # SystemExit не наследует Exception и проходит мимо
        print(f"поймано {type(e).__name__}: {e}", flush=True)
        sys.exit(1)  # тот же код, что дало бы необработанное исключение


if __name__ == "__main__":
    processes = [multiprocessing.Process(target=finish, args=(how,)) for how in WAYS]
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=1)  # ждём не дольше секунды
        if p.is_alive():  # завис: завершаем принудительно
            p.terminate()
            p.join()

    for how, p in zip(WAYS, processes, strict=True):
        print(f"{how}: exitcode {p.exitcode}")
