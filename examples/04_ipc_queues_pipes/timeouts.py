# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 95558e907f65
import multiprocessing
import queue
import sys
import time


def slow_answer(conn):
    time.sleep(0.2)  # долго думает
    conn.send("ответ")
    conn.close()


def compute(results, x):
    time.sleep(0.1)
    results.put(x * x)


def crash(results):
    time.sleep(0.1)
    sys.exit(3)  # завершается, так и не положив результат


def wait_result(results, process):
    """Ждёт результат, пока процесс жив. Возвращает None, если результата не будет."""
    while True:
        try:
            return results.get(timeout=0.1)
        except queue.Empty:
            if not process.is_alive():
                break
    # Процесс завершился. Всё, что он успел положить, уже в канале:
    # при выходе процесс дожидается служебного потока очереди. Проверяем последний раз.
    try:
        return results.get(timeout=0.1)
    except queue.Empty:
        return None


if __name__ == "__main__":
    # Запускаем все три процесса сразу, чтобы они работали одновременно
    parent_conn, child_conn = multiprocessing.Pipe()
    talker = multiprocessing.Process(target=slow_answer, args=(child_conn,))
    talker.start()
    child_conn.close()
    jobs = []
    for target, args in [(compute, (7,)), (crash, ())]:
        results = multiprocessing.Queue()
        p = multiprocessing.Process(target=target, args=(results, *args))
        p.start()
        jobs.append((target.__name__, results, p))

    # Pipe: у recv() нет тайм-аута, поэтому ждём через poll(timeout)
    empty_polls = 0
    while not parent_conn.poll(0.1):  # ждём не дольше 0,1 с за раз
        empty_polls += 1  # здесь можно сделать другую работу или решить, что ждать хватит
    print(f"из канала: {parent_conn.recv()!r}, были пустые проверки: {empty_polls > 0}")
    talker.join()
    parent_conn.close()

    # Queue: get(timeout) и проверка is_alive()
    for name, results, p in jobs:
        value = wait_result(results, p)
        p.join()
        print(f"{name}: результат {value}, код завершения {p.exitcode}")
