# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 7463f160dc58
import multiprocessing


def produce(q, size):
    q.put("начинаю")
    q.put("x" * size)


def run(size):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q, size))
    p.start()
    q.get()  # дочерний процесс точно запущен и кладёт данные
    p.join(timeout=0.3)  # НЕПРАВИЛЬНО: join() до того, как прочитаны данные
    print(f"{size:>9} байт: после join(timeout=0.3) процесс жив: {p.is_alive()}", flush=True)
    data = q.get()  # читаем — и служебный поток дочернего процесса дописывает данные в канал
    p.join()  # теперь процесс завершается
    print(f"{size:>9} байт: получено {len(data)}, код завершения {p.exitcode}", flush=True)


if __name__ == "__main__":
    run(1_000)  # помещается в буфер канала: процесс успевает завершиться
    run(1_000_000)  # не помещается: процесс ждёт, пока прочитают очередь
