# docs/06-synchronization.md · создан nox -s extract, правьте урок · 84642ff9bc59
import multiprocessing
import time


def worker(sem, stats):
    # stats[0] — сколько процессов внутри сейчас, stats[1] — максимум за всё время
    with sem:  # внутрь пускают не больше двух процессов сразу
        with stats.get_lock():
            stats[0] += 1
            stats[1] = max(stats[1], stats[0])
        time.sleep(0.1)  # «работа» с ограниченным ресурсом
        with stats.get_lock():
            stats[0] -= 1


if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    stats = multiprocessing.Array("i", 2)  # два нуля в общей памяти

    processes = [multiprocessing.Process(target=worker, args=(sem, stats)) for _ in range(4)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()

    print(f"Максимум процессов внутри одновременно: {stats[1]}")
    print(f"Не больше двух: {stats[1] <= 2}")  # Не больше двух: True
