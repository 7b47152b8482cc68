"""Lesson 08's benchmark: every number that page shows is measured here, on a real machine.

`nox -s bench` (``python -m course_tools bench``) rewrites ``docs/assets/bench/``: the raw
timings and the machine in ``results.json``, Markdown tables the lesson includes with
pymdownx.snippets, and SVG plots of the same numbers. The course's machine is small, shared and
noisy, so each variant is warmed up once, then timed in interleaved rounds and its median kept;
ratios are only ever taken between numbers of one run. ``--render`` redraws the tables and plots
from ``results.json`` alone: the same numbers always give the same files.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import pickle
import platform
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from functools import partial
from multiprocessing.context import BaseContext
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "docs" / "assets" / "bench"
POOL_SIZES = (1, 2, 3, 4)
TASKS, LOOPS = 12, 1_300_000  # about a second of pure-Python work when run sequentially
TINY_ITEMS, TINY_POOL = 20_000, 2
CHUNKSIZES = (1, 4, 16, 64, 256, None)  # None: the size Pool.map picks itself
IPC_LENGTHS = (10, 1_000, 100_000, 1_000_000)
GENERATED = "<!-- Сгенерировано `nox -s bench` (course_tools/bench.py): не править вручную. -->"
NBSP = "\u00a0"

Samples = dict[str, list[float]]
Results = dict[str, Any]


# The processes' work: at module level, so that every start method can pickle it.
def burn(loops: int) -> int:
    """Pure-Python arithmetic: holds the GIL all along, no input or output."""
    total = 0
    for i in range(loops):
        total += i % 7
    return total


def square(x: int) -> int:
    return x * x


def nothing() -> None:
    """A target that returns at once: what is left to time is the process itself."""


def run_sequentially(items: list[int]) -> list[int]:
    return [burn(n) for n in items]


def map_in_new_pool(processes: int, items: list[int]) -> list[int]:
    with multiprocessing.Pool(processes) as pool:
        return pool.map(burn, items, chunksize=1)


def start_process(context: BaseContext) -> None:
    process = context.Process(target=nothing)  # type: ignore[attr-defined]  # concrete contexts have it
    process.start()
    process.join()


def start_pool(context: BaseContext) -> None:
    with context.Pool(2) as pool:
        pool.apply(nothing)


def pickle_roundtrip(data: object) -> object:
    return pickle.loads(pickle.dumps(data))


def length_in_pool(pool: Pool, data: list[int]) -> int:
    """The list goes to a worker pickled; only its length comes back."""
    return pool.apply(len, (data,))


def rounds(variants: Mapping[str, Callable[[], object]], repeats: int) -> Samples:
    """Run each variant once untimed, then time all of them in ``repeats`` interleaved rounds.

    The warm-up pays for imports, caches and a forkserver's own start; interleaving spreads the
    shared machine's slow moments over all variants alike instead of spoiling one of them.
    """
    for run in variants.values():
        run()
    samples: Samples = {name: [] for name in variants}
    for _ in range(repeats):
        for name, run in variants.items():
            start = time.perf_counter()
            run()
            samples[name].append(time.perf_counter() - start)
    return samples


def default_chunksize(items: int, processes: int) -> int:
    """What Pool.map picks (multiprocessing/pool.py, ``_map_async``): rounded up."""
    return -(-items // (4 * processes))


def measure(repeats: int) -> Results:
    """The four experiments: raw seconds per variant, nothing derived yet."""
    print("speed-up…", flush=True)
    tasks = [LOOPS] * TASKS
    speedup = {"sequential": partial(run_sequentially, tasks)}
    speedup.update({str(n): partial(map_in_new_pool, n, tasks) for n in POOL_SIZES})
    results: Results = {
        "speedup": {"tasks": TASKS, "loops": LOOPS, "seconds": rounds(speedup, repeats)}
    }

    print("chunk size…", flush=True)
    items = list(range(TINY_ITEMS))
    with multiprocessing.Pool(TINY_POOL) as pool:
        chunks = {str(c or "default"): partial(pool.map, square, items, c) for c in CHUNKSIZES}
        results["chunksize"] = {
            "items": TINY_ITEMS,
            "processes": TINY_POOL,
            "default": default_chunksize(TINY_ITEMS, TINY_POOL),
            "seconds": rounds(chunks, repeats),
        }

    print("process start…", flush=True)
    methods = multiprocessing.get_all_start_methods()
    contexts = {method: multiprocessing.get_context(method) for method in methods}
    results["startup"] = {
        kind: rounds({m: partial(start, c) for m, c in contexts.items()}, repeats)
        for kind, start in (("process", start_process), ("pool", start_pool))
    }

    print("data transfer…", flush=True)
    payloads = {str(n): list(range(n)) for n in IPC_LENGTHS}
    with multiprocessing.Pool(1) as pool:
        sends: dict[str, Callable[[list[int]], object]] = {
            "pickle": pickle_roundtrip,
            "pool": partial(length_in_pool, pool),
        }
        # One size at a time: a worker frees a big list only after answering, so the next task
        # would otherwise pay for the previous one.
        results["ipc"] = {
            kind: {k: rounds({k: partial(send, data)}, repeats)[k] for k, data in payloads.items()}
            for kind, send in sends.items()
        }
    results["ipc"]["pickled_bytes"] = {k: len(pickle.dumps(d)) for k, d in payloads.items()}
    return results


def describe_machine(repeats: int) -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = [
            line for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
        ]
        cpu = models[0].partition(":")[2].strip() if models else cpu
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "usable_cpus": usable or 1,
        "platform": platform.platform(),
        "system": f"{platform.system()} {platform.machine()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "start_method": multiprocessing.get_start_method(),
        "date": datetime.now(UTC).date().isoformat(),
        "repeats": repeats,
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def amdahl(serial: float, processes: float, cores: int) -> float:
    """Amdahl's law; processes beyond the cores add no processor to share the work."""
    return 1 / (serial + (1 - serial) / min(processes, cores))


