"""Compare a page's shown output with a real run, honestly.

Only what an output block declares in ``varies`` is blurred, by a small fixed
set of rules, so that any other change still fails:

- ``order``: the order of lines (``imap_unordered``, completion order);
- ``timings``: decimal numbers (seconds, speed-ups);
- ``pids``: the number after ``PID`` or ``pid=``;
- ``names``: process names such as ``ForkPoolWorker-3`` or ``Process-1:2``;
- ``addresses``: object addresses such as ``0x7f3a965ebb80``;
- ``stdlib``: what moves from release to release: the line numbers of the standard
  library's frames in a traceback, and the interpreter's name in a thread's header
  (``[python3.15]``);
- ``paths``: the folder of a file in a traceback (``File "/tmp/…/x.py"``) and the random
  name of multiprocessing's temporary folder (``/tmp/pymp-k2x9``);
- ``numbers``: every number, for counts that depend on scheduling.

A comment at the end of a ``print(...)`` line (``print(x)  # 25``) states what
that line prints, and is checked against what the very line printed.
"""

from __future__ import annotations

import ast
import difflib
import io
import re
import tokenize
from collections.abc import Callable

RULES: dict[str, tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = {
    "timings": (re.compile(r"\d+[.,]\d+"), "<дробное число>"),
    "pids": (re.compile(r"(?<=PID )\d+|(?<=pid=)\d+"), "<PID>"),
    "names": (
        re.compile(r"\b(?:Fork|Spawn|ForkServer)?(?:PoolWorker|Process)-\d+(?::\d+)*"),
        "<имя процесса>",
    ),
    "addresses": (re.compile(r"0x[0-9a-fA-F]+"), "0x…"),
    # Before ``paths``, which hides the folder that tells the standard library's frames apart.
    "stdlib": (
        re.compile(r"""(?P<frame>File "[^"]*[/\\][Ll]ib[/\\][^"]*", line )\d+|\[python3\.\d+\]"""),
        lambda m: f"{m['frame']}N" if m["frame"] else "[python3.N]",
    ),
    "paths": (re.compile(r"""(?<=File ")[^"]*[/\\](?=[^/\\"]+")|(?<=/pymp-)\w+"""), "…/"),
    "numbers": (re.compile(r"\d+(?:[.,]\d+)?"), "<число>"),
}
VARIES = ("order", *RULES)
SPACES = re.compile(r"(?<=\S) {2,}")


def parse_varies(value: str | None) -> tuple[str, ...]:
    """``"order, pids"`` → ``("order", "pids")``; raises ValueError on an unknown rule."""
    names = tuple(v.strip() for v in (value or "").split(",") if v.strip())
    unknown = [n for n in names if n not in VARIES]
    if unknown:
        raise ValueError(
            f"varies={value!r}: unknown {', '.join(unknown)}; known: {', '.join(VARIES)}"
        )
    return names


def normalize(text: str, varies: tuple[str, ...]) -> list[str]:
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    for name, (pattern, replacement) in RULES.items():  # in RULES' order, not the block's
        if name in varies:
            # A number that changes width shifts the columns after it: fold the padding.
            lines = [SPACES.sub(" ", pattern.sub(replacement, line)) for line in lines]
    return sorted(lines) if "order" in varies else lines


def difference(shown: str, printed: str, varies: tuple[str, ...]) -> str | None:
    """A diff between a page's output block and a run's output, or None if they agree."""
    before, after = normalize(shown, varies), normalize(printed, varies)
    if before == after:
        return None
    diff = difflib.unified_diff(before, after, "shown on the page", "printed", lineterm="")
    rules = f" (compared after rules: {', '.join(varies)})" if varies else ""
    return "\n".join(diff) + rules


def claims(source: str) -> list[tuple[int, str]]:
    """(line, text) of every comment at the end of a ``print(...)`` line.

    Such a comment states what the line prints, and is checked. A comment that
    states a literal value anywhere else cannot be checked, so it raises ValueError.
    """
    found = []
    lines = source.splitlines()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        text = token.string[1:].strip()
        line = token.start[0]
        if lines[line - 1][: token.start[1]].strip().startswith("print("):
            found.append((line, text))
        elif _is_literal(text):
            raise ValueError(
                f"line {line}: the comment {token.string!r} claims a value; such comments "
                "stand only at the end of a print(...) line, where they are checked"
            )
    return found


def _is_literal(text: str) -> bool:
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    return True


def claim_problems(source: str, prints: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(line, what is wrong) for every claimed value the run did not print."""
    printed: dict[int, list[str]] = {}
    for line, text in prints:
        printed.setdefault(line, []).append(text.rstrip("\n"))
    problems = []
    for line, value in claims(source):
        texts = printed.get(line)
        if not texts:
            problems.append((line, f"claims {value!r} but never printed"))
            continue
        for text in texts:
            if text != value and not text.endswith(" " + value):
                problems.append((line, f"claims {value!r} but printed {text!r}"))
    return problems
