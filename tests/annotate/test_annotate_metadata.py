"""Metadata: outlet, author, publication date and kind of an article, from frontmatter, header lines and provenance."""
from datetime import date

import pytest
from annotate_helpers import annotate, annotator, article

from generator.annotate.byline_fields import fielded_writer
from generator.annotate.kinds import institution_outlet, outlet_pieces
from generator.annotate.metadata import CHROME_REASONS, find_author, find_kind, find_outlet, find_published
from generator.model import RemovedLine, RemovedReason

P = "The two governments agreed on Tuesday to expand energy cooperation and to meet again next spring in the capital."
CITED = "The minister will travel to Tokyo next week, according to the Kyodo News agency, to meet his counterpart."
INTERVIEWED = "The president said in an interview with Kyodo News last month that the talks would resume in the spring."
TOLD = "The minister told Kyodo News that the plan would go ahead next year, according to officials."


def removed(text, reason):
    return (RemovedLine(text, reason),)


@pytest.mark.parametrize(
    "fields, expected",
    [
        pytest.param({"meta": {"outlet": "Reuters"}}, ("reuters", "(frontmatter)", -1), id="frontmatter, known outlet"),
        pytest.param({"meta": {"outlet": "Harbour Gazette"}}, ("Harbour Gazette", "(frontmatter)", -1), id="frontmatter, free name"),
        pytest.param({"dateline": "MOSCOW, February 7. /TASS/."}, ("tass", "MOSCOW, February 7. /TASS/.", 0), id="agency in slashes"),
        pytest.param({"dateline": "RIYADH, March 3 (Reuters) -"}, ("reuters", "RIYADH, March 3 (Reuters) -", 0), id="agency in brackets"),
        pytest.param({"removed": removed("Arab News | Saudi Arabia", RemovedReason.NAVIGATION)},
                     ("arab-news", "Arab News | Saudi Arabia", -1), id="the page's own navigation"),
        pytest.param({"removed": removed("https://www.arabnews.com/node/123", RemovedReason.LINK)},
                     ("arab-news", "https://www.arabnews.com/node/123", -1), id="web domain of a bare link"),
        pytest.param({"removed": removed("Leaders meet (Reuters)", RemovedReason.CAPTION)}, (None, "", -1),
                     id="a photo credit is not the page's outlet"),
        pytest.param({"byline": "Jane Doe, Harbour Gazette staff writer"},
                     ("Harbour Gazette", "Jane Doe, Harbour Gazette staff writer", -1), id="staff byline, free name"),
        pytest.param({"byline": "KHBR Staff", "page_chrome": removed("KHBR Weather", RemovedReason.NAVIGATION)},
                     ("KHBR", "KHBR Staff", -1), id="the site's staff"),
        pytest.param({"byline": "By Jane Doe, Harbour Gazette Staff Writer", "removed": removed("Harbour Gazette Weekend", RemovedReason.RELATED)},
                     ("Harbour Gazette", "By Jane Doe, Harbour Gazette Staff Writer", -1), id="a staff title in capitals"),
        pytest.param({"byline": "KHBR Staff"}, (None, "", -1), id="a staff byline the page never backs: maybe a partner's"),
        pytest.param({"byline": "By Reuters"}, (None, "", -1), id="a wire's name alone: any site may run its copy"),
        pytest.param({"byline": "Associated Press"}, (None, "", -1), id="a wire's name alone, without 'By'"),
        pytest.param({"byline": "By Reuters", "removed": removed("© 2024 Reuters. All rights reserved.", RemovedReason.CREDITS)
                      + removed("Reuters.com", RemovedReason.NAVIGATION)},
                     ("reuters", "© 2024 Reuters. All rights reserved.", -1), id="a wire's name alone on the wire's own site"),
        pytest.param({"removed": removed("© 2024 The Straits Times. All rights reserved.", RemovedReason.CREDITS)},
                     ("straits-times", "© 2024 The Straits Times. All rights reserved.", -1),
                     id="a paper's footer when nothing else names the page"),
        pytest.param({"byline": "Web Staff"}, (None, "", -1), id="a desk's staff names no site"),
        pytest.param({"byline": "By Staff"}, (None, "", -1), id="staff alone"),
        pytest.param({"byline": "Michael Roe Staff"}, (None, "", -1), id="a person is no site"),
        pytest.param({"byline": "By Jane Doe, Nikkei staff writer", "removed": removed("Nikkei Asia", RemovedReason.NAVIGATION)},
                     ("nikkei-asia", "By Jane Doe, Nikkei staff writer", -1), id="byline outlet made specific by the page"),
        pytest.param({"paragraphs": (TOLD, INTERVIEWED)}, ("kyodo", TOLD, 0), id="told <outlet>, and an interview with it"),
        pytest.param({"paragraphs": (TOLD,)}, (None, "", -1), id="told <outlet> once: news quoting another outlet"),
        pytest.param({"title": "Russian Official to Kyodo News: Talks Will Resume", "paragraphs": (P,)},
                     ("kyodo", "Russian Official to Kyodo News: Talks Will Resume", -1), id="spoken to in the headline"),
        pytest.param({"paragraphs": (CITED,)}, (None, "", -1), id="'according to <outlet>' cites another outlet"),
        pytest.param({"paragraphs": (INTERVIEWED,)}, (None, "", -1), id="'an interview with <outlet>' is another outlet's"),
        pytest.param({"title": "Talks resume in Geneva", "removed": removed("Talks resume in Geneva | World News | Al Jazeera", RemovedReason.NAVIGATION),
                      "dateline": "GENEVA (Reuters) -"},
                     ("al-jazeera", "Talks resume in Geneva | World News | Al Jazeera", -1), id="browser title line's site, before the wire"),
        pytest.param({"title": "Talks resume in Geneva", "removed": removed("Talks resume in Geneva – Harbour Gazette en", RemovedReason.NAVIGATION)},
                     ("Harbour Gazette", "Talks resume in Geneva – Harbour Gazette en", -1), id="browser title line's site, free name"),
        pytest.param({"title": "Talks resume in Geneva", "removed": removed(
            "Talks resume in Geneva - The Harbour Sting - Critical news and insights on harbour politics - harboursting.com",
            RemovedReason.NAVIGATION)}, ("The Harbour Sting", "Talks resume in Geneva - The Harbour Sting - Critical news and insights on "
                                        "harbour politics - harboursting.com", -1), id="browser title line's site spelled by its domain"),
        pytest.param({"title": "Talks resume in Geneva", "removed": (
            RemovedLine("Talks resume in Geneva | Opinion", RemovedReason.NAVIGATION),
            RemovedLine("https://www.arabnews.com/node/123456/world", RemovedReason.LINK))},
                     ("arab-news", "https://www.arabnews.com/node/123456/world", -1), id="a title line ending on a section: the address"),
        pytest.param({"title": "Talks resume in Geneva", "removed": (
            RemovedLine("Talks resume in Geneva | Harbour Gazette", RemovedReason.NAVIGATION),
            RemovedLine("https://www.harbourgazette.com/world/talks-resume", RemovedReason.LINK))},
                     ("Harbour Gazette", "Talks resume in Geneva | Harbour Gazette", -1), id="a title line's site spelling the address"),
        pytest.param({"title": "Talks resume in Geneva", "removed": (
            RemovedLine("Talks resume in Geneva - Harbour Gazette Europe", RemovedReason.NAVIGATION),
            RemovedLine("https://harbourgazette.eu/2024/05/02/talks-resume", RemovedReason.LINK))},
                     ("Harbour Gazette Europe", "Talks resume in Geneva - Harbour Gazette Europe", -1),
                     id="a title line's site the address spells the start of"),
        pytest.param({"title": "Talks resume in Geneva", "removed": removed("Weather | Harbour Gazette", RemovedReason.NAVIGATION)},
                     (None, "", -1), id="a title line of another headline is not this page's"),
        pytest.param({"removed": removed("Photo: Reuters", RemovedReason.WIDGET)}, (None, "", -1), id="a picture credit is not the page's outlet"),
        pytest.param({"paragraphs": ("(CNN) — " + P,)}, ("cnn", "(CNN) —", 0), id="a lead opening on the outlet in brackets"),
        pytest.param({"paragraphs": ("(Harbour Gazette) — " + P,)}, (None, "", -1), id="only a known outlet opens a lead"),
        pytest.param({"paragraphs": ("(Reuters) " + P,)}, ("reuters", "(Reuters)", 0), id="a lead opening on the outlet in brackets, no dash"),
        pytest.param({"removed": removed("BANGKOK POST POLL", RemovedReason.AFTER_END)}, ("bangkok-post", "BANGKOK POST POLL", -1),
                     id="the site's poll: a promotion of itself"),
        pytest.param({"paragraphs": (P + " Follow Ynetnews on Facebook | Twitter",)}, ("ynet", "Follow Ynetnews on", -1),
                     id="a promotion left in the text"),
        pytest.param({"removed": removed("Access all subscriber-only content on the app and straitstimes.com", RemovedReason.AFTER_END)},
                     ("straits-times", "subscriber-only content on the app and straitstimes.com", -1), id="a promotion naming the site's domain"),
        pytest.param({"removed": removed("Download the Harbour Gazette app", RemovedReason.WIDGET)}, (None, "", -1),
                     id="a promotion of an unknown site names no outlet"),
        pytest.param({"paragraphs": ("A Reuters poll found that most voters back the plan, officials said on Tuesday.",)}, (None, "", -1),
                     id="a poll an outlet ran, in the text, is no promotion"),
        pytest.param({"paragraphs": ("Officials will follow the Al Jazeera report on the talks closely, the minister said on Tuesday.",)},
                     (None, "", -1), id="a phrase of the text is no site's name"),
        pytest.param({"removed": removed("Stay updated with the latest news from Khaleej Times on WhatsApp Channels.", RemovedReason.WIDGET)},
                     ("khaleej-times", "latest news from Khaleej Times on", -1), id="the latest news from the site"),
        pytest.param({"removed": removed("The views expressed in this article do not necessarily reflect Al Jazeera’s editorial stance.",
                                         RemovedReason.DISCLAIMER)},
                     ("al-jazeera", "reflect Al Jazeera’s editorial", -1), id="the site's own editorial line"),
        pytest.param({"removed": removed("By Jane Roe | Special to the Arab News", RemovedReason.NAVIGATION)},
                     ("arab-news", "By Jane Roe | Special to the Arab News", -1), id="a piece written for the outlet"),
        pytest.param({"removed": removed("Associated Press writers Jane Roe in Moscow contributed to this report.", RemovedReason.CREDITS)},
                     (None, "", -1), id="a contributors' line is not the page's outlet"),
        pytest.param({}, (None, "", -1), id="nothing to go on"),
        pytest.param({"removed": removed("Kyodo News Plus", RemovedReason.NAVIGATION)}, (None, "", -1),
                     id="one menu item naming an outlet: a sister site or a show"),
        pytest.param({"removed": removed("Kyodo News Plus", RemovedReason.NAVIGATION) + removed("Kyodo Weekly", RemovedReason.WIDGET)},
                     ("kyodo", "Kyodo News Plus", -1), id="two chrome lines naming an outlet"),
        pytest.param({"removed": removed("by Kyodo News", RemovedReason.NAVIGATION)}, ("kyodo", "by Kyodo News", -1), id="a desk's byline"),
        pytest.param({"removed": removed("Why you can trust Kyodo News", RemovedReason.WIDGET)},
                     ("kyodo", "Why you can trust Kyodo News", -1), id="the page speaking of itself"),
        pytest.param({"removed": removed("KYODO NEWS", RemovedReason.NAVIGATION) * 2}, ("kyodo", "KYODO NEWS", -1),
                     id="the masthead, top and bottom"),
        pytest.param({"removed": removed("Harbour Roundtable with Barron's", RemovedReason.NAVIGATION) * 2}, (None, "", -1),
                     id="a sister site's menu item, top and bottom"),
        pytest.param({"removed": removed("Fox News", RemovedReason.NAVIGATION) * 2 + removed("Barron's", RemovedReason.NAVIGATION)},
                     (None, "", -1), id="a bare name repeated among other outlets' names"),
        pytest.param({"removed": removed("Kyodo News with AFP", RemovedReason.NAVIGATION)}, ("kyodo", "Kyodo News with AFP", -1),
                     id="a desk's byline with an agency"),
        pytest.param({"removed": removed("Kyodo News at Large with Jane Roe", RemovedReason.NAVIGATION)}, (None, "", -1),
                     id="a show's name 'with' its host"),
        pytest.param({"removed": removed("Politics | Kyodo Weekly", RemovedReason.NAVIGATION)}, (None, "", -1),
                     id="a breadcrumb's later item naming an outlet: a section or partner"),
        pytest.param({"removed": removed("Updated on: May 2, 2024 / Kyodo News", RemovedReason.TIMESTAMP)},
                     ("kyodo", "Updated on: May 2, 2024 / Kyodo News", -1), id="a dated credit line"),
        pytest.param({"removed": removed("KYODO NEWS - Aug 23, 2025 - 21:05 | All, Japan, World", RemovedReason.NAVIGATION)},
                     ("kyodo", "KYODO NEWS - Aug 23, 2025 - 21:05 | All, Japan, World", -1), id="an agency's own date stamp"),
        pytest.param({"removed": removed("Al Roe, Associated Press", RemovedReason.WIDGET) + removed("REUTERS/Jane Roe", RemovedReason.WIDGET)
                      + removed("Jane Roe/Reuters", RemovedReason.WIDGET)}, (None, "", -1), id="photographers' credits name the agencies of pictures"),
        pytest.param({"removed": removed("Reuters, Bloomberg", RemovedReason.NAVIGATION) + removed("Reuters", RemovedReason.NAVIGATION)},
                     ("reuters", "Reuters, Bloomberg", -1),
                     id="two agencies side by side are no photographer's credit"),
        pytest.param({"removed": removed("© 2024 Kyodo News. All rights reserved.", RemovedReason.CREDITS)}, (None, "", -1),
                     id="a copyright line alone: maybe a syndicated story's"),
        pytest.param({"removed": removed("© 2024 Kyodo News. All rights reserved.", RemovedReason.CREDITS),
                      "page_chrome": removed("Kyodo News Plus", RemovedReason.NAVIGATION)},
                     ("kyodo", "© 2024 Kyodo News. All rights reserved.", -1), id="a copyright line, the page naming its site again"),
        pytest.param({"removed": removed("Jane Roe", RemovedReason.NAVIGATION) + removed("BBC News, Kyiv", RemovedReason.NAVIGATION)},
                     ("bbc", "BBC News, Kyiv", -1), id="the outlet and a place under a writer's name"),
        pytest.param({"removed": removed("Jane Roe", RemovedReason.NAVIGATION) + removed("Reuters", RemovedReason.NAVIGATION)},
                     (None, "", -1), id="a wire under a writer's name: a site running its copy"),
        pytest.param({"removed": removed("World News", RemovedReason.NAVIGATION) + removed("BBC News, Kyiv", RemovedReason.NAVIGATION)},
                     (None, "", -1), id="the outlet under a menu item is a menu item"),
        pytest.param({"removed": removed("Copyright © kyodonews.net", RemovedReason.CREDITS)},
                     ("kyodo", "Copyright © kyodonews.net", -1), id="a copyright line with the site's domain"),
        pytest.param({"meta": {"url": "https://english.kyodonews.net/news/2024/05/a-story.html"}},
                     ("kyodo", "https://english.kyodonews.net/news/2024/05/a-story.html", -1), id="the frontmatter's page address"),
        pytest.param({"meta": {"url": "https://twitter.com/kyodo_english/status/1234567890"}}, (None, "", -1),
                     id="a frontmatter link to a platform names no outlet"),
        pytest.param({"paragraphs": ("Doha, May 19 (QNA) - The forum opened on Monday in the capital with leaders from 30 countries.",)},
                     ("qna", "Doha, May 19 (QNA) -", 0), id="an agency after a place in small letters"),
        pytest.param({"paragraphs": ("Officials said on Monday (QNA) that the forum would open.",)}, (None, "", -1),
                     id="an agency in brackets inside a sentence"),
        pytest.param({"paragraphs": ("Harbour Check could not independently verify the video, which was shared 2,000 times.", "The ministry denied the claim in an email to Harbour Check on Tuesday.")}, ("Harbour Check", "Harbour Check could not independently verify the video, which was shared 2,000 times.", -1),
                     id="the newsroom speaking of itself twice"),
        pytest.param({"paragraphs": ("Harbour Check could not independently verify the video, which was shared 2,000 times.", P)}, (None, "", -1), id="once may be another newsroom's reporting"),
        pytest.param({"paragraphs": ("Ukraine could not independently verify the video, which was shared 2,000 times.",
                                     "Ukraine could not independently confirm the report either.")}, (None, "", -1),
                     id="a country is no newsroom"),
        pytest.param({"removed": removed("[Home](https://harbourcheck.com/)[News](https://harbourcheck.com/category/news/)", RemovedReason.LINK)
                                + removed("[Jane Roe](https://harbourcheck.com/author/jane/)", RemovedReason.LINK)
                                + removed("* [Ports](https://harbourcheck.com/tag/ports/)", RemovedReason.LINK),
                      "paragraphs": (P, "Jane Roe is a fact-checker with HarbourCheck.")},
                     ("HarbourCheck", "[Home](https://harbourcheck.com/)[News](https://harbourcheck.com/category/news/)", -1),
                     id="the site the chrome's links go to, as the page spells it"),
        pytest.param({"removed": removed("[Home](https://harbourcheck.com/)[News](https://harbourcheck.com/category/news/)", RemovedReason.LINK)
                                + removed("[Jane Roe](https://harbourcheck.com/author/jane/)", RemovedReason.LINK)
                                + removed("* [Ports](https://harbourcheck.com/tag/ports/)", RemovedReason.LINK)}, (None, "", -1), id="a linked site the page never spells"),
        pytest.param({"meta": {"url": "https://www.yahoo.com/news/officials-scramble-130050696.html", "author": "Jane Roe, Al Roe, Cnn"}},
                     ("cnn", "https://www.yahoo.com/news/officials-scramble-130050696.html", -1), id="an aggregator runs the credited outlet's copy"),
        pytest.param({"meta": {"url": "https://www.ndtv.com/world-news/talks-8427229", "author": "Agence France-Presse"}},
                     ("ndtv", "https://www.ndtv.com/world-news/talks-8427229", -1), id="a site runs a wire's copy as its own"),
        pytest.param({"meta": {"url": "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/06/12/readout/"}},
                     ("White House", "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/06/12/readout/", -1),
                     id="a government's site by the name it gives itself"),
        pytest.param({"meta": {"url": "https://www.harbourgov.example/briefing-room/2024/06/12/readout/"}},
                     ("harbourgov.example", "https://www.harbourgov.example/briefing-room/2024/06/12/readout/", -1),
                     id="an unknown site stays its address"),
        pytest.param({"removed": removed("![Screenshot](https://cdn01.dailycaller.com/wp-content/uploads/2022/06/shot.png)", RemovedReason.LINK)},
                     (None, "", -1), id="a picture's address names the server it is kept on"),
        pytest.param({"removed": removed("**연합뉴스** | 2025-12-30 00:00 |", RemovedReason.NAVIGATION)},
                     ("yonhap", "**연합뉴스** | 2025-12-30 00:00 |", -1), id="a Korean publisher line"),
        pytest.param({"removed": removed("[^1]: https://www.telegraph.co.uk/finance/wallenberg-family.html", RemovedReason.LINK)},
                     (None, "", -1), id="a footnote's link is a source the text cites"),
        pytest.param({"meta": {"author": "Jane Roe, Al Roe"},
                      "paragraphs": ("Jane Roe, The Economist’s Beijing bureau chief, and Al Roe, our correspondent, ask what comes next.", P)},
                     ("the-economist", "Jane Roe, The Economist’s Beijing bureau chief, and Al Roe, our correspondent, ask what comes next.", -1),
                     id="the outlet the text names its own writer the staff of"),
        pytest.param({"paragraphs": ("Jane Roe, The Economist’s Beijing bureau chief, said the talks would resume.", P)},
                     (None, "", -1), id="another outlet's journalist is no writer of the page"),
        pytest.param({"paragraphs": ('Talks resume in the capital,"KITCHANGA, Democratic Republic of Congo (Reuters) - ' + P,)},
                     ("reuters", ',"KITCHANGA, Democratic Republic of Congo (Reuters) -', 0), id="a dataset's row, its text opening on the dateline"),
        pytest.param({"meta": {"author": "La Jornada"}}, ("la-jornada", "(frontmatter)", -1), id="an author field naming a known outlet"),
        pytest.param({"meta": {"author": "Jane Roe"}}, (None, "", -1), id="an author field naming a person"),
        pytest.param({"standfirst": "Deu em O Estado de S. Paulo"}, ("estadao", "Deu em O Estado de S. Paulo", -1),
                     id="a Brazilian blog's source line over a repost"),
        pytest.param({"removed": removed("发布时间： 2015-06-10 05:50:30 | 来源： 人民日报 | 作者： 赵明昊", RemovedReason.LEFT_OUT)},
                     ("peoples-daily", "人民日报", -1), id="a Chinese portal's source field"),
        pytest.param({"removed": removed("发布时间： 2015-06-10 05:50:30 | 来源： 本网 | 作者： 赵明昊", RemovedReason.LEFT_OUT)},
                     (None, "", -1), id="a source field naming no known outlet"),
        pytest.param({"paragraphs": ("路透东京9月21日 - 日本首相安倍晋三和美国总统特朗普将在下周举行峰会。",)},
                     ("reuters", "路透东京9月21日 -", 0), id="a Chinese wire's dateline"),
        pytest.param({"paragraphs": ("新华社北京6月9日电 国家主席习近平9日在人民大会堂同安哥拉总统举行会谈。",)},
                     ("xinhua", "新华社北京6月9日电", 0), id="a Chinese wire's dateline closing on 电"),
        pytest.param({"paragraphs": ("北京6月9日电 国家主席习近平9日在人民大会堂同安哥拉总统举行会谈。",)}, (None, "", -1),
                     id="a dateline naming no agency"),
        pytest.param({"removed": removed('"url": "http://www.adaderana.lk/news/84451/chinese-research-ship-to-leave",', RemovedReason.CODE)},
                     ("ada-derana", "http://www.adaderana.lk/news/84451/chinese-research-ship-to-leave", -1),
                     id="a pasted record's url field"),
        pytest.param({"meta": {"outlet": "Moldavskie Vedomosti"}}, ("Moldavskie Vedomosti", "(frontmatter)", -1),
                     id="a known outlet's name ending another paper's is not that outlet"),
        pytest.param({"meta": {"outlet": "The Guardian"}}, ("the-guardian", "(frontmatter)", -1), id="an article before a known name"),
        pytest.param({"meta": {"url": "https://web.archive.org/web/20210628173538/https://www.hkcnews.com/article/11480/x-y"}},
                     ("hkcnews", "https://www.hkcnews.com/article/11480/x-y", -1), id="a web archive's copy is the page it archived"),
        pytest.param({"meta": {"original_url": "harbourmirror.lk/international/talks-resume-in-the-capital"}},
                     ("harbourmirror.lk", "https://harbourmirror.lk/international/talks-resume-in-the-capital", -1),
                     id="an archive exporter's original address without its scheme"),
        pytest.param({"paragraphs": ("**JAKARTA, KOMPAS.com-** " + P,)}, ("kompas", "**JAKARTA, KOMPAS.com-**", 0),
                     id="a lead opening on the site's name as its dateline"),
        pytest.param({"paragraphs": ("| 📝 Description | The two governments agreed |", "KOMPAS.com - " + P)}, ("kompas", "KOMPAS.com -", 0),
                     id="the lead past a table's row"),
        pytest.param({"paragraphs": ("JAKARTA, Harbour Gazette - " + P,)}, (None, "", -1), id="an unknown site's name as the dateline"),
        pytest.param({"paragraphs": ("MOSCOW, February 27. /TASS/. " + P,)}, ("tass", "MOSCOW, February 27. /TASS/.", 0),
                     id="a saved page's lead keeps the wire's dateline"),
        pytest.param({"paragraphs": ("RIYADH, March 3 (Reuters) - " + P,)}, ("reuters", "RIYADH, March 3 (Reuters) -", 0),
                     id="a saved page's lead keeps the wire's dateline in brackets"),
        pytest.param({"paragraphs": ("MOSCOW, February 27. /Harbour Wire/. " + P,)}, (None, "", -1),
                     id="an unknown agency in a lead's dateline names no outlet"),
        pytest.param({"title": "Talks resume", "removed": removed("| 🏷️ Title | Talks resume |", RemovedReason.NAVIGATION)},
                     (None, "", -1), id="a table's row is no browser title line"),
        pytest.param({"removed": removed("> Deutsche Welle (www.dw.com) https://www.dw.com/en/belarus-talks/a-51685204", RemovedReason.REPEATED_WIDGET)},
                     (None, "", -1), id="a quoted block's credit names the quoted source"),
    ],
)
def test_find_outlet(fields, expected):
    paragraphs = fields.pop("paragraphs", (P,))
    found = annotator()
    assert find_outlet(article(*paragraphs, **fields), found.matcher, found.knowledge) == expected


