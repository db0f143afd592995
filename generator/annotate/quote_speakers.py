"""Who a quotation's attribution names: the clause after it ('," said Hayashi'), later in its sentence ('..., he
said.') or before it ('Hayashi said: "'), and whom a subject phrase there refers to ('he', a name, "the minister")."""
from __future__ import annotations

import re

from generator.annotate.quote_names import NameIndex, Person
from generator.annotate.quote_subjects import (
    NOT_DESCRIPTIONS,
    is_name_phrase,
    listed_subject,
    name_head,
    role_in,
    without_modifiers,
)
from generator.annotate.quote_text import (
    ACCORDING_PHRASES,
    AFTER,
    ASIDE,
    ASKED,
    ATTRIBUTION_VERB,
    CITED_AGENT,
    FOREIGN_PRONOUNS,
    LATER,
    OWN_WORDS,
    PRONOUN_BEFORE_VERB,
    PRONOUN_SUBJECT,
    QUOTED,
    QUOTING,
    RELATIVE,
    ROLE_REFERENCE,
    SENTENCE_AFTER,
)
from generator.annotate.roles import ROLE_NOUNS
from generator.annotate.vocabulary import alternation

#: A conjunction opening a new clause after a quote: its subject speaks the words that follow, not these.
CONTRAST = re.compile(r"(?:while|whereas|but|although|though)\s", re.I)
#: A conjunction opening a clause of its own subject inside a sentence: ", while the IDF say" (never ", while noting that":
#: a participle's subject is the sentence's).
_CONTRAST_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but|although|though)\s+(?=(?:the|a|an|his|her|its|their|this|these|those)\s|[A-Z])")
#: An adverb between a subject and its speech verb.
#: (Any adverb in "-ly" too, "Nielsen reportedly said", but the nouns a role phrase may end on, "the family".)
_ADVERB_AFTER = re.compile(r"(?:\s+(?:later|also|then|earlier|again|further|too|now|once"
                           r"|(?!(?:family|assembly|ally|rally|supply|reply|monopoly|anomaly)\b)[a-z]{3,}ly))+$")
#: The pronouns that name the nearest person.
_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _reference(phrase: str, names: NameIndex, nearest: Person | None) -> Person | None:
    """Who a subject phrase names: 'he' or 'she' (the nearest person), a name, or "the minister" (the nearest, by role)."""
    phrase = _ADVERB_AFTER.sub("", phrase.strip())  # "the American president later told": the adverb is no role word
    if phrase.lower() in _PRONOUNS:
        return nearest
    if phrase[:4].lower() == "the ":
        words = phrase.split()
        cut = next((i for i, w in enumerate(words) if i and w in NOT_DESCRIPTIONS), len(words))  # "the minister in an interview"
        if words[cut - 1][:1].islower():  # "the top U.S. diplomat", not "the Foreign Ministry"
            described = " ".join(words[:cut])
            return nearest if names.refers(described, nearest) else names.by_role(described)
    if not is_name_phrase(phrase):
        return names.by_role(phrase)
    found = names.resolve(phrase)
    if found is None and phrase[:4].lower() == "the ":  # "the Prime Minister wrote": a role in capitals, no name
        # '“...,” the Kentucky Republican said' after Republican Sen. Rand Paul's words: him
        return nearest if names.refers(phrase, nearest) or names.described(phrase, nearest) else names.by_role(phrase)
    return found


