# docs/02-process-pools.md · создан nox -s extract, правьте урок · 278001b49d66
import multiprocessing

# Глобальная переменная: у каждого рабочего процесса своя копия
worker_data = None


def init_worker(data):
    """Инициализация с аргументами"""
    global worker_data  # нужен: функция присваивает глобальной переменной
    worker_data = data


def process(x):
    # Только читаем глобальную переменную — global не нужен
    return x * worker_data


if __name__ == "__main__":
    with multiprocessing.Pool(
        processes=2,
        initializer=init_worker,
        initargs=(10,),
    ) as pool:
        results = pool.map(process, range(5))
    print(results)  # [0, 10, 20, 30, 40]
