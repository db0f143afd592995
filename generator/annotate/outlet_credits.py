"""Outlets a page credits in passing: a "Source: X" line, the writer's e-mail at the outlet's domain, a social handle, the
browser title's site left on the headline ("Headline - The Straits Times"). Only knowledge-base outlets count: these shapes
name other things too (a chart's "Source: World Bank", a reader's gmail.com address, a quoted tweet's @handle)."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from generator.annotate.authors import declared_names
from generator.annotate.page_address import host_label
from generator.annotate.page_fields import field_values
from generator.annotate.vocabulary import mapping
from generator.knowledge.base import KnowledgeBase
from generator.model import Article, RemovedReason

#: Finds the outlet keys a text names (metadata.outlets_named with its matcher and knowledge bound).
Namer = Callable[[str], list[str]]

#: "Source: Xinhua", "SOURCE: Kyodo News", "Source:Global Times | Editor: Li Wei", "Published by Dawn": the credit opens the line;
#: in other languages too ("Quelle: dpa", "Bron: ANP", "Источник: ТАСС").
_SOURCE = re.compile(r"^[\W_]*(?i:(?:source|quelle|bron|источник|джерело|kaynak|źródło|zdroj|kilde|källa|lähde)\s*:|published by:?|publisher\s*:)\s*(?P<name>[^|•·,;()]{2,40}?)\s*(?:$|[|•·,;(]|\s[-–—]\s)")
#: An e-mail address; its domain names the writer's employer ("jroe@yna.co.kr", "(jroe@heraldcorp.com)").
_EMAIL = re.compile(r"\b[\w.+-]+@(?P<domain>(?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)
#: A social handle ("@dawn_com", "@nytimes"), not an e-mail's domain.
_HANDLE = re.compile(r"(?<![\w@.])@(?P<handle>[A-Za-z0-9_]{3,30})\b")
#: A browser title's separators between a headline and its site ("Headline | Site", "Headline - Site", "Headline · Site").
_TITLE_SITE = re.compile(r"\s+(?:[|–—«»•·-]|::)\s+(?P<site>[^|–—«»•·]{2,40})$")
#: Lines at the foot of the text a writer's contact or a source credit stands in, and the removed lines it may be among.
TAIL_PARAGRAPHS = 3
_FOOT_REASONS = frozenset({RemovedReason.CREDITS, RemovedReason.DISCLAIMER, RemovedReason.WIDGET, RemovedReason.AFTER_END,
                           RemovedReason.BYLINE, RemovedReason.BIO, RemovedReason.NAVIGATION})


def _foot_lines(article: Article) -> list[str]:
    """The article's last paragraphs, its byline, bio and standfirst (a source line over the copy), and the lines removed around it as its credits and chrome."""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"][-TAIL_PARAGRAPHS:]
    return [*paragraphs, article.byline or "", article.bio or "", article.standfirst or "", *(line.text for line in article.removed if line.reason in _FOOT_REASONS)]


#: A copy's note of the page it was taken from ("This article was downloaded by zlibrary from https://www.economist.com/...",
#: "Retrieved from https://..."): the address names the site.
_RETRIEVED = re.compile(r"\b(?i:downloaded|retrieved|fetched)\b(?:\s+\S+){0,3}?\s+(?i:from)\s+(?:https?://)?(?P<name>[\w-]+(?:\.[\w-]+)+)")


#: A source line of its own as the Romance-language press sets one over or under its copy: "Da Reuters", "Do Portal Terra",
#: "Na Veja", "De la Redacción de X", "Fonte: X", a Brazilian blog's "Deu em X" over a repost — a preposition and the outlet's name, nothing more ("Com agência X" is a
#: wire that helped, not the page).
_ROMANCE_SOURCE = re.compile(r"^[\W_]*(?:[DdNn][aeo]s?|[Dd]el|[Dd]e\s+la|[Ff]uente\s*:|[Ff]onte\s*:|[Dd]eu\s+(?:em|n[ao]s?))\s+(?P<name>[A-Z][^()|,;:]{1,40}?)[\s.)]*$")
#: The generic word before a site's name in such a line ("Portal Terra", "Redacción de X"), tried without it too.
_SOURCE_WORD = re.compile(r"^(?:[Pp]ortal|[Ss]ite|[Rr]edação|[Rr]edacción|[Rr]evista|[Jj]ornal|[Pp]eri[óo]dico|[Dd]iário|[Dd]iario)"
                          r"(?:\s+d[aeo])?\s+")


