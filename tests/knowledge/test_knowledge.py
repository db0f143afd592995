"""The knowledge base: YAML files in a folder become terms and the aliases that name them; malformed files fail loudly."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
import yaml

from generator.knowledge.base import (
    Alias,
    KnowledgeBase,
    KnowledgeError,
    acronym_word,
    alias_variants,
    describe_country,
    family_name,
    family_names,
    headline_case,
    load_knowledge,
    organisation_spellings,
    surname_aliases,
)
from generator.knowledge.national_names import national_spellings
from generator.knowledge.translated_names import declined, is_latin, translated_country_names
from generator.model import Term


@pytest.fixture
def load(tmp_path: Path) -> Callable[..., KnowledgeBase]:
    """``load(people="- {id: ...}", ...)``: the knowledge base of a folder holding just these files."""

    def load_files(**files: str) -> KnowledgeBase:
        folder = tmp_path / "knowledge"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
        return load_knowledge(folder)

    return load_files


def aliases_of(knowledge: KnowledgeBase, taxonomy: str, key: str) -> list[tuple[str, str]]:
    """(text, kind) of every alias of one term, in the knowledge base's order."""
    return [(a.text, a.kind) for a in knowledge.aliases if (a.taxonomy, a.key) == (taxonomy, key)]


# --- loading --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("capital, description", [
    ("Washington D.C.", "United States of America in Northern America; capital Washington D.C."),
    ("Washington", "United States of America in Northern America; capital Washington."),
    (None, "United States of America in Northern America."),
])
def test_a_country_description_ends_on_one_stop(capital, description):
    info = {"subregion": "Northern America"}
    assert describe_country("United States", "United States of America", capital, info) == description


def test_a_list_entry_becomes_a_term_with_every_field(load):
    knowledge = load(initiatives="""
- id: manar-initiative
  name: Manar Initiative
  aliases: [the Manar Plan]
  kind: programme
  countries: [JP, SA]
  description: A joint energy programme.
""")
    assert knowledge.term("initiatives", "manar-initiative") == Term(
        "initiatives", "manar-initiative", "Manar Initiative", "A joint energy programme.", True, ("the Manar Plan",),
        {"kind": "programme", "members": (), "countries": ("JP", "SA"), "domains": ()},
    )
    assert aliases_of(knowledge, "initiatives", "manar-initiative") == [("Manar Initiative", "name"), ("Manar Plan", "alias")]


def test_an_outlet_lists_its_named_columns(load):
    knowledge = load(outlets="""
- id: harbour-weekly
  name: Harbour Weekly
  kind: magazine
  pieces: analysis
  columns: [Harbourside, Free exchange]
""")
    assert knowledge.term("outlets", "harbour-weekly").attributes["columns"] == ("Harbourside", "Free exchange")


def test_without_files_only_the_countries_of_the_packages_are_known(load):
    knowledge = load()
    assert {taxonomy for taxonomy, _ in knowledge.terms} == {"countries"}
    assert len(knowledge.terms_of("countries")) == 250
    assert knowledge.term("countries", "JP") == Term(
        "countries", "JP", "Japan", "Japan in Eastern Asia; capital Tokyo.", True, ("Japan", "Nihon", "Nippon"),
        {"iso": "JP", "official_name": "Japan", "capital": "Tokyo", "region": "Eastern Asia", "former": (), "kingdom": False,
         "not_aliases": ()},
    )
    assert aliases_of(knowledge, "countries", "JP") == [
        ("Japan", "name"), ("Nihon", "name"), ("Nippon", "name"), ("Tokyo", "place"), ("Japanese", "demonym")]
    assert knowledge.term("countries", "XK").name == "Kosovo"  # an extra code beside pycountry's


def test_countries_yaml_adds_to_the_packages_and_blocks_not_aliases(load):
    knowledge = load(countries="""
JP:
  name: Nippon-koku
  aliases: [the Land of the Rising Sun]
  not_aliases: [Nippon]
  places: [Osaka]
  former: [Empire of Japan]
  description: An island country.
""")
    term = knowledge.term("countries", "JP")
    assert (term.name, term.description, term.attributes["former"]) == ("Nippon-koku", "An island country.", ("Empire of Japan",))
    assert aliases_of(knowledge, "countries", "JP") == [
        ("Japan", "name"), ("Nihon", "name"), ("Nippon-koku", "name"), ("Land of the Rising Sun", "name"),
        ("Empire of Japan", "former"), ("Osaka", "place"), ("Tokyo", "place"), ("Japanese", "demonym")]


