"""Initiatives named in the article's own words: noun phrases headed by a word of the initiative vocabulary.

"North Korea's latest nuclear test", "sanctions on North Korea", "the Israel-Hamas truce talks": a head noun
(knowledge/vocabulary/initiatives.yaml) with a country, organisation or name that qualifies it, before it or
after a preposition. Which phrases are one initiative, and which make a term: initiative_groups.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from generator.annotate.discovery import PLURAL_ACRONYM
from generator.annotate.initiative_words import POSSESSIVE, QUALIFYING, TOKEN, InitiativeWords
from generator.annotate.matching import Match
from generator.annotate.text import sentence_spans

YEAR = re.compile(r"(?:19|20)\d\d")
#: "US-brokered", "Chinese-backed", "snail-like": a description of a deal, not its name.
_DESCRIBED = re.compile(r"-\w+ed$|-like$")
#: A figure describes ("five-year-old", "48-hour", "one-page"); it does not name.
_FIGURE = re.compile(r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multiple|several|half)(?:-|$)")
#: An acronym in brackets just before a head: "(BIMSTEC) summit".
_ACRONYM_BEFORE = re.compile(r"\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)\s*$")
#: Words after which a lowercase word is a verb, not a modifier ("to broaden sanctions").
_VERB_MARKERS = frozenset({"to", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "did", "does"})
#: Kinds of head that, right after an initiative's name, are that initiative ("Lobito Corridor agreement");
#: talks, visits or disputes about it are other things ("JCPOA talks").
NAMED_THING_KINDS = frozenset({"agreement", "memorandum", "project", "initiative", "plan", "programme"})
#: Parties two of which, as a sentence's subject, make what they sign or issue theirs ("India and Sri Lanka issued ...").
_SUBJECT_TAXONOMIES = frozenset({"countries", "organizations"})
_SUBJECT_VERB = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+|will\s+|would\s+)?(?:signed|issued|adopted|agreed(?:\s+on)?|reached|concluded|struck|"
    r"sealed|inked|carried\s+out|announced|exchanged|held)\s+(?:(?:a|an|the|their)\s+)?"
)
#: A region's name written as an adjective ("African", "European", "Nordic"): before a noun it qualifies that noun.
_ADJECTIVE = re.compile(r"(?:an|ese|ic|ish)$")
#: Lowercase words a name holds before its head at most ("free trade agreement").
MAX_MODIFIERS = 3
#: Days and months: "in May" dates a thing, never names its place or party ("the summit in May", "talks on Monday").
DATE_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                       "august september october november december".split())


def phrase_words(phrases: Iterable[Phrase]) -> frozenset[str]:
    """The words of a group of phrases, as ``text_words`` gives them for a name."""
    return frozenset().union(*({p.kind, *(q.removeprefix("place:") for q in p.qualifiers), *p.modifiers} for p in phrases))


@dataclass(frozen=True, slots=True)
class Phrase:
    """One mention of a possible initiative: where it is, its kind and what qualifies it."""

    block: int
    start: int
    end: int
    name: str  # the phrase's words, descriptions dropped
    kind: str
    qualifiers: frozenset[str]  # knowledge-base keys ("countries:KP") or names, lowercased
    modifiers: frozenset[str]  # lowercase words before the head ("nuclear", "peace")
    strong: bool = False  # an organisation, a city or a proper name before the head: "BIMSTEC summit", "Munich talks"
    before: str = ""  # the words kept before the head ("North Korea's nuclear")
    after: str = ""  # the preposition and party after it ("on North Korea")
    parties_before: frozenset[str] = frozenset()  # the qualifiers of ``before``


class _Token(NamedTuple):  # a tuple, not a frozen dataclass: made for every word of a paragraph, twice as fast
    start: int
    end: int
    text: str

    @property
    def base(self) -> str:
        return POSSESSIVE.sub("", self.text)

    @property
    def possessive(self) -> bool:
        return bool(POSSESSIVE.search(self.text))


def find_phrases(block: int, text: str, known: list[Match], words: InitiativeWords) -> list[Phrase]:
    """Every phrase of one paragraph headed by an initiative noun, with its qualifiers."""
    if not words.head_end_search.search(text.lower()):
        return []  # no head noun as a word (a TOKEN is always one): many paragraphs, spared the tokenising
    tokens = [_Token(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text)]
    token_starts = [token.start for token in tokens]
    match_at: dict[int, Match] = {}
    joined: dict[int, list[Match]] = {}  # matches inside a hyphenated token after its first: "Russia" in "US-Russia"
    for match in known:
        for index in range(bisect_left(token_starts, match.start), bisect_left(token_starts, match.end)):
            match_at[index] = match
        if token_starts and match.start not in token_starts and match.start > token_starts[0]:
            joined.setdefault(bisect_left(token_starts, match.start) - 1, []).append(match)
    starts = {start for start, _ in sentence_spans(text)}
    # "India and Sri Lanka": two parties joined by "and", by where the second ends.
    pairs = [(a, b) for a, b in zip(known, known[1:]) if a.best.taxonomy in _SUBJECT_TAXONOMIES
             and b.best.taxonomy in _SUBJECT_TAXONOMIES and text[a.end : b.start] in (" and ", " and the ")]
    pair_ends = [b.end for _, b in pairs]
    if _title_case(tokens):  # "Modi Arrives in Colombo for Bi-lateral Talks": no capital proves a name
        starts |= {token.start for token in tokens}
    found = []
    for index, token in enumerate(tokens):
        if token.text.lower() not in words.head_ends:
            continue  # most tokens: a quick set lookup instead of the head's full checks
        head = _head_at(tokens, index, text, starts, match_at, words)
        if head is None:
            continue
        first, kind = head
        named = match_at.get(first - 1)
        if named and named.best.taxonomy == "initiatives" and kind in NAMED_THING_KINDS and named.end <= tokens[first].start:
            continue  # "the Lobito Corridor agreement": the head is the named initiative itself, not a second one
        pre, qualifiers, modifiers = _before(tokens, first, text, starts, match_at, words, joined)
        acronym = _ACRONYM_BEFORE.search(text, max(0, tokens[first].start - 16), tokens[first].start) if not pre else None
        if acronym:  # "the Bay of Bengal Initiative ... (BIMSTEC) summit": the acronym names it
            pre = [i for i in range(first) if tokens[i].start == acronym.start("acronym")]
            known_name = match_at.get(pre[0]) if pre else None
            qualifiers = {party(known_name) if known_name else acronym.group("acronym").lower()}
        if (not modifiers and first == index and tokens[index].text.lower() in words.needs_modifier
                and not words.named_by_parties(qualifiers, tokens[index].text.lower())):
            continue  # "a test for X" names nothing; a head of two words ("joint statement") says what it is
        if pre and tokens[pre[0]].text.lower() == "the":
            pre = pre[1:]  # a known name written with its article ("the U.S. embargo")
        end, after = _after(tokens, index, text, starts, match_at, words)
        following = text[tokens[index].end : end].split()
        if following and following[0].lower() in words.skipped_before_complement:
            following = following[1:]  # "state visit abroad to India" is named the "state visit to India"
        head = text[tokens[first].start : tokens[index].end]
        shared = _coordinated(tokens, pre, index, text, starts, match_at, words, joined) if modifiers and not qualifiers else None
        if shared:  # "North Korea's nuclear and missile programs": the nuclear programs are one, the missile programs another
            pre2, qualifiers2, modifiers2 = shared
            qualifiers = set(qualifiers2)
            parties = " ".join(tokens[i].text for i in pre2 if tokens[i].text.lower() not in modifiers2)
            found.append(Phrase(block, tokens[pre2[0]].start, end, " ".join(f"{parties} {' '.join(modifiers2[::-1])} {head} {' '.join(following)}".split()),
                                kind, frozenset(qualifiers2 | after), frozenset(modifiers2), False, parties,
                                " ".join(following), frozenset(qualifiers2)))
            pre = [i for i in pre2 if tokens[i].text.lower() not in modifiers2] + pre
        subject = None if qualifiers else _subject_pair(text, tokens[pre[0]].start if pre else tokens[first].start, pairs, pair_ends)
        if subject:  # "India and Sri Lanka issued a joint statement": the India-Sri Lanka joint statement
            qualifiers = {party(subject[0]), party(subject[1])}
        strong = any(party_sort(q) in ("organizations", "name", "place") and not YEAR.fullmatch(q) for q in qualifiers)
        qualifiers |= after
        # Two countries ("Israel-Hamas", "between Baku and Yerevan") or an organisation after ("sanctions against the ICC").
        strong = strong or sum(party_sort(q) in ("countries", "place") for q in qualifiers) >= 2 or any(party_sort(q) == "organizations" for q in after)
        before = " ".join(tokens[i].text for i in pre)
        if subject:
            before = " ".join(f"{subject[0].text}-{subject[1].text.removeprefix('the ')} {before}".split())
        name = " ".join(f"{before} {head} {' '.join(following)}".split())
        start = tokens[pre[0]].start if pre else tokens[first].start
        found.append(Phrase(block, start, end, name, kind, frozenset(qualifiers), frozenset(modifiers), strong,
                            before, " ".join(following), frozenset(qualifiers - after)))
    return found


def _coordinated(tokens, pre, index, text, starts, match_at, words, joined) -> tuple[list[int], set[str], list[str]] | None:
    """What ``_before`` finds before "and" when a plural head has two lowercase modifiers joined by it, else None.

    "North Korea's nuclear and missile programs" are its nuclear programs and its missile programs, two terms of
    the knowledge base; a singular head is one thing of two subjects ("a trade and investment agreement").
    """
    head = tokens[index].text.lower()
    if not pre or not re.search(r"[^s]s$", head) or words.heads.get(head) == "talks":
        return None
    conjunction = pre[0] - 1
    if conjunction < 1 or tokens[conjunction].text != "and" or not _joined(text, tokens[conjunction], tokens[pre[0]]):
        return None
    found = _before(tokens, conjunction, text, starts, match_at, words, joined)
    _, qualifiers, modifiers = found
    if len(modifiers) != 1 or tokens[conjunction - 1].text.lower() != modifiers[0]:
        return None
    # Only two things the knowledge base knows: "land and sea exercises" may well be one.
    kind = words.heads[head]
    ours = {words.heads.get(w, w) for w in (tokens[i].text.lower() for i in pre)}
    both = (frozenset({kind, *qualifiers, *modifiers}), frozenset({kind, *qualifiers, *ours}))
    return found if all(words.known_as(w) for w in both) else None


def _subject_pair(text: str, start: int, pairs: list[tuple[Match, Match]], pair_ends: list[int]) -> tuple[Match, Match] | None:
    """The two parties whose verb the phrase at ``start`` is the object of: "India and Sri Lanka issued a ..."."""
    at = bisect_right(pair_ends, start) - 1
    if at < 0 or not _SUBJECT_VERB.fullmatch(text, pair_ends[at], start):
        return None
    return pairs[at]


def _title_case(tokens: list[_Token]) -> bool:
    """True for a headline in title case: most of its longer words capitalised."""
    longer = [t for t in tokens if len(t.text) > 3 and t.text[:1].isalpha()]
    return len(longer) >= 3 and sum(t.text[:1].isupper() for t in longer) * 3 > len(longer) * 2


def _head_at(tokens, index, text, starts, match_at, words) -> tuple[int, str] | None:
    """(first token, kind) when the token ends a head noun ("talks", "joint statement") that no name holds."""
    token = tokens[index]
    if index in match_at or (token.text[:1].isupper() and token.start not in starts):
        return None  # a capitalised head is part of a name ("Visiting Forces Agreement"), found elsewhere
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following and _joined(text, token, following) and (following.text.lower() in words.heads or following.text in words.compounds):
        return None  # a modifier of the next head or noun: "sanctions resolution", "war machine"
    if following and _joined(text, token, following) and following.text[:1].isupper() and following.start not in starts:
        return None  # "the war Cabinet"
    low = token.text.lower()
    for size in (3, 2):  # the longest head first: "cessation of hostilities", "joint statement"
        first = index - size + 1
        if first >= 0 and all(_joined(text, tokens[i], tokens[i + 1]) for i in range(first, index)):
            several = " ".join(t.text.lower() for t in tokens[first : index + 1])
            if several in words.heads:
                return first, words.heads[several]
    return (index, words.heads[low]) if low in words.heads else None


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """Only spaces between two tokens: no punctuation ends the phrase."""
    return not text[left.end : right.start].strip()


def _before(tokens, first, text, starts, match_at, words, joined=None) -> tuple[list[int], set[str], list[str]]:
    """The words kept before the head, the qualifiers among them and the lowercase modifiers.

    ``joined`` holds, per token, the names after its first in a hyphenated pair ("US-Russia": Russia).
    """
    kept: list[int] = []
    qualifiers: set[str] = set()
    modifiers: list[str] = []
    described = False  # a word describing the thing was skipped: only a possessive names its party before it
    j = first - 1
    while j >= 0 and len(kept) < 6 and _joined(text, tokens[j], tokens[j + 1]):
        token, match = tokens[j], match_at.get(j)
        if _DESCRIBED.search(token.text):
            j -= 1  # "the US-brokered deal": who brokered it is no part of its name
            described = True
            continue
        if described and not token.possessive and (match is not None or token.text[:1].isupper()):
            break  # "Putin last week proposed direct negotiations": a name before the description is the sentence's subject
        if match is not None:
            if match.best.taxonomy not in QUALIFYING:
                break
            # "Beijing's infrastructure program": a capital's possessive is its government's, no event in the city
            capital = token.possessive and match.best.kind == "place" and match.best.taxonomy == "countries"
            qualifiers.add(f"countries:{match.best.key}" if capital else party(match))
            qualifiers.update(party(m) for m in (joined or {}).get(j, ()) if m.best.taxonomy in QUALIFYING)
            while j >= 0 and match_at.get(j) is match:
                kept.append(j)
                j -= 1
            if token.possessive:
                break  # "North Korea's nuclear test": a possessive opens the phrase
            continue
        low = token.base.lower()
        # A capitalised adjective names no party ("Ministerial talks") but inside a name it is part of it ("European
        # Political Community summit").
        in_name = bool(kept) and kept[-1] == j + 1 and tokens[j + 1].text[:1].isupper() and tokens[j + 1].base.lower() in qualifiers
        capital = token.text[:1].isupper() and token.start not in starts and (low not in words.not_names or in_name)
        if capital or YEAR.fullmatch(token.text):
            if low in words.not_modifiers:
                break
            qualifiers.add(low)
            kept.append(j)
            j -= 1
            if token.possessive:
                break
            continue
        if low in words.descriptive or _FIGURE.search(low):
            j -= 1  # "the latest nuclear test": described, not named
            described = True
            continue
        if low in _VERB_MARKERS and modifiers and kept[-1] == j + 1:
            kept.pop()  # "to broaden sanctions", "will sign deals": the word after "to" is a verb
            modifiers.pop()
            break
        adjacent = j == first - 1
        if low.endswith("ing") and j and re.search(r"[^s]s$", tokens[j - 1].text):
            break  # "asylum seekers fleeing war": an "-ing" after a plural is its verb
        if qualifiers or token.possessive or not _modifier(low, words, adjacent) or len(modifiers) == MAX_MODIFIERS:
            break  # a lowercase word before a name belongs to the sentence, not the phrase
        kept.append(j)
        modifiers.append(low)
        j -= 1
    return sorted(kept), qualifiers, modifiers


def _modifier(word: str, words: InitiativeWords, adjacent: bool) -> bool:
    """A lowercase word that can modify a noun: no function word, verb form or adverb ("-ing" only next to the head)."""
    if word in words.not_modifiers or not word.replace("-", "").isalpha():
        return False
    parts = word.split("-")  # "agreed-upon", "internationally-brokered": a verb form in any part
    if any(p.endswith(("ed", "ly")) for p in parts) or (word.endswith("ing") and (not adjacent or _verb_ing(word, words))):
        return False
    # A plural before a noun is rare ("arms embargo") and a verb common ("Washington weighs sanctions").
    return not re.search(r"[^su]s$", word) or word in words.plural_modifiers


#: Months as datelines abbreviate them, read as dates only with their stop ("Nov. 1"; "Jan Egeland" is a name).
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _month_abbreviation(token, text: str) -> bool:
    """True for a month's abbreviation with its stop: "Nov.", "Sept."."""
    word = token.text.rstrip(".")
    return word.lower() in _MONTH_ABBREVIATIONS and word[:1].isupper() and text.startswith(".", token.start + len(word))


