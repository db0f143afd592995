"""The features of an article's kind that hold across outlets, for the learned fallback ``train_kinds`` measures.

A pure function of the article and the share of its paragraphs that quote someone: the writer's own voice (first
person outside quotations, modal and evaluative words, hedges), the reporter's marks (said-verbs, a dateline, a wire
credit), the text's shape (paragraphs, their length, questions), the byline's (a writer's bio) and the headline's.
Rates are per paragraph or per hundred words, squashed by ``log1p`` so that no one page's count dominates.
"""
from __future__ import annotations

import math
import re

from generator.annotate.kinds import _unquoted, writer_paragraphs
from generator.model import Article

#: The feature names, in the weights file's order; the first is the bias.
NAMES = (
    "bias", "first_singular", "first_plural", "second_person", "modal", "evaluative", "hedge", "quote_share",
    "quoted_chars", "said_per_paragraph", "speakers", "question_paragraphs", "qa_turns", "dateline", "wire_credit",
    "paragraphs", "paragraph_words", "bio", "bio_at_end", "headline_question", "headline_colon",
    "news_days", "lead_said", "headings", "references", "sentence_words", "questions",
)

_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_PLURAL = re.compile(r"\b(?:we|us|our|ours|ourselves)\b", re.I)
_SECOND = re.compile(r"\b(?:you|your|yours)\b", re.I)
_MODAL = re.compile(r"\b(?:should|must|ought|needs?\s+to|has\s+to|have\s+to|cannot\s+afford)\b", re.I)
_EVALUATIVE = re.compile(r"\b(?:I\s+(?:think|believe|argue|suspect|fear|hope)|in\s+my\s+view|to\s+my\s+mind|frankly|surely"
                         r"|of\s+course|absurd|shameful|disgrace\w*|foolish|wrong-headed|folly|hypocri\w+|let\s+us|let's)\b", re.I)
_HEDGE = re.compile(r"\b(?:could|likely|unlikely|suggests?|however|because|may|might|perhaps|probably|whether|analysts?"
                    r"|experts?|risks?|signals?|implications?|means)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|told|added|according\s+to|stated|noted|explained)\b", re.I)
#: A name or a pronoun before a said-verb ("Smith said", "she told"): a speaker the text attributes.
_SPEAKER = re.compile(r"\b([A-Z][a-z]+|he|she|they)\s+(?:said|says|told|added)\b")
_WIRE = re.compile(r"\((?:Reuters|AP|AFP|dpa|Xinhua|TASS|Bloomberg|UPI|ANI|IANS|PTI|Anadolu|EFE|Kyodo|Yonhap)\)"
                   r"|\b(?:Reuters|Associated\s+Press|Agence\s+France-Presse|AFP)\b")
#: The reporter's clock: a weekday or "yesterday" that dates what happened.
_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+(?:week|night))\b")
#: A footnote's mark or a list of references: an essay's apparatus.
_REFERENCE = re.compile(r"\[\d{1,3}\]|^(?:References|Sources|Notes|Bibliography|Footnotes)\s*:?$", re.M)
#: The first paragraphs, where a news story attributes its lead.
LEAD_PARAGRAPHS = 3
_TURN = re.compile(r"^(?:Q|A|Question|Answer|[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2})\s*[:.-]\s")


def _rate(count: float, per: float) -> float:
    return math.log1p(count / per) if per else 0.0


def kind_features(article: Article, quote_share: float) -> tuple[float, ...]:
    """The article's feature vector, in ``NAMES`` order."""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    own = " ".join(_unquoted(p) for p in writer_paragraphs(paragraphs))
    text = " ".join(paragraphs)
    words = max(1, len(text.split()))
    own_words = max(1, len(own.split()))
    hundreds = own_words / 100
    count = max(1, len(paragraphs))
    quoted = sum(len(m) for p in paragraphs for m in re.findall(r"“[^”]*”|\"[^\"]*\"", p))
    title = (article.title or "").strip()
    return (
        1.0,
        _rate(len(_SINGULAR.findall(own)), hundreds),
        _rate(len(_PLURAL.findall(own)), hundreds),
        _rate(len(_SECOND.findall(own)), hundreds),
        _rate(len(_MODAL.findall(own)), hundreds),
        _rate(len(_EVALUATIVE.findall(own)), hundreds),
        _rate(len(_HEDGE.findall(own)), hundreds),
        quote_share,
        quoted / max(1, len(text)),
        _rate(len(_SAID.findall(text)), count),
        math.log1p(len({m.lower() for m in _SPEAKER.findall(text)})),
        sum(1 for p in paragraphs if p.rstrip().endswith("?")) / count,
        sum(1 for p in paragraphs if _TURN.match(p)) / count,
        1.0 if article.dateline else 0.0,
        1.0 if _WIRE.search(" ".join([article.dateline or "", article.byline or "", text])) else 0.0,
        math.log1p(len(paragraphs)) / 3,
        math.log1p(words / count) / 4,
        1.0 if article.bio else 0.0,
        1.0 if article.bio and article.bio_at_end else 0.0,
        1.0 if title.endswith("?") else 0.0,
        1.0 if ":" in title else 0.0,
        _rate(len(_DAY.findall(text)), count),
        1.0 if any(_SAID.search(p) for p in paragraphs[:LEAD_PARAGRAPHS]) else 0.0,
        math.log1p(sum(1 for b in article.blocks if b.kind == "heading")),
        1.0 if _REFERENCE.search("\n".join(b.text for b in article.blocks)) else 0.0,
        math.log1p(words / max(1, len(re.findall(r"[.!?](?:\s|$)", text)))) / 4,
        _rate(own.count("?"), hundreds),
    )
