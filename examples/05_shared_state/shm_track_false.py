# docs/05-shared-state.md · создан nox -s extract, правьте урок · be9cca690a4b
import subprocess
import sys
from multiprocessing import shared_memory

# Программа для отдельного интерпретатора, запущенного не через multiprocessing
CHILD_CODE = """
import sys
from multiprocessing import shared_memory

shm = shared_memory.SharedMemory(name=sys.argv[1], track=False)  # без трекера
shm.buf[:5] = b"HELLO"
shm.close()
"""

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)  # владелец: с трекером
    try:
        shm.buf[:5] = b"hello"
        subprocess.run([sys.executable, "-c", CHILD_CODE, shm.name], check=True)
        print(bytes(shm.buf[:5]))  # b'HELLO'
    finally:
        shm.close()
        shm.unlink()
