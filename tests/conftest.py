"""Tiny composable fixtures for the stage tests; the helpers behind them are in stage_helpers.py."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from stage_helpers import (
    EXAMPLES,
    PROTECTED_FOLDERS,
    MarkupScanner,
    find_active_markup,
    folder_state,
    render_markdown,
    scan_html,
    settings_for,
    state_changes,
)

from generator.annotate import Annotator
from generator.knowledge.base import KnowledgeBase, load_knowledge
from generator.settings import PROJECT_ROOT, Settings


@pytest.fixture(scope="session", autouse=True)
def checkout_stays_untouched():
    """Fails the run when any test wrote into the checkout's .cache/, sources/, site/... (see PROTECTED_FOLDERS).

    Tests build into temporary folders (settings_for, seed_settings); a build with Settings.from_root's
    defaults would fill the checkout's .cache/ and let one run's caches leak into the next.
    """
    before = folder_state()
    yield
    changes = state_changes(before, folder_state())
    if changes:
        listed = "\n  ".join(changes[:20]) + (f"\n  ... and {len(changes) - 20} more" if len(changes) > 20 else "")
        pytest.fail(f"tests changed the checkout ({', '.join(PROTECTED_FOLDERS)} must stay as they were):\n  {listed}", pytrace=False)


@pytest.fixture(name="settings_for")
def settings_for_fixture() -> Callable[..., Settings]:
    """``settings_for(root, **overrides)``: Settings over ``root/sources``, no cache, one process."""
    return settings_for


@pytest.fixture
def sources_dir(tmp_path: Path) -> Path:
    """An empty sources folder in the test's temporary directory."""
    folder = tmp_path / "sources"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def module_cache_dir(tmp_path_factory) -> Path:
    """A cache folder shared by one test module's builds (``seed_settings(module_cache_dir)``), never the checkout's."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def settings(tmp_path: Path, sources_dir: Path) -> Settings:
    """Settings over the temporary sources folder."""
    return settings_for(tmp_path)


@pytest.fixture
def write_source(sources_dir: Path) -> Callable[..., Path]:
    """``write_source(name, content, encoding='utf-8')``: a file in the sources folder (bytes are written as-is)."""

    def write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = sources_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write


@pytest.fixture(scope="session")
def knowledge() -> KnowledgeBase:
    """The project's knowledge base, loaded once per session."""
    return load_knowledge(PROJECT_ROOT / "knowledge")


@pytest.fixture(scope="session")
def annotator(knowledge: KnowledgeBase) -> Annotator:
    """One annotator over the project's knowledge base."""
    return Annotator.from_knowledge(knowledge)


@pytest.fixture(scope="session", name="render_markdown")
def render_markdown_fixture() -> Callable[[str], str]:
    """``render_markdown(text)``: HTML with mkdocs.yml's Markdown extensions."""
    return render_markdown


@pytest.fixture(scope="session", name="scan_html")
def scan_html_fixture() -> Callable[..., MarkupScanner]:
    """``scan_html(html)``: tags, visible text and active-markup findings of an HTML document."""
    return scan_html


@pytest.fixture(scope="session", name="find_active_markup")
def find_active_markup_fixture() -> Callable[..., list[str]]:
    """``find_active_markup(html)``: descriptions of active markup that came from a source."""
    return find_active_markup


def pytest_terminal_summary(terminalreporter) -> None:
    """Report how many Hypothesis examples each property test ran."""
    if EXAMPLES:
        terminalreporter.section("hypothesis examples")
        for name, count in sorted(EXAMPLES.items()):
            terminalreporter.write_line(f"{name:32} {count:6}")
        terminalreporter.write_line(f"{'total':32} {sum(EXAMPLES.values()):6}")
