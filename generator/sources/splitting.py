"""Stage 2c: split a source document into articles: where each one starts, and what is left between them."""
from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType
from typing import Iterable

from generator.model import Article, RemovedLine, RemovedReason, SourceDocument
from generator.sources.article_starts import (
    FOOTER_REASONS,
    corpus_headline,
    sentence_per_line,
    starts_new_article,
    wrapped_sentence,
)
from generator.sources.briefing_items import briefing_starts
from generator.sources.bylines import is_byline, is_name_line, is_piped_byline, is_under_name, is_writer_title
from generator.sources.cuts import join_cut_paragraphs
from generator.sources.dataset_rows import dataset_rows
from generator.sources.doubled_captions import mark_doubled_captions
from generator.sources.email_headers import mark_email_header
from generator.sources.feed_entries import item_article
from generator.sources.headers import build_article, opens_with_bio
from generator.sources.headline_stacks import (
    after_end_mark,
    anchored,
    below_rubric,
    below_short_line,
    headline_shaped,
    is_stamp,
    nearest_headline,
    over_dek,
    over_writers,
    past_breadcrumb,
    past_chrome,
    printed_headline,
    titles_text,
)
from generator.sources.headlines import SECTION_LABELS
from generator.sources.line_model import FileLines, drop_scored
from generator.sources.lines import (
    Line,
    cut_lines,
    is_body,
    is_finished,
    is_text,
    scan_lines,
)
from generator.sources.markdown_marks import only_images
from generator.sources.module_strings import module_string_starts, separate_module_strings
from generator.sources.newsletters import mail_headline, numbered_digest
from generator.sources.numbered import unmark_announced_items, unmark_numbered_items
from generator.sources.other_script import mark_other_script
from generator.sources.page_chrome import apply_frontmatter, share_page_chrome
from generator.sources.page_stories import story_articles
from generator.sources.pages import page_article
from generator.sources.pasted_starts import (
    CLOSING_REASONS,
    MIN_DIGEST_ITEMS,
    after_article_end,
    capitals_copy,
    dated_items,
    headed_like,
    opens_archived_article,
    opens_dated_article,
    opens_pasted_article,
    opens_under_date,
    opens_untitled_article,
    printed_twice,
)
from generator.sources.record_fields import mark_title_fields, with_record_titles
from generator.sources.ruled_copies import opens_ruled_copy
from generator.sources.scripts import strip_inline_scripts
from generator.sources.tables import mark_tables
from generator.sources.teasers import fold_preface, mark_dated_teasers, teaser_segments
from generator.sources.template_tags import mark_template_tags
from generator.sources.title_lines import same_headline, title_head

#: Lines a file of sentences with no blank line has at least to be read as a corpus of documents.
MIN_CORPUS_LINES = 20


