"""An RSS or Atom feed saved with a text file's name (.txt, .md): sniffed by its opening ("<?xml", "<rss", "<feed")
and read as a feed archive is (``feed_entries``), one document an item: its title the headline, its link, date and
author the metadata, its story (content, else description or summary: HTML read as its words) the text."""
from __future__ import annotations

import re

from generator.sources.feed_entries import FEED_ITEM, Item
from generator.sources.metadata import coerce_metadata

#: A feed's opening, past blank space and comments: the XML declaration before <rss>, <feed> or <rdf:RDF>, or one of them.
_FEED_START = re.compile(r"\A\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S)
#: The XML declaration names an encoding the text, already decoded, no longer has; lxml refuses a str that keeps it.
_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")


def _local(tag: object) -> str:
    """An element's name without its namespace: "{http://purl.org/dc/elements/1.1/}creator" as "creator"."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(element: object) -> dict[str, list]:
    """An element's children by local name, in order."""
    found: dict[str, list] = {}
    for child in element:
        found.setdefault(_local(child.tag), []).append(child)
    return found


def _text(children: dict[str, list], *names: str) -> str:
    """The text of the first named child holding any, its own words joined (an Atom <author>'s <name>)."""
    for name in names:
        for child in children.get(name, ()):
            text = " ".join(" ".join(child.itertext()).split()) if len(child) else (child.text or "").strip()
            if text:
                return text
    return ""


def _link(children: dict[str, list]) -> str:
    """An item's link: RSS's <link> text, Atom's alternate <link href>."""
    for link in children.get("link", ()):
        if (link.text or "").strip():
            return link.text.strip()
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link.get("href")
    return ""


def _story(children: dict[str, list]) -> str:
    """An item's story: its longest of content, description and summary, as written (HTML as the reader reads tags)."""
    stories = [(child.text or "") for name in ("encoded", "content", "description", "summary") for child in children.get(name, ())]
    return max(stories, key=lambda story: len(story.strip()), default="").strip()


def _item(element: object, outlet: str) -> Item:
    """One item or entry as (metadata, text)."""
    children = _children(element)
    raw = {"title": _text(children, "title"), "url": _link(children), "date": _text(children, "pubdate", "published", "date", "updated"),
           "author": _text(children, "creator", "author"), "outlet": outlet}
    meta = coerce_metadata({key: value for key, value in raw.items() if value}, {}, strict=False)
    return {**meta, "format": FEED_ITEM}, _story(children)


def xml_feed_items(text: str) -> tuple[dict[str, object], list[Item]] | None:
    """An RSS or Atom feed's items, each (metadata, text), and the feed's own metadata (its title the outlet); None when
    the text opens no feed, or it holds no item with a story."""
    if not _FEED_START.match(text):
        return None
    from lxml import etree  # only a feed's reading needs it: text builds never import it

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(_DECLARATION.sub("", text, count=1).strip().encode("utf-8"), parser)
    except (ValueError, etree.LxmlError):
        return None
    if root is None:
        return None
    channel = next((child for child in root if _local(child.tag) == "channel"), root)
    outlet = _text(_children(channel), "title")
    parents = (channel,) if channel is root else (channel, root)  # RSS 1.0 sets its items beside the channel
    elements = [child for parent in parents for child in parent if _local(child.tag) in ("item", "entry")]
    items = [item for item in (_item(element, outlet) for element in elements) if item[1]]
    if not items:
        return None
    return ({"outlet": outlet} if outlet else {}), items
