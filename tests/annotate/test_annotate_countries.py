"""Countries: names, short and former names, demonyms, capitals and seats of power, with disambiguation."""
import pytest
from annotate_helpers import annotate, keys


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials in Riyadh and Tokyo welcomed the deal.", {"SA", "JP"}),
        ("It ranked above New York, Tokyo and London in the survey.", {"US", "JP", "GB"}),
        ("The Kremlin rejected the proposal on Tuesday.", {"RU"}),
        ("The White House said talks would continue.", {"US"}),
        ("Downing Street declined to comment on the report.", {"GB"}),
        ("Burma, now Myanmar, held elections.", {"MM"}),
        ("Turkey and Türkiye are the same state.", {"TR"}),
        ("The Czech Republic and Ivory Coast signed a memorandum.", {"CZ", "CI"}),
        ("North Korea fired a missile towards South Korea.", {"KP", "KR"}),
        ("A Japanese delegation met Saudi officials.", {"JP", "SA"}),
        ("The Democratic Republic of the Congo and Congo-Brazzaville share a river.", {"CD", "CG"}),
        ("Cobalt comes from the mines of southern Congo.", {"CD"}),
        # A big city, region or island the news names on its own gives its country.
        ("The Madleen set sail from Sicily last week.", {"IT"}),
        ("Drones struck Kharkiv and Odesa overnight.", {"UA"}),
        ("Traders in Quetta condemned the boycott.", {"PK"}),  # bare "Congo" is the DRC in wire style
        ("Troops from Congo Republic and Republic of Congo arrived.", {"CG"}),
        ("Niger and Nigeria agreed to reopen the border.", {"NE", "NG"}),
        ("Taiwan, Kosovo and Palestine were discussed.", {"TW", "XK", "PS"}),
        ("Hamas fighters in Gaza City and settlers in the West Bank.", {"PS"}),  # ISO's PS is Gaza and the West Bank
        ("The ruling by a tribunal at The Hague was dismissed.", {"NL"}),  # not William Hague's surname
        ("Sino-US ties worsened over the Sino-Indian border.", {"CN", "US", "IN"}),
        # A combining form joined by a hyphen to a second state names its own.
        ("Mercenaries fight in the Russo-Ukraine war; Franco-German ties held.", {"RU", "UA", "FR", "DE"}),
        ("The Indo-Pakistan war of 1971 and the Guantanamo detainees.", {"IN", "PK", "CU"}),
        ("The US Embassy said it would close on Monday.", {"US"}),  # an acronym is no first name before a capital
        # An office's "of" makes the country the office's, not a first name before the holder's name.
        ("Talks were held with the President of Armenia Armen Sargsyan.", {"AM"}),
        ("He met the Minister of Foreign Affairs of Jordan Ayman Al Safadi.", {"JO"}),
        # Negotiation reports write the parties in capitals.
        ("BENIN and MAURITIUS highlighted adaptation. UNITED ARAB EMIRATES urged Annex I Parties to act.", {"BJ", "MU", "AE"}),
        ("DEMOCRATIC REPUBLIC OF CONGO said a decision should be taken at COP 12.", {"CD"}),
        # Brazilian, Iberian and Latin American outlets name the states in Portuguese and Spanish.
        ("Irã, Turquia e Brasil chegam a acordo; os EUA pressionam Teerã.", {"IR", "TR", "BR", "US"}),
        ("Estados Unidos y Alemania rechazaron el acuerdo con Irán.", {"US", "DE", "IR"}),
        # Any language's name from CLDR and the ISO catalogues, in the case forms of languages that decline it.
        ("Les ministres des Affaires étrangères d’Arménie et de France se sont rencontrés.", {"AM", "FR"}),
        ("Ministři zahraničí Česka a Ukrajiny se dohodli; agrese Ruska neskončila.", {"CZ", "UA", "RU"}),
        ("В МИД России уточняют, что вызвали посла Молдовы.", {"RU", "MD"}),
        ("Rusia a anunțat sancțiuni împotriva Franței.", {"RU", "FR"}),
        # Chinese and Japanese run names into the text; Korean puts its particle after them.
        ("155中國人涉緬甸境內非法伐木被判監，中國外交部要求交人。", {"CN", "MM"}),
        ("日本政府は中国との対話を求めた。", {"JP", "CN"}),
        ("越南2019年同日本5日签署协议。", {"VN", "JP"}),  # a date's digits beside the name
        ("미국은 일본과 중국에 대해 말했다.", {"US", "JP", "CN"}),
    ],
)
def test_countries_found(text, expected):
    assert expected <= keys(annotate(text), "countries")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Students at the American University of Kabul returned to class.", "US"),
        ("Basketball star Michael Jordan visited the stadium.", "JO"),
        # A translated name that is also a word, a name or a piece of a longer word is none.
        ("The ferry left Long Island at noon.", "IS"),
        ("He met Prince Fahad bin Turki on Monday.", "TR"),
        ("A Reunião do comitê terminou ontem.", "RE"),
        ("新しいタイトルが発表された。", "TH"),
        ("沿海地区的经济发展很快。", "HT"),
        ("Die Regierung sagte: Ja.", "JM"),
        ("The prize went to the son of Jordan Whitfield.", "JO"),  # a lowercase noun's "of": a first name still
        ("Washington state passed a new law on ferries.", "US"),
        ("The Middle East and Central Asia were on the agenda.", "IR"),
        ("A fifth of its work is directed towards Northern Irish terrorism.", "IE"),  # part of the UK
        ("Police in Northern Ireland made two arrests.", "IE"),
        ("The New York Stock Exchange fell on Monday.", "US"),
        ("The Congo Basin rainforest shrank again.", "CD"),  # a feature several states share
        ("Oil spills fouled the Niger Delta.", "NE"),  # Nigeria's delta, not Niger's
        ("They discussed co-operation over the use of Jordan waters.", "JO"),  # the river, in lowercase
        ("Troops from Congo Republic arrived.", "CD"),
        # A demonym that names a language.
        ("Its fact checks cover 22 languages in the EU, which now include also Czech and Slovak.", "SK"),
        ("The checks cover Russian, Ukrainian, Belarusian and 17 European languages.", "BY"),
        ("The children went to Greek-speaking schools.", "GR"),
        ("Ortega leads the Sandinista National Liberation Front (FSLN, by its initials in Spanish).", "ES"),
        ("The statement was translated from Turkish and published.", "TR"),
        # A body of water named after a state is no news of it.
        ("Ships sailed through the Gulf of Aden and the Red Sea.", "YE"),
        ("Ships sailed in the Gulf of Oman.", "OM"),
        ("The leaders stressed the peaceful settlement of disputes in the South China Sea.", "CN"),  # inside an initiative's name too
        # "American" after a prefix of the Americas.
        ("The Inter-American Commission on Human Rights called for a probe.", "US"),
        # A combining form alone, or before no second state, names none.
        ("The Indo-Pacific strategy and Indo-European languages were discussed.", "IN"),
        ("The film was directed by Anthony Russo and shown in Rome.", "RU"),
        ("Francisco Franco ruled until 1975.", "FR"),
        # A country's name that is also a given name, before one unknown capitalised word: a person's name.
        ("The article was written by Oleg Ustenkov and Minister of Energy German Galushchenkov.", "DE"),
    ],
)
def test_false_friends_are_not_countries(text, absent):
    assert absent not in keys(annotate(text), "countries")


