# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 863db97fd94a
import multiprocessing
import pickle
import traceback


def load(data):
    """Восстановить функцию из байтов, как рабочий процесс восстанавливает задачу."""
    try:
        pickle.loads(data)
    except AttributeError as e:
        # Конец трассировки, которую напечатал бы рабочий процесс
        print("".join(traceback.format_exception_only(e)), end="", flush=True)
    else:
        print("функция найдена", flush=True)


if __name__ == "__main__":

    def square(x):  # объявлена под защитой
        return x * x

    data = pickle.dumps(square)  # в главном процессе сериализуется без ошибок
    for method in multiprocessing.get_all_start_methods():
        print(f"{method}: ", end="", flush=True)
        p = multiprocessing.get_context(method).Process(target=load, args=(data,))
        p.start()
        p.join()
