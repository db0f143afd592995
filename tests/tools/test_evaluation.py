"""The gold-standard scorer (generator/tools/evaluation/): unit tests on tiny inputs, then floors on the seeds."""
from __future__ import annotations

from pathlib import Path

import pytest
from stage_helpers import SEED_BRIEFS, seed_settings

from generator.__main__ import main
from generator.annotate import Annotator, annotate_article
from generator.knowledge.base import Alias, load_knowledge
from generator.model import Article, Block, Brief
from generator.settings import PROJECT_ROOT
from generator.tools.evaluation import evaluate, format_table
from generator.tools.evaluation.gold import GoldArticle, GoldSource
from generator.tools.evaluation.matching import (
    EMPTY_RESOLVER,
    Resolver,
    heading_key,
    initiatives_match,
    names_match,
    norm,
    quotes_match,
    record_value,
    same_paragraph,
)
from generator.tools.evaluation.prediction import PredArticle, PredPerson, PredQuote, prediction_of
from generator.tools.evaluation.scores import Scores
from generator.tools.evaluation.scoring import gold_body_lines, score_sources

# Regression floors for the seed sources: F1 (accuracy for outlet/author/kind/published) a little below
# what the pipeline scores today, and ceilings for the counts, so a regression fails CI. Raise them
# when the annotators improve. The targets from the issue are F1 >= 0.95 for countries and people,
# >= 0.9 for organisations, initiatives and quote attribution, zero boilerplate lines left, zero body
# lines lost, and every article found with its exact title.
FLOORS = {
    "articles (exact title)": 1.0,  # today 1.000
    "subheadings": 0.95,  # today 1.000
    "countries": 0.97,  # today 1.000 (issue target 0.95)
    "people": 0.97,  # today 1.000 (issue target 0.95)
    "people roles": 0.93,  # today 0.955
    "people countries": 0.95,  # today 0.979
    "organizations": 0.92,  # today 0.947 (issue target 0.9)
    "initiatives": 0.90,  # today 0.925 (issue target 0.9)
    "quotes": 0.97,  # today 1.000
    "quote attribution": 0.97,  # today 1.000 (issue target 0.9)
    "figures": 0.95,  # today 1.000
    "outlet": 0.95,  # today 1.000 (accuracy over 8 articles: one error fails)
    "author": 0.95,  # today 1.000
    "kind": 0.85,  # today 0.875 (one more error fails)
    "published": 0.85,  # today 0.875
}
CEILINGS = {
    "boilerplate lines left": 0,  # issue target
    "body lines lost": 0,  # issue target
    "articles missing": 0,  # issue target
}
# The same for tests/devset: 16 realistic pages in the styles of many outlets, written to resemble the
# held-out set (never tuned article by article). Floors a little below today's scores.
DEVSET_FLOORS = {
    "articles (exact title)": 0.97,  # today 1.000
    "countries": 0.95,  # today 0.981
    "people": 0.88,  # today 0.920
    "organizations": 0.94,  # today 0.964
    "initiatives": 0.55,  # today 0.585 (P 0.735, R 0.486)
    "quote attribution": 0.75,  # today 0.793
    "figures": 0.77,  # today 0.809
    "outlet": 0.88,  # today 0.941
    "published": 0.94,  # today 1.000
}
DEVSET_CEILINGS = {
    "boilerplate lines left": 2,  # today 1 (of ~150 boilerplate lines: under 2%)
    "body lines lost": 0,  # never lose text
}
# The same for tests/realworld: 52 real foreign-affairs pages as pasted, with their furniture (re-based when 101-111
# and 121-131, from outlets the set lacked, were added: Dawn, Mehr, MENAFN, a Today.Az page, MailOnline captions,
# government releases from Australia, the US, Ghana and Singapore, the Jakarta Post ...).
REALWORLD_FLOORS = {  # re-based 2026-12-06 after the s14 rounds (cleaning, splitting, outlets, people, organisations, initiatives)
    "articles (exact title)": 0.96,  # today 0.981 (103: a page without blank lines)
    "countries": 0.96,  # today 0.985
    "people": 0.96,  # today 0.982
    "people roles": 0.90,  # today 0.929
    "organizations": 0.93,  # today 0.959
    "initiatives": 0.69,  # today 0.713 (P .84, R .62)
    "quotes": 0.93,  # today 0.954
    "quote attribution": 0.91,  # today 0.940
    "figures": 0.91,  # today 0.939
    "outlet": 0.96,  # today 0.981
    "author": 0.96,  # today 0.981
    "kind": 0.98,  # today 1.000
    "published": 0.98,  # today 1.000
}
REALWORLD_CEILINGS = {
    "boilerplate lines left": 23,  # today 20 (pull quotes, paywall pitches, MailOnline captions, an embedded post)
    "body lines lost": 5,  # today 2
}
# tests/realworld2: 28 real pages from 25 outlets no other set has; tuned on since 2026-12-06, so floors guard the gains.
REALWORLD2_FLOORS = {
    "articles (exact title)": 0.92,  # today 0.964
    "countries": 0.97,  # today 0.993
    "people": 0.95,  # today 0.973
    "organizations": 0.87,  # today 0.899
    "initiatives": 0.71,  # today 0.743 (P .86, R .65)
    "quotes": 0.92,  # today 0.947
    "quote attribution": 0.87,  # today 0.904
    "figures": 0.84,  # today 0.873
    "outlet": 0.92,  # today 0.964
    "author": 0.96,  # today 1.000
    "kind": 0.92,  # today 0.964
    "published": 0.96,  # today 1.000
}
REALWORLD2_CEILINGS = {
    "boilerplate lines left": 23,  # today 19 (of 343)
    "body lines lost": 30,  # today 25 (of 415; widget lines the gold counts as body between paragraphs, 220/224/225)
}

#: realworld3 was measured blind through one day's work, then opened for tuning (2026-12-06): floors a little under today.
REALWORLD3_FLOORS = {
    "articles (exact title)": 0.95,  # today 1.000 (30/30)
    "countries": 0.95,  # today 0.984
    "people": 0.94,  # today 0.973
    "organizations": 0.79,  # today 0.820
    "initiatives": 0.52,  # today 0.552 (P .71, R .45)
    "quotes": 0.85,  # today 0.884
    "quote attribution": 0.79,  # today 0.822
    "figures": 0.77,  # today 0.801
    "outlet": 0.86,  # today 0.900
    "author": 0.96,  # today 1.000
    "kind": 0.93,  # today 0.967
    "published": 0.90,  # today 0.933
}
REALWORLD3_CEILINGS = {
    "boilerplate lines left": 10,  # today 7 (of 84)
    "body lines lost": 14,  # today 9 (of 443)
}

