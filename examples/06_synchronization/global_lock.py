# docs/06-synchronization.md · создан nox -s extract, правьте урок · 5204767cdede
import multiprocessing

LOCK = None  # глобальная переменная; главный процесс запишет сюда блокировку


def use_global():
    if LOCK is None:
        print("  через глобальную переменную: LOCK is None, блокировки нет")
        return
    # Получится ли захватить блокировку, которую держит главный процесс?
    got_it = LOCK.acquire(timeout=0.1)
    if got_it:
        LOCK.release()
    print(f"  через глобальную переменную: захвачена: {got_it}")


def use_argument(lock):
    got_it = lock.acquire(timeout=0.1)
    if got_it:
        lock.release()
    print(f"  через аргумент: захвачена: {got_it}")


def run_child(target, args=()):
    p = multiprocessing.Process(target=target, args=args)
    p.start()
    p.join()


if __name__ == "__main__":
    print(f"Способ запуска: {multiprocessing.get_start_method()}")

    LOCK = multiprocessing.Lock()  # плохо: блокировка в глобальной переменной
    with LOCK:  # главный процесс держит её, пока работает дочерний
        run_child(use_global)

    lock = multiprocessing.Lock()  # хорошо: блокировка передаётся аргументом
    with lock:
        run_child(use_argument, (lock,))