def find_headlines(lines: list[Line], single: bool = False) -> list[int]:
    """Indexes of lines that start a new article (only the first when the file is one article)."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.text] = counts.get(line.text, 0) + 1
    next_body = _next_body_index(lines)
    printed = printed_headline(lines)
    titled_first = _long_headline_first(lines) or capitals_copy(lines, 0) is not None or _linked_headline_first(lines)
    headlines: list[int] = [printed] if printed is not None else [0] if titled_first else []
    in_body = False
    # A file of one sentence a line with no blank line anywhere: a corpus's documents joined (article_starts.corpus_headline).
    unspaced = len(lines) >= MIN_CORPUS_LINES and not any(line.gap_before for line in lines) and sentence_per_line(lines)
    first_body = next_body[0] or 0  # a headline after it follows an article (never None here: a line without a body is skipped)
    for i, line in enumerate(lines[headlines[-1] + 1 if headlines else 0 :], headlines[-1] + 1 if headlines else 0):
        if not single and (in_body or headlines) and (opening := page_opening(lines, i)):
            headlines += [start for start in opening if start not in headlines]
            in_body = False
            continue
        if is_body(line):
            in_body = True
            continue
        if not line.candidate or next_body[i] is None or _signs(lines, i):
            continue
        if line.md_level != 1 and (is_byline(line.text) or is_piped_byline(line.text)):
            continue  # a byline, unless a Markdown headline: "# NATO Troops in Eastern Europe" is no "NAME in PLACE"
        if single and (headlines or in_body):
            break
        if in_body and wrapped_sentence(lines, i):
            continue  # a sentence hard-wrapped before a capitalised name, never a headline
        if in_body and (opens_dated_article(lines, i) or opens_under_date(lines, i)):
            headlines.append(i)
            in_body = False
            continue
        if in_body and opens_pasted_article(lines, i):
            # The page's chrome may stand over its headline: the headline is the one nearest the date and text.
            headlines.append(i if anchored(lines, i) else nearest_headline(lines, i, next_body[i]))
            in_body = False
            continue
        if line.md_level == 1 or (line.md_level and not in_body) or headlines and headed_like(lines, headlines[0], i):
            if not in_body and headlines and 0 < lines[headlines[-1]].md_level < line.md_level:
                continue  # a section's heading under the headline, no paragraph between: the article's first section
            headlines.append(i)
            in_body = False
            continue
        if line.md_level:
            continue
        if not in_body and headlines and headlines[-1] > first_body and not after_end_mark(lines, headlines[-1]) and _reopens_page(lines, i):
            headlines[-1] = i  # two blank lines, no paragraph since the last headline: that one was a page's footer
            continue
        # Not in a body: no paragraph since the last headline, so a headline already chosen stands for this stretch.
        if not in_body and not headlines and (line.words >= 3 or titles_text(lines, i)):
            headlines.append(i)
        elif in_body and (unspaced and corpus_headline(lines, i) or starts_new_article(lines, i, counts, headlines[-1] if headlines else 0)):
            headlines.append(i)
            in_body = False
    chosen_by_position = headlines and printed is None and headlines[0] < first_body and not lines[headlines[0]].md_level
    # A page's menus before the headline, unless the headline is a title its page prints again in capitals.
    if chosen_by_position and not anchored(lines, headlines[0]) and capitals_copy(lines, headlines[0]) is None:
        headlines[0] = nearest_headline(lines, headlines[0], first_body)
    later = headlines[1:]  # each moved past its chrome, never onto or past the next one found (a title line over its headline)
    moved = [over_dek(lines, below_short_line(lines, over_writers(lines, past_chrome(lines, i, next_body[i])))) for i in later]
    headlines[1:] = [m if k + 1 == len(later) or m < later[k + 1] else i for k, (i, m) in enumerate(zip(later, moved))]
    return sorted({past_breadcrumb(lines, below_rubric(lines, i)) for i in headlines})  # in file order, each once, however they were found


def _labels_next(lines: list[Line], i: int) -> bool:
    """True when the line right over headline ``i`` is a section's label alone ("**EDITORIAL**", "Opinion"): it files the
    article under it, never the one above."""
    return i > 0 and _MARKS.sub("", lines[i - 1].text).strip().casefold() in SECTION_LABELS


#: Emphasis marks around a label ("**EDITORIAL**").
_MARKS = re.compile(r"[*_]+")


#: What a browser title line may have been taken for: nothing, or a navigation line ('Headline | Site').
_TITLE_LINE_NOISE = (None, RemovedReason.NAVIGATION)


def page_opening(lines: list[Line], i: int) -> tuple[int, ...]:
    """Where a second pasted page opens at line ``i`` as a file's first page does: its title line and printed headline.

    After an article's end (two blank lines, its credits or its address), a browser title line printed again before
    the text gives both lines (the title line's page chrome then has no body). A headline line (any length, no byline)
    with the page's address or date stamp under it gives itself after two blank lines or credits (not after an address:
    a list of linked items looks so), and anywhere with both under it.
    """
    line = lines[i]
    if line.noise not in _TITLE_LINE_NOISE or line.md_level or line.words > MAX_LONG_HEADLINE_WORDS or i + 2 >= len(lines):
        return ()
    closed = line.gap_before >= 2 or lines[i - 1].noise in FOOTER_REASONS
    under = [_under_headline(lines[i + 1]), _under_headline(lines[i + 2])]
    shaped = line.noise is None and (not line.candidate or line.words >= 4 and not is_byline(line.text))
    # A paragraph or a sentence going on with the text ("To receive the full issue, subscribe here."), over two addresses
    # (its page's and the next one's, or a list of links), not over a header's date.
    addresses = lines[i + 1].noise == lines[i + 2].noise == RemovedReason.LINK
    shaped = shaped and not (addresses and is_text(line) and is_finished(line.text) and is_text(lines[i - 1]))
    if shaped and (all(under) or closed and under[0]):
        return (i,)
    # Right after the text, a browser title line ('Headline | Site') printed again further down opens the next page.
    titled = is_body(lines[i - 1]) and title_head(line.text) != line.text and not is_stamp(line)
    ended = closed or lines[i - 1].noise in CLOSING_REASONS or title_head(line.text) != line.text and after_article_end(lines, i)
    # A line printed again a few lines down opens a page by itself, when no title line over a printed headline does.
    twice = (i,) if printed_twice(lines, i) or is_body(lines[i - 1]) and capitals_copy(lines, i) else ()
    if not ended and not titled and not _titles_next(lines, i):
        return twice  # an address ends a page, but also a list's item; a browser title line printed again opens a page anywhere
    printed = printed_headline(lines, i)
    return twice if printed is None else (i, printed)


def _under_headline(line: Line) -> bool:
    """A page's address or date stamp, as under a headline; never a picture (a paragraph's image is no address)."""
    return line.noise in _AFTER_HEADLINE and not only_images(line.text)


def _signs(lines: list[Line], i: int) -> bool:
    """A writer's box, never a headline: their title ('Senior Reporter'), or their name over it (a heading on some pages)."""
    text = lines[i].text
    return is_writer_title(text) or is_name_line(text) and i + 1 < len(lines) and is_under_name(lines[i + 1].text)