#: realworld4 was measured blind through one day's work, then opened for tuning (2026-12-06, evening): floors a little under today.
REALWORLD4_FLOORS = {  # raised 2026-12-07 after the s22/s24 rounds
    "articles (exact title)": 0.91,  # today 0.939 (46/50)
    "countries": 0.94,  # today 0.972
    "people": 0.93,  # today 0.966
    "organizations": 0.84,  # today 0.875
    "initiatives": 0.60,  # today 0.633 (P .72, R .57)
    "quotes": 0.87,  # today 0.901
    "quote attribution": 0.82,  # today 0.857
    "figures": 0.73,  # today 0.766
    "outlet": 0.92,  # today 0.960
    "author": 0.88,  # today 0.920
    "kind": 0.88,  # today 0.920
    "published": 0.90,  # today 0.940
}
REALWORLD4_CEILINGS = {
    "boilerplate lines left": 25,  # today 20 (of 196)
    "body lines lost": 26,  # today 19 (of 411)
}

# realworld5 was held out until 2026-12-07 (blind: people .823, organisations .660, furniture kept 54 of 107);
# a tuning set since, with floors a little under the day it was opened's end.
REALWORLD5_FLOORS = {
    "articles (exact title)": 0.95,  # today 1.000 (42/42)
    "countries": 0.93,  # today 0.967
    "people": 0.88,  # today 0.918
    "organizations": 0.79,  # today 0.829
    "initiatives": 0.46,  # today 0.493 (P .69, R .38)
    "quotes": 0.89,  # today 0.924
    "quote attribution": 0.83,  # today 0.864
    "figures": 0.82,  # today 0.856
    "outlet": 0.90,  # today 0.952
    "author": 0.88,  # today 0.929
    "kind": 0.83,  # today 0.881
    "published": 0.88,  # today 0.929
}
REALWORLD5_CEILINGS = {
    "boilerplate lines left": 21,  # today 16 (of 107)
    "body lines lost": 10,  # today 0 (of 592)
}

# realworld6 was held out until 2026-12-07 04:13 (blind: people .643, organisations .611, 38 of 51 articles found);
# a tuning set since, with floors a little under that session's end.
REALWORLD6_FLOORS = {
    "articles (exact title)": 0.95,  # today 1.000 (51/51)
    "countries": 0.93,  # today 0.967
    "people": 0.87,  # today 0.909
    "organizations": 0.82,  # today 0.876
    "initiatives": 0.26,  # today 0.298 (P .45, R .22)
    "quotes": 0.80,  # today 0.840
    "quote attribution": 0.73,  # today 0.776
    "figures": 0.77,  # today 0.810
    "outlet": 0.86,  # today 0.902
    "author": 0.88,  # today 0.922
    "kind": 0.68,  # today 0.725 (s30meta: "Analysis by" over the writer)
    "published": 0.90,  # today 0.941
}
REALWORLD6_CEILINGS = {
    "boilerplate lines left": 45,  # today 39 (of 242)
    "body lines lost": 15,  # today 3 (of 722)
}

# realworld7 was held out until 2026-12-07 06:50 (blind through two sessions: 47 of 89 articles found, people .688,
# organisations .50); a tuning set since, its floors raised to a little under the s26 round's end.
REALWORLD7_FLOORS = {  # raised 2026-12-07 after the s26 round, and after s27clean's format rules
    "articles (exact title)": 0.93,  # today 0.966 (86/89; 0.528 when opened)
    "countries": 0.93,  # today 0.964
    "people": 0.86,  # today 0.894
    "organizations": 0.70,  # today 0.735
    "initiatives": 0.26,  # today 0.294 (P .56, R .20)
    "quotes": 0.75,  # today 0.785
    "quote attribution": 0.68,  # today 0.713
    "figures": 0.75,  # today 0.791
    "outlet": 0.78,  # today 0.820
    "author": 0.87,  # today 0.910
    "kind": 0.76,  # today 0.798
    "published": 0.92,  # today 0.966
}
REALWORLD7_CEILINGS = {
    "boilerplate lines left": 30,  # today 23 (of 411)
    "body lines lost": 55,  # today 41 (of 1216)
}

# realworld8 was held out until 2026-12-07 11:40 (built and measured blind over two sessions; at ffcb873's code 37 of 56
# articles found, outlet .339, people .763, organisations .508); a tuning set since, floors a little under the s27
# round's end (52/56 articles, furniture 24/318, body lost 9/763, outlet .679, people .912); raised after the s32 round.
REALWORLD8_FLOORS = {
    "articles (exact title)": 0.93,  # today 0.964 (54/56, s32split; 0.661 when opened)
    "countries": 0.94,  # today 0.977 (s32countries)
    "people": 0.92,  # today 0.954 (s32people)
    "organizations": 0.77,  # today 0.807 (s32orgs)
    "initiatives": 0.39,  # today 0.431 (P .56, R .35)
    "quotes": 0.84,  # today 0.880
    "quote attribution": 0.7,  # today 0.737 (s32quotes)
    "figures": 0.74,  # today 0.776
    "outlet": 0.8,  # today 0.839
    "author": 0.93,  # today 0.964
    "kind": 0.71,  # today 0.750
    "published": 0.93,  # today 0.964
}
REALWORLD8_CEILINGS = {
    "boilerplate lines left": 30,  # today 24 (of 318)
    "body lines lost": 15,  # today 9 (of 763)
}

