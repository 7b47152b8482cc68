"""Command line of the course's tools, its one front door; ``noxfile.py`` calls it.

python -m course_tools extract [--check] [--prune] [--force]
python -m course_tools examples [LESSON ...] [--start-method M] [--python 3.N]
python -m course_tools outputs [LESSON ...] [--python 3.15,3.14]
python -m course_tools matrix [LESSON ...] [--versions 3.15,3.11]
python -m course_tools check NN.N FILE [--start-method all]
python -m course_tools notebooks [NN ...]
python -m course_tools bench [...]
python -m course_tools pdf SITE [--output FILE]
python -m course_tools audit SITE [...]
python -m course_tools site-diff MKDOCS_SITE ZENSICAL_SITE

``python -m course_tools COMMAND --help`` tells each one's options.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from . import extract, outputs
from .blocks import DOCS_DIR, START_METHODS, Example, LessonError, all_examples, lesson_paths
from .check import check_many
from .pythons import GATE, SUPPORTED, SetupError, interpreter

START_CHOICES = ("default", *START_METHODS, "all")
# Commands whose module has a command line of its own: the rest of the line goes to it.
DELEGATED = {
    "check": ("grade", "check a reader's own solution of an exercise (messages in Russian)"),
    "notebooks": ("notebooks", "run the practice notebooks and store their outputs"),
    "pdf": ("pdf", "print the built site's one-page course to a PDF"),
    "bench": ("bench", "measure lesson 08's figures and plots on this machine"),
    "audit": ("audit", "Lighthouse scores of a built site, offline"),
    "site-diff": ("site_diff", "what a Zensical build of the course lacks against MkDocs'"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course_tools")
    parser.add_argument("--root", type=Path, default=DOCS_DIR.parent, help="the course's folder")
    commands = parser.add_subparsers(dest="command", required=True)

    ex = commands.add_parser("extract", help="write the lessons' examples to examples/")
    ex.add_argument("--check", action="store_true", help="change nothing, fail on any difference")
    ex.add_argument("--prune", action="store_true", help="delete generated files no block produces")
    ex.add_argument(
        "--force", action="store_true", help="also overwrite or delete files a person edited"
    )

    run = commands.add_parser("examples", help="run the examples as real processes")
    run.add_argument("lessons", nargs="*", help="lesson numbers or names, e.g. 02")
    run.add_argument("--start-method", choices=START_CHOICES, default="default")
    run.add_argument("--python", default=None, help="interpreter: a path or a version like 3.14")

    out = commands.add_parser("outputs", help="write each example's real output under it")
    out.add_argument("lessons", nargs="*", help="lesson numbers or names, e.g. 02")
    out.add_argument(
        "--python",
        default=",".join(GATE),
        help="the Pythons (3.N or paths) to record with, newest first (default: %(default)s)",
    )
    out.add_argument(
        "--rewrite", action="store_true", help="write every block anew, even one that matches"
    )

    matrix = commands.add_parser("matrix", help="every example × start method × Python")
    matrix.add_argument("lessons", nargs="*", help="lesson numbers or names, e.g. 02")
    matrix.add_argument("--versions", default=",".join(SUPPORTED), help="e.g. 3.15,3.11")

    for name, (_, summary) in DELEGATED.items():
        commands.add_parser(name, help=summary, add_help=False)

    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in DELEGATED:  # the module parses the rest, --help included
        module = importlib.import_module(f".{DELEGATED[argv[0]][0]}", __package__)
        return module.main(argv[1:])
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args.root, args.check, args.prune, args.force)
        if args.command == "matrix":
            return _matrix(args.root, args.lessons, args.versions.split(","))
        if args.command == "outputs":
            return _outputs(args.root, args.lessons, args.python.split(","), args.rewrite)
        return _examples(args.root, args.lessons, args.start_method, args.python)
    except (LessonError, SetupError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _extract(root: Path, check: bool, prune: bool, force: bool) -> int:
    examples_dir = root / "examples"
    changes = extract.plan(root / "docs", examples_dir)
    if check:
        for change in changes:
            print(f"stale: {change.describe()}", file=sys.stderr)
        if changes:
            print("examples/ differs from the lessons: run `nox -s extract`", file=sys.stderr)
            return 1
        print("examples/ matches the lessons")
        return 0
    blocked = extract.refused(changes, prune=prune, force=force)
    if blocked:
        for change in blocked:
            print(f"refused: {change.describe()}", file=sys.stderr)
        print("nothing was written", file=sys.stderr)
        return 1
    extract.apply(changes, examples_dir)
    for change in changes:
        print(change.describe())
    print(f"{len(changes)} file(s) changed" if changes else "examples/ is up to date")
    return 0


def _examples(root: Path, selected: list[str], choice: str, python: str | None) -> int:
    chosen = _chosen(root, selected)
    if not chosen:
        return 2
    found = interpreter(python)
    if found is None:
        print(f"error: no interpreter found for Python {python}", file=sys.stderr)
        return 2
    methods = list(START_METHODS) if choice == "all" else [choice]
    tally = check_many(chosen, methods, found, root / "examples", _echo)
    for report in tally.failures:
        print("\n" + report)
    for note in tally.notes:
        print(f"\nnote: {note}")
    print(f"\nPython {found.version_text} ({found.path}), {tally.seconds:.1f} s")
    print(tally.summary)
    return 1 if tally.failed else 0


def _matrix(root: Path, selected: list[str], versions: list[str]) -> int:
    chosen = _chosen(root, selected)
    if not chosen:
        return 2
    rows: list[tuple[str, list[str], str]] = []
    failures = []
    for version in versions:
        found = interpreter(version)
        if found is None:
            rows.append((version, ["not found"] * len(START_METHODS), ""))
            continue
        cells = []
        seconds = 0.0
        for method in START_METHODS:
            print(f"Python {version}, {method} ...", flush=True)
            tally = check_many(chosen, [method], found, root / "examples", lambda _: None)
            failures += tally.failures
            seconds += tally.seconds
            cells.append(f"{tally.passed} ok, {tally.failed} FAIL, {tally.skipped} skip")
        rows.append((version, cells, f"{seconds:.0f} s"))
    print("\n| Python | " + " | ".join(START_METHODS) + " | time |")
    print("|---" * (len(START_METHODS) + 2) + "|")
    for version, cells, took in rows:
        print(f"| {version} | " + " | ".join(cells) + f" | {took} |")
    for report in failures:
        print("\n" + report)
    return 1 if failures or any(not took for _, _, took in rows) else 0


def _chosen(root: Path, selected: list[str]) -> list[Example]:
    """The selected lessons' examples, refusing to run them from a stale examples/."""
    chosen = [e for e in all_examples(root / "docs") if _matches(e.lesson.name, selected)]
    if not chosen:
        print(f"error: no examples in lessons {' '.join(selected)}", file=sys.stderr)
        return []
    folders = {root / "examples" / e.directory for e in chosen}
    if any(c.path.parent in folders for c in extract.plan(root / "docs", root / "examples")):
        print("error: examples/ differs from the lessons: run `nox -s extract`", file=sys.stderr)
        return []
    return chosen


def _echo(line: str) -> None:
    print(line, flush=True)


def _outputs(root: Path, selected: list[str], versions: list[str], rewrite: bool) -> int:
    if not _chosen(root, selected):
        return 2
    interpreters = [found for v in versions if (found := interpreter(v)) is not None]
    if not interpreters:
        print(f"error: none of Python {', '.join(versions)} is found", file=sys.stderr)
        return 2
    used = ", ".join(f"{i.version_text} ({i.path})" for i in interpreters)
    print(f"recording with Python {used}", flush=True)
    failed = False
    for lesson in lesson_paths(root / "docs"):
        if not _matches(lesson.name, selected):
            continue
        changed, failures = outputs.refresh(lesson, interpreters, root / "examples", rewrite)
        for line in changed:
            print(line)
        for report in failures:
            print(report, file=sys.stderr)
        status = "FAIL, page unchanged" if failures else f"{len(changed)} block(s) updated"
        print(f"{lesson.name}: {status}", flush=True)
        failed = failed or bool(failures)
    return 1 if failed else 0


def _matches(lesson: str, selected: list[str]) -> bool:
    return not selected or any(lesson.startswith(s) for s in selected)


if __name__ == "__main__":
    sys.exit(main())