@pytest.mark.parametrize(
    "fields, expected",
    [
        pytest.param({"meta": {"author": " Jane Doe "}}, "Jane Doe", id="frontmatter"),
        pytest.param({"byline": "By Jane Doe"}, "Jane Doe", id="By NAME"),
        pytest.param({"byline": "By JANE DOE"}, "Jane Doe", id="capitals to normal case"),
        pytest.param({"byline": "Jane Doe, Reuters staff writer"}, "Jane Doe", id="name before the title"),
        pytest.param({"bio": "John Smith is a columnist for the paper."}, "John Smith", id="author bio"),
        pytest.param({"byline": "By Jane"}, None, id="one word is not a name"),
        pytest.param({"byline": "by Anadolu Agency"}, None, id="an agency is not an author"),
        pytest.param({"byline": "Web Desk"}, None, id="a desk is not an author"),
        pytest.param({"byline": "A.Š."}, None, id="initials are not an author"),
        pytest.param({"byline": "J. K."}, None, id="initials with a space are not an author"),
        pytest.param({"byline": "Agency staff", "removed": removed("(Reporting by Jack Kim; Editing by Robert Birsel)", RemovedReason.CREDITS)},
                     "Jack Kim", id="a desk's byline, the wire's reporter"),
        pytest.param({"byline": "By Chris Roe@HarbourSports Nov 18, 2019, 11:47am EST"}, "Chris Roe", id="byline with a handle and a date"),
        pytest.param({"removed": removed("By Joseph Tsidu November 19, 2019, 07:47 PM EST", RemovedReason.TIMESTAMP)}, "Joseph Tsidu",
                     id="dated byline the cleaner removed as a date stamp"),
        pytest.param({"removed": removed("By Meg JamesStaff Writer", RemovedReason.NAVIGATION)}, "Meg James", id="title run into the name"),
        pytest.param({"removed": removed("By Jane Roe | May 2, 2024", RemovedReason.RELATED)}, None, id="a teaser's byline is another article's"),
        pytest.param({"removed": removed("By Harbour Newsroom | May 2, 2024", RemovedReason.NAVIGATION)}, None, id="a desk's dated byline"),
        pytest.param({"removed": removed("Chris Roe - Nov 19, 2019, 10:31 pm CST", RemovedReason.TIMESTAMP)}, "Chris Roe",
                     id="a name run into the date stamp, without 'By'"),
        pytest.param({"byline": "Jane Roe | Reuters"}, "Jane Roe", id="a wire byline"),
        pytest.param({"byline": "Jane Roe, Staff Writer"}, "Jane Roe", id="a title in capitals"),
        pytest.param({"byline": "Author: Jane Roe"}, "Jane Roe", id="an 'Author:' label"),
        pytest.param({"byline": "Story by Jane Roe"}, "Jane Roe", id="a 'Story by' label"),
        pytest.param({"removed": removed("Jane Roe", RemovedReason.NAVIGATION) + removed("source: news agency", RemovedReason.CREDITS)},
                     "Jane Roe", id="a name alone, the pasted text's only navigation line: the byline without 'By'"),
        pytest.param({"removed": removed("Jane Roe", RemovedReason.NAVIGATION) + removed("World News", RemovedReason.NAVIGATION)}, None,
                     id="a name among menu items"),
        pytest.param({"title": "Remarks by Ambassador Jane Roe at the Security Council debate on the Middle East"}, "Jane Roe",
                     id="a speech's headline naming who gave it"),
        pytest.param({"title": "Anförande av ambassadör Jane Roe vid öppen debatt i FN:s säkerhetsråd"}, "Jane Roe", id="a Swedish speech's headline"),
        pytest.param({"title": "Address by the President of Ukraine to the festival"}, None, id="a speech by an office"),
        pytest.param({"title": "Statement by NSC Spokesperson Jane Roe on the meeting"}, None, id="a spokesperson's statement speaks for an office"),
        pytest.param({"removed": removed("Jane Roe, Ambassador, Deputy Permanent Representative", RemovedReason.AFTER_END)}, "Jane Roe",
                     id="a statement's signature under the text"),
        pytest.param({"removed": removed("Jane Roe, a farmer from the harbour town", RemovedReason.AFTER_END)}, None,
                     id="a name and words that are no role under the text"),
        pytest.param({"byline": "by Xinhua Writer Jane Roe"}, "Jane Roe", id="the outlet's writer before the name"),
        pytest.param({"byline": "By Kyodo News Staff Reporter Jane Roe"}, "Jane Roe", id="the outlet's staff reporter before the name"),
        pytest.param({"byline": "An article by Jane Roe / person responsible: Editorial team"}, "Jane Roe", id="an 'An article by' credit"),
        pytest.param({"byline": "Opinion by Jane Roe"}, "Jane Roe", id="an 'Opinion by' label"),
        pytest.param({"byline": "BY ÉMILE ZOLA"}, "Émile Zola", id="accented capitals to normal case"),
        pytest.param({"byline": "Reporter: Jane Roe"}, "Jane Roe", id="a 'Reporter:' label"),
        pytest.param({"byline": "Автор: Иван Петров"}, "Иван Петров", id="an author label in Russian"),
        pytest.param({"removed": removed("(Reporting by Ştefan Ţurcanu; Editing by Jane Roe)", RemovedReason.CREDITS)}, "Ştefan Ţurcanu",
                     id="a wire credit with accented capitals"),
        pytest.param({"bio": "Øystein Ålund is a senior fellow at the Harbour Institute."}, "Øystein Ålund", id="a bio's accented name"),
        pytest.param({"byline": "Analysis by Jane Roe, Harbour Gazette"}, "Jane Roe", id="an 'Analysis by' label"),
        pytest.param({"bio": "— Jane Roe is a senior fellow at the Harbour Institute."}, "Jane Roe", id="a bio after a dash"),
        pytest.param({"byline": "By JANE ROE Associated Press"}, "Jane Roe", id="a name in capitals, then the wire"),
        pytest.param({"byline": "Political Editor"}, None, id="a writer's title is not a name"),
        pytest.param({"removed": removed("On the date of publication, Jane Roe did not have (either directly or indirectly) positions in any of "
                                         "the securities mentioned in this article.", RemovedReason.DISCLAIMER)}, "Jane Roe",
                     id="a writer named only in a disclosure line"),
        pytest.param({"removed": removed("Jane Roe has no position in any of the stocks mentioned.", RemovedReason.DISCLAIMER)}, "Jane Roe",
                     id="a writer's 'no position' disclosure"),
        pytest.param({"removed": removed("Disclosure: Harbour Research Desk holds no positions.", RemovedReason.DISCLAIMER)}, None,
                     id="a desk's disclosure"),
        pytest.param({"title": "By Jane Roe | May 2, 2024 | Topic: Hardware"}, "Jane Roe", id="a byline the header took for the headline"),
        pytest.param({"removed": removed("Tom Roe, AP Auto Writer", RemovedReason.NAVIGATION)}, "Tom Roe", id="a name and a writer's title"),
        pytest.param({"removed": removed("Monday November 18, 2019 7:45 am PST by Jane Roe", RemovedReason.NAVIGATION)}, "Jane Roe",
                     id="the date stamp, then the writer"),
        pytest.param({"removed": removed("Posted on May 2, 2024 by Jane Roe", RemovedReason.TIMESTAMP)}, "Jane Roe", id="a blog's 'Posted on'"),
        pytest.param({"byline": "Monday November 18, 2019 7:45 am PST by Jane Roe"}, "Jane Roe", id="a byline's stamp before 'by NAME'"),
        pytest.param({"byline": "Monday November 18, 2019"}, None, id="a byline's date is no name"),
        pytest.param({"byline": "By Jane Roe for Harbour Today"}, "Jane Roe", id="a writer 'for' the outlet"),
        pytest.param({"byline": "Jane Roe / Harbour Today"}, "Jane Roe", id="a writer and the outlet after a slash"),
        pytest.param({"byline": "Harbour Today Staff"}, None, id="the outlet's staff"),
        pytest.param({"byline": "Jane Roe @janeroe"}, "Jane Roe", id="a name and a handle"),
        pytest.param({"byline": "By Dr. Jane Roe"}, "Jane Roe", id="a title is no part of the name"),
        pytest.param({"byline": "By Jane Roe • May 2, 2024"}, "Jane Roe", id="a bullet before the date"),
        pytest.param({"bio": "The author is a professor of politics at Harbour University."}, None, id="a bio naming no one"),
        pytest.param({"bio": "(The writer is a researcher of politics at Harbour University.)"}, None, id="a bio in brackets naming no one"),
        pytest.param({"removed": removed("Jane Roe (@janeroe) is an Ideas contributor at Harbour Gazette and the host of a daily show.",
                                         RemovedReason.AFTER_END)}, "Jane Roe", id="the writer's box under the text"),
        pytest.param({"removed": removed("Jane Roe is a fact-checker with HarbourCheck. She has written many fact checks.",
                                         RemovedReason.NAVIGATION)}, "Jane Roe", id="a fact-checker's box"),
        pytest.param({"removed": removed("Jane Roe is the editor of the Harbour Review.", RemovedReason.CAPTION)}, None,
                     id="a caption describing someone is no writer's box"),
        pytest.param({}, None, id="no byline"),
        pytest.param({"removed": removed("WRITER:", RemovedReason.NAVIGATION) + removed("Jane Roe", RemovedReason.NAVIGATION)}, "Jane Roe",
                     id="a page field's label over the writer's name"),
        pytest.param({"removed": removed("Author: Jane Roe, Staff Writer", RemovedReason.NAVIGATION)}, "Jane Roe",
                     id="a page field's label and the writer on one line"),
        pytest.param({"removed": removed("WRITER:", RemovedReason.NAVIGATION) + removed("Reuters", RemovedReason.NAVIGATION)}, None,
                     id="a page field naming a wire names no writer"),
        pytest.param({"removed": removed("Category: World News", RemovedReason.NAVIGATION)}, None, id="another field names no writer"),
        pytest.param({"removed": removed("By Chinese New Year, the talks will have resumed.", RemovedReason.NAVIGATION)}, None,
                     id="a writer's label needs a colon"),
        pytest.param({"byline": "Special report from the capital"}, None, id="a byline of small words is no name"),
        pytest.param({"byline": "BY JANE ROE AND JOHN DOE"}, "Jane Roe", id="the first of several writers in capitals"),
        pytest.param({"removed": removed("MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS JANE ROE", RemovedReason.NAVIGATION)}, "Jane Roe",
                     id="the minister an official release's header names"),
        pytest.param({"removed": removed("MEDIA RELEASE MINISTRY OF FOREIGN AFFAIRS", RemovedReason.NAVIGATION)}, None,
                     id="an official release's header naming a ministry"),
        pytest.param({"title": "Readout of the President's Meeting with President Jane Roe"}, None, id="whom a release's headline says was met"),
        pytest.param({"byline": "Jane Roe von Harbour"}, "Jane Roe von Harbour", id="a name's particle"),
        pytest.param({"byline": "Fact Check"}, None, id="a section's name is no writer"),
        pytest.param({"byline": "Fact Check", "removed": removed("*   by: Jane Roe", RemovedReason.NAVIGATION)}, "Jane Roe",
                     id="a byline as a list item"),
        pytest.param({"byline": "by Jane Roe Jane Roe – Tue May 18, 8:44 am ET"}, "Jane Roe", id="a name and its hCard's copy"),
        pytest.param({"byline": "By Jane Roe"}, "Jane Roe", id="a name once"),
        pytest.param({"removed": removed("Jane Roe", RemovedReason.AFTER_END)}, "Jane Roe", id="a letter's sign-off under the text"),
        pytest.param({"removed": removed("Middle East", RemovedReason.AFTER_END)}, None, id="a tag under the text is no sign-off"),
        pytest.param({"removed": removed("Thomas R. Roe", RemovedReason.AFTER_END) + removed("Kent", RemovedReason.AFTER_END)},
                     "Thomas R. Roe", id="a letter's sign-off over the writer's town"),
        pytest.param({"removed": removed("Jane Roe", RemovedReason.AFTER_END) + removed("Related Stories", RemovedReason.AFTER_END)},
                     None, id="a name over a page's label is no sign-off"),
        pytest.param({"removed": removed("Jane RoeJane Roe", RemovedReason.NAVIGATION)}, "Jane Roe",
                     id="a writer's card pasted as its picture's alt text glued to the name"),
        pytest.param({"removed": removed("Harbour NewsHarbour News", RemovedReason.NAVIGATION)}, None,
                     id="a site name glued twice is no writer"),
        pytest.param({"removed": removed("Jane Roe", RemovedReason.AFTER_END) + removed("Related stories", RemovedReason.AFTER_END)},
                     None, id="a name among the chrome under the text"),
        pytest.param({"removed": removed("| 👤 Author      | Fika Nurul Ulya |", RemovedReason.NAVIGATION)}, "Fika Nurul Ulya",
                     id="a table's row of a field and its value"),
        pytest.param({"removed": removed("Krikor Amirzayan", RemovedReason.AFTER_END)
                      + removed("par Krikor Amirzayan le vendredi 9 février 2024", RemovedReason.AFTER_END)
                      + removed("© armenews.com 2024", RemovedReason.CREDITS)}, "Krikor Amirzayan",
                     id="the name over its dated French byline"),
        pytest.param({"removed": removed("Krikor Amirzayan", RemovedReason.AFTER_END)
                      + removed("par Ara Roe le vendredi 9 février 2024", RemovedReason.AFTER_END)
                      + removed("© armenews.com 2024", RemovedReason.CREDITS)}, None,
                     id="a name over another's byline is not the name it signs"),
    ],
)
def test_find_author(fields, expected):
    assert find_author(article(P, **fields)) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("By Jane Roe", P), "Jane Roe"),
    (("By Jane Roe May 2, 2024, 07:47 PM EST", P), "Jane Roe"),
    (("By", "Sarah E. Roe", P), "Sarah E. Roe"),  # "By" and the name's link on lines of their own
    (("By Chinese New Year, the talks will have resumed in the capital.", P), None),  # a sentence, not a byline
    (("By Jane Roe, a columnist at Harbour Policy and a senior fellow at the Harbour Institute.", P), "Jane Roe"),  # a byline and bio
    (("By Jane Roe, the minister said, the talks will resume in the capital next spring.", P), None),  # a sentence
    ((P,) * 9 + ("By Jane Roe",), None),  # deep in the text: a quoted or listed name
    (("A standfirst that says what the piece is about, in a sentence.", "Jane Roe", P), "Jane Roe"),  # a name alone under the header
    ((P, P, P, "Jane Roe", P), None),  # a name alone deep in the text: a speaker's label, a list
    (("By Harbour Newsroom", P), None),
    (("Jane Roe @janeroe", P), "Jane Roe"),
    (("Jane Roe,Washington|Sep 20, 2016 09:26 IST", P), "Jane Roe"),  # a name, where they file from and the date stamp
    ((P, "About the author: Jane Roe is a senior fellow at the Harbour Institute."), "Jane Roe"),
    ((P, "The author is a professor of politics at Harbour University."), None),
    ((P, "Jane Roe is a corporate media reporter for the Harbour Times, covering television."), "Jane Roe"),  # a closing box
    (("Jane Roe, a reporter, was detained in May.", P, "Jane Roe is a reporter for the Harbour Times."), None),  # the news's subject
    (("(LEAD) Talks-Harbour(LEAD) Talks resume(ATTN: UPDATES throughout)By Jane Roe-kim SEOUL, Jan. 4 (Yonhap) -- " + P,), "Jane Roe-kim"),
    (("Officials said By Jane Roe SEOUL, Jan. 4 (Yonhap) -- " + P,), "Jane Roe"),  # the wire's byline run into its dateline
    (("By Harbour Desk SEOUL, Jan. 4 (Yonhap) -- " + P,), None),  # a desk is no writer
    (("By Jane Roe in Rarotonga RAROTONGA (PACNEWS) — " + P,), "Jane Roe"),  # where the writer files from, no date
    ((" ".join([P] * 4) + " By Jane Roe SEOUL, Jan. 4 (Yonhap) -- " + P,), None),  # far into the text: quoted copy
])
def test_author_from_a_byline_left_in_the_text(paragraphs, expected):
    assert find_author(article(*paragraphs)) == expected


