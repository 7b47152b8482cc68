# docs/05-shared-state.md · создан nox -s extract, правьте урок · 3c881b81c521
import importlib.util
import sys

if importlib.util.find_spec("numpy") is None:
    print("Для этого примера нужен NumPy, а он не установлен.")
    print("Установите его командой: python -m pip install numpy")
    sys.exit(0)

import multiprocessing
from multiprocessing import shared_memory

import numpy as np


def double_part(name, size, dtype, start, stop):
    shm = shared_memory.SharedMemory(name=name)
    arr = np.frombuffer(shm.buf, dtype=dtype, count=size)  # представление общей памяти, не копия
    try:
        arr[start:stop] *= 2  # меняем только свою часть
    finally:
        del arr  # сначала убираем массив, который смотрит в shm.buf,
        shm.close()  # и только потом закрываем блок


if __name__ == "__main__":
    data = np.arange(100_000, dtype=np.float64)
    shm = shared_memory.SharedMemory(create=True, size=data.nbytes)
    shared = None
    try:
        shared = np.frombuffer(shm.buf, dtype=data.dtype, count=data.size)
        shared[:] = data  # единственное копирование: исходные данные → общая память

        half = data.size // 2
        p = multiprocessing.Process(
            target=double_part, args=(shm.name, data.size, data.dtype, half, data.size)
        )
        p.start()
        shared[:half] *= 2  # первую половину главный процесс удваивает сам
        p.join()
        print(f"результат верный: {np.array_equal(shared, data * 2)}")  # результат верный: True

        # Опыт: пока массив смотрит в блок, закрыть блок нельзя
        try:
            shm.close()
        except BufferError as e:
            print(f"BufferError: {e}")  # BufferError: cannot close exported pointers exist
    finally:
        shared = None  # убираем массив — теперь close() пройдёт
        shm.close()
        shm.unlink()
