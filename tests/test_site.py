"""The built site: strict, Russian, offline, and showing every block the tools test."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urljoin

import nbformat
import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from site_pages import html_pages, page_address, soup

from course_tools.blocks import DOCS_DIR, fences, lesson_paths, page_paths
from course_tools.notebooks import notebook_paths
from course_tools.pdf import PRINT_PAGE
from course_tools.site_hooks import columns

PAGES = page_paths()  # the Markdown pages; notebooks are checked by test_notebooks.py
LESSONS = lesson_paths()
NOTEBOOKS = notebook_paths()
PRACTICE = "Практика"  # the navigation's section of the notebooks


def page_file(site: Path, page: Path) -> Path:
    return site / page_address(page) / "index.html"


def page_html(site: Path, page: Path) -> str:
    return page_file(site, page).read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_reader_sees_exactly_the_blocks_the_tools_test(built_site: Path, page: Path) -> None:
    assert len(soup(page_file(built_site, page)).select("article pre")) == len(fences(page))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_code_block_tells_the_browser_its_size_in_lines_and_columns(
    built_site: Path, page: Path
) -> None:
    """long-pages.css sizes a block off screen from its fence: lines, and the widest line."""
    blocks = soup(page_file(built_site, page)).select("pre:not(.mermaid) > code > .code-lines")
    in_markdown = sizes(f.source for f in fences(page) if f.lang != "mermaid")
    assert [block.get("style") for block in blocks] == in_markdown


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_every_code_cell_of_a_notebook_tells_the_browser_its_size(
    built_site: Path, notebook: Path
) -> None:
    """The same sizes for a notebook's code cells, from the cells' source."""
    cells = soup(page_file(built_site, notebook)).select(".highlight-ipynb > pre > .code-lines")
    code = nbformat.read(notebook, as_version=4).cells
    in_notebook = sizes(cell.source for cell in code if cell.cell_type == "code")
    assert [cell.get("style") for cell in cells] == in_notebook


def sizes(sources: Iterable[str]) -> list[str]:
    """The style site_hooks.py gives each block: its lines, and the widest line's columns."""
    return [
        f"--lines: {len(lines)}; --columns: {max(map(columns, lines))}"
        for lines in (source.splitlines() for source in sources)
    ]


@pytest.mark.parametrize(
    ("line", "cells"),
    [("x = 1", 5), ("\tx", 9), ("«ёлочки»", 8), ("и\u0306", 1), ("数据", 4), ("", 0)],
)
def test_a_lines_width_is_counted_in_the_cells_of_a_monospace_font(line: str, cells: int) -> None:
    """A tab reaches the next multiple of 8, a wide character takes two cells, an accent none."""
    assert columns(line) == cells


def test_the_one_page_course_is_searched_with_ctrl_f_not_with_the_sites_search(
    built_site: Path,
) -> None:
    """Without Material's search form the page loads no index (site_hooks.py): 170 KB less."""
    lesson, one_page = (
        soup(built_site / path / "index.html") for path in ("02-process-pools", PRINT_PAGE)
    )
    assert lesson.select("form[name=search]") and lesson.select("label[for=__search]")
    assert not one_page.select("form[name=search], label[for=__search], .md-search")
    assert one_page.select("section.print-page")


# The reading order: the navigation and the pages' footers follow it.
IN_ORDER = [DOCS_DIR / "index.md", *LESSONS, DOCS_DIR / "glossary.md", DOCS_DIR / "errors.md"]
IN_ORDER += NOTEBOOKS


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


def test_navigation_lists_index_lessons_glossary_errors_then_the_practice() -> None:
    nav = load_config(str(DOCS_DIR.parent / "mkdocs.yml"))["nav"]
    assert nav_files(nav) == relative(IN_ORDER)
    practice = [item[PRACTICE] for item in nav if PRACTICE in item]
    assert practice, f"no «{PRACTICE}» section"
    assert nav_files(practice[0]) == relative(NOTEBOOKS), f"«{PRACTICE}» lists the notebooks"


@pytest.mark.parametrize("index", range(1, len(IN_ORDER) - 1), ids=lambda i: IN_ORDER[i].name)
def test_footer_links_to_the_previous_and_next_page(built_site: Path, index: int) -> None:
    page = IN_ORDER[index]
    html = soup(page_file(built_site, page))
    root = "http://site/"
    for side, neighbour in (("prev", IN_ORDER[index - 1]), ("next", IN_ORDER[index + 1])):
        link = html.select_one(f"a.md-footer__link--{side}")
        target = urljoin(root + page_address(page), str(link["href"]) if link else "")
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


# A URL that leaves the site: with a scheme or protocol-relative (//host/…).
OFF_SITE = re.compile(r"""(?:https?:)?//[^\s"'<>)]+""", re.IGNORECASE)
# What code written into a page or a stylesheet loads by URL: import(), from "…", fetch(),
# url(…) and @import.
LOADING_CODE = re.compile(
    r"""(?:\bimport\s*\(|\bfrom\s+|\bfetch\s*\(|@import\s+(?:url\()?|\burl\()\s*["']?"""
    r"""((?:https?:)?//[^\s"'<>)]+)""",
    re.IGNORECASE,
)
# Attributes that only name a page to go to, not something the browser loads.
NAVIGATION = {("a", "href"), ("area", "href"), ("form", "action")}
NOT_LOADED_LINKS = {"canonical", "alternate", "author", "license"}


