"""The built site: strict, Russian, offline, and showing every block the tools test."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.config import load_config

from course_tools.blocks import DOCS_DIR, fences, lesson_paths, page_paths

PAGES = page_paths()
LESSONS = lesson_paths()


def page_html(site: Path, page: Path) -> str:
    relative = page.relative_to(DOCS_DIR).with_suffix("")
    target = site / "index.html" if relative.name == "index" else site / relative / "index.html"
    return target.read_text(encoding="utf-8")


class ArticleScan(HTMLParser):
    """Code blocks inside the page's article, and footer links."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # >0 while inside <article>
        self.code_blocks = 0
        self.footer: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "article":
            self.depth += 1
        elif tag == "pre" and self.depth:
            self.code_blocks += 1
        classes = (found.get("class") or "").split()
        for side in ("prev", "next"):
            if tag == "a" and f"md-footer__link--{side}" in classes:
                self.footer[side] = found.get("href") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1


def scan(html: str) -> ArticleScan:
    parser = ArticleScan()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_reader_sees_exactly_the_blocks_the_tools_test(built_site: Path, page: Path) -> None:
    assert scan(page_html(built_site, page)).code_blocks == len(fences(page))


def test_navigation_lists_the_index_every_lesson_in_order_then_the_glossary() -> None:
    config = load_config(str(DOCS_DIR.parent / "mkdocs.yml"))
    files = [next(iter(item.values())) for item in config["nav"]]
    assert files == ["index.md", *(p.name for p in LESSONS), "glossary.md"]


@pytest.mark.parametrize("index", range(len(LESSONS)), ids=lambda i: LESSONS[i].name)
def test_footer_links_to_the_previous_and_next_page(built_site: Path, index: int) -> None:
    footer = scan(page_html(built_site, LESSONS[index])).footer
    pages = ["..", *(f"../{p.stem}" for p in LESSONS), "../glossary"]
    assert footer.get("prev", "").rstrip("/") == pages[index]
    assert footer.get("next", "").rstrip("/") == pages[index + 2]


def test_pages_and_search_are_in_russian(built_site: Path) -> None:
    assert '<html lang="ru"' in (built_site / "index.html").read_text(encoding="utf-8")
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["ru"]


def test_code_blocks_have_copy_buttons() -> None:
    config = load_config(str(DOCS_DIR.parent / "mkdocs.yml"))
    assert "content.code.copy" in config["theme"]["features"]


EXTERNAL_LOAD = re.compile(
    r"""<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=["']?(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref=["']?(?:https?:)?//""",
    re.IGNORECASE,
)


def test_nothing_is_loaded_from_other_sites(built_site: Path) -> None:
    offenders = [
        f"{path.relative_to(built_site)}: {match.group(0)}"
        for path in built_site.rglob("*.html")
        for match in EXTERNAL_LOAD.finditer(path.read_text(encoding="utf-8"))
        if 'rel="canonical"' not in match.group(0)
    ]
    assert not offenders, "\n".join(offenders)
