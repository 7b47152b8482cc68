# docs/05-shared-state.md · создан nox -s extract, правьте урок · 679505c7183b
import multiprocessing
from multiprocessing import shared_memory

COUNT = 100_000
ITEM = 8  # байт на одно число long long ('q')

def partial_sum(name, start, stop):
    shm = shared_memory.SharedMemory(name=name)
    try:
        # with освобождает memoryview при выходе — до shm.close()
        with shm.buf.cast("q") as numbers:
            return sum(numbers[start:stop])
    finally:
        shm.close()

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=COUNT * ITEM)
    try:
        with shm.buf.cast("q") as numbers:
            for i in range(COUNT):
                numbers[i] = i

        half = COUNT // 2
        with multiprocessing.Pool(2) as pool:
            sums = pool.starmap(partial_sum, [(shm.name, 0, half), (shm.name, half, COUNT)])
        print(sums)  # [1249975000, 3749975000]
        print(sum(sums) == sum(range(COUNT)))  # True
    finally:
        shm.close()
        shm.unlink()
