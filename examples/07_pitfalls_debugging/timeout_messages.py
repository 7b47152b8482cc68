# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · dab5846834c8
import concurrent.futures
import multiprocessing
import queue
import time
import traceback


def nap(seconds):
    time.sleep(seconds)
    return seconds


def last_line(e):
    """Последняя строка трассировки: так Python назвал бы исключение, не поймай мы его."""
    return traceback.format_exception_only(e)[-1].rstrip()


if __name__ == "__main__":
    q = multiprocessing.Queue()
    try:
        q.get(timeout=0.1)
    except queue.Empty as e:
        print("Queue.get():", last_line(e))  # Queue.get(): _queue.Empty

    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply_async(nap, (1,)).get(timeout=0.1)
        except multiprocessing.TimeoutError as e:
            print("AsyncResult.get():", last_line(e))

    with concurrent.futures.ProcessPoolExecutor(1) as executor:
        future = executor.submit(nap, 0.5)
        try:
            future.result(timeout=0.1)
        except TimeoutError as e:
            print("Future.result():", last_line(e))  # Future.result(): TimeoutError
        try:
            next(concurrent.futures.as_completed([future], timeout=0.1))
        except TimeoutError as e:
            print("as_completed():", last_line(e))
