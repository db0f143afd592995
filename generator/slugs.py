"""Safe, stable slugs for file names and anchors."""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG_LENGTH = 60


def slugify(text: str, fallback_prefix: str = "item") -> str:
    """A lowercase ASCII slug; non-Latin or empty text gets a short stable hash instead."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0] or slug[:MAX_SLUG_LENGTH]
    if not slug:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        slug = f"{fallback_prefix}-{digest}"
    return slug
