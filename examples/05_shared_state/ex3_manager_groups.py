# docs/05-shared-state.md · создан nox -s extract, правьте урок · 9ac3a7c59004
import multiprocessing

WORDS = ["арбуз", "банан", "апельсин", "вишня", "брусника", "виноград", "абрикос", "груша"]

def group(words, groups):
    for w in words:
        groups[w[0]].append(w)  # groups[w[0]] — прокси списка: append идёт на сервер

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        groups = manager.dict()
        for letter in sorted({w[0] for w in WORDS}):
            groups[letter] = manager.list()  # вложенный прокси для каждой буквы

        half = len(WORDS) // 2
        procs = [
            multiprocessing.Process(target=group, args=(WORDS[:half], groups)),
            multiprocessing.Process(target=group, args=(WORDS[half:], groups)),
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()

        result = {letter: sorted(words[:]) for letter, words in sorted(groups.items())}
    print(result)  # {'а': ['абрикос', 'апельсин', 'арбуз'], 'б': ['банан', 'брусника'], 'в': ['виноград', 'вишня'], 'г': ['груша']}
