"""The page of errors and warnings (docs/errors.md): it quotes only what Python really prints.

A reader pastes a line of a traceback into the site's search and lands on an entry, so the
entry must quote the message exactly as CPython prints it. Nobody types a quote from memory:
every line of a ``{ .text .message }`` block occurs verbatim in an output block of some
lesson's example, and those outputs are real runs, checked by tests/test_examples.py on the
gate's Pythons. So a quote that a new Python release rewords, or that a lesson stops showing,
fails here; a line with a part that varies (an address, a PID, a path) quotes its fixed part.

Each entry, a level-2 heading, quotes one message and says its cause, the fix and where a
lesson explains it: a link to a lesson's section, whose anchor must be one of that lesson's
headings, slugified as mkdocs.yml slugifies them (pymdownx, lower case, Cyrillic kept).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from markdown_it.token import Token
from pymdownx.slugs import slugify

from course_tools.blocks import (
    DOCS_DIR,
    Fence,
    all_examples,
    examples,
    fences,
    lesson_paths,
    markdown_parser,
)

PAGE = DOCS_DIR / "errors.md"
MESSAGE = "message"  # the class of a quoted message's fence: ``` { .text .message }
LESSON_LINK = re.compile(r"\]\((?P<lesson>\d{2}-[a-z0-9-]+\.md)#(?P<anchor>[^)\s]+)\)")
PARTS = ("**Причина.**", "**Что делать.**", "Подробнее: [урок ")


@dataclass(frozen=True)
class Entry:
    """One entry of the page: a level-2 heading and the lines up to the next one."""

    title: str
    start: int  # 1-based line of the heading
    end: int  # 1-based line where the next entry (or the page's footer) begins
    text: str


def headings(tokens: list[Token], level: str) -> list[tuple[int, str]]:
    """(0-based line, text as the site shows it) of every heading of one level."""
    return [
        (token.map[0], "".join(c.content for c in tokens[i + 1].children or [] if c.content))
        for i, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag == level and token.map
    ]


def entries() -> list[Entry]:
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    tokens = markdown_parser().parse("\n".join(lines))
    found = headings(tokens, "h2")
    footer = max(i for i, line in enumerate(lines) if line.strip() == "---")  # before the links
    ends = [start for start, _ in found[1:]] + [footer]
    return [
        Entry(title, start + 1, end + 1, "\n".join(lines[start:end]))
        for (start, title), end in zip(found, ends, strict=True)
    ]


def anchors(lesson: str) -> set[str]:
    """The anchors of a lesson's headings, as the built site names them."""
    tokens = markdown_parser().parse((DOCS_DIR / lesson).read_text(encoding="utf-8"))
    slug = slugify(case="lower")
    return {slug(text, "-") for level in ("h2", "h3", "h4") for _, text in headings(tokens, level)}


ENTRIES = entries()
MESSAGES = [fence for fence in fences(PAGE) if MESSAGE in fence.classes]
PRINTED = [
    line
    for example in all_examples()
    for output in example.outputs
    for line in output.fence.source.splitlines()
]
LESSONS = {lesson.name for lesson in lesson_paths()}


def message_id(fence: Fence) -> str:
    return f"line {fence.line}: {fence.source.strip().splitlines()[0][:50]}"


def entry_id(entry: Entry) -> str:
    """``line 24: RuntimeError``: pytest would escape the Russian half of the heading."""
    return f"line {entry.start}: {entry.title.split(':')[0]}"


def test_the_page_has_entries_and_no_examples_of_its_own() -> None:
    """A ``.message`` fence is no program: the tools read the page and find nothing to run."""
    assert len(ENTRIES) >= 10 and len(MESSAGES) == len(ENTRIES)
    assert examples(PAGE) == []


@pytest.mark.parametrize("fence", MESSAGES, ids=message_id)
def test_every_quoted_line_is_printed_by_a_lesson_example(fence: Fence) -> None:
    lines = [line for line in fence.source.splitlines() if line.strip()]
    assert lines, "an empty message block"
    missing = [line for line in lines if not any(line in printed for printed in PRINTED)]
    assert not missing, (
        f"errors.md:{fence.line}: no lesson's output block shows these lines: {missing}. Quote "
        "what an example prints (its fixed part, where a part varies), or add to the lesson an "
        "example that provokes the message, catches it and prints it"
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=entry_id)
def test_an_entry_quotes_one_message_then_its_cause_fix_and_lesson(entry: Entry) -> None:
    inside = [f for f in MESSAGES if entry.start < f.line < entry.end]
    assert len(inside) == 1, f"errors.md:{entry.start}: {len(inside)} message blocks, not one"
    positions = [entry.text.find(part) for part in PARTS]
    assert -1 not in positions and positions == sorted(positions), (
        f"errors.md:{entry.start}: the entry needs, after its message and in this order: "
        + ", ".join(PARTS)
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=entry_id)
def test_an_entry_links_to_the_lesson_section_that_explains_it(entry: Entry) -> None:
    links = list(LESSON_LINK.finditer(entry.text))
    assert links, f"errors.md:{entry.start}: no link to a lesson's section (NN-slug.md#anchor)"
    for link in links:
        lesson, anchor = link["lesson"], link["anchor"]
        assert lesson in LESSONS, f"errors.md:{entry.start}: {lesson} is no lesson"
        assert anchor in anchors(lesson), (
            f"errors.md:{entry.start}: {lesson} has no heading #{anchor}"
        )
