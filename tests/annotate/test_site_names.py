"""The name a page's own chrome gives its site, on two lines or more; never a platform, an owner company or the writer."""
import pytest
from annotate_helpers import annotator, article

from generator.annotate.metadata import find_outlet
from generator.annotate.page_address import host_label
from generator.annotate.site_names import site_name, spelled_name
from generator.model import RemovedLine, RemovedReason

P = "The two governments agreed on Tuesday to expand energy cooperation and to meet again next spring in the capital."
NAV, CREDITS, RELATED = RemovedReason.NAVIGATION, RemovedReason.CREDITS, RemovedReason.RELATED


def page(*lines, byline=None, dateline=None):
    return article(P, removed=tuple(RemovedLine(text, reason) for text, reason in lines), byline=byline, dateline=dateline)


@pytest.mark.parametrize("lines, byline, expected", [
    pytest.param([("Search Harbourgear", NAV), ("© 2005-2019 Harbourgear, All Rights Reserved.", CREDITS)], None,
                 ("Harbourgear", "Search Harbourgear"), id="copyright line and search box"),
    pytest.param([("More from Dawgs By Nature", NAV), ("Follow Dawgs By Nature online:", NAV)], None,
                 ("Dawgs By Nature", "More from Dawgs By Nature"), id="'More from' and 'Follow'"),
    pytest.param([("Subscribe to The Paradigm Newsletter", NAV), ("Copyright © 2019 The Paradigm. All Rights Reserved.", CREDITS)], None,
                 ("The Paradigm", "Subscribe to The Paradigm Newsletter"), id="a newsletter's name is the site's"),
    pytest.param([("Browse IGN", NAV)], "By Eric Song, IGN Staff", ("IGN", "By Eric Song, IGN Staff"), id="a staff byline corroborates"),
    pytest.param([("Subscribe to HarbourPost by Email", NAV), ("Follow @HarbourPost_News", NAV)], "by HarbourPost News Weekly",
                 ("HarbourPost", "Subscribe to HarbourPost by Email"), id="a desk's byline naming the site is no writer's"),
    pytest.param([("HARBOURPOST.COM", NAV), ("Trending Now on HarbourPost.com", NAV)], None,
                 ("HARBOURPOST.COM", "HARBOURPOST.COM"), id="domain lines"),
    pytest.param([("© 2019 Vox Media, LLC. All Rights Reserved", CREDITS), ("Vox Media homepage", NAV)], None, None,
                 id="the owner company in a copyright line is not the site"),
    pytest.param([("1. [Reuters](https://www.reuters.com/article/us-china-japan/talks-idUSKBN1FH026)", NAV),
                  ("1. [AFP](http://www.google.com/hostednews/afp/article/ALeqM5ilu2FiLQ)", NAV),
                  ("1. [Aljazeera](http://english.aljazeera.net/news/americas/2010/08/201081023312716697.html)", NAV)], None, None,
                 id="a numbered list's numbers head no site's menu"),
    pytest.param([("© 2019 Harbourgear. All rights reserved.", CREDITS)], None, None, id="one line alone is not enough"),
    pytest.param([("HarbourBikes", NAV), ("harbourbikes.co.uk features the latest bike reviews and news every day", NAV)], None,
                 ("harbourbikes.co.uk", "harbourbikes.co.uk features the latest bike reviews and news every day"),
                 id="a site describing itself by its domain"),
    pytest.param([("harbourbikes.co.uk features the latest bike reviews and news every day", NAV)], None, None,
                 id="the description alone is one line"),
    pytest.param([("Follow us on Twitter", NAV), ("Follow Twitter", NAV), ("Search Twitter", NAV)], None, None, id="a platform"),
    pytest.param([("More from Jane Roe", NAV), ("More from Jane Roe", NAV), ("Follow Jane Roe", NAV)], "By Jane Roe", None,
                 id="the writer's own links"),
    pytest.param([("By Jane Roe | May 2, 2024", NAV), ("More from Jane Roe", NAV), ("Follow Jane Roe", NAV)], None, None,
                 id="a writer with a dated byline on the page"),
    pytest.param([("By Jane Roe | May 2, 2024", RemovedReason.REPEATED), ("More from Jane Roe", NAV), ("Follow Jane Roe", NAV)], None, None,
                 id="a writer whose byline the page repeats"),
    pytest.param([("More from Harbourgear", RELATED), ("Search Harbourgear", RELATED)], None, None, id="teasers are not chrome"),
    pytest.param([("Watch live: envoy testifies about Ukraine", NAV), ("About Ukraine", NAV)], None, ("Ukraine", "About Ukraine"),
                 id="'About' at a line's start is a label of the page"),
    pytest.param([("Harbourzona. Russia", NAV), ("Harbourzona. Belarus", NAV), ("Harbourzona. Central Asia", NAV)], None,
                 ("Harbourzona", "Harbourzona. Russia"), id="the site's name over its menu items"),
    pytest.param([("NFL Scores | Expert Picks | Odds", NAV), ("NFL Scores | Standings", NAV)], None, None,
                 id="two items under one name are a section's"),
    pytest.param([("L.A. Gazette Careers", NAV), ("L.A. Gazette Events", NAV), ("L.A. Gazette Store", NAV)], None, None,
                 id="a name's initials are not a masthead over menu items"),
    pytest.param([("About Gazette", NAV), ("Copyright © 2016 Harbour Gazette. All rights reserved.", CREDITS),
                  ("www.harbourgazette.com", RemovedReason.LINK)], None,
                 ("Harbour Gazette", "Copyright © 2016 Harbour Gazette. All rights reserved."),
                 id="the longer name over its cut-short form"),
    pytest.param([("Get our daily Entertainment newsletter", NAV), ("Entertainment", NAV)], None, None,
                 id="a section's newsletter"),
    pytest.param([("Get the latest from the Middle East with our Middle East newsletter. Sign up here.", NAV), ("Middle East", NAV)],
                 None, None, id="a region's newsletter"),
    pytest.param([("© Copyright 2026, All Rights Reserved | Harbourtech", CREDITS), ("News © 2026", NAV)], None, None,
                 id="a year is not a name"),
    pytest.param([("© 2019 Harbourtech. All rights reserved.", CREDITS), ("About Harbourtech", RELATED)], None,
                 ("Harbourtech", "© 2019 Harbourtech. All rights reserved."), id="a teaser line corroborates a name the chrome gives"),
    pytest.param([("Senior editor at Harbourtech.", NAV), ("Harbourtech", NAV)], None,
                 ("Harbourtech", "Senior editor at Harbourtech."), id="the writer's title at the site"),
    pytest.param([("Harbour Press e-edition", NAV)], "By Jane Roe | Special to the Harbour Press",
                 ("Harbour Press", "By Jane Roe | Special to the Harbour Press"), id="a byline written for the site"),
    pytest.param([("©The Harbour Blog 2011-2019", CREDITS), ("About The Harbour Blog", NAV)], None,
                 ("The Harbour Blog", "©The Harbour Blog 2011-2019"), id="the years after a name are not part of it"),
    pytest.param([("by Marla December 6, 2017", NAV), ("written by Marla", NAV), ("© Marla", CREDITS), ("Marla", NAV)], None, None,
                 id="a blogger's first name in a copyright line is hers, not a site's"),
    pytest.param([("By Jane Roe | Special to the Harbour Press", NAV)], None,
                 ("Harbour Press", "By Jane Roe | Special to the Harbour Press"), id="a piece written for the site names it on one line"),
    pytest.param([("© 2019 The Harbour Times Company", CREDITS), ("The Harbour Times app", NAV)], None,
                 ("The Harbour Times", "© 2019 The Harbour Times Company"), id="a paper's company named after it"),
    pytest.param([("© 2019 The Harbour Company", CREDITS), ("The Harbour app", NAV)], None, None,
                 id="a company of one name is only the owner"),
    pytest.param([("Support The Harbour Post", NAV), ("The Harbour Post - Back to home", NAV)], None,
                 ("The Harbour Post", "Support The Harbour Post"), id="a page asking support for itself"),
    pytest.param([("Support Ukraine", NAV), ("About Ukraine war", RELATED)], None, None, id="support for a cause"),
])
def test_site_name(lines, byline, expected):
    assert site_name(page(*lines, byline=byline)) == expected


