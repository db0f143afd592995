"""What a quotation's own words say about it: whom it addresses, whether it fills its paragraph, whether it is a title."""
from __future__ import annotations

import re

from generator.annotate.quote_text import ATTRIBUTION_VERB, SINGLE
from generator.annotate.roles import NOT_NAMES
from generator.annotate.vocabulary import alternation
from generator.model import Quote

#: A name the quotation opens by addressing ("Viktor - ...", "Mr President, ...", "Dear Emmanuel,").
_VOCATIVE = re.compile(r"^(?:(?:Dear|Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Z][\w'’-]+)\s*(?:,|!|\s[-–—]\s)")


def addressed(inner: str, name: str) -> bool:
    """True when the quotation opens by addressing the person by a word of their name: they hear it, not say it."""
    vocative = _VOCATIVE.match(inner)
    return bool(vocative) and vocative.group("name") in name.split() and vocative.group("name") not in NOT_NAMES


def whole_paragraph(text: str, start: int, end: int) -> bool:
    """True when the quotation fills its paragraph."""
    return opens(text, start) and end >= len(text.rstrip()) - 2


def opens(text: str, start: int) -> bool:
    """True when a quotation at ``start`` opens its paragraph (after at most a character, or a quoted block's marker)."""
    return start <= 1 or not text[:start].strip(" >")


def is_quoted_title(inner: str) -> bool:
    """Quoted titles and names: every word capitalised or a number ("The Road to 2030: Transforming the Global Economy"),
    but the short words titles leave in lowercase."""
    words = inner.split()
    # A long one too, a reference list's article title ("Trump Pushes Iraq, Threatens Sanctions After Vote to Expel U.S.
    # Troops"), a page title's "|" in it, unless in capitals throughout: a post shouted in capitals is what someone said.
    return (len(words) <= 10 or len(words) <= _LONG_TITLE_WORDS and not inner.isupper()) and all(
        w[:1].isupper() or w[:1].isdigit() or w.rstrip(",:") in _TITLE_LOWERCASE or w in _TITLE_SEPARATORS for w in words)


#: A headline's separators between its parts: "Iran - Middle East Battle Lines", a page title's "|".
_TITLE_SEPARATORS = frozenset({"|", "-", "–", "—"})


#: The most words a title quoted in full runs to.
_LONG_TITLE_WORDS = 18


#: Words a title leaves in lowercase: "Notes on Media", "Report on Development of Video Media in the Global South",
#: "Senior Officials Advised against Trump Emergency Arms Sales to Saudis".
_TITLE_LOWERCASE = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "an", "as", "at", "by", "with", "from", "but", "or",
                              "nor", "against", "into", "over", "via", "vs", "vs.", "is", "are"})


#: Double quotation marks written as HTML entities in pasted text ("&quot;", "&ldquo;", "&#8221;").
_ENTITY_MARKS = {"&quot;": '"', "&#34;": '"', "&#x22;": '"', "&ldquo;": "“", "&#8220;": "“", "&rdquo;": "”", "&#8221;": "”"}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITY_MARKS)))
#: Backslashes escaping a quotation mark in text scraped from JSON or a script ('\\"Hence, ...,\\" he said').
_ESCAPED_MARK = re.compile(r"\\+(?=[\"“”])")


#: A JSON escape of a curly mark, in a scraper's record pasted as text ('\\u201cThey do not ...,\\u201d he said').
_ESCAPED_CURLY = re.compile(r"\\u(201[89cdCD])")
#: A paragraph made of the JSON strings of a record's array of paragraphs pasted as text, one or more, a comma after
#: each but the last ('"The vessel ... missiles.", "The stopover ..."'): their marks hold paragraphs, no quotation.
_JSON_STRING = r'"(?:[^"\\]|\\.)*"'
_JSON_STRINGS = re.compile(rf"\s*(?:{_JSON_STRING}\s*,\s*)*{_JSON_STRING}(?P<comma>,?)\s*")
_JSON_STRING_MARKS = re.compile(rf"({_JSON_STRING})")


