# docs/05-shared-state.md · создан nox -s extract, правьте урок · 65e0b426d859
import multiprocessing
from multiprocessing import shared_memory


def worker(name):
    sl = shared_memory.ShareableList(name=name)  # подключаемся по имени
    try:
        sl[0] += 1
        sl[3] = "out.csv"  # 7 символов: помещается в 16 байт, выделенных под "input.csv"
    finally:
        sl.shm.close()


if __name__ == "__main__":
    sl = shared_memory.ShareableList([41, 2.5, True, "input.csv", None])
    try:
        p = multiprocessing.Process(target=worker, args=(sl.shm.name,))
        p.start()
        p.join()
        print(list(sl))  # [42, 2.5, True, 'out.csv', None]
        print(sl.format)  # qdxxxxxxx?16sxxxxxx?x

        try:
            sl[3] = "a_much_longer_file_name.csv"  # 27 символов в 16 байт не помещаются
        except ValueError as e:
            print(f"ValueError: {e}")  # ValueError: bytes/str item exceeds available storage

        sl[4] = 7  # на месте None теперь число
        print(sl[4], len(sl), hasattr(sl, "append"))  # 7 5 False
    finally:
        sl.shm.close()
        sl.shm.unlink()
