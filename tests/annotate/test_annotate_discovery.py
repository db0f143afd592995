"""Discovery: organisations the knowledge base does not know, found by the shape of their names."""
import pytest
from annotate_helpers import annotate

from generator.annotate.discovery import discover
from generator.annotate.organisation_heads_first import head_first_names
from generator.model import Discovery, Mention


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Harbour Development Agency approved the plan on Monday.",
                     [("organizations", "harbour-development-agency", "Harbour Development Agency")], id="organisation noun"),
        pytest.param("The Council for Economic Development (CED) met in Nairobi.",
                     [("organizations", "council-for-economic-development", "Council for Economic Development")], id="name with acronym"),
        pytest.param("The Foreign Ministry declined to comment.", [], id="generic words make no name"),
        pytest.param("said the director of the Foundation for Defense of Democracies think tank.",
                     [("organizations", "foundation-for-defense-of-democracies", "Foundation for Defense of Democracies")],
                     id="what an organisation is for, of something"),
        pytest.param("Chairman of the Center for Analysis of International Relations (CAIA) spoke.",
                     [("organizations", "center-for-analysis-of-international-relations", "Center for Analysis of International Relations")],
                     id="two links and an acronym skipping words"),
        pytest.param("Minister of State at the Ministry of Foreign Affairs Dr. Ali Saleh spoke.",
                     [("organizations", "ministry-of-foreign-affairs", "Ministry of Foreign Affairs")], id="a title after the name"),
        pytest.param("An expert from the University of Notre Dame, questioned it.",
                     [("organizations", "university-of-notre-dame", "University of Notre Dame")], id="a title's word ending a name"),
        pytest.param("It also features the Annual General Meeting of the Global Young Academy (GYA), in Hyderabad.",
                     [("organizations", "global-young-academy", "Global Young Academy")], id="a body's meeting is the body's"),
        pytest.param("Chair of the School, Director for Israel Epstein Center and Principal Investigator.",
                     [("organizations", "israel-epstein-center", "Israel Epstein Center")], id="a role before 'for'"),
        pytest.param("Shares of Banco Santander S.A. fell.",
                     [("organizations", "banco-santander-s-a", "Banco Santander S.A.")], id="a legal form closes a company's name"),
        pytest.param("He sold it to Acme Widgets GmbH in May.",
                     [("organizations", "acme-widgets-gmbh", "Acme Widgets GmbH")], id="another legal form"),
        pytest.param("The deal went to Xeric AB and Vietnam Rare Earth JSC.",
                     [("organizations", "xeric-ab", "Xeric AB"), ("organizations", "vietnam-rare-earth-jsc", "Vietnam Rare Earth JSC")],
                     id="other countries' legal forms"),
        pytest.param("Putrajaya Perdana Sdn Bhd won the contract.",
                     [("organizations", "putrajaya-perdana-sdn-bhd", "Putrajaya Perdana Sdn Bhd")], id="a two-word legal form"),
        pytest.param("Egyptian firms attended, among them Hassan Allam Holding.",
                     [("organizations", "hassan-allam-holding", "Hassan Allam Holding")], id="a holding company"),
        pytest.param("She studied at Wellesley College before law school.",
                     [("organizations", "wellesley-college", "Wellesley College")], id="a college"),
        pytest.param("More Investments", [], id="a subheading's quantity word opens no name"),
        pytest.param("It rejected resolutions by the U.N. Decolonization Committee calling for talks.",
                     [("organizations", "decolonization-committee", "Decolonization Committee")], id="only a country's initials open a name"),
        pytest.param("He moved to Cape Town SA last year.", [], id="SA is also South Africa"),
        pytest.param("China claims Vanguard Bank off Vietnam.", [], id="a bank off a coast is a feature of the sea"),
        pytest.param("Soldiers of the 47th Mechanized Brigade held the line.",
                     [("organizations", "47th-mechanized-brigade", "47th Mechanized Brigade")], id="an armed unit"),
        pytest.param("Interim BART Police Chief Ed Alvarez spoke.", [("organizations", "bart-police", "BART Police")],
                     id="a police force, without the role's 'Interim'"),
        pytest.param("The National Transportation Safety Board opened an inquiry.",
                     [("organizations", "national-transportation-safety-board", "National Transportation Safety Board")], id="a board"),
        pytest.param("The Executive Board met.", [], id="generic words and a board make no name"),
        pytest.param("He is Chairman, Board of Governors, of the institute.", [], id="an organ named after its members"),
        pytest.param("By The Editorial Board", [], id="any paper's editorial board"),
        pytest.param("Officials of the Kharkiv Regional Military Administration said so.",
                     [("organizations", "kharkiv-regional-military-administration", "Kharkiv Regional Military Administration")],
                     id="a military administration, without the officials of it"),
        pytest.param("Judge Blocks Trump Administration Plan", [], id="a president's administration is no name"),
        pytest.param("The Regional Military Administration said.", [], id="an administration of no place"),
        pytest.param("It faces scrutiny from the Securities and Exchange Commission over it.",
                     [("organizations", "securities-and-exchange-commission", "Securities and Exchange Commission")],
                     id="a short tail after 'and' is the same name"),
        pytest.param("Chinalco and China Baowu Steel Group signed the deal.",
                     [("organizations", "china-baowu-steel-group", "China Baowu Steel Group")], id="a long tail is a second name"),
        pytest.param("It works with Afreximbank and the Office of the Prime Minister.",
                     [("organizations", "office-of-the-prime-minister", "Office of the Prime Minister")],
                     id="a second name after 'and the' is named without 'the'"),
        pytest.param("The Japan Maritime Self-Defense Force joined the drill.",
                     [("organizations", "japan-maritime-self-defense-force", "Japan Maritime Self-Defense Force")], id="a force"),
        pytest.param("He flew aboard Air Force One.", [], id="a longer name goes on: a plane"),
        pytest.param("The Labour Force Survey showed gains.", [], id="a longer name goes on: a survey"),
        pytest.param("Harbour Development Agency Chief John Smith said so.",
                     [("organizations", "harbour-development-agency", "Harbour Development Agency")], id="a role may follow the name"),
        pytest.param("He spoke for Zagre Pingrenoma, Dean of the African Diplomatic Corps.",
                     [("organizations", "african-diplomatic-corps", "African Diplomatic Corps")],
                     id="a workplace role before 'of' is no part of the name"),
        pytest.param("Nomura named SBI and ICICI Bank as its key beneficiaries.",
                     [("organizations", "icici-bank", "ICICI Bank")], id="a short tail after an acronym is a name"),
        pytest.param("“We need it,” said Michael Sims, CEO and Founder of Ceres Robotics Inc.",
                     [("organizations", "ceres-robotics-inc", "Ceres Robotics Inc.")], id="a role before the name is no part of it"),
        pytest.param("“It is a risk,” said Ian Storey of the Yusof Ishak Institute.",
                     [("organizations", "yusof-ishak-institute", "Yusof Ishak Institute")], id="a person before 'of the' is no part of it"),
        pytest.param("He spoke to the Bank of the Southern Cone Council.",
                     [("organizations", "bank-of-the-southern-cone-council", "Bank of the Southern Cone Council")],
                     id="an organisation noun before 'of the' keeps the whole name"),
        pytest.param("Later the Harbour Development Agency approved it.",
                     [("organizations", "harbour-development-agency", "Harbour Development Agency")], id="a word then 'the' opens a clause"),
        pytest.param("Click Here To Subscribe To Our Daily Newsletter Service", [], id="a title-case menu line is no name"),
        pytest.param("Opposition Leader Slams Government Over Budget Council Decision", [], id="a title-case headline is no name"),
        pytest.param("Beijing declared parts of the Kalayaan Island Group a district.", [], id="a group of islands is a place"),
        pytest.param("She is a graduate of the University of Colorado and the Columbia University.",
                     [("organizations", "university-of-colorado", "University of Colorado"),
                      ("organizations", "columbia-university", "Columbia University")], id="a list of two names"),
        pytest.param("“It is hard,” say Hoang Thi Ha and Ian Storey of the Yusof Ishak Institute.",
                     [("organizations", "yusof-ishak-institute", "Yusof Ishak Institute")], id="two people before 'of the' are no part of it"),
        pytest.param("Judge Ivanov of the 2nd Western District Military Court sentenced him.",
                     [("organizations", "2nd-western-district-military-court", "2nd Western District Military Court")],
                     id="an ordinal opens the name"),
        pytest.param("He holds a British National (Overseas) passport.", [], id="a word in brackets is no acronym"),
        pytest.param("It meets the needs of Intensive Care Units (ICUs) in Europe.", [], id="a plural acronym names a kind of thing"),
        pytest.param("The label was bought by Braun’s Ithaca Holdings last year.",
                     [("organizations", "ithaca-holdings", "Ithaca Holdings")], id="an owner's possessive is no part of the name"),
        pytest.param("He joined the Prime Minister’s Delivery Office in May.",
                     [("organizations", "prime-ministers-delivery-office", "Prime Minister’s Delivery Office")],
                     id="a role's possessive is part of the name"),
        pytest.param("Later the People's Mujahedin Organization met.",
                     [("organizations", "people-s-mujahedin-organization", "People's Mujahedin Organization")],
                     id="a possessive that opens names"),
        pytest.param("He was held at the Moscow Detention Centre for a year.", [], id="a detention centre is a place"),
        pytest.param("Servers sit in the Frankfurt Data Center now.", [], id="a data centre is a place"),
        pytest.param("It signed deals with Wistron and Global Lighting Technologies last year.",
                     [("organizations", "global-lighting-technologies", "Global Lighting Technologies")], id="a company's last word"),
        pytest.param("He met Turkish Minister of Energy and Natural Resources Alparslan Bayraktar.", [],
                     id="a company's last word after 'of' is a minister's sector"),
        pytest.param("Chief of the Army Staff (COAS) Field Marshal Asim Munir attended.", [],
                     id="an acronym of a role before 'of' names a post"),
        pytest.param("The Quetta Chamber of Commerce and Industry condemned it.",
                     [("organizations", "quetta-chamber-of-commerce-and-industry", "Quetta Chamber of Commerce and Industry")],
                     id="a chamber of commerce"),
        pytest.param("They met at the Rock City Hotel and Conference Centre in Kwahu.", [], id="a conference centre is a place"),
        pytest.param("Aid flows through the Ukraine Assistance Fund now.", [], id="a fund for a purpose is an instrument"),
        pytest.param("The National Tourism Administration of Thailand launched it.",
                     [("organizations", "national-tourism-administration-of-thailand", "National Tourism Administration of Thailand")],
                     id="an administration of something"),
        pytest.param("The Harbour Administration said so.", [], id="an administration of nothing is a government's term"),
        pytest.param("Money came from the Harbour Sovereign Fund now.",
                     [("organizations", "harbour-sovereign-fund", "Harbour Sovereign Fund")], id="a fund that is a body"),
        pytest.param("He signed up to the Treaty of Friendship in South Asia (TFS).", [],
                     id="an unknown acronym opens with its name's initial"),
        pytest.param("Ministry of Law Strengthens Bilateral Ties on the Side of Convention Week",
                     [("organizations", "ministry-of-law", "Ministry of Law")], id="a title-case headline's verb ends the name"),
        pytest.param("Ministers co-chair the 2nd Coordination Council session in Riyadh.",
                     [("organizations", "coordination-council", "Coordination Council")],
                     id="an ordinal before a body counts its sessions: no part of its name"),
        pytest.param("The 2nd Western District Military Court sentenced him.",
                     [("organizations", "2nd-western-district-military-court", "2nd Western District Military Court")],
                     id="an ordinal opens a court's or unit's name"),
        pytest.param("Sri Lanka had a moment at the 24th Council of Ministers Meeting in Colombo.", [],
                     id="a body's meeting is an event"),
        pytest.param("Our Armed Forces stand ready.", [], id="a possessive determiner and a generic noun name nothing"),
        pytest.param("Stability rests on its Executive and Assembly now.", [], id="generic words and a link name nothing"),
        pytest.param("Two officers came from the Harbour Army and Air Force.",
                     [("organizations", "harbour-army", "Harbour Army")], id="a bare air force names no state's"),
        pytest.param("He reaffirmed the commitment to the U.S.-Japan Alliance today.", [], id="the end of a hyphened compound of parties"),
        pytest.param("“We disagree,” said Mark Lane, Co-Director of the Harbour Policy Institute.",
                     [("organizations", "harbour-policy-institute", "Harbour Policy Institute")], id="a prefixed role before 'of'"),
        pytest.param("A body such as the Andean Commission on Human Rights could act.",
                     [("organizations", "andean-commission-on-human-rights", "Andean Commission on Human Rights")],
                     id="what a commission deals with, after 'on'"),
        pytest.param("The Harbour Select Committee on Constitutional Development Chairman spoke.",
                     [("organizations", "harbour-select-committee-on-constitutional-development",
                       "Harbour Select Committee on Constitutional Development")], id="a role may follow a name with 'on'"),
        pytest.param("A meeting of the Parliament) Committee on International Relations began.", [],
                     id="a generic organ with 'on' is still generic"),
        pytest.param("said an expert at the D. A. Harbour Academy of Economics in Bulgaria.",
                     [("organizations", "d-a-harbour-academy-of-economics", "D. A. Harbour Academy of Economics")],
                     id="a person's initials open the name"),
        pytest.param("It was Plan B. Harbour Development Agency said no.",
                     [("organizations", "harbour-development-agency", "Harbour Development Agency")],
                     id="an initial after a capitalised word is that word's"),
        pytest.param("The soldiers from 3rd Battalion, The Rifles, had been training.",
                     [("organizations", "3rd-battalion-the-rifles", "3rd Battalion, The Rifles")], id="a numbered unit and its regiment"),
        pytest.param("The 2nd Battalion, which had arrived, left.",
                     [("organizations", "2nd-battalion", "2nd Battalion")], id="a numbered unit with no regiment after it"),
        pytest.param("The Ministry of Agriculture, Livestock and Fisheries said so.",
                     [("organizations", "ministry-of-agriculture-livestock-and-fisheries", "Ministry of Agriculture, Livestock and Fisheries")],
                     id="what a body is of, as a list"),
        pytest.param("The Ministry of Defence, Foreign Office and Treasury agreed.",
                     [("organizations", "ministry-of-defence", "Ministry of Defence")], id="a list of bodies after a name"),
        pytest.param("The Ministry of Agriculture, Harbour said so.",
                     [("organizations", "ministry-of-agriculture", "Ministry of Agriculture")], id="a comma without a list ends the name"),
        pytest.param("The Harbour Development Commission on Monday approved it.",
                     [("organizations", "harbour-development-commission", "Harbour Development Commission")], id="a day after 'on' is when"),
        pytest.param("He met the president of the National Committee for U.S.-China Trade, who had visited.",
                     [("organizations", "national-committee-for-u-s-china-trade", "National Committee for U.S.-China Trade")],
                     id="initials with their dots in what a body is for"),
        pytest.param("It joined Harbour State University and Tashkent State University of Oriental Studies in a deal.",
                     [("organizations", "harbour-state-university", "Harbour State University"),
                      ("organizations", "tashkent-state-university-of-oriental-studies", "Tashkent State University of Oriental Studies")],
                     id="two names joined by 'and', the second of something"),
        pytest.param("The Harbour Committee on the Rights of the Child met in Geneva.",
                     [("organizations", "harbour-committee-on-the-rights-of-the-child", "Harbour Committee on the Rights of the Child")],
                     id="what a body deals with, of something"),
    ],
)
def test_discover(text, expected):
    mentions, discoveries = discover([(0, text)], {})
    assert [(d.taxonomy, d.key, d.name) for d in discoveries] == expected
    assert [(m.taxonomy, m.key, m.surface, m.block) for m in mentions] == [(t, k, n, 0) for t, k, n in expected]


