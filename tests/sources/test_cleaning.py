"""Stage 2, cleaning: articles are cut out of a source file and web-page noise is removed, with provenance."""
from __future__ import annotations

import pytest

from generator.model import Article, Block, RemovedLine, RemovedReason, SourceDocument
from generator.sources.furniture import SITE_NOTICE_WORDS
from generator.sources.headline_stacks import past_chrome
from generator.sources.lines import scan_lines
from generator.sources.reading import document_from_bytes
from generator.sources.splitting import split_articles

# Body paragraphs: long enough (12+ words) to prove that an article body has started.
A = "The harbour board voted on Wednesday to extend the eastern pier by two hundred metres, ending a long dispute."
B = "Fishing crews had argued that the longer pier would shelter their boats during winter storms and save the moorings."
C = "Engineers expect the work to begin in the autumn and to take roughly eighteen months, depending on the weather."
D = "The mountain railway reopened to passengers on Saturday after a landslide closed the line for most of the spring."
E = "Local hotels said bookings had already risen sharply, and several guesthouses reported that they were full again."
PIER = "Harbour Board Approves Longer Pier"
RAILWAY = "Mountain Railway Reopens To Passengers"


def clean(text: str, meta: dict | None = None, max_line_chars: int = 20_000) -> list[Article]:
    """The articles of one source text."""
    return split_articles(SourceDocument("test.txt", text, meta or {}), max_line_chars)


def paragraphs(*texts: str) -> tuple[Block, ...]:
    """Paragraph blocks, for comparing whole articles."""
    return tuple(Block("paragraph", t) for t in texts)


def shape(article: Article) -> dict[str, object]:
    """The parts of an article a reader sees."""
    return {
        "title": article.title, "standfirst": article.standfirst, "byline": article.byline,
        "dateline": article.dateline, "bio": article.bio, "blocks": article.blocks,
    }


def article_shape(title=None, *, standfirst=None, byline=None, dateline=None, bio=None, blocks=()) -> dict[str, object]:
    """The expected shape of an article."""
    return {"title": title, "standfirst": standfirst, "byline": byline, "dateline": dateline, "bio": bio, "blocks": tuple(blocks)}


# --- several articles in one file ------------------------------------------------------------------



@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        pytest.param(f"{A}\n\n{B}\n\n", [article_shape(RAILWAY, standfirst=f"{A} {B}", blocks=paragraphs(D, E))],
                     id="a short untitled preface becomes the next article's standfirst"),
        pytest.param(f"{A}\n\n{B}\n\n{C}\n\n{A} {B}\n\n",
                     [article_shape(None, blocks=paragraphs(A, B, C, f"{A} {B}")), article_shape(RAILWAY, blocks=paragraphs(D, E))],
                     id="four untitled paragraphs are an article of their own"),
    ],
)
def test_a_preface_before_the_first_headline_is_not_a_brief(opening, expected):
    articles = clean(f"{opening}{RAILWAY}\n\nBy Tomas Berg\n\n{D}\n\n{E}\n")
    assert [{**shape(a), "byline": None} for a in articles] == expected
    assert [a.position for a in articles] == list(range(len(expected)))

@pytest.mark.parametrize(
    ("second_start", "second"),
    [
        pytest.param(f"{RAILWAY}\n\nBy Tomas Berg\n\n", article_shape(RAILWAY, byline="By Tomas Berg", blocks=paragraphs(D, E)),
                     id="headline followed by a byline"),
        pytest.param(f"{RAILWAY}\n\nA train leaves the valley station (AFP/Getty Images)\n\n", article_shape(RAILWAY, blocks=paragraphs(D, E)),
                     id="headline followed by a captioned photo"),
        pytest.param(f"\n{RAILWAY}\n\n", article_shape(RAILWAY, blocks=paragraphs(D, E)), id="two blank lines before the headline"),
        pytest.param("Railway Reopens\n\nRailway Reopens\n\n", article_shape("Railway Reopens", blocks=paragraphs(D, E)),
                     id="short headline printed twice"),
        pytest.param(f"{RAILWAY}\n\nBERGTAL, June 4. /ALPINE NEWS/. ", article_shape(RAILWAY, dateline="BERGTAL, June 4. /ALPINE NEWS/.", blocks=paragraphs(D, E)),
                     id="headline followed by a wire dateline"),
    ],
)
def test_a_file_with_two_articles_gives_two_articles(second_start, second):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{second_start}{D}\n\n{E}\n")
    assert [shape(a) for a in articles] == [article_shape(PIER, blocks=paragraphs(A, B)), second]
    assert [(a.source, a.position) for a in articles] == [("test.txt", 0), ("test.txt", 1)]



def test_a_headline_printed_twice_takes_its_page_header_with_it():
    """The next page's chrome between its title line and its printed headline is that page's, not the last one's."""
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n\n\n{RAILWAY}\n\nA train leaves the valley station (AFP/Getty Images)\n"
                     f"TT\n20\n\n{RAILWAY}\n\n{D}\n\n{E}\n")
    assert [a.title for a in articles] == [PIER, RAILWAY]
    assert [r.text for r in articles[0].removed] == []
    assert "A train leaves the valley station (AFP/Getty Images)" in [r.text for r in articles[1].removed]

#: A second article on the first one's topic: its headline, a longer one (no subheading is so long), a paragraph.
CONTRACTOR = "Harbour Board Names Pier Contractor"
LONG_CONTRACTOR = "Harbour Board Names The Contractor For The Eastern Pier And Sets The Date For The First Works On The Quay"
QUAY = "The contractor, a family firm from the next town, has built three quays along the coast in the last decade."


@pytest.mark.parametrize(
    ("between", "second"),
    [
        pytest.param(f"{CONTRACTOR}\n\nPortmore, June 4 (HNA) - ",
                     article_shape(CONTRACTOR, blocks=paragraphs(f"Portmore, June 4 (HNA) - {C}", QUAY)),
                     id="a headline on the same topic over a wire dateline in small letters"),
        pytest.param(f"{LONG_CONTRACTOR}\n\n", article_shape(LONG_CONTRACTOR, blocks=paragraphs(C, QUAY)),
                     id="a headline on the same topic longer than any subheading"),
        pytest.param(f"# Jane Roe\n\n##### Senior Reporter\n\nFollow Jane on Twitter and send her your ideas for the next story we check.\n\n"
                     f"# {CONTRACTOR}\n\n", article_shape(CONTRACTOR, blocks=paragraphs(C, QUAY)), id="a writer's box over the next headline"),
        pytest.param(f"# {CONTRACTOR}\n\n### Summary\n\n", article_shape(CONTRACTOR, blocks=paragraphs(C, QUAY)),
                     id="a section's heading right under the headline"),
    ],
)
def test_a_second_article_on_the_same_topic_is_split_off_under_its_headline(between, second):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{between}{C}\n\n{QUAY}\n")
    assert [shape(a) for a in articles][1:] == [second]
    assert articles[0].blocks[:2] == paragraphs(A, B)


MID_CONTRACTOR = "Harbour Board Names The Contractor For The Eastern Pier Works"
CONTRACTOR_DEK = "A Family Firm From The Next Town Wins The Quay Contract"


@pytest.mark.parametrize(("between", "titles"), [
    pytest.param(f"{MID_CONTRACTOR}\n\n{CONTRACTOR_DEK}\n\n", [PIER, MID_CONTRACTOR], id="a headline over its dek, set apart"),
    pytest.param(f"{MID_CONTRACTOR}\n{CONTRACTOR_DEK}\n\n", [PIER], id="two lines of one block: no headline and dek"),
    pytest.param(f"{MID_CONTRACTOR}\n\n", [PIER], id="no dek: a long subheading"),
])
def test_a_headline_longer_than_a_subheading_over_its_dek_opens_an_article(between, titles):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{between}{C}\n")
    assert [a.title for a in articles] == titles


def test_a_picture_under_a_paragraph_is_no_pages_address():
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{CONTRACTOR}\n\nBy Jane Roe\n\n\n{C}\n![](https://img.example/pier.jpg)\n\n{QUAY}\n")
    assert [(a.title, a.byline, a.blocks) for a in articles] == [(PIER, None, paragraphs(A, B)), (CONTRACTOR, "By Jane Roe", paragraphs(C, QUAY))]


#: A second page's headline as long as a paragraph, as some sites write it (no headline shape).
LONG_HEADLINE = "The mountain railway reopens to passengers after a landslide closed the line for most of the spring, and hotels fill up again"


@pytest.mark.parametrize(
    ("end", "second_start", "title"),
    [
        pytest.param("(Reporting by Jane Doe; Editing by Bob Lee)\n", f"{LONG_HEADLINE}.\nhttps://alpine.example/railway\n",
                     f"{LONG_HEADLINE}.", id="headline shaped as a sentence with its address, after credits"),
        pytest.param("", f"{LONG_HEADLINE}\nhttps://alpine.example/railway\n12:45 AM, Tuesday, June 18, 2024\n\n",
                     LONG_HEADLINE, id="long headline with its address and date stamp"),
        pytest.param("", f"{LONG_HEADLINE}.\nhttps://alpine.example/railway\n12:45 AM, Tuesday, June 18, 2024\n\n",
                     f"{LONG_HEADLINE}.", id="headline shaped as a sentence with its address and date stamp, right after the text"),
        pytest.param("\n\n", f"{RAILWAY} | Alpine News\nDonate\nArticle\n18 June 2024, 19:06\n{RAILWAY}\n",
                     RAILWAY, id="browser title printed again, after two blank lines"),
        pytest.param("\n\n", f"{RAILWAY} | Alpine News\n" + "Menu\nNews\nSport\nWeather\n" * 4 + f"{RAILWAY}\n",
                     RAILWAY, id="browser title printed again past a long menu"),
        pytest.param("© 2024 Harbour Times\nAdvertising\n", f"{RAILWAY} | Alpine News\nMenu\nNews\nSport\n{RAILWAY}\n",
                     RAILWAY, id="browser title printed again past the footer's last widget"),
        pytest.param("\n", f"{LONG_HEADLINE}.\nDonate\nArticle\n18 June 2024, 19:06\n{LONG_HEADLINE}.\nPhoto: Jane Roe\n",
                     f"{LONG_HEADLINE}.", id="headline shaped as a sentence printed again under its header, right after the text"),
        pytest.param("", f"{RAILWAY}\n18 June 2024, 19:06\n{RAILWAY}\n", RAILWAY, id="headline printed again over its date stamp"),
        pytest.param("", f"Travel\nPost By : 18th June 2024\n{RAILWAY}\n", RAILWAY, id="a section's label and the date over the headline"),
        pytest.param("\n", f"18/06/2024\n{RAILWAY}\n", RAILWAY, id="a numeric date over the headline"),
    ],
)
def test_a_second_pasted_page_opens_as_a_first_page_does(end, second_start, title):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n{end}{second_start}{D}\n\n{E}\n")
    assert [(a.title, a.blocks) for a in articles] == [(PIER, paragraphs(A, B)), (title, paragraphs(D, E))]


@pytest.mark.parametrize("text", [
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n{B}\n\n{C}\n", id="a paragraph pasted twice in a row"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\n{B}\n\n{D}\n", id="a paragraph printed again past other text (a pull quote)"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n{LONG_HEADLINE}.\nDonate\n18 June 2024, 19:06\n{LONG_HEADLINE}.\n{D}\n",
                 id="a teaser printed twice over one summary"),
])
def test_a_line_printed_twice_with_no_header_between_opens_no_article(text):
    assert [a.title for a in clean(text)] == [PIER]


@pytest.mark.parametrize("text", [
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n10:32\n\n{RAILWAY}\n\n{D}\n\n{E}\n", id="a live blog's time of day, no year"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\nThe board first met on 4 June 2024 to weigh the plan for the pier\n\n{RAILWAY}\n\n{D}\n\n{E}\n",
                 id="a date in a line longer than a header's"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n18 June 2024\n\n{RAILWAY}\n\n{D}\n", id="one paragraph under it"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n— Jane Roe (@janeroe) June 18, 2024\n{RAILWAY}\n\n{D}\n\n{E}\n",
                 id="an embedded post's signature over a subheading"),
    pytest.param(f"Menu\n{PIER}\n\nThe board looks at the long winter ahead\n\nby Jane Roe\n19 Nov 2019 05:44 GMT\n"
                 f"A picture of the pier at dusk, as the board sees it [Harbour Board]\n\n{A}\n\n{B}\n", id="a caption under the header's date"),
])
def test_a_headline_under_no_headers_date_after_the_text_opens_no_article(text):
    assert [a.title for a in clean(text)] == [PIER]


@pytest.mark.parametrize(
    ("footer", "second_start"),
    [
        pytest.param("\n\nCreative Commons Licence For All Articles\n", f"{RAILWAY}\n", id="footer line taken for a headline"),
        pytest.param("", f"Alpine Notes\n\n{RAILWAY}\n\nThe line is back and the valley breathes again\n\nJun 4th 2024\n", id="rubric over the headline"),
    ],
)
def test_two_blank_lines_set_off_the_next_page(footer, second_start):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n{footer}\n\n{second_start}\n{D}\n\n{E}\n")
    assert [(a.title, a.blocks) for a in articles] == [(PIER, paragraphs(A, B)), (RAILWAY, paragraphs(D, E))]


@pytest.mark.parametrize("mark", ["ENDS", "-ENDS-", "— ENDS —", "- ends -", "END", "-30-", "###", "End of release", "\\###", "\\# \\# \\#"])
def test_a_releases_end_mark_closes_it_and_the_next_headline_opens_another(mark):
    pier, railway = PIER.capitalize(), RAILWAY.capitalize()  # sentence case, as releases write headlines
    articles = clean(f"{pier}\n\n{A}\n{B}\n\n{mark}\n\n{railway}\n\n{D}\n{E}\n")
    assert [(a.title, a.blocks) for a in articles] == [(pier, paragraphs(A, B)), (railway, paragraphs(D, E))]
    assert [(line.text, line.reason) for line in articles[0].removed] == [(mark, RemovedReason.END_MARK)]


#: A release of one short paragraph, as a readout of a call is.
READOUT = "The two leaders discussed the reopened railway line and the tourists it brings back to the valley."


@pytest.mark.parametrize(
    ("second", "blocks"),
    [
        pytest.param(f"{READOUT}\n", paragraphs(READOUT), id="a release of one paragraph is no teaser"),
        pytest.param(f"President Joseph R. Biden, Jr. met with Prime Minister Jane Roe in\n{D}\n", None,
                     id="its first line, wrapped where a headline could end, is no headline set off by two blank lines"),
    ],
)
def test_a_release_after_an_end_mark_keeps_its_headline_however_short(second, blocks):
    pier, railway = PIER.capitalize(), RAILWAY.capitalize()
    articles = clean(f"{pier}\n\n{A}\n{B}\n{C}\n{D}\n{E}\n\n###\n\n{railway}\n\n \n{second}\n###\n")
    assert [a.title for a in articles] == [pier, railway]
    assert blocks is None or articles[1].blocks == blocks


@pytest.mark.parametrize(("place", "byline"), [("New York", None), ("Kuala Lumpur", None), ("Tomas Berg", "Tomas Berg")])
def test_a_city_over_the_date_is_where_a_release_was_issued_not_its_byline(place, byline):
    (article,) = clean(f"{PIER}\n\n{place}\n\n22 September 2016\n\n{A}\n\n{B}\n")
    assert (article.byline, article.blocks) == (byline, paragraphs(A, B))


@pytest.mark.parametrize("line", ["Ends of the earth", "The end", "30", "* * *"])
def test_words_of_a_text_are_no_end_mark(line):
    (article,) = clean(f"{PIER}\n\n{A}\n\n{line}\n\n{B}\n")
    assert RemovedReason.END_MARK not in {removed.reason for removed in article.removed}


@pytest.mark.parametrize("standfirst", [pytest.param("", id="byline under the headline"),
                                        pytest.param(f"{C}\n", id="standfirst between the headline and the byline")])
def test_a_headline_after_a_page_footer_with_a_byline_opens_the_next_page(standfirst):
    footer = "Home\nNews\nSport\nWeather\nContact us\nPrivacy policy\nTerms of use\n"
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{footer}\n{RAILWAY}\n\n{standfirst}\nBy Tomas Berg\n\n{D}\n\n{E}\n")
    assert [(a.title, a.blocks) for a in articles] == [(PIER, paragraphs(A, B)), (RAILWAY, paragraphs(D, E))]