@pytest.mark.parametrize(
    "fields, expected",
    [
        pytest.param({"meta": {"date": date(2024, 1, 15)}}, date(2024, 1, 15), id="frontmatter date"),
        pytest.param({"meta": {"published": "2024-01-15T09:30:00Z"}}, date(2024, 1, 15), id="frontmatter date-time as text"),
        pytest.param({"meta": {"date": "2023-02-30"}}, None, id="impossible date is no date"),
        pytest.param({"dateline": "TOKYO, March 3, 2024 (Kyodo) -"}, date(2024, 3, 3), id="dated dateline"),
        pytest.param({"removed": removed("Updated 12 May 2023, 10:15", RemovedReason.TIMESTAMP)}, date(2023, 5, 12), id="page's date stamp"),
        pytest.param({"removed": removed("Leaders on 12 May 2023 (Reuters)", RemovedReason.CAPTION)}, None,
                     id="a caption's date is not the publication date"),
        pytest.param({"removed": removed("27.02.2026. 06:20h", RemovedReason.TIMESTAMP)}, date(2026, 2, 27), id="date stamp in figures, dots"),
        pytest.param({"removed": removed("27/02/2026 09:20", RemovedReason.TIMESTAMP)}, date(2026, 2, 27), id="day first: 27 is no month"),
        pytest.param({"removed": removed("2/27/2026", RemovedReason.TIMESTAMP)}, date(2026, 2, 27), id="month first: 27 is no month"),
        pytest.param({"removed": removed("03/04/2026", RemovedReason.TIMESTAMP)}, None, id="day and month both possible: no guess"),
        pytest.param({"byline": "Chris Roe - Nov 19, 2019, 10:31 pm CST"}, date(2019, 11, 19), id="the byline's stamp"),
        pytest.param({"standfirst": "Reuters November 18, 2019 11:03 PM"}, date(2019, 11, 18), id="a stamp taken for the standfirst"),
        pytest.param({"removed": removed("20/11/2019 / 11:42 am", RemovedReason.TIMESTAMP), "standfirst": "13/06/2014 Jane Roe Books, Reviews"},
                     date(2014, 6, 13), id="the stamp under the headline before the day's date of the page"),
        pytest.param({"removed": removed("Our Privacy Policy, which has also been updated and became effective May 23rd, 2018, tells you how we "
                                         "use your data.", RemovedReason.WIDGET)}, None, id="a notice's sentence is no stamp"),
        pytest.param({"standfirst": "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT"}, date(2019, 11, 18),
                     id="a long standfirst of dates and times is a stamp"),
        pytest.param({"byline": "By Jane Roe - 11/18/19 11:04 PM EST"}, date(2019, 11, 18), id="a two-figure year with a time"),
        pytest.param({"byline": "Jane Roe, 11/18/19"}, None, id="a two-figure year without a time is no stamp"),
        pytest.param({"removed": removed("3:56 PM 06/29/2022", RemovedReason.TIMESTAMP)}, date(2022, 6, 29), id="a time before the figures"),
        pytest.param({"removed": removed("29.06.2022", RemovedReason.COUNTER)}, date(2022, 6, 29), id="figures alone taken for a stray token"),
        pytest.param({"removed": removed("1.250", RemovedReason.COUNTER)}, None, id="a stray number is no date"),
        pytest.param({"removed": removed("Last updated: 30 June 2022. First published: 29 June 2022", RemovedReason.TIMESTAMP)},
                     date(2022, 6, 29), id="the Published field after a full stop"),
        pytest.param({"removed": removed("2 hours ago", RemovedReason.TIMESTAMP)}, None, id="a time ago is no date"),
        pytest.param({"removed": removed("29-Jun-2022", RemovedReason.TIMESTAMP)}, date(2022, 6, 29), id="day, month and year with hyphens"),
        pytest.param({"removed": removed("29.6.2022 klo 15.56", RemovedReason.NAVIGATION)}, date(2022, 6, 29),
                     id="a chrome line opening on figures"),
        pytest.param({"removed": removed("Read issue 12.6.2022", RemovedReason.NAVIGATION)}, None, id="figures inside a chrome line are no stamp"),
        pytest.param({"removed": removed("Updated June 30, 2022, 3:56 PM", RemovedReason.TIMESTAMP) + removed("June 29, 2022", RemovedReason.TIMESTAMP)},
                     date(2022, 6, 29), id="a plain stamp before an Updated one over it"),
        pytest.param({"removed": removed("Last updated June 30, 2022", RemovedReason.TIMESTAMP)}, date(2022, 6, 30),
                     id="an Updated stamp alone"),
        pytest.param({"removed": removed("29-06-2022 15:56", RemovedReason.TIMESTAMP)}, date(2022, 6, 29), id="figures with hyphens"),
        pytest.param({"removed": removed("03-04-2022", RemovedReason.TIMESTAMP)}, None, id="figures with hyphens either month could be"),
        pytest.param({"removed": removed("11/11/2022", RemovedReason.TIMESTAMP)}, date(2022, 11, 11), id="the same day and month"),
        pytest.param({"standfirst": "Jane Roe 27/09/2018 Comment! Literacy, Toys and Games, Music"}, date(2018, 9, 27),
                     id="a writer's name and the date in figures taken for the standfirst"),
        pytest.param({"removed": removed("![Harbour Check](/sites/default/files/pictures/2020-11/2020-11-18.jpg)", RemovedReason.LINK)},
                     None, id="a picture's file name is no stamp"),
        pytest.param({"removed": removed("10:16 AM 10/03/2023", RemovedReason.TIMESTAMP), "page_chrome": removed("12:35 PM 01/25/2024", RemovedReason.TIMESTAMP)},
                     date(2023, 10, 3), id="the order the page's other stamps show: month first"),
        pytest.param({"removed": removed("10/03/2023", RemovedReason.TIMESTAMP) + removed("25/01/2024", RemovedReason.TIMESTAMP)},
                     date(2023, 3, 10), id="the order the page's other stamps show: day first"),
        pytest.param({"removed": removed("10/03/2023", RemovedReason.TIMESTAMP) + removed("Issue of 25/01/2024", RemovedReason.NAVIGATION)
                      + removed("Issue of 01/25/2024", RemovedReason.NAVIGATION)}, None, id="stamps in both orders show none"),
        pytest.param({"removed": removed("8:49 AM 09/13/2023 Jane Roe | Senior Reporter", RemovedReason.NAVIGATION)}, date(2023, 9, 13),
                     id="a stamp before the writer's name and title"),
        pytest.param({"standfirst": "The talks that began on November 18, 2019 in the capital ended without a deal last week."}, None,
                     id="a standfirst's date is the story's"),
        pytest.param({"paragraphs": ("By Jane Roe November 19, 2019, 07:47 PM EST", P)}, date(2019, 11, 19),
                     id="a dated byline left among the paragraphs"),
        pytest.param({"paragraphs": ("The talks began on November 19, 2019, in the capital.", P)}, None,
                     id="a date in the text is no stamp"),
        pytest.param({"removed": removed("publiziert am 25. September 2018", RemovedReason.TIMESTAMP)}, date(2018, 9, 25), id="German"),
        pytest.param({"removed": removed("Posted on Maret 30, 2015 by Admin", RemovedReason.WIDGET)}, date(2015, 3, 30), id="Indonesian"),
        pytest.param({"removed": removed("27 de febrero de 2026", RemovedReason.TIMESTAMP)}, date(2026, 2, 27), id="Spanish"),
        pytest.param({"removed": removed("Marathon 2026", RemovedReason.NAVIGATION)}, None, id="a month's name needs a day and a year"),
        pytest.param({}, None, id="undated"),
        pytest.param({"removed": removed("Updated: May 3, 2024", RemovedReason.TIMESTAMP) + removed("Published: May 2, 2024", RemovedReason.TIMESTAMP)},
                     date(2024, 5, 2), id="the page's Published field before an Updated stamp over it"),
        pytest.param({"removed": removed("Published: 02.05.2024 10:15", RemovedReason.TIMESTAMP)}, date(2024, 5, 2),
                     id="a Published field in figures"),
        pytest.param({"removed": removed("Published: 03/04/2024", RemovedReason.TIMESTAMP)}, None,
                     id="a Published field in figures either month could be: no guess"),
        pytest.param({"byline": "Jane Roe  |02.05.2024 - Update : 03.05.2024"}, date(2024, 5, 2), id="a byline's stamp in figures"),
        pytest.param({"removed": removed("Updated: 3 May 2024 10:15 am IST | Published: 2 May 2024", RemovedReason.TIMESTAMP)},
                     date(2024, 5, 2), id="the Published field in a line of fields"),
        pytest.param({"removed": removed("Published 02.05.2024", RemovedReason.TIMESTAMP)}, date(2024, 5, 2),
                     id="a date's label needs no colon"),
        pytest.param({"removed": removed("Published: 2024/05/02", RemovedReason.TIMESTAMP)}, date(2024, 5, 2), id="the year first"),
        pytest.param({"removed": removed("https://www.harbour.com/news/2024/05/02/talks-resume", RemovedReason.LINK)}, date(2024, 5, 2),
                     id="the day the page's address files it under"),
        pytest.param({"removed": removed("https://www.harbour.com/news/20240502/talks-resume", RemovedReason.LINK)}, date(2024, 5, 2),
                     id="the day in one folder of figures"),
        pytest.param({"removed": removed("https://www.harbour.com/news/20241399/talks-resume", RemovedReason.LINK)}, None,
                     id="figures that are no day"),
        pytest.param({"removed": removed("https://www.harbour.com/news/2024/05/talks-resume", RemovedReason.LINK)}, None,
                     id="an address with a month and no day"),
        pytest.param({"paragraphs": ("Brussels, March 11, 2024.", "Check against delivery.", P)}, date(2024, 3, 11),
                     id="a speech's place and day over it"),
        pytest.param({"paragraphs": ("New York den 17 januari 2017. Det talade ordet gäller.", P)}, date(2017, 1, 17),
                     id="a place and day in Swedish"),
        pytest.param({"paragraphs": ("On March 11, 2024, the two governments agreed to expand energy cooperation.", P)}, None,
                     id="a lead's date is no place and day line"),
        pytest.param({"removed": removed("Warszawa, 17 stycznia 2017", RemovedReason.TIMESTAMP)}, date(2017, 1, 17),
                     id="a Polish month in its genitive"),
        pytest.param({"paragraphs": ("National Statement delivered on behalf of Sweden at the Security Council on Monday, 04 September 2017.", P)},
                     date(2017, 9, 4), id="a statement's header saying when it was delivered"),
        pytest.param({"paragraphs": ("The minister said on Monday that the deal signed on 04 September 2017 would stand. " + P,)}, None,
                     id="a lead's date of something else"),
        pytest.param({"meta": {"permalink": "/2005/05/01/iraq-decision/"}}, date(2005, 5, 1), id="the day a post's permalink files it under"),
        pytest.param({"meta": {"date": date(2024, 2, 10)},
                      "removed": removed("*par [Jane Roe](https://harbour.fr/spip.php?page=auteur&id_auteur=33) le vendredi 9 février 2024\\",
                                         RemovedReason.AFTER_END)},
                     date(2024, 2, 9), id="a copy's frontmatter date after the copied page's byline"),
        pytest.param({"meta": {"date": date(2010, 5, 19)}, "byline": "by Jane Roe – Tue May 18, 8:44 am ET"}, date(2010, 5, 18),
                     id="a copied byline's day without its year, in the post's year"),
        pytest.param({"meta": {"date": date(2024, 6, 10)}, "byline": "By Jane Roe | February 9, 2024"}, date(2024, 6, 10),
                     id="a byline months before the post's date is another story's"),
        pytest.param({"meta": {"date": date(2024, 2, 8)}, "byline": "By Jane Roe | February 9, 2024"}, date(2024, 2, 8),
                     id="a byline after the post's date"),
        pytest.param({"meta": {"date": date(2026, 4, 26)}, "removed": removed("April 27, 2026", RemovedReason.TIMESTAMP)}, date(2026, 4, 27),
                     id="a newsletter's issue date the day after its sent stamp"),
        pytest.param({"meta": {"date": date(2026, 4, 26)}, "removed": removed("April 29, 2026", RemovedReason.TIMESTAMP)}, date(2026, 4, 26),
                     id="a printed date days after the frontmatter's is another day's"),
        pytest.param({"meta": {"date": date(2026, 4, 26)}, "removed": removed("Updated on April 27, 2026 at 9:00", RemovedReason.TIMESTAMP)},
                     date(2026, 4, 26), id="a stamp that is no date alone"),
        pytest.param({"removed": removed('"time_ut": 1661148120,', RemovedReason.CODE)}, date(2022, 8, 22), id="a pasted record's date field"),
        pytest.param({"removed": removed("'modified_on' => 1475711253,", RemovedReason.CODE)}, None, id="a record's change is no publication"),
        pytest.param({"removed": removed("'created_on' => 1475711253,", RemovedReason.CODE)}, date(2016, 10, 5), id="a PHP array's stamp"),
        pytest.param({"paragraphs": ('Talks resume,"SEOUL (Reuters) - ' + P + '",politicsNews,"October 26, 2017 "',)}, date(2017, 10, 26),
                     id="a dataset's row, its last field the date"),
    ],
)
def test_find_published(fields, expected):
    paragraphs = fields.pop("paragraphs", (P,))
    assert find_published(article(*paragraphs, **fields)) == expected


