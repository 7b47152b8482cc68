"""Tasks of the course: the reader's and the maintainer's interface.

nox -s examples             run every example, one line each (-- 02, -- --start-method all)
nox -s tests                everything CI checks
nox -s docs | serve         build the site strictly | preview it live
nox -s extract | lint | lock
"""

from __future__ import annotations

import sys

import nox

nox.options.sessions = ["examples"]
nox.options.reuse_venv = "yes"

PYPROJECT = nox.project.load_toml("pyproject.toml")
CONSTRAINTS = ("-c", "constraints.txt")
SITE_PYTHON = (3, 11)  # the pinned site toolchain (pymdown-extensions, mkdocs-jupyter)
LOCKED_GROUPS = ("test", "lint", "bench")
QUIET_MKDOCS = {"NO_MKDOCS_2_WARNING": "1"}  # mkdocs-material's end-of-life banner


def _install(session: nox.Session, *groups: str) -> None:
    """The course's package and dependency groups, pinned where the pins install."""
    pins = CONSTRAINTS if sys.version_info >= SITE_PYTHON else ()
    session.install(*pins, "-e", ".")
    if groups:
        session.install(*pins, *nox.project.dependency_groups(PYPROJECT, *groups))


def _install_tools(session: nox.Session, *groups: str) -> None:
    """Pinned tools of the site and the tests: the same site on every machine."""
    if sys.version_info < SITE_PYTHON:
        session.error(
            "the site and the tests need Python {}.{}+ (the examples run on 3.9+): "
            "run nox with a newer Python".format(*SITE_PYTHON)
        )
    _install(session, *groups)


@nox.session
def examples(session: nox.Session) -> None:
    """Run every example as a reader would: `-- 02` one lesson, `-- --start-method all`."""
    _install(session, "examples")
    session.run("python", "-m", "course_tools", "examples", *session.posargs)


@nox.session
def extract(session: nox.Session) -> None:
    """Write the lessons' examples to examples/ (`-- --check`, `--prune`, `--force`)."""
    _install(session)
    session.run("python", "-m", "course_tools", "extract", *session.posargs)


@nox.session
def matrix(session: nox.Session) -> None:
    """Every example under fork, spawn and forkserver on every CPython 3.9–3.13 found."""
    _install(session)
    session.run("python", "-m", "course_tools", "matrix", *session.posargs)


@nox.session
def outputs(session: nox.Session) -> None:
    """Run the examples and write their real output into the lessons' «Вывод» blocks."""
    _install(session, "examples")
    session.run("python", "-m", "course_tools", "outputs", *session.posargs)


def _lint(session: nox.Session) -> None:
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting of the tools, tests and examples."""
    _install_tools(session, "lint")
    _lint(session)


@nox.session
def tests(session: nox.Session) -> None:
    """The one full gate: lint, examples/ in sync, pytest (blocks, examples, site)."""
    _install_tools(session, "test", "lint")
    _lint(session)
    session.run("python", "-m", "course_tools", "extract", "--check")
    session.run("pytest", *session.posargs, env=QUIET_MKDOCS)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site into site/ with --strict: any warning fails."""
    _install_tools(session, "docs")
    session.run("mkdocs", "build", "--strict", *session.posargs, env=QUIET_MKDOCS)


@nox.session
def serve(session: nox.Session) -> None:
    """Preview the site at http://127.0.0.1:8000/ while editing."""
    _install_tools(session, "docs")
    session.run("mkdocs", "serve", *session.posargs, env=QUIET_MKDOCS)


@nox.session
def bench(session: nox.Session) -> None:
    """Measure lesson 08's figures on this machine; rewrites docs/assets/bench/."""
    _install(session, "bench")
    session.run("python", "-m", "course_tools.bench", *session.posargs)


@nox.session
def lock(session: nox.Session) -> None:
    """Re-pin constraints.txt from pyproject.toml's dependency groups."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lock"))
    groups = [arg for group in LOCKED_GROUPS for arg in ("--group", group)]
    python = "{}.{}".format(*SITE_PYTHON)
    session.run(
        *("uv", "pip", "compile", "pyproject.toml", *groups, "--python-version", python),
        *("--no-header", "--annotation-style", "line", "-o", "constraints.txt"),
        *session.posargs,
    )
