# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 74557b85f85e
import multiprocessing
import multiprocessing.connection
import os
import time

HAVE_PROC = os.path.exists("/proc/self/stat")  # /proc есть только в Linux
NAMES = {"Z": "Z (зомби)", "-": "процесса нет"}


def quick():
    pass


def proc_state(pid):
    """Буква состояния из /proc/<pid>/stat: R, S — работает, Z — зомби; '-' — процесса нет."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]  # поле после имени в скобках
    except FileNotFoundError:
        return "-"


def wait_without_reaping(p):
    """Ждёт завершения процесса, не забирая его код завершения."""
    # sentinel готов, как только процесс при выходе закрыл свои файлы;
    # в отличие от join(), is_alive() и exitcode, ожидание sentinel ничего не забирает
    multiprocessing.connection.wait([p.sentinel], timeout=10)
    deadline = time.monotonic() + 1
    while HAVE_PROC and proc_state(p.pid) not in ("Z", "-") and time.monotonic() < deadline:
        time.sleep(0.01)  # ядро доделывает выход процесса


if __name__ == "__main__":
    p = multiprocessing.Process(target=quick)
    p.start()
    wait_without_reaping(p)
    if HAVE_PROC:
        print("после завершения:", NAMES.get(proc_state(p.pid), "работает"))

    # active_children() опрашивает дочерние процессы и забирает завершившиеся
    print("active_children():", multiprocessing.active_children())  # active_children(): []
    if HAVE_PROC:
        print("после active_children():", NAMES.get(proc_state(p.pid), "работает"))
    print("exitcode:", p.exitcode)  # exitcode: 0
