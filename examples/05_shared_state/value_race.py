# docs/05-shared-state.md · создан nox -s extract, правьте урок · 91f08b99e9b7
import multiprocessing

N = 10_000  # прибавлений в каждом процессе


def work(start, unsafe, safe, n):
    start.wait()  # ждём, пока у барьера соберутся оба процесса: считать начнут вместе
    for _ in range(n):
        unsafe.value += 1  # прочитать, прибавить, записать — три отдельных шага
    for _ in range(n):
        with safe.get_lock():  # чтение и запись под одной блокировкой
            safe.value += 1


if __name__ == "__main__":
    start = multiprocessing.Barrier(2)
    unsafe = multiprocessing.Value("i", 0)
    safe = multiprocessing.Value("i", 0)
    procs = [
        multiprocessing.Process(target=work, args=(start, unsafe, safe, N))
        for _ in range(2)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join()

    expected = 2 * N
    print(f"без блокировки: {unsafe.value} из {expected}")
    print(f"с блокировкой: {safe.value} из {expected}")
    print(f"итог верный: {safe.value == expected}")  # итог верный: True
