# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 5111d952e64b
import multiprocessing

SETTING = "значение из файла"
RESULTS = []


def show(method):
    RESULTS.append(method)  # меняем список в памяти дочернего процесса
    print(f"{method:>10}: SETTING = {SETTING!r}, модуль {__name__!r}", flush=True)


if __name__ == "__main__":
    SETTING = "изменено в главном процессе"
    for method in multiprocessing.get_all_start_methods():
        p = multiprocessing.get_context(method).Process(target=show, args=(method,))
        p.start()
        p.join()
    print("RESULTS в главном процессе:", RESULTS)  # RESULTS в главном процессе: []
