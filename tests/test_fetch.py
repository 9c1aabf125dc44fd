"""Fetching pages from a real HTTP server on 127.0.0.1 that the tests start: the address check, caps, timeouts,
redirects, content types, conditional requests and the document reader behind them.

The server (`WebServer`) is shared with tests/test_watch.py and tests/test_browser_fetch.py.
"""

from __future__ import annotations

import email.utils
import functools
import http.server
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.test_documents import _pdf_with_text
from tracker.fetch import AddressRefused, Fetcher, FetchError, document_from, refused_reason, user_agent
from tracker.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
MEGABYTE = 1024 * 1024
BOMB_MEGABYTES = 200  # what the compressed bomb inflates to
HUGE = 50 * MEGABYTE  # the body of the page that never ends in practice
SLOW = 3.0  # seconds the slow routes keep silent: longer than the tests' timeouts
SHORT_TIMEOUT = 1.0
CLIENT_GONE = -1  # the status logged when the client closed the connection before the answer was written
JETS_TEXT = "Denmark will send 6 F-16 fighter jets to Ukraine, the Danish government said on 6 March 2025."
FEED_ETAG = '"rss-v1"'
ATOM_MODIFIED = email.utils.formatdate(time.mktime((2025, 3, 5, 12, 0, 0, 0, 0, 0)), usegmt=True)


@dataclass
class Logged:
    """One request as the server saw it."""

    path: str
    status: int
    headers: dict[str, str]
    sent: int = 0  # body bytes written before the client stopped reading
    done: threading.Event = field(default_factory=threading.Event)  # set when the server has finished answering


@dataclass
class WebServer:
    """A real HTTP server on 127.0.0.1 (a thread) serving the fixtures and the hostile routes, logging every request."""

    port: int = 0
    log: list[Logged] = field(default_factory=list)
    routes: dict[str, Callable[[http.server.BaseHTTPRequestHandler], Logged]] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def paths(self, prefix: str = "/") -> list[str]:
        return [entry.path for entry in self.log if entry.path.startswith(prefix)]

    def answered(self, prefix: str = "/") -> list[tuple[str, int]]:
        """(path, status) of each request so far, once the server has finished answering it."""
        return [(entry.path, entry.status) for entry in self.log if entry.path.startswith(prefix) and entry.done.wait(SLOW * 2)]


