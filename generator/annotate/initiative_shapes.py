"""Initiatives named by a fixed shape of words: numbered UN resolutions and General Assembly sessions, military exercises,
a truce by its length, a state's bids to join a body, its accession to one and its turn chairing one."""
from __future__ import annotations

import re

from generator.annotate.matching import Match

#: Words that never open an exercise's code name: "Exercise In ..." is a title-case headline's.
_NOT_A_CODE_NAME = r"(?:The|A|An|In|On|At|Of|For|And|To|By|With|Caution|Restraint|Patience|Care|Is|Was|Can|May)\b"
#: A named military exercise: "Exercise Flintlock", "Exercise Pitch Black".
_EXERCISE = re.compile(rf"\bExercise(?:\s+(?!{_NOT_A_CODE_NAME})[A-Z][\w'’-]*){{1,3}}")
#: A Security Council resolution by its number: "resolution 2202", "UN Security Council Resolution 1701".
_RESOLUTION = re.compile(r"\b(?P<body>(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Security\s+Council\s+)?)[Rr]esolution\s+(?:No\.\s*)?(?P<n>\d{3,4})\b(?!\s*(?:%|km|people|votes))")
#: The Security Council written without the UN's name before it.
_BARE_COUNCIL = re.compile(r"(?<!UN )(?<!U\.N\. )(?<!Nations )\bSecurity\s+Council\b")
#: A body that needs the Security Council near its numbered resolution: a parliament numbers its own too.
_COUNCIL = re.compile(r"\bSecurity\s+Council\b|\bUNSC\b|\bU\.?N\.?\s+[Rr]esolution")
#: The name of a body a state bids to join: up to six capitalised words linked by "of", "for" or "and", never the next
#: state's ("the Commonwealth and Chile's bid").
_BODY = r"(?P<the>the\s+)?(?P<body>[A-Z][\w.&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w.&-]*(?![\w.&-]*['’]s\b)){0,5})"
#: A state's bid to join a body: "Thailand's bid to join Brics", "Ukraine's bid for membership of the EU".
_BID = re.compile(
    rf"\b(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)['’]s\s+(?:(?:formal|official|long-standing|longstanding|stalled|renewed|"
    rf"application|accession)\s+)?(?:bid|application|drive)\s+(?:to\s+(?:join|enter|become\s+(?:a\s+)?(?:full\s+)?member\s+of)|"
    rf"for\s+(?:full\s+)?membership\s+(?:of|in))\s+{_BODY}"
)
#: A state's bid for a body named before it, an acronym unless "membership" says so: "Ukraine's NATO membership bid",
#: "New Zealand's UN Security Council bid", "Indonesia's G20 presidency" ("Japan's Olympic bid" is no body's).
_BODY_BID = re.compile(
    r"\b(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)['’]s\s+(?:(?P<acronym>[A-Z][A-Z\d]+\b[\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})|"
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+(?:membership|accession))\s+(?:bid|application|candidacy|presidency|chairmanship|chairship)\b"
)
#: A state's candidacy for a body or a seat on it: "Thailand's candidacy for the UN Human Rights Council".
_SEAT_BID = re.compile(
    rf"\b(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)['’]s\s+(?:(?:candidacy|candidature)\s+for|(?:bid|campaign)\s+for\s+a\s+"
    rf"(?:non-permanent\s+|permanent\s+)?seat\s+on)\s+{_BODY}"
)
#: A state that joins a body, "Sweden joins NATO", "Finland joined Nato", is its accession to it ("joining" may be a plan).
_JOINED = re.compile(rf"\b(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:formally\s+|officially\s+)?(?:joins|joined)\s+{_BODY}")
#: A state's accession to a body: "Sweden's accession to NATO", "China's WTO accession".
_ACCESSION = re.compile(
    rf"\b(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)['’]s\s+(?:accession\s+to\s+{_BODY}|[A-Z][A-Z\d]+\b[\w.&-]*\s+accession\b(?!\s+(?:bid|application|candidacy)\b))"
)
#: A bid's name: it belongs to the country before its "'s".
_A_BID = re.compile(r"['’]s\s.*\b(?:bid|application|candidacy|candidature|campaign|presidency|chairmanship|chairship|accession)\b")
#: A numbered session of the UN General Assembly: "the 79th session of the UN General Assembly", "79th Session of UNGA",
#: "the 72nd annual meeting of the UN General Assembly", "the 80th UN General Assembly" (the UN named: no other body's assembly).
_UN_ASSEMBLY = r"(?:(?:UN|U\.N\.|United\s+Nations)\s+General\s+Assembly|UNGA)"
_SESSION = re.compile(rf"\b(?P<n>\d{{2}}(?:st|nd|rd|th))\s+(?:(?:(?:annual|regular)\s+)?(?:[Ss]ession|meeting)\s+of\s+(?:the\s+)?"
                      rf"(?:General\s+Assembly|{_UN_ASSEMBLY})|{_UN_ASSEMBLY})\b")

