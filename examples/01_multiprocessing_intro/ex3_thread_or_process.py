# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 072a006cdbfc
import multiprocessing
import threading

COUNTER = 0  # значение из файла


def add_item(items, who):
    global COUNTER
    COUNTER += 1
    items.append(who)
    print(f"[{who}] внутри: items = {items}, COUNTER = {COUNTER}", flush=True)


def run_in(worker_class, who):
    items = ["главный"]
    worker = worker_class(target=add_item, args=(items, who))
    worker.start()
    worker.join()
    print(f"[{who}] снаружи: items = {items}, COUNTER = {COUNTER}")


if __name__ == "__main__":
    run_in(multiprocessing.Process, "процесс")
    run_in(threading.Thread, "поток")
    for method in ("fork", "spawn", "forkserver"):
        if method in multiprocessing.get_all_start_methods():
            run_in(multiprocessing.get_context(method).Process, method)
