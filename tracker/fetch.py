"""Fetching pages and feeds from the web, politely and safely: fetched bytes are hostile input.

One request at a time (so one connection at a time per host, with a pause between two requests to the same host),
a timeout on each step and on the whole answer, a size cap that stops reading at the cap, at most a few redirects
(followed here, so that each hop is checked), conditional requests (ETag, Last-Modified), only http and https,
content types checked before the body is read, and no connection to a private, loopback or link-local address unless
the user allows it: the address is checked where the connection is made (every hop, every retry), so a name that
resolves to 127.0.0.1, or one that changes its answer between two looks, is refused all the same.

What a fetch yields goes through `tracker.documents.read_document`, the one reader of HTML, PDF and text.
"""

from __future__ import annotations

import codecs
import dataclasses
import ipaddress
import os
import socket
import time
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpcore
import httpx

from tracker import __version__
from tracker.documents import DEFAULT_MAX_BYTES, Document, DocumentError, read_document

CONTACT_ENV = "AID_TRACKER_CONTACT"  # a URL or mailto: where a site's owner can reach whoever runs this tracker
ALLOW_PRIVATE_ENV = "AID_TRACKER_ALLOW_PRIVATE_ADDRESSES"  # "1": the dashboard's link field may fetch private addresses
ALLOW_HINT = f"aid-tracker fetch and watch take --allow-private-addresses, the dashboard {ALLOW_PRIVATE_ENV}=1"
CONNECT_TIMEOUT = 10.0  # seconds to open a connection
READ_TIMEOUT = 20.0  # seconds a server may stay silent while it answers
TOTAL_TIMEOUT = 60.0  # seconds for a whole answer: a server that trickles a byte at a time is stopped too
MAX_REDIRECTS = 5  # hops followed before giving up
HOST_PAUSE = 1.0  # seconds between two requests to the same host
SCHEMES = ("http", "https")
PDF_MAGIC = b"%PDF-"
PDF_SUFFIX = ".pdf"
# What a page may be, with the file suffix that tells the document reader how to read it.
PAGE_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf", "text/plain": ".txt"}
BINARY_TYPE = "application/octet-stream"  # many government sites serve their PDFs so: taken only when the bytes are a PDF
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
NOT_MODIFIED = 304


class FetchError(Exception):
    """A URL that could not be fetched: `reason` names the kind of failure (timeout, too large, HTTP 404 ...)."""

    def __init__(self, url: str, reason: str, detail: str = "") -> None:
        self.url, self.reason, self.detail = url, reason, detail
        super().__init__(f"{url}: {self.why}")

    @property
    def why(self) -> str:
        """The failure without the address: 'timeout (no answer within 60 s)'."""
        return self.reason + (f" ({self.detail})" if self.detail else "")


class AddressRefused(FetchError):
    """The host resolves to a private, loopback or link-local address, and those were not allowed."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer: its body (empty when the server said it has not changed since), type and validators."""

    url: str  # the address asked for
    final_url: str  # where the answer came from, after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == NOT_MODIFIED


def user_agent(contact: str | None = None) -> str:
    """The User-Agent: names aid-tracker and, where set (option or AID_TRACKER_CONTACT), how to reach its operator."""
    contact = contact or os.environ.get(CONTACT_ENV)
    return f"aid-tracker/{__version__} (+{contact})" if contact else f"aid-tracker/{__version__} (contact not set: {CONTACT_ENV})"


def normal_url(url: str) -> str:
    """The address as stored and compared: no fragment (the same page), surrounding spaces gone."""
    return str(httpx.URL(url.strip()).copy_with(fragment=None))