#: A truce named by its length alone, as proposals for one are: "a 30-day ceasefire", "the 60-day truce". One its parties
#: or place name ("Gaza's 60-day truce", "a 42-day ceasefire in Gaza") is left to the phrases, which name it by them.
_TIMED_TRUCE = re.compile(r"\b(?P<n>\d{1,3})-(?P<unit>hour|day|week|month)\s+"
                          r"(?:(?:full|complete|temporary|unconditional|humanitarian)\s+)?(?P<noun>ceasefire|cease-fire|truce)\b"
                          r"(?!\s+(?:in|between|with|for|on|across|along)\s+(?:the\s+)?[A-Z])", re.I)
#: The word before such a truce when it names a party or place: capitalised, but no article ("A 30-day ceasefire began").
_PARTY_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:A|An|The)\s)[A-Z][\w'’.-]*\s+$")


def shaped_initiatives(text: str, title_case: bool = False) -> list[tuple[str, int, int]]:
    """(name, start, end) of the exercises, resolutions and bids a paragraph names by their fixed shapes.

    A ``title_case`` headline capitalises every word, so "Exercise" there opens no code name ("Exercise Programs Could Help").
    """
    found: list[tuple[str, int, int]] = []
    for match in _EXERCISE.finditer(text) if "Exercise " in text and not title_case else ():
        found.append((match.group(0), *match.span()))
    if "esolution " in text and _COUNCIL.search(text):
        for match in _RESOLUTION.finditer(text):
            # Named by the body as the text writes it ("Security Council resolution 2202"), before the number or elsewhere.
            body = " ".join(match.group("body").split()) or _council_named(text)
            found.append((f"{body} Resolution {match.group('n')}", *match.span()))
    if "bid" in text or "application" in text:
        for match in _BID.finditer(text):
            body = match.group("body").rstrip(".")
            the = match.group("the") or ""
            found.append((f"{match.group('state')}'s bid to join {the}{body}", match.start(), match.start("body") + len(body)))
    for match in _TIMED_TRUCE.finditer(text) if "-" in text else ():
        if not _PARTY_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            found.append((" ".join(match.group(0).lower().split()), *match.span()))
    for match in _JOINED.finditer(text) if " joine" in text or " joins " in text else ():
        found.append((f"{match.group('state')}'s accession to {match.group('body')}", match.start(), match.end("body")))
    for match in _SESSION.finditer(text) if "General Assembly" in text or "UNGA" in text else ():
        # One name however the assembly is written, so the corpus's articles on one session make one term.
        found.append((f"{match.group('n')} session of the UN General Assembly", *match.span()))
    if "bid" in text or "candida" in text or "presiden" in text or "chair" in text or "accession" in text:
        for match in (*_BODY_BID.finditer(text), *_SEAT_BID.finditer(text), *_ACCESSION.finditer(text)):
            found.append((" ".join(match.group(0).rstrip(".").split()), match.start(), match.start() + len(match.group(0).rstrip("."))))
    return found


def _council_named(text: str) -> str:
    """The Security Council as the paragraph names it: "Security Council", or the UN's when the UN's name is written."""
    return "Security Council" if _BARE_COUNCIL.search(text) else "UN Security Council"


def bid_of_state(name: str, start: int, text: str, inside: list[Match]) -> tuple[str, int] | None:
    """The bid's name and start, from the country that owns it; None when no country does ("Apple's bid to join ...")."""
    if not _A_BID.search(name):
        return name, start
    owners = [m for m in inside if m.best.taxonomy == "countries" and text.startswith(("'s", "’s"), m.end)]
    if not owners and not re.search(r"['’]s\s", text[start : inside[-1].end if inside else start]):
        # "Sweden joins NATO": a country, then a known body it joins
        owners = [m for m in inside[:1] if m.best.taxonomy == "countries" and m.start == start and m.best.kind != "demonym"]
        if not any(m.best.taxonomy == "organizations" for m in inside[1:]):
            return None
    if not owners:
        return None
    owner = owners[0]
    return owner.text + name[re.search(r"['’]s\s", name).start():], owner.start


def holds_a_body(name: str) -> bool:
    """True for a name a bid's or a session's shape gives: the body in it may be an organisation, as a phrase's party may."""
    return bool(_A_BID.search(name) or _SESSION.fullmatch(name))
