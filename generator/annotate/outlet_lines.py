"""What one chrome line says of the page's outlet: the outlets it names, and whether it is the page's own line, a wire's credit
beside a person, a breadcrumb's head or a source the text cites (the votes of metadata.find_outlet)."""
from __future__ import annotations

import re
from collections import Counter

from generator.annotate.matching import Matcher
from generator.annotate.outlet_credits import domain_outlet, handle_outlets, outlet_domains
from generator.annotate.published import date_in
from generator.annotate.site_names import CHROME_REASONS
from generator.knowledge.base import KnowledgeBase
from generator.model import Article
from generator.sources.bylines import is_name_line

_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)


def outlets_named(text: str, matcher: Matcher, knowledge: KnowledgeBase) -> list[str]:
    """Outlet keys a line names, by name, alias, web domain or social handle ('ARAB NEWS' too: chrome is often in capitals)."""
    found = [m.best.key for m in matcher.find(text) if m.best.taxonomy == "outlets"]
    if not found and any(w.isupper() and len(w) > 3 for w in text.split()):
        found = [m.best.key for m in matcher.find(_title_case_capitals(text)) if m.best.taxonomy == "outlets"]
    domains = outlet_domains(knowledge)
    found += [key for match in _DOMAIN.finditer(text) if (key := domain_outlet(match.group(1), domains))]
    return found + handle_outlets(text, knowledge)


def _title_case_capitals(text: str) -> str:
    """'KYODO NEWS - Aug 23' -> 'Kyodo News - Aug 23': words in capitals, title-cased."""
    return " ".join(w.title() if w.isupper() and len(w) > 3 else w for w in text.split())


#: Chrome lines (a masthead's repeat too) that must name a known outlet for it to be the page's, unless one alone is enough.
MIN_VOTE_LINES = 2


_COPYRIGHT_MARK = re.compile(r"©|\([cC]\)\s*\d|\bcopyright\b", re.I)


#: The head of a breadcrumb ("Arab News | Saudi Arabia") or of a desk's byline ("by Reuters", "Harbour Daily with AFP").
_BREADCRUMB_HEAD = re.compile(r"^(?P<by>(?i:by):?\s+)?(?P<head>[^|:–—]{2,40}?)(?P<rest>\s+[|:–—]\s+\S|\s+(?i:with)\s+(?:[A-Z]{2,6}|(?i:(?:news\s+)?agencies|wires))$|$)")


#: A page speaking of itself ("Why you can trust SCMP", "Support The Guardian", "Subscribe to Harbour Daily", "Logo of X").
_SELF_NAMING = re.compile(r"^(?:why you can trust|support|subscribe to|welcome to|about|follow|advertise (?:on|with|in)|logo of)\s+\S"
                          r"|^[^|:]{2,40}\s(?:logo|home\s?page)$", re.I)  # its masthead's alt text: "Harbour Gazette logo"


#: A piece written for the page's own outlet by an outsider ("By Jane Roe | Special to the Harbour Press").
_SPECIAL_TO = re.compile(r"\bspecial to\b", re.I)


def own_line(text: str, copyright: bool = True) -> bool:
    """True when one chrome line is enough to name the page's outlet: a copyright line (unless ``copyright`` is False), a
    dated credit, a web domain, the page speaking of itself, a piece written for it ("Special to the X")."""
    return bool(copyright and _COPYRIGHT_MARK.search(text) or date_in(text) or _DOMAIN.search(text) or _SELF_NAMING.match(text)
                or _SPECIAL_TO.search(text))


def named_elsewhere(key: str, text: str, article: Article, matcher: Matcher, knowledge: KnowledgeBase) -> bool:
    """True when a line of the page other than ``text`` names the outlet too: a copyright line alone may be the holder of a
    story or picture the page runs (a syndicated story's "© 2019 Harbour Gazette"); the page's own site names itself again."""
    return any(line.text != text and key in outlets_named(line.text, matcher, knowledge)
               for line in (*article.removed, *article.page_chrome))