def test_the_site_comes_before_the_wire_of_its_dateline():
    found = annotator()
    lines = [("More from Harbour Gazette", NAV), ("© 2024 Harbour Gazette", CREDITS)]
    outlet = find_outlet(page(*lines, dateline="GENEVA (Reuters) -"), found.matcher, found.knowledge)
    assert outlet == ("Harbour Gazette", "More from Harbour Gazette", -1)


@pytest.mark.parametrize("own, chrome, expected", [
    pytest.param((), [("More from Harbour Gazette", NAV), ("© 2024 Harbour Gazette", CREDITS)],
                 ("Harbour Gazette", "More from Harbour Gazette", -1), id="masthead and footer around other articles"),
    pytest.param([("More from Harbour Gazette", NAV)], [("© 2024 Harbour Gazette", CREDITS)],
                 ("Harbour Gazette", "More from Harbour Gazette", -1), id="one line its own, one the page's"),
    pytest.param((), [("https://www.harbourgazette.com/2024/05/pier-vote-extends-dispute", RemovedReason.LINK)],
                 ("harbourgazette.com", "https://www.harbourgazette.com/2024/05/pier-vote-extends-dispute", -1),
                 id="the page's address"),
    pytest.param((), [("Harbour Board Approves Longer Pier | World | Harbour Gazette", NAV)],
                 ("Harbour Gazette", "Harbour Board Approves Longer Pier | World | Harbour Gazette", -1), id="the browser's title line"),
    pytest.param((), [("© 2024 Harbour Gazette", CREDITS)], (None, "", -1), id="one line of the page is not enough"),
])
def test_the_outlet_comes_from_the_whole_page_chrome(own, chrome, expected):
    found = annotator()
    lines = tuple(RemovedLine(text, reason) for text, reason in chrome)
    own_lines = tuple(RemovedLine(text, reason) for text, reason in own)
    page_article = article(P, title="Harbour Board Approves Longer Pier", removed=own_lines, page_chrome=lines)
    outlet = find_outlet(page_article, found.matcher, found.knowledge)
    assert outlet == expected


