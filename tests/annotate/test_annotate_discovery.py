"""Discovery: organisations and initiatives the knowledge base does not know, found by the shape of their names."""
import pytest
from annotate_helpers import annotate

from generator.annotate.discovery import discover, named_projects
from generator.model import Discovery, Mention


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Harbour Development Agency approved the plan on Monday.",
                     [("organizations", "harbour-development-agency", "Harbour Development Agency")], id="organisation noun"),
        pytest.param("Ministers launched the Blue Ocean Initiative in Lisbon.",
                     [("initiatives", "blue-ocean-initiative", "Blue Ocean Initiative")], id="initiative noun"),
        pytest.param("The Council for Economic Development (CED) met in Nairobi.",
                     [("organizations", "council-for-economic-development", "Council for Economic Development")], id="name with acronym"),
        pytest.param("Officials backed the ‘Green Bridge’ initiative last year.",
                     [("initiatives", "green-bridge-initiative", "Green Bridge initiative")], id="quoted programme"),
        pytest.param("They proposed a 10-point peace plan for the region.",
                     [("initiatives", "ten-point-peace-plan", "Ten-point peace plan")], id="n-point plan"),
        pytest.param("A free trade agreement between the Gulf Cooperation Council and Japan is near.",
                     # The en dash drops out of the key: slugify does not treat it as a separator (today's behaviour).
                     [("initiatives", "gulf-cooperation-counciljapan-free-trade-agreement",
                       "Gulf Cooperation Council–Japan free trade agreement")], id="free trade agreement between two parties"),
        pytest.param("Work on the Kano-Maradi railway resumed this week.",
                     [("initiatives", "kano-maradi-railway", "Kano-Maradi railway")], id="named project"),
        pytest.param("The Foreign Ministry declined to comment.", [], id="generic words make no name"),
        pytest.param("The US-brokered deal collapsed.", [], id="a description is not a name"),
    ],
)
def test_discover(text, expected):
    mentions, discoveries = discover([(0, text)], {})
    assert [(d.taxonomy, d.key, d.name) for d in discoveries] == expected
    assert [(m.taxonomy, m.key, m.surface, m.block) for m in mentions] == [(t, k, n, 0) for t, k, n in expected]


def test_discovery_keeps_the_sentence_as_evidence():
    text = "Talks went on. The Harbour Development Agency approved the plan."
    sentence = "The Harbour Development Agency approved the plan."
    assert discover([(2, text)], {}) == (
        [Mention("organizations", "harbour-development-agency", "Harbour Development Agency", 2, sentence)],
        [Discovery("organizations", "harbour-development-agency", "Harbour Development Agency", sentence)],
    )


@pytest.mark.parametrize(
    "text, discovered, known",
    [
        pytest.param("The Soviet Union collapsed in 1991.", [], set(), id="a whole name that is a country is not new"),
        pytest.param("They proposed a 10-point peace plan for the region.", [], {("initiatives", "ukraine-peace-formula")},
                     id="a knowledge-base term wins over a discovery"),
        pytest.param("The Harbour Development Agency approved the plan on Monday.",
                     [("organizations", "harbour-development-agency")], {("organizations", "harbour-development-agency")},
                     id="unknown name: discovered and mentioned"),
    ],
)
def test_discovery_in_the_annotator(text, discovered, known):
    notes = annotate(text)
    assert [(d.taxonomy, d.key) for d in notes.discoveries] == discovered
    assert {(m.taxonomy, m.key) for m in notes.mentions if m.taxonomy in ("organizations", "initiatives")} == known


def test_named_projects():
    text = "Work on the Kano-Maradi railway resumed, and the Zangezur corridor too. The railway is long."
    assert named_projects(text) == [(12, 31, "Kano-Maradi railway"), (49, 66, "Zangezur corridor")]


@pytest.mark.parametrize(("text", "found"), [
    ("Fighters of the al-Nusra Front attacked the town.", [("organizations", "al-Nusra Front")]),
    ("The Britain-based Syrian Observatory for Human Rights said so.", [("organizations", "Syrian Observatory for Human Rights")]),
    ("Manila spent on a P8.8-billion program of new ships.", []),
    ("The Visiting Forces Agreement allows the drills.", [("initiatives", "Visiting Forces Agreement")]),
])
def test_discovered_names_without_descriptions_or_figures(text, found):
    from generator.annotate.discovery import discover

    mentions, _ = discover([(0, text)], {})
    assert [(m.taxonomy, m.surface) for m in mentions] == found
