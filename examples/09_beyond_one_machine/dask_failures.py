# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · fef100efb226
import logging
import os
import tempfile
from pathlib import Path

from dask.distributed import Client, LocalCluster


def flaky(x, marks):
    # Первая попытка для каждого x падает: так имитируем временный сбой сети
    marker = Path(marks, f"flaky-{x}")
    if not marker.exists():
        marker.touch()
        raise ConnectionError(f"временный сбой на x={x}")
    return x * 10


def crash_once(x, marks):
    # Первая попытка убивает рабочий процесс посреди задачи
    marker = Path(marks, f"crash-{x}")
    if not marker.exists():
        marker.touch()
        os._exit(1)
    return x * 100


if __name__ == "__main__":
    with (
        tempfile.TemporaryDirectory() as marks,
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        # Исключение в задаче без повторов приходит в главный процесс
        future = client.submit(flaky, 1, marks)
        try:
            future.result()
        except ConnectionError as e:
            print("без повторов:", e)  # без повторов: временный сбой на x=1

        # retries=2: Dask сам повторит задачу, если она бросила исключение
        future = client.submit(flaky, 2, marks, retries=2)
        print("с повторами:", future.result())  # с повторами: 20

        # Рабочий процесс погиб: планировщик отдаёт задачу другому процессу
        future = client.submit(crash_once, 3, marks)
        print("после гибели процесса:", future.result())  # после гибели процесса: 300
