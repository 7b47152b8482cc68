# docs/05-shared-state.md · создан nox -s extract, правьте урок · 59b1d42767f7
import collections
import multiprocessing

LIMIT = 60_000

def count_digits(counts, start, stop):
    local = [0] * 10  # считаем у себя, без блокировок
    for n in range(start, stop):
        for ch in str(n):
            local[int(ch)] += 1
    with counts.get_lock():  # одна блокировка на весь процесс
        raw = counts.get_obj()  # сам массив ctypes: без повторных блокировок
        for digit in range(10):
            raw[digit] += local[digit]

if __name__ == "__main__":
    counts = multiprocessing.Array("i", 10)
    half = LIMIT // 2
    procs = [
        multiprocessing.Process(target=count_digits, args=(counts, 0, half)),
        multiprocessing.Process(target=count_digits, args=(counts, half, LIMIT)),
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join()

    expected = collections.Counter("".join(str(n) for n in range(LIMIT)))
    result = counts[:]
    print(result)  # [22890, 34000, 34000, 34000, 34000, 34000, 24000, 24000, 24000, 24000]
    print(f"совпадает: {result == [expected[str(d)] for d in range(10)]}")  # совпадает: True
