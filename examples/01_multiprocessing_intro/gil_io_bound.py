# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 9e7593b63ae5
import threading
import time

DELAY = 0.15  # «сетевой запрос» длится 0,15 с


def fake_request():
    time.sleep(DELAY)  # поток ждёт и не держит GIL


if __name__ == "__main__":
    start = time.perf_counter()
    for _ in range(4):
        fake_request()
    sequential = time.perf_counter() - start

    threads = [threading.Thread(target=fake_request) for _ in range(4)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    in_threads = time.perf_counter() - start

    print(f"4 запроса последовательно: {sequential:.2f} с")
    print(f"4 запроса в 4 потоках:     {in_threads:.2f} с, ускорение {sequential / in_threads:.1f}")
