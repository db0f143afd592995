"""The writer of a blog's own post, named in its frontmatter by one name."""
from __future__ import annotations

import re

from generator.annotate.authors import declared_names, is_person
from generator.model import Article
from generator.sources.bylines import UPPER


def own_post_writer(article: Article) -> str | None:
    """The blogger a post's frontmatter names by one capitalised name ("author: Niklas"), when the post is their own: no outlet
    at all, known or not (the caller's test), no dateline or byline of a copied story, no pointer to its source ("Continue
    reading from the source"), nor the site's own name. A handle in small letters ("keiaa", "rishi.kant"), initials ("PL") or
    an account ("Admin") is no name."""
    names = declared_names(article)
    name = names[0] if len(names) == 1 else ""
    if not _ONE_NAME.fullmatch(name) or article.dateline or article.byline:
        return None
    if any(_SOURCE_POINTER.search(line.text) for line in article.removed):
        return None
    if any(name.casefold() in str(value).casefold() for key, value in article.meta.items() if key not in ("author", "title")):
        return None  # the site's own name ("author: Finescoop" on finescoop.com): a publisher's account
    return name if is_person(name) and name.lower() not in _UNNAMED else None


#: One capitalised name: a capital, then small letters of any script.
_ONE_NAME = re.compile(rf"[{UPPER}][^\W\d_A-Z]{{2,}}")
#: A line pointing to the page a post copies: "Continue reading from the source", "Read more at ...", "Originally published".
_SOURCE_POINTER = re.compile(r"\b(?:source|continue reading|read (?:more|the full|the rest)|originally published|original article)\b", re.I)
#: Placeholders for no writer that read as a name ("Anonymous", "Unknown", "Guest").
_UNNAMED = frozenset({"anonymous", "unknown", "guest", "none", "null", "user", "author", "editor", "redaction", "redaktion"})