@pytest.mark.parametrize(
    "paragraphs, fields, quote_share, outlet_interview, expected",
    [
        pytest.param((P,), {"meta": {"kind": "Opinion"}}, 0, False, "opinion", id="frontmatter"),
        pytest.param(("I would like to thank the coordinator. We remain committed, and our support is firm.",),
                     {"title": "Anförande av ambassadör Olof Skoog vid öppen debatt i FN:s säkerhetsråd"}, 0, False, "news",
                     id="an official's speech in the first person, labelled in Swedish"),
        pytest.param(("National Statement delivered on behalf of Sweden at the Security Council.",
                      "I would like to thank the coordinator. We remain committed, and our support is firm."), {}, 0, False, "news",
                     id="a national statement's label over the text"),
        pytest.param(("Mr. KAUFMAN. Madam President, I rise again to pay tribute to one of our Nation's great employees.",
                      "I thank her. We owe her our gratitude, and my colleagues join me."), {}, 0, False, "news",
                     id="a speech to a chamber, its speaker's label before the address to the chair"),
        pytest.param(("Thank you, very much dear Madam Federal Chancellor, Mr Teltschik, ladies and gentlemen!",
                      "I am truly grateful to be invited. I think we must say what we really think, and I will."), {}, 0.0, False, "news",
                     id="a speech greeting its audience"),
        pytest.param(("I met ladies and gentlemen of the court. I think we must say what we really think, and I will.",
                      "I am truly grateful to be invited. I think we must say what we really think, and I will."), {}, 0.0, False, "opinion",
                     id="the audience's greeting past the first sentence is none"),
        pytest.param(("`` We have reaffirmed our commitment , and I believe we will meet again , '' the minister said .",
                      "`` This is indeed a new era for our two countries and I think it is our desire , '' he added .",
                      "`` My government will act , '' she said ."), {}, 0.0, False, "news",
                     id="a tokenized corpus's quotation marks"),
        pytest.param((P,), {"title": "焦点：美日峰会和贸易磋商临近"}, 0.0, False, "analysis", id="a Chinese headline's label"),
        pytest.param((P,), {"title": "美日峰会：贸易磋商临近"}, 0.0, False, "news", id="a Chinese headline's topic before a colon"),
        pytest.param(("I fear we have forgotten our values. My colleagues and I will act.",),
                     {"title": "SEN. ROE ISSUES STATEMENT ON LEGAL RIGHTS OF DETAINEES"}, 0, False, "news", id="a senator's statement"),
        pytest.param((P,), {"title": "Analysis: Why the deal matters"}, 0, False, "analysis", id="analysis title"),
        pytest.param((P,), {"removed": removed("Opinion", RemovedReason.NAVIGATION)}, 0, False, "opinion", id="opinion section"),
        pytest.param((P,), {"title": "Minister to Kyodo: talks will go on"}, 0, False, "interview", id="interview title"),
        pytest.param(("What comes next?", "We will see.", "Why now?", "Because.", "Who pays?", "Everyone."), {}, 0, False,
                     "interview", id="questions and answers"),
        pytest.param(("I think we should act. We must not wait. Our future depends on it, and my view is clear.",), {}, 0, False,
                     "opinion", id="first person"),
        pytest.param(("Macron added: 'We will keep our word and my team will see it through', he said.",
                      "One user joked: 'Hey, pull my finger, we are friends'. Merz said: 'Our aim is peace.'"), {}, 0, False,
                     "news", id="first person inside single quotation marks is the speaker's"),
        pytest.param(("Annex I Parties were urged to honour their pledges. Delegates said Annex I countries must act.",
                      "Veterans of World War I and Phase I of the plan were honoured in the hall on Tuesday."), {}, 0, False,
                     "news", id="a roman numeral in a name is no first person"),
        pytest.param((P,), {"meta": {"url": "https://www.harbour.com/opinions/2025/5/30/a-coalition-must-rise"}}, 0, False,
                     "opinion", id="the frontmatter address's folder"),
        pytest.param((P,), {"meta": {"url": "http://www.harbour.az/news/analytics/259116.html"}}, 0, False,
                     "analysis", id="an analytics folder"),
        pytest.param((P,), {"meta": {"url": "https://www.harbour.com/fact-check/viral-video-is-old-idUSL1N2"}}, 0, False,
                     "analysis", id="a fact-check folder"),
        pytest.param((P,), {"meta": {"url": "https://www.harbour.co.uk/voices/talks-harbour-ports-b2345.html"}}, 0, False,
                     "opinion", id="a voices folder"),
        pytest.param((P, P, P), {}, 0.6, True, "interview", id="the outlet's own interview"),
        pytest.param((P,), {}, 1.0, True, "news", id="a story kept as one paragraph (a dataset's row) is no interview by its share"),
        pytest.param((P,), {"bio": "Jane Doe is a columnist."}, 0.1, False, "opinion", id="columnist introduced first"),
        pytest.param((P,), {"bio": "Jane Doe is an analyst.", "bio_at_end": True}, 0.1, False, "analysis", id="analyst's bio after"),
        pytest.param((P,), {"removed": removed("The statements, views and opinions expressed in this column are solely those of the "
                                               "author and do not necessarily represent those of RT.", RemovedReason.DISCLAIMER)},
                     0, False, "opinion", id="opinion disclaimer"),
        pytest.param((P,), {"removed": removed("All rights reserved. Views of readers are welcome.", RemovedReason.DISCLAIMER)},
                     0, False, "news", id="a disclaimer about something else"),
        pytest.param((P,), {"byline": "Opinion by Jane Roe"}, 0, False, "opinion", id="opinion byline"),
        pytest.param((P,), {"byline": "Analysis by Jane Roe"}, 0, False, "analysis", id="analysis byline"),
        pytest.param((P,), {"removed": removed("ANALYSIS", RemovedReason.NAVIGATION)}, 0, False, "analysis", id="analysis section label"),
        pytest.param((P,), {"removed": removed("Analysts say the deal will hold", RemovedReason.NAVIGATION)}, 0, False, "news",
                     id="a teaser that starts with analysts"),
        pytest.param((P,), {"removed": tuple(RemovedLine(t, RemovedReason.NAVIGATION) for t in ("News", "Opinion", "Sport", "Business"))},
                     0, False, "news", id="a menu's section is not the article's"),
        pytest.param((P, "We bring you stories from the ground. Your support keeps our team in the field.",
                      "We report from the front lines. Your support helps us stay there."), {}, 0, False, "news",
                     id="the site's pitch to its readers is not first person"),
        pytest.param((P, '"I will go, and we will talk,', 'the minister said. "My country and our people and my family are ready,', '"I believe it," he said.'), {}, 0, False,
                     "news", id="a quotation over two paragraphs is not the writer's first person"),
        pytest.param((P,), {"removed": removed("https://www.harbour.lk/opinion/Ties-intact-walk-ahead/172-298443", RemovedReason.LINK)},
                     0, False, "opinion", id="the address files it under opinion"),
        pytest.param((P,), {"removed": removed("www.harbour.com/news/analysis/why-the-talks-failed", RemovedReason.LINK)},
                     0, False, "analysis", id="an analysis folder, no scheme"),
        pytest.param((P,), {"removed": removed("https://www.harbour.com/world/opinion-poll-shows-lead", RemovedReason.LINK)},
                     0, False, "news", id="the headline's slug is no folder"),
        pytest.param((P,), {}, 0, False, "news", id="news by default"),
        pytest.param((P,), {"removed": removed("NEWSPAPER SECTION:", RemovedReason.NAVIGATION) + removed("Oped", RemovedReason.NAVIGATION)
                            + removed("WRITER:", RemovedReason.NAVIGATION)}, 0, False, "opinion", id="a page field's section, in a run of short lines"),
        pytest.param(("We reaffirmed our commitment. We will meet again. Our partnership is strong and our ties deep.",),
                     {"title": "Readout of the President's Meeting with the Prime Minister"}, 0, False, "news",
                     id="a government's readout speaks as we"),
        pytest.param(("I will visit the region next week. My talks will cover trade. I will meet the leaders.",),
                     {"removed": removed("MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS", RemovedReason.NAVIGATION)}, 0, False, "news",
                     id="a minister's media release speaks as I"),
        pytest.param(("I will visit the region next week. My talks will cover trade. I will meet the leaders.",),
                     {"title": "Why the readout of the call hid what we needed to know", "removed": removed("Opinion", RemovedReason.NAVIGATION)},
                     0, False, "opinion", id="a column about a readout is a column"),
        pytest.param((P,), {"title": "Explained: Why the talks matter"}, 0, False, "analysis", id="a section's name before the headline's colon"),
        pytest.param((P,), {"removed": removed("Viewpoint", RemovedReason.NAVIGATION)}, 0, False, "opinion", id="a section's name as the label"),
        pytest.param((P,), {"title": "Letters to the editor: energy ties"}, 0, False, "opinion", id="letters to the editor"),
        pytest.param((P,), {"title": "Trade: Why the talks matter"}, 0, False, "news", id="a topic before the headline's colon"),
        pytest.param(("I checked the claim. We found no record of it. My sources agree.",), {"title": "FACT CHECK: No, the port was not sold"},
                     0, False, "analysis", id="a fact check's label over first person"),
        pytest.param((P,), {"title": "DISINFO: The talks were staged"}, 0, False, "analysis", id="a debunk's label"),
        pytest.param((P,), {"title": "What we know about the ferry crash"}, 0, False, "analysis", id="an explainer's opening words"),
        pytest.param((P,), {"title": "Latest: What we know about the ferry crash"}, 0, False, "analysis",
                     id="an explainer's opening words after a news blog's flag"),
        pytest.param((P,), {"title": "Latest: Ferry crash inquiry opens"}, 0, False, "news", id="a flag alone files no kind"),
        pytest.param((P,), {"title": "Comment | The talks deserve a second chance"}, 0, False, "opinion", id="a comment label"),
        pytest.param((P,), {"title": "Interview: The minister on the talks"}, 0, False, "interview", id="an interview label"),
        pytest.param((P, "Verdict: False. The port remains state property."), {}, 0, False, "analysis", id="a verdict line"),
        pytest.param((P, "## Verdict: Misleading"), {}, 0, False, "analysis", id="a verdict as a heading"),
        pytest.param((P, "Rating: 4 out of 5 stars"), {}, 0, False, "news", id="a rating that is no verdict"),
        pytest.param(("Q: When do the talks resume?", "A: Next spring.", "Q: Who will attend?", "A: Both ministers.", P), {}, 0, False,
                     "interview", id="question and answer turns"),
        pytest.param((P,), {"title": "Q&A: What the new port rules mean for travellers"}, 0, False, "analysis", id="a Q&A that asks about a topic"),
        pytest.param((P,), {"title": "Q&A: Jane Roe on her new film"}, 0, False, "interview", id="a Q&A with a person"),
        pytest.param(("HOST: What brings you to the port?", "JANE ROE: The talks, and the ferries.", "HOST: And next?", "JANE ROE: Spring.", P),
                     {}, 0, False, "interview", id="two named speakers take turns"),
        pytest.param(("Where: The harbour hall.", "When: Tuesday at noon.", "Who: Both ministers.", P), {}, 0, False, "news",
                     id="a fact sheet's labels are not speakers"),
        pytest.param((P, "In his message, the minister stated:", "We condemn the attack. We call for calm.", "We reiterate our support."),
                     {}, 0, False, "news", id="a statement the text cites speaks as we"),
        pytest.param((P, "The statement, as the ministry released it, read: \t", "We condemn the attack. We call for calm.", "We stand firm."),
                     {}, 0, False, "news", id="a line citing a text, white space after its colon"),
        pytest.param((P, "“We condemn the attack and we call for calm.", "We reiterate our support.", "We will act.”"),
                     {}, 0, False, "news", id="a quotation carried over paragraphs speaks as we"),
        pytest.param(("I was there. We saw it. My view is plain.", "Here is what I think:", "We must act. Our time is short."),
                     {}, 0, False, "opinion", id="a writer's own first person before a colon"),
        pytest.param((P,), {"byline": "Jane Roe, Contributing Columnist"}, 0, False, "opinion", id="a columnist's byline"),
        pytest.param((P,), {"title": "Columnist fired over harbour remarks"}, 0, False, "news", id="a headline about a columnist"),
        pytest.param((P,), {"title": "In conversation with the harbour minister"}, 0, False, "interview", id="an interview phrase"),
        pytest.param((P,), {"title": "The Harbour Times view on the talks: a second chance"}, 0, False, "opinion", id="an editorial's headline"),
        pytest.param((P,), {"title": "The view on the harbour from the new bridge"}, 0, False, "news", id="a view that is no editorial"),
        pytest.param((P,), {"title": "Why the harbour talks failed – analysis"}, 0, False, "analysis", id="analysis as the headline's last word"),
        pytest.param((P,), {"title": "The harbour talks, explained"}, 0, False, "analysis", id="explained as the headline's last word"),
        pytest.param(("## What happened?", P, "## Why does it matter?", P, "## What comes next?", P), {}, 0, False, "analysis",
                     id="an explainer's question headings"),
        pytest.param(("## Why did you run?", "I wanted to serve. My town needed it.", "## What next?", "I will rest.",
                      "## Any regrets?", "We lost, but I am proud."), {}, 0, False, "interview", id="question headings answered as I"),
        pytest.param(("## What happened?", P, "## Why?", P), {}, 0, False, "news", id="two question headings"),
        pytest.param(("FOR IMMEDIATE RELEASE", "We are proud to open our new port. Our team worked hard. We thank our partners."), {}, 0, False,
                     "news", id="a press release's label over the text"),
        pytest.param((P,), {"title": "Opinion poll shows the governing party ahead"}, 0, False, "news", id="an opinion poll is news"),
        pytest.param((P,), {"title": "A column of tanks crosses the border"}, 0, False, "news", id="a column of tanks is news"),
        pytest.param(("Photo: The harbour at dawn.", "Source: The ministry.", "Photo: The ferry.", "Source: Port office.", P), {}, 0, False,
                     "news", id="photo and source labels are not speakers"),
        pytest.param((P,), {"title": "What we learned from the talks: a city on edge"}, 0, False, "news",
                     id="a headline opening like an explainer's is not one"),
        pytest.param(("We congratulate the people of Harbour on their election. Our nations stand together. We look ahead.",),
                     {"title": "Statement from President Jane Roe on the Harbour Elections"}, 0, False, "news",
                     id="a leader's statement speaks as we"),
        pytest.param((P, "Stay on top of our coverage by signing up to our free weekly newsletter.",
                      "Subscribers can sign up to our newsletter, which brings together our best columns."), {}, 0, False, "news",
                     id="the site's newsletter pitch is no writer's first person"),
        pytest.param(("&quot;We respect the policy,&quot; he said. &quot;We will act on it. Our talks go on.&quot;", P), {}, 0, False,
                     "news", id="quotation marks left as character references"),
        pytest.param(("Le ministre a visité le port mardi et a rencontré les dirigeants de la ville pour parler des ferries et du commerce.",
                      "We had a good meeting focused on the ferries. I am grateful for the support of our partners.",
                      "Le ministre a ensuite rejoint la capitale, où il doit signer un accord sur le commerce avec les pays voisins."),
                     {}, 0, False, "news", id="English first person embedded in a text in another language"),
        pytest.param(('The minister said the bloc will "suspend the rights of the port,” and then: "We will deny them our markets,"'
                      ' he said, adding, "we will ensure they cannot borrow.”',), {}, 0, False, "news",
                     id="quotations opened straight and closed curly"),
        pytest.param((P, P), {"bio": "The writer is the ambassador of Harbour to Indonesia.", "bio_at_end": True}, 0, False, "opinion",
                     id="an ambassador's signed piece"),
        pytest.param((P, P), {"bio": "The writer is a senior fellow at the Harbour Institute.", "bio_at_end": True}, 0, False,
                     "analysis", id="an analyst's signed piece"),
        pytest.param(("Q What are your first impressions?", P, "Q Where do the talks stand?", P, "Q What comes next?", P, P, P, P, P),
                     {"meta": {"url": "https://www.harbour.example/opinion/talks/231-282444"}}, 0, False, "interview",
                     id="questions labelled Q, though filed under opinion"),
    ],
)
def test_find_kind(paragraphs, fields, quote_share, outlet_interview, expected):
    assert find_kind(article(*paragraphs, **fields), quote_share, outlet_interview) == expected