def speaker_after(tail: str, names: NameIndex, nearest: Person | None) -> tuple[bool, Person | None]:
    """Whether an attribution follows the quote, and whom it names: '..., he added' (the nearest person),
    '..., said Hayashi', '..., Professor Ueno said', '..., the minister said' (None for '..., the ministry said')."""
    # A title quoted in the speaker's apposition ('," Irene Sun, the author of “The Next Factory of the World,” a book
    # about ..., told VOA') is no end of the attribution: blanked, one space a character.
    match = AFTER.match(QUOTED.sub(lambda m: " " * len(m.group(0)), tail) if "“" in tail or '"' in tail else tail)
    if not match or SENTENCE_AFTER.match(tail):  # '... “a path to citizenship”. Raab said ...': a new sentence
        return False, None
    if match.group("pronoun") or match.group("dropped"):
        return True, nearest
    if match.group("subject"):
        if CONTRAST.match(match.group("subject")):
            return False, None  # '“... historic”, while Putin observed that “...”': a new clause, the next quote's speaker
        return True, _reference(match.group("subject"), names, nearest)
    if match.group("quoted"):
        return True, _reference(match.group("quoted"), names, nearest)
    if match.group("object").strip().lower() in _PRONOUNS | FOREIGN_PRONOUNS:  # "..., according to her", '", disse ele.'"
        return True, nearest
    said_by = without_modifiers(match.group("object"), names)
    found = _reference(said_by, names, None) or _reference(name_head(said_by), names, None)
    verb = tail[: match.start("object")].lower()
    if found is None and not any(phrase in verb for phrase in ACCORDING_PHRASES):
        found = _closing_name(said_by, names)  # "said observer and UK Independence Party member Richard Wood": the roles' name
    if found is None and match.group("apposition"):
        apposition = match.group("apposition").lstrip(", ")
        found = names.resolve(apposition) if is_name_phrase(apposition) else None  # '..., said the minister, Alexandre Silveira.'
    if found is None and match.group("object").strip()[:4].lower() == "the ":
        found = _reference(match.group("object"), names, nearest)
    return True, found


def speaker_later(rest: str, names: NameIndex, nearest: Person | None) -> tuple[bool, Person | None]:
    """Whether an attribution clause comes later in the quote's sentence ('..., “higher plane”, he said.'), and whom it names."""
    match = LATER.search(QUOTED.sub(" ", rest))
    if not match:
        return False, None
    return True, _reference(match.group("subject") or match.group("object"), names, nearest)


def speaker_before(clause: str, names: NameIndex, nearest: Person | None) -> Person | None:
    """'Hayashi said: “...' or 'Putin called Japan an “important partner”': the sentence's speaker."""
    if quoting := QUOTING.search(clause):
        return _reference(quoting.group("quoted"), names, nearest)  # none for someone unnamed ("an Israeli")
    if cited := CITED_AGENT.search(clause):
        return _reference(cited.group("agent"), names, nearest)  # 'described by Trump as “...”': the agent's words
    if asked := ASKED.match(clause.lstrip(" >")):
        clause = clause.lstrip(" >")[asked.end() :].lstrip(" ,")  # 'Asked whether he meant Blair, he replied:': not Blair
    verbs = list(ATTRIBUTION_VERB.finditer(clause))
    if not verbs and not clause.endswith(":"):
        return None
    if PRONOUN_SUBJECT.match(clause) or OWN_WORDS.search(clause):
        return nearest
    if not verbs:  # 'the prosecutor hesitated before clarifying: “...”': a name, else a role the article gives one person
        return (names.resolve(clause) or _labelled(clause, names)
                or role_in(clause, names, subject=True))  # not "After a while the secretary comes in:"
    # The subject of the first speech verb that has one: the name nearest before it ("Asked if ..., Mr. Jha said:",
    # "Abe said he and Putin ..., saying"), or "the minister" when it is the nearest person's role.
    begin = 0
    for verb in verbs:
        segment = without_modifiers(ASIDE.sub(" ", clause[begin : verb.start()]), names)
        # "Biden has questioned the figures, while the IDF say that “...”": the verb's subject is the new clause's
        segment = segment[max((m.end() for m in _CONTRAST_CLAUSE.finditer(segment)), default=0) :]
        found = names.resolve(segment, last=True)
        if found and begin == 0 and listed_subject(segment, names):
            return None  # "A, B and C said that “...”": the words are theirs together, no one's alone
        reference = ROLE_REFERENCE.search(segment)
        if found and reference and reference.group(1).split()[-1].lower() in ROLE_NOUNS:
            # "Shortly after Trump spoke, the senior Hamas official told the BBC": the role phrase is the subject
            return nearest if names.refers(reference.group(1), nearest) else names.by_role(reference.group(1))
        if reference and not found:
            found = nearest if names.refers(reference.group(1), nearest) else names.by_role(reference.group(1))
        if not found and begin == 0:  # "Russia's foreign minister dented hopes, telling NBC": the sentence's subject
            found = role_in(segment, names, subject=True)
        if not found and PRONOUN_BEFORE_VERB.search(segment):  # "In a speech on Tuesday, she said"
            found = nearest
        if found:  # "X highlighted plans for a zone, which “will attract investors”": the words are not X's
            relative = RELATIVE.search(clause, verb.end())
            if relative and relative.group(0).endswith("who") and ATTRIBUTION_VERB.search(clause, relative.end()):
                # "X was criticised by Y, the soldier's widow, who said “...”": the relative's own verb, its antecedent's
                # words: the name right before it, or before its apposition
                before = [" ".join(part.split()[-4:]) for part in clause[: relative.start()].split(",")[-2:]]
                return next((p for p in (names.resolve(part, last=True) for part in reversed(before)) if p), None)
            return None if relative else found
        begin = verb.end()
    rest = clause[begin:]
    if verbs[-1].group(0).lower() in ACCORDING_PHRASES:
        return names.resolve(rest)
    # A name right after the last verb ("said Hayashi:", "said the minister, Alexandre Silveira:"), never one in what was said.
    for part in rest.strip(" :").split(",")[:2]:
        if part.strip() and is_name_phrase(part):
            return names.resolve(part)
    return None