def _send(handler, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8", **headers: str) -> Logged:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)
    return Logged(handler.path, status, dict(handler.headers), len(body))


def _fixture(name: str, content_type: str, server: WebServer, **headers: str) -> Callable:
    body = (FIXTURES / name).read_bytes()

    def route(handler) -> Logged:
        return _send(handler, 200, body.replace(b"{base}", server.base.encode()), content_type, **headers)

    return route


def _conditional(name: str, content_type: str, server: WebServer) -> Callable:
    """A feed that answers 304 to a request that shows it has the current version (ETag for RSS, date for Atom)."""
    inner = _fixture(name, content_type, server, ETag=FEED_ETAG, Last_Modified=ATOM_MODIFIED)

    def route(handler) -> Logged:
        if handler.headers.get("If-None-Match") == FEED_ETAG or handler.headers.get("If-Modified-Since") == ATOM_MODIFIED:
            handler.send_response(304)
            handler.send_header("ETag", FEED_ETAG)
            handler.end_headers()
            return Logged(handler.path, 304, dict(handler.headers))
        return inner(handler)

    return route


def _slow(handler) -> Logged:
    time.sleep(SLOW)
    return _send(handler, 200, b"<html><body><p>Too late.</p></body></html>")


def _trickle(handler) -> Logged:
    """Headers at once, then a byte every fifth of a second: no single read times out, the whole answer does."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    sent = 0
    try:
        for _ in range(int(SLOW / 0.2) * 2):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            sent += 1
            time.sleep(0.2)
    except OSError:
        pass
    return Logged(handler.path, 200, dict(handler.headers), sent)


def _huge(handler) -> Logged:
    """Fifty megabytes without a Content-Length: only reading stops it."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    sent, chunk = 0, b"<p>" + b"a" * (MEGABYTE - 3)
    try:
        while sent < HUGE:
            handler.wfile.write(chunk)
            sent += len(chunk)
    except OSError:
        pass
    return Logged(handler.path, 200, dict(handler.headers), sent)


def _redirect(target: str) -> Callable:
    def route(handler) -> Logged:
        handler.send_response(302)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
        return Logged(handler.path, 302, dict(handler.headers))

    return route


def build_routes(server: WebServer) -> None:
    """Every route the tests use: the fixtures, a PDF, and one route per hostile behaviour."""
    pdf = _pdf_with_text(JETS_TEXT)
    server.routes.update(
        {
            "/feeds/rss.xml": _conditional("rss.xml", "application/rss+xml; charset=utf-8", server),
            "/feeds/atom.xml": _conditional("atom.xml", "application/atom+xml", server),
            "/feeds/broken.xml": _fixture("broken.xml", "application/rss+xml", server),
            "/feeds/down.xml": lambda handler: _send(handler, 500, b"internal error", "text/plain"),
            "/feeds/slow.xml": _slow,
            "/feeds/page.xml": _fixture("air-defence.html", "text/html; charset=utf-8", server),
            "/releases/air-defence.html": _fixture("air-defence.html", "text/html; charset=utf-8", server),
            "/releases/fisheries.html": _fixture("fisheries.html", "text/html; charset=utf-8", server),
            "/releases/jets.pdf": lambda handler: _send(handler, 200, pdf, "application/pdf"),
            "/releases/jets-binary": lambda handler: _send(handler, 200, pdf, "application/octet-stream"),
            "/releases/not-a-pdf": lambda handler: _send(handler, 200, b"MZ\x90\x00binary", "application/octet-stream"),
            "/releases/photo.jpg": lambda handler: _send(handler, 200, b"\xff\xd8\xff\xe0JFIF", "image/jpeg"),
            "/releases/czech.html": lambda handler: _send(
                handler,
                200,
                "<html><body><p>Česká vláda pošle Ukrajině munici.</p></body></html>".encode("cp1250"),
                "text/html; charset=windows-1250",
            ),
            "/de/schuetzenpanzer.html": _fixture("schuetzenpanzer.html", "text/html; charset=utf-8", server),
            "/de/schuetzenpanzer-kopie.html": _fixture("schuetzenpanzer.html", "text/html; charset=utf-8", server),
            "/de/messe.html": _fixture("messe.html", "text/html; charset=utf-8", server),
            "/fr/caesar.txt": _fixture("caesar.txt", "text/plain; charset=utf-8", server),
            "/releases/boats.html": _fixture("boats.html", "text/html; charset=utf-8", server),  # for the browser test
            "/moved/boats": _redirect("/releases/boats.html"),
            "/sv/mines.txt": _fixture("mines.txt", "text/plain; charset=utf-8", server),
            "/slow/page.html": _slow,
            "/slow/trickle.html": _trickle,
            "/error/page.html": lambda handler: _send(handler, 500, b"<html><body>Internal Server Error</body></html>"),
            "/loop/a": _redirect("/loop/b"),
            "/loop/b": _redirect("/loop/a"),
            **{f"/hop/{n}": _redirect(f"/hop/{n + 1}") for n in range(10)},
            "/hop/10": _fixture("air-defence.html", "text/html", server),
            "/to/file": _redirect("file:///etc/passwd"),
            "/to/other-loopback": _redirect(f"http://127.0.0.2:{server.port}/releases/air-defence.html"),
            "/moved/air-defence": _redirect("/releases/air-defence.html"),
            "/huge/page.html": _huge,
            "/huge/declared.html": _declared_huge,
            "/gzip/bomb.html": lambda handler: _send(handler, 200, _bomb(), "text/html", Content_Encoding="gzip"),
            "/echo/agent": lambda handler: _send(handler, 200, handler.headers.get("User-Agent", "").encode(), "text/plain"),
        }
    )


@functools.cache
def _bomb() -> bytes:
    """200 MB of zeros in a fifth of a megabyte of gzip: made once, on first use."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip framing
    zeros = b"\0" * MEGABYTE
    return b"".join(compressor.compress(zeros) for _ in range(BOMB_MEGABYTES)) + compressor.flush()


def _declared_huge(handler) -> Logged:
    """A Content-Length of 50 MB: refused before a byte of the body is read (none is sent)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(HUGE))
    handler.end_headers()
    return Logged(handler.path, 200, dict(handler.headers))


def start_server() -> tuple[WebServer, http.server.ThreadingHTTPServer]:
    """Start the server on a free port of 127.0.0.1 in a daemon thread."""
    web = WebServer()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            entry = Logged(self.path, 0, dict(self.headers))
            web.log.append(entry)  # before answering: a client that has its answer finds its request logged
            route = web.routes.get(self.path.split("?")[0])
            try:
                logged = route(self) if route else _send(self, 404, b"<html><body>Not found</body></html>")
            except OSError:  # the client went away
                logged = Logged(self.path, CLIENT_GONE, entry.headers)
            entry.status, entry.sent = logged.status, logged.sent
            entry.done.set()

        def log_message(self, *args: object) -> None:  # the log above is the one the tests read
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    web.port = httpd.server_address[1]
    build_routes(web)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return web, httpd


@pytest.fixture
def web():
    server, httpd = start_server()
    yield server
    httpd.shutdown()
    httpd.server_close()


