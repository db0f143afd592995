"""The kind of an article (news, interview, opinion, analysis) from the signals a page gives."""
from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

from generator.annotate.initiative_words import foreign
from generator.annotate.matching import Matcher
from generator.annotate.organisation_words import INSTITUTION_HEADS
from generator.annotate.page_address import declared_address, page_address
from generator.annotate.page_fields import field_values
from generator.annotate.vocabulary import alternation, mapping, words
from generator.knowledge.base import KnowledgeBase
from generator.model import KINDS, Article, RemovedReason

__all__ = ["find_kind", "headline_kind", "institution_outlet", "is_section_label", "outlet_pieces", "section_labels", "url_kind"]

#: "Opinion poll" and "a column of tanks" are news words, not labels.
_OPINION = re.compile(r"\b(?:opinion(?!\s+polls?\b)|op-?ed|commentary|column(?!\s+of\b)|editorial)\b", re.I)
#: A section label or byline that files the piece as analysis ("ANALYSIS", "Analysis by Jane Roe", "News analysis").
_ANALYSIS_LABEL = re.compile(r"^(?:news\s+)?analysis\b(?:\s+by\b|\s*[:|-]|\s*$)", re.I)
#: A disclaimer that speaks of views or opinions as the author's: the mark of a column or op-ed.
_OPINION_DISCLAIMER = re.compile(r"\b(?:views|opinions)\b.{0,80}\b(?:author|writer|columnist|contributor)s?\b", re.I)
#: ... also as the headline's last word ("Why the talks failed – analysis", "The harbour talks, explained").
_ANALYSIS = re.compile(r"^(?:analysis|explainer|insight)\b|\b(?:analysis|explainer)\s*[:|-]|[-–—|]\s*(?:analysis|explainer)\s*$"
                       r"|,\s+explained\s*$", re.I)
#: An unsigned editorial's headline: "The Guardian view on ...", "The Times view on ...", "Our view on ...".
_EDITORIAL_TITLE = re.compile(r"^(?:The\s+(?:[A-Z][\w'’.&-]*\s+){1,3}|Our\s+)view\s+on\b")
#: "Russian Official to Asharq Al-Awsat: ...": someone speaking to an outlet (a name of capitalised words before the colon).
_INTERVIEW_TITLE = re.compile(rf"\bto\s+(?:[A-Z][\w'’&.-]*\s*){{1,4}}:|\b[Ii]nterview\b|\bQ&A\b|(?i:\b(?:{alternation('interview_phrases')})\b)")
#: A byline or label naming the writer a columnist ("Jane Roe, Columnist"), from data/columnist_words.txt.
_COLUMNIST = re.compile(rf"\b(?:{alternation('columnist_words')})\b", re.I)
#: First-person words, counted (no letter or quotation mark before one: a look-behind, cheaper than taking a character).
_FIRST_PERSON = re.compile(r"(?<![“\"\w])(?:I|we|We|my|My|our|Our)\b(?![^“”]*”)")

#: A government's or an institution's own text, by its headline or label (data/official_texts.txt).
_OFFICIAL = re.compile(rf"\b(?:{alternation('official_texts')})\b", re.I)
#: A writer's bio naming them an office holder ("The writer is the ambassador of ...", data/office_words.txt).
_OFFICE_HOLDER = re.compile(rf"\b(?:is|was|serves as)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alternation('office_words')})\b", re.I)
#: A question labelled as an interviewer's: "Q:", "Q.", "Question:", or a "Q" set off by spaces alone ("Q  What is ...").
_LABELLED_QUESTION = re.compile(r"^(?:Q|Question)(?:\s*[:.)-]\s|\s+(?=[A-Z]))")
#: A speech opening on its address to the chair ("Mr. President, ...", "Madam Speaker, ..."), after the speaker's label a
#: parliament's record prints ("Mr. KAUFMAN. Madam President, I rise ...", "Mrs. JONES of Ohio. Madam Speaker, ...").
_TO_THE_CHAIR = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][A-Z'’-]+(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\.\s+)?"
                           r"(?:Mr|Madam|Madame)\.?\s+(?:President|Speaker|Chairman|Chair|Chairperson|Chairwoman)\s*[,:]")
