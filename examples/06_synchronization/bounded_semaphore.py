# docs/06-synchronization.md · создан nox -s extract, правьте урок · d5caa2b95288
import multiprocessing

if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    sem.release()  # лишний release(): ошибки нет, счётчик стал 3
    print([sem.acquire(block=False) for _ in range(4)])  # [True, True, True, False]

    bounded = multiprocessing.BoundedSemaphore(2)
    try:
        bounded.release()  # счётчик не может превысить начальное значение
    except ValueError as e:
        print(f"ValueError: {e}")  # ValueError: semaphore or lock released too many times
