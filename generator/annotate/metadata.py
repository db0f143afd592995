"""Outlet, author, publication date and kind of an article."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Mapping

from ..knowledge import KnowledgeBase
from ..model import Article
from .matching import Matcher
from .text import sentence_at

KINDS = ("news", "interview", "opinion", "analysis")
_STAFF = re.compile(r"(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)\s+(?:staff\s+)?(?:writer|reporter|correspondent|editor)s?\b")
_OUTLET_CONTEXT = re.compile(
    r"\b(?:told|to|in remarks to)\s*$", re.I
)
_AGENCY = re.compile(r"/(?P<a>[^/]{2,40})/|\((?P<b>[^)]{2,40})\)")
_OPINION = re.compile(r"\b(?:opinion|op-ed|commentary|column|editorial)\b", re.I)
_ANALYSIS = re.compile(r"^(?:analysis|explainer|insight)\b|\b(?:analysis|explainer)\s*[:|-]", re.I)
_INTERVIEW_TITLE = re.compile(r"\bto\s+[A-Z][\w' -]+:|\binterview\b|\bQ&A\b", re.I)
_FIRST_PERSON = re.compile(r"(?:^|[^“\"\w])(?:I|we|We|my|My|our|Our)\b(?![^“”]*”)")


def coerce_date(value: object) -> date | None:
    """A date from frontmatter (date, datetime or ISO string), or None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def find_outlet(article: Article, matcher: Matcher, knowledge: KnowledgeBase) -> tuple[str | None, str, int]:
    """(outlet key or name, evidence line, block) from frontmatter, dateline, staff byline or 'told <outlet>'."""
    declared = article.meta.get("outlet")
    if isinstance(declared, str) and declared.strip():
        return _outlet_in(declared, matcher) or declared.strip(), "(frontmatter)", -1
    if article.dateline:
        agency = _AGENCY.search(article.dateline)
        if agency:
            name = agency.group("a") or agency.group("b")
            return _outlet_in(name, matcher) or name.strip(), article.dateline, 0
    if article.byline:
        staff = _STAFF.search(article.byline.split(",", 1)[-1] if "," in article.byline else article.byline)
        if staff:
            return _outlet_in(staff.group("outlet"), matcher) or staff.group("outlet").strip(), article.byline, -1
    texts = [(-1, article.title or "")] + [(i, b.text) for i, b in enumerate(article.blocks) if b.kind == "paragraph"]
    for block, text in texts:
        for match in matcher.find(text):
            if match.best.taxonomy == "outlets" and _OUTLET_CONTEXT.search(text[max(0, match.start - 40) : match.start]):
                return match.best.key, sentence_at(text, match.start), block
    return None, "", -1


def _outlet_in(text: str, matcher: Matcher) -> str | None:
    for match in matcher.find(text):
        if match.best.taxonomy == "outlets":
            return match.best.key
    return None


def find_author(article: Article) -> str | None:
    """The author from frontmatter, byline or author bio, in normal case."""
    declared = article.meta.get("author")
    if isinstance(declared, str) and declared.strip():
        return declared.strip()
    for line in (article.byline, article.bio):
        if not line:
            continue
        name = re.split(r",|\s+(?:is|was)\s+|\s+[|—–-]\s+", re.sub(r"^By\s+", "", line), maxsplit=1)[0].strip()
        if 1 < len(name.split()) <= 5:
            return name.title() if name.isupper() else name
    return None


def find_published(article: Article) -> date | None:
    """The publication date from frontmatter or a dated dateline; None rather than a guess."""
    for key in ("date", "published"):
        found = coerce_date(article.meta.get(key))
        if found:
            return found
    if article.dateline:
        match = re.search(r"([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s*(\d{4})", article.dateline)
        if match:
            try:
                return datetime.strptime(f"{match.group(1)[:3]} {match.group(2)} {match.group(3)}", "%b %d %Y").date()
            except ValueError:
                return None
    return None


def find_kind(article: Article, quote_share: float, outlet_interview: bool) -> str:
    """news, interview, opinion or analysis, from frontmatter or the article's signals."""
    declared = article.meta.get("kind")
    if isinstance(declared, str) and declared.strip().lower() in KINDS:
        return declared.strip().lower()
    title = article.title or ""
    if _ANALYSIS.search(title):
        return "analysis"
    body = " ".join(b.text for b in article.blocks if b.kind == "paragraph")
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", "", body)
    first_person = len(_FIRST_PERSON.findall(unquoted))
    if article.bio or _OPINION.search(title) or first_person >= 3:
        return "opinion"
    if _INTERVIEW_TITLE.search(title) or (outlet_interview and quote_share >= 0.3):
        return "interview"
    return "news"


def frontmatter_list(meta: Mapping[str, object], key: str) -> list[str]:
    """A frontmatter value that should be a list of strings, coerced."""
    value = meta.get(key)
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return [str(v).strip() for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
    return []
