"""The Jinja2 environment and the helpers templates call: links, term lists, linked text, charts; every link relative to its page."""
from __future__ import annotations

import re
from pathlib import Path
from types import BuiltinFunctionType, MethodType
from typing import Any, Callable, Iterable, Mapping, Sequence

import jinja2
import jinja2.runtime
import jinja2.utils

from generator.index.records import SiteIndex
from generator.knowledge.base import KnowledgeBase
from generator.markdown_text import (
    SafeMarkdown,
    escape_fragment,
    escape_line_start,
    escape_markdown,
    external_link,
    plain_title,
    yaml_value,
)
from generator.model import Brief, Mention, Quote, Term
from generator.render.charts import coverage_chart, relations_matrix
from generator.urls import brief_path, paragraph_anchor, term_path, timeline_path, url_for


def event_wording(event) -> str:
    """How the text dates an event, when that says more than the date itself ('last September', not 'in 2019')."""
    bare = re.sub(r"^(?:in|since|by|until|from|during|of|before|after)\s+", "", event.text, flags=re.I)
    return "" if bare == event.date else event.text


#: Quotes shown on a brief's page before the "more quotes" fold: the rest repeat the article.
KEY_QUOTES = 4


def quote_weight(quote: Quote, position: int) -> tuple[int, int, int]:
    """How newsworthy a quote is, for ordering: a named speaker first, then a full statement, then the earliest."""
    speaker = 2 if quote.speaker else 1 if quote.speaker_name else 0
    substance = 1 if 60 <= len(quote.text) <= 400 else 0  # a phrase of a few words says little; a long one is the article
    return (-speaker, -substance, position)


def key_quotes(quotes: Sequence[Quote], limit: int = KEY_QUOTES) -> tuple[list[Quote], list[Quote]]:
    """The ``limit`` most newsworthy quotes and the rest, each in the article's order."""
    ranked = sorted(range(len(quotes)), key=lambda i: quote_weight(quotes[i], i))
    shown = set(ranked[:limit])
    return [q for i, q in enumerate(quotes) if i in shown], [q for i, q in enumerate(quotes) if i not in shown]


def code_span(text: object) -> SafeMarkdown:
    """Text as a Markdown code span, shown literally: fenced by more backticks than it holds, on one line."""
    value = " ".join(str(text).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", value)), default=0) + 1)
    padded = f" {value} " if value.startswith("`") or value.endswith("`") else value
    return SafeMarkdown(f"{fence}{padded}{fence}")


#: How search ranks a page that is not a brief (term, list, archive, timeline and home pages), in both engines:
#: Material's document boost (its title field is boosted 1,000 times, so a name in a title would outrank every brief
#: that discusses it) and Pagefind's weight of the page's heading and description. Briefs keep the defaults (1).
LIST_SEARCH_BOOST = SafeMarkdown("0.00001")  # printed into frontmatter and HTML attributes as is
LIST_SEARCH_WEIGHT = SafeMarkdown("0.05")


def counted(number: int, noun: str) -> str:
    """'1 brief', '2 briefs'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


class PageContext(jinja2.runtime.Context):
    """Jinja's context, calling bound methods and builtins that take no context straight away.

    Why: a list page calls a helper for every line it lists, and ``Context.call`` looks twice for a
    ``pass_context`` mark on every callable first; a bound method has one only if its function has.
    """

    @jinja2.utils.internalcode
    def call(__self, __obj: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (Jinja's signature)
        kind = type(__obj)
        if kind is BuiltinFunctionType or (kind is MethodType and not hasattr(__obj.__func__, "jinja_pass_arg")):
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:  # as Context.call answers it
                return __self.environment.undefined("value was undefined because a callable raised a StopIteration exception")
        return super().call(__obj, *args, **kwargs)


def make_environment(templates_dir: Path, bytecode_dir: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment: strict about undefined names, escaping every printed value."""
    if bytecode_dir is not None:
        bytecode_dir.mkdir(parents=True, exist_ok=True)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        # Compiled templates are kept by Jinja under a checksum of their source: never stale.
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(bytecode_dir)) if bytecode_dir is not None else None,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=escape_markdown,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.do"],
    )
    env.context_class = PageContext
    env.filters["yaml"] = yaml_value
    env.filters["plain_title"] = plain_title
    env.filters["counted"] = counted
    env.filters["code"] = code_span
    # The link helpers are bound to each page as it is rendered (PageHelpers); these need no page.
    env.globals.update(anchor=paragraph_anchor, event_wording=event_wording, timeline_path=timeline_path, key_quotes=key_quotes,
                       list_search_boost=LIST_SEARCH_BOOST, list_search_weight=LIST_SEARCH_WEIGHT,
                       external_link=external_link)  # "Read at the source" on briefs from saved pages
    return env


#: Taxonomies whose first mention in a brief's text becomes a link to the term's page.
LINKED_IN_TEXT = ("countries", "initiatives", "people", "organizations", "regions")


