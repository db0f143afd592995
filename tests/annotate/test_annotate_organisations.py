"""Organisations beyond the knowledge base: institutions named after a country, described organisations, acronyms;
and names the article's context resolves ('the Security Council', 'Congress')."""
import pytest
from annotate_helpers import annotate, keys


def discovered(*paragraphs):
    """(key, name, country) of every organisation the article discovers."""
    return [(d.key, d.name, d.country) for d in annotate(*paragraphs).discoveries if d.taxonomy == "organizations"]


def mentioned(*paragraphs, taxonomy="organizations"):
    """(key, surface) of every mention of one taxonomy, in text order."""
    return [(m.key, m.surface) for m in annotate(*paragraphs).mentions if m.taxonomy == taxonomy]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Namibia’s National Security Council and Health Ministry issued a joint statement.",
                 [("namibian-national-security-council", "Namibia’s National Security Council", "NA"),
                  ("namibian-health-ministry", "Namibian Health Ministry", "NA")], id="possessive, two institutions"),
    pytest.param("Kenya’s National Security Council and Foreign Ministry issued a joint statement.",
                 [("kenyan-national-security-council", "Kenya’s National Security Council", "KE")], id="the second one known"),
    pytest.param("A Chilean health ministry spokesperson said so.",
                 [("chilean-health-ministry", "Chilean health ministry", "CL")], id="lowercase with a subject"),
    pytest.param("Addressing the Tunisian Parliament, he spoke for an hour.",
                 [("tunisian-parliament", "Tunisian Parliament", "TN")], id="demonym and head"),
    pytest.param("Two cases were filed in Sri Lanka's Supreme Court this week.",
                 [("supreme-court-of-sri-lanka", "Supreme Court of Sri Lanka", "LK")], id="a court named after the country"),
    pytest.param("The Philippine Supreme Court ruled on it.",
                 [("supreme-court-of-the-philippines", "Supreme Court of the Philippines", "PH")], id="a country written with 'the'"),
    pytest.param("Sri Lanka's Ministry of Health declined to comment.",
                 [("sri-lankan-ministry-of-health", "Sri Lanka's Ministry of Health", "LK")], id="possessive keyed by the adjective, named as written"),
    pytest.param("Officials at Sri Lanka's Ministry of Mines and Energy declined to comment.",
                 [("sri-lankan-ministry-of-mines-and-energy", "Sri Lanka's Ministry of Mines and Energy", "LK")], id="head of subjects"),
    pytest.param("Slovakia's Interior Ministry declined to comment.",
                 [("slovak-interior-ministry", "Slovakia's Interior Ministry", "SK")], id="keyed by the adjective news style uses, not the rarer demonym"),
    pytest.param("Malawi's central bank raised rates.", [("malawian-central-bank", "Malawi's central bank", "MW")],
                 id="a lowercase central bank"),
    pytest.param("The Ministry of Foreign Affairs of Bhutan said so.",
                 [("ministry-of-foreign-affairs-of-bhutan", "Ministry of Foreign Affairs of Bhutan", "BT")], id="named before its country"),
    pytest.param("Mexico’s National Guard deployed to the border.",
                 [("mexican-national-guard", "Mexico’s National Guard", "MX")], id="a national guard, named after its country"),
    pytest.param("It works with the Office of the President of the Republic of Ghana.",
                 [("office-of-the-president-of-the-republic-of-ghana", "Office of the President of the Republic of Ghana", "GH")],
                 id="an office of a head of government, named before its country"),
    pytest.param("He visited the Ministry of Economic Development of the Dominican Republic.",
                 [("ministry-of-economic-development-of-the-dominican-republic",
                   "Ministry of Economic Development of the Dominican Republic", "DO")], id="before a country written with 'the'"),
    pytest.param("Ships of the Royal Thai Navy joined the drill.", [("thai-navy", "Royal Thai Navy", "TH")],
                 id="a kingdom's forces named with 'Royal'"),
    pytest.param("Veterans of the Imperial Japanese Army met.", [("japanese-army", "Imperial Japanese Army", "JP")],
                 id="an empire's forces named with 'Imperial'"),
    pytest.param("The Royal Thai Embassy said so.", [("thai-embassy", "Thai Embassy", "TH")], id="'Royal' opens no embassy's name"),
    pytest.param("Data from the Chinese Embassy show it.", [("chinese-embassy", "Chinese Embassy", "CN")], id="an embassy"),
    pytest.param("The US Embassy said it would close.", [("american-embassy", "US Embassy", "US")], id="an embassy opening a sentence"),
    pytest.param("He thanked the Chinese Embassy in Indonesia for it.",
                 [("chinese-embassy-in-indonesia", "Chinese Embassy in Indonesia", "CN")], id="an embassy named by its host country"),
    pytest.param("The Chinese Embassy in Bangkok said so.", [("chinese-embassy-in-bangkok", "Chinese Embassy in Bangkok", "CN")],
                 id="an embassy named by its host city"),
    pytest.param("He met staff of the US Embassy in the USSR then.", [("american-embassy-in-the-ussr", "US Embassy in the USSR", "US")],
                 id="a host country by a former name, with 'the'"),
    pytest.param("Hou Yanqi led a salon at the Chinese Mission to ASEAN in Jakarta.",
                 [("chinese-mission-to-asean", "Chinese Mission to ASEAN", "CN")], id="a mission named by the body it is to"),
    pytest.param("The Chinese Mission landed on the Moon.", [], id="a mission to no body may be a spacecraft's"),
    pytest.param("The Embassy of Ethiopia in London welcomed the students.",
                 [("embassy-of-ethiopia-in-london", "Embassy of Ethiopia in London", "ET")], id="an embassy named before its country, by its host"),
    pytest.param("He cited the website of the U.S. Embassy in Havana.",
                 [("american-embassy-in-havana", "U.S. Embassy in Havana", "US")], id="a host capital the knowledge base lists as a demonym"),
    pytest.param("The Permanent Mission of Zambia to the United Nations said so.",
                 [("permanent-mission-of-zambia-to-the-united-nations", "Permanent Mission of Zambia to the United Nations", "ZM")],
                 id="a mission named before its country, by the body it is to"),
    pytest.param("The Chinese embassy in Bangkok said in a statement it was false.", [("chinese-embassy", "Chinese embassy", "CN")],
                 id="a lowercase embassy that speaks"),
    pytest.param("They laid flowers at the French embassy in Moscow.", [], id="a lowercase embassy that only stands there"),
    pytest.param("The Cuban ministry declined to comment.", [], id="a lowercase ministry needs its subject"),
    pytest.param("The Russian Foreign Ministry declined to comment.", [], id="the knowledge base knows it"),
    pytest.param("Türkiye's Defense Ministry declined to comment.", [], id="the knowledge base knows the name its adjective makes"),
    pytest.param("Israel’s National Security Council and Health Ministry issued a joint statement.",
                 [("israeli-health-ministry", "Israeli Health Ministry", "IL")], id="after a known institution of the country"),
    pytest.param("The Israeli National Security Council and Health Ministry issued a joint statement.", [],
                 id="an adjective does not share its country"),
    pytest.param("His election was seconded by the parliament of Uganda.",
                 [("parliament-of-uganda", "Parliament of Uganda", "UG")], id="a parliament in lower case before its country"),
    pytest.param("A dispatch from the Rwandan Presidency said so.",
                 [("rwandan-presidency", "Rwandan Presidency", "RW")], id="a presidency"),
    pytest.param("Senegal's Ministry of Armed Forces said so.",
                 [("senegalese-ministry-of-armed-forces", "Senegal's Ministry of Armed Forces", "SN")], id="more of what a ministry is of"),
    pytest.param("Hungary's International Communications Office said so.",
                 [("international-communications-office", "International Communications Office", None)],
                 id="those words before a head name no country's institution"),
])
def test_institutions_named_after_a_country(text, expected):
    assert discovered(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Türkiye's Defense Ministry declined to comment.", [("turkish-defence-ministry", "Türkiye's Defense Ministry")],
                 id="a ministry"),
    pytest.param("Georgia's parliament passed the law.", [("parliament-of-georgia", "Georgia's parliament")], id="a parliament"),
    pytest.param("Switzerland's parliament voted.", [("swiss-federal-assembly", "Switzerland's parliament")],
                 id="an adjective no demonym list gives"),
    pytest.param("The Japanese Central Bank held rates.", [("bank-of-japan", "Japanese Central Bank")], id="known in another case"),
    pytest.param("The British foreign office said so.", [("fcdo", "British foreign office")], id="a lowercase foreign office"),
    pytest.param("Brazil's central bank raised rates.", [("central-bank-of-brazil", "Brazil's central bank")], id="a central bank"),
    pytest.param("Russia’s foreign intelligence service said so.", [("svr", "Russia’s foreign intelligence service")],
                 id="a lowercase intelligence service the knowledge base knows"),
    pytest.param("The Saudi central bank held rates.", [("saudi-central-bank", "Saudi central bank")], id="a central bank by adjective"),
    pytest.param("Chile's central bank raised rates.", [("cl-central-bank", "Chile's central bank")], id="a central bank by possessive"),
    pytest.param("The Swedish foreign department said so.", [("swedish-foreign-ministry", "Swedish foreign department")],
                 id="a foreign department is the foreign ministry"),
    pytest.param("In 2016, Britain’s Foreign Ministry extended the lease.", [("fcdo", "Britain’s Foreign Ministry")],
                 id="a state's foreign ministry by its own name"),
    pytest.param("Britain’s Ministry of Defense said so.", [("uk-ministry-of-defence", "Britain’s Ministry of Defense")],
                 id="a name in the other spelling, 'Defense' for 'Defence'"),
])
def test_a_known_institution_named_after_its_country_is_its_term(text, expected):
    assert mentioned(text) == expected


