# docs/08-performance.md · создан nox -s extract, правьте урок · 212a2da5faec
import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    # Опечатка: модуль называется statistics. С on_error="ignore" её никто бы не заметил
    multiprocessing.set_forkserver_preload(["__main__", "statistic"], on_error="fail")
    ctx = multiprocessing.get_context("forkserver")
    try:
        with ctx.Pool(2) as pool:
            print(pool.map(square, range(4)))
    except (ConnectionError, EOFError) as e:
        print("пул не создан:", type(e).__name__)
        for note in getattr(e, "__notes__", []):  # примечание добавляет multiprocessing
            print("примечание:", note)
