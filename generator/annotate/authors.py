"""The author of an article: frontmatter, byline, bio, a dated byline in the page's chrome, the wire's credit, a disclosure."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.annotate.author_lines import glued_twice, korean_byline, signs_off
from generator.annotate.byline_fields import fielded_writer
from generator.annotate.kinds import is_section_label
from generator.annotate.name_shapes import GIVEN_NAMES, is_post_title, looks_like_name
from generator.annotate.page_fields import field_values
from generator.annotate.page_links import linked_author
from generator.annotate.roles import PARTICLES, ROLE_NOUNS
from generator.annotate.site_names import CHROME_REASONS
from generator.annotate.vocabulary import alternation
from generator.model import Article, RemovedReason, Term
from generator.sources.bylines import SENTENCE_END, UPPER, by_name, dated_name, handle_name, is_name_line, is_writer_title, titled_name

#: A person's name: two to four capitalised words, in any Latin, Greek or Cyrillic script ("Ştefan Ţurcanu").
_NAME = rf"[{UPPER}][\w'’.-]+(?:\s+[{UPPER}][\w'’.-]+){{1,3}}"
#: A name in capitals run into what follows it ("JANE ROE Associated Press").
_CAPITALS_NAME = re.compile(rf"^[{UPPER}][{UPPER}'’.-]+(?:\s+[{UPPER}][{UPPER}'’.-]+){{1,3}}(?=\s+[A-Z][a-z])")


def find_author(article: Article) -> str | None:
    """The author from frontmatter, byline, author bio or the wire's credit line, in normal case, without a courtesy or
    academic title ("Dr Jane Roe" is Jane Roe)."""
    found = _find_author(article)
    found = _DOUBLED.sub(r"\g<name>", found) if found else found
    return _TITLES.sub("", found) or None if found else None


#: A name written twice in a row, as a byline's visible name and its hCard's copy ("by Jane Roe <span class="fn">Jane
#: Roe</span>"): the name once.
_DOUBLED = re.compile(r"^(?P<name>\S+(?:\s+\S+)+?)\s+(?P=name)$")


#: Titles before a writer's name: how to address them, not their name ("Dr.", "Prof", "Professor").
_TITLES = re.compile(rf"^(?:(?:{alternation('courtesy_titles')}|prof|professor)\.?\s+)+(?=\S+\s+\S)", re.I)


def _find_author(article: Article) -> str | None:
    """The author's name as the page writes it (see find_author)."""
    # The byline the page prints names the writer; a scraper's author field may name the account that posted it.
    printed = by_name(article.byline or "") or closing_byline(article)
    printed = _DESK_BEFORE_NAME.sub("", printed) if printed else printed
    if printed and _is_person(printed):
        return printed
    declared = declared_author(article)
    if declared:
        return declared
    for line in (article.byline, article.bio):
        if not line:
            continue
        late = _DATED_BY.search(line)  # "Monday November 18, 2019 7:45 am PST by Jane Roe": the stamp before the writer
        named = by_name(line) or handle_name(line) or (by_name(late.group("by")) if late else None)
        if named and _is_person(named):
            return named
        unlabelled = line.lstrip("*—–- ")
        line = re.sub(r"^\*?(?:By|(?:Opinion(?: piece)?|Analysis|Commentary|Column|Written|Story|Posted|Text|Report) by):?\s+", "", unlabelled, flags=re.I)
        line = _DESK_BEFORE_NAME.sub("", line)  # "by Xinhua Writer Chen Shilei": the outlet's title before the name
        # The name ends at its outlet, place or role: "Jane Roe for Harbour Today", "Jane Roe / Harbour Today", "X with AFP".
        name = re.split(r",|\s+(?:is|was|joined)\s+|\s+(?:in|for)\s+[A-Z]|\s+[|—–/-]\s+|\s+(?i:and|with)\s+", line, maxsplit=1)[0].strip()
        capitals = _CAPITALS_NAME.match(name)
        name = capitals.group(0) if capitals else name  # "JANE ROE Associated Press": the name in capitals, then the wire
        if not _is_person(name) or not _name_shaped(name):
            continue
        if line == unlabelled and _IN_PLACE.match(line[len(name):]) and name.split()[0] not in GIVEN_NAMES:
            continue  # "Border Discussions in Brussels", a subheading: "NAME in PLACE" with no "By" needs a given name first
        if 1 < len(name.split()) <= 5 and not name.isupper() or name.isupper() and 1 < len(name.split()) <= 4:
            return name.title() if name.isupper() else name
    labelled = field_author(article) or linked_author(article)
    if labelled:
        return labelled
    # The headline too: a header that took the byline for it ("By Jane Roe | May 2, 2024 | Topic: Hardware").
    # A sentence opening on "By" is no byline ("By Chinese New Year, the talks will have resumed.").
    # A list item's mark is no part of it ("*   by: Jane Roe" under the headline).
    # A line of fields the header took for the standfirst too ("Jane Roe · 5 min read · Mar 3, 2024"); a writer's card pasted as
    # its picture's alt text glued to the name ("Jane RoeJane Roe").
    chrome = (_LIST_MARK.sub("", r.text) for r in article.removed if r.reason in CHROME_REASONS)
    dated = (by_name(text) or dated_name(text) or titled_name(text) or handle_name(text) or fielded_writer(text) or glued_twice(text)
             for text in [article.byline or "", article.title or "", *chrome, article.standfirst or ""]
             if not SENTENCE_END.search(text) or len(text.split()) <= MAX_SHORT_LINE_WORDS)
    writer = next((name for name in dated if name and _is_person(name)), None)
    if writer:
        return writer  # "By Jane Roe | May 2, 2024", "By Jane RoeStaff Writer": the page's byline, run into its date or title
    writer = block_byline(article) or lead_byline(article) or _lone_name(article)
    if writer:
        return writer
    return credited_author([line.text for line in article.removed if line.reason == RemovedReason.CREDITS]
                           + [b.text for b in article.blocks[-2:] if b.kind == "paragraph"]) or disclosed_author(
        [line.text for line in article.removed] + [b.text for b in article.blocks[-2:] if b.kind == "paragraph"]) or boxed_author(
        [line.text for line in article.removed if line.reason != RemovedReason.CAPTION]
        + [b.text for b in article.blocks[-2:] if b.kind == "paragraph" and _ABOUT_AUTHOR.match(b.text)]) or _closing_box(article) or released_by(
        [line.text for line in article.removed if line.reason in CHROME_REASONS]) or titled_speaker(article.title or "")