@pytest.mark.parametrize(("blocks", "expected"), [
    pytest.param(["Sahel's Power Play - Former Harbour Colonies Forge New Defense Alliance", "Three states signed it."], [],
                 id="a title-case headline's verbs make no name inside it"),
    pytest.param(["Africa: AU - Tinubu Demands Combined Maritime Task Force", "The Combined Maritime Task Force sails."],
                 ["Combined Maritime Task Force"], id="a name the body writes too"),
    pytest.param(["Ministry of Harbours Strengthens Bilateral Ties on the Side of Convention Week", "It was signed."],
                 ["Ministry of Harbours"], id="a name opening the headline is its subject"),
])
def test_a_title_case_line_names_what_the_body_writes(blocks, expected):
    _, discoveries = discover(list(enumerate(blocks)), {})
    assert [d.name for d in discoveries] == expected


@pytest.mark.parametrize(("text", "people", "expected"), [
    pytest.param("said Sandra Ha of Zico Import Pty Ltd on Monday.", {("Sandra", "Ha")}, ["Zico Import Pty Ltd"],
                 id="a person the article names, then where they work"),
    pytest.param("They were Major General Rowland Leslie Makandu of Tanzania Navy then.", {("Leslie", "Makandu")},
                 ["Tanzania Navy"], id="a rank and a person before a navy: the navy alone"),
    pytest.param("They were Major General Said Shusan Omary of Harbour Navy then.", set(), ["Harbour Navy"],
                 id="a rank opens a person's name, though the people finder missed it"),
    pytest.param("The General Secretariat of the Harbour Council met.", set(), ["General Secretariat of the Harbour Council"],
                 id="a rank's word opening a body's name"),
    pytest.param("They signed a Memorandum of Understanding (MoU) on trade.", set(), [], id="an MoU is a text"),
    pytest.param("He became Chief of Defense Staff (CDS) of the Armed Forces.", set(), [], id="a post, with its acronym"),
    pytest.param("He joined Morales’ Harbour Socialist Movement.", {("Evo", "Morales")}, ["Harbour Socialist Movement"],
                 id="a bare apostrophe after a person's surname: the owner is no part of the name"),
    pytest.param("Then the Teachers’ Harbour Service Commission met.", {("Evo", "Morales")}, ["Teachers’ Harbour Service Commission"],
                 id="a bare apostrophe after a plural noun opens the name"),
    pytest.param("He studied at the Harbour Institute of Defence Studies.", {("Sandra", "Ha")},
                 ["Harbour Institute of Defence Studies"], id="no person before 'of': the whole name"),
])
def test_discovery_leaves_people_out(text, people, expected):
    _, discoveries = discover([(0, text)], {}, None, frozenset(people))
    assert [d.name for d in discoveries] == expected


