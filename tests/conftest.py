"""Fixtures shared by the tests; lessons' blocks are collected by course_tools.pytest_plugin."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from course_tools.blocks import DOCS_DIR
from course_tools.browser import CHROMIUM, PLAYWRIGHT_FLAGS, serve
from course_tools.pythons import Interpreter, interpreter

try:
    from playwright.sync_api import Browser, sync_playwright
except ImportError:  # the `test` dependency group installs it
    sync_playwright = None

ON_CI = os.environ.get("CI", "").lower() == "true"


def require_or_skip(condition: bool, reason: str) -> None:
    """Skip a check a reader's machine cannot do; on CI the same gap is a failure."""
    if not condition:
        if ON_CI:
            pytest.fail(f"CI must be able to run this check: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="session")  # usable by fixtures of any scope
def require():
    """Skip a check a reader's machine cannot do; on CI the same gap is a failure."""
    return require_or_skip


@pytest.fixture(scope="session")
def gate_python():
    """The examples environment of a gate Python (``3.15``…), made on first use."""

    def get(version: str) -> Interpreter:
        found = interpreter(version)
        require_or_skip(
            found is not None,
            f"Python {version} is not found: README, «Версии Python» says how to install it",
        )
        assert found is not None
        return found

    return get


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


@pytest.fixture(scope="module")
def server(built_site: Path) -> Iterator[str]:
    """The built site on 127.0.0.1, as course_tools.browser serves it to Lighthouse too."""
    with serve(built_site) as address:
        yield address


@pytest.fixture(scope="module")
def browser(require) -> Iterator[Browser]:
    """One headless chromium for the module, closed before the rest of the suite runs."""
    require(sync_playwright is not None, "the Python package playwright is not installed")
    require(CHROMIUM.exists(), f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(PLAYWRIGHT_FLAGS))
        yield browser
        browser.close()
