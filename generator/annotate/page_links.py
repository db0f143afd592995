"""What the links of a page's chrome say about it: the site its own menus and teasers link to, and the writer its byline links
to ("[Jane Roe](https://harbour.com/author/jane-roe/)"). Pages pasted as Markdown keep these links among the removed lines."""
from __future__ import annotations

import re
from collections import Counter

from generator.annotate.name_shapes import looks_like_name
from generator.annotate.page_address import host_label
from generator.annotate.site_names import CHROME_REASONS
from generator.model import Article, RemovedReason
from generator.sources.markdown_marks import links

#: A web address's host (past "www.") and path.
_WEB_ADDRESS = re.compile(r"https?://(?:www\.)?(?P<host>[a-z0-9.-]+\.[a-z]{2,})(?P<path>/\S*)?$", re.I)
#: Hosts of share buttons and platforms: links to them say nothing of the page's own site.
_PLATFORMS = frozenset({"facebook", "twitter", "x", "instagram", "linkedin", "whatsapp", "telegram", "pinterest", "reddit",
                        "tiktok", "youtube", "youtu", "google", "apple", "addtoany", "t", "wa", "bit", "flipboard", "wikipedia"})
#: The page's own site is the host of at least this many of its chrome's link lines ...
MIN_OWN_LINK_LINES = 3
#: ... and of more than this share of them: a menu, teasers and tags link home; a list of sources links everywhere.
MIN_OWN_LINK_SHARE = 0.5
#: A writer's page on a site: "/author/jane-roe/", "/authors/jane-roe", "/profile/jane-roe", "/by/jane-roe".
_AUTHOR_PATH = re.compile(r"^/(?:[a-z]{2}/)?(?:author|authors|writer|writers|journalist|journalists|profile|profiles|by|reporter|people|"
                          r"auteur|auteurs|autor|autores|autore|autori)/[\w%.-]+/?$"
                          # ... or a CMS's query for the writer's page: SPIP's "spip.php?page=auteur&id_auteur=33", WordPress's "?author=12"
                          r"|^/[\w.-]*\?(?:[\w=]+&)*(?:page=(?:author|auteur|autor)\b|author=\d|id_auteur=\d)", re.I)
#: ... anywhere in a line, under one folder too ("/about/authors/jane-roe"), its link's opening cut off on a line above.
_AUTHOR_ADDRESS = re.compile(r"https?://[^\s/)]+/(?:[a-z-]{2,12}/)?(?:author|authors|writer|writers|journalist|journalists|"
                             r"profile|profiles|reporter)/(?P<slug>[\w%.-]+)/?(?=[)\s]|$)", re.I)


def _chrome_links(article: Article) -> list[tuple[str, str, str, str]]:
    """(line, words, host, path) of every link to a site other than a platform in the lines removed as the page's chrome."""
    return [(line.text, words, m["host"].lower(), m["path"] or "")
            for line in (*article.removed, *article.page_chrome) if line.reason in CHROME_REASONS or line.reason == RemovedReason.AFTER_END
            for words, address in links(line.text) if (m := _WEB_ADDRESS.match(address)) and host_label(m["host"]) not in _PLATFORMS]


def own_site(article: Article) -> tuple[str, str] | None:
    """(host, line) of the site most of the chrome's link lines go to, when enough do: the page's own."""
    lines_by_host: dict[str, set[str]] = {}
    for line, _, host, _ in _chrome_links(article):
        lines_by_host.setdefault(host_label(host), set()).add(line)
    counts = Counter({label: len(lines) for label, lines in lines_by_host.items()})
    total = len({line for lines in lines_by_host.values() for line in lines})
    if not counts:
        return None
    label, count = counts.most_common(1)[0]
    if count < MIN_OWN_LINK_LINES or count <= total * MIN_OWN_LINK_SHARE:
        return None
    return next((host, line) for line, _, host, _ in _chrome_links(article) if host_label(host) == label)


def linked_author(article: Article) -> str | None:
    """The person whose page on the site a chrome line links to by name ("[Jane Roe](https://harbour.com/author/jane-roe/)"),
    or, when the link's words are a role ("Freelancer"), the name of a chrome line its address spells ("Jane Roe" over
    ".../authors/jane-roe": the writer's card)."""
    named = next((words.strip() for _, words, _, path in _chrome_links(article)
                  if _AUTHOR_PATH.match(path) and looks_like_name(words.strip())), None)
    slugs = {_letters(m["slug"]) for line in article.removed for m in _AUTHOR_ADDRESS.finditer(line.text)}
    if named or not slugs:
        return named
    names = (_MARKS.sub("", line.text).strip() for line in article.removed)
    return next((name for name in names if len(name.split()) > 1 and _letters(name) in slugs and looks_like_name(name)), None)


#: Heading marks and emphasis around a name on a line of its own ("#### Jane Roe", "**Jane Roe**").
_MARKS = re.compile(r"^#+\s*|[*_]{2}")


def _letters(text: str) -> str:
    """Letters and digits only, lower-cased: 'Jane Roe' and 'jane-roe' alike."""
    return re.sub(r"[\W_]", "", text.casefold())
