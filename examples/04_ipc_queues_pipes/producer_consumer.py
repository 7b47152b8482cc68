# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 9c9d5a173853
import multiprocessing
import time

NUM_CONSUMERS = 3
STOP = None  # сигнал остановки: значение, которого нет среди данных


def consume(tasks, results):
    name = multiprocessing.current_process().name
    while True:
        item = tasks.get()
        if item is STOP:
            results.put((name, STOP))  # сообщаем главному процессу: этот потребитель закончил
            return
        time.sleep(0.01)  # «обработка» задачи
        results.put((name, item * item))


if __name__ == "__main__":
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    consumers = [
        multiprocessing.Process(target=consume, args=(tasks, results), name=f"потребитель-{i}")
        for i in range(1, NUM_CONSUMERS + 1)
    ]
    for p in consumers:
        p.start()

    # Главный процесс — производитель
    for i in range(1, 21):
        tasks.put(i)
    for _ in consumers:  # по одному сигналу на каждого потребителя
        tasks.put(STOP)

    squares = []
    per_consumer = {p.name: 0 for p in consumers}  # потребитель может не успеть ни к одной задаче
    finished = 0
    while finished < NUM_CONSUMERS:  # читаем, пока не отчитаются все потребители
        name, value = results.get()
        if value is STOP:
            finished += 1
        else:
            squares.append(value)
            per_consumer[name] += 1

    for p in consumers:
        p.join()  # очередь результатов прочитана, теперь join() безопасен
    print("получено результатов:", len(squares))  # получено результатов: 20
    print("сумма квадратов:", sum(squares))  # сумма квадратов: 2870
    print("задач у каждого потребителя:", per_consumer)
