# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 25975acf44b7
import multiprocessing


def produce(w, n):
    for i in range(n):
        w.send(i * i)
    w.close()


if __name__ == "__main__":
    r, w = multiprocessing.Pipe(duplex=False)  # r — только чтение, w — только запись
    p = multiprocessing.Process(target=produce, args=(w, 3))
    p.start()
    print("получено:", [r.recv() for _ in range(3)])  # получено: [0, 1, 4]
    p.join()  # дочерний процесс завершился и закрыл свою копию w

    # Но у главного процесса своя копия w ещё открыта
    print("poll(0.2), пока w открыт:", r.poll(0.2))  # poll(0.2), пока w открыт: False
    w.close()
    print("poll(0.2) после w.close():", r.poll(0.2))  # poll(0.2) после w.close(): True
    try:
        r.recv()
    except EOFError:
        print("recv(): EOFError — писать больше некому")  # recv(): EOFError — писать больше некому

    try:
        r.send("x")
    except OSError as e:
        print("r.send():", e)  # r.send(): connection is read-only
    r.close()
