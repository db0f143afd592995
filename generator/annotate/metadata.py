"""Outlet, publication date and kind of an article (its author: authors.py)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Mapping

from generator.annotate.authors import credited_author, find_author
from generator.annotate.issuers import letterhead, signed_off, source_field
from generator.annotate.kinds import find_kind
from generator.annotate.matching import Matcher
from generator.annotate.name_shapes import GIVEN_NAMES
from generator.annotate.outlet_credits import (
    aggregated_source,
    author_field_outlet,
    cjk_dateline_agency,
    closing_credit,
    domain_outlet,
    field_outlet,
    official_site,
    outlet_domains,
    reported_by,
    self_named,
    source_credit,
    title_site,
    writer_email,
    writers_outlet,
)
from generator.annotate.outlet_lines import (
    MIN_VOTE_LINES,
    bare_copyright,
    bare_name,
    breadcrumb_head,
    copyright_domain,
    first_of,
    folded_name,
    full_name,
    more_specific,
    named_elsewhere,
    not_the_pages,
    outlets_named,
    own_line,
    signed_by,
    wire_credit,
)
from generator.annotate.page_address import declared_address, host_label, linked_sites, page_address
from generator.annotate.page_links import own_site
from generator.annotate.promotions import pitched_site, promoted_outlet
from generator.annotate.publication_date import find_published
from generator.annotate.site_names import CHROME_REASONS, footer_site, page_lines, site_name, spelled_name, title_line_site
from generator.annotate.syndication import continued_source, syndicated_outlet
from generator.annotate.text import sentence_at
from generator.annotate.vocabulary import words
from generator.knowledge.base import KnowledgeBase
from generator.model import Article, RemovedReason
from generator.sources.bylines import is_name_line

__all__ = ["CHROME_REASONS", "credited_author", "page_address", "title_line_site", "find_author", "find_kind", "find_outlet",
           "find_published", "frontmatter_list"]

_STAFF = re.compile(r"(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)\s+(?:staff\s+)?(?:writer|reporter|correspondent|editor)s?\b")
#: Someone speaking to an outlet in the text ("told TASS", "speaking to Kyodo"), not citing it ("according to", "interview with").
_OUTLET_CONTEXT = re.compile(
    r"\b(?:told|(?:speaking|spoke|talking|talked|said|says|remarks|statement)\s+(?:exclusively\s+)?to)(?:\s+the)?\s*$", re.I
)
#: "in an interview with Kyodo": alone it may cite another outlet's interview; it confirms a "told Kyodo".
_INTERVIEW_CONTEXT = re.compile(r"\binterviews?\s+with(?:\s+the)?\s*$", re.I)
#: ... and in a headline, "Russian Official to Asharq Al-Awsat: ...".
_TITLE_OUTLET_CONTEXT = re.compile(r"\b(?:told|to)(?:\s+the)?\s*$", re.I)
#: A lead opening on an outlet in brackets, a dash or the first word after it, the place left out ("(CNN) — ...", "(MENAFN)
#: The United States ...") or written in small letters ("Doha, May 19 (QNA) - ..."); only a known outlet counts.
_AGENCY_OPENING = re.compile(r"^(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s+)?"
                             r"\((?P<agency>[^)]{2,30})\)\s*(?:(?:[—–]|--?)\s|(?=[A-Z]))")
#: ... or on its place, date and the agency in slashes, as a saved page's lead keeps a TASS dateline ("MOSCOW, February 27.
#: /TASS/. ..."): the extractor splits off no dateline; only a known outlet counts.
_SLASHED_OPENING = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\.?\s*"
                              r"/(?P<agency>[^/]{2,40})/\.?\s")
_AGENCY = re.compile(r"/(?P<a>[^/]{2,40})/|\((?P<b>[^)]{2,40})\)")
#: ... or a lead opening on the site's own name as its dateline, the place before it maybe ("JAKARTA, KOMPAS.com - ...",
#: "KOMPAS.com - ..."), as Indonesian and Malaysian sites sign their stories; only a known outlet counts.
_SITE_DATELINE = re.compile(r"^\**(?:[A-Z][A-Z .'’-]{2,30},\s*)?(?P<agency>[A-Z][\w.]{1,30}(?:\s[A-Z][\w.]{1,30}){0,2})\s*(?:[—–]|--?)\**\s")
#: ... or a CSV record's text field opening on the dateline after the headline's field ('Headline,"SEOUL (Reuters) - ...',
#: 'Headline,"KITCHANGA, Democratic Republic of Congo (Reuters) - ...'): a dataset's row kept as one paragraph.
_RECORD_DATELINE = re.compile(r',"(?P<place>[A-Z]{2,}[A-Z .\'’-]*(?:,\s+[A-Z][\w .\'’-]{1,40}?)?)\s+\((?P<agency>[^)]{2,30})\)\s+(?:[—–]|--?)\s')
#: A headline's field is this long at most.
MAX_RECORD_HEADLINE = 300


def find_outlet(article: Article, matcher: Matcher, knowledge: KnowledgeBase) -> tuple[str | None, str, int]:
    """(outlet key or name, evidence line, block): frontmatter, dateline, byline, the page's own chrome, 'told <outlet>'."""
    declared = article.meta.get("outlet")
    if isinstance(declared, str) and declared.strip():
        return _declared_outlet(article, declared.strip(), matcher, knowledge), "(frontmatter)", -1
    continued = continued_source(article, lambda text: outlets_named(text, matcher, knowledge), outlet_domains(knowledge))
    if continued:  # a reposted opening: "Continue reading from the source: [The Guardian][the]"
        return (*continued, -1)
    suffix = title_line_site(article, lambda part: bool(outlets_named(part, matcher, knowledge)))
    page = declared_address(article) or page_address(article)
    # A known outlet's title line over a link to a site no outlet owns: the link is a source the text cites (a ministry's page).
    cited = bool(suffix and page) and bool(outlets_named(suffix[0], matcher, knowledge)) and not outlets_named(page[1], matcher, knowledge)
    copied = aggregated_source(article, page[0], lambda text: outlets_named(text, matcher, knowledge), knowledge) if page else None
    if copied:
        return copied, page[1], -1
    if suffix and (not page or cited or _site_of(suffix[0], page[0], matcher, knowledge)):
        name, line = suffix
        return first_of(outlets_named(name, matcher, knowledge)) or name, line, -1
    if page:
        host, line = page
        known = first_of(outlets_named(line, matcher, knowledge)) or official_site(host)
        return known or spelled_name(host, *page_lines(article)) or host, line, -1
    named = title_site(article, lambda text: outlets_named(text, matcher, knowledge), knowledge)
    if named:  # "Headline - The Straits Times" as the headline, or the page's first line over a reworded headline
        return (*named, -1)
    votes: Counter[str] = Counter()
    evidence: dict[str, str] = {}
    alone: set[str] = set()  # outlets a single line is enough for
    copyrights: dict[str, str] = {}  # outlets a copyright line alone names, and that line
    voted: set[tuple[str, str]] = set()  # (outlet, line) pairs counted
    repeats: Counter[str] = Counter()  # chrome lines naming each outlet, repeats too
    cited_links = len(linked_sites(article)) > 1
    # Lines right under a writer's name (a given name first: "World News" over a menu is no writer).
    signed = {under.text for over, under in zip(article.removed, article.removed[1:])
              if is_name_line(over.text) and over.text.split()[0] in GIVEN_NAMES}
    for line in article.removed:
        # Bare links to several sites are sources the text cites, not the page's address.
        if line.reason in CHROME_REASONS and not not_the_pages(line.text, cited_links):
            named = outlets_named(line.text, matcher, knowledge)
            own = named and (line.reason == RemovedReason.BYLINE or own_line(line.text))
            heads = breadcrumb_head(line.text, matcher, knowledge) if named else []
            for key in named:
                if key in heads:
                    alone.add(key)
                elif wire_credit(key, line.text, matcher, knowledge):
                    continue  # the agency credited beside a photographer or writer: another site runs its pictures or copy
                elif own and (line.reason == RemovedReason.BYLINE or own_line(line.text, copyright=False)):
                    alone.add(key)
                elif line.text in signed and signed_by(line.text, key, knowledge):
                    alone.add(key)  # "Jane Roe" over "BBC News, Kyiv": the writer, the site's name and where they file from
                elif own:
                    copyrights.setdefault(key, line.text)
                # A menu repeated at the foot of the page repeats a sister site's item ("Barron's Roundtable"); the site names
                # itself in different lines (its menu, copyright, "Follow X"): each wording votes once, unless the page names
                # no other outlet (its masthead, top and bottom).
                votes[key] += (key, line.text) not in voted
                repeats[key] += 1 if (key, line.text) not in voted or bare_name(line.text, key, knowledge) else 0
                voted.add((key, line.text))
                evidence.setdefault(key, line.text)
    if len(repeats) == 1:
        votes = repeats
    alone |= {key for key, text in copyrights.items() if named_elsewhere(key, text, article, matcher, knowledge)}
    named_site = site_name(article)
    if named_site:
        name, line = named_site
        known = first_of(outlets_named(name, matcher, knowledge))
        return more_specific(known, votes, knowledge) if known else name, line, -1
    promoted = promoted_outlet(article, lambda text: outlets_named(text, matcher, knowledge))
    if promoted:  # "Follow X on Google News", "Download the X app": the site speaking to its own reader
        return (*promoted, -1)
    pitched = pitched_site(article)
    if pitched:  # "help us by [joining UN-aligned](https://un-aligned.org/register/)": the site linking to its own pages
        name, line = pitched
        return first_of(outlets_named(name, matcher, knowledge)) or name, line, -1
    linked = own_site(article)
    name = (domain_outlet(linked[0], outlet_domains(knowledge)) or spelled_name(linked[0], *page_lines(article))) if linked else None
    if name:  # the site its menus, teasers and tags link to, as the page spells it ("FactCheckHub" for factcheckhub.com)
        return name, linked[1], -1
    if article.dateline:
        agency = _AGENCY.search(article.dateline)
        footer = footer_site(article) if agency else None
        if footer:  # a wire's story on a local site: the site names itself in its footer
            return first_of(outlets_named(footer[0], matcher, knowledge)) or footer[0], footer[1], -1
        if agency:
            name = agency.group("a") or agency.group("b")
            return first_of(outlets_named(name, matcher, knowledge)) or name.strip(), article.dateline, 0
    lead = next((b.text for b in article.blocks if b.kind == "paragraph" and not b.text.startswith("|")), "")  # past a table's row
    opening = (_AGENCY_OPENING.match(lead) or _SLASHED_OPENING.match(lead) or _SITE_DATELINE.match(lead)
               or _RECORD_DATELINE.search(lead[:MAX_RECORD_HEADLINE])) if not article.dateline else None
    known = first_of(outlets_named(opening.group("agency"), matcher, knowledge)) if opening else None
    if known:
        return known, opening.group(0).strip(), 0  # "(CNN) — ...": a dateline without its place
    chinese = cjk_dateline_agency(lead, lambda text: outlets_named(text, matcher, knowledge)) if not article.dateline else None
    if chinese:  # "路透东京9月21日 - ": a Chinese wire's dateline
        return (*chinese, 0)
    if article.byline:
        named = outlets_named(article.byline, matcher, knowledge)
        if named and not _wire_alone(article.byline, named[0], knowledge):
            return more_specific(named[0], votes, knowledge), article.byline, -1
        staff = _STAFF.search(article.byline.split(",", 1)[-1] if "," in article.byline else article.byline)
        if staff:
            return staff.group("outlet").strip(), article.byline, -1
        site = _site_staff(article.byline)
        if site and _echoed(site, article.byline, article):
            return site, article.byline, -1
    # One menu item naming a known outlet is as often a sister site, a show or a partner ("WSJ at Large", "Inside Scoop
    # SF"): alone it counts only as a copyright line, a dated credit ("Updated on: May 2, 2024 / CBS News"), a web domain,
    # the page speaking of itself ("Why you can trust X"), a byline or the head of a breadcrumb ("Arab News | Saudi Arabia").
    trusted = [key for key in votes if votes[key] >= MIN_VOTE_LINES or key in alone]
    if trusted:
        key = max(trusted, key=lambda k: (votes[k], -list(evidence).index(k)))
        return key, evidence[key], -1
    # The frontmatter's author field naming a known outlet, the first publisher, the writer's e-mail at their outlet, a
    # "Source:" credit: when the page names no outlet of its own.
    field = author_field_outlet(article, lambda text: outlets_named(text, matcher, knowledge), knowledge)
    credited = ((field, "(frontmatter)") if field else None  # "author: La Jornada": the paper a repost copied
                or field_outlet(article, lambda text: outlets_named(text, matcher, knowledge), knowledge)
                or syndicated_outlet(article, matcher, knowledge) or writer_email(article, knowledge)
                or source_credit(article, lambda text: outlets_named(text, matcher, knowledge), knowledge)
                or closing_credit(article, lambda text: outlets_named(text, matcher, knowledge), knowledge)
                or reported_by(article, lambda text: outlets_named(text, matcher, knowledge), knowledge)
                or letterhead(article, matcher) or signed_off(article, matcher) or source_field(article, matcher)
                or writers_outlet(article, lambda text: outlets_named(text, matcher, knowledge)))
    if credited:
        return (*credited, -1)
    bracketed = _bracketed_credit(article, matcher, knowledge)
    if bracketed:  # "(CNN)" on a line of its own over the lead: a dateline's credit that a paste split off
        return (*bracketed, -1)
    if len(copyrights) == 1 and set(votes) <= set(copyrights) and bare_copyright(*next(iter(copyrights.items())), knowledge):
        # The one outlet the page names, a copyright line's of the year and its name alone: a reposted column's credit
        # ("(c) 2016, The National Interest"), not a site's footer ("© 2024 Harbour Media Group. All rights reserved.").
        return (*next(iter(copyrights.items())), -1)
    domain = copyright_domain(article) if not votes else None
    if domain:  # "© 2026 NU.nl": a site no outlet of the knowledge base owns, by the name it gives itself
        return (spelled_name(domain[0], *page_lines(article)) or domain[0]), domain[1], -1
    footer = footer_site(article)
    known = first_of(outlets_named(footer[0], matcher, knowledge)) if footer else None
    if known and knowledge.term("outlets", known).attributes.get("kind") != "wire":
        return known, footer[1], -1
    told = _spoken_to(article, matcher)
    if told[0]:  # "told the Times" of a page naming "The New York Times": the short name of the one it names in full
        texts = [*(value for value in article.meta.values() if isinstance(value, str)), *(b.text for b in article.blocks)]
        told = (full_name(told[0], texts, matcher, knowledge), *told[1:])
    own = self_named(article, lambda text: outlets_named(text, matcher, knowledge)) if not told[0] else None
    return (*own, -1) if own and not _other_entity(own[0], matcher) else told


