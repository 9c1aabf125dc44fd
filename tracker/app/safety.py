"""The names the dashboard answers to: a page under any other name that resolves to this machine (DNS rebinding) is refused.

Two layers hold the same list. `aid-tracker dashboard` passes it to Streamlit's `server.allowedHosts`, so that the server
refuses the WebSocket of any other Host before a script runs; and every run of the app checks the Host and Origin of its
session first (`refuse_unknown_host`), which also covers `streamlit run dashboard.py`, where the server lets any Host in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

import streamlit as st

from tracker.app.common import plain  # the one escaping function for outside text (a header is outside text)

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")  # what a browser on this machine calls it; [::1] arrives as ::1
HOSTS_VARIABLE = "AID_TRACKER_HOSTS"  # more names, separated by commas or spaces: AID_TRACKER_HOSTS="tracker.lan,10.0.0.5"
ANY_HOST, SUBDOMAINS = "*", "*."  # Streamlit's own patterns in server.allowedHosts, honoured when a user sets it
_SEPARATORS = re.compile(r"[\s,]+")


def allowed_hosts(environment: Mapping[str, str] = os.environ) -> list[str]:
    """The host names the dashboard answers to: this machine's, then those of AID_TRACKER_HOSTS (lower case, no port)."""
    names = [name for name in _SEPARATORS.split(environment.get(HOSTS_VARIABLE, "")) if name]
    hosts = [*LOCAL_HOSTS, *(_host_name(name) or name.lower() for name in names)]
    return list(dict.fromkeys(hosts))


def _host_name(value: str) -> str | None:
    """The host name of a Host header or an Origin ('[::1]:8501' -> '::1'); None when it is not a plain host[:port]."""
    try:
        parts = urlsplit(value if "://" in value else f"//{value}")
        _ = parts.port  # a port that is not a number makes this raise
    except ValueError:
        return None
    if not parts.hostname or parts.username is not None or parts.password is not None or parts.path or parts.query:
        return None
    return parts.hostname.lower().rstrip(".")


def is_allowed(value: str, allowed: Iterable[str]) -> bool:
    """Whether a Host header or Origin names one of the allowed hosts (Streamlit's '*' and '*.example.org' included)."""
    name = _host_name(value)
    if name is None:
        return False
    for pattern in (entry.strip().lower().rstrip(".") for entry in allowed):
        if pattern == ANY_HOST or name == pattern or (pattern.startswith(SUBDOMAINS) and name.endswith(pattern[1:])):
            return True
    return False


def refuse_unknown_host() -> None:
    """Stop this run, before the store is opened, when the browser reached the dashboard under a name it does not serve.

    A request without a Host header comes from no browser (a DNS-rebinding page always sends the name it was loaded
    from), such as Streamlit's AppTest: it is let through.
    """
    allowed = [*allowed_hosts(), *st.get_option("server.allowedHosts")]
    headers = st.context.headers
    refused = [value for value in (headers.get("Host"), headers.get("Origin")) if value and not is_allowed(value, allowed)]
    if refused:
        name = _host_name(refused[0]) or refused[0]
        st.error(
            f"This dashboard does not answer to the name {plain(name)}. Open it on localhost or 127.0.0.1, or list the name "
            f"in `{HOSTS_VARIABLE}` before starting it."
        )
        st.stop()
