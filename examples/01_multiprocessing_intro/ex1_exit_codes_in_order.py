# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 3aeaeac0b1ca
import multiprocessing


def sum_of_squares(n):
    total = sum(i * i for i in range(1, n + 1))
    name = multiprocessing.current_process().name
    print(f"[{name}] сумма квадратов от 1 до {n} = {total}", flush=True)


if __name__ == "__main__":
    processes = [
        multiprocessing.Process(target=sum_of_squares, args=(n,), name=f"Счёт-{n}")
        for n in (10, 100, 1000)
    ]
    for p in processes:  # сначала запускаем все процессы...
        p.start()
    for p in processes:  # ...потом ждём все
        p.join()

    codes = ", ".join(f"{p.name}={p.exitcode}" for p in processes)
    print("коды завершения:", codes)
