"""Installed as ``sitecustomize`` for a run: force a start method, log the main process's prints.

``run.py`` copies this file as ``sitecustomize.py`` into a folder of its own and puts
that folder on ``PYTHONPATH``, so the example itself starts exactly as a reader
starts it, ``python FILE``, with no frame of ours on its stack (a fork child's
traceback shows the reader's frames only). Python imports the hook at start-up in
every process of the run; it acts only in the first one, the example's main
process, whose pid it hands down in ``COURSE_MAIN_PID``.

A run that does not finish in time gets SIGABRT before it is killed, and the
hook's faulthandler prints every thread's stack to stderr. A run started from a
shell's background job inherits an ignored SIGINT, and Python then leaves it
ignored: the hook gives the example its usual KeyboardInterrupt back, as in a
terminal (lesson 01's ``Process.interrupt()`` example depends on it).
``COURSE_START_METHOD`` forces a start method (none: the interpreter's default).
With ``COURSE_PRINT_LOG`` set, every ``print`` that the main process makes from the
example's own lines is logged there (line number and text, as JSON lines), so
comments that claim a printed value can be checked.
"""

import builtins
import io
import json
import os
import sys


def _record_prints(log_path, script):
    real_print = builtins.print
    main_pid = os.getpid()

    def recording_print(*args, **kwargs):
        real_print(*args, **kwargs)
        caller = sys._getframe(1)
        if os.getpid() != main_pid or os.path.abspath(caller.f_code.co_filename) != script:
            return
        if kwargs.get("file") not in (None, sys.stdout):
            return
        text = io.StringIO()
        real_print(*args, **dict(kwargs, file=text, flush=False))
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps([caller.f_lineno, text.getvalue()]) + "\n")

    builtins.print = recording_print


def _main():
    if "COURSE_MAIN_PID" in os.environ or not sys.argv or not sys.argv[0]:
        return  # a child of the example, or not the example at all
    os.environ["COURSE_MAIN_PID"] = str(os.getpid())
    import faulthandler

    faulthandler.enable()  # a run stopped for its time (SIGABRT) prints where it hung
    import signal

    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # children exec with SIG_DFL
    method = os.environ.pop("COURSE_START_METHOD", None)
    if method:
        import multiprocessing

        multiprocessing.set_start_method(method)
    log_path = os.environ.pop("COURSE_PRINT_LOG", None)
    if log_path:
        _record_prints(log_path, os.path.abspath(sys.argv[0]))


_main()
