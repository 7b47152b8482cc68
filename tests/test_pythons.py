"""The supported Pythons are decided once, in course_tools/pythons.py, and every place agrees."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from course_tools.pythons import OLDEST, SUPPORTED, supported_range, version_tuple

ROOT = Path(__file__).resolve().parent.parent
PROMISE = re.compile(r"\bC?Python\s(3\.\d+)\s*[–-]\s*(3\.\d+)")  # \s: a no-break space too


def test_supported_releases_are_consecutive_newest_first() -> None:
    minors = [version_tuple(v)[1] for v in SUPPORTED]
    assert minors == list(range(minors[0], minors[0] - len(minors), -1))


def test_pyproject_asks_for_the_oldest_supported_python() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["requires-python"] == f">={OLDEST}"
    assert pyproject["tool"]["ruff"]["target-version"] == "py" + OLDEST.replace(".", "")


@pytest.mark.parametrize("path", ["README.md", "docs/index.md"])
def test_the_front_pages_promise_the_supported_range_and_no_other(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert re.search(rf"Python\s{re.escape(supported_range())}", text), f"{path} states no range"
    promised = {f"{a}–{b}" for a, b in PROMISE.findall(text)}
    assert promised == {supported_range()}, f"{path} promises Python {promised}"