#: A site's name after a browser title's separator, the last part of a title ("Headline | Caliber.Az").
_TITLE_TAIL = re.compile(r"\s[|–—-]\s+(?P<site>[^|–—]{2,40})$")


def _declared_outlet(article: Article, declared: str, matcher: Matcher, knowledge: KnowledgeBase) -> str:
    """The frontmatter's outlet: a known outlet it names; a scraper's name for the site that is the page address's domain
    word title-cased ("source: Pna" on pna.gov.ph, "source: Caliber" on caliber.az) is the outlet owning that domain, or the
    title's site that spells the whole domain ("Headline | Caliber.Az"); else the name as written."""
    known = first_of(outlets_named(declared, matcher, knowledge)) if not _longer_name(declared, matcher) else None
    page = declared_address(article)
    if known or not page or _letters(declared) != host_label(page[0]):
        return known or declared
    tail = _TITLE_TAIL.search(article.title or "")
    owner = domain_outlet(page[0], outlet_domains(knowledge))
    whole = tail.group("site").strip() if tail and _letters(tail.group("site")) == _letters(page[0].removeprefix("www.")) else None
    return owner or whole or declared


#: Words that open a paper's name without making it another's ("The Times", "Le Monde", "Die Zeit").
_ARTICLES = frozenset("the a an le la les l' el los las die der das il lo o os".split())