# realworld9 was held out until 2026-12-07 14:10 (built blind in the session of 2026-12-07 11:23 by five data helpers;
# at b1db4ed's code 36 of 70 articles found, outlet .300, people .428, organisations .350); a tuning set since (opened at
# cf0778d: 36/70, furniture 136/617, body lost 395/1167, people .490), floors a little under the s29 round's end.
REALWORLD9_FLOORS = {
    "articles (exact title)": 0.85,  # today 0.886 (62/70, s34split; 0.514 when opened)
    "countries": 0.88,  # today 0.910 (s32countries: East Asian lines; 0.636 when opened)
    "people": 0.78,  # today 0.812 (s32people: lists of names; s34people)
    "organizations": 0.68,  # today 0.716 (s34orgs)
    "initiatives": 0.18,  # today 0.213 (P .59, R .13)
    "quotes": 0.80,  # today 0.835
    "quote attribution": 0.66,  # today 0.693 (s32quotes; s34quotes: Chinese and Korean speakers)
    "figures": 0.69,  # today 0.730
    "outlet": 0.78,  # today 0.814 (s34meta)
    "author": 0.75,  # today 0.786 (s34meta)
    "kind": 0.69,  # today 0.729
    "published": 0.79,  # today 0.829
}
REALWORLD9_CEILINGS = {
    "boilerplate lines left": 72,  # today 63 (of 617; 136 when opened)
    "body lines lost": 135,  # today 115 (of 1167; 395 when opened)
}

# realworld12 (source-file shapes: crawler Markdown with tab-indented frontmatter, a site's TS content module, a Blade
# view, a scraper's TS mock records; built on s32formats): at 4e1190b, before its readers, 0 of 14 articles found.
# Today: articles 1.000 (14/14; 0/14 when built), countries .906, people .943 (s34people), organisations .750 (s34orgs),
# quotes attributed .867 (s34quotes), outlet 1.000, author 1.000 (s34meta), date .929;
# furniture kept 1 (of 112; 19 when built), body lines lost 2 (of 47; 41 of 41 when built).
REALWORLD12_FLOORS = {"articles (exact title)": 0.92, "countries": 0.85, "people": 0.90, "organizations": 0.70,
                      "quote attribution": 0.78, "outlet": 0.92, "author": 0.92, "published": 0.85}
REALWORLD12_CEILINGS = {"boilerplate lines left": 5, "body lines lost": 6}

SOURCE = "s.txt"
FIRST = "First paragraph of the article, long enough to look like a real body paragraph."
LAST = "Last paragraph of the article, which also reads like a real body paragraph."


def gold(**fields) -> GoldArticle:
    data = {"title": "A title", "first_paragraph": FIRST, "last_paragraph": LAST, "kind": "news"}
    data.update(fields)
    return GoldArticle.from_dict(data)


def pred(**fields) -> PredArticle:
    data = {"source": SOURCE, "title": "A title", "paragraphs": (FIRST, LAST), "kind": "news"}
    data.update(fields)
    return PredArticle(**data)


def score(golds, preds, resolver: Resolver = EMPTY_RESOLVER, text: str | None = None) -> Scores:
    return score_sources([GoldSource(SOURCE, tuple(golds), text)], {SOURCE: list(preds)}, resolver)


RESOLVER_ALIASES = [
    Alias("Gulf Cooperation Council", "organizations", "gcc", "name"),
    Alias("GCC", "organizations", "gcc", "alias"),
    Alias("United Nations", "organizations", "united-nations", "name"),
    Alias("Saudi-Japan Vision 2030", "initiatives", "saudi-japan-vision-2030", "name"),
    Alias("Kyodo News", "outlets", "kyodo", "name"),
    Alias("Kyodo", "outlets", "kyodo", "alias"),
    Alias("Moon Jae-in", "people", "moon-jae-in", "name"),
    Alias("Moon Jae In", "people", "moon-jae-in", "alias"),
    Alias("Moon", "people", "moon-jae-in", "surname"),
    Alias("Syria", "countries", "SY", "name"),
    Alias("Syrian", "countries", "SY", "demonym"),
    Alias("Damascus", "countries", "SY", "place"),
]
RESOLVER = Resolver.from_aliases(RESOLVER_ALIASES)

LONG_QUOTE = "I am confident that this meeting will be an important opportunity to exchange views."

