# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · a160e3de6c54
from concurrent.futures import ProcessPoolExecutor, as_completed


def count_primes(n):
    # Сколько простых чисел меньше n: перебор делителей до корня
    count = 0
    for k in range(2, n):
        if all(k % d for d in range(2, int(k**0.5) + 1)):
            count += 1
    return count


if __name__ == "__main__":
    limits = [10_000, 10, 1000, 100]
    counts = {}
    with ProcessPoolExecutor(max_workers=2) as executor:
        future_to_n = {executor.submit(count_primes, n): n for n in limits}
        for future in as_completed(future_to_n):  # в порядке завершения задач
            counts[future_to_n[future]] = future.result()

    for n in sorted(counts):
        print(f"простых чисел меньше {n}: {counts[n]}")