def test_a_country_or_person_named_only_in_a_related_storys_link_is_not_the_articles():
    notes = annotate("Finland's navy said on Monday that the video was fake. (RELATED: Sweden And Norway Apply For NATO "
                     "Membership, Nikki Haley Says) The ships left.")  # the link's words, as the cleaner leaves them
    assert keys(notes, "countries") == {"FI"}
    assert not notes.people


def test_a_related_link_glued_to_the_sentence_before_it_names_no_country_of_the_article():
    notes = annotate("Finland's navy said the video was fake, the readout stated.(RELATED: Did German Satire Magazine Feature "
                     "A Caricature Of Zelenskyy?) The ships left.")
    assert keys(notes, "countries") == {"FI"}


def test_regions_stay_regions():
    notes = annotate("Leaders from the Middle East and the Indo-Pacific met in Central Asia.")
    assert {"middle-east", "indo-pacific", "central-asia"} <= keys(notes, "regions")
    assert not keys(notes, "countries")


def test_the_kingdom_resolves_to_the_kingdom_under_discussion():
    notes = annotate("Saudi Arabia hosted the talks.", "Officials said the Kingdom would continue its efforts.")
    kingdom = [m for m in notes.mentions if m.taxonomy == "countries" and m.block == 1]
    assert [m.key for m in kingdom] == ["SA"]


def test_every_mention_keeps_its_sentence():
    notes = annotate("Trade grew. Japan and Brazil signed a deal on Monday. Prices fell.")
    brazil = next(m for m in notes.mentions if m.key == "BR")
    assert brazil.sentence == "Japan and Brazil signed a deal on Monday."
    assert brazil.block == 0