#: A person's credit beside an agency, either way round: a photographer's ("Al Roe, Associated Press", "REUTERS/Al Roe") or a
#: writer's ("By Jane Roe, Associated Press").
_PERSON_AND_AGENCY = re.compile(r"^(?i:by:?\s+)?(?P<a>[^,/|]{2,40}?)\s*[,/]\s*(?P<b>[^,/|]{2,40})$")


def wire_credit(key: str, text: str, matcher: Matcher, knowledge: KnowledgeBase) -> bool:
    """True when a line credits an agency beside a person's name (a photographer's or writer's): a site running the agency's
    pictures or copy; the agency's own site names itself on other lines. (An agency's name before a date is no such credit:
    "KYODO NEWS - Aug 23, 2025" stamps the agency's own pages too.)"""
    term = knowledge.term("outlets", key)
    if not term or term.attributes.get("kind") != "wire":
        return False
    pair = _PERSON_AND_AGENCY.match(text.strip())
    return bool(pair) and any(key in outlets_named(part, matcher, knowledge) and is_name_line(other.title())
                              for part, other in ((pair["a"], pair["b"]), (pair["b"], pair["a"])))


def breadcrumb_head(text: str, matcher: Matcher, knowledge: KnowledgeBase) -> list[str]:
    """Outlets a breadcrumb line or a desk's byline starts with ("Arab News | Saudi Arabia", "by Reuters"); never a menu
    item that is only a name ("Fox News" among the network's other sites)."""
    match = _BREADCRUMB_HEAD.match(text)
    return outlets_named(match.group("head"), matcher, knowledge) if match and (match.group("by") or match.group("rest")) else []


#: A link on a line of its own ("https://www.example.com/news/1").
_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


#: An item of a numbered list of links ("1. [Reuters](https://...)"), or a Markdown footnote's or link reference's
#: definition ("[^4]: https://...", "[4]: https://..."): a source the text cites, never the page's own chrome.
_CITED_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s+\[[^\]]+\]\(|\[\^?[^\]]{1,40}\]:\s*\S)")


#: A contributors' line ("Associated Press writers ... contributed to this report") names the writers' employer, not the page.
_CONTRIBUTORS = re.compile(r"\bcontributed\b|\badditional reporting\b", re.I)


#: A picture's credit ("Photo: Reuters"): the agency took the photo, the page is someone else's; a picture's own address
#: ("![Screenshot](https://cdn.harbour.com/...)") names where it is stored, as often a partner's or parent's server.
_PICTURE_CREDIT = re.compile(r"^(?:photo|image|picture|illustration|video|foto|graphic)s?(?: credit)?\s*[:/]|^!\[", re.I)


def more_specific(key: str, votes: Counter[str], knowledge: KnowledgeBase) -> str:
    """'Nikkei' from a byline, 'Nikkei Asia' named by the page: the page's more specific outlet."""
    term = knowledge.term("outlets", key)
    for other in votes:
        other_term = knowledge.term("outlets", other)
        if term and other_term and other != key and other_term.name.startswith(term.name):
            return other
    return key


def signed_by(text: str, key: str, knowledge: KnowledgeBase) -> bool:
    """True when a line under a writer's name is only the outlet's name, maybe with a place ("BBC News, Kyiv"); never a wire's
    (a site runs the wire's copy under its reporter's name)."""
    term = knowledge.term("outlets", key)
    return bool(term) and term.attributes.get("kind") != "wire" and bare_name(re.sub(r",\s*[A-Z][\w .'’-]{1,30}$", "", text), key, knowledge)


def bare_name(text: str, key: str, knowledge: KnowledgeBase) -> bool:
    """True when a line is only the outlet's name or alias ("KYODO NEWS"): a masthead, not a menu item of a sister site."""
    term = knowledge.term("outlets", key)
    return bool(term) and folded_name(text) in {folded_name(name) for name in (term.name, *term.aliases)}