def _titles_next(lines: list[Line], i: int) -> bool:
    """True for a browser title line over the headline it names ("Headline | Site" over "Headline")."""
    head = title_head(lines[i].text)
    return head != lines[i].text and headline_shaped(lines[i + 1]) and same_headline(head, lines[i + 1].text)


def _reopens_page(lines: list[Line], i: int) -> bool:
    """A headline (or a rubric over one) set off by two blank lines, not the author's bio under the headline before it."""
    line = lines[i]
    return (
        line.gap_before >= 2 and (line.words >= 3 or below_rubric(lines, i) > i)
        and not opens_with_bio(line.text) and not is_byline(line.text)
    )


#: A first line this long can still be the headline when the page's address or date stamp follows it.
MAX_LONG_HEADLINE_WORDS = 70
#: Reasons of the lines that follow a headline on a pasted page (its address, its date) and never a paragraph.
_AFTER_HEADLINE = {RemovedReason.LINK, RemovedReason.TIMESTAMP}


def _long_headline_first(lines: list[Line]) -> bool:
    """A file's first line, too long for a headline's shape, with the page's address or date right after it (never a
    picture: a paragraph's image is no address)."""
    first = lines[0]
    return (
        len(lines) > 2 and first.noise is None and not first.candidate and first.words <= MAX_LONG_HEADLINE_WORDS
        and _under_headline(lines[1]) and not first.md_level
    )


#: A Markdown link to a page, its words the page's headline: "[Headline of the page](https://...)".
_LINKED_HEADLINE = re.compile(r"^\[\s*([^\]]+?)\s*\]\(\s*https?://[^)\s]+\s*\)$")