@pytest.mark.parametrize("text", ["Rallies were held in Atlanta, Georgia, on Sunday.", "The Georgia governor signed the bill."])
def test_georgia_the_us_state_is_not_the_country(text):
    assert "GE" not in keys(annotate(text), "countries")


def test_georgia_the_country_is_still_found():
    assert "GE" in keys(annotate("Georgia and Armenia signed a transit deal in Tbilisi."), "countries")


def test_new_mexico_is_not_mexico():
    assert "MX" not in keys(annotate("Officials in New Mexico approved the plan."), "countries")


def test_a_month_before_a_country_is_no_first_name():
    assert "IN" in keys(annotate("In December India and Sri Lanka issued a joint statement."), "countries")


def test_dateline_cities_give_their_countries():
    from annotate_helpers import annotate

    notes = annotate("Talks resumed on Friday after a week of delay.", dateline="MUNICH (Reuters) -")
    assert "DE" in notes_countries(notes)


@pytest.mark.parametrize(
    "paragraph, dateline, expected",
    [
        ("BRUSSELS Leaders of the European Union meet on Thursday.", None, "BE"),  # a bare dateline, no separator
        ("Leaders of the European Union meet on Thursday.", "BRUSSELS (Reuters) -", "BE"),  # a capital that is no alias
        ("HAVANA President Barack Obama arrives on Sunday.", None, "CU"),
    ],
)
def test_dateline_capitals_give_their_countries(paragraph, dateline, expected):
    assert expected in notes_countries(annotate(paragraph, dateline=dateline))


@pytest.mark.parametrize(
    "paragraph",
    ["Brussels wants more money from member states.", "NATO Leaders met in Madrid.", "EU leaders agreed on Thursday."],
)
def test_brussels_alone_and_capitalised_openers_name_no_country(paragraph):
    assert "BE" not in notes_countries(annotate(paragraph))


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The court backed the arrest warrant over the war in Ukraine.", {"UA"}, set()),
        ("He spoke about the Russian invasion of Ukraine.", {"RU", "UA"}, set()),
        ("Ministers reaffirmed the Paris Agreement on Tuesday.", set(), {"FR"}),  # a city is only the venue
        ("This included US withdrawal from the Paris Climate pact.", {"US"}, {"FR"}),  # as news spells the agreement
        ("We hope that the Astana meeting will consolidate the ceasefire in Syria.", {"SY"}, {"KZ"}),
        ("The Chinese Foreign Ministry said on Friday.", {"CN"}, set()),  # a state body names its state
        ("The Palestinian Authority rejected the plan.", {"PS"}, set()),
        ("Qatar Airways announced new flights.", set(), {"QA"}),  # a company is no state acting
        ("Chinese ships were seen in Spanish waters.", {"ES", "CN"}, set()),  # a demonym before a noun is no language
        ("The talks were held in China.", {"CN"}, set()),  # a country's name after "in" is no language
    ],
)
def test_countries_inside_longer_names(text, present, absent):
    found = notes_countries(annotate(text))
    assert present <= found and not absent & found


def notes_countries(notes):
    return {m.key for m in notes.mentions if m.taxonomy == "countries"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A currency sign after a country's short name is the currency: "US$" names no United States.
        ("Two-way trade is over US$100 billion every year with Indonesia.", {"ID"}),
        ("The plant cost S$5 million, Japan said.", {"JP"}),
        # "People's" before a republic's name, however spelt or cut by a drop cap, is not Taiwan's or South Korea's name.
        ("eople's Republic of China Ambassador Hou Yanqi met Indonesia's minister.", {"ID"}),
        ("The Peoples Republic of China protested.", {"CN"}),
        ("The Democratic People’s Republic of Korea fired a missile.", {"KP"}),
        ("Officials of the Republic of China in Taipei replied.", {"TW"}),
        # A demonym or compass word before a country's name marks a part of it, not a person's given name.
        ("They stood by each other on Karabakh, Kashmir or northern Turkish Cyprus.", {"TR", "CY"}),
        ("Troops stayed in Northern Cyprus after 1974.", {"CY"}),
        # A people named by two demonyms is of the first one's origin; joined by a hyphen they may be two states.
        ("Nine activists were killed, including one Turkish American.", {"TR"}),
        ("Russian-Ukrainian talks resumed.", {"RU", "UA"}),
    ],
)
def test_currencies_cut_names_and_parts_of_countries(text, expected):
    assert keys(annotate(text), "countries") == expected


#: An economics weekly's "more from this section" line: five titles run together, no sentence end.
_GLUED_TITLES = ("Half a century after the death of Franco, Spain is a far better place Georgia is dousing the last embers of "
                 "democracy Even on Ukraine’s front line there is time, and a need, for beauty How Italy’s mafia uses social "
                 "media to recruit new blood Sir Keir Starmer is a prisoner of the politics he pledged to end")


