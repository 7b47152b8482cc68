# docs/05-shared-state.md · создан nox -s extract, правьте урок · 7249172605cf
import subprocess
import sys

# Программа, которая завершается аварийно: ни unlink(), ни удаления семафора
CRASHING_CODE = """
import multiprocessing
import os
from multiprocessing import shared_memory

lock = multiprocessing.get_context("spawn").Lock()  # именованный семафор ОС
shm = shared_memory.SharedMemory(create=True, size=16)  # блок общей памяти
os._exit(1)  # выход без очистки: так завершается и процесс, убитый kill -9
"""

if __name__ == "__main__":
    if sys.platform == "win32":
        print("В Windows трекера ресурсов нет: такие объекты ОС удаляет сама")
        sys.exit()
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_CODE], capture_output=True, text=True, timeout=60
    )
    print("код завершения:", result.returncode)  # код завершения: 1
    # Путь к файлу multiprocessing в начале строки и имена объектов в конце у каждого
    # свои: печатаем строку от названия предупреждения до этих имён
    for line in result.stderr.splitlines():
        if "UserWarning" in line:
            print(line[line.index("UserWarning") :].partition(": {")[0])
