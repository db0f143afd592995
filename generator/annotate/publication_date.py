"""The publication date of an article: frontmatter, dateline, the page's "Published:" field, its date stamps, the byline's."""
from __future__ import annotations

import re
from datetime import date, timedelta

from generator.annotate.authors import MAX_BYLINE_BLOCK
from generator.annotate.initiative_words import foreign
from generator.annotate.page_address import page_address
from generator.annotate.page_fields import field_values
from generator.annotate.published import (
    MONTH_PATTERN,
    calendar_day,
    date_in,
    dateline_day,
    day_in_year,
    day_order,
    numeric_date,
    numeric_date_in,
)
from generator.annotate.record_meta import record_day
from generator.annotate.site_names import CHROME_REASONS
from generator.model import Article, RemovedLine, RemovedReason
from generator.sources.bylines import by_name, dated_name
from generator.sources.metadata import MetadataError, coerce_date


def declared_date(value: object) -> date | None:
    """A frontmatter date (typed by the reader, or given as text by a caller), or None when there is none."""
    if value is None:
        return None
    try:
        return coerce_date(value)
    except MetadataError:  # a date as a page writes it, in words or figures of another language ("7. Dezember 2026")
        return (date_in(value) or numeric_date(value.strip())) if isinstance(value, str) else None


def find_published(article: Article) -> date | None:
    """The publication date: frontmatter, a dated dateline, the page's date stamp, the byline's, or a dateline's day in the one
    year the text fits; None rather than a guess."""
    for key in ("date", "published"):
        found = declared_date(article.meta.get(key))
        if found:
            return copied_day(article, found) or issue_day(article, found) or found
    found = record_day(article)
    if found:  # a pasted record's date field ('"time_ut": 1661148120,'): as good as the frontmatter's
        return found
    if article.dateline:
        found = date_in(article.dateline)
        if found:
            return found
    month_first = page_day_order(article)
    # The page's "Published:" field comes before an "Updated:" stamp over it, in figures too ("Published: 02.05.2024 10:15"),
    # on a removed line or the line under the headline the header took for a standfirst ("Publié le 7 décembre 2026 à 11h05").
    found = next((day for value in field_values([line.text for line in article.removed] + [article.standfirst or ""], "published", bare=True)
                  if (day := date_in(value) or numeric_date(value, month_first) or numeric_date_in(value, month_first))), None)
    if found:
        return found
    # The byline's stamp ("Chris Roe - Nov 19, 2019"), a stamp taken for the standfirst, or a dated byline the header left among
    # the first paragraphs: nearer the headline than a masthead's date of the day.
    bylines = [article.byline or "", *([article.standfirst] if _is_stamp(article.standfirst, month_first) or dated_name(article.standfirst or "") else []),
               *(b.text for b in article.blocks[:MAX_BYLINE_BLOCK] if by_name(b.text) or dated_name(b.text)),
               *(line.text for line in article.removed if line.reason in CHROME_REASONS and dated_name(line.text))]
    found = next((day for text in bylines if (day := date_in(text) or numeric_date_in(text, month_first))), None)
    if found:
        return found
    # A stamp is a short line; a notice's sentence ("updated and became effective May 23rd, 2018") is not. An "Updated:" stamp
    # gives way to a plain one, the day it was first published.
    stamps = [(day, bool(field_values([line.text], "updated", bare=True))) for line in article.removed
              if len(line.text.split()) <= MAX_CHROME_STAMP_WORDS and (day := _stamp_date(line, month_first))]
    found = next((day for day, updated in stamps if not updated), stamps[0][0] if stamps else None)
    if found:
        return found
    # The day the page's address files it under ("/2024/05/02/"), a speech's place and day over it, then a dateline's day and
    # month, its year from the text; a dataset's row kept as the text, its last field the date.
    return address_date(article) or place_and_day(article) or dateline_day(article) or delivered_on(article) or record_date(article)


