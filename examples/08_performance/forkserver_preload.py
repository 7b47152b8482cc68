# docs/08-performance.md · создан nox -s extract, правьте урок · 63b557531caf
import multiprocessing
import sys

print(f"главный модуль выполняется как {__name__}", flush=True)


def task(x):
    loaded = "decimal" in sys.modules  # загружен ли модуль до того, как задача его импортировала
    import decimal  # тяжёлую библиотеку импортирует только задача

    return loaded, str(decimal.Decimal(x) / 4)


if __name__ == "__main__":
    # Список заменяет список по умолчанию ["__main__"], поэтому "__main__" в нём стоит явно
    multiprocessing.set_forkserver_preload(["__main__", "decimal"])
    ctx = multiprocessing.get_context("forkserver")
    with ctx.Pool(2) as pool:
        results = pool.map(task, range(1, 5))
    print("decimal загружен до задачи:", {loaded for loaded, _ in results})  # decimal загружен до задачи: {True}
    print("результаты:", [value for _, value in results])  # результаты: ['0.25', '0.5', '0.75', '1']
