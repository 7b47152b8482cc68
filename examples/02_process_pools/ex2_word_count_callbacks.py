# docs/02-process-pools.md · создан nox -s extract, правьте урок · 74e80c945ca4
import functools
import multiprocessing
import time

DOCUMENTS = {
    "todo.txt": "пул раздаёт задачи рабочим процессам",
    "empty.txt": "   ",
    "notes.txt": "imap_unordered отдаёт результаты по мере готовности",
    "draft.txt": "функции обратного вызова выполняются в главном процессе",
}


def count_words(text):
    words = text.split()
    time.sleep(0.01 * len(words))  # чем длиннее документ, тем дольше задача
    if not words:
        raise ValueError("пустой документ")
    return len(words)


if __name__ == "__main__":
    counts = {}  # имя документа -> число слов
    errors = {}  # имя документа -> исключение

    # Пул передаст им результат или исключение, а имя документа
    # functools.partial подставит первым аргументом
    def save_count(name, count):
        counts[name] = count

    def save_error(name, exc):
        errors[name] = exc

    with multiprocessing.Pool(2) as pool:
        for name, text in DOCUMENTS.items():
            pool.apply_async(
                count_words,
                (text,),
                callback=functools.partial(save_count, name),
                error_callback=functools.partial(save_error, name),
            )
        pool.close()
        pool.join()  # после join() все функции обратного вызова уже отработали

    # Задачи завершаются в порядке готовности, а печатаем по алфавиту
    for name in sorted(DOCUMENTS):
        if name in errors:
            print(f"{name}: {type(errors[name]).__name__}: {errors[name]}")
        else:
            print(f"{name}: {counts[name]}")
    print(f"Всего слов: {sum(counts.values())}")  # Всего слов: 18
