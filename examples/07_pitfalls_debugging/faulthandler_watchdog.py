# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · dbe42f66df84
import faulthandler
import multiprocessing
import sys
import time


def read_config(x):
    if x == 2:
        time.sleep(10)  # здесь задача «зависает»
    return x * 10


def watched_task(x):
    # Если задача не закончится за 0,2 с, faulthandler напечатает,
    # где сейчас находится каждый поток этого процесса
    faulthandler.dump_traceback_later(0.2, file=sys.stdout)
    try:
        return read_config(x)
    finally:
        faulthandler.cancel_dump_traceback_later()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(watched_task, (x,)) for x in range(4)]
        for x, r in enumerate(results):
            try:
                print(f"задача {x}: {r.get(timeout=0.5)}", flush=True)
            except multiprocessing.TimeoutError:
                print(f"задача {x}: нет результата за 0,5 с", flush=True)
