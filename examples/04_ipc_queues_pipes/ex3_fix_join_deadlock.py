# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 78cd2505cce5
import multiprocessing


def square_all(numbers, results):
    results.put([x * x for x in numbers])

if __name__ == "__main__":
    results = multiprocessing.Queue()
    parts = [range(i, 100_000, 4) for i in range(4)]
    processes = [multiprocessing.Process(target=square_all, args=(part, results)) for part in parts]
    for p in processes:
        p.start()

    # Сначала читаем ровно столько результатов, сколько процессов...
    total = sum(sum(results.get()) for _ in processes)
    # ...и только потом ждём процессы
    for p in processes:
        p.join()

    print(total == sum(x * x for x in range(100_000)))  # True
