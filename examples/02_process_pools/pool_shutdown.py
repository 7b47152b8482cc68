# docs/02-process-pools.md · создан nox -s extract, правьте урок · e875a168f3a5
import multiprocessing
import time


def slow_square(x):
    time.sleep(0.2)
    return x * x


if __name__ == "__main__":
    # 1. Выход из with — это terminate(): незавершённая задача убита
    with multiprocessing.Pool(2) as pool:
        lost = pool.apply_async(slow_square, (3,))
    print(f"После with: готово = {lost.ready()}")  # После with: готово = False
    try:
        lost.get(timeout=0.1)  # без тайм-аута ждали бы вечно
    except multiprocessing.TimeoutError:
        print("Результата не будет")  # Результата не будет

    # 2. close() + join() внутри with: пул доделывает все задачи
    with multiprocessing.Pool(2) as pool:
        kept = pool.apply_async(slow_square, (3,))
        pool.close()  # новых задач не принимаем
        pool.join()  # ждём, пока рабочие процессы всё выполнят и завершатся
    print(f"После close() и join(): {kept.get()}")  # После close() и join(): 9
