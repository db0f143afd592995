"""Fetch a web page once and save it under sources/, so builds never touch the network.

`python -m generator add URL` calls these. A page is saved only when the whole answer was read and
judged an HTML page within the limits; any failure is a FetchError with a message for the editor,
and sources/ is left as it was. The saved file starts with YAML frontmatter recording the address
and the fetch date; the page's bytes follow unchanged.
"""
from __future__ import annotations

import http.client
import json
import os
import socket
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from generator.slugs import slugify

#: Seconds to wait for the server at each step, and for the whole answer.
DEFAULT_TIMEOUT = 20.0
#: Redirects followed before giving up.
MAX_REDIRECTS = 5
#: Content types that are saved pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Bytes read at a time while checking the size and the deadline.
CHUNK = 64 * 1024
USER_AGENT = "briefing/0.1 (saved-page fetcher; one request per page)"


class FetchError(Exception):
    """A page that could not be fetched and saved; the message is shown to the editor."""


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """One fetched page: the address asked for, where it ended after redirects, its bytes and declared charset."""

    url: str
    final_url: str
    data: bytes
    charset: str | None


class _CountingRedirects(urllib.request.HTTPRedirectHandler):
    """urllib's redirect handling with our limit and only to http(s) addresses."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 (urllib's signature)
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a non-web address ({newurl[:80]})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> str:
    """The URL if it is an absolute http(s) address; a FetchError otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError("not an http(s) address")
    return url.strip()


def fetch_page(url: str, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> FetchedPage:
    """The page at ``url``: followed redirects, an HTML content type, at most ``max_bytes``, within ``timeout``."""
    request = urllib.request.Request(check_url(url), headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"})
    opener = urllib.request.build_opener(_CountingRedirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in HTML_TYPES:
                raise FetchError(f"not a web page: the server sent {content_type}")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"page too large ({int(declared):,} bytes, limit {max_bytes:,})")
            data = _read_bounded(response, max_bytes, deadline, timeout)
            return FetchedPage(url, response.geturl(), data, response.headers.get_content_charset())
    except urllib.error.HTTPError as error:
        if error.code in (301, 302, 303, 307, 308):
            target = (error.headers or {}).get("Location", "")
            if urlsplit(target).scheme.lower() not in ("", "http", "https"):
                raise FetchError(f"redirected to a non-web address ({target[:80]})") from None
            raise FetchError(f"more than {MAX_REDIRECTS} redirects") from None
        raise FetchError(f"the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"no answer within {timeout:g} seconds") from None
        raise FetchError(f"cannot reach the server: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"no answer within {timeout:g} seconds") from None
    except (http.client.HTTPException, ConnectionError, OSError) as error:
        raise FetchError(f"the connection failed: {error or type(error).__name__}") from None


def _read_bounded(response: http.client.HTTPResponse, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The answer's body, refusing it past ``max_bytes`` or the deadline (a slow drip cannot hold the command)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"page too large (more than {max_bytes:,} bytes)")
        if time.monotonic() > deadline:
            raise FetchError(f"the page took more than {timeout:g} seconds to arrive")
        chunks.append(chunk)
    if not size:
        raise FetchError("the server sent an empty page")
    return b"".join(chunks)


def page_file_name(url: str) -> str:
    """A file name for a page from its address: host and path as a slug, '.html'."""
    parts = urlsplit(url)
    return slugify(f"{parts.hostname or ''} {parts.path}", fallback_prefix="page") + ".html"


def frontmatter_of(page: FetchedPage, fetched: date) -> bytes:
    """The YAML block saved before the page: where it came from and when (JSON strings are valid YAML)."""
    lines = ["---", f"fetched_from: {_quoted(page.final_url)}", f"fetched: {fetched.isoformat()}"]
    if page.final_url != page.url:
        lines.append(f"requested: {_quoted(page.url)}")
    if page.charset:
        lines.append(f"charset: {_quoted(page.charset)}")
    return ("\n".join(lines) + "\n---\n").encode("utf-8")


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=True)


def save_page(page: FetchedPage, sources_dir: Path, fetched: date) -> Path:
    """Write the page under ``sources_dir`` with its frontmatter; a new name if one is taken, never half a file."""
    sources_dir.mkdir(parents=True, exist_ok=True)
    name = page_file_name(page.final_url)
    stem = name.removesuffix(".html")
    path = sources_dir / name
    number = 1
    while path.exists():
        number += 1
        path = sources_dir / f"{stem}-{number}.html"
    handle, temporary = tempfile.mkstemp(dir=sources_dir, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(frontmatter_of(page, fetched) + page.data)
        os.link(temporary, path)  # fails rather than overwrite a file that appeared meanwhile
    finally:
        os.unlink(temporary)
    return path
