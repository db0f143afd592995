"""Stage 2a': bylines by shape: 'By NAME', 'NAME, Outlet staff writer', 'NAME in PLACE', 'Analysis by NAME', a name alone."""
from __future__ import annotations

import re

#: Capital and small letters of the Latin, Greek and Cyrillic alphabets: names are written in more than ASCII ("Elif Çağlayan").
UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
LOWER = "".join(c for c in map(chr, range(0x61, 0x530)) if c.islower() and c.isalpha())
#: A line that ends a sentence (a full stop or an exclamation mark, past closing quotes and brackets).
SENTENCE_END = re.compile(r"[.!…。！][\"'”’»)\]」』]*$")
#: A writer's title after the name, in any case ("Staff Writer", "AP Auto Writer", "foreign correspondent"), in the Romance
#: languages too ("Jamil Chade - Correspondente de O Estado de S. Paulo", "corresponsal de El País", "envoyé spécial").
_TITLE_WORDS = (r"(?i:(?:staff\s+)?(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|analyst)s?"
                r"|correspond(?:ente|ant|ante)s?|corrispondente|corresponsal(?:es)?|enviad[oa]s?\s+especial|envoyée?\s+spéciale?"
                r"|inviat[oa]\s+speciale|rep[óo]rter|reporter[oa]s?|colunista|columnista|chroniqueur|chroniqueuse)\b")
_BYLINE = re.compile(
    rf"^(?:By\s+)?(?P<name>[{UPPER}][\w'’.\-]+(?:\s+[{UPPER}][\w'’.\-]+){{0,4}})"
    r"(?:\s*(?:,|\||-|—|–)\s*(?P<rest>(?:[A-Z][\w&'’.\-]*\s+){0,4}" + _TITLE_WORDS + r".*|(?i:special\s+to)\s+\S.*))?$"
)
#: "By NAME" or "By: NAME" whatever the name's words.
_BY_ANY_NAME = re.compile(r"^By:?\s+[A-Z][\w .&'’,-]{1,80}$")


def is_byline(text: str) -> bool:
    """'By NAME', 'NAME, Outlet staff writer', 'NAME in PLACE' (words a byline is made of, nothing more)."""
    if len(text.split()) > 16 or len(text.split()) > 12 and not is_labelled_byline(text) or _BY_WHOSE_RECKONING.match(text):
        return False
    if (_BYLINE_IN_PLACE.match(text) or is_labelled_byline(text) or by_name(text) or _WIRE_BYLINE.match(text) or _WITH_WIRES.match(text) or dated_name(text)
            or handle_name(text)):
        return True
    match = _BYLINE.match(text)
    return bool(match and (match.group("rest") or text.startswith("By "))) or bool(_BY_ANY_NAME.match(text) or _CAPITALS_BYLINE.match(text))


#: "By Jane Roe's count, 40 ships were seized": a sentence measuring by someone's reckoning, no byline.
_BY_WHOSE_RECKONING = re.compile(r"^By\s+(?:(?:[A-Z][\w.-]*|d[aeiu]|del|van|von|bin|al|el|la|le)\s+){0,5}?[A-Z][\w.-]*['’]s\s+[a-z]")


#: A byline in capitals ("BY JANE ROE", "BY JANE ROE, ASSOCIATED PRESS").
_CAPITALS_NAME = rf"[{UPPER}][{UPPER}'’.-]+(?:\s+[{UPPER}][{UPPER}'’.-]+){{1,3}}"
#: ... several writers too ("BY JANE ROE AND JOHN DOE").
_CAPITALS_BYLINE = re.compile(
    rf"^BY:?\s+{_CAPITALS_NAME}(?:(?:\s*,|\s+AND|\s*&)\s+{_CAPITALS_NAME})*(?:\s*[,|]\s*[A-Z][A-Za-z .&'’-]{{1,40}})?$")
_LABELLED_BYLINE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)? by:? [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:,|$)")
#: A line that is only a person's name: two to four capitalised words (with name particles), nothing else.
_NAME = rf"[{UPPER}][{LOWER}'’.-]+(?: (?:[A-Z]\.|[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]+)*|de|da|van|von|bin|al|el|la|le)){{1,3}}"
#: A person's name alone on a line, or two joined by "and" (an op-ed's two writers).
_NAME_LINE = re.compile(rf"^{_NAME}(?: (?:and|&) {_NAME})?$")


#: A byline that runs on into the page's date and topic, its fields set apart by bars, is this long at most.
MAX_PIPED_BYLINE_WORDS = 24


