# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 384d4a8f093f
import multiprocessing
import time

NUM_WORKERS = 2


def worker(tasks):
    name = multiprocessing.current_process().name
    while True:
        seconds = tasks.get()
        try:
            if seconds is None:  # сигнал остановки
                return
            time.sleep(seconds)  # «обрабатываем» задачу
            print(f"{name}: задача на {seconds} с готова", flush=True)
        finally:
            tasks.task_done()  # отмечаем каждый полученный элемент, даже сигнал остановки


if __name__ == "__main__":
    tasks = multiprocessing.JoinableQueue()
    workers = [multiprocessing.Process(target=worker, args=(tasks,)) for _ in range(NUM_WORKERS)]
    for w in workers:
        w.start()

    for seconds in (0.1, 0.05, 0.12, 0.05):
        tasks.put(seconds)
    tasks.join()  # ждём, пока для каждого элемента вызовут task_done()
    print("все задачи обработаны", flush=True)  # все задачи обработаны

    for _ in workers:
        tasks.put(None)  # по сигналу остановки на каждый рабочий процесс
    for w in workers:
        w.join()
    print("коды завершения:", [w.exitcode for w in workers])  # коды завершения: [0, 0]

    try:
        tasks.task_done()  # лишний вызов
    except ValueError as e:
        print("лишний task_done():", e)  # лишний task_done(): task_done() called too many times
