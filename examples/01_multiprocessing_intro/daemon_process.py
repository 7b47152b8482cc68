# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 45d24f260428
import multiprocessing
import time


def helper():
    print("этого не будет")


def background(started):
    try:
        multiprocessing.Process(target=helper).start()
    except AssertionError as e:
        print("демон не может создать процесс:", e, flush=True)

    started.set()  # сообщаем главному процессу: демон запущен
    try:
        time.sleep(10)  # долгая фоновая работа
    finally:
        # Этот блок не выполнится: демона завершат принудительно
        print("демон: блок finally", flush=True)


if __name__ == "__main__":
    started = multiprocessing.Event()
    d = multiprocessing.Process(target=background, args=(started,), daemon=True)
    d.start()
    started.wait(timeout=10)  # ждём, пока демон запустится
    print("демон работает:", d.is_alive(), flush=True)  # демон работает: True
    print("главный процесс завершается, не дожидаясь демона", flush=True)
    # join() не вызываем: при выходе multiprocessing сам вызовет terminate() для демона