def off_site_loads(html: str) -> list[str]:
    """Every URL off the site that a page's markup or inline code would load."""
    page = BeautifulSoup(html, "html.parser")
    found = []
    for element in page.find_all(True):
        for name, value in element.attrs.items():
            if (element.name, name) in NAVIGATION:
                continue
            if element.name == "link" and NOT_LOADED_LINKS & set(element.get("rel") or []):
                continue
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name == "style":
                found += LOADING_CODE.findall(text)
            elif name in ("src", "href", "data", "poster", "srcset", "xlink:href", "background"):
                found += OFF_SITE.findall(text)
    for code in page.select("script, style"):
        found += LOADING_CODE.findall(code.get_text())
    return found


def test_nothing_is_loaded_from_other_sites(built_site: Path) -> None:
    offenders = [
        f"{path.relative_to(built_site)}: {url}"
        for path in html_pages(built_site)
        for url in off_site_loads(path.read_text(encoding="utf-8"))
    ]
    offenders += [
        f"{path.relative_to(built_site)}: {url}"
        for path in sorted(built_site.rglob("*.css"))
        for url in LOADING_CODE.findall(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize(
    "markup",
    [
        '<embed src="https://cdn.example/x.swf">',
        '<object data="//cdn.example/x.svg"></object>',
        '<img srcset="a.png 1x, https://cdn.example/b.png 2x">',
        '<video poster="https://cdn.example/p.png"></video>',
        '<svg><image href="https://cdn.example/i.png"/></svg>',
        '<script>fetch("https://api.example/x")</script>',
        "<style>@import url(https://fonts.example/f.css);</style>",
        '<div style="background: url(//cdn.example/b.png)"></div>',
        '<link rel="stylesheet" href="https://cdn.example/s.css">',
    ],
)
def test_the_off_site_check_sees_every_way_of_loading(markup: str) -> None:
    assert len(off_site_loads(f"<html><body>{markup}</body></html>")) == 1


def test_links_to_other_sites_are_not_loads() -> None:
    markup = '<a href="https://docs.python.org/3/">docs</a><link rel="canonical" href="https://x/">'
    assert off_site_loads(markup) == []


def broken_links(site: Path, page: Path) -> list[str]:
    """Links of a built page's notebook text cells that lead to no page or no anchor.

    mkdocs validates the links of Markdown pages, not those inside a notebook's cells.
    """
    found = []
    for link in soup(page).select(".jp-MarkdownCell a[href]"):
        href = str(link["href"])
        if href == "#" or OFF_SITE.match(href) or href.startswith("mailto:"):
            continue
        address, _, anchor = href.partition("#")
        target = (page.parent / address).resolve() if address else page
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or not target.is_relative_to(site.resolve()):
            found.append(f"{href}: no such page")
        elif anchor and soup(target).find(id=anchor) is None:
            found.append(f"{href}: no #{anchor} on {target.relative_to(site)}")
    return found


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_links_in_a_notebooks_text_lead_to_a_page_and_anchor(
    built_site: Path, notebook: Path
) -> None:
    assert broken_links(built_site, page_file(built_site, notebook)) == []


def test_the_notebook_link_check_finds_a_missing_page_and_anchor(tmp_path: Path) -> None:
    (tmp_path / "lesson").mkdir()
    (tmp_path / "lesson" / "index.html").write_text('<h2 id="pool">Пул</h2>', encoding="utf-8")
    page = tmp_path / "practice" / "index.html"
    page.parent.mkdir()
    cell = '<div class="jp-MarkdownCell"><a href="{}">ссылка</a></div>'
    links = ["../lesson/#pool", "../lesson/#queue", "../missing/", "#", "https://python.org/"]
    page.write_text("".join(cell.format(href) for href in links), encoding="utf-8")
    assert broken_links(tmp_path, page) == [
        "../lesson/#queue: no #queue on lesson/index.html",
        "../missing/: no such page",
    ]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_pictures_a_notebook_draws_are_described_in_russian(
    built_site: Path, notebook: Path
) -> None:
    """nbconvert's alt text is an English placeholder; the site hook gives the SVG's title."""
    images = soup(page_file(built_site, notebook)).select(".jp-OutputArea img")
    alts = [str(image.get("alt", "")) for image in images]
    assert all(re.search("[а-яё]", alt, re.IGNORECASE) for alt in alts), alts


def test_the_search_index_holds_text_and_outputs_not_the_programs_source(built_site: Path) -> None:
    """Every page downloads the index (site_hooks.py): programs' source would be a third of it."""
    raw = (built_site / "search" / "search_index.json").read_text("utf-8")
    assert "results.put((x, 100 / x, None))" not in raw  # a line of lesson 04's code
    assert "Copied!" not in raw
    assert "100 / 0: ZeroDivisionError: division by zero" in raw  # an output block
    assert "imap_unordered" in raw  # inline code of the text
    assert "Практика к уроку 1" in raw  # a notebook's text cell
