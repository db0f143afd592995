"""Helpers shared by the stage tests: settings over a temporary folder, Markdown rendered as MkDocs renders
it, a scanner for active markup, and a counter of Hypothesis examples."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml

from generator.settings import DEFAULT_SITE_URL, PROJECT_ROOT, Settings, site_url_of

#: Every hostile payload in the tests carries this word, so active markup can be traced to a source.
MARKER = "pwned"
#: Elements that run code, load content or take input; never made from source text.
DANGEROUS_TAGS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "img", "svg", "math",
    "link", "meta", "base", "form", "input", "button", "textarea", "select", "video", "audio", "source",
    "template", "marquee",
}
#: Attributes whose value is fetched or navigated to.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc", "background", "srcset"}
_SCRIPT_URL = re.compile(r"^(?:javascript|vbscript|data):", re.I)
#: The shape of the links the generator makes (url_for): relative paths of slugs, maybe an anchor.
_GENERATED_LINK = re.compile(r"^(?:\.\./)*(?:[a-z0-9][a-z0-9-]*/)*[a-z0-9][a-z0-9.-]*\.(?:md|html|xml|json)(?:#[a-z0-9-]+)?$")
#: The site's own absolute URL (canonical links, feeds), from mkdocs.yml.
SITE_URL = site_url_of(PROJECT_ROOT) or DEFAULT_SITE_URL
#: Hypothesis examples run per property, printed in the terminal summary by conftest.py.
EXAMPLES: Counter[str] = Counter()


def count_example(name: str) -> None:
    """Count one example of a property test."""
    EXAMPLES[name] += 1


def settings_for(root: Path, **overrides: object) -> Settings:
    """Settings reading sources from ``root/sources`` with the project's real templates and knowledge.

    No annotation cache and one process unless overridden: tests never write into the checkout.
    """
    values: dict[str, object] = {"cache_dir": None, "workers": 1, **overrides}
    return Settings.from_root(
        PROJECT_ROOT,
        sources_dir=root / "sources",
        templates_dir=PROJECT_ROOT / "templates",
        knowledge_dir=PROJECT_ROOT / "knowledge",
        **values,
    )


def seed_settings(cache_dir: Path | None = None, **overrides: object) -> Settings:
    """Settings over the checkout's seed sources, with the caches in ``cache_dir`` (a temporary folder) or none.

    Never the checkout's own .cache/ (Settings.from_root's default): the guard in conftest.py fails the run
    when a test writes there.
    """
    return Settings.from_root(PROJECT_ROOT, cache_dir=cache_dir, **overrides)


#: Folders of the checkout no test may change: the caches, the inputs, and where builds go by default.
PROTECTED_FOLDERS = (".cache", "sources", "knowledge", "templates", "site", "build")


def folder_state(root: Path = PROJECT_ROOT, folders: tuple[str, ...] = PROTECTED_FOLDERS) -> dict[str, tuple[int, int]]:
    """Every file under the protected folders of ``root``, as relative path -> (size, mtime in ns)."""
    state: dict[str, tuple[int, int]] = {}
    for folder in folders:
        for path in (root / folder).rglob("*") if (root / folder).is_dir() else ():
            if path.is_file() and "__pycache__" not in path.parts:
                status = path.stat()
                state[path.relative_to(root).as_posix()] = (status.st_size, status.st_mtime_ns)
    return state


def state_changes(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    """'added x', 'removed y', 'changed z': how two folder states differ, sorted by path."""
    changes = [f"added {p}" for p in after.keys() - before.keys()] + [f"removed {p}" for p in before.keys() - after.keys()]
    changes += [f"changed {p}" for p in before.keys() & after.keys() if before[p] != after[p]]
    return sorted(changes, key=lambda line: line.split(" ", 1)[1])


class _AnyTagLoader(yaml.SafeLoader):
    """A safe loader that reads tags such as !!python/name as null instead of failing."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_markdown_extensions() -> tuple[list[str], dict[str, dict]]:
    """The Markdown extensions and their options exactly as mkdocs.yml lists them."""
    config = yaml.load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    names: list[str] = []
    options: dict[str, dict] = {}
    for entry in config.get("markdown_extensions") or []:
        if isinstance(entry, str):
            names.append(entry)
        else:
            (name, value), = entry.items()
            names.append(name)
            options[name] = value or {}
    return names, options


_FRONTMATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


@lru_cache(maxsize=1)
def _markdown_converter() -> markdown.Markdown:
    names, options = mkdocs_markdown_extensions()
    return markdown.Markdown(extensions=names, extension_configs=options)


def render_markdown(text: str) -> str:
    """HTML for Markdown text (a leading YAML frontmatter block is dropped), with mkdocs.yml's extensions."""
    return _markdown_converter().reset().convert(_FRONTMATTER.sub("", text, count=1))


def is_generated_link(url: str) -> bool:
    """True for a link shaped like the generator's own: a relative page path, or one under the site's URL."""
    return bool(_GENERATED_LINK.match(url.removeprefix(SITE_URL)))


class MarkupScanner(HTMLParser):
    """The elements, attributes and visible text of an HTML document, with its active markup flagged."""

    def __init__(self, marker: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marker = marker.lower()
        self.findings: list[str] = []
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.text: list[str] = []
        self._raw: list[str] = []  # open script/style elements, whose text is code

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))
        for name, value in attrs:
            compact = re.sub(r"[\s\x00-\x1f]+", "", value or "")
            is_url = name in URL_ATTRIBUTES
            if name.startswith("on"):
                self.findings.append(f"<{tag} {name}=...> event handler")
            if is_url and _SCRIPT_URL.match(compact):
                self.findings.append(f"<{tag} {name}={value!r}> script URL")
            if self.marker not in compact.lower() or (is_url and is_generated_link(compact)):
                continue
            if tag == "meta" and name == "content" and "http-equiv" not in dict(attrs):
                continue  # a page description: inert text
            if is_url:
                self.findings.append(f"<{tag} {name}={value!r}> link or resource from a source")
            elif tag in DANGEROUS_TAGS:
                self.findings.append(f"<{tag} {name}={value!r}> element from a source")
        if tag in ("script", "style"):
            self._raw.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self._raw.pop()

    def handle_endtag(self, tag: str) -> None:
        if self._raw and self._raw[-1] == tag:
            self._raw.pop()

    def handle_data(self, data: str) -> None:
        if self._raw and self.marker in data.lower():
            self.findings.append(f"<{self._raw[-1]}> content from a source: {data[:80]!r}")
        if not self._raw:
            self.text.append(data)


def scan_html(html: str, marker: str = MARKER) -> MarkupScanner:
    """The scanner after reading ``html``: its tags, visible text and findings."""
    scanner = MarkupScanner(marker)
    scanner.feed(html)
    scanner.close()
    return scanner


def find_active_markup(html: str, marker: str = MARKER) -> list[str]:
    """Active markup in ``html``: event handlers, script URLs, and elements or links made from marked source text."""
    return scan_html(html, marker).findings


#: Briefs the seed corpus gives: its five files hold 2 + 1 + 1 + 1 + 2 articles (the blog's preface in the last
#: file is the standfirst of the article after it, not a brief).
SEED_BRIEFS = 7
