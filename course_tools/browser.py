"""Which browser the course's tools and tests drive, and the built site served for it.

Debian's chromium (``COURSE_CHROMIUM`` names another, e.g. Google Chrome on a CI runner),
started offline and quiet, never a browser a tool downloads; the site on 127.0.0.1,
text gzip-compressed as static hosts serve it. ``audit.py`` (Lighthouse) and
``tests/test_browser.py`` (Playwright) both use it.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

CHROMIUM = Path(os.environ.get("COURSE_CHROMIUM", "/usr/bin/chromium"))
# Offline and quiet (see README: the machine has no network but the package registries).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
# Playwright adds --headless (its own, new mode) and a fresh --user-data-dir itself.
PLAYWRIGHT_FLAGS = tuple(flag for flag in CHROMIUM_FLAGS if flag != "--headless")
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text gzip-compressed when the browser accepts it; no log line per request."""

    def send_head(self) -> BinaryIO | None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()  # directories' redirects, 404s and binary files
        body = _compressed(path)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@functools.cache
def _compressed(path: Path) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The built site on 127.0.0.1 at an ephemeral port, from a thread; yields its address."""
    handler = functools.partial(GzipHandler, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}/"
        finally:
            httpd.shutdown()
            thread.join()
