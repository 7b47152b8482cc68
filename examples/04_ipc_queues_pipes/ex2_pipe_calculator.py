# docs/04-ipc-queues-pipes.md · создан nox -s extract, правьте урок · d652e0059465
import multiprocessing
import operator

OPERATIONS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}

def calculator(conn, other_end):
    other_end.close()  # конец главного процесса этому процессу не нужен (важно при fork)
    while True:
        try:
            a, op, b = conn.recv()
        except EOFError:  # главный процесс закрыл свой конец: работы больше не будет
            break
        try:
            conn.send(OPERATIONS[op](a, b))
        except (KeyError, ArithmeticError) as e:
            conn.send(f"ошибка: {type(e).__name__}")
    conn.close()

if __name__ == "__main__":
    parent_conn, child_conn = multiprocessing.Pipe()
    p = multiprocessing.Process(target=calculator, args=(child_conn, parent_conn))
    p.start()
    child_conn.close()  # этот конец нужен только дочернему процессу

    for request in [(6, "*", 7), (1, "/", 0), (2, "^", 3), (10, "-", 4)]:
        parent_conn.send(request)
        if parent_conn.poll(1.0):  # ждём ответ не дольше секунды
            print(request, "->", parent_conn.recv())
        else:
            print(request, "-> нет ответа")

    parent_conn.close()  # дочерний процесс получит EOFError и завершится
    p.join()
    print("код завершения калькулятора:", p.exitcode)  # код завершения калькулятора: 0
