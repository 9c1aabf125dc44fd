"""`aid-tracker watch` against a real HTTP server on 127.0.0.1: feeds in RSS and Atom in three languages, the entries
about aid to Ukraine stored and the others skipped, each hostile feed and page a named failure while the rest goes in,
a second run that stores nothing and fetches no page again, the backoff, the feeds file, and the Sources page."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tests.helpers import dashboard_app
from tests.test_fetch import start_server
from tracker.documents import Document
from tracker.feeds import Feed, FeedsFileError, concerns_aid_to_ukraine, entries_of, read_feeds, shipped_feeds_file, watch_once
from tracker.fetch import Fetched, Fetcher, FetchError
from tracker.store import Store

SHORT_TIMEOUT = "1"  # seconds: the slow routes stay silent for longer
FEEDS = """
[[feed]]
name = "Ministry of Examples (RSS)"
url = "{base}/feeds/rss.xml"
lang = "en"

[[feed]]
name = "Mixed Atom feed"
url = "{base}/feeds/atom.xml"

[[feed]]
name = "Broken feed"
url = "{base}/feeds/broken.xml"

[[feed]]
name = "Feed of a failing server"
url = "{base}/feeds/down.xml"

[[feed]]
name = "Slow feed"
url = "{base}/feeds/slow.xml"

