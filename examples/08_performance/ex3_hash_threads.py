# docs/08-performance.md · создан nox -s extract, правьте урок · 1bb35bc2cd03
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor


def digest(block):
    return hashlib.sha256(block).hexdigest()


if __name__ == "__main__":
    blocks = [bytes([i]) * 32_000_000 for i in range(4)]  # четыре блока по 32 МБ

    start = time.perf_counter()
    sequential = [digest(block) for block in blocks]
    one_thread = time.perf_counter() - start

    with ThreadPoolExecutor(2) as executor:
        start = time.perf_counter()
        threaded = list(executor.map(digest, blocks))
        two_threads = time.perf_counter() - start

    print(f"хеши совпадают: {sequential == threaded}")  # хеши совпадают: True
    print(f"один поток: {one_thread * 1000:.1f} мс")
    print(f"два потока: {two_threads * 1000:.1f} мс")
    print(f"ускорение: {one_thread / two_threads:.2f}")
