"""The built site's pages, parsed once each, for the site tests' CSS selectors."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup

from course_tools.blocks import DOCS_DIR


@cache
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def html_pages(site: Path) -> list[Path]:
    """Every page of a built site, notebooks and the 404 page included."""
    return sorted(site.rglob("*.html"))


def page_address(page: Path) -> str:
    """Where mkdocs puts a page, relative to the site's root: `""`, `02-process-pools/`."""
    relative = page.relative_to(DOCS_DIR).with_suffix("")
    return "" if relative.name == "index" else f"{relative.as_posix()}/"
