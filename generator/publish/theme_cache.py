"""The theme's output of each page kept in .cache/html/output/: Jinja renders a page only when what it shows changed.

The key covers the theme's files, the whole configuration, the navigation, and the page: its template, HTML,
table of contents, title, metadata, URL and neighbours. Only for themes known to read nothing else
(`KNOWN_THEMES`), and only for contexts holding just what MkDocs puts there.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache
from mkdocs.commands.build import get_context
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from generator.publish.html_cache import OUTPUT_KIND, PARALLEL_PAGES, SITE_SUFFIX, HtmlCache, forked_state, map_forked, toc_tokens

#: What MkDocs puts in a page's template context (mkdocs.commands.build.get_context). A context with more
#: (another plugin's on_page_context) is rendered afresh: what it adds is not in the key.
CONTEXT_KEYS = frozenset({"nav", "pages", "base_url", "extra_css", "extra_javascript", "mkdocs_version",
                          "build_date_utc", "config", "page"})
#: Configuration values no page template reads: `mkdocs serve` builds into a new temporary site_dir each time it
#: starts, which would otherwise make every page's output differ from one `mkdocs serve` to the next; `--strict`
#: changes what a warning does, not a page (CI's strict build after `make site` reuses its outputs).
UNSHOWN_SETTINGS = frozenset({"site_dir", "strict"})
#: Themes whose page templates read only what the key covers (page, nav, config; not `pages` or the build date).
KNOWN_THEMES = frozenset({"material"})


class Uncacheable(Exception):
    """A configuration value with no stable text: the theme's output is not kept in this build."""