@pytest.mark.parametrize(
    "paragraphs, fields, pieces, expected",
    [
        pytest.param((P,), {}, "analysis", "analysis", id="an outlet of unsigned analysis"),
        pytest.param((P,), {"byline": "Opinion by Jane Roe"}, "analysis", "opinion", id="the page's own label first"),
        pytest.param((P,), {}, "gossip", "news", id="a kind the model does not know"),
        pytest.param((P,), {}, None, "news", id="no kind for the outlet"),
        pytest.param((P,), {"title": "Can the talks in Geneva end the war?"}, None, "analysis", id="a headline asking a question"),
        pytest.param(("We should ask what the talks can do. I doubt they will end it.",), {"title": "Can the talks end the war?"},
                     None, "opinion", id="a question the writer answers in the first person"),
        pytest.param((P,), {"title": "Can the talks in Geneva end the war?"}, "analysis", "analysis",
                     id="the outlet's pieces before the question"),
        pytest.param((P,), {"removed": (RemovedLine("Analysis by", RemovedReason.NAVIGATION), RemovedLine("Jane Roe Profile", RemovedReason.NAVIGATION),
                                        RemovedLine("Oct 19, 2025", RemovedReason.TIMESTAMP))}, None, "analysis",
                     id="a kind's label over the writer's name among the header's short lines"),
        pytest.param((P,), {"removed": (RemovedLine("Opinion by", RemovedReason.NAVIGATION), RemovedLine("Jane Roe", RemovedReason.NAVIGATION),
                                        RemovedLine("May 2, 2024", RemovedReason.TIMESTAMP))}, None, "opinion",
                     id="'Opinion by' over the name"),
        pytest.param((P,), {"removed": (RemovedLine("World", RemovedReason.NAVIGATION), RemovedLine("Opinion", RemovedReason.NAVIGATION),
                                        RemovedLine("Sport", RemovedReason.NAVIGATION))}, None, "news",
                     id="a menu's item is no label"),
    ],
)
def test_find_kind_falls_back_on_the_outlets_pieces(paragraphs, fields, pieces, expected):
    assert find_kind(article(*paragraphs, **fields), 0, False, pieces) == expected