#: A speech greeting its audience in its first sentence, the greeting closing on a comma or "!" (data/speech_salutations.txt:
#: "..., ladies and gentlemen!"), not a sentence naming them ("I met ladies and gentlemen of the court.").
_SALUTATION = re.compile(rf"^[^.!?]{{0,160}}?\b(?:{alternation('speech_salutations')})\s*[,!:]", re.I)
#: Paragraphs a text needs before the share of them quoting one speaker who told the outlet makes it the outlet's interview
#: (a dataset's row keeps a whole story as one paragraph).
MIN_INTERVIEW_PARAGRAPHS = 3
#: Labelled questions that make a transcript.
MIN_LABELLED_QUESTIONS = 3
_QUESTION_LABEL = re.compile(r"^(?:Q|Question|[A-Z]{1,4})\s*[:.-]\s")


def find_kind(article: Article, quote_share: float, outlet_interview: bool, pieces: str | None = None,
              columns: tuple[str, ...] = (), official: bool = False) -> str:
    """news, interview, opinion or analysis, from frontmatter or the article's signals (a rubric naming one of the outlet's
    ``columns``: opinion); else ``pieces``, what the outlet publishes (an outlet of unsigned analysis), else news. An
    ``official`` outlet's text (a ministry's, a delegation's) speaks as "we" and "I" without being a column."""
    declared = article.meta.get("kind")
    if isinstance(declared, str) and declared.strip().lower() in KINDS:
        return declared.strip().lower()
    title = article.title or ""
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    # Labels a page prints around the text: the section line, the byline ("Opinion by ..."), the headline.
    labels = section_labels(article)
    markers = " ".join([title, article.byline or "", *labels])
    headline = headline_kind(title)
    if headline:
        return headline
    if _ANALYSIS.search(title) or any(_ANALYSIS_LABEL.match(label) for label in [article.byline or "", *labels]):
        return "analysis"
    if _OPINION.search(markers) or _EDITORIAL_TITLE.match(title) or any(_COLUMNIST.search(label) for label in [article.byline or "", *labels]):
        return "opinion"
    if columns and _column_rubric(article, labels, columns):
        return "opinion"  # "Europe | Charlemagne": the rubric of one of the outlet's columns
    if sum(1 for p in paragraphs if _LABELLED_QUESTION.match(p) and "?" in p) >= MIN_LABELLED_QUESTIONS:
        return "interview"  # questions labelled "Q": a transcript, though the site files it under its opinion pages
    filed = _labelled_kind(title, labels) or url_kind(article)
    if filed:
        return filed
    if any(_verdict().match(text) for text in [*(b.text for b in article.blocks), *(line.text for line in article.removed)]):
        return "analysis"  # a fact check's verdict line ("Verdict: False", "Rating: Mostly false")
    heads = [*labels, *(b.text for b in article.blocks[:MAX_OFFICIAL_BLOCK])]  # "FOR IMMEDIATE RELEASE" over the text
    if _OFFICIAL.search(title) or any(_OFFICIAL.match(text) or _TO_THE_CHAIR.match(text) or _SALUTATION.match(text) for text in heads):
        # A government's readout or press release, a speech to a chamber or to its audience: "we" and "I", and no column.
        return "news"
    if any(r.reason == RemovedReason.DISCLAIMER and _OPINION_DISCLAIMER.search(r.text) for r in article.removed):
        return "opinion"  # "the views expressed in this column are the author's own": a column, whatever its shape
    questions = sum(1 for p in paragraphs if p.rstrip().endswith("?") and (_QUESTION_LABEL.match(p) or len(p.split()) <= 40))
    if _INTERVIEW_TITLE.search(title) or questions >= 3 and questions * 3 >= len(paragraphs) or speaker_turns(paragraphs) >= MIN_TURNS:
        return "interview"
    first_person = writer_first_person(paragraphs)
    if sum(1 for b in article.blocks if b.kind == "heading" and b.text.rstrip().endswith("?")) >= MIN_QUESTION_HEADINGS:
        # Questions as headings: an interviewer's, answered in the first person, or an explainer's ("What happens next?").
        return "interview" if first_person >= 3 else "analysis"
    if first_person >= 3 and not official:
        return "opinion"
    if outlet_interview and quote_share >= 0.5 and len(paragraphs) >= MIN_INTERVIEW_PARAGRAPHS:
        return "interview"  # the outlet's own interview: most paragraphs quote one person who told it
    if article.bio and _OFFICE_HOLDER.search(article.bio):
        return "opinion"  # an ambassador's or a minister's signed piece: an op-ed
    if article.bio and not article.dateline:
        # A columnist is introduced before the text; an analyst's bio follows a text that quotes little.
        if not article.bio_at_end and quote_share < 0.5:
            return "opinion"
        if article.bio_at_end and quote_share < 0.25:
            return "analysis"
    if title.rstrip().endswith("?") and pieces not in KINDS:
        # A headline asking a question is a column's or an explainer's, no report's: a writer who says "I" or "we" argues.
        return "opinion" if first_person else "analysis"
    return pieces if pieces in KINDS else "news"


