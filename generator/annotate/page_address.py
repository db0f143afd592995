"""The page's own address: the frontmatter's URL or the first bare link the cleaner removed (never a share button's, a
platform's or a picture's), the sites its bare links go to, and a domain's own name."""
from __future__ import annotations

import re

from generator.annotate.record_meta import record_address
from generator.model import Article, RemovedReason

__all__ = ["declared_address", "host_label", "linked_sites", "page_address"]


#: Hosts of share buttons, link shorteners and platforms: a bare link to one of them is not the page's address.
_NOT_PAGE_HOSTS = re.compile(
    r"(?:^|\.)(?:twitter|x|facebook|fb|t|youtube|youtu|instagram|linkedin|whatsapp|telegram|pinterest|reddit|tiktok|"
    r"google|apple|amzn|amazon|bit|tinyurl|ow|goo|flickr|wikipedia|archive|web\.archive)\.(?:[a-z]{2,3}\.)?[a-z]{2,}$"
)
_PAGE_URL = re.compile(r"^(?:https?://|www\.)(?:www\.)?(?P<host>[a-z0-9.-]+\.[a-z]{2,})(?P<path>[/?#]\S*)?$", re.I)
#: A Markdown link whose words are an address, "[https://x.lk/?p=1](https://x.lk/?p=1)": the bare link a page's copy wrote.
_ADDRESS_LINK = re.compile(r"^\[(?P<words>(?:https?://|www\.)[^\s\]]+)\]\((?P<url>https?://[^\s)]+)\)$", re.I)
#: A path this short ("/5xk8w") is a short link for sharing, on whatever host, not the page's address.
MIN_PAGE_PATH = 10


#: A web archive's copy of a page, its address holding the page's own ("https://web.archive.org/web/2021im_/https://x.com/a").
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[\w*]+/(?P<url>(?:https?://|www\.)\S+)$", re.I)
#: The keys an archive's exporter keeps the archived page's own address under when its "url" is the archive's copy.
_ORIGINAL_KEYS = ("url", "original_url", "canonical_url", "source_url")
#: An address written without its scheme ("thestandnews.com/international/x"): a host, then a path.
_SCHEMELESS = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S+$", re.I)


def declared_address(article: Article) -> tuple[str, str] | None:
    """(host, url) of the frontmatter's page address, as the editor gave it; none for a share or platform link. A web
    archive's copy is the page it archived; an archive's exporter's "original_url" stands for the page when "url" does not."""
    for key in (*_ORIGINAL_KEYS, "record"):
        url = article.meta.get(key) if key != "record" else record_address(article)  # a pasted record's url field last
        url = f"https://{url}" if isinstance(url, str) and _SCHEMELESS.match(url) else url
        archived = _ARCHIVED.match(url) if isinstance(url, str) else None
        url = archived.group("url") if archived else url
        match = _PAGE_URL.match(url) if isinstance(url, str) else None
        if match and not _NOT_PAGE_HOSTS.search(match.group("host").lower()):
            return match.group("host").lower(), url
    return None


def page_address(article: Article) -> tuple[str, str] | None:
    """(host, line) of the first bare link the cleaner removed that is not a share or platform link: the page's address; none
    when such links go to several sites (a list of sources or references: "Sources:", then a link to each)."""
    found = [(host, text) for host, text, path in _page_links(article) if len(path) >= MIN_PAGE_PATH]
    return found[0] if found and len(linked_sites(article)) == 1 else None


def linked_sites(article: Article) -> set[str]:
    """The sites (domain names, 'bbc' for www.bbc.co.uk) the page's bare links go to, share and platform links aside."""
    return {host_label(host) for host, _, _ in _page_links(article)}


#: A picture's address names the server it is kept on (an image host, a CDN), not the page's site.
_PICTURE_PATH = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]\S*)?$", re.I)


def _page_links(article: Article) -> list[tuple[str, str, str]]:
    """(host, line, path) of every bare link the cleaner removed that is not a share or platform link."""
    found = []
    for line in (*article.removed, *article.page_chrome):
        link = _ADDRESS_LINK.match(line.text)
        text = link.group("url") if link else line.text
        match = _PAGE_URL.match(text) if line.reason in (RemovedReason.LINK, RemovedReason.AFTER_END) else None
        if match and not _NOT_PAGE_HOSTS.search(match.group("host").lower()) and not _PICTURE_PATH.search(match.group("path") or ""):
            found.append((match.group("host").lower(), text, match.group("path") or ""))
    return found


#: Second-level labels of country domains ("co.uk", "com.br"): part of the suffix, not the site's name.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


def host_label(host: str) -> str:
    """The domain's own name, letters and digits only: 'www.dailymirror.lk' -> 'dailymirror', 'bbc.co.uk' -> 'bbc'."""
    labels = host.lower().removeprefix("www.").split(".")
    suffix = 2 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 1
    return re.sub(r"[^a-z0-9]", "", labels[-suffix - 1] if len(labels) > suffix else labels[0])
