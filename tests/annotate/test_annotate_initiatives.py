"""Initiative discovery: agreements, plans, talks and projects the knowledge base does not know."""
import pytest
from annotate_helpers import annotate

from generator.annotate.initiative_discovery import discover_initiatives, named_projects


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Ministers launched the Blue Ocean Initiative in Lisbon.",
                     [("blue-ocean-initiative", "Blue Ocean Initiative")], id="initiative noun"),
        pytest.param("Officials backed the ‘Green Bridge’ initiative last year.",
                     [("green-bridge-initiative", "Green Bridge initiative")], id="quoted programme"),
        pytest.param("They proposed a 10-point peace plan for the region.",
                     [("ten-point-peace-plan", "Ten-point peace plan")], id="n-point plan"),
        pytest.param("A free trade agreement between the Gulf Cooperation Council and Japan is near.",
                     # The en dash drops out of the key: slugify does not treat it as a separator (today's behaviour).
                     [("gulf-cooperation-counciljapan-free-trade-agreement",
                       "Gulf Cooperation Council–Japan free trade agreement")], id="free trade agreement between two parties"),
        pytest.param("Work on the Kano-Maradi railway resumed this week.",
                     [("kano-maradi-railway", "Kano-Maradi railway")], id="named project"),
        pytest.param("The Visiting Forces Agreement allows the drills.",
                     [("visiting-forces-agreement", "Visiting Forces Agreement")], id="title-case agreement"),
        pytest.param("The US-brokered deal collapsed.", [], id="a description is not a name"),
        pytest.param("Manila spent on a P8.8-billion program of new ships.", [], id="a figure is not a name"),
    ],
)
def test_discover_initiatives(text, expected):
    mentions, discoveries, _ = discover_initiatives([(0, text)], {})
    assert [(d.taxonomy, d.key, d.name) for d in discoveries] == [("initiatives", k, n) for k, n in expected]
    assert [(m.taxonomy, m.key, m.surface, m.block) for m in mentions] == [("initiatives", k, n, 0) for k, n in expected]


def test_a_knowledge_base_term_wins_over_a_discovery():
    notes = annotate("They proposed a 10-point peace plan for the region.")
    assert [d.key for d in notes.discoveries if d.taxonomy == "initiatives"] == []
    assert {m.key for m in notes.mentions if m.taxonomy == "initiatives"} == {"ukraine-peace-formula"}


def test_named_projects():
    text = "Work on the Kano-Maradi railway resumed, and the Zangezur corridor too. The railway is long."
    assert named_projects(text) == [(12, 31, "Kano-Maradi railway"), (49, 66, "Zangezur corridor")]
