# docs/02-process-pools.md · создан nox -s extract, правьте урок · b0b05523fee2
import multiprocessing

settings = {}  # у каждого рабочего процесса своя копия


def init_worker(config):
    # Выполняется в каждом рабочем процессе один раз, до первой задачи
    settings.update(config)


def convert(celsius):
    return round(celsius * settings["scale"] + settings["offset"], 1)


if __name__ == "__main__":
    config = {"scale": 1.8, "offset": 32}  # переводим в градусы Фаренгейта
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(config,)) as pool:
        print(pool.map(convert, [-40, 0, 36.6, 100]))  # [-40.0, 32.0, 97.9, 212.0]