#: A third paragraph of the second article, so that a dated stack has the text of an article under it.
F = "Ticket prices stay as they were last year, the railway company said, and children under six still travel free."
DEK = "The line is back and the valley breathes again"
STANDFIRST = "Passengers returned to the valley line on Saturday after engineers cleared the landslide that closed it."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("\n".join([PIER, A, B, C, "Alpine Notes", RAILWAY, DEK, "Jun 4th 2024", D, E, F]), [(PIER, C), (RAILWAY, F)],
                     id="rubric, headline, dek and date, no blank line"),
        pytest.param("\n".join([PIER, A, B, C, RAILWAY, "June 4, 2024", "Alpine News", D, E, F]), [(PIER, C), (RAILWAY, F)],
                     id="headline, date and a wire's name"),
        pytest.param("\n".join([PIER, A, RAILWAY, "June 4, 2024", D, E, F]), [(PIER, F)], id="one paragraph over it: a standfirst"),
        pytest.param("\n".join([PIER, A, B, C, RAILWAY, "June 4, 2024", D, E]), [(PIER, E)], id="two paragraphs under it: a teaser box"),
        pytest.param("\n".join([PIER, A, B, C, RAILWAY, "https://alpine.example/railway", D, E, F]), [(PIER, F)], id="an address under it"),
        pytest.param("\n".join([PIER, A, B, C, "Contact us", "https://alpine.example/railway", RAILWAY, D, E, F]),
                     [(PIER, C), (RAILWAY, F)], id="its address over it, three paragraphs under it"),
        pytest.param("\n".join([PIER, A, B, C, "https://alpine.example/railway", RAILWAY, D, E]), [(PIER, E)],
                     id="an address over a subheading with two paragraphs under it"),
        pytest.param("\n".join([PIER, A, B, C, "Sign up to Alpine Notes, our weekly newsletter.", "Alpine | Rails", RAILWAY, DEK,
                                "Jun 4th 2024", D, E, F]), [(PIER, C), (RAILWAY, F)],
                     id="a newsletter's pitch closing the text, a section's rubric over the stack"),
        pytest.param("\n".join([PIER, A, B, C, "Related coverage:", RAILWAY, "June 4, 2024", D, E, F]), [(PIER, F)],
                     id="a box's header over a dated teaser inside the text, no rubric"),
        pytest.param("\n".join([PIER, A, B, C, RAILWAY, STANDFIRST, "Jane Roe", "Alpine News", "June 4, 2024", D, E, F]),
                     [(PIER, C), (RAILWAY, F)], id="headline, standfirst, writer and date stamp"),
        pytest.param("\n".join([PIER, A, B, C, RAILWAY, STANDFIRST, "June 4, 2024", D, "Titled", E, F]),
                     [(PIER, C), (RAILWAY, F)], id="a paragraph cut at its link among those under it"),
        pytest.param("\n".join([PIER, A, B, C, RAILWAY, STANDFIRST, "June 4, 2024", D, E]), [(PIER, E)],
                     id="a standfirst and a date over two paragraphs: a teaser box"),
    ],
)
def test_a_headline_stack_dated_or_addressed_after_the_text_opens_the_next_article(text, expected):
    assert [(a.title, a.blocks[-1].text) for a in clean(text + "\n")] == expected


@pytest.mark.parametrize(
    ("headline", "split"),
    [
        pytest.param("New: Mountain railway reopens to passengers", True, id="a news blog's flag"),
        pytest.param("Big News: Mountain railway reopens to passengers", True, id="a longer flag"),
        pytest.param("Analysis: Mountain railway reopens to passengers", True, id="a section label"),
        pytest.param("Note: Mountain railway reopens to passengers", False, id="no flag of a headline's"),
        pytest.param("Mountain railway reopens to passengers", False, id="no flag: a subheading"),
    ],
)
def test_a_flagged_headline_between_paragraphs_opens_the_next_article(headline, split):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{headline}\n\n{D}\n\n{E}\n")
    assert [a.title for a in articles] == ([PIER, headline] if split else [PIER])


def test_a_section_label_over_a_headline_goes_with_the_article_under_it():
    articles = clean(f"**EDITORIAL**\n\n# {PIER}\n\n{A}\n\n{B}\n\n**EDITORIAL**\n\n# Mountain Railway Reopens\n\n{D}\n\n{E}\n")
    assert [(a.title, [(r.text, r.reason) for r in a.removed]) for a in articles] == [
        (PIER, [("**EDITORIAL**", RemovedReason.NAVIGATION)]), ("Mountain Railway Reopens", [("**EDITORIAL**", RemovedReason.NAVIGATION)])]


@pytest.mark.parametrize(
    ("headline", "lead", "split"),
    [
        pytest.param("On June 25, the President will meet the Prime Minister of Norway",
                     "On June 25, the President will meet the Prime Minister of Norway in Oslo. The talks will cover energy.", True,
                     id="a lead saying its headline again"),
        pytest.param("On June 25, the President will meet the Prime Minister of Norway",
                     "The talks will cover energy, trade and the ferry link, officials said on Monday in a statement.", False,
                     id="a lead saying something else: a subheading"),
        pytest.param("The President will meet the Prime Minister.",
                     "The President will meet the Prime Minister in Oslo on Monday to discuss energy and trade.", False,
                     id="a line ending its sentence is the text's own"),
    ],
)
def test_a_headline_its_lead_says_again_opens_the_next_article(headline, lead, split):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{headline}\n\n{lead}\n")
    assert [a.title for a in articles] == ([PIER, headline] if split else [PIER])


#: A page's footer as pasted (UNITED24 Media's, tests/heldout/dev/015): a subscription box after the copyright line.
PAGE_FOOTER = "\n".join([
    "© 2026 UNITED24. All rights reserved.", "Be the first to know", "Subscribe to updates and get important information first",
    "Thank you for subscription!", "We will send you only important information", "Name", "Email*", "Subscribe", "Back to homepage",
    "This site is protected by reCAPTCHA and the Google", "Privacy Policy", "Terms of Service", "Choose your language", "English",
    "Español", "Select language", "Select", "Support UNITED24 Media Team", "Your donation powers frontline reporting from Ukraine.",
    "United, we tell the war as it is.", "Join Monthly", "Give One Time",
])
#: A browser title line's headline, worded unlike the paragraphs under it.
VALLEY = "Valley Celebrates As Its Mountain Railway Returns After Months Of Repairs And Hotels Welcome Guests Back Again"


@pytest.mark.parametrize(
    ("between", "title"),
    [
        pytest.param(f"https://pier.example/pier\n\n{VALLEY} | Alpine News\n{VALLEY}\n\nhttps://alpine.example/railway\n\n", VALLEY,
                     id="a browser title line over its printed headline is no teaser list"),
        pytest.param(f"https://pier.example/pier\n\nhttps://alpine.example/railway\n{RAILWAY}\n\nBy Tomas Berg\n\n", RAILWAY,
                     id="the last paragraph over two addresses is text, not a headline"),
        pytest.param("© Pier News\n\nUsing Pier News for work?\n\nSubscribe to read every story, every day, on every device\n\n"
                     f"Alpine Notes\n{RAILWAY}\n\n{DEK}\n\nJun 4th 2024\n\n", RAILWAY,
                     id="the headline over the date, not the chrome above it"),
        pytest.param(f"{PAGE_FOOTER}\n\n{RAILWAY}\n\n", RAILWAY, id="the headline right over the text, not the footer line after the copyright"),
        pytest.param(f"{PAGE_FOOTER}\n{RAILWAY}\nBy Tomas Berg\n\n", RAILWAY,
                     id="the headline over its byline, not the footer line after the copyright"),
        pytest.param(f"(Reporting by Jane Doe)\n\nTravel\nPost By : 4th June 2024\n\n{RAILWAY}\nBy Tomas Berg\n\n", RAILWAY,
                     id="the headline under a section's label and a date line, not the date line"),
        pytest.param(f"(Reporting by Jane Doe)\n\n{RAILWAY}\n\n{DEK}\n\n", RAILWAY, id="a headline over its dek"),
        pytest.param(f"{VALLEY} | Alpine News\n{VALLEY}\n\n", VALLEY, id="a browser title line over its headline, right after the text"),
        pytest.param(f"{VALLEY} | Alpine News\nSkip links\nNews\nSport\nWeather\n{VALLEY}\n\n", VALLEY,
                     id="a browser title line right after the text, the page's menus between it and its headline"),
        pytest.param(f"Donate\nAll articles are published under\nCreative Commons license BY SA 4.0\n\n{VALLEY} | Alpine News\n"
                     f"{VALLEY} | Alpine News\n{VALLEY}\nHikers wait at the valley station for the first train of the season\n"
                     "by Alpine Agency\nJun 4, 2026 6:40 pm\n", VALLEY, id="two title lines over the headline, its byline and date under it"),
        pytest.param(f"Council Delays Budget Vote Again\n\nhttps://pier.example/pier\n\n{RAILWAY}\nBy Tomas Berg\n\n", RAILWAY,
                     id="a related link closing the first page, its address, then the headline over its byline"),
    ],
)
def test_a_pasted_articles_headline_after_the_first_articles_end(between, title):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\n{between}{D}\n\n{E}\n")
    assert [(a.title, a.blocks) for a in articles] == [(PIER, paragraphs(A, B, C)), (title, paragraphs(D, E))]


@pytest.mark.parametrize("writers", ["Jane Roe and John Doe", "Jane Roe & John Doe"])
def test_a_later_articles_headline_is_never_its_writers_names(writers):
    standfirst = "The line closed by a landslide in March carries hikers and skiers up the valley again."
    text = f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\nShare this article\nLog in\n\n{RAILWAY}\n{standfirst}\n{writers}\n(Alpine News)\nJun 4, 2026\n\n{D}\n\n{E}\n"
    assert [a.title for a in clean(text)] == [PIER, RAILWAY]


@pytest.mark.parametrize(("header", "headline"), [
    pytest.param(["Be the first to know", "Thank you for subscription!", RAILWAY, "June 4, 2024", "Reuters"], 2, id="over its date and wire"),
])
def test_a_later_articles_headline_is_the_one_over_its_header_past_the_chrome(header, headline):
    lines = scan_lines("\n".join([*header, D]), 20_000)
    assert past_chrome(lines, 0, len(header)) == headline


def test_a_date_and_byline_line_over_the_date_is_no_browser_title_line():
    stamps = "November 12, 2018 | BY: Alpine News\nNovember 12, 2018 Alpine News\n\n"
    assert [a.title for a in clean(f"{PIER}\n\n{A}\n\n{B}\n\n{stamps}{D}\n\n{E}\n")] == [PIER]


def test_a_bio_under_the_headline_after_two_blank_lines_is_no_new_page():
    bio = "Jane Doe is an Irish freelance journalist and media analyst"
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\nWill The Valley Welcome Its Railway Back?\n\n\n{bio}\n\n{D}\n\n{E}\n")
    assert [a.title for a in articles][-1] == "Will The Valley Welcome Its Railway Back?"


def test_a_list_of_linked_items_opens_no_page():
    items = "\n".join(f"{n}) {line}\nhttps://shop.example/{n}" for n, line in enumerate((A, B, C), start=1))
    (article,) = clean(f"{PIER}\n\n{D}\n\n{items}\n\n{E}\n")
    assert article.title == PIER


def test_markdown_headings_split_articles_and_mark_sections():
    articles = clean(f"# {PIER}\n\n{A}\n\n## What comes next\n\n{B}\n\n# {RAILWAY}\n\n{D}\n")
    assert [shape(a) for a in articles] == [
        article_shape(PIER, blocks=(Block("paragraph", A), Block("heading", "What comes next"), Block("paragraph", B))),
        article_shape(RAILWAY, blocks=paragraphs(D)),
    ]


@pytest.mark.parametrize(("headline", "title"), [
    pytest.param("# Harbour Crews Protest in Port Ellen", "Harbour Crews Protest in Port Ellen", id="a Markdown headline shaped 'NAME in PLACE'"),
    pytest.param("# BRICS Trample U.S. in South America", "BRICS Trample U.S. in South America", id="... its words in capitals and initials"),
])
def test_a_markdown_headline_is_never_taken_for_a_byline(headline, title):
    (article,) = clean(f"{headline}\n\nby Jane Roe\nFrom Harbour News\n\n{A}\n\n{B}\n")
    assert (article.title, article.blocks) == (title, paragraphs(A, B))


POST = {"title": "Harbour board approves a longer pier", "date": "2024-05-02", "author": "Jane Roe"}
ARCHIVED = f"{RAILWAY}\n\nBut the hotels fear another landslide\n\nhttps://img.example/railway.jpg\n\n{C}\n\n{D}\n\n{E}\n"


@pytest.mark.parametrize(("between", "titles"), [
    pytest.param("Continue reading from the source: [Harbour News][hn]\n\n[hn]: https://harbour.example/pier\n\n",
                 ["Harbour board approves a longer pier", RAILWAY], id="after a read-more link and its reference"),
    pytest.param("", ["Harbour board approves a longer pier", RAILWAY], id="right after the post's text"),
])
def test_an_archived_article_after_a_post_under_frontmatter_is_its_own(between, titles):
    articles = clean(f"{A}\n\n{B}\n\n{between}{ARCHIVED}", meta=POST)
    assert [a.title for a in articles] == titles and [a.position for a in articles] == [0, 1]
    assert articles[0].meta["author"] == "Jane Roe" and "author" not in articles[1].meta  # the archive's article is no post's
    assert articles[1].blocks == paragraphs(C, D, E)


ARCHIVED_PAGE = (f"## [{RAILWAY}](https://harbour.example/news/1)\n\n[Email To A Friend](https://harbour.example/email/1)\\\n"
                 f"[Printer Friendly](https://harbour.example/print/1)\\\n[Comments](https://harbour.example/news/1#c)\n\n"
                 f"January 19, 2007\n\n{C}\n\n{D}\n\n{E}\n")


@pytest.mark.parametrize(("archived", "titles"), [
    pytest.param(ARCHIVED_PAGE, ["Harbour board approves a longer pier", RAILWAY], id="a headline over its page's links and date"),
    pytest.param(ARCHIVED_PAGE.replace("January 19, 2007\n\n", ""), ["Harbour board approves a longer pier"], id="no date: a section"),
])
def test_an_archived_page_after_a_post_under_frontmatter_is_its_own(archived, titles):
    text = f"---\ntitle: Harbour board approves a longer pier\ndate: 2024-05-02\n---\n{A}\n\n{B}\n\n{archived}"
    articles = split_articles(document_from_bytes(text.encode(), "post.txt"))
    assert [a.title for a in articles] == titles
    assert len(titles) == 1 or articles[1].blocks == paragraphs(C, D, E)


@pytest.mark.parametrize(("text", "titles"), [
    pytest.param(f"### 1: {PIER}\n\n2021-10-07 03:01:50\n\n[From the board's notice.]\n\n{A}\n\n### 2: {RAILWAY}\n\n2021-10-08 01:06:26\n\n{D}\n",
                 [f"1: {PIER}", f"2: {RAILWAY}"], id="two dated items, each under its heading"),
    pytest.param(f"### 1: {PIER}\n\n2021-10-07 03:01:50\n\n{A}\n\n### What comes next\n\n{D}\n",
                 ["Harbour board approves a longer pier"], id="one dated item: the post's sections"),
])
def test_a_digest_of_dated_items_under_a_frontmatter_title_is_an_article_each(text, titles):
    assert [a.title for a in clean(text, meta=POST)] == titles


@pytest.mark.parametrize("section", [
    pytest.param(f"{RAILWAY}\n\nhttps://img.example/railway.jpg\n\n{C}\n\n{D}\n\n{E}\n", id="a subheading over a picture, no dek"),
    pytest.param(f"{RAILWAY}\n\nBut the hotels fear another landslide\n\n{C}\n\n{D}\n\n{E}\n", id="a headline and dek, no picture"),
])
def test_a_posts_own_sections_stay_in_the_post(section):
    (article,) = clean(f"{A}\n\n{B}\n\n{section}", meta=POST)
    assert article.title == "Harbour board approves a longer pier"


SCRAPED_HEADER = "publish date: 2020-08-23 05:00:00+08:00\n\n![](https://img.example/pier.jpg)\n\n[Original Article](https://harbour.example/pier)\n\n"


@pytest.mark.parametrize(("second", "titles"), [
    pytest.param(f"## {RAILWAY}\n\n{SCRAPED_HEADER}{D}\n\n{E}\n", [PIER, RAILWAY], id="a heading at the headline's level over a page's header"),
    pytest.param(f"## Costs and timetable\n\n![](https://img.example/pier.jpg)\n\n{D}\n\n{E}\n", [PIER], id="a section's heading over a picture"),
    pytest.param(f"### {RAILWAY}\n\n{SCRAPED_HEADER}{D}\n\n{E}\n", [PIER], id="a heading below the headline's level"),
])
def test_a_scraped_pages_heading_over_its_header_opens_the_next_page(second, titles):
    articles = clean(f"## {PIER}\n\n{SCRAPED_HEADER}{A}\n\n{B}\n\n{second}")
    assert [a.title for a in articles] == titles


