"""The lessons' exercises as the checker sees them: statement, hints, expected lines, solution.

An exercise is a ``### Упражнение N. …`` heading of a lesson's «Упражнения» section. Its
check lives beside it on the page, in a ``{ .text .expected }`` block: lines that a
correct program prints, in order, ``…`` standing for any text. Lines that only a start
method some platforms lack can print (``fork`` on Windows) stand in a block of their own,
``{ .text .expected start_method="fork" }``, demanded only where that method exists; each
block keeps its own order. The reader sees exactly what ``nox -s check -- NN.N file.py``
demands, and the course's own solution (the ``exN_….py`` example in «Решение») must meet
the same lines in every output it shows.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .blocks import (
    DOCS_DIR,
    START_METHODS,
    Example,
    Fence,
    LessonError,
    examples,
    fences,
    lesson_paths,
    markdown_parser,
)

SECTION = "## Упражнения"
ID = re.compile(r"(?P<lesson>\d+)\.(?P<number>\d+)")  # as a reader types it: 4.1, 04.1
HEADING = re.compile(r"^### Упражнение (?P<number>\d+)\. (?P<title>.+)$")
HINT = "tip"
WILDCARD = "…"
ORDERS = ("given", "any")


@dataclass(frozen=True)
class Expected:
    """The lines a solution must print: patterns in order, or in any order."""

    patterns: tuple[str, ...]
    any_order: bool = False
    start_method: str | None = None  # demanded only where this start method exists

    def applies(self, methods: Iterable[str]) -> bool:
        """Whether a platform with these start methods can print the lines."""
        return self.start_method is None or self.start_method in methods

    def missing(self, output: str) -> list[str]:
        """The patterns the output does not meet; in order, each after the one before."""
        lines = [line.rstrip() for line in output.splitlines()]
        missing = []
        free = list(range(len(lines)))  # lines no pattern has taken yet
        for pattern in self.patterns:
            regex = _regex(pattern)
            found = next((i for i in free if regex.fullmatch(lines[i])), None)
            if found is None:
                missing.append(pattern)
            elif self.any_order:
                free.remove(found)
            else:
                free = [i for i in free if i > found]
        return missing


def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in pattern.rstrip().split(WILDCARD)))


@dataclass(frozen=True)
class Exercise:
    """One exercise of a lesson, found by its heading."""

    lesson: Path
    number: int
    title: str
    line: int  # the heading's line
    checks: tuple[Expected, ...]
    check_fences: tuple[Fence, ...]
    solution: Example
    hints: tuple[str, ...]

    @property
    def id(self) -> str:
        """``04.1``: the lesson's number and the exercise's, as the reader types it."""
        return f"{self.lesson.name[:2]}.{self.number}"

    def missing(
        self, output: str, methods: Iterable[str] = START_METHODS
    ) -> list[tuple[Expected, list[str]]]:
        """Each check a platform with these start methods demands, with the lines it lacks."""
        methods = tuple(methods)
        found = [(check, check.missing(output)) for check in self.checks if check.applies(methods)]
        return [(check, lines) for check, lines in found if lines]


def exercises(lesson: Path) -> list[Exercise]:
    """A lesson's exercises with their checks and solutions; a LessonError says what lacks."""
    text = lesson.read_text(encoding="utf-8")
    lines = text.splitlines()
    if f"\n{SECTION}\n" not in f"\n{text}":
        return []
    start = lines.index(SECTION) + 1
    headings = [
        (number, match)
        for number, line in enumerate(lines, start=1)
        if number > start and (match := HEADING.match(line))
    ]
    ends = [number for number, _ in headings[1:]] + [len(lines) + 1]
    page = _Page(lesson, lines, fences(lesson), examples(lesson), _tips(lines))
    return [
        _exercise(page, int(match["number"]), match["title"], line, end)
        for (line, match), end in zip(headings, ends, strict=True)
    ]


@dataclass(frozen=True)
class _Page:
    """A lesson parsed once, for all of its exercises."""

    path: Path
    lines: list[str]
    fences: list[Fence]
    examples: list[Example]
    tips: list[tuple[int, int]]  # (first, last) 0-based lines of each ``??? tip`` block


def _tips(lines: list[str]) -> list[tuple[int, int]]:
    return [
        (token.map[0], token.map[1])
        for token in markdown_parser().parse("\n".join(lines))
        if token.type == "admonition_open"
        and token.map is not None
        and token.info.strip().split(" ")[0] == HINT
    ]


def _exercise(page: _Page, number: int, title: str, line: int, end: int) -> Exercise:
    lesson = page.path
    fences = tuple(f for f in page.fences if line < f.line < end and f.is_expected)
    checks = tuple(_check(lesson, fence) for fence in fences)
    everywhere = sum(check.start_method is None for check in checks)
    if everywhere != 1:
        raise LessonError(
            lesson,
            line,
            f"exercise {number} needs exactly one {{ .text .expected }} block without "
            f"start_method (the lines its check demands everywhere), found {everywhere}",
        )
    solutions = [
        e for e in page.examples if line < e.fence.line < end and e.name.startswith(f"ex{number}_")
    ]
    if len(solutions) != 1:
        raise LessonError(
            lesson, line, f"exercise {number} needs one solution ex{number}_….py in «Решение»"
        )
    return Exercise(
        lesson,
        number,
        title.strip(),
        line,
        checks,
        fences,
        solutions[0],
        tuple(  # the text of the exercise's ``??? tip`` blocks, as the page words it
            textwrap.dedent("\n".join(page.lines[first + 1 : last])).strip()
            for first, last in page.tips
            if line <= first < end - 1
        ),
    )


def _check(lesson: Path, fence: Fence) -> Expected:
    order = fence.attrs.get("order", "given")
    if order not in ORDERS:
        raise LessonError(lesson, fence.line, f"order={order!r}: expected one of {ORDERS}")
    method = fence.attrs.get("start_method")
    if method is not None and method not in START_METHODS:
        raise LessonError(
            lesson, fence.line, f"start_method={method!r}: expected one of {START_METHODS}"
        )
    patterns = tuple(p.rstrip() for p in fence.source.splitlines() if p.strip())
    if not patterns:
        raise LessonError(lesson, fence.line, "an expected block lists at least one line")
    return Expected(patterns, order == "any", method)


@cache
def all_exercises(docs_dir: Path = DOCS_DIR) -> tuple[Exercise, ...]:
    """Every exercise of the course, lesson by lesson."""
    return tuple(e for lesson in lesson_paths(docs_dir) for e in exercises(lesson))


def find(exercise_id: str, docs_dir: Path = DOCS_DIR) -> Exercise | None:
    """The exercise a reader names: ``4.1``, ``04.1``."""
    match = ID.fullmatch(exercise_id.strip())
    if not match:
        return None
    wanted = f"{int(match['lesson']):02d}.{int(match['number'])}"
    return next((e for e in all_exercises(docs_dir) if e.id == wanted), None)