def test_discovery_keeps_the_sentence_as_evidence():
    text = "Talks went on. The Harbour Development Agency approved the plan."
    sentence = "The Harbour Development Agency approved the plan."
    assert discover([(2, text)], {}) == (
        [Mention("organizations", "harbour-development-agency", "Harbour Development Agency", 2, sentence)],
        [Discovery("organizations", "harbour-development-agency", "Harbour Development Agency", sentence)],
    )


@pytest.mark.parametrize(
    "text, discovered, known",
    [
        pytest.param("The Soviet Union collapsed in 1991.", [], set(), id="a whole name that is a country is not new"),
        pytest.param("He met Myanmar’s Union Attorney-General U Tun Tun Oo.", [("people", "u-tun-tun-oo")], set(),
                     id="a country's possessive and one noun name nothing"),
        pytest.param("The Harbour Development Agency approved the plan on Monday.",
                     [("organizations", "harbour-development-agency")], {("organizations", "harbour-development-agency")},
                     id="unknown name: discovered and mentioned"),
        pytest.param("It sold stakes to Carlyle Group and Saudi Midad Energy, as well as others.",
                     [("organizations", "midad-energy")], {("organizations", "carlyle-group"), ("organizations", "midad-energy")},
                     id="a demonym before a company's name is no part of it"),
        pytest.param("They met at the Shanghai Cooperation Organisation summit in Astana.", [],
                     {("organizations", "sco"), ("initiatives", "sco-summit")}, id="an initiative named after an organisation names it"),
        pytest.param("Both signed the United Nations Convention on the Law of the Sea.", [], {("initiatives", "unclos")},
                     id="a treaty named after an organisation does not name it"),
        pytest.param("Europe recalls the liberation by the Soviet Union of Germany and the rest of Europe from Nazism.", [], set(),
                     id="a state and what it acted on"),
        pytest.param("The U.S. Postal Service will resume direct mail.", [("organizations", "u-s-postal-service")],
                     {("organizations", "u-s-postal-service")}, id="a country's dotted initials open the name"),
    ],
)
def test_discovery_in_the_annotator(text, discovered, known):
    notes = annotate(text)
    assert [(d.taxonomy, d.key) for d in notes.discoveries] == discovered
    assert {(m.taxonomy, m.key) for m in notes.mentions if m.taxonomy in ("organizations", "initiatives")} == known