@pytest.mark.parametrize("host, label", [
    ("www.harbourmirror.lk", "harbourmirror"), ("news.harbour-cbn.com", "harbourcbn"), ("harbour.co.uk", "harbour"),
    ("www.harbourpost.com.br", "harbourpost"),
])
def test_host_label(host, label):
    assert host_label(host) == label


@pytest.mark.parametrize("host, chrome, text, expected", [
    pytest.param("www.harbourmirror.lk", ["HARBOUR MIRROR | Opinion"], [], "Harbour Mirror", id="a masthead in capitals"),
    pytest.param("harbour-cbn.com", ["HARBOUR-CBN News"], [], "HARBOUR-CBN News", id="a name with News the domain leaves out"),
    pytest.param("harbourist.com", ["Copyright © The Harbourist Newspaper Limited 2020"], [], "The Harbourist",
                 id="a name opening a longer run in chrome"),
    pytest.param("harbourist.com", [], ["It ranked first in a survey by the Harbourist Intelligence Unit, a sister company of The Harbourist."],
                 "The Harbourist", id="in the text, a whole run only"),
    pytest.param("harbourist.com", [], ["In The Harbourist last November, he said so."], "The Harbourist", id="after a word opening a sentence"),
    pytest.param("harbourmirror.lk", ["Harbour News"], ["The Harbour Mirror Group owns it."], None, id="no name spells the domain"),
    pytest.param("hm.lk", ["HM"], [], None, id="too short to trust"),
    pytest.param("harbourtimes.group.com", ["The Harbour Times | Defence"], [], "The Harbour Times", id="a site on its group's domain"),
    pytest.param("news.harbour.com", ["News"], [], None, id="an edition's subdomain is no name"),
])
def test_spelled_name(host, chrome, text, expected):
    assert spelled_name(host, chrome, text) == expected


