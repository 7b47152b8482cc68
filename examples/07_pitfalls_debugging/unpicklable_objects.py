# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 85159e5d6d1e
import multiprocessing
import pickle
import tempfile
import threading


def make_local_function():
    def local_square(x):  # локальная функция: существует только внутри вызова
        return x * x

    return local_square


def numbers(n):
    yield from range(n)


def square(x):
    return x * x


def type_name(obj):
    return type(obj).__name__


def make_generator(n):
    return (i * i for i in range(n))  # такой результат не вернётся из рабочего процесса


if __name__ == "__main__":
    with tempfile.TemporaryFile("w+") as open_file:
        print("pickle.dumps():")
        candidates = [
            ("lambda", lambda x: x * x),
            ("локальная функция", make_local_function()),
            ("открытый файл", open_file),
            ("threading.Lock", threading.Lock()),
            ("multiprocessing.Lock", multiprocessing.Lock()),
            ("генератор", numbers(3)),
            ("функция верхнего уровня", square),
        ]
        for title, obj in candidates:
            try:
                pickle.dumps(obj)
            except Exception as e:  # тип исключения зависит от объекта
                print(f"  {title}: {type(e).__name__}: {e}")
            else:
                print(f"  {title}: сериализуется")

        print("Задачи пула:")
        tasks = [
            ("lambda как функция задачи", lambda x: x * x, 3),
            ("локальная функция как функция задачи", make_local_function(), 3),
            ("открытый файл в аргументах", type_name, open_file),
            ("multiprocessing.Lock в аргументах", type_name, multiprocessing.Lock()),
            ("генератор в аргументах", type_name, numbers(3)),
        ]
        with multiprocessing.Pool(2) as pool:
            for title, func, arg in tasks:
                try:
                    pool.apply_async(func, (arg,)).get(timeout=5)
                except Exception as e:
                    print(f"  {title}: {type(e).__name__}")

            print("Результат задачи:")
            try:
                pool.apply_async(make_generator, (3,)).get(timeout=5)
            except Exception as e:
                print(f"  {type(e).__module__}.{type(e).__name__}: {e}")

            # После всех этих ошибок пул исправен
            print(pool.map(square, range(5)))  # [0, 1, 4, 9, 16]
