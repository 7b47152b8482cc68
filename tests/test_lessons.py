"""Every page as text: valid blocks, prev/next lines, and Russian typography."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from typography import problems

from course_tools.blocks import DOCS_DIR, examples, fences, lesson_paths, page_paths

PAGES = page_paths()
LESSONS = lesson_paths()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_blocks_follow_the_course_fence_rules(page: Path) -> None:
    """Attribute syntax only, closed fences, unique valid names, reasons for exceptions."""
    fences(page)
    examples(page)


def link_targets(paragraph: str) -> list[str]:
    return re.findall(r"\]\(([^)#]+\.md)\)", paragraph)


@pytest.mark.parametrize("index", range(len(LESSONS)), ids=lambda i: LESSONS[i].name)
def test_a_lesson_links_its_neighbours_at_top_and_bottom(index: int) -> None:
    text = LESSONS[index].read_text(encoding="utf-8").strip()
    blocks = [b.strip() for b in text.split("\n\n")]
    top, bottom = blocks[1], blocks[-1]
    pages = ["index.md", *(p.name for p in LESSONS), "glossary.md"]
    expected = [pages[index], pages[index + 2]]  # the neighbours of pages[index + 1]
    assert link_targets(top) == expected, f"first line after the title: {top!r}"
    assert link_targets(bottom) == expected, f"last line: {bottom!r}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_russian_typography_in_prose(page: Path) -> None:
    found = problems(page.read_text(encoding="utf-8"))
    assert not found, "\n".join(f"{page.name}:{problem}" for problem in found)


@pytest.mark.parametrize(
    "text, what",
    [
        ("Пpoцесс запущен", "a word mixing Cyrillic and Latin letters"),
        ('Метод "map" блокирует', 'straight quotes "…" in prose (use «ёлочки»)'),
        ("пул - это группа", "a hyphen used as a dash (use « — »)"),
        ("`get()` вызывает `TimeoutError`", "«вызывает» an exception (it «бросает» it)"),
        ("Это работает на Linux", "«на Linux/macOS/Windows» (write «в Linux»)"),
        (
            "Данные пишет фоновый поток",
            "«фоновый поток» (the glossary's term is «служебный поток»)",
        ),
        ("Пул — это группа", "a breaking space before a dash (write «слово\u00a0— слово»)"),
        ("ждёт 5 мс", "a breaking space between a number and its unit (write «5\u00a0мс»)"),
        ("С Python 3.14 иначе", "a breaking space in «Python\u00a03.14»"),
        ("![Схема пулa](pool.svg)", "a word mixing Cyrillic and Latin letters"),
        (
            '``` { .python title="a.py — пулa" }\nx = 1\n```',
            "a word mixing Cyrillic and Latin letters",
        ),
    ],
)
def test_the_typography_check_catches(text: str, what: str) -> None:
    found = problems(f"# Заголовок\n\n{text}\n\n`x - y` и «ёлочки»\u00a0— верно\n")
    assert {problem.split(": ")[1] for problem in found} == {what}


def test_an_example_linted_as_newer_python_runs_only_there() -> None:
    """pyproject.toml lints an example that uses newer syntax (lazy import) as that Python's
    code; its fence's min_python must say so too, or a reader on an older one gets a
    SyntaxError the tests never saw."""
    ruff = tomllib.loads((DOCS_DIR.parent / "pyproject.toml").read_text(encoding="utf-8"))
    newer = ruff["tool"]["ruff"]["per-file-target-version"]
    found = {f"examples/{e.id}": e for lesson in LESSONS for e in examples(lesson)}
    for path, target in newer.items():
        assert path in found, f"pyproject.toml names {path}, which no lesson makes"
        version = (int(target[2]), int(target[3:]))
        assert found[path].min_python == version, f"{path}: min_python should be {version}"
