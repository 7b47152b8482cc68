# docs/05-shared-state.md · создан nox -s extract, правьте урок · e130da21a6b3
import multiprocessing
import time


def per_operation(d, n):
    """Среднее время одной операции (записи или чтения) в микросекундах."""
    start = time.perf_counter()
    for i in range(n):
        d["счётчик"] = i  # запись
        _ = d["счётчик"]  # чтение
    return (time.perf_counter() - start) / (2 * n) * 1e6


if __name__ == "__main__":
    local = per_operation({}, 100_000)
    with multiprocessing.Manager() as manager:
        proxy = per_operation(manager.dict(), 1000)

        # 1000 ключей одним запросом: собрать локально, отправить разом
        shared = manager.dict()
        start = time.perf_counter()
        shared.update({f"ключ {i}": i for i in range(1000)})
        bulk = (time.perf_counter() - start) * 1000

    print(f"обычный dict: {local:.3f} мкс на операцию")
    print(f"DictProxy:    {proxy:.1f} мкс на операцию")
    print(f"прокси медленнее примерно в {proxy / local:.0f} раз")
    print(f"update() с 1000 ключами одним запросом: {bulk:.2f} мс")
