# docs/07-pitfalls-debugging.md · создан nox -s extract, правьте урок · 9c3e53e45a14
import io
import multiprocessing
import os
import sys
import tempfile


class LoggedInput(io.StringIO):
    """Замена sys.stdin: копит прочитанные строки и дописывает их в журнал при close()."""

    def __init__(self, text, log_path):
        super().__init__(text)
        self.log_path = log_path
        self.pending = []

    def readline(self, size=-1):
        line = super().readline(size)
        self.pending.append(line)
        return line

    def close(self):
        if not self.closed:
            with open(self.log_path, "a", encoding="utf-8") as log:
                log.writelines(self.pending)
            self.pending = []
        super().close()


class PidAwareInput(LoggedInput):
    """То же, но буфер, доставшийся от родителя, дочерний процесс выбрасывает."""

    @property
    def pending(self):
        if self._pid != os.getpid():  # объект скопирован в дочерний процесс
            self._pid, self._pending = os.getpid(), []
        return self._pending

    @pending.setter
    def pending(self, value):
        self._pid, self._pending = os.getpid(), value


def child():
    try:
        input()
    except EOFError:
        print("дочерний процесс: input() бросает EOFError", flush=True)


def lines_in_log(cls, ctx, log_path):
    sys.stdin = cls("строка\n", log_path)
    input()  # главный процесс прочитал строку, она ждёт в буфере
    p = ctx.Process(target=child)  # при запуске дочерний процесс закроет свою копию sys.stdin
    p.start()
    p.join()
    sys.stdin.close()
    sys.stdin = sys.__stdin__
    with open(log_path, encoding="utf-8") as log:
        return log.read().count("строка")


if __name__ == "__main__":
    if "fork" not in multiprocessing.get_all_start_methods():
        print("способ fork на этой платформе недоступен")
    else:
        ctx = multiprocessing.get_context("fork")
        with tempfile.TemporaryDirectory() as tmp:
            for cls in (LoggedInput, PidAwareInput):
                n = lines_in_log(cls, ctx, os.path.join(tmp, cls.__name__))
                print(f"{cls.__name__}: строк в журнале: {n}")