# (case, field, gold fields, predicted fields, expected (tp, fp, fn))
CASES = [
    ("countries perfect", "countries", {"countries": ["JP", "RU"]}, {"countries": ("RU", "JP")}, (2, 0, 0)),
    ("countries one miss", "countries", {"countries": ["JP", "RU"]}, {"countries": ("JP",)}, (1, 0, 1)),
    ("countries one false positive", "countries", {"countries": ["JP"]}, {"countries": ("JP", "US")}, (1, 1, 0)),
    ("people perfect, case and spaces", "people", {"people": [{"name": "Shinzo Abe"}]},
     {"people": (PredPerson("shinzo\u00a0 ABE"),)}, (1, 0, 0)),
    ("people surname-extended form", "people", {"people": [{"name": "Faisal bin Farhan"}]},
     {"people": (PredPerson("Faisal bin Farhan Al Saud"),)}, (1, 0, 0)),
    ("people surname-extended, other way", "people", {"people": [{"name": "Faisal bin Farhan Al Saud"}]},
     {"people": (PredPerson("Faisal bin Farhan"),)}, (1, 0, 0)),
    ("people hyphen as space", "people", {"people": [{"name": "Moon Jae In"}]},
     {"people": (PredPerson("Moon Jae-in"),)}, (1, 0, 0)),
    ("people one-word name is not a match", "people", {"people": [{"name": "Vladimir Putin"}]},
     {"people": (PredPerson("Putin"),)}, (0, 1, 1)),
    ("people one miss", "people", {"people": [{"name": "Shinzo Abe"}, {"name": "Vladimir Putin"}]},
     {"people": (PredPerson("Shinzo Abe"),)}, (1, 0, 1)),
    ("people one false positive", "people", {"people": [{"name": "Shinzo Abe"}]},
     {"people": (PredPerson("Shinzo Abe"), PredPerson("Sergey Lavrov"))}, (1, 1, 0)),
    ("people duplicates count once", "people", {"people": [{"name": "Shinzo Abe"}]},
     {"people": (PredPerson("Shinzo Abe"), PredPerson("Shinzo Abe"))}, (1, 0, 0)),
    ("role contained", "people roles", {"people": [{"name": "Donald Trump", "role": "President"}]},
     {"people": (PredPerson("Donald Trump", role="U.S. President"),)}, (1, 0, 0)),
    ("role different", "people roles", {"people": [{"name": "A B", "role": "Member of the Council"}]},
     {"people": (PredPerson("A B", role="member of Russia’s Council"),)}, (0, 1, 1)),
    ("role missing", "people roles", {"people": [{"name": "A B", "role": "Professor"}]},
     {"people": (PredPerson("A B"),)}, (0, 0, 1)),
    ("role on unmatched person not scored", "people roles", {"people": [{"name": "A B", "role": "Professor"}]},
     {"people": (PredPerson("C D", role="Professor"),)}, (0, 0, 0)),
    ("country equal", "people countries", {"people": [{"name": "A B", "country": "jp"}]},
     {"people": (PredPerson("A B", country="JP"),)}, (1, 0, 0)),
    ("country where gold has none", "people countries", {"people": [{"name": "A B", "country": None}]},
     {"people": (PredPerson("A B", country="JP"),)}, (0, 1, 0)),
    ("organisation alias resolution", "organizations", {"organizations": ["Gulf Cooperation Council"]},
     {"organizations": (("GCC", None),)}, (1, 0, 0)),
    ("organisation by known key", "organizations", {"organizations": ["GCC", "United Nations"]},
     {"organizations": (("Gulf Cooperation Council", "organizations:gcc"),)}, (1, 0, 1)),
    ("organisation false positive", "organizations", {"organizations": ["GCC"]},
     {"organizations": (("GCC", None), ("United Nations", None))}, (1, 1, 0)),
    ("media outlet named as organisation", "organizations", {"organizations": ["Kyodo News"]},
     {"organizations": (("Kyodo", "outlets:kyodo"),)}, (1, 0, 0)),
    ("unresolvable names compare as text", "organizations", {"organizations": ["Sophia University"]},
     {"organizations": (("sophia  university", None),)}, (1, 0, 0)),
    ("initiative alias, case, dash folding", "initiatives", {"initiatives": ["saudi–japan vision 2030"]},
     {"initiatives": (("Saudi-Japan Vision 2030", "initiatives:saudi-japan-vision-2030"),)}, (1, 0, 0)),
    ("initiative named by its own words", "initiatives", {"initiatives": ["Munich talks on Syria", "Syria peace talks"]},
     {"initiatives": (("Munich talks", None), ("Syrian truce", None))}, (1, 1, 1)),
    ("initiative: a demonym is its country", "initiatives", {"initiatives": ["Syria peace talks"]},
     {"initiatives": (("Syrian peace talks", None),)}, (1, 0, 0)),
    ("initiative: a capital stands for its country", "initiatives", {"initiatives": ["Syria peace talks"]},
     {"initiatives": (("Damascus peace talks", None),)}, (1, 0, 0)),
    ("initiative matched once", "initiatives", {"initiatives": ["UN sanctions on North Korea"]},
     {"initiatives": (("U.N. sanctions", None), ("UN sanctions against North Korea", None))}, (1, 1, 0)),
    ("quote prefix: gold is the first words", "quotes", {"quotes": [{"speaker": "A B", "text": LONG_QUOTE[:45]}]},
     {"quotes": (PredQuote(LONG_QUOTE, "A B"),)}, (1, 0, 0)),
    ("quote curly marks and short text", "quotes", {"quotes": [{"speaker": None, "text": "by ourselves"}]},
     {"quotes": (PredQuote("“by ourselves”"),)}, (1, 0, 0)),
    ("quote differing text", "quotes", {"quotes": [{"speaker": "A B", "text": LONG_QUOTE}]},
     {"quotes": (PredQuote("I am confident that the meeting will be useful.", "A B"),)}, (0, 1, 1)),
    ("attribution right", "quote attribution", {"quotes": [{"speaker": "Faisal bin Farhan", "text": LONG_QUOTE}]},
     {"quotes": (PredQuote(LONG_QUOTE, "Faisal bin Farhan Al Saud"),)}, (1, 0, 0)),
    ("attribution None is None", "quote attribution", {"quotes": [{"speaker": None, "text": LONG_QUOTE}]},
     {"quotes": (PredQuote(LONG_QUOTE, None),)}, (1, 0, 0)),
    ("attribution wrong speaker", "quote attribution", {"quotes": [{"speaker": "Shinzo Abe", "text": "by ourselves"}]},
     {"quotes": (PredQuote("by ourselves", "Vladimir Putin"),)}, (0, 1, 1)),
    ("attribution speaker missing", "quote attribution", {"quotes": [{"speaker": "Shinzo Abe", "text": "by ourselves"}]},
     {"quotes": (PredQuote("by ourselves", None),)}, (0, 1, 1)),
    ("attribution wrong speaker, text found", "quotes", {"quotes": [{"speaker": "Shinzo Abe", "text": "by ourselves"}]},
     {"quotes": (PredQuote("by ourselves", "Vladimir Putin"),)}, (1, 0, 0)),
    ("figure contained, duplicates once", "figures", {"figures": ["42 countries", "$100 billion"]},
     {"figures": ("more than 42 countries", "$100 billion", "$100 billion")}, (2, 0, 0)),
    ("figure NBSP", "figures", {"figures": ["two day"]}, {"figures": ("two\u00a0day gathering",)}, (1, 0, 0)),
    ("figure false positive", "figures", {"figures": ["two day"]}, {"figures": ("two day", "two leaders")}, (1, 1, 0)),
    ("subheadings", "subheadings", {"subheadings": ["Trade and economy", "Politics"]},
     {"headings": ("Trade and economy", "Culture")}, (1, 1, 1)),
    ("outlet by alias", "outlet", {"outlet": "Kyodo News"}, {"outlet": ("Kyodo", None)}, (1, 0, 0)),
    ("outlet None is right", "outlet", {"outlet": None}, {"outlet": None}, (1, 0, 0)),
    ("outlet predicted where gold has none", "outlet", {"outlet": None}, {"outlet": ("Kyodo", None)}, (0, 0, 1)),
    ("author normalised", "author", {"author": "Keiichi Yamaguchi"}, {"author": "KEIICHI  YAMAGUCHI"}, (1, 0, 0)),
    ("published", "published", {"published": "2020-02-07"}, {"published": None}, (0, 0, 1)),
    ("kind", "kind", {"kind": "opinion"}, {"kind": "opinion"}, (1, 0, 0)),
]


@pytest.mark.parametrize("case, name, gold_fields, pred_fields, expected", CASES, ids=[c[0] for c in CASES])
def test_field_scoring(case, name, gold_fields, pred_fields, expected):
    scores = score([gold(**gold_fields)], [pred(**pred_fields)], RESOLVER)
    field = scores[name]
    assert (field.tp, field.fp, field.fn) == expected, (field.misses, field.false_positives)
    assert len(field.misses) == field.fn and len(field.false_positives) == field.fp