@pytest.mark.parametrize(("text", "found"), [
    ("Fighters of the al-Nusra Front attacked the town.", [("organizations", "al-Nusra Front")]),
    ("The Britain-based Syrian Observatory for Human Rights said so.", [("organizations", "Syrian Observatory for Human Rights")]),
])
def test_discovered_names_without_descriptions_or_figures(text, found):
    from generator.annotate.discovery import discover

    mentions, _ = discover([(0, text)], {})
    assert [(m.taxonomy, m.surface) for m in mentions] == found


@pytest.mark.parametrize(("paragraphs", "expected"), [
    pytest.param(("Hong Kong Polytechnic University was besieged.", "Students left the Polytechnic University at night."),
                 {"hong-kong-polytechnic-university"}, id="a tail of a longer name is that name"),
    pytest.param(("The Harbour Development Agency and the River Development Agency met.", "The Development Agency said no."),
                 {"harbour-development-agency", "river-development-agency", "development-agency"}, id="a tail of two names stays"),
    pytest.param(("La Banque centrale des États d’Afrique de l’Ouest a suspendu les paiements.",
                  "Les guichets de la Banque centrale des États d’Afrique de l’ouest sont fermés."),
                 {"banque-centrale-des-etats-dafrique-de-louest"}, id="a name cut short before what it is of"),
])
def test_a_name_ending_a_longer_one_is_merged_into_it(paragraphs, expected):
    notes = annotate(*paragraphs)
    assert {m.key for m in notes.mentions if m.taxonomy == "organizations"} == expected
    assert {d.key for d in notes.discoveries if d.taxonomy == "organizations"} == expected


