"""Stage 2a': bylines by shape: 'By NAME', 'NAME, Outlet staff writer', 'NAME in PLACE', 'Analysis by NAME', a name alone."""
from __future__ import annotations

import re

#: A line that ends a sentence (a full stop or an exclamation mark, past closing quotes and brackets).
SENTENCE_END = re.compile(r"[.!…。！][\"'”’»)\]」』]*$")
_BYLINE = re.compile(
    r"^(?:By\s+)?(?P<name>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,4})"
    r"(?:\s*(?:,|\||-|—|–)\s*(?P<rest>(?:[A-Z][\w&'’.\-]*\s+){0,4}"
    r"(?:staff\s+)?(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|analyst)s?\b.*))?$"
)
#: "By NAME" or "By: NAME" whatever the name's words.
_BY_ANY_NAME = re.compile(r"^By:?\s+[A-Z][\w .&'’,-]{1,80}$")
_BYLINE_IN_PLACE = re.compile(r"^(?:By\s+)?[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}\s+in\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}$")


def is_byline(text: str) -> bool:
    """'By NAME', 'NAME, Outlet staff writer', 'NAME in PLACE' (words a byline is made of, nothing more)."""
    if len(text.split()) > 16 or len(text.split()) > 12 and not is_labelled_byline(text):
        return False
    if _BYLINE_IN_PLACE.match(text) or is_labelled_byline(text) or by_name(text):
        return True
    match = _BYLINE.match(text)
    return bool(match and (match.group("rest") or text.startswith("By "))) or bool(_BY_ANY_NAME.match(text))


_LABELLED_BYLINE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)? by:? [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:,|$)")
#: A line that is only a person's name: two to four capitalised words (with name particles), nothing else.
_NAME_LINE = re.compile(r"^[A-Z][a-z'’.-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+|de|da|van|von|bin|al|el|la|le)){1,3}$")


def is_labelled_byline(text: str) -> bool:
    """'Opinion piece by NAME, Professor of ...', 'Analysis by NAME': a byline after a label word."""
    return len(text.split()) <= 16 and not SENTENCE_END.search(text) and bool(_LABELLED_BYLINE.match(text))


def is_name_line(text: str) -> bool:
    """A line that is only a person's name ('Jim Gomez'): a byline when it sits between the header and a dateline."""
    return bool(_NAME_LINE.match(text))


def is_plain_byline(text: str) -> bool:
    """A byline by name and title ('By NAME', 'NAME, Outlet staff writer'), not 'NAME in PLACE'."""
    return bool(_BYLINE.match(text)) and is_byline(text)



_MONTH_OR_DAY = (r"(?:January|February|March|April|May|June|July|August|September|Sept|October|November|December|Jan|Feb|Mar|Apr|"
                 r"Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
#: A word of a name ("Roe", "McCain", "O'Brien").
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’-]+"
#: "By NAME" and what a page prints after the name: a separator, a date, a handle, or a title run into it ("JamesStaff Writer");
#: a month or weekday after the first name is the date's, not the name's.
_BY_NAME = re.compile(
    rf"^By:?\s+(?P<name>{_NAME_WORD}(?:\s+(?:[A-Z]\.|(?!{_MONTH_OR_DAY}){_NAME_WORD}|de|da|van|von|bin|al|el|la|le)){{1,3}})"
    rf"(?=$|\s*[|,@–—]|\s+-|\s+\d|\s+{_MONTH_OR_DAY}|\s+and\s+[A-Z]|(?<=[a-z]{{2}})[A-Z])"
)


def by_name(text: str) -> str | None:
    """The writer's name of a 'By NAME' line, whatever follows it ('By Jane Roe | May 2, 2024', 'By Jane RoeStaff Writer')."""
    match = _BY_NAME.match(text.strip())
    return match.group("name") if match else None
