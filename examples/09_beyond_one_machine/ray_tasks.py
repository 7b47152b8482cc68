# docs/09-beyond-one-machine.md · создан nox -s extract, правьте урок · 29a13ef7650d
import logging

import ray


@ray.remote
def square(x):
    return x * x


@ray.remote
def total(*values):
    return sum(values)


@ray.remote
def count_word(text, word):
    return text.split().count(word)


if __name__ == "__main__":
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        logging_level=logging.ERROR,
        log_to_driver=False,
    )
    try:
        # .remote() сразу возвращает ObjectRef — ссылку на будущий результат
        refs = [square.remote(x) for x in range(10)]
        print(ray.get(refs))  # [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]

        # ObjectRef в аргументах: Ray дождётся результатов и подставит их сам,
        # а квадраты пойдут из хранилища объектов прямо к задаче total
        print(ray.get(total.remote(*refs)))  # 285

        # Большой объект кладём в хранилище объектов один раз
        text_ref = ray.put("раз два три два " * 200_000)
        counts = [count_word.remote(text_ref, word) for word in ("раз", "два", "три")]
        print(ray.get(counts))  # [200000, 400000, 200000]
    finally:
        ray.shutdown()