def test_perfect_match_scores_one_everywhere():
    article = dict(
        countries=["JP", "SA"], people=[{"name": "Yoshimasa Hayashi", "role": "Foreign Minister", "country": "JP"}],
        organizations=["GCC"], initiatives=["Saudi-Japan Vision 2030"], subheadings=["Energy"],
        quotes=[{"speaker": "Yoshimasa Hayashi", "text": LONG_QUOTE}], figures=["$100 billion"],
        outlet="Kyodo News", author="Ann Author", published="2023-09-07", kind="interview",
    )
    predicted = pred(
        countries=("SA", "JP"), people=(PredPerson("Yoshimasa Hayashi", "Foreign Minister", "JP"),),
        organizations=(("Gulf Cooperation Council", None),), initiatives=(("Saudi-Japan Vision 2030", None),),
        headings=("Energy",), quotes=(PredQuote(LONG_QUOTE, "Yoshimasa Hayashi"),), figures=("$100 billion",),
        outlet=("Kyodo", None), author="Ann Author", published="2023-09-07", kind="interview",
    )
    scores = score([gold(**article)], [predicted], RESOLVER)
    for name, field in scores.fields.items():
        assert (field.precision, field.recall, field.f1) == (1.0, 1.0, 1.0), name
        assert field.support >= 1, name


def test_precision_recall_f1_arithmetic():
    scores = score([gold(countries=["JP", "RU", "US", "CN"])], [pred(countries=("JP", "RU", "KR"))])
    field = scores["countries"]
    assert field.precision == pytest.approx(2 / 3)
    assert field.recall == pytest.approx(2 / 4)
    assert field.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert field.support == 4


@pytest.mark.parametrize("a, b, same", [
    ("Faisal bin Farhan", "Faisal bin Farhan Al Saud", True),
    ("Moon Jae In", "moon jae-in", True),
    ("Vladimir Putin", "Putin", False),
    ("Vladimir Putin", "Vladimir", False),
    ("Shinzo Abe", "Shinzo Abe Jr", True),
    ("Kim Jong Un", "Kim Jong Il", False),
    ("Donald Trump", None, False),
])
def test_names_match_is_symmetric(a, b, same):
    assert names_match(a, b) is same
    assert names_match(b, a) is same


def test_names_match_by_knowledge_base_key():
    assert names_match("Moon", "Moon Jae-in", "people:moon-jae-in", "people:moon-jae-in")
    assert RESOLVER.resolve("Moon", ("people",)) is None  # surname aliases are the annotator's guesses
    # the article's middle name, left out of a known name of two words: the same person, but never unknown names
    assert names_match("Rodrigo Roa Duterte", "Rodrigo Duterte", None, "people:rodrigo-duterte")
    assert not names_match("Rodrigo Roa Duterte", "Rodrigo Duterte")
    assert not names_match("Rodrigo Roa Santos", "Rodrigo Duterte", None, "people:rodrigo-duterte")
    # a known name's generational suffix is no part of the family name an article writes alone
    assert names_match("Marcos", "Ferdinand Marcos Jr.", None, "people:ferdinand-marcos-jr")
    assert not names_match("Marcos", "Ferdinand Marcos Jr.")


COUNTRY_WORDS = {"syria": "SY", "syrian": "SY", "north korea": "KP", "us": "US", "united states": "US", "cuba": "CU"}


@pytest.mark.parametrize("gold_name, predicted, same", [
    ("Munich talks on Syria", "Munich talks", True),  # the predicted words are most of the gold's
    ("Syria cessation of hostilities", "Syrian truce", True),  # a synonym and a demonym
    ("US sanctions on North Korea", "U.S. sanctions against North Korea", True),
    ("United States embargo against Cuba", "US embargo on Cuba", True),
    ("EU-Turkey migration deal", "EU-Turkey migration agreement", True),
    ("Adani wind power project in Sri Lanka", "wind project", False),  # not more than half of the gold's words
    ("Dissanayake state visit to India", "state visit", False),
    ("Syria peace talks", "Munich talks", False),  # a word the gold does not have
    ("US sanctions on North Korea", "UN sanctions on North Korea", False),
    ("Syria peace talks", "talks", False),  # one word names nothing
    ("Brexit", "brexit", True),
])
def test_initiatives_match(gold_name, predicted, same):
    assert initiatives_match(gold_name, predicted, COUNTRY_WORDS) is same
    assert initiatives_match(predicted, gold_name, COUNTRY_WORDS) is same


def test_an_unconfirmed_initiative_is_named_as_its_page_names_it():
    knowledge = load_knowledge(PROJECT_ROOT / "knowledge")
    article = Article("s.txt", 0, "Talks resume", (
        Block("paragraph", "The talks stalled in April."),
        Block("paragraph", "Israel and Hamas resumed the Israel-Hamas truce talks on Tuesday."),
        Block("paragraph", "The Israel-Hamas truce talks may end the war."),
    ))
    notes = annotate_article(article, Annotator.from_knowledge(knowledge))
    assert prediction_of(Brief("b", article, notes), knowledge).initiatives == (("Israel-Hamas truce talks", None),)


@pytest.mark.parametrize("a, b, same", [
    (LONG_QUOTE, LONG_QUOTE[:30], True),
    (LONG_QUOTE[:30] + " something else entirely", LONG_QUOTE, True),
    ("“Japan attaches great importance”", "Japan attaches great importance to its partnership", True),
    ("I am confident that this meeting", "I am sure that this meeting", False),
    ("", "anything", False),
])
def test_quotes_match_on_thirty_character_prefix(a, b, same):
    assert quotes_match(a, b) is same
    assert quotes_match(b, a) is same


def test_norm_folds_quotes_dashes_and_spaces():
    assert norm("  Russia’s\u00a0“war” — in\tUkraine\u200b ") == "Russia's \"war\" - in Ukraine"


@pytest.mark.parametrize("written, read", [
    ('<span style="color:#000000; font-weight:bold;">A bombing in Delhi</span>', "A bombing in Delhi"),
    ("Seoul&#x27;s &quot;pivot&quot;&nbsp;to Beijing", "Seoul's \"pivot\" to Beijing"),
    ("AT&amp;T and <B>Nokia</B>", "AT&T and Nokia"),
    ("a < b and c > d", "a < b and c > d"),
])
def test_norm_reads_inline_html_and_character_references_as_text(written, read):
    assert norm(written) == read