@pytest.mark.parametrize(("opening", "title"), [
    pytest.param(f"Home Travel {PIER}\n{PIER}\n", PIER, id="a breadcrumb trail ending with the headline, the headline alone under it"),
    pytest.param(f"Tips\nReviews\nHome Natural & Eco-FriendlyTravel {PIER}\nThis post may contain affiliate links. Please see my disclosure page.\n"
                 f"TravelColoradoFamily & LifeTips\n{PIER}\n", PIER, id="... a notice and the post's categories between them"),
    pytest.param(f"{PIER}\nPier\n", PIER, id="a headline ending with a short word under it keeps its place"),
])
def test_a_breadcrumb_that_ends_with_the_headline_is_no_headline(opening, title):
    (article,) = clean(f"{opening}\n{A}\n\n{B}\n")
    assert article.title == title and article.blocks[-2:] == paragraphs(A, B)


@pytest.mark.parametrize(("between", "titles"), [
    pytest.param("Reporting by Jane Roe; Editing by John Doe\nSearch\nBy\nJohn Smith\n\n", [PIER, None],
                 id="a byline split over two lines after the credits"),
    pytest.param("Reporting by Jane Roe; Editing by John Doe\n\nBy John Smith\n\n", [PIER, None], id="a byline after the credits"),
    pytest.param("By John Smith\n\n", [PIER], id="a byline with no credits over it"),
])
def test_an_article_pasted_without_its_headline_after_credits_opens_at_its_byline(between, titles):
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{between}{C}\n\n{D}\n\n{E}\n")
    assert [a.title for a in articles] == titles
    assert articles[-1].blocks[-3:] == paragraphs(C, D, E)


DEK = "Crews on the valley line worked through the night to clear it"


@pytest.mark.parametrize(("text", "titles", "first"), [
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\nEurope | Rails\n{RAILWAY}\n{DEK}\nJune 4th 2024\n\n{D}\n\n{E}\n\n{A}\n",
                 [PIER, RAILWAY], D, id="a later headline over its dek over the date, a rubric over it"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\nLast updated on 7 Aug 2019\nBack on the rails\n\n{RAILWAY}\n\n{DEK}\n\nAug 1st 2020\n\n"
                 f"{D}\n\n{E}\n\n{A}\n", [PIER, RAILWAY], D, id="a headline between its rubric and its dek"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\nhttps://pier.example/pier\n\nMedia releases and speeches by the board are available from its office via the internet.\n\n"
                 f"MEDIA RELEASE ALPINE RAILWAY BOARD\n\nFA176 7 December 2001\n\n{RAILWAY}\n\n{D}\n\n{E}\n", [PIER, RAILWAY], D,
                 id="after the article's address, a site's line over the next one's dated header"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\nhttps://pier.example/pier\n{RAILWAY}\n{C}\nTomas Berg\nJune 4, 2024\n{D}\nTitled\n{E}\n",
                 [PIER, RAILWAY], D, id="a pasted article's paragraph cut at a link under its header"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\nMore to follow\n\n{RAILWAY}\n\nApril 13, 2021\n\n{D}\n\n{E}\n\n{A}\n",
                 [PIER, RAILWAY], D, id="the text's closing line over the next headline and its date"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\nMore to follow\n{RAILWAY}\n{E}\nTomas Berg\n(Alpine News)\nJune 4, 2024\n{D}\n\n{B}\n\n{A}\n",
                 [PIER, RAILWAY], D, id="the text's closing line over the next headline, its dek and header"),
    pytest.param(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\nSign up to Alpine Notes, our weekly newsletter.\nAlpine | Rails\nBack on track\n{DEK}\n"
                 f"June 4th 2024\n\n{D}\n\n{E}\n\n{A}\n", [PIER, "Back on track"], D, id="under a rubric, a short headline over its longer dek"),
    pytest.param(f"Harbour pier\n\nPORT AUTHORITY\n\nFOR THE PRESS\n\n16th June, 1967.\n\nHARBOUR PIER\n\n{A}\n\n{B}\n\n"
                 f"Mountain railway reopens\n\nPORT AUTHORITY\n\n6th December, 1968.\n\nMOUNTAIN RAILWAY REOPENS .\n\n{D}\n\n{E}\n",
                 ["Harbour pier", "Mountain railway reopens"], D, id="an archive's title over the page's letterhead and its copy in capitals"),
    pytest.param(f"Harbour pier\n\nPORT AUTHORITY\n\nHARBOUR PIER REPORT\n\n{A}\n\n{B}\n", ["HARBOUR PIER REPORT"], B,
                 id="words printed again with more words are no copy"),
    pytest.param(f"[Harbour Board approves a longer pier...](https://harbour.example/pier)\n\n{A}\n\n{B}\n",
                 ["[Harbour Board approves a longer pier...](https://harbour.example/pier)"], B, id="a link to the page as the first line"),
    pytest.param(f"[Harbour news](https://harbour.example/)\n\n{A}\n\n{B}\n", [None], B, id="a short link is no headline"),
])
def test_a_headline_as_pastes_write_it_is_found(text, titles, first):
    articles = clean(text)
    assert [a.title for a in articles] == titles
    assert first in [block.text for block in articles[-1].blocks]


def test_a_section_subheading_does_not_start_a_new_article():
    (article,) = clean(f"{PIER}\n\n{A}\n\nCosts and timetable\n\n{B}\n\nWhat the crews say\n\n{C}\n")
    assert article.blocks == (
        Block("paragraph", A), Block("heading", "Costs and timetable"), Block("paragraph", B),
        Block("heading", "What the crews say"), Block("paragraph", C),
    )


# --- noise around the article ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noise", "reason"),
    [
        pytest.param("The new pier at low tide (Reuters)", RemovedReason.CAPTION, id="caption credited to an agency"),
        pytest.param("Boats in the old harbour (AFP/Getty Images)", RemovedReason.CAPTION, id="caption with two credits"),
        pytest.param("The pier at dawn (Photo: Coastal Times)", RemovedReason.CAPTION, id="caption with 'Photo:' credit"),
        pytest.param("The pier at dawn. Photographer: Jane Roe/Bloomberg", RemovedReason.CAPTION, id="a caption's photographer"),
        pytest.param("Jane RoePhotographer: John T. Doe", RemovedReason.CAPTION, id="... glued to the caption as a mail's copy has it"),
        pytest.param("12", RemovedReason.COUNTER, id="share count"),
        pytest.param("1.2K shares", RemovedReason.COUNTER, id="share count with unit"),
        pytest.param("TT", RemovedReason.COUNTER, id="font-size toggle"),
        pytest.param("|", RemovedReason.COUNTER, id="stray separator"),
        pytest.param("-" * 56, RemovedReason.COUNTER, id="rule of any length"),
        pytest.param("_" * 27, RemovedReason.COUNTER, id="rule of underscores"),
        pytest.param("Share on Facebook", RemovedReason.WIDGET, id="share button"),
        pytest.param("Click to email this to a friend (Opens in new window)", RemovedReason.WIDGET, id="a blog's share button"),
        pytest.param("Advertisement", RemovedReason.WIDGET, id="advertisement"),
        pytest.param("Sign up for our daily newsletter", RemovedReason.WIDGET, id="newsletter prompt"),
        pytest.param("Updated: 4 June 2024, 10:15", RemovedReason.TIMESTAMP, id="update stamp"),
        pytest.param("Monday 5:30PM", RemovedReason.TIMESTAMP, id="a weekday and a time run into PM"),
        pytest.param("Published May 27, 2025 9:14 am EDT | Updated May 27, 2025 10:32 am EDT", RemovedReason.TIMESTAMP,
                     id="a published and an updated stamp on one line"),
        pytest.param("11/12/19 4:40AM", RemovedReason.TIMESTAMP, id="a date and a time run into AM"),
        pytest.param("Date published: 2024-06-10T20:44:49+00:00", RemovedReason.TIMESTAMP, id="a feed item's dated stamp"),
        pytest.param("* [Pier opens to boats](https://harbour.example/news/pier-opens)", RemovedReason.LINK,
                     id="a Markdown page's related link"),
        pytest.param("[hn]: https://harbour.example/news/pier-opens", RemovedReason.LINK, id="a Markdown link's reference definition"),
        pytest.param("Image copyright Reuters Image caption The pier at dawn", RemovedReason.CAPTION, id="a run-in image copyright and caption"),
        pytest.param("Reporting contributed by Jane Roe in Port Ellen and John Doe in Glasgow.", RemovedReason.CREDITS,
                     id="reporting contributed by"),
        pytest.param("keywords: harbour pier board crews moorings extension winter storms port ellen islay fishing boats vote",
                     RemovedReason.WIDGET, id="a scraper's keyword list"),
        pytest.param("publish date: 2020-08-23 05:00:00+08:00", RemovedReason.WIDGET, id="a scraper's date label"),
        pytest.param('[1]: https://harbour.example/news/pier-opens "Pier opens"', RemovedReason.LINK, id="... with its title"),
        pytest.param("<https://harbour.example/news/pier-opens>", RemovedReason.LINK, id="an autolink alone on its line"),
        pytest.param("[^12]: Harbour board minutes, 4 June 2024", RemovedReason.NOTE, id="a Markdown footnote's definition"),
        pytest.param("The post Pier opens to boats appeared first on Harbour Times.", RemovedReason.CREDITS, id="a blog feed's footer"),
        pytest.param("Table 3: Boats moored at the pier, 2001-2013", RemovedReason.CAPTION, id="a numbered table's caption"),
        pytest.param('"@type": "NewsArticle",', RemovedReason.CODE, id="a member of a page's structured data"),
        pytest.param("<summary>Origin content</summary>", RemovedReason.CODE, id="a disclosure's label"),
        pytest.param("<excerpt/>", RemovedReason.CODE, id="an element closed on itself (a blog's excerpt mark)"),
        pytest.param("{.size-auto", RemovedReason.CODE, id="a Pandoc attribute list cut by a line break"),
        pytest.param('<svg height="18px" version="1.1" viewbox="0 0 18 18" width="18px">', RemovedReason.CODE,
                     id="a line of an inline drawing's tags"),
        pytest.param("</path>", RemovedReason.CODE, id="a closing tag of any element alone on its line"),
        pytest.param("\\[video.1\\]", RemovedReason.CODE, id="a CMS's placeholder for an embed"),
        pytest.param("The harbour board approved the pier extension on Monday.<\\/P>\\n", RemovedReason.CODE,
                     id="a paragraph escaped inside a JSON string"),
        pytest.param("\\u2014\\u2014The board will vote on the moorings in June.<\\/p>\\n", RemovedReason.CODE,
                     id="... its unicode escapes too"),
        pytest.param("<figcaption>The pier at dawn. Photo: Harbour Times</figcaption>", RemovedReason.CAPTION,
                     id="a raw HTML figure's caption"),
        pytest.param("For more from the harbour, sign up for Pier Weekly. →", RemovedReason.WIDGET, id="a newsletter's link button"),
        pytest.param("\\* *The harbour board's chairman at the time.*", RemovedReason.NOTE, id="a note keyed by an escaped asterisk"),
        pytest.param("[](https://social.example/search?q=Did the pier open?)[](https://other.example/share?q=the pier)",
                     RemovedReason.LINK, id="a row of links with no text"),
        pytest.param("The views expressed in this article are the author's own and do not necessarily reflect the editorial position.",
                     RemovedReason.DISCLAIMER, id="author's views disclaimer"),
    ],
)
def test_noise_between_paragraphs_is_removed_and_kept_as_provenance(noise, reason):
    (article,) = clean(f"{PIER}\n\n{A}\n\n{noise}\n\n{B}\n\n{C}\n")
    assert shape(article) == article_shape(PIER, blocks=paragraphs(A, B, C))
    assert article.removed == (RemovedLine(noise, reason),)


def test_a_footnote_goes_with_the_lines_that_go_on_under_it():
    note = "[^3]: Jane Roe, \u201cThe pier at dawn,\u201d\n    *Harbour Times,* 4 June 2024,\n    <https://harbour.example/news/pier-opens>."
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\n{note}\n")
    assert shape(article) == article_shape(PIER, blocks=paragraphs(A, B, C))
    assert [line.reason for line in article.removed] == [RemovedReason.NOTE]


def test_a_notes_header_ends_the_text():
    notes = "**Notes**\n\n[1] Harbour board minutes, 4 June 2024.\n\n[2] Jane Roe, The pier at dawn, Harbour Times, 2024."
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\n{notes}\n")
    assert shape(article) == article_shape(PIER, blocks=paragraphs(A, B, C))


def test_the_headline_under_a_label_printed_between_paragraphs_is_a_link():
    # "READ:" stands between many paragraphs of the page, so it is read as a repeated line; the headline under it still goes.
    first, second = "READ:\nHarbour board names a new chair", "READ:\nFerry fares rise for the winter"
    (article,) = clean(f"{PIER}\n\n{A}\n{first}\n{B}\n{second}\n{C}\n")
    assert [line.text for line in article.removed if line.reason is RemovedReason.RELATED] == [
        "Harbour board names a new chair", "Ferry fares rise for the winter"]


def test_an_escaped_section_break_is_not_a_note():
    (article,) = clean(f"{PIER}\n\n{A}\n\n\\*\\*\\*\n\n{B}\n\n{C}\n")
    assert RemovedReason.NOTE not in [line.reason for line in article.removed]


def test_a_markdown_heading_that_is_furniture_is_removed():
    (article,) = clean(f"{PIER}\n\n{A}\n\n## Share this article\n\n{B}\n\n{C}\n")
    assert shape(article) == article_shape(PIER, blocks=paragraphs(A, B, C))
    assert article.removed == (RemovedLine("Share this article", RemovedReason.WIDGET),)


def test_page_chrome_before_the_headline_is_removed():
    text = f"Home\nNews\nWorld\nMenu\n\n{PIER}\n\n{PIER}\n\nThe new pier (Reuters)\nThe new pier (Reuters)\n12\nShare\n\n{A}\n\n{B}\n"
    (article,) = clean(text)
    assert shape(article) == article_shape(PIER, blocks=paragraphs(A, B))
    assert article.removed == (
        RemovedLine("Home", RemovedReason.WIDGET), RemovedLine("News", RemovedReason.NAVIGATION), RemovedLine("World", RemovedReason.NAVIGATION),
        RemovedLine("Menu", RemovedReason.WIDGET), RemovedLine(PIER, RemovedReason.REPEATED), RemovedLine("The new pier (Reuters)", RemovedReason.CAPTION),
        RemovedLine("The new pier (Reuters)", RemovedReason.CAPTION), RemovedLine("12", RemovedReason.COUNTER), RemovedLine("Share", RemovedReason.WIDGET),
    )


#: A newsletter's sign-up box inside the text, each line a widget: it costs more than a short paragraph after it weighs.
SIGN_UP = ("Your subscription could not be saved. Please try again.\nYour subscription has been successful.\n"
           "Subscribe to our daily newsletter\nSIGN ME UP\nBy providing an email address. I agree to the\nTerms of Use\n"
           "and acknowledge that I have read the\nPrivacy Policy\n.\n")


@pytest.mark.parametrize(("after", "kept"), [
    pytest.param(f"{C}\n", (A, B, C), id="the last paragraph after a sign-up box is text"),
    pytest.param(f"{C}\n{D}\nRelated Stories\nCouncil Delays Budget Vote Again\n", (A, B, C, D), id="paragraphs, then teasers"),
    pytest.param("Council Delays Budget Vote Again\n" + C + "\n", (A, B), id="a teaser's headline after the box ends the text"),
])
def test_paragraphs_after_a_box_inside_the_text_are_kept(after, kept):
    (article,) = clean(f"{PIER}\n\n{A}\n{B}\n{SIGN_UP}{after}")
    assert article.blocks == paragraphs(*kept)


def test_comment_forms_and_teasers_after_the_end_are_removed():
    tail = [
        ("Leave a Reply", RemovedReason.WIDGET), ("Log in to comment", RemovedReason.WIDGET), ("You are commenting using your WordPress.com account.", RemovedReason.WIDGET),
        ("Notify of", RemovedReason.WIDGET), ("Related stories", RemovedReason.WIDGET), ("Council delays budget vote again", RemovedReason.RELATED),
        ("Ferry timetable changes for the summer", RemovedReason.RELATED),
    ]
    text = f"{PIER}\n\n{A}\n\n{B}\n\n" + "\n".join(line for line, _ in tail) + "\n"
    (article,) = clean(text)
    assert shape(article) == article_shape(PIER, blocks=paragraphs(A, B))
    assert article.removed == tuple(RemovedLine(line, reason) for line, reason in tail)


TEASERS = ("Networking with intent. Court fines an outlet over an old article with a link", "The streets speak. Messages painted on city walls",
           "Oreshnik, act two. A missile strike framed as a response to a drone attack on the capital")
#: Words that make a teaser's line longer than a headline (over 40 words) while it stays unfinished.
LONG_TAIL = " ".join(["the long account of the harbour's ferry timetable changes"] * 5)


