# docs/02-process-pools.md · создан nox -s extract, правьте урок · 022b65eb702e
import math
import multiprocessing


def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))


def count_primes(start, stop):
    return sum(1 for n in range(start, stop) if is_prime(n))


if __name__ == "__main__":
    step = 25_000
    parts = [(start, start + step) for start in range(0, 100_000, step)]

    with multiprocessing.Pool(2) as pool:
        # starmap распаковывает кортеж (start, stop) в два аргумента
        counts = pool.starmap(count_primes, parts)

    # Результаты идут в порядке частей, в каком бы порядке части ни досчитались
    for (start, stop), count in zip(parts, counts, strict=True):
        print(f"[{start}, {stop}): {count}")
    print(f"Всего: {sum(counts)}")  # Всего: 9592
