# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 0ccf8ceca5b6
import logging
from concurrent.futures import ProcessPoolExecutor, as_completed

from dask.distributed import Client, LocalCluster
from joblib import Parallel, delayed, parallel_config


def square(x):
    return x * x


def run(executor):
    # Функция знает только интерфейс concurrent.futures: submit(), map(), as_completed()
    futures = [executor.submit(square, x) for x in range(5)]
    finished = sorted(f.result() for f in as_completed(futures))
    in_order = list(executor.map(square, range(5)))
    return finished, in_order


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("ProcessPoolExecutor:", run(executor))

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        # Исполнитель, который отправляет задачи в кластер Dask
        with client.get_executor() as executor:
            print("Dask:", run(executor))

        # Код на joblib тоже переезжает в кластер: меняется только бэкенд
        with parallel_config(backend="dask"):
            print("joblib на Dask:", Parallel()(delayed(square)(x) for x in range(5)))
