# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · aa4d3a899b18
import multiprocessing
import pickle
import re


def show_square(x):
    print(f"    дочерний процесс: {x} * {x} = {x * x}", flush=True)


# Лямбда на верхнем уровне модуля. Обычно так не пишут, но для опыта нужна именно она
square_lambda = lambda x: print(f"    дочерний процесс: {x * x}", flush=True)  # noqa: E731


def show_sum(items):
    print(f"    дочерний процесс: сумма = {sum(items)}", flush=True)


def try_start(ctx, target, args):
    try:
        p = ctx.Process(target=target, args=args)
        p.start()
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        # Адрес объекта в памяти (« at 0x…») меняется от запуска к запуску: уберём его
        message = re.sub(r" at 0x[0-9a-f]+", "", str(e))
        print(f"    не запустился: {type(e).__name__}: {message}", flush=True)
    else:
        p.join()


def main():
    def local_square(x):  # локальная функция
        print(f"    дочерний процесс: {x * x}", flush=True)

    cases = [
        ("функция верхнего уровня", show_square, (3,)),
        ("лямбда на верхнем уровне", square_lambda, (3,)),
        ("локальная функция", local_square, (3,)),
        ("генератор в args", show_sum, ((x for x in range(4)),)),
    ]
    for method in multiprocessing.get_all_start_methods():
        print(f"{method}:", flush=True)
        ctx = multiprocessing.get_context(method)
        for title, target, args in cases:
            print(f"  {title}", flush=True)
            try_start(ctx, target, args)


if __name__ == "__main__":
    main()