def _linked_headline_first(lines: list[Line]) -> bool:
    """A file's first line a link to the page it copies, its words a headline's ("[Chairman X begins his visit to
    China...](https://...)"), over the text: the source line a blog pastes for the headline."""
    match = _LINKED_HEADLINE.match(lines[0].text.strip())
    return bool(match) and len(lines) > 2 and len(match.group(1).split()) >= MIN_LINKED_HEADLINE_WORDS and any(map(is_body, lines[1:3]))


#: Words a linked first line has at least to be a headline (a site's "[Home](...)" has fewer).
MIN_LINKED_HEADLINE_WORDS = 4


def _next_body_index(lines: list[Line]) -> list[int | None]:
    """For each line, the index of the next body paragraph before any other headline-like line, or None."""
    result: list[int | None] = [None] * len(lines)
    upcoming: int | None = None
    for i in range(len(lines) - 1, -1, -1):
        result[i] = upcoming
        if is_body(lines[i]):
            upcoming = i
    return result


def split_articles(document: SourceDocument, max_line_chars: int = 20_000) -> list[Article]:
    """All articles of one source document, cleaned, in file order; documents pasted one after another in the file
    (posts under frontmatter of their own, page sources joined) are split each on its own, under its own metadata."""
    if not document.posts:
        return with_record_titles(share_page_chrome(_articles_of(document, max_line_chars)))
    bounds = [begin for begin, _ in document.posts] + [len(document.text)]
    articles = [article for (begin, meta), end in zip(document.posts, bounds[1:])
                for article in _articles_of(replace(document, text=document.text[begin:end], meta=meta, posts=()), max_line_chars)]
    return with_record_titles(share_page_chrome([replace(article, position=number) for number, article in enumerate(articles)]))


def marked_lines(text: str, max_line_chars: int) -> tuple[list[Line], list[RemovedLine]]:
    """A pasted document's lines as the rules mark them, and the script statements cut out of its lines."""
    text, scripts = strip_inline_scripts(separate_module_strings(text))
    lines = mark_email_header(mark_title_fields(mark_other_script(mark_doubled_captions(mark_template_tags(scan_lines(text, max_line_chars))))))
    return mark_tables(unmark_announced_items(unmark_numbered_items(join_cut_paragraphs(mark_dated_teasers(lines))))), scripts


def _scored(built: list[tuple[int, int, Article | None]], lines: list[Line]) -> list[tuple[int, int, Article | None]]:
    """Each article without the blocks outside its main run the line classifier scores furniture (``line_model``)."""
    file_lines = FileLines([line.text for line in lines], [line.gap_before for line in lines],
                           [line.noise is not None for line in lines], [line.listed for line in lines])
    return [(begin, end, drop_scored(article, file_lines) if article else None) for begin, end, article in built]


def _articles_of(document: SourceDocument, max_line_chars: int) -> list[Article]:
    """The articles of one document, before they share the file's page chrome."""
    if document.meta.get("format") == "html":  # a saved page: one article, already extracted (sources/pages.py)
        return story_articles(article, document.meta.get("page_headlines", ())) if (article := page_article(document)) else []
    lines, scripts = marked_lines(document.text, max_line_chars)
    if not lines:
        return []
    # A file with a frontmatter title is one article: its other headline-shaped lines are not new articles; but an archive's
    # article pasted after it is one of its own, under no frontmatter.
    cuts = [*(cut_lines(document.text, max_line_chars) if len(document.text) > max_line_chars else []), *scripts]
    if str(document.meta.get("title") or "").strip():
        archived = next((i for i in range(1, len(lines)) if opens_archived_article(lines, i) or opens_ruled_copy(lines, i)), None)
        if archived is None:
            return _articles_in(document, lines, cuts, single=True) or item_article(document, lines)
        both = [*_articles_in(document, lines[:archived], cuts, single=True),
                *_articles_in(replace(document, meta=MappingProxyType({})), lines[archived:], [], single=False)]
        return [replace(article, position=number) for number, article in enumerate(both)]
    return _articles_in(document, lines, cuts, single=False)


