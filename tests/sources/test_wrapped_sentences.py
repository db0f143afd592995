"""A long line stopping on an open word in lower case over the line that finishes its sentence is a hard-wrapped
sentence, never a headline opening another article; a headline over its dek still opens one."""
from __future__ import annotations

import pytest

from generator.model import SourceDocument
from generator.sources.splitting import split_articles

PARAGRAPH = ("Missile weapons with a range of about five to eight thousand kilometres that really pose a threat to Europe "
             "do not exist in any of the so-called problem countries, and this is not even foreseeable.")
BEFORE = ("And any hypothetical launch of, for example, a rocket to American territory through western Europe obviously "
          "contradicts the laws of ballistics, as we say in our country, and everybody knows it.")
AFTER_TOO = ("Our army is leaving the region, even according to an accelerated schedule, and we resolved the problems we had "
             "with our colleagues there, as everybody knows, so the last servicemen will leave this year.")
THIRD = ("Seven years have passed and only four states have ratified this document, including our own, while the others "
         "openly declared that they will not ratify it until the bases are removed.")
AFTER = ("The Adapted Treaty was signed in 1999. It took into account a new geopolitical reality, namely the elimination "
         "of the Warsaw bloc, and only four states have ratified this document since then.")


def _articles(text: str) -> list:
    return split_articles(SourceDocument(path="speech.txt", text=text, meta={}))


@pytest.mark.parametrize("cut, end", [
    ("And here in Germany I cannot help but mention the pitiable condition of the Treaty on", "Conventional Armed Forces in Europe."),
    ("We have always said that the decision on the treaty lies with the", "Russian Federation and Nobody Else."),
])
def test_a_wrapped_sentence_is_no_headline(cut, end):
    articles = _articles(f"{PARAGRAPH}\n\n{BEFORE}\n\n{THIRD}\n\n{cut}\n{end}\n\n{AFTER}\n\n{AFTER_TOO}\n\n{THIRD} Again.")
    assert len(articles) == 1
    assert any(block.text.startswith(cut) for block in articles[0].blocks)


def test_a_short_headline_ending_on_a_word_stays_one():
    text = f"First Story Headline Here\n\n{PARAGRAPH}\n\n{BEFORE}\n\n\nThe Party Is Over\nBy Jane Roe\n\n{AFTER}\n\n{AFTER_TOO}"
    assert [article.title for article in _articles(text)] == ["First Story Headline Here", "The Party Is Over"]
