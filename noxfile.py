"""Tasks of the course: the reader's and the maintainer's interface.

nox -s examples             run every example, one line each (-- 02, -- --start-method all)
nox -s check -- 04.1 F.py   check your own solution of exercise 4.1 (-- … --start-method all)
nox -s tests                everything CI checks
nox -s outputs              record the examples' real output in the lessons (Python 3.15, 3.14)
nox -s matrix               every example × start method × supported Python, a table
nox -s bench                measure lesson 08's figures and plots
nox -s browser              only the browser tests of the built site (Debian's chromium)
nox -s lighthouse           Lighthouse and page weight (-- --page all --preset mobile), not a gate
nox -s zensical             build with Zensical too: what differs from MkDocs (not part of tests)
nox -s docs | serve         build the site strictly | preview it live
nox -s pdf                  the whole course in site/multiprocessing-course.pdf (Debian's chromium)
nox -s notebooks            run the practice notebooks, store their outputs (-- 02)
nox -s extract | lint | lock
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))  # the course's own settings, read, not installed
from course_tools.browser import CHROMIUM  # Debian's chromium, or COURSE_CHROMIUM

nox.options.sessions = ["examples"]
nox.options.reuse_venv = "yes"

PYPROJECT = nox.project.load_toml("pyproject.toml")
CONSTRAINTS = ("-c", "constraints.txt")
OLDEST = PYPROJECT["project"]["requires-python"].removeprefix(">=")  # course_tools.pythons
LOCKED_GROUPS = ("test", "lint", "bench")  # the others are parts of these
QUIET_MKDOCS = {"NO_MKDOCS_2_WARNING": "1"}  # mkdocs-material's end-of-life banner
# Lighthouse 12.8.2, the last release that runs on Debian's Node.js 18 (13 needs Node 22.19).
LIGHTHOUSE = Path("course_tools/lighthouse")


def _install(session: nox.Session, *groups: str) -> None:
    """The course's package and dependency groups, pinned: the same site on every machine."""
    session.install(*CONSTRAINTS, "-e", ".")
    if groups:
        session.install(*CONSTRAINTS, *nox.project.dependency_groups(PYPROJECT, *groups))


@nox.session
def examples(session: nox.Session) -> None:
    """Run every example as a reader would: `-- 02` one lesson, `-- --start-method all`."""
    _install(session, "examples")
    session.run("python", "-m", "course_tools", "examples", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Check your solution of an exercise: `-- 04.1 моё_решение.py` (`--start-method all`)."""
    _install(session, "examples")
    here = ("--from-dir", session.invoked_from)  # the reader's file is named from where they are
    session.run("python", "-m", "course_tools", "check", *here, *session.posargs)


@nox.session
def extract(session: nox.Session) -> None:
    """Write the lessons' examples to examples/ (`-- --check`, `--prune`, `--force`)."""
    _install(session)
    session.run("python", "-m", "course_tools", "extract", *session.posargs)


@nox.session
def matrix(session: nox.Session) -> None:
    """Every example under fork, spawn and forkserver on every supported CPython found."""
    _install(session)
    session.run("python", "-m", "course_tools", "matrix", *session.posargs)


@nox.session
def outputs(session: nox.Session) -> None:
    """Record the examples' real output in the lessons' «Вывод» blocks (`-- --python 3.14`)."""
    _install(session, "examples")
    session.run("python", "-m", "course_tools", "outputs", *session.posargs)


@nox.session
def notebooks(session: nox.Session) -> None:
    """Run the practice notebooks in a kernel and store that run's outputs in them (`-- 02`)."""
    _install(session, "docs")  # mkdocs-jupyter brings nbclient and ipykernel
    session.run("python", "-m", "course_tools", "notebooks", *session.posargs)


def _lint(session: nox.Session) -> None:
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint and formatting of the tools, tests and examples) and mypy (the tools)."""
    _install(session, "lint")
    _lint(session)


@nox.session
def tests(session: nox.Session) -> None:
    """The one full gate: lint, then pytest (blocks, examples on 3.15 and 3.14, site)."""
    _install(session, "test", "lint")
    _lint(session)
    _ensure_chromium(session)
    session.run("pytest", *session.posargs, env=QUIET_MKDOCS)


@nox.session
def browser(session: nox.Session) -> None:
    """Only the browser tests: the built site in Debian's chromium (`-- -k search`)."""
    _install(session, "test")
    _ensure_chromium(session)
    session.run("pytest", "tests/test_browser.py", *session.posargs, env=QUIET_MKDOCS)