def _fetcher(**options) -> Fetcher:
    return Fetcher(**{"allow_private": True, "pause": 0, "timeout": SHORT_TIMEOUT, **options})


def _failure(call: Callable[[], object]) -> FetchError:
    with pytest.raises(FetchError) as caught:
        call()
    return caught.value


def test_a_page_is_read_by_the_document_reader_and_its_source_is_the_url(web):
    with _fetcher() as client:
        fetched = client.page(f"{web.base}/releases/air-defence.html")
    document = document_from(fetched)
    assert document.source == f"{web.base}/releases/air-defence.html"
    assert document.title == "Norway to provide air defence systems to Ukraine"
    assert "12 air defence systems" in document.text and "Home" not in document.text  # main text only, no menu
    assert str(document.published) == "2025-03-03"


def test_a_pdf_and_a_plain_text_page_are_read(web):
    with _fetcher() as client:
        pdf = document_from(client.page(f"{web.base}/releases/jets.pdf"))
        binary = document_from(client.page(f"{web.base}/releases/jets-binary"))  # a PDF served as octet-stream
        text = document_from(client.page(f"{web.base}/fr/caesar.txt"))
    assert "F-16" in pdf.text and pdf.text == binary.text
    assert "8 canons Caesar" in text.text


def test_the_servers_charset_outranks_the_guess(web):
    with _fetcher() as client:
        document = document_from(client.page(f"{web.base}/releases/czech.html"))
    assert "Česká vláda pošle Ukrajině munici." in document.text and not document.warnings


def test_loopback_is_refused_unless_allowed_and_nothing_is_sent(web):
    with Fetcher(pause=0, timeout=SHORT_TIMEOUT) as client:
        error = _failure(lambda: client.page(f"{web.base}/releases/air-defence.html"))
        named = _failure(lambda: client.page(f"http://localhost:{web.port}/releases/air-defence.html"))
    assert isinstance(error, AddressRefused) and isinstance(named, AddressRefused)
    assert str(error).startswith(f"{web.base}/releases/air-defence.html: refused address (127.0.0.1 is a loopback address;")
    assert "--allow-private-addresses" in str(error) and str(named).startswith(f"http://localhost:{web.port}/")
    assert web.log == []  # refused before any connection


@pytest.mark.parametrize(
    ("address", "kind"),
    [("10.1.2.3", "private"), ("192.168.0.1", "private"), ("169.254.169.254", "link-local"), ("::1", "loopback"),
     ("fe80::1", "link-local"), ("::ffff:127.0.0.1", "loopback"), ("fd00::1", "private"), ("0.0.0.0", "unspecified"),
     ("100.64.0.1", "not public"), ("224.0.0.1", "multicast")],
)  # fmt: skip
def test_private_ranges_are_named(address, kind):
    assert refused_reason(address) == f"{address} is a {kind} address"
    assert refused_reason("93.184.216.34") is None


def test_the_address_is_checked_again_after_a_redirect(web):
    """The first hop is allowed (127.0.0.1), the redirect's target is not (127.0.0.2, refused by this policy)."""
    policy = {"127.0.0.2": "127.0.0.2 is refused by this test"}
    with Fetcher(pause=0, timeout=SHORT_TIMEOUT, refuse=policy.get) as client:
        error = _failure(lambda: client.page(f"{web.base}/to/other-loopback"))
    assert isinstance(error, AddressRefused) and "127.0.0.2 is refused" in str(error)
    assert web.paths() == ["/to/other-loopback"]


def test_only_http_and_https(web):
    with _fetcher() as client:
        assert _failure(lambda: client.page("file:///etc/passwd")).reason == "unsupported scheme"
        assert _failure(lambda: client.page("ftp://127.0.0.1/x")).reason == "unsupported scheme"
        assert _failure(lambda: client.page(f"{web.base}/to/file")).reason == "unsupported scheme"  # a redirect to file:


def test_redirects_are_followed_a_few_times_and_loops_are_named(web):
    with _fetcher() as client:
        moved = client.page(f"{web.base}/moved/air-defence")
        loop = _failure(lambda: client.page(f"{web.base}/loop/a"))
        far = _failure(lambda: client.page(f"{web.base}/hop/0"))
    assert moved.final_url.endswith("/releases/air-defence.html") and moved.url.endswith("/moved/air-defence")
    assert loop.reason == "redirect loop"
    assert far.reason == "too many redirects"
    assert len(web.paths("/hop/")) == 6  # the first request and five redirects followed, no more


def test_status_errors_are_named(web):
    with _fetcher() as client:
        assert _failure(lambda: client.page(f"{web.base}/releases/missing.html")).reason == "not found (HTTP 404)"
        assert _failure(lambda: client.page(f"{web.base}/error/page.html")).reason == "server error (HTTP 500)"


