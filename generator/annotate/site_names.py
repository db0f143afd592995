"""The name a page's own chrome gives its site: copyright lines, 'More from X', 'Subscribe to X', 'X Staff', a domain;
and the browser's title line ('Headline | Site') and the page's own address (a bare link), read first.

A page names its site in many small places; one of them alone may name someone else (the owner in a copyright
line, a platform in 'Follow us on'). So a name counts only when at least two of the page's chrome lines name it
(its teaser and "About" lines count too, once a chrome line gives the name).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from generator.annotate.page_address import host_label
from generator.annotate.published import date_in
from generator.annotate.vocabulary import alternation, words
from generator.model import Article, RemovedReason
from generator.sources.bylines import by_name, dated_name
from generator.sources.title_lines import same_headline

#: Removed lines that are the page's own chrome (where a site names itself), unlike captions and teasers.
CHROME_REASONS = frozenset({
    RemovedReason.NAVIGATION, RemovedReason.TIMESTAMP, RemovedReason.CREDITS, RemovedReason.WIDGET,
    RemovedReason.REPEATED_WIDGET, RemovedReason.LINK, RemovedReason.BYLINE, RemovedReason.CLASSIFIED,
})
#: Removed lines that are not the page's chrome: teasers of other stories, captions, the text's own repeats.
_NOT_CHROME = frozenset({RemovedReason.RELATED, RemovedReason.CAPTION, RemovedReason.DUPLICATE, RemovedReason.REPEATED})
#: A site's name: one to five capitalised words or words with capitals or digits inside ("AppleInsider", "VG247").
_NAME = r"(?P<name>(?:The\s+)?[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|&)){0,4})"
_COPYRIGHT = re.compile(
    r"(?:©|ⓒ|\([cC]\)|\b(?i:copyright)\b)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*(?:\d{4})?)?\s*,?\s*)?(?:(?i:copyright)\s+)?" + _NAME)
#: Phrases of a page about itself, the site's name after them ("More from X", "Subscribe to X", "Source: X", a writer's
#: "Senior editor at X").
_BEFORE_NAME = re.compile(
    r"(?:(?:^|[\s(])(?i:more (?:stories |news |articles )?from|subscribe to|advertise (?:on|with)|stay up to date with|"
    r"welcome to|trending (?:now )?on|source:|support(?=\s+The\s)|(?:editor|writer|reporter|correspondent|columnist|contributor)s? (?:at|for))|"
    r"^(?i:follow|search|browse|about))\s+" + _NAME)
#: A byline of a piece written for the site by an outsider ("By Jane Roe | Special to the Harbour Press").
_SPECIAL_TO = re.compile(r"\b(?i:special to)(?:\s+the)?\s+" + _NAME)
#: ... and before them ("IGN Staff", "VG247 newsletter!", "Dawgs By Nature homepage").
_AFTER_NAME = re.compile(_NAME + r"\s+(?i:staff|homepage|newsletter|main menu|wire services)\b")
#: "Sign up for our Middle East newsletter": a section's newsletter, not the site's.
_OUR_NEWSLETTER = re.compile(r"\b[Oo]ur\s+(?:\S+\s+){0,4}newsletter", re.I)
#: A line that is only a domain ("EXPRESS.CO.UK", "CBSSports.com").
_DOMAIN_LINE = re.compile(r"^(?:www\.)?(?P<name>[A-Za-z0-9-]+)\.(?:com|co\.uk|net|org|in|ca|com\.au|co\.kr|co\.za|news)$", re.I)
#: A byline that names a desk, not a person ("by Harbour Post News Weekly"): the site's name in it is the site's.
_DESK = re.compile(rf"\b(?:{alternation('desk_words')})\b", re.I)
#: A site describing itself by its domain ("harbourbikes.co.uk features the latest reviews ...", "Harbour.com is ...").
_DESCRIBED_DOMAIN = re.compile(
    r"^(?:www\.)?(?P<name>[A-Za-z0-9-]+)\.(?:com|co\.uk|net|org|in|ca|com\.au|co\.kr|co\.za|news)\s+"
    r"(?:is|features|brings|offers|provides|covers|publishes|delivers)\s", re.I)
_COMPANY = re.compile(rf"^\s*,?\s*(?:{alternation('company_words')})\b\.?", re.I)
#: A paper's company named after it ("© 2019 The New York Times Company"): the paper's name is the site's.
_TITLE_COMPANY = re.compile(r"^(?P<paper>The(?:\s+[A-Z][\w.'’-]*){2,})\s+Company$")
_POSSESSIVE = re.compile(r"['’]s?\b.*$")
#: Words a name may end with that are its product, not its own ("CRN Magazine", "The Paradigm Newsletter").
_PRODUCT = re.compile(r"\s+(?:newsletter|magazine|app|podcast|online|\.com)$", re.I)
#: A name runs on past its sentence's end ("Harbour Gazette. All rights reserved"); never cut at an initial ("St. Louis").
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{2})\.\s.*$|\.\s+All$")  # "© 2026 KTEN. All rights reserved" too
#: A year ("© Copyright 2026, All Rights Reserved") is never a site's name.
_YEAR = re.compile(r"^(?:19|20)\d\d\b")
#: ... nor part of one: "©The Harbour Blog 2011-2019" names "The Harbour Blog".
_TRAILING_YEARS = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?$")
MIN_LINES = 2
#: A shorter name is a stray token ("In.com" from "LinkedIn.com" cut short), not a site's.
MIN_KEY = 3


#: A name this short ("IGN") is looked for as a whole word; a longer one inside words too ("@DawgsByNature").
MIN_INSIDE_WORDS = 5


def _key(name: str) -> str:
    """A name folded for comparison: no 'The', no domain suffix, letters and digits only."""
    name = re.sub(r"^the\s+", "", name.lower())
    if " " not in name:
        name = re.sub(r"\.(?:com|co|net|org|in|ca|au|kr|za|uk|news)(?:\.[a-z]{2})?$", "", name)
    return re.sub(r"[^a-z0-9]", "", name)


_NOT_KEY_CHARACTER = re.compile(r"[^a-z0-9 ]")


def _fold(line: str) -> tuple[str, frozenset[str]]:
    """A line as _names compares it: its letters and digits run together, and its words."""
    folded = _NOT_KEY_CHARACTER.sub("", line.lower())
    return folded.replace(" ", ""), frozenset(folded.split())


def _names(key: str, line: str | tuple[str, frozenset[str]]) -> bool:
    """True when a line (or its _fold) names the site of ``key`` (inside a longer word only when the key is long)."""
    joined, tokens = _fold(line) if isinstance(line, str) else line
    return key in joined if len(key) >= MIN_INSIDE_WORDS else key in tokens


def _candidates(text: str, byline: str) -> list[str]:
    """The names one chrome line gives its site."""
    found: list[str] = []
    for match in _COPYRIGHT.finditer(text):
        if not _COMPANY.match(text[match.end():]):  # "© 2019 Vox Media, LLC": the owner
            found.append(_TITLE_COMPANY.sub(r"\g<paper>", _POSSESSIVE.sub("", match.group("name")).rstrip(".,")))
    # A name the byline gives is the writer's or their employer's ("More from Jason Cipriani"), unless the byline
    # names it as the desk ("IGN Staff", found below).
    before = [_POSSESSIVE.sub("", m.group("name")).rstrip(".,!?:") for m in _BEFORE_NAME.finditer(text)]
    found += [name for name in before if not _names(_key(name), byline) or _DESK.search(by_name(byline) or byline)]
    after = [] if _OUR_NEWSLETTER.search(text) else list(_AFTER_NAME.finditer(text))
    found += [_POSSESSIVE.sub("", m.group("name")).rstrip(".,!?:") for m in (*after, *_SPECIAL_TO.finditer(text))]
    domain = _DOMAIN_LINE.match(text.strip()) or _DESCRIBED_DOMAIN.match(text.strip())
    if domain:
        found.append(domain.group(0).split()[0])
    not_sites = _not_sites()
    found = [_TRAILING_YEARS.sub("", _SENTENCE_END.sub("", name)) for name in found]
    return [_PRODUCT.sub("", name) for name in found
            if name.casefold() not in not_sites and len(_key(name)) >= MIN_KEY and not _is_company(name) and not _YEAR.match(name)]


def _is_company(name: str) -> bool:
    """True when a word of the name makes it a company's ("Vox Media", "Gamer Network"); a domain's ".co" does not."""
    company = {w.casefold().rstrip(".") for w in words("company_words")}
    return any(word.casefold().strip(".,") in company for word in name.split())


#: A menu item under the site's name ("Mediazona. Russia", "Ascom | Available positions").
_MASTHEAD_ITEM = re.compile(r"^" + _NAME + r"(?:(?<!\b[A-Z])\.|\s+\|)\s+\S")  # never after an initial ("L.A. Times")
#: A site's name heads at least this many of its menu items; fewer is a section's ("NFL Scores | Odds").
MIN_MASTHEAD_ITEMS = 3


def _mastheads(lines: list[str]) -> set[str]:
    """Names that head at least MIN_MASTHEAD_ITEMS short lines of the page: the site's name over its menu items."""
    heads = Counter(m.group("name") for line in lines if len(line.split()) <= 8 and (m := _MASTHEAD_ITEM.match(line)))
    # A list's numbers head its items too ("1. [Reuters](...)"): a site's name has letters.
    return {name for name, count in heads.items()
            if count >= MIN_MASTHEAD_ITEMS and name.casefold() not in _not_sites() and re.search(r"[^\W\d_]", name)}