@pytest.mark.parametrize(("stamped", "kept"), [
    pytest.param([f"{t}\nArticle\n2{n} January 2026, 20:33" for n, t in enumerate(TEASERS)], (), id="teasers over a label and a date stamp"),
    pytest.param([f"{t}\n2{n} January 2026, 20:33" for n, t in enumerate(TEASERS)], (), id="teasers over a date stamp"),
    pytest.param([f"{t}\nArticle\n2{n} January 2026, 20:33" for n, t in enumerate(TEASERS[:2])], TEASERS[:1],
                 id="two are no list (the last line, after the text, goes with the page's end)"),
    pytest.param([f"{t}.\n2{n} January 2026, 20:33" for n, t in enumerate(TEASERS)], tuple(f"{t}." for t in TEASERS),
                 id="finished sentences over stamps are text"),
    pytest.param([f"{t} and {LONG_TAIL}\n2{n} January 2026, 20:33" for n, t in enumerate(TEASERS)], tuple(f"{t} and {LONG_TAIL}" for t in TEASERS),
                 id="lines longer than any headline over stamps are text"),
])
def test_a_column_of_dated_teasers_is_removed(stamped, kept):
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n" + "\n".join(stamped) + "\n")
    assert [b.text for b in article.blocks] == [A, B, *kept]


@pytest.mark.parametrize(("bio", "is_bio"), [
    ("Jane Doe is a journalist who has covered the coast and its fishing towns for twenty years.", True),
    ("(The writer is a harbour engineer and a researcher at the coastal institute.)", True),  # named by the role alone
    ("The writer is Chinese ambassador to the harbour states.", True),
    ("The writer is right about the pier, the harbour master said on Thursday.", False),
    ("(The writer, a harbour engineer, holds a degree in coastal engineering from the state university.)", True),
    ("The writer, who had asked the board for the papers in May, was refused them.", False),
    # a staff box's bio goes on with the writer's career: longer than a bio over the text may be
    ("Jane Doe is a harbour reporter for the Coastal Times, covering ports, shipping and the fishing towns of the coast. "
     "She has been a member of the business team for more than a decade. She previously wrote for the Bay Herald and the "
     "Gulf Post. A native of the islands, she is a graduate of the coastal university.", True),
])
def test_author_bio_at_the_end_is_kept_apart(bio, is_bio):
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{bio}\n")
    assert shape(article) == article_shape(PIER, bio=bio if is_bio else None, blocks=paragraphs(A, B, *([] if is_bio else [bio])))
    assert RemovedReason.BIO == "author bio"


# --- headline furniture: standfirst, byline, dateline -----------------------------------------------


@pytest.mark.parametrize(
    ("furniture", "expected"),
    [
        pytest.param("Crews and the board agree on a plan after years of talks\n\n",
                     article_shape(PIER, standfirst="Crews and the board agree on a plan after years of talks", blocks=paragraphs(A, B)), id="standfirst"),
        pytest.param("By Jane Doe\n\n", article_shape(PIER, byline="By Jane Doe", blocks=paragraphs(A, B)), id="By NAME"),
        pytest.param("JANE DOE, Coastal Times staff writer\n\n",
                     article_shape(PIER, byline="JANE DOE, Coastal Times staff writer", blocks=paragraphs(A, B)), id="NAME, Outlet staff writer"),
        pytest.param("Jane Doe | Coastal Times correspondent\n\n",
                     article_shape(PIER, byline="Jane Doe | Coastal Times correspondent", blocks=paragraphs(A, B)), id="NAME | Outlet correspondent"),
    ],
)
def test_headline_furniture_is_recognised(furniture, expected):
    (article,) = clean(f"{PIER}\n\n{furniture}{A}\n\n{B}\n")
    assert shape(article) == expected


@pytest.mark.parametrize(
    "dateline",
    ["PORTVILLE, March 3. /NEWSWIRE/.", "PORTVILLE (Reuters) -", "PORTVILLE (Reuters) —", "NEW PORTVILLE, Sept. 14, 2023 /COAST NEWS/."],
)
def test_wire_datelines_are_split_off_the_first_paragraph(dateline):
    (article,) = clean(f"{PIER}\n\n{dateline} {A}\n\n{B}\n")
    assert shape(article) == article_shape(PIER, dateline=dateline, blocks=paragraphs(A, B))


def test_a_second_wire_story_opens_at_its_bare_dateline():
    """Two wire stories pasted one under the other: the dateline under the second headline ("SEOUL Defence ...") opens it."""
    story = "SEOUL Defence officials from South Korea and China will meet on Thursday to discuss the test, the ministry said."
    articles = clean(f"{PIER}\n\n{A}\n\n{B}\n\nSouth Korea and China Defence Officials to Discuss Test\n\n{story}\n\n{B}\n")
    assert [a.title for a in articles] == [PIER, "South Korea and China Defence Officials to Discuss Test"]
    assert articles[1].dateline == "SEOUL"


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("Portville, March 3, says the mayor: " + A, id="mixed-case place is not a dateline"),
        pytest.param("AND THEN the board decided. " + A, id="capitals without a date or agency"),
    ],
)
def test_ordinary_openings_are_not_mistaken_for_datelines(first):
    (article,) = clean(f"{PIER}\n\n{first}\n\n{B}\n")
    assert (article.dateline, article.blocks) == (None, paragraphs(first, B))


# --- text normalisation ----------------------------------------------------------------------------


def test_non_breaking_and_invisible_spaces_are_normalised():
    (article,) = clean(f"Harbour\u00a0Board Approves\u2009Longer Pier\n\nThe\u00a0harbour board\u202fvoted on Wednesday to extend\u200b the eastern pier by two hundred metres,\u00ad ending a long\u3000dispute.\n\n{B}\n")
    assert shape(article) == article_shape(PIER, blocks=paragraphs(A, B))


@pytest.mark.parametrize(
    ("wrapped", "joined"),
    [
        pytest.param("The harbour board voted on Wednesday to extend the eastern\npier by two hundred metres, ending a long dispute.\n",
                     A, id="the next line goes on in lower case"),
        pytest.param("On Wednesday the harbour board of Port Ellen and the fishing crews of\nLoch Indaal voted to extend the eastern pier by two hundred metres.\n",
                     "On Wednesday the harbour board of Port Ellen and the fishing crews of Loch Indaal voted to extend the eastern pier by two hundred metres.",
                     id="a wrapped line stops on a word no sentence ends on, the next opens on a name"),
        pytest.param("Noting that the board is setting up two new moorings at the old pier,\nHarbour Master Jane Roe said the eastern pier would be extended this year.\n",
                     "Noting that the board is setting up two new moorings at the old pier, Harbour Master Jane Roe said the eastern pier would be extended this year.",
                     id="a wrapped line stops on a comma, the next opens on a name"),
        pytest.param("The fishing crews met on Wednesday with the harbour board of Port Ellen's\nChairman Jane Roe, who said the eastern pier would be extended this year.\n",
                     "The fishing crews met on Wednesday with the harbour board of Port Ellen's Chairman Jane Roe, who said the eastern pier would be extended this year.",
                     id="a wrapped line stops on a possessive, the next opens on a title"),
        pytest.param("The fishing crews met on Wednesday with the Harbour Master Jane\nRoe of the Port Ellen board, who told them in a letter that the\nboard would extend the eastern pier by two hundred metres.\n",
                     "The fishing crews met on Wednesday with the Harbour Master Jane Roe of the Port Ellen board, who told them in a letter that the "
                     "board would extend the eastern pier by two hundred metres.",
                     id="two lines of the wrap's width break on a name, the lower one goes on below"),
        pytest.param("At the meeting, the fishing crews also sought support from the Harbour\nBoard of Port Ellen for the safe return of the two hundred moored boats\nfrom the winter storms.\n",
                     "At the meeting, the fishing crews also sought support from the Harbour Board of Port Ellen for the safe return of the two hundred "
                     "moored boats from the winter storms.",
                     id="two lines of the wrap's width break on a name, the line under them goes on in lower case"),
        pytest.param("And here in Port Ellen I cannot help but mention the condition of the Harbour Board of\nPort Ellen and Islay.\n",
                     "And here in Port Ellen I cannot help but mention the condition of the Harbour Board of Port Ellen and Islay.",
                     id="a wrapped line stops on a word no sentence ends on, the paragraph's short last line under it"),
    ],
)
def test_hard_wrapped_lines_are_joined_into_one_paragraph(wrapped, joined):
    (article,) = clean(f"{PIER}\n\n{wrapped}\n{B}\n")
    assert article.blocks == paragraphs(joined, B)


@pytest.mark.parametrize("text", ["Latest news from the harbour board and the fishing crews of\nIslay", "Sign up for the newsletter of\nPort Ellen",
                                  "Latest news from the harbour board and the fishing crews,\nIslay",
                                  "The harbour board of Port Ellen approves a longer eastern pier.\nHarbour Master Jane Roe said the eastern pier would be extended.",
                                  "Harbour board approves a longer pier for the crews of Port Ellen\nHarbour Master Jane Roe said on Wednesday that the board and the fishing crews of"])
def test_a_short_line_under_an_open_ended_one_is_not_wrapped_text(text):
    lines = scan_lines(text, 20_000)
    assert len(lines) == 2


def test_a_headline_as_wide_as_the_line_above_is_not_joined_for_the_link_under_it():
    # The wrap rule reads a raw line under two lines of one width going on in lower case as their paragraph going on:
    # a page's address under the next article's headline is no such line (pairs pasted with no blank lines at all).
    credits = "(Reporting by Jane Roe and John Doe; Additional reporting by Al Roe and Bo Doe; Writing by Cy Roe; Editing by Di Doe)"
    headline = "Harbour board of Port Ellen approves a longer eastern pier for the crews after a winter of storms on Islay"
    lines = scan_lines(f"{credits}\n{headline}\nhttps://harbour.example/pier\n", 20_000)
    assert [line.text for line in lines][:2] == [credits, headline]


def test_overlong_lines_are_cut_to_the_limit():
    (article,) = clean(f"{PIER}\n\n{A} {'word ' * 100}\n\n{B}\n", max_line_chars=200)
    assert [len(b.text) for b in article.blocks] == [199, len(B)]  # 200 characters, trailing space trimmed


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(f"Pier vote\n\n{A}\n\n{B}\n", "Pier vote", id="a two-word headline right over the text"),
        pytest.param(f"Harbour Gazette\n\nNews\nSport\n\n{A}\n\n{B}\n", None, id="a site's name over its menus"),
    ],
)
def test_a_files_short_first_line_is_its_headline_only_right_over_the_text(text, title):
    (article,) = clean(text)
    assert (article.title, article.blocks) == (title, paragraphs(A, B))


def test_frontmatter_title_overrides_the_detected_headline():
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n", meta={"title": "  Pier   extension approved "})
    assert article.title == "Pier extension approved"


@pytest.mark.parametrize(("first", "standfirst", "removed"), [
    pytest.param("Do Portal Terra", None, [("Do Portal Terra", RemovedReason.NAVIGATION)], id="a source line kept as evidence"),
    pytest.param("For the minister, talks are better than sanctions; allies have criticised the stance",
                 "For the minister, talks are better than sanctions; allies have criticised the stance", [],
                 id="a sentence's length: the standfirst"),
])
def test_a_detected_headline_under_a_frontmatter_title_is_kept(first, standfirst, removed):
    (article,) = clean(f"{first}\n\n{A}\n\n{B}\n", meta={"title": "Pier extension approved"})
    assert (article.title, article.standfirst, [(line.text, line.reason) for line in article.removed]) == (
        "Pier extension approved", standfirst, removed)


def test_text_without_a_headline_is_an_untitled_article():
    (article,) = clean(f"{A}\n\n{B}\n")
    assert shape(article) == article_shape(None, blocks=paragraphs(A, B))


@pytest.mark.parametrize("text", ["", "\n\n", "Home\nNews\nShare\n12\n", "A Headline With No Article Under It\n"])
def test_text_with_no_paragraph_gives_no_article(text):
    assert clean(text) == []


# --- a real short paragraph is never dropped ---------------------------------------------------------


def test_short_paragraph_between_long_ones_is_kept():
    (article,) = clean(f"{PIER}\n\n{A}\n\nNobody objected.\n\n{B}\n")
    assert article.blocks == paragraphs(A, "Nobody objected.", B)


def test_quoted_short_paragraph_is_kept():
    (article,) = clean(f"{PIER}\n\n{A}\n\n“It is about time,” she said.\n\n{B}\n")
    assert article.blocks == paragraphs(A, "“It is about time,” she said.", B)


def test_short_last_paragraph_is_kept():
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\nThe work starts in May.\n")
    assert article.blocks == paragraphs(A, B, "The work starts in May.")


def test_short_first_paragraph_is_kept():
    (article,) = clean(f"{PIER}\n\nThe board said yes.\n\n{A}\n\n{B}\n")
    assert article.blocks == paragraphs("The board said yes.", A, B)


def test_paragraph_ending_with_a_credit_stays_a_paragraph():
    (article,) = clean(f"{PIER}\n\n{A} (Reuters)\n\n{B}\n")
    assert shape(article) == article_shape(PIER, blocks=paragraphs(f"{A} (Reuters)", B))


@pytest.mark.parametrize("title", ["港の桟橋の延長が承認された", "مجلس الميناء يوافق على تمديد الرصيف"])
def test_headline_in_a_caseless_script_is_the_title(title):
    (article,) = clean(f"{title}\n\n{A}\n\n{B}\n")
    assert shape(article) == article_shape(title, blocks=paragraphs(A, B))


def test_every_source_line_is_kept_somewhere():
    """Provenance: every line is in the article (title, furniture, blocks) or in its removed lines."""
    lines = ["Home", "News", PIER, PIER, "The pier (Reuters)", "12", "By Jane Doe", A, "Costs and timetable", B, "Leave a Reply", "More stories"]
    (article,) = clean("\n\n".join(lines) + "\n")
    kept = [article.title, article.byline, *(b.text for b in article.blocks), *(r.text for r in article.removed)]
    assert sorted(kept) == sorted(lines)


def test_a_line_past_the_limit_is_cut_and_the_cut_is_recorded():
    long_paragraph = "The council met again. " * 100
    (article,) = split_articles(SourceDocument("x.txt", f"{PIER}\n\n{long_paragraph}\n\n{B}\n"), 500)
    assert len(article.blocks[0].text) <= 500
    notes = [r for r in article.removed if r.reason == RemovedReason.OVERLONG]
    assert len(notes) == 1 and "the first 500" in notes[0].text


@pytest.mark.parametrize(("text", "byline", "name_line"), [
    ("Opinion piece by Robert Ayson, Professor of Strategic Studies, Victoria University of Wellington", True, False),
    ("Analysis by Jane Doe", True, False),
    ("Jim Gomez", False, True),
    ("Foreign ministers met in Geneva by the lake.", False, False),
    ("By Justine Roe - 11/18/19 11:04 PM EST", True, False),
    ("By choosing I Accept, you consent to our use of cookies.", False, False),
    ("Jane Roe, Staff Writer", True, False),
    ("Tom Roe, AP Auto Writer", True, False),
    ("Jane Roe | Reuters", True, False),
    ("Jane Roe - Associated Press", True, False),
    ("By Jane Roe, AFP", True, False),
    ("Al Roe, Associated Press", False, False),  # under a photo: its credit
    ("Middle East | Asia", False, False),
    ("Middle East | UAE", False, False),
    ("Jane Roe | AFP", True, False),
    ("Chris Roe - Nov 19, 2019, 10:31 pm CST", True, False),
    ("Jane Roe | Updated: 2 May 2024", True, False),
    ("Jane Roe - Harbourchart - Mon Mar 3, 9:35AM CST", True, False),
    ("Talks Resume In Geneva After Long Pause In Negotiations Between The Two Sides - Nov 19, 2019", False, False),
    ("Jane Roe in Kyiv", True, False),
    ("Jane Roe in Kyiv and John Doe in Moscow", True, False),
    ("Jane Roe and John Doe in Kyiv", True, False),
    ("Jane Roe, Ann Lee and John Doe in Kyiv", True, False),
    ("Jane Roe and John Doe", False, True),  # two names alone: writers' names, a byline only over a date stamp
    ("Protests Erupt in Kyiv and Lviv", False, False),
    ("Émile Zola in Paris", True, False),
    ("BY ÉMILE ZOLA", True, False),
    ("Ştefan Ţurcanu, Staff Writer", True, False),
    ("Jane Roe with AP, Reuters", True, False),
    ("Jane Roe with AFP, dpa", True, False),
    ("Talks with Reuters", False, False),
    ("New Laptops Shipping in December", False, False),  # a month is no place: a teaser
    ("Posted on May 2, 2024 by Jane Roe", True, False),
    ("Jane Roe @janeroe", True, False),
    ("Follow us @harbourgazette", False, False),
    ("By Jane Roe's count, 40 ships were seized.", False, False),  # someone's reckoning: a sentence
    ("By Undersecretary Jane de Roe's reckoning, the loss is large.", False, False),
    ("By Jane O'Roe", True, False),
    ("An article by Jane Roe / person responsible: Editorial team", True, False),  # a blog's credit of the piece
    ("A commentary by Jane Roe", True, False),
    ("Jane Roe - Correspondente de O Estado de S. Paulo", True, False),  # a writer's title in the Romance languages
    ("Jane Roe, corresponsal de El País en Bruselas", True, False),
    ("Jane Roe, envoyée spéciale à Kyiv", True, False),
    ("An article by Jane Roe in the Harbour Times said the talks had failed.", False, False),  # a sentence citing a piece
])
def test_labelled_bylines_and_name_lines(text, byline, name_line):
    from generator.sources.bylines import is_byline, is_name_line

    assert (is_byline(text), is_name_line(text)) == (byline, name_line)