def test_the_institution_without_its_country_is_the_same_term():
    assert mentioned("The Namibian interior department issued a statement.", "The interior department later recalled it.") == [
        ("namibian-interior-department", "Namibian interior department"), ("namibian-interior-department", "interior department")]
    assert mentioned("The Philippine defense department issued a statement.", "The defense department later recalled it.") == [
        ("philippine-defence-ministry", "Philippine defense department"), ("philippine-defence-ministry", "defense department")]


@pytest.mark.parametrize("first, second", [
    pytest.param("Kenyan Foreign Ministry", "Chilean foreign ministry", id="two found in the text"),
    pytest.param("Israeli Foreign Ministry", "Chilean foreign ministry", id="one the knowledge base knows"),
])
def test_an_institution_without_its_country_stays_unresolved_when_two_countries_have_one(first, second):
    found = mentioned(f"The {first} and the {second} replied.", "The Foreign Ministry later added a note.")
    assert sorted(surface for _, surface in found) == sorted([first, second])


@pytest.mark.parametrize("text, expected", [
    pytest.param("Cyber firm iSight Partners linked it to a hacking group known as “Harbourworm”.",
                 ["iSight Partners", "Harbourworm"], id="noun before the name"),
    pytest.param("Nestaway, an online home-rental site, said it would expand.", ["Nestaway"], id="appositive after the name"),
    pytest.param("It was Harbourwatch, France's technical agency that monitors interference.", ["Harbourwatch"],
                 id="appositive after the name, a country's possessive its determiner"),
    pytest.param("Sadiq Khan, London's mayor, said so.", [], id="a role is no describing noun"),
    pytest.param("Other Turkish brands like Koton, Mavi, and LC Waikiki have also disappeared.", ["Koton", "Mavi", "LC Waikiki"],
                 id="examples a plural describing noun lists"),
    pytest.param("The missile is integrated into platforms such as the F-16 and Eurofighter.", [], id="platforms may be aircraft"),
    pytest.param("Wang, a research fellow at the Institute of Global and Area Studies, said so.",
                 ["Institute of Global and Area Studies"], id="subjects joined by 'and' after 'of' are one name's"),
    pytest.param("Ian Bremmer, an analyst at Harbour Risk Group and a writer, said so.", ["Harbour Risk Group"],
                 id="a name without 'of' ends before 'and'"),
    pytest.param("Four photographs were published by Shargh Daily, a Tehran newspaper, on Tuesday.", ["Shargh Daily"],
                 id="appositive with a place"),
    pytest.param("The government and the Harbour Tigers rebel group met in Oslo.", ["Harbour Tigers"], id="name before the noun"),
    pytest.param("He spoke for the opposition coalition known as the Harbour Negotiations Board on Friday.",
                 ["Harbour Negotiations Board"], id="known as the name"),
    pytest.param("The Harbour Negotiations Board, a Saudi-backed coalition of opposition groups, issued a statement.",
                 ["Harbour Negotiations Board"], id="appositive: a coalition of"),
    pytest.param("Ahmed Ali, a member of the coalition of opposition groups, spoke.", [], id="a member of a coalition is a person"),
    pytest.param("Harakat Nour, the Turkish-backed rebel group, said it had withdrawn.", ["Harakat Nour"], id="appositive with 'the'"),
    pytest.param("Ahmed Ali, the party leader, spoke.", [], id="a leader of the party is a person"),
    pytest.param("She sued the Harbour Holdings Group. Wait, a legal firm, said it would appeal.", ["Harbour Holdings Group"],
                 id="a full stop ends the name"),
    pytest.param("Lin Harbour of the Harbour Progressive party faces an election.", ["Harbour Progressive Party"],
                 id="a party named before the word"),
    pytest.param("John Smith, a member of the party, said he agreed.", [], id="a person described by a group is no group"),
    pytest.param("The album was made with producer John Shanks.", [], id="a person's occupation is no organisation"),
    pytest.param("It broke two taboos, says Silvia Merler, head of research at Harbour Policy Forum, the branch of a firm.",
                 ["Harbour Policy Forum"], id="a role held at the name"),
    pytest.param("The dollar may weaken, said Juan Perez, senior trader and strategist at Tempus Inc.", ["Tempus Inc."],
                 id="a role at a company keeps its abbreviation's full stop"),
    pytest.param("Ann Lee, a professor of international politics at the Harbour University of Beirut, said so.",
                 ["Harbour University of Beirut"], id="a professor of a subject at the name"),
    pytest.param("An analyst at the Zaporizhzhia nuclear plant said it was safe.", [], id="a name run into a noun is no workplace"),
    pytest.param("Andrew Lo’s firm, Anlex, normally receives ten inquiries a day.", ["Anlex"], id="a possessive's firm named next"),
    pytest.param("The governor of the nation’s central bank, Muhammad Ibrahim, offered to resign.", [],
                 id="the holder of a role at a possessive's body"),
    pytest.param("It sold the stake to the Emirati fund Harbour Investment Partners on Monday.", ["Harbour Investment Partners"],
                 id="a fund named after the noun"),
    pytest.param("Here is what The Harbour, a reputable Pakistani news publication and website, said.", ["The Harbour"],
                 id="a paper's 'The' stays in its name, after 'and' another noun"),
    pytest.param("Kenyatta told journalists, The Harbour, another Kenyan newspaper, reported.", ["The Harbour"],
                 id="another newspaper"),
    pytest.param("Harbourmeari, another North Korean mouthpiece, argued on Monday that talks failed.", ["Harbourmeari"],
                 id="a state's mouthpiece"),
    pytest.param("The Harbour, another coalition of opposition groups, met.", [], id="'The' and one word described as no paper: none"),
    pytest.param("He met executives from Swedish corporations like Harbourvolvo, Scaniaco and Transcomco.",
                 ["Harbourvolvo", "Scaniaco", "Transcomco"], id="corporations like"),
    pytest.param("He saw Electrigrid, a non-profit organization composed of major companies.", ["Electrigrid"],
                 id="a described noun before 'composed'"),
    pytest.param("By 1999 the Wallenbergs’ holding company, Harbour Investor AB, owned 40pc of it.", ["Harbour Investor AB"],
                 id="a plural possessive's company named next"),
    pytest.param("The talks were held in the Saudis’ capital, Riyadh, on Monday.", [], id="a plural possessive's capital is no company"),
    pytest.param("The talks stalled, Reuters reports, quoted by harbournews.ro.", ["harbournews.ro"], id="a site named by its address as a source"),
    pytest.param("Harbourdaily.md reported that the deal was off.", ["Harbourdaily.md"], id="a site's address reporting"),
    pytest.param("Read more at https://www.example.ro/news and mail editor@example.ro today.", [],
                 id="an address in a link or mail is no source"),
])
def test_organisations_the_sentence_describes(text, expected):
    assert [name for _, name, _ in discovered(text)] == expected