def test_terms_of_is_sorted_by_key_and_unknown_terms_are_none(load):
    knowledge = load(regions="- {id: sahel, name: Sahel}\n- {id: balkans, name: Balkans}\n- {id: levant, name: Levant}\n")
    assert [t.key for t in knowledge.terms_of("regions")] == ["balkans", "levant", "sahel"]
    assert knowledge.term("regions", "arctic") is None
    assert knowledge.term("people", "sahel") is None


def test_the_version_follows_the_data_not_the_comments(load, tmp_path):
    first = load(people="- {id: a-b, name: A B}\n").version
    again = load(people="# a comment\n- {id: a-b, name: A B}  # another\n").version
    changed = load(people="- {id: a-b, name: A C}\n").version
    assert first == again != changed
    assert len(first) == 16


def test_word_lists_load_by_file_name_and_change_the_version(load, tmp_path):
    before = load().version
    (tmp_path / "knowledge" / "vocabulary").mkdir()
    (tmp_path / "knowledge" / "vocabulary" / "initiatives.yaml").write_text("heads: {talks: talks}\n", encoding="utf-8")
    loaded = load()
    assert dict(loaded.vocabulary) == {"initiatives": {"heads": {"talks": "talks"}}}
    assert loaded.version != before


# --- aliases --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, variants", [
    ("Eight-Point Plan", ["Eight-Point Plan", "8-Point Plan"]),
    ("8-point plan", ["8-point plan", "eight-point plan"]),
    ("the Eight-Point Plan", ["Eight-Point Plan", "8-Point Plan"]),
    ("the Kremlin", ["Kremlin"]),
    ("the West", ["the West"]),  # a bare 'West' is too ambiguous
    ("The Hague Group", ["Hague Group"]),
    ("Vision 2030", ["Vision 2030"]),  # a number not before a hyphen stays
    ("Twelve-Day War", ["Twelve-Day War", "12-Day War"]),
    ("Thirteen-Point Plan", ["Thirteen-Point Plan"]),  # only one to twelve are spelt out
    ("UN Convention on the Law of the Sea", ["UN Convention on the Law of the Sea", "U.N. Convention on the Law of the Sea"]),
    ("U.S.-Philippines Visiting Forces Agreement", ["U.S.-Philippines Visiting Forces Agreement", "US-Philippines Visiting Forces Agreement"]),
    ("sanctions on the U.S.", ["sanctions on the U.S.", "sanctions on the US"]),
    ("U.S.", ["U.S."]),  # alone: the country's own alias, as written
    ("USMCA", ["USMCA"]),  # an abbreviation inside a word stays
    # A long name opening a longer one is also written abbreviated.
    ("United Nations Office for Project Services", ["United Nations Office for Project Services",
                                                    "UN Office for Project Services", "U.N. Office for Project Services"]),
    ("United States Postal Service", ["United States Postal Service", "US Postal Service", "U.S. Postal Service"]),
    ("United Nations", ["United Nations"]),  # alone: the name itself
])
def test_alias_variants(text, variants):
    assert alias_variants(text) == variants


@pytest.mark.parametrize("text, word", [
    ("NATO", "Nato"),
    ("UNESCO", "Unesco"),
    ("OPEC", "Opec"),
    ("UN", None),  # too short: 'Un' is a word in several languages
    ("RAND", None),  # 'Rand' is a given name
    ("SWIFT", None),  # "Swift" is a surname ("Taylor Swift")
    ("North Atlantic Treaty Organization", None),
    ("IAEA", "Iaea"),
])
def test_an_acronym_is_also_written_with_one_capital(text, word):
    assert acronym_word(text) == word


def test_an_organisation_acronym_matches_in_british_style(load):
    knowledge = load(organizations="- {id: nato, name: North Atlantic Treaty Organization, aliases: [NATO]}\n")
    assert {a.text for a in knowledge.aliases if a.key == "nato"} >= {"NATO", "Nato"}


