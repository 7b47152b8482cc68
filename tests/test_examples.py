"""Every extracted example runs as a real process under every start method.

Comments that claim a printed value are checked against the line that printed
it; an output block declared for a start method is compared with its run (the
default block is compared by the block's own run, see ``conftest.py``).

The file in ``examples/`` is copied alone into an empty folder and started with
the start method forced from outside. A run fails on a non-zero exit, on any
output to stderr its fence does not declare, on a process left alive and on a
file left behind. Skips come only from the example's own fence or the platform.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from course_tools.blocks import START_METHODS, Example, all_examples, lesson_paths
from course_tools.extract import EXAMPLES_DIR, code_of, plan
from course_tools.normalize import claim_problems, difference
from course_tools.run import Interpreter, find_python, run_example, skip_reason

EXAMPLES = all_examples()


def test_blocks_run_as_real_processes_not_inside_pytest() -> None:
    """pytest-markdown-docs's own runner would exec a block as module ``fence``."""
    from pytest_markdown_docs._runners import get_runner

    from course_tools.pytest_plugin import ReaderRunner

    assert isinstance(get_runner(None), ReaderRunner)


@pytest.mark.parametrize("lesson", lesson_paths(), ids=lambda p: p.name)
def test_every_lesson_has_whole_programs(lesson: Path) -> None:
    assert any(e.lesson == lesson for e in EXAMPLES)


def test_examples_folder_matches_the_lessons() -> None:
    stale = [change.describe() for change in plan()]
    assert not stale, "examples/ differs from the lessons; run `nox -s extract`:\n" + "\n".join(
        stale
    )


@pytest.mark.parametrize("method", START_METHODS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_runs_cleanly(example: Example, method: str, interpreter: Interpreter) -> None:
    reason = skip_reason(example, method, interpreter, matrix=True)
    if reason:
        pytest.skip(reason)
    path = EXAMPLES_DIR / example.directory / example.name
    assert path.exists(), f"{path} is missing: run `nox -s extract`"
    run = run_example(example, path, start_method=method)
    assert not run.problems(example.expect_stderr), run.report(example.expect_stderr)
    wrong = claim_problems(code_of(path.read_text(encoding="utf-8")), run.prints)
    assert not wrong, f"examples/{example.id} [{method}]: " + "; ".join(wrong)
    output = example.output_for(method)
    if output is not None:
        diff = difference(output.fence.source, run.stdout, output.varies)
        assert diff is None, f"{example.lesson.name}:{output.fence.line} [{method}]:\n{diff}"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_every_example_shows_its_output(example: Example) -> None:
    where = f"{example.lesson.name}:{example.fence.line}"
    assert example.output_for(None), f"{where}: no «Вывод» block: run `nox -s outputs`"


OTHER_PYTHONS = ("3.9", "3.13")  # the oldest and newest supported, beside the one running
COMPILE = (
    "import sys\n"
    "for path in sys.argv[1:]:\n"
    "    compile(open(path, encoding='utf-8').read(), path, 'exec')"
)


@pytest.mark.parametrize("version", OTHER_PYTHONS)
def test_every_example_compiles_on_the_oldest_and_newest_python(version: str, require) -> None:
    """CI's quick check on other Pythons; `nox -s matrix` runs them all there for real."""
    python = find_python(version)
    require(python is not None, f"Python {version} is not installed (see README: pyenv)")
    assert python is not None
    wanted = tuple(int(n) for n in version.split("."))
    paths = [
        str(EXAMPLES_DIR / e.directory / e.name)
        for e in EXAMPLES
        if e.min_python is None or e.min_python <= wanted
    ]
    result = subprocess.run([python, "-c", COMPILE, *paths], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