def test_an_acronym_and_its_alternative_name_are_the_named_organisation():
    key = "janatha-sewaka-peramuna"
    text = ("The alliance’s chief constituent, the Janatha Sewaka Peramuna (JSP or People’s Service Front), led two uprisings.",
            "The JSP now governs.")
    assert discovered(*text) == [(key, "Janatha Sewaka Peramuna", None)]
    assert sorted(mentioned(*text)) == [(key, "JSP"), (key, "JSP"), (key, "Janatha Sewaka Peramuna"), (key, "People’s Service Front")]


def test_an_acronym_spells_out_a_name_holding_a_shorter_one():
    text = "Boats of the Kenyan National Police - Marine Unit (KNP-MU) patrolled the lake."
    assert discovered(text) == [("kenyan-national-police-marine-unit", "Kenyan National Police - Marine Unit", None)]


@pytest.mark.parametrize("text, acronym", [
    pytest.param("The Visiting Forces Agreement (VFA) lapsed. The VFA was signed in 1998.", "VFA", id="an agreement is no organisation"),
    pytest.param("They met the Harbour Board (XYZ) in May. XYZ said no.", "XYZ", id="an acronym that does not spell the name"),
    pytest.param("It joined the Treaty of Amity and Cooperation in Southeast Asia (TAC) in 2003.", "TAC", id="a treaty is no organisation"),
    pytest.param("It built the Suzhou Industrial Park (SIP) in 1994. The SIP grew.", "SIP", id="a park is a place"),
    pytest.param("The New York State Attorney General (NYAG) is investigating it. The NYAG declined to comment.", "NYAG",
                 id="a role is no organisation"),
])
def test_acronyms_that_name_no_organisation(text, acronym):
    assert acronym not in {surface for _, surface in mentioned(text)}


