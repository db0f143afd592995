"""What around a name shows it is a person's: a speech verb, a surname used alone, an age, a "who" clause, an employer
after "of", an occupation before it, a possessive owner (the country)."""
from __future__ import annotations

import re
from typing import Iterable

from generator.annotate.matching import Match
from generator.annotate.organisation_words import ORGANISATION_LAST_WORDS
from generator.annotate.roles import NOT_NAMES, OCCUPATIONS, ROLE_NOUNS, SPEECH_VERBS
from generator.annotate.vocabulary import alternation, opening_characters, words

POSSESSIVE = re.compile(r"['’]s$")


def grouped_alternation(entries: Iterable[str]) -> str:
    """Literal entries as an alternation grouped by first character, in their order within each group: it matches as
    their plain alternation does (entries of different first characters never match at one place), but tries fewer."""
    groups: dict[str, list[str]] = {}
    for entry in entries:
        groups.setdefault(entry[0], []).append(entry[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(re.escape(rest) for rest in rests)})" for first, rests in groups.items())


#: Auxiliaries and adverbs between a subject and its speech verb: "Borrell had said", "Lo also told".
AUXILIARIES = r"(?:(?:has|had|have|also|later|then|previously|again|once|earlier|repeatedly|[a-z]{3,}ly)\s+){0,2}"  # "Nielsen reportedly said"
#: A speech verb or "according to" right after or before a name.
_ATTRIBUTION_AFTER = re.compile(rf"^\s*,?\s*{AUXILIARIES}(?:{SPEECH_VERBS}|(?:was|is|were)\s+quoted\s+as\s+saying)\b")
_ATTRIBUTION_BEFORE = re.compile(rf"(?:\b(?:{SPEECH_VERBS})|according to|As per|as per)\s*,?\s*$", re.I)
_SPEECH = grouped_alternation(words("speech_verbs"))  # SPEECH_VERBS, quicker to try
#: A lone capitalised word with a speech verb beside it, or a courtesy title before it ("Strukov said", "Mr Lo"):
#: a surname the article uses for someone, which makes the full name it ends a person.
_SURNAME_IN_USE = re.compile(
    # What every branch starts with, a word's first letter: a quick test first (the word boundary alone spares
    # trying the alternation at every letter inside a word).
    rf"\b(?=[A-Z{opening_characters(words('speech_verbs'))}])"
    rf"(?:(?<![\w'’-])(?P<subject>[A-Z][\w'’-]+)\s+{AUXILIARIES}(?:{_SPEECH})\b"
    rf"|\b(?:{_SPEECH})\s+(?P<object>[A-Z][\w'’-]+)\b(?!\s+[A-Z])"
    r"|\b(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<titled>[A-Z][\w'’-]+)\b(?!\s+[A-Z]))"
)
#: An age beside a lone first name, which feature stories give the people they name only so ("Thea, a 23-year-old",
#: "Thea, 23,", "23-year-old Nicole"); with a speech verb it makes the first name a person.
_AGE_AFTER = re.compile(r"^,\s+(?:an?\s+)?\d{1,3}(?:-year-old\b|,)")
_AGE_BEFORE = re.compile(rf"(?P<verb>\b(?:{SPEECH_VERBS})\s+)?\b\d{{1,3}}-year-old\s+$")
#: An appositive describing a lone first name as a kind of person ("says Inga, a protester outside parliament", "David, a
#: Bolivian migrant"): with a speech verb it makes the first name a person, as an age does; a body's is no occupation.
_DESCRIBED_AFTER = re.compile(r"^,\s+an?\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)")
_PEOPLE_WORDS = OCCUPATIONS | frozenset(words("person_nouns"))
#: A relative "who" after a name ("Alexander Litvinenko, who was murdered").
_PERSON_AFTER = re.compile(r"(?:['’]s)?,\s+who\b")
#: A role noun heading an appositive too long to read whole: "Qin Boyong, vice-chairperson of the National Committee of ...";
#: never an abbreviation ("a former U.S. congressman").
_ROLE_HEAD_AFTER = re.compile(
    r",\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w’'.-]+\s+){0,5}?(?P<noun>(?!(?:[A-Z]\.){2})[\w’'.-]+)"
    r"(?=\s+(?:of|for|at|to|in|on|from|with|and|who|now)\b|\s*[,.;:(]|$)"  # "a former US Defense Department official now at"
)
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
#: A name's employer after "of", then a speech verb: "Shahrok Saei of the Tehran Times said", "X of Malaysia's Y Daily told".
_OF_SPEAKER = re.compile(rf"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){{1,6}}?{AUXILIARIES}(?:{_SPEECH})\b")
#: Last words of an institution's name: a name "of" one is a person's.
INSTITUTION_WORDS = ORGANISATION_LAST_WORDS | set(words("institution_words"))
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}")
_OCCUPATION_BEFORE = re.compile(r"(?<![\w-])(?P<occupation>[a-z]+)\s+$")