#: A blogger's byline by first name alone ("by Regan December 6, 2017", "written by Regan"): the "© Regan" is hers, not a site's.
_SIGNATURE = re.compile(r"^(?i:(?:written|posted)\s+)?(?i:by)\s+(?P<name>[A-Z][a-z'’-]{2,})(?:$|\s*[|,]|\s+\d|\s+[A-Z][a-z]{2,8}\.?\s+\d)")


def _signature(text: str) -> str | None:
    """The one-word name of a byline line ('by Regan December 6, 2017' -> 'Regan'), else None."""
    match = _SIGNATURE.match(text)
    return match.group("name") if match else None


def _not_sites() -> set[str]:
    return {w.casefold() for w in words("not_site_names")}


def site_name(article: Article) -> tuple[str, str] | None:
    """(name, evidence line) the page's chrome gives its site on at least two lines, the most often named; else None."""
    lines = list(dict.fromkeys(
        [line.text for line in (*article.removed, *article.page_chrome) if line.reason not in _NOT_CHROME] + ([article.byline] if article.byline else [])))
    names: dict[str, Counter[str]] = {}
    evidence: dict[str, str] = {}
    mastheads = _mastheads(lines)
    # People with a byline anywhere on the page ("By Jane Roe | May 2", a teaser's or repeated at the bottom too), even one the
    # cleaner took for the headline, are writers.
    everywhere = [article.title or "", article.byline or "", *(line.text for line in (*article.removed, *article.page_chrome))]
    writers = {_key(name) for text in everywhere if (name := by_name(text) or dated_name(text) or _signature(text))}
    alone: set[str] = set()  # names one line is enough for: a piece written for the site ("Special to the Harbour Press")
    for text in lines:
        item = _MASTHEAD_ITEM.match(text)
        heading = [item.group("name")] if item and item.group("name") in mastheads else []
        special = {_key(m.group("name")) for m in _SPECIAL_TO.finditer(text)}
        for name in _candidates(text, article.byline or "") + heading:
            if _key(name) in writers:
                continue
            alone |= {_key(name)} & special
            names.setdefault(_key(name), Counter())[name] += 1
            evidence.setdefault(_key(name), text)
    if not names:
        return None
    # A name the page gives is looked for on its teaser and "About" lines too ("About ZDNet", "ZDNet Academy").
    folded = [_fold(text) for text in dict.fromkeys(
        [*lines, *(line.text for line in (*article.removed, *article.page_chrome) if line.reason == RemovedReason.RELATED)])]
    support = {key: max(sum(_names(key, line) for line in folded), MIN_LINES if key in alone else 0) for key in names}
    best = max(names, key=lambda key: (support[key], sum(names[key].values()), -list(names).index(key)))
    if support[best] < MIN_LINES:
        return None
    # A name inside a longer one the page gives on enough lines is that name cut short ("Theater", "Jeongdong Theater").
    longer = [key for key in names if best in key and key != best and support[key] >= MIN_LINES]
    best = max(longer, key=lambda key: (len(key), support[key], -list(names).index(key)), default=best)
    return names[best].most_common(1)[0][0], evidence[best]


