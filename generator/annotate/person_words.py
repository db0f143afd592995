"""What one word beside a name says of it: an occupation opening the sentence before a surname is its title, a
subject ending in "-ing" closes the role before the name, a place's preposition or a day after a known surname
makes it a place or a month."""
from __future__ import annotations

import re
from typing import Container, Sequence

from generator.annotate.dates import MONTHS
from generator.annotate.matching import Match
from generator.annotate.name_shapes import GIVEN_NAMES, sentence_start
from generator.annotate.person_evidence import KIN_NOUNS
from generator.annotate.roles import OCCUPATIONS

#: A preposition of place right before a word: "people in Tai, said ...", "at Wellington" (never "to", "from": one
#: speaks to and hears from people).
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+$")
#: A day or a year after a month's name: "May 21", "May 2024".
_DAY_AFTER = re.compile(r"\s+\d{1,4}\b")
#: A relative's kinship after the name, with its owner: "Myeshia Johnson, Johnson’s widow", "Hunter, his son".
_KIN_AFTER = re.compile(rf",\s+(?:[A-Z][\w'’-]*['’]s|his|her|their)\s+{KIN_NOUNS}\b")
#: A subject of a role written as a gerund, as roles name what they are for: "Assistant Secretary for Terrorist Financing".
_GERUND = re.compile(r"[A-Z][a-z]{3,}ing")
#: The words a role names its subjects after: "Minister for ...", "Secretary of ...".
_SUBJECT_OPENERS = frozenset({"for", "of"})


def occupation_title(tokens: Sequence, text: str, surnames: Container[str]) -> bool:
    """True when a two-word run opening a sentence is an occupation and a surname the article gives a person:
    "Author Strangio told VOA" after "Sebastian Strangio, author of ..." (the occupation is the title, not a given name)."""
    return (len(tokens) == 2 and tokens[0].text.lower() in OCCUPATIONS and tokens[0].text not in GIVEN_NAMES
            and sentence_start(text, tokens[0].start) and tokens[1].text in surnames)


def subject_gerund(word: str, role: Sequence) -> bool:
    """True when a capitalised gerund after a role's "for" or "of" is the role's last subject, not a name's first word:
    "Assistant Secretary for Terrorist Financing Marshall Billingslea"."""
    return (bool(_GERUND.fullmatch(word)) and word not in GIVEN_NAMES
            and any(token.text in _SUBJECT_OPENERS for token in role))


def place_or_date(text: str, start: int, end: int) -> bool:
    """True when a known person's surname alone is a place after "in" or "at" ("4,000 people in Tai, said ...") or a
    month before its day or year ("POLITICO, May 21, 2020"), whatever verb follows."""
    return (bool(_PLACE_BEFORE.search(text, max(0, start - 8), start))
            or text[start:end].lower() in MONTHS and bool(_DAY_AFTER.match(text, end)))


def country_in_brackets(text: str, end: int, block_matches: Sequence[Match]) -> str | None:
    """The country a bracket right after a name holds alone, as meetings' reports write delegates: "Alf Wills (South
    Africa)", else None."""
    if text[end : end + 2] != " (":
        return None
    return next((match.best.key for match in block_matches if match.start == end + 2 and match.best.taxonomy == "countries"
                 and match.best.kind == "name" and text[match.end : match.end + 1] == ")"), None)


def kin_after(text: str, end: int) -> bool:
    """True when an apposition after the name says whose relative they are: "Myeshia Johnson, Johnson’s widow, said"."""
    return bool(_KIN_AFTER.match(text, end))


#: A peer's style, which the peer is named by with one name: "Lord Goldsmith", "Baroness Ashton".
_PEER_TITLES = frozenset({"Lord", "Lady", "Baron", "Baroness"})
#: One capitalised word, perhaps double-barrelled, and what shows it a person's: a deed, a comma, a list going on.
_PEER_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_PEER_AFTER = re.compile(r"['’]s\b|,|\s+(?:and\s+[A-Z]|(?:[a-z]+ed|was|is|has|had|have|will|would|told|met|said|says)\b)")
#: Whom "Lord" names in prayer, no peer.
_DEITIES = frozenset({"God", "Jesus", "Christ", "Almighty"})


def peer(title: str, name: str, text: str, end: int, lowercase: Container[str]) -> bool:
    """True when a peer's style stands before one name that acts, stands in apposition or opens a list: "Lord Rose
    and Brendan Barber", "Lord Goldsmith, the Attorney General" (the style is part of the name the peer goes by)."""
    return (title in _PEER_TITLES and bool(_PEER_NAME.fullmatch(name)) and name not in _DEITIES
            and name.lower() not in lowercase and name not in GIVEN_NAMES and bool(_PEER_AFTER.match(text, end)))


#: How far back a quotation holding a name may open.
_QUOTE_REACH = 200


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """True when the name stands inside a quoted title-case span, a work's title a citation or a sentence gives ("“The
    Blockade Imposed Against Qatar: An Analytical Study of WTO Principles,”", "“The Hungry Dragon: How China’s
    Resource Quest is Reshaping the World”"): its capitalised words are the title's, no person's name."""
    low = max(0, start - _QUOTE_REACH)
    opening = text.rfind("“", low, start)
    if opening < 0 or text.rfind("”", opening, start) >= 0:
        opening = text.rfind('"', low, start)
        if opening < 0 or text.count('"', 0, opening) % 2:
            return False  # no quotation open at the name (a straight mark opens only after an even count)
    closing = min((i for i in (text.find("”", end, end + _QUOTE_REACH), text.find('"', end, end + _QUOTE_REACH)) if i >= 0), default=-1)
    return closing >= 0 and _titled(text[opening + 1 : closing])


#: A word of a quoted span, and the short words a title leaves in lowercase.
_SPAN_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_MINOR = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from",
                          "as", "is", "are", "vs", "via", "into", "over"})


def _titled(span: str) -> bool:
    """True when a quoted span is a title: four words or more, a fifth of them at most in lowercase past the minor ones."""
    words = [w for w in _SPAN_WORD.findall(span) if w.lower() not in _TITLE_MINOR]
    return len(words) >= 4 and sum(not w[:1].isupper() for w in words) * 5 <= len(words)


#: What joins a list's last name to the one before it ("..., Lord Rose and Brendan Barber"): a comma alone may open
#: the first name's apposition ("Alejandro Celorio, Legal Counselor, SRE").
_LIST_END = re.compile(r",?\s+and\s+")


def list_end(text: str, found_end: int, start: int) -> bool:
    """True when the name closes a list after a person found in the paragraph (``found_end``: where they end, or -1)."""
    return found_end >= 0 and bool(_LIST_END.fullmatch(text, found_end, start))