def _longer_name(declared: str, matcher: Matcher) -> bool:
    """True when a known outlet's name is only the end of the declared one, a capitalised word right before it: another
    paper's name ("Moldavskie Vedomosti" is not Vedomosti, "Sunday Times" not The Times)."""
    for match in matcher.find(declared):
        before = declared[:match.start].split()
        if match.best.taxonomy == "outlets" and before and before[-1][:1].isupper() and before[-1].lower() not in _ARTICLES:
            return True
    return False


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


#: A line of an outlet's name in brackets and nothing more ("(CNN)").
_BRACKETED = re.compile(r"\((?P<name>[^()]{2,30})\)")


def _bracketed_credit(article: Article, matcher: Matcher, knowledge: KnowledgeBase) -> tuple[str, str] | None:
    """(outlet key, line) of a removed line that is a known outlet's name or alias in brackets alone, never a caption's."""
    for line in article.removed:
        match = _BRACKETED.fullmatch(line.text.strip()) if line.reason != RemovedReason.CAPTION else None
        found = outlets_named(match.group("name"), matcher, knowledge) if match else []
        term = knowledge.term("outlets", found[0]) if len(set(found)) == 1 else None
        if term and folded_name(match.group("name")) in {folded_name(n) for n in (term.name, *term.aliases)}:
            return term.key, line.text
    return None