#: A page's own footer: a copyright year and its rights ("© 2026 Harbour Gazette. All rights reserved.").
_RIGHTS = rf"\b(?i:{alternation('rights_reserved')})(?!\w)"  # in other languages too (data/rights_reserved.txt)
_FOOTER = re.compile(rf"(?:©|\b(?i:copyright)\b).*\b(?:19|20)\d\d\b.*{_RIGHTS}|\b(?:19|20)\d\d\b.*(?:©|\b(?i:copyright)\b).*{_RIGHTS}")


def footer_site(article: Article) -> tuple[str, str] | None:
    """(name, line) of the page's footer copyright line when it is the only one naming a site (a local station or paper
    running a wire's story names itself there: "© 2026 Harbour TV. All rights reserved.")."""
    found = [(name, line.text) for line in article.removed if line.reason in CHROME_REASONS and _FOOTER.search(line.text)
             for name in _candidates(line.text, article.byline or "")]
    return found[0] if len({_key(name) for name, _ in found}) == 1 else None


MAX_SITE_WORDS = 4


#: A Markdown table's row, between bars.
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def title_line_site(article: Article, known: Callable[[str], bool] = lambda part: False) -> tuple[str, str] | None:
    """(site name, line) from the browser's title line the cleaner removed ('Headline | Section | Site', 'Site | Headline',
    'Headline « Site', 'Headline - Site - News'); of the parts after the headline, one ``known`` to name an outlet first, else
    the last, unless it is a slogan after the site's name ('Headline | Meduza — Independent news from Russia')."""
    if not article.title:
        return None
    for line in (*article.removed, *article.page_chrome):
        if line.text == article.title or _TABLE_ROW.match(line.text):
            continue  # a table's row ("| Title | Headline |") is a field and its value, no browser title line
        parts = [part.strip() for part in _SITE_PARTS.split(line.text)]
        if len(parts) < 2:
            continue
        while len(parts) > 2 and (parts[-1].casefold() in _GENERIC_TAILS or _STAMP.fullmatch(parts[-1]) or date_in(parts[-1])):
            parts = parts[:-1]  # "Headline - Site - News", "Headline – DW – 03/12/2024": the site before a generic part or a date
        end = next((end for end in range(1, len(parts)) if same_headline(" ".join(parts[:end]), article.title)), 0)
        if end:
            tail = parts[end:]
            # A slogan or a one-word section after the site's name: the name before it ("Meduza — Independent news ...").
            minor = len(tail) > 1 and not known(tail[-1]) and (not _NAME_SHAPED.match(tail[-1]) or len(tail[-1].split()) == 1)
            named = [part for part in reversed(tail[:-1]) if known(part)] if minor else []
            last = tail[-2] if minor and _NAME_SHAPED.match(tail[-2]) and not _NAME_SHAPED.match(tail[-1]) else tail[-1]
            site = named[0] if named else _spelled_site(_LANGUAGE.sub("", last), line.text)
        elif same_headline(" ".join(parts[1:]), article.title) and not _shared_words(parts[0], article.title):
            site = parts[0]  # the site first: "Site | Headline", never a word of the headline ("Ukraine - Russia talks stall")
        else:
            continue
        if site and len(site.split()) <= MAX_SITE_WORDS and not same_headline(site, article.title) and site.casefold() not in _GENERIC_TAILS:
            return site, line.text
    return None