def test_a_name_ending_a_known_one_the_article_writes_is_that_one():
    notes = annotate("Deputies of the ACP-EU Joint Parliamentary Assembly met.", "The Joint Parliamentary Assembly said no.")
    assert {m.key for m in notes.mentions if m.taxonomy == "organizations"} == {"oacps-eu-joint-parliamentary-assembly"}
    assert not [d for d in notes.discoveries if d.taxonomy == "organizations"]


def test_a_name_a_longer_one_places_is_that_one():
    notes = annotate("He thanked the Chinese Embassy in Indonesia for it.", "The Chinese Embassy said it was pleased.")
    assert {m.key for m in notes.mentions if m.taxonomy == "organizations"} == {"chinese-embassy-in-indonesia"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The OPCW Technical Secretariat is also required to act.", {"opcw-technical-secretariat"},
                 id="a known body's organ named after its acronym"),
    pytest.param("The OPCW Executive Council session was held.", {"opcw-executive-council"}, id="an organ before a word of its own"),
    pytest.param("The OPCW Council Building burned.", set(), id="a capitalised word going on the name"),
    pytest.param("He briefed the UN Security Council on Monday.", set(), id="a known organ is the knowledge base's"),
])
def test_an_organ_of_a_known_body(text, expected):
    notes = annotate(text)
    assert {d.key for d in notes.discoveries if d.taxonomy == "organizations"} == expected


