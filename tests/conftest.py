"""Fixtures shared by the tests; the blocks' runner lives in ``course_tools.pytest_plugin``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from course_tools.blocks import DOCS_DIR
from course_tools.pytest_plugin import current_interpreter, require_or_skip
from course_tools.run import Interpreter


@pytest.fixture(scope="session")  # usable by fixtures of any scope
def require():
    """Skip a check a reader's machine cannot do; on CI the same gap is a failure."""
    return require_or_skip


@pytest.fixture(scope="session")
def interpreter() -> Interpreter:
    return current_interpreter()


@pytest.fixture(scope="session")
def published() -> dict[str, str]:
    """The addresses .github/workflows/site.yml gives mkdocs.yml when it publishes the site."""
    return {
        "COURSE_REPO_URL": "https://github.com/example/course",
        "COURSE_EDIT_URI": "edit/main/docs/",
    }


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, published: dict[str, str]) -> Path:
    """The site built once with --strict, as the workflow publishes it: with repository links."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=DOCS_DIR.parent,
        capture_output=True,
        text=True,
        env={**os.environ, **published, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return site
