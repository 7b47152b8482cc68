# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · a4793e7f9aca
import time
from concurrent.futures import ProcessPoolExecutor


def pause(name, delay):
    time.sleep(delay)
    return name, time.monotonic()


if __name__ == "__main__":
    names = ["долгая", "быстрая", "средняя"]
    delays = [1.0, 0.1, 0.5]

    with ProcessPoolExecutor(max_workers=3) as executor:
        # Два итерируемых объекта: функция получает по элементу из каждого
        results = list(executor.map(pause, names, delays))
        powers = list(executor.map(pow, [2, 3, 4], [5, 2, 3]))

    print("Порядок map:", [name for name, _ in results])  # Порядок map: ['долгая', 'быстрая', 'средняя']
    finished = sorted(results, key=lambda item: item[1])
    print("Порядок завершения:", [name for name, _ in finished])
    print("pow:", powers)  # pow: [32, 9, 64]
