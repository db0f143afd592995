"""Feeds: valid RSS 2.0 and JSON Feed 1.1, newest first, one per country and initiative."""
import json

import feedparser
import jsonschema
import pytest
from stage_helpers import SEED_BRIEFS, seed_settings

from generator.pipeline import build_site

#: The required parts of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
JSON_FEED_SCHEMA = {
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string"},
        "home_page_url": {"type": "string", "format": "uri"},
        "feed_url": {"type": "string", "format": "uri"},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "anyOf": [{"required": ["content_text"]}, {"required": ["content_html"]}],
                "properties": {
                    "id": {"type": "string"},
                    "url": {"type": "string"},
                    "title": {"type": "string"},
                    "content_text": {"type": "string"},
                    "date_published": {"type": "string", "format": "date-time"},
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def pages(module_cache_dir):
    return build_site(seed_settings(module_cache_dir, site_url="https://news.example.org/")).pages


@pytest.mark.parametrize("path", ["feeds/all.xml", "feeds/countries/jp.xml", "feeds/initiatives/manar-initiative.xml"])
def test_rss_feeds_parse_cleanly(pages, path):
    feed = feedparser.parse(pages[path])
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.entries
    for entry in feed.entries:
        assert entry.link.startswith("https://news.example.org/briefs/") and entry.link.endswith(".html")
        assert entry.title and entry.summary


@pytest.mark.parametrize("path", ["feeds/all.json", "feeds/countries/sa.json"])
def test_json_feeds_follow_the_spec(pages, path):
    document = json.loads(pages[path])
    jsonschema.validate(document, JSON_FEED_SCHEMA)
    assert document["feed_url"] == "https://news.example.org/" + path


def test_all_briefs_feed_lists_every_seed_brief(pages):
    assert len(feedparser.parse(pages["feeds/all.xml"]).entries) == SEED_BRIEFS


def test_feeds_are_deterministic(pages, module_cache_dir):
    again = build_site(seed_settings(module_cache_dir, site_url="https://news.example.org/")).pages
    assert again["feeds/all.xml"] == pages["feeds/all.xml"]
