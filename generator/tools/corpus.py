"""A synthetic corpus for the benchmark: real seed paragraphs with countries, people and initiatives varied, in a copy of the project."""
from __future__ import annotations

import json
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

from generator.knowledge.base import KnowledgeBase
from generator.settings import PROJECT_ROOT, Settings
from generator.sources.reading import iter_documents, read_sources
from generator.sources.splitting import split_articles

TOPICS = ("energy cooperation", "a security dialogue", "mining investment", "trade talks", "a peace treaty",
          "sanctions relief", "a port deal", "grain exports", "a defence pact", "climate finance")


VERBS = ("agree on", "resume", "sign", "discuss", "weigh", "launch", "expand", "review")


ROLES = ("Foreign Minister", "Prime Minister", "President", "Trade Minister", "Ambassador", "Energy Minister")


#: Files copied into each benchmark project besides the corpus.
PROJECT_FILES = ("mkdocs.yml", "templates", "knowledge", "docs", "overrides")


def seed_paragraphs(sources_dir: Path) -> tuple[list[str], list[str]]:
    """Body paragraphs and titles of the real sources, the raw material of the synthetic corpus."""
    settings = Settings.from_root(PROJECT_ROOT, sources_dir=sources_dir)
    paragraphs: list[str] = []
    titles: list[str] = []
    for document in iter_documents(read_sources(settings)):
        for article in split_articles(document):
            paragraphs.extend(b.text for b in article.blocks if b.kind == "paragraph" and len(b.text.split()) >= 15)
            if article.title:
                titles.append(article.title)
    return paragraphs, titles


def _countries(knowledge: KnowledgeBase) -> list[tuple[str, str, str]]:
    """(name, demonym, capital) of countries with all three known."""
    found = []
    for term in knowledge.terms_of("countries"):
        demonyms = [a.text for a in knowledge.aliases if a.taxonomy == "countries" and a.key == term.key and a.kind == "demonym"]
        capital = term.attributes.get("capital")
        if demonyms and capital and len(term.name) < 25:
            found.append((term.name, sorted(demonyms)[0], str(capital)))
    return found


def synthetic_corpus(n: int, knowledge: KnowledgeBase, sources_dir: Path) -> dict[str, str]:
    """N realistic pasted articles: real paragraphs with countries, people and initiatives varied."""
    paragraphs, _ = seed_paragraphs(sources_dir)
    countries = _countries(knowledge)
    people = [t.name for t in knowledge.terms_of("people")]
    initiatives = [t.name for t in knowledge.terms_of("initiatives")]
    files: dict[str, str] = {}
    for i in range(n):
        rng = random.Random(f"briefing-bench-{i}")
        (a, a_dem, a_cap), (b, b_dem, b_cap) = rng.sample(countries, 2)
        swaps = (("Saudi Arabia", b), ("Japanese", a_dem), ("Japan", a), ("Russian", b_dem), ("Russia", b),
                 ("Saudi", b_dem), ("Tokyo", a_cap), ("Riyadh", b_cap), ("Moscow", b_cap))
        body = []
        for paragraph in rng.sample(paragraphs, rng.randint(8, 12)):
            for old, new in swaps:
                paragraph = paragraph.replace(old, new)
            body.append(paragraph)
        person, other = rng.sample(people, 2)
        initiative = rng.choice(initiatives)
        body.insert(1, f"{a_dem} {rng.choice(ROLES)} {person} said the {initiative} would be discussed with "
                       f"{other} at talks in {b_cap} next month, according to officials.")
        body.append(f"“We expect real progress on {rng.choice(TOPICS)} this year,” {person} said.")
        title = f"{a} and {b} {rng.choice(VERBS)} {rng.choice(TOPICS)}"
        published = date(2016, 1, 1) + timedelta(days=i % 3650)
        header = f"---\ntitle: {json.dumps(title)}\ndate: {published.isoformat()}\n---\n" if i % 2 else f"{title}\n\n{a_dem} officials (Reuters)\n\n"
        tail = "\n\nLeave a Reply\n\nShare this article\n"
        files[f"{published.year}/{i:05d}.{'md' if i % 2 else 'txt'}"] = header + "\n\n".join(body) + tail
    return files


def make_project(workdir: Path, files: dict[str, str]) -> Path:
    """A copy of the project's configuration with the synthetic corpus as sources/."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, workdir / name)
    for relative, text in files.items():
        target = workdir / "sources" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return workdir
