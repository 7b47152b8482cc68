"""Every example runs as a real process, under every start method, on the gate's Pythons.

Each (example, start method, Python) is one check (``course_tools.check``): the
extracted file runs alone in an empty folder, and fails on a non-zero exit, on
stderr its fence does not declare, on a process or file left behind, on a
``print`` whose comment claims another value, and on output that differs from
the block the page shows for that start method. Skips come only from the
example's own fence or the platform.
"""

from __future__ import annotations

import ast
import contextlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from course_tools.blocks import (
    DOCS_DIR,
    START_METHODS,
    Example,
    LessonError,
    examples,
    lesson_paths,
)
from course_tools.check import check, python_reason
from course_tools.extract import plan
from course_tools.figures import broken
from course_tools.pythons import GATE, Interpreter


def _parsed_examples() -> list[Example]:
    """Every lesson's programs; a lesson that does not parse is left to test_lessons.py.

    There its fence-rules test names the file and line, instead of an error that stops
    the collection of this whole module.
    """
    found: list[Example] = []
    for lesson in lesson_paths():
        with contextlib.suppress(LessonError):
            found += examples(lesson)
    return found


EXAMPLES = _parsed_examples()


@pytest.mark.parametrize("lesson", lesson_paths(), ids=lambda p: p.name)
def test_every_lesson_has_whole_programs(lesson: Path) -> None:
    assert any(e.lesson == lesson for e in EXAMPLES)


@pytest.mark.parametrize("version", GATE)
@pytest.mark.parametrize("method", START_METHODS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_runs_cleanly_and_prints_what_the_page_shows(
    example: Example, method: str, version: str, gate_python
) -> None:
    interpreter: Interpreter = gate_python(version)
    verdict = check(example, method, interpreter)
    if verdict.skipped:
        pytest.skip(verdict.skipped)
    assert not verdict.failed, verdict.report()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_every_example_shows_its_output(example: Example) -> None:
    where = f"{example.lesson.name}:{example.fence.line}"
    assert example.output, f"{where}: no «Вывод» block: run `nox -s outputs`"


SHOWN = [(e, o) for e in EXAMPLES for o in e.outputs if o.claims]


@pytest.mark.parametrize("example, output", SHOWN, ids=lambda x: getattr(x, "id", ""))
def test_a_shown_timing_output_agrees_with_its_text(example: Example, output) -> None:
    """The claims the text makes (``claims`` on the block) hold for the output it shows."""
    wrong = broken(output.claims, output.fence.source)
    assert not wrong, f"{example.lesson.name}:{output.fence.line}: " + "; ".join(wrong)


COLLECTED = re.compile(r"^(?P<path>docs/\S+\.md)::\[CodeFence#\d+\]\[line:(?P<line>\d+)\]$", re.M)


def test_pytest_markdown_docs_collects_exactly_the_runnable_blocks() -> None:
    """Its in-process run proves each block imports; it must see all of them, and only them."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "docs"],
        cwd=DOCS_DIR.parent,
        capture_output=True,
        text=True,
    )
    collected = {(m["path"], int(m["line"])) for m in COLLECTED.finditer(result.stdout)}
    runnable = {(f"docs/{e.lesson.name}", e.fence.line) for e in EXAMPLES}
    assert collected == runnable, (
        f"collected but not runnable: {sorted(collected - runnable)}; "
        f"runnable but not collected: {sorted(runnable - collected)}"
    )


def test_examples_folder_matches_the_lessons() -> None:
    stale = [change.describe() for change in plan()]
    assert not stale, "examples/ differs from the lessons; run `nox -s extract`:\n" + "\n".join(
        stale
    )


def _starts_processes(tree: ast.Module) -> bool:
    names = {
        alias.name.split(".")[0] if isinstance(node, ast.Import) else (node.module or "")
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    return any(n.split(".")[0] in {"multiprocessing", "concurrent"} for n in names)


def _is_main_guard(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
        and any(
            isinstance(c, ast.Constant) and c.value == "__main__" for c in node.test.comparators
        )
    )


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_a_program_that_starts_processes_has_a_main_guard(example: Example) -> None:
    """Without `if __name__ == "__main__":` spawn and forkserver children re-run the program."""
    try:
        tree = ast.parse(example.fence.source)
    except SyntaxError:
        # Syntax newer than the Python running the tests (`lazy import` needs 3.15) does not
        # parse here; the example's fence says so, and its runs on the newer Python still check it.
        reason = python_reason(example, sys.version_info[:2])
        if reason is None:
            raise
        pytest.skip(f"{reason}; its syntax does not parse on this Python")
    if _starts_processes(tree):
        where = f"{example.lesson.name}:{example.fence.line}"
        assert any(map(_is_main_guard, tree.body)), f"{where}: no `if __name__ == '__main__':`"


@pytest.mark.parametrize(
    "code, guarded",
    [
        ("import multiprocessing\nwith multiprocessing.Pool() as p:\n    p.map(abs, [1])\n", False),
        ("from concurrent.futures import ProcessPoolExecutor\nProcessPoolExecutor()\n", False),
        (
            'import multiprocessing\n\nif __name__ == "__main__":\n    multiprocessing.Pool()\n',
            True,
        ),
    ],
)
def test_the_guard_check_tells_a_guarded_program(code: str, guarded: bool) -> None:
    tree = ast.parse(code)
    assert _starts_processes(tree)
    assert any(map(_is_main_guard, tree.body)) is guarded
