# docs/03-process-pool-executors.md · создан nox -s extract, правьте урок · 1366bff334f6
import time
from concurrent.futures import ProcessPoolExecutor


def work(x):
    time.sleep(2 if x == 0 else 0.05)  # work(0) надолго занимает рабочий процесс
    return x


def submit_batch(executor, count):
    first = executor.submit(work, 0)
    time.sleep(0.5)  # с большим запасом: рабочий процесс успел взять work(0)
    rest = [executor.submit(work, x) for x in range(1, count)]
    time.sleep(0.3)  # с запасом: служебный поток разложил задачи по очередям
    return first, rest


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        executor.submit(pow, 2, 2).result()  # рабочий процесс запущен и свободен
        first, rest = submit_batch(executor, 5)
        print("running():", [f.running() for f in rest])
        print("cancel(): ", [f.cancel() for f in rest])
        print("Итог:", [f"отменена {i}" if f.cancelled() else f.result()
                        for i, f in enumerate(rest, start=1)])

        # Снимаем разом всё, что ещё не передано рабочему процессу
        first, rest = submit_batch(executor, 6)
        futures = [first, *rest]
        executor.shutdown(cancel_futures=True)  # выход из with вызовет shutdown ещё раз: это безопасно

    cancelled = sum(f.cancelled() for f in futures)
    print(f"shutdown(cancel_futures=True): выполнено {len(futures) - cancelled}, отменено {cancelled}")
