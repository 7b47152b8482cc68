# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 267e4a39765c
import time
from concurrent.futures import ProcessPoolExecutor


def work(x):
    time.sleep(0.25 if x == 0 else 0.05)
    return x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        executor.submit(pow, 2, 2).result()  # рабочий процесс запущен и свободен
        executor.submit(work, 0)             # занимает единственный рабочий процесс
        time.sleep(0.1)
        rest = [executor.submit(work, x) for x in range(1, 5)]
        time.sleep(0.05)
        print("running():", [f.running() for f in rest])
        print("cancel(): ", [f.cancel() for f in rest])
        print("Итог:", [f"отменена {i}" if f.cancelled() else f.result()
                        for i, f in enumerate(rest, start=1)])

        # Снимаем разом всё, что ещё не передано рабочему процессу
        futures = [executor.submit(work, x) for x in range(6)]
        time.sleep(0.05)
        executor.shutdown(cancel_futures=True)  # выход из with вызовет shutdown ещё раз: это безопасно

    cancelled = sum(f.cancelled() for f in futures)
    print(f"shutdown(cancel_futures=True): выполнено {len(futures) - cancelled}, отменено {cancelled}")