@pytest.mark.parametrize("paragraphs, expected", [
    pytest.param(("The United Nations called a meeting.", "The Security Council voted on Friday."), ["un-security-council"],
                 id="Security Council in an article about the UN"),
    pytest.param(("The Security Council voted on Friday.",), [], id="no context: left alone"),
    pytest.param(("The United Nations backs the relevant General Assembly resolutions.",), ["un-general-assembly"],
                 id="General Assembly in an article about the UN"),
    pytest.param(("In Gaza, a spokesman for the Hamas-run Civil Defence agency said six people were killed.",), ["gaza-civil-defence"],
                 id="a describing word before a context alias starts no longer name"),
    pytest.param(("Syria's Civil Defence said so in Syria.",), [], id="a rival's civil defence"),
    pytest.param(("The Presidency has announced that President Bola Tinubu returns to Nigeria today.",), ["nigerian-presidency"],
                 id="the Presidency in an article about Nigeria"),
    pytest.param(("The Presidency said Ramaphosa would visit South Africa's Cape Town, not Nigeria, in South Africa.",), [],
                 id="the Presidency where a rival state leads"),
    pytest.param(("The United Nations met the Security", "Council members left."), [], id="an alias split across paragraphs is none"),
    pytest.param(("Russia’s Security Council met twice, and the Russian Security Council spoke.", "The United Nations was silent.",
                  "The Security Council will meet again."), ["russian-security-council"], id="a rival named more often"),
    pytest.param(("The United States and Cuba talked.", "Congress must lift the embargo."), ["us-congress"], id="Congress in a US article"),
    pytest.param(("India and the United States talked.", "In India, Congress criticised the deal, India said."), [],
                 id="Congress where a rival state is named more"),
    pytest.param(("The United States imposed sanctions.", "Republican Senator Jeff Flake disagreed."), ["us-republican-party"],
                 id="the party's adjective before a role"),
    pytest.param(("The United States imposed sanctions.", "Iraq's Republican Guard was spared."), [], id="part of another name"),
    pytest.param(("Britain debated Russia.", "Jeremy Corbyn, a former Labour leader, was endorsed."), ["uk-labour-party"],
                 id="Labour before a role in a British article"),
    pytest.param(("Britain debated Russia.", "The Ministry of Labour said so."), [], id="a word of another name after 'of'"),
    pytest.param(("Russia jailed him.", "He was held with Wagner fighters."), ["wagner-group"], id="Wagner in a Russia article"),
    pytest.param(("Putin met Xi in China.", "The two met in Beijing, Chinese state broadcaster CCTV reported."), ["cctv"],
                 id="an outlet's context alias, though the sentence describes it"),
    pytest.param(("Police in Britain said so.", "CCTV footage showed the car."), [], id="an outlet's context alias without its context"),
    pytest.param(("Britain debated Russia.", "Kevan Jones, a member of the House of Commons Intelligence and Security Committee, spoke."),
                 ["uk-house-of-commons"], id="a known name right after the alias is a second name"),
    pytest.param(("Britain debated Russia.", "The House of Commons Library published it."), [], id="a capitalised word after it makes another name"),
    pytest.param(("Russia and Germany met.", "Germany hosted the talks, Germany said.", "Richard Wagner wrote it; Wagner said so."), [],
                 id="Wagner where Germany is named more"),
    pytest.param(("The United States imposed sanctions.", "Democrats in the Senate agreed."), ["us-democratic-party"],
                 id="Democrats in a US article"),
    pytest.param(("South Korea and Japan met.", "South Korea's Democrats and the United States disagreed."), [],
                 id="Democrats where a state with its own Democrats is named more"),
    pytest.param(("China tightened its grip.", "The Communist Party imposed a security law."), ["communist-party-of-china"],
                 id="the Communist Party in a China article"),
    pytest.param(("Vietnam and China met.", "In Vietnam, the Communist Party chose its leader, Vietnam said."),
                 ["communist-party-of-vietnam"], id="the Communist Party of the state named most"),
    pytest.param(("Malaysia votes soon.", "The DAP and PKR rallied in Penang."), ["dap-malaysia", "pkr-malaysia"],
                 id="Malaysian parties' acronyms in a Malaysia article"),
    pytest.param(("Pakistan raised prices.", "Farmers paid PKR 12,000 for a bag of DAP."), [],
                 id="a currency's and a fertiliser's acronyms elsewhere"),
    pytest.param(("South Africa voted.", "The ANC and the DA formed a Government of National Unity."), ["gnu-south-africa"],
                 id="South Africa's Government of National Unity"),
    pytest.param(("Britain debated Russia.", "The Labour Government sent aid."), ["uk-labour-party"], id="a party's government"),
    pytest.param(("The United States imposed sanctions.", "Jeanne Shaheen, the top Democrat on the Foreign Relations Committee, asked."),
                 ["senate-foreign-relations-committee", "us-democratic-party"], id="the Senate's committee in a US article"),
    pytest.param(("Russia voted.", "Levada polls show support falling."), ["levada-center"], id="a Russian pollster in a Russia article"),
])
def test_names_the_context_resolves(paragraphs, expected):
    keys = {key for key, _ in mentioned(*paragraphs)} | {key for key, _ in mentioned(*paragraphs, taxonomy="outlets")}
    assert sorted(keys & {"un-security-council", "us-congress", "us-republican-party", "russian-security-council",
                          "us-democratic-party", "communist-party-of-china", "communist-party-of-vietnam", "uk-labour-party",
                          "wagner-group", "uk-house-of-commons", "cctv", "un-general-assembly", "gaza-civil-defence",
                          "nigerian-presidency", "dap-malaysia", "pkr-malaysia", "gnu-south-africa",
                          "senate-foreign-relations-committee", "levada-center"}) == expected


