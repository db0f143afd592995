"""The outlet a syndication line names as the article's first publisher ("This article first appeared in X")."""
from __future__ import annotations

import re

from generator.annotate.matching import Matcher
from generator.knowledge.base import KnowledgeBase
from generator.model import Article, RemovedReason

#: "This article first appeared in X", "was originally published by X", "is republished from X", "Originally published on X".
_MONTH_OR_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b")
#: A line of its own that speaks of the piece: a sentence of the news ("the report, first published by X") is no such line.
_SYNDICATED = re.compile(
    r"^[\W_]*(?:(?i:(?:an?\s+(?:earlier\s+|shorter\s+)?version\s+of\s+)?(?:this|the)\s+(?:article|story|piece|column|op-ed|essay|"
    r"commentary|post|interview|analysis)\s+)(?i:(?:has\s+|was\s+)?(?:first|originally)\s+(?:appeared|published|ran)|(?:is|was)\s+republished)"
    r"|(?i:(?:originally|first)\s+(?:appeared|published|ran)))\s+(?i:in|on|by|from|at)\s+(?!" + _MONTH_OR_DAY + r")"
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&|and)){0,5})")
#: A publisher's name as a syndication line writes it.
_NAME = r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&|and)){0,5})"
#: ... the other forms: "Republished with permission from X", "Reprinted from X", "Distributed by X", and a feed's footer
#: "The post <headline> appeared first on X."
_SYNDICATED_BY = re.compile(
    r"^[\W_]*(?:(?i:(?:republished|reprinted)(?:\s+with\s+(?:kind\s+)?permission)?\s+(?:from|of)|distributed\s+by)"
    r"|The\s+post\s+.{3,200}?\s+appeared\s+first\s+on)\s+" + _NAME)
#: Syndication lines sit at the foot of the text: the last paragraphs, or removed beside it.
TAIL_PARAGRAPHS = 3
_FOOT_REASONS = frozenset({RemovedReason.CREDITS, RemovedReason.DISCLAIMER, RemovedReason.WIDGET, RemovedReason.AFTER_END})


def syndicated_outlet(article: Article, matcher: Matcher, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key or name, line) a syndication line at the article's foot names, else None."""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"][-TAIL_PARAGRAPHS:]
    lines = [*paragraphs, *(line.text for line in article.removed if line.reason in _FOOT_REASONS)]
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
