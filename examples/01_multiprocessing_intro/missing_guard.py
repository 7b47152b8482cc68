# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 3e270ba2fc94
import subprocess
import sys
import tempfile
from pathlib import Path

# Программа без защиты: процесс запускается на верхнем уровне модуля
NO_GUARD = """\
import multiprocessing


def work():
    print("work")


p = multiprocessing.get_context("spawn").Process(target=work)
p.start()
p.join()
print("exitcode:", p.exitcode)
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "no_guard.py"
        path.write_text(NO_GUARD, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(path)], capture_output=True, text=True, timeout=60
        )
    print(result.stdout, end="")
    # Трассировка дочернего процесса длинная, а сообщение — её последние строки
    lines = [line.rstrip() for line in result.stderr.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("RuntimeError"))
    print("\n".join(lines[start:]).rstrip())
