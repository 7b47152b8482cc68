"""Write each example's real output into the «Вывод» blocks under it.

Outputs are never typed by hand. Each example runs through ``check.check``, the
same check the tests make, on the newest supported Python (or the newest of the
gate's that its fence allows) under every start method it runs with, and the
blocks that check compared are rewritten where they differ:

- the general block shows what the reader's default start method prints
  (``forkserver``: Linux on Python 3.14+);
- a start method that prints something else gets a block of its own, and then
  the outputs stand in content tabs labelled by their start methods.

A block that still matches its new run (after its ``varies`` rules) is left as it
is, so timings do not churn; ``--rewrite`` writes every block anew (after a Python
release, when what the rules blur, a version string say, went stale). A timing
output is the median of several runs. A failing run writes nothing for its lesson.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .blocks import OUTPUT_TITLE, PLATFORMS, TAB, Example, Output, display_path, examples, tab_label
from .check import Verdict, check, python_reason, reader_method, skip_reason
from .extract import EXAMPLES_DIR
from .figures import broken, median_output
from .normalize import difference
from .pythons import Interpreter

TIMING_RUNS = 5  # a timing output shows the median of this many runs


@dataclass(frozen=True)
class Shown:
    """One output block to show: the start methods it stands for and its text."""

    methods: tuple[str, ...]
    general: bool  # shown for every start method that has no block of its own
    text: str
    old: Output | None  # the block it replaces, whose title and rules it keeps


@dataclass(frozen=True)
class Edit:
    """Replace lines [start, stop) of a page (0-based) with new ones."""

    start: int
    stop: int
    lines: list[str]
    what: str


def python_for(example: Example, interpreters: list[Interpreter]) -> Interpreter | None:
    """The first of the Pythons (newest first) that the example's fence allows."""
    return next((i for i in interpreters if python_reason(example, i.version) is None), None)


def _runs(example: Example, method: str, interpreter: Interpreter, examples_dir: Path) -> Verdict:
    """One check, or the median of several where the output shows timings."""
    shown = example.shown_for(method)
    count = TIMING_RUNS if shown and _is_timing(shown) else 1
    verdicts = [check(example, method, interpreter, examples_dir) for _ in range(count)]
    bad = [v for v in verdicts if v.problems]
    if bad or count == 1:
        return (bad or verdicts)[0]
    assert shown is not None
    middle = median_output([v.run.stdout for v in verdicts if v.run], shown.claims)
    return next(v for v in verdicts if v.run and v.run.stdout == middle)


def _is_timing(output: Output) -> bool:
    return "timings" in output.varies or bool(output.claims)


def plan(
    example: Example, interpreter: Interpreter, examples_dir: Path, rewrite: bool = False
) -> tuple[list[Shown], list[str]]:
    """The blocks the example should show, from real runs; or what failed."""
    default = reader_method(example, interpreter)
    methods = [m for m in PLATFORMS if not skip_reason(example, m, interpreter)]
    methods.sort(key=lambda m: m != default)  # the general block shows the default's output
    verdicts = {m: _runs(example, m, interpreter, examples_dir) for m in methods}
    failures = [v.report() for v in verdicts.values() if v.problems]
    for method, verdict in verdicts.items():
        shown_block = example.shown_for(method)
        if shown_block and verdict.run:
            failures += [
                f"{display_path(example.lesson)}:{shown_block.fence.line}: the median of "
                f"{TIMING_RUNS} runs under {method} contradicts the text ({claim}): record on "
                "a quieter machine, or correct the text"
                for claim in broken(shown_block.claims, verdict.run.stdout)
            ]
    if failures:
        return [], failures
    if not methods:
        return [], [f"examples/{example.id}: runs under no start method here"]
    first = verdicts[methods[0]]
    assert first.run is not None
    if not first.run.stdout.strip():
        return [], [f"examples/{example.id}: prints nothing, so it shows no output"]
    general = example.output
    varies = general.varies if general else ()
    keep = _fresh if rewrite else _keep
    shown = [Shown(tuple(methods), True, keep(general, first), general)]
    for method in methods[1:]:
        run = verdicts[method].run
        assert run is not None
        if difference(shown[0].text, run.stdout, varies) is None:
            continue
        same = next((s for s in shown[1:] if difference(s.text, run.stdout, varies) is None), None)
        if same:
            shown[shown.index(same)] = Shown((*same.methods, method), False, same.text, same.old)
        else:
            old = next((o for o in example.outputs if o.methods and method in o.methods), None)
            shown.append(Shown((method,), False, keep(old, verdicts[method]), old))
    taken = {m for s in shown[1:] for m in s.methods}
    shown[0] = Shown(tuple(m for m in methods if m not in taken), True, shown[0].text, general)
    return shown, []