def entities_as_marks(text: str) -> str:
    """The text with its quotation-mark entities as marks and escaped marks unescaped, padded with spaces before them
    so that offsets stay the same; a JSON string's own marks are spaces."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: " " * (len(m.group(0)) - 1) + _ENTITY_MARKS[m.group(0)], text)
    if "\\" not in text and not text.endswith('",'):
        return text
    # Known by a comma after a string ('"The vessel ... missiles.",') or by an escape inside one (the array's last).
    if (strings := _JSON_STRINGS.fullmatch(text)) and (strings.group("comma") or "\\" in text or '",' in text):
        text = _JSON_STRING_MARKS.sub(lambda m: f" {m.group(0)[1:-1]} ", text)
    text = _ESCAPED_CURLY.sub(lambda m: "     " + chr(int(m.group(1), 16)), text)
    return _ESCAPED_MARK.sub(lambda m: " " * len(m.group(0)), text)


#: A transcript's speaker label opening a paragraph: "SMITH: ...", "MR. PRICE: ...", "SECRETARY BLINKEN: ...".
_SPEAKER_LABEL = re.compile(r"(?:[A-Z]+\.?\s+){0,2}(?P<name>[A-Z][A-Z’'-]{2,}):\s+(?=\S)")


def speaker_label(text: str) -> tuple[str, int] | None:
    """The surname a transcript's label gives the paragraph's speaker, title-cased, and where the words start; or None."""
    label = _SPEAKER_LABEL.match(text) if text[:1].isupper() else None
    return (label.group("name").title(), label.end()) if label else None


#: A single mark opening a quotation at a paragraph's start or after a colon, before a capital: "said: 'The Prime ...";
#: or after a space inside a sentence, before a lowercase word: "said it was 'unacceptable that ..." (its close lost).
_OPEN_SINGLE = re.compile(r"(?:^\s*|:\s+)['‘](?=[A-Z])|(?<=\s)['‘](?=[a-z]{2})")
#: A single mark that closes (no letter after it); an apostrophe inside a word ("UK's") is none.
_CLOSING_SINGLE = re.compile(r"['’](?![A-Za-z])")


def open_single(text: str) -> tuple[int, int, str] | None:
    """(start, end, words) of a quotation a single mark opens and the paragraph never closes, as papers that quote in
    single marks run one over several paragraphs ("A spokesman said: 'The Prime Minister spoke ..."); None if none."""
    opening = _OPEN_SINGLE.search(text) if "'" in text or "‘" in text else None  # most paragraphs hold no single mark
    if opening is None:
        return None
    inner = text[opening.end() :].rstrip()
    return None if _CLOSING_SINGLE.search(inner) or len(inner.split()) < 4 else (opening.end() - 1, len(text.rstrip()), inner)


def closing_mark(text: str) -> int | None:
    """Where a paragraph carrying on a quotation the previous one left open closes it ('... views is cultivated," he
    said.'): its first mark, when that is a closing curly one, or a straight one with an odd number of marks in all;
    None for a paragraph that opens on a mark or closes nothing."""
    if text.lstrip()[:1] in ("“", '"', "'", "‘"):
        return None
    marks = [i for i, c in enumerate(text) if c in _DOUBLE_MARKS]
    if not marks or text[marks[0]] == "“" or text[marks[0]] == '"' and len(marks) % 2 == 0:
        return None
    return marks[0]


#: The double quotation marks, curly and straight.
_DOUBLE_MARKS = frozenset("“”\"")


def has_marks(text: str) -> bool:
    """True when a paragraph holds a double quotation mark."""
    return any(mark in text for mark in _DOUBLE_MARKS)


def distinct_quotes(quotes: list[Quote]) -> list[Quote]:
    """Each quotation once, at its first place: the same words quoted again later in the article, given to the same
    speaker (or to no one both times), are the same quote; given to someone else, they stay a quote of their own."""
    first: dict[tuple[str, str | None], int] = {}
    kept: list[Quote] = []
    for quote in quotes:
        key = (" ".join(quote.text.lower().split()).strip(" .,;:!?"), quote.speaker)
        if key not in first:
            first[key] = len(kept)
            kept.append(quote)
    return kept


#: What may close a sentence after its verb of speech for it to announce the words under it: the speaker's name and
#: where or when ("Así lo reconoció Petro.", "Petro said in a statement on Monday."), never what was said or about what.
_ANNOUNCING_END = re.compile(r"(?:\s+(?:[A-Z][\w.'’-]*\s*){1,4})?(?:\s+(?:in|on|at)\s+(?:a|an|his|her|their|its|the)\s+[\w-]+(?:\s+[\w-]+){0,2})?"
                            r"(?:\s+on\s+[A-Z]\w+)?\s*[.:]?\s*$")


def announces(sentence: str) -> bool:
    """True when a paragraph's last sentence ends on its verb of speech, its speaker or its setting ("Petro said in a
    statement."): a quoted block under it is the words it reports."""
    verbs = list(ATTRIBUTION_VERB.finditer(sentence))
    return bool(verbs) and _ANNOUNCING_END.match(sentence, verbs[-1].end()) is not None


def block_quotation(text: str, introduced: bool, min_words: int) -> list[tuple[int, int, str]]:
    """A quoted block ("> Peace does not mean surrender ...") with no marks after a paragraph introducing it ("when she
    says:"): the block's words are the quotation; never a heading or a labelled note ("> #### Sanctions", "> Tip: ...")."""
    if not introduced or not text.startswith(">") or has_marks(text) or SINGLE.search(text) or len(text.split()) <= min_words:
        return []
    if _BLOCK_LABEL.match(text):
        return []
    start = len(text) - len(text.lstrip(" >"))
    return [(start, len(text.rstrip()), text[start:].rstrip())]


#: A quoted block opening on a heading's mark or a label and its colon: the page's furniture, no words said.
_BLOCK_LABEL = re.compile(r"[>\s]*(?:#|[*_\s]*[A-Z]\w*(?:['’]s\s\w+)?[*_]*:)")
#: A quoted phrase naming a policy or a slogan, not words said: 'the “one country, two systems” concept'.
_NAMING_NOUN = re.compile(rf"[,.]?\s+(?:{alternation('named_by_quote')})\b", re.I)
#: A phrase its writer distances himself from: 'a so-called “democratic regime”'; one a noun before it names: 'the
#: principle of “innocent until proven guilty”', 'under the theme “...”', 'a search of “...”', 'tweets tagged with “...”'; a
#: term a state or body is said to use, a thing's name: 'what it calls “long-arm jurisdiction”', 'known as “Wolf Warriors”';
#: a word's translation: 'it means “great country”', 'meaning “hail victory”'.
_SO_CALLED = re.compile(rf"\b(?:so[- ]called|(?:{alternation('named_by_quote')}|vision|pledge|theme|charges?|terms?|notions?|idea)\s+of"
                        r"|(?:themes?|slogans?|mottos?|hashtags?|chants?)(?:\s+(?:such\s+as|like|including))?|keywords?|search(?:es)?\s+(?:of|for)|tagged\s+with|(?:en)?titled"
                        r"|known\s+as|mean(?:s|ing)|translat(?:es|ed|ing)\s+(?:as|to)|literally|what\s+(?:it|they)\s+(?:calls?|called|terms?|termed|dubs?|dubbed))\s*$", re.I)
#: A name a thing is given, the quote after a passive verb of naming: 'in what has been called “the cage”', 'Nkomo was
#: branded “Father Zimbabwe”' (whoever named it is no speaker the sentence gives).
_NAMED_THUS = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:[a-z]+ly|often|also|sometimes|once|now|still)\s+)?"
                         r"(?:called|dubbed|termed|nicknamed|branded|labell?ed)\s+(?:(?:a|an|the)\s+)?$", re.I)