def _verb_ing(word: str, words: InitiativeWords) -> bool:
    """True for the "-ing" form of a verb the vocabulary lists as no modifier: "lifting", "easing", "cutting" sanctions."""
    stem = word[:-3]
    return any(s in words.not_modifiers for s in (stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else stem))


def _after(tokens, index, text, starts, match_at, words) -> tuple[int, set[str]]:
    """Where the phrase ends, and the qualifier a preposition brings: "sanctions on North Korea"."""
    end = tokens[index].end
    k = index + 1
    if k + 1 < len(tokens) and tokens[k].text.lower() in words.skipped_before_complement and _joined(text, tokens[index], tokens[k]):
        k += 1  # "his first state visit abroad to India": the adverb says nothing of the party
    if k >= len(tokens) or not _joined(text, tokens[k - 1], tokens[k]) or tokens[k].text.lower() not in words.complements:
        return end, set()
    preposition = tokens[k].text.lower()
    k += 1
    if k < len(tokens) and tokens[k].text.lower() == "the":
        k += 1
    qualifiers: set[str] = set()
    last = None
    paired = False
    while k < len(tokens) and _joined(text, tokens[k - 1], tokens[k]):
        match = match_at.get(k)
        if tokens[k].base.lower() in DATE_WORDS and (match is None or match.best.kind == "surname") or _month_abbreviation(tokens[k], text):
            break  # "the summit in May", "talks on Monday", "talks on Nov. 1": a date, no place, nor Theresa May
        if match is not None:
            if match.best.kind == "demonym" and not qualifiers and words.heads.get(tokens[index].text.lower()) in words.demonym_targets:
                # "sanctions on Russian oil producers": a measure on a country's goods or firms is on that country
                return _demonym_target(tokens, k, text, match_at, words), {party(match)}
            if match.best.taxonomy not in QUALIFYING or match.best.kind == "demonym":
                break  # "talks with Sri Lankan President ...": the demonym qualifies the next noun
            following = next((i for i in range(k, len(tokens)) if match_at.get(i) is not match), len(tokens))
            nxt = tokens[following] if following < len(tokens) else None
            if (nxt and _joined(text, tokens[following - 1], nxt) and not tokens[following - 1].possessive
                    and nxt.text.isalpha() and nxt.text.lower() not in words.not_modifiers  # "sanctions on Iran Thursday" keep Iran
                    and (nxt.text[:1].isupper() or match.best.taxonomy == "regions" and _ADJECTIVE.search(match.text))):
                break  # "an initiative of the African Prosperity Network", "negotiations of African trade": no party, a word of something else
            qualifiers.add(party(match))
            while k < len(tokens) and match_at.get(k) is match:
                last, k = tokens[k], k + 1
        else:
            run = _capitalised_run(tokens, k, text, starts, match_at)
            if not run or any(tokens[i].base.lower() in words.not_modifiers for i in run):
                break  # "talks with Defense Secretary ...": a title, not a party
            if len(run) == 1 and PLURAL_ACRONYM.fullmatch(tokens[run[0]].text):
                break  # "a dialogue with CEOs", "talks with NGOs": a kind of people, not a party
            qualifiers.add(" ".join(tokens[i].base.lower() for i in run))
            last, k = tokens[run[-1]], run[-1] + 1
        if last.possessive or preposition != "between" or k >= len(tokens) or tokens[k].text != "and":
            break
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].text.lower() == "the" else 1  # "between India and Sri Lanka"
        paired = True
    if preposition == "between" and not paired:
        return end, set()  # "a thaw between the Gulf's two biggest powers": one name is no pair of parties
    return (last.end - (2 if last.possessive else 0), qualifiers) if last else (end, set())