class PageHelpers:
    """The link helpers a template calls, bound to the page being rendered: every link is relative to it.

    Bound methods, not ``pass_context`` functions: Jinja derives a new context for each call of one of
    those inside a loop, which cost more than the link itself on list pages.
    """

    __slots__ = ("page_path", "index", "knowledge", "up", "first_mentions", "links")

    def __init__(self, page_path: str, index: SiteIndex, knowledge: KnowledgeBase, links: dict[Any, Any] | None = None):
        self.page_path = page_path
        self.index = index
        self.knowledge = knowledge
        # Term links and brief lines already made, shared by the pages one Renderer renders: a term or a brief
        # is listed on many pages, and pages in the same folder link it the same way.
        self.links = links if links is not None else {}
        self.up = "../" * page_path.count("/")  # what url_for puts before every other page's path
        self.first_mentions: tuple[Brief, Mapping[int, list[Mention]]] | None = None

    def names(self) -> dict[str, Callable[..., Any]]:
        """The helpers by the names templates call them."""
        return {"link": self.link, "term_link": self.term_link, "brief_link": self.brief_link, "evidence_link": self.evidence_link,
                "linked_text": self.linked_text, "chart": self.chart, "term_links": self.term_links, "brief_line": self.brief_line,
                "outlet_name": self.outlet_name, "counted_links": self.counted_links}

    def link(self, label: object, target: str, anchor: str | None = None) -> SafeMarkdown:
        """A Markdown link from this page to ``target``."""
        if target == self.page_path or anchor:
            return SafeMarkdown(f"[{escape_markdown(label)}]({url_for(target, self.page_path, anchor)})")
        return SafeMarkdown(f"[{escape_markdown(label)}]({self.up}{target})")  # url_for, without its call

    def term_link(self, term: Term) -> SafeMarkdown:
        """A link to a confirmed term's page; a name the knowledge base lacks has no page and stays plain text."""
        if not term.confirmed:
            return SafeMarkdown(escape_markdown(term.name))
        key = (self.up, term.taxonomy, term.key, term.name)
        found = self.links.get(key)
        if found is None or found[0] == self.page_path:  # a link to the page itself is by name, not shared
            path = term_path(term)
            found = (path, self.link(term.name, path))
            if path != self.page_path:
                self.links[key] = found
        return found[1]

    def brief_link(self, brief: Brief) -> SafeMarkdown:
        """A link to a brief by its title."""
        return self.link(brief.title, brief_path(brief.id))

    def evidence_link(self, brief: Brief, block: int, label: str = "in context") -> SafeMarkdown:
        """A link to the exact paragraph of a brief."""
        return self.link(label, brief_path(brief.id), paragraph_anchor(block))

    def term_links(self, terms: Iterable[Term]) -> SafeMarkdown:
        """Links to several terms, comma-separated."""
        return SafeMarkdown(", ".join(self.term_link(term) for term in terms))

    def counted_links(self, pairs: Iterable[tuple[tuple[str, str], int]]) -> SafeMarkdown:
        """'Japan (3), Russia (2)': links to terms with how many briefs they share."""
        terms = self.index.terms
        return SafeMarkdown(", ".join(f"{self.term_link(terms[key])} ({count})" for key, count in pairs))

    def outlet_name(self, brief: Brief) -> str:
        """The outlet's name from the knowledge base, or as the article gave it (plain text, escaped on output)."""
        return self.knowledge.outlet_name(brief.notes.outlet) or ""

    def brief_line(self, brief: Brief) -> SafeMarkdown:
        """'[Title](…) · 2024-03-01 · Reuters · news': a brief in a list."""
        key = (self.up, id(brief))
        found = self.links.get(key)
        # The brief is held with its line, so its id cannot be reused; its own page links it by name.
        if found is not None and found[0] is brief and brief_path(brief.id) != self.page_path:
            return found[1]
        parts = [self.brief_link(brief), brief.notes.published_iso or "undated"]
        if brief.notes.outlet:
            parts.append(escape_markdown(self.outlet_name(brief)))
        parts.append(escape_markdown(brief.notes.kind))
        line = SafeMarkdown(" · ".join(parts))
        if brief_path(brief.id) != self.page_path:
            self.links[key] = (brief, line)
        return line

    def linked_text(self, brief: Brief, block: int) -> SafeMarkdown:
        """A paragraph of a brief as Markdown, with the first mention of each term in the brief linked."""
        index = self.index
        text = brief.article.blocks[block].text
        spans: list[tuple[int, int, Term]] = []
        linked: set[tuple[str, str]] = set()
        for mention in self._first_mentions(brief).get(block, ()):
            key = (mention.taxonomy, mention.key)
            if key in linked or key not in index.terms or not index.terms[key].confirmed:
                continue
            start = text.find(mention.surface)
            end = start + len(mention.surface)
            if start < 0 or any(a < end and start < b for a, b, _ in spans):
                continue
            spans.append((start, end, index.terms[key]))
            linked.add(key)  # linked once
        parts: list[str] = []
        cursor = 0
        for start, end, term in sorted(spans, key=lambda span: span[0]):
            parts.append(escape_fragment(text[cursor:start]))
            parts.append(self.link(text[start:end], term_path(term)))
            cursor = end
        parts.append(escape_fragment(text[cursor:]))
        joined = "".join(parts).strip()
        return SafeMarkdown(joined if spans and spans[0][0] == 0 else escape_line_start(joined))

    def _first_mentions(self, brief: Brief) -> Mapping[int, list[Mention]]:
        """Per paragraph, the mentions in it of terms the brief mentions there first (once per brief, not per paragraph)."""
        if self.first_mentions is None or self.first_mentions[0] is not brief:
            first: dict[tuple[str, str], int] = {}
            for mention in brief.notes.mentions:
                if mention.taxonomy in LINKED_IN_TEXT and mention.block >= 0:
                    first.setdefault((mention.taxonomy, mention.key), mention.block)
            by_block: dict[int, list[Mention]] = {}
            for mention in brief.notes.mentions:
                if first.get((mention.taxonomy, mention.key)) == mention.block:
                    by_block.setdefault(mention.block, []).append(mention)
            self.first_mentions = (brief, by_block)
        return self.first_mentions[1]

    def chart(self, kind: str, taxonomy: str = "countries") -> SafeMarkdown:
        """A static SVG chart for this page."""
        if kind == "matrix":
            return relations_matrix(self.index, self.page_path)
        return coverage_chart(self.index, taxonomy, self.page_path)