@pytest.mark.parametrize(
    "paragraphs, present, absent",
    [
        # A related link's title (short, no sentence end) or a teaser cut short names no country of the article.
        (("Biden arrived in Angola on Monday.", "Biden fetes Kenyan leader as Africa competition grows", "He left."), {"AO"}, {"KE"}),
        (("Singapore and China met.", "Malaysian admits to killing ‘overbearing’ aunt, hi..."), {"SG", "CN"}, {"MY"}),
        (("Singapore and China met.", "Malaysian admits to killing ‘overbearing’ aunt, a long line cut short as teasers are cut, hi… "),
         {"SG", "CN"}, {"MY"}),
        # ... but a country the text names too stays, and so does a long line a link broke off a paragraph.
        (("Biden arrived in Angola.", "Angola's hopes grow", "Kenya waits."), {"AO", "KE"}, set()),
        (("Kyiv advanced.", "The Institute for the Study of War, a Washington-based think tank, attributed Kyiv’s successes to the fact that Ukraine persuaded",
          "allies to send arms."), {"US", "UA"}, set()),
        # The lead is never a teaser: a bare dateline's country counts.
        (("Japan", "Tokyo said it would reply."), {"JP"}, set()),
        # A section's teaser titles run together in one long line with no sentence end name no country of the article.
        (("Ethiopia is close to war.", _GLUED_TITLES), {"ET"}, {"ES", "GE", "IT", "UA"}),
        # ... even when one title asks a question: only a full stop ends a sentence inside such a line.
        (("Ethiopia is close to war.", "Which is Spain’s superstar region? " + _GLUED_TITLES), {"ET"}, {"ES", "GE", "IT", "UA"}),
    ],
)
def test_countries_only_in_teasers_are_dropped(paragraphs, present, absent):
    found = keys(annotate(*paragraphs), "countries")
    assert present <= found and not absent & found


def test_people_only_in_teaser_titles_run_together_are_dropped():
    found = keys(annotate("Ethiopia is close to war, Abiy Ahmed said.", _GLUED_TITLES), "people")
    assert found == {"abiy-ahmed"}


def test_a_state_office_holders_country_is_the_articles():
    # "Both countries": a White House readout is news of the United States though no line names it.
    notes = annotate("President Joe Biden called President-elect Claudia Sheinbaum of Mexico today to congratulate her. "
                     "The two leaders emphasized their commitment to both countries.")
    assert {"US", "MX"} <= keys(notes, "countries")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("European Council President Donald Tusk said the deal with Ankara needed more time.", "PL"),
        ("MTN Group President and CEO Ralph Mupita said trade within Africa must grow.", "ZA"),
    ],
)
def test_an_international_officials_or_a_company_heads_country_is_not_the_articles(text, absent):
    assert absent not in keys(annotate(text), "countries")


@pytest.mark.parametrize(
    "text, absent",
    [
        # A name or demonym and the word after it that name a thing (`data/country_things.txt`), in any case or plural.
        ("She served Turkish delight and French fries at the party.", "TR"),
        ("She served Turkish delight and French fries at the party.", "FR"),
        ("The Spanish flu killed millions.", "ES"),
        ("He ordered Danish pastries and a coffee.", "DK"),
        ("Guinea pigs were kept in the lab.", "GN"),
        ("The Dutch auction attracted bidders.", "NL"),
        # A place before a comma and a US state is the American town.
        ("He was born in Lebanon, Pennsylvania, and moved away.", "LB"),
        ("The mayor of Moscow, Idaho resigned.", "RU"),
        # A language's name among the words of knowing or learning it, or before its words, sounds or script.
        ("Their kids went to school not knowing Greek.", "GR"),
        ("Sanna adopted several Greek words and Greek syntax.", "GR"),
        ("He learnt Russian before moving.", "RU"),
        ("The sign was written in Chinese characters.", "CN"),
        # A river named after a country, in Chinese too: the West Bank is "the Jordan river's west bank".
        ("许多人被送往被以色列占领的约旦河西岸。", "JO"),
    ],
)
def test_things_towns_and_languages_named_after_a_country_are_not_the_country(text, absent):
    assert absent not in keys(annotate(text), "countries")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Greek government protested.", {"GR"}),  # the state's own noun
        ("The Russian version of events was disputed.", {"RU"}),  # an account is the state's, no language's
        ("French troops landed in Mali.", {"FR", "ML"}),
        ("Tbilisi, Georgia, was calm after the vote.", {"GE"}),  # the capital before its own country: no US town
        ("Leaders of Armenia, Georgia and Azerbaijan met in Brussels.", {"AM", "GE", "AZ"}),  # a list of states
        ("He visited Paris, Texas, last year.", set()),  # neither France nor (as a state's name alone) anything else
        ("中国河南省发生洪水。", {"CN"}),  # a province whose name opens with "river" is no river
    ],
)
def test_the_state_stays_where_the_words_around_it_name_the_state(text, expected):
    assert keys(annotate(text), "countries") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # One use of the US state's name makes every bare use in the article the state.
        (("Rallies were held in Atlanta, Georgia, on Sunday.", "Turnout in Georgia was high."), set()),
        (("The Georgia governor signed the bill.", "Georgia has 159 counties."), set()),
        # Not when the article names the country by another of its names too.
        (("Rallies were held in Atlanta, Georgia.", "Georgian troops left Tbilisi.", "Georgia protested."), {"GE"}),
        (("Russia invaded Georgia in 2008.", "Georgia wants to join NATO."), {"RU", "GE"}),
    ],
)
def test_a_us_state_named_as_the_state_once_is_the_state_throughout(paragraphs, expected):
    assert keys(annotate(*paragraphs), "countries") == expected


