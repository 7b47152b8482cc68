"""Run one program the way a reader does, and record everything it did.

The program is copied alone into an empty folder and started as a fresh
interpreter, with an empty temporary folder of its own, under the reaper
(``reaper.py``), which finds every process it leaves alive. A start method can be
forced from outside, without editing the file: a tiny launcher sets it and runs
the file as ``python FILE`` would. What a run did wrong (a non-zero exit, anything
on stderr, a process left alive, a file left behind) is listed by ``Run.problems``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from .reaper import alive, describe

HOOK = (Path(__file__).parent / "run_hook.py").read_text(encoding="utf-8")
DEFAULT_TIMEOUT = 60.0
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


def run_source(
    source: str,
    file_name: str,
    *,
    label: str,
    start_method: str | None = None,
    python: str = sys.executable,
    timeout: float = DEFAULT_TIMEOUT,
) -> Run:
    """Run code as a reader would after saving it alone as ``file_name``: ``python file_name``.

    The run hook (``run_hook.py``, as ``sitecustomize``) forces ``start_method`` (``None``:
    the interpreter's default) and logs the main process's prints by line.
    """
    with (
        tempfile.TemporaryDirectory(prefix="course-run-") as workdir,
        tempfile.TemporaryDirectory(prefix="course-hook-") as hookdir,
        tempfile.TemporaryDirectory(prefix="course-tmp-") as tmpdir,
    ):
        Path(workdir, file_name).write_text(source, encoding="utf-8")
        Path(hookdir, "sitecustomize.py").write_text(HOOK, encoding="utf-8")
        env = _environment(tmpdir)
        env.update(PYTHONPATH=hookdir, COURSE_PRINT_LOG=str(Path(hookdir, "prints.jsonl")))
        if start_method:
            env["COURSE_START_METHOD"] = start_method
        report = Path(hookdir, "strays.txt")
        # -I: the reaper itself ignores PYTHONPATH, so the hook acts in the example only.
        reaper = [sys.executable, "-I", "-m", "course_tools.reaper", str(report), "--"]
        run = _run([*reaper, python, file_name], Path(workdir), env, label, start_method, timeout)
        if report.exists():
            run.strays += report.read_text(encoding="utf-8").splitlines()
        # The reader's temporary folder is the system's; the run's own stands in for it.
        run.stdout, run.stderr = (t.replace(tmpdir, "/tmp") for t in (run.stdout, run.stderr))
        run.files_left = sorted(p.name for p in Path(workdir).iterdir() if p.name != file_name)
        run.files_left += sorted(f"$TMPDIR/{p.name}" for p in Path(tmpdir).iterdir())
        log = Path(hookdir, "prints.jsonl")
        if log.exists():
            lines = log.read_text(encoding="utf-8").splitlines()
            run.prints = [(int(line), text) for line, text in map(json.loads, lines)]
    return run


# Every warning is shown, so that a deprecation in an example fails its run; but one.
# In a spawn or forkserver child, multiprocessing loads the main module with
# runpy.run_path, whose globals have neither __loader__ nor __spec__; formatting a
# traceback from it makes 3.15's linecache warn about that. The warning is CPython's,
# not the example's, and a reader's default filters hide it.
WARNINGS = "default,ignore:Module globals is missing a __spec__.loader:DeprecationWarning"


def _environment(tmpdir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONWARNINGS=WARNINGS, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    env.update(TMPDIR=tmpdir, TEMP=tmpdir, TMP=tmpdir)
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
            _stop_with_traceback(process)
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


def _stop_with_traceback(process: subprocess.Popen[bytes]) -> None:
    """A run that hangs shows where: SIGABRT makes faulthandler (the run hook) dump its stacks."""
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.kill(process.pid, signal.SIGABRT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=3)
    process.kill()
    process.wait()


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


def _wait_for_session(session: int) -> list[str]:
    deadline = time.monotonic() + STRAY_GRACE
    while True:
        members = [p for p in _session_members(session) if alive(p)]
        if not members:
            return []
        if time.monotonic() > deadline:
            return _kill_session(session)
        time.sleep(0.05)


def _kill_session(session: int) -> list[str]:
    members = _session_members(session)
    described = [describe(p) for p in members if alive(p)]
    if hasattr(os, "killpg"):
        with contextlib.suppress(OSError):
            os.killpg(session, signal.SIGKILL)
    for process in members:
        with contextlib.suppress(psutil.Error):
            process.kill()
    psutil.wait_procs(members, timeout=5)
    return described
