# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · ce94788a0642
import importlib.util
import sys

if importlib.util.find_spec("numpy") is None:
    print("Для этого примера нужен NumPy, а он не установлен.")
    print("Установите его командой: python -m pip install numpy")
    sys.exit(0)

import multiprocessing

import numpy as np


def draw(index, seed, queue):
    from_global = float(np.random.rand())  # глобальный генератор NumPy
    from_own = float(np.random.default_rng(seed).random())  # свой генератор со своим зерном
    queue.put((index, from_global, from_own))


if __name__ == "__main__":
    np.random.seed(2024)  # главный процесс задал зерно глобальному генератору
    seeds = np.random.SeedSequence(2024).spawn(2)  # два независимых зерна из одного
    queue = multiprocessing.Queue()
    children = [
        multiprocessing.Process(target=draw, args=(i, seed, queue)) for i, seed in enumerate(seeds)
    ]
    for p in children:
        p.start()
    results = sorted(queue.get(timeout=10) for _ in children)
    for p in children:
        p.join()

    print("способ запуска:", multiprocessing.get_start_method())
    print("глобальный генератор, совпали:", results[0][1] == results[1][1])
    own = [value for _, _, value in results]
    print("свои генераторы, совпали:", own[0] == own[1])  # свои генераторы, совпали: False
    expected = [float(np.random.default_rng(seed).random()) for seed in seeds]
    print("воспроизводимо:", own == expected)  # воспроизводимо: True
