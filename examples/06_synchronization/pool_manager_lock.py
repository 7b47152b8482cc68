# docs/06-synchronization.md · создан nox -s extract, правьте урок · 00dff01246e2
import multiprocessing


def add(x, lock, totals):
    # Прокси-объекты менеджера можно передавать прямо в аргументах задачи
    with lock:
        # Чтение и запись — два обращения к менеджеру; без блокировки между
        # ними успел бы вклиниться другой процесс
        totals["sum"] = totals["sum"] + x
    return x


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        lock = manager.Lock()  # прокси к threading.Lock в процессе менеджера
        totals = manager.dict(sum=0)

        with multiprocessing.Pool(2) as pool:
            pool.starmap(add, [(x, lock, totals) for x in range(1, 101)])

        print(f"Сумма: {totals['sum']}")  # Сумма: 5050
