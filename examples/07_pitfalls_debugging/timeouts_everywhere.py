# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 9953237501f6
import multiprocessing
import queue
import time


def wait_forever(event):
    event.wait()  # ждёт события, которое никто не установит


def square(x):
    time.sleep(10 if x == 3 else 0.05)  # задача 3 «зависает»
    return x * x


if __name__ == "__main__":
    # 1. Процесс: join(timeout) ничего не сообщает — проверяем is_alive()
    event = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_forever, args=(event,))
    p.start()
    p.join(timeout=0.1)
    print("работает после join(0.1):", p.is_alive())  # работает после join(0.1): True
    p.terminate()
    p.join()
    print("exitcode:", p.exitcode)  # exitcode: -15

    # 2. Очередь: get(timeout) бросает queue.Empty
    q = multiprocessing.Queue()
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("за 0,1 с в очередь ничего не пришло")  # за 0,1 с в очередь ничего не пришло

    # 3. Пул: get(timeout) бросает multiprocessing.TimeoutError
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(square, (x,)) for x in range(5)]
        for x, r in enumerate(results):
            try:
                print(f"задача {x}: {r.get(timeout=0.5)}")
            except multiprocessing.TimeoutError:
                print(f"задача {x}: нет результата за 0,5 с")
    # Выход из with вызывает terminate(): зависшая задача остановлена

    # Это не встроенный TimeoutError: except TimeoutError его не поймает
    print(issubclass(multiprocessing.TimeoutError, TimeoutError))  # False