def _keep(old: Output | None, verdict: Verdict) -> str:
    """The block's own text while it matches the run and its text's claims, else the run's."""
    assert verdict.run is not None
    if old is None or broken(old.claims, old.fence.source):
        return verdict.run.stdout
    if difference(old.fence.source, verdict.run.stdout, old.varies) is None:
        return old.fence.source
    return verdict.run.stdout


def _fresh(old: Output | None, verdict: Verdict) -> str:
    """The run's output, whatever the block shows (``outputs --rewrite``)."""
    assert verdict.run is not None
    return verdict.run.stdout


def _opening(shown: Shown, general: Output | None, indent: str) -> str:
    model = shown.old or general
    attrs = {"title": OUTPUT_TITLE}
    if model:
        attrs.update({k: v for k, v in model.fence.attrs.items() if k != "start_methods" and v})
    if not shown.general:
        attrs["start_methods"] = ",".join(shown.methods)
    text = " ".join(f'{key}="{value}"' for key, value in attrs.items())
    return f"{indent}``` {{ .text .output {text} }}"


def _block(shown: Shown, general: Output | None, indent: str) -> list[str]:
    body = [indent + line if line else "" for line in shown.text.rstrip("\n").splitlines()]
    return [_opening(shown, general, indent), *body, f"{indent}```"]


def render(example: Example, shown: list[Shown]) -> list[str]:
    """The lines of the example's output blocks: one block, or one tab per distinct output."""
    indent = example.fence.indent
    if len(shown) == 1:
        return _block(shown[0], example.output, indent)
    lines: list[str] = []
    for item in shown:
        if lines:
            lines.append("")
        lines += [f'{indent}=== "{tab_label(item.methods)}"', ""]
        lines += _block(item, example.output, indent + "    ")
    return lines


def _region(example: Example, page: list[str]) -> tuple[int, int]:
    """Lines [start, stop) (0-based) that the example's output blocks take on the page."""
    if not example.outputs:
        return example.fence.end, example.fence.end
    first = example.outputs[0].fence
    start = first.line - 1
    if first.tab is not None:
        start = next(i for i in range(start, -1, -1) if TAB.match(page[i]))
    return start, example.outputs[-1].fence.end


def edit_for(example: Example, shown: list[Shown], page: list[str]) -> Edit | None:
    """The edit that makes a page show these outputs, or None if it already does."""
    start, stop = _region(example, page)
    lines = render(example, shown)
    if not example.outputs:
        return Edit(start, stop, ["", *lines], f"{example.name}: added output")
    if page[start:stop] == lines:
        return None
    return Edit(start, stop, lines, f"{example.name}: output changed")


def refresh(
    lesson: Path,
    interpreters: list[Interpreter],
    examples_dir: Path = EXAMPLES_DIR,
    rewrite: bool = False,
) -> tuple[list[str], list[str]]:
    """Update one lesson's output blocks; returns (what changed, what failed)."""
    page = lesson.read_text(encoding="utf-8").splitlines()
    edits: list[Edit] = []
    failures: list[str] = []
    for example in examples(lesson):
        interpreter = python_for(example, interpreters)
        if interpreter is None:
            pythons = ", ".join(i.version_text for i in interpreters)
            failures.append(f"examples/{example.id}: none of Python {pythons} may run it")
            continue
        shown, failed = plan(example, interpreter, examples_dir, rewrite)
        failures += failed
        if failed:
            continue
        edit = edit_for(example, shown, page)
        if edit:
            edits.append(edit)
    if failures or not edits:
        return [], failures
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        page[edit.start : edit.stop] = edit.lines
    lesson.write_text("\n".join(page) + "\n", encoding="utf-8", newline="\n")
    return [f"{display_path(lesson)}: {edit.what}" for edit in edits], []