#: A paragraph opening on a speaker's label: "Q:", "JANE ROE:", "Interviewer:" (one to three capitalised words and a colon).
_SPEAKER = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}):\s+\S")
#: The first blocks, where a release prints its label ("FOR IMMEDIATE RELEASE", "Press release").
MAX_OFFICIAL_BLOCK = 2
#: Headings that ask a question, enough to make an explainer or an interview.
MIN_QUESTION_HEADINGS = 3
#: Changes of speaker that make a transcript of questions and answers.
MIN_TURNS = 3


def speaker_turns(paragraphs: list[str]) -> int:
    """How often the labelled speaker changes between paragraphs, when two speakers take turns ("Q:" / "A:", "HOST:" /
    "JANE ROE:"); labels of data/not_speaker_labels.txt ("Photo:", "Where:") are no speakers'."""
    others = {label.upper() for label in words("not_speaker_labels")}
    labels = [label for p in paragraphs if (match := _SPEAKER.match(p)) and (label := match["label"].upper()) not in others]
    counts = {label: labels.count(label) for label in labels}
    if len(counts) != 2 or min(counts.values()) < 2:
        return 0
    return sum(1 for a, b in zip(labels, labels[1:]) if a != b)


def headline_kind(title: str) -> str | None:
    """The kind a headline's own label files it under ("FACT CHECK: ...", "Comment | ...") or the opening words of an explainer
    ("What we know about ..."), by data/headline_kinds.txt."""
    kinds = mapping("headline_kinds")
    flag = _TITLE_LABEL.match(title)
    flags = {word.casefold() for word in words("headline_flags")}
    if flag and flag.group("label").strip().casefold() in flags and not _label_kind(flag.group("label"), kinds):
        title = title[flag.end():]  # a news blog's flag before the headline ("Latest: What we know about ..."): the headline follows
    head = _TITLE_LABEL.match(title) or _CJK_TITLE_LABEL.match(title)
    label = re.sub(r"[\s-]+", " ", head.group("label").strip().lower()) if head else ""
    folded = re.sub(r"[\s-]+", " ", title.strip().lower())
    for kind, entries in kinds.items():
        if kind.startswith("opening-"):
            if any(folded.startswith(word) for word in entries):
                return kind.removeprefix("opening-")
        elif label in entries:
            return kind
    return None


def _label_kind(label: str, kinds: dict[str, tuple[str, ...]]) -> str | None:
    """The kind a headline's label names ("Comment", "Fact check"), if any."""
    folded = re.sub(r"[\s-]+", " ", label.strip().lower())
    return next((kind for kind, entries in kinds.items() if not kind.startswith("opening-") and folded in entries), None)


@lru_cache(maxsize=None)
def _verdict() -> re.Pattern[str]:
    """A verdict line: a label of data/verdict_words.txt, a colon, and a verdict word ending the line or its phrase."""
    verdicts = mapping("verdict_words")
    labels, words = ("|".join(map(re.escape, verdicts[key])) for key in ("label", "word"))
    return re.compile(rf"^\s*(?:{labels})\s*[:\-–—]\s*[\"“']?(?:{words})\b[\"”']?\s*(?:$|[.,;(—–-])", re.I)


def _section_kinds() -> dict[str, str]:
    """Each word of data/section_words.txt and the kind it files a piece under."""
    return {word: kind for kind, words in mapping("section_words").items() for word in words}


#: A headline's label before a colon or bar ("Explained: Why ...", "Viewpoint | ...").
_TITLE_LABEL = re.compile(r"^(?P<label>[^:|]{3,30}?)\s*[:|]\s")
#: ... in Chinese, two to six characters before a full-width colon and no space ("焦点：美日峰会...", Reuters' "FOCUS").
_CJK_TITLE_LABEL = re.compile(r"^(?:#+\s*)?(?P<label>[\u4e00-\u9fff]{2,6})[：:]")


def _column_rubric(article: Article, labels: list[str], columns: tuple[str, ...]) -> bool:
    """True when a label of the page is one of the outlet's columns, or the rubric over the headline (the first, its section
    and the column: "Europe | Charlemagne") names one, though it stands among short lines (a menu's items are one name each)."""
    names = {column.casefold() for column in columns}
    rubric = next((line.text for line in article.removed if line.reason in _LABEL_REASONS and "|" in line.text), "")
    return any(label.strip().casefold() in names for label in labels) or bool(rubric) and rubric.rsplit("|", 1)[1].strip().casefold() in names