def test_long_first_line_before_the_page_address_is_the_headline():
    from generator.model import SourceDocument
    from generator.sources.splitting import split_articles

    title = "President to visit China from January 14 to 17 on second state visit abroad: " + "will meet leaders " * 5
    body = "The president will visit China from January 14 to 17, the spokesman said on Tuesday in the capital."
    text = f"{title.strip()}\n\nhttps://example.org/news/?p=1\n\n02:22 AM, Tuesday, January 07, 2025\n\n{body}\n"
    (article,) = split_articles(SourceDocument("a.txt", text))
    assert article.title == title.strip() and [b.text for b in article.blocks] == [body]


def test_a_files_first_paragraph_over_a_picture_is_no_long_headline():
    from generator.model import SourceDocument
    from generator.sources.splitting import split_articles

    text = f"{A} {B}\n\n![The eastern pier at dawn](https://img.example/pier.jpg)\n\n{C}\n\n{D}\n"
    (article,) = split_articles(SourceDocument("a.txt", text))
    assert article.title is None and [b.text for b in article.blocks] == [f"{A} {B}", C, D]


def test_comment_section_after_the_text_is_not_article_text():
    from generator.model import SourceDocument
    from generator.sources.splitting import split_articles

    body = [f"Paragraph {n} of the article says something long enough to count as running text here." for n in range(4)]
    comments = ["12 Comments", "fmcshan", "I think they should have done this years ago, honestly it is overdue."]
    text = "A headline about the talks\n\n" + "\n\n".join(body + comments) + "\n"
    (article,) = split_articles(SourceDocument("a.txt", text))
    assert [b.text for b in article.blocks] == body
    assert [r.text for r in article.removed][-3:] == comments


@pytest.mark.parametrize("box", [
    pytest.param(["Related Roundup: Harbour Projects", "Buyer's Guide: Harbour Boats (Buy Now)"], id="a roundup's link and a buyer's guide"),
    pytest.param(["More Harbour Stories From The Coast"], id="one headline-shaped link"),
])
def test_a_box_over_the_comment_section_opens_no_article(box):
    comments = ["[ 167 comments ]", "Top Rated Comments", "fmcshan",
                "I think they should have done this years ago, honestly it is overdue and the crews deserve it.",
                "It would be nice if the board extended the western pier as well, which floods every winter now."]
    (article,) = clean("\n".join([PIER, A, B, C, *box, *comments]) + "\n")
    assert article.title == PIER and [b.text for b in article.blocks][:3] == [A, B, C]
    assert not set(comments) & {b.text for b in article.blocks}


@pytest.mark.parametrize(("text", "dateline"), [
    ("DUBAI/WASHINGTON Iran freed 10 U.S. sailors on Wednesday.", "DUBAI/WASHINGTON"),
    ("MANILA, Philippines (AP) — The defense chief spoke.", "MANILA, Philippines (AP) —"),
    ("US/EU Trade tensions rise as talks stall.", None),
    ("SEOUL Defence officials from South Korea and China will meet on Thursday.", "SEOUL"),  # a known city, dash lost
    ("NEW DELHI India and Sri Lanka signed a pact.", "NEW DELHI"),
    ("HONG KONG A Hong Kong-based Chinese official expressed concern on Friday.", "HONG KONG"),  # the sentence opens on "A"
    ("MOSCOW U.S. Secretary of State John Kerry said on Friday the sides agreed.", "MOSCOW"),  # ... on an abbreviation
    ("MOSCOW IS where the talks will be held.", None),  # a city, then capitals that are no abbreviation
    ("NATO Defence ministers met on Thursday.", None),  # capitals, but no city's
    ("PARIS is where the talks will be held.", None),  # a city, then no sentence
    ("RIYADH: The talks resumed on Monday.", "RIYADH:"),
    ("IN SHORT: Al Jazeera has dismissed the video as fake.", None),  # a summary's label, no place
    ("UPDATE: The ministry said the talks would resume.", None),
    ("МОСКВА, 7 декабря. /ТАСС/. Президент России провел переговоры.", "МОСКВА, 7 декабря. /ТАСС/."),  # Cyrillic, the day first
    ("MADRID, 7 dic (EFE).- El Gobierno aprobó el paquete.", "MADRID, 7 dic (EFE).-"),  # a Spanish wire's ".-"
    ("PARIS, 7 décembre 2026 (AFP) - Le président a reçu son homologue.", "PARIS, 7 décembre 2026 (AFP) -"),
    ("LONDON, 5 people were hurt in the blast on Friday.", None),  # a count after the place is no date
])
def test_datelines_with_regions_and_several_cities(text, dateline):
    from generator.sources.headers import dateline_of

    found = dateline_of(text)
    assert (found[0] if found else None) == dateline



@pytest.mark.parametrize(("text", "reason"), [
    ("U.S. Secretary of State John Kerry, second from left, speaks with Jordanian Foreign Minister Nasser Judeh in Amman, Jordan, Feb. 21, 2016.", "photo caption"),
    ("In this photo released by the Syrian official news agency SANA, citizens gather at the scene of two blasts in Homs, Feb. 21, 2016.", "photo caption"),
    ("WATCH: Related video of damage from Homs bombings", "comment, share or subscription widget"),
    ("Press Release: Victoria University of Wellington", "credits or copyright line"),
    ("This article was originally published on The Harbour Conversation.", "credits or copyright line"),
    ("(With inputs from agencies)", "credits or copyright line"),
    ("— With input from Reuters and AFP", "credits or copyright line"),
    ("With input from the crews, the board drafted a new plan for the pier.", None),
    ("Graphics by Jane Roe", "credits or copyright line"),
    ("Jane Roe in Kyiv CONTRIBUTED reporting to this story.", "credits or copyright line"),
    ("The crews contributed to this report on the pier, the board said.", None),
    ("Video by a bystander showed the crews cutting the moorings at the eastern pier.", None),
    ("Research by Harbour University found that the pier would double the catch.", None),
    ("A version of this article appeared in print on March 3, 2024, Section A, Page 1.", "credits or copyright line"),
    ("The article was published in the board's journal in 2019 and cited by the crews.", None),
    ("This article is republished from The Harbour Conversation under a Creative Commons license.", "credits or copyright line"),
    ("Kerry, speaking in Amman on Sunday, said the sides were closer to a cease-fire than they have ever been.", None),
    ("The foreign minister speaks to reporters at the ministry in Ankara, March 7, 2016.", "photo caption"),
    ("A worker loads timber into a truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz)", "photo caption"),
    ("Kerry meets Lavrov in Moscow (AFP)", "photo caption"),
    ("pic by Jane Roe", "photo caption"),  # a photo's credit abbreviated ("Pic by", "Pix by")
    ("He took a pic by the old harbour wall.", None),
    ("Above: The new pier at low tide in the old harbour.", "photo caption"),
    ("The harbour master (pictured yesterday) stressed the importance of the pier to the crews during the meeting", "photo caption"),
    ("The harbour master (pictured yesterday) stressed the importance of the pier to the crews during the meeting.", None),
    # A paragraph a paywall cut off mid-sentence, several finished sentences in it, is no caption for lacking its full stop
    ("Her rival is Jane Roe, a former harbour master who lost the vote in 2021. Ms Roe (pictured) has long opposed the pier. Yet in this campaign", None),
    ("Jane Roe (pictured) at the opening of the pier. She was elected in 2021", "photo caption"),
    ("It comes as the harbour master (centre, last year) sacked the board's top engineer for 'suspicious dealings'", "photo caption"),
    ("The house where he was born in Braunau am Inn, Austria.Leonhard Foeger / Reuters file", "photo caption"),
    ("The president at a rally in Louisiana on Wednesday.Credit...Doug Mills/The New York Times", "photo caption"),
    ("Crowds outside the court on Monday (Reed Saxon / Associated Press)", "photo caption"),
    ("The studio lot in Burbank (Walt Disney Co.)", "photo caption"),
    ("12) Roger Waters – The Wall (DVD)", None),
    ("Tue – Sat 4PM (Closed on Sun & Mon)", None),
    ("Click to share on Reddit (Opens in new window)", "comment, share or subscription widget"),  # a share button, no caption
    # A video player's control bar as pasted: its labels are no byline ("Playback Rate") nor text
    ("Playback Rate", "comment, share or subscription widget"),
    ("Remaining Time -0:00", "comment, share or subscription widget"),
    ("Beginning of dialog window. Escape will cancel and close the window.", "comment, share or subscription widget"),
    ("The board set the playback rate of the harbour's tide recordings to half speed.", None),
    ("Regional Comprehensive Economic Partnership (RCEP)", None),
    ("National Task Force for the West Philippine Sea (NTF-WPS)", None),
    ("The accord was signed in Paris on Dec. 12, 2015, after two weeks of talks.", None),
    ("\"We will not give up,\" the minister said in Ankara, March 7, 2016.", None),
    # A credit that says "photo" in its brackets, or an agency named after the caption's last sentence
    ("Fuel tanks stand at the edge of the airstrip on Diego Garcia, leased from Britain in 1966. (Reuters File Photo)", "photo caption"),
    ("Leaders pose for a photo at the summit in Vientiane, Laos, October 11, 2024. (Reuters photo)", "photo caption"),
    ("President Joe Biden boards Air Force One at Joint Base Andrews, Md., Sunday, Dec. 1, 2024. Associated Press", "photo caption"),
    ("The minister said the talks would go on into the night. Reuters", None),
    ("The agency said it had asked the ministry for a photo (and was refused)", None),
    ("Crews gather at the eastern pier on Tuesday. PHOTO: REUTERS", "photo caption"),
    ("Crews gather at the eastern pier on Tuesday (Image credit: Jane Roe)", "photo caption"),
    ("Crews gather at the eastern pier on Tuesday. Jane Roe/Reuters", "photo caption"),
    ("Crews gather at the eastern pier on Tuesday. (Xinhua/Li Xin)", "photo caption"),
    ("Crews gather at the eastern pier on Tuesday. [Jane Roe/Harbour Gazette]", "photo caption"),
    ("Crews gather at the eastern pier on Tuesday. /CFP", "photo caption"),
    ("Crews gather at the eastern pier on Tuesday. Photo courtesy of the harbour board", "photo caption"),
    ("The board said the crews and the engineers (on a 60/40 split) would share the cost of the pier.", None),
    # An agency and a photographer after a finished sentence, a screenshot's credit, a credit alone on its line
    ("Crews gather at the eastern pier on Tuesday.  (Harbourpress/Jane Roe)", "photo caption"),
    ("Screenshot/X", "photo caption"),
    ("Facebook/Screenshot", "photo caption"),
    ("HG/Jane Roe", "photo caption"),
    ("Harbour/pier talks", None),
    # Images in Markdown, whole or wrapped over lines
    ("![Crews at the eastern pier", "photo caption"),
    ("[![Crews at the eastern pier by Jane", "photo caption"),
    ("Roe](https://example.org/uploads/2024/03/pier.jpg){.size-full", "photo caption"),
    ("The board published [its plan](https://example.org/plan.pdf) for the pier on Tuesday.", None),
])
def test_captions_and_labels_anywhere_on_the_page(text, reason):
    from generator.sources.lines import count_words, noise_reason

    found = noise_reason(text, count_words(text))
    assert (found.value if found else None) == reason


