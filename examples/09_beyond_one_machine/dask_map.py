# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 4e811cc9faad
import logging

from dask.distributed import Client, LocalCluster


def square(x):
    return x * x


def total(values):
    return sum(values)


def count_word(text, word):
    return text.split().count(word)


if __name__ == "__main__":
    with (
        LocalCluster(
            n_workers=2,  # два рабочих процесса
            threads_per_worker=1,  # по одному потоку в каждом, как в пуле процессов
            processes=True,  # рабочие — отдельные процессы, а не потоки
            dashboard_address=None,  # без веб-панели: она заняла бы порт 8787
            silence_logs=logging.ERROR,  # в журнал только ошибки
        ) as cluster,
        Client(cluster) as client,
    ):
        # map() ставит задачи и сразу возвращает список объектов Future
        futures = client.map(square, range(10))
        print(client.gather(futures))  # [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]

        # submit() — одна задача; Future можно передать аргументом в другую задачу:
        # квадраты не возвращаются к нам, total() получит их прямо на рабочих процессах
        future = client.submit(total, futures)
        print(future.result())  # 285

        # Большие данные отправляем один раз, дальше передаём только ссылку на них
        text = "раз два три два " * 200_000
        [text_future] = client.scatter([text], broadcast=True)
        counts = client.map(count_word, [text_future] * 3, ["раз", "два", "три"])
        print(client.gather(counts))  # [200000, 400000, 200000]