def test_a_silent_server_and_a_trickling_one_time_out(web):
    with _fetcher() as client:
        started = time.monotonic()
        silent = _failure(lambda: client.page(f"{web.base}/slow/page.html"))
        trickle = _failure(lambda: client.page(f"{web.base}/slow/trickle.html"))
        took = time.monotonic() - started
    assert silent.reason == trickle.reason == "timeout"
    assert took < 2 * SHORT_TIMEOUT + 1.5  # each stopped at its timeout, not at the server's pace


def test_fifty_megabytes_stop_at_the_cap_without_being_buffered(web):
    with _fetcher(max_bytes=MEGABYTE) as client:
        error = _failure(lambda: client.page(f"{web.base}/huge/page.html"))
        declared = _failure(lambda: client.page(f"{web.base}/huge/declared.html"))
    assert error.reason == declared.reason == "too large"
    assert "stopped reading" in str(error) and "50.0 MB declared" in str(declared)
    assert web.log[0].done.wait(5)  # the server notices the closed connection when its next write fails
    assert web.log[0].sent < HUGE / 2  # the client stopped reading long before the end


def test_a_compressed_bomb_stops_at_the_cap(web):
    _bomb()  # made before the request, so that the server answers at once
    with _fetcher(max_bytes=MEGABYTE) as client:
        assert _failure(lambda: client.page(f"{web.base}/gzip/bomb.html")).reason == "too large"


def test_content_types_are_checked_before_the_body_is_read(web):
    with _fetcher() as client:
        photo = _failure(lambda: client.page(f"{web.base}/releases/photo.jpg"))
        binary = _failure(lambda: client.page(f"{web.base}/releases/not-a-pdf"))
        html_feed = _failure(lambda: client.feed(f"{web.base}/feeds/page.xml"))
    assert photo.reason == binary.reason == html_feed.reason == "wrong content type"
    assert "image/jpeg" in str(photo) and "text/html" in str(html_feed)


def test_conditional_requests_get_not_modified(web):
    with _fetcher() as client:
        first = client.feed(f"{web.base}/feeds/rss.xml")
        again = client.feed(f"{web.base}/feeds/rss.xml", etag=first.etag)
        dated = client.feed(f"{web.base}/feeds/atom.xml", last_modified=first.last_modified)
    assert first.status == 200 and first.etag == FEED_ETAG and first.body.startswith(b"<?xml")
    assert again.not_modified and again.body == b"" and dated.not_modified
    assert [status for _, status in web.answered()] == [200, 304, 304]


def test_the_user_agent_names_aid_tracker_and_the_contact(web, monkeypatch):
    with _fetcher(contact="https://example.org/aid-team") as client:
        given = client.page(f"{web.base}/echo/agent").body.decode()
    monkeypatch.setenv("AID_TRACKER_CONTACT", "mailto:tracker@example.org")
    with _fetcher() as client:
        from_env = client.page(f"{web.base}/echo/agent").body.decode()
    assert given.startswith("aid-tracker/") and "+https://example.org/aid-team" in given
    assert "+mailto:tracker@example.org" in from_env and from_env == user_agent()


def test_requests_to_one_host_are_spaced(web):
    pause = 0.4
    with _fetcher(pause=pause) as client:
        started = time.monotonic()
        for _ in range(3):
            client.page(f"{web.base}/fr/caesar.txt")
    assert time.monotonic() - started >= 2 * pause


def test_fetch_command_stores_pages_with_their_url_and_skips_stored_ones(web, tmp_path):
    db = tmp_path / "store.duckdb"
    urls = [f"{web.base}/releases/air-defence.html", f"{web.base}/releases/missing.html"]
    command = [sys.executable, "-m", "tracker.cli", "fetch", *urls, "--db", str(db), "--allow-private-addresses", "--pause", "0"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert first.returncode == 1, first.stderr
    rows = Store(db).commitments()
    assert f"pages: 1 new, 0 unchanged, 1 failed; commitments added: {len(rows)}" in first.stdout
    assert f"failed: {urls[1]}: not found (HTTP 404)\n" in first.stderr
    assert set(rows["source"]) == {urls[0]} and set(rows["donor"]) == {"NOR"} and "air_defence" in set(rows["category"])
    again = subprocess.run(command[:5] + command[6:], capture_output=True, text=True, timeout=120)  # the stored page alone
    assert again.returncode == 0 and "pages: 0 new, 1 unchanged" in again.stdout
    assert web.paths("/releases/air-defence.html") == ["/releases/air-defence.html"]  # not fetched a second time


def test_fetch_command_refuses_loopback_without_the_option(web, tmp_path):
    db = tmp_path / "store.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "fetch", f"{web.base}/releases/air-defence.html", "--db", str(db)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1 and "refused address" in done.stderr and "loopback" in done.stderr
    assert web.log == []