@pytest.mark.parametrize("text, titled", [
    ("One China policy", "One China Policy"),
    ("Yemeni civil war", "Yemeni Civil War"),
    ("Treaty of Rome", None),  # already in headline case: the minor words stay lowercase
    ("Code of Conduct in the South China Sea", None),
    ("war in Afghanistan", None),  # a lowercase description is no title
    ("EU emissions trading scheme", "EU Emissions Trading Scheme"),
])
def test_a_capitalised_name_has_a_headline_case(text, titled):
    assert headline_case(text) == titled


def test_an_initiative_matches_in_headline_case(load):
    knowledge = load(initiatives="- {id: one-china, name: One China policy, kind: policy}\n")
    assert {a.text for a in knowledge.aliases if a.key == "one-china"} == {"One China policy", "One China Policy"}


@pytest.mark.parametrize("text, variants", [
    ("The Hindu", ["The Hindu", "the Hindu"]),  # not "Hindu nationalists"
    ("the Times", ["The Times", "the Times"]),
    ("The Washington Post", ["Washington Post"]),  # a longer name is safe without it
])
def test_an_outlet_of_one_word_keeps_its_article(text, variants):
    assert alias_variants(text, keep_article=True) == variants


@pytest.mark.parametrize("name, country, expected", [
    ("Shinzo Abe", "JP", "Abe"),
    ("Kim Jong Un", "KP", "Kim"),  # family name first
    ("Xi Jinping", "CN", None),  # 'Xi' alone is too short to match safely
    ("Mohammed bin Salman", "SA", None),  # not called 'Salman'
    ("Martin Luther King Jr.", "US", "King"),
    ("Charles III", "GB", None),  # one name once the suffix is dropped
    ("Madonna", None, None),
    ("jane doe", "US", None),  # lowercase: not a name to match alone
    ("Bashar al-Assad", "SY", "Assad"),  # alone, without its Arabic article
])
def test_family_name(name, country, expected):
    attributes = {"country": country} if country else {}
    assert family_name(Term("people", "x", name, attributes=attributes)) == expected


@pytest.mark.parametrize("name, aliases, expected", [
    ("Carrie Lam", ("Lam Cheng Yuet-ngor",), "Lam"),  # an alias written family name first shows the name's order
    ("Hsiao Bi-khim", ("Bi-khim Hsiao",), "Hsiao"),  # the name reversed shows nothing
    ("Tung Chee-hwa", ("Tung Chee Hwa",), "Tung"),
])
def test_a_name_of_a_family_name_first_country_written_given_name_first(name, aliases, expected):
    assert family_name(Term("people", "x", name, aliases=aliases, attributes={"country": "HK"})) == expected


def test_a_surname_shared_by_two_people_names_neither():
    people = [Term("people", "shinzo-abe", "Shinzo Abe"), Term("people", "akie-abe", "Akie Abe"),
              Term("people", "vladimir-putin", "Vladimir Putin")]
    assert surname_aliases(people) == [Alias("Putin", "people", "vladimir-putin", "surname")]


@pytest.mark.parametrize("name, aliases, expected", [
    ("Volodymyr Zelensky", ("Volodymyr Zelenskyy", "Volodymyr Zelenskiy"), ["Zelensky", "Zelenskyy", "Zelenskiy"]),
    ("Vladimir Putin", ("President Putin", "Vladimir Vladimirovich Putin"), ["Putin"]),  # no new spelling
    ("Joe Biden", ("Joseph Biden", "Joseph R. Biden"), ["Biden"]),  # another given name, same surname
    ("Recep Tayyip Erdogan", ("Tayyip Erdoğan",), ["Erdogan"]),  # another given name: not a spelling of this one
])
def test_an_alias_spelling_the_surname_another_way_gives_that_surname(name, aliases, expected):
    assert family_names(Term("people", "x", name, aliases=aliases)) == expected


def test_people_get_their_name_aliases_and_surname(load):
    knowledge = load(people="- {id: taro-yamada, name: Taro Yamada, aliases: [Yamada Taro], country: JP}\n")
    assert aliases_of(knowledge, "people", "taro-yamada") == [("Taro Yamada", "name"), ("Yamada Taro", "alias"), ("Yamada", "surname")]


# --- malformed files --------------------------------------------------------------------------------------

