# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · 318f9e24b9a7
import multiprocessing
import pickle


def extend(items, results):
    items.append("добавлено в дочернем процессе")  # меняем свою копию списка
    results.put(items)  # отправляем копию обратно через очередь


if __name__ == "__main__":
    items = ["из главного процесса"]
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=extend, args=(items, results))
    p.start()
    received = results.get()  # ждём, пока дочерний процесс что-нибудь положит
    p.join()

    print("список в главном процессе:", items)  # список в главном процессе: ['из главного процесса']
    print("получено из очереди:", received)  # получено из очереди: ['из главного процесса', 'добавлено в дочернем процессе']
    print("это тот же объект?", received is items)  # это тот же объект? False

    # Через очередь идут не объекты, а байты сериализации (pickle)
    data = pickle.dumps(received)
    print("размер сообщения, байт:", len(data))
    print("копия равна оригиналу:", pickle.loads(data) == received)  # копия равна оригиналу: True
