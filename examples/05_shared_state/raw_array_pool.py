# docs/05-shared-state.md · создан nox -s extract, правьте урок · 7bef6eaa7e53
import multiprocessing

squares = None  # в каждом рабочем процессе сюда попадёт общий массив


def init_worker(shared):
    global squares
    squares = shared


def fill(i):
    squares[i] = i * i  # каждая задача пишет только в свою ячейку: блокировка не нужна


def size_of(arr):
    return len(arr)


if __name__ == "__main__":
    arr = multiprocessing.RawArray("i", 8)  # восемь int без блокировки, заполнены нулями
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(arr,)) as pool:
        pool.map(fill, range(8))
        try:
            pool.map(size_of, [arr])  # аргумент задачи сериализуется — так нельзя
        except RuntimeError as e:
            print(f"RuntimeError: {e}")  # RuntimeError: c_int_Array_8 objects should only be shared between processes through inheritance
    print(list(arr))  # [0, 1, 4, 9, 16, 25, 36, 49]