def source_credit(article: Article, named: Namer, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key, line) of a "Source: X" credit naming a known outlet and nothing else, a Romance-language source line
    ("Da Reuters") naming one by its name or an alias exactly, or of the address a copy says it was downloaded from."""
    for line in _foot_lines(article):
        match = _SOURCE.match(line.strip()) or _RETRIEVED.search(line)
        found = named(match.group("name")) if match else []
        if len(set(found)) == 1:
            return found[0], line
        romance = _ROMANCE_SOURCE.match(line.strip())
        if romance:
            name = romance.group("name").strip()
            key = _exact_outlet(name, named, knowledge) or _exact_outlet(_SOURCE_WORD.sub("", name), named, knowledge)
            if key:
                return key, line
    return None


def author_field_outlet(article: Article, named: Namer, knowledge: KnowledgeBase) -> str | None:
    """The known outlet a frontmatter's author field is, its name or an alias and nothing more ("author: La Jornada"): a
    repost crediting the paper it copied, as blogs and aggregators fill the field."""
    author = article.meta.get("author")
    return _exact_outlet(author.strip(), named, knowledge) if isinstance(author, str) and author.strip() else None


#: A Chinese wire's dateline opening the lead: the agency, the place, the month and day, maybe "电" ("路透东京9月21日 - ",
#: "新华社北京6月9日电").
_CJK_DATELINE = re.compile(r"^(?P<head>[\u4e00-\u9fff]{2,12}?)\d{1,2}月\d{1,2}日[电電]?\s*(?:[-－—–]|(?=[\u4e00-\u9fff（(]))")
#: An agency's name in Chinese is this many characters at most ("路透", "新华社", "中新社").
MAX_CJK_AGENCY = 5


def cjk_dateline_agency(lead: str, named: Namer) -> tuple[str, str] | None:
    """(outlet key, dateline) of a Chinese wire's dateline opening the lead, its longest opening a known outlet's name."""
    match = _CJK_DATELINE.match(lead)
    head = match.group("head") if match else ""
    for size in range(min(MAX_CJK_AGENCY, len(head)), 1, -1):
        found = named(head[:size])
        if len(set(found)) == 1:
            return found[0], match.group(0).strip()
    return None


def field_outlet(article: Article, named: Namer, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key, value) of the known outlet a page's source field names, its name or an alias and nothing more ("来源： 人民日报"
    in a Chinese portal's header, data/page_fields.txt)."""
    for value in field_values([line.text for line in article.removed], "source"):
        key = _exact_outlet(value.strip(), named, knowledge)
        if key:
            return key, value
    return None


def _exact_outlet(name: str, named: Namer, knowledge: KnowledgeBase) -> str | None:
    """The key of the one known outlet ``name`` is, its name or an alias and nothing more."""
    found = named(name)
    term = knowledge.term("outlets", found[0]) if len(set(found)) == 1 else None
    if term and _folded(name) in {_folded(alias) for alias in (term.name, *term.aliases)}:
        return term.key
    return None


#: A wire's credit closing the text ("... the Swiss statement said. (REUTERS)", "(with inputs from PTI)").
_CLOSING_CREDIT = re.compile(r"\((?:(?i:with inputs from|inputs from|with)\s+)?(?P<name>[^()]{2,40})\)\s*$")


def closing_credit(article: Article, named: Namer, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key, paragraph) of the known outlet the last paragraph credits in brackets, its name or alias and nothing
    more ("(REUTERS)", "(ANI)"); never a picture's credit ("(AP Photo/Jane Roe)")."""
    last = next((b.text for b in reversed(article.blocks) if b.kind == "paragraph"), "")
    key = _credited_outlet(_CLOSING_CREDIT.search(last), named, knowledge)
    return (key, last) if key else None


def _credited_outlet(match: re.Match[str] | None, named: Namer, knowledge: KnowledgeBase) -> str | None:
    """The key of the one known outlet a credit's ``name`` group is, written as its name or an alias and nothing more."""
    return _exact_outlet(match.group("name"), named, knowledge) if match else None


#: A writer's contact line is this short at most ("Contact the writer at jroe@japantimes.co.jp", "Jane Roe (jroe@yna.co.kr)").
MAX_CONTACT_WORDS = 16