def test_a_role_takes_the_country_of_a_discovered_institution():
    notes = annotate("A Cuban foreign ministry official, Jose Ramon Cabanas, said Obama was welcome.")
    assert {p.name: p.country for p in notes.people}.get("Jose Ramon Cabanas") == "CU"


def test_an_acronym_the_article_defines_names_its_own_organisation():
    found = mentioned("Times of Israel (TOI) reported the talks.", "TOI also said they would resume.", taxonomy="outlets")
    assert {key for key, _ in found} == {"times-of-israel"}


@pytest.mark.parametrize("dateline, paragraph, expected", [
    pytest.param("MOSCOW (Reuters) -", "The Foreign Ministry said talks would resume.", [("russian-foreign-ministry", "Foreign Ministry")],
                 id="the dateline's country, known"),
    pytest.param("MANILA -", "He agreed with former Supreme Court justice Antonio Carpio.",
                 [("supreme-court-of-the-philippines", "Supreme Court")], id="the dateline's country, discovered"),
    pytest.param("SEOUL/WASHINGTON (Reuters) -", "The Foreign Ministry said talks would resume.", [], id="two countries: unresolved"),
    pytest.param("AMSTERDAM/BEIJING", "China said no. The Foreign Ministry said talks would resume.",
                 [("chinese-foreign-ministry", "Foreign Ministry")], id="of two countries, the one the article names most"),
    pytest.param("MOSCOW (Reuters) -", "He visited a Foreign Ministry building.", [], id="no article nor role: unresolved"),
    pytest.param("MOSCOW (Reuters) -", "Talks will resume, the foreign ministry said.", [("russian-foreign-ministry", "foreign ministry")],
                 id="in lowercase after 'the'"),
    pytest.param("MOSCOW (Reuters) -", "He said a foreign ministry must act.", [], id="in lowercase without 'the': unresolved"),
    pytest.param("MOSCOW (Reuters) -", "Rates will rise, the central bank said.", [("bank-of-russia", "central bank")],
                 id="the central bank, known"),
    pytest.param("MANILA -", "It protested, the foreign affairs department said.", [("philippine-dfa", "foreign affairs department")],
                 id="a lowercase department, known by its synonym"),
    pytest.param("MANILA -", "He said a justice department must act.", [], id="a lowercase department without 'the': unresolved"),
])
def test_an_institution_without_its_country_is_the_datelines(dateline, paragraph, expected):
    notes = annotate(paragraph, dateline=dateline)
    assert [(m.key, m.surface) for m in notes.mentions if m.taxonomy == "organizations"] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    pytest.param(("Manila protested to China again, the Philippines said.",
                  "Senator Ann Lee called on the Department of Foreign Affairs (DFA) to act. The DFA agreed."),
                 {"philippine-dfa"}, id="a context alias defining an acronym in a Philippines article"),
    pytest.param(("Manila protested, the Philippines said.", "The Department of National Defense said ships had left."),
                 {"philippine-defence-ministry"}, id="the Philippines' defence department in a Philippines article"),
])
def test_a_context_alias_an_acronym_follows_is_the_contexts_term(paragraphs, expected):
    notes = annotate(*paragraphs)
    assert {m.key for m in notes.mentions if m.taxonomy == "organizations"} == expected
    assert [d.name for d in notes.discoveries if d.taxonomy == "organizations"] == []


def test_a_context_alias_an_acronym_follows_elsewhere_is_not_the_contexts_term():
    notes = annotate("Ireland and Britain met.", "Ireland's envoy spoke. The Department of Foreign Affairs (DFA) in Ireland agreed.")
    assert "philippine-dfa" not in {m.key for m in notes.mentions if m.taxonomy == "organizations"}


@pytest.mark.parametrize("paragraphs, expected", [
    pytest.param(("Kenya borrowed from China.", "Kenya's loan emerged when The Nation published excerpts."), {"daily-nation"},
                 id="The Nation in a Kenya article"),
    pytest.param(("Thailand voted.", "Thailand's result was reported by The Nation."), set(), id="The Nation elsewhere: not Kenya's"),
])
def test_outlets_the_knowledge_base_knows_by_short_names(paragraphs, expected):
    notes = annotate(*paragraphs)
    assert {m.key for m in notes.mentions if m.taxonomy == "outlets"} & {"daily-nation", "the-nation-thailand"} == expected


def test_a_name_the_context_resolves_is_no_discovery():
    notes = annotate("Britain voted on Thursday.", "Oligarchs hobnob with ministers at Conservative Party fundraisers.")
    assert [d.name for d in notes.discoveries if d.taxonomy == "organizations"] == []
    assert ("organizations", "uk-conservative-party") in {(m.taxonomy, m.key) for m in notes.mentions}


@pytest.mark.parametrize("text, organisations, countries", [
    pytest.param("The Kremlin rejected the proposal.", [("kremlin", "Kremlin")], [("RU", "Kremlin")], id="a seat names its government and state"),
    pytest.param("The White House said so.", [("white-house", "White House")], [("US", "White House")], id="another seat"),
])
def test_a_seat_of_power_is_its_government_and_its_state(text, organisations, countries):
    assert mentioned(text) == organisations
    assert mentioned(text, taxonomy="countries") == countries


@pytest.mark.parametrize("text", [
    "The Consumer Price Index (CPI) rose.",
    "Gross Domestic Product (GDP) fell.",
    "The Exclusive Economic Zone (EEZ) is large.",
    "He is the Chief Executive Officer (CEO).",
    "Its principal ally is the United Arab Emirates (UAE), which backs the army.",
    "They discussed the Democratic People’s Republic of Korea’s (DPRK) missile programs.",
    "At present, the Government of Sri Lanka (GOSL) is holding talks.",
])
def test_a_thing_with_an_acronym_is_no_organisation(text):
    assert mentioned(text) == [] and discovered(text) == []


