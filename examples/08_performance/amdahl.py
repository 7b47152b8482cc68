# docs/08-performance.md · создан nox -s extract, правьте урок · 5a8010ba022f
def speedup(serial, processors):
    """Закон Амдала: во сколько раз программа ускорится на processors процессорах."""
    return 1 / (serial + (1 - serial) / processors)


if __name__ == "__main__":
    counts = [1, 2, 4, 8, 16, 64]
    print("f     " + "".join(f"{n:>7}" for n in counts) + "  предел 1/f")
    for serial in (0.01, 0.05, 0.1, 0.25):
        row = "".join(f"{speedup(serial, n):7.2f}" for n in counts)
        print(f"{serial:<6}{row}  {1 / serial:9.0f}")
