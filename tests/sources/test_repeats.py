"""Stage 2, cleaning: lines a page repeats are furniture (ads, widgets) unless they are the text's own template."""
from __future__ import annotations

import pytest

from generator.model import RemovedReason, SourceDocument
from generator.sources.splitting import split_articles

A = "The harbour board voted on Wednesday to extend the eastern pier by two hundred metres, ending a long dispute."
B = "Fishing crews had argued that the longer pier would shelter their boats during winter storms and save the moorings."
C = "Engineers expect the work to begin in the autumn and to take roughly eighteen months, depending on the weather."
PIER = "Harbour Board Approves Longer Pier"


def kept_and_removed(text: str) -> tuple[list[str], dict[str, RemovedReason]]:
    """The texts of every article's blocks, and the reason of every removed line, for one source text."""
    articles = split_articles(SourceDocument("test.txt", text, {}))
    kept = [block.text for article in articles for block in article.blocks]
    return kept, {line.text: line.reason for article in articles for line in article.removed}


def _plan(day: str, dishes: tuple[str, str, str]) -> str:
    """One day of a meal plan: the same five labels, each over its own value."""
    labels = ("Breakfast served early", "Lunch at the canteen", "Dinner with the family", "Snack before the evening", "Drink plenty of water")
    values = (*dishes, "An apple and a handful of walnuts", "Two litres of still water")
    return "\n\n".join([day] + [f"{label}\n\n{value}" for label, value in zip(labels, values)])


MONDAY = _plan("Monday", ("Oats with milk and berries", "Bean soup with bread", "Grilled fish with rice, green beans, a spoon of olive oil and half a lemon."))
TUESDAY = _plan("Tuesday", ("Eggs on toast", "Chicken salad", "Lentil stew with carrots, onions, two cloves of garlic and a slice of rye bread."))


@pytest.mark.parametrize(("text", "kept", "widget"), [
    pytest.param("\n\n".join([PIER, A, MONDAY, TUESDAY, B, C]), ["Breakfast served early", "Eggs on toast", "Lunch at the canteen"], None,
                 id="a template filled twice in the text: labels and values stay"),
    pytest.param("\n\n".join([PIER, A, "Sponsored content from our partners", B, "Sponsored content from our partners", C]), [],
                 "Sponsored content from our partners", id="one line between paragraphs: an ad"),
    pytest.param("\n\n".join([PIER, A, "[Harbour Gazette]", B, "[Port News]", C, "[Harbour Gazette]", A.replace("Wednesday", "Thursday"),
                                "[Port News]", C.replace("autumn", "spring"), "[Coast Radio]"]),
                 ["[Harbour Gazette]", "[Port News]"], None, id="the sources a review quotes, in brackets under each paragraph"),
    pytest.param("\n\n".join([PIER, A, "[Harbour Gazette]", B, "[Harbour Gazette]", C]), [], "[Harbour Gazette]",
                 id="one name in brackets throughout: the site's credit of its maps"),
    pytest.param("\n\n".join([PIER, A, "[Advertisement]", B, "[Advertisement]", C]), [], "[Advertisement]",
                 id="an ad's label in brackets cites no one"),
])
def test_a_template_filled_several_times_is_text(text, kept, widget):
    blocks, removed = kept_and_removed(text + "\n")
    assert all(line in blocks for line in kept)
    assert A in blocks and C in blocks
    if widget:
        assert widget not in blocks and removed[widget] == RemovedReason.REPEATED_WIDGET


_ROWS = ["DL", "Larry Ogunjobi", "63", "85%", "1 tackle, 1 sack.", "DL", "Myles Garrett", "57", "77%", "3 hits on the quarterback.",
         "LB", "Joe Schobert", "74", "100%", "7 tackles, 2 interceptions.", "LB", "Mack Wilson", "74", "100%", "No stats registered."]


@pytest.mark.parametrize(("cells", "probes", "kept"), [
    pytest.param(_ROWS, ["63", "Joe Schobert", "No stats registered."], True, id="rows of a name, two numbers and a note: a table"),
    pytest.param(["Pos", "Player", "Plays", "%", "Stats"] + _ROWS, ["Player", "%", "63"], True, id="its header row over it: the table's"),
    pytest.param(_ROWS[10:] + ["LB", "Sione Takitaki", "6", "8%", "No stats registered."], ["6", "8%", "Sione Takitaki"], True,
                 id="three rows, the last differing in a cell: a table to its last cell"),
    pytest.param(["1", "Longtime gunmaker moves south", "2", "Teacher honoured by the town", "3", "Police call off the search",
                  "4", "Bridge closed for repairs"], ["2", "Teacher honoured by the town"], False,
                 id="a numbered list of headlines: two kinds of cell, no table"),
])
def test_a_table_pasted_cell_by_cell_is_text(cells, probes, kept):
    blocks, _ = kept_and_removed("\n\n".join([PIER, A, "\n".join(cells), B, C]) + "\n")
    assert [probe in blocks for probe in probes] == [kept] * len(probes)


_POLLS = ["| Ipsos Mori | 43% IN | 49% OUT |", "| BBC | 45% IN | 45% OUT |", "| The FT | 44% IN | 44% OUT |"]
_STATS = ["Statistic | Value", "------------ | ------", "Average GDP per capita | $18,421.38", "Total aid | $2,721.23 million",
          "Total TIP grants | $70,000"]


@pytest.mark.parametrize(("rows", "under", "kept", "gone"), [
    pytest.param(_POLLS, [], _POLLS, [], id="a Markdown table of figures in the text: its rows"),
    pytest.param(_STATS, ["Table 13: Key statistics, averaged 2001-2013", "Indirect pressure"], [_STATS[0], *_STATS[2:]], [_STATS[1]],
                 id="a header, its rule and rows of figures, a caption under it: the rows, not the rule"),
    pytest.param(["Home | News | World", "Sport | Business | Culture", "Opinion | Video | Contact"], [], [],
                 ["Home | News | World", "Opinion | Video | Contact"], id="a menu of words laid out in rows: navigation"),
    pytest.param(_POLLS[:2], [], [], _POLLS[:2], id="two rows: a table needs three"),
])
def test_a_table_ruled_with_pipes_in_the_text_is_text(rows, under, kept, gone):
    blocks, _ = kept_and_removed("\n\n".join([PIER, A, "\n".join(rows), *under, B, C]) + "\n")
    assert [row in blocks for row in kept + gone] == [True] * len(kept) + [False] * len(gone)


_INTRO = "The board will discuss three questions:"
_ITEMS = ["• The length of the pier;", "• The cost of the works;", "• The moorings for the crews."]


@pytest.mark.parametrize(("text", "kept", "removed"), [
    pytest.param("\n\n".join([PIER, A, B, _INTRO, *_ITEMS, "Print this page", PIER, A, B, _INTRO, *_ITEMS]), [_INTRO, *_ITEMS],
                 RemovedReason.DUPLICATE, id="the text printed again under the page: its list is said once"),
    pytest.param("\n\n".join([PIER, A, _INTRO, *_ITEMS, B, _INTRO, *_ITEMS, C]), [], RemovedReason.REPEATED_WIDGET,
                 id="the same box between other paragraphs: a widget"),
])
def test_a_list_in_a_text_printed_twice_is_kept_once(text, kept, removed):
    blocks, reasons = kept_and_removed(text + "\n")
    assert all(blocks.count(line) == 1 for line in kept)
    assert reasons[_ITEMS[0]] == removed
