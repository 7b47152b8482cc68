# docs/06-synchronization.md · создан nox -s extract, правьте урок · 5ebbda59fec8
import multiprocessing

N_PROCESSES = 2
N_INCREMENTS = 10_000


def add_with_lock(counter, lock, n):
    for _ in range(n):
        with lock:  # критическая секция: прочитать, прибавить, записать — целиком
            counter.value += 1


def add_with_get_lock(counter, n):
    for _ in range(n):
        with counter.get_lock():  # блокировка, встроенная в Value
            counter.value += 1


def run(target, args):
    processes = [multiprocessing.Process(target=target, args=args) for _ in range(N_PROCESSES)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()


if __name__ == "__main__":
    expected = N_PROCESSES * N_INCREMENTS
    print(f"Ожидаем: {expected}")  # Ожидаем: 20000

    # Способ 1: незащищённый Value и отдельная блокировка Lock
    counter = multiprocessing.Value("i", 0, lock=False)
    lock = multiprocessing.Lock()
    run(add_with_lock, (counter, lock, N_INCREMENTS))
    print(f"С Lock: {counter.value}")  # С Lock: 20000

    # Способ 2: Value с блокировкой (так по умолчанию) и get_lock()
    counter = multiprocessing.Value("i", 0)
    run(add_with_get_lock, (counter, N_INCREMENTS))
    print(f"С get_lock(): {counter.value}")  # С get_lock(): 20000
