# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 0e4d7fbdbfb6
import multiprocessing


def read_until_eof(r, w=None):
    if w is not None:
        w.close()  # закрываем ненужный этому процессу пишущий конец
    received = []
    while r.poll(0.3):  # ждём данных или EOF не дольше 0,3 с
        try:
            received.append(r.recv())
        except EOFError:
            print(f"  EOF получен, данные: {received}", flush=True)
            return
    print(f"  EOF не пришёл за 0,3 с, данные: {received}", flush=True)


def run(pass_writer):
    r, w = multiprocessing.Pipe(duplex=False)
    args = (r, w) if pass_writer else (r,)
    p = multiprocessing.Process(target=read_until_eof, args=args)
    p.start()
    r.close()  # главному процессу читающий конец не нужен
    for i in range(3):
        w.send(i)
    w.close()  # главный процесс закончил писать
    p.join()


if __name__ == "__main__":
    print("способ запуска:", multiprocessing.get_start_method())
    print("дочернему процессу передан только r:")
    run(pass_writer=False)
    print("передан и w, дочерний процесс его закрыл:")
    run(pass_writer=True)