def is_piped_byline(text: str) -> bool:
    """'By NAME | November 18, 2019 -- 19:14 GMT | Topic: Hardware': a byline run on into the page's date and topic, too long
    for is_byline's shape (a sentence never holds a bar, a page's header does)."""
    return "|" in text and len(text.split()) <= MAX_PIPED_BYLINE_WORDS and by_name(text) is not None


def is_labelled_byline(text: str) -> bool:
    """'Opinion piece by NAME, Professor of ...', 'Analysis by NAME': a byline after a label word."""
    return len(text.split()) <= 16 and not SENTENCE_END.search(text) and bool(_LABELLED_BYLINE.match(text))


def is_name_line(text: str) -> bool:
    """A line that is only a person's name ('Jim Gomez'), or two ('Jim Gomez and Jane Roe'): a byline when it sits
    between the header and a dateline."""
    return bool(_NAME_LINE.match(text))


def titled_name(text: str) -> str | None:
    """The writer's name of a 'NAME, title' line ('Tom Roe, AP Auto Writer', 'By Jane Roe | Staff Writer'), else None."""
    match = _BYLINE.match(text)
    return match.group("name") if match and match.group("rest") and len(match.group("name").split()) >= 2 else None


def is_plain_byline(text: str) -> bool:
    """A byline by name and title ('By NAME', 'NAME, Outlet staff writer'), not 'NAME in PLACE'."""
    return bool(_BYLINE.match(text)) and is_byline(text)