def folded_name(name: str) -> str:
    """A name as letters and digits, no "The": how a line and an outlet's name are compared."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.lower()))


def first_of(values: list[str]) -> str | None:
    """The first of a list, or None."""
    return values[0] if values else None


def not_the_pages(text: str, cited_links: bool) -> bool:
    """True when a chrome line says nothing of the page's own outlet: a picture's credit, a contributors' line, an item of a
    numbered list of links, a quoted block's line (a quoted source's credit: "> Deutsche Welle (www.dw.com) https://..."), or a bare link when the page links to several sites (sources the text cites)."""
    return bool(_PICTURE_CREDIT.match(text) or _CONTRIBUTORS.search(text) or _CITED_ITEM.match(text) or text.startswith(">")
                or cited_links and _BARE_LINK.match(text))


def full_name(key: str, texts: list[str], matcher: Matcher, knowledge: KnowledgeBase) -> str:
    """The outlet a short name stands for when the page names it in full too: "the Times" of a text that names "The New York
    Times" (or a frontmatter's "New York Times Podcasts") is the New York Times, no other Times."""
    term = knowledge.term("outlets", key)
    short = term.name.removeprefix("The ") if term else ""
    for text in texts:
        for other in outlets_named(text, matcher, knowledge):
            other_term = knowledge.term("outlets", other)
            if short and other != key and other_term and other_term.name.endswith(" " + short):
                return other
    return key



#: A legal form after a name in a copyright line ("© Süddeutsche Zeitung GmbH"): the paper's own company, named as the paper.
_LEGAL_FORM = r"(?:GmbH|AG|SE|KG|S\.?A\.?|S\.?L\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|SAS|B\.?V\.?|N\.?V\.?|A/S|AB|ASA|Oy|Ltd|Limited|Inc|LLC|plc)\.?"
#: A copyright line of a name, its years and its company's legal form maybe, and nothing more: "(c) 2016, The National Interest",
#: "© 2015 Swarajya", "© Süddeutsche Zeitung GmbH", "Copyright © 2026 NU.nl".
_BARE_COPYRIGHT = re.compile(
    r"^(?:\([cC]\)|©|(?i:copyright))\s*(?:©\s*)?(?P<year>(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?,?\s+)?"
    rf"(?P<name>[^,;:|©]{{2,50}}?)(?P<form>,?\s+{_LEGAL_FORM})?(?:,?\s+(?:19|20)\d{{2}})?\.?$")


def bare_copyright(key: str, line: str, knowledge: KnowledgeBase) -> bool:
    """True when ``line`` is a bare copyright line (see _BARE_COPYRIGHT) giving the outlet ``key``'s name or an alias; one
    without a year or with a company's legal form only for an outlet that is no wire ("© Reuters" is a picture's credit)."""
    match = _BARE_COPYRIGHT.match(line.strip())
    term = knowledge.term("outlets", key)
    if not match or not term or (not match["year"] or match["form"]) and term.attributes.get("kind") == "wire":
        return False
    return folded_name(match.group("name").rstrip(".")) in {folded_name(n) for n in (term.name, *term.aliases)}


#: A web domain as a site names itself ("NU.nl", "Harbourmirror.lk").
_SITE_DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}$")


def copyright_domain(article: Article) -> tuple[str, str] | None:
    """(domain, line) of the page's bare copyright lines naming one web domain and nothing else ("© 2026 NU.nl"): the site's
    own footer, when every such line names the same one."""
    found = {(match["name"].removeprefix("www."), line.text) for line in article.removed if line.reason in CHROME_REASONS
             and (match := _BARE_COPYRIGHT.match(line.text.strip())) and _SITE_DOMAIN.match(match["name"])}
    return min(found) if len({domain.lower() for domain, _ in found}) == 1 else None
