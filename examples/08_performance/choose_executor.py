# docs/08-performance.md · создан nox -s extract, правьте урок · c86ae661f5cd
import sys
import sysconfig
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def burn(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def parallel_executor():
    """Исполнитель, который на этой сборке Python считает на чистом Python параллельно."""
    # sys._is_gil_enabled() есть с Python 3.13; до него GIL включён всегда
    gil_enabled = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    if not gil_enabled:
        return ThreadPoolExecutor  # сборка без GIL, и GIL сейчас выключен
    try:
        from concurrent.futures import InterpreterPoolExecutor  # Python 3.14+
    except ImportError:
        return ProcessPoolExecutor
    return InterpreterPoolExecutor


if __name__ == "__main__":
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print(f"сборка без GIL: {'да' if free_threaded else 'нет'}")
    executor_class = parallel_executor()
    print("исполнитель:", executor_class.__name__)
    with executor_class(max_workers=2) as executor:
        print("результаты:", list(executor.map(burn, [10, 1000, 100_000])))
