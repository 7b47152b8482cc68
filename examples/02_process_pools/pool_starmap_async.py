# docs/02-process-pools.md · создан nox -s extract, правьте урок · 27e7f6c98f4d
import multiprocessing


def power(base, exp):
    return base**exp


if __name__ == "__main__":
    args = [(2, 3), (3, 3), (4, 2), (5, 2)]

    with multiprocessing.Pool(4) as pool:
        async_result = pool.starmap_async(power, args)
        results = async_result.get()
        print(results)  # [8, 27, 16, 25]