_MONTH_OR_DAY = (r"(?:January|February|March|April|May|June|July|August|September|Sept|October|November|December|Jan|Feb|Mar|Apr|"
                 r"Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
#: "NAME in PLACE" ("Jane Roe in Kyiv"); a month or weekday is no place ("Mac Pro Shipping in December" is a teaser).
_IN_PLACE_NAME = rf"[{UPPER}][\w'’.\-]+(?:\s+[{UPPER}][\w'’.\-]+){{1,3}}"
_IN_PLACE = rf"\s+in\s+(?!{_MONTH_OR_DAY})[{UPPER}][\w'’.\-]+(?:\s+[{UPPER}][\w'’.\-]+){{0,2}}"
#: ... several writers, each in a place or all in one ("Jane Roe in Kyiv and John Doe in Moscow", "Jane Roe and John Doe in Kyiv").
_BYLINE_IN_PLACE = re.compile(
    rf"^(?:By\s+)?{_IN_PLACE_NAME}(?:{_IN_PLACE})?(?:,\s+{_IN_PLACE_NAME}(?:{_IN_PLACE})?){{0,3}}(?:,?\s+and\s+{_IN_PLACE_NAME})?{_IN_PLACE}$")
#: A word of a name ("Roe", "McCain", "O'Brien").
_NAME_WORD = rf"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le)?[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]+)*"
#: "By NAME" and what a page prints after the name: a separator, a date, a handle, or a title run into it ("JamesStaff Writer");
#: a month or weekday after the first name is the date's, not the name's.
#: The word a date stamp run into a byline opens on ("By Jane Roe Published 2 hours ago"): no part of the name.
_STAMP_WORD = r"(?:Published|Updated|Posted|Last\s+updated)\b"
_BY_NAME = re.compile(
    rf"^(?:(?i:by|par)|Von|Por|Door|Av|Af|(?:Written|Authored|Words|Reported|Posted|Story|Text|Report|Opinion|Analysis|Commentary|Column) by|(?:An?|The) (?:article|story|report|commentary|column|essay|piece|analysis) by|Authors?\b|(?:Reporter|Writer|Correspondent|Autor|Autorin|Autore|Auteur|Автор|Yazar|Yazan|Text|Texte|Texto|Testo|Tekst|Текст)s?(?=:)):?\s+(?P<name>{_NAME_WORD}(?:\s+(?:[A-Z]\.|(?!{_MONTH_OR_DAY}|{_STAMP_WORD}){_NAME_WORD}|(?:de|da|van|von|bin|al|el|la|le)(?=\s+[{UPPER}]))){{1,3}})"
    rf"(?=$|\s*[|,@–—•·]|\s+[-/]|\s+\d|\s+{_MONTH_OR_DAY}|\s+{_STAMP_WORD}|\s+(?:and|with|&|et|und|y|e|en|и)\s+[A-ZА-Я]|\s+on\s+(?:\d|{_MONTH_OR_DAY})|\s+(?:le|am|el|em)\s+(?:\d|[a-zé]+\s+\d)|(?<=[a-z]{{2}})[A-Z])"
)


#: A line this short that opens "by NAME" is a byline, not the rest of a wrapped sentence ("... was signed / by Jane Roe and").
MAX_SHORT_BYLINE_WORDS = 6


def short_by_name(text: str) -> bool:
    """True for a short 'by NAME' line ('by Jane Roe'), however it is cased."""
    return len(text.split()) <= MAX_SHORT_BYLINE_WORDS and by_name(text) is not None


def by_name(text: str) -> str | None:
    """The writer's name of a 'By NAME' line, whatever follows it ('By Jane Roe | May 2, 2024', 'By Jane RoeStaff Writer'), in
    French, German, Spanish, Portuguese, Dutch, Italian or the Nordic languages too ('Par Jean Roe', 'Von Hans Roe', 'Por Juan
    Roe', 'Door Jan Roe', 'di Gianni Roe' alone, 'Av Jan Roe'), or after a label ('Autor: Hans Roe', 'Texto: Joana Roe')."""
    match = _BY_NAME.match(text.strip()) or _ITALIAN_BY_NAME.match(text.strip())
    return match.group("name") if match else None


#: Italian's "di NAME", in small letters, only as a line of its own or before a bar or dash ("di Gianni Roe | 7 dicembre"): a
#: wrapped sentence goes on "di Mario Roe, che ..." as German's goes on "von Hans Roe, der ...".
_ITALIAN_BY_NAME = re.compile(rf"^di\s+(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|di|del|della)){{1,3}})\s*(?:$|[|–—•·]\s*\S)")


#: The wires that sign copy by name or initials alone ("Jane Roe | Reuters", "Jane Roe - AFP"); an agency, press or service
#: ("Associated Press", "Anadolu Agency") needs no entry. Other initials are no wire ("Middle East | UAE" is a breadcrumb).
_WIRES = (r"(?:Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|Bernama|Antara|AFP|AP|AA|DPA|EFE|ANSA|PTI|IANS|ANI|UNI|TASS|IRNA|"
          r"WAM|SPA|QNA|KUNA|MENA|BNA|CNA|APA)")
#: "NAME | Reuters", "By NAME, AFP", "NAME - Associated Press": a person's name, then the wire that sent the copy; without
#: "By", never after a comma ("Al Goldis, Associated Press" under a photo is its credit).
_PERSON = rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD}|de|da|van|von|bin|al|el|la|le)){{1,3}}"
_WIRE_BYLINE = re.compile(
    rf"^(?:By:?\s+{_PERSON}\s*(?:,|\||\s[-—–])|{_PERSON}\s*(?:\||\s[-—–]))\s*"
    rf"(?:The\s+)?(?:{_WIRES}|(?:[A-Z][\w&'’.-]*\s+){{1,3}}(?i:press|agency|news agency|service|wire))$"
)
#: "Jane Roe with AFP, Reuters": a writer and the wires whose copy the piece uses.
_WIRE_CREDIT = rf"(?:{_WIRES}|dpa|epd|KNA)"  # German agencies write themselves in small letters
_WITH_WIRES = re.compile(rf"^(?:By\s+)?{_PERSON}\s+with\s+{_WIRE_CREDIT}(?:\s*(?:,|and|&)\s*{_WIRE_CREDIT})*$")
#: "Chris Roe - Nov 19, 2019, 10:31 pm CST", "Jane Roe | Updated: 2 May 2024", "Jane Roe - Harbourchart - Mon Mar 3, 9:35AM",
#: "Jane Roe 27/09/2018":
#: a writer's name (and maybe the site's) run into the page's date stamp.
_DATED_NAME = re.compile(
    rf"^(?P<name>{_PERSON})(?:\s*[-–—|•·,]\s*|\s+(?=(?i:updated|published|posted)\b)|\s+(?=\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b))(?:(?:[A-Z][\w&'’.-]*\s+){{0,2}}[A-Z][\w&'’.-]*\s*[-–—|•]\s*)?"
    rf"(?:(?i:updated|published|posted)(?:\s+on)?:?\s*)?"
    rf"(?:(?:{_MONTH_OR_DAY},?\s+)?{_MONTH_OR_DAY}\.?\s*\d|\d{{1,2}}\s+{_MONTH_OR_DAY}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\d{{4}}-\d\d-\d\d)"
)
#: ... or the date stamp, then the writer ("Monday November 18, 2019 7:45 am PST by Jane Roe", "Posted on May 2, 2024 by Jane Roe").
_DATE_THEN_NAME = re.compile(
    rf"^(?:(?i:updated|published|posted)(?:\s+on)?:?\s*)?(?:{_MONTH_OR_DAY},?\s+)?"
    rf"(?:{_MONTH_OR_DAY}\.?\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH_OR_DAY}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\d{{4}}-\d\d-\d\d)"
    rf"[\d ,:.]*(?:(?i:am|pm)\b)?(?:\s*[A-Z]{{2,4}}\b)?\s+(?i:by)\s+(?P<name>{_PERSON})$"  # its year, time and zone
)
#: ... or the time and date stamp, then the writer and their title ("8:49 AM 09/13/2023 Jane Roe | Senior Reporter").
_STAMP_THEN_NAME = re.compile(
    rf"^(?:\d{{1,2}}[:.]\d\d\s*(?i:[ap]\.?m\.?)?,?\s+)?"
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|{_MONTH_OR_DAY}\.?\s*\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_OR_DAY}\.?,?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    rf"(?:,?\s+\d{{1,2}}[:.]\d\d\s*(?i:[ap]\.?m\.?)?)?\s+(?P<name>{_PERSON})\s*[|,–—]\s*(?P<title>.+)$"
)
#: ... or the date, a bar and the writer, then the site they write for ("November 15, 2022 | JULIE M. AURELIO, Inquirer.net"):
#: the name in capitals or the site a domain's name ("Jane Roe, Rappler.com"), never a section's ("Middle East, Asia").
_DATE_BAR_NAME = re.compile(
    rf"^(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|{_MONTH_OR_DAY}\.?\s*\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_OR_DAY}\.?,?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    rf"\s*[|•·]\s*(?:(?P<name>{_CAPITALS_NAME})\s*,\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}}|(?P<person>{_PERSON})\s*,\s*[A-Z][\w&'’-]*\.[a-z]{{2,6}})$"
)
#: The page's date run into the end of a writer's name by a metadata extractor ("Jane Roe November 6", "Jane Roe 6 Nov, 2023").
_TRAILING_DATE = re.compile(
    rf"\s+(?:{_MONTH_OR_DAY}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH_OR_DAY}\.?)(?:,?\s+\d{{4}})?[\s,.]*$")


