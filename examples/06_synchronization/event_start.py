# docs/06-synchronization.md · создан nox -s extract, правьте урок · e429b9e56965
import multiprocessing


def worker(start, passed):
    # Ждём сигнала «старт»; тайм-аут — страховка от вечного ожидания
    if start.wait(timeout=5):
        with passed.get_lock():
            passed.value += 1


if __name__ == "__main__":
    start = multiprocessing.Event()
    passed = multiprocessing.Value("i", 0)  # сколько процессов прошли wait()

    processes = [multiprocessing.Process(target=worker, args=(start, passed)) for _ in range(3)]
    for p in processes:
        p.start()

    # Событие ещё не установлено: wait() с тайм-аутом возвращает False
    print(start.is_set(), start.wait(timeout=0.2))  # False False
    print(f"До set() прошли: {passed.value}")  # До set() прошли: 0

    start.set()  # будим всех, кто ждёт, — и тех, кто вызовет wait() позже
    for p in processes:
        p.join()
    print(start.is_set(), start.wait(timeout=0.2))  # True True
    print(f"После set() прошли: {passed.value}")  # После set() прошли: 3
