# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 2ad0d2e1bdac
import multiprocessing


def hello(method):
    name = multiprocessing.current_process().name
    print(f"  {method}: процесс {name} работает", flush=True)


if __name__ == "__main__":
    print("доступны:", multiprocessing.get_all_start_methods())
    print("выбран явно:", multiprocessing.get_start_method(allow_none=True))
    # Вызов без allow_none фиксирует выбор, если он ещё не сделан
    print("используется:", multiprocessing.get_start_method())
    print("выбран явно:", multiprocessing.get_start_method(allow_none=True))

    try:
        multiprocessing.set_start_method("spawn")
    except RuntimeError as e:
        print("повторный выбор:", e)  # повторный выбор: context has already been set

    try:
        multiprocessing.get_context("threads")
    except ValueError as e:
        print("неизвестный способ:", e)  # неизвестный способ: cannot find context for 'threads'

    worked = []
    for method in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context(method)
        p = ctx.Process(target=hello, args=(method,))
        p.start()
        p.join()
        if p.exitcode == 0:
            worked.append(method)
    print("сработали:", worked)
