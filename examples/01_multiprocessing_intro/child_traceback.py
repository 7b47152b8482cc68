# docs/01-multiprocessing-intro.md · создан nox -s extract, правьте урок · 834fd5f559b4
import subprocess
import sys
import tempfile
from pathlib import Path

# Та же программа, что выше: исключение в дочернем процессе никто не ловит
PROGRAM = """\
import multiprocessing


def divide(a, b):
    print(a / b)


if __name__ == "__main__":
    p = multiprocessing.Process(target=divide, args=(1, 0))
    p.start()
    p.join()
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "child_fails.py"
        path.write_text(PROGRAM, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(path)], capture_output=True, text=True, timeout=60
        )
    # Строки с файлами и кодом начинаются с пробелов: печатаем остальные
    for line in result.stderr.splitlines():
        if not line.startswith(" "):
            print(line)