#: What follows a name in "NAME in PLACE" ("Jane Roe in Kyiv").
_IN_PLACE = re.compile(r"\s+in\s+[A-Z]")


def _lone_name(article: Article) -> str | None:
    """A person's name alone, a given name first, that the cleaner took for the page's only navigation line: on a pasted text
    with no menus, the byline under the headline with its "By" left out."""
    navigation = [line.text for line in article.removed if line.reason == RemovedReason.NAVIGATION]
    name = navigation[0] if len(navigation) == 1 and article.removed[0].text == navigation[0] else ""
    return name if is_name_line(name) and name.split()[0] in GIVEN_NAMES and _is_person(name) and looks_like_name(name) else None


_LIST_MARK = re.compile(r"^[*•·–-]\s+")
#: A speech's headline naming who gave it ("Remarks by Ambassador Jane Roe at ...", "Anförande av ambassadör Olof Skoog vid
#: ..."): the words after "by", titles in small letters skipped, the capitalised name that follows. A spokesperson's "Statement
#: by ..." speaks for an office: no author.
_SPEECH_BY = re.compile(rf"\b(?i:remarks|speech|address|anförande|tal)\s+(?i:by|av)\s+(?:[a-zåäö-]+\s+){{0,3}}"
                        rf"(?P<name>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,3}})(?=\s+[a-zåäö]|[,:.]|$)")


def titled_speaker(title: str) -> str | None:
    """The person a speech's headline says gave it, their title left out; none for an office alone ("address by the President
    of Ukraine")."""
    match = _SPEECH_BY.search(title)
    name = as_person(match.group("name")) if match else None
    return name if name and _is_person(name) else None
#: An outlet's name and the writer's title before their name ("Xinhua Writer Chen Shilei", "Kyodo News Staff Reporter Jane Roe").
_DESK_BEFORE_NAME = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,3}(?i:(?:staff|senior|chief)\s+)?(?i:writer|reporter|correspondent|journalist)\s+(?=[A-Z][a-z])")


