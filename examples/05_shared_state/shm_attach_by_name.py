# docs/05-shared-state.md · создан nox -s extract, правьте урок · ecd4739dab8a
import multiprocessing
from multiprocessing import shared_memory


def shout(name):
    shm = shared_memory.SharedMemory(name=name)  # подключаемся по имени
    try:
        shm.buf[:5] = bytes(shm.buf[:5]).upper()  # пишем прямо в общую память
    finally:
        shm.close()  # закрываем в каждом процессе; unlink() здесь не вызываем


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)  # главный процесс — владелец
    try:
        shm.buf[:5] = b"hello"
        p = multiprocessing.Process(target=shout, args=(shm.name,))
        p.start()
        p.join()
        print(bytes(shm.buf[:5]))  # b'HELLO'
    finally:
        shm.close()
        shm.unlink()  # удаляет блок владелец, ровно один раз