def test_a_name_before_a_known_acronym_is_that_organisation():
    notes = annotate("Colombia's National Liberation Army (ELN) attacked a base.")
    assert {(m.key, m.surface) for m in notes.mentions if m.taxonomy == "organizations"} == {
        ("eln", "National Liberation Army"), ("eln", "ELN")}
    assert [d for d in notes.discoveries if d.taxonomy == "organizations"] == []


def test_a_countrys_possessive_is_no_part_of_a_name():
    notes = annotate("Egypt's Red Sea Ports Authority reported lower revenues.")
    assert [(d.key, d.name) for d in notes.discoveries if d.taxonomy == "organizations"] == [
        ("red-sea-ports-authority", "Red Sea Ports Authority")]


def test_a_surname_alone_does_not_hold_a_name_back():
    notes = annotate("Robert Ayson teaches at Victoria University of Wellington.")
    assert ("victoria-university-of-wellington", "Victoria University of Wellington") in [
        (d.key, d.name) for d in notes.discoveries if d.taxonomy == "organizations"]


def test_a_country_after_and_is_no_part_of_a_name():
    notes = annotate("Egypt's Harbour Council of Antiquities and Uzbekistan signed a cooperation deal.")
    assert {d.name for d in notes.discoveries if d.taxonomy == "organizations"} == {"Harbour Council of Antiquities"}