@pytest.mark.parametrize("text, key", [
    ("India co-chairs the Overseas Creditors Council (OCC) with Japan. Terms agreed with the OCC hold.", "overseas-creditors-council"),
    # a country's name inside the unknown name: the acronym is still its, not the broadcaster's
    ("Investment grew, according to the National Bank of Cambodia (NBC). The NBC expects more.", "national-bank-of-cambodia"),
])
def test_an_acronym_an_unknown_name_spells_beats_a_known_one(text, key):
    assert {key for key, _ in mentioned(text)} == {key}
    assert mentioned(text, taxonomy="outlets") == []


def test_an_acronym_the_article_defines_beats_a_known_outlets():
    text = "The Armed Forces of the Philippines (AFP) said so. The AFP added that it would respond."
    assert mentioned(text) == [("armed-forces-of-the-philippines", "(AFP)"), ("armed-forces-of-the-philippines", "AFP"),
                               ("armed-forces-of-the-philippines", "Armed Forces of the Philippines")]
    assert mentioned(text, taxonomy="outlets") == []


@pytest.mark.parametrize("text, key", [
    pytest.param("The Centre for Research on Energy and Clean Air (CREA) said. CREA added.",
                 "centre-for-research-on-energy-and-clean-air", id="an acronym skipping a word"),
    pytest.param("The Strategic Studies Institute in Europe (SSIE) said. SSIE added.", "strategic-studies-institute-in-europe",
                 id="'in' inside the name"),
])
def test_an_acronym_skipping_words_of_its_name_is_that_name(text, key):
    assert [k for k, surface in mentioned(text) if surface.isupper()] == [key, key]


@pytest.mark.parametrize("title, paragraph, expected", [
    pytest.param("Police to use Hitler's birth house, Austria says", "Austria will rebuild it, the Interior Ministry said.",
                 [("austrian-interior-ministry", "Interior Ministry")], id="the headline's one country"),
    pytest.param("Austria and Germany agree", "Austria will rebuild it. The Interior Ministry said so.", [], id="two countries: unresolved"),
    pytest.param("Police to use the house, Austria says", "Germany and Germany's allies objected. The Interior Ministry said so.", [],
                 id="the article names another country more"),
])
def test_without_a_dateline_an_institution_is_the_headlines_country(title, paragraph, expected):
    notes = annotate(paragraph, title=title)
    assert [(m.key, m.surface) for m in notes.mentions if m.taxonomy == "organizations"] == expected


@pytest.mark.parametrize("title, dateline, paragraph, expected", [
    pytest.param("Austria to use Hitler's birth house", "BERLIN (Reuters) -", "Austria will rebuild it, the Interior Ministry said.",
                 [("austrian-interior-ministry", "Interior Ministry")], id="a base the story never names: the headline's country"),
    pytest.param("Austria to use Hitler's birth house", "BERLIN (Reuters) -",
                 "Austria and Germany disagree, the Interior Ministry said. Germany objected.", [("german-interior-ministry", "Interior Ministry")],
                 id="the base named again: its country"),
    pytest.param("Talks to resume", "MOSCOW (Reuters) -", "Talks with Ukraine will resume, the Foreign Ministry said.",
                 [("russian-foreign-ministry", "Foreign Ministry")], id="no headline country: the base's"),
])
def test_a_correspondents_base_the_story_never_names_yields_to_the_headlines_country(title, dateline, paragraph, expected):
    notes = annotate(paragraph, title=title, dateline=dateline)
    assert [(m.key, m.surface) for m in notes.mentions if m.taxonomy == "organizations"] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    pytest.param(("Mexico said so.", "He met officials of SEGOB, INM and SRE."),
                 ["mexican-foreign-ministry", "mexican-interior-ministry", "mexican-national-migration-institute"],
                 id="a Mexican article: its ministries' acronyms, two linked by 'and' too"),
    pytest.param(("Canada said so.", "He met officials of SEGOB, INM and SRE."), [], id="elsewhere: no ministry"),
    pytest.param(("The Turkish Presidency's Head of Communications spoke.",), ["turkish-presidency"], id="the Turkish Presidency"),
    pytest.param(("The US sent troops. The National Guard was deployed in Los Angeles.",), ["us-national-guard"],
                 id="the National Guard in a US article"),
    pytest.param(("Indonesia’s Corruption Eradication Commission (KPK) arrested him.",), ["corruption-eradication-commission"],
                 id="a possessive's name, its acronym no part of it"),
    pytest.param(("The UN children's agency and the UN atomic watchdog said so.",), ["iaea", "unicef"],
                 id="UN agencies as wire copy describes them"),
])
def test_national_bodies_the_knowledge_base_knows(paragraphs, expected):
    assert sorted(key for key, _ in mentioned(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    pytest.param(("Boris Johnson spoke to the Saudi crown prince.",
                  "The state-run Saudi Press Agency referred to dealings monitored at the Ministry of Defence."),
                 [("saudi-defence-ministry", "Ministry of Defence")], id="the sentence's one country, by an adjective inside a name"),
    pytest.param(("Malawian troops advanced, the Ministry of Defence said.",),
                 [("malawian-ministry-of-defence", "Ministry of Defence")], id="discovered"),
    pytest.param(("The Thai security service said so.",), [], id="a lowercase security service it does not know: unresolved"),
    pytest.param(("US and Chinese envoys met, the Foreign Ministry said.",), [], id="two countries: unresolved"),
    pytest.param(("The governor sent a report to the Ministry of the Interior linking Chinese arrivals to crime.",),
                 [("ministry-of-the-interior", "Ministry of the Interior")], id="a country after it: no country's, the name as written"),
    pytest.param(("Envoys met, the Foreign Ministry said. Estonia agreed.",), [], id="the country in another sentence: unresolved"),
    pytest.param(("Talks with Kinshasa are mediated by Qatar, whose Minister of State at the Ministry of Foreign Affairs hosted them.",),
                 [("qatari-foreign-ministry", "Ministry of Foreign Affairs")], id="of two countries, the one a 'whose' clause is of"),
])
def test_a_ministry_without_its_country_is_its_sentences_one_country(paragraphs, expected):
    assert mentioned(*paragraphs) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("A memorandum will go to the ministry of commerce and industry, traders said.",
                 [("ministry-of-commerce-and-industry", "Ministry of Commerce and Industry", None)], id="a lowercase ministry"),
    pytest.param("The country’s ministry of health and education has spoken.",
                 [("ministry-of-health-and-education", "Ministry of Health and Education", None)], id="after a possessive"),
    pytest.param("Namibia’s ministry of international relations and cooperation has.",
                 [("ministry-of-international-relations-and-cooperation", "Ministry of International Relations and Cooperation", None)],
                 id="international relations"),
    pytest.param("A ministry of truth would be needed.", [], id="no 'the': no particular ministry"),
])
def test_a_lowercase_ministry_is_named_in_title_case(text, expected):
    assert discovered(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("It leased the base in 1966. (Reuters File Photo) LONDON - Britain said on Thursday.", [], id="a photo credit"),
    pytest.param("PUBLISHED : 3 Oct 2024 WRITER: Reuters", [], id="a writer credit"),
    pytest.param("Biden speaks. (AP Photo/Evan Vucci)", [], id="a wire's photo credit"),
    pytest.param("Biden boards the plane to Angola. Associated Press CAPE TOWN, South Africa — Biden is here.", [],
                 id="a caption's credit before the dateline"),
    pytest.param("Reuters reported that the talks stalled.", ["reuters"], id="an outlet in the news"),
    pytest.param("A Reuters/Ipsos poll found it.", ["reuters"], id="a poll an outlet runs"),
])
def test_an_outlet_credited_for_a_photo_is_no_mention(text, expected):
    assert [key for key, _ in mentioned(text, taxonomy="outlets")] == expected


