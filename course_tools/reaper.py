"""Start a program and find every process it leaves behind, even one in a session of its own.

``python -m course_tools.reaper REPORT -- PROGRAM ...`` runs PROGRAM with the same
standard streams, folder and environment, and exits with its status. On Linux it
first becomes a child subreaper (``prctl(PR_SET_CHILD_SUBREAPER)``): a process that
PROGRAM started and left running is re-parented to the reaper instead of to init,
whatever session or process group it moved to. After PROGRAM exits, the reaper gives
such processes a few seconds to finish (the forkserver and the resource tracker leave
shortly after their program), then writes those still alive to REPORT, one per line,
and kills them. SIGABRT is passed on to PROGRAM, so that a run stopped for its time
still prints where it hung.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h
GRACE = 5.0


def _become_subreaper() -> None:
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _reap() -> None:
    """Collect the exit status of every child that has ended, so none stays a zombie."""
    if not hasattr(os, "WNOHANG"):  # Windows: no zombies to collect
        return
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass


def alive(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def describe(process: psutil.Process) -> str:
    try:
        command = " ".join(process.cmdline())[:120] or process.name()
    except psutil.Error:
        command = "?"
    return f"pid {process.pid} ({command})"


def main(argv: list[str]) -> int:
    report, program = Path(argv[0]), argv[2:]
    _become_subreaper()
    child = subprocess.Popen(program)
    signal.signal(signal.SIGABRT, lambda *_: child.send_signal(signal.SIGABRT))
    status = child.wait()
    me = psutil.Process()
    deadline = time.monotonic() + GRACE
    while True:
        _reap()
        left = [p for p in me.children(recursive=True) if alive(p)]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    report.write_text("".join(describe(p) + "\n" for p in left), encoding="utf-8")
    for process in left:
        with contextlib.suppress(psutil.Error):
            process.kill()
    psutil.wait_procs(left, timeout=5)
    _reap()
    return status if status >= 0 else 128 - status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
