"""Who a clause names as its subject: the speaker of a quote that no verb of speech attributes, and name phrases."""
from __future__ import annotations

import re
from bisect import bisect_right

from generator.annotate.name_shapes import PARTICIPLE
from generator.annotate.quote_names import LEADER, NAMED_BODIES, NameIndex, Person
from generator.annotate.quote_text import ATTRIBUTION, ROLE_OPENER, SUBJECT_OF_VERB
from generator.annotate.roles import PARTICLES, ROLE_NOUNS, SPEECH_VERBS

#: How far back from a quote the attribution clause is read; keeps many quotes in one paragraph linear.
CLAUSE_CHARS = 300

#: Lowercase words a name phrase may hold after its first capitalised word ("Minister of Foreign Affairs").
NAME_CONNECTORS = {"of", "the", "for", "and", "on", "to"} | PARTICLES
#: Lowercase words that end a description before a name ("a diplomat close to Obama" is not Obama).
NOT_DESCRIPTIONS = {"to", "with", "from", "by", "at", "on", "in", "near", "about", "for", "of", "that", "who", "and", "but"}
#: An opening phrase and its comma before a sentence's subject: "At the outset of his speech, ", "Earlier today, ".
_OPENING = re.compile(r"(?:[A-Z][^,;:“”\"]{0,60},\s+)?")
#: A verb of deed after the subject, not "to be" ("He is scheduled to attend an event aimed at “...”": whose words?).
_DEED = r"\s+(?:also\s+|then\s+|later\s+|again\s+)?(?!(?:is|was|are|were|will|would|be|been|being|and|or|of|(?:has|have|had)\s+been)\b)[a-z]"
#: "he" or "she" and the verb after it: "He also felicitated".
_PRONOUN = re.compile(rf"(?:[Hh]e|[Ss]he){_DEED}")
#: "the premier" and the verb after it: a role noun after "the" and up to three words.
_THE_ROLE = re.compile(rf"[Tt]he\s+((?:[\w\u2024.’'-]+\s+){{0,3}}?)([\w-]+){_DEED}")
#: "the American president" and the verb after it, a role noun as the phrase's last word (no name after it).
_ROLE_SUBJECT = re.compile(rf"[Tt]he\s+((?:[\w\u2024.’'-]+\s+){{0,3}}?)((?i:{'|'.join(sorted(map(re.escape, ROLE_NOUNS), key=lambda w: (-len(w), w)))})){_DEED}")
#: Forms of "to be" and auxiliaries that make no deed of the subject's.
_BE = frozenset({"is", "was", "are", "were", "will", "would", "be", "been", "being"})
#: The passive of quoting after the subject: "was further quoted by the state department as denouncing".
_QUOTED_AS = re.compile(r"(?:is|was)\s+(?:\w+\s+)?quoted\b")
#: A relative clause: the words after it describe someone or something else.
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b")


def is_name_phrase(phrase: str) -> bool:
    """True when a phrase is a name with its title, perhaps after a short description ("school teacher Elena Gonzalez")."""
    words = phrase.replace(LEADER, ".").split()
    if words[:1] and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    capitalised = [w[:1].isupper() for w in words]
    if not words or not capitalised[-1] or len(words) > 10:
        return False
    first = capitalised.index(True)
    described = [w.lower() for w in words[:first] if w.lower().rstrip(",") not in ROLE_NOUNS]
    if len(described) > 2 or NOT_DESCRIPTIONS.intersection(described):
        return False
    # A lowercase word after a role noun and "of" is the role's ("White House chief of staff Denis McDonough").
    return all(cap or w in NAME_CONNECTORS or w.lower() in ROLE_NOUNS
               or i > first + 1 and words[i - 1] == "of" and words[i - 2].lower() in ROLE_NOUNS
               for i, (w, cap) in enumerate(zip(words, capitalised)) if i >= first)


#: A sentence closing on its speaker after a comma: "..., says Aaron Zelin of the Washington Institute, a think-tank."
_CLOSING_SPEAKER = re.compile(rf",\s+(?:{SPEECH_VERBS})\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}})")


def previous_speaker(sentence: str, names: NameIndex, nearest: Person | None) -> Person | None:
    """Whose is a quotation opening the sentence after this one: the speaker this sentence closes on ('..., says Aaron
    Zelin of the Washington Institute. “He’s been trying to shut them down.”'), else its subject."""
    closing = _CLOSING_SPEAKER.search(sentence)
    return (names.resolve(closing.group("name")) if closing else None) or subject_speaker(sentence, names, nearest)