def test_an_unknown_site_by_its_address_takes_the_name_the_page_spells():
    known = annotator()
    lines = [("https://www.harbourmirror.lk/opinion/ties-intact/172-298443", RemovedReason.LINK), ("HARBOUR MIRROR", NAV)]
    assert find_outlet(page(*lines), known.matcher, known.knowledge)[0] == "Harbour Mirror"
    assert find_outlet(page(lines[0]), known.matcher, known.knowledge)[0] == "harbourmirror.lk"


@pytest.mark.parametrize("lines, dateline, expected", [
    pytest.param([("© 2026 Harbour TV. All rights reserved.", CREDITS)], "WASHINGTON (AFP) —",
                 ("Harbour TV", "© 2026 Harbour TV. All rights reserved."), id="a wire's story on a local site's page"),
    pytest.param([("© 2026 Harbour TV", CREDITS)], "WASHINGTON (AFP) —", ("afp", "WASHINGTON (AFP) —"),
                 id="a bare copyright line may be the story's holder"),
    pytest.param([("© 2026 Harbour Broadcasting Company. All rights reserved.", CREDITS)], "WASHINGTON (AFP) —",
                 ("afp", "WASHINGTON (AFP) —"), id="the owner company is no site"),
    pytest.param([("© 2026 Harbour TV. All rights reserved.", CREDITS)], None, (None, ""), id="without a wire's dateline, one line"),
])
def test_a_wire_story_on_a_local_site(lines, dateline, expected):
    known = annotator()
    assert find_outlet(page(*lines, dateline=dateline), known.matcher, known.knowledge)[:2] == expected


@pytest.mark.parametrize("line, expected", [
    pytest.param("Harbour Board Approves Longer Pier « Harbour Valley News", "Harbour Valley News", id="guillemet"),
    pytest.param("Harbour Board Approves Longer Pier :: Harbour Valley News", "Harbour Valley News", id="double colon"),
    pytest.param("Harbour Board Approves Longer Pier · Harbour Valley News", "Harbour Valley News", id="middle dot"),
    pytest.param("Harbour Board Approves Longer Pier • Harbour Valley News", "Harbour Valley News", id="bullet"),
    pytest.param("Harbour Board Approves Longer Pier / Harbour Valley News", "Harbour Valley News", id="slash"),
    pytest.param("Harbour Board Approves Longer Pier – HVN – 03/12/2024", "HVN", id="the page's date after the site"),
    pytest.param("Harbour Board Approves Longer Pier | Harbour Valley News — Independent news from the coast", "Harbour Valley News",
                 id="a slogan after the site"),
    pytest.param("Harbour Board Approves Longer Pier | Harbour Valley News | Politics", "Politics",
                 id="a section after an unknown site is not told from it"),
    pytest.param("Harbour Board Approves Longer Pier | Harbour Valley News | 12 March 2024", "Harbour Valley News", id="a date in words"),
    pytest.param("Valley Daily | Harbour Board Approves Longer Pier", "Valley Daily", id="the site first"),
    pytest.param("Harbour Board Approves Longer Pier - Harbour Valley News - News", "Harbour Valley News", id="a generic last part"),
    pytest.param("Harbour Board Approves Longer Pier | World | Harbour Valley News", "Harbour Valley News", id="a section between"),
    pytest.param("Harbour - Board Approves Longer Pier", None, id="a word of the headline is no site"),
    pytest.param("Harbour Board Approves Longer Pier - News", None, id="a generic part alone"),
])
def test_title_line_site(line, expected):
    from generator.annotate.site_names import title_line_site

    found = title_line_site(article(P, title="Harbour Board Approves Longer Pier", removed=(RemovedLine(line, NAV),)))
    assert (found[0] if found else None) == expected
