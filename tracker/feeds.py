"""Following official feeds: the feeds file, RSS and Atom read with feedparser, the entries about aid to Ukraine kept
(by the lexicon's words in the entry's language), each new entry's page fetched once and ingested, and every run
recorded in the store with what it read, stored and could not do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import feedparser

from tracker import schema
from tracker.documents import DocumentError
from tracker.extract.language import detect_language
from tracker.extract.scan import SentenceScan
from tracker.extract.vocabulary import AID_WORD_KINDS, vocabulary
from tracker.fetch import SCHEMES, Fetched, Fetcher, FetchError, document_from, normal_url
from tracker.parsing import language_code
from tracker.store import WATCH_COUNTS, IngestResult, Store, StoreError

FEED_KEYS = frozenset({"url", "name", "lang", "keywords"})
REQUIRED_KEYS = ("url", "name")
BACKOFF_FIRST = dt.timedelta(minutes=10)  # the wait after a first failure; it doubles with each failure in a row
BACKOFF_LONGEST = dt.timedelta(hours=24)
GIVE_CUE = "give"  # cues.csv: the verbs and nouns of giving ('provide', 'liefern', 'надати')
RECIPIENT_ROLE = "recipient"  # donors.csv and Babel's names of Ukraine
MAX_PAGES_PER_FEED = 50  # pages fetched from one feed in one run (at the default pause, under a minute)
RELEVANT_CHARS = 2_000  # of an entry's title and summary: enough to judge it, bounded for a feed that sends whole books


class FeedsFileError(ValueError):
    """A feeds file that cannot be used; the message names the file, the feed and the problem."""


@dataclass(frozen=True, slots=True)
class Feed:
    """One `[[feed]]` of a feeds file."""

    url: str
    name: str
    lang: str | None = None  # the language of its entries; detected per entry when not given
    keywords: tuple[str, ...] = ()  # an entry naming one of them is kept even without the lexicon's words


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed: where its page is, and what the feed says of it."""

    link: str
    title: str
    summary: str
    published: dt.date | None


@dataclass(slots=True)
class WatchRun:
    """What one watch run did: the counts of WATCH_COUNTS and each failure in plain words."""

    started: dt.datetime
    finished: dt.datetime | None = None
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(WATCH_COUNTS, 0))
    failures: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # feeds not asked this time, after failures

    def summary(self) -> str:
        """The lines the watch prints: one of counts, then one per failure."""
        c = self.counts
        line = (
            f"watch {self.started:%Y-%m-%d %H:%M} UTC: feeds read {c['feeds_read']}, failed {c['feeds_failed']}, "
            f"waiting after failures {c['feeds_waiting']}; entries new {c['entries_new']}, "
            f"skipped (not about aid to Ukraine) {c['entries_skipped']}; pages fetched {c['fetched']}, failed {c['failed']}; "
            f"commitments added {c['commitments_added']}"
        )
        return "\n".join([line, *(f"waiting: {name}" for name in self.waiting), *(f"failed: {failure}" for failure in self.failures)])


def shipped_feeds_file() -> Path:
    """The feeds file that ships with the package: the official feeds named in the README."""
    return Path(str(resources.files("tracker").joinpath("data", "feeds.toml")))