#: A site's name: capitalised words, figures and the small words names keep ("Bank of England", "Mail & Guardian"); a slogan
#: has other words in small letters ("Independent news from Russia").
_NAME_SHAPED = re.compile(r"^(?:[A-Z0-9][\w&.'’-]*|of|the|and|&|de|du|des|la|le|el|al|da|di|for|on)(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|the|and|&|de|du|des|la|le|el|al|da|di|for|on))*$")


def _shared_words(first: str, second: str) -> bool:
    return bool(set(re.findall(r"\w+", first.casefold())) & set(re.findall(r"\w+", second.casefold())))


#: Separators of a browser title line's parts ("Headline | Site", "Headline « Site", "Headline · Site", "Headline / Site", "Headline :: Site").
_SITE_PARTS = re.compile(r"\s+(?:[|–—«»•·/-]|::)\s+")
#: A last part of figures alone: the page's date ("03/12/2024", "12.03.2024 17:32").
_STAMP = re.compile(r"[\d\s/.:,-]+")
#: The page's language after the site's name ("UNITED24 Media es").
_LANGUAGE = re.compile(r"\s+[a-z]{2}$")
#: A last part that names no site, the site's before it ("Headline - Harbour Post - News").
_GENERIC_TAILS = frozenset({"news", "home", "homepage", "latest", "latest news", "breaking news", "world", "world news"})


