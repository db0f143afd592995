"""How a state's institution is named in full: a court after its country, an embassy by the country hosting it."""
from __future__ import annotations

from generator.annotate.matching import Match

#: Country names written with "the" inside another name: "Supreme Court of the Philippines", "... of the United States".
THE_COUNTRY_STARTS = ("United ", "Republic ", "Czech ", "Dominican ", "Central African ", "Democratic ", "Gambia")
THE_COUNTRY_ENDS = ("Islands", "Philippines", "Netherlands", "Maldives", "Bahamas", "Comoros", "Emirates")


def court_name(rest: str, country: str | None) -> str | None:
    """'Supreme Court', 'Philippines' -> 'Supreme Court of the Philippines': how a country's courts are named."""
    if not country or not rest.endswith("Court") or " of " in rest:
        return None
    the = "the " if country.startswith(THE_COUNTRY_STARTS) or country.endswith(THE_COUNTRY_ENDS) else ""
    return f"{rest} of {the}{country}"


def host_end(text: str, end: int, matches: list[Match]) -> int:
    """Where "in" and a country's name after an embassy end ("Embassy in Indonesia"); ``end`` when no country follows."""
    host = next((m for m in matches if m.best.taxonomy == "countries" and m.best.kind == "name" and m.start == end + 4), None)
    return host.end if host and text.startswith(" in ", end) else end