[[feed]]
name = "A page, not a feed"
url = "{base}/feeds/page.xml"
"""
STORED_PAGES = ["/releases/air-defence.html", "/releases/jets.pdf", "/de/schuetzenpanzer.html", "/fr/caesar.txt"]
FAILED_PAGES = {
    "/releases/missing.html": "not found (HTTP 404)",
    "/slow/page.html": "timeout",
    "/error/page.html": "server error (HTTP 500)",
    "/loop/a": "redirect loop",
    "/huge/page.html": "too large",
    "/releases/photo.jpg": "wrong content type",
}
FAILED_FEEDS = {
    "Broken feed": "malformed feed",
    "Feed of a failing server": "server error (HTTP 500)",
    "Slow feed": "timeout",
    "A page, not a feed": "wrong content type",
}
KEPT_DOCUMENT = "Sweden will donate 10 CV90 infantry fighting vehicles to Ukraine."


@pytest.fixture(scope="module")
def web():
    server, httpd = start_server()
    yield server
    httpd.shutdown()
    httpd.server_close()


def _watch(feeds: Path, db: Path, *extra: str) -> subprocess.CompletedProcess:
    aid_tracker = Path(sys.executable).with_name("aid-tracker")
    command = [str(aid_tracker), "watch", "--once", "--allow-private-addresses", "--feeds", str(feeds), "--db", str(db)]
    return subprocess.run([*command, "--timeout", SHORT_TIMEOUT, "--pause", "0", *extra], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def two_runs(web, tmp_path_factory):
    """A store holding one document, then two watch runs over the same feeds."""
    folder = tmp_path_factory.mktemp("watch")
    feeds, db = folder / "feeds.toml", folder / "store.duckdb"
    feeds.write_text(FEEDS.replace("{base}", web.base), encoding="utf-8")
    Store(db).ingest(Document(KEPT_DOCUMENT, source="kept.txt"))
    before = Store(db).commitments()
    first = _watch(feeds, db)
    after_first = Store(db).commitments()
    first_log = web.answered()
    second = _watch(feeds, db)
    second_log = web.answered()[len(first_log) :]
    return {"db": db, "feeds": feeds, "before": before, "first": first, "after_first": after_first, "first_log": first_log,
            "second": second, "second_log": second_log}  # fmt: skip


def test_first_run_stores_the_relevant_entries_and_skips_the_others(two_runs, web):
    first, rows = two_runs["first"], two_runs["after_first"]
    assert first.returncode == 1, first.stderr  # something failed: the hostile feeds and pages
    sources = set(rows["source"])
    assert {f"{web.base}{path}" for path in STORED_PAGES} <= sources
    assert {"NOR", "DNK", "DEU", "FRA"} <= set(rows["donor"])
    requested = {path for path, _ in two_runs["first_log"]}
    assert "/releases/fisheries.html" not in requested and "/de/messe.html" not in requested  # skipped, never fetched
    assert "/releases/never-read.html" not in requested  # in the malformed feed: nothing of it is read
    summary = first.stdout.splitlines()[0]
    assert re.search(r"feeds read 2, failed 4, waiting after failures 0; entries new 11, skipped \(not about aid to Ukraine\) 2; "
                     r"pages fetched 5, failed 6; commitments added \d+", summary), summary  # fmt: skip


def test_the_same_text_under_a_second_address_is_not_stored_twice(two_runs, web):
    rows, db = two_runs["after_first"], two_runs["db"]
    copy = f"{web.base}/de/schuetzenpanzer-kopie.html"
    assert copy not in set(rows["source"])  # fetched (it could not be known before), but the text was stored already
    assert Store(db).page_state(copy).document_id == Store(db).page_state(f"{web.base}/de/schuetzenpanzer.html").document_id


def test_each_failure_is_named_and_nothing_stored_is_lost(two_runs, web):
    output = two_runs["first"].stdout
    for path, reason in FAILED_PAGES.items():
        assert re.search(rf"^failed: entry of .*: {re.escape(web.base + path)}: {re.escape(reason)}", output, re.M), (path, output)
    for name, reason in FAILED_FEEDS.items():
        assert re.search(rf"^failed: feed {re.escape(name)}: .*: {re.escape(reason)}", output, re.M), (name, output)
    before, after = two_runs["before"], two_runs["after_first"]
    assert set(before["id"]) <= set(after["id"])  # the document stored before the run is whole
    assert KEPT_DOCUMENT in set(after["evidence"])


def test_second_run_stores_nothing_and_fetches_no_page_again(two_runs):
    second, log = two_runs["second"], two_runs["second_log"]
    assert second.returncode == 0, second.stdout + second.stderr  # the failed feeds and pages wait: nothing failed now
    assert sorted(log) == [("/feeds/atom.xml", 304), ("/feeds/rss.xml", 304)]  # conditional requests; no page at all
    assert len(Store(two_runs["db"]).commitments()) == len(two_runs["after_first"])
    summary = second.stdout.splitlines()[0]
    assert "feeds read 2, failed 0, waiting after failures 4; entries new 0" in summary and "commitments added 0" in summary
    assert second.stdout.count("\nwaiting: ") == 4


def test_runs_and_feed_states_are_recorded(two_runs, web):
    store = Store(two_runs["db"])
    runs = store.watch_runs()
    assert list(runs["feeds_read"]) == [2, 2] and list(runs["fetched"]) == [0, 5] and list(runs["feeds_waiting"]) == [4, 0]
    assert "redirect loop" in runs["failures"].iloc[1] and runs["failures"].iloc[0] == ""
    feeds = store.feeds().set_index("name")
    assert feeds.loc["Ministry of Examples (RSS)", "documents"] == 2 and feeds.loc["Mixed Atom feed", "documents"] == 2
    assert feeds.loc["Broken feed", "last_error"].startswith("malformed feed (not well-formed")  # its address is beside it
    assert feeds.loc["Broken feed", "failures"] == 1 and feeds.loc["Broken feed", "retry_after"] > dt.datetime.now(dt.UTC).replace(
        tzinfo=None
    )
    assert pd.isna(feeds.loc["Mixed Atom feed", "last_error"]) and feeds.loc["Mixed Atom feed", "failures"] == 0


def test_a_feed_is_asked_again_once_its_wait_is_over(web, tmp_path):
    feeds, db = tmp_path / "feeds.toml", tmp_path / "store.duckdb"
    feeds.write_text(f'[[feed]]\nname = "Down"\nurl = "{web.base}/feeds/down.xml"\n', encoding="utf-8")
    assert _watch(feeds, db).returncode == 1
    assert _watch(feeds, db).returncode == 0  # waiting
    asked = len(web.paths("/feeds/down.xml"))
    with duckdb.connect(str(db)) as connection:  # the wait has passed
        connection.execute("UPDATE feeds SET retry_after = TIMESTAMP '2000-01-01'")
    third = _watch(feeds, db)
    assert third.returncode == 1 and len(web.paths("/feeds/down.xml")) == asked + 1
    assert Store(db).feed_state(f"{web.base}/feeds/down.xml").failures == 2  # the wait doubles after a second failure


def test_loopback_feeds_are_refused_without_the_option(web, tmp_path):
    feeds, db = tmp_path / "feeds.toml", tmp_path / "store.duckdb"
    feeds.write_text(f'[[feed]]\nname = "Local"\nurl = "{web.base}/feeds/rss.xml"\n', encoding="utf-8")
    asked = len(web.log)
    done = subprocess.run(
        [str(Path(sys.executable).with_name("aid-tracker")), "watch", "--once", "--feeds", str(feeds), "--db", str(db)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1 and "refused address" in done.stdout and "127.0.0.1 is a loopback address" in done.stdout
    assert len(web.log) == asked


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[feed]]\nname = "x"\nurl = "ftp://example.org/feed"\n', "is not an http or https address"),
        ('[[feed]]\nname = "x"\nurl = "https://example.org/feed"\nlang = "xx"\n', "unsupported language 'xx'"),
        ('[[feed]]\nname = "x"\nurl = "https://example.org/feed"\nkeyword = ["a"]\n', "unknown key(s) keyword"),
        ('[[feed]]\nurl = "https://example.org/feed"\n', "needs a name"),
        ('[[feed]]\nname = "x"\nurl = "https://example.org/feed"\nkeywords = "Ukraine"\n', "keywords must be a list"),
        ("[feed]\nurl = 3\n", "one [[feed]] table per feed"),
        ("this is = not toml [", "not a TOML file"),
    ],
)
def test_a_bad_feeds_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "feeds.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FeedsFileError, match=re.escape(message)):
        read_feeds(path)
    done = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "watch", "--once", "--feeds", str(path), "--db", str(tmp_path / "s.duckdb")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_the_shipped_feeds_file_names_the_official_publishers():
    feeds = read_feeds(shipped_feeds_file())
    hosts = " ".join(feed.url for feed in feeds)
    for host in ("nato.int", "defense.gov", "gov.uk", "canada.ca", "bundesregierung.de", "consilium.europa.eu", "ec.europa.eu"):
        assert host in hosts
    assert all(feed.url.startswith("https://") for feed in feeds)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Norway to provide air defence systems to Ukraine", "en", True),
        ("Minister opens a new fisheries office on the coast", "en", False),
        ("Ukraine and Norway play a football match", "en", False),  # Ukraine, but no aid
        ("Deutschland liefert der Ukraine weitere Schützenpanzer", "de", True),
        ("Bundeskanzler eröffnet die Messe in Hannover", "de", False),
        ("La France livre des canons Caesar à l’Ukraine", "fr", True),
        ("Le ministre visite une école à Lyon", "fr", False),
        ("Швеція надасть Україні допомогу", "uk", True),
    ],
)
def test_relevance_is_read_from_the_lexicon_of_each_language(text, lang, kept):
    assert concerns_aid_to_ukraine(text, lang) is kept


def test_a_feeds_keywords_keep_an_entry():
    assert concerns_aid_to_ukraine("Minister opens a new fisheries office", "en", ["fisheries"])


def test_the_sources_page_lists_each_feed(two_runs, monkeypatch):
    app = dashboard_app(two_runs["db"], monkeypatch)
    app.run()
    app.switch_page("tracker/app/views/sources.py").run()
    assert not app.exception
    feeds = app.dataframe[0].value
    row = feeds.set_index("Feed").loc["Broken feed"]
    assert row["Documents"] == "0" and "malformed feed" in row["Last error"] and row["Last success"] == ""
    assert feeds.set_index("Feed").loc["Ministry of Examples (RSS)", "Documents"] == "2"
    runs = app.dataframe[1].value
    assert len(runs) == 2 and "redirect loop" in runs["Failures"].iloc[1]


ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title><item><title>Aid to Ukraine &lol9;</title><link>http://x/a</link></item></channel></rss>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>t</title><item><title>Aid to Ukraine &secret;</title><link>http://x/a</link></item></channel></rss>"""