def _other_entity(name: str, matcher: Matcher) -> bool:
    """True when the knowledge base knows the whole name as something other than an outlet ("Ukraine", "the Pentagon")."""
    return any(m.start == 0 and m.end == len(name) and m.best.taxonomy != "outlets" for m in matcher.find(name))


#: A byline signed by the site's staff ("KHBR Staff", "By Jane Roe, Harbour Today Staff Writer").
_SITE_STAFF = re.compile(
    r"(?:^|,\s*)(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4})\s+(?i:staff)(?:\s+(?i:writer|reporter)s?)?$")


def _site_staff(byline: str) -> str | None:
    """The site a staff byline names, never a desk ('Web Staff', 'News Staff') nor a person ('Jane Roe Staff')."""
    match = _SITE_STAFF.search(re.sub(r"^(?i:by):?\s+", "", byline.strip()))
    if not match:
        return None
    name = match.group("outlet")
    desk = {w.casefold() for w in words("desk_words")} | _NOT_SITE_WORDS
    return None if all(w.casefold() in desk for w in name.split()) or name.split()[0] in GIVEN_NAMES else name


#: A byline that is a wire's name alone ("By Reuters", "Associated Press", "AFP Staff"): the wire wrote the copy, but any site
#: may run it; the wire's own site names itself in its chrome too.
_WIRE_ALONE = re.compile(r"^(?i:by:?\s+)?(?P<name>.+?)(?:\s+(?i:staff|news\s+service|wire\s+service))?$")


