"""One check of one example: run it under a start method on a Python, list every problem.

pytest (``tests/test_examples.py``), ``nox -s examples``, ``matrix`` and ``outputs``
all judge a run here, so a run means the same everywhere: its exit status, its
stderr, the processes and files it leaves, the values its ``print`` lines claim
and, on the Pythons whose output the pages show, the output block shown for its
start method. Which runs are skipped is decided here too, from the example's own
fence and the platform.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .blocks import Example, display_path
from .extract import EXAMPLES_DIR, code_of
from .figures import broken
from .normalize import claim_problems, difference
from .pythons import GATE, Interpreter
from .run import Run, run_source

# What a cluster engine keeps in the temporary folder by design, run after run: Dask's
# workers' scratch space (LocalCluster's local_directory) and Ray's session logs.
ENGINE_SCRATCH = {"dask": "$TMPDIR/dask-scratch-space", "ray": "$TMPDIR/ray"}


def left_behind(run: Run, example: Example) -> list[str]:
    """The files a run left, but for the scratch space its cluster engine keeps by design."""
    scratch = ENGINE_SCRATCH.get(example.cluster or "")
    return [name for name in run.files_left if name != scratch]


def python_reason(example: Example, version: tuple[int, int]) -> str | None:
    """Why an example does not run on Python ``version``, from its fence."""
    if example.min_python and version < example.min_python:
        return "needs Python {}.{}+ (min_python on its fence)".format(*example.min_python)
    if example.max_python and version > example.max_python:
        return "runs on Python {}.{} at most (max_python on its fence)".format(*example.max_python)
    return None


def skip_reason(example: Example, method: str, interpreter: Interpreter) -> str | None:
    """Why an example does not run under ``method`` on this Python, from its fence."""
    reason = python_reason(example, interpreter.version)
    if reason:
        return reason
    if method not in interpreter.methods:
        return f"{method} is not available on this platform"
    if method not in example.start_methods:
        return f"its fence declares start_methods={','.join(example.start_methods)}"
    if example.runs_once and method != reader_method(example, interpreter):
        return example.runs_once
    return None


def reader_method(example: Example, interpreter: Interpreter) -> str:
    """The start method a reader's plain ``python file.py`` gets, or the declared one."""
    if interpreter.default_method in example.start_methods:
        return interpreter.default_method
    return example.start_methods[0]


def shows_output(interpreter: Interpreter) -> bool:
    """The pages show what the gate's Pythons print; older ones only have to run cleanly."""
    return interpreter.version_text in GATE


@dataclass
class Verdict:
    """What one run of one example did wrong, if anything."""

    example: Example
    method: str
    interpreter: Interpreter
    skipped: str | None = None
    run: Run | None = None
    problems: list[str] = field(default_factory=list)  # the run's own, and its claims
    output_diff: str | None = None  # how the output block shown for the method differs
    notes: list[str] = field(default_factory=list)  # reported, never failed (timings)

    @property
    def failed(self) -> bool:
        return bool(self.problems or self.output_diff)

    @property
    def label(self) -> str:
        return f"examples/{self.example.id} [{self.method}, Python {self.interpreter.version_text}]"

    def report(self) -> str:
        """A failure message that says what failed and where, with the output."""
        lines = [f"{self.label}: " + "; ".join(self.problems or [self.output_diff or ""])]
        if self.run:
            for name, text in (("stdout", self.run.stdout), ("stderr", self.run.stderr)):
                if text.strip():
                    lines += [f"--- {name} ---", text.rstrip()]
        return "\n".join(lines)


def check(
    example: Example,
    method: str,
    interpreter: Interpreter,
    examples_dir: Path = EXAMPLES_DIR,
) -> Verdict:
    """Run the example's extracted file as the reader copies it, and judge the run."""
    verdict = Verdict(example, method, interpreter)
    verdict.skipped = skip_reason(example, method, interpreter)
    if verdict.skipped:
        return verdict
    path = examples_dir / example.directory / example.name
    if not path.exists():
        verdict.problems.append(f"{path} is missing: run `nox -s extract`")
        return verdict
    code = code_of(path.read_text(encoding="utf-8"))  # the page's lines, without the header
    run = run_source(
        code,
        example.name,
        label=f"examples/{example.id}",
        start_method=None if method == interpreter.default_method else method,
        python=interpreter.path,
    )
    verdict.run = run
    run.files_left = left_behind(run, example)
    verdict.problems += run.problems(example.expect_stderr)
    lesson = display_path(example.lesson)
    try:
        wrong = claim_problems(code, run.prints)
    except ValueError as error:
        wrong = [(0, str(error))]
    verdict.problems += [f"{lesson}:{example.fence.line + n}: {what}" for n, what in wrong]
    shown = example.shown_for(method)
    if shown is not None and shows_output(interpreter) and not verdict.problems:
        diff = difference(shown.fence.source, run.stdout, shown.varies)
        if diff:
            verdict.output_diff = (
                f"{lesson}:{shown.fence.line}: the output shown for {method} differs from "
                f"the run (`nox -s outputs` rewrites it):\n{diff}"
            )
        verdict.notes += [
            f"{lesson}:{shown.fence.line}: this run contradicts the text ({claim})"
            for claim in broken(shown.claims, run.stdout)
        ]
    return verdict


@dataclass
class Tally:
    """The verdicts of many runs, for a summary line and a matrix cell."""

    passed: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return f"{self.passed} passed, {self.failed} failed, {self.skipped} skipped"


def check_many(
    examples: list[Example],
    methods: Iterable[str],
    interpreter: Interpreter,
    examples_dir: Path = EXAMPLES_DIR,
    echo: Callable[[str], None] = print,
) -> Tally:
    """Check examples under methods (``"default"``: the reader's), a line each with its time."""
    tally = Tally()
    width = max(len(e.id) for e in examples)
    began = time.perf_counter()
    for example in examples:
        for choice in methods:
            method = reader_method(example, interpreter) if choice == "default" else choice
            verdict = check(example, method, interpreter, examples_dir)
            label = f"{example.id:<{width}}  {method:<10}"
            if verdict.skipped:
                tally.skipped += 1
                echo(f"{label}  skip  {verdict.skipped}")
                continue
            seconds = verdict.run.seconds if verdict.run else 0.0
            echo(f"{label}  {'FAIL' if verdict.failed else 'ok':<4}  {seconds:5.2f} s")
            tally.notes += [f"{verdict.label}: {note}" for note in verdict.notes]
            if verdict.failed:
                tally.failed += 1
                tally.failures.append(verdict.report())
            else:
                tally.passed += 1
    tally.seconds = time.perf_counter() - began
    return tally