@pytest.mark.parametrize(("text", "reason"), [
    ("This website uses cookies to improve your experience. We'll assume you're ok with this.", "comment, share or subscription widget"),
    ("Save my name, email, and website in this browser for the next time I comment.", "comment, share or subscription widget"),
    ("We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.", "comment, share or subscription widget"),
    ("Get the latest stories delivered to your inbox every morning.", "comment, share or subscription widget"),
    ("CBS Sports is a registered trademark of CBS Broadcasting Inc.", "comment, share or subscription widget"),
    ("Join today with plans starting from less than $3 per week, plus gain access to exclusive features.", "comment, share or subscription widget"),
    ("This is part of our Ethical Paywall and how we fund the site.", "comment, share or subscription widget"),
    ("Support independent journalism", "comment, share or subscription widget"),
    ("GET THE NEWS ON THE GO BY CLICKING HERE", "comment, share or subscription widget"),
    ("Need more news? Subscribe to our sister title for the latest stories from the region.", "comment, share or subscription widget"),
    ("No spam, we promise. You can unsubscribe at any time.", "comment, share or subscription widget"),
    ("\"We invite every country to join our coalition,\" the minister said.", None),
    # Families kept as data (generator/sources/data/notices.txt)
    ("Your support keeps our team in the field.", "comment, share or subscription widget"),
    ("Donate now", "comment, share or subscription widget"),
    ("The Daily Ledger won’t survive without you", "comment, share or subscription widget"),
    ("If you buy something through this post, the site may get a share of the sale.", "comment, share or subscription widget"),
    ("Quotes delayed at least 15 minutes. Real-time quotes provided by the exchange.", "comment, share or subscription widget"),
    ("The copying of texts from example.md is allowed only within the limit of 300 characters.", "comment, share or subscription widget"),
    ("If you continue using our website, we'll assume that you are happy to receive all cookies on this website.",
     "comment, share or subscription widget"),
    ("The charity said donations to flood victims had doubled since the storm hit the coast.", None),
    ("The minister said the support of our allies helps us hold the line in the east.", None),
    ("Related: Possible Water Plumes on Europa: The Discovery in Images", "related links"),
    ("Also on rt.com Journalists threatened with sedition arrests as Bolivia's crisis deepens", "related links"),
    ("More:", "related links"),
    ("SEE MORE: Harbour protests: fishing crews block the eastern pier", "related links"),
    ("7°C", None),
    ("101 East", None),  # a show's name: "East" holds no time zone
    ("Share on: Facebook Twitter Reddit Google+", "comment, share or subscription widget"),
    ("Published 11:11 PM EST Nov 19, 2019", "date or time stamp"),
    ("100 People You Should Know ShowcaseAnnual Report Card ShowcaseBest of Breed ShowcaseBlackBerry Cylance Learning Center",
     "site navigation"),  # menu items run together
    ("Sony's PlayStation and Microsoft's Xbox lose ground to YouTube on the iPhone", None),  # the weather in a page's masthead, no date stamp (which a headline may stand over)
    ("Related coverage:", "comment, share or subscription widget"),  # a box's header: the teasers under it go too
    ("Related reading", "comment, share or subscription widget"),
    ("Shares", "comment, share or subscription widget"),
    ("The minister said the plan would support farmers who lost their harvests to the floods.", None),
    ("The regulator said the company uses cookies to follow readers across sites without asking them.", None),
    ("The European Commission said it would set up an inquiry into the deal within weeks.", None),
    # Subscription forms and what a subscriber may do (data/notices.txt), labels of ads and boxes
    ("Your subscription could not be saved. Please try again.", "comment, share or subscription widget"),
    ("By registering, you agree with", "comment, share or subscription widget"),
    ("Please check your email for your newsletter subscription.", "comment, share or subscription widget"),
    ("As a subscriber, you can gift 3 to 5 articles each month that anyone can read—no subscription needed!",
     "comment, share or subscription widget"),
    ("The ministry said the subscription fees would rise next year for every user of the service.", None),
    ("Yes, I would also like to receive the Daily Ledger's offers and promotions.", "comment, share or subscription widget"),
    ("Please log in using one of these methods to post your comment:", "comment, share or subscription widget"),
    ("Stay up to date with the Daily Ledger.", "comment, share or subscription widget"),
    ("Welcome to the Ledger's Daily Deals, your source for the best deals on the stuff you want.", "comment, share or subscription widget"),
    ("Start your day with the Morning Bell, our newsletter.", "comment, share or subscription widget"),
    ("Start your day with a walk along the pier, the harbour doctor advises.", None),
    ("Stay on top of the harbour's news by signing up to Pier Notes, our free weekly newsletter.", "comment, share or subscription widget"),
    ("Subscribers can sign up to our Opinion newsletter, which brings together the best of our columns.",
     "comment, share or subscription widget"),
    ("More than 300 crews sign up for the scheme. The board's newsletter will list them in May.", None),
    ("This article was downloaded by zlibrary from https://harbour.example/2025/11/13/pier", "comment, share or subscription widget"),
    ("The file was downloaded from the board's server by a former clerk, the police said.", None),
    ("Stay connected with family, the harbour board told the crews.", None),
    ("By signing up, users agree to share their catch data, the lawsuit alleges.", None),
    ("\"I would like to receive more help from the board,\" she said.", None),
    ("Download the harbour app and register your boat, the board urged the crews.", None),
    ("NEXT PREV", "comment, share or subscription widget"),
    ("1 - 5 of 36", "comment, share or subscription widget"),
    ("Related post: Pickled Pier Recipe", "related links"),
    ("02 June 2025 [12:03] - LEDGER.AZ", "date or time stamp"),
    ("7 Aug 2019 Posted in Press releases", "date or time stamp"),
    ("March 3, 2024 - 10 crews were stranded", None),
    # A publication's word to its readers at an issue's or a post's end (data/notices.txt): pitches, sign-offs, pleas
    ("Subscribe now", "comment, share or subscription widget"),
    ("Enjoying the Harbour Briefing? Get more news and analysis with our apps.", "comment, share or subscription widget"),
    ("We hope you found our Week in Review helpful. We invite your feedback and your suggestions.",
     "comment, share or subscription widget"),
    ("The original link is unlocked. Please support original sources.", "comment, share or subscription widget"),
    ("Crews who subscribe now to the board's scheme will pay less, the harbour master told them.", None),
    ("Enjoying the calm? The crews were back at sea by noon.", None),
    ("We hope you enjoyed this trip to the islands, the captain told the passengers as they left the ship.", None),
    # Buttons and labels kept as data (generator/sources/data/widgets.txt), paywall and player notices
    ("Accept all", "comment, share or subscription widget"),
    ("Listen to this story", "comment, share or subscription widget"),
    ("4 min read", "comment, share or subscription widget"),
    ("Story continues below advertisement", "comment, share or subscription widget"),
    ("Already have an account? Log in", "comment, share or subscription widget"),
    ("Partner content", "comment, share or subscription widget"),
    ("You have reached your limit of free articles.", "comment, share or subscription widget"),
    ("Please enable JavaScript to view this content.", "comment, share or subscription widget"),
    ("Image caption, Crews at the eastern pier on Tuesday", "photo caption"),
    ("Like us on Facebook", "comment, share or subscription widget"),
    ("Categories: News", "comment, share or subscription widget"),
    ("Every Thursday", "comment, share or subscription widget"),
    ("Pier Six Newsletter", "comment, share or subscription widget"),
    ("The board will send the crews a newsletter.", None),
    ("Every Thursday the crews meet at the pier.", None),
    ("Like Loading...", "comment, share or subscription widget"),
    ("CLICK to enlarge.", "comment, share or subscription widget"),
    ("Translation by the Harbour Desk, CC BY 3.0", "comment, share or subscription widget"),
    ("Map of the eastern pier, licensed CC BY-SA 4.0", "comment, share or subscription widget"),
    ("The board sent the report to the crews and put the union in CC on the email.", None),
    ("[](/2024/03/pier-extension) Harbour board [approves the eastern pier](/2024/03/pier-extension)", "related links"),
    ("[](#notes) The board approved the eastern pier after a long dispute with the fishing crews.", None),
    ("[](https://harbour.example/pier) The board approved the eastern pier after a long dispute.", None),
    ("Other Harbour Gazette stories about the pier can be found here.", "comment, share or subscription widget"),
    ("The full report on the pier can be found here.", None),
    ("Media playback is unsupported on your device Media caption What the crews said at the pier", "comment, share or subscription widget"),
    ("Crews at the eastern pier on Tuesday. Photo for illustrative purposes.", "comment, share or subscription widget"),
    ("The crews enlarge the pier.", None),
    ("The board used the photos for its report on the pier.", None),
    ("Download the Harbour Gazette app for the latest news.", "comment, share or subscription widget"),
    ("Read the original article here.", "comment, share or subscription widget"),
    ("Next article", "comment, share or subscription widget"),
    ("Photo 3 of 10", "comment, share or subscription widget"),
    ("Report a correction", "comment, share or subscription widget"),
    ("This article is more than 2 years old", "comment, share or subscription widget"),
    ("Register for free to continue reading", "comment, share or subscription widget"),
    ("What do you think? Let us know in the comments.", "comment, share or subscription widget"),
    ("Have a news tip? Email us at tips@harbour.example", "comment, share or subscription widget"),
    ("First published on Mon 12 Feb 2024 10.00 GMT", "date or time stamp"),
    ("Three of the crews donate their catch to the harbour kitchen.", None),
    ("The board will vote on the next page of the plan in May.", None),
    ("The board accepted all four bids for the pier.", None),
    ("The crews read the full report on the pier before the vote, the board said.", None),
    ("ADVERTISING", "comment, share or subscription widget"),
    ("AdChoices", "comment, share or subscription widget"),
    ("FEATURED STORIES", "comment, share or subscription widget"),
    ("View More Newsletter", "comment, share or subscription widget"),
    ("[Related: Harbour Board Keynote: Piers, Boats And Protestors]", "related links"),
    ("READ: Fishing crews block the eastern pier for a second day", "related links"),
    # Newsletter pitches set in the text, who to follow, an archive's stamp, a credit in Markdown emphasis
    ("To keep up with the harbour, sign up to Pier Watch, our weekly subscriber-only newsletter.", "comment, share or subscription widget"),
    ("Stay on top of the story by signing up to Harbour Notes, our free newsletter.", "comment, share or subscription widget"),
    ("_[Follow Jane on Twitter](https://twitter.com/janeroe)_ _Have a story idea? Send it to us._", "comment, share or subscription widget"),
    ("This article was downloaded by an archive from https://example.org/harbour/2024/03/pier", "comment, share or subscription widget"),
    ("_Jane Roe contributed to this report._", "credits or copyright line"),
    ("Fishing crews signed up for the board's plan after a newsletter from the union urged them to.", None),
    ("The page was archived by the board in 2019, the union said.", None),
    # A share button's own address, a link to copy, the translator's credit
    ("Share [Tweet](https://twitter.com/intent/tweet?text=Pier opens&url=https://example.org/pier)", "comment, share or subscription widget"),
    ("[Share](https://www.facebook.com/sharer/sharer.php?u=https://example.org/pier) on the harbour page", "comment, share or subscription widget"),
    ("https://example.org/pier _Click this link to copy it to your clipboard_", "comment, share or subscription widget"),
    ("Translation by Harbour Press", "credits or copyright line"),
    ("The board posted the plan on Twitter and on its own site for the crews to read.", None),
    # A page's language picker, and who to follow named at length
    ("Read this release in:", "comment, share or subscription widget"),
    ("AddThis Sharing Buttons", "comment, share or subscription widget"),
    ("Quick Links", "comment, share or subscription widget"),
    ("Sections", "comment, share or subscription widget"),
    ("_Follow Jane on Twitter_ _Have a story idea? Send it to us._", "comment, share or subscription widget"),
    ("Whether you follow the harbour or the markets, \"Pier Notes\" is the perfect source for anyone seeking the news.", "comment, share or subscription widget"),
    ("The board said the pier is the best place for the crews to land their catch.", None),
    ("Follow the Harbour Gazette opinion section on Facebook and Instagram.", "comment, share or subscription widget"),
    # a speech's or statement's copy label
    ("(As delivered)", "comment, share or subscription widget"),
    ("Check against delivery", "comment, share or subscription widget"),
    ("The speech, as delivered, was shorter than the text the board released.", None),
    # A teaser filed under its series' label after a bar, longer than a breadcrumb
    ("Why The Board’s Vote On The Eastern Pier Matters For The Fishing Crews Of The Old Harbour | Explained", "related links"),
    ("The board voted on the eastern pier on Tuesday, and the crews of the old harbour | Explained", None),
    # a scraper's record of plain JSON strings is the text; HTML escaped in a string is a program's copy
    ('"The board\\u2019s vessel \\u2018Pier 5\\u2019 left the harbour at 4 pm today, the port said.",', None),
    ("The board\\u2019s vessel left the harbour.<\\/P>\\n", "style sheet or script text"),
    # an e-mail newsletter's footer; a letter sent to an embassy
    ("This email was sent to reader@harbour.example.", "comment, share or subscription widget"),
    ("To ensure we can contact you, please add us to your email address book or safe list.", "comment, share or subscription widget"),
    ("The board said the letter was sent to the ministry and to the crews' union on Monday.", None),
    # a link's button after an arrow; an arrow inside a sentence
    ("Newer Story →", "comment, share or subscription widget"),
    ("The ferry runs Port Ellen → Kennacraig twice a day in winter.", None),
])
def test_site_notices_are_known_by_their_vocabulary(text, reason):
    from generator.sources.lines import count_words, noise_reason

    found = noise_reason(text, count_words(text))
    assert (found.value if found else None) == reason


@pytest.mark.parametrize(("text", "candidate"), [
    ("Book your tickets early and come and see this spectacular traditional performance today! 🙂", False),
    ("Who are we as a nation if we respond to threats with retribution ourselves? pic.twitter.com/s96jjh8AlD", True),
    ("More than 300 people were deported by the authorities for entering the country illegally. PTI", False),
    ("We have brought some of these memorable reviews here! Check them out below ⬇️", False),
    ("Harbour Board Approves Longer Pier", True),
    ("Why Is The Pier Closing? Here Is What The Harbour Board Says", True),  # Title Cased: a headline with a question inside
    ("Why is the pier closing? Here is what the board says", False),
    ("The VW ID. SPACE VIZZION is a weird EV sports wagon with a secret message", True),
    ("Message To Erdogan? PM Modi Clicked With Cyprus President, North In Backdrop", True),  # a title-case headline asks first
    ("Message to Erdogan? He clicked with the Cypriot president in the divided capital", False),  # sentence case: a paragraph
])
def test_a_sentence_ends_before_emoji_links_and_a_wires_initials(text, candidate):
    from generator.sources.lines import count_words, is_candidate

    assert is_candidate(text, count_words(text)) is candidate


def test_a_link_on_its_own_line_does_not_continue_the_line_before():
    item = "1) Lego Star Wars 75188 Resistance Bomber, the set every collector wants"
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{item}\nhttp://amzn.to/2iJFhRj\n\n{C}\n")
    assert RemovedLine("http://amzn.to/2iJFhRj", RemovedReason.LINK) in article.removed
    assert all("amzn.to" not in block.text for block in article.blocks)


@pytest.mark.parametrize(("introduction", "items"), [
    ("The task force deployed the following assets, according to its statement:",
     ["4 Philippine Coast Guard vessels", "5 Bureau of Fisheries and Aquatic Resources vessels", "Police high speed tactical watercraft and rubber boats"]),
    ("The following were deployed to boost patrols, according to the task force: 4 coast guard vessels",
     ["1 coast guard aircraft", "5 Bureau of Fisheries and Aquatic Resources vessels", "Police high speed tactical watercraft and rubber boats"]),
])
def test_items_stacked_under_a_line_that_announces_a_list_are_text(introduction, items):
    stacked = "\n".join(items)
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{introduction}\n{stacked}\n\n{C}\n\n{D}\n")
    assert article.blocks == paragraphs(A, B, introduction, *items, C, D)


@pytest.mark.parametrize(("introduction", "kept"), [
    pytest.param("Here is the short version of signing up for the cheaper plan with the bundle, step by step:", True,
                 id="under a paragraph that announces them: the text's steps"),
    pytest.param("Here is the short version of signing up for the cheaper plan with the bundle, step by step.", False,
                 id="under a finished paragraph: a sign-up widget"),
])
def test_widget_worded_items_a_paragraph_announces_are_text(introduction, kept):
    steps = ["Sign up for an ad-free account for $11.99 a month", "Sign up for the bundle using the same email as your account"]
    (article,) = clean(f"{PIER}\n\n{A}\n\n{introduction}\n" + "\n".join(steps) + f"\n\n{C}\n\n{D}\n")
    assert [step in [b.text for b in article.blocks] for step in steps] == [kept, kept]


@pytest.mark.parametrize(("last", "kept"), [
    pytest.param("He added that the new pier would also be open to the ferries of the neighbouring islands during the long winter", True,
                 id="a sentence's length closing the text, its full stop lost: the last paragraph"),
    pytest.param("Editor's note: this article was updated on Thursday to include the board's decision on the ferry berths", False,
                 id="a labelled note after the text: no paragraph"),
    pytest.param("Harbour board says the pier will open to ferries", False, id="a headline's length: no paragraph"),
])
def test_the_last_paragraph_without_its_full_stop_is_text(last, kept):
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{last}\n\nShare\nFacebook\n")
    assert (last in [b.text for b in article.blocks if b.kind == "paragraph"]) == kept


def test_teaser_headlines_without_an_introduction_are_still_related_links():
    teasers = ["Fishing Crews Celebrate The New Moorings", "Storm Season Starts Early On The Coast", "Harbour Master Retires After Thirty Years"]
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\n" + "\n".join(teasers) + f"\n\n{D}\n\n{E}\n")
    assert [RemovedLine(t, RemovedReason.RELATED) for t in teasers] == [r for r in article.removed if r.text in teasers]


@pytest.mark.parametrize("items", [
    pytest.param(["Kyiv says it shot down 80 of the 100 drones", "The strike hit a power plant in the west of the country",
                  "Two people were killed in the attack on the city"], id="sentence case: a list's items"),
    pytest.param(["Harbour fees rise for the first time since 2019", "Ferry crews back the longer pier"], id="two items"),
])
def test_stacked_lines_in_sentence_case_between_paragraphs_are_text(items):
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n" + "\n".join(items) + f"\n\n{C}\n\n{D}\n")
    assert [block.text for block in article.blocks] == [A, B, *items, C, D]  # the last item, over a paragraph, may be a subheading


@pytest.mark.parametrize(("text", "title_cased"), [
    ("Storm Season Starts Early On The Coast", True),
    ("Harbour Master Retires After Thirty Years of Service", True),
    ("Kyiv says it shot down 80 of the 100 drones", False),
    ("Russia ‘has not won’ as Ukraine war enters fifth year", False),
    ("东京举行峰会", True),  # no case: the shape alone decides
    ("4 Ships", True),
])
def test_title_case_is_told_by_the_long_words(text, title_cased):
    from generator.sources.capitals import title_cased as is_title_cased

    assert is_title_cased(text) is title_cased


@pytest.mark.parametrize(("after", "starts"), [
    pytest.param(f"{D}\n\nReader Survey Opens\n\n{E}\n", False, id="one teaser summary, then another teaser"),
    pytest.param(f"{D}\n\n{E}\n", True, id="paragraphs"),
    pytest.param(f"By Tomas Berg\n\n{D}\n\n{E}\n", True, id="a byline, then paragraphs"),
    pytest.param(f"{RAILWAY}\n\n{D}\n\n{E}\n", True, id="the headline printed twice, then paragraphs"),
])
def test_a_repeated_headline_starts_an_article_only_with_paragraphs_after_it(after, starts):
    from generator.sources.article_starts import _paragraphs_follow
    from generator.sources.lines import scan_lines

    assert _paragraphs_follow(scan_lines(f"{RAILWAY}\n\n{after}", 20_000), 0) is starts


@pytest.mark.parametrize("header", ["[ 167 comments ]", "Top Rated Comments", "More Great WIRED Stories", "More From the Los Angeles Times",
                                    "Want more stories like this?", "You may also like", "Most Read", "About the author",
                                    "Artigos relacionados", "Berita Terkait", "Tinggalkan Balasan", "More from this section",
                                    "About Jane Roe", "Sobre Carlos Nadalim", "Über Moritz Bachmann"])  # other languages' too
def test_a_section_header_after_the_text_ends_it(header):
    teasers = ["Ministers meet again next week", "A summary of another story that the site wants readers to open next, one line long."]
    (article,) = clean("\n\n".join([PIER, A, B, C, header, *teasers]) + "\n")
    assert article.blocks == paragraphs(A, B, C)
    assert [r.text for r in article.removed][-3:] == [header, *teasers]


def test_a_section_about_a_person_with_paragraphs_under_it_is_text():
    (article,) = clean("\n\n".join([PIER, A, B, C, "About Jane Roe", D, E]) + "\n")
    assert article.blocks == (*paragraphs(A, B, C), Block("heading", "About Jane Roe"), *paragraphs(D, E))


def test_a_box_of_links_inside_the_text_does_not_end_it():
    (article,) = clean("\n\n".join([PIER, A, B, C, "Most Read", "Ministers meet again next week", D, E]) + "\n")
    assert [b.text for b in article.blocks if b.kind == "paragraph"] == [A, B, C, D, E]


def test_embedded_tweets_stay_text_with_their_signatures():
    signature = "— Harbour Board (@HarbourBoard) March 3, 2024"
    tweet = "Who pays for the pier if the storms come early? pic.twitter.com/abc123"
    (article,) = clean("\n\n".join([PIER, A, "The board wrote:", "Work starts in autumn.", signature, B, C, tweet, signature]) + "\n")
    assert [b.text for b in article.blocks][-2:] == [tweet, signature]
    assert [b.text for b in article.blocks].count(signature) == 2


