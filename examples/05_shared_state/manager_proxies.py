# docs/05-shared-state.md · создан nox -s extract, правьте урок · 34b19f8fec33
import multiprocessing


def worker(i, scores, log, ns):
    scores[f"процесс {i}"] = i * ns.factor  # два запроса: чтение ns.factor и запись
    log.append(i)  # один запрос: append выполняется на сервере


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        # Сервер менеджера — обычный дочерний процесс
        print([p.name for p in multiprocessing.active_children()])  # ['SyncManager-1']

        scores = manager.dict()
        log = manager.list()
        ns = manager.Namespace(factor=10)

        procs = [
            multiprocessing.Process(target=worker, args=(i, scores, log, ns))
            for i in range(3)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()

        print(type(scores).__name__)  # DictProxy
        print(sorted(scores.items()))  # [('процесс 0', 0), ('процесс 1', 10), ('процесс 2', 20)]
        print(sorted(log))  # [0, 1, 2]
        ns.status = "готово"
        print(ns)  # Namespace(factor=10, status='готово')

        plain = scores.copy()  # обычный dict: один запрос вместо обращения к каждому ключу
        print(type(plain).__name__, len(plain))  # dict 3
    # После выхода из with сервер остановлен, прокси больше не работают
