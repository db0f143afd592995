"""Score the outlet on tests/realdev: each pasted page's outlet should be the site the page came from.

A page's labels give its URL, so the right outlet is known from the domain: the knowledge-base outlet
that lists the domain, or a name that spells the domain ("The Detroit News" for detroitnews.com, "WSJ"
or "The Wall Street Journal" for wsj.com). The page's main article (the one with the most words of
text) is annotated with ``find_outlet``; a page is *right*, *empty* (no outlet: the cautious miss) or
*wrong* (another outlet named: the costly miss). Pages split into the halves of ``realdev.half_of``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from generator.annotate.matching import Matcher
from generator.annotate.metadata import find_outlet
from generator.knowledge.base import KnowledgeBase, load_knowledge
from generator.model import SourceDocument
from generator.settings import PROJECT_ROOT
from generator.sources.splitting import split_articles
from generator.tools.evaluation.realdev import REALDEV_DIR, half_of, main_article

#: Words a site's name may carry that its domain leaves out ("The Guardian" for theguardian.com or guardian.co.uk).
_NAME_FILLERS = ("the",)
#: Second-level labels of country domains ("co.uk", "com.br"): part of the suffix, not the site's name.
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"}


@dataclass
class OutletHalf:
    """Outlet results of one half of the pages."""

    name: str
    pages: int = 0
    right: int = 0
    empty: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def right_share(self) -> float:
        return self.right / self.pages if self.pages else 0.0


def site_label(url: str) -> str:
    """The domain's own name: 'https://www.detroitnews.com/story/...' -> 'detroitnews', 'bbc.co.uk' -> 'bbc'."""
    labels = (urlsplit(url).hostname or "").lower().removeprefix("www.").split(".")
    suffix = 2 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 1  # co.uk, com.br
    return labels[-suffix - 1] if len(labels) > suffix else labels[0]


def _compact(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", folded.replace("&", "and"))


def name_spells_site(name: str, label: str) -> bool:
    """True when an outlet's name spells a domain's name: whole, without 'The', or by its initials."""
    words = [w for w in re.split(r"[\s\-–—.]+", name) if w]
    plain = [w for w in words if w.lower() not in _NAME_FILLERS]
    spellings = {_compact(name), _compact("".join(plain)), "".join(w[0] for w in plain).lower()}
    spellings |= {s.removesuffix("news") for s in spellings if len(s.removesuffix("news")) >= 3}  # "BBC News": bbc
    # "Detroit" + "news", or a country's code after the name ("The Paradigm": theparadigmng.com).
    return label in spellings or any(len(s) >= 4 and label.startswith(s) and (label.removeprefix(s) in ("news", "online", "daily")
                                                                              or len(s) >= 6 and len(label) - len(s) == 2)
                                     for s in spellings)


def outlet_matches_site(outlet: str, url: str, knowledge: KnowledgeBase) -> bool:
    """True when the predicted outlet (a knowledge-base key or a name) is the site of ``url``."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", outlet.lower()):  # a host named by a URL line
        given = outlet.lower().removeprefix("www.")
        return host == given or host.endswith("." + given) or given.endswith("." + host)
    term = knowledge.outlet_term(outlet)
    if term:
        domains = {str(d).lower().removeprefix("www.") for d in term.attributes.get("domains", ())}
        if any(host == d or host.endswith("." + d) for d in domains):
            return True
    names = [term.name, *term.aliases] if term else [outlet]
    label = site_label(url)
    return any(name_spells_site(name, label) for name in names)


def evaluate_realdev_outlets(folder: Path = REALDEV_DIR, knowledge: KnowledgeBase | None = None) -> dict[str, OutletHalf]:
    """Outlet right, empty or wrong on every pasted page of ``folder``, per half."""
    knowledge = knowledge or load_knowledge(PROJECT_ROOT / "knowledge")
    matcher = Matcher.from_knowledge(knowledge)
    halves = {"dev": OutletHalf("dev"), "check": OutletHalf("check")}
    for label_path in sorted((folder / "labels").glob("*.json")):
        pasted = folder / "pasted" / f"{label_path.stem}.txt"
        if not pasted.exists():
            continue
        url = json.loads(label_path.read_text(encoding="utf-8"))["url"]
        half = halves[half_of(label_path.stem)]
        half.pages += 1
        article = main_article(split_articles(SourceDocument(path=pasted.name, text=pasted.read_text(encoding="utf-8"))))
        outlet, evidence, _ = find_outlet(article, matcher, knowledge) if article else (None, "", -1)
        if outlet and outlet_matches_site(outlet, url, knowledge):
            half.right += 1
            continue
        if outlet:
            half.wrong += 1
        else:
            half.empty += 1
        half.misses.append(f"{label_path.stem[:8]} {urlsplit(url).hostname}: {outlet or '(empty)'}  <- {evidence[:80]}")
    return halves


def format_realdev_outlets(halves: dict[str, OutletHalf], verbose: bool = False, show: tuple[str, ...] = ("dev",)) -> str:
    """The outlet scores per half; ``verbose`` lists the misses of the halves in ``show``."""
    out = ["Outlet on tests/realdev (the page's site, from its URL)", "",
           f"{'half':<8}{'pages':>6}{'right':>16}{'empty':>8}{'wrong':>8}", "-" * 46]
    for half in halves.values():
        out.append(f"{half.name:<8}{half.pages:>6}{f'{half.right} ({half.right_share:.1%})':>16}{half.empty:>8}{half.wrong:>8}")
    if verbose:
        for name in show:
            out += ["", f"{name}: outlet misses:"] + [f"  - {miss}" for miss in halves[name].misses]
    return "\n".join(out)
