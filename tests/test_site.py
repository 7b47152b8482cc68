"""The built site: strict, Russian, offline, and showing every block the tools test."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from course_tools.blocks import DOCS_DIR, fences, lesson_paths, page_paths
from course_tools.notebooks import notebook_paths

PAGES = page_paths()  # the Markdown pages; notebooks are checked by test_notebooks.py
LESSONS = lesson_paths()
NOTEBOOKS = notebook_paths()
PRACTICE = "Практика"  # the navigation's section of the notebooks


def page_address(page: Path) -> str:
    """Where mkdocs puts a page, relative to the site's root: `""`, `02-process-pools/`."""
    relative = page.relative_to(DOCS_DIR).with_suffix("")
    return "" if relative.name == "index" else f"{relative.as_posix()}/"


def page_html(site: Path, page: Path) -> str:
    return (site / page_address(page) / "index.html").read_text(encoding="utf-8")


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


class CodeLines(HTMLParser):
    """The `--code-lines` each code block (not a diagram) of a page declares, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.declared: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "pre" and "mermaid" not in (found.get("class") or ""):
            style = found.get("style") or ""
            declared = re.fullmatch(r"--code-lines: (\d+)", style)
            self.declared.append(declared.group(1) if declared else style)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_code_block_tells_the_browser_its_height_in_lines(
    built_site: Path, page: Path
) -> None:
    """long-pages.css reserves a block's height from --code-lines: the lines of its fence."""
    scan = CodeLines()
    scan.feed(page_html(built_site, page))
    in_markdown = [str(len(f.source.splitlines())) for f in fences(page) if f.lang != "mermaid"]
    assert scan.declared == in_markdown


# The reading order: the navigation and the pages' footers follow it.
IN_ORDER = [DOCS_DIR / "index.md", *LESSONS, DOCS_DIR / "glossary.md", *NOTEBOOKS]


def nav_files(nav: list[dict]) -> list[str]:
    """The navigation's pages in order, sections opened."""
    return [
        path
        for item in nav
        for target in item.values()
        for path in (nav_files(target) if isinstance(target, list) else [target])
    ]


def relative(pages: list[Path]) -> list[str]:
    return [page.relative_to(DOCS_DIR).as_posix() for page in pages]


def test_navigation_lists_the_index_the_lessons_in_order_the_glossary_then_the_practice() -> None:
    nav = load_config(str(DOCS_DIR.parent / "mkdocs.yml"))["nav"]
    assert nav_files(nav) == relative(IN_ORDER)
    practice = [item[PRACTICE] for item in nav if PRACTICE in item]
    assert practice, f"no «{PRACTICE}» section"
    assert nav_files(practice[0]) == relative(NOTEBOOKS), f"«{PRACTICE}» lists the notebooks"


@pytest.mark.parametrize("index", range(1, len(IN_ORDER) - 1), ids=lambda i: IN_ORDER[i].name)
def test_footer_links_to_the_previous_and_next_page(built_site: Path, index: int) -> None:
    page = IN_ORDER[index]
    footer = scan(page_html(built_site, page)).footer
    root = "http://site/"
    for side, neighbour in (("prev", IN_ORDER[index - 1]), ("next", IN_ORDER[index + 1])):
        target = urljoin(root + page_address(page), footer.get(side, ""))
        assert target == root + page_address(neighbour), side


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_page_is_titled_as_the_navigation_names_it(
    built_site: Path, notebook: Path
) -> None:
    """mkdocs-jupyter titles the page with the notebook's first heading, as plain text."""
    nav = load_config(str(DOCS_DIR.parent / "mkdocs.yml"))["nav"]
    practice = next(item[PRACTICE] for item in nav if PRACTICE in item)
    names = {path: name for item in practice for name, path in item.items()}
    title = re.search(r"<title>(.*?) - ", page_html(built_site, notebook))
    assert title and title.group(1) == names[notebook.relative_to(DOCS_DIR).as_posix()]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_page_offers_the_notebook_itself_for_download(
    built_site: Path, notebook: Path
) -> None:
    link = re.search(
        r'<a href="([^"]+)" download="[^"]+" title="Скачать блокнот"',
        page_html(built_site, notebook),
    )
    assert link, "no «Скачать блокнот» button"
    downloaded = built_site / page_address(notebook) / link.group(1)
    assert downloaded.read_bytes() == notebook.read_bytes()


def test_pages_and_search_are_in_russian(built_site: Path) -> None:
    assert '<html lang="ru"' in (built_site / "index.html").read_text(encoding="utf-8")
    raw = (built_site / "search" / "search_index.json").read_text("utf-8")
    index = json.loads(raw)
    assert index["config"]["lang"] == ["ru"]
    # Cyrillic as UTF-8 (site_hooks.py), not escaped as \u043f: two bytes a letter, not six
    assert "Использование пулов процессов" in raw
    assert "\\u04" not in raw


def edit_urls(
    monkeypatch: pytest.MonkeyPatch, published: dict[str, str], env: dict[str, str]
) -> dict[str, str | None]:
    """Each page's «Редактировать страницу» link as mkdocs resolves it, without a build."""
    for name in published:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    config = load_config(str(DOCS_DIR.parent / "mkdocs.yml"))
    assert "content.action.edit" in config["theme"]["features"]
    return {
        page.name: Page(
            None, File(page.name, str(DOCS_DIR), config["site_dir"], False), config
        ).edit_url
        for page in PAGES
    }


def test_published_pages_have_an_edit_button_opening_their_markdown(monkeypatch, published) -> None:
    urls = edit_urls(monkeypatch, published, published)
    repository = published["COURSE_REPO_URL"]
    assert urls["02-process-pools.md"] == f"{repository}/edit/main/docs/02-process-pools.md"
    assert urls == {name: f"{repository}/edit/main/docs/{name}" for name in urls}


def test_a_local_build_links_to_no_repository(monkeypatch, published) -> None:
    assert set(edit_urls(monkeypatch, published, {}).values()) == {None}


EXTERNAL_LOAD = re.compile(
    r"""<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=["']?(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref=["']?(?:https?:)?//"""
    # Scripts and styles written into the page: nbconvert's loaders import modules by URL
    r"""|\bimport\s*\(\s*["'](?:https?:)?//|\bfrom\s+["'](?:https?:)?//"""
    r"""|@import\s+(?:url\()?["']?(?:https?:)?//|\burl\(\s*["']?(?:https?:)?//""",
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
