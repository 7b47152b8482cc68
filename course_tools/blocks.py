"""Read the lessons' code blocks exactly as the site shows them to a reader.

The extractor, pytest-markdown-docs and the site tests all go through this module,
so they agree on which blocks exist, where they start and what their fence
declares. Fences use pymdown-extensions' attribute syntax
(```` ``` { .python title="pool_map.py" } ````), parsed with Python-Markdown's own
attribute parser, the one superfences itself uses.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from markdown.extensions.attr_list import get_attrs
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin

from .figures import Claim, parse_claims
from .normalize import parse_varies

DOCS_DIR = Path(__file__).resolve().parent.parent / "docs"
LESSON_NAME = re.compile(r"^(?P<number>\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
EXAMPLE_NAME = re.compile(r"^[a-z_][a-z0-9_]*\.py$")
START_METHODS = ("fork", "spawn", "forkserver")
# start_methods="default": the example picks start methods itself, so none is forced on it.
AS_IS = "default"
PYTHON_LANGS = frozenset({"python", "py", "python3"})

# Attributes a fence may carry: the renderer's own, and the few the tools read.
RENDERER_ATTRS = frozenset({"title", "linenums", "hl_lines"})
TOOL_ATTRS = frozenset(
    {"notest", "start_methods", "min_python", "max_python", "expect_stderr", "cluster"}
)
# Declaring one of these makes an example an exception to the general rules,
# which its title must then explain to the reader after " — ".
EXCEPTION_ATTRS = frozenset(
    {"start_methods", "min_python", "max_python", "expect_stderr", "cluster"}
)
TITLE_COMMENT = " — "
OUTPUT_ATTRS = frozenset({"title", "varies", "start_methods", "claims"})
# An exercise's check (``{ .text .expected }``): the lines a reader's solution must print.
EXPECTED_ATTRS = frozenset({"order", "start_method"})
OUTPUT_TITLE = "Вывод"
# Where a program prints differently under another start method, its outputs stand in
# content tabs (pymdownx.tabbed), one per distinct output, each labelled by its methods.
PLATFORMS = {"forkserver": "Linux", "spawn": "macOS и Windows", "fork": "Linux до Python 3.14"}
TAB = re.compile(r'^(?P<indent>[ \t>]*)=== (?P<label>"[^"]*")[ \t]*$', re.MULTILINE)


class LessonError(Exception):
    """A problem in a lesson's Markdown, located by file and line."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{display_path(path)}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


def display_path(path: Path) -> str:
    """Show a path relative to the repository when it lies inside it."""
    try:
        return str(path.resolve().relative_to(DOCS_DIR.parent))
    except ValueError:
        return str(path)


BLANK_LINE = re.compile(r"(?m)^[ \t]+$")


class CourseMarkdown(MarkdownIt):
    """markdown-it with admonitions, reading blank lines the way Python-Markdown does.

    mdit-py-plugins closes an admonition at two blank lines in a row, while
    Python-Markdown (which renders the site) keeps going as long as the text stays
    indented, so two blank lines between functions of a solution inside
    ``??? success`` would end the block early. Indenting each blank line like its
    neighbours keeps line numbers and content, and Markdown still reads it as blank.
    """

    def __init__(self) -> None:
        super().__init__("commonmark")
        self.enable("table").use(admon_plugin)

    def parse(self, src: str, env: MutableMapping[str, Any] | None = None) -> list[Token]:
        # A content tab (=== "label") nests like an admonition: read it as one of type "tab".
        src = TAB.sub(lambda m: f"{m['indent']}!!! tab {m['label']}", src)
        tokens = super().parse(indent_blank_lines(src), env)
        for token in tokens:
            if token.type == "fence":  # a top-level fence keeps the added spaces: drop them
                token.content = BLANK_LINE.sub("", token.content)
        return tokens


def indent_blank_lines(text: str) -> str:
    lines = text.split("\n")
    following = [0] * len(lines)  # indentation of the next non-blank line
    indent = 0
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip():
            indent = len(lines[index]) - len(lines[index].lstrip(" "))
        following[index] = indent
    previous = 0
    for index, line in enumerate(lines):
        if line.strip():
            previous = len(line) - len(line.lstrip(" "))
        else:
            lines[index] = " " * min(previous, following[index])
    return "\n".join(lines)


@cache
def markdown_parser() -> MarkdownIt:
    """The parser that sees what mkdocs-material renders, admonitions and details included."""
    return CourseMarkdown()


