# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · d9e2b04db5a9
import multiprocessing
import os
import sqlite3
import tempfile


class ResultStore:
    """Сохраняет результаты в базу SQLite."""

    def __init__(self, path):
        self.path = path
        self.conn = sqlite3.connect(path, timeout=10)

    def save(self, x, value):
        with self.conn:  # транзакция: commit при выходе из with
            self.conn.execute("INSERT INTO results VALUES (?, ?)", (x, value))

    def close(self):
        self.conn.close()

    def __getstate__(self):
        # Подключение к базе в другой процесс не передать: передаём только путь
        state = self.__dict__.copy()
        del state["conn"]
        return state

    def __setstate__(self, state):
        # Копия в рабочем процессе подключается к базе сама
        self.__dict__.update(state)
        self.conn = sqlite3.connect(self.path, timeout=10)


def work(store, x):
    store.save(x, x * x)
    store.close()  # копию получила одна задача — она её и закрывает


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        store = ResultStore(os.path.join(tmp, "results.db"))
        with store.conn:
            store.conn.execute("CREATE TABLE results (x INTEGER, value INTEGER)")

        with multiprocessing.Pool(2) as pool:
            pool.starmap(work, [(store, x) for x in range(5)])

        rows = store.conn.execute("SELECT x, value FROM results ORDER BY x").fetchall()
        store.close()
    print(rows)  # [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16)]