def serial_fraction(speedups: dict[int, float], cores: int) -> float:
    """Least-squares f of ``1/S = f + (1 - f)/p`` over the runs where p = min(n, cores) > 1."""
    points = [(1 - 1 / p, 1 / s - 1 / p) for n, s in speedups.items() if (p := min(n, cores)) > 1]
    if not points:
        return 1.0
    fit = sum(x * y for x, y in points) / sum(x * x for x, _ in points)
    return min(max(fit, 0.0), 1.0)


def medians(samples: Samples) -> dict[str, float]:
    return {name: statistics.median(times) for name, times in samples.items()}


def summarize(results: Results) -> dict[str, Any]:
    """What the tables and plots show, derived from the raw seconds only."""
    pool_seconds = medians(results["speedup"]["seconds"])
    sequential = pool_seconds.pop("sequential")
    speedups = {int(n): sequential / seconds for n, seconds in pool_seconds.items()}
    chunks = medians(results["chunksize"]["seconds"])
    return {
        "sequential_seconds": sequential,
        "pool_seconds": pool_seconds,
        "speedup": {str(n): s for n, s in speedups.items()},
        "serial_fraction": serial_fraction(speedups, results["machine"]["usable_cpus"]),
        "chunksize_seconds": chunks,
        "chunksize_slowest_to_best": max(chunks.values()) / min(chunks.values()),
        "startup_seconds": {kind: medians(s) for kind, s in results["startup"].items()},
        "ipc_seconds": {kind: medians(results["ipc"][kind]) for kind in ("pickle", "pool")},
    }