@dataclass(frozen=True)
class Fence:
    """One fenced code block of a page."""

    path: Path
    line: int  # 1-based line of the opening fence
    info: str
    lang: str
    classes: tuple[str, ...]
    attrs: dict[str, str | None] = field(hash=False)
    source: str
    indent: str = ""  # what stands before the fence on its line (admonitions indent it)
    end: int = 0  # 1-based line of the closing fence
    tab: str | None = None  # the label of the content tab the fence stands in

    @property
    def title(self) -> str | None:
        return self.attrs.get("title")

    @property
    def is_python(self) -> bool:
        return self.lang in PYTHON_LANGS

    @property
    def notest(self) -> bool:
        return "notest" in self.attrs

    @property
    def is_output(self) -> bool:
        return "output" in (self.lang, *self.classes)

    @property
    def is_expected(self) -> bool:
        return "expected" in self.classes


@dataclass(frozen=True)
class Output:
    """The output an example shows under itself: for the default start method, or for others."""

    fence: Fence
    varies: tuple[str, ...]
    methods: tuple[str, ...] | None  # None: every start method no other block declares
    claims: tuple[Claim, ...] = ()  # what the text says of its figures (course_tools.figures)


@dataclass(frozen=True)
class Example:
    """A whole program: a Python fence whose title names its file."""

    fence: Fence
    name: str
    start_methods: tuple[str, ...]
    min_python: tuple[int, int] | None
    expect_stderr: str | None
    cluster: str | None = None  # the engine (dask, ray…) of an example that starts a cluster
    outputs: tuple[Output, ...] = ()
    max_python: tuple[int, int] | None = None
    as_is: bool = False  # runs only under the interpreter's default start method

    @property
    def runs_once(self) -> str | None:
        """Why the example runs only under the default start method, if it does."""
        if self.cluster:
            return f"cluster example ({self.cluster}): runs once, under the default start method"
        if self.as_is:
            return f"start_methods={AS_IS}: it picks start methods itself, none is forced on it"
        return None

    @property
    def output(self) -> Output | None:
        """The block a Linux reader of the newest Python sees: declared for no start method."""
        return next((o for o in self.outputs if o.methods is None), None)

    def shown_for(self, method: str) -> Output | None:
        """The block a run under ``method`` must print: its own, else the general one."""
        for output in self.outputs:
            if method in (output.methods or ()):
                return output
        return self.output

    def methods_of(self, output: Output) -> tuple[str, ...]:
        """The start methods whose runs a block shows (the general one: all not declared)."""
        if output.methods is not None:
            return output.methods
        declared = {m for o in self.outputs for m in (o.methods or ())}
        return tuple(m for m in self.start_methods if m not in declared)

    @property
    def lesson(self) -> Path:
        return self.fence.path

    @property
    def directory(self) -> str:
        return lesson_directory(self.fence.path)

    @property
    def id(self) -> str:
        return f"{self.directory}/{self.name}"


def page_paths(docs_dir: Path = DOCS_DIR) -> list[Path]:
    """The site's pages: Markdown files at the top of the docs folder (not the snippets in it)."""
    return sorted(docs_dir.glob("*.md"))


def lesson_paths(docs_dir: Path = DOCS_DIR) -> list[Path]:
    """The lessons, in course order: ``NN-slug.md`` files of the docs folder."""
    return sorted(p for p in docs_dir.glob("*.md") if LESSON_NAME.match(p.name))


def lesson_directory(lesson: Path) -> str:
    """``02-process-pools.md`` → ``02_process_pools``: the lesson's folder in ``examples/``."""
    return lesson.stem.replace("-", "_")


def tab_label(methods: tuple[str, ...]) -> str:
    """The label of the tab that shows one output: its start methods and where they are default."""
    ordered = [m for m in PLATFORMS if m in methods]
    return ", ".join(f"{m} ({PLATFORMS[m]})" for m in ordered)


def parse_info(info: str) -> tuple[str, tuple[str, ...], dict[str, str | None]] | None:
    """Split a fence's info string into its language, other classes and attributes.

    Returns ``None`` for default-style options (```` ```python notest ````),
    which mkdocs-material renders wrongly and the course does not use.
    """
    info = info.strip()
    if info.startswith("{") and info.endswith("}"):
        attrs: dict[str, str | None] = {}
        classes = []
        for key, value in get_attrs(info[1:-1]):
            if key == ".":
                classes.append(value)
            else:
                attrs[key] = value
        return (classes[0] if classes else ""), tuple(classes[1:]), attrs
    words = info.split()
    if len(words) > 1:
        return None
    return (words[0] if words else ""), (), {}


