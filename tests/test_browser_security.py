"""The dashboard's defences seen from a real browser: other host names (DNS rebinding), deep links, outside text.

Each test starts its own server, so that its first request is the first the server ever answers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pytest

from tests.test_browser import CHROMIUM, ROOT, SHOTS, _free_port, _select_first_row, _settle, playwright
from tracker.app.common import END_ISOLATE, ISOLATE, WORD_JOINER
from tracker.app.safety import HOSTS_VARIABLE
from tracker.documents import Document
from tracker.store import Store

REBINDING = "evil.test"  # a name an attacker's DNS points at 127.0.0.1 once the page is loaded
CONFIGURED = "tracker.example"  # a name the user lists in AID_TRACKER_HOSTS
HOSTILE = "https://evil.test/x :skull: :red[boo] $x$ **b** www.evil.test a@evil.test :material/home: x -> y"
STARTUP_TRIES, STARTUP_PAUSE = 120, 0.5
SETTLE_MS = 3_000  # long enough for a page whose WebSocket is refused to have shown anything it would show
STORE = "store.duckdb"
AID_TRACKER = shutil.which("aid-tracker", path=str(Path(sys.executable).parent))


@contextmanager
def _server(command: list[str], port_option: str, folder: Path) -> Iterator[str]:
    """A dashboard process on a free port (its store in `folder`), stopped afterwards; its log printed on failure."""
    port = _free_port()
    env = {**os.environ, "AID_TRACKER_DB": str(folder / STORE), HOSTS_VARIABLE: CONFIGURED}
    log = folder / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen([*command, port_option, str(port)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(STARTUP_TRIES):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(STARTUP_PAUSE)
        else:
            pytest.fail("the dashboard did not start:\n" + log.read_text())
        yield f"{port}"
    except BaseException:
        print(log.read_text())
        raise
    finally:
        process.terminate()
        process.wait(20)


def _cli(folder: Path) -> AbstractContextManager[str]:
    """`aid-tracker dashboard`, as a user starts it."""
    return _server([AID_TRACKER, "dashboard", "--db", str(folder / STORE)], "--port", folder)


def _streamlit_run(folder: Path) -> AbstractContextManager[str]:
    """`streamlit run dashboard.py`: the server itself lets any Host in, only the app's own check stands."""
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
               "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]  # fmt: skip
    return _server(command, "--server.port", folder)


@pytest.fixture(scope="module")
def browser():
    """Chromium that resolves the rebinding name and the configured name to this machine, as DNS would."""
    rules = f"MAP {REBINDING} 127.0.0.1, MAP {CONFIGURED} 127.0.0.1"
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run", f"--host-resolver-rules={rules}"],
        )  # fmt: skip
        yield launched
        launched.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    yield opened
    SHOTS.mkdir(exist_ok=True)
    opened.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def _app_text(page) -> str:
    return page.locator("[data-testid='stApp']").inner_text()


def test_cli_server_refuses_a_rebinding_name_before_anything_runs(tmp_path, page):
    db = tmp_path / STORE
    with _cli(tmp_path) as port:
        page.goto(f"http://{REBINDING}:{port}/commitments")
        page.wait_for_timeout(SETTLE_MS)
        assert "Commitments" not in _app_text(page) and page.locator(".st-key-donor").count() == 0
        assert not db.exists()  # no script ran: the store was not even opened (and so not seeded)
        assert "Rejecting WebSocket connection" in (tmp_path / "server.log").read_text()
        page.goto(f"http://{CONFIGURED}:{port}/")  # a name listed in AID_TRACKER_HOSTS is served
        _settle(page)
        assert page.get_by_text("Aid to Ukraine: commitments").is_visible()
        assert db.exists()


def test_app_refuses_a_rebinding_name_with_a_message_when_the_server_lets_it_in(tmp_path, page):
    db = tmp_path / STORE
    with _streamlit_run(tmp_path) as port:
        page.goto(f"http://{REBINDING}:{port}/")
        _settle(page)
        assert f"This dashboard does not answer to the name {REBINDING}." in _shown(page.locator("[data-testid='stAlert']"))
        assert page.locator(".st-key-donor").count() == 0 and "Aid to Ukraine" not in _app_text(page)
        assert not db.exists()
        page.goto(f"http://localhost:{port}/")
        _settle(page)
        assert page.get_by_text("Aid to Ukraine: commitments").is_visible()


@pytest.mark.parametrize(("path", "heading"), [("commitments", "Commitments"), ("add", "Add an announcement")])
def test_a_deep_link_as_the_first_request_opens_the_apps_page(tmp_path, page, path, heading):
    with _cli(tmp_path) as port:
        page.goto(f"http://localhost:{port}/{path}")
        _settle(page)
        assert page.locator("h1").first.inner_text().strip() == heading
        assert page.locator(".st-key-donor").is_visible() and page.locator(".st-key-category").is_visible()  # the sidebar filters
        navigation = page.locator("[data-testid='stSidebarNav']").inner_text()
        assert all(name in navigation for name in ("Overview", "Commitments", "Add announcement", "Sources", "Method"))
        assert page.url.rstrip("/").endswith(f"/{path}")


def _shown(element) -> str:
    """What a reader sees, without the invisible marks that keep Markdown from rewriting it."""
    return element.inner_text().replace(WORD_JOINER, "").replace(ISOLATE, "").replace(END_ISOLATE, "")


def _assert_inert(element, own_bold: int = 0) -> None:
    """The hostile text is there as written, and drew no link, icon, formula or colour (nor bold beyond our own)."""
    assert element.locator("a, [role='img'], .katex, span[style*='color']").count() == 0, element.inner_html()
    assert element.locator("strong").count() == own_bold, element.inner_html()
    assert HOSTILE in _shown(element)


def test_outside_text_shows_as_written_with_no_link_icon_colour_or_formula(tmp_path, page):
    db = tmp_path / STORE
    store = Store(db)
    store.ingest(Document(text="Germany will deliver 14 Leopard tanks to Ukraine.", source=HOSTILE, published=date(2024, 1, 10)))
    store.review(str(store.commitments()["row_key"].iloc[0]), "edited", {"item": HOSTILE})
    with duckdb.connect(str(db)) as connection:
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('kiel_label', ?)", [HOSTILE])
    with _streamlit_run(tmp_path) as port:
        page.goto(f"http://localhost:{port}/commitments")
        _settle(page)
        _select_first_row(page)
        _assert_inert(page.locator("[data-testid='stCaptionContainer']").filter(has_text="Source:"))
        _assert_inert(page.locator("[data-testid='stMarkdownContainer']").filter(has_text="Edited").last, own_bold=1)
        page.locator(".st-key-accept button").click()
        _settle(page)
        _assert_inert(page.locator("[data-testid='stAlertContentSuccess']"))
        page.screenshot(path=str(SHOTS / "outside_text_on_the_commitments_page.png"), full_page=True)
        page.goto(f"http://localhost:{port}/method")
        _settle(page)
        _assert_inert(page.locator("[data-testid='stMarkdownContainer']").filter(has_text="Kiel Institute release:"))