def is_section_label(text: str) -> bool:
    """True when a line is all a section's name that files a piece under a kind ("Fact Check", "Opinion", "Viewpoints")."""
    return re.sub(r"\s+", "-", text.strip().lower()) in _section_kinds()


def _labelled_kind(title: str, labels: list[str]) -> str | None:
    """The kind a page's label names when it is all a section's name ("Viewpoint", "Explained", "Letters to the editor"),
    over the headline or before its colon."""
    kinds = _section_kinds()
    head = _TITLE_LABEL.match(title)
    for label in [*([head.group("label")] if head else []), *labels]:
        kind = kinds.get(re.sub(r"\s+", "-", label.strip().lower()))
        if kind:
            return kind
    return None


def url_kind(article: Article) -> str | None:
    """The kind the page's address (the frontmatter's, else a bare link) files the article under: a folder of its path named in data/section_words.txt
    ("/opinion/", "/analysis/"); never the last part, the headline's slug."""
    page = declared_address(article) or page_address(article)
    if not page:
        return None
    line = page[1]
    folders = urlsplit(line if "://" in line else "//" + line).path.strip("/").split("/")[:-1]
    kinds = _section_kinds()
    return next((kinds[folder.lower()] for folder in folders if folder.lower() in kinds), None)


#: Short lines in a row that make a menu: a section's name among them ("Opinion") is not the article's label.
MIN_MENU_LINES = 3
MAX_MENU_ITEM_WORDS = 3


_LABEL_REASONS = (RemovedReason.NAVIGATION, RemovedReason.BYLINE)


#: A kind's label that a byline goes on from on the next line ("Analysis by" over "Jane Roe"): no menu's item ends on "by".
_KIND_BY = re.compile(r"^(?:news\s+)?(?:analysis|opinion|commentary|perspective|viewpoint|comment|column|editorial)\s+by:?$", re.I)


def section_labels(article: Article) -> list[str]:
    """The page's labels around the text (section line, byline), leaving out the items of its menus, though a kind's label
    over the writer's name stands among the header's short lines ("Analysis by" / "Jane Roe" / "Oct 19, 2025")."""
    labels: list[str] = []
    run: list[str] = []  # the removed labels among the current run of short lines
    run_length = 0
    for line in (*article.removed, None):
        if line is not None and line.reason in _LABEL_REASONS and _KIND_BY.match(line.text.strip()):
            labels.append(line.text)
            run_length += 1
            continue
        if line is not None and len(line.text.split()) <= MAX_MENU_ITEM_WORDS:
            run_length += 1
            run.extend([line.text] if line.reason in _LABEL_REASONS else [])
            continue
        if run_length < MIN_MENU_LINES:
            labels.extend(run)
        run, run_length = [], 0
        if line is not None and line.reason in _LABEL_REASONS:
            labels.append(line.text)
    # A labelled field is the page's own label, in a run of short lines or not ("NEWSPAPER SECTION:" over "Oped").
    return labels + field_values([line.text for line in article.removed], "section")


#: The site speaking to its reader ("Your support keeps our team in the field", "Sign up to our newsletter"): a pitch, not the
#: writer's first person.
_READER_ADDRESS = re.compile(r"\b(?:you|your|sign(?:ing)?\s+up|subscribe|subscribers?)\b", re.I)
#: A quotation: closed on the paragraph (a straight mark may close on a curly one and the reverse, as copies mix them: '"suspend
#: ... institutions,”'), or opened and carried on to the next paragraph; in single marks as British papers
#: write them ("joking: 'Hey, pull my finger'"), an apostrophe inside a word ("Europe's") closing none; in a tokenized corpus's
#: marks (the Penn Treebank's "`` We have reaffirmed ... ''").
#: Every branch opens on its mark (what may come before it is a look-behind after it), so the search skips in C to them.
_QUOTATION = re.compile(r"“[^”\"]*[”\"]|\"[^\"”]*[\"”]|“.*$|\".*$|``(?:[^']|'(?!'))*(?:''|$)|'(?<![^\s(:—–]')(?=\w)(?:[^'’]|['’](?=\w))*['’](?!\w)"
                        r"|‘(?<![^\s(:—–]‘)(?=\w)(?:[^'’]|['’](?=\w))*['’](?!\w)")


