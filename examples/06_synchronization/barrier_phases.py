# docs/06-synchronization.md · создан nox -s extract, правьте урок · df9fe10a93c5
import multiprocessing
import threading  # BrokenBarrierError определено в модуле threading


def worker(barrier, slot, indexes, timeout):
    # ... фаза 1: каждый процесс готовит свою часть данных ...
    try:
        index = barrier.wait(timeout=timeout)  # ждём, пока до барьера дойдут все
    except threading.BrokenBarrierError:
        indexes[slot] = -1  # барьер сломан: дальше идти нельзя
        return
    indexes[slot] = index
    # ... фаза 2: начинается, только когда фазу 1 закончили все ...


def run(parties, n_processes, timeout):
    barrier = multiprocessing.Barrier(parties)
    indexes = multiprocessing.Array("i", n_processes)
    processes = [
        multiprocessing.Process(target=worker, args=(barrier, slot, indexes, timeout))
        for slot in range(n_processes)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    return barrier, list(indexes)


if __name__ == "__main__":
    # Барьер на троих, и пришли трое
    barrier, indexes = run(parties=3, n_processes=3, timeout=5)
    print(f"parties: {barrier.parties}")  # parties: 3
    print(f"Индексы из wait(): {sorted(indexes)}")  # Индексы из wait(): [0, 1, 2]
    print(f"Барьер сломан: {barrier.broken}")  # Барьер сломан: False

    # Барьер на двоих, а пришёл один: по тайм-ауту барьер ломается
    barrier, indexes = run(parties=2, n_processes=1, timeout=0.2)
    print(f"Результаты: {indexes}")  # Результаты: [-1]
    print(f"Барьер сломан: {barrier.broken}")  # Барьер сломан: True