MALFORMED = [
    ("countries", "- JP\n", "countries.yaml: expected a mapping keyed by ISO code"),
    ("countries", "ZZ: {}\n", "countries.yaml: unknown ISO code 'ZZ'"),
    ("countries", "JP: {capitol: Tokyo}\n", "countries.yaml: JP: unknown keys ['capitol']"),
    ("countries", "JP: {aliases: {a: 1}}\n", "countries.yaml: JP: aliases: expected a list of strings"),
    ("countries", "JP: {not_aliases: [[Nippon]]}\n", "countries.yaml: JP: not_aliases: expected a list of strings"),
    ("initiatives", "id: x\nname: X\n", "initiatives.yaml: expected a list of entries"),
    ("regions", "- just a string\n", "regions.yaml: entry 1: expected a mapping"),
    ("people", "- {id: a-b, name: A B, nickname: b}\n", "people.yaml: entry 1: unknown keys ['nickname']"),
    ("people", "- {id: Bad Id, name: X}\n", "people.yaml: entry 1: 'id' must be a lowercase slug"),
    ("people", "- {name: X}\n", "people.yaml: entry 1: 'id' must be a lowercase slug"),
    ("people", "- {id: x}\n", "people.yaml: entry 1 (x): 'name' is required"),
    ("people", "- {id: x, name: '  '}\n", "people.yaml: entry 1 (x): 'name' is required"),
    ("people", "- {id: x, name: X}\n- {id: x, name: Y}\n", "people.yaml: entry 2: duplicate id 'x'"),
    ("people", "- {id: x, name: X, country: ZZ}\n", "people.yaml: entry 1 (x): unknown ISO code 'ZZ'"),
    ("people", "- {id: x, name: X, aliases: [[nested]]}\n", "people.yaml: entry 1 (x): aliases: expected a list of strings"),
    ("organizations", "- {id: x, name: X, members: [JP, QQ]}\n", "organizations.yaml: entry 1 (x): unknown ISO code 'QQ'"),
    ("outlets", "- {id: x, name: X, domains: {a: b}}\n", "outlets.yaml: entry 1 (x): domains: expected a list of strings"),
    ("people", "- {id: x\n", "people.yaml: while parsing a flow mapping\n  in \"<unicode string>\", line 1, column 3\n"
                              "did not find expected ',' or '}'\n  in \"<unicode string>\", line 2, column 1"),
    ("countries", "NO: {demonyms: [Norwegian]}\n",
     "countries.yaml: unknown ISO code False (quote codes such as 'NO', which YAML reads as false)"),
]


@pytest.mark.parametrize("name, text, message", MALFORMED)
def test_malformed_files_fail_with_a_message_naming_file_and_entry(load, name, text, message):
    with pytest.raises(KnowledgeError) as raised:
        load(**{name: text})
    assert str(raised.value) == message


def test_the_project_knowledge_base_loads(knowledge):
    taxonomies = {taxonomy for taxonomy, _ in knowledge.terms}
    assert taxonomies == {"countries", "regions", "organizations", "initiatives", "outlets", "people"}
    assert all(alias.text and (alias.taxonomy, alias.key) in knowledge.terms for alias in knowledge.aliases)


def test_no_project_alias_is_a_name_cut_at_a_comma(knowledge):
    # "Palestine, State of" written into a flow list once split into the alias "State of", which matched a TV show's title.
    cut = [alias.text for alias in knowledge.aliases
           if alias.text.split()[-1] in ("of", "the", "and", "for") and "," not in alias.text]  # "Korea, Republic of" is whole
    assert cut == []


@pytest.mark.parametrize("name, spellings", [
    ("ZANU-PF", ["ZANU PF"]),  # two acronyms a hyphen joins, written with a space
    ("Labour Party", ["Labour party"]),  # British and Economist style
    ("Workers' Party of Korea", []),  # "Party" inside the name stays
    ("UN-Habitat", []),  # an acronym joined to a word stays
])
def test_organisation_spellings(name, spellings):
    assert organisation_spellings(name) == spellings


