"""Stage 2, whole pages pasted with select-all: the headline under the browser's title line, rubrics, bylines, second articles."""
from __future__ import annotations

import pytest

from generator.model import Article, RemovedLine, RemovedReason, SourceDocument
from generator.sources.headers import opens_with_bio
from generator.sources.headline_stacks import nearest_headline
from generator.sources.lines import scan_lines
from generator.sources.splitting import split_articles

A = "The harbour board voted on Wednesday to extend the eastern pier by two hundred metres, ending a long dispute."
B = "Fishing crews had argued that the longer pier would shelter their boats during winter storms and save the moorings."
C = "Engineers expect the work to begin in the autumn and to take roughly eighteen months, depending on the weather."
D = "The mountain railway reopened to passengers on Saturday after a landslide closed the line for most of the spring."
E = "Local hotels said bookings had already risen sharply, and several guesthouses reported that they were full again."
PIER = "Harbour board approves a longer eastern pier"
RAILWAY = "Mountain railway reopens to passengers after landslide"
MENU = ["Skip to content", "Home", "News", "Opinion", "Sport", "Business"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Advertise", "© 2026 Harbour Gazette"]


def clean(*lines: str) -> list[Article]:
    """The articles of a page pasted one line each, without blank lines."""
    return split_articles(SourceDocument("test.txt", "\n".join(lines) + "\n", {}))


@pytest.mark.parametrize("title_line", [
    pytest.param(f"{PIER} | Local News | Harbour Gazette", id="pipes"),
    pytest.param(f"{PIER} – Harbour Gazette", id="dash"),
    pytest.param(f"{PIER} — Harbour Gazette en", id="dash and language"),
    pytest.param("Harbour board approves longer eastern pier in vote – Harbour Gazette", id="worded a little differently"),
])
def test_the_headline_is_the_one_printed_under_the_browsers_title_line(title_line):
    (article,) = clean(title_line, *MENU, PIER, "The eastern pier will grow by two hundred metres.", "By", "Jane Doe", "12 May 2026", A, B, C)
    assert (article.title, article.standfirst, article.byline) == (PIER, "The eastern pier will grow by two hundred metres.", "Jane Doe")
    assert RemovedLine(title_line, RemovedReason.NAVIGATION) in article.removed
    assert [b.text for b in article.blocks] == [A, B, C]


@pytest.mark.parametrize(("label", "name"), [
    pytest.param("By", "Jane Doe", id="By"),
    pytest.param("WRITTEN BY", "Jane Doe", id="a label the cleaner takes for a credit line"),
    pytest.param("Author:", "Jane Doe", id="Author:"),
    pytest.param("Authors", "Árpád Éles", id="a name with accented capitals"),
])
def test_a_byline_label_on_its_own_line_names_the_writer_under_it(label, name):
    (article,) = clean(*MENU, PIER, label, name, "Home", A, B, C)
    assert article.byline == name


@pytest.mark.parametrize("bio", [
    pytest.param("Jane Doe is a senior fellow at the Harbour Institute and a former diplomat.", id="plain"),
    pytest.param("— Jane Doe is a senior fellow at the Harbour Institute and a former diplomat.", id="after a dash"),
    pytest.param("-- Jane Doe is a senior fellow at the Harbour Institute and a former diplomat.", id="after two hyphens"),
    pytest.param("Jane Doe is French ambassador to Indonesia, ASEAN and Timor-Leste.", id="an envoy's op-ed"),
    pytest.param("Jane Doe is Director of Maritime Studies at the Harbour Institute.", id="a title with no article"),
])
def test_a_writer_s_box_under_the_text_is_the_bio(bio):
    (article,) = clean(PIER, A, B, C, bio)
    assert (article.bio, [b.text for b in article.blocks]) == (bio, [A, B, C])


@pytest.mark.parametrize(("text", "bio"), [
    ("__Jane Doe__ is Director of Maritime Studies at the Harbour Institute.", True),
    ("**Jane Doe** is a staff writer at the Harbour Gazette.", True),
    ("> Jane Doe is a staff writer at the Harbour Gazette.", True),
    ("Jane Doe is President of the Harbour Board.", False),
    ("Jane Doe is Owner of the pier and spoke to a reporter.", False),
])
def test_a_bio_s_name_may_be_bold_or_quoted_and_a_title_needs_no_article(text, bio):
    assert opens_with_bio(text) is bio


def test_a_sentence_shaped_headline_repeated_under_the_title_line_makes_no_untitled_article():
    headline = "“Not again!”. The harbour board approves the longer eastern pier after a vote that split the town"
    articles = clean(headline, "Donate", "12 May 2026, 19:06", headline, A, B, C)
    assert [(a.title, [b.text for b in a.blocks]) for a in articles] == [(headline, [A, B, C])]


@pytest.mark.parametrize(("header", "title", "standfirst"), [
    pytest.param(["A big deal", PIER, "The town will pay for it over ten years", "Jul 21st 2020BERLIN"], PIER,
                 "The town will pay for it over ten years", id="rubric, headline, standfirst"),
    pytest.param([PIER, "The town will pay for it over ten years", "Jul 21st 2020"], PIER,
                 "The town will pay for it over ten years", id="a short headline and its standfirst"),
])
def test_a_rubric_above_the_headline_is_not_the_title(header, title, standfirst):
    (article,) = split_articles(SourceDocument("test.txt", "\n\n".join([*header, A, B]) + "\n", {}))
    assert (article.title, article.standfirst) == (title, standfirst)


#: What a select-all paste holds above the headline when the page has no browser title line.
MASTHEAD = ["Skip to main content", "The Harbour Gazette - Back to home", "Support the Gazette", "Sign in",
            "Local news and views from the coast", "Home", "News", "Opinion"]


@pytest.mark.parametrize(("header", "title"), [
    pytest.param([*MASTHEAD, PIER, "By Jane Doe", "12 May 2026 09:20"], PIER, id="menus, then headline, byline, date"),
    pytest.param([*MASTHEAD, "Business News", PIER, "Jane Doe", "5 Min Read"], PIER, id="a section label, a reading time"),
    pytest.param([*MASTHEAD, PIER, "Updated: 12 May 2026 9:38 pm", "Posted: 12 May 2026 8:11 pm"], PIER, id="stamps under it"),
    pytest.param([*MASTHEAD, "Ferry timetable changes for the summer season", "Council opens the new library on Monday",
                  "Three cafés win the regional baking prize", PIER, "Monday May 12, 2026 7:45 am by Jane Doe"], PIER,
                 id="a list of teasers above the headline"),
    pytest.param([*MASTHEAD, PIER, "The town will pay for it over ten years", "By Jane Doe"], PIER,
                 id="a headline over its dek"),
    pytest.param([*MASTHEAD, "Science & Astronomy", PIER, "Science & Astronomy"], PIER, id="a section label printed twice"),
    pytest.param([*MASTHEAD, PIER, "By Jane Doe", "Most Popular", "Ferry timetable changes for the summer season",
                  "Council opens the new library on Monday"], PIER, id="over its byline, teasers before the text"),
    pytest.param([*MASTHEAD, PIER, "Share", "Email", "By Jane Doe", "Ferry timetable changes for the summer season"], PIER,
                 id="over share buttons and its byline, a caption-like line before the text"),
])
def test_after_a_pages_menus_the_headline_is_the_one_nearest_the_text(header, title):
    (article,) = clean(*header, A, B, C)
    assert article.title == title
    assert RemovedLine("The Harbour Gazette - Back to home", RemovedReason.NAVIGATION) in article.removed


def test_the_first_headline_shaped_line_over_its_byline_is_the_nearest_headline_not_a_teaser_under_it():
    header = [PIER, "Facebook", "Twitter", "By Jane Doe", "Ferry timetable changes for the summer season"]
    lines = scan_lines("\n".join([*header, A, B]) + "\n", 100)
    assert nearest_headline(lines, 0, len(header)) == 0


@pytest.mark.parametrize(("between", "second_header"), [
    pytest.param(FOOTER, ["12 May 2026 09:20"], id="after a footer, a date"),
    pytest.param(["https://harbourgazette.example/news/2026/05/12/pier-vote"], ["By Tomas Berg"], id="after the page's address, a byline"),
    pytest.param(FOOTER, [RAILWAY, "Photo: Tomas Berg", "T.B.", "12.05.2026. 06:20h"], id="printed twice, a photo credit, initials"),
    pytest.param(["https://harbourgazette.example/news/2026/05/12/pier-vote", "Back on track"],
                 ["The line was shut for most of the spring", "May 12th 2026BERGTAL"], id="after the page's address, a rubric and a date"),
])
def test_a_second_pasted_article_starts_at_its_headline(between, second_header):
    articles = clean(PIER, "12 May 2026", A, B, C, *between, RAILWAY, *second_header, D, E)
    assert [(a.title, [b.text for b in a.blocks]) for a in articles] == [(PIER, [A, B, C]), (RAILWAY, [D, E])]


@pytest.mark.parametrize("after", [
    pytest.param(["Recommended", "Fishing crews celebrate the new moorings", "Jane Doe", "11 May 2026", D,
                  "Storm season starts early on the coast", "Tomas Berg", "10 May 2026", E, *FOOTER], id="teasers with one summary each"),
    pytest.param(["Read more", "Latest news", RAILWAY, "10 May 2026", D, E], id="a teaser box close after a paragraph"),
])
def test_teasers_with_dates_do_not_start_articles(after):
    articles = clean(PIER, "12 May 2026", A, B, C, *after)
    assert [a.title for a in articles] == [PIER]


def test_the_authors_name_over_the_date_stamp_is_the_byline_though_teasers_repeat_it():
    teasers = ["Fishing crews celebrate the new moorings", "Jane Doe", "11 May 2026 10:00", "Storm season starts early on the coast", "Jane Doe", "10 May 2026 09:00"]
    (article,) = clean(PIER, "Jane Doe", "12 May 2026 09:20", A, B, C, "Recommended", *teasers)
    assert article.byline == "Jane Doe"


@pytest.mark.parametrize("stamp", ["12 May 2026 09:20", "Monday 5:30PM"])
@pytest.mark.parametrize("name", ["Jane Doe", "Ştefan Ţurcanu", "Øystein Ålund"])
def test_the_authors_name_over_a_stamp_is_the_byline(stamp, name):
    (article,) = clean(*MENU, PIER, name, stamp, A, B, C)
    assert article.byline == name


def test_a_lower_case_byline_under_an_unfinished_standfirst_is_no_wrapped_line():
    standfirst = "The harbour board did not hold back on Monday when asked about the long dispute over the pier"
    (article,) = clean(*MENU, PIER, standfirst, "by Jane Doe", "@janedoe", "12 May 2026 09:20", A, B, C)
    assert (article.standfirst, article.byline) == (standfirst, "by Jane Doe")


def test_a_wrapped_line_going_on_with_by_still_joins():
    wrapped = "The eastern pier will be extended by two hundred metres after the vote, which was called"
    (article,) = clean(PIER, wrapped, "by the harbour board on Wednesday.", A, B)
    assert article.blocks[0].text == wrapped + " by the harbour board on Wednesday."


PIPED_BYLINE = "By Jane Doe | May 12, 2026 -- 09:20 GMT (10:20 BST) | Topic: Harbours and Coastal Transport"


@pytest.mark.parametrize(("header", "footer"), [
    pytest.param([PIER, "The eastern pier will grow by two hundred metres, and the town will pay for it over ten years.",
                  PIPED_BYLINE, "(Image: Tomas Berg / Harbour Gazette)"], [], id="under the dek, over a caption"),
    pytest.param([PIER, PIPED_BYLINE], ["Related topics:", PIPED_BYLINE, *FOOTER], id="printed again in the footer"),
])
def test_a_byline_run_on_into_the_date_and_topic_is_the_byline_not_a_headline(header, footer):
    (article,) = clean(*MENU, *header, A, B, C, *footer)
    assert (article.title, article.byline, [b.text for b in article.blocks]) == (PIER, PIPED_BYLINE, [A, B, C])


TEASER = "Ferry timetable changes for the summer season"
SUMMARY = "The first boat now leaves at six, and the last one an hour later than before, until the end of September."


@pytest.mark.parametrize(("lines", "titles"), [
    pytest.param([PIER, "12 May 2026", A, B, C, D, E, *FOOTER, TEASER, SUMMARY], [PIER], id="a teaser after the footer"),
    pytest.param([PIER, "12 May 2026", A, B, C, D, E, *FOOTER, TEASER, SUMMARY, RAILWAY, "Photo: Tomas Berg", SUMMARY],
                 [PIER], id="two teasers, one over a caption"),
    pytest.param([*MENU, TEASER, SUMMARY, *MENU, PIER, "By Jane Doe", "12 May 2026", A, B, C, D, E], [PIER], id="a teaser over the headline"),
    pytest.param([PIER, "12 May 2026", A, B, C, D, E, *FOOTER, RAILWAY, "By Tomas Berg", SUMMARY], [PIER, RAILWAY],
                 id="a short second article with its byline"),
])
def test_a_teaser_a_headline_and_a_line_or_two_makes_no_brief_of_its_own(lines, titles):
    articles = clean(*lines)
    assert [a.title for a in articles] == titles
    assert [b.text for b in articles[0].blocks] == [A, B, C, D, E]
    assert all(line in {r.text for a in articles for r in a.removed} | {b.text for a in articles for b in a.blocks} for line in lines
               if line not in titles and line not in {"By Jane Doe", "By Tomas Berg", "12 May 2026"})


@pytest.mark.parametrize(("header", "title"), [
    pytest.param([PIER, PIER, "Fishing crews win a long fight over the eastern moorings of the harbour"], PIER,
                 id="printed twice over its dek: the headline"),
    pytest.param([PIER, "Fishing crews win a long fight over the eastern moorings of the harbour"], PIER, id="printed once over its dek"),
])
def test_a_headline_printed_twice_in_a_row_is_the_headline_over_its_dek(header, title):
    (article, *_) = clean(*MENU, "Log In", "Up next:", *header, "@janedoe", "Nov 18, 2026 at 9:24 pm ET • 2 min read", A, B, C)
    assert article.title == title


@pytest.mark.parametrize("stamp", ["Tempo de leitura: 1 minuto", "Reading time: 4 minutes", "Lesezeit: 3 Min."])
def test_a_reading_time_under_the_date_is_no_headline(stamp):
    menu = ["Download our free ebook on harbours", "Start here", "About the harbour", "Contact us"]
    (article, *_) = clean(*MENU, *menu, PIER, "Jane Doe 27/09/2026 Comment!", stamp, A, B, C)
    assert article.title == PIER


@pytest.mark.parametrize("stamp", ["Von Jane Doe publiziert am 25. September 2026", "Jane Doe, 3. March 2026"])
def test_a_byline_with_a_date_over_the_headline_is_no_headline(stamp):
    (article, *_) = clean(*MENU, stamp, PIER, A, B, C)
    assert article.title == PIER
