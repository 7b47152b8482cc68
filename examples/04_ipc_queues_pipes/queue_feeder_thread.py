# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 5001d8267598
import multiprocessing
import threading


def thread_names():
    return sorted(t.name for t in threading.enumerate())


def worker(q):
    for i in range(3):
        q.put(i)
    q.close()  # этот процесс больше ничего не кладёт в очередь
    q.join_thread()  # ждём, пока служебный поток запишет всё в канал
    print("рабочий процесс: всё отправлено", flush=True)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=worker, args=(q,))
    p.start()
    items = [q.get() for _ in range(3)]
    p.join()
    print("получено:", items)  # получено: [0, 1, 2]

    print("потоки главного процесса:", thread_names())  # потоки главного процесса: ['MainThread']
    q.put("x")  # первый put() в этом процессе запускает служебный поток
    print("после put():", thread_names())  # после put(): ['MainThread', 'QueueFeederThread']
    print("получено:", q.get())  # получено: x

    q.close()
    q.join_thread()
    print("после close() и join_thread():", thread_names())  # после close() и join_thread(): ['MainThread']

    try:
        q.put("y")
    except ValueError:
        print("put() после close(): ValueError")  # put() после close(): ValueError
    try:
        q.get()
    except ValueError:
        print("get() после close(): ValueError")  # get() после close(): ValueError