def read_feeds(path: Path) -> list[Feed]:
    """The feeds of a TOML feeds file, each checked (an http(s) URL, a name, a supported language, keywords as text)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise FeedsFileError(f"{path}: cannot be read ({error.strerror or error})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise FeedsFileError(f"{path}: not a TOML file ({error})") from None
    tables = data.get("feed")
    unknown = sorted(set(data) - {"feed"})
    if unknown or not isinstance(tables, list) or not tables:
        raise FeedsFileError(f"{path}: expected one [[feed]] table per feed (with url and name), and nothing else")
    feeds, seen = [], set()
    for number, table in enumerate(tables, start=1):
        where = f"{path}, feed {number}"
        if not isinstance(table, dict):
            raise FeedsFileError(f"{where}: not a table")
        extra = sorted(set(table) - FEED_KEYS)
        if extra:
            raise FeedsFileError(f"{where}: unknown key(s) {', '.join(extra)}; a feed has {', '.join(sorted(FEED_KEYS))}")
        for key in REQUIRED_KEYS:
            if not isinstance(table.get(key), str) or not table[key].strip():
                raise FeedsFileError(f"{where}: needs a {key} (text)")
        url = _checked_url(table["url"], where)
        if url in seen:
            raise FeedsFileError(f"{where}: {url} is listed twice")
        seen.add(url)
        lang = table.get("lang")
        if lang is not None:
            try:
                lang = language_code(str(lang))
            except ValueError as error:
                raise FeedsFileError(f"{where}: {error}") from None
        keywords = table.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(word, str) and word.strip() for word in keywords):
            raise FeedsFileError(f'{where}: keywords must be a list of words, such as ["Ukraine"]')
        feeds.append(Feed(url, table["name"].strip(), lang, tuple(word.strip() for word in keywords)))
    return feeds


def _checked_url(value: str, where: str) -> str:
    try:
        url = normal_url(value)
    except Exception as error:  # httpx names many kinds of bad addresses
        raise FeedsFileError(f"{where}: {value!r} is not an address ({error})") from None
    if not url.startswith(tuple(f"{scheme}://" for scheme in SCHEMES)):
        raise FeedsFileError(f"{where}: {value!r} is not an http or https address")
    return url


def entries_of(feed: Feed, answer: Fetched) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed; malformed XML, or XML that is no feed, is a FetchError named for the feed."""
    content_type = answer.content_type + (f"; charset={answer.charset}" if answer.charset else "")
    # The headers tell feedparser the type and the base of relative links; given bytes, it never fetches anything itself.
    parsed = feedparser.parse(answer.body, response_headers={"content-location": answer.final_url, "content-type": content_type})
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(problem, feedparser.CharacterEncodingOverride):
        raise FetchError(feed.url, "malformed feed", _parse_problem(problem))
    if not parsed.get("version"):
        raise FetchError(feed.url, "malformed feed", "not an RSS or Atom feed")
    entries = []
    for item in parsed.entries:
        link = (item.get("link") or "").strip()
        if not link:
            continue  # an entry without a page has nothing to fetch
        entries.append(FeedEntry(link=link, title=item.get("title") or "", summary=item.get("summary") or "", published=_entry_date(item)))
    return entries


def _parse_problem(problem: object) -> str:
    line = getattr(problem, "getLineNumber", None)
    where = f" at line {line()}" if callable(line) else ""
    message = getattr(problem, "getMessage", None)
    return f"{message() if callable(message) else problem}{where}"


def _entry_date(item: feedparser.FeedParserDict) -> dt.date | None:
    """The entry's date (published, else updated), if it is one an announcement could carry."""
    stamp = item.get("published_parsed") or item.get("updated_parsed")
    if not stamp:
        return None
    try:
        return schema.checked_date(dt.date(*stamp[:3]))
    except ValueError:
        return None


def entry_language(feed: Feed, entry: FeedEntry) -> str:
    """The feed's language, else the one its title and summary read as."""
    return feed.lang or detect_language(f"{entry.title}. {entry.summary}")


def concerns_aid_to_ukraine(text: str, lang: str, keywords: Iterable[str] = ()) -> bool:
    """Whether a text names Ukraine and aid (an aid or category word, or a verb of giving) in its language's lexicon;
    a feed's own keywords keep an entry too."""
    text = text[:RELEVANT_CHARS]
    folded = text.casefold()
    if any(word.casefold() in folded for word in keywords):
        return True
    scan = SentenceScan(text, vocabulary(lang))
    ukraine = any(entry.role == RECIPIENT_ROLE for match in scan.content if match.kind == "donor" for entry in match.entries)
    aid = GIVE_CUE in scan.cue_values or any(match.kind in AID_WORD_KINDS for match in scan.content)
    return ukraine and aid


def backoff(failures: int, now: dt.datetime) -> dt.datetime:
    """When to try again after this many failures in a row: the first wait doubles each time, up to a day."""
    wait = min(BACKOFF_FIRST * 2 ** max(failures - 1, 0), BACKOFF_LONGEST)
    return now + wait


