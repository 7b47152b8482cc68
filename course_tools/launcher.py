"""Start an example as ``__main__`` with a start method forced from outside.

Run as ``python -c <this file's text> METHOD FILE`` from the example's own folder,
so that ``sys.path`` is what a reader's ``python FILE`` gives. METHOD ``-`` keeps
the interpreter's default. With ``COURSE_PRINT_LOG`` set, every ``print`` that the
main process makes from the example's own lines is logged there (line number and
text, as JSON lines), so comments that claim a printed value can be checked.
Kept compatible with the oldest Python the course supports.
"""

import builtins
import io
import json
import multiprocessing
import os
import runpy
import sys


def _record_prints(log_path, script):
    real_print = builtins.print
    main_pid = os.getpid()
    script = os.path.abspath(script)

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


def main():
    method, script = sys.argv[1], sys.argv[2]
    if method != "-":
        multiprocessing.set_start_method(method)
    log_path = os.environ.pop("COURSE_PRINT_LOG", None)
    if log_path:
        _record_prints(log_path, script)
    sys.argv = sys.argv[2:]
    runpy.run_path(script, run_name="__main__")


main()
