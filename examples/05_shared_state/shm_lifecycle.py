# docs/05-shared-state.md · создан nox -s extract, правьте урок · 3da2db284a4b
from multiprocessing import shared_memory

if __name__ == "__main__":
    owner = shared_memory.SharedMemory(create=True, size=8)
    name = owner.name
    owner.buf[0] = 42

    other = shared_memory.SharedMemory(name=name)  # второй объект для того же блока
    owner.close()  # владелец отключился, но блок жив
    print(other.buf[0])  # 42

    try:
        shared_memory.SharedMemory(name=name, create=True, size=8)
    except FileExistsError:
        print("create=True: блок с таким именем уже есть")  # create=True: блок с таким именем уже есть

    other.close()
    owner.unlink()  # unlink() можно вызвать и после close()

    try:
        shared_memory.SharedMemory(name=name)
    except FileNotFoundError:
        print("после unlink() подключиться нельзя")  # после unlink() подключиться нельзя
