"""`python -m generator add`: pages fetched once from a local server, saved with their address, or a clear error."""
from __future__ import annotations

import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_html_reader import page

from generator.__main__ import main
from generator.model import SourceDocument
from generator.sources.fetch import FetchError, fetch_page, page_file_name
from generator.sources.reading import read_source

ARTICLE = page().encode()


class Pages(BaseHTTPRequestHandler):
    """A small site: an article, redirects, errors, other content types, a slow and an oversized page."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        routes = {
            "/news/story.html": (200, "text/html; charset=utf-8", ARTICLE),
            "/xhtml": (200, "application/xhtml+xml", ARTICLE),
            "/image.png": (200, "image/png", b"\x89PNG\r\n"),
            "/missing": (404, "text/html", b"<p>Not here</p>"),
            "/broken": (500, "text/html", b"<p>Oops</p>"),
            "/huge": (200, "text/html", b"<p>" + b"x" * 3_000_000),
            "/empty": (200, "text/html", b""),
        }
        if self.path == "/moved":
            return self._redirect("/news/story.html")
        if self.path.startswith("/loop"):
            return self._redirect(f"/loop{len(self.path)}")
        if self.path == "/to-script":
            return self._redirect("javascript:alert(1)")
        if self.path == "/slow":
            time.sleep(3)
        status, kind, body = routes.get(self.path, (200, "text/html", ARTICLE))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if self.path != "/huge":  # no Content-Length: the size is found while reading
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    """A web server on 127.0.0.1 in a thread: its base address."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_is_saved_with_its_address_and_fetch_date(server, tmp_path, settings_for, capsys):
    sources = tmp_path / "sources"
    assert main(["--root", str(tmp_path), "add", f"{server}/moved"]) == 0
    [saved] = sources.iterdir()
    assert saved.name == "127-0-0-1-news-story-html.html"
    text = saved.read_text(encoding="utf-8")
    assert text.startswith(f'---\nfetched_from: "{server}/news/story.html"\nfetched: {date.today().isoformat()}\n'
                           f'requested: "{server}/moved"\ncharset: "utf-8"\n---\n<!DOCTYPE html>')
    assert "saved " in capsys.readouterr().out
    document = read_source(saved, saved.name, settings_for(tmp_path))
    assert isinstance(document, SourceDocument)
    assert document.meta["url"] == "https://www.gulf-times.example/news/japan-saudi-mining"  # the page's canonical address
    assert document.meta["fetched_from"] == f"{server}/news/story.html"


def test_the_same_page_twice_gets_a_second_name(server, tmp_path):
    assert main(["--root", str(tmp_path), "add", f"{server}/news/story.html", f"{server}/news/story.html"]) == 0
    assert sorted(path.name for path in (tmp_path / "sources").iterdir()) == [
        "127-0-0-1-news-story-html-2.html", "127-0-0-1-news-story-html.html"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/broken", "the server answered 500 Internal Server Error"),
        ("/image.png", "not a web page: the server sent image/png"),
        ("/huge", "page too large (more than 2,000,000 bytes)"),
        ("/empty", "the server sent an empty page"),
        ("/loop", "redirect"),
        ("/to-script", "redirected to a non-web address"),
        ("/slow", "no answer within 1 seconds"),
    ],
)
def test_failures_give_a_clear_message_and_save_nothing(server, tmp_path, capsys, path, message):
    assert main(["--root", str(tmp_path), "add", "--timeout", "1", f"{server}{path}"]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"error: {server}{path}: ") and message in error and error.rstrip().endswith("nothing was saved")
    assert not (tmp_path / "sources").exists() or not any((tmp_path / "sources").iterdir())


@pytest.mark.parametrize("url", ["ftp://example.org/a", "javascript:alert(1)", "example.org/a", "file:///etc/passwd"])
def test_only_web_addresses_are_fetched(url):
    with pytest.raises(FetchError, match="not an http"):
        fetch_page(url, 1000)


def test_xhtml_is_a_web_page(server):
    assert fetch_page(f"{server}/xhtml", 2_000_000).data == ARTICLE


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(FetchError, match="cannot reach the server"):
        fetch_page("http://127.0.0.1:9/", 1000, timeout=2)


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.example.org/2024/03/05/mining-pact/", "www-example-org-2024-03-05-mining-pact.html"),
        ("https://example.org/", "example-org.html"),
        ("https://例え.jp/記事", "jp"),
    ],
)
def test_file_names_come_from_the_address(url, name):
    assert page_file_name(url).startswith(name) and page_file_name(url).endswith(".html")