#: A post copying a page is dated this many days after the page at most: a later day is another story's.
MAX_COPY_DAYS = 31
#: A byline's marks as a copied page's Markdown keeps them: emphasis around it, its name a link ("*par [Jane Roe](...) le ...").
_LINK = re.compile(r"\[(?P<words>[^\]]*)\]\([^)]*\)")


def copied_day(article: Article, declared: date) -> date | None:
    """The day the byline of the page a post copies prints ("par Jane Roe le vendredi 9 février 2024", "by Jane Roe – Tue
    May 18", its year the post's), when a few days before the frontmatter's date: a blog's copy is dated when it was copied,
    the page's byline when it was published."""
    lines = [article.byline or "", *(line.text for line in article.removed if line.reason in _BYLINE_REASONS)]
    for text in lines:
        text = _LINK.sub(r"\g<words>", text).strip("*_ \\")
        if not (by_name(text) or dated_name(text)):
            continue
        day = date_in(text) or day_in_year(text, declared.year)
        if day and timedelta(0) < declared - day <= timedelta(days=MAX_COPY_DAYS):
            return day
    return None


_BYLINE_REASONS = frozenset({*CHROME_REASONS, RemovedReason.AFTER_END})


#: A date stamp alone on its line: "April 27, 2026", "27 April 2026", "Monday, April 27, 2026".
_BARE_DATE = re.compile(r"^(?:[A-Z][a-z]+,?\s+)?[\w.]+\s+[\w.]+,?\s+\d{4}$")


def issue_day(article: Article, declared: date) -> date | None:
    """The issue's date a newsletter prints alone under its masthead ("April 27, 2026"), the day after the frontmatter's: an
    e-mail's sent stamp is its evening before in UTC, the issue is the reader's day."""
    for line in (*article.removed, *article.page_chrome):
        if line.reason == RemovedReason.TIMESTAMP and _BARE_DATE.match(line.text.strip()):
            day = date_in(line.text)
            if day and day - declared == timedelta(days=1):
                return day
    return None


#: A CSV record's last field, a date in quotes ('...",politicsNews,"October 26, 2017 "'): the row of a dataset of stories.
_RECORD_DATE = re.compile(r',\s*"(?P<date>[^",]{3,12}\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\s*"\s*$')


def record_date(article: Article) -> date | None:
    """The date a dataset's row, kept as the text's last paragraph, gives in its last field."""
    last = next((b.text for b in reversed(article.blocks) if b.kind == "paragraph"), "")
    match = _RECORD_DATE.search(last[-60:])
    return date_in(match["date"]) or numeric_date(match["date"]) if match else None


#: A speech's or statement's header saying when it was given ("National Statement delivered on behalf of Sweden at the Security
#: Council on Monday, 04 September 2017."): its first sentence, a verb of delivery and a full date.
_DELIVERED = re.compile(r"\b(?:delivered|given|made|issued|read out|presented)\b", re.I)


def delivered_on(article: Article) -> date | None:
    """The date the first sentence of the text says a speech or statement was delivered on, when nothing else dates it."""
    lead = next((b.text for b in article.blocks if b.kind == "paragraph"), "")
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead, maxsplit=1)[0]
    return date_in(first) if _DELIVERED.search(first) else None


#: A place and day of their own over a speech or a statement ("Brussels, March 11, 2024.", "New York den 17 januari 2017."):
#: a first sentence this short, opening on a capital, among the first blocks.
MAX_PLACE_DAY_WORDS = 6
MAX_PLACE_DAY_BLOCK = 3
_FIRST_SENTENCE = re.compile(r"^[A-Z][^.!?]*?(?:\d{4})(?=\.|$)")


def place_and_day(article: Article) -> date | None:
    """The date of a short line of a place and a day among the first blocks, the way a speech's text is headed."""
    for block in article.blocks[:MAX_PLACE_DAY_BLOCK]:
        sentence = _FIRST_SENTENCE.match(block.text.strip())
        if sentence and len(sentence.group(0).split()) <= MAX_PLACE_DAY_WORDS and (day := date_in(sentence.group(0))):
            return day
    return None


