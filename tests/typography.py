"""The course's rules of Russian: typography and terms, for all a reader reads (pages, notebooks).

The terms are the glossary's decisions (docs/glossary.md): one word for one concept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from course_tools.blocks import markdown_parser, parse_info

NAME = re.compile(r"[\w.]+(?:\(\))?")  # `TimeoutError`, `get()`: names read in a sentence
MIXED_WORD = re.compile(r"\b(?=\w*[А-Яа-яЁё])(?=\w*[A-Za-z])\w+\b")
TYPOGRAPHY = {
    "a word mixing Cyrillic and Latin letters": MIXED_WORD,
    'straight quotes "…" in prose (use «ёлочки»)': re.compile(r'"'),
    "a hyphen used as a dash (use « — »)": re.compile(r"(?:^|\s)--?(?:\s|$)"),
    # The glossary's decisions
    "«вызывает» an exception (it «бросает» it)": re.compile(
        r"вызыва\w*\s+(?:`[\w.]*(?:Error|Exception|Warning|Exit|Interrupt)`|исключени)"
    ),
    "«взаимная блокировка» (the glossary's term is «взаимоблокировка»)": re.compile(
        r"[Вв]заимн\w+ блокировк"
    ),
    "«разделяемая память» (the glossary's term is «общая память»)": re.compile(
        r"[Рр]азделяем\w+ памят"
    ),
    "«фоновый поток» (the glossary's term is «служебный поток»)": re.compile(r"[Фф]онов\w+\s+пот"),
    "«пачка» (a chunk is a «порция»)": re.compile(r"\b[Пп]ачк"),
    "«на Linux/macOS/Windows» (write «в Linux»)": re.compile(r"\b[Нн]а (?:Linux|macOS|Windows)\b"),
    "«бенчмарк» (write «замер»)": re.compile(r"\b[Бб]енчмарк"),
    "«только именованный аргумент» (write «передаётся только по имени»)": re.compile(
        r"только именованн"
    ),
}
# Where Russian typography keeps words on one line: applied to running text (paragraphs, lists,
# tables), not to headings and titles, whose words make anchors and the tools' syntax.
NO_BREAK = "\u00a0"
NO_BREAK_RULES = {
    "a breaking space before a dash (write «слово\u00a0— слово»)": re.compile(r"(?<=\S) — "),
    "a breaking space between a number and its unit (write «5\u00a0мс»)": re.compile(
        r"(?<![\w.,])\d+(?:[.,]\d+)? (?:мс|мкс|нс|КиБ|МиБ|ГиБ|КБ|МБ|%)(?!\w)"
    ),
    "a breaking space in «Python\u00a03.14»": re.compile(r"\bC?Python 3\.\d+"),
}
TITLES = ("heading_open", "admonition_title_open")


def prose(markdown: str) -> Iterator[tuple[int, str, bool]]:
    """(line, text, is it running text) the reader reads: paragraphs, titles, image descriptions.

    Code, URLs and HTML are not prose. Headings, the titles of admonitions and tabs and a code
    block's title (``title="…"`` on its fence) are prose, but not running text.
    """
    previous = ""
    for token in markdown_parser().parse(markdown):
        line = token.map[0] + 1 if token.map else 0
        kind, previous = previous, token.type
        if token.type == "fence":
            parsed = parse_info(token.info)
            title = parsed[2].get("title") if parsed else None
            if title:
                yield line, title, False
        if token.type != "inline" or not token.children:
            continue
        text = ""
        for child in token.children:
            if child.type == "text":
                text += child.content
            elif child.type == "softbreak":
                text += " "
            elif child.type == "code_inline":  # a name stays (`TimeoutError`), other code not
                text += f"`{child.content}`" if NAME.fullmatch(child.content) else "`…`"
            elif child.type == "image":
                yield line, child.content, False  # the alt text
                if child.attrs.get("title"):
                    yield line, str(child.attrs["title"]), False
        yield line, text, kind not in TITLES


def problems(markdown: str) -> list[str]:
    """Every breach of the rules, as ``line: what: 'match' in 'text'``."""
    return [
        f"{line}: {what}: {match.group(0)!r} in {text!r}"
        for line, text, running in prose(markdown)
        for what, pattern in (TYPOGRAPHY | NO_BREAK_RULES if running else TYPOGRAPHY).items()
        for match in pattern.finditer(text)
    ]
