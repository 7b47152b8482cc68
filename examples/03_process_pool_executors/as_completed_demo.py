# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 2b680fd4f704
import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def download(name, delay):
    # Имитация загрузки: ждём и возвращаем «размер» файла
    time.sleep(delay)
    if name.endswith(".tmp"):
        raise ValueError(f"файл {name} не найден")
    return len(name) * 1000


if __name__ == "__main__":
    jobs = {"report.pdf": 2.0, "photo.jpg": 0.5, "cache.tmp": 1.0, "notes.txt": 1.5}

    with ProcessPoolExecutor(max_workers=4) as executor:
        # Словарь «объект Future -> имя» помогает понять, какая задача завершилась
        future_to_name = {
            executor.submit(download, name, delay): name
            for name, delay in jobs.items()
        }
        for future in as_completed(future_to_name):
            name = future_to_name[future]
            try:
                size = future.result()
            except ValueError as exc:
                print(f"{name}: ошибка — {exc}")
            else:
                print(f"{name}: {size} байт")
