# docs/06-synchronization.md · создан nox -s extract, правьте урок · c962c330406c
import multiprocessing


def take_both(first, second, results, slot, barrier=None):
    with first:
        if barrier is not None:
            barrier.wait()  # дождёмся, пока второй процесс возьмёт свою первую блокировку
        # Без тайм-аута процессы с разным порядком ждали бы здесь вечно
        if second.acquire(timeout=0.2):
            second.release()
            results[slot] = 1  # получилось
        else:
            results[slot] = 0  # не дождались: выходим из with и отпускаем first


def run(order_1, order_2, barrier=None):
    results = multiprocessing.Array("i", 2)
    processes = [
        multiprocessing.Process(target=take_both, args=(*order, results, slot, barrier))
        for slot, order in enumerate([order_1, order_2])
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    return list(results)


if __name__ == "__main__":
    lock_a = multiprocessing.Lock()
    lock_b = multiprocessing.Lock()

    # Разный порядок: первый процесс берёт A, потом B; второй — B, потом A.
    # Барьер гарантирует, что каждый уже держит свою первую блокировку
    results = run((lock_a, lock_b), (lock_b, lock_a), multiprocessing.Barrier(2))
    print(f"Разный порядок: {results}")
    print(f"Кто-то не дождался: {0 in results}")  # Кто-то не дождался: True

    # Одинаковый порядок: оба сначала берут A, потом B — цикла ожидания нет
    results = run((lock_a, lock_b), (lock_a, lock_b))
    print(f"Одинаковый порядок: {results}")  # Одинаковый порядок: [1, 1]
