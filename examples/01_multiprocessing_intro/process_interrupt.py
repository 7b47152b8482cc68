# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · aabbcbf037f5
import multiprocessing
import sys
import time


def worker(ready):
    ready.set()
    try:
        time.sleep(60)  # долгая работа
    except KeyboardInterrupt:
        print("дочерний процесс: KeyboardInterrupt, заканчиваю работу", flush=True)
    finally:
        print("дочерний процесс: finally выполнен", flush=True)


if __name__ == "__main__":
    if sys.platform == "win32":
        print("В Windows поведение interrupt() не определено: пример для Linux и macOS")
        sys.exit()
    ready = multiprocessing.Event()
    p = multiprocessing.Process(target=worker, args=(ready,))
    p.start()
    ready.wait()
    time.sleep(0.2)  # дочерний процесс уже в time.sleep()
    p.interrupt()  # SIGINT: в дочернем процессе — KeyboardInterrupt
    p.join()
    print("exitcode:", p.exitcode)  # exitcode: 0
