"""Slugs: file names and ids from any title are safe, short, readable when possible and stable."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from generator.settings import PROJECT_ROOT
from generator.slugs import MAX_SLUG_LENGTH, slugify

SAFE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HASHED = re.compile(r"^item-[0-9a-f]{10}$")

READABLE = [
    ("../../etc/passwd", "etc-passwd"),
    ("..\\..\\Windows\\System32", "windows-system32"),
    ("a/b\\c", "a-b-c"),
    ("/absolute/path.md", "absolute-path-md"),
    ("  --Hello, World!--  ", "hello-world"),
    ("Putin's 8-point plan", "putin-s-8-point-plan"),
    ("C++ & C# <script>", "c-c-script"),
    ("Ünïcödé Straße", "unicode-strasse"),
    ("Łódź and Gdańsk", "lodz-and-gdansk"),
    ("İbrahim Kalın", "ibrahim-kalin"),
    ("Lars Løkke Rasmussen", "lars-lokke-rasmussen"),
    ("Æsir Þór Ðóttir œuvre", "aesir-thor-dottir-oeuvre"),
    ("ﬁnal ①② Ⅻ", "final-12-xii"),
    ("東京 2024 summit", "2024-summit"),
    ("CON", "con"),
]


@pytest.mark.parametrize(("text", "expected"), READABLE)
def test_latin_text_gives_a_readable_slug(text, expected):
    assert slugify(text) == expected


@pytest.mark.parametrize("text", ["", " ", "!!!...???", "-", "/", "../..", "مجلس الأمن يجتمع", "東京会議", "Москва", "\ud800", "\x00"])
def test_text_with_no_latin_letters_or_digits_gets_a_stable_hash(text):
    assert HASHED.match(slugify(text))
    assert slugify(text) == slugify(text)


def test_different_non_latin_titles_get_different_slugs():
    titles = ["東京会議", "大阪会議", "مجلس الأمن", "مجلس الوزراء", "Москва", "Москве", ""]
    assert len({slugify(t) for t in titles}) == len(titles)


@pytest.mark.parametrize(("prefix", "expected"), [("brief", r"^brief-[0-9a-f]{10}$"), ("../x/", r"^x-[0-9a-f]{10}$"), ("", r"^item-[0-9a-f]{10}$"), ("p" * 200, r"^p{49}-[0-9a-f]{10}$")])
def test_fallback_prefix_is_made_safe_and_bounded(prefix, expected):
    assert re.match(expected, slugify("東京", prefix))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x" * 500, "x" * MAX_SLUG_LENGTH),
        ("word " * 100, "-".join(["word"] * 12)),  # cut at a word boundary: 59 characters
        ("Ministers " + "a" * 80, "ministers"),
    ],
)
def test_long_titles_are_cut_to_the_limit(text, expected):
    assert slugify(text) == expected


ALL_INPUTS = [text for text, _ in READABLE] + ["x" * 500, "word " * 100, "東京会議", "", "\ud800 mixed ☃ \U0001F600 emoji", "a\u0301\u0301\u0301"]


@pytest.mark.parametrize("text", ALL_INPUTS)
def test_every_slug_is_safe_and_bounded(text):
    slug = slugify(text)
    assert SAFE.match(slug) and len(slug) <= MAX_SLUG_LENGTH


def test_slugs_are_the_same_in_every_process():
    code = "import json, sys; from generator.slugs import slugify; print(json.dumps([slugify(t) for t in json.load(sys.stdin)]))"
    runs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code], input=json.dumps(ALL_INPUTS[:-2]), capture_output=True, text=True,
                              env=env, cwd=PROJECT_ROOT, check=True)
        runs.append(json.loads(done.stdout))
    assert runs[0] == runs[1] == [slugify(t) for t in ALL_INPUTS[:-2]]
