# docs/06-synchronization.md · создан nox -s extract, правьте урок · 563e648a7ff8
import multiprocessing

N_PROCESSES = 2
N_INCREMENTS = 200_000  # прибавлений в каждом процессе


def add_many(counter, start, n):
    start.wait()  # барьер: ждём друг друга, чтобы начать одновременно
    for _ in range(n):
        counter.value += 1  # прочитать, прибавить, записать — три отдельных шага


if __name__ == "__main__":
    # lock=False — просто число в общей памяти, без всякой защиты
    counter = multiprocessing.Value("i", 0, lock=False)
    start = multiprocessing.Barrier(N_PROCESSES)

    processes = [
        multiprocessing.Process(target=add_many, args=(counter, start, N_INCREMENTS))
        for _ in range(N_PROCESSES)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()

    expected = N_PROCESSES * N_INCREMENTS
    print(f"Ожидали: {expected}")  # Ожидали: 400000
    print(f"Получили: {counter.value}")
    print(f"Совпало: {counter.value == expected}")
