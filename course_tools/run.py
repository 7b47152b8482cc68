"""Run one example the way a reader does, and judge the run strictly.

The example is copied alone into an empty folder and started as a fresh
interpreter. A start method can be forced from outside, without editing the
file: a tiny launcher sets it and runs the file as ``__main__``. The run fails on
a non-zero exit, on anything written to stderr (tracebacks, leaked semaphores,
deprecations), on a process it leaves alive and on a file it leaves behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import psutil

from .blocks import Example
from .extract import code_of

LAUNCHER = (Path(__file__).parent / "launcher.py").read_text(encoding="utf-8")
DEFAULT_TIMEOUT = 60.0
NEWEST_MINOR = 13  # the newest CPython 3.N the course is checked on
STRAY_GRACE = 5.0  # the forkserver and resource tracker leave shortly after the main process


@dataclass
class Run:
    """What one run of a program did."""

    label: str
    start_method: str | None
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False
    strays: list[str] = field(default_factory=list)
    files_left: list[str] = field(default_factory=list)
    prints: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of main's prints

    def problems(self, expect_stderr: str | None = None) -> list[str]:
        found = []
        if self.timed_out:
            found.append(f"did not finish in {self.seconds:.0f} s")
        elif self.returncode != 0:
            found.append(f"exit status {self.returncode}")
        if expect_stderr is None:
            if self.stderr.strip():
                found.append("wrote to stderr")
        elif expect_stderr not in self.stderr:
            found.append(f"stderr lacks the declared {expect_stderr!r}")
        if self.strays:
            found.append("left processes alive: " + "; ".join(self.strays))
        if self.files_left:
            found.append("left files behind: " + ", ".join(self.files_left))
        return found

    def report(self, expect_stderr: str | None = None) -> str:
        """A failure message that says what failed and where, with the output."""
        method = self.start_method or "default start method"
        lines = [f"{self.label} [{method}]: " + "; ".join(self.problems(expect_stderr))]
        for name, text in (("stdout", self.stdout), ("stderr", self.stderr)):
            if text.strip():
                lines += [f"--- {name} ---", text.rstrip()]
        return "\n".join(lines)


def run_source(
    source: str,
    file_name: str,
    *,
    label: str,
    start_method: str | None = None,
    python: str = sys.executable,
    timeout: float = DEFAULT_TIMEOUT,
) -> Run:
    """Run code as a reader would after saving it alone as ``file_name``.

    Without a start method this is literally ``python file_name``; with one, the
    launcher forces it and also logs the main process's prints by line.
    """
    with (
        tempfile.TemporaryDirectory(prefix="course-run-") as workdir,
        tempfile.TemporaryDirectory(prefix="course-log-") as logdir,
    ):
        Path(workdir, file_name).write_text(source, encoding="utf-8")
        env = _environment()
        if start_method is None:
            command = [python, file_name]
        else:
            command = [python, "-c", LAUNCHER, start_method, file_name]
            env["COURSE_PRINT_LOG"] = str(Path(logdir, "prints.jsonl"))
        run = _run(command, Path(workdir), env, label, start_method, timeout)
        run.files_left = sorted(p.name for p in Path(workdir).iterdir() if p.name != file_name)
        log = Path(logdir, "prints.jsonl")
        if log.exists():
            lines = log.read_text(encoding="utf-8").splitlines()
            run.prints = [(int(line), text) for line, text in map(json.loads, lines)]
    return run


def run_example(
    example: Example,
    path: Path,
    *,
    start_method: str | None = None,
    python: str = sys.executable,
    timeout: float = DEFAULT_TIMEOUT,
) -> Run:
    """Run an extracted example's code as the reader copies the block (no generated header).

    Without the header the line numbers in tracebacks and in the print log are the
    page's own.
    """
    return run_source(
        code_of(path.read_text(encoding="utf-8")),
        example.name,
        label=f"examples/{example.id}",
        start_method=start_method,
        python=python,
        timeout=timeout,
    )


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONWARNINGS="default", PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    return env


def _run(
    command: list[str],
    workdir: Path,
    env: dict[str, str],
    label: str,
    start_method: str | None,
    timeout: float,
) -> Run:
    # Files, not pipes: a stray child holding a pipe open must not hide itself
    # by making the run look slow.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=hasattr(os, "setsid"),
        )
        try:
            process.wait(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            timed_out = True
            process.kill()
            process.wait()
        seconds = time.perf_counter() - started
        strays = _kill_session(process.pid) if timed_out else _wait_for_session(process.pid)
        out.seek(0)
        err.seek(0)
        return Run(
            label=label,
            start_method=start_method,
            returncode=process.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            seconds=seconds,
            timed_out=timed_out,
            strays=strays,
        )


def _session_members(session: int) -> list[psutil.Process]:
    """Processes of the run's session: orphans are re-parented but keep it."""
    if not hasattr(os, "getsid"):
        return []
    members = []
    for pid in psutil.pids():
        try:
            if pid != session and os.getsid(pid) == session:
                members.append(psutil.Process(pid))
        except (OSError, psutil.Error):
            continue
    return members