def test_alias_resolution_prefers_the_canonical_name_and_taxonomy_order():
    resolver = Resolver.from_aliases([
        Alias("Sputnik", "outlets", "sputnik", "name"),
        Alias("Sputnik", "initiatives", "sputnik-programme", "alias"),
        Alias("Abc", "organizations", "b", "alias"),
        Alias("Abc", "organizations", "a", "name"),
    ])
    assert resolver.resolve("the sputnik", ("organizations", "outlets")) == "outlets:sputnik"
    assert resolver.resolve("ABC", ("organizations",)) == "organizations:a"
    assert resolver.canonical("Unknown Body", ("organizations",)) == "text:unknown body"


def test_a_context_alias_resolves_only_where_no_other_term_has_the_name():
    resolver = Resolver.from_aliases([
        Alias("Conservative Party", "organizations", "uk-conservatives", "context"),
        Alias("Security Council", "organizations", "unsc", "context"),
        Alias("Security Council", "organizations", "national-security-council", "alias"),
    ])
    assert resolver.resolve("the Conservative Party", ("organizations",)) == "organizations:uk-conservatives"
    assert resolver.resolve("Security Council", ("organizations",)) == "organizations:national-security-council"
    assert set(resolver.parties.values()) == {"organizations:national-security-council"}  # not a named party


def test_a_gold_name_several_terms_share_is_the_one_the_article_predicts():
    resolver = Resolver.from_aliases([
        Alias("Treasury", "organizations", "uk-treasury", "context"),
        Alias("Treasury", "organizations", "us-treasury", "context"),
        Alias("United States Department of the Treasury", "organizations", "us-treasury", "name"),
    ])
    predicted = (("United States Department of the Treasury", "organizations:us-treasury"),)
    field = score([gold(organizations=["Treasury"])], [pred(organizations=predicted)], resolver)["organizations"]
    assert (field.tp, field.fp, field.fn) == (1, 0, 0)
    assert resolver.canonical("Treasury", ("organizations",)) == "organizations:uk-treasury"  # no article: the first


@pytest.mark.parametrize("gold_names, expected", [
    (["GCC", "Kremlin"], (2, 0, 0)),  # the gold list names the seat: it counts
    (["GCC"], (1, 0, 0)),  # it leaves the seat out: predicting it is no false positive
])
def test_a_seat_of_power_counts_only_where_the_gold_list_names_it(gold_names, expected):
    resolver = Resolver.from_aliases([*RESOLVER_ALIASES, Alias("Kremlin", "organizations", "kremlin", "name")])
    resolver = Resolver(resolver.index, resolver.known, resolver.parties, frozenset({"organizations:kremlin"}))
    scores = score([gold(organizations=gold_names)], [pred(organizations=(("GCC", None), ("Kremlin", "organizations:kremlin")))], resolver)
    field = scores["organizations"]
    assert (field.tp, field.fp, field.fn) == expected


def test_mistitled_article_is_missing_but_still_scored():
    scores = score([gold(title="Right title", countries=["JP"])], [pred(title="Wrong title", countries=("JP",))])
    titles = scores["articles (exact title)"]
    assert (titles.tp, titles.fp, titles.fn) == (0, 1, 1)
    assert scores["countries"].tp == 1  # aligned by first paragraph
    assert scores.title_mismatches and "Wrong title" in scores.title_mismatches[0]


def test_missing_and_extra_articles():
    other = pred(title="Extra", paragraphs=("Something else entirely, a paragraph of another article.",), countries=("US",))
    scores = score([gold(countries=["JP"], outlet="Kyodo News")], [other])
    titles = scores["articles (exact title)"]
    assert (titles.tp, titles.fp, titles.fn) == (0, 1, 1)
    assert (scores["countries"].fp, scores["countries"].fn) == (1, 1)
    assert scores["outlet"].fn == 1 and "article not found" in scores["outlet"].misses[0]


def test_untitled_article_found_by_first_paragraph():
    scores = score([gold(title=None)], [pred(title=None)])
    assert scores["articles (exact title)"].tp == 1
    scores = score([gold(title=None)], [pred(title="Invented headline")])
    assert scores["articles (exact title)"].fn == 1


SOURCE_TEXT = """Menu

A title

TOKYO, February 7. /TASS/. First paragraph of the article, long enough to look like a real body paragraph.

Share this

Trade and economy

A middle paragraph that the cleaner must keep in the body of the article.

Last paragraph of the article, which also reads like a real body paragraph.

Read more
"""


def test_body_lines_and_boilerplate():
    article = gold(
        first_paragraph="TOKYO, February 7. /TASS/. " + FIRST, subheadings=["Trade and economy"],
        boilerplate=["Menu", "Share this", "Read more"], body_lines=3,
    )
    kept = pred(dateline="TOKYO, February 7. /TASS/.", headings=("Trade and economy",),
                paragraphs=(FIRST, "A middle paragraph that the cleaner must keep in the body of the article.", LAST))
    scores = score([article], [kept], text=SOURCE_TEXT)
    assert scores.body_lines_total == 3
    assert scores.body_lines_lost == [] and scores.boilerplate_left == [] and scores.notes == []

    lossy = pred(dateline="TOKYO, February 7. /TASS/.", paragraphs=(FIRST, "Share this", LAST),
                 removed=(("A middle paragraph that the cleaner must keep in the body of the article.", "duplicate paragraph"),))
    scores = score([article], [lossy], text=SOURCE_TEXT)
    assert len(scores.body_lines_lost) == 1 and "removed as 'duplicate paragraph'" in scores.body_lines_lost[0]
    assert len(scores.boilerplate_left) == 1 and "'Share this'" in scores.boilerplate_left[0]


def test_a_paragraph_written_as_a_heading_is_kept_when_the_brief_reads_it_as_a_paragraph():
    middle = "A middle paragraph that the cleaner must keep in the body of the article."
    article = gold(first_paragraph="TOKYO, February 7. /TASS/. " + FIRST, subheadings=["Trade and economy"],
                   boilerplate=["Menu", "Share this", "Read more"], body_lines=3)
    kept = pred(dateline="TOKYO, February 7. /TASS/.", headings=("Trade and economy",), paragraphs=(FIRST, middle, LAST))
    scores = score([article], [kept], text=SOURCE_TEXT.replace(middle, "#### " + middle))
    assert scores.body_lines_lost == []


PULL_QUOTE = "the cleaner must keep in the body"
PULL_QUOTE_TEXT = SOURCE_TEXT.replace("Read more\n", f"Read more\n\n{PULL_QUOTE}\n")