#: A line that introduces someone else's text ("In his message, Altun stated:"): speech or a text's name, and a closing colon.
_CITING = re.compile(rf"\b(?:{alternation('speech_verbs')}|{alternation('cited_text_words')})\b[^:]*:\s*$", re.I)


def writer_paragraphs(paragraphs: list[str]) -> list[str]:
    """The paragraphs in the writer's own voice: not those inside a quotation carried over paragraphs (opened and not yet
    closed), nor those after a line that introduces a cited text ("Statements by the Minister:")."""
    own: list[str] = []
    quoting = False
    for paragraph in paragraphs:
        # The closing colon first: the alternation, tried at every word of every paragraph, was most of the kind's cost.
        if paragraph.rstrip().endswith(":") and _CITING.search(paragraph):
            break
        if not quoting:
            own.append(paragraph)
        opens, closes = paragraph.count("“"), paragraph.count("”")
        quoting = opens > closes if not quoting else "”" not in paragraph
    return own


def writer_first_person(paragraphs: list[str]) -> int:
    """How often the writer says "I" or "we" outside quotations; none in a text mostly in another language, where English
    words are an embedded post's or a quoted tweet's ("We had a good meeting ...") and the writer's own are no English."""
    if sum(map(foreign, paragraphs)) * 2 > len(paragraphs):
        return 0
    return sum(len(_FIRST_PERSON.findall(_unquoted(p))) for p in writer_paragraphs(paragraphs) if not _READER_ADDRESS.search(p))


#: A roman numeral "I" in a name ("Annex I Parties", "World War I"), by the word before it (data/numbered_name_words.txt).
_NUMBERED_I = re.compile(rf"\b(?:{alternation('numbered_name_words')})\s+I\b")


def _unquoted(paragraph: str) -> str:
    """A paragraph without its quotations, so that a speaker's 'I' is not the writer's, nor a name's numeral ("Annex I");
    marks a copy left as character references ("&quot;We respect ...&quot;") are marks too."""
    text = _QUOTATION.sub("", html.unescape(paragraph) if "&" in paragraph else paragraph)
    return _NUMBERED_I.sub("", text) if " I" in text else text


#: Kinds of body (organizations.yaml `kind`) whose own texts are official: a government's, an agency's, an international
#: body's or a bloc's.
_OFFICIAL_BODIES = frozenset({"government", "agency", "intergovernmental", "bloc"})


#: A state's highest office as a site names itself: "President of Russia", "Prime Minister of India", "Government of Japan".
_STATE_OFFICE = re.compile(r"^(?:President|Prime\s+Minister|Chancellor|Government|Presidency)\s+of\s+(?:the\s+)?(?P<state>[A-Z].*)$")


def institution_outlet(outlet: str | None, matcher: Matcher, knowledge: KnowledgeBase) -> bool:
    """True when the outlet is no news outlet but a state's or an international body's own office: named by an institution's
    head ("Department of Foreign Affairs", "Embassy of ..."), or opening on a known government body, agency or bloc as whole
    words ("European Union in the Philippines", "White House")."""
    if not outlet or knowledge.outlet_term(outlet):
        return False
    if outlet.split()[0] in INSTITUTION_HEADS:
        return True
    office = _STATE_OFFICE.match(outlet)
    if office and any(m.start == 0 and m.end == len(office["state"]) and m.best.taxonomy == "countries"
                      for m in matcher.find(office["state"])):
        return True  # a head of state's or government's own site ("President of Russia")
    for match in matcher.find(outlet):
        term = knowledge.term(match.best.taxonomy, match.best.key) if match.best.taxonomy == "organizations" else None
        if match.start == 0 and (match.end == len(outlet) or outlet[match.end].isspace()):
            return bool(term and term.attributes.get("kind") in _OFFICIAL_BODIES)
    return False


def outlet_pieces(outlet: str | None, matcher: Matcher, knowledge: KnowledgeBase) -> str | None:
    """The kind of piece an outlet publishes unless the article says otherwise: its own `pieces` (outlets.yaml), else those of
    the body that owns it or that it is, by its whole name (organizations.yaml `pieces`: a think tank's analysis)."""
    term = knowledge.outlet_term(outlet)
    if term and term.attributes.get("pieces"):
        return str(term.attributes["pieces"])
    name = str(term.attributes.get("owner") or "") if term else outlet or ""
    for match in matcher.find(name) if name else ():
        if match.start == 0 and match.end == len(name) and match.best.taxonomy == "organizations":
            body = knowledge.term("organizations", match.best.key)
            return str(body.attributes["pieces"]) if body and body.attributes.get("pieces") else None
    return None
