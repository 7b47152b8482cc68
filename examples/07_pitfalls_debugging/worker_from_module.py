# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 07f21b8ccec6
import multiprocessing
import sys
import tempfile
from pathlib import Path

# Так выглядел бы файл nb_worker.py, записанный рядом с блокнотом
WORKER_SOURCE = """
def square(x):
    return x * x
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "nb_worker.py").write_text(WORKER_SOURCE, encoding="utf-8")
        sys.path.insert(0, tmp)  # папка модуля должна быть в sys.path
        try:
            from nb_worker import square

            print("модуль функции:", square.__module__)  # модуль функции: nb_worker
            with multiprocessing.Pool(2) as pool:
                print(pool.map(square, range(6)))  # [0, 1, 4, 9, 16, 25]
        finally:
            # Убираем за собой: путь, модуль и (при выходе из with) саму папку
            sys.path.remove(tmp)
            sys.modules.pop("nb_worker", None)
    print("папка удалена:", not Path(tmp).exists())  # папка удалена: True