def refused_reason(address: str) -> str | None:
    """Why an IP address may not be fetched without --allow-private-addresses (None when it is a public address)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    for test, name in (
        (ip.is_unspecified, "unspecified"), (ip.is_loopback, "loopback"), (ip.is_link_local, "link-local"),
        (ip.is_private, "private"), (ip.is_multicast, "multicast"), (ip.is_reserved, "reserved"),
        (not ip.is_global, "not public"),
    ):  # fmt: skip
        if test:
            return f"{address} is a {name} address"
    return None


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses that pass the check, resolving the name itself so that the address checked is the
    address connected to (no second lookup that a rebinding DNS server could answer differently)."""

    def __init__(self, refuse: Callable[[str], str | None] | None) -> None:
        self.refuse = refuse

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:  # fmt: skip
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as error:
            raise httpcore.ConnectError(f"cannot resolve {host} ({error})") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
        reasons = {address: self.refuse(address) if self.refuse else None for address in addresses}
        allowed = [address for address, reason in reasons.items() if reason is None]
        if not allowed:
            refused = "; ".join(str(reason) for reason in reasons.values())
            raise AddressRefused(host, "refused address", f"{refused}; {ALLOW_HINT}")
        last: Exception | None = None
        for address in allowed:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as error:
                last = error
        raise last if last else httpcore.ConnectError(f"cannot connect to {host}")


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport, with a connection pool whose connections go through the address check."""

    def __init__(self, refuse: Callable[[str], str | None] | None) -> None:
        super().__init__(trust_env=False)
        # httpx builds its pool without a way to pass a network backend; the pool is public httpcore API.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), max_connections=1, network_backend=_GuardedBackend(refuse)
        )


class Fetcher:
    """A polite, guarded HTTP client for pages and feeds; one request at a time."""

    def __init__(
        self, *, allow_private: bool = False, contact: str | None = None, timeout: float = TOTAL_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES, pause: float = HOST_PAUSE, max_redirects: int = MAX_REDIRECTS,
        refuse: Callable[[str], str | None] = refused_reason,
    ) -> None:  # fmt: skip
        """`timeout` bounds a whole answer (and each step within it), `pause` the time between requests to one host;
        `refuse` says why an IP address may not be connected to (the private ranges by default; none with allow_private)."""
        self.timeout, self.max_bytes, self.pause, self.max_redirects = timeout, max_bytes, pause, max_redirects
        self._last_request: dict[str, float] = {}
        step = min(timeout, READ_TIMEOUT)
        self._client = httpx.Client(
            transport=_GuardedTransport(None if allow_private else refuse), follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(step, connect=min(timeout, CONNECT_TIMEOUT)),
            headers={"User-Agent": user_agent(contact), "Accept-Encoding": "gzip, deflate"},
        )  # fmt: skip

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def page(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """An HTML page, a PDF or a plain text."""
        return self.get(url, accept=frozenset(PAGE_TYPES) | {BINARY_TYPE}, etag=etag, last_modified=last_modified)

    def feed(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """An RSS or Atom feed (XML)."""
        return self.get(url, accept=FEED_TYPES, etag=etag, last_modified=last_modified)

    def get(self, url: str, *, accept: frozenset[str], etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET the URL, following at most `max_redirects` redirects; a FetchError names what went wrong."""
        asked = url
        try:
            current = httpx.URL(url.strip())
        except (httpx.InvalidURL, TypeError) as error:
            raise FetchError(url, "not a valid address", str(error)) from None
        seen = {str(current)}
        headers = {"Accept": ", ".join(sorted(accept))}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(self.max_redirects + 1):
            if current.scheme not in SCHEMES:
                raise FetchError(asked, "unsupported scheme", f"{current.scheme or 'none'}: only http and https are fetched")
            if not current.host:
                raise FetchError(asked, "not a valid address", "no host")
            self._wait_for(current.host)
            location = self._once(asked, current, headers, accept)
            if isinstance(location, Fetched):
                return location
            current = location
            if str(current) in seen:
                raise FetchError(asked, "redirect loop", f"back to {current}")
            seen.add(str(current))
            headers.pop("If-None-Match", None)  # the validators were for the first address
            headers.pop("If-Modified-Since", None)
        raise FetchError(asked, "too many redirects", f"more than {self.max_redirects}")

    def _wait_for(self, host: str) -> None:
        """Sleep until `pause` seconds have passed since the last request to this host."""
        last = self._last_request.get(host)
        if last is not None:
            time.sleep(max(0.0, last + self.pause - time.monotonic()))
        self._last_request[host] = time.monotonic()

    def _once(self, asked: str, url: httpx.URL, headers: dict[str, str], accept: frozenset[str]) -> Fetched | httpx.URL:
        """One request: the answer, or the address a redirect points to."""
        deadline = time.monotonic() + self.timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code in REDIRECTS:
                    target = response.headers.get("location")
                    if not target:
                        raise FetchError(asked, "bad redirect", f"HTTP {response.status_code} without a Location")
                    return response.url.join(target).copy_with(fragment=None)
                etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
                if response.status_code == NOT_MODIFIED:
                    return Fetched(asked, str(response.url), NOT_MODIFIED, "", None, b"", etag, modified)
                if response.status_code != httpx.codes.OK:
                    where = "" if str(response.url) == asked else f"at {response.url}"
                    raise FetchError(asked, _status_reason(response.status_code), where)
                content_type, charset = _content_type(response.headers.get("content-type", ""))
                if content_type not in accept:
                    wanted = ", ".join(sorted(accept))
                    raise FetchError(asked, "wrong content type", f"{content_type or 'none given'}; expected {wanted}")
                body = self._body(asked, response, deadline)
        except AddressRefused as error:  # raised where the connection is made, which knows the host only
            raise AddressRefused(asked, error.reason, error.detail) from None
        except FetchError:
            raise
        except httpx.TimeoutException:
            raise FetchError(asked, "timeout", f"no answer within {self.timeout:g} s") from None
        except httpx.HTTPError as error:
            raise FetchError(asked, "connection failed", str(error) or type(error).__name__) from None
        if content_type == BINARY_TYPE and not body.startswith(PDF_MAGIC):
            raise FetchError(asked, "wrong content type", f"{BINARY_TYPE} that is not a PDF")
        return Fetched(asked, str(response.url), response.status_code, content_type, charset, body, etag, modified)

    def _body(self, asked: str, response: httpx.Response, deadline: float) -> bytes:
        """The body, read up to the size cap and the deadline, never past them (nothing beyond the cap is buffered)."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(asked, "too large", f"{_megabytes(int(declared))} declared, the limit is {_megabytes(self.max_bytes)}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # as the bytes arrive (a chunk size would wait for it to fill)
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(asked, "too large", f"more than {_megabytes(self.max_bytes)}; stopped reading there")
            if time.monotonic() > deadline:
                raise FetchError(asked, "timeout", f"the answer took longer than {self.timeout:g} s")
            chunks.append(chunk)
        return b"".join(chunks)


def _status_reason(status: int) -> str:
    names = {404: "not found", 410: "gone", 403: "forbidden", 401: "needs a login", 429: "too many requests"}
    name = names.get(status) or ("server error" if status >= httpx.codes.INTERNAL_SERVER_ERROR else "unexpected answer")
    return f"{name} (HTTP {status})"


def _content_type(header: str) -> tuple[str, str | None]:
    """The media type (lower case) and the charset a Content-Type header names."""
    media, _, rest = header.partition(";")
    charset = None
    for parameter in rest.split(";"):
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"


def document_from(fetched: Fetched) -> Document:
    """The fetched page read by the one document reader; its source is the address asked for.

    A charset named by the server outranks what the page says inside (HTML's rule), so a page in it is handed to the
    reader as UTF-8 with a byte-order mark, the strongest evidence the reader knows."""
    suffix = PDF_SUFFIX if fetched.body.startswith(PDF_MAGIC) else PAGE_TYPES.get(fetched.content_type, ".html")
    label = f"page{suffix}"
    body, warnings = _with_charset(fetched)
    try:
        document = read_document(body, name=label)
    except DocumentError as error:
        raise DocumentError(f"{fetched.url}: {_without_label(str(error), label)}") from None
    return dataclasses.replace(
        document, source=fetched.url, warnings=(*warnings, *(f"{fetched.url}: {_without_label(w, label)}" for w in document.warnings))
    )


def _without_label(message: str, label: str) -> str:
    return message.removeprefix(f"{label}: ")


def _with_charset(fetched: Fetched) -> tuple[bytes, tuple[str, ...]]:
    if not fetched.charset or fetched.body.startswith(PDF_MAGIC):
        return fetched.body, ()
    try:
        codec = codecs.lookup(fetched.charset).name
    except LookupError:
        return fetched.body, (f"{fetched.url}: the server names an unknown charset {fetched.charset!r}; read by its bytes",)
    if codec.startswith(("utf-16", "utf-32")) or fetched.body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return fetched.body, ()  # a byte-order mark says it best; UTF-16 the reader finds by its zero bytes
    try:
        text = fetched.body.decode(codec)
    except UnicodeDecodeError:
        return fetched.body, (f"{fetched.url}: the server says {fetched.charset} but the page is not written in it; read by its bytes",)
    return codecs.BOM_UTF8 + text.encode("utf-8"), ()
