# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 3b2d639bbaea
import multiprocessing
import time

N = 20_000
CHUNK = 1_000


def consume(tasks, done, rounds):
    done.put("готов")
    for _ in range(rounds):
        count = 0
        while True:
            item = tasks.get()
            if item is None:  # конец раунда
                break
            count += len(item) if isinstance(item, list) else 1
        done.put(count)


def measure(title, messages, tasks, done):
    start = time.perf_counter()
    for message in messages:
        tasks.put(message)
    tasks.put(None)
    count = done.get()  # потребитель получил и разобрал всё
    elapsed = time.perf_counter() - start
    print(f"{title:<18} сообщений: {len(messages):>6}, чисел: {count}, время: {elapsed:.4f} с")


if __name__ == "__main__":
    numbers = list(range(N))
    tasks = multiprocessing.Queue()
    done = multiprocessing.Queue()
    p = multiprocessing.Process(target=consume, args=(tasks, done, 3))
    p.start()
    done.get()  # ждём, пока потребитель запустится: его запуск не должен попасть в замер

    measure("по одному числу", numbers, tasks, done)
    measure(f"порциями по {CHUNK}", [numbers[i:i + CHUNK] for i in range(0, N, CHUNK)], tasks, done)
    measure("одним списком", [numbers], tasks, done)
    p.join()
