"""pytest plugin of the course: how pytest-markdown-docs reads the lessons' blocks.

pytest-markdown-docs execs each Python block inside pytest as module ``fence``: for
a guarded example that proves its imports and definitions run, nothing more, so
``tests/test_examples.py`` runs every example as a real process as well. Here the
library gets the course's parser, which sees fences inside admonitions and tabs
as mkdocs-material renders them, and a block that needs another Python than the
running one is skipped with the reason its fence gives. Loaded with
``-p course_tools.pytest_plugin`` (pyproject.toml), so that it applies to ``docs/``
however pytest is started.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from .blocks import LessonError, examples, markdown_parser
from .check import python_reason

MARKER = "markdown-docs"  # the marker pytest-markdown-docs puts on the items it collects


@pytest.hookimpl(tryfirst=True)  # before the library's own default parser
def pytest_markdown_docs_markdown_it() -> MarkdownIt:
    """pytest-markdown-docs parses with the course's parser, so it sees every runnable block."""
    return markdown_parser()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A block for a newer (or older) Python than this one is skipped, with its fence's reason."""
    running = sys.version_info[:2]
    reasons: dict[Path, dict[int, str | None]] = {}  # each lesson parsed once, not once a block
    for item in items:
        if item.get_closest_marker(MARKER) is None:
            continue
        path, line, _ = item.reportinfo()
        if Path(path) not in reasons:
            try:
                found = examples(Path(path))
            except LessonError:
                found = []  # tests/test_lessons.py names the file and line
            reasons[Path(path)] = {e.fence.line: python_reason(e, running) for e in found}
        reason = reasons[Path(path)].get(line or 0)
        if reason:
            item.add_marker(pytest.mark.skip(reason=reason))