@pytest.mark.parametrize("outlet, expected", [
    pytest.param("The National Interest", "opinion", id="a magazine of signed commentary"),
    pytest.param("Project Syndicate", "opinion", id="a syndicate of commentaries"),
    pytest.param("Reuters", "news", id="a wire"),
])
def test_outlets_of_commentary_file_their_pieces_as_opinion(outlet, expected):
    assert annotate(P, meta={"outlet": outlet}).kind == expected


FIRST_PERSON = "I met the minister this week. We discussed our cooperation, and my team will follow up."


@pytest.mark.parametrize(("outlet", "expected"), [
    pytest.param("Department of Foreign Affairs", True, id="an institution's head"),
    pytest.param("European Union in the Philippines", True, id="a bloc's delegation"),
    pytest.param("UN-aligned", False, id="a site whose name only opens on a body's initials"),
    pytest.param("Harbour Gazette", False, id="an unknown paper"),
    pytest.param("President of Russia", True, id="a head of state's own site"),
    pytest.param("Prime Minister of India", True, id="a head of government's own site"),
    pytest.param("President of Harbour Gazette", False, id="an office of no state"),
    pytest.param("Reuters", False, id="a known outlet"),
])
def test_institution_outlet(outlet, expected):
    found = annotator()
    assert institution_outlet(outlet, found.matcher, found.knowledge) is expected


@pytest.mark.parametrize(("outlet", "expected"), [
    pytest.param("CSIS", "analysis", id="a think tank named by its acronym"),
    pytest.param("Brookings", "analysis", id="a think tank named by its alias"),
    pytest.param("the-strategist", "opinion", id="a known outlet's own pieces"),
    pytest.param("responsible-statecraft", "analysis", id="a known outlet owned by a think tank"),
    pytest.param("reuters", None, id="a wire service"),
    pytest.param("Harbour Gazette", None, id="an unknown outlet"),
    pytest.param("Brookings Institution Press Office", None, id="a think tank as part of the name"),
    pytest.param("United Nations", None, id="a body with no pieces"),
    pytest.param(None, None, id="no outlet"),
])
def test_outlet_pieces(outlet, expected):
    found = annotator()
    assert outlet_pieces(outlet, found.matcher, found.knowledge) == expected


REPORT = ("Vietnam and the United States signed an agreement on critical minerals on Tuesday, officials said, "
          "after two years of talks on supply chains.")


@pytest.mark.parametrize(("outlet", "paragraphs", "expected"), [
    pytest.param("CSIS", (REPORT,), "analysis", id="a think tank's own unsigned piece"),
    pytest.param("Reuters", (REPORT, "Analysts at CSIS said the deal mattered."), "news", id="a wire story quoting a think tank"),
    pytest.param("CSIS", (FIRST_PERSON,) * 2, "opinion", id="the writer's first person decides over the outlet"),
])
def test_a_think_tank_s_pieces_are_its_kind_when_nothing_stronger_decides(outlet, paragraphs, expected):
    assert annotate(*paragraphs, meta={"outlet": outlet}).kind == expected


def test_an_institution_s_own_text_in_the_first_person_is_news():
    assert find_kind(article(FIRST_PERSON), 0, False, official=True) == "news"
    assert find_kind(article(FIRST_PERSON), 0, False) == "opinion"


COLUMNS = ("Leaders", "Charlemagne", "Free exchange")


@pytest.mark.parametrize(
    "removed_lines, expected",
    [
        pytest.param(("Europe | Charlemagne", "November 13th 2025", "![](p0166_img01.jpeg)"), "opinion",
                     id="a rubric naming one of the outlet's columns, among short lines"),
        pytest.param(("Finance & economics | Free exchange is dead",), "analysis", id="a fly-title is no column"),
        pytest.param(("Leaders", "Briefing", "Europe", "Britain"), "analysis", id="a column's name among a menu's items"),
        pytest.param(("Asia | One and done?",), "analysis", id="a section and its fly-title"),
        pytest.param(("Asia | One and done?", "Europe | Charlemagne"), "analysis", id="the next article's rubric further down"),
        pytest.param(("Charlemagne",), "opinion", id="a label that is the column's name"),
    ],
)
def test_a_rubric_naming_the_outlet_s_column_is_opinion(removed_lines, expected):
    lines = tuple(RemovedLine(text, RemovedReason.NAVIGATION) for text in removed_lines)
    assert find_kind(article(P, removed=lines), 0, False, "analysis", COLUMNS) == expected


def test_chrome_reasons_are_cleaner_reasons():
    """The outlet and date come from the page's chrome as the cleaner names it, never from retyped strings."""
    assert CHROME_REASONS == {
        RemovedReason.NAVIGATION, RemovedReason.TIMESTAMP, RemovedReason.CREDITS, RemovedReason.WIDGET,
        RemovedReason.REPEATED_WIDGET, RemovedReason.LINK, RemovedReason.BYLINE,
        RemovedReason.CLASSIFIED,  # a line the line classifier scored furniture: a date stamp, a credit, a label
    }
    assert all(type(reason) is RemovedReason for reason in CHROME_REASONS)


@pytest.mark.parametrize(("lines", "author"), [
    (["(Reporting by Jack Kim; Editing by Robert Birsel)"], "Jack Kim"),
    (["(Writing by Christian Lowe; Editing by Vladimir Soldatkin)"], "Christian Lowe"),
    (["(Reporting by John Davison and Lisa Barrington in Beirut; Editing by Hugh Lawson)"], "John Davison"),
    (["(Additional reporting by Patricia Zengerle; Editing by Alistair Bell)"], None),
    (["He was reporting by phone."], None),
    (["Reporting from Rome by Alvise Armellini, Giselda Vagnoni; Writing by Alvise Armellini"], "Alvise Armellini"),
    (["Reporting from Hong Kong by Jane Roe; Editing by John Doe"], "Jane Roe"),
    (["Reporting by Sruthi Shankar in Bengaluru; Editing by Vinay Dwivedi"], "Sruthi Shankar"),
    (["Editing by Vinay Dwivedi"], None),  # the editor is no author
])
def test_author_from_wire_credit_lines(lines, author):
    from generator.annotate.metadata import credited_author

    assert credited_author(lines) == author


@pytest.mark.parametrize(("title", "kind"), [
    ("Russian Official to Asharq Al-Awsat: Mining Concessions Depend on Talks", "interview"),
    ("South Korea, China defense officials to discuss North Korea test: Yonhap", "news"),
])
def test_interview_titles_name_who_was_spoken_to(title, kind):
    notes = annotate("Officials met on Thursday to discuss the latest test, the agency reported on Monday.", title=title)
    assert notes.kind == kind


@pytest.mark.parametrize(("line", "host"), [
    ("https://dbsjeyaraj.com/dbsj/?p=85762", "dbsjeyaraj.com"),
    ("[https://dbsjeyaraj.com/dbsj/?p=85762](https://dbsjeyaraj.com/dbsj/?p=85762)", "dbsjeyaraj.com"),  # a link whose words are its address
    ("[Read the story](https://dbsjeyaraj.com/dbsj/?p=85762)", None),  # a link in words is no bare address
    ("https://news.abs-cbn.com/news/09/22/20/philippines-conflict", "news.abs-cbn.com"),
    ("https://arab.news/5xk8w", None),  # a short link for sharing
    ("https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.org", None),
])
def test_page_address_is_a_bare_link_that_is_not_for_sharing(line, host):
    from generator.annotate.metadata import page_address

    found = page_address(article("Body text long enough to be a paragraph of the article itself.", removed=(RemovedLine(line, RemovedReason.LINK),)))
    assert (found[0] if found else None) == host


@pytest.mark.parametrize(("lines", "host"), [
    pytest.param(["https://www.economist.com/europe/2020/07/21/a", "https://www.economist.com/europe/2020/07/23/b"], "economist.com",
                 id="two links to the one site"),
    pytest.param(["https://www.reuters.com/world/europe/talks-2024-03-12/", "https://apnews.com/article/geneva-talks-123456"], None,
                 id="links to several sites: sources the text cites"),
])
def test_page_address_is_the_one_site_the_links_go_to(lines, host):
    from generator.annotate.metadata import page_address

    found = page_address(article(P, removed=tuple(RemovedLine(line, RemovedReason.LINK) for line in lines)))
    assert (found[0] if found else None) == host


@pytest.mark.parametrize(("lines", "expected"), [
    pytest.param([("https://www.reuters.com/world/europe/talks-2024-03-12/", RemovedReason.LINK),
                  ("https://apnews.com/article/geneva-talks-123456", RemovedReason.LINK)], None, id="cited links do not vote"),
    pytest.param([("Harbour Board Approves Longer Pier | Kyiv Post", RemovedReason.NAVIGATION),
                  ("https://www.mfa.gov.ua/en/news/statement-12345", RemovedReason.LINK)], "kyiv-post",
                 id="a known outlet's title line over a link to a ministry's page"),
    pytest.param([("Harbour Board Approves Longer Pier | Opinion", RemovedReason.NAVIGATION),
                  ("https://www.kyivpost.com/opinion/12345", RemovedReason.LINK)], "kyiv-post",
                 id="the address over a title line ending on a section"),
    pytest.param([("Source:", RemovedReason.REPEATED_WIDGET),
                  ("1. [Aljazeera](http://english.aljazeera.net/news/americas/2010/08/201081023312716697.html)", RemovedReason.LINK),
                  ("2. [The New York Times](http://www.nytimes.com/2010/08/11/world/americas/11venez.html)", RemovedReason.LINK),
                  ("3. [Xinhua](http://news.xinhuanet.com/english2010/world/2010-08/12/c_13441557.htm)", RemovedReason.LINK)], None,
                 id="a numbered list of the sources a summary cites"),
])
def test_links_the_text_cites_are_not_the_page(lines, expected):
    found = annotator()
    headed = article(P, title="Harbour Board Approves Longer Pier", removed=tuple(RemovedLine(t, r) for t, r in lines))
    assert find_outlet(headed, found.matcher, found.knowledge)[0] == expected


@pytest.mark.parametrize(("author", "outlet", "expected"), [
    ("Kyodo News Weekly", "kyodo", None),  # a show or desk of the page's own outlet
    ("Jane Roe", "kyodo", "Jane Roe"),
    ("Kyodo News Weekly", None, "Kyodo News Weekly"),
])
def test_an_author_naming_the_page_s_outlet_is_a_desk(author, outlet, expected):
    from generator.annotate.authors import not_the_outlet

    assert not_the_outlet(author, annotator().knowledge.outlet_term(outlet)) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("ZDNet China", ["zdnet"]),
    ("Copyright © 2019 twincities.com", ["pioneer-press"]),
    ("By Jane Roe | Special to the Pioneer Press", ["pioneer-press"]),
    ("The Australian dollar fell", []),  # a demonym after "The" is no outlet
    ("The Age of AI", []),
    ("a wired network", []),
    ("Vox Media, LLC", []),  # a network's owner, not one of its sites
    ("Marca registrada. Todos los derechos reservados.", []),  # Spanish for "registered trademark", not the sports daily
    ("The Sun rose over the Metro stations", []),  # names a qualifier sets apart ("The Sun (UK)") match by their domains
    ("https://www.thesun.co.uk/news/123", ["the-sun-uk"]),
    ("**共同通信** | 2025-12-30 00:00 |", ["kyodo"]),  # a crawl's publisher line, in the outlet's own script
    ("**Коммерсантъ** | 2025-12-30", ["kommersant"]),
])
def test_outlets_named(line, expected):
    from generator.annotate.metadata import outlets_named

    found = annotator()
    assert outlets_named(line, found.matcher, found.knowledge) == expected


LEAD = "Russia and Japan reached important agreements in 2019, the ambassador told TASS on Friday."


