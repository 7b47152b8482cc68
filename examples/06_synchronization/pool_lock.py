# docs/06-synchronization.md · создан nox -s extract, правьте урок · 211387bfd6e0
import multiprocessing
import time

lock = None  # у каждого рабочего процесса своя копия; заполняет init_worker()


def init_worker(shared_lock):
    # Выполняется один раз в каждом рабочем процессе пула при его запуске
    global lock
    lock = shared_lock


def task(x):
    with lock:
        # Критическая секция: здесь, например, запись в общий файл
        time.sleep(0.01)
    return x * x


def task_with_lock(x, some_lock):
    with some_lock:
        return x * x


if __name__ == "__main__":
    shared_lock = multiprocessing.Lock()

    # Так нельзя: аргументы задачи сериализуются (pickle), а Lock этого не позволяет
    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply(task_with_lock, (3, shared_lock))
        except RuntimeError as e:
            print(type(e).__name__)  # RuntimeError
            print(e)  # Lock objects should only be shared between processes through inheritance

    # Так можно: блокировка уходит в рабочие процессы через initializer/initargs
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(shared_lock,)) as pool:
        print(pool.map(task, range(6)))  # [0, 1, 4, 9, 16, 25]
