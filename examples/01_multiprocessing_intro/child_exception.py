# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 080d5ddd0257
import multiprocessing


def divide(a, b):
    print(f"{a} / {b} = {a / b}")


if __name__ == "__main__":
    p = multiprocessing.Process(target=divide, args=(1, 0))
    p.start()
    p.join()
    # Исключение ZeroDivisionError осталось в дочернем процессе
    print("код завершения:", p.exitcode)  # код завершения: 1
    print("главный процесс продолжает работу")  # главный процесс продолжает работу