@pytest.mark.parametrize("dateline, lead, expected", [
    pytest.param("TOKYO, February 7. /TASS/.", LEAD, date(2020, 2, 7), id="the one year after a named year with that weekday"),
    pytest.param("TOKYO, 7 February /TASS/.", LEAD, date(2020, 2, 7), id="day first"),
    pytest.param("TOKYO, February 9. /TASS/.", LEAD, None, id="no named year fits the weekday"),
    pytest.param("TOKYO, February 7. /TASS/.", LEAD.replace(" on Friday", ""), None, id="the lead names no weekday"),
    pytest.param("TOKYO, February 7. /TASS/.", LEAD.replace("2019", "the spring"), None, id="the text names no year"),
    pytest.param("TOKYO, February 7, 2019. /TASS/.", LEAD, date(2019, 2, 7), id="a dateline's own year"),
])
def test_a_dateline_without_a_year_takes_the_year_the_text_fits(dateline, lead, expected):
    assert find_published(article(lead, dateline=dateline)) == expected


@pytest.mark.parametrize("last, expected", [
    pytest.param("This article first appeared in The Harbour Gazette.", "The Harbour Gazette", id="a free name"),
    pytest.param("This article is republished from The Conversation under a Creative Commons license.", "the-conversation",
                 id="a known outlet"),
    pytest.param("A version of this article first appeared on Foreign Policy.", "foreign-policy", id="a name with a qualifier"),
    pytest.param("Originally published at The Harbour Gazette.", "The Harbour Gazette", id="'Originally published'"),
    pytest.param("First published on November 19, 2019 / 8:16 AM", None, id="a date stamp"),
    pytest.param("The report, first published by Human Rights Watch, found abuses.", None, id="a sentence of the news"),
    pytest.param("Republished with permission from The Harbour Gazette.", "The Harbour Gazette", id="'Republished with permission from'"),
    pytest.param("Distributed by MENAFN", "menafn", id="'Distributed by'"),
    pytest.param("First published by Nikkei Asia.", "nikkei-asia", id="'First published by'"),
    pytest.param("The post Talks resume in Geneva appeared first on Harbour Gazette.", "Harbour Gazette", id="a feed's footer"),
    pytest.param("The report was distributed by the ministry to reporters on Tuesday.", None, id="a sentence of the news, 'distributed by'"),
    pytest.param("An earlier version of this article was initially published on The Harbour Gazette on 3 January 2018", "The Harbour Gazette",
                 id="'initially published on'"),
    pytest.param("Episode first published here: [Harbour Gazette Weekly](https://harbour.example/e/1).", "Harbour Gazette Weekly",
                 id="a podcast's episode, its link's words"),
])
def test_outlet_from_a_syndication_line(last, expected):
    known = annotator()
    assert find_outlet(article(P, last), known.matcher, known.knowledge)[0] == expected


@pytest.mark.parametrize("meta, expected", [
    pytest.param({"description": "An earlier version of this article was initially published on JerichoOnline on the 3rd of January 2018"},
                 "JerichoOnline", id="a post's description naming its first publisher"),
    pytest.param({"description": "Leaders met in Geneva to talk about the war."}, None, id="a description saying what the post is about"),
    pytest.param({"title": "This article first appeared in The Harbour Gazette"}, None, id="a title is no note on the piece"),
])
def test_outlet_from_a_syndication_note_in_the_frontmatter(meta, expected):
    known = annotator()
    assert find_outlet(article(P, meta=meta), known.matcher, known.knowledge)[0] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    pytest.param(("Officials told the Times that the talks would resume.", "An aide told the Times the same.",
                  "The New York Times first reported the plan in May."), "new-york-times", id="the short name of the outlet named in full"),
    pytest.param(("Officials told the Times that the talks would resume.", "An aide told the Times the same."), "the-times",
                 id="no fuller name"),
])
def test_an_outlet_spoken_to_by_its_short_name(paragraphs, expected):
    known = annotator()
    assert find_outlet(article(*paragraphs), known.matcher, known.knowledge)[0] == expected


def foot(*lines):
    return tuple(RemovedLine(text, RemovedReason.AFTER_END) for text in lines)


@pytest.mark.parametrize("lines, expected", [
    pytest.param(foot("MINISTRY OF LAW", "07 August 2019", "Media Contact"), "Ministry of Law", id="a ministry's sign-off over its date"),
    pytest.param(foot("MINISTRY OF LAW", "Media Contact"), None, id="a body's name with no date under it"),
    pytest.param(foot("Source : Présidence Turque", "Date : 31 octobre 2024"), "Présidence Turque", id="a record's source field beside its date"),
    pytest.param(foot("Source : France", "Date : 28 Novembre 2024"), None, id="a country is no source's name"),
    pytest.param(foot("Source: View original", "Date: Sun, 26 Apr 2026"), None, id="a link's words"),
    pytest.param(foot("Source : Présidence Turque"), None, id="a source line alone may be a chart's"),
])
def test_outlet_signed_at_the_foot(lines, expected):
    known = annotator()
    assert find_outlet(article(P, removed=lines), known.matcher, known.knowledge)[0] == expected


@pytest.mark.parametrize("meta, fields, expected", [
    pytest.param({"author": "Niklas"}, {}, "Niklas", id="a blogger's one name on their own post"),
    pytest.param({"author": "Lucía"}, {}, "Lucía", id="a name in another script's letters"),
    pytest.param({"author": "keiaa"}, {}, None, id="a handle in small letters"),
    pytest.param({"author": "rishi.kant"}, {}, None, id="a handle with a dot"),
    pytest.param({"author": "PL"}, {}, None, id="initials"),
    pytest.param({"author": "Admin"}, {}, None, id="an account"),
    pytest.param({"author": "Anonymous"}, {}, None, id="a placeholder"),
    pytest.param({"author": "Finescoop", "url": "https://finescoop.com/articles/talks"}, {}, None, id="the site's own name"),
    pytest.param({"author": "José"}, {"dateline": "MIAMI -"}, None, id="a copied story's dateline"),
    pytest.param({"author": "José"}, {"removed": removed("Continue reading from the source: cepr.net", RemovedReason.WIDGET)}, None,
                 id="a pointer to the copied page"),
])
def test_a_bloggers_one_name_on_their_own_post(meta, fields, expected):
    from generator.annotate.post_writers import own_post_writer

    assert own_post_writer(article(P, meta=meta, **fields)) == expected


def test_a_bloggers_one_name_needs_no_outlet_at_all():
    assert annotate(P, meta={"author": "Niklas"}).author == "Niklas"
    assert annotate(P, meta={"author": "Niklas", "outlet": "Harbour Gazette"}).author is None


@pytest.mark.parametrize("fields, expected", [
    pytest.param({"byline": "Kyodo News Weekly", "blocks_": ("by Jane Roe", P)}, "Jane Roe", id="past a byline naming the outlet"),
    pytest.param({"byline": "Kyodo News Weekly", "blocks_": (P,)}, None, id="no other writer"),
    pytest.param({"byline": "By Jane Roe | Kyodo News", "blocks_": (P,)}, "Jane Roe", id="a writer beside the outlet"),
    pytest.param({"blocks_": ("(서울=연합뉴스) 홍길동 기자 = 북한이 새해를 맞아 러시아에 축전을 보냈다.", P)}, "홍길동",
                 id="a Korean reporter's byline at the head of the lead"),
    pytest.param({"blocks_": ("(서울=연합뉴스) 북한이 새해를 맞아 러시아에 축전을 보냈다고 홍길동 기자가 전했다.", P)}, None,
                 id="a reporter named inside a Korean sentence is no byline"),
])
def test_author_of_is_never_the_page_s_outlet(fields, expected):
    from generator.annotate.authors import author_of

    paragraphs = fields.pop("blocks_")
    assert author_of(article(*paragraphs, **fields), annotator().knowledge.outlet_term("kyodo")) == expected


@pytest.mark.parametrize("byline, expected", [
    pytest.param("By Ambassador Hou Yanqi", "Hou Yanqi", id="past the role before the name"),
    pytest.param("By Prime Minister Jane Roe", "Jane Roe", id="past a role of two words"),
    pytest.param("By Jane Bishop", "Jane Bishop", id="a surname that is a role noun"),
    pytest.param("By Saudi Gazette", None, id="an outlet's words"),
    pytest.param("By Gulf Today Report", None, id="a desk's report"),
    pytest.param("By Prime Minister's Office", None, id="an office"),
    pytest.param("By Deutsche Welle", None, id="a known outlet's whole name"),
    pytest.param("By United Nations", None, id="a known body's whole name"),
    pytest.param("By Jordan Roe", "Jordan Roe", id="a name opening on a country's is a name"),
    pytest.param("Par Jean Roe", "Jean Roe", id="French"),
    pytest.param("Von Hans Roe und Anna Roe", "Hans Roe", id="German, two writers"),
    pytest.param("Por Juan Roe", "Juan Roe", id="Spanish"),
    pytest.param("Door Jan de Roe", "Jan de Roe", id="Dutch"),
    pytest.param("Border Discussions in Brussels", None, id="a subheading shaped 'NAME in PLACE' names no writer"),
    pytest.param("Jane Roe in Kyiv", "Jane Roe", id="a writer in a place"),
])
def test_the_author_is_a_person(byline, expected):
    assert annotate(P, byline=byline).author == expected


@pytest.mark.parametrize("declared, expected", [
    pytest.param("Jane Roe", "Jane Roe", id="a name"),
    pytest.param("Harbour Gazette Desk", None, id="a desk"),
    pytest.param("Agence France-Presse", None, id="a known outlet"),
    pytest.param("AFP", None, id="an outlet's initials"),
    pytest.param("Editor,Jane Roe", "Jane Roe", id="past a role in a list"),
    pytest.param("Apps Support,Jane Roe", "Jane Roe", id="past an account in a list"),
    pytest.param("Jane Roe, Al Roe And Ed Roe, Cnn", "Jane Roe", id="the first of several writers and their outlet"),
])
def test_a_frontmatter_author_is_a_person(declared, expected):
    assert annotate(P, meta={"author": declared}).author == expected


@pytest.mark.parametrize("fields, expected", [
    pytest.param({"removed": removed("By JANE ROE-DOE", RemovedReason.AFTER_END) + removed("In Beijing, China", RemovedReason.AFTER_END)},
                 "Jane Roe-Doe", id="a byline in capitals under the text"),
    pytest.param({"removed": removed("By Jane Roe", RemovedReason.AFTER_END)}, "Jane Roe", id="a byline under the text"),
    pytest.param({"removed": removed("By Jane Roe", RemovedReason.AFTER_END), "meta": {"author": "Al Poster"}}, "Jane Roe",
                 id="the printed byline before a scraper's author field"),
    pytest.param({"removed": removed("By the way, the talks resumed on Monday in the capital", RemovedReason.AFTER_END)}, None,
                 id="a sentence opening on by"),
])
def test_author_signing_under_the_text(fields, expected):
    assert annotate(P, **fields).author == expected


@pytest.mark.parametrize("link", [
    "[Jane Roe](https://harbour.com/author/jane/)",
    "[Jane Roe](https://harbour.fr/auteur/jane-roe/)",
    "*par [Jane Roe](https://www.harbour.com/spip.php?page=auteur&id_auteur=33) le jeudi 3 octobre 2024",
    "[Jane Roe](https://harbour.com/?author=12)",
])
def test_author_linked_to_their_page_on_the_site(link):
    lines = removed(link, RemovedReason.LINK)
    assert annotate(P, removed=lines + removed("[Harbour Ports](https://harbour.com/tag/ports/)", RemovedReason.LINK)).author == "Jane Roe"


def test_a_link_to_another_page_is_no_writer_s():
    lines = removed("[Jane Roe](https://www.harbour.com/spip.php?page=article&id_article=33)", RemovedReason.LINK)
    assert annotate(P, removed=lines).author is None


@pytest.mark.parametrize("card, expected", [
    pytest.param(("#### Jane Roe", "Freelancer](https://harbourcheck.org/about/authors/jane-roe)"), "Jane Roe",
                 id="a writer's card: the name its address spells"),
    pytest.param(("#### Al Roe", "Freelancer](https://harbourcheck.org/about/authors/jane-roe)"), None,
                 id="a name the address does not spell"),
])
def test_author_of_a_writer_s_card_by_the_address_of_their_page(card, expected):
    lines = tuple(RemovedLine(text, RemovedReason.AFTER_END) for text in card)
    assert annotate(P, removed=lines).author == expected


@pytest.mark.parametrize("line, expected", [
    pytest.param("8:49 AM 09/13/2023 Jane Roe | Senior Reporter", "Jane Roe", id="time, date, name, title"),
    pytest.param("May 2, 2024 Jane Roe, Staff Writer", "Jane Roe", id="date, name, title"),
    pytest.param("09/13/2023 Jane Roe | Ukraine", None, id="a section is no title"),
])
def test_author_from_a_stamp_before_the_name(line, expected):
    assert annotate(P, removed=removed(line, RemovedReason.NAVIGATION)).author == expected