def writer_email(article: Article, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key, line) whose domain a writer's e-mail address at the article's foot is at ("jroe@yna.co.kr")."""
    domains = outlet_domains(knowledge)
    for line in _foot_lines(article):
        if len(line.split()) > MAX_CONTACT_WORDS:
            continue  # a paragraph giving the reader an address to write to ("you can e-mail Europe@dailymail.co.uk")
        for match in _EMAIL.finditer(line):
            key = domain_outlet(match.group("domain"), domains)
            if key:
                return key, line
    return None


def handle_outlets(text: str, knowledge: KnowledgeBase) -> list[str]:
    """Outlet keys the social handles of a line spell: a known outlet's domain ('@dawn_com', '@nytimes') or its name run
    together ('@StraitsTimes'), case aside."""
    spellings = _handle_spellings(knowledge)
    found = [spellings.get(m.group("handle").lower().replace("_", "")) for m in _HANDLE.finditer(text)]
    return [key for key in found if key]


def title_site(article: Article, named: Namer, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key, line) of the browser title's site, a known outlet's name or alias and nothing more, after a separator: on
    the headline itself, the page printing no other ("Talks resume in Geneva - The Straits Times"); or on the page's first
    line, a browser title whose headline the page reworded below it ("Geneva talks: what to expect | The Straits Times")."""
    first = article.removed[:1] if article.position == 0 else article.page_chrome[:1]
    for line, least_words in ((article.title or "", 1), *((line.text, MIN_HEADLINE_WORDS) for line in first)):
        match = _TITLE_SITE.search(line)
        if not match or len(line[: match.start()].split()) < least_words:
            continue
        found = named(match.group("site"))
        term = knowledge.term("outlets", found[0]) if len(set(found)) == 1 else None
        if term and _folded(match.group("site")) in {_folded(name) for name in (term.name, *term.aliases)}:
            return term.key, line
    return None


#: A page's first line is a browser title when a headline of this many words at least comes before the site.
MIN_HEADLINE_WORDS = 4


def _folded(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.lower()))


_CACHE: dict[tuple[str, str], dict[str, str]] = {}


def outlet_domains(knowledge: KnowledgeBase) -> dict[str, str]:
    """Web domain (no 'www.') to outlet key, from the knowledge base."""
    cached = _CACHE.get(("domains", knowledge.version))
    if cached is None:
        cached = {}
        for term in knowledge.terms_of("outlets"):
            for domain in term.attributes.get("domains", ()):
                cached.setdefault(str(domain).lower().removeprefix("www."), term.key)
        _CACHE[("domains", knowledge.version)] = cached
    return cached


def domain_outlet(host: str, domains: dict[str, str]) -> str | None:
    """The outlet a host belongs to: its domain or a parent domain ('news.example.com' -> 'example.com')."""
    host = host.lower().removeprefix("www.")
    while host and host not in domains and "." in host:
        host = host.split(".", 1)[1]
    return domains.get(host)


def official_site(host: str) -> str | None:
    """The name a government's or international body's site gives itself (data/official_sites.txt), for its host or a
    subdomain's ('bidenwhitehouse.archives.gov' -> 'White House')."""
    return domain_outlet(host, _official_domains())


@lru_cache(maxsize=None)
def _official_domains() -> dict[str, str]:
    """Web domain to the official site's name, from data/official_sites.txt."""
    return {domain: name for name, domains in mapping("official_sites").items() for domain in domains}


def _handle_spellings(knowledge: KnowledgeBase) -> dict[str, str]:
    """Handle (lower case, no underscores) to outlet key: each domain whole and without its suffix, each name run together."""
    cached = _CACHE.get(("handles", knowledge.version))
    if cached is None:
        cached = {}
        for domain, key in outlet_domains(knowledge).items():
            cached.setdefault(re.sub(r"[^a-z0-9]", "", domain), key)  # "@dawn_com" spells dawn.com
            cached.setdefault(host_label(domain), key)  # "@nytimes" spells nytimes.com
        for term in knowledge.terms_of("outlets"):
            for name in (term.name, *term.aliases):
                cached.setdefault(re.sub(r"[^a-z0-9]", "", name.lower()), term.key)  # "@StraitsTimes"
        cached = {spelling: key for spelling, key in cached.items() if len(spelling) >= MIN_HANDLE}
        _CACHE[("handles", knowledge.version)] = cached
    return cached


#: A handle spelling an outlet has this many letters at least: "@ap" or "@rt" is as often someone's initials.
MIN_HANDLE = 4



#: A name as the text writes an outlet's: one to four capitalised words ("Check Your Fact", "The Associated Press").
_SELF = r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
#: The newsroom speaking of itself in the third person: what it could not verify, whom it contacted, what was said to it in an
#: email ("X could not independently verify", "X contacted the ministry for comment", "told X in an email", "X recently debunked").
#: Each with words it cannot match without, looked for first: most paragraphs hold none, and every capital opens a name.
_SELF_NAMING = (
    (("verify", "confirm"),
     re.compile(_SELF + r"\s+(?:could not|cannot|was unable to|has not been able to)\s+(?:independently\s+)?(?:verify|confirm)\b")),
    (("for comment", "for a response"),
     re.compile(_SELF + r"\s+(?:has\s+)?(?:contacted|reached out to)\s+[^.]{0,100}?\bfor (?:comment|a response)\b")),
    (("mail",),
     re.compile(r"\bin an? e-?mail to\s+" + _SELF + r"|\b(?:told|confirmed to|said to)\s+" + _SELF.replace("name", "name2") + r"\s+in an? e-?mail\b")),
    (("debunked", "fact-checked"), re.compile(_SELF + r"\s+(?:recently|previously)\s+(?:debunked|fact-checked)\b")),
)
#: Times the text must name the newsroom so before it is the page's outlet: once may be another outlet's reporting.
MIN_SELF_NAMING = 2


