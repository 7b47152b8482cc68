# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 0187d2448345
import multiprocessing
import queue  # исключения Empty и Full берут из модуля queue

if __name__ == "__main__":
    print("Empty есть в multiprocessing?", hasattr(multiprocessing, "Empty"))  # Empty есть в multiprocessing? False

    q = multiprocessing.Queue(maxsize=2)  # не больше двух элементов
    q.put("первый")
    q.put("второй")
    print("full():", q.full())  # full(): True

    try:
        q.put("третий", timeout=0.1)  # ждём свободного места не дольше 0,1 с
    except queue.Full:
        print("put(timeout=0.1): очередь полна")  # put(timeout=0.1): очередь полна

    try:
        q.put_nowait("третий")  # не ждём совсем
    except queue.Full:
        print("put_nowait(): очередь полна")  # put_nowait(): очередь полна

    try:
        # qsize() — приблизительный размер очереди
        print("qsize():", q.qsize())
    except NotImplementedError:  # так бывает в macOS
        print("qsize() на этой платформе не работает")

    print(q.get(), q.get())  # первый второй

    try:
        q.get(timeout=0.1)  # ждём элемента не дольше 0,1 с
    except queue.Empty:
        print("get(timeout=0.1): очередь пуста")  # get(timeout=0.1): очередь пуста

    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait(): очередь пуста")  # get_nowait(): очередь пуста