def _describe(process: psutil.Process) -> str:
    try:
        command = " ".join(process.cmdline())[:120] or process.name()
    except psutil.Error:
        command = "?"
    return f"pid {process.pid} ({command})"


def _wait_for_session(session: int) -> list[str]:
    deadline = time.monotonic() + STRAY_GRACE
    while True:
        members = [p for p in _session_members(session) if _is_running(p)]
        if not members:
            return []
        if time.monotonic() > deadline:
            return _kill_session(session)
        time.sleep(0.05)


def _is_running(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _kill_session(session: int) -> list[str]:
    members = _session_members(session)
    described = [_describe(p) for p in members if _is_running(p)]
    if hasattr(os, "killpg"):
        with contextlib.suppress(OSError):
            os.killpg(session, signal.SIGKILL)
    for process in members:
        with contextlib.suppress(psutil.Error):
            process.kill()
    psutil.wait_procs(members, timeout=5)
    return described


@dataclass(frozen=True)
class Interpreter:
    """The Python that runs the examples, with what its platform offers."""

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


def skip_reason(
    example: Example, method: str, interpreter: Interpreter, *, matrix: bool
) -> str | None:
    """Why an example does not run here, from its own fence.

    ``matrix`` runs force a start method or another Python; a cluster example
    runs once, as the reader runs it, outside that matrix.
    """
    if matrix and example.cluster:
        return f"cluster example ({example.cluster}): runs once, outside the start-method matrix"
    if example.min_python and interpreter.version < example.min_python:
        return "needs Python {}.{}+ (min_python on its fence)".format(*example.min_python)
    if method not in interpreter.methods:
        return f"{method} is not available on this platform"
    if method not in example.start_methods:
        return f"its fence declares start_methods={','.join(example.start_methods)}"
    return None


def reader_method(example: Example, interpreter: Interpreter) -> str:
    """The start method a reader's plain ``python file.py`` gets, or the declared one."""
    if interpreter.default_method in example.start_methods:
        return interpreter.default_method
    return example.start_methods[0]


def interpreter_for(example: Example, current: Interpreter) -> Interpreter | None:
    """The current Python, or the oldest installed one that the example's fence allows."""
    if example.min_python is None or current.version >= example.min_python:
        return current
    for minor in range(example.min_python[1], NEWEST_MINOR + 1):
        path = find_python(f"3.{minor}")
        if path:
            return Interpreter.probe(path)
    return None


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


@dataclass
class Tally:
    """The results of many runs, for a summary line and a matrix cell."""

    passed: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return f"{self.passed} passed, {self.failed} failed, {self.skipped} skipped"


def run_many(
    examples: list[Example],
    methods: list[str],
    interpreter: Interpreter,
    examples_dir: Path,
    echo: Callable[[str], None] = print,
) -> Tally:
    """Run examples under methods (``"default"``: as ``python file.py``), a line each."""
    tally = Tally()
    width = max(len(e.id) for e in examples)
    began = time.perf_counter()
    for example in examples:
        for method in methods:
            runs_as = reader_method(example, interpreter) if method == "default" else method
            label = f"{example.id:<{width}}  {method:<10}"
            reason = skip_reason(example, runs_as, interpreter, matrix=method != "default")
            if reason:
                tally.skipped += 1
                echo(f"{label}  skip  {reason}")
                continue
            # A plain `python file.py`, unless the fence asks for another method.
            plain = method == "default" and runs_as == interpreter.default_method
            run = run_example(
                example,
                examples_dir / example.directory / example.name,
                start_method=None if plain else runs_as,
                python=interpreter.path,
            )
            problems = run.problems(example.expect_stderr)
            echo(f"{label}  {'FAIL' if problems else 'ok':<4}  {run.seconds:5.2f} s")
            if problems:
                tally.failed += 1
                tally.failures.append(run.report(example.expect_stderr))
            else:
                tally.passed += 1
    tally.seconds = time.perf_counter() - began
    return tally