#: The label an official text's header opens on ("MEDIA RELEASE", "Press release"), from data/official_texts.txt.
_OFFICIAL_HEADER = re.compile(rf"^(?:{alternation('official_texts')})\b", re.I)


def released_by(lines: list[str]) -> str | None:
    """The official an official text's header names last, a given name first ('MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS
    ALEXANDER DOWNER' -> 'Alexander Downer'): who issues the release is its author. Never its headline's last words ("Readout
    of the President's Meeting with President Nana Akufo-Addo" names whom the official met)."""
    for line in lines:
        words = line.split()
        if not _OFFICIAL_HEADER.match(line):
            continue
        for count in (3, 2):
            name = " ".join(words[-count:])
            name = name.title() if name.isupper() else name
            if len(words) > count and name.split()[0] in GIVEN_NAMES and looks_like_name(name):
                return name
    return None


def field_author(article: Article) -> str | None:
    """The writer a page field names ("WRITER: Jane Roe", "Author:" over "Jane Roe, Staff Writer"): a person's name, never a
    wire or a desk ("WRITER:" over "Reuters")."""
    for value in field_values([line.text for line in article.removed], "author"):
        name = re.split(r"\s*[,|/]\s*|\s+(?:and|for|in|with)\s+", re.sub(r"^(?i:by)\s+", "", value), maxsplit=1)[0]
        if is_name_line(name) and _is_person(name):
            return name
    return None


def _closing_box(article: Article) -> str | None:
    """The writer a box closing the text names ('Jane Roe is a corporate media reporter for the Harbour Times ...'), when the
    text before it never names them: the last paragraph about a reporter the news is about names them earlier."""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    for i in range(max(0, len(paragraphs) - 2), len(paragraphs)):
        match = _WRITER_BOX.match(paragraphs[i])
        surname = match.group("name").split()[-1] if match else ""
        if match and _is_person(match.group("name")) and not any(surname in text for text in paragraphs[:i]):
            return match.group("name")
    return None


def author_of(article: Article, outlet: Term | None) -> str | None:
    """The author (find_author), never the page's own outlet; past a byline naming it ('Al Jazeera World', a show or a desk);
    else a name over the outlet's name ('Jane Roe' / 'Harbour News, Kyiv'). Always a person's name, or nothing."""
    found = not_the_outlet(find_author(article), outlet)
    if found is None and article.byline and not_the_outlet(article.byline, outlet) is None:
        found = not_the_outlet(find_author(replace(article, byline=None)), outlet)
    over = _over_outlet(article, outlet) if outlet else None
    # Two writers over the outlet ("Jane Roe and Al Roe" / "(Harbour News)"): both, though a bio box named the first alone.
    found = over if over and (not found or found in over.split(" and ")) else found
    return as_person(found) or korean_byline(article)  # a Korean name is no capitalised words: its byline's shape vouches


#: How a frontmatter's author field lists its writers ("Jane Roe, Al Roe And Ed Roe, Cnn", "Apps Support,Jane Roe").
_AUTHOR_LIST = re.compile(r"\s*[,;&]\s*|\s+(?i:and)\s+")


#: A byline in capitals, "By" in any case ("By JANE ROE", "BY JANE ROE-DOE").
_CAPITALS_BY = re.compile(rf"^(?i:by):?\s+(?P<name>[{UPPER}][{UPPER}'’.-]+(?:\s+[{UPPER}][{UPPER}'’.-]+){{1,3}})$")


#: A signature under a text: a name, a comma and the signer's roles ("Jane Roe, Ambassador, Deputy Permanent Representative").
_SIGNATURE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<role>[^.;:!?]{{3,80}})$")


