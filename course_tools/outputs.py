"""Write each example's real output into the «Вывод» block under it.

Outputs are never typed by hand: this runs every extracted example as a reader
would (on the current Python, or the oldest installed one its fence allows) and
puts what it printed into the lesson. A block whose content still
matches the new run (after its declared ``varies`` rules) is left alone, so
timings do not churn on every run. Only output blocks are touched; a failing
run writes nothing for its lesson.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .blocks import OUTPUT_TITLE, Example, Output, display_path, examples
from .normalize import normalize
from .run import Interpreter, Run, interpreter_for, reader_method, run_example


@dataclass(frozen=True)
class Edit:
    """Replace lines [start, stop) of a page (0-based) with new ones."""

    start: int
    stop: int
    lines: list[str]
    what: str


def _block_lines(indent: str, text: str) -> list[str]:
    return [indent + line if line else "" for line in text.rstrip("\n").splitlines()]


def edit_for(example: Example, output: Output | None, run: Run) -> Edit | None:
    """The edit that makes a page show this run's output, or None if it already does."""
    fence = output.fence if output else example.fence
    indent = fence.indent
    if output is None:
        opening = f'{indent}``` {{ .text .output title="{OUTPUT_TITLE}" }}'
        lines = ["", opening, *_block_lines(indent, run.stdout), f"{indent}```"]
        return Edit(example.fence.end, example.fence.end, lines, f"{example.name}: added output")
    if normalize(output.fence.source, output.varies) == normalize(run.stdout, output.varies):
        return None
    new = _block_lines(indent, run.stdout)
    return Edit(fence.line, fence.end - 1, new, f"{example.name}: output changed")


def refresh(lesson: Path, examples_dir: Path) -> tuple[list[str], list[str]]:
    """Update one lesson's output blocks; returns (what changed, what failed)."""
    edits: list[Edit] = []
    failures: list[str] = []
    current = Interpreter.probe()
    for example in examples(lesson):
        interpreter = interpreter_for(example, current)
        if interpreter is None:
            failures.append(f"examples/{example.id}: no Python new enough to show its output")
            continue
        default = reader_method(example, interpreter)
        targets: list[tuple[Output | None, str | None]] = [
            (o, o.methods[0] if o.methods else None) for o in example.outputs
        ]
        if example.output_for(None) is None:
            targets.append((None, None))
        for output, method in targets:
            method = method or (None if default == interpreter.default_method else default)
            path = examples_dir / example.directory / example.name
            run = run_example(example, path, start_method=method, python=interpreter.path)
            problems = run.problems(example.expect_stderr)
            if problems:
                failures.append(run.report(example.expect_stderr))
            elif not run.stdout.strip():
                failures.append(f"examples/{example.id}: prints nothing, so it shows no output")
            else:
                edit = edit_for(example, output, run)
                if edit:
                    edits.append(edit)
    if failures or not edits:
        return [], failures
    lines = lesson.read_text(encoding="utf-8").splitlines()
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        lines[edit.start : edit.stop] = edit.lines
    lesson.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return [f"{display_path(lesson)}: {edit.what}" for edit in edits], []