@pytest.mark.parametrize(("text", "reason"), [
    ("a.supporter:hover {background:#EC4438!important;} @media screen and (max-width: 480px) { #byline div {padding:0;}}", "style sheet or script text"),
    ("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });", "style sheet or script text"),
    ("The set {1, 2, 3} has three members, the textbook says in its first chapter.", None),
    # Markup a converter left as text: a div's fence, a shortcode, attributes on a line of their own
    ('::: {.wp-caption .aligncenter style="width: 420px"}', "style sheet or script text"),
    ('{{< image src="/img/pier.webp" title="The pier" >}}', "style sheet or script text"),
    ('.wp-image-101 width="600" height="466"', "style sheet or script text"),
    ('sizes="(max-width: 600px) 100vw, 600px"', "style sheet or script text"),
    # a kramdown attribute list, and lines of tags with no word between them (an image's or a video's embed)
    ("{:.pullquote}", "style sheet or script text"),
    ('<div><img src="https://cdn.example/pier_w720.jpg"/></div>', "style sheet or script text"),
    ("<div class='embed-container'><iframe src=\"https://www.youtube.com/embed/x\" allowfullscreen></iframe></div>", "style sheet or script text"),
    ("<The Palace: Jang Noksu>", None),  # a title in angle brackets: no element's tag
    ("<img src=x onerror=alert('pwned')>", None),  # a payload stays text the reader sees
    ('The board called the plan "final" in its letter.', None),
])
def test_style_sheet_and_script_text_is_not_article_text(text, reason):
    from generator.sources.lines import count_words, noise_reason

    found = noise_reason(text, count_words(text))
    assert (found.value if found else None) == reason


def test_a_pull_quote_a_paragraph_says_in_full_is_not_a_paragraph_twice():
    quote = "The harbour has faced years of silting that left the fishing fleet stranded at low tide."
    said = "Since the storm, the harbour has faced years of silting that left the fishing fleet stranded at low tide."
    (article,) = clean("\n\n".join([PIER, A, quote, B, said, C]) + "\n")
    assert article.blocks == paragraphs(A, B, said, C)
    assert RemovedLine(quote, RemovedReason.DUPLICATE) in article.removed


def test_highlights_the_text_says_in_full_are_not_paragraphs_twice():
    highlight = "Fishing crews had argued that the longer pier would shelter their boats"
    (article,) = clean("\n\n".join([PIER, highlight, A, B, C]) + "\n")
    assert article.blocks == paragraphs(A, B, C) and article.standfirst is None
    assert RemovedLine(highlight, RemovedReason.DUPLICATE) in article.removed


@pytest.mark.parametrize("ellipsis", ["...", "…"])
def test_a_teaser_cut_with_an_ellipsis_the_text_says_in_full_is_not_a_paragraph_twice(ellipsis):
    teaser = "Fishing crews had argued that the longer pier would shelter their boats during winter" + ellipsis
    (article,) = clean("\n\n".join([PIER, A, teaser, B, C]) + "\n")
    assert article.blocks == paragraphs(A, B, C)
    assert RemovedLine(teaser, RemovedReason.DUPLICATE) in article.removed


def test_a_paragraph_ending_in_an_ellipsis_the_text_does_not_say_again_is_text():
    trailing = "Fishing crews argued for years that the pier would shelter their boats, and then..."
    (article,) = clean("\n\n".join([PIER, A, trailing, B, C]) + "\n")
    assert article.blocks == paragraphs(A, trailing, B, C)


@pytest.mark.parametrize(("line", "standfirst"), [
    ("MEDIA COMMENTARY", None),
    ("The board ends a long dispute over the eastern pier", "The board ends a long dispute over the eastern pier"),
])
def test_a_section_label_under_the_headline_is_no_standfirst(line, standfirst):
    (article,) = clean("\n\n".join([PIER, line, "By Jane Smith", A, B]) + "\n")
    assert article.standfirst == standfirst and article.blocks == paragraphs(A, B)


@pytest.mark.parametrize(("title", "summary"), [
    pytest.param(PIER, "IN SHORT: The harbour board has ended a long dispute over the eastern pier.", id="titled"),
    pytest.param(None, "**IN SHORT**: The harbour board has ended a long dispute over the eastern pier.", id="untitled, in bold"),
    pytest.param(None, "Key points: The harbour board has ended a long dispute over the eastern pier.", id="key points"),
])
def test_a_summary_s_label_over_the_text_makes_the_standfirst(title, summary):
    (article,) = clean("\n\n".join([*([title] if title else []), summary, A, B]) + "\n")
    assert article.blocks == paragraphs(A, B) and article.standfirst is not None and article.standfirst.endswith("eastern pier.")


@pytest.mark.parametrize("label", ["PRESS RELEASE", "**Media Release**", "FOR IMMEDIATE RELEASE"])
def test_a_release_s_letterhead_over_its_label_is_no_text(label):
    # As a PDF's text has it (realworld5/509): the ministry's names, address and numbers in three languages, broken.
    letterhead = [
        'මහලේකම් කාර්යාලය, ලකාළඹ 01, செயலகம், சகொழும்பு 01, The Secretariat, Colombo 01, ශ්\u200dරී ලංකාව. இலங்கக. Sri Lanka.',
        'කාර්යාලය 011 - 2484500 ෆැක්ස් ලවබ් අඩවිය',
        'அலுவலகம் 011 - 2484600 ச ொகலநகல் 011 - 2449823 இகைய ளம் www.treasury.gov.lk Office 011 - 2484700 Fax Website මලේ අංකය ඔලබ් අංකය දිනය எனது இல உமது இல திகதி My No Your No Date',
    ]
    (article,) = clean("\n\n".join([*letterhead, label, A, B, C]) + "\n")
    assert article.blocks == paragraphs(A, B, C)
    assert [r.text for r in article.removed][1:4] == [*letterhead[1:], label]  # (the reader drops the first's zero-width joiners)


def test_a_picture_between_paragraphs_closes_no_article():
    (article,) = clean("\n\n".join([PIER, A, B, C, "![Pier](/files/inline-images/pier.png)", "Boats shelter from the storms", D, E, F]) + "\n")
    assert article.title == PIER and [b.text for b in article.blocks if b.kind == "paragraph"] == [A, B, C, D, E, F]


def test_a_stacked_list_of_long_teasers_after_a_section_header_is_not_the_text_resuming():
    teasers = [f"Teaser {n}: a summary of another story on the site, long enough to look like a paragraph of text." for n in range(2)]
    (article,) = clean("\n\n".join([PIER, A, B, C, "More Great Stories", "\n".join(teasers)]) + "\n")
    assert article.blocks == paragraphs(A, B, C)


@pytest.mark.parametrize("header", ["### Related:", "Related articles", "Read more:"])
def test_a_numbered_list_under_a_related_header_is_related_links_however_sentence_like(header):
    items = "\n".join(f"{n}. Summary {n} of another story on the portal, long enough to read as a sentence of text. _Context: x_"
                      for n in range(1, 4))
    (article,) = clean("\n\n".join([PIER, A, B, header, items]) + "\n")
    assert article.blocks == paragraphs(A, B)


def test_a_ticker_printed_twice_around_the_article_is_a_widget():
    ticker = "\n".join(f"Story {n} of the ticker: a summary long enough to pass for a paragraph of running text here." for n in range(3))
    (article,) = clean("\n\n".join([PIER, ticker, A, B, C, ticker]) + "\n")
    assert article.blocks == paragraphs(A, B, C)


def test_an_article_pasted_twice_without_blank_lines_keeps_its_text():
    (first, *_) = clean("\n".join([PIER, A, B, C, PIER, A, B, C]) + "\n")
    assert [b.text for b in first.blocks] == [A, B, C]


def test_a_more_box_inside_the_text_goes_with_its_links():
    box = "More:\nThe New Space Race\nChina completes landing test for its first Mars mission"
    (article,) = clean("\n\n".join([PIER, A, B, box, C, D]) + "\n")
    assert article.blocks == paragraphs(A, B, C, D)


@pytest.mark.parametrize(("text", "name"), [
    ("By Jane Roe | Special to the Harbour Press", "Jane Roe"),
    ("By Joseph Tsidu November 19, 2019, 07:47 PM EST", "Joseph Tsidu"),
    ("By Jane RoeStaff Writer", "Jane Roe"),
    ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "Mike Wall"),
    ("By Sam Roe and Malcolm Owen", "Sam Roe"),
    ("By Mary O'Brien", "Mary O'Brien"),
    ("By John McCain Institute report", None),
    ("By Reuters", None),
    ("Author: Jane Roe", "Jane Roe"),
    ("By Bryan DeArdo @BryanDeArdo", "Bryan DeArdo"),
    ("Posted by Jane Roe on May 2, 2024", "Jane Roe"),
    ("By Jane Roe with AFP", "Jane Roe"),
    ("Written by Jane Roe | May 2, 2024", "Jane Roe"),
    ("by Jane Roe", "Jane Roe"),  # a byline in lower case
    ("By Jane Roe • May 2, 2024", "Jane Roe"),
    ("By Elif Çağlayan | May 2, 2024", "Elif Çağlayan"),  # names are written in more than ASCII
    ("By Lucía Fernández Ibarra", "Lucía Fernández Ibarra"),
    ("By Nadia Al-Khatib", "Nadia Al-Khatib"),
    ("By Anne-Marie Roe", "Anne-Marie Roe"),
    ("Authored by Jane Roe", "Jane Roe"),
    ("By Jane Roe Published 2 hours ago", "Jane Roe"),  # the stamp run into the name is no part of it
    ("By Jane Roe Updated May 2, 2024", "Jane Roe"),
    ("By Jane Roe & John Doe", "Jane Roe"),
    ("par Jean Roe le vendredi 9 février 2024", "Jean Roe"),  # a French byline in lower case, its date after "le"
    ("Par Jean Roe le 9 février 2024", "Jean Roe"),
    ("Von Hans Roe am 3. Mai 2024", "Hans Roe"),
    ("por Estados Unidos, y", None),  # only "by" and "par" open a byline in lower case: a wrapped line goes on "por ..."
    ("von Hans Roe", None),
])
def test_by_name_reads_the_name_of_a_by_line_whatever_follows(text, name):
    from generator.sources.bylines import by_name

    assert by_name(text) == name


@pytest.mark.parametrize(("text", "dated", "titled"), [
    ("Chris Roe - Nov 19, 2019, 10:31 pm CST", "Chris Roe", None),
    ("Monday November 18, 2019 7:45 am PST by Jane Roe", "Jane Roe", None),
    ("12.05.2024 12:30 by Jane Roe", "Jane Roe", None),
    ("May 2 saw a speech by Jane Roe", None, None),  # a sentence
    ("May 2, 2024 by the Ministry", None, None),
    ("Tom Roe, AP Auto Writer", None, "Tom Roe"),
    ("Jane Roe - Foreign Correspondent", None, "Jane Roe"),
    ("Al Roe, Associated Press", None, None),  # a photo's credit
    ("Senior Editor", None, None),
    ("Jane Roe Published 2 May 2024", "Jane Roe", None),  # no mark between the name and the stamp's label
    ("Élodie Roe - 2 May 2024", "Élodie Roe", None),
    ("Jane Roe, Special to the Harbour Press", None, "Jane Roe"),
    ("November 15, 2022 | JANE M. ROE, Harbour.net", "Jane M. Roe", None),
    ("May 2, 2024 | Jane Roe, Harbour.com", "Jane Roe", None),
    ("May 2, 2024 | Middle East, Europe", None, None),
    ("May 2, 2024 | Jane Roe, Harbour Times", None, None),
])
def test_dated_and_titled_bylines(text, dated, titled):
    from generator.sources.bylines import dated_name, titled_name

    assert (dated_name(text), titled_name(text)) == (dated, titled)


def test_each_article_of_a_page_carries_the_chrome_removed_around_the_others():
    text = f"Home\nWorld\nSports\n\n# {PIER}\n\n{A}\n\n{B}\n\n# {RAILWAY}\n\n{D}\n\n{E}\n\n© 2024 Harbour Gazette. All rights reserved.\n"
    pier, railway = clean(text)
    assert [line.text for line in pier.page_chrome] == ["© 2024 Harbour Gazette. All rights reserved."]
    assert [line.text for line in railway.page_chrome] == ["Home", "World", "Sports"]
    assert [line.text for line in pier.removed] == ["Home", "World", "Sports"]  # the provenance keeps only its own lines


def test_a_single_article_has_no_other_chrome():
    (article,) = clean(f"Home\n\n# {PIER}\n\n{A}\n\n{B}\n\n© 2024 Harbour Gazette.\n")
    assert article.page_chrome == ()


def test_the_page_chrome_of_a_long_file_keeps_its_top_and_bottom():
    from generator.sources.page_chrome import MAX_PAGE_CHROME_LINES
    menu = "\n".join(f"Section {n}" for n in range(MAX_PAGE_CHROME_LINES))
    text = f"{menu}\n\n# {PIER}\n\n{A}\n\n{B}\n\n# {RAILWAY}\n\n{D}\n\n{E}\n\n© 2024 Harbour Gazette. All rights reserved.\n"
    railway = clean(text)[1]
    assert len(railway.page_chrome) == MAX_PAGE_CHROME_LINES
    assert railway.page_chrome[0].text == "Section 0" and railway.page_chrome[-1].text == f"Section {MAX_PAGE_CHROME_LINES - 1}"


@pytest.mark.parametrize(("lines", "byline", "under"), [
    (["Jane Roe", "Senior Correspondent"], "Jane Roe", "Senior Correspondent"),
    (["Jane Roe", "@janeroe"], "Jane Roe", "@janeroe"),
    (["Jane Roe", "Anadolu Agency"], "Jane Roe", "Anadolu Agency"),
    (["Jane Roe and John Smith", "May 2, 2024"], "Jane Roe and John Smith", None),
    (["Jane Roe, Bob Lee and Ann Poe", "May 2, 2024"], "Jane Roe, Bob Lee and Ann Poe", None),
    (["BY JANE ROE"], "BY JANE ROE", None),
    (["BY JANE ROE AND JOHN DOE"], "BY JANE ROE AND JOHN DOE", None),  # several writers in capitals
    (["BY JANE ROE, JOHN DOE AND ANN POE"], "BY JANE ROE, JOHN DOE AND ANN POE", None),
    (["By Jane Roe with AFP"], "By Jane Roe with AFP", None),
    (["Congress Blog", "Contributors", "Video"], None, None),  # a menu: its items are no name and title
])
def test_a_name_over_its_title_handle_or_wire_is_the_byline(lines, byline, under):
    (article,) = clean("\n".join([PIER, *lines, A, B]) + "\n")
    assert article.byline == byline
    assert [r.text for r in article.removed if r.reason == RemovedReason.BYLINE] == ([under] if under else [])


# --- paragraphs a page's copy cut at their links ------------------------------------------------------

CUT = "The board chair said the crews had first raised the matter in letters posted on the"
LONG_CUT = "The board chair said the crews had first raised the matter with the engineers who later persuaded"


@pytest.mark.parametrize(("cut", "after", "joined"), [
    pytest.param(f"{CUT}\nHarbour Forum\n{C}", C, f"{CUT} Harbour Forum", id="a line ending on 'the', then its link"),
    pytest.param(f"{CUT}\nHarbour Forum,\nPort Gazette\n{C}", C, f"{CUT} Harbour Forum, Port Gazette", id="several links"),
    pytest.param(f"{LONG_CUT}\nRoyal Engineers\n{C}", C, f"{LONG_CUT} Royal Engineers", id="a paragraph ending on a lower-case word"),
    pytest.param(f"{CUT}\nharbour forum\n{C}", C, f"{CUT} harbour forum", id="a lower-case link"),
    pytest.param("The fishing crews first raised the matter in recent weeks,\nAdvertisement\nbut the board did not answer them for months.\n" + C,
                 C, "The fishing crews first raised the matter in recent weeks, but the board did not answer them for months.",
                 id="the sentence goes on past an ad"),
    pytest.param("The crews are due to attend\nthe harbour forum,\nwhich will be held in the port from\nTuesday to Wednesday\n.", None,
                 "The crews are due to attend the harbour forum, which will be held in the port from Tuesday to Wednesday.",
                 id="a sentence broken at every link, its full stop on a line of its own"),
    pytest.param("The board denied closing the\nEastern Pier\nin the old port to the\nfishing crews\n, following claims that it had\ncaused the losses\nin the northern harbour", None,
                 "The board denied closing the Eastern Pier in the old port to the fishing crews, following claims that it had caused the losses "
                 "in the northern harbour", id="a sentence broken at many links whose full stop the copy lost, text under it"),
    pytest.param("The Harbour Master Jane Roe stressed the importance of the bid to join\nPortnet\n, a league of harbours that shares its moorings.",
                 None, "The Harbour Master Jane Roe stressed the importance of the bid to join Portnet, a league of harbours that shares its moorings.",
                 id="a link under a line stopping on a verb, the sentence going on under it on a comma"),
])
def test_a_paragraph_cut_at_its_links_is_one_paragraph_again(cut, after, joined):
    (article,) = clean(f"{PIER}\n\n{A}\n{B}\n{cut}\n{D}\n")
    assert article.blocks == paragraphs(A, B, joined, *([C] if after == C else []), D)


