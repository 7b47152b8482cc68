# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · e0f5592dae89
import multiprocessing
import random

BASE_SEED = 2024
TASKS = 8
POINTS = 10_000


def count_hits(task_id):
    # Своё зерно у каждой задачи: результат не зависит от того,
    # какой процесс её выполнил и каким способом этот процесс запущен
    rng = random.Random(BASE_SEED + task_id)
    hits = 0
    for _ in range(POINTS):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1:
            hits += 1
    return hits


if __name__ == "__main__":
    sequential = [count_hits(task_id) for task_id in range(TASKS)]
    with multiprocessing.Pool(2) as pool:
        parallel = pool.map(count_hits, range(TASKS))

    print("Как без пула:", parallel == sequential)  # Как без пула: True
    print(f"π ≈ {4 * sum(parallel) / (TASKS * POINTS)}")  # π ≈ 3.1452
