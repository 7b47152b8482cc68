# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 3e7d5ed55d0e
import multiprocessing
import os
import random
import tempfile

SETTING = "значение из файла"
log_file = None  # файл откроет главный процесс
rng = random.Random()  # свой генератор, создан при импорте модуля


def report(queue):
    queue.put(
        {
            "SETTING": SETTING,
            "файл": "открыт" if log_file is not None and not log_file.closed else "нет",
            "random": random.random(),
            "rng": rng.random(),
        }
    )


def run_children(method, count=2):
    ctx = multiprocessing.get_context(method)
    queue = ctx.Queue()
    children = [ctx.Process(target=report, args=(queue,)) for _ in range(count)]
    for p in children:
        p.start()
    reports = [queue.get(timeout=10) for _ in children]
    for p in children:
        p.join()
    return reports


def main():
    global SETTING, log_file
    SETTING = "изменено в главном процессе"
    with tempfile.TemporaryDirectory() as tmp, open(os.path.join(tmp, "log.txt"), "w") as log_file:
        for method in multiprocessing.get_all_start_methods():
            reports = run_children(method)
            first = reports[0]
            same_random = len({r["random"] for r in reports}) == 1
            same_rng = len({r["rng"] for r in reports}) == 1
            print(f"{method}:")
            print(f"  SETTING = {first['SETTING']!r}, файл из главного процесса: {first['файл']}")
            print(f"  random.random() во всех процессах одинаковое: {same_random}")
            print(f"  rng.random() во всех процессах одинаковое: {same_rng}")


if __name__ == "__main__":
    main()
