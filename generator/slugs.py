"""Safe, stable slugs for file names and anchors."""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG_LENGTH = 60
#: Latin letters that Unicode decomposition does not reduce to ASCII ('Łódź' -> 'lodz', not 'odz').
TRANSLITERATIONS = str.maketrans({
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L",
})


def slugify(text: str, fallback_prefix: str = "item") -> str:
    """A lowercase ASCII slug of at most MAX_SLUG_LENGTH characters; text with no Latin letters or digits gets a stable hash."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(TRANSLITERATIONS)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0] or slug[:MAX_SLUG_LENGTH]
    if not slug:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        prefix = re.sub(r"[^a-z0-9]+", "-", fallback_prefix.lower()).strip("-")[: MAX_SLUG_LENGTH - 11] or "item"
        slug = f"{prefix}-{digest}"
    return slug