def plain(value: Any) -> str:
    """A stable text of a configuration value, or Uncacheable."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return repr(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [plain(v) for v in value]
        return "[" + ",".join(sorted(items) if isinstance(value, (set, frozenset)) else items) + "]"
    if hasattr(value, "items"):
        return "{" + ",".join(f"{k!r}:{plain(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))
                              if not str(k).startswith("_")) + "}"
    if hasattr(value, "config") and hasattr(value.config, "items"):  # a plugin: its options
        return f"{type(value).__module__}.{type(value).__qualname__}{plain(value.config)}"
    text = repr(value)
    if " at 0x" in text:
        raise Uncacheable(type(value).__name__)
    return f"{type(value).__name__}:{text}"


def nav_text(items) -> str:
    """The navigation as the theme draws it: kinds, titles, URLs, nesting."""
    return "[" + ",".join(f"({type(i).__name__},{i.title!r},{getattr(i, 'url', None)!r},{nav_text(getattr(i, 'children', None) or [])})"
                          for i in items) + "]"


#: The theme's files that can shape a page's output (its icons are SVG, read through templates of these kinds).
THEME_SUFFIXES = (".html", ".js", ".json", ".yml", ".yaml", ".txt", ".xml")


def theme_files(folder: str) -> list[str]:
    """The theme files below a folder that can shape a page, as sorted relative paths (os.walk: Material's
    templates hold 14,000 icons, which pathlib's rglob and sort take ten times longer to list)."""
    found = []
    for root, _, names in os.walk(folder):
        base = os.path.relpath(root, folder).replace(os.sep, "/")
        found.extend(name if base == "." else f"{base}/{name}" for name in names if name.endswith(THEME_SUFFIXES))
    return sorted(found)


def _link(page) -> str:
    return "" if page is None else f"{page.url!r}{page.title!r}"


class ThemeOutput:
    """Keys for the theme's output of a page: the theme's files, the configuration, the navigation, the page."""

    def __init__(self, cache: HtmlCache, config, nav) -> None:
        theme = config["theme"]
        digest = hashlib.sha256(f"{cache.settings}|{plain({k: v for k, v in config.items() if k not in UNSHOWN_SETTINGS})}|{plain(dict(theme.items()))}|"
                                f"{theme.dirs!r}|{nav_text(nav.items)}|{_link(nav.homepage)}".encode("utf-8", "surrogatepass"))
        for folder in theme.dirs:
            for relative in theme_files(folder):
                digest.update(f"{relative}\0".encode("utf-8", "surrogateescape"))
                digest.update(Path(folder, relative).read_bytes())
        self.site = digest.hexdigest()
        self.cache = cache
        # One folder per site address: `mkdocs serve` renders for its own, and a build between two previews keeps it.
        address = hashlib.sha256(str(config.get("site_url") or "").encode("utf-8", "surrogatepass")).hexdigest()[:12]
        cache.output_kind = f"{OUTPUT_KIND}-{address}"
        folder = _folder(cache.folder / cache.output_kind)
        os.utime(folder)  # the newest address other than a build's own is the one its prune keeps
        self.marker = folder.with_name(f"{folder.name}{SITE_SUFFIX}")

    def same_site_as_last_build(self) -> bool:
        """Whether the last build for this address rendered this very site (theme, configuration, navigation)."""
        try:
            return self.marker.read_text(encoding="ascii") == self.site
        except OSError:
            return False

    def remember_site(self) -> None:
        """Note that this build rendered this site (after the build: its outputs are in the cache)."""
        self.marker.write_text(self.site, encoding="ascii")

    def key(self, template_name: str, page: Page) -> str:
        """What shapes one page's output besides the site: its template, content, table of contents and neighbours."""
        material = repr((
            self.site, template_name, page.url, page.title, page.canonical_url, page.edit_url, page.is_homepage,
            page.file.src_uri, plain(page.meta), toc_tokens(page.toc), _link(page.previous_page), _link(page.next_page),
            [(a.title, getattr(a, "url", None)) for a in page.ancestors],
        ))
        digest = hashlib.sha256(material.encode("utf-8", "surrogatepass"))
        digest.update((page.content or "").encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


class CachedTemplate:
    """A Jinja template whose ``render`` of a page's standard context comes from the cache when it can."""

    def __init__(self, template, output: ThemeOutput) -> None:
        self._template = template
        self._output = output

    def __getattr__(self, name: str) -> Any:
        return getattr(self._template, name)

    def render(self, *args, **kwargs) -> str:
        context = args[0] if len(args) == 1 and not kwargs and isinstance(args[0], dict) else None
        page = context.get("page") if context is not None else None
        if not isinstance(page, Page) or set(context) - CONTEXT_KEYS:
            return self._template.render(*args, **kwargs)
        cache = self._output.cache
        key = self._output.key(self._template.name or "", page)
        found = cache._load(cache.output_kind, key)
        if isinstance(found, str):
            cache.outputs_hit += 1
            return found
        html = self._template.render(*args, **kwargs)
        cache._save(cache.output_kind, key, html)
        return html


def cache_theme_output(env, cache: HtmlCache, config, nav) -> ThemeOutput | None:
    """Wrap ``env.get_template`` so page templates render through the cache; None when this build cannot."""
    if config["theme"].name not in KNOWN_THEMES:
        return None
    try:
        output = ThemeOutput(cache, config, nav)
    except Uncacheable:
        return None
    original = env.get_template

    def get_template(*args, **kwargs):
        return CachedTemplate(original(*args, **kwargs), output)

    env.get_template = get_template
    # MkDocs makes a new environment at every build, which compiles each theme template again: keep their bytecode.
    env.bytecode_cache = FileSystemBytecodeCache(str(_folder(cache.folder / "theme-bytecode")))
    return output


def page_template(page: Page) -> str:
    """The template MkDocs renders a page with (``_build_page``: a ``template:`` in its metadata, else main.html)."""
    return page.meta.get("template", "main.html")


def render_in_parallel(output: ThemeOutput, env, config, nav, files: Files, pages: list[Page],
                       workers: int | None = None) -> int:
    """Render in forked workers, into the cache, the theme's output of the pages whose output surely changed: all of
    them when the site did, else those converted in this build. Returns how many.

    MkDocs renders one page after another, and at 1,000 articles the theme takes as long as converting the
    Markdown on both cores. Each worker does what ``_build_page`` does up to the template's output (the other
    plugins' ``on_page_context`` included: Material's search edits the page's HTML there, so which outputs the
    cache lacks is only known after it), and the cache keeps that output; the build then finds it there and writes
    the same bytes it would have rendered itself. A page left out is rendered by the build as before.
    """
    workers = workers or os.cpu_count() or 1
    changed = output.cache.converted
    missing = pages if not output.same_site_as_last_build() else [p for p in pages if p.file.src_uri in changed]
    if workers < 2 or len(missing) < PARALLEL_PAGES:
        return 0
    chunks = [[page.file.src_uri for page in missing[i::workers]] for i in range(workers)]
    return sum(map_forked(_render_chunk, chunks, (env, config, nav, files, output.cache)))


def _render_chunk(src_uris: list[str]) -> int:
    """In a worker: the theme's output of some pages, as ``_build_page`` makes it, into the cache; how many it rendered."""
    env, config, nav, files, cache = forked_state()
    doc_files = files.documentation_pages()
    found = cache.outputs_hit
    for src_uri in src_uris:
        page = files.get_file_from_path(src_uri).page
        config._current_page = page
        page.active = True
        try:
            context = get_context(nav, doc_files, config, page)
            template = env.get_template(page_template(page))
            context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
            template.render(context)
        finally:
            page.active = False
            config._current_page = None
    return len(src_uris) - (cache.outputs_hit - found)


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
