"""The taxonomies: every entity kind is one of these, handled by the same code."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """One entity kind: its name, titles and the folder its pages live in."""

    name: str  # also the URL folder and the knowledge-base file stem
    title: str
    singular: str
    description: str


COUNTRIES = Taxonomy("countries", "Countries", "Country", "States and territories, by ISO 3166-1 code.")
INITIATIVES = Taxonomy(
    "initiatives", "Initiatives", "Initiative",
    "Programmes, agreements, plans, dialogues, forums and disputes.",
)
PEOPLE = Taxonomy("people", "People", "Person", "People named in the briefs, with the roles the briefs give them.")
ORGANIZATIONS = Taxonomy("organizations", "Organisations", "Organisation", "Blocs, international bodies, agencies and companies.")
REGIONS = Taxonomy("regions", "Regions", "Region", "Regions named in the briefs; kept apart from countries.")
OUTLETS = Taxonomy("outlets", "Outlets", "Outlet", "Who published the articles, with ownership.")
RELATIONS = Taxonomy(
    "relations", "Relations", "Relation",
    "Pairs of countries that briefs discuss together, in the same sentence, each more than in passing.",
)

#: In page and navigation order. Adding an entity kind starts here (see ARCHITECTURE.md).
TAXONOMIES: tuple[Taxonomy, ...] = (COUNTRIES, RELATIONS, INITIATIVES, PEOPLE, ORGANIZATIONS, REGIONS, OUTLETS)
BY_NAME = {t.name: t for t in TAXONOMIES}
#: When one alias names terms of several taxonomies, the earlier taxonomy here wins.
ALIAS_PRIORITY = ("initiatives", "organizations", "outlets", "people", "countries", "regions")