@pytest.mark.parametrize("middle, kept", [
    pytest.param("A middle paragraph that the cleaner must keep in the body of the article.", False,
                 id="the paragraph a pull quote repeats is no furniture kept"),
    pytest.param(f"A middle paragraph that the cleaner must keep in the body of the article. {PULL_QUOTE}", True,
                 id="a pull quote run into a paragraph is"),
    pytest.param(PULL_QUOTE, True, id="the pull quote as a paragraph is"),
])
def test_a_pull_quote_is_kept_only_where_it_stands_as_text(middle, kept):
    article = gold(first_paragraph="TOKYO, February 7. /TASS/. " + FIRST, subheadings=["Trade and economy"],
                   boilerplate=["Menu", "Share this", "Read more", PULL_QUOTE])
    scores = score([article], [pred(dateline="TOKYO, February 7. /TASS/.", paragraphs=(FIRST, middle, LAST))], text=PULL_QUOTE_TEXT)
    assert bool(scores.boilerplate_left) == kept


def test_gold_body_line_count_mismatch_is_noted():
    article = gold(first_paragraph="TOKYO, February 7. /TASS/. " + FIRST, subheadings=["Trade and economy"],
                   boilerplate=["Share this"], body_lines=5)
    scores = score([article], [pred()], text=SOURCE_TEXT)
    assert any("body_lines says 5" in note for note in scores.notes)


def test_format_table_lists_fields_and_verbose_errors():
    scores = score([gold(countries=["JP", "RU"])], [pred(countries=("JP", "US"))])
    table = format_table(scores)
    for name in ("countries", "quote attribution", "outlet (accuracy)", "body lines lost", "support"):
        assert name in table
    assert "miss" not in table.split("body lines lost")[-1]
    verbose = format_table(scores, verbose=True)
    assert "miss  " in verbose and "RU" in verbose and "false " in verbose and "US" in verbose


# --------------------------------------------------------------------------- the seed sources

@pytest.fixture(scope="module")
def seed_scores() -> Scores:
    return evaluate(seed_settings(), PROJECT_ROOT / "tests" / "gold")


def test_seed_gold_is_consistent_with_the_sources(seed_scores):
    problems = [n for n in seed_scores.notes if "body_lines says" in n or "not a line of the source" in n or "not found" in n]
    assert problems == []
    assert seed_scores.articles_expected == SEED_BRIEFS


def assert_floor(scores: Scores, floors: dict[str, float], name: str) -> None:
    """One field's score is at least its floor; the message lists what it got wrong."""
    value, field = scores.summary()[name], scores[name]
    assert value >= floors[name], f"{name}: {value:.3f} < floor {floors[name]}\n" + "\n".join(field.misses + field.false_positives)


def assert_ceiling(scores: Scores, ceilings: dict[str, float], name: str) -> None:
    """A count (boilerplate left, lines lost, articles missing) is at most its ceiling."""
    value = scores.summary()[name]
    details = {"boilerplate lines left": scores.boilerplate_left, "body lines lost": scores.body_lines_lost}
    assert value <= ceilings[name], f"{name}: {value:.0f} > {ceilings[name]}\n" + "\n".join(details.get(name, []))


def scores_of(folder: str) -> Scores:
    """The scores of one gold set under tests/ (its sources/ and gold/)."""
    root = PROJECT_ROOT / "tests" / folder
    return evaluate(seed_settings(sources_dir=root / "sources"), root / "gold")


@pytest.fixture(scope="module")
def devset_scores() -> Scores:
    return scores_of("devset")


#: The real-text sets guarded by floors and ceilings: (floors, ceilings) each.
REAL_SETS = {"realworld": (REALWORLD_FLOORS, REALWORLD_CEILINGS), "realworld2": (REALWORLD2_FLOORS, REALWORLD2_CEILINGS),
             "realworld3": (REALWORLD3_FLOORS, REALWORLD3_CEILINGS), "realworld4": (REALWORLD4_FLOORS, REALWORLD4_CEILINGS),
             "realworld5": (REALWORLD5_FLOORS, REALWORLD5_CEILINGS), "realworld6": (REALWORLD6_FLOORS, REALWORLD6_CEILINGS),
             "realworld7": (REALWORLD7_FLOORS, REALWORLD7_CEILINGS), "realworld8": (REALWORLD8_FLOORS, REALWORLD8_CEILINGS),
             "realworld9": (REALWORLD9_FLOORS, REALWORLD9_CEILINGS), "realworld12": (REALWORLD12_FLOORS, REALWORLD12_CEILINGS)}


@pytest.fixture(scope="module")
def real_scores() -> dict[str, Scores]:
    return {folder: scores_of(folder) for folder in REAL_SETS}


@pytest.mark.parametrize(("folder", "name"), [(folder, name) for folder, (floors, _) in REAL_SETS.items() for name in sorted(floors)])
def test_real_scores_stay_above_floor(real_scores, folder, name):
    assert_floor(real_scores[folder], REAL_SETS[folder][0], name)


@pytest.mark.parametrize(("folder", "name"), [(folder, name) for folder, (_, ceilings) in REAL_SETS.items() for name in sorted(ceilings)])
def test_real_counts_stay_below_ceiling(real_scores, folder, name):
    assert_ceiling(real_scores[folder], REAL_SETS[folder][1], name)


@pytest.mark.parametrize(("gold", "name"), [("seed", n) for n in sorted(FLOORS)] + [("devset", n) for n in sorted(DEVSET_FLOORS)])
def test_scores_stay_above_floor(request, gold, name):
    assert_floor(request.getfixturevalue(f"{gold}_scores"), FLOORS if gold == "seed" else DEVSET_FLOORS, name)


@pytest.mark.parametrize(("gold", "name"), [("seed", n) for n in sorted(CEILINGS)] + [("devset", n) for n in sorted(DEVSET_CEILINGS)])
def test_counts_stay_below_ceiling(request, gold, name):
    assert_ceiling(request.getfixturevalue(f"{gold}_scores"), CEILINGS if gold == "seed" else DEVSET_CEILINGS, name)


def test_cli_evaluate_verbose(capsys):
    assert main(["--no-cache", "evaluate", "--verbose", "--gold", str(Path(PROJECT_ROOT) / "tests" / "gold")]) == 0
    out = capsys.readouterr().out
    assert "countries" in out and "articles found with exact title" in out


