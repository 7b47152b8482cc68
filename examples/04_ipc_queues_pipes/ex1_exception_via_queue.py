# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · e95703090988
import multiprocessing


def worker(tasks, results):
    while True:
        x = tasks.get()
        if x is None:  # сигнал остановки
            return
        try:
            results.put((x, 100 / x, None))
        except Exception as e:  # объект исключения сериализуется, его можно отправить
            results.put((x, None, e))

if __name__ == "__main__":
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=worker, args=(tasks, results))
    p.start()

    numbers = [5, 0, 4]
    for x in numbers:
        tasks.put(x)
    tasks.put(None)

    answers = [results.get() for _ in numbers]  # сначала читаем все ответы
    p.join()  # потом ждём процесс

    for x, value, error in answers:
        if error is None:
            print(f"100 / {x} = {value}")
        else:
            try:
                raise error  # заново бросаем исключение в главном процессе
            except ZeroDivisionError as e:
                print(f"100 / {x}: {type(e).__name__}: {e}")
