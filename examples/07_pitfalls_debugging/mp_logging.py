# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · aab868b6be56
import logging
import multiprocessing
import sys


def setup_logging():
    """Логгер multiprocessing с выводом в stdout; можно вызывать повторно."""
    logger = multiprocessing.get_logger()
    if not logger.handlers:  # при fork обработчик уже унаследован от родителя
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("[%(levelname)s/%(processName)s] %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def square(x):
    multiprocessing.get_logger().info("считаю %d * %d", x, x)
    return x * x


if __name__ == "__main__":
    logger = setup_logging()
    logger.info("главный процесс создаёт пул")
    # initializer настраивает логирование в каждом рабочем процессе:
    # при spawn и forkserver обработчики от родителя не переходят
    with multiprocessing.Pool(2, initializer=setup_logging) as pool:
        print(pool.map(square, [1, 2, 3]), flush=True)  # [1, 4, 9]
        pool.close()
        pool.join()
    logger.info("готово")
