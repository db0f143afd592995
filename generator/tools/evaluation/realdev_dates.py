"""Score the publication date on tests/realdev: each pasted page's date should be the one its saved HTML declares.

``tests/realdev/published.json`` holds, per page id, the date the saved page states in JSON-LD or an article meta tag
(``extraction_eval.declared_date``), written by ``python -m generator.tools.evaluation.realdev_dates [SHARED_REALDEV]``.
The page's main article is dated with ``find_published``; a page is *right* when that day is the stated one or one
day off (a page states its time in UTC, the text in the site's zone), *empty* (no date: the cautious miss) or *wrong*.
"""
from __future__ import annotations

import gzip
import json
import sys
from datetime import date
from pathlib import Path

from generator.annotate.publication_date import find_published
from generator.model import SourceDocument
from generator.settings import PROJECT_ROOT
from generator.sources.splitting import split_articles
from generator.tools.evaluation.realdev import REALDEV_DIR, half_of, main_article
from generator.tools.evaluation.realdev_outlets import OutletHalf

#: The stated dates, by page id.
DATES_FILE = "published.json"
#: A stated date this many days from the found one is the same day in another time zone.
ZONE_SLACK_DAYS = 1


#: Right, empty or wrong per half: the same counts as the outlet's.
DateHalf = OutletHalf


def evaluate_realdev_dates(folder: Path = REALDEV_DIR) -> dict[str, DateHalf]:
    """Date right, empty or wrong on every pasted page of ``folder`` whose page states a date, per half."""
    halves = {"dev": DateHalf("dev"), "check": DateHalf("check")}
    dates_path = folder / DATES_FILE
    stated = json.loads(dates_path.read_text(encoding="utf-8")) if dates_path.exists() else {}
    for page_id, day in sorted(stated.items()):
        pasted = folder / "pasted" / f"{page_id}.txt"
        if not pasted.exists():
            continue
        half = halves[half_of(page_id)]
        half.pages += 1
        article = main_article(split_articles(SourceDocument(path=pasted.name, text=pasted.read_text(encoding="utf-8"))))
        found = find_published(article) if article else None
        if found and abs((found - date.fromisoformat(day)).days) <= ZONE_SLACK_DAYS:
            half.right += 1
            continue
        half.empty += found is None
        half.wrong += found is not None
        half.misses.append(f"{page_id[:8]}: {found or '(empty)'}, page states {day}")
    return halves


def stated_dates(shared: Path) -> dict[str, str]:
    """The date each saved page of ``shared/html`` declares, by page id (pages that declare none left out)."""
    from generator.tools.extraction_eval import declared_date

    found = {}
    for path in sorted((shared / "html").glob("*.html.gz")):
        day = declared_date(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        if day:
            found[path.name.removesuffix(".html.gz")] = day
    return found


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_ROOT.parent / "shared" / "realdev"
    pages = {p.stem for p in (REALDEV_DIR / "pasted").glob("*.txt")}
    dates = {k: v for k, v in stated_dates(source).items() if k in pages}
    (REALDEV_DIR / DATES_FILE).write_text(json.dumps(dates, indent=1, sort_keys=True) + "\n", encoding="utf-8")