def page_day_order(article: Article) -> bool | None:
    """Whether the page writes dates in figures month first (see day_order); when its stamps do not show it, a page in another
    language than English writes the day first ("07/12/2026" in Lisbon, Paris or Moscow is the 7th of December)."""
    order = day_order(line.text for line in (*article.removed, *article.page_chrome))
    if order is None and any(foreign(b.text) for b in article.blocks[:MAX_LANGUAGE_BLOCKS] if b.kind == "paragraph"):
        return False
    return order


#: The first blocks whose language tells the page's.
MAX_LANGUAGE_BLOCKS = 5


#: A line of figures alone ("29.06.2022"), which the cleaner may drop as a stray token.
_FIGURES_ONLY = re.compile(r"[\d./-]+")


def _stamp_date(line: RemovedLine, month_first: bool | None) -> date | None:
    """The date a removed line of the page's chrome stamps: written out, or in figures where the line is a stamp
    ("3:56 PM 06/29/2022") or the figures are all the line holds; else opening the line."""
    text = _ADDRESS.sub(" ", line.text)
    # A stamp's label goes before its value ("Stand: 07.12.2026 14:03 Uhr", "Updated 02.05.2024"): the value is the stamp.
    text = next(iter(field_values([text], "updated", bare=True) or field_values([text], "published", bare=True)), text)
    if line.reason == RemovedReason.TIMESTAMP or line.reason == RemovedReason.COUNTER and _FIGURES_ONLY.fullmatch(text.strip()):
        return date_in(text) or numeric_date(text.strip(), month_first) or numeric_date_in(text, month_first)
    # Any chrome line that opens on a date in figures ("29.6.2022 klo 15.56") stamps it.
    return (date_in(text) or numeric_date(text.strip(), month_first)) if line.reason in CHROME_REASONS else None


#: A link's or a picture's address ("](/files/2020-11/2020-11-18.jpg)", "https://..."): its dates are a file's, no stamp.
_ADDRESS = re.compile(r"\]\([^)\s]*\)|\b(?:https?://|www\.)\S+")


#: A chrome line longer than this is a notice's sentence, not a date stamp.
MAX_CHROME_STAMP_WORDS = 16
#: A standfirst this short is a stamp line under the headline ("Reuters November 18, 2019 11:03 PM"), not a summary.
MAX_STAMP_WORDS = 8
#: ... and so is one with no more than this many words besides its dates and times ("Mon 18 Nov 2019 18.54 GMT Last modified
#: on Mon 18 Nov 2019 18.56 GMT").
MAX_STAMP_PLAIN_WORDS = 4
#: The words of a stamp: figures, months, weekdays, am/pm, a time zone's capitals.
_STAMP_WORD = re.compile(rf"^(?:[\d\W]+\w{{0,2}}|{MONTH_PATTERN}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|[ap]\.?m\.?|(?-i:[A-Z]{{2,4}}))\W*$", re.I)


def _is_stamp(line: str | None, month_first: bool | None = None) -> bool:
    """True for a header line that the splitter took for a standfirst but is a stamp: short, or dates and times and little else."""
    if not line or not date_in(line) and not numeric_date_in(line, month_first):
        return False
    words = line.split()
    return len(words) <= MAX_STAMP_WORDS or sum(not _STAMP_WORD.match(word) for word in words) <= MAX_STAMP_PLAIN_WORDS


#: The date folders of a page's address: "/2024/05/02/", "/2024-05-02/", "/20240502/".
_ADDRESS_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)([/-]?)(?P<m>[01]\d)\2(?P<d>[0-3]\d)(?=[/-])")


def address_date(article: Article) -> date | None:
    """The day the page's own address, or the post's own path in its frontmatter ("permalink: /2005/05/01/slug/", as Jekyll
    and WordPress file a post), files the article under, if its path has one."""
    page = page_address(article)
    permalink = article.meta.get("permalink")
    match = (_ADDRESS_DATE.search(page[1]) if page else None) or (
        _ADDRESS_DATE.search(permalink) if isinstance(permalink, str) else None)
    return calendar_day(int(match["y"]), int(match["m"]), int(match["d"])) if match else None
