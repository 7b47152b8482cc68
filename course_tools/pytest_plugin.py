"""pytest plugin of the course: how pytest-markdown-docs reads and runs the lessons' blocks.

pytest-markdown-docs would exec each fence inside pytest as module ``fence``,
where a guarded example's body never runs and a pool's workers cannot be
pickled. Here every block it collects runs instead as the reader runs it: saved
alone to a file and started with ``python file.py`` in a fresh process. Loaded
with ``-p course_tools.pytest_plugin`` (pyproject.toml), so that it applies to
``docs/`` however pytest is started, not only when ``tests/`` is collected.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pytest_markdown_docs._runners import _Runner, register_runner
from pytest_markdown_docs.definitions import FenceTestDefinition

from .blocks import DOCS_DIR, Fence, examples, fences, markdown_parser
from .normalize import difference
from .run import Interpreter, interpreter_for, reader_method, run_source, skip_reason

ON_CI = os.environ.get("CI", "").lower() == "true"


def require_or_skip(condition: bool, reason: str) -> None:
    """Skip a check a reader's machine cannot do; on CI the same gap is a failure."""
    if not condition:
        if ON_CI:
            pytest.fail(f"CI must be able to run this check: {reason}")
        pytest.skip(reason)


def pytest_markdown_docs_markdown_it() -> MarkdownIt:
    """pytest-markdown-docs parses with the course's parser, so it sees admonitions' fences."""
    return markdown_parser()


def _fence_at(path: Path, line: int) -> Fence:
    for fence in fences(path):
        if fence.line == line:
            return fence
    raise LookupError(f"{path}:{line}: no fence starts here")


@register_runner(default=True)
class ReaderRunner(_Runner):
    """Run a block as a reader who copied it: a file of its own, a fresh interpreter."""

    def runtest(self, test: FenceTestDefinition, args: dict, **_: object) -> None:
        path = Path(test.source_path)
        fence = _fence_at(path, test.start_line)
        where = f"{path.relative_to(DOCS_DIR.parent)}:{fence.line}"
        example = next((e for e in examples(path) if e.fence == fence), None)
        interpreter = current_interpreter()
        method = None
        if example is not None:
            # An example for a newer Python runs on the oldest installed one it allows.
            found = interpreter_for(example, interpreter)
            require_or_skip(found is not None, f"{where}: no Python new enough for {example.name}")
            assert found is not None
            interpreter = found
            method = reader_method(example, interpreter)
            reason = skip_reason(example, method, interpreter, matrix=False)
            if reason:
                pytest.skip(f"{where}: {reason}")
            if method == interpreter.default_method:
                method = None
        run = run_source(
            fence.source,
            example.name if example else "fragment.py",
            label=where,
            start_method=method,
            python=interpreter.path,
        )
        expect = example.expect_stderr if example else None
        if run.problems(expect):
            raise AssertionError(run.report(expect))
        # The page's «Вывод» block is what the program really printed.
        output = example.output_for(None) if example else None
        if output is not None:
            diff = difference(output.fence.source, run.stdout, output.varies)
            if diff:
                raise AssertionError(
                    f"{where}: the output block at line {output.fence.line} differs from "
                    f"the run (`nox -s outputs` rewrites it):\n{diff}"
                )

    def repr_failure(self, test, excinfo, style=None) -> str:
        return str(excinfo.value)


@functools.cache
def current_interpreter() -> Interpreter:
    return Interpreter.probe(sys.executable)
