# docs/06-synchronization.md · создан nox -s extract, правьте урок · ae95336c40c7
import multiprocessing


def runner(my_turn, cond, turn, order):
    with cond:  # wait_for() и notify_all() вызывают, только держа блокировку
        # Спим, пока не наступит наша очередь; wait() внутри
        # на время сна отпускает блокировку
        if not cond.wait_for(lambda: turn.value == my_turn, timeout=5):
            return  # не дождались за 5 с — страховка от вечного ожидания
        order[turn.value] = my_turn
        turn.value += 1
        cond.notify_all()  # будим всех: проверят условие и снова уснут, кроме одного


if __name__ == "__main__":
    cond = multiprocessing.Condition()
    # Общие данные защищает блокировка условия, поэтому lock=False
    turn = multiprocessing.Value("i", 0, lock=False)
    order = multiprocessing.Array("i", 4, lock=False)

    # Запускаем в обратном порядке: 3, 2, 1, 0
    processes = [
        multiprocessing.Process(target=runner, args=(i, cond, turn, order))
        for i in reversed(range(4))
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()

    print(f"Порядок работы: {list(order)}")  # Порядок работы: [0, 1, 2, 3]