def fences(path: Path) -> list[Fence]:
    """Every code block of a page, with the problems that would mislead the tools.

    Raises ``LessonError`` for an unclosed fence, an indented code block (what
    content tabs and mis-indented admonitions turn into, which the tools would
    not see as fences) and a fence written in default-style option syntax.
    """
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = []
    tabs: list[str | None] = []  # the admonitions and tabs the parser is inside
    for token in markdown_parser().parse(text):
        if token.type == "admonition_open":
            kind, _, label = token.info.strip().partition(" ")
            tabs.append(label.strip().strip('"') if kind == "tab" else None)
        elif token.type == "admonition_close":
            tabs.pop()
        if token.type == "code_block":
            raise LessonError(
                path,
                _line(token),
                "indented code block: write a fenced block (content tabs `===` and "
                "indented code are not supported by the course's tools)",
            )
        if token.type != "fence":
            continue
        line = _line(token)
        _check_closed(path, token, lines)
        parsed = parse_info(token.info)
        if parsed is None:
            raise LessonError(
                path,
                line,
                f"fence options in default syntax ({token.info.strip()!r}): write "
                'them in attribute syntax, e.g. ``` { .python notest title="…" }',
            )
        lang, classes, attrs = parsed
        assert token.map is not None
        _check_not_swallowed(path, token, lang)
        opening = lines[token.map[0]]
        indent = opening[: len(opening) - len(opening.lstrip(" >\t"))]
        tab = next((label for label in reversed(tabs) if label is not None), None)
        found.append(
            Fence(
                path,
                line,
                token.info,
                lang,
                classes,
                attrs,
                token.content,
                indent,
                token.map[1],
                tab,
            )
        )
    return found


def _line(token: Token) -> int:
    assert token.map is not None
    return token.map[0] + 1


def _check_closed(path: Path, token: Token, lines: list[str]) -> None:
    """markdown-it silently runs an unclosed fence to the end of its container."""
    assert token.map is not None
    last = lines[token.map[1] - 1] if token.map[1] - 1 < len(lines) else ""
    closing = last.lstrip(" >\t")
    char = token.markup[0]
    is_close = (
        token.map[1] - token.map[0] >= 2
        and closing.rstrip().startswith(token.markup)
        and set(closing.strip()) == {char}
    )
    if not is_close:
        raise LessonError(path, _line(token), f"fence {token.markup} is never closed")


OPENING = re.compile(r"^[ \t>]*(`{3,}|~{3,})[ \t]*\{")


def _check_not_swallowed(path: Path, token: Token, lang: str) -> None:
    """A fence left open runs to the next block's opening line, which then stands inside it."""
    if lang not in PYTHON_LANGS:
        return
    assert token.map is not None
    for offset, line in enumerate(token.content.splitlines(), start=1):
        if OPENING.match(line):
            raise LessonError(
                path,
                _line(token),
                f"fence {token.markup} is never closed: the block runs on to the opening "
                f"fence at line {token.map[0] + 1 + offset}",
            )


def examples(path: Path) -> list[Example]:
    """The whole programs of a lesson, with their output blocks, checked against the rules."""
    result: list[Example] = []
    seen: dict[str, int] = {}
    previous: Example | None = None  # the example the last fence belongs to
    for fence in fences(path):
        if fence.is_output:
            previous = _attach_output(previous, fence)
            result[-1] = previous
            continue
        allowed = RENDERER_ATTRS | (EXPECTED_ATTRS if fence.is_expected else TOOL_ATTRS)
        unknown = set(fence.attrs) - allowed
        if unknown:
            raise LessonError(
                path, fence.line, f"unknown fence attribute(s): {', '.join(sorted(unknown))}"
            )
        previous = None
        if fence.tab is not None:
            raise LessonError(path, fence.line, "content tabs hold only an example's output blocks")
        if not fence.is_python:
            if set(fence.attrs) & TOOL_ATTRS:
                raise LessonError(path, fence.line, "only Python fences take the tools' attributes")
            continue
        example = _example(fence)
        if example is None:
            continue
        if example.name in seen:
            raise LessonError(
                path,
                fence.line,
                f"two blocks are named {example.name} (the first at line "
                f"{seen[example.name]}): every example needs its own file name",
            )
        seen[example.name] = fence.line
        result.append(example)
        previous = example
    for example in result:
        _check_tabs(example)
    return result


def _check_tabs(example: Example) -> None:
    """One output stands alone; several stand in tabs labelled by the methods they show."""
    if len(example.outputs) == 1 and example.outputs[0].fence.tab is None:
        return
    for output in example.outputs:
        fence = output.fence
        label = tab_label(example.methods_of(output))
        if len(example.outputs) == 1:
            raise LessonError(fence.path, fence.line, "a single output block stands in no tab")
        if fence.tab != label:
            raise LessonError(
                fence.path,
                fence.line,
                f"this output of {example.name} shows "
                f"{', '.join(m for m in PLATFORMS if m in example.methods_of(output))}: "
                f'it stands in the tab === "{label}"',
            )


