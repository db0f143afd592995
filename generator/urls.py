"""Where every page lives, and the one function that links pages to each other."""
from __future__ import annotations

import posixpath
import re

from generator.model import Term

HOME = "index.md"
BRIEFS_INDEX = "briefs/index.md"
REPORT = "report.md"
TIMELINE = "timeline.md"
DATA_BRIEFS = "data/briefs.json"
DATA_REPORT = "data/report.json"
DATA_FACETS = "data/briefs-index.js"
SEARCH_PAGE = "search.md"


def timeline_path(year: str) -> str:
    """The timeline page of one year."""
    return f"timeline/{year}.md"


def brief_path(brief_id: str) -> str:
    """The Markdown path of a brief."""
    return f"briefs/{brief_id}.md"


def taxonomy_path(taxonomy: str) -> str:
    """The list page of a taxonomy."""
    return f"{taxonomy}/index.md"


def term_path(term: Term) -> str:
    """The page of one term; never collides with the taxonomy's list page."""
    key = term.key.lower()
    return f"{term.taxonomy}/{'index-term' if key == 'index' else key}.md"


def archive_path(first_path: str, number: int, undated: bool = False) -> str:
    """An archive page of a long list, after its first page: dated pages, then undated ones."""
    return f"{first_path.removesuffix('.md')}-{'undated' if undated else 'archive'}-{number}.md"


#: What an archive page's path ends with (archive_path); its list is found on the list's first page.
ARCHIVE_SUFFIX = re.compile(r"-(?:archive|undated)-[0-9]+\.(?:md|html)$")


#: Pages no search should list: the editors' report, the search page itself, MkDocs' page for a wrong address.
NOT_SEARCHED = frozenset({REPORT, SEARCH_PAGE, "404.md"})


#: Folders whose term pages search leaves out (their list page stays): a relation's page, one per pair of countries
#: that share a brief, is reached from both countries' pages; at 10,000 articles there are 9,000 of them, and the
#: metadata every first Pagefind query fetches grows with the number of pages indexed.
NOT_SEARCHED_TERMS = frozenset({"relations"})


def searched(path: str) -> bool:
    """Whether readers' search indexes a page (a .md or .html path): briefs, terms and lists, not archive pages."""
    markdown = path.removesuffix(".html") + ".md" if path.endswith(".html") else path
    folder, _, name = markdown.rpartition("/")
    if folder in NOT_SEARCHED_TERMS and name != "index.md":
        return False
    return markdown not in NOT_SEARCHED and not ARCHIVE_SUFFIX.search(path)


def paragraph_anchor(block: int) -> str:
    """The stable anchor of a paragraph of a brief (the title's mentions point at the top)."""
    return f"p{block + 1}" if block >= 0 else "top"


def html_path(path: str) -> str:
    """Where MkDocs publishes a generated page: a .md path (or relative link) as .html; other files keep theirs."""
    return path.removesuffix(".md") + ".html" if path.endswith(".md") else path


def url_for(target: str, from_page: str, anchor: str | None = None) -> str:
    """A relative link from one generated page to another (MkDocs resolves .md links)."""
    if target == from_page:
        relative = posixpath.basename(target)
    else:
        relative = "../" * from_page.count("/") + target  # pages are never more than a few folders deep
    return relative + (f"#{anchor}" if anchor else "")