def subject_speaker(clause: str, names: NameIndex, nearest: Person | None) -> Person | None:
    """The person a clause opens on, before its verb: "He felicitated ..." (the nearest person), "the premier thanked
    ..." (the one person of that role), "PM Shehbaz extended ..."; the quotes of a sentence no verb of speech
    attributes are its subject's words. None for a relative clause, a possessive, a body or no one."""
    if _RELATIVE.search(clause):
        return None  # "X highlighted plans for a zone, which “will attract investors”": the zone's, not X's words
    rest = clause[_OPENING.match(clause).end() :]  # type: ignore[union-attr]
    if _PRONOUN.match(rest):
        return nearest
    role = _THE_ROLE.match(rest)
    if role and role.group(2).lower() in ROLE_NOUNS:
        phrase = f"the {role.group(1)}{role.group(2)}"
        found = nearest if names.refers(phrase, nearest) else names.by_role(phrase)
        if found:
            return found
    return _named_subject(clause, names)  # "the CEO, Ralph Mupita, welcomed": the name in apposition to the role


def role_subject(plain: str, sentence_starts: list[int], end: int) -> str | None:
    """The role phrase the last sentence before ``end`` opens on as its subject, with no name ("Hours later, the
    American president held a press conference."): whom a "he" after it means, rather than a person named before."""
    for start in reversed([s for s in sentence_starts if s < end]):
        rest = plain[start:end]
        rest = rest[_OPENING.match(rest).end() :]  # type: ignore[union-attr]
        if _PRONOUN.match(rest):
            continue  # "He announced ...": the sentence before says who
        role = _ROLE_SUBJECT.match(rest)
        return f"the {role.group(1)}{role.group(2)}" if role and role.group(2).lower() in ROLE_NOUNS else None
    return None


def _named_subject(clause: str, names: NameIndex) -> Person | None:
    """The first person named right before a verb, at the clause's start or after a comma: "PM Shehbaz extended ...",
    "Speaking in Kigali, the CEO, Ralph Mupita, welcomed ..." (an apposition's closing comma before the verb)."""
    parts = [part.strip() for part in clause.split(",")]
    for i, part in enumerate(parts):
        words = part.split()
        verb = next((j for j, w in enumerate(words) if w[:1].islower() and w.lower() not in ROLE_NOUNS and w not in NAME_CONNECTORS), None)
        if verb is None and i + 1 < len(parts) and parts[i + 1][:1].islower() and parts[i + 1].split()[0] not in _BE | {"has", "had"}:
            phrase = part  # "Ralph Mupita, welcomed": the name closes its apposition
        elif verb and words[verb].strip(".;:") in NAMED_BODIES:
            continue  # "the Trump administration reinstated": a body named after the person
        elif verb and (words[verb] not in _BE and words[verb + 1 : verb + 2] != ["been"]  # "X has been eliminated from “...”"
                       or _QUOTED_AS.match(" ".join(words[verb:]))):  # "Rubio was further quoted by the department as ..."
            phrase = " ".join(words[:verb])
        else:
            continue
        found = names.resolve(phrase) if phrase[-1:].isalpha() and is_name_phrase(phrase) else None
        if found:  # never a possessive ("Tusk's draft"), a body or a place, nor one of a list ("A and B discussed")
            return None if listed_subject(phrase, names) else found
    return None


#: What joins the names of a list: a comma, "and".
_LIST_PARTS = re.compile(r",|\band\b")


def listed_subject(segment: str, names: NameIndex) -> bool:
    """True when a clause opens on a list of two people or more ("A, B and C said"), not on an opening phrase
    ("Speaking after meeting Putin and Xi, Modi said"): what they said is no one's alone."""
    segment = _AUXILIARIES.sub("", segment.rstrip())  # "Xi Jinping and Vladimir Putin have described"
    if " and " not in segment:
        return False
    parts = [part.strip() for part in _LIST_PARTS.split(segment) if part.strip()]
    if parts and not is_name_phrase(parts[0]) and " and " in segment[segment.find(",") + 1 :]:
        # "In the past, Xi and Putin have described": past an opening phrase, which holds none of the list
        parts = [part.strip() for part in _LIST_PARTS.split(segment[segment.find(",") + 1 :]) if part.strip()]
    if not parts or not is_name_phrase(parts[0]):
        return False
    return len({names.resolve(part) for part in parts if is_name_phrase(part)} - {None}) >= 2


