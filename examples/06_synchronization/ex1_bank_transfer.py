# docs/06-synchronization.md · создан nox -s extract, правьте урок · 136e085e4562
import multiprocessing
import random
import time

N_ACCOUNTS = 5
START_BALANCE = 100


def make_transfers(accounts, seed, n):
    rnd = random.Random(seed)
    for _ in range(n):
        src, dst = rnd.sample(range(N_ACCOUNTS), 2)
        amount = rnd.randint(1, 20)
        # Одна блокировка на весь перевод: чтение, проверка и обе записи — целиком
        with accounts.get_lock():
            src_balance, dst_balance = accounts[src], accounts[dst]
            time.sleep(0.001)  # проверка перевода
            if src_balance >= amount:
                accounts[src] = src_balance - amount
                accounts[dst] = dst_balance + amount


if __name__ == "__main__":
    accounts = multiprocessing.Array("i", [START_BALANCE] * N_ACCOUNTS)

    processes = [
        multiprocessing.Process(target=make_transfers, args=(accounts, seed, 200))
        for seed in range(4)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()

    balances = list(accounts)
    print(f"Счета: {balances}")
    print(f"Сумма: {sum(balances)}")  # Сумма: 500
    print(f"Нет отрицательных: {min(balances) >= 0}")  # Нет отрицательных: True
