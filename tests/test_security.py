"""Outside text stays text on every page, and the dashboard answers only to the names it serves (no DNS rebinding)."""

from __future__ import annotations

import base64
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import duckdb
import pytest

from tests.helpers import dashboard_app
from tracker.app.common import END_ISOLATE, ISOLATE, WORD_JOINER, plain
from tracker.app.safety import HOSTS_VARIABLE, LOCAL_HOSTS, allowed_hosts, is_allowed
from tracker.documents import Document
from tracker.store import Store

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"commitments": "tracker/app/views/commitments.py", "method": "tracker/app/views/method.py"}
HOSTILE = "https://evil.test/x :skull: :red[boo] $x$ **b** www.evil.test a@evil.test :material/home: x -> y"
# What Streamlit's Markdown rewrites in text after parsing, where a backslash escape no longer protects it (the patterns
# of its frontend, streamlit/static/.../StreamlitMarkdown.*.js): bare links, e-mail addresses, icons, arrows.
REWRITTEN_BY_STREAMLIT = [
    re.compile(r"(https?://|www(?=\.))([-.\w]+)", re.IGNORECASE),
    re.compile(r"([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)"),
    re.compile(r":[\w+-][\w_+-]*:|:material/|:streamlit:"),
    re.compile(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(\s|$)"),
]
UNESCAPED = re.compile(r"(?<!\\)[*$\[\]`<>]")  # Markdown, LaTeX and HTML signs left without their backslash
STARTUP_TRIES, STARTUP_PAUSE = 120, 0.5
SWITCHING_PROTOCOLS = 101  # the WebSocket was accepted


def _unescaped(markdown: str) -> str:
    """What a reader sees of escaped Markdown: backslashes and invisible marks removed."""
    return re.sub(r"\\(.)", r"\1", markdown).replace(WORD_JOINER, "").replace(ISOLATE, "").replace(END_ISOLATE, "")


def _assert_inert(markdown: str) -> None:
    """The hostile text is in this element as written, and nothing in it is left for Streamlit to turn into markup."""
    assert HOSTILE in _unescaped(markdown) and HOSTILE not in markdown, markdown
    for pattern in REWRITTEN_BY_STREAMLIT:
        assert not pattern.search(markdown), (pattern.pattern, markdown)


@pytest.mark.parametrize(
    "text",
    [HOSTILE, "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>", "&amp; &#36;", "WWW.evil.test", "a\n\n# heading\n    code",
     "\u202eevil.exe", "user:pass@evil.test", "10:30 a -- b >= c"],
)  # fmt: skip
def test_plain_keeps_the_words_and_leaves_nothing_for_markdown_to_rewrite(text):
    shown = plain(text)
    assert _unescaped(shown) == " ".join(text.split())  # the words as written, on one line
    assert shown.startswith(ISOLATE) and shown.endswith(END_ISOLATE)  # its own direction marks stay inside it
    assert not UNESCAPED.search(shown)
    for pattern in REWRITTEN_BY_STREAMLIT:
        assert not pattern.search(shown), (pattern.pattern, shown)


def test_plain_of_nothing_is_nothing():
    assert plain("") == "" and plain("  \n ") == ""


def test_plain_leaves_ordinary_sentences_readable():
    """A colon or full stop before a space (error messages, file names) is not touched beyond its backslash."""
    assert plain("broken.pdf: not a readable PDF") == ISOLATE + "broken\\.pdf\\: not a readable PDF" + END_ISOLATE


@pytest.fixture
def hostile_store(tmp_path):
    """A store whose document source, edited item and Kiel release label are all the hostile text."""
    db = tmp_path / "hostile.duckdb"
    store = Store(db)
    store.ingest(Document(text="Germany will deliver 14 Leopard tanks to Ukraine.", source=HOSTILE, published=date(2024, 1, 10)))
    store.review(str(store.commitments()["row_key"].iloc[0]), "edited", {"item": HOSTILE})
    with duckdb.connect(str(db)) as connection:
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('kiel_label', ?)", [HOSTILE])
    return db


def test_outside_text_on_the_commitments_page_is_shown_as_text(hostile_store, monkeypatch):
    app = dashboard_app(hostile_store, monkeypatch).run()
    app.switch_page(PAGES["commitments"]).run()
    app.session_state["table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    source = [caption.value for caption in app.caption if caption.value.startswith("Source:")]
    assert source, [caption.value for caption in app.caption]
    _assert_inert(source[0])
    review = [markdown.value for markdown in app.markdown if "**Edited**" in markdown.value]
    assert review
    _assert_inert(review[0])
    app.button(key="accept").click().run()
    assert app.success
    _assert_inert(app.success[0].value)


def test_the_kiel_label_on_the_method_page_is_shown_as_text(hostile_store, monkeypatch):
    app = dashboard_app(hostile_store, monkeypatch).run()
    app.switch_page(PAGES["method"]).run()
    assert not app.exception
    label = [markdown.value for markdown in app.markdown if markdown.value.startswith("Kiel Institute release:")]
    assert label
    _assert_inert(label[0])


@pytest.mark.parametrize(
    ("value", "allowed"),
    [("localhost:8501", True), ("127.0.0.1:8501", True), ("[::1]:8501", True), ("LOCALHOST.", True), ("http://localhost:8501", True),
     ("evil.test:8501", False), ("localhost.evil.test", False), ("evil.test@localhost", False), ("localhost:port", False),
     ("null", False), ("", False), ("localhost/x", False)],
)  # fmt: skip
def test_only_this_machines_names_are_allowed_by_default(value, allowed):
    assert is_allowed(value, LOCAL_HOSTS) is allowed


def test_the_user_adds_names_and_streamlit_patterns_are_honoured():
    hosts = allowed_hosts({HOSTS_VARIABLE: " Tracker.LAN, 10.0.0.5  tracker.lan:8501 "})
    assert hosts == [*LOCAL_HOSTS, "tracker.lan", "10.0.0.5"]
    assert is_allowed("tracker.lan:8501", hosts) and not is_allowed("evil.test", hosts)
    assert is_allowed("a.example.org", ["*.example.org"]) and not is_allowed("example.org.evil.test", ["*.example.org"])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _websocket_status(port: int, host: str) -> int:
    """The status a browser's WebSocket request to the app gets when the page was loaded from `host`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", "/_stcore/stream", skip_host=True)
    for name, value in {
        "Host": f"{host}:{port}", "Origin": f"http://{host}:{port}", "Upgrade": "websocket", "Connection": "Upgrade",
        "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": base64.b64encode(os.urandom(16)).decode(),
        "Sec-WebSocket-Protocol": "streamlit",
    }.items():  # fmt: skip
        connection.putheader(name, value)
    connection.endheaders()
    status = connection.getresponse().status
    connection.close()
    return status


def test_the_dashboard_command_refuses_the_websocket_of_other_host_names(tmp_path):
    """`aid-tracker dashboard` hands the names to the server: another name gets no session, so no script ever runs."""
    port = _free_port()
    command = [shutil.which("aid-tracker", path=str(Path(sys.executable).parent)), "dashboard", "--port", str(port)]
    env = {**os.environ, "AID_TRACKER_DB": str(tmp_path / "store.duckdb"), HOSTS_VARIABLE: "tracker.lan"}
    log = tmp_path / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        for _ in range(STARTUP_TRIES):
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(STARTUP_PAUSE)
        else:
            pytest.fail("the dashboard did not start:\n" + log.read_text())
        assert _websocket_status(port, "evil.test") != SWITCHING_PROTOCOLS, log.read_text()
        assert _websocket_status(port, "localhost") == SWITCHING_PROTOCOLS, log.read_text()
        assert _websocket_status(port, "tracker.lan") == SWITCHING_PROTOCOLS, log.read_text()
    finally:
        server.terminate()
        server.wait(20)
