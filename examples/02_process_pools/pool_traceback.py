# docs/02-process-pools.md · создан nox -s extract, правьте урок · c1f2a55c4beb
import multiprocessing
import traceback


def risky_function(x):
    if x == 5:
        raise ValueError(f"Ошибка при обработке {x}")
    return x**2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(risky_function, range(10))
        except ValueError as e:
            text = "".join(traceback.format_exception(e))  # трассировка, как её печатает Python
    # Строки с файлами и кодом начинаются с пробелов: печатаем остальные
    for line in text.splitlines():
        if not line.startswith(" "):
            print(line)
