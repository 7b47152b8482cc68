# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 29b79061658b
import multiprocessing
import os


def usable_cpus():
    """Лучшая оценка числа процессоров, доступных этому процессу."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):  # Linux и некоторые другие Unix
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


if __name__ == "__main__":
    print("os.cpu_count():", os.cpu_count())
    print("multiprocessing.cpu_count():", multiprocessing.cpu_count())
    if hasattr(os, "sched_getaffinity"):
        print("len(os.sched_getaffinity(0)):", len(os.sched_getaffinity(0)))
    else:
        print("os.sched_getaffinity(): нет на этой платформе")
    if hasattr(os, "process_cpu_count"):
        print("os.process_cpu_count():", os.process_cpu_count())
    else:
        print("os.process_cpu_count(): нет в этой версии Python (появилась в 3.13)")
    print("доступно этому процессу:", usable_cpus())

    if hasattr(os, "sched_setaffinity"):
        # Разрешим процессу работать только на одном процессоре
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        cpus = os.cpu_count()
        print(f"после sched_setaffinity(): os.cpu_count() = {cpus}, доступно: {usable_cpus()}")