_HOST = re.compile(r"^(?:www\.)?(?P<label>[\w-]+)(?:\.[a-z]{2,})+$", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")
_NOT_SPELLED = re.compile(r"[^a-z0-9 ]")


def _spelled_site(site: str, line: str) -> str:
    """The part of a title line that spells the domain it ends with ('... - The Harbour Sting - ... - harboursting.com'
    -> 'The Harbour Sting'), else the site as found."""
    host = _HOST.match(site)
    if not host:
        return site
    label = host.group("label").lower().replace("-", "")
    spelled = (part for part in _TITLE_PARTS.split(line)[1:-1] if label in _spellings(part))
    return next(spelled, site)


def _spellings(name: str) -> set[str]:
    """A name folded as domains spell it: 'The Harbour Sting' -> {'theharboursting', 'harboursting'}."""
    folded = _NOT_SPELLED.sub("", name.lower()).split()
    return {"".join(folded), "".join(folded[1:] if folded[:1] == ["the"] else folded)}


#: A run of capitalised words a site's name may be ("Daily Mirror", "The Harbour Sting", "DAILY MIRROR").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|&))*")
MAX_NAME_WORDS = 5


def spelled_name(host: str, chrome: list[str], text: list[str] = ()) -> str | None:
    """The first name that spells the host's own name ('Daily Mirror' for dailymirror.lk, 'The Hindu' for thehindu.com), as
    the page writes it: in a chrome line, a name opening a run of capitalised words ('The Economist Newspaper Limited'); in
    the text, a whole run ('the Economist Intelligence Unit' is another name). Letters must agree whole: no initials."""
    labels = {label for label in (host_label(host), _subdomain_label(host)) if label and len(label) >= MIN_KEY}
    if not labels:
        return None
    for whole, lines in ((False, chrome), (True, text)):
        for line in lines:
            for run in _CAPITALISED_RUN.finditer(line):
                words = [w.rstrip(".,:;!?'’") for w in run.group().split()]
                starts = [0, *(i for i, w in enumerate(words) if i and w == "The")]  # "In The Economist last year"
                for start, end in ((s, e) for s in starts for e in _ends(s, len(words), whole)):
                    name = words[start:end]
                    own = name[:-1] if len(name) > 1 and name[-1].casefold() in _NAME_TAILS else name
                    if _key(" ".join(own)) in labels:
                        return _as_written(name)
    return None


#: Subdomains that name an edition or a device, not a site ("news.harbour.com", "english.harbour.com").
_EDITION_SUBDOMAINS = frozenset({"www", "news", "english", "en", "edition", "amp", "m", "mobile", "beta", "web", "eng", "world"})


def _subdomain_label(host: str) -> str | None:
    """The site's own name in a subdomain of its group's domain ('economictimes.indiatimes.com' -> 'economictimes'), else None."""
    labels = host.lower().removeprefix("www.").split(".")
    first = re.sub(r"[^a-z0-9]", "", labels[0])
    return first if len(labels) > 2 and labels[0] not in _EDITION_SUBDOMAINS and first != host_label(host) else None


def _ends(start: int, length: int, whole: bool) -> list[int]:
    """Where a name from ``start`` may end in a run of ``length`` words: the run's end, or (``whole`` False) any, longest first."""
    return [length] if whole else list(range(min(length, start + MAX_NAME_WORDS), start, -1))


#: Words a site's name may end with that its domain leaves out ("ABS-CBN News" for abs-cbn.com).
_NAME_TAILS = frozenset({"news", "online"})


def _as_written(name: list[str]) -> str:
    """A name of two or more words in capitals title-cased ('DAILY MIRROR'); one word ('CNBC', 'ABS-CBN') kept."""
    capitals = len(name) > 1 and all(w.isupper() for w in name if w != "The")
    return " ".join(w.title() if capitals and "-" not in w else w for w in name)


def page_lines(article: Article) -> tuple[list[str], list[str]]:
    """The page's own lines a site names itself on (never teasers or captions) and its byline; and the article's text."""
    chrome = [line.text for line in (*article.removed, *article.page_chrome) if line.reason not in _NOT_CHROME]
    return [*chrome, article.byline or ""], [b.text for b in article.blocks if b.kind == "paragraph"]
