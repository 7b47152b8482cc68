# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 2784536016ca
import importlib.util
import multiprocessing
import sys

RANGES = [(0, 2_000), (2_000, 4_000), (4_000, 6_000), (6_000, 8_000)]


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        by_pool = pool.starmap(count_primes, RANGES)
    print("Pool:  ", by_pool)  # Pool:   [303, 247, 233, 224]

    if importlib.util.find_spec("joblib") is None:
        print("Для второй части нужен пакет joblib: python -m pip install joblib")
        sys.exit(0)

    from joblib import Parallel, delayed

    by_joblib = Parallel(n_jobs=2)(delayed(count_primes)(lo, hi) for lo, hi in RANGES)
    print("joblib:", by_joblib)  # joblib: [303, 247, 233, 224]
    print(by_pool == by_joblib)  # True
