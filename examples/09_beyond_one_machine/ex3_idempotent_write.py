# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 3c43dc8d423a
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def append_result(x, out_dir):
    # Плохо: повтор задачи допишет строку второй раз
    with open(Path(out_dir, "results.txt"), "a", encoding="utf-8") as f:
        f.write(f"{x} {x * x}\n")


def write_result(x, out_dir):
    # Хорошо: у каждой задачи свой файл, и он заменяется целиком
    final = Path(out_dir, f"part-{x}.txt")
    temp = Path(out_dir, f"part-{x}.{os.getpid()}.tmp")  # свой временный файл у каждого процесса
    temp.write_text(f"{x} {x * x}\n", encoding="utf-8")
    os.replace(temp, final)  # атомарно: читатель увидит либо старый файл, либо новый


def run_twice(executor, func, out_dir):
    # Каждую задачу запускаем дважды — будто кластер повторил её после сбоя
    futures = [executor.submit(func, x, out_dir) for x in range(4) for _ in range(2)]
    for future in futures:
        future.result()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as out_dir, ProcessPoolExecutor(max_workers=2) as executor:
        run_twice(executor, append_result, out_dir)
        lines = Path(out_dir, "results.txt").read_text(encoding="utf-8").splitlines()
        print("дописывание:", len(lines), "строк")  # дописывание: 8 строк

        run_twice(executor, write_result, out_dir)
        parts = sorted(Path(out_dir).glob("part-*.txt"))
        print("свои файлы:", len(parts), "файла")  # свои файлы: 4 файла
        contents = [p.read_text(encoding="utf-8").strip() for p in parts]
        print(contents)  # ['0 0', '1 1', '2 4', '3 9']
