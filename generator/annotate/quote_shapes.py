"""What a quotation's own words say about it: whom it addresses, whether it fills its paragraph, whether it is a title."""
from __future__ import annotations

import re

from generator.annotate.roles import NOT_NAMES

#: A name the quotation opens by addressing ("Viktor - ...", "Mr President, ...", "Dear Emmanuel,").
_VOCATIVE = re.compile(r"^(?:(?:Dear|Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Z][\w'’-]+)\s*(?:,|!|\s[-–—]\s)")


def addressed(inner: str, name: str) -> bool:
    """True when the quotation opens by addressing the person by a word of their name: they hear it, not say it."""
    vocative = _VOCATIVE.match(inner)
    return bool(vocative) and vocative.group("name") in name.split() and vocative.group("name") not in NOT_NAMES


def whole_paragraph(text: str, start: int, end: int) -> bool:
    """True when the quotation fills its paragraph."""
    return start <= 1 and end >= len(text.rstrip()) - 2


def is_quoted_title(inner: str) -> bool:
    """Quoted titles and names: every word capitalised, no sentence punctuation."""
    words = inner.split()
    return len(words) <= 8 and all(w[:1].isupper() or w.lower() in {"and", "of", "the", "for", "in"} for w in words)