def _demonym_target(tokens, k, text, match_at, words) -> int:
    """Where "Russian oil producers" ends: the demonym at token k and up to three lowercase words after it."""
    match = match_at[k]
    while k + 1 < len(tokens) and match_at.get(k + 1) is match:
        k += 1
    end = tokens[k].end
    for j in range(k + 1, min(k + 4, len(tokens))):
        low = tokens[j].text.lower()
        if j in match_at or not tokens[j].text.islower() or low in words.not_modifiers or not _joined(text, tokens[j - 1], tokens[j]):
            break
        end = tokens[j].end
    return end


def party_sort(qualifier: str) -> str:
    """The sort of party a qualifier is: a country, a city, an organisation, a person, or a name not known."""
    taxonomy = qualifier.partition(":")[0] if ":" in qualifier else "name"
    return "countries" if taxonomy == "regions" else taxonomy


def party(match: Match) -> str:
    """A known name as a qualifier: its key, but a city by its name ("talks in Riyadh" are not any talks with Saudi Arabia)."""
    if match.best.kind == "place":
        return "place:" + re.sub(r"^the\s+|['’]s$", "", match.text.lower())
    return f"{match.best.taxonomy}:{match.best.key}"


def _capitalised_run(tokens, k, text, starts, match_at) -> list[int]:
    """Up to four capitalised words from token k that no known name holds ("West Philippine Sea")."""
    run: list[int] = []  # a known name inside the run is part of it: "West PH Sea"
    while (k < len(tokens) and len(run) < 4 and (run or k not in match_at) and tokens[k].text[:1].isupper()
           and tokens[k].start not in starts and (not run or _joined(text, tokens[k - 1], tokens[k]))):
        run.append(k)
        if tokens[k].possessive:
            break
        k += 1
    return run