def self_named(article: Article, named: Namer) -> tuple[str, str] | None:
    """(outlet key or name, paragraph) of the one newsroom the text speaks of in the third person MIN_SELF_NAMING times or
    more ("Check Your Fact could not independently verify ...", "... in an email to Check Your Fact")."""
    found: dict[str, list[str]] = {}
    for text in (block.text for block in article.blocks if block.kind == "paragraph"):
        patterns = [pattern for needed, pattern in _SELF_NAMING if any(word in text for word in needed)]
        for match in (match for pattern in patterns for match in pattern.finditer(text)):
            name = match["name"] or match.groupdict().get("name2") or ""
            key = next(iter(named(name)), None) or re.sub(r"^The\s+(?=\S+\s)", "", name)
            found.setdefault(key, []).append(text)
    counted = [(key, texts[0]) for key, texts in found.items() if len(texts) >= MIN_SELF_NAMING]
    return counted[0] if len(counted) == 1 else None


#: A name this short in a scraper's author list may be an outlet's initials it title-cased ("Cnn", "Afp").
MAX_INITIALS = 5


def aggregated_source(article: Article, host: str, named: Namer, knowledge: KnowledgeBase) -> str | None:
    """The outlet whose copy an aggregator's page (``host``) runs, named in the byline or the author list ("Jane Roe, Al Roe,
    Cnn" on Yahoo News), else None."""
    key = domain_outlet(host, outlet_domains(knowledge))
    if not key or knowledge.term("outlets", key).attributes.get("kind") != "aggregator":
        return None
    credits = [article.byline or "", *declared_names(article)]
    return next((found for text in credits for found in named(text) or (named(text.upper()) if len(text) <= MAX_INITIALS else [])
                 if found != key), None)


#: A wire credited at the end of the lead ("... held in Helsinki on Tuesday, reports BSS."): the copy is the wire's.
_REPORTS = re.compile(r",\s+(?:reports|reported)\s+(?P<name>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\.?\s*$")
#: The lead's credit stands in one of the text's first paragraphs.
MAX_REPORTS_PARAGRAPH = 4


def reported_by(article: Article, named: Namer, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key, paragraph) of the known outlet one of the first paragraphs ends on crediting, its name or alias and
    nothing more (", reports BSS.")."""
    for text in [b.text for b in article.blocks if b.kind == "paragraph"][:MAX_REPORTS_PARAGRAPH]:
        key = _credited_outlet(_REPORTS.search(text), named, knowledge)
        if key:
            return key, text
    return None


#: An outlet's possessive before a staff role, after a writer's name and a comma ("David Rennie, The Economist's Beijing bureau
#: chief"): whom the writer works for.
_STAFF_OF = r",\s+(?P<name>(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:[\w-]+\s+){0,3}?(?i:{roles})\b"
#: Staff roles at a newsroom.
_STAFF_ROLES = ("bureau chief", "correspondent", "editor", "reporter", "columnist", "writer", "host", "presenter", "anchor",
                "producer", "analyst")
#: The writers are described so in one of the text's first paragraphs.
MAX_STAFF_PARAGRAPH = 3


def writers_outlet(article: Article, named: Namer) -> tuple[str, str] | None:
    """(outlet key, paragraph) of the known outlet the text names as the employer of one of the article's own writers (the
    frontmatter's authors or the byline's): a podcast's or a newsletter's description presenting its hosts."""
    writers = [name for name in (*declared_names(article), *([article.byline] if article.byline else []))
               if len(name.split()) >= 2]
    if not writers:
        return None
    names = "|".join(re.escape(w) for w in writers)
    pattern = re.compile(rf"(?<!\w)(?:{names})" + _STAFF_OF.replace("{roles}", "|".join(_STAFF_ROLES)))
    for text in [b.text for b in article.blocks if b.kind == "paragraph"][:MAX_STAFF_PARAGRAPH]:
        for match in pattern.finditer(text):
            found = named(match["name"])
            if found:
                return found[0], text
    return None
