# docs/02-process-pools.md · создан nox -s extract, правьте урок · a30e2408f6ea
import multiprocessing
import os
import time


def work(seconds):
    time.sleep(seconds)
    return os.getpid()


if __name__ == "__main__":
    durations = [0.3, 0.05, 0.05, 0.05, 0.05]  # одна долгая задача и четыре коротких

    with multiprocessing.Pool(2) as pool:
        pids = pool.map(work, durations, chunksize=1)

    long_pid = pids[0]
    print(f"Процесс с долгой задачей выполнил задач: {pids.count(long_pid)}")
    print(f"Второй процесс выполнил задач: {len(pids) - pids.count(long_pid)}")