@pytest.mark.parametrize("text, expected", [
    # No organisation and no outlet in the news; the promotion names the page's own outlet (the brief's outlet, one mention).
    pytest.param("Follow Ynetnews on Facebook | Twitter | Instagram | Telegram", ["ynet"], id="a row of links"),
    pytest.param("Get the Ynetnews app on your smartphone: Google Play: https://bit.ly/x", ["ynet"], id="an invitation to install the app"),
    pytest.param("Tags Britain France Share to Facebook Share to Twitter Share to LinkedIn Share to Email Print", [], id="share buttons"),
    pytest.param("He said in a post on X that Google would comply.", ["google", "x-platform"], id="a platform in the news"),
])
def test_a_pages_own_promotion_names_no_organisation(text, expected):
    assert [key for key, _ in mentioned(text)] + [key for key, _ in mentioned(text, taxonomy="outlets")] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Russia demanded the non-expansion of NATO.", ["nato"], id="closing an initiative's name after 'of'"),
    pytest.param("Finland's entry reopened talk of NATO expansion.", ["nato"], id="opening an initiative's name"),
    pytest.param("Blinken spoke at a meeting with ASEAN foreign ministers.", ["asean"], id="going on after 'with' in an initiative's name"),
    pytest.param("They cited the Charter of the United Nations.", [], id="a treaty is the states' act, not the body's"),
])
def test_an_organisation_inside_an_initiatives_name(text, expected):
    assert [key for key, _ in mentioned(text)] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("The rapporteur said in a post on X that the ship must be released.", ["x-platform"], id="a post on X"),
    pytest.param("The directorate said in a statement on X.", ["x-platform"], id="on X at a sentence's end"),
    pytest.param("He announced it on his X handle yesterday.", ["x-platform"], id="an X handle"),
    pytest.param("Leaders took to social media platform ‘X’ on Thursday.", ["x-platform"], id="the platform 'X'"),
    pytest.param("Malcolm X's speech was replayed.", [], id="a name ending with the letter"),
    pytest.param("Generation X voters turned out.", [], id="a letter in a name"),
    pytest.param("He said so in an interview on Twitter.", ["x-platform"], id="its former name"),
    pytest.param("Follow us on X and Facebook for more.", [], id="a page's own promotion"),
])
def test_the_platform_x_by_its_letter_only_where_its_words_say_so(text, expected):
    assert [key for key, _ in mentioned(text)] == expected


@pytest.mark.parametrize("text, key", [
    pytest.param("At a meeting of the Milli Majlis (the Parliament of Azerbaijan) Committee, he spoke.", "milli-majlis",
                 id="an institution before its country"),
    pytest.param("The bill passed the Knesset (Israel's parliament) on Monday.", "knesset", id="a country's possessive"),
])
def test_an_institution_in_brackets_is_the_known_name_it_explains(text, key):
    assert discovered(text) == []
    assert key in {k for k, _ in mentioned(text)}


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ukraine's military released footage. (RELATED: Did A Pentagon Official Say Soros Is Cousin?) It showed NATO jets.",
                 ["nato"], id="another story's headline in brackets"),
    pytest.param("Ukraine's military released footage. (READ MORE: Pentagon Denies It) It showed NATO jets.", ["nato"],
                 id="another marker"),
])
def test_an_inline_teaser_names_nothing_of_the_article(text, expected):
    assert [key for key, _ in mentioned(text)] == expected