def occupation_before(text: str, start: int, block_matches: list[Match]) -> tuple[int, str]:
    """(start, role) of a lowercase occupation right before the name, with its demonym ("American billionaire"), else (start, "")."""
    before = _OCCUPATION_BEFORE.search(text, max(0, start - 40), start)
    if not before or before.group("occupation") not in OCCUPATIONS:
        return start, ""
    role_start = before.start("occupation")
    for match in block_matches:
        if match.end == role_start - 1 and match.best.taxonomy == "countries" and match.best.kind == "demonym":
            role_start = match.start
    return role_start, text[role_start:before.end("occupation")]


#: A plural occupation or role whose examples the names are: "Turkish diplomats such as Necdet Kent and Selahattin Ulkumen",
#: "Journalists like Paul Antonopoulous".
_EXAMPLES_BEFORE = re.compile(r"(?<![\w-])(?P<noun>[A-Za-z][a-z-]+)s\s+(?:such\s+as|including|like)\s+"
                              r"(?:[A-Z][\w'’.-]*(?:\s+|,\s+(?:and\s+)?|\s+and\s+)){0,12}$")


def examples_before(text: str, start: int, block_matches: list[Match]) -> tuple[int, str]:
    """(start, role) of a plural occupation or role the name is listed as an example of, with its demonym, as each one's
    ("Turkish diplomats such as X and Y": "Turkish diplomat"), else (start, "")."""
    before = _EXAMPLES_BEFORE.search(text, max(0, start - 160), start)
    noun = before.group("noun").lower() if before else ""  # "Journalists like X" opening a sentence
    if not (noun in OCCUPATIONS or noun in ROLE_NOUNS):
        return start, ""
    role_start = before.start("noun")
    for match in block_matches:
        if match.end == role_start - 1 and match.best.taxonomy == "countries" and match.best.kind == "demonym":
            role_start = match.start
    return role_start, text[role_start:before.end("noun")]


def country_before(text: str, start: int, block_matches: list[Match]) -> str | None:
    """The country whose possessive stands right before a name or role ("Austria’s Sebastian Kurz"), else None."""
    for match in block_matches:
        if match.best.taxonomy == "countries" and text[match.end:start] in ("'s ", "’s "):
            return match.best.key
    return None


#: Names a plural demonym opens, up to the one at hand: "Britons Aiden Aslin and " before "Shaun Pinner".
_NAMES_BEFORE = re.compile(r" (?:[A-Z][\w.'’-]*,? ){1,4}and $")


def demonym_before(text: str, start: int, block_matches: list[Match]) -> str | None:
    """The country whose demonym stands right before a name, or before names joined by "and" that it opens ("Briton
    Aiden Aslin", "Britons Aiden Aslin and Shaun Pinner"), never a compound's ("pro-Russian Viktor ..."), else None."""
    for match in block_matches:
        if (match.best.taxonomy == "countries" and match.best.kind == "demonym" and match.end < start
                and not text[match.start - 1:match.start] in ("-", "\u2010", "\u2011")
                and (text[match.end:start] == " " or _NAMES_BEFORE.fullmatch(text, match.end, start))):
            return match.best.key
    return None


#: A country's possessive, then a body it leads: "Bolivia’s interim government, led by Jeanine Anez".
_LEADS_POSSESSIVE = re.compile(r"['’]s (?:[a-z][\w-]*\s+){0,3}(?:government|cabinet|junta|administration|regime),?\s+(?:led|headed)\s+by\s+")


def led_country_before(text: str, start: int, block_matches: list[Match]) -> str | None:
    """The country whose government the name leads ("Bolivia’s interim government, led by Jeanine Anez"), else None."""
    for match in block_matches:
        if (max(0, start - 80) <= match.start and match.end < start and match.best.taxonomy == "countries"
                and _LEADS_POSSESSIVE.fullmatch(text, match.end, start)):
            return match.best.key
    return None