@pytest.mark.parametrize(("text", "cut"), [
    pytest.param(f"{A}\n{LONG_CUT}\nBy Jane Smith\n{C}", LONG_CUT, id="a long line with a byline under it: a headline"),
    pytest.param(f"{A}\n{LONG_CUT}\nLatest News\nHarbour Master Retires\nStorm Season Starts\nCrews Celebrate\n{C}", LONG_CUT,
                 id="a menu of links, not a sentence's"),
    pytest.param(f"{A}\n{CUT}\nHarbour Forum\nThe Crews Celebrate The Moorings", CUT, id="no text going on after the link"),
    pytest.param(f"Latest News\n{CUT}\nHarbour Forum\n{C}", CUT, id="no text before the cut line"),
    pytest.param(f"{A}\nAds powered by\n{C}", "Ads powered by", id="a label over a paragraph: no link's text under it"),
    pytest.param(f"{A}\nRead the board's full statement here.\nPortnet\n, a league of harbours, shares its moorings.\n{C}", "Read the board's full statement here.",
                 id="a finished sentence over a link: no cut"),
    pytest.param(f"{A}\nContact editorial\nharbour.co.uk features the latest news from the port every day.\n{C}", "Contact editorial",
                 id="a line opening with a site's address starts its own sentence"),
])
def test_lines_that_only_look_cut_are_not_joined(text, cut):
    articles = clean(f"{PIER}\n\n{text}\n\n{D}\n\n{E}\n")
    assert not any(block.text.startswith(f"{cut} ") for article in articles for block in article.blocks)


@pytest.mark.parametrize(("between", "articles"), [
    pytest.param("\nhttp://amzn.to/2iJFhRj\n", 1, id="items with a link under each: one list, one article"),
    pytest.param("\n", 1, id="items stacked"),
])
def test_a_numbered_list_after_the_text_starts_no_article(between, articles):
    items = ["1) Lego Star Wars Resistance Bomber Set", "2) Polistil Electric Racing Track Set", "3) Blade Runner The Final Cut (Blu-Ray)",
             "4) Ghostbusters Collection (DVD)"]  # an item ending "(DVD)" is caption-shaped, as under a headline
    text = f"{PIER}\n\n{A}\n\n{B}\n\n" + between.join(items) + f"\n\n{C}\n\n{D}\n"
    assert len(clean(text)) == articles


ROUNDUP = ["1) Lego Star Wars Resistance Bomber Set", "2) Polistil Electric Racing Track Set", "3) Ghostbusters Collection (DVD)",
           "4) Monopoly Travel Edition", "5) Ravensburger Labyrinth Board Game"]


@pytest.mark.parametrize(("before", "kept"), [
    pytest.param(f"{A}\n\n{B}\n", True, id="under the text: the text's own list, kept to its last item with each item's link"),
    pytest.param(f"{A}\n\n{B}\n\nMost Read\n", False, id="under a box's header: teasers after the end"),
])
def test_a_numbered_list_the_text_announces_is_text(before, kept):
    items = [line for n, item in enumerate(ROUNDUP, 1) for line in (item, f"https://shop.example/{n}")]
    (article,) = clean(f"{PIER}\n\n{before}" + "\n".join(items) + "\n\nTags: toys, games\nShare\nFacebook\nTwitter\n")
    assert [b.text for b in article.blocks] == [A, B] + (items if kept else [])


LONG_ITEM = "1. Arthur - the board has no plan for the crews who lose their moorings when the pier closes."


@pytest.mark.parametrize(("rest", "kept"), [
    pytest.param(["2. Hovik - no urgency at the board.", "3. Ani - no money for it."], True, id="the next numbers: the list goes on"),
    pytest.param(["5. Hovik - no urgency at the board."], False, id="another number: not the same list"),
    pytest.param(["* Hovik - no urgency at the board."], False, id="a bullet under a number: not the same list"),
])
def test_a_list_goes_on_past_its_last_long_item(rest, kept):
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\nTopics from the Panel\n\n" + "\n".join([LONG_ITEM, *rest]) + "\n\nShare\nFacebook\n")
    blocks = [b.text for b in article.blocks]
    assert LONG_ITEM in blocks and all((item in blocks) == kept for item in rest)


def test_numbered_subheadings_over_their_paragraphs_stay_subheadings():
    (article,) = clean(f"{PIER}\n\n{A}\n\n1. Longer Moorings\n{B}\n\n2. Winter Shelter\n{C}\n")
    assert [block.kind for block in article.blocks] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]


LEAD = "The harbour board voted on Wednesday to extend the eastern pier by two hundred metres, ending a dispute that had run for more than a decade."
BOX = "Recommended Stories\n" + "\n".join(f"list {n} of 5\n{teaser}" for n, teaser in enumerate([  # costs more than the lead weighs
    "Fishing Crews Celebrate The New Moorings In The Old Port", "Storm Season Starts Early On The Northern Coast This Year",
    "Harbour Master Retires After Thirty Years Of Service", "Ferry Timetable Changes For The Winter Months Ahead",
    "Lighthouse Keepers Return To The Island After Long Absence"], 1))


@pytest.mark.parametrize(("between", "lead_kept"), [
    pytest.param(BOX, True, id="a box of links after the lead"),
    pytest.param(f"(Reuters / Jane Doe)\n27 Feb 2026\n{BOX}", False, id="a caption: its credit and the date follow"),
])
def test_the_lead_before_a_box_of_links_is_the_first_paragraph(between, lead_kept):
    (article,) = clean(f"{PIER}\n{LEAD}\n{between}\n{B}\n{C}\n{D}\n")
    assert (article.blocks[0].text == LEAD) == lead_kept
    assert [block.text for block in article.blocks[-3:]] == [B, C, D]


@pytest.mark.parametrize(("before", "after", "kind"), [
    pytest.param(B, C, "paragraph", id="between paragraphs: a sentence cut at its link"),
    pytest.param("Harbour News Today", C, "heading", id="no running text before it: headline-shaped still"),
])
def test_a_headline_shaped_line_that_went_on_in_lower_case_is_a_sentence(before, after, kind):
    cut = "Earlier, Jane Doe, the harbour board's long-serving special\nenvoy"  # the scan joins a lower-case line to a long one before it
    (article,) = clean(f"{PIER}\n\n{A}\n{before}\n{cut}\n{after}\n{D}\n{E}\n")
    joined = "Earlier, Jane Doe, the harbour board's long-serving special envoy"
    assert next((block.kind for block in article.blocks if block.text == joined), None) == kind


@pytest.mark.parametrize(("under", "kind"), [
    pytest.param("suggest that the board will not vote on the pier again before the winter storms arrive.", "paragraph",
                 id="the text goes on under it in lower case: a paragraph a page break cut in two"),
    pytest.param(C, "heading", id="a paragraph of its own under it: a subheading"),
])
def test_a_headline_shaped_line_the_text_goes_on_under_is_a_sentence(under, kind):
    cut = "The votes of the crews and the plans for the eastern quay"
    (article,) = clean(f"{PIER}\n\n{A}\n\n{B}\n\n{cut}\n\n{under}\n\n{D}\n\n{E}\n")
    assert next((block.kind for block in article.blocks if block.text == cut), None) == kind


def test_a_caption_before_a_share_bar_is_no_lead():
    share = "\n".join(["Share", "Facebook", "Twitter", "LinkedIn", "Email", "Print", "Copy link", "Share this article", "Advertisement"] * 2)
    (article,) = clean(f"{PIER}\n{LEAD}\n{share}\n{B}\n{C}\n{D}\n")
    assert article.blocks == paragraphs(B, C, D)


@pytest.mark.parametrize(("line", "expected"), [
    ("a b", "a b"), ("a  b", "a b"), ("  a \t b  ", "a b"), ("a\u00a0b", "a b"), ("a \u3000\u2009 b", "a b"),
    ("a\u200bb", "ab"), ("a\x07b", "a b"), ("", ""), (" ", ""), ("e\u0301", "é"),
])
def test_normalise_line_folds_spaces_and_drops_invisibles(line, expected):
    from generator.sources.lines import normalise_line

    assert normalise_line(line, 100) == expected


@pytest.mark.parametrize(
    "folded, expected",
    [
        pytest.param("read our privacy policy", True, id="a literal inside a line"),
        pytest.param("please share this article with friends", True, id="a literal with its trailing space"),
        pytest.param("the ministry's newsletter", True, id="a literal at the end"),
        pytest.param("this article says the plan will support growth", False, id="'plan' and 'support' alone"),
        pytest.param("share this", False, id="the space the literal needs is missing"),
        pytest.param("", False, id="nothing"),
    ],
)
def test_a_literal_guard_finds_any_of_its_literals(folded, expected):
    assert SITE_NOTICE_WORDS.search(folded) is expected


@pytest.mark.parametrize(("header", "listed"), [
    ("Print", True),  # a tool bar's button over a recipe's card
    ("Read more:", False),  # a box's header over its teasers
])
def test_a_print_button_heads_no_list_of_links(header, listed):
    from generator.sources.lines import scan_lines

    lines = scan_lines(f"{A}\n\n{B}\n\n{header}\nIngredients\n8 ripe pears, cored and peeled\n\n{C}\n", 20_000)
    marks = [line.noise for line in lines if line.text in ("Ingredients", "8 ripe pears, cored and peeled")]
    assert marks == ([None, None] if listed else [RemovedReason.RELATED, RemovedReason.RELATED])
#: A harbour article long enough for its topic to show (topics.MIN_ARTICLE_TOPIC_WORDS).
HARBOUR = [A, B, C,
           "Shipping agents welcomed the decision, saying that cargo vessels have waited offshore for berths every winter.",
           "Residents of the old quarter worry about lorries carrying concrete through narrow lanes beside the market square.",
           "The council promised a temporary access road along the breakwater so that construction traffic avoids the town."]
#: A railway article: its topic shares no word with the harbour's.
RAILWAY_TEXT = [D, E, F]


@pytest.mark.parametrize(
    ("headline", "under", "split"),
    [
        pytest.param("Mountain railway reopens to passengers after spring landslide", RAILWAY_TEXT, True,
                     id="another topic's headline, sentence case, over its own text"),
        pytest.param("Mountain Railway Reopens To Passengers After Spring Landslide", RAILWAY_TEXT, True,
                     id="another topic's headline, title case"),
        pytest.param("Fishing crews say the longer pier will shelter their boats", RAILWAY_TEXT, False,
                     id="a subheading echoing the article above"),
        pytest.param("Mountain railway reopens to passengers after spring landslide", [*RAILWAY_TEXT, *HARBOUR[3:]], False,
                     id="the text under it goes on with the article above: a section"),
        pytest.param("3. Mountain railway reopens to passengers after spring landslide", RAILWAY_TEXT, False,
                     id="a numbered item"),
        pytest.param("Railway reopens after landslide", RAILWAY_TEXT, False, id="too short for a headline"),
        pytest.param("Mountain railway reopens to passengers after spring landslide",
                     [D, "Anna Keller", "(Alpine News)", "Innsbruck", "Thu, June 4, 2024", E, F], True,
                     id="over its dek, the writer's name, a caption, the place and the date"),
        pytest.param("Mountain railway reopens to passengers after spring landslide",
                     [D, "Valley Hotels Fill Up Again After Months Of Repairs", E, F], False,
                     id="over a summary and another teaser"),
    ],
)
def test_a_headline_on_a_topic_the_article_never_took_up_opens_the_next_article(headline, under, split):
    text = "\n\n".join([PIER, *HARBOUR, headline, *under]) + "\n"
    assert [a.title for a in clean(text)] == ([PIER, headline] if split else [PIER])


def test_a_new_topic_after_a_short_text_is_no_new_article():
    """Above a line, a text of one or two paragraphs has too few words to tell its topic by."""
    text = "\n\n".join([PIER, A, "Mountain railway reopens to passengers after spring landslide", *RAILWAY_TEXT]) + "\n"
    assert [a.title for a in clean(text)] == [PIER]


#: A page's chrome after an article, then the next page's headline over its address, its date and a caption-like line.
NEXT_PAGE = ("Advertisement - scroll to continue reading\n\na.supporter:hover {background:#EC4438!important;}\n\n"
             "Using Pier News for work?\n\nPier News is free for personal use, but you’ll need a licence for work use. "
             "This is part of our commitment to fund independent journalism.\n\nJoin Pro Individual Find out more\n\n"
             f"Find more from the Harbour Board on its pages.\n\n{RAILWAY}\n\nhttps://alpine.example/railway\n\n"
             "12:26 AM, Tuesday, May 28, 2024\n\nHikers wait at the valley station for the first train\n\n")


def test_the_next_pages_headline_over_its_address_and_date_not_the_caption_nearest_the_text():
    assert [a.title for a in clean(f"{PIER}\n\n{A}\n\n{B}\n\n{C}\n\n{NEXT_PAGE}{D}\n\n{E}\n\n{F}\n")] == [PIER, RAILWAY]


# --- script statements inside a line of text --------------------------------------------------------

TEXT_BEFORE = "Officials from Qatar and Egypt met on Sunday in Doha."
TEXT_AFTER = "The talks will continue next week, officials said, and a deal (if any) is months away; nobody knows."


@pytest.mark.parametrize(
    ("script", "cut"),
    [
        pytest.param("(adsbygoogle = window.adsbygoogle || []).push({});", True, id="an ad slot"),
        pytest.param("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });", True, id="a tag manager call"),
        pytest.param('(function(v,d){ai=d.createElement(\\"script\\");ai.defer=true;})(window,document);', True,
                     id="a function called at once, its quotes escaped as in a JSON string"),
        pytest.param("var slot = {id: 3};", True, id="a declaration"),
        pytest.param("He said (in May); others {disagreed} with it.", False, id="prose with a brace is no statement"),
    ],
)
def test_a_script_inside_a_line_of_text_is_cut_and_the_text_kept(script, cut):
    from generator.sources.scripts import strip_inline_scripts

    line = f"{TEXT_BEFORE} {script} {TEXT_AFTER}"
    text, notes = strip_inline_scripts(f"{PIER}\n\n{line}\n")
    if cut:
        assert (text, notes) == (f"{PIER}\n\n{TEXT_BEFORE} {TEXT_AFTER}\n", [RemovedLine(script, RemovedReason.CODE)])
    else:
        assert (text, notes) == (f"{PIER}\n\n{line}\n", [])


def test_a_line_of_code_alone_is_left_to_the_cleaner_whole():
    from generator.sources.scripts import strip_inline_scripts

    code = "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });"
    assert strip_inline_scripts(f"{PIER}\n\n{code}\n") == (f"{PIER}\n\n{code}\n", [])


def test_a_story_with_a_script_inside_its_one_line_becomes_a_brief():
    script = "(adsbygoogle = window.adsbygoogle || []).push({});"
    (article,) = clean(f"{PIER}\n\n{A} {script} {B}\n")
    assert [b.text for b in article.blocks] == [f"{A} {B}"]
    assert RemovedLine(script, RemovedReason.CODE) in article.removed


@pytest.mark.parametrize(("label", "box"), [
    ("## AI Generated Summary", True),
    ("**AI summary:**", True),
    ("Summary generated by AI", True),
    ("SUMMARY", False),  # an editor's summary can be the text (a fact check's claim)
    ("TL;DR", False),
])
def test_the_points_of_a_machine_written_summary_are_no_text(label, box):
    points = ["- The board voted to extend the eastern pier by two hundred metres.",
              "- Fishing crews said the longer pier would shelter their boats."]
    (article,) = clean("\n\n".join([PIER, label, "\n".join(points), A, B, C]) + "\n")
    kept = [block.text for block in article.blocks]
    assert kept[-3:] == [A, B, C]
    assert all((point in kept) != box for point in points)
    if box:
        assert RemovedLine(points[0], RemovedReason.WIDGET) in article.removed


@pytest.mark.parametrize(("box", "kept"), [
    pytest.param("Trending News\nVideo shows the rescue of a fishing crew: \"We got them!\"\nPort workers strike over pay\nStorm closes the ferry route",
                 [], id="a box of other stories inside the text, one teaser a finished sentence"),
    pytest.param("Most Read\nPort workers strike over pay\nStorm closes the ferry route", [], id="two teasers"),
    pytest.param("About Jane Roe\nJane Roe has covered the harbour and its fishing crews for the Coastal Times for twenty years now.\nShe lives in the old town.",
                 ["Jane Roe has covered the harbour and its fishing crews for the Coastal Times for twenty years now.", "She lives in the old town."],
                 id="a writer's box holds a paragraph: no box of stories"),
])
def test_a_box_of_other_stories_is_no_text_wherever_it_stands(box, kept):
    (article,) = clean("\n\n".join([PIER, A, B, box, C, D]) + "\n")
    blocks = [block.text for block in article.blocks if block.kind == "paragraph"]
    assert blocks == [A, B, *kept, C, D]
