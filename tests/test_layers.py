"""Architecture: every module under generator/ imports only the stages before its own, and stays short.

The layers, earliest first (ARCHITECTURE.md): the foundation modules, then sources, knowledge, annotate,
index, incremental, render, pipeline, publish, tools, and the CLI (``generator.__main__``). A module may
import the foundation, its own package and earlier stages. Foundation modules import only each other.

Known offenders are marked ``xfail(strict=True)``: once one is fixed its case passes, the strict mark
fails the run, and the entry must be removed from KNOWN_* below.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.settings import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "generator"
#: Modules every layer may import; they import only each other.
FOUNDATION = ("generator.model", "generator.settings", "generator.slugs", "generator.urls", "generator.markdown_text")
#: The stages, earliest first: a module may import the stages before its own.
LAYERS = (
    "generator.sources",
    "generator.knowledge",
    "generator.annotate",
    "generator.index",
    "generator.incremental",
    "generator.render",
    "generator.pipeline",
    "generator.publish",
    "generator.tools",
    "generator.__main__",
)
#: The longest a module may be, in lines.
MAX_LINES = 400
#: module -> why it is allowed to fail for now (remove an entry when its module is fixed).
KNOWN_LAYER_VIOLATIONS = {
}
KNOWN_LONG_MODULES = {
}


def module_name(path: Path) -> str:
    """generator/render/site.py -> generator.render.site; a package's __init__.py is the package."""
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int | str:
    """'foundation', 'package' (generator/__init__.py) or the position of the module's stage in LAYERS."""
    if module in FOUNDATION:
        return "foundation"
    if module == "generator":
        return "package"
    for number, layer in enumerate(LAYERS):
        if module == layer or module.startswith(layer + "."):
            return number
    raise AssertionError(f"{module} belongs to no layer: add it to FOUNDATION or LAYERS in tests/test_layers.py")


def imported_modules(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, module) for every generator module ``path`` imports, at any depth (lazy imports too)."""
    found: list[tuple[int, str]] = []
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # a relative import, resolved against this module's package
                anchor = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.append((node.lineno, submodule if submodule in MODULES else base))
    return sorted((line, name) for line, name in found if name == "generator" or name.startswith("generator."))


def may_import(importer: str, imported: str) -> bool:
    """Whether the layer order lets ``importer`` import ``imported``."""
    mine, theirs = layer_of(importer), layer_of(imported)
    if mine == "foundation":
        return theirs == "foundation"
    if theirs == "package":
        return False  # generator/__init__.py is the top: nothing reaches back up into it
    if theirs == "foundation" or mine == "package":
        return True
    return theirs <= mine  # its own stage (package) or an earlier one


def layer_violations(module: str) -> list[str]:
    """One line per import that breaks the layer order."""
    path = MODULES[module]
    return [
        f"{path.relative_to(PROJECT_ROOT)}:{line}: {module} ({layer_name(module)}) imports {imported} ({layer_name(imported)})"
        for line, imported in imported_modules(module, path)
        if not may_import(module, imported)
    ]


def layer_name(module: str) -> str:
    """'foundation', 'package', or the stage a module belongs to."""
    layer = layer_of(module)
    return LAYERS[layer] if isinstance(layer, int) else layer


def known(table: dict[str, str], module: str) -> list:
    return [pytest.mark.xfail(strict=True, reason=table[module])] if module in table else []


@pytest.mark.parametrize("module", [pytest.param(m, marks=known(KNOWN_LAYER_VIOLATIONS, m)) for m in MODULES])
def test_imports_follow_the_layer_order(module):
    violations = layer_violations(module)
    assert not violations, "imports against the layer order (see tests/test_layers.py):\n" + "\n".join(violations)


@pytest.mark.parametrize("module", [pytest.param(m, marks=known(KNOWN_LONG_MODULES, m)) for m in MODULES])
def test_modules_stay_short(module):
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{MODULES[module].relative_to(PROJECT_ROOT)} has {lines} lines (limit {MAX_LINES})"


@pytest.mark.parametrize("importer, imported, allowed", [
    ("generator.urls", "generator.model", True),
    ("generator.model", "generator.urls", True),
    ("generator.model", "generator.sources.reading", False),
    ("generator.sources.reading", "generator.settings", True),
    ("generator.sources.reading", "generator.sources.cleaning", True),
    ("generator.sources.reading", "generator.annotate.metadata", False),
    ("generator.annotate.people", "generator.knowledge.base", True),
    ("generator.knowledge.base", "generator.annotate.people", False),
    ("generator.render.site", "generator.incremental.keys", True),
    ("generator.incremental.keys", "generator.render.site", False),
    ("generator.pipeline", "generator.render.site", True),
    ("generator.render.site", "generator.pipeline", False),
    ("generator.publish.output", "generator.pipeline", True),
    ("generator.tools.bench", "generator.publish.output", True),
    ("generator.publish.output", "generator.tools.bench", False),
    ("generator.__main__", "generator.tools.bench", True),
    ("generator.tools.bench", "generator.__main__", False),
    ("generator.render.site", "generator", False),
])
def test_the_layer_order_itself(importer, imported, allowed):
    assert may_import(importer, imported) is allowed


def test_relative_and_lazy_imports_are_seen(tmp_path):
    path = tmp_path / "__init__.py"
    path.write_text("from . import charts\nfrom ..index import site_index\ndef f():\n    import generator.pipeline\n", encoding="utf-8")
    assert imported_modules("generator.render", path) == [(1, "generator.render.charts"), (2, "generator.index.site_index"),
                                                          (4, "generator.pipeline")]
