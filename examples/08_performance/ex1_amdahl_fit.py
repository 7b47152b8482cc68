# docs/08-performance.md · создан nox -s extract, правьте урок · 0b88f62d7e5f
def serial_fraction(speedup, processors):
    """Закон Амдала, решённый относительно f."""
    return (processors / speedup - 1) / (processors - 1)


def amdahl(serial, processors):
    return 1 / (serial + (1 - serial) / processors)


if __name__ == "__main__":
    one, two = 12.0, 6.6  # секунды: один процесс и два процесса на двух ядрах
    measured = one / two
    f = serial_fraction(measured, 2)
    print(f"ускорение на 2 ядрах: {measured:.2f}")  # ускорение на 2 ядрах: 1.82
    print(f"последовательная доля: f = {f:.2f}")  # последовательная доля: f = 0.10
    for n in (4, 8, 16):
        print(f"прогноз для {n} ядер: {amdahl(f, n):.2f}")
    print(f"предел при любом числе ядер: {1 / f:.1f}")  # предел при любом числе ядер: 10.0
