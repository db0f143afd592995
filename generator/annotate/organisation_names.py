"""How a state's institution is named in full: a court after its country, an embassy by the country hosting it; and
the known name it explains in brackets."""
from __future__ import annotations

import re

from generator.annotate.matching import Match

#: Country names written with "the" inside another name: "Supreme Court of the Philippines", "... of the United States".
THE_COUNTRY_STARTS = ("United ", "Republic ", "Czech ", "Dominican ", "Central African ", "Democratic ", "Gambia")
THE_COUNTRY_ENDS = ("Islands", "Philippines", "Netherlands", "Maldives", "Bahamas", "Comoros", "Emirates")
#: A lowercase embassy that speaks or acts, maybe after its city: "the Chinese embassy in Bangkok said in a statement".
EMBASSY_ACTS = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+(?:said|says|told|stated|added|denied|confirmed|"
                          r"warned|urged|rejected|announced|issued|posted|spokes(?:man|woman|person)|statement)\b")


def court_name(rest: str, country: str | None) -> str | None:
    """'Supreme Court', 'Philippines' -> 'Supreme Court of the Philippines': how a country's courts are named."""
    if not country or not rest.endswith("Court") or " of " in rest:
        return None
    the = "the " if country.startswith(THE_COUNTRY_STARTS) or country.endswith(THE_COUNTRY_ENDS) else ""
    return f"{rest} of {the}{country}"


def host_end(text: str, end: int, matches: list[Match], head: str = "Embassy") -> int:
    """Where the host after an embassy or mission ends: a country "in" it ("Embassy in Indonesia"), an organisation a mission
    is "to" ("Mission to ASEAN", "Mission to the United Nations"); ``end`` when none follows."""
    # An embassy is named by its host, country or city, under the name the text gives it ("US Embassy in the USSR", "U.S.
    # Embassy in Havana"; a capital standing for its government is listed as a demonym).
    link = (" in the " if text.startswith(" in the ", end) else " in ") if head == "Embassy" else " to the " if text.startswith(" to the ", end) else " to "
    taxonomy, kinds = ("countries", ("name", "alias", "former", "place", "demonym")) if head == "Embassy" else ("organizations", ("name", "alias"))
    host = next((m for m in matches if m.best.taxonomy == taxonomy and m.best.kind in kinds and m.start == end + len(link)), None)
    return host.end if host and text.startswith(link, end) else end


#: A bracket opening right before an institution's name, after the name it explains: "the Milli Majlis (the ".
_GLOSS_OPENING = re.compile(r"\s*\((?:the\s+)?$")


def glossed(text: str, start: int, matches: list[Match]) -> str | None:
    """The known organisation an institution in brackets explains: 'the Milli Majlis (the Parliament of Azerbaijan)'."""
    opening = _GLOSS_OPENING.search(text, max(0, start - 8), start)
    return next((m.best.key for m in matches if opening and m.end == opening.start() and m.best.taxonomy == "organizations"), None)
