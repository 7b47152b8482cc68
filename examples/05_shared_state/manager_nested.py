# docs/05-shared-state.md · создан nox -s extract, правьте урок · 537417d776b9
import multiprocessing


def add_items(data):
    data["обычный"].append("из дочернего")  # меняет копию: изменение пропадёт
    data["вложенный"].append("из дочернего")  # прокси: append выполнится на сервере


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        data = manager.dict()
        data["обычный"] = []  # обычный список внутри словаря менеджера
        data["вложенный"] = manager.list()  # прокси внутри прокси

        p = multiprocessing.Process(target=add_items, args=(data,))
        p.start()
        p.join()

        print(data["обычный"])  # []
        print(type(data["вложенный"]).__name__)  # ListProxy
        print(data["вложенный"][:])  # ['из дочернего']

        # Исправление для обычного списка: прочитать, изменить, записать обратно
        items = data["обычный"]
        items.append("из главного")
        data["обычный"] = items
        print(data["обычный"])  # ['из главного']