def _attach_output(example: Example | None, fence: Fence) -> Example:
    """An output block belongs to the example right above it."""
    if example is None:
        raise LessonError(
            fence.path, fence.line, "an output block must directly follow its example's block"
        )
    unknown = set(fence.attrs) - OUTPUT_ATTRS
    if unknown:
        raise LessonError(
            fence.path, fence.line, f"unknown output attribute(s): {', '.join(sorted(unknown))}"
        )
    title = fence.title or ""
    if not title.startswith(OUTPUT_TITLE):
        raise LessonError(
            fence.path, fence.line, f'an output block\'s title starts with "{OUTPUT_TITLE}"'
        )
    try:
        varies = parse_varies(fence.attrs.get("varies"))
        claims = parse_claims(fence.attrs.get("claims"))
    except ValueError as error:
        raise LessonError(fence.path, fence.line, str(error)) from None
    if varies and TITLE_COMMENT not in title:
        raise LessonError(
            fence.path,
            fence.line,
            f"the output declares varies={','.join(varies)}: its title must tell the reader "
            f'what changes from run to run and why, e.g. title="{OUTPUT_TITLE} — PID другие"',
        )
    methods = _start_methods(fence) if "start_methods" in fence.attrs else None
    taken = {output.methods for output in example.outputs}
    if methods in taken:
        raise LessonError(
            fence.path, fence.line, f"{example.name} already has an output block for these methods"
        )
    return replace(example, outputs=(*example.outputs, Output(fence, varies, methods, claims)))


def _example(fence: Fence) -> Example | None:
    title = (fence.title or "").strip()
    name, _, comment = title.partition(TITLE_COMMENT)
    name = name.strip()
    declared = set(fence.attrs) & EXCEPTION_ATTRS
    if fence.notest:
        if not title or title.endswith(".py") or name.endswith(".py"):
            raise LessonError(
                fence.path,
                fence.line,
                "a notest fence is a fragment: give it a title that tells the reader "
                'why it does not run (title="Фрагмент: …"), not a file name',
            )
        if declared:
            raise LessonError(fence.path, fence.line, "a notest fence is never run")
        return None
    if not name.endswith(".py"):
        if declared:
            raise LessonError(
                fence.path, fence.line, "only a titled example (name.py) declares how it runs"
            )
        return None
    if not EXAMPLE_NAME.match(name):
        raise LessonError(
            fence.path,
            fence.line,
            f"invalid example file name {name!r}: use lowercase letters, digits and "
            "underscores, e.g. pool_map.py",
        )
    if declared and not comment.strip():
        raise LessonError(
            fence.path,
            fence.line,
            f"{name} declares {', '.join(sorted(declared))}: its title must say why "
            f'to the reader, e.g. title="{name} — только fork: …"',
        )
    return Example(
        fence=fence,
        name=name,
        start_methods=_start_methods(fence),
        as_is=fence.attrs.get("start_methods") == AS_IS,
        min_python=_python_version(fence, "min_python"),
        max_python=_python_version(fence, "max_python"),
        expect_stderr=fence.attrs.get("expect_stderr"),
        cluster=fence.attrs.get("cluster"),
    )


def _start_methods(fence: Fence) -> tuple[str, ...]:
    value = fence.attrs.get("start_methods")
    if value is None or (value == AS_IS and not fence.is_output):
        return START_METHODS
    methods = tuple(m.strip() for m in value.split(",") if m.strip())
    wrong = [m for m in methods if m not in START_METHODS]
    if not methods or wrong:
        raise LessonError(
            fence.path,
            fence.line,
            f"start_methods={value!r}: expected a comma-separated subset of "
            f"{', '.join(START_METHODS)}",
        )
    return methods


def _python_version(fence: Fence, attr: str) -> tuple[int, int] | None:
    value = fence.attrs.get(attr)
    if value is None:
        return None
    match = re.fullmatch(r"3\.(\d{1,2})", value)
    if not match:
        raise LessonError(fence.path, fence.line, f"{attr}={value!r}: expected 3.N")
    return (3, int(match.group(1)))


def all_examples(docs_dir: Path = DOCS_DIR) -> list[Example]:
    """Every whole program of the course, lesson by lesson."""
    return [example for lesson in lesson_paths(docs_dir) for example in examples(lesson)]
