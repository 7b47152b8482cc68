# docs/05-shared-state.md · создан nox -s extract, правьте урок · 74d1560026f7
import multiprocessing
from multiprocessing import shared_memory
from multiprocessing.managers import SharedMemoryManager


def fill(name, start, stop):
    sl = shared_memory.ShareableList(name=name)
    try:
        for i in range(start, stop):
            sl[i] = i * i  # процессы пишут в разные ячейки
    finally:
        sl.shm.close()


if __name__ == "__main__":
    with SharedMemoryManager() as smm:
        sl = smm.ShareableList([0] * 10)  # блок запомнил менеджер
        procs = [
            multiprocessing.Process(target=fill, args=(sl.shm.name, 0, 5)),
            multiprocessing.Process(target=fill, args=(sl.shm.name, 5, 10)),
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(list(sl))  # [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
        print(sum(sl))  # 285
        sl.shm.close()  # закрываем свой объект; unlink() сделает менеджер
    print("менеджер остановлен, блоки удалены")  # менеджер остановлен, блоки удалены
