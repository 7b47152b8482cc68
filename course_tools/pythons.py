"""Which CPython releases the course supports, and where each one is on this machine.

The one home of that decision: the runner, the tests, ``matrix``, the workflow's
test (``tests/test_workflow.py``) and the pages' wording (``tests/test_lessons.py``)
read it from here. Examples run in an environment of their own per release, so
that the libraries they import (NumPy, joblib, Dask, Ray) are there whichever
interpreter was found.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# CPython's maintained feature releases, newest first (3.9 and 3.10 have reached end of life).
SUPPORTED = ("3.15", "3.14", "3.13", "3.12", "3.11")
NEWEST = SUPPORTED[0]  # the pages show what this release prints on Linux
GATE = SUPPORTED[:2]  # `nox -s tests` runs every example on these and checks what they print
OLDEST = SUPPORTED[-1]

ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENTS = ROOT / ".cache" / "pythons"
EXAMPLES_GROUP = "examples"  # the dependency group of pyproject.toml the examples import


def version_tuple(version: str) -> tuple[int, int]:
    """``"3.15"`` → ``(3, 15)``."""
    major, minor = version.split(".")
    return int(major), int(minor)


def supported_range() -> str:
    """How the pages write the range: ``3.11–3.15``."""
    return f"{OLDEST}–{NEWEST}"


def find_python(version: str) -> str | None:
    """An interpreter for ``3.N``: ``python3.N`` on PATH, else one that pyenv installed.

    A pyenv shim is on PATH for every installed version but answers only for the
    versions that PYENV_VERSION or ``pyenv global`` select, so each candidate is
    asked for its version before it is trusted.
    """
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    installed = sorted(
        Path(root, "versions").glob(f"{version}.*/bin/python{version}"),
        key=lambda p: [int(n) for n in re.findall(r"\d+", p.parent.parent.name)],
    )
    for candidate in [shutil.which(f"python{version}"), *map(str, reversed(installed))]:
        if candidate and _answers(candidate, version):
            return candidate
    return None


def _answers(python: str, version: str) -> bool:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except OSError:
        return False
    return out.returncode == 0 and out.stdout.strip() == version


class SetupError(RuntimeError):
    """An example environment could not be made; the message says why and what to do."""


def examples_python(version: str) -> str | None:
    """A Python ``3.N`` with what the examples import: a virtual environment made once.

    The environment lives in ``.cache/pythons/3.N`` and is remade when the
    interpreter or the pinned requirements change. ``None`` if no ``3.N`` is found.
    """
    base = find_python(version)
    if base is None:
        return None
    folder = ENVIRONMENTS / version
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    stamp = folder / "course-stamp"
    wanted = _stamp(base)
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return str(python)
    shutil.rmtree(folder, ignore_errors=True)
    _make(base, folder, python)
    stamp.write_text(wanted)
    return str(python)


def _stamp(base: str) -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        digest.update((ROOT / name).read_bytes())
    return f"{Path(base).resolve()}\n{digest.hexdigest()}\n"


def _make(base: str, folder: Path, python: Path) -> None:
    """A venv without pip (Debian's ensurepip may offer too old a pip), filled by our pip.

    pip's ``--python`` installs into another interpreter's environment (pip 22.3+),
    and ``--group`` reads a dependency group of pyproject.toml (pip 25.1+).
    """
    steps = [
        [base, "-m", "venv", "--without-pip", str(folder)],
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"),
            *("--group", f"{ROOT / 'pyproject.toml'}:{EXAMPLES_GROUP}"),
            *("--constraint", str(ROOT / "constraints.txt")),
        ],
    ]
    for command in steps:
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise SetupError(
                f"cannot make the examples' environment {folder} ({' '.join(command[:4])} …, "
                f"exit {result.returncode}): {result.stderr.strip()[-2000:]}"
            )


@dataclass(frozen=True)
class Interpreter:
    """A Python that runs the examples, with what its platform offers."""

    path: str
    version: tuple[int, int]
    default_method: str
    methods: tuple[str, ...]

    @classmethod
    def probe(cls, path: str = sys.executable) -> Interpreter:
        code = (
            "import multiprocessing as mp, sys; "
            "print(*sys.version_info[:2], mp.get_start_method(), *mp.get_all_start_methods())"
        )
        words = subprocess.run(
            [path, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        return cls(path, (int(words[0]), int(words[1])), words[2], tuple(words[3:]))

    @property
    def version_text(self) -> str:
        return "{}.{}".format(*self.version)


@cache
def interpreter(version: str | None) -> Interpreter | None:
    """The running Python for ``None``, a path as it is, else ``3.N``'s examples environment."""
    if version is None:
        return Interpreter.probe(sys.executable)
    if Path(version).is_file():
        return Interpreter.probe(version)
    python = examples_python(version)
    return Interpreter.probe(python) if python else None
