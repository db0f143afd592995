"""Link checker over the whole built site (pure Python, no browser).

Every HTML file is parsed; every internal href/src (relative, root-relative, or absolute under mkdocs.yml's
site_url) must name a file of the build, and a #fragment must be an id (or <a name>) in the target page.
External links are listed (tests/artifacts/external-links.txt and the test's output) but never fetched.
The sitemap, feeds and other text outputs are checked for absolute links under site_url as well.
"""

from __future__ import annotations

import html.parser
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml

from tests.browser.browser_support import ARTIFACTS, REPO

LOCAL_BASE = "http://site.invalid/"
URL_ATTRIBUTES = {
    "a": ("href", "xlink:href"),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
    "form": ("action",),
}
NOT_FETCHED = ("mailto:", "tel:", "javascript:", "data:", "blob:", "about:")


class _PageScanner(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str, int]] = []  # (tag, attribute, value, line)

    def handle_starttag(self, tag, attrs):
        attrs_d = dict(attrs)
        if attrs_d.get("id"):
            self.ids.add(attrs_d["id"])
        if tag == "a" and attrs_d.get("name"):
            self.ids.add(attrs_d["name"])
        for attribute in URL_ATTRIBUTES.get(tag, ()):
            value = attrs_d.get(attribute)
            if value is None:
                continue
            if tag == "link" and (attrs_d.get("rel") or "").lower() in ("preconnect", "dns-prefetch"):
                continue
            values = [part.strip().split()[0] for part in value.split(",") if part.strip()] if attribute == "srcset" else [value]
            for one in values:
                self.links.append((tag, attribute, one.strip(), self.getpos()[0]))

    handle_startendtag = handle_starttag


def _site_url() -> str:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader) or {}
    url = config.get("site_url") or ""
    return url if not url or url.endswith("/") else url + "/"


class SiteIndex:
    """Every file of the build, the ids of every HTML page, and how to map a URL onto a file."""

    def __init__(self, root: Path):
        self.root = root
        self.site_url = _site_url()
        self.site_path = urlsplit(self.site_url).path or "/"
        self.pages: dict[str, _PageScanner] = {}
        for path in sorted(root.rglob("*.html")):
            scanner = _PageScanner()
            scanner.feed(path.read_text(encoding="utf-8", errors="replace"))
            scanner.close()
            self.pages[path.relative_to(root).as_posix()] = scanner

    def local(self, absolute: str) -> str | None:
        """Path of the file (relative to the site root) that an absolute URL names, or None if external."""
        for base in filter(None, (LOCAL_BASE, self.site_url)):
            if absolute.startswith(base) or absolute + "/" == base:
                return unquote(urlsplit(absolute).path)[len(urlsplit(base).path):]
        return None

    def resolve(self, rel: str) -> str | None:
        """The file a site path names, as a web server would serve it (directory -> index.html), or None."""
        target = self.root / rel if rel else self.root
        if target.is_dir():
            target = target / "index.html"
        if target.is_file():
            return target.relative_to(self.root).as_posix()
        return None

    def check(self, source: str, href: str) -> tuple[str, str | None]:
        """('external'|'skip'|'ok'|'broken', problem) for one link found in the page ``source``."""
        if not href or href.lower().startswith(NOT_FETCHED):
            return "skip", None
        page_url = urljoin(LOCAL_BASE, source)
        if href.startswith("/") and not href.startswith("//"):
            # Root-relative: relative to where the site is published (site_url's path), or to the server root.
            absolute = urljoin(LOCAL_BASE, href[len(self.site_path) - 1:] if href.startswith(self.site_path) else href)
        else:
            absolute = urljoin(page_url, href)
        rel = self.local(absolute)
        if rel is None:
            return ("external", None) if urlsplit(absolute).scheme in ("http", "https", "ftp") else ("skip", None)
        target = self.resolve(rel)
        if target is None:
            return "broken", f"no file {rel or '/'!r}"
        fragment = unquote(urlsplit(absolute).fragment)
        if fragment and target.endswith(".html") and fragment not in self.pages[target].ids:
            return "broken", f"no id {fragment!r} in {target}"
        return "ok", None