def closing_byline(article: Article) -> str | None:
    """The writer a byline right under the text names, where some papers sign their stories ("By JANE ROE" over "In Beijing")."""
    closing = [line.text.strip() for line in article.removed if line.reason == RemovedReason.AFTER_END][:2]
    after = closing[0] if closing else ""
    if len(closing) > 1 and is_name_line(after) and by_name(closing[1]) == after:
        return after  # the name over its dated byline: "Jane Roe" over "par Jane Roe le vendredi 9 février 2024"
    capitals = _CAPITALS_BY.match(after)
    signed = _SIGNATURE.match(after)
    if signed and any(word.lower().strip("-") in ROLE_NOUNS for word in re.split(r"[\s,]+", signed["role"])):
        return signed["name"]  # a speech's or statement's signature: "Jane Roe, Ambassador, Deputy Permanent Representative"
    if capitals:
        return capitals["name"].title()
    if is_name_line(after) and after.split()[0] in GIVEN_NAMES and signs_off(article, after):
        return after  # a letter's or a blog post's sign-off: the writer's name alone, the last line under the text (its town)
    return by_name(after) if len(after.split()) <= MAX_SHORT_LINE_WORDS + 1 else None


def declared_author(article: Article) -> str | None:
    """The first person the frontmatter's author field names; a scraper's list holds accounts, roles and outlets too
    ("Editor,Jane Roe", "Jane Roe, Al Roe And Ed Roe, Cnn"), and those are no writers."""
    return next((name for name in declared_names(article) if _is_person(name) and looks_like_name(name)), None)


def declared_names(article: Article) -> list[str]:
    """Each name of the frontmatter's author field ("Jane Roe, Al Roe And Ed Roe, Cnn": the writers and their outlet)."""
    declared = article.meta.get("author")
    return [name for part in _AUTHOR_LIST.split(declared) if (name := part.strip())] if isinstance(declared, str) else []


def as_person(name: str | None) -> str | None:
    """A byline's name as a person's: past the roles before it ("Ambassador Hou Yanqi" is Hou Yanqi); None for the words of
    an outlet, an office or a place ("Saudi Gazette", "Gulf Today Report"), by the shape of a person's name."""
    if not name:
        return None
    pair = name.split(" and ")
    if len(pair) == 2:  # two writers: each a person's name ("Jane Roe and Al Roe")
        people = [as_person(part) for part in pair]
        return " and ".join(people) if all(people) else None
    parts = name.split()
    cut = max((i + 1 for i, word in enumerate(parts[:-2]) if word.lower() in ROLE_NOUNS), default=0)
    person = " ".join(parts[cut:])
    return person if looks_like_name(person) else None


_BRACKETED = re.compile(r"^\((.+)\)$")


def _over_outlet(article: Article, outlet: Term) -> str | None:
    """A name on a line of its own right over a line opening on the page's outlet ('Jane Roe' / 'Harbour News, Kyiv'): the
    writer and where they file from, among the page's chrome (a menu's items never open on the site's own name)."""
    names = tuple(name.casefold() for name in (outlet.name, *outlet.aliases) if len(name) > 2)
    # The outlet in brackets under the name may have been taken for a picture's caption ("Jane Roe" / "(Harbour News)").
    lines = [line.text for line in article.removed if line.reason in CHROME_REASONS or _BRACKETED.match(line.text)]
    for name, under in zip(lines, lines[1:]):
        under = match.group(1) if (match := _BRACKETED.match(under)) else under
        # A rubric the page prints twice, over the headline and over the outlet ("Front Row"), is a column's name.
        once = sum(line.text == name for line in article.removed) == 1
        if is_name_line(name) and _is_person(name) and once and under.casefold().startswith(names) and not_the_outlet(name, outlet):
            rest = under[max(len(n) for n in names if under.casefold().startswith(n)):]
            if not rest or re.match(r"^\s*,\s*[A-Z]", rest):
                return name
    return None


#: The writer's box under the text: "Jane Roe (@janeroe) is a contributing editor at Harbour Gazette and the host of ...".
_WRITER_BOX = re.compile(
    r"^(?P<name>" + _NAME + r")(?:\s*\(@\w{2,30}\))?\s+(?:is|was)\s+(?:an?|the)\s+[^.;]{0,60}?"
    r"\b(?:writer|editor|reporter|correspondent|contributor|columnist|journalist|fact-checker)s?\b")


#: A writer's box under a label ("About the author: Jane Roe is a senior fellow at ..."): whatever the role, the writer.
_ABOUT_AUTHOR = re.compile(r"^(?i:about the authors?|the authors?|author(?:['’]s)? bio)\s*[:.–—-]\s*")
_LABELLED_BOX = re.compile(r"(?P<name>" + _NAME + r")(?:\s*\(@\w{2,30}\))?,?\s+(?:is|was|has|holds)\s")


