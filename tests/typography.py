"""The course's rules of Russian typography, for all a reader reads: lessons and notebooks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from course_tools.blocks import markdown_parser, parse_info

MIXED_WORD = re.compile(r"\b(?=\w*[А-Яа-яЁё])(?=\w*[A-Za-z])\w+\b")
TYPOGRAPHY = {
    "a word mixing Cyrillic and Latin letters": MIXED_WORD,
    'straight quotes "…" in prose (use «ёлочки»)': re.compile(r'"'),
    "a hyphen used as a dash (use « — »)": re.compile(r"(?:^|\s)--?(?:\s|$)"),
}


def prose(markdown: str) -> Iterator[tuple[int, str]]:
    """(line, text) the reader reads as prose: paragraphs, headings, titles, image descriptions.

    Code, URLs and HTML are not prose. A code block's title is (``title="…"`` on its fence).
    """
    for token in markdown_parser().parse(markdown):
        line = token.map[0] + 1 if token.map else 0
        if token.type == "fence":
            parsed = parse_info(token.info)
            title = parsed[2].get("title") if parsed else None
            if title:
                yield line, title
        if token.type != "inline" or not token.children:
            continue
        for child in token.children:
            if child.type == "text":
                yield line, child.content
            elif child.type == "image":
                yield line, child.content  # the alt text
                if child.attrs.get("title"):
                    yield line, str(child.attrs["title"])


def problems(markdown: str) -> list[str]:
    """Every breach of the rules, as ``line: what: 'match' in 'text'``."""
    return [
        f"{line}: {what}: {match.group(0)!r} in {text!r}"
        for line, text in prose(markdown)
        for what, pattern in TYPOGRAPHY.items()
        for match in pattern.finditer(text)
    ]
