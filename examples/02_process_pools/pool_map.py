# docs/02-process-pools.md · создан nox -s extract, правьте урок · 4cb582c04197
import multiprocessing
import time


def process_item(item):
    """Обработка одного элемента"""
    time.sleep(0.05)  # имитация ожидания (например, ответа сети)
    return item**2


if __name__ == "__main__":
    items = list(range(8))

    # Последовательная обработка
    start = time.perf_counter()
    sequential_results = [process_item(x) for x in items]
    print(f"Последовательно: {time.perf_counter() - start:.2f} с")

    # Параллельная обработка с пулом
    start = time.perf_counter()
    with multiprocessing.Pool(4) as pool:
        parallel_results = pool.map(process_item, items)
    print(f"Параллельно: {time.perf_counter() - start:.2f} с")

    # Проверка результатов
    assert sequential_results == parallel_results
    print(f"Результаты: {parallel_results}")  # Результаты: [0, 1, 4, 9, 16, 25, 36, 49]
