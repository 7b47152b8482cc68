# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · f1c2d0e38884
import multiprocessing
import queue
import threading

if __name__ == "__main__":
    lock = threading.Lock()  # блокировку потоков сериализовать нельзя

    q = multiprocessing.Queue()
    q.put(lock)  # исключения нет: сериализация будет позже, в служебном потоке
    q.put("следующий элемент")
    print("из Queue получено:", q.get(timeout=1))  # из Queue получено: следующий элемент
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("блокировка до очереди так и не дошла")  # блокировка до очереди так и не дошла

    sq = multiprocessing.SimpleQueue()
    try:
        sq.put(lock)  # SimpleQueue сериализует прямо в put()
    except TypeError as e:
        print("SimpleQueue.put():", e)  # SimpleQueue.put(): cannot pickle '_thread.lock' object
    sq.close()

    a, b = multiprocessing.Pipe()
    try:
        a.send(lock)  # канал тоже сериализует прямо в send()
    except TypeError as e:
        print("Connection.send():", e)  # Connection.send(): cannot pickle '_thread.lock' object
    a.close()
    b.close()