# Russian formatting: a decimal comma, about three significant digits, a unit that fits.
def number(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def russian(value: float) -> str:
    """A tick of a logarithmic axis as Russian writes it: 0,001, 0,01, 1, 10 000."""
    if value >= 1:
        return count(round(value))
    return f"{value:.10f}".rstrip("0").replace(".", ",")


def count(value: int) -> str:
    return f"{value:,}".replace(",", NBSP)


def scaled(value: float, units: Sequence[tuple[float, str]]) -> str:
    scale, unit = next(((s, u) for s, u in units if value >= s), units[-1])
    value /= scale
    return f"{number(value, 2 if value < 10 else 1 if value < 100 else 0)}{NBSP}{unit}"


def duration(seconds: float) -> str:
    return scaled(seconds, ((1, "с"), (1e-3, "мс"), (1e-6, "мкс")))


def size(nbytes: int) -> str:
    if nbytes < 1024:
        return f"{nbytes}{NBSP}Б"
    return scaled(nbytes, ((1024**2, "МБ"), (1024, "КБ")))


def chunk_sizes(chunk: dict[str, Any]) -> dict[str, int]:
    return {
        label: chunk["default"] if label == "default" else int(label) for label in chunk["seconds"]
    }


def load_note(machine: dict[str, Any]) -> str:
    load = machine.get("load_average")
    return "" if load is None else f" Загрузка перед замером (load average): {number(load)}."


def table(
    header: Sequence[str], rows: Sequence[Sequence[str]], note: str, machine: dict[str, Any]
) -> str:
    caption = (
        f"Машина: {machine['cpu']}, процессоров (`os.cpu_count()`): {machine['cpu_count']}, "
        f"{machine['system']}, {machine['python']}, способ запуска по умолчанию: "
        f"{machine['start_method']}; {machine['date']}. Медиана, повторов на вариант: "
        f"{machine['repeats']}.{load_note(machine)} Пересчитать на своей машине: `nox -s bench`."
    )
    lines = [header, [":---"] + ["---:"] * (len(header) - 1), *rows]
    body = "\n".join("| " + " | ".join(cells) + " |" for cells in lines)
    return f"{GENERATED}\n\n{body}\n\n*{note} {caption}*\n"


def tables(results: Results, summary: dict[str, Any]) -> dict[str, str]:
    machine = results["machine"]
    cores, serial = machine["usable_cpus"], summary["serial_fraction"]
    run, chunk, ipc = results["speedup"], results["chunksize"], results["ipc"]
    best = min(summary["chunksize_seconds"].values())
    sizes = chunk_sizes(chunk)
    startup, transfer = summary["startup_seconds"], summary["ipc_seconds"]
    speedup_rows = [
        ["последовательно", duration(summary["sequential_seconds"]), "1,00", "1", "1,00"]
    ]
    speedup_rows += [
        [
            f"`Pool({n})`",
            duration(t),
            number(summary["speedup"][n]),
            n,
            number(amdahl(serial, int(n), cores)),
        ]
        for n, t in summary["pool_seconds"].items()
    ]
    chunk_rows = [
        [
            f"по умолчанию: {count(sizes[label])}" if label == "default" else label,
            count(-(-chunk["items"] // sizes[label])),
            duration(seconds),
            number(seconds / best),
        ]
        for label, seconds in summary["chunksize_seconds"].items()
    ]
    return {
        "speedup.md": table(
            ["Вариант", "Время", "Ускорение", "Идеал", "Закон Амдала"],
            speedup_rows,
            f"{run['tasks']} одинаковых задач: цикл на чистом Python по {count(run['loops'])} "
            "итераций. Время всего блока `with Pool(n)`: запуск процессов, `map` с "
            "`chunksize=1`, закрытие. Последовательная доля по закону Амдала "
            f"(ядер не больше {cores}): f ≈ {number(serial)}.",
            machine,
        ),
        "chunksize.md": table(
            ["Размер порции", "Порций", "Время `map`", "Дольше лучшего, раз"],
            chunk_rows,
            f"`pool.map(square, range({chunk['items']:_}), chunksize)` в пуле из "
            f"{chunk['processes']} процессов. `square` — одно умножение, поэтому время почти "
            "целиком уходит на порции: сериализацию, передачу, учёт результатов.",
            machine,
        ),
        "startup.md": table(
            [
                "Способ запуска",
                "`Process`: `start()` и `join()`",
                "`Pool(2)`: создать, `apply`, закрыть",
            ],
            [[m, duration(t), duration(startup["pool"][m])] for m, t in startup["process"].items()],
            "Целевая функция ничего не делает, так что время — это цена самих процессов. Перед "
            "замерами каждый вариант выполнен один раз (для forkserver это запуск сервера).",
            machine,
        ),
        "ipc.md": table(
            ["Данные", "После pickle", "`pickle.dumps` и `loads`", "`pool.apply(len, (data,))`"],
            [
                [
                    f"`list(range({int(n):_}))`",
                    size(nbytes),
                    duration(transfer["pickle"][n]),
                    duration(transfer["pool"][n]),
                ]
                for n, nbytes in ipc["pickled_bytes"].items()
            ],
            "Пул из одного процесса: `apply` отправляет список рабочему процессу и получает "
            "обратно его длину.",
            machine,
        ),
    }


def plots(results: Results, summary: dict[str, Any]) -> dict[str, bytes]:
    """The speed-up and the chunk sizes as SVG: text as paths, no date, fixed ids."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    machine, chunk = results["machine"], results["chunksize"]
    cores, serial = machine["usable_cpus"], summary["serial_fraction"]
    footer = (
        f"{machine['cpu']}, os.cpu_count() = {machine['cpu_count']}, {machine['python']}, "
        f"{machine['start_method']}, {machine['date']}"
    )
    style = {"svg.fonttype": "path", "svg.hashsalt": "course-bench", "font.size": 10}
    out = {}
    with pyplot.rc_context(style):
        speedup, speedup_ax = pyplot.subplots(figsize=(6.4, 4.2))
        ns = [int(n) for n in summary["speedup"]]
        grid = [1 + i * (max(ns) - 1) / 60 for i in range(61)]
        speedup_ax.plot(ns, ns, "--", color="grey", label="идеал: ускорение равно числу процессов")
        speedup_ax.plot(
            grid,
            [amdahl(serial, n, cores) for n in grid],
            ":",
            color="tab:orange",
            linewidth=2.5,
            label=f"закон Амдала: f = {number(serial)}, ядер: {cores}",
        )
        speedup_ax.plot(ns, list(summary["speedup"].values()), "o-", label="измерено")
        speedup_ax.set(
            xlabel="Процессов в пуле", ylabel="Ускорение, раз", xticks=ns, ylim=(0, None)
        )
        speedup_ax.set_title("Ускорение Pool.map на задачах, нагружающих процессор")
        speedup_ax.yaxis.set_major_formatter(lambda value, _: number(value, 1))

        chunks, chunks_ax = pyplot.subplots(figsize=(6.4, 4.2))
        points = sorted(
            zip(chunk_sizes(chunk).values(), summary["chunksize_seconds"].values(), strict=True)
        )
        chunks_ax.plot(*zip(*points, strict=True), "o-", label="измерено")
        default = (chunk["default"], summary["chunksize_seconds"]["default"])
        chunks_ax.plot(
            *default, "s", color="tab:red", label=f"по умолчанию: {count(chunk['default'])}"
        )
        chunks_ax.set(xscale="log", yscale="log", xlabel="Размер порции (chunksize)")
        chunks_ax.set(ylabel="Время одного map, с")
        chunks_ax.set_xticks([x for x, _ in points], [count(x) for x, _ in points])
        chunks_ax.yaxis.set_major_formatter(lambda value, _: russian(value))
        chunks_ax.minorticks_off()
        tasks = count(chunk["items"])
        chunks_ax.set_title(f"Pool({chunk['processes']}).map: {tasks} крошечных задач")

        for name, figure in (("speedup.svg", speedup), ("chunksize.svg", chunks)):
            figure.axes[0].grid(True, which="both", alpha=0.3)
            figure.axes[0].legend()
            figure.text(0.01, 0.01, footer, fontsize=7, color="grey")
            figure.tight_layout(rect=(0, 0.03, 1, 1))
            buffer = io.BytesIO()
            figure.savefig(buffer, format="svg", metadata={"Date": None})
            pyplot.close(figure)
            out[name] = buffer.getvalue()
    return out


def results_json(results: Results) -> str:
    """``results.json``: the raw timings, the machine and their summary (added to ``results``)."""
    results["summary"] = summarize(results)
    return json.dumps(results, ensure_ascii=False, indent=2) + "\n"


def write(results: Results) -> list[Path]:
    """Everything in docs/assets/bench/, derived from ``results`` and nothing else."""
    texts = {"results.json": results_json(results)}
    summary = results["summary"]
    texts.update(tables(results, summary))
    files = {name: text.encode() for name, text in texts.items()}
    files.update(plots(results, summary))
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (OUT_DIR / name).write_bytes(content)
    return [OUT_DIR / name for name in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course_tools bench", description=__doc__)
    parser.add_argument("--repeats", type=int, default=7, help="timed rounds per variant")
    parser.add_argument("--render", action="store_true", help="measure nothing: redraw the files")
    parser.add_argument(
        "--measure-only",
        action="store_true",
        help="write results.json alone, for --render elsewhere (a Python without matplotlib)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.render:
        results = json.loads((OUT_DIR / "results.json").read_text(encoding="utf-8"))
    else:
        machine = describe_machine(args.repeats)
        load, cpus = machine["load_average"], machine["usable_cpus"]
        if load is not None and load >= cpus / 2:
            print(
                f"load average {load:.2f} on {cpus} CPUs: the machine is busy, speed-ups "
                "may come out lower",
                file=sys.stderr,
            )
        results = {"machine": machine, **measure(args.repeats)}
        results["elapsed_seconds"] = time.perf_counter() - started
    if args.measure_only:
        (OUT_DIR / "results.json").write_text(results_json(results), encoding="utf-8")
        print(f"{OUT_DIR / 'results.json'}: render it with --render")
        return 0
    for path in write(results):
        print(path.relative_to(ROOT))
    summary = results["summary"]
    speedups = ", ".join(f"Pool({n}) {s:.2f}" for n, s in summary["speedup"].items())
    print(f"speed-up: {speedups}; serial fraction f = {summary['serial_fraction']:.3f}")
    print(f"chunk size: slowest / best = {summary['chunksize_slowest_to_best']:.1f}")
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0
