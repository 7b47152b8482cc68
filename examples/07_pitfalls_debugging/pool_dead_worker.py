# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 6d1bc254053e
import multiprocessing
import os
import time


def task(x):
    if x == 2:
        os._exit(1)  # рабочий процесс погибает — так выглядит, например, нехватка памяти
    time.sleep(0.05)
    return x * x


if __name__ == "__main__":
    # Погибший процесс пул заменяет из своего служебного потока,
    # а fork из многопоточного процесса небезопасен — поэтому spawn
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        before = {p.pid for p in multiprocessing.active_children()}
        results = [pool.apply_async(task, (x,)) for x in range(5)]
        for x, r in enumerate(results):
            try:
                print(f"задача {x}: {r.get(timeout=0.5)}", flush=True)
            except multiprocessing.TimeoutError:
                print(f"задача {x}: результата нет и не будет", flush=True)
        after = {p.pid for p in multiprocessing.active_children()}
        print("процессы сменились:", before != after)  # процессы сменились: True
        print(pool.apply_async(task, (7,)).get(timeout=5))  # 49