@pytest.mark.parametrize("fields, expected", [
    pytest.param({"removed": removed('Continue reading from the source: [Harbour][harbour]{:target="_blank"}', RemovedReason.WIDGET)
                  + removed("[harbour]: https://www.dw.com/en/talks-resume/a-51493965", RemovedReason.AFTER_END)},
                 "deutsche-welle", id="a reposted opening's 'continue reading' link, its address by reference"),
    pytest.param({"removed": removed('Continue reading from the source: [Deutsche Welle][dw]', RemovedReason.WIDGET)},
                 "deutsche-welle", id="'continue reading' naming a known outlet"),
    pytest.param({"paragraphs": (P, "Read the full story at [the Gazette](https://www.straitstimes.com/asia/talks-resume)")},
                 "straits-times", id="'read the full story at' an inline link"),
    pytest.param({"paragraphs": (P, "Read more: [Talks resume in Geneva](https://www.straitstimes.com/asia/talks-resume)")}, None,
                 id="'read more' with a headline is a related story"),
    pytest.param({"paragraphs": (P, "Read more on [the harbour talks](https://www.straitstimes.com/asia/talks-resume)")}, None,
                 id="'read more on' a topic is a related story"),
    pytest.param({"paragraphs": (P, "Read more at https://www.straitstimes.com/asia/talks-resume")}, "straits-times",
                 id="'read more at' a bare address"),
    pytest.param({"removed": removed('Continue reading from the source: [Harbour][h]', RemovedReason.WIDGET)
                  + removed("[h]: https://www.harbour.example/talks", RemovedReason.AFTER_END)}, None, id="a link to a site no outlet owns"),
    pytest.param({"removed": removed("(c) 2016, The National Interest", RemovedReason.CREDITS)}, "the-national-interest",
                 id="a bare copyright line, the only outlet the page names: a reposted column's credit"),
    pytest.param({"removed": removed("(c) 2016, The National Interest", RemovedReason.CREDITS)
                  + removed("Kyodo News", RemovedReason.NAVIGATION)}, None, id="a bare copyright line beside another outlet's name"),
    pytest.param({"meta": {"outlet": "Pna", "url": "https://www.pna.gov.ph/index.php/articles/1169802"}}, "philippine-news-agency",
                 id="a scraper's name for the site, its domain's word, is the outlet owning the domain"),
    pytest.param({"meta": {"outlet": "Harbour", "url": "https://harbour.az/en/post/talks"}, "title": "Talks resume | Harbour.Az"},
                 "Harbour.Az", id="a scraper's name for the site, the title's site spelling the whole domain"),
    pytest.param({"meta": {"outlet": "Harbour", "url": "https://www.pna.gov.ph/index.php/articles/1169802"}}, "Harbour",
                 id="a declared name other than the address's domain stays as written"),
    pytest.param({"removed": removed("(CNN)", RemovedReason.NAVIGATION)}, "cnn", id="an outlet in brackets on a line of its own"),
    pytest.param({"removed": removed("(CNN)", RemovedReason.CAPTION)}, None, id="a caption's credit in brackets"),
    pytest.param({"removed": removed("(Harbour Post)", RemovedReason.NAVIGATION)}, None, id="a name in brackets no outlet owns"),
    pytest.param({"removed": removed("https://cdn.static-economist.com/sites/default/files/20180915_BLP501.jpg", RemovedReason.LINK)}, None,
                 id="a bare link to a picture names the server it is kept on"),
    pytest.param({"byline": "Global Times", "removed": removed("http://baijiahao.baidu.com/s?id=1638561132431613159&wfr=spider&for=pc",
                                                               RemovedReason.LINK)}, "global-times",
                 id="a content platform's page runs the outlet its byline names"),
    pytest.param({"paragraphs": ("The minister briefed reporters after the meeting in Helsinki on Tuesday, reports BSS.", P)}, "bss",
                 id="a wire credited at the end of the lead"),
    pytest.param({"paragraphs": ("The minister briefed reporters after the meeting in Helsinki on Tuesday, reports Harbour Daily.", P)},
                 None, id="a name no outlet owns credited at the end of the lead"),
    pytest.param({"paragraphs": (P, P, P, P, "The minister spoke in Helsinki, reports BSS.")}, None, id="a credit deep in the text"),
    pytest.param({"paragraphs": (P, "Source: Xinhua")}, "xinhua", id="a source credit under the text"),
    pytest.param({"removed": removed("Source:Global Times | Editor: Li Wei", RemovedReason.CREDITS)}, "global-times",
                 id="a source credit with its editor"),
    pytest.param({"paragraphs": (P, "Source: World Bank")}, None, id="a chart's source is no outlet"),
    pytest.param({"paragraphs": (P, "Published by Dawn")}, "dawn", id="a publisher's line"),
    pytest.param({"removed": removed("Kyiv Post logo", RemovedReason.NAVIGATION)}, "kyiv-post", id="the masthead's alt text"),
    pytest.param({"removed": removed("Logo of Kyiv Post", RemovedReason.NAVIGATION)}, "kyiv-post", id="'Logo of' the site"),
    pytest.param({"removed": removed("Kyiv Post", RemovedReason.NAVIGATION)}, None, id="a menu item alone may be a sister site"),
    pytest.param({"paragraphs": (P, "Source: Reuters, AFP")}, "reuters", id="the first of two sources"),
    pytest.param({"removed": removed("da Reuters", RemovedReason.NAVIGATION)}, "reuters", id="a Portuguese source line"),
    pytest.param({"removed": removed("Na Veja", RemovedReason.NAVIGATION)}, "veja", id="'Na X': the magazine the copy is from"),
    pytest.param({"removed": removed("Do Portal UOL", RemovedReason.NAVIGATION)}, "uol", id="past the generic word before the name"),
    pytest.param({"removed": removed("Da Harbour Gazette", RemovedReason.NAVIGATION)}, None, id="a name no outlet owns"),
    pytest.param({"removed": removed("Com Reuters e AFP", RemovedReason.NAVIGATION)}, None, id="wires that helped are not the page"),
    pytest.param({"paragraphs": (P, "Da Reuters e da AFP, em Genebra")}, None, id="a source line naming more than the outlet"),
    pytest.param({"paragraphs": (P, "This article was downloaded by zlibrary from https://www.economist.com//asia/2025/11/13/a-bombing")},
                 "the-economist", id="the address a copy was downloaded from"),
    pytest.param({"paragraphs": (P, "Downloaded from https://www.harbour.example/story")}, None, id="an address no outlet owns"),
    pytest.param({"paragraphs": (P, P + " (REUTERS)")}, "reuters", id="a wire's credit closing the text"),
    pytest.param({"paragraphs": (P, P + " (with inputs from ANI)")}, "ani", id="a wire's inputs credited"),
    pytest.param({"paragraphs": (P, "Leaders met in Geneva. (AP Photo/Jane Roe)")}, None, id="a picture's credit closing the text"),
    pytest.param({"paragraphs": (P + " (REUTERS)", P)}, None, id="a credit inside the text"),
    pytest.param({"title": "DEPARTMENT OF EXTERNAL AFFAIRS CANBERRA", "removed": removed("FOR THE PRESS", RemovedReason.NAVIGATION)},
                 "Department of External Affairs", id="a body's letterhead over a release's label, its city left out"),
    pytest.param({"removed": removed("MINISTRY OF FOREIGN AFFAIRS", RemovedReason.NAVIGATION)
                  + removed("PRESS RELEASE", RemovedReason.NAVIGATION)}, "Ministry of Foreign Affairs", id="a ministry's letterhead"),
    pytest.param({"removed": removed("MINISTRY OF DEFENCE", RemovedReason.CAPTION)}, None, id="a letterhead shape over no release"),
    pytest.param({"paragraphs": (P, "Contact the writer at jroe@japantimes.co.jp")}, "japan-times", id="the writer's e-mail"),
    pytest.param({"paragraphs": (P, "(jroe@gmail.com)")}, None, id="an e-mail at no outlet"),
    pytest.param({"paragraphs": (P, "If you have a view you can lobby your MP, write to the campaign or, if you are on the internet, "
                                    "e-mail Europe@dailymail.co.uk. Come on folks, use your voices before it is too late!")}, None,
                 id="an address a paragraph gives the reader to write to"),
    pytest.param({"paragraphs": (P, CITED, P, P, "jroe@yna.co.kr")}, "yonhap", id="an e-mail under a text citing another outlet"),
    pytest.param({"removed": removed("Follow us on Twitter @dawn_com", RemovedReason.WIDGET)}, "dawn", id="a handle spelling a domain"),
    pytest.param({"removed": removed("Follow @nytimes", RemovedReason.WIDGET)}, "new-york-times", id="a handle spelling a domain's name"),
    pytest.param({"removed": removed("Follow @rt", RemovedReason.WIDGET)}, None, id="a short handle is as often initials"),
    pytest.param({"title": "Talks resume in Geneva - The Straits Times"}, "straits-times", id="a headline still carrying its site"),
    pytest.param({"title": "Talks resume in Geneva | Straits Times"}, "straits-times", id="an alias after a bar"),
    pytest.param({"title": "Talks resume - The Straits Times reports"}, None, id="more than the site's name"),
    pytest.param({"title": "Reuters - Talks resume in Geneva"}, None, id="the site first is not read from the headline"),
    pytest.param({"removed": removed("Geneva talks: what the ministers want | The Straits Times", RemovedReason.NAVIGATION)},
                 "straits-times", id="the page's first line, a browser title over a reworded headline"),
    pytest.param({"removed": removed("Home | The Straits Times", RemovedReason.NAVIGATION)}, None,
                 id="a first line too short for a headline: a breadcrumb"),
    pytest.param({"removed": removed("Menu", RemovedReason.NAVIGATION)
                  + removed("Geneva talks: what the ministers want | The Straits Times", RemovedReason.RELATED)}, None,
                 id="a teaser further down the page"),
])
def test_outlet_credited_in_passing(fields, expected):
    paragraphs = fields.pop("paragraphs", (P,))
    found = annotator()
    assert find_outlet(article(*paragraphs, **fields), found.matcher, found.knowledge)[0] == expected


@pytest.mark.parametrize("lines, expected", [
    pytest.param(("Jane Roe", "Kyodo News, Tokyo"), "Jane Roe", id="a name over the outlet and a place"),
    pytest.param(("Jane Roe", "Kyodo News"), "Jane Roe", id="a name over the outlet"),
    pytest.param(("Jane Roe", "Kyodo News Plus"), None, id="over another of the outlet's names: a menu"),
    pytest.param(("World News", "Kyodo News, Tokyo"), None, id="a menu item is no name"),
    pytest.param(("Jane Roe", "Asia Times"), None, id="over another outlet"),
    pytest.param(("Jane Roe", "(Kyodo News)"), "Jane Roe", id="a name over the outlet in brackets"),
    pytest.param(("Front Row", "Headline of the piece", "Front Row", "(Kyodo News)"), None, id="a rubric printed twice is a column's name"),
    pytest.param(("Jane Roe and John Doe", "(Kyodo News)"), "Jane Roe and John Doe", id="two writers over the outlet"),
])
def test_author_named_over_the_outlet(lines, expected):
    from generator.annotate.authors import author_of

    chrome = tuple(RemovedLine(text, RemovedReason.NAVIGATION) for text in lines)
    assert author_of(article(P, removed=chrome), annotator().knowledge.outlet_term("kyodo")) == expected


def test_two_writers_over_the_outlet_though_a_bio_names_the_first():
    from generator.annotate.authors import author_of

    chrome = tuple(RemovedLine(text, RemovedReason.NAVIGATION) for text in ("Jane Roe and John Doe", "(Kyodo News)"))
    found = article(P, removed=chrome, bio="Jane Roe is the harbour's ambassador to Japan.")
    assert author_of(found, annotator().knowledge.outlet_term("kyodo")) == "Jane Roe and John Doe"


@pytest.mark.parametrize("line, expected", [
    pytest.param("Harbour Board Approves Longer Pier | Kyiv Post | Politics", "kyiv-post", id="a known site before a section"),
    pytest.param("Harbour Board Approves Longer Pier | Meduza — Independent news from Russia", "meduza", id="a known site before its slogan"),
    pytest.param("Harbour Board Approves Longer Pier | Reuters | Harbour Gazette", "Harbour Gazette", id="the last part, a site, over a wire before it"),
])
def test_outlet_from_a_title_line_with_more_after_the_site(line, expected):
    found = annotator()
    chrome = removed(line, RemovedReason.NAVIGATION)
    headed = article(P, title="Harbour Board Approves Longer Pier", removed=chrome)
    assert find_outlet(headed, found.matcher, found.knowledge)[0] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    pytest.param(("Foreign Minister Taro Kono told Kyodo News on Monday that the talks with Seoul would resume in the spring.",
                  "\"We are ready to talk at any level,\" Kono said in the interview at his office in Tokyo.",
                  "\"The door remains open to our neighbours,\" Kono said.",
                  "\"We will meet again before the summer,\" Kono added."), "interview", id="one voice speaking to the outlet"),
    pytest.param(("Villagers told Kyodo News on Monday that they were barred from asking questions at the meeting.",
                  "\"We could not ask anything about the money,\" said Jane Roe, a farmer from the village.",
                  "\"They did not let us speak at all,\" said John Doe, a teacher at the school.",
                  "\"Nobody answered our letters,\" said Mary Major, who runs a shop by the road."), "news",
                 id="many voices speaking to the outlet: a report"),
])
def test_an_outlet_s_interview_has_one_voice(paragraphs, expected):
    assert annotate(*paragraphs, meta={"outlet": "Kyodo News"}).kind == expected


@pytest.mark.parametrize("fields, expected", [
    pytest.param({"paragraphs": (P, "Why not help us? You can help by [joining Harbour-Watch](https://harbour-watch.org/register/).")},
                 "Harbour-Watch", id="a pitch linking to the site's own page by its name"),
    pytest.param({"removed": removed("Contact us today: Harbour-Watch.org", RemovedReason.AFTER_END)}, "Harbour-Watch",
                 id="the site's domain written out closing a short pitch"),
    pytest.param({"paragraphs": (P, "1. [Reuters](https://www.reuters.com/article/us-china-japan/talks-idUSKBN1FH026)")}, None,
                 id="a cited source: no voice of the site (an address's 'us' is no word)"),
    pytest.param({"paragraphs": (P, "The US and its allies met in Geneva, [Harbour-Watch reported](https://harbour-watch.org/a).")},
                 None, id="'US' is a country"),
    pytest.param({"paragraphs": (P, "We earn fees by linking to Amazon.com and affiliated sites, as our disclosure says.")}, None,
                 id="an affiliate's domain inside a sentence"),
])
def test_outlet_from_the_site_s_pitch_to_its_reader(fields, expected):
    from generator.annotate.promotions import pitched_site

    paragraphs = fields.pop("paragraphs", (P,))
    found = pitched_site(article(*paragraphs, **fields))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("line, expected", [
    pytest.param("News | By Jane Roe | March 3, 2024", "Jane Roe", id="a rubric, the byline and the date"),
    pytest.param("Jane Roe · 5 min read · Mar 3, 2024", "Jane Roe", id="a blog's name, reading time and date"),
    pytest.param("Jane Roe · Mar 3, 2024", "Jane Roe", id="a name and its date"),
    pytest.param("Home | World | Europe", None, id="a menu"),
    pytest.param("Jane Roe | Harbour Times", None, id="a name beside something no stamp"),
    pytest.param("Mar 3, 2024 · 4 min read", None, id="no name"),
    pytest.param("Trade Talks · Mar 3, 2024", None, id="a topic and a date"),
])
def test_writer_in_a_header_line_of_fields(line, expected):
    assert fielded_writer(line) == expected


def test_writer_in_a_line_of_fields_the_header_took_for_the_standfirst():
    assert annotate(P, standfirst="Jane Roe · 5 min read · Mar 3, 2024").author == "Jane Roe"