@pytest.mark.parametrize("body", [ENTITY_BOMB, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_entity_tricks_in_a_feed_are_a_malformed_feed(body):
    answer = Fetched("http://x/f", "http://x/f", 200, "application/rss+xml", None, body, None, None)
    with pytest.raises(FetchError, match="malformed feed"):
        entries_of(Feed("http://x/f", "x"), answer)


def test_once_and_every_exclude_each_other(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "watch", "--once", "--every", "5", "--db", str(tmp_path / "s.duckdb")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and "not allowed with argument" in done.stderr
    zero = subprocess.run([sys.executable, "-m", "tracker.cli", "watch", "--every", "0"], capture_output=True, text=True, timeout=120)
    assert zero.returncode == 2 and "not a number of minutes above 0" in zero.stderr


def test_a_long_feed_is_taken_a_few_pages_a_run_and_read_in_full_again(web, tmp_path):
    store = Store(tmp_path / "store.duckdb")
    feed = Feed(f"{web.base}/feeds/rss.xml", "Ministry of Examples (RSS)", "en")
    asked = len(web.paths("/feeds/rss.xml"))
    with Fetcher(allow_private=True, pause=0, timeout=float(SHORT_TIMEOUT)) as client:
        first = watch_once(store, [feed], client, max_pages=2)
        second = watch_once(store, [feed], client, max_pages=2)
    assert first.counts["entries_new"] == second.counts["entries_new"] == 2
    assert "6 more new entries, left for the next run" in first.summary()
    assert "4 more new entries" in second.summary()
    second_ask = [entry for entry in web.log if entry.path == "/feeds/rss.xml"][asked + 1]
    assert "If-None-Match" not in second_ask.headers  # asked in full: a 304 would hide the entries left over
    assert second_ask.status == 200


def test_the_sources_page_says_how_to_start_when_no_feed_was_read(tmp_path, monkeypatch):
    app = dashboard_app(tmp_path / "store.duckdb", monkeypatch)
    app.run()
    app.switch_page("tracker/app/views/sources.py").run()
    assert not app.exception
    assert "No feed has been read yet" in app.info[0].value and "aid-tracker watch --once" in app.info[0].value
    assert not app.dataframe
