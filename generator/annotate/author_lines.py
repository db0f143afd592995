"""Lines naming the writer that the byline rules of authors.py leave: a letter's sign-off over its town, a Korean byline."""
from __future__ import annotations

import re

from generator.model import Article, RemovedReason
from generator.sources.noise import noise_reason

#: A writer's town under their sign-off ("Kent", "Kent, Ohio", "St. Albans"): a place's one to three capitalised words.
_TOWN = re.compile(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)?")


def signs_off(article: Article, text: str) -> bool:
    """True when ``text`` is the article's last line, or the last but one over the writer's town ("Jane Roe" / "Kent"), as a
    letter to the editor is signed; nothing after either."""
    tail = [line.text.strip() for line in article.removed[-2:]]
    closing = bool(tail) and article.removed[-1].reason == RemovedReason.AFTER_END
    if not closing or tail[-1] == text:
        return closing
    # The town a letter gives under its writer's name, no page's label ("Related Stories" closes a page as well).
    town = bool(_TOWN.fullmatch(tail[-1])) and noise_reason(tail[-1], len(tail[-1].split())) is None
    return len(tail) == 2 and tail[0] == text and town and article.removed[-2].reason == RemovedReason.AFTER_END


#: A Korean person's name: two to four Hangul syllables, family name first, no space ("홍길동").
HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
#: A Korean story's byline at the head of its lead, after the agency's dateline: "(서울=연합뉴스) 홍길동 기자 = ...",
#: "홍길동 특파원 =": the reporter's name of two to four Hangul syllables, then "reporter" or "correspondent" and the "=".
_KOREAN_BYLINE = re.compile(r"^(?:[(\[][^()\[\]]{2,30}[)\]]\s*)?(?P<name>" + HANGUL_NAME.pattern + r")\s*(?:기자|특파원)\s*=")


def korean_byline(article: Article) -> str | None:
    """The reporter a Korean lead's byline names ("(서울=연합뉴스) 홍길동 기자 = ..."), else nothing."""
    lead = next((block.text.strip() for block in article.blocks if block.kind == "paragraph"), "")
    match = _KOREAN_BYLINE.match(lead)
    return match.group("name") if match else None


#: A writer's name glued to its own copy, as a select-all paste prints a writer's card (the picture's alt text, then the name):
#: "Jane RoeJane Roe".
_GLUED_TWICE = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?P=name)$")


def glued_twice(text: str) -> str | None:
    """The name of a line that is one name written twice with no space between ("Jane RoeJane Roe"), else nothing."""
    match = _GLUED_TWICE.match(text.strip())
    return match.group("name") if match else None