def _articles_in(document: SourceDocument, lines: list[Line], cuts: list[RemovedLine], single: bool) -> list[Article]:
    """The articles of a document's lines, found by their headlines (only the first when ``single``, unless the document
    is a digest of dated items); the first keeps what was cut from the text (overlong lines, inline scripts)."""
    lines, strings = module_string_starts(lines) if not single else (lines, [])  # a module's template strings, an article each
    items = numbered_digest(lines) or (dated_items(lines) if single else [])  # a mail's numbered items, a digest's dated ones
    starts = [] if strings else items if len(items) >= MIN_DIGEST_ITEMS else mail_headline(lines, find_headlines(lines, single=single))
    lines, headed, runs = (lines, [], []) if single or strings else briefing_starts(lines)  # a briefing's items, each closed by "Read more"
    starts = sorted((set(starts) | set(headed)) - set(runs))
    segments: list[tuple[int, int]] = []
    # A section's label right over a headline is cut off the article above: it joins the next one's provenance, as the label
    # it is (a label repeated over each article of a file is no widget).
    started = set(starts)
    labels = [i - 1 for i in starts if i - 1 not in started and _labels_next(lines, i)]
    for i in labels:
        lines[i] = replace(lines[i], noise=RemovedReason.NAVIGATION)
    for copy in filter(None, (capitals_copy(lines, i) for i in starts)):  # a headline printed again in capitals: no paragraph
        lines[copy] = replace(lines[copy], noise=RemovedReason.REPEATED)
    # An article pasted without its headline after another's credits opens at its byline, untitled.
    untitled = strings or runs or ([] if single else [i for i in range(1, len(lines)) if i not in started and opens_untitled_article(lines, i)])
    untitled += [] if single or starts else [i for i in dataset_rows(lines) if i and i not in untitled]  # a dataset's rows, a story each
    bounds = [0] + sorted(starts + labels + untitled) + [len(lines)]
    for begin, end in zip(bounds, bounds[1:]):
        if end > begin:
            segments.append((begin, end))
    articles: list[Article] = []
    carried: list[RemovedLine] = []
    built = [(begin, end, build_article(document, lines[begin:end], begin in starts, 0)) for begin, end in segments]
    built = _scored(built, lines)
    # A briefing's items are articles however short, never teasers of the one above.
    teasers = [number for number in teaser_segments([article for _, _, article in built]) if built[number][0] not in headed]
    for number, (begin, end, article) in enumerate(built):
        titled = begin in starts
        if not titled and end in starts and same_headline(title_head(lines[begin].text), lines[end].text):
            carried.extend(_all_removed(lines[begin:end]))  # the browser's title line and the page's chrome before the headline
            continue
        if number in teasers and articles:
            # A teaser after the article (headline and a line or two, no header) is the article's furniture, not a brief.
            articles[-1] = replace(articles[-1], removed=articles[-1].removed + tuple(carried) + tuple(_all_removed(lines[begin:end], RemovedReason.AFTER_END)))
            carried = []
            continue
        if article is None or not article.blocks or number in teasers:
            # A segment with no body (navigation before the first headline), or a teaser over the article, joins the
            # next article's provenance.
            carried.extend(_all_removed(lines[begin:end]))
            continue
        article = replace(article, position=len(articles))
        if carried:
            article = replace(article, removed=tuple(carried) + article.removed)
            carried = []
        articles.append(article)
    if carried and articles:
        articles[-1] = replace(articles[-1], removed=articles[-1].removed + tuple(carried))
    if cuts and articles:
        articles[0] = replace(articles[0], removed=tuple(cuts) + articles[0].removed)
    return apply_frontmatter(fold_preface(articles), document.meta)


def _all_removed(lines: Iterable[Line], reason: RemovedReason = RemovedReason.NAVIGATION) -> list[RemovedLine]:
    """Every line as removed: for its own noise, else for ``reason`` (chrome before an article, or after its end)."""
    return [RemovedLine(line.text, line.noise or reason) for line in lines]
