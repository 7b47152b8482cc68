# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 0c21d8853f9d
import multiprocessing
import os

# Верхний уровень модуля выполняется при каждом импорте
print(f"верхний уровень модуля: __name__ = {__name__!r}, PID {os.getpid()}", flush=True)


def work():
    print(f"work(): __name__ = {__name__!r}", flush=True)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=work)
    p.start()
    p.join()
    print("главный процесс: готово")