def without_date(name: str) -> str:
    """A writer's name with the date stamp a page ran into its end cut off ('Jane Roe November 6' -> 'Jane Roe')."""
    cut = _TRAILING_DATE.sub("", name)
    return cut if len(cut.split()) >= 2 else name  # "Mary May 3" keeps its name


#: A dated byline is a short line; a longer one is a teaser or a sentence.
MAX_DATED_NAME_WORDS = 14


def dated_name(text: str) -> str | None:
    """The writer's name of a line that is only a name and the page's date stamp ('Chris Roe - Nov 19, 2019', 'May 2, 2024 by
    Chris Roe', '8:49 AM 09/13/2023 Chris Roe | Senior Reporter'), else None."""
    if len(text.split()) > MAX_DATED_NAME_WORDS:
        return None
    match = _DATED_NAME.match(text.strip()) or _DATE_THEN_NAME.match(text.strip())
    titled = _STAMP_THEN_NAME.match(text.strip()) if not match else None
    if titled and is_writer_title(titled.group("title")):
        return titled.group("name")
    barred = _DATE_BAR_NAME.match(text.strip()) if not match else None
    if barred:
        return barred.group("person") or barred.group("name").title()
    return match.group("name") if match else None


#: "Jane Roe @janeroe": a writer's name and social-media handle, nothing else.
_HANDLE_NAME = re.compile(rf"^(?P<name>{_PERSON})\s*[|,•-]?\s*@\w{{2,30}}$")


def handle_name(text: str) -> str | None:
    """The writer's name of a line that is only a name and a handle ('Jane Roe @janeroe'), else None."""
    match = _HANDLE_NAME.match(text.strip())
    return match.group("name") if match else None


#: A writer's title on a line of its own, under the name ("Senior Correspondent", "Political Editor, Harbour Gazette").
_WRITER_TITLE = re.compile(r"^(?:[A-Z][\w&'’.-]*\s+){0,3}" + _TITLE_WORDS + r"(?:\s*(?:,|\||\bat\b|\bfor\b)\s*[^.!?]{1,50})?$")
#: A social-media handle ("@janeroe") or the wire that sent the copy ("Anadolu Agency", "Reuters") on a line of its own,
#: under the name.
_UNDER_NAME = re.compile(rf"^(?:@\w{{2,30}}|{_WIRES}|(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{1,3}}(?i:agency|press|news agency))$")


def is_writer_title(text: str) -> bool:
    """True for a line that is a writer's title ('Senior Correspondent'), never a name."""
    return bool(_WRITER_TITLE.match(text))


def is_under_name(text: str) -> bool:
    """True for what a page prints under a writer's name: a title ('Staff Writer'), a handle ('@janeroe'), a wire."""
    return bool(_WRITER_TITLE.match(text) or _UNDER_NAME.match(text))
