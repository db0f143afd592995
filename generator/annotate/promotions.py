"""The outlet a site's promotion of itself names ("Follow Ynetnews on Facebook", "Download the X app", "X POLL")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable
from urllib.parse import urlsplit

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



#: The site speaking to its reader at the foot of the text: "Join us", "help us", "our library", "Contact us".
#: In small letters: "US" is a country.
_OWN_VOICE = re.compile(r"\b(?:us|our|Our|[Jj]oin(?:ing)?|[Ss]ubscribe|[Dd]onate|[Cc]ontact)\b")
#: A Markdown link with an address of its own ("[joining UN-aligned](https://un-aligned.org/register/)").
_LINK = re.compile(r"\[(?P<words>[^\[\]]{2,80})\]\((?P<url>https?://[^)\s]+)\)")
#: A domain the pitch writes out, spelled with a capital as the site spells its name ("Contact us today: UN-aligned.org").
_WRITTEN_DOMAIN = re.compile(r"(?<![\w@./-])(?P<name>[A-Za-z0-9][\w-]*[A-Z][\w-]*|[A-Z][\w-]*)\.(?P<tld>[a-z]{2,6})\b(?![./\w])")
#: The article's last paragraphs, where a site's pitch to its reader stands.
TAIL_PARAGRAPHS = 3


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def pitched_site(article: Article) -> tuple[str, str] | None:
    """(name, line) of the site a pitch at the text's foot links to its own pages with, by a word of the link's words that
    spells the address's domain ("help us by [joining UN-aligned](https://un-aligned.org/register/)" -> "UN-aligned"), or
    writes out as its domain with a capital ("Contact us today: UN-aligned.org"); the site's voice ("us", "join",
    "subscribe") tells its own link from a source the text cites."""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"][-TAIL_PARAGRAPHS:]
    for line in (*paragraphs, *(line.text for line in article.removed)):
        if not _OWN_VOICE.search(_LINK.sub(r"\g<words>", line)):  # the words, never an address's ("/us-china-talks")
            continue
        for link in _LINK.finditer(line):
            label = _letters((urlsplit(link.group("url")).hostname or "").removeprefix("www.").rsplit(".", 1)[0])
            name = next((word.strip(".,:;!?") for word in link.group("words").split()
                         if len(label) >= MIN_SITE_LETTERS and _letters(word) == label), None)
            if name:
                return name, line
        plain = _LINK.sub("", line).rstrip(" .!*_")
        written = _WRITTEN_DOMAIN.search(plain) if len(plain.split()) <= MAX_CONTACT_WORDS else None
        if written and written.end() == len(plain) and len(_letters(written.group("name"))) >= MIN_SITE_LETTERS:
            return written.group("name"), line  # the domain closing a short line: the site's address, no affiliate's
    return None


#: A line that writes out the site's domain to contact it is this short at most ("Contact us today: UN-aligned.org").
MAX_CONTACT_WORDS = 12
#: Letters a site's name has at least: shorter ones are initials as often.
MIN_SITE_LETTERS = 4
