"""Quotes: curly and straight, speaker before or after, pronouns, continuation paragraphs, scare quotes."""
import pytest
from annotate_helpers import annotate


def quotes(*paragraphs):
    return [(q.speaker_name, q.text) for q in annotate(*paragraphs).quotes]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (("“We will sign the deal next week,” said Foreign Minister Anna Lindqvist.",),
         [("Anna Lindqvist", "We will sign the deal next week")]),
        (("Foreign Minister Anna Lindqvist said: “We will sign the deal next week.”",),
         [("Anna Lindqvist", "We will sign the deal next week.")]),
        (('Foreign Minister Anna Lindqvist arrived. "The talks were useful and long," she added.',),
         [("Anna Lindqvist", "The talks were useful and long")]),
        (("Foreign Minister Anna Lindqvist spoke first.", "“The talks were useful and we will meet again,” he said."),
         [("Anna Lindqvist", "The talks were useful and we will meet again")]),
        (("“The first part of a long statement goes here,” said Foreign Minister Anna Lindqvist.",
          "“And this paragraph continues what she was saying at length.”"),
         [("Anna Lindqvist", "The first part of a long statement goes here"),
          ("Anna Lindqvist", "And this paragraph continues what she was saying at length.")]),
    ],
)
def test_quote_speakers(paragraphs, expected):
    assert quotes(*paragraphs) == expected


def test_scare_quotes_and_quoted_titles_are_not_quotes():
    found = quotes("The so-called “special framework” is part of the ‘Manar’ initiative and the “Free and Open Indo-Pacific”.")
    assert found == []


def test_partial_quote_is_attributed_to_the_subject():
    found = quotes("Minister Anna Lindqvist called the deal an “important step forward for both sides” on Friday.")
    assert found == [("Anna Lindqvist", "important step forward for both sides")]


@pytest.mark.parametrize(("paragraphs", "speakers"), [
    (["Indian High Commissioner Santosh Jha spoke on Tuesday.",
      "Asked about the vessels, and following Mr. Dissanayake’s visit, Mr. Jha said: “We have not had any further discussions.”"],
     ["Santosh Jha"]),
    (["Wang Zhenmin, a senior official, spoke.",
      "Wang, who was recently a law dean in Beijing, said that it was \"very, very clear\" that officers could not \"do such things\" there."],
     ["Wang Zhenmin", "Wang Zhenmin"]),
    (["Prime Minister Shinzo Abe met President Vladimir Putin.",
      "Abe said he and Putin confirmed the two countries will work together, saying, “This is the stance shared by Japan and Russia.”"],
     ["Shinzo Abe"]),
    (["The accord was signed in Riyadh.", "“This is a historic day for our energy partnership,” said the minister, Alexandre Silveira."],
     ["Alexandre Silveira"]),
    (["Officials met in Riyadh.", "“We will keep working with partners on energy,” according to Alexandre Silveira, Brazil's energy minister."],
     ["Alexandre Silveira"]),
])
def test_speaker_is_the_subject_of_the_speech_verb(paragraphs, speakers):
    assert [q.speaker_name for q in annotate(*paragraphs).quotes] == speakers