# Cleaning on tests/realdev (real pages, lines labelled body/furniture): ceilings a little above today's
# shares, per half; only the dev half is looked at when tuning, the check half shows whether it generalises.
REALDEV_CEILINGS = {  # half: (furniture kept, body lost, body sentences lost), as shares of the half's lines
    "dev": (0.065, 0.29, 0.085),  # today 6.0% kept, 28.2% lost, 7.9% of sentences (tables, product and ingredient lists are body)
    "check": (0.05, 0.15, 0.08),  # today 4.6%, 14.3%, 7.4%
}


def test_realdev_cleaning_ceilings():
    from generator.tools.evaluation.realdev import evaluate_realdev, format_realdev

    halves = evaluate_realdev()
    table = format_realdev(halves)
    for name, (furniture, body, sentences) in REALDEV_CEILINGS.items():
        assert halves[name].pages > 40, table
        assert halves[name].furniture_kept_share <= furniture, table
        assert halves[name].body_lost_share <= body, table
        assert halves[name].sentences_lost_share <= sentences, table
        assert sum(halves[name].lost_by_fate.values()) == halves[name].body_lost, table


#: A pasted page: a menu, the headline, two paragraphs, a caption, a teaser list after the text.
PASTED_PAGE = """Home
News

Harbour Board Approves Longer Pier

The harbour board voted on Wednesday to extend the eastern pier by two hundred metres, ending a long dispute.

The new pier (Photo: Jane Smith)

Fishing crews had argued that the longer pier would shelter their boats during winter storms and save the moorings.

Read more
Storm Season Starts Early On The Coast
"""


@pytest.mark.parametrize(("label", "text", "fate"), [
    ("body", "Harbour Board Approves Longer Pier", "became the title"),
    ("body", "The new pier (Photo: Jane Smith)", "photo caption"),
    ("body", "Storm Season Starts Early On The Coast", "related links"),
    ("body", "Home", "comment, share or subscription widget"),
    ("body", "A line the page never held, labelled body", "not found among the kept, removed or header lines"),
    ("body", "The harbour board voted on Wednesday to extend the eastern pier by two hundred metres, ending a long dispute.", None),
])
def test_realdev_counts_each_lost_body_line_by_fate_and_shape(label, text, fate):
    from generator.tools.evaluation.realdev import HalfScore, clean_page, count_line, is_sentence

    half = HalfScore("dev")
    page = clean_page(PASTED_PAGE)
    count_line(half, page, "page", label, text, kept=fate is None)
    assert (half.body, half.body_lost, dict(half.lost_by_fate)) == (1, int(fate is not None), {fate: 1} if fate else {})
    assert half.sentences_lost == int(fate is not None and is_sentence(text))


def test_realdev_scoring_counts_contained_lines():
    from generator.tools.evaluation.realdev import score_page

    labels = [{"text": "Share", "label": "furniture"}, {"text": "A long line of real article text here.", "label": "body"}]
    assert score_page(labels, ["dateline — a long line of real article text here."]) == [
        ("furniture", "Share", False), ("body", "A long line of real article text here.", True)]


@pytest.mark.parametrize(("gold", "predicted", "same"), [
    ("### SUMMARY", "SUMMARY", True),                          # a raw Markdown heading line against its words
    ("**Fact Check:**", "Fact Check:", True),                  # a bold label line
    ("> #### EU sanctions on Russia", "EU sanctions on Russia", True),  # a heading inside a block quote
    ("Decolonisation", "Decolonisation", True),                # a plain heading is its own key
    ("### SUMMARY", "RESPONSE", False),
])
def test_heading_key_drops_markdown_marks(gold, predicted, same):
    assert (heading_key(gold) == heading_key(predicted)) is same


WRAPPED = "Because Oman was so concerned with its image, the US was successful in bringing"


@pytest.mark.parametrize(("gold", "predicted", "same"), [
    pytest.param(WRAPPED, WRAPPED, True, id="the same line"),
    pytest.param(WRAPPED, WRAPPED + " attention to trafficking and bringing about legal changes.", True,
                 id="a wrapped first line the reader joined to the rest of its paragraph"),
    pytest.param("The talks ended on Monday without a deal.", "The talks ended on Monday without a deal. Both sides left.", False,
                 id="a finished sentence is a paragraph of its own, not a wrapped line"),
    pytest.param("Talks ended", "Talks ended on Monday", False, id="a short line is no wrapped line"),
])
def test_a_gold_paragraph_is_the_same_as_a_predicted_one(gold, predicted, same):
    assert same_paragraph(gold, predicted) is same


@pytest.mark.parametrize(("line", "value"), [
    ('        text: "The envoy \\"arrived\\" on Monday.",', 'The envoy "arrived" on Monday.'),  # a JS object's field
    ('      "Talks resumed in Doha.",', "Talks resumed in Doha."),  # an array item of a scraper's export
    ('    "title": "Envoy visits Hanoi",', "Envoy visits Hanoi"),  # a JSON record's field
    ("  'body' => 'Talks resumed.',", "Talks resumed."),  # a PHP array's field
    ('"We will win," he said.', '"We will win," he said.'),  # prose opening with a quotation: as it is
    ("The envoy arrived on Monday.", "The envoy arrived on Monday."),
])
def test_record_value_reads_a_records_string_line(line, value):
    assert record_value(line) == value


_RECORD_FILE = '{\n  "title": "Envoy visits Hanoi",\n  "text": "Envoy visits Hanoi",\n  "more": "Talks resumed."\n}'


@pytest.mark.parametrize(("text", "raw", "title", "first", "last", "body"), [
    # Read as records' values: the marked title record line is its value, so the text field repeating it is no body.
    (None, _RECORD_FILE, '"title": "Envoy visits Hanoi",', "Envoy visits Hanoi", "Talks resumed.", ["Talks resumed."]),
    # Read as written: a title marked as its record line leaves a body line with the same words body.
    ("Envoy visits Hanoi\nTalks resumed.", None, '"title": "Envoy visits Hanoi",', "Envoy visits Hanoi", "Talks resumed.",
     ["Envoy visits Hanoi", "Talks resumed."]),
])
def test_gold_body_lines_read_a_marked_record_line_as_its_value_only_among_values(text, raw, title, first, last, body):
    article = GoldArticle(title=title, first_paragraph=first, last_paragraph=last)
    source = GoldSource("a.json", (article,), text if text is not None else "unrelated", raw)
    assert gold_body_lines(source)[0] == [body]
