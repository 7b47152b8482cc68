# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 4a7b35f9cf6e
import multiprocessing
import threading
import time
import warnings


def child():
    pass


def main():
    if "fork" not in multiprocessing.get_all_start_methods():
        print("способ fork на этой платформе недоступен")
        return

    background = threading.Thread(target=time.sleep, args=(0.3,))
    background.start()  # теперь в процессе два потока

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # показывать все предупреждения, даже скрытые по умолчанию
        p = multiprocessing.get_context("fork").Process(target=child)
        p.start()
        p.join()
    background.join()

    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    if messages:
        for message in messages:
            print("DeprecationWarning:", message)
    else:
        print("предупреждения нет: оно появилось в Python 3.12")


if __name__ == "__main__":
    main()