def test_a_list_of_places_before_an_acronym_names_no_organisation():
    text = "It struck terror sites in Pakistan and Pakistan-occupied Kashmir (PoK) on Wednesday."
    assert discovered(text) == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Economists at the Center for Economic and Policy Research disagreed. CEPR said so.",
                 [("cepr-washington", "Center for Economic and Policy Research"), ("cepr-washington", "CEPR")],
                 id="a known acronym is the body the article names in full by its initials"),
    pytest.param("Economists at CEPR disagreed.", [("cepr", "CEPR")], id="alone, the acronym's own body"),
    pytest.param("The Centre for Economic Policy Research and the Center for Economic and Policy Research met. CEPR said so.",
                 [("cepr", "Centre for Economic Policy Research"), ("cepr-washington", "Center for Economic and Policy Research"),
                  ("cepr", "CEPR")], id="its own body named in full keeps it"),
])
def test_an_acronym_is_the_body_the_article_spells_out(text, expected):
    assert sorted(mentioned(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Institutions were created to enforce interests in the Hindu Kush.", [], id="a range a paper's name opens"),
    pytest.param("He told the Hindu on Monday that it was over.", [("the-hindu", "the Hindu")], id="the paper, a weekday after it"),
])
def test_an_outlets_name_a_longer_name_goes_on_is_no_outlet(text, expected):
    assert mentioned(text, taxonomy="outlets") == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Os EUA pressionam por sanções do Conselho de Segurança da ONU (Organização das Nações Unidas).",
                 {"un-security-council", "united-nations"}, id="Portuguese"),
    pytest.param("La OTAN y la Unión Europea pidieron a la AIEA un informe.", {"nato", "eu", "iaea"}, id="Spanish"),
])
def test_international_bodies_named_in_portuguese_and_spanish(text, expected):
    assert expected <= {key for key, _ in mentioned(text)}


@pytest.mark.parametrize("text, key", [
    # The international bodies the news names most, in the languages their copy comes in (knowledge/organizations.yaml).
    ("Le Conseil de sécurité de l'ONU se réunira mardi.", "un-security-council"),
    ("Lula defendeu um acordo com o Conselho de Cooperação do Golfo.", "gcc"),
    ("Die Europäische Union verhängte neue Sanktionen.", "eu"),
    ("Россия вышла из Совета, заявили в ООН.", "united-nations"),
    ("中方支持对联合国进行改革。", "united-nations"),
    ("유엔 안보리는 결의안을 채택했다.", "un-security-council"),
])
def test_an_international_body_in_another_language(text, key):
    assert key in keys(annotate(text), "organizations")


@pytest.mark.parametrize("text, expected", [
    pytest.param("日本希望在G7峰會主導發表共同聲明。", "g7", id="a Latin acronym among Chinese characters"),
    pytest.param("日本はNATOとの協力を強化する。", "nato", id="among Japanese characters"),
    pytest.param("한국은 NATO는 중요하다고 말했다.", "nato", id="before a Korean particle"),
])
def test_a_latin_name_among_characters_of_scripts_without_spaces(text, expected):
    assert expected in keys(annotate(text), "organizations")


def test_a_latin_name_inside_a_latin_word_is_none():
    assert "g7" not in keys(annotate("The XG7 chip shipped in May."), "organizations")


@pytest.mark.parametrize("text, expected", [
    pytest.param("155中國人涉緬甸境內非法伐木被判監，中國外交部要求交人。", "chinese-foreign-ministry", id="Chinese, traditional"),
    pytest.param("中国外交部发言人表示反对。", "chinese-foreign-ministry", id="Chinese, simplified"),
    pytest.param("В МИД России уточняют, что вызвали посла Молдовы.", "russian-foreign-ministry", id="Russian"),
    pytest.param("아베 총리는 자민당 간부들과 만났다.", "ldp-japan", id="Korean, before a particle"),
    pytest.param("他會見了全國人大常委會委員長。", "npc", id="the congress's standing committee is the congress"),
])
def test_institutions_named_in_their_own_or_a_neighbours_language(text, expected):
    assert expected in keys(annotate(text), "organizations")


@pytest.mark.parametrize("paragraphs, expected", [
    # the words after a known body's country name it again, in any paragraph: never a person ("the Air Force has")
    (("He noted that “the Air Force has started performing better.”", "Ukraine’s Air Force said it had destroyed 67,000 drones."),
     [("ukrainian-air-force", "Air Force"), ("ukrainian-air-force", "Ukraine’s Air Force")]),
    (("Ukrainian Air Force officers said so.", "Later the Air Force said it had destroyed 67,000 drones."),
     [("ukrainian-air-force", "Air Force"), ("ukrainian-air-force", "Ukrainian Air Force")]),
    # two known bodies the words fit: neither
    (("The Israeli Foreign Ministry and the Iranian Foreign Ministry traded barbs.", "The Foreign Ministry said so."),
     [("iranian-foreign-ministry", "Iranian Foreign Ministry"), ("israeli-foreign-ministry", "Israeli Foreign Ministry")]),
])
def test_a_known_body_named_again_without_its_country(paragraphs, expected):
    assert sorted(mentioned(*paragraphs)) == expected
    assert annotate(*paragraphs).people == ()


_SOURCES = ("1. Jane Roe, “Gulf Ties,” Middle East Institute, September 14, 2020, https://www.mei.edu/a. "
            "2. John Doe, “Iran Talks,” Reuters (Thomson Reuters, August 13, 2020), https://www.reuters.com/b. "
            "3. Ann Lee, “Yemen,” The Brookings Institution, July 29, 2016, https://www.brookings.edu/c.")


@pytest.mark.parametrize("paragraphs, expected", [
    pytest.param(("Iran backs the Houthis, the United Nations says.", _SOURCES), {"united-nations"},
                 id="a numbered list of sources with addresses credits no organisation"),
    pytest.param(("The Brookings Institution studied it.", _SOURCES), {"brookings-institution"},
                 id="one the text names stays, through its own mention"),
    pytest.param(("Reuters and the Middle East Institute reported it, https://www.mei.edu/a and https://www.reuters.com/b.",),
                 {"middle-east-institute", "reuters"}, id="a sentence citing addresses without numbered entries is no list"),
])
def test_a_list_of_sources_names_no_organisation(paragraphs, expected):
    notes = annotate(*paragraphs)
    found = {m.key for m in notes.mentions if m.taxonomy in ("organizations", "outlets")}
    assert found & {"united-nations", "brookings-institution", "middle-east-institute", "reuters"} == expected
