# docs/06-synchronization.md · создан nox -s extract, правьте урок · a1977178bf13
import multiprocessing


def release_foreign(lock):
    # Дочерний процесс пытается освободить блокировку, которую захватил главный
    name = type(lock).__name__
    try:
        lock.release()
        print(f"  {name}: дочерний процесс освободил чужую блокировку")
    except AssertionError as e:
        print(f"  {name}: AssertionError: {e}")


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    print(lock.acquire())  # True
    # Второй захват в том же процессе: без тайм-аута программа зависла бы навсегда
    print(lock.acquire(timeout=0.1))  # False
    lock.release()

    rlock = multiprocessing.RLock()
    print(rlock.acquire())  # True
    print(rlock.acquire(timeout=0.1))  # True
    print(rlock)  # <RLock(MainProcess, 2)>
    rlock.release()  # освобождать нужно столько же раз, сколько захватывали
    rlock.release()
    print(rlock)  # <RLock(None, 0)>

    # Кто может освободить блокировку?
    for lk in (multiprocessing.Lock(), multiprocessing.RLock()):
        lk.acquire()
        p = multiprocessing.Process(target=release_foreign, args=(lk,))
        p.start()
        p.join()