def test_a_found_initiative_ending_a_longer_one_is_merged_into_it():
    notes = annotate("Next week the Philippines will host an EU-Philippines Business Summit for 300 firms.",
                     "It is this potential we seek to unleash at the Business Summit.")
    assert {d.name for d in notes.discoveries if d.taxonomy == "initiatives"} == {"EU-Philippines Business Summit"}
    assert {m.key for m in notes.mentions if m.taxonomy == "initiatives"} == {"eu-philippines-business-summit"}


def test_a_known_bodys_organ_goes_on_with_what_it_deals_with():
    notes = annotate("Iran urged the expulsion of Israel from the UNHRC Committee on the Status of Women, Iran said.")
    assert "UNHRC Committee on the Status of Women" in {d.name for d in notes.discoveries if d.taxonomy == "organizations"}


def test_plans_of_as_many_points_are_one_plan():
    notes = annotate("The European Union should propose a three-point plan for the Balkans.",
                     "This three-point program would lay the ground for growth in Serbia.")
    assert {d.name for d in notes.discoveries if d.taxonomy == "initiatives"} == {"Three-point plan"}


def test_a_lowercase_the_opens_no_name():
    notes = annotate("It was signed at the Sarajevo Summit in Bosnia.", "But the Harbour Stability Pact is merely a shell.")
    assert "Harbour Stability Pact" in {d.name for d in notes.discoveries if d.taxonomy == "initiatives"}


@pytest.mark.parametrize("text, names", [
    # Romance copy names a body head first: the head, what it is of, lowercase adjectives after a capitalised noun.
    ("O Ministério dos Transportes e Comunicações e a Administração Nacional de Estradas assinaram.",
     ["Ministério dos Transportes e Comunicações", "Administração Nacional de Estradas"]),
    ("Le ministère des Affaires étrangères de la République d’Arménie a confirmé.",
     ["ministère des Affaires étrangères de la République d’Arménie"]),
    ("La Banque centrale des États d’Afrique de l’Ouest a relevé ses taux.", ["Banque centrale des États d’Afrique de l’Ouest"]),
    ("as Unidades de Coordenação do Projecto no Ministério dos Transportes", ["Unidades de Coordenação do Projecto",
                                                                              "Ministério dos Transportes"]),
    # No capitalised word after the link, or a head English also opens names with: nothing.
    ("Frente a Estados Unidos, el gobierno cedió.", []),
    ("La Chambre des représentants a voté.", []),
    ("Banco Santander said profits rose.", []),
])
def test_a_head_first_name(text, names):
    assert [name for name, _, _ in head_first_names(text)] == names
