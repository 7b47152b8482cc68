"""Write the lessons' whole programs to ``examples/``, never clobbering a person's file.

Each generated file starts with one comment line that names its lesson and
carries a digest of the code below it. The digest tells an untouched generated
file (safe to rewrite or delete) from one a person edited or wrote (touched only
with ``--force``). Every problem is found before anything is written, so a
failed run changes nothing; a second run changes nothing either.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .blocks import DOCS_DIR, Example, LessonError, all_examples, display_path

EXAMPLES_DIR = DOCS_DIR.parent / "examples"
HEADER = re.compile(
    r"^# (?P<lesson>docs/\S+\.md) · создан nox -s extract, правьте урок · (?P<digest>[0-9a-f]{12})$"
)
IGNORED = frozenset({"__pycache__", ".DS_Store"})


def digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()[:12]


def render(example: Example) -> str:
    """The file's text: the header line, then the fence's code exactly."""
    code = example.fence.source
    header = f"# docs/{example.lesson.name} · создан nox -s extract, правьте урок · {digest(code)}"
    return header + "\n" + code


def code_of(text: str) -> str:
    """A generated file's code as the reader copies it from the page: without the header."""
    header, _, body = text.partition("\n")
    return body if HEADER.match(header) else text


def is_untouched(text: str) -> bool:
    """True for a file this tool wrote and nobody changed since."""
    header, _, body = text.partition("\n")
    match = HEADER.match(header)
    return match is not None and match.group("digest") == digest(body)


@dataclass(frozen=True)
class Change:
    """One difference between ``examples/`` and the lessons."""

    path: Path
    action: str  # "create", "update", "delete"
    reason: str
    needs: str | None = None  # the flag that allows it, when a person's work is at stake
    text: str | None = None

    def describe(self) -> str:
        where = display_path(self.path)
        flag = f" (needs {self.needs})" if self.needs else ""
        return f"{where}: {self.action}: {self.reason}{flag}"


def plan(docs_dir: Path = DOCS_DIR, examples_dir: Path = EXAMPLES_DIR) -> list[Change]:
    """Everything that writing would change. Raises ``LessonError`` on bad Markdown."""
    wanted: dict[Path, tuple[Example, str]] = {}
    for example in all_examples(docs_dir):
        wanted[examples_dir / example.directory / example.name] = (example, render(example))

    changes = []
    for path, (example, text) in wanted.items():
        source = f"{display_path(example.lesson)}:{example.fence.line}"
        if not path.exists():
            changes.append(Change(path, "create", f"new block at {source}", text=text))
            continue
        current = path.read_text(encoding="utf-8")
        if current == text:
            continue
        if is_untouched(current):
            changes.append(Change(path, "update", f"block at {source} changed", text=text))
        else:
            changes.append(
                Change(
                    path,
                    "update",
                    f"edited by hand or not generated; its block is at {source} — "
                    "move the edit into the lesson",
                    needs="--force",
                    text=text,
                )
            )

    for path in _existing_files(examples_dir):
        if path in wanted:
            continue
        if is_untouched(path.read_text(encoding="utf-8", errors="replace")):
            changes.append(Change(path, "delete", "no block produces it any more", needs="--prune"))
        else:
            changes.append(
                Change(
                    path,
                    "delete",
                    "no block produces it, and it is not an untouched generated file",
                    needs="--force",
                )
            )
    return sorted(changes, key=lambda c: str(c.path))


def _existing_files(examples_dir: Path) -> list[Path]:
    if not examples_dir.exists():
        return []
    return sorted(
        p
        for p in examples_dir.rglob("*")
        if p.is_file()
        and not IGNORED & set(p.relative_to(examples_dir).parts)
        and p.suffix != ".pyc"
    )


def refused(changes: list[Change], *, prune: bool, force: bool) -> list[Change]:
    """The changes that the given flags do not allow."""
    allowed = {None, "--prune"} if prune else {None}
    if force:
        allowed |= {"--prune", "--force"}
    return [c for c in changes if c.needs not in allowed]


def apply(changes: list[Change], examples_dir: Path = EXAMPLES_DIR) -> None:
    for change in changes:
        if change.action == "delete":
            change.path.unlink()
            parent = change.path.parent
            if parent != examples_dir and not any(parent.iterdir()):
                parent.rmdir()
        else:
            assert change.text is not None
            change.path.parent.mkdir(parents=True, exist_ok=True)
            change.path.write_text(change.text, encoding="utf-8", newline="\n")


__all__ = ["EXAMPLES_DIR", "Change", "LessonError", "apply", "plan", "refused"]
