# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 216a1a0b803f
import multiprocessing
import threading
import warnings

# DeprecationWarning из модулей стандартной библиотеки по умолчанию скрыты: включаем
warnings.simplefilter("default", DeprecationWarning)


def child(queue):
    queue.put("дочерний процесс работает")


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    queue.put("проверка очереди")  # первый put() запускает служебный поток очереди
    print(queue.get(timeout=5))  # проверка очереди
    # Сообщение уже получено, а поток остался и ждёт новых данных
    print("потоков в главном процессе:", threading.active_count())  # потоков в главном процессе: 2

    p = ctx.Process(target=child, args=(queue,))
    p.start()  # fork() из процесса с двумя потоками: предупреждение уходит в stderr
    print(queue.get(timeout=5))  # дочерний процесс работает
    p.join()
    print("код завершения:", p.exitcode)  # код завершения: 0
