"""Start an example as ``python FILE`` would, with a start method forced from outside.

Run as ``python -c <this file's text> METHOD FILE`` from the example's own folder.
METHOD ``-`` keeps the interpreter's default. The file runs in a fresh ``__main__``
module set up as the interpreter sets up a script (``__file__``, a source loader,
no ``__spec__``, the script's folder first on ``sys.path``), so that spawn children
re-import it and tracebacks read its lines exactly as for a reader's plain run.
With ``COURSE_PRINT_LOG`` set, every ``print`` that the main process makes from the
example's own lines is logged there (line number and text, as JSON lines), so
comments that claim a printed value can be checked.
"""

import builtins
import importlib.machinery
import io
import json
import multiprocessing
import os
import sys
import types


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


def _run_as_script(script):
    main = types.ModuleType("__main__")
    main.__file__ = script
    main.__loader__ = importlib.machinery.SourceFileLoader("__main__", script)
    main.__spec__ = None
    main.__cached__ = None
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    sys.argv = sys.argv[2:]  # [FILE, ...] as the reader typed it
    sys.path[0] = os.path.dirname(script)
    with open(script, "rb") as file:
        code = compile(file.read(), script, "exec")
    exec(code, main.__dict__)


def main():
    method, script = sys.argv[1], os.path.abspath(sys.argv[2])
    if method != "-":
        multiprocessing.set_start_method(method)
    log_path = os.environ.pop("COURSE_PRINT_LOG", None)
    if log_path:
        _record_prints(log_path, script)
    _run_as_script(script)


main()