@pytest.mark.parametrize(
    "text, absent",
    [
        # A country's name after a given name is a surname, even where the given name opens the sentence.
        ("Michael Jordan scored 30 points. Jordan later said he was tired.", "JO"),
        # A title's full stop ends no sentence: the name after it is a person's.
        ("Rep. Jim Jordan said the bill would fail.", "JO"),
        # The same word alone later in the article is that person, when nothing else names the country.
        ("Rep. Jim Jordan said the bill would fail. Jordan added that he would vote no.", "JO"),
    ],
)
def test_a_country_named_only_as_a_persons_surname_is_not_the_country(text, absent):
    assert absent not in keys(annotate(text), "countries")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rep. Jim Jordan met King Abdullah. Jordan's king thanked him.", {"JO"}),  # an owner's possessive is the state's
        ("Rep. Jim Jordan met Jordanian officials. Jordan hosts refugees.", {"JO"}),  # the demonym names the country
        ("In Japan, the vote was close.", {"JP"}),  # no given name before it
    ],
)
def test_a_country_beside_a_surname_of_its_name_stays_where_the_article_names_it(text, expected):
    assert expected <= keys(annotate(text), "countries")


@pytest.mark.parametrize(
    "text, expected",
    [
        # Portuguese, Spanish and French adjectives of the states the news names most, in lowercase.
        ("Os governos americano, japonês e europeus vão pressionar Teerã.", {"JP", "IR"}),
        ("El presidente estadounidense habló con su homólogo ruso.", {"US", "RU"}),
        ("Le président américain a rencontré le Premier ministre japonais.", {"US", "JP"}),
        # A language menu's words and a name spelt like an adjective are none.
        ("Leia em Português ou em Español.", set()),
        ("Former president Arnoldo Alemán spoke.", set()),
    ],
)
def test_other_languages_adjectives_name_their_state(text, expected):
    assert keys(annotate(text), "countries") == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # Chinese text ends its sentences with "。" and writes no spaces: a long line after the lead is text, not a teaser.
        (("中國與日本周一在東京舉行中日經濟高層對話。", "美國總統特朗普表示，美軍將留在敘利亞。"), {"CN", "JP", "US", "SY"}),
        (("中國與日本周一在東京舉行中日經濟高層對話。", "法國總統馬克龍表示，三國聯手空襲敘利亞之前，他說服美國總統留駐"), {"CN", "JP", "US", "SY", "FR"}),
        # A short link title after the lead still names nothing of the article's.
        (("中國與日本周一在東京舉行中日經濟高層對話。", "美英法攻擊敘利亞"), {"CN", "JP"}),
    ],
)
def test_east_asian_lines_after_the_lead_are_read_by_their_own_stops_and_length(paragraphs, expected):
    assert keys(annotate(*paragraphs), "countries") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Capitals drop a name's accents: "ALGÉRIE" written "ALGERIE" in a French dateline or list.
        ("ALGER, ALGERIE — Le président est arrivé.", {"DZ"}),
        ("Visite officielle, DUBAI, EMIRATS ARABES UNIS.", {"AE"}),
        ("BOGOTA, COLOMBIA — La reunión terminó. MEXICO y PERU firmaron.", {"CO", "MX", "PE"}),
    ],
)
def test_a_name_in_capitals_is_found_without_its_accents(text, expected):
    assert expected <= keys(annotate(text), "countries")