def _ensure_chromium(session: nox.Session) -> None:
    """A fresh CI machine gets Debian's chromium; elsewhere the browser tests say why they skip."""
    _ensure_debian(session, str(CHROMIUM), "chromium")


def _ensure_debian(session: nox.Session, program: str, *packages: str) -> None:
    """On CI's fresh machine (CI=true, root) install a missing program from Debian; else say so."""
    if shutil.which(program):
        return
    on_ci = os.environ.get("CI", "").lower() == "true"
    if not on_ci or getattr(os, "geteuid", lambda: -1)() != 0 or not shutil.which("apt-get"):
        session.warn(f"{program} is missing: install {' '.join(packages)} (Debian: apt-get)")
        return
    apt = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", external=True, env=apt)
    session.run("apt-get", "install", "-y", *packages, external=True, env=apt)


@nox.session
def lighthouse(session: nox.Session) -> None:
    """Lighthouse: two lessons, desktop and mobile, light and dark, offline; not a gate."""
    _install(session, "docs")
    _ensure_chromium(session)
    _ensure_debian(session, "npm", "nodejs", "npm")
    site = Path(session.create_tmp()) / "site"
    session.run("mkdocs", "build", "--strict", "--site-dir", str(site), env=QUIET_MKDOCS)
    executable = _install_lighthouse(session, Path(session.create_tmp()) / "lighthouse")
    audit = ("python", "-m", "course_tools", "audit", str(site), "--lighthouse", str(executable))
    session.run(*audit, *session.posargs)


def _install_lighthouse(session: nox.Session, folder: Path) -> Path:
    """The pinned tree of course_tools/lighthouse/, installed outside the repository, once."""
    executable = folder / "node_modules" / ".bin" / "lighthouse"
    lock = LIGHTHOUSE / "package-lock.json"
    if executable.exists() and (folder / lock.name).read_text() == lock.read_text():
        return executable
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in ("package.json", lock.name):
        shutil.copy(LIGHTHOUSE / name, folder / name)
    session.run("npm", "ci", "--ignore-scripts", "--prefix", str(folder), external=True)
    return executable


@nox.session
def zensical(session: nox.Session) -> None:
    """Build the course with Zensical too and list what differs from MkDocs' site; not a gate."""
    _install(session, "docs", "zensical")
    tmp = Path(session.create_tmp())
    reference, project = tmp / "mkdocs-site", tmp / "zensical-project"
    session.run("mkdocs", "build", "--site-dir", str(reference), env=QUIET_MKDOCS)
    # Zensical has no --site-dir and wants docs_dir inside the config's folder: it builds a copy.
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir()
    shutil.copy("mkdocs.yml", project)
    shutil.copytree("docs", project / "docs")
    with session.chdir(project):
        session.run("zensical", "build")  # warnings are printed; --strict would hide the rest
    session.run("python", "-m", "course_tools", "site-diff", str(reference), str(project / "site"))


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site into site/ with --strict: any warning fails."""
    _install(session, "docs")
    session.run("mkdocs", "build", "--strict", *session.posargs, env=QUIET_MKDOCS)


@nox.session
def pdf(session: nox.Session) -> None:
    """The whole course as a PDF: build site/, print its one-page course with Debian's chromium."""
    _install(session, "pdf")
    _ensure_chromium(session)
    _ensure_debian(session, "fc-list", "fontconfig", "fonts-dejavu-core")
    session.run("mkdocs", "build", "--strict", env=QUIET_MKDOCS)
    session.run("python", "-m", "course_tools", "pdf", "site", *session.posargs)


@nox.session
def serve(session: nox.Session) -> None:
    """Preview the site at http://127.0.0.1:8000/ while editing."""
    _install(session, "docs")
    session.run("mkdocs", "serve", *session.posargs, env=QUIET_MKDOCS)


@nox.session
def bench(session: nox.Session) -> None:
    """Measure lesson 08's figures on this machine; rewrites docs/assets/bench/."""
    _install(session, "bench")
    session.run("python", "-m", "course_tools", "bench", *session.posargs)


@nox.session
def lock(session: nox.Session) -> None:
    """Re-pin constraints.txt from pyproject.toml's dependency groups."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lock"))
    groups = [arg for group in LOCKED_GROUPS for arg in ("--group", group)]
    # One lock for every supported Python: the tools run on any, the examples on each.
    session.run(
        *("uv", "pip", "compile", "pyproject.toml", *groups),
        *("--universal", "--python-version", OLDEST),
        *("--no-header", "--annotation-style", "line", "-o", "constraints.txt"),
        *session.posargs,
    )
