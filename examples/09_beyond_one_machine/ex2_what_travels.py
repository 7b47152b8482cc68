# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 8d405731b403
import functools
import importlib.util
import pickle
import threading


def power(x, n):
    return x**n


def numbers():
    yield 1


def make_local():
    def local(x):
        return x

    return local


def can_send(dumps, obj):
    try:
        dumps(obj)
    except Exception:  # тип исключения зависит от объекта и версии Python
        return "нет"
    return "да"


if __name__ == "__main__":
    candidates = [
        ("функция верхнего уровня", power),
        ("functools.partial", functools.partial(power, n=2)),
        ("лямбда", lambda x: x),
        ("локальная функция", make_local()),
        ("блокировка threading.Lock", threading.Lock()),
        ("генератор", numbers()),
    ]
    have_cloudpickle = importlib.util.find_spec("cloudpickle") is not None
    if have_cloudpickle:
        import cloudpickle
    else:
        print("cloudpickle не установлен: python -m pip install cloudpickle")

    for title, obj in candidates:
        line = f"{title}: pickle — {can_send(pickle.dumps, obj)}"
        if have_cloudpickle:
            line += f", cloudpickle — {can_send(cloudpickle.dumps, obj)}"
        print(line)