def _labelled(clause: str, names: NameIndex) -> Person | None:
    """The name a speaker's label gives before its role, as transcripts and interviews set one over or before the words
    ("MAIA SANDU, president of Moldova:", "Jane Roe, member of the committee:")."""
    if not clause.endswith(":") or "," not in clause:
        return None
    head = clause.split(",", 1)[0].strip(" >*_")
    if not head or len(head.split()) > 4:
        return None
    return names.resolve(head.title() if head.isupper() else head) if is_name_phrase(head.title() if head.isupper() else head) else None


#: Words before a name that make it the object of something else ("a senior adviser to Abbas"), never the speaker.
_BEFORE_OBJECT = frozenset({"to", "of", "for", "with", "by", "from", "at", "in", "on", "and", "or", "about", "against", "than"})


#: The most words a speaker's phrase of roles and a name runs to ("observer and UK Independence Party member Richard Wood").
_CLOSING_WORDS = 8


def _closing_name(phrase: str, names: NameIndex) -> Person | None:
    """The name that closes a speaker's phrase after lowercase role words ("observer and party member Richard Wood")."""
    words = phrase.split()
    if len(words) > _CLOSING_WORDS:  # "a statement from the ministry issued after the minister met leader John Lee": a clause
        return None
    for size in range(min(4, len(words) - 1), 0, -1):
        before = words[-size - 1]
        if all(w[:1].isupper() for w in words[-size:]) and before[:1].islower() and before not in _BEFORE_OBJECT:
            return names.resolve(" ".join(words[-size:]))
    return None


#: A name's possessive before what that person said or wrote: "General Chiwenga’s statement", "Eisenhower's words".
_OWNED_WORDS = re.compile(rf"(?P<name>(?:[A-Z][\w.\u2024-]*\s+){{0,3}}[A-Z][\w\u2024-]*)['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                          rf"(?:{alternation('speech_nouns')})\b")


def owner_of_words(clause: str, names: NameIndex) -> Person | None:
    """Whose words a clause before a quotation names by a possessive ("General Chiwenga’s statement ... makes reference to
    “...”"), while no one else is named after them."""
    owned = _OWNED_WORDS.search(clause)
    if owned is None or names.resolve(clause[owned.end() :]) is not None:
        return None
    return names.resolve(owned.group("name"))
