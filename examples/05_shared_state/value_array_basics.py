# docs/05-shared-state.md · создан nox -s extract, правьте урок · e879613ebd7b
import ctypes
import multiprocessing


def worker(total, numbers, flag, label):
    total.value = sum(numbers[:])  # numbers[:] — копия в обычный список
    for i in range(len(numbers)):
        numbers[i] *= 10
    flag.value = True
    label.value = b"ready"


if __name__ == "__main__":
    total = multiprocessing.Value("d", 0.0)  # double, начальное значение 0.0
    numbers = multiprocessing.Array("i", [1, 2, 3, 4])  # int, начальные значения
    zeros = multiprocessing.Array("q", 3)  # три long long, заполнены нулями
    flag = multiprocessing.Value(ctypes.c_bool, False)  # вместо кода — тип ctypes
    label = multiprocessing.Array("c", 8)  # 8 байт (char)

    p = multiprocessing.Process(target=worker, args=(total, numbers, flag, label))
    p.start()
    p.join()

    # Всё, что записал дочерний процесс, видно в главном
    print(total.value)  # 10.0
    print(numbers[:])  # [10, 20, 30, 40]
    print(list(zeros))  # [0, 0, 0]
    print(flag.value)  # True
    print(label.value, label.raw)  # b'ready' b'ready\x00\x00\x00'
    print(total)  # <Synchronized wrapper for c_double(10.0)>

    # ctypes не проверяет переполнение: значение молча «заворачивается»
    small = multiprocessing.Value("b", 127)  # signed char: от -128 до 127
    small.value += 1
    print(small.value)  # -128
