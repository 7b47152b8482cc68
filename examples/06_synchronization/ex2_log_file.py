# docs/06-synchronization.md · создан nox -s extract, правьте урок · b1764c85eda8
import multiprocessing
import os
import tempfile
import time

lock = None  # заполняет init_worker() в каждом рабочем процессе
log_path = None


def init_worker(shared_lock, path):
    global lock, log_path
    lock = shared_lock
    log_path = path


def write_record(n):
    lines = [f"запись {n}: начало\n", f"запись {n}: данные\n", f"запись {n}: конец\n"]
    # Вся запись из трёх строк — одна критическая секция
    with lock, open(log_path, "a", encoding="utf-8") as f:
        for line in lines:
            f.write(line)
            f.flush()  # каждая строка сразу уходит в файл
            time.sleep(0.01)  # задача готовит следующую строку
    return n


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "log.txt")
        shared_lock = multiprocessing.Lock()
        with multiprocessing.Pool(2, initializer=init_worker, initargs=(shared_lock, path)) as pool:
            pool.map(write_record, range(20), chunksize=1)

        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()

    # Каждые три строки подряд должны относиться к одной записи
    blocks = [lines[i : i + 3] for i in range(0, len(lines), 3)]
    whole = all(len({line.split(":")[0] for line in block}) == 1 for block in blocks)
    print(f"Строк в файле: {len(lines)}")  # Строк в файле: 60
    print(f"Записи не перемешались: {whole}")  # Записи не перемешались: True
