# docs/06-synchronization.md · создан nox -s extract, правьте урок · 190f1b63e6a0
import multiprocessing
import random

N_ACCOUNTS = 5
START_BALANCE = 100


def make_transfers(accounts, seed, n):
    rnd = random.Random(seed)
    for _ in range(n):
        src, dst = rnd.sample(range(N_ACCOUNTS), 2)
        amount = rnd.randint(1, 20)
        # Одна блокировка на весь перевод: проверка и оба изменения — целиком
        with accounts.get_lock():
            if accounts[src] >= amount:
                accounts[src] -= amount
                accounts[dst] += amount


if __name__ == "__main__":
    accounts = multiprocessing.Array("i", [START_BALANCE] * N_ACCOUNTS)

    processes = [
        multiprocessing.Process(target=make_transfers, args=(accounts, seed, 1000))
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