def _wire_alone(byline: str, key: str, knowledge: KnowledgeBase) -> bool:
    """True when a byline is only the name of the wire ``key`` (see _WIRE_ALONE)."""
    term = knowledge.term("outlets", key)
    match = _WIRE_ALONE.match(byline.strip())
    return bool(term and match
                and folded_name(match.group("name")) in {folded_name(name) for name in (term.name, *term.aliases)})


def _echoed(name: str, line: str, article: Article) -> bool:
    """True when a chrome line other than ``line`` names ``name`` too: a staff byline alone may be a partner's ("Harbour
    Wire Staff" on a site running its copy); the page's own staff's site names itself again (its menu, footer, title line)."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    return any(other.text != line and pattern.search(other.text) for other in (*article.removed, *article.page_chrome))


#: Words of a staff byline that name no site ("Web Staff", "The Editorial Staff").
_NOT_SITE_WORDS = frozenset({"the", "web", "our", "by", "site", "magazine", "newspaper", "paper", "station"})


def _site_of(name: str, host: str, matcher: Matcher, knowledge: KnowledgeBase) -> bool:
    """True when a title line's site is the page address's: an outlet listing the domain, or a name spelling it. A title line
    may end on a section or a writer ('Headline | Opinion'); the address names the site."""
    known = outlets_named(name, matcher, knowledge)
    term = knowledge.term("outlets", known[0]) if known else None
    domains = [str(d).lower().removeprefix("www.") for d in term.attributes.get("domains", ())] if term else []
    return any(host == d or host.endswith("." + d) for d in domains) or any(
        spelled_name(host, [spelling]) or _spells_start(spelling, host) for spelling in (name, *([term.name] if term else [])))


#: A domain spelling the start of a site's name ("novayagazeta.eu", "Novaya Gazeta Europe"), or the name the domain's start, has
#: this many letters at least.
MIN_SPELLED_START = 4


def _spells_start(name: str, host: str) -> bool:
    """True when the domain's own name and the site's name (letters only, no "The") start alike, one wholly inside the other."""
    label, letters = host_label(host), re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.lower()))
    return min(len(label), len(letters)) >= MIN_SPELLED_START and (letters.startswith(label) or label.startswith(letters))


#: Times the text must say someone spoke to an outlet before it is the page's own: news often quotes another outlet's
#: interview once ("she told CNN on Sunday"); the outlet's own interview says so again ("in an interview with ...").
MIN_SPOKEN_TO = 2


def _spoken_to(article: Article, matcher: Matcher) -> tuple[str | None, str, int]:
    """(outlet, sentence, block) someone spoke to in the headline ('Russian Official to Asharq Al-Awsat: ...'), or that the
    text says was spoken to at least MIN_SPOKEN_TO times ('told TASS', 'in an interview with TASS'); else nothing."""
    texts = [(-1, article.title or "")] + [(i, b.text) for i, b in enumerate(article.blocks) if b.kind == "paragraph"]
    first: dict[str, tuple[str, int]] = {}
    times: Counter[str] = Counter()
    for block, text in texts:
        for match in matcher.find(text):
            if match.best.taxonomy != "outlets":
                continue
            before = text[max(0, match.start - 40) : match.start]
            if block == -1 and _TITLE_OUTLET_CONTEXT.search(before):
                return match.best.key, sentence_at(text, match.start), block
            if block >= 0 and _OUTLET_CONTEXT.search(before):
                first.setdefault(match.best.key, (sentence_at(text, match.start), block))
            if block >= 0 and (_OUTLET_CONTEXT.search(before) or _INTERVIEW_CONTEXT.search(before)):
                times[match.best.key] += 1
    told = [key for key in first if times[key] >= MIN_SPOKEN_TO]
    return (told[0], *first[told[0]]) if told else (None, "", -1)


def frontmatter_list(meta: Mapping[str, object], key: str) -> list[str]:
    """A frontmatter value that should be a list of strings, coerced."""
    value = meta.get(key)
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return [str(v).strip() for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
    return []