def utc_now() -> dt.datetime:
    """Now in UTC, naive, as the store keeps every time."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def store_page(
    store: Store, client: Fetcher, url: str, *, feed: Feed | None = None, published: dt.date | None = None, lang: str | None = None
) -> IngestResult:
    """Fetch one page, read it with the document reader and ingest it (its source is the URL); a failure is recorded
    with its backoff and raised (FetchError or DocumentError). `published` dates a page that states no date."""
    now = utc_now()
    state = store.page_state(url)
    try:
        fetched = client.page(url)
        document = document_from(fetched)
        if lang:
            document = dataclasses.replace(document, lang=lang)
        result = store.ingest(document, published=published)
    except StoreError:
        raise
    except Exception as error:  # fetch, reading or the parser: this page's failure, kept so that it waits before a retry
        named = isinstance(error, FetchError | DocumentError)
        reason = str(error) if named else f"{url}: cannot be parsed ({type(error).__name__}: {error})"
        store.record_page_failure(
            url, feed_url=feed.url if feed else None, error=reason, retry_after=backoff((state.failures if state else 0) + 1, now)
        )
        raise
    store.record_page(
        url, feed_url=feed.url if feed else None, final_url=fetched.final_url, document_id=result.document_id,
        etag=fetched.etag, last_modified=fetched.last_modified,
    )  # fmt: skip
    return result


def watch_once(store: Store, feeds: Sequence[Feed], client: Fetcher, *, max_pages: int = MAX_PAGES_PER_FEED) -> WatchRun:
    """Read every feed once, store the new pages of the entries about aid to Ukraine, and record the run.

    A feed or page that fails is named in the run and waits (backoff) before it is asked again; the others go on.
    An entry whose page is stored already (same URL, or same text under another URL) is not parsed again. At most
    `max_pages` pages are fetched from one feed in a run (a feed of ten thousand entries is not a day's work); the
    rest wait for the next run.
    """
    run = WatchRun(started=utc_now())
    counts = run.counts
    for feed in feeds:
        now = utc_now()
        state = store.feed_state(feed.url)
        if state and state.retry_after and state.retry_after > now:
            counts["feeds_waiting"] += 1
            run.waiting.append(f"{feed.name} until {state.retry_after:%Y-%m-%d %H:%M} UTC, after {state.failures} failure(s) in a row")
            continue
        try:
            answer = client.feed(feed.url, etag=state.etag if state else None, last_modified=state.last_modified if state else None)
            entries = [] if answer.not_modified else entries_of(feed, answer)
        except FetchError as error:
            counts["feeds_failed"] += 1
            run.failures.append(f"feed {feed.name}: {error}")
            store.record_feed_failure(feed.url, feed.name, error.why, retry_after=backoff((state.failures if state else 0) + 1, now))
            continue
        counts["feeds_read"] += 1
        new_before, left = counts["entries_new"], 0
        for entry in entries:
            url = _page_to_fetch(store, feed, entry, run)
            if url is None:
                continue
            if counts["entries_new"] - new_before >= max_pages:
                left += 1
                continue
            _fetch_entry(store, client, feed, entry, url, run)
        if left:  # the feed is read in full next time (no validators kept, or it would answer 304)
            run.waiting.append(f"{feed.name}: {left} more new entries, left for the next run (at most {max_pages} pages a feed a run)")
            store.record_feed_read(feed.url, feed.name, etag=None, last_modified=None)
            continue
        kept = state if answer.not_modified and state else answer  # a 304 may leave out the validators it confirms
        store.record_feed_read(feed.url, feed.name, etag=answer.etag or kept.etag, last_modified=answer.last_modified or kept.last_modified)
    run.finished = utc_now()
    store.record_watch_run(run.started, run.finished, counts, run.failures)
    return run


def _page_to_fetch(store: Store, feed: Feed, entry: FeedEntry, run: WatchRun) -> str | None:
    """The address of an entry's page when it is to be fetched now: None when the entry is not about aid to Ukraine
    (counted as skipped), its page is stored already, or it failed before and waits."""
    if not concerns_aid_to_ukraine(f"{entry.title}. {entry.summary}", entry_language(feed, entry), feed.keywords):
        run.counts["entries_skipped"] += 1
        return None
    try:
        url = normal_url(entry.link)
    except Exception:  # httpx names many kinds of bad addresses; the fetch names this one
        url = entry.link
    if store.page_known(url):
        return None
    state = store.page_state(url)
    if state and state.retry_after and state.retry_after > utc_now():
        return None  # failed before: asked again after its backoff
    return url


def _fetch_entry(store: Store, client: Fetcher, feed: Feed, entry: FeedEntry, url: str, run: WatchRun) -> None:
    """Fetch and store one entry's page, counting what happened; a failure is named in the run."""
    counts = run.counts
    counts["entries_new"] += 1
    try:
        result = store_page(store, client, url, feed=feed, published=entry.published, lang=feed.lang)
    except (FetchError, DocumentError) as error:
        counts["failed"] += 1
        run.failures.append(f"entry of {feed.name}: {error}")
        return
    except StoreError:
        raise
    except Exception as error:  # the parser's own failure on one page is that page's failure
        counts["failed"] += 1
        run.failures.append(f"entry of {feed.name}: {url}: cannot be parsed ({type(error).__name__}: {error})")
        return
    counts["fetched"] += 1
    counts["commitments_added"] += result.rows


def watch(
    store: Store, feeds: Sequence[Feed], client: Fetcher, *, every: dt.timedelta, report: Callable[[WatchRun], None]
) -> None:  # pragma: no cover - runs until interrupted
    """Run the watch every `every`, reporting each run, until interrupted."""
    while True:
        started = time.monotonic()
        report(watch_once(store, feeds, client))
        time.sleep(max(0.0, every.total_seconds() - (time.monotonic() - started)))
