# docs/06-synchronization.md · создан nox -s extract, правьте урок · edf23e0010dd
import multiprocessing
import time


def long_section(lock, counter):
    with lock:
        time.sleep(0.1)  # «расчёт» — внутри критической секции
        counter.value += 1


def short_section(lock, counter):
    time.sleep(0.1)  # «расчёт» — снаружи: общих данных он не трогает
    with lock:
        counter.value += 1  # под блокировкой — только обновление общих данных


def measure(target):
    lock = multiprocessing.Lock()
    counter = multiprocessing.Value("i", 0, lock=False)
    processes = [multiprocessing.Process(target=target, args=(lock, counter)) for _ in range(3)]
    start = time.perf_counter()
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    return time.perf_counter() - start, counter.value


if __name__ == "__main__":
    long_time, long_count = measure(long_section)
    short_time, short_count = measure(short_section)
    print(f"Длинная секция: {long_time:.2f} с, счётчик {long_count}")
    print(f"Короткая секция: {short_time:.2f} с, счётчик {short_count}")
    # Три «расчёта» по 0,1 с под одной блокировкой идут строго по очереди
    print(f"Не меньше 0,3 с: {long_time >= 0.3}")  # Не меньше 0,3 с: True
    print(f"Счётчики верны: {long_count == short_count == 3}")  # Счётчики верны: True