#: A country's possessive, then titled names joined by "and": the possessive is every one's ("Sri Lanka's President A and ").
_SHARED_POSSESSIVE = re.compile(r"['’]s (?:[A-Z][\w.'’-]*,? ){2,8}and $")


def shared_country_before(text: str, role_start: int, block_matches: list[Match]) -> str | None:
    """The country whose possessive opens a list of titled names that this role joins ("Sri Lanka's President Anura
    Kumara Dissanayake and Foreign Minister Vijitha Herath"), else None."""
    window = max(0, role_start - 120)
    for match in block_matches:
        if (window <= match.start and match.end < role_start and match.best.taxonomy == "countries"
                and _SHARED_POSSESSIVE.fullmatch(text, match.end, role_start)):
            return match.best.key
    return None


_OF_THE = re.compile(r",? of (?:the )?")


def country_after(text: str, end: int, block_matches: list[Match]) -> str | None:
    """The country a name's "of" names right after it ("President Nana Akufo-Addo of Ghana"), not its possessive
    ("Smith of Ghana's ruling party"), else None."""
    after = _OF_THE.match(text, end)
    if not after:
        return None
    for match in block_matches:
        if (match.start == after.end() and match.best.taxonomy == "countries" and match.best.kind == "name"
                and not text.startswith(("'s", "’s"), match.end)):
            return match.best.key
    return None


def of_organisation(text: str, end: int, block_matches: list[Match]) -> bool:
    """True when an organisation's name follows the name after "of": a known one ("Bill Hayton of Chatham House"), one
    named by its last word ("Lucas Guttenberg of the Jacques Delors Centre") or one a speech verb follows ("... said")."""
    after = _OF_AFTER.match(text, end)
    if not after:
        return False
    named = _CAPITALISED_RUN.match(text, after.end())
    return (any(m.start == after.end() and m.best.taxonomy in ("organizations", "outlets") for m in block_matches)
            or bool(_OF_SPEAKER.match(text, end))
            or bool(named) and named.group(0).split()[-1] in INSTITUTION_WORDS)


def surnames_used_alone(blocks: list[tuple[int, str]]) -> set[str]:
    """The lone words the article uses as someone's surname: with a speech verb or after a courtesy title."""
    found = (m.group("subject") or m.group("object") or m.group("titled") for _, text in blocks for m in _SURNAME_IN_USE.finditer(text))
    return {POSSESSIVE.sub("", word) for word in found if word not in NOT_NAMES}


def aged_speaker(text: str, start: int, end: int) -> bool:
    """True when a lone first name speaks and carries an age or an occupation: '," says Thea, a 23-year-old', 'says
    23-year-old Nicole', 'says Inga, a protester'."""
    if not text[start:end].isalpha() or text[start:end].lower() in ROLE_NOUNS:
        return False
    before = _AGE_BEFORE.search(text, max(0, start - 60), start)
    if before and before.group("verb"):
        return True
    described = _DESCRIBED_AFTER.match(text[end : end + 60])
    return bool(has_attribution(text, start, end) and (
        before or _AGE_AFTER.match(text[end : end + 30])
        or described and any(word.lower() in _PEOPLE_WORDS for word in described.group(1).split())))


def has_attribution(text: str, start: int, end: int) -> bool:
    """True when a speech verb or 'according to' stands next to the name."""
    return bool(_ATTRIBUTION_AFTER.match(text[end : end + 40]) or _ATTRIBUTION_BEFORE.search(text[max(0, start - 40) : start]))


def role_follows(text: str, end: int) -> bool:
    """True when an appositive headed by a role noun follows the name, however long it goes on."""
    head = _ROLE_HEAD_AFTER.match(text, end)
    noun = head.group("noun").lower() if head else ""
    return noun in ROLE_NOUNS or noun.split("-")[-1] in ROLE_NOUNS


def age_follows(text: str, end: int) -> bool:
    """True when an age follows the name as an apposition ("Yevhen Zhyryada, 39, said"): places and firms have none."""
    return bool(_AGE_AFTER.match(text[end : end + 30]))


#: A verb whose object is a person, right before a name: "Witkoff met Putin", "talks with Modi", "Macron thanked Scholz".
_MET_BEFORE = re.compile(r"\b(?:met|meets|meeting(?:\s+with)?|talks\s+with|(?:spoke|speaks|talked)\s+(?:with|to)|phoned|hosted|"
                         r"thanked|urged|congratulated)\s+$")