def boxed_author(lines: list[str]) -> str | None:
    """The writer a writer's box names ('Jane Roe (@janeroe) is an Ideas contributor at ...', 'About the author: Jane Roe is
    a senior fellow at ...'), when nothing else does."""
    found = (match.group("name") for line in lines
             if (match := _WRITER_BOX.match(line) or (label := _ABOUT_AUTHOR.match(line)) and _LABELLED_BOX.match(line, label.end())))
    return next((name for name in found if _is_person(name)), None)


#: The page's byline the header missed sits among the article's first blocks ("By Jane Roe", "By Jane Roe May 2, 2024") ...
MAX_BYLINE_BLOCK = 8
#: ... and is a short line, not a sentence that starts with "By" ("By Chinese New Year, the talks ...") ...
MAX_BYLINE_WORDS = 12
#: ... unless the writer's bio follows the name ("By Jane Roe, a columnist at Harbour Policy and a senior fellow at ...").
_BY_WRITER_BIO = re.compile(rf"^By\s+{_NAME},\s+(?:an?|the)\s+[^,]{{0,60}}\b(?:columnist|editor|writer|fellow|professor|director|"
                            r"correspondent|reporter|contributor|journalist|analyst|researcher|author)s?\b")


#: A paragraph that is only a person's name is the byline among this many first blocks (under the headline and standfirst).
MAX_NAME_BLOCK = 3
#: A line ending on a full stop is a byline only this short ("By Jane Roe."); longer, a sentence.
MAX_SHORT_LINE_WORDS = 4


def block_byline(article: Article) -> str | None:
    """The writer of a 'By NAME' paragraph among the article's first blocks: a byline the header did not take."""
    texts = [block.text for block in article.blocks[: MAX_BYLINE_BLOCK + 1]]
    for i, (text, after) in enumerate(zip(texts, texts[1:] + [""])):
        if text in ("By", "By:") and is_name_line(after):
            return after  # "By" and the writer's name, a link, on lines of their own
        short = len(text.split()) <= MAX_BYLINE_WORDS and not SENTENCE_END.search(text)
        name = by_name(text) or handle_name(text) or dated_name(text) if short or _BY_WRITER_BIO.match(text) else None
        if name and _is_person(name):
            return name
        if i < MAX_NAME_BLOCK and is_name_line(text) and _is_person(text):
            return text  # a name alone under the headline and standfirst: the byline, its "By" left out
    return None


#: A wire's byline run into its dateline at the head of the lead ("(ATTN: ...)By Jane Roe SEOUL, Jan. 4 (Yonhap) -- ...", "By
#: Jane Roe in Rarotonga RAROTONGA (PACNEWS) — ..."): the name's words in small letters after the first, where the writer
#: files from, the place in capitals, a date and the agency in brackets.
_LEAD_BYLINE = re.compile(rf"(?:^|(?<=[\s)]))By\s+(?P<name>[{UPPER}][a-z][\w'’-]*(?:\s+[{UPPER}][a-z][\w'’-]*){{1,3}}?)\s+"
                          rf"(?:in\s+[{UPPER}][a-z][\w'’-]*(?:\s+[{UPPER}][a-z][\w'’-]*){{0,2}}\s+)?"
                          r"[A-Z]{3,}(?:[\s/-][A-Z]{3,})*(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s+\([^()]{2,30}\)\s+(?:--|[—–-])\s")


def lead_byline(article: Article) -> str | None:
    """The writer of a wire's byline run into the dateline at the head of the first paragraph ("By Jane Roe SEOUL, Jan. 4
    (Yonhap) --"), a person's name only."""
    lead = next((b.text for b in article.blocks if b.kind == "paragraph"), "")
    match = _LEAD_BYLINE.search(lead[:MAX_LEAD_BYLINE])
    return match.group("name") if match and _is_person(match.group("name")) and looks_like_name(match.group("name")) else None


#: A byline run into the lead stands within its first characters (the wire's slug, headline and note before it).
MAX_LEAD_BYLINE = 400


