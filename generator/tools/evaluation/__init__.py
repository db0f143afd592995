"""Score the pipeline against hand-checked gold annotations (tests/gold/*.yaml).

``evaluate`` runs the real pipeline (read -> clean/split -> annotate) on the gold sources, aligns each
predicted article with a gold article of the same source and counts, per field, true positives,
false positives and misses, micro-averaged over all articles. ``format_table`` prints the result.

Alignment: a gold article is *found* when a predicted article of the same source has the same title
(untitled gold: an untitled prediction with the same first paragraph). Gold articles left over are
then paired with left-over predictions by first paragraph, so one wrong title does not zero every
other field; they still count as missing titles. Articles with no partner count every gold item as
a miss and every predicted item as a false positive.

Every comparison first normalises Unicode (NFC), invisible characters, whitespace (NBSP too), curly
and straight quotes and dashes; everything except titles is also compared case-insensitively.

Matching rules, all symmetric:

* people: two names match when equal after normalisation (hyphens count as spaces, so "Moon Jae-in"
  is "Moon Jae In"), when the shorter one (two words or more) is the first words of the longer
  ("Faisal bin Farhan" / "Faisal bin Farhan Al Saud"), or when both resolve to the same person of the
  knowledge base. Matching is one to one, exact matches first.
* people roles and countries are scored on matched people only: a role matches when the normalised
  roles are equal or one contains the other; a country when the codes are equal. A value of None is
  "no claim": gold None and predicted value is a false positive, the reverse a miss.
* organisations, initiatives and outlets: names resolve to knowledge-base keys through the aliases
  (case-insensitive, quotes and dashes folded, a leading "the" ignored); names the knowledge base
  cannot resolve compare by normalised text. A gold name several terms share ("Treasury") is the one of them the
  article's predictions name, if any (the annotator read it in that article). Media the brief mentions other than its own outlet
  count as organisations (the gold lists them so); gold organisation names resolve against
  organisations first, then outlets. An initiative left unmatched then matches another name of the
  same thing (one to one, ``initiatives_match``): the content words of one name are all in the other
  and make more than half of its words, with countries, organisations and people (capitals and
  demonyms too) folded to their keys and a few spellings and synonyms folded (cease-fire, truce and
  cessation of hostilities; deal, accord, pact and agreement; negotiations and talks; trip and visit;
  programme and program). Two different knowledge-base terms never match. An unconfirmed initiative or
  organisation is named as its discovery names it (what its page would show). A seat of power the
  knowledge base marks ``seat_listed_only`` ("Kremlin", "White House") counts only where the gold list
  names it: annotators list it for its government in some articles and not in others.
* quotes: a predicted and a gold quote are the same quote when one text starts with the other's first
  30 normalised characters. "quotes" scores finding the text; "quote attribution" counts a pair
  as correct only when the speakers also match by the people rule (None matches None).
* figures: a predicted figure matches a gold one when one text contains the other. Figures are
  de-duplicated per article first.
* outlet, author, kind, published: accuracy over gold articles (a missing article is wrong).
* body lines: the gold body is every non-empty source line from ``first_paragraph`` to
  ``last_paragraph`` except the gold boilerplate, subheadings, standfirst, byline and title. A line
  is kept when a predicted paragraph of the aligned article contains it (the cleaner may move a wire
  dateline out: dateline + paragraph also counts).
* boilerplate: a gold boilerplate line is left when a predicted paragraph, heading or standfirst of
  the same source equals it (or, for lines of three words or more, contains it).
"""
from generator.tools.evaluation.gold import load_gold
from generator.tools.evaluation.matching import key
from generator.tools.evaluation.report import evaluate, format_table
from generator.tools.evaluation.scoring import gold_body_lines

__all__ = ["evaluate", "format_table", "gold_body_lines", "key", "load_gold"]