#: Auxiliaries and adverbs between a list of subjects and their verb.
_AUXILIARIES = re.compile(r"(?:\s+(?:have|has|had|both|also|jointly|together|all))+$")


#: A name as a noun's modifier after an article: "a (former) Trump administration official", "the Biden White House aide".
_MODIFIER_NAME = re.compile(rf"\b((?:[Aa]n?|[Tt]he)\s+(?:(?!(?:{ATTRIBUTION})\b)[a-z][\w-]*\s+){{0,2}})((?:[A-Z][\w’'.-]*\s+){{1,3}})"
                            rf"(?=(?!(?:{'|'.join(sorted(NOT_DESCRIPTIONS))}|as|also|has|had|was|is|{ATTRIBUTION})\b)[a-z])")


def without_modifiers(phrase: str, names: NameIndex) -> str:
    """The phrase with each person's name that only qualifies a noun blanked out: "a Trump administration official" is
    no Trump ("the Russian leader" keeps its country)."""
    return _MODIFIER_NAME.sub(lambda m: m.group(1) + (" " * len(m.group(2)) if names.resolve(m.group(2)) else m.group(2)), phrase)


def name_head(phrase: str) -> str:
    """A phrase up to the end of its first name: 'an evidently frustrated Emmanuel Macron in Germany' -> '... Emmanuel Macron'."""
    words = phrase.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    end = first
    while end < len(words) and (words[end][:1].isupper() or words[end] in NAME_CONNECTORS):
        end += 1
    while end > first and words[end - 1] in NAME_CONNECTORS:
        end -= 1
    return " ".join(words[:end])


def role_in(clause: str, names: NameIndex, subject: bool = False) -> Person | None:
    """The person the first definite role phrase of a clause names ("the prosecutor", "Russia's foreign minister");
    with ``subject``, only a phrase opening the clause or one of its comma-separated parts."""
    for opener in ROLE_OPENER.finditer(clause):
        if subject and clause[: opener.start()].strip() and not clause[: opener.start()].rstrip().endswith(","):
            continue
        following = clause[opener.end() : opener.end() + 60].split()[:4]
        for size, word in enumerate(following, 1):
            if word.strip(",.;:").lower() in ROLE_NOUNS:
                found = names.by_role(opener.group(0) + " ".join(following[:size]).strip(",.;:"))
                if found:
                    return found
                break
    return None


def possessive(text: str, end: int) -> bool:
    """True when the name ending at ``end`` is a possessive ("Trump's")."""
    return text[end : end + 2] in ("'s", "’s")


#: Capitalised words (a role, a title) before a name opening its sentence, after an opening phrase and its comma
#: ("Earlier today, PM Shehbaz extended ...": the subject, whom a later "he" means).
_SUBJECT_PREFIX = re.compile(r"^(?:[A-Z][^,;“”\"]{0,40},\s+)?(?:[A-Z][\w’'.\u2024-]*,?\s+)*$")


#: A preposition right before a name: the name is its object ("an adviser to Obama"), never a sentence's subject.
_OBJECT_OF = re.compile(r"\b(?:to|of|for|with|by|from|under|against)\s+$")


def subject_rank(text: str, offset: int, name: str, sentence_starts: list[int]) -> int:
    """How likely a later 'he' means this person: 2 for the subject of a sentence or a speech verb, 1 for a
    possessive opening a sentence ("Abe's wording ..."), 0 for any other mention."""
    end = offset + len(name)
    if _OBJECT_OF.search(text, max(0, offset - 8), offset):
        return 0  # "Gavin, an adviser on Africa to Obama, said": the end of an apposition, not the verb's subject
    if SUBJECT_OF_VERB.match(text, end, end + 200):
        return 2
    start = sentence_starts[bisect_right(sentence_starts, offset) - 1]
    if PARTICIPLE.fullmatch(text[start:offset].strip()):
        return 0  # "Addressing Aliyev, the premier thanked him": the participle's object, not the sentence's subject
    if offset - start <= CLAUSE_CHARS and _SUBJECT_PREFIX.match(text[start:offset]):
        return 1 if possessive(text, end) else 2
    return 0