@pytest.mark.parametrize("name, language, forms", [
    ("Россия", "ru", ["России", "Россию", "Россией"]),
    ("Китай", "ru", ["Китая", "Китаю", "Китаем", "Китае"]),
    ("Ukrajina", "cs", ["Ukrajiny", "Ukrajinu", "Ukrajinou", "Ukrajine", "Ukrajině"]),
    ("Moldova", "ro", ["Moldovei"]),
    ("Corée du Nord", "fr", []),  # only a one-word name is declined
])
def test_a_name_is_declined_by_its_ending(name, language, forms):
    config = yaml.safe_load((Path(__file__).parents[2] / "knowledge" / "country_languages.yaml").read_text(encoding="utf-8"))
    assert declined(name, config["declensions"].get(language, [])) == forms


def test_translated_names_name_one_country_and_take_no_known_alias():
    config = {"locales": ["fr", "cs"], "catalogues": [], "min_latin_letters": 4, "not_names": ["Maurice"],
              "declensions": {"cs": [["o", ["a", "u"]]]}}
    names = translated_country_names(config, ["DE", "MU", "RU", "CZ", "US"], taken={"Russie"})
    assert names["Allemagne"] == "DE" and names["Ruska"] == "RU" and names["Česka"] == "CZ"
    assert "Maurice" not in names and "Russie" not in names  # blocked, and another alias already
    assert is_latin("Bỉ") and not is_latin("中國")


# --- a state body by its country's name -------------------------------------------------------------------


def _country(code: str, name: str, *aliases: str) -> Term:
    return Term("countries", code, name, "", True, aliases, {})


def _body(name: str, *aliases: str) -> Term:
    return Term("organizations", "body", name, "", True, aliases, {"kind": "government"})


@pytest.mark.parametrize("body, country, demonyms, spellings", [
    (_body("Ministry of Defence of Ukraine"), _country("UA", "Ukraine"), ["Ukrainian"],
     ["Ukraine's Ministry of Defence", "Ukraine Ministry of Defence"]),
    (_body("Ministry of Foreign Affairs (Sri Lanka)", "Sri Lankan Foreign Ministry"), _country("LK", "Sri Lanka"), ["Sri Lankan"],
     ["Sri Lanka's Ministry of Foreign Affairs", "Sri Lanka Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Sri Lanka",
      "Sri Lanka's Foreign Ministry", "Sri Lanka Foreign Ministry", "Foreign Ministry of Sri Lanka"]),
    # the longest name of the country is cut off, never a shorter one inside it
    (_body("Ministry of Foreign Affairs of the People's Republic of China"), _country("CN", "China", "People's Republic of China"),
     ["Chinese"], ["China's Ministry of Foreign Affairs", "China Ministry of Foreign Affairs", "Ministry of Foreign Affairs of China"]),
    # a name ending in "s" takes the apostrophe alone, and a name of a republic or union takes "the" after "of"
    (_body("Philippine Department of Foreign Affairs"), _country("PH", "Philippines"), ["Philippine"],
     ["Philippines' Department of Foreign Affairs", "Philippines Department of Foreign Affairs",
      "Department of Foreign Affairs of the Philippines"]),
    (_body("Bank of Spain"), _country("ES", "Spain"), ["Spanish"], []),  # one word left: "Spain's Bank" is no name of it
])
def test_a_state_body_is_also_named_by_its_country(body, country, demonyms, spellings):
    assert national_spellings(body, country, demonyms) == spellings


def test_only_a_state_body_gets_its_country_s_names_and_never_another_term_s_name(load):
    knowledge = load(countries="CN: {demonyms: [Chinese]}\n", organizations="""
- {id: mfa-cn, name: Chinese Foreign Ministry, kind: government, country: CN}
- {id: cmb, name: China Merchants Bank, kind: company, country: CN}
- {id: ccp, name: Chinese Communist Party, kind: party, country: CN}
- {id: other, name: China Foreign Ministry, kind: other}
""")
    derived = {(a.text, a.key) for a in knowledge.aliases} - {(a.text, a.key) for a in knowledge.aliases if a.kind != "alias"}
    assert ("China's Foreign Ministry", "mfa-cn") in derived
    assert ("Foreign Ministry of China", "mfa-cn") in derived
    assert ("China Foreign Ministry", "mfa-cn") not in derived  # another term's name
    by_country = {key for text, key in derived if text.startswith("China") or text.endswith("of China")}
    assert by_country == {"mfa-cn"}  # a company's or a party's demonym is part of its name: no "China's Communist Party"