#: A noun a capitalised quoted phrase right after it names (data/naming_heads.txt): 'le projet « Carrefour de la paix »'.
_NAMING_HEAD = re.compile(rf"\b(?:{alternation('naming_heads')})\s*$", re.I)
#: A value of a JSON object pasted into the text ('"headline": "..."'), or marks that close one field of a
#: comma-separated row and open the next ('...,",politicsNews,"October 27'): no words said.
_JSON_VALUE = re.compile(r"[\"”]\s*:\s*$")


def named_not_said(text: str, start: int, end: int, inner: str) -> bool:
    """True when the quoted passage at ``start``-``end`` names something (a policy, a slogan, a so-called thing) or is
    a field of pasted data, rather than reporting words."""
    return (bool(_NAMING_NOUN.match(text, end)) or bool(_SO_CALLED.search(text, max(0, start - 24), start))
            or bool(_NAMED_THUS.search(text, max(0, start - 40), start))
            or bool(_JSON_VALUE.search(text, max(0, start - 8), start)) or inner.lstrip()[:1] in (",", ";", ":", ")")
            or bool(_PROGRAMME_BEFORE.search(text, max(0, start - 12), start)) and is_quoted_title(inner.strip(" ,."))
            or inner.lstrip()[:1].isupper() and bool(_NAMING_HEAD.search(text, max(0, start - 24), start))
            or _in_parentheses(text, start, end))


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """True when the quotation fills a parenthesis ('her contribution ("Russian power in 2014: a forecast")'): a title or
    a gloss, never words said."""
    return text[max(0, start - 2) : start].strip()[-1:] == "(" and text[end : end + 3].lstrip(" .,")[:1] == ")"


#: What before a quoted title makes it a programme's or publication's name, whoever speaks in the sentence: a possessive
#: ("NBC’s “Meet the Press”") or "on" ('On “State of the Union,” Santos said').
_PROGRAMME_BEFORE = re.compile(r"(?:['’]s|\b[Oo]n)\s$")
