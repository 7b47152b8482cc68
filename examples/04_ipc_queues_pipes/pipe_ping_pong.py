# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 3edb27bd91a7
import multiprocessing


def responder(conn):
    while True:
        message = conn.recv()
        if message is None:  # сигнал остановки
            break
        conn.send(message.upper())
    conn.close()


if __name__ == "__main__":
    parent_conn, child_conn = multiprocessing.Pipe()  # duplex=True: оба конца пишут и читают
    p = multiprocessing.Process(target=responder, args=(child_conn,))
    p.start()
    child_conn.close()  # этот конец нужен только дочернему процессу

    for word in ("привет", "канал", "pipe"):
        parent_conn.send(word)
        print(f"{word} -> {parent_conn.recv()}")

    parent_conn.send(None)
    p.join()
    parent_conn.close()
