# docs/02-process-pools.md · создан nox -s extract, правьте урок · 2a1e1f238039
import multiprocessing
import pickle


def add(a, b):
    return a + b


def add_pair(pair):
    # Обычная функция верхнего уровня: её можно сериализовать
    return add(*pair)


if __name__ == "__main__":
    # Список кортежей аргументов
    args = [(1, 2), (3, 4), (5, 6), (7, 8)]

    with multiprocessing.Pool(4) as pool:
        # starmap распаковывает кортежи как аргументы
        print(pool.starmap(add, args))  # [3, 7, 11, 15]

        # Эквивалент без starmap: map и функция верхнего уровня
        print(pool.map(add_pair, args))  # [3, 7, 11, 15]

        # А вот lambda передать нельзя: pickle её не сериализует
        try:
            pool.map(lambda pair: add(*pair), args)
        except pickle.PicklingError as e:
            print(type(e).__name__)  # PicklingError
