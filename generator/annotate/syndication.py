"""The outlet a syndication line names as the article's first publisher ("This article first appeared in X"), or a "Continue
reading from the source" link at its foot goes to."""
from __future__ import annotations

import re
from collections.abc import Callable

from generator.annotate.matching import Matcher
from generator.annotate.outlet_credits import domain_outlet
from generator.knowledge.base import KnowledgeBase
from generator.model import Article, RemovedReason

#: "This article first appeared in X", "was originally published by X", "is republished from X", "Originally published on X".
_MONTH_OR_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b")
#: A line of its own that speaks of the piece: a sentence of the news ("the report, first published by X") is no such line.
_SYNDICATED = re.compile(
    r"^[\W_]*(?:(?i:(?:an?\s+(?:earlier\s+|shorter\s+)?version\s+of\s+)?(?:(?:this|the)\s+)?(?:article|story|piece|column|op-ed|essay|"
    r"commentary|post|interview|analysis|episode)\s+)(?i:(?:has\s+|was\s+)?(?:first|originally|initially)\s+(?:appeared|published|ran)|"
    r"(?:is|was)\s+republished)|(?i:(?:originally|first|initially)\s+(?:appeared|published|ran)))\s+(?i:in|on|by|from|at|here\s*:)\s+"
    r"(?!" + _MONTH_OR_DAY + r")\[?"  # the name may be a Markdown link's words ("here: [X](https://...)")
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&|and)){0,5})")
#: A publisher's name as a syndication line writes it.
_NAME = r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&|and)){0,5})"
#: ... the other forms: "Republished with permission from X", "Reprinted from X", "Distributed by X", and a feed's footer
#: "The post <headline> appeared first on X."
_SYNDICATED_BY = re.compile(
    r"^[\W_]*(?:(?i:(?:republished|reprinted)(?:\s+with\s+(?:kind\s+)?permission)?\s+(?:from|of)|distributed\s+by)"
    r"|The\s+post\s+.{3,200}?\s+appeared\s+first\s+on)\s+" + _NAME)
#: Syndication lines sit at the foot of the text: the last paragraphs, or removed beside it; or in the post's own note on
#: itself, its frontmatter's description ("description: An earlier version of this article was initially published on X").
TAIL_PARAGRAPHS = 3
_FOOT_REASONS = frozenset({RemovedReason.CREDITS, RemovedReason.DISCLAIMER, RemovedReason.WIDGET, RemovedReason.AFTER_END})
_NOTE_KEYS = ("description", "excerpt", "summary", "note")


def syndicated_outlet(article: Article, matcher: Matcher, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key or name, line) a syndication line at the article's foot names, else None."""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"][-TAIL_PARAGRAPHS:]
    notes = [value for key in _NOTE_KEYS if isinstance(value := article.meta.get(key), str)]
    lines = [*paragraphs, *(line.text for line in article.removed if line.reason in _FOOT_REASONS), *notes]
    for line in lines:
        match = _SYNDICATED.match(line) or _SYNDICATED_BY.match(line)
        if not match:
            continue
        name = re.sub(r"(?:\s+(?:and|of|&))+$", "", match.group("name")).rstrip(".,;:'’")
        known = [m.best.key for m in matcher.find(name) if m.best.taxonomy == "outlets"] or _qualified(name, knowledge)
        return (known[0] if known else name), line
    return None


def _qualified(name: str, knowledge: KnowledgeBase) -> list[str]:
    """Outlets whose name has a qualifier running text never matches ("Foreign Policy (magazine)"): here the line says the name
    is an outlet's."""
    folded = name.casefold()
    return [term.key for term in knowledge.terms_of("outlets") if re.sub(r"\s*\([^)]*\)$", "", term.name).casefold() == folded]


#: A line sending the reader to the rest of the text at its source: "Continue reading from the source: [X][x]", "Read the
#: full story at X", "Read more at X", "Full article: <link>". A bare "Read more: <headline>" or "Read more on <topic>" is a related
#: story, not one.
_CONTINUED = re.compile(
    r"^[\W_]*(?i:(?:(?:continue|keep)\s+reading|read\s+(?:the\s+)?(?:full|whole|complete|entire|original|rest\s+of\s+the)"
    r"(?:\s+(?:story|article|report|piece|text|post|interview))?)\s+(?:from|at|on|in|via)(?:\s+the\s+(?:source|original))?"
    r"|read\s+more\s+(?:from|at|via)"
    r"|(?:read\s+)?the\s+(?:full|original)\s+(?:story|article|report)|full\s+(?:story|article|report)|original\s+(?:story|article|source))"
    r"\s*:?\s+(?P<rest>\S.*)$")
#: A Markdown link, inline or by reference ("[The Guardian](https://...)", "[The Guardian][the]{:target="_blank"}").
_LINK = re.compile(r"\[(?P<words>[^\[\]]{2,80})\](?:\((?P<url>[^)\s]+)[^)]*\)|\[(?P<ref>[^\[\]]*)\])?")
_URL_HOST = re.compile(r"(?:https?:)?//(?:www\.)?(?P<host>[a-z0-9.-]+\.[a-z]{2,})", re.I)
#: Lines at the article's foot a continuation line is among.
_CONTINUED_REASONS = _FOOT_REASONS | {RemovedReason.LINK, RemovedReason.RELATED}


def continued_source(article: Article, named: Callable[[str], list[str]], domains: dict[str, str]) -> tuple[str, str] | None:
    """(outlet key, line) a "Continue reading from the source" line at the article's foot links to: the known outlet owning the
    link's site (a reference link's address read from its definition line), else the one known outlet its words name."""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"][-TAIL_PARAGRAPHS:]
    removed = [line.text for line in article.removed if line.reason in _CONTINUED_REASONS]
    for line in (*paragraphs, *removed):
        match = _CONTINUED.match(line.strip())
        if not match:
            continue
        rest = match.group("rest")
        link = _LINK.search(rest)
        address = (link.group("url") or _defined(link.group("ref") or link.group("words"), removed)) if link else rest
        host = _URL_HOST.search(address or "")
        key = domain_outlet(host.group("host"), domains) if host else None
        found = named(link.group("words") if link else rest) if not key else [key]
        if len(set(found)) == 1:
            return found[0], line
    return None


def _defined(ref: str, lines: list[str]) -> str | None:
    """The address a reference link's definition line gives ("[the]: https://..."), case aside."""
    pattern = re.compile(rf"^\s*\[{re.escape(ref)}\]:\s*(?P<url>\S+)", re.I)
    return next((m.group("url") for line in lines if (m := pattern.match(line))), None)
