# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · d1846aa9020f
import multiprocessing
import pickle
import threading

if __name__ == "__main__":
    tasks = [
        {"id": 1, "options": {"retries": 3, "lock": threading.Lock()}},
        {"id": 2, "steps": [abs, round, lambda x: x + 1]},
    ]
    q = multiprocessing.SimpleQueue()
    for task in tasks:
        try:
            q.put(task)  # SimpleQueue сериализует прямо в put()
        except (pickle.PicklingError, TypeError) as e:
            print(f"задача {task['id']}: {type(e).__name__}")
            for note in getattr(e, "__notes__", []):  # примечания появились в Python 3.14
                print("   ", note)
    q.close()