#: A writer's disclosure of holdings ("On the date of publication, Jane Roe did not have ... positions in ...", "Jane Roe has
#: no position in any of the stocks mentioned").
_DISCLOSURE = re.compile(
    r"^(?:(?:On the date of publication,?\s+|Disclosure:\s*)(?P<name>" + _NAME + r")\s+"
    r"(?:did|does|has|had|holds?|held|owns?|owned)\b"
    r"|(?P<holder>" + _NAME + r")\s+(?:has|had|holds|held)\s+no\s+positions?\s+in\b)")


def disclosed_author(lines: list[str]) -> str | None:
    """The writer a disclosure line names, when the page prints no byline ('On the date of publication, Jane Roe did not ...')."""
    found = (match.group("name") or match.group("holder") for line in lines if (match := _DISCLOSURE.match(line)))
    return next((name for name in found if _is_person(name)), None)


_DESK_WORDS = re.compile(rf"\b(?:{alternation('desk_words')})\b", re.I)
_INITIAL = re.compile(r"^(?:[^\W\d_]{1,2}\.)+-?$")


#: A date stamp with a time or a year, then "by NAME".
_DATED_BY = re.compile(r"\d(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?\s+(?P<by>by\s+\S.*)$")
#: A byline's date taken for a name ("Monday November 18"): digits or a weekday are no part of a name.
_NOT_NAME_WORD = re.compile(r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def is_person(name: str) -> bool:
    """True when a byline's name may be a person's (see _is_person)."""
    return _is_person(name)


def _is_person(name: str) -> bool:
    """False for a byline that names an agency or a desk ('Anadolu Agency', 'Newsroom'), only initials ('A.Š.', 'J. K.'), a
    section ('Fact Check', 'Opinion') or a post ('Senior Fellow')."""
    return (not _DESK_WORDS.search(name) and not _NOT_NAME_WORD.search(name) and not all(_INITIAL.match(word) for word in name.split()) and not is_writer_title(name)
            and not _NOT_NAME_START.match(name) and not is_section_label(name) and not is_post_title(name))


def _name_shaped(name: str) -> bool:
    """True when every word of a byline's name opens on a capital, but a particle: "Authored by Jane Roe" is no name."""
    return all(word[0].isupper() or word in PARTICLES for word in name.split())


#: Words no name starts with: a bio that names no one ("The author is a professor ...", "Our correspondent").
_NOT_NAME_START = re.compile(r"^\(?(?:the|this|that|our|your|its|their|his|her|an?)\s", re.I)  # "(The writer is ...)" too


#: Credit lines of wire copy, in the order they name the author: the reporter, else the writer (never 'Additional reporting').
_CREDIT_ROLES = (
    re.compile(r"(?:^|[(;]\s*)Reporting(?: from [A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})? by\s+(?P<name>[^;,()]+)"),  # "Reporting from Rome by"
    re.compile(r"(?:^|[(;]\s*)(?:Writing|Written|Compiled) by\s+(?P<name>[^;,()]+)", re.I),
)
_CREDIT_NAME = re.compile(rf"^[{UPPER}][\w'’.-]*(?:\s+(?:[{UPPER}][\w'’.-]*|de|da|van|von|bin|al|el|la|le)){{1,4}}")


def credited_author(lines: list[str]) -> str | None:
    """The first name a wire credit line gives ('(Reporting by Jack Kim; Editing by Robert Birsel)' -> 'Jack Kim')."""
    credits = [line for line in lines if " by " in line and len(line) < 600]
    for role in _CREDIT_ROLES:
        for line in credits:
            for match in role.finditer(line):
                name = re.split(r"\s+(?:and|in|at|from)\s+|\s+@", match.group("name"), maxsplit=1)[0]
                found = _CREDIT_NAME.match(name.strip())
                if found:
                    return found.group(0)
    return None


def not_the_outlet(author: str | None, outlet: Term | None) -> str | None:
    """The author, unless the byline names the page's own outlet ('Al Jazeera World', 'Harbour Gazette Staff'): a desk or a show."""
    if author and outlet and any(name.casefold() in author.casefold() for name in (outlet.name, *outlet.aliases) if len(name) > 3):
        return None
    return author