@pytest.fixture(scope="module")
def site_index(built_site) -> SiteIndex:
    return SiteIndex(built_site)


def test_no_broken_internal_links_or_anchors(site_index):
    broken: list[str] = []
    external: dict[str, set[str]] = defaultdict(set)
    checked = 0
    for source, scanner in site_index.pages.items():
        for tag, attribute, href, line in scanner.links:
            verdict, problem = site_index.check(source, href)
            if verdict == "external":
                external[href].add(source)
            elif verdict == "broken":
                broken.append(f"{source}:{line}: <{tag} {attribute}={href!r}>: {problem}")
            checked += verdict == "ok"

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    listing = [f"{url}\t{len(pages)} page(s), e.g. {sorted(pages)[0]}" for url, pages in sorted(external.items())]
    (ARTIFACTS / "external-links.txt").write_text("\n".join(listing) + "\n", encoding="utf-8")
    print(f"{len(site_index.pages)} pages, {checked} internal links checked, {len(external)} external URLs (not fetched):")
    print("\n".join(listing))

    assert checked > 0, "no internal link was found: is the site empty?"
    shown = "\n".join(broken[:60]) + (f"\n... and {len(broken) - 60} more" if len(broken) > 60 else "")
    assert not broken, f"{len(broken)} broken internal links or anchors:\n{shown}"


ABSOLUTE_URL = re.compile(r"""https?://[^\s"'<>\\)]+""")


def test_absolute_site_urls_in_sitemap_and_feeds_resolve(site_index, built_site):
    if not site_index.site_url:
        pytest.skip("mkdocs.yml sets no site_url, so no output carries absolute links to the site")
    broken: list[str] = []
    checked = 0
    for path in sorted(built_site.rglob("*")):
        if not path.is_file() or path.suffix not in (".xml", ".json", ".txt") or path.parts[-2:-1] == ("search",):
            continue
        source = path.relative_to(built_site).as_posix()
        for url in set(ABSOLUTE_URL.findall(path.read_text(encoding="utf-8", errors="replace"))):
            url = url.rstrip(".,;")
            if not url.startswith(site_index.site_url):
                continue
            verdict, problem = site_index.check(source, url)
            checked += 1
            if verdict == "broken":
                broken.append(f"{source}: {url}: {problem}")
    assert not broken, f"{len(broken)} absolute links to the site name no built file:\n" + "\n".join(broken[:60])
    print(f"{checked} absolute site URLs in sitemap/feeds/data checked")


def test_checker_reports_missing_files_and_anchors(tmp_path):
    """The checker itself: a tiny site with one good and several bad links."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<h1 id="top">Home</h1><a name="old"></a>'
        '<a href="a/page.html#here">ok</a> <a href="a/">dir</a> <a href="#old">named</a>'
        '<a href="a/page.html#nowhere">bad anchor</a> <a href="missing.html">missing</a>'
        '<img src="img/x.png"> <a href="https://example.com/x">ext</a> <a href="mailto:x@y.z">mail</a>',
        encoding="utf-8",
    )
    (tmp_path / "a" / "page.html").write_text('<p id="here">x</p><a href="../index.html#top">up</a>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text("<p>dir</p>", encoding="utf-8")
    index = SiteIndex(tmp_path)
    verdicts = {href: index.check(src, href)[0] for src, s in index.pages.items() for _, _, href, _ in s.links}
    assert verdicts == {
        "a/page.html#here": "ok",
        "a/": "ok",
        "#old": "ok",
        "a/page.html#nowhere": "broken",
        "missing.html": "broken",
        "img/x.png": "broken",
        "https://example.com/x": "external",
        "mailto:x@y.z": "skip",
        "../index.html#top": "ok",
    }
