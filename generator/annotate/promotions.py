"""The outlet a site's promotion of itself names ("Follow Ynetnews on Facebook", "Download the X app", "X POLL")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from generator.annotate.vocabulary import words
from generator.model import Article

#: What {site} may be: a few capitalised words or a domain ("Ynetnews", "the Bangkok Post", "dawn.com"), never a phrase of the
#: text ("follow the Harbour Times report on ..."); {rest}: the rest of the line, for an outlet named anywhere in it.
_WORD = r"(?-i:[A-Z0-9][\w&.'’-]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
_SITE = rf"(?P<site>(?:(?i:the)\s+)?{_WORD}(?:\s+{_WORD}){{0,4}})"
_REST = r"(?P<site>.{2,80})"


#: Words nearly every line holds: no use as the word a promotion's line must hold.
_FUNCTION_WORDS = frozenset({"the", "on", "to", "of", "for", "from", "with", "in", "a", "an"})


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(word, pattern) per template of data/site_promotions.txt, {site} a group ("^" and "$" anchor it to a line of its
    own); the word is the template's longest, which a line must hold (lowercased) for the pattern to be worth trying."""
    out = []
    for template in words("site_promotions"):
        body = re.escape(template).replace(r"\ ", r"\s+").replace("'", "['’]").replace(re.escape("{site}"), _SITE).replace(re.escape("{rest}"), _REST)
        body = body.replace(r"\^", "^").replace(r"\$", "$")
        plain = re.sub(r"\{(?:site|rest)\}", " ", template)
        word = max(re.findall(r"[a-z]+", plain.lower()), key=lambda w: (w not in _FUNCTION_WORDS, len(w)), default="")
        out.append((word, re.compile(rf"(?<!\w){body}(?!\w)", re.I)))
    return tuple(out)


def promoted_outlet(article: Article, named: Callable[[str], list[str]]) -> tuple[str, str] | None:
    """(outlet key, line) of the first promotion, in the page's chrome or its text, that names a known outlet as {site}."""
    lines = [*(line.text for line in article.removed), *(b.text for b in article.blocks if b.kind == "paragraph")]
    for line in lines:
        folded = line.lower()
        for word, pattern in _patterns():
            if word not in folded:
                continue
            for match in pattern.finditer(line):
                found = named(match.group("site"))
                if found:
                    return found[0], match.group(0)
    return None
