# docs/06-synchronization.md · создан nox -s extract, правьте урок · c6e292fd8ff2
import multiprocessing


def use(lock):
    with lock:
        pass


def run(method, keep):
    ctx = multiprocessing.get_context(method)
    lock = ctx.Lock()
    p = ctx.Process(target=use, args=(lock,))
    p.start()
    if not keep:
        del lock  # последняя ссылка главного процесса: блокировка удалена, её семафор тоже
    p.join()
    return p.exitcode


if __name__ == "__main__":
    for method in ("fork", "spawn"):
        if method not in multiprocessing.get_all_start_methods():
            continue
        for keep in (True, False):
            label = "ссылка есть" if keep else "ссылки нет"
            print(f"{method:>5}, {label}: код завершения {run(method, keep)}", flush=True)
