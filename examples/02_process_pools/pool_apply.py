# docs/02-process-pools.md · создан nox -s extract, правьте урок · f1ee021575af
import multiprocessing
import time


def square(x):
    time.sleep(0.1)  # имитация вычислений
    return x**2


if __name__ == "__main__":
    with multiprocessing.Pool(4) as pool:
        # apply() — синхронный (блокирующий) вызов
        result = pool.apply(square, args=(5,))
        print(f"Результат: {result}")  # Результат: 25

        # Три вызова подряд выполняются по очереди, хотя в пуле четыре процесса
        start = time.perf_counter()
        results = [pool.apply(square, args=(x,)) for x in range(3)]
        elapsed = time.perf_counter() - start
        print(f"{results} за {elapsed:.2f} с")