#: What a person (not a place or a firm) does right after their name: "Netanyahu vowed", "Erdoğan met Putin".
_ACTS_AFTER = re.compile(rf"^\s*{AUXILIARIES}(?:{alternation('quote_verbs')}|met|meets|phoned|hosted|urged|warned|insisted|"
                         r"congratulated|thanked)\b")


def acts(text: str, end: int) -> bool:
    """True when a person's deed follows the name: a verb of promise, threat or meeting ("Netanyahu vowed")."""
    return bool(_ACTS_AFTER.match(text[end : end + 40]))


#: A relative's kinship right before a name, after its owner: "Najib’s wife Rosmah Mansor", "his late son Beau Biden".
#: The kinship nouns: a relative, a spouse, a partner to be.
KIN_NOUNS = (r"(?:(?:late|former|estranged|eldest|youngest|elder|younger)\s+)?"
             r"(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|nephew|niece|cousin|grandson|"
             r"granddaughter|grandmother|grandfather|uncle|aunt|stepson|stepdaughter|stepfather|stepmother|son-in-law|"
             r"daughter-in-law|brother-in-law|sister-in-law|boyfriend|girlfriend|fiancée|fiancé|fiancee|fiance)")
_KIN_BEFORE = re.compile(rf"(?:['’]s|\b(?:his|her|their))\s+{KIN_NOUNS}\s+$")


def kin_before(text: str, start: int) -> bool:
    """True when a kinship noun after its owner comes right before the name: a relative is a person."""
    return bool(_KIN_BEFORE.search(text, max(0, start - 50), start))


#: What only a person is after: the ruler of a regime ("the brutal dictatorship of Anastazio Somoza"), or the one who
#: leads something when a comma or a stop closes the name ("an interim government, led by Jeanine Anez, disputed"; a
#: body may lead too: "a nation led by Mukti Bahini leader of ...").
_RULER_BEFORE = re.compile(r"\b(?:dictatorship|regime|premiership|presidency|reign|junta)\s+of\s+$")
_LEADER_BEFORE = re.compile(r"\b(?:led|headed|chaired|ruled)\s+by\s+$")


#: A work someone wrote or made after their possessive: "Jules Verne's novel", "Samantha Power's book".
_WORK_AFTER = re.compile(r"['’]s?\s+(?:(?:first|last|latest|new|classic|famous|best-selling|bestselling)\s+)?"
                         r"(?:novel|book|memoir|memoirs|poem|essay|biography|autobiography|film|documentary|album|song|play)s?\b")


def authored(text: str, end: int) -> bool:
    """True when the name owns a work someone writes or makes: its author is a person."""
    return bool(_WORK_AFTER.match(text, end))


def ruled_by(text: str, start: int, end: int) -> bool:
    """True when a ruler's or a leader's phrase comes right before the name."""
    return bool(_RULER_BEFORE.search(text, max(0, start - 30), start)
                or _LEADER_BEFORE.search(text, max(0, start - 20), start) and text[end:end + 1] in (",", ".", ";"))


def met_by_someone(text: str, start: int) -> bool:
    """True when a verb whose object is a person comes right before the name ("Trump's envoy met Putin")."""
    return bool(_MET_BEFORE.search(text, max(0, start - 30), start))


def who_follows(text: str, end: int) -> bool:
    """True when a relative "who" follows the name: organisations and places take "which"."""
    return bool(_PERSON_AFTER.match(text, end))


#: The people of a country a list of names gives examples of: "citizens of the Republic of Armenia, including A, B and".
_CITIZENS_BEFORE = re.compile(r"\b(?:citizens|nationals|residents|natives)\s+of\s+(?:the\s+)?$")
_EXAMPLES_AFTER = re.compile(r",?\s+(?:including|such\s+as|namely|among\s+them)\s+(?:[A-Z][\w'’.-]*(?:\s+|,\s+(?:and\s+)?|\s+and\s+)){0,24}")


def citizens_country(text: str, start: int, block_matches: list[Match]) -> str | None:
    """The country whose citizens the name is listed among ("citizens of the Republic of Armenia, including Arayik
    Harutyunyan, Arkadi Ghukasyan, and others"), else None."""
    for match in block_matches:
        if (match.best.taxonomy == "countries" and max(0, start - 300) <= match.start and match.end < start
                and _CITIZENS_BEFORE.search(text, max(0, match.start - 30), match.start)
                and _EXAMPLES_AFTER.fullmatch(text, match.end, start)):
            return match.best.key
    return None
