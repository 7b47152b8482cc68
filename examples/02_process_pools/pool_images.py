# docs/02-process-pools.md · создан nox -s extract, правьте урок · 84bd7c3f7934
import math
import multiprocessing
import time


def process_image(image_name):
    """Имитация обработки изображения: только вычисления, без ввода-вывода"""
    # В настоящей программе здесь была бы работа с Pillow или OpenCV
    checksum = sum(map(math.sqrt, range(2_000_000)))
    return f"{image_name}: {checksum:.0f}"


if __name__ == "__main__":
    # Имитация списка изображений
    images = [f"image_{i}.jpg" for i in range(8)]

    # Последовательная обработка
    start = time.perf_counter()
    sequential = [process_image(name) for name in images]
    sequential_time = time.perf_counter() - start
    print(f"Последовательно: {sequential_time:.2f} с")

    # Параллельная обработка; время включает и запуск рабочих процессов
    start = time.perf_counter()
    with multiprocessing.Pool(processes=2) as pool:
        parallel = pool.map(process_image, images)
    parallel_time = time.perf_counter() - start
    print(f"Пул из 2 процессов: {parallel_time:.2f} с")

    assert parallel == sequential
    print(f"Ускорение: {sequential_time / parallel_time:.2f}")
