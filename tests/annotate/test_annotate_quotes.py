"""Quotes: curly and straight, speaker before or after, pronouns, continuation paragraphs, scare quotes."""
import pytest
from annotate_helpers import annotate


def quotes(*paragraphs):
    return [(q.speaker_name, q.text) for q in annotate(*paragraphs).quotes]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (("“We will sign the deal next week,” said Foreign Minister Anna Lindqvist.",),
         [("Anna Lindqvist", "We will sign the deal next week")]),
        # Portuguese and Spanish copy: its verbs of speech and its role nouns.
        (("“Há um acordo sobre o momento e o volume de combustível”, disse o porta-voz Ramin Mehmanpour.",),
         [("Ramin Mehmanpour", "Há um acordo sobre o momento e o volume de combustível")]),
        (("“Hemos dado nuevos pasos hacia una apertura total”, dijo el canciller Álvaro Leyvas.",),
         [("Álvaro Leyvas", "Hemos dado nuevos pasos hacia una apertura total")]),
        (("Foreign Minister Anna Lindqvist said: “We will sign the deal next week.”",),
         [("Anna Lindqvist", "We will sign the deal next week.")]),
        (('Foreign Minister Anna Lindqvist arrived. "The talks were useful and long," she added.',),
         [("Anna Lindqvist", "The talks were useful and long")]),
        (("Foreign Minister Anna Lindqvist spoke first.", "“The talks were useful and we will meet again,” he said."),
         [("Anna Lindqvist", "The talks were useful and we will meet again")]),
        (("“The first part of a long statement goes here,” said Foreign Minister Anna Lindqvist.",
          "“And this paragraph continues what she was saying at length.”"),
         [("Anna Lindqvist", "The first part of a long statement goes here"),
          ("Anna Lindqvist", "And this paragraph continues what she was saying at length.")]),
        # A known person's surname as one of their aliases spells it ("Volodymyr Zelenskyy") names them alone.
        (("“We will not give up any of our land,” Zelenskyy said.",),
         [("Volodymyr Zelensky", "We will not give up any of our land")]),
        (("“I feel like a deserter,” says 23-year-old Nicole, who joined the protests.",),
         [("Nicole", "I feel like a deserter")]),
        (("“Last year the fine was 500 lari,” says Ingrid, a protester outside parliament.",),
         [("Ingrid", "Last year the fine was 500 lari")]),
        # The verb followed by where or when it was said; an apposition of 80 characters; lowercase roles before the name.
        (("Foreign Minister Anna Lindqvist spoke.", "“People are not buying” the plan, Lindqvist said at a rally in Oslo last week."),
         [("Anna Lindqvist", "People are not buying")]),
        (("“We saw a need to bring on more providers,” Steven Clarkson, deputy associate administrator for exploration in "
          "the Science Mission Directorate, said in a call.",),
         [("Steven Clarkson", "We saw a need to bring on more providers")]),
        (("“Our results reflected broad growth across our business,” chairman, CEO and president Craig Menari said.",),
         [("Craig Menari", "Our results reflected broad growth across our business")]),
        # A lowercase role with "of" before the name: "chief of staff".
        (("\"One thing I can say with confidence is that this channel was very important,\" White House chief of staff "
          "Denis McDonaldson told reporters.",),
         [("Denis McDonaldson", "One thing I can say with confidence is that this channel was very important")]),
        # "she" before the verb after an opening phrase is the nearest person.
        (("Foreign Minister Anna Lindqvist arrived in Oslo on Monday.",
          "In a speech to parliament on Tuesday, she said “the deal is the best we could get for our country”."),
         [("Anna Lindqvist", "the deal is the best we could get for our country")]),
        (("Foreign Minister Anna Lindqvist arrived in Oslo on Monday.",
          "Asked about the deal, she told reporters: “The deal is the best we could get.”"),
         [("Anna Lindqvist", "The deal is the best we could get.")]),
        # A paragraph ending in a colon introduces the quotation of the next.
        (("Foreign Minister Anna Lindqvist spoke in Oslo. Speaking to reporters on Monday, Lindqvist said:",
          "“We will sign the deal next week and then we will see.”"),
         [("Anna Lindqvist", "We will sign the deal next week and then we will see.")]),
        # A paragraph reporting what someone said introduces the quotation of the next.
        (("German Chancellor Jan Kowalczyk said he remained optimistic about the talks.",
          "“We will find a solution before Christmas. There is no alternative.”"),
         [("Jan Kowalczyk", "We will find a solution before Christmas. There is no alternative.")]),
        # A short quote is a quote when a speech verb gives it its speaker ("what X calls").
        (("It backs those resisting what Assistant Secretary David Stilwin calls China’s “gangster tactics”.",),
         [("David Stilwin", "gangster tactics")]),
        (("Foreign Minister Anna Lindqvist spoke. China threatened to take “corresponding measures” in response.",),
         [(None, "corresponding measures")]),
        # A short quote later in the paragraph of an attributed one is its speaker's while no one else is named since.
        (("Andrew Lotov, a banker, is leaving. “Today, people are more panicked,” he says. Now they want to “move immediately”.",),
         [("Andrew Lotov", "Today, people are more panicked"), ("Andrew Lotov", "move immediately")]),
        (("Andrew Lotov, a banker, is leaving. “Today, people are more panicked,” he says. Minister Jan Kowalczyk wants to “move immediately”.",),
         [("Andrew Lotov", "Today, people are more panicked")]),
        # A single-quoted phrase inside a quotation is part of it.
        (("It was supported by Marina Petrovna, an expert: “Compare it to ‘Death to the fascist occupiers’ and it is clear.”",),
         [("Marina Petrovna", "Compare it to ‘Death to the fascist occupiers’ and it is clear.")]),
        # A speech previewed: a speech verb's base form after a modal or "to" attributes as a reported one does.
        (("Foreign Minister Anna Lindqvist will travel to Riyadh.",
          "The foreign minister will highlight that “the cooperation between the two countries is a source of satisfaction.”",
          "She will also stress that “trade between the two countries will grow further”.",
          "Lindqvist is expected to say that “the region needs peace above all”."),
         [("Anna Lindqvist", "the cooperation between the two countries is a source of satisfaction."),
          ("Anna Lindqvist", "trade between the two countries will grow further"),
          ("Anna Lindqvist", "the region needs peace above all")]),
        (("Finance Minister Jan Kowalczyk spoke.", "“The contracts were negotiated without treasury officials,” Kowalczyk alleged."),
         [("Jan Kowalczyk", "The contracts were negotiated without treasury officials")]),
        # A later quote whose sentence has a speech verb of its own, even a participle, is not the earlier speaker's.
        (("Speaking to parliament, Prime Minister Anna Lindqvist insisted there would be no war: “No one will stop us.” "
          "The army chief was blunter still, saying that “unless the rebels are eliminated, there will be no peace.”",),
         [("Anna Lindqvist", "No one will stop us."), (None, "unless the rebels are eliminated, there will be no peace.")]),
        # Whom a clause quotes speaks, not its subject: someone unnamed is no one.
        (("Journalist Anna Lindqvist toured the region.", "She quotes a resident saying: “The soldiers come every night and take the young men.”"),
         [(None, "The soldiers come every night and take the young men.")]),
        # A name right before quoted words that open on their verb is their subject, whatever "according to" names after.
        (("Foreign Minister Jan Kowalczyk met the envoy.",
          "Kowalczyk “called on the administration to stop the transfers at once,” according to a statement from his ministry."),
         [("Jan Kowalczyk", "called on the administration to stop the transfers at once")]),
        # A short quote is a quote after a claim or a verb naming what someone did or is; not after a nickname.
        (("On Monday the rebels accused the government of Prime Minister Jan Kowalczyk of “openly breaching” the deal. "
          "By referring to them as “children of darkness”, politicians dehumanise them. Users are claiming that Sweden "
          "“confirmed the loss” of its tanks. A coast guard ship, dubbed the “monster ship”, arrived.",),
         [(None, "openly breaching"), (None, "children of darkness"), (None, "confirmed the loss")]),
        # A short quote in an opening participle's phrase is the words of the subject after the phrase.
        (("Foreign Minister Jan Kowalczyk arrived in Oslo.",
          "Referring to what he described as the “incredible carnage” in Nice, Kowalczyk said nowhere was safer."),
         [("Jan Kowalczyk", "incredible carnage")]),
        # A "he" after a sentence whose subject is someone unnamed is that person, not the last one named.
        (("Foreign Minister Jan Kowalczyk spoke on Monday.",
          "One expert, who asked to remain anonymous, says he is dubious. The group has been “inactive for a long time and weak”, he says."),
         [(None, "inactive for a long time and weak")]),
        # A title quoted in the speaker's apposition does not end the attribution, and is no quote of theirs.
        (("“The railway is a real game changer for the country,” Irene Sun, the author of “The Next Factory of the World,” "
          "a book about manufacturing in Africa, told VOA.", "“You can arrive at the other end in five hours,” Sun said."),
         [("Irene Sun", "The railway is a real game changer for the country"), ("Irene Sun", "You can arrive at the other end in five hours")]),
        # Two people as the subject of a sentence no speech verb attributes: the words are no one's alone.
        (("Foreign Minister Jan Kowalczyk met his counterpart Anna Lindqvist in Oslo.",
          "Kowalczyk and Anna Lindqvist also discussed the “concerning situation in Gaza and the wider region”."),
         [(None, "concerning situation in Gaza and the wider region")]),
        # A speech verb later in the sentence that shares its subject ("and told", ", saying") leaves it the speaker; so
        # does the passive of quoting ("was quoted by the ministry as denouncing").
        (("President Jan Kowalczyk spoke on Monday.",
          "Kowalczyk previously named the ambassador a “gay son of a whore” and told the church: “Do not fight me.”",
          "Kowalczyk was further quoted by the ministry as denouncing the “dangerous and destabilizing actions at sea,” "
          "saying that they violated the law."),
         [("Jan Kowalczyk", "gay son of a whore"), ("Jan Kowalczyk", "Do not fight me."),
          ("Jan Kowalczyk", "dangerous and destabilizing actions at sea")]),
        # Less common speech verbs after the quote.
        (("Foreign Minister Anna Lindqvist arrived.", "“We all miss him so much,” Lindqvist weighed in."),
         [("Anna Lindqvist", "We all miss him so much")]),
        (("Foreign Minister Anna Lindqvist arrived.", "“That is not a plan, it is a wish,” Lindqvist retorted."),
         [("Anna Lindqvist", "That is not a plan, it is a wish")]),
        # Guillemets and a low opening mark.
        (("«We will not give up any of our land,» Foreign Minister Anna Lindqvist said.",
          "„The talks were useful and long”, she added."),
         [("Anna Lindqvist", "We will not give up any of our land"), ("Anna Lindqvist", "The talks were useful and long")]),
        # A curly opening quote closed by a straight one.
        (("“We will sign the deal next week,\" said Foreign Minister Anna Lindqvist.",),
         [("Anna Lindqvist", "We will sign the deal next week")]),
        # A quotation left open runs on into a paragraph that closes it with no opening mark: its attribution is the opening's.
        (("Foreign Minister Anna Lindqvist arrived in Doha on Monday.", '"Hence the relationship between debate and diplomacy is evident.',
          'Debate, like diplomacy, is a forum for the exchange of ideas," she said.'),
         [("Anna Lindqvist", "Hence the relationship between debate and diplomacy is evident.")]),
        # A style stands for the person as "he" does; an archive's backslashes before the marks are no text.
        (("Foreign Minister Anna Lindqvist spoke first.", "Her Excellency noted that diplomacy had become a credible voice.",
          '\\"The state has embraced dialogue as a political practice and a principle.\\"'),
         [("Anna Lindqvist", "The state has embraced dialogue as a political practice and a principle.")]),
        # A name modifying a role noun is no speaker: the official speaks, not the president; a possessive owner is no modifier.
        (("President Donald Trump spoke on Monday.",
          "A Trump administration official explained that Treasury “will likely issue general licenses in the coming weeks.”",
          "“I think there was a desire to create some space for the government,” said a former Trump administration official."),
         [(None, "will likely issue general licenses in the coming weeks."),
          (None, "I think there was a desire to create some space for the government")]),
        (("“Exceptional events call for exceptional measures”, said Germany’s chancellor, Angela Merkel.",),
         [("Angela Merkel", "Exceptional events call for exceptional measures")]),
        # A block quotation's '>' before the mark: the paragraph of quotation carries on the speaker the lead-in names.
        (("Foreign Minister Anna Lindqvist arrived in Doha on Monday.", "Lindqvist also said:",
          "> “Measured by percentage of GDP, the United States is behind most European countries.”"),
         [("Anna Lindqvist", "Measured by percentage of GDP, the United States is behind most European countries.")]),
        # An adverb in "-ly" between the name and its verb; Markdown emphasis left around the name.
        (("Foreign Minister Anna Lindqvist arrived.", "“We choose the union and we stand with it,” Lindqvist reportedly said."),
         [("Anna Lindqvist", "We choose the union and we stand with it")]),
        (("At the meeting **Anna Lindqvist**, the foreign minister, said “the case for a deal was made long ago”.",),
         [("Anna Lindqvist", "the case for a deal was made long ago")]),
        # Curly marks typed the wrong way round.
        (("Foreign Minister Anna Lindqvist resigned in protest at what she called ”a crime of aggression“.",),
         [("Anna Lindqvist", "a crime of aggression")]),
        # "who said" after a name and its apposition: the relative's antecedent speaks, not the sentence's subject.
        (("President Jan Kowalczyk was criticized for his handling of a call with Anna Lindqvist, the soldier’s widow, "
          "who said the president “made me cry even worse than before”.",),
         [("Anna Lindqvist", "made me cry even worse than before")]),
        # A noun before the quote names nothing when it is the subject of the quoted words.
        (("Adviser Jan Kowalczyk told reporters that Putin’s framework “defies basic morality and common sense”.",),
         [("Jan Kowalczyk", "defies basic morality and common sense")]),
        # A relative clause closed by a comma is an aside: the verb's subject speaks.
        (("Ambassador Anna Lindqvist emphasized that the campaign, which has wide public support, is “being waged under the "
          "rule of law and with due process”.",),
         [("Anna Lindqvist", "being waged under the rule of law and with due process")]),
        # "as X puts it"; a participle right after its subject.
        (("Few leaders come to make progress rather than, as analyst Jan Kowalczyk puts it, “feeding their narcissistic souls”.",),
         [("Jan Kowalczyk", "feeding their narcissistic souls")]),
        (("The president seemed ambivalent, with political analyst Jan Kowalczyk noting that, “he wants to give the impression "
          "that he would prefer to leave”.",),
         [("Jan Kowalczyk", "he wants to give the impression that he would prefer to leave")]),
        # A list of speakers after an opening phrase speaks for no one alone; "dismissed it as" attributes a short phrase.
        (("In the past, Foreign Minister Anna Lindqvist and President Jan Kowalczyk have described their ties as a “friendship with no limits”. "
          "Some in the West have dismissed it as a “marriage of convenience”.",),
         [(None, "friendship with no limits"), (None, "marriage of convenience")]),
        # The people a question names are what was asked about, not whom the "he" answering it means.
        (("Admiral Jan Kowalczyk said: “Some other people would go to jail with me.”",
          "Asked whether he meant Anna Lindqvist and Tony Blair he replied: ‘Too bloody right, all of them.’"),
         [("Jan Kowalczyk", "Some other people would go to jail with me."), ("Jan Kowalczyk", "Too bloody right, all of them.")]),
        # A low opening mark closed by a high one, as German and Czech set a quotation, and a verb of another language after it.
        (("Foreign Minister Anna Lindqvist arrived in Kyiv.", "„Wir werden die Ukraine weiter unterstützen,“ sagte Anna Lindqvist."),
         [("Anna Lindqvist", "Wir werden die Ukraine weiter unterstützen")]),
        # Corner brackets are Chinese and Japanese quotation marks; their words count two characters a word.
        (("Foreign Minister Anna Lindqvist arrived in Tokyo.", "Anna Lindqvist表示，「改善與成長的重要階段」。"),
         [(None, "改善與成長的重要階段")]),
        # Markdown emphasis inside the marks is no part of the words; "selon" is "according to".
        (("Foreign Minister Anna Lindqvist arrived in Bamako.", "« _ces mesures dissuasives sont disproportionnées_ », selon Anna Lindqvist."),
         [("Anna Lindqvist", "ces mesures dissuasives sont disproportionnées")]),
        # A verb with no subject after the quote, as languages that drop it write one: the nearest person's words.
        (("Foreign Minister Anna Lindqvist arrived in Madrid.", "“Siento la necesidad de darle un abrazo al pueblo”, dijo."),
         [("Anna Lindqvist", "Siento la necesidad de darle un abrazo al pueblo")]),
        # A tokenized corpus's marks: "``" opens, "''" between spaces closes.
        (("Foreign Minister Anna Lindqvist met her counterpart .", "`` This is indeed a new era of cooperation between the two countries , '' Lindqvist remarked ."),
         [("Anna Lindqvist", "This is indeed a new era of cooperation between the two countries")]),
        # A speaker's label before the words, the name in capitals and a role after it.
        (("President Anna Lindqvist spoke on television.", 'ANNA LINDQVIST, president of the republic:*"We are safe as long as our neighbour resists."*'),
         [("Anna Lindqvist", "We are safe as long as our neighbour resists.")]),
        # A pronoun of another language after the verb.
        (("O ministro Anna Lindqvist chegou a Teerã.", "“Mas ainda falta decidir o local do acordo”, disse ele."),
         [("Anna Lindqvist", "Mas ainda falta decidir o local do acordo")]),
        # Romanian and Indonesian verbs after the quote, the speaker after them.
        (("Foreign Minister Anna Lindqvist arrived in Chisinau.", "„Nu are cum să se întâmple acest lucru”, a subliniat Anna Lindqvist."),
         [("Anna Lindqvist", "Nu are cum să se întâmple acest lucru")]),
        (("Foreign Minister Anna Lindqvist arrived in Jakarta.", '"Saya ingin menggarisbawahi bahwa Indonesia adalah mitra kunci," kata Lindqvist.'),
         [("Anna Lindqvist", "Saya ingin menggarisbawahi bahwa Indonesia adalah mitra kunci")]),
    ],
)
def test_quote_speakers(paragraphs, expected):
    assert quotes(*paragraphs) == expected


def test_a_stray_mark_before_the_attribution_leaves_the_quotation_whole():
    found = quotes('"A Western diplomatic source said, "We did not get a deal on the end of the bombings, but we have a process."')
    assert found == [(None, "We did not get a deal on the end of the bombings, but we have a process.")]


@pytest.mark.parametrize(("text", "expected"), [
    # A mark after one space and before a word opens the next quotation: the one before it was left open.
    ('The minister spoke. "We exchanged views on the region. "There is a crisis to address," Jaishankar said.',
     [("S. Jaishankar", "We exchanged views on the region."), ("S. Jaishankar", "There is a crisis to address")]),
    # After two spaces (an archive's escaped mark read as spaces) it closes the quotation before it.
    ('Medinsky said:  "We will be waiting for the other side.  "Setting the tone, Zelensky said little.',
     [("Vladimir Medinsky", "We will be waiting for the other side.")]),
])
def test_a_quotation_left_open_ends_where_a_mark_opens_the_next(text, expected):
    assert quotes(text) == expected


def test_an_apostrophe_inside_curly_single_marks_is_no_closing_mark():
    found = quotes("President Cristina Kirchner spoke in Buenos Aires.",
                   "She claimed: ‘It’s like a consortium of squatters voting on whether they’re going to stay.’")
    assert found == [("Cristina Fernández de Kirchner", "It’s like a consortium of squatters voting on whether they’re going to stay.")]


@pytest.mark.parametrize(("text", "expected"), [
    # A scraper's array of paragraphs pasted as text: each JSON string's marks hold a paragraph, its escapes are marks.
    ('"The vessel has some 2,000 sailors on board.", "Spokesman Wang Wenbin said, \\u201cThey do not affect any country.\\u201d"',
     [("Wang Wenbin", "They do not affect any country.")]),
    ('"The ship arrived at the port on the 16th of August and it was allowed to dock until today.",', []),
    # One quotation a paragraph holds whole is still a quotation.
    ('"We will not accept the ship in our port until the talks are over."', [(None, "We will not accept the ship in our port until the talks are over.")]),
])
def test_a_json_records_strings_are_paragraphs_not_quotations(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two straight apostrophes for each double mark, as the Congressional Record sets quotations.
    ("''It's impossible to keep Iraq out of this picture,'' said Edward Mortimer.",
     [("Edward Mortimer", "It's impossible to keep Iraq out of this picture")]),
    ("Nothing was said in the room that day. x = '' is an empty string.", []),
])
def test_two_apostrophes_are_a_double_mark(text, expected):
    assert quotes(text) == expected


def test_a_markup_attributes_value_is_no_quote():
    assert quotes('The protests spread. sizes="(max-width: 600px) 100vw, 600px" srcset="https://example.org/a.jpg 1000w"') == []


@pytest.mark.parametrize("text", [
    'Related: [(Full index of articles)]({% post_url 2017-11-08-Articles %} "Full index of popular Covert Shores articles")',
    'See [the report](https://example.org/report "The report of the commission on the war in full")',
])
def test_a_markdown_links_title_is_no_quote(text):
    assert quotes(text) == []


def test_the_same_words_quoted_again_are_one_quote():
    found = quotes("Foreign Minister Anna Lindqvist called the plan “a reckless gamble with our security”.",
                   "Critics repeated her warning of “a reckless gamble with our security”, Lindqvist said.",
                   "“We will not accept it,” said Foreign Minister Anna Lindqvist. “We will not accept it,” said Jon Berg.")
    assert found == [("Anna Lindqvist", "a reckless gamble with our security"), ("Anna Lindqvist", "We will not accept it"),
                     ("Jon Berg", "We will not accept it")]


def test_inch_marks_are_not_quotes():
    assert quotes('We will see updates to what the 16" received. The bezels on the 13" are large, and a 14" display fits.') == []


def test_a_short_quotation_a_verb_of_characterising_gives_is_kept():
    found = quotes("Minister Anna Lindqvist has famously scoffed at the virus as a “frenzy and psychosis.” She went on.")
    assert [text for _, text in found] == ["frenzy and psychosis."]


@pytest.mark.parametrize(("text", "expected"), [
    # A word someone is said to call a thing characterises it; a word of their reported speech is theirs.
    ("Minister Anna Lindqvist called him a “clown” and left.", []),
    ("Minister Anna Lindqvist called his talks “fruitful”.", []),
    ("Minister Anna Lindqvist described the plan as “reckless”.", []),
    # A word alone in reported speech characterises too; among longer fragments of the sentence it is what was said.
    ("Minister Anna Lindqvist said the truce would only be a “pause” in the fighting.", []),
    ("Minister Anna Lindqvist said that it was “irresponsible” to make such claims.", []),
    ("Minister Anna Lindqvist insists that she is a “pragmatist” in favour of “reconciliation.”", []),
    ("Minister Anna Lindqvist said Sweden would pursue a “future-oriented” relationship “free of any past ideas”.",
     [("Anna Lindqvist", "future-oriented"), ("Anna Lindqvist", "free of any past ideas")]),
    ("“Never,” Minister Anna Lindqvist said.", [("Anna Lindqvist", "Never")]),
])
def test_one_word_a_verb_of_naming_gives_is_no_quote(text, expected):
    assert quotes(text) == expected


def test_the_speaker_of_a_word_left_out_speaks_on_in_the_next_paragraph():
    found = quotes("Minister Anna Lindqvist arrived late. The observer, Jon Berg, said the vote was “imperfect”.",
                   "“It was also very notable that the count was slow and the ballots were lost.”")
    assert found == [("Jon Berg", "It was also very notable that the count was slow and the ballots were lost.")]


def test_scare_quotes_and_quoted_titles_are_not_quotes():
    found = quotes("The so-called “special framework” is part of the ‘Manar’ initiative and the “Free and Open Indo-Pacific”.")
    assert found == []


@pytest.mark.parametrize("text", [
    # A capitalised phrase a naming noun introduces is a name: a project, a campaign, a book.
    "Le président Emmanuel Macron a salué le projet *« Carrefour de la paix ».* du gouvernement.",
    'Minister Anna Lindqvist backed the campaign "Bring back UK Democracy" at the rally on Friday.',
    # A quoted phrase naming a policy or a slogan, or a so-called thing; a word alone no one is named saying.
    "Minister Anna Lindqvist backed the “one country, two systems” concept and the “four no's and one no intention” policy.",
    "Minister Anna Lindqvist said the island is a so-called “democratic regime of the people”.",
    "Earlier, the guards had said the boats were “snooping” in the waters.",
    "The sacrosanct principle of “innocent until proven guilty” forms the bedrock of our justice system.",
    "The forum convenes under the theme “Joining hands to advance modernisation together”.",
    # A term a state or body is said to use, a thing's name: what it calls "...", known as "...".
    "Minister Anna Lindqvist said Beijing decried what it calls “long-arm jurisdiction by Western countries” on Monday.",
    "Minister Anna Lindqvist said the unit, known as “the hidden hand of the state”, had left.",
    # A name a thing is given by a passive verb of naming, whoever gave it.
    "Minister Anna Lindqvist said the civilians were trapped in what has been called “the cage” by the sea.",
    "Minister Anna Lindqvist recalled that Jon Berg was branded “Father of the Nation” in the campaign.",
    "Minister Anna Lindqvist said the strip is often called a “zone of no return for the people” there.",
    # The items of a list of slogans or names are names each.
    "The campaign, with slogans such as “Take back control”, “Bring back our democracy” and “Sweden is great alone”, won.",
    "Minister Anna Lindqvist said the so-called “special framework for the region” and “new deal for the north” will end.",
    # A word's translation.
    "Minister Anna Lindqvist calls Sweden a “stormakt.” Simply translated it means “great power of the north,” she says.",
    "Minister Anna Lindqvist closed with lagom, meaning “just the right amount of it”, at the end.",
    # A quotation filling a parenthesis is a title or a gloss.
    'In her chapter on domestic politics ("Swedish power in 2014: an attempt at a forecast"), Anna Lindqvist wrote more.',
    "Minister Anna Lindqvist used the word lagom (“just the right amount of it”) twice.",
    # A JSON value pasted into the text; a row's fields, a straight mark before a curly quotation.
    '"headline": "The Pan-African Traveling Salesman and the House on Fire", "datePublished": "2026-02-13",',
    'Mattis visits Seoul,"SEOUL (Reuters) - Defense Secretary Jim Mattis flew in on Friday. “No one is rushing for war.” ",politicsNews,"October 27, 2017 "',
])
def test_names_slogans_and_data_fields_are_not_quotes(text):
    assert [q for q in quotes(text) if "rushing" not in q[1]] == []


@pytest.mark.parametrize("text", [
    "The forum meets under the theme “The Road to 2030: Transforming the Global Economy” this year.",
    "The commission published its “Notes on Media” in May, with a panel titled “Arguments as a Vehicle of Understanding”.",
    # A reference list's long article titles, "but" and "against" in lowercase, a page title's "|" in one.
    "11. “Trump Pushes Iraq, Threatens Sanctions After Vote to Expel U.S. Troops,” New York Times, January 6, 2020.",
    "12. “Senior Officials Advised against Trump Emergency Arms Sales to Saudis,” and “US Long Watched Soleimani, but Feared Risks of a Strike”.",
    "13. “Humanitarian Crisis in Yemen Remains the Worst in the World, Warns UN | | UN News,” UN News.",
    # A headline's dash between its parts, "is" and "on," left in lowercase.
    "The magazine ran “Iran - Middle East Battle Lines” and “25 Years on, the Road Is Long” last year.",
    "The library holds “The Hungry Dragon: How Resource Quest is Reshaping the World” in May.",
    # A programme's name after a possessive or "on", whoever speaks in the sentence.
    "Senator Jon Berg spoke on NBC’s “Meet the Press” on Sunday. On “State of the Union,” Berg repeated his view.",
])
def test_titles_with_numbers_and_short_lowercase_words_are_not_quotes(text):
    assert quotes(text) == []


def test_a_long_quotation_in_capitals_is_what_someone_said():
    found = quotes("Senator Jon Berg wrote: “WE WILL NEVER ACCEPT THIS DEAL AND WE WILL FIGHT IT IN EVERY COURT OF THE LAND!”")
    assert found == [("Jon Berg", "WE WILL NEVER ACCEPT THIS DEAL AND WE WILL FIGHT IT IN EVERY COURT OF THE LAND!")]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # "He" or "she" of another language before the verb, after an opening clause.
    (("O chanceler Anna Lindqvist chegou a Teerã.", "Quando questionado por jornalistas, ele respondeu: “Sim, isso foi alcançado após quase 18 horas”."),
     [("Anna Lindqvist", "Sim, isso foi alcançado após quase 18 horas")]),
    (("Le ministre Jon Berg est arrivé à Paris.", "Il a déclaré : « Nous allons continuer à soutenir nos partenaires »."),
     [("Jon Berg", "Nous allons continuer à soutenir nos partenaires")]),
    # Indonesian copy: "kata dia", "ujarnya" after the quote, and its verbs with the name after them ("terang Prabowo").
    (("Presiden Anna Lindqvist tiba di Jakarta.", '"Kita mencatat bahwa posisi kedua negara sangat mirip," kata dia.'),
     [("Anna Lindqvist", "Kita mencatat bahwa posisi kedua negara sangat mirip")]),
    (("Presiden Anna Lindqvist tiba di Jakarta.", '"Kami juga mendukung rencana untuk menyelenggarakan KTT," ujarnya.'),
     [("Anna Lindqvist", "Kami juga mendukung rencana untuk menyelenggarakan KTT")]),
    (("Presiden Anna Lindqvist tiba di Jakarta.", '"Kami juga mendukung rencana untuk menyelenggarakan KTT," terang Lindqvist, dilansir dari Antara.'),
     [("Anna Lindqvist", "Kami juga mendukung rencana untuk menyelenggarakan KTT")]),
])
def test_a_pronoun_of_another_language_is_the_nearest_person(paragraphs, expected):
    assert quotes(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # Chinese sets no spaces: the name right after the quotation before its verb, or heading the verb's clause before it.
    (("“基于第一轮谈判建立的共识，我们将寻求对两国都有利的‘双赢’结果，”茂木敏充周五在记者会上说。",),
     [("Toshimitsu Motegi", "基于第一轮谈判建立的共识，我们将寻求对两国都有利的‘双赢’结果，")]),
    (("在被问及与莱特希泽的会谈是否会迫使日本进入双边自贸协定谈判时，茂木敏充说：“我认为这种情况不会发生。”",),
     [("Toshimitsu Motegi", "我认为这种情况不会发生。")]),
    (("王毅其後會見日本首相安倍晉三時表示，「中日關係正進入改善與成長的重要階段」。",),
     [("Wang Yi", "中日關係正進入改善與成長的重要階段")]),
    # "他" after a clause whose verb someone unnamed heads ("NBA負責人表示") is that one, no one named; a verb of naming
    # ("被稱為") gives no speaker.
    (("茂木敏充抵達北京。", "但在接受採訪時，NBA負責人表示，聯盟必須保持靈活性，他說：「如果這關乎任何一方的意識形態純潔性，那將永遠無法實現。」"),
     [(None, "如果這關乎任何一方的意識形態純潔性，那將永遠無法實現。")]),
    (("茂木敏充抵達北京。", "這一計劃被稱為「一帶一路倡議的新階段與新機遇」。"), [(None, "一帶一路倡議的新階段與新機遇")]),
    # A name closing lowercase roles after the verb ("said observer and ... member X") is the speaker.
    (("Observers praised the vote.",
      "“I have no knowledge of any party being banned,” said observer and UK Independence Party member Richard Wood, before leaving."),
     [("Richard Wood", "I have no knowledge of any party being banned")]),
    # A possessive before a noun for one's own words ("X’s statement", "X's words from 1956:" over a block) gives them.
    (("General Constantino Chiwenga led the army.",
      "Unsurprisingly, General Chiwenga’s statement prior to the takeover makes reference to “counter revolutionary infiltrators "
      "who are now influencing the party”."),
     [("Constantino Chiwenga", "counter revolutionary infiltrators who are now influencing the party")]),
    (("President Dwight Eisenhower stopped the war in 1956.", "Eisenhower's words from 1956:",
      "> There can be no peace without law. And there can be no law if we invoke one code for those who oppose us."),
     [("Dwight D. Eisenhower", "There can be no peace without law. And there can be no law if we invoke one code for those who oppose us.")]),
    (("President Joe Biden spoke on Monday.", "Biden's remarks drew criticism from Senator Ted Cruz, who called them “a disgrace to the office”."),
     [("Ted Cruz", "a disgrace to the office")]),
    # ", while noting that" is an aside of the sentence's subject, no clause of its own.
    (("Germany's Chancellor Friedrich Merz, while noting that Germany had not recognized the presidency, called the case "
      'complex and said Germany would "take time on the matter".',),
     [("Friedrich Merz", "take time on the matter")]),
    # A name ending in "s" takes a bare mark as its possessive: "Santos’ former colleague" is no one speaking.
    (("Former Rep. George Santos was released on Friday.",
      "But Rep. Nick LaLota, Santos’ former GOP colleague from New York, said of Santos: “He stole millions, defrauded an election.”"),
     [("Nick LaLota", "He stole millions, defrauded an election.")]),
    # Korean: the sentence's topic before a quotation a quotative particle closes, a family name before a role the one
    # person's of that name; a topic naming no one ("북한 매체는", the North's media) is no one's words.
    (("김정은 북한 국무위원장이 새해를 맞아 축전을 보냈다.", '김 위원장은 2025년의 북러 관계에 대해 "우리 두 나라가 새 시대 동맹관계의 위대한 전기를 써나간 한해"라고 돌아봤다.'),
     [("Kim Jong Un", "우리 두 나라가 새 시대 동맹관계의 위대한 전기를 써나간 한해")]),
    (("김정은 북한 국무위원장이 새해를 맞아 축전을 보냈다.", '북한 매체는 "우리 두 나라가 새 시대 동맹관계의 위대한 전기를 써나간 한해"라고 보도했다.'),
     [(None, "우리 두 나라가 새 시대 동맹관계의 위대한 전기를 써나간 한해")]),
])
def test_a_chinese_quotations_speaker_heads_its_verbs_clause(paragraphs, expected):
    assert quotes(*paragraphs) == expected


def test_partial_quote_is_attributed_to_the_subject():
    found = quotes("Minister Anna Lindqvist called the deal an “important step forward for both sides” on Friday.")
    assert found == [("Anna Lindqvist", "important step forward for both sides")]


@pytest.mark.parametrize(("paragraphs", "speakers"), [
    (["Indian High Commissioner Santosh Jha spoke on Tuesday.",
      "Asked about the vessels, and following Mr. Dissanayake’s visit, Mr. Jha said: “We have not had any further discussions.”"],
     ["Santosh Jha"]),
    (["Wang Zhenmin, a senior official, spoke.",
      "Wang, who was recently a law dean in Beijing, said that it was \"very, very clear\" that officers could not \"do such things\" there."],
     ["Wang Zhenmin", "Wang Zhenmin"]),
    (["Prime Minister Shinzo Abe met President Vladimir Putin.",
      "Abe said he and Putin confirmed the two countries will work together, saying, “This is the stance shared by Japan and Russia.”"],
     ["Shinzo Abe"]),
    (["The accord was signed in Riyadh.", "“This is a historic day for our energy partnership,” said the minister, Alexandre Silveira."],
     ["Alexandre Silveira"]),
    (["Officials met in Riyadh.", "“We will keep working with partners on energy,” according to Alexandre Silveira, Brazil's energy minister."],
     ["Alexandre Silveira"]),
    # A quotation opening the sentence after one that closes on its speaker is that speaker's.
    (["In contrast, the new president spent years fighting the group, says Aaron Zelinski of the Washington Institute, "
      "a think-tank. “He’s been trying to shut them down, more or less.”"],
     ["Aaron Zelinski"]),
    # "he continues": the paragraph's last speaker, not the man the sentence between names.
    (["In response, Mr Sharani’s forces have launched raids. “He insisted that joining the coalition was for the good of "
      "the state,” says Jerome Dravon, an analyst at a think-tank, who has written about Hayat Tahrir al-Sham, Mr Sharani’s "
      "rebel group. With assent still needed, “the movement is still constrained by its past,” he continues."],
     ["Jerome Dravon", "Jerome Dravon"]),
])
def test_speaker_is_the_subject_of_the_speech_verb(paragraphs, speakers):
    assert [q.speaker_name for q in annotate(*paragraphs).quotes] == speakers


@pytest.mark.parametrize(("paragraphs", "speakers"), [
    # A role subject the nearest person holds is theirs: "she" after it is that person.
    (["President Anna Lindqvist met Manuel Noriega in Oslo.",
      'Later, the president held a press conference. She announced that Oslo would "run the country until such time as '
      'we can do a safe transition."'], ["Anna Lindqvist"]),
    # The attribution later in the sentence covers its partial quotes ('..., he said.').
    (["Indian High Commissioner Santosh Jha said ties were good. "
      "President Anura Kumara Dissanayake’s visit added “renewed vigour” to ties and put them on a “higher plane”, he said."],
     ["Santosh Jha", "Santosh Jha"]),
    # Abbreviated titles belong to the name after the quote.
    (["Foreign Minister Ali Sabry met the envoy.", "“We will review progress in all the projects,” Mr. Sabry said."], ["Ali Sabry"]),
    (['"Obama rewards the Castros with a visit while conditions worsen," said Rep. Ileana Ros-Lehtinen, a Republican congresswoman from Florida.'],
     ["Ileana Ros-Lehtinen"]),
    # A wire's "quoted X as saying".
    (["Defense Secretary Delfin Lorenzana met Wei Fenghe.",
      "“We remain firm in finding ways to improve our relations,” it quoted Lorenzana as telling Wei."], ["Delfin Lorenzana"]),
    # "The statement quoted X as saying", after a straight quote that a curly one closes.
    (["The agency reported progress.",
      '"Demining is ongoing to ensure safe access for the teams,” the statement quoted Director General Rafael Grossa as saying.'],
     ["Rafael Grossa"]),
    # An apposition between the name after the quote and its verb; a name after the verb, then more words.
    (["“There are things that we must investigate,” Sir Andrew Parkes, MI5’s chief when the committee met, told the ISC."],
     ["Andrew Parkes"]),
    (["“I am not frustrated, I am impatient,” declared an evidently frustrated Emmanuel Macron in Germany this year."],
     ["Emmanuel Macron"]),
    # "He" is never a name inside a quotation; an apposition's closing comma before the verb keeps the subject.
    (["The slogans insulted President Vladimir Putin.", "In his closing arguments, the defence lawyer, Leonid Solovyev, argued that the phrase “death to Putin” was vague. "
      "“It could easily be an emotional way to express feelings,” he said."], ["Leonid Solovyev", "Leonid Solovyev"]),
    # The pronoun after a paragraph whose quote someone said refers to that speaker, not to a name in passing.
    (['"What Obama has shown to our enemies is weakness," Senator Ted Cruz said, lumping together Obama\'s steps.',
      '"I think it is a real mistake and a bad idea," he said.'], ["Ted Cruz", "Ted Cruz"]),
    # "the prime minister" is the nearest person when that is their role.
    (['"A ground operation draws everyone into a war," Prime Minister Dmitry Medvedev was quoted as saying.',
      'Asked about troops, the prime minister answered that "our partners must consider whether they want a permanent war."'],
     ["Dmitry Medvedev", "Dmitry Medvedev"]),
    # The subject of the verb across a relative clause or an apposition.
    (["At a rally, candidate Donald Trump, who accuses President Barack Obama of weakness, described it as \"an indication of where we are going\"."],
     ["Donald Trump"]),
    (["Asked to comment, Salem Meslet, the spokesman for the coalition, said, \"We must see action on the ground in Syria.\""],
     ["Salem Meslet"]),
    # A role with its country names the one person of the article who has both.
    (["Secretary of State John Kerry spoke.",
      'The top U.S. diplomat said it is his hope that President Barack Obama will discuss it "as soon as it is appropriate".'],
     ["John Kerry"]),
    # "the prosecutor": the one person of the article with that role; a question's answer is not the asker's.
    (["The prosecutor, Svetlana Tarasowa, asked for eight years. The lawyer, Leonid Solovyow, argued.",
      "“How did these phrases make you feel?” the prosecutor asked the secretary.",
      "“Nothing. We hear cases like this every week; we are used to it.”"],
     ["Svetlana Tarasowa", None]),
    (["The prosecutor, Svetlana Tarasowa, asked for eight years.",
      "Reading the case, the prosecutor hesitated before clarifying: “Well, in that sense, it was the president.”"],
     ["Svetlana Tarasowa"]),
    (["Russian Foreign Minister Sergei Lavrov spoke on Monday.",
      "Russia's foreign minister dented hopes of a summit, telling NBC News that “there is no meeting planned”."],
     ["Sergey Lavrov"]),
    (["Russian President Vladimir Putin met US President Donald Trump.",
      '"We will not retreat from our plans," Russia\'s president said.', 'The Russian leader said Trump\'s "leadership qualities" helped.'],
     ["Vladimir Putin", "Vladimir Putin"]),
    # A known person the article gives no role has the knowledge base's first one ("President of Russia").
    (["Donald Trump met Vladimir Putin in Alaska last week.", 'The Russian leader said Trump\'s "leadership qualities" helped.'],
     ["Vladimir Putin"]),
    # Whom the quotation addresses does not say it: the last other person named before it does.
    (["Prime Minister Anna Lindqvist wrote to President Jan Kowalczyk to complain about the attack, and her officials posted "
      "Kowalczyk's handwritten response.",
      '"Anna - I do not like hearing this - I am very angry about it," he wrote.', '"Tell them. You are my great friend."'],
     ["Jan Kowalczyk", "Jan Kowalczyk"]),
    # A short quote after the speaker's own name is still theirs; a short quote opening its sentence, with its attribution
    # after it, is a quote even when the speaker is unnamed.
    (["“It's a good day for Europe,” said Ursula von der Leyen, president of the European Commission. “We have delivered.”"],
     ["Ursula von der Leyen", "Ursula von der Leyen"]),
    (["“We’re ready,” a senior Israeli official told Reuters, speaking on condition of anonymity."], [None]),
    # Straight single marks quote too; an apostrophe inside a word is no mark, nor one after a plural that no mark opened.
    (["Philippine Defence Secretary Delfin Lorenzo said the drills would 'strengthen our country's capabilities amid the "
      "increasingly complex situation.'"], ["Delfin Lorenzo"]),
    (["'The foregoing whole-of-nation approach protects the nation's interest,' the statement read."], [None]),
    (["The Philippines' claim rests on the 2016 award, and the islands' status is unchanged."], []),
    # A known surname alone "quoted as saying" speaks.
    (["“We have no intention of attacking anyone,” Peskov was quoted as saying by the RIA news agency."], ["Dmitry Peskov"]),
    # "PM" is a role ("PM Shehbaz said"); a name after a participle opening the sentence is its object, not the subject
    # a later "he" means; a name after an opening phrase and its comma is.
    (["Prime Minister Shehbaz Sharif met President Ilham Aliyev.",
      "Addressing Aliyev, the premier thanked him for his hospitality.",
      "At the summit, PM Shehbaz said, “We are looking forward to new heights.",
      "“This would be no surprise to anyone,” he asserted."],
     ["Shehbaz Sharif", "Shehbaz Sharif"]),
    (["Prime Minister Shehbaz Sharif met President Ilham Aliyev.",
      "Earlier today, PM Shehbaz extended felicitations to President Aliyev and his nation.",
      "In a post on X, he said, “Pakistan deeply values its close fraternal bonds with Azerbaijan.”"],
     ["Shehbaz Sharif"]),
    # No verb of speech: the quotes of a sentence are its subject's words, be it a name, "he" or "the premier" (a synonym
    # of the one Prime Minister's role); a quote opening its sentence is the previous sentence's subject's; a
    # participle's phrase opening the sentence waits for its subject after the quote.
    (["Prime Minister Jan Kowalczyk met President Anna Lindqvist.",
      "Addressing Lindqvist, the premier thanked her, noting that the summit “reflects the meeting of genuine friends”.",
      "He also felicitated the president for “very skillfully resolving the border issue” of the north.",
      "Earlier today, PM Kowalczyk extended felicitations on the “joyous occasion of the national day”.",
      "At the dinner, the premier congratulated Lindqvist. “The way your nation fought, you earned a high position.”",
      "Noting the “outpouring of love and affection in both countries” for Poland, PM Kowalczyk noted: “We are moved.”"],
     ["Jan Kowalczyk"] * 6),
    # A quotation left open at a paragraph's end is the speaker's the next paragraph's closing attribution names.
    (["Foreign Minister Anna Lindqvist spoke on Monday.", "“We will sign the deal next week.",
      "“And then we will see what happens next with all of them,” she said."], ["Anna Lindqvist", "Anna Lindqvist"]),
    # Quotation marks written as HTML entities; a transcript's speaker label names a person of the article, a
    # label naming no one ("QUESTION:", a dateline) is no speaker.
    (["Foreign Minister Anna Lindqvist met reporters.", "&quot;We will sign the deal next week,&quot; Lindqvist said."],
     ["Anna Lindqvist"]),
    (["Foreign Minister Anna Lindqvist held a briefing.", "QUESTION: Will you sign the deal next week?",
      "LINDQVIST: We will sign the deal next week and then we will see.", "OSLO: The talks went on for hours after that."],
     ["Anna Lindqvist"]),
    # A single mark opening a quotation that its paragraph never closes runs on over the next paragraphs it opens.
    (["Foreign Minister Anna Lindqvist said: 'We will sign the deal next week, and then we will see.",
      "'It is the best deal we could get.'", "'90s music was popular then and the band played it all night long."],
     ["Anna Lindqvist", "Anna Lindqvist"]),
    # A wire "cited X as saying"; a surname transliterated another way ("-sky" for "-ski") is the same person.
    (["“We see a desire for cooperation and nothing else,” Russia’s RIA state news agency cited Mr Lindqvist as saying.",
      "Anna Lindqvist is the foreign minister."], ["Anna Lindqvist"]),
    (["Polish Foreign Minister Radoslaw Sikorskii spoke in the Sejm.",
      "“Russia is lying about Poland's alleged plans to annex parts of Ukraine,” Sikorskyy said."], ["Radoslaw Sikorskii"]),
    # The subject after opening phrases and its role, its apposition closed by a comma before the verb.
    (["Speaking in Kigali last week at the forum, the MTN Group President and CEO, Ralph Mupitaa, welcomed the summit as "
      "“timely, and a necessary platform to get business leaders engaged”."], ["Ralph Mupitaa"]),
    # "she" is the latest woman the article's titles name ("Mrs Kirchner"), not the nearest man.
    (["Argentine President Cristina Fernandez de Kirchner dismissed the referendum result as 'a parody'",
      "David Cameron said Buenos Aires should take ‘careful note’ of the referendum, which went 99.8 per cent in favour.",
      "She claimed: ‘It’s like a consortium of squatters voting on whether they’re going to continue occupying a building.’",
      "Mrs Kirchner went on to dismiss the poll."], ["David Cameron", "Cristina Fernández de Kirchner"]),
    # Names in an opening phrase make no list of speakers with the subject after it.
    (["Speaking after meeting Vladimir Putin and Xi Jinping, Narendra Modi said: “It is a good day for all of us here.”"],
     ["Narendra Modi"]),
    # A quotation over paragraphs that open with no mark, or each with one: its close names the speaker of them all;
    # marks escaped by backslashes are marks.
    (["Foreign Minister Anna Lindqvist spoke at the forum.", '\\"We will sign the deal with our partners next week.',
      "The talks went on for many hours in the capital.", 'Then we will see what comes of all of it,\\" she said.'],
     ["Anna Lindqvist"]),
    (["Foreign Minister Anna Lindqvist spoke at the forum.", "“We will sign the deal with our partners next week.",
      "“Then the ministers will meet again in the spring.", "“And then we will see what comes of it,” she added."],
     ["Anna Lindqvist", "Anna Lindqvist", "Anna Lindqvist"]),
    # A single mark opening inside a sentence that the paragraph never closes (the page lost it) opens a quotation.
    (["French President Emmanuel Macron said it was 'unacceptable that, for a second time, Russia hasn't responded to the demands."],
     ["Emmanuel Macron"]),
    # "claimed", "reiterated", "maintained" attribute a quote as "said" does.
    (["Defence Secretary Ben Wallace spoke in London.", "Wallace claimed Russia was “losing slowly” in the war."], ["Ben Wallace"]),
    # A name in a dash aside is not whom the sentence's "he" means.
    (["US President Joe Biden talked up climate financing.",
      "He also — in a reference to President-elect Donald Trump taking over — declared that “nobody can reverse the revolution”."],
     ["Joe Biden"]),
    # "In his words:" and "according to her" name the nearest person as "he" and "she" do.
    (["Ambassador Joao Quiosaa spoke at the summit.", "In his words:“We are glad to be a part of this program in October.”"],
     ["Joao Quiosaa"]),
    (["Commissioner Vera Jourovaa presented the report.", "“All actors must do their part in fighting disinformation,” according to her."],
     ["Vera Jourovaa"]),
    # A quoted block's marker ("> ") before a quotation the previous paragraph leads into.
    (["Foreign Minister Anna Lindqvist spoke at the forum.", "Lindqvist also said:",
      "> “We will sign the deal with our partners next week, and then we will see."], ["Anna Lindqvist"]),
    # Sentences run together with no space after the full stop are still two sentences.
    (['President Donald Trump told reporters on Air Force One.Ukrainian President Volodymyr Zelensky also said he did '
      'not expect a breakthrough, accusing Moscow of being "not serious about ending the war".'], ["Volodymyr Zelensky"]),
    # A name in an apposition after a preposition ("adviser to Obama") is not whom a later "she" means.
    (["Michelle Gavinn, a former ambassador and adviser on Africa to Barack Obama, said the trip mattered.",
      "“It is one project and one good idea,” she said."], ["Michelle Gavinn"]),
    # Quoted through a medium, after an apposition: "X, vice minister, was quoted by state news agency ABI as saying".
    (["“The ministry considers that this is an unfair report on the events,” Edgar Luis Frankel, vice minister for "
      "coordination, was quoted by state news agency ABI as saying on Wednesday."], ["Edgar Luis Frankel"]),
    # Cited as doing what the words say: "cited Lagarde as urging Europe to “...”".
    (["Central bank chief Christine Lagardy has voiced alarm. The broadcaster has cited Lagardy as urging Europe to "
      "\"reduce vulnerabilities that arise from a foreign-owned infrastructure\"."], ["Christine Lagardy"]),
    # A verb of wondering, right after the closing mark with no space.
    (['It sounds like a declaration of war: "how could it get this far?"the Turkish journalist Sedat Ergon wondered.'],
     ["Sedat Ergon"]),
    # A name written without its accents is the person written with them.
    (["Interim President Jeanine Añezo spoke.", "Hours earlier, Anezo stated: “The government that I preside over has "
      "decided to expel the ambassador of Mexico.”"], ["Jeanine Añezo"]),
    # A role written in capitals is the nearest person's when it is their role.
    (["The arrest of Prime Minister Boubou Cissy followed a mutiny.", "Earlier, Cissy had posted a plea to troops.",
      "\"The government calls for reason and asks for the use of arms to be stopped,\" the Prime Minister wrote."],
     ["Boubou Cissy"]),
    # A surname alone after the full name in one paragraph is its own mention, the subject a later "he" means.
    (['Devlet Bahcelo is the leader of the MHP party. Without the support of his MHP, Erdogan could not rule. Last Wednesday, '
      'Bahcelo called on the government to draw up plans. "The nation should act now and without delay," he told his group. '
      '"Let us burn down Syria". President Erdogan gave Damascus an ultimatum. "We call on you to retreat behind the M-5 '
      'Route," said Defense Minister Hulusi Akar.'],
     ["Devlet Bahcelo", "Devlet Bahcelo", "Hulusi Akar"]),
    # "..., while X observed that “...”": a new clause whose subject speaks the next quotation, not the one before.
    (["China’s President Xi Jinping stated that “This membership expansion is historic”, while Putin observed that "
      "“The adoption of the principles will ensure that the role of the bloc will grow”."], ["Xi Jinping", "Vladimir Putin"]),
    # Two single closing marks set for a double one.
    (["“The administration has clearly picked sides,’’ said Kathryn Ledeburg of the Andean Information Network."],
     ["Kathryn Ledeburg"]),
    # An adverb between the role and the verb: "the American president later told".
    (["President Donald Trump met Ahmed al-Sharaa, Syria's leader, in Riyadh.",
      "“He comes from an extremely difficult place,” the American president later told a press conference."], ["Donald Trump"]),
    # Verbs of branding and talking about give the words to their subject.
    (["Foreign Minister Anna Lindqvist branded the plan as “a reckless gamble with our security”."], ["Anna Lindqvist"]),
    (["Secretary of State Condolina Rise was upbeat when she talked about the “birth pangs of a new Middle East.”"],
     ["Condolina Rise"]),
    # "Wen said she": reported speech gives a person's pronoun; a later "she" looks past the man named since.
    (["Former professor Wen Lixia said she had been expelled from the party this week.",
      "The only way forward, according to Wen, is to replace Xi Jinping as the top leader.",
      "“China will not be able to head towards democratic politics under him,” she said."], ["Wen Lixia"]),
    # "the Philippine foreign minister" is the country's Foreign Affairs Secretary.
    (["Philippine Foreign Affairs Secretary Perfecto Yasai spoke in Manila.",
      "Manila wants to break away from a “mindset of dependency and subservience”, the Philippine foreign minister said."],
     ["Perfecto Yasai"]),
    # "Qatar, he added, has influence on Kagame": "he" is the speaker before, not the man the paragraph names in passing;
    # the quotation of the next paragraph carries on that speaker.
    (["“The meeting was kept secret for weeks,” analyst Richard Moncrief told the paper.",
      "Qatar, he added, has a lot of influence especially on Paul Kagame and it matters to Kigali.",
      "“It is unclear whether Angolans were aware or even consulted about this meeting in Doha.”"],
     ["Richard Moncrief", "Richard Moncrief"]),
    # A single-quoted quotation holding a phrase in the same marks closes after it, where its attribution follows.
    (["Iran's President Hassan Rouhanu said the campaign had backfired.",
      "'We can say that America's 'maximum pressure' against Iran has turned into America's maximum isolation,' he said."],
     ["Hassan Rouhanu"]),
    # A quoted block with no marks after a paragraph introducing it is the quotation, its speaker the introduction's;
    # so is one after a paragraph that quotes something first ('the "Defending Ukraine" quote ..., here is what X said:').
    (["Prime Minister Giorgia Melone spoke at the summit. She mentions the word once, when she says:",
      "> Peace does not mean surrender, as some seem to suggest with their latest declarations. It does not."],
     ["Giorgia Melone"]),
    (["Prime Minister Giorgia Melone spoke at the summit.",
      "Matching the “Defending Ukraine means” quote from the video, here is what Melone actually said:",
      "> Defending Ukraine means defending the system of rules that holds the international community together."],
     ["Giorgia Melone"]),
])
def test_attribution_across_the_sentence_and_the_paragraphs(paragraphs, speakers):
    assert [q.speaker_name for q in annotate(*paragraphs).quotes] == speakers


@pytest.mark.parametrize("paragraphs", [
    # Whoever is not the speaker stays unnamed: a possessive, a body, an unnamed source, what someone said about another.
    ["A senior Israeli commander speaking anonymously to a newspaper emphasized the resolve to kill Hezbollah leader "
     "Hassan Nasrallo. \"There's only one solution for him,\" he told the paper."],
    ['Writing in a magazine, journalist Seymour Hirsch quoted a U.S. government consultant with close ties to Israel, '
     'commenting on the war: "The Israelis told us it would be a cheap war with many benefits."'],
    ["President Donald Trump spoke.", "On Monday, the Trump administration reinstated a waiver for aid, finding that it "
     "is “vital to the national interests of the United States.”"],
    ["President Donald Tusk arrived.", 'Tusk\'s draft says the EU would work with Turkey to "prepare for a decision on the chapters soon".'],
    ["Admiral Ali Fadavi spoke.", '"It was a mistake, that was our fault, and we apologize," the sailor said on state TV.'],
    ["The statement followed a meeting with President Bashar al-Assad.",
     'The panel said arms went "to a range of Middle Eastern and African states, reportedly," the panel said.'],
    # A full stop after the quote mark ends its sentence: the next one's speaker is not its own.
    ["Britain offers the people “a path to full British citizenship and a home”. Foreign Secretary Dominic Raab said it was right."],
    ["Talks were held in Alaska.", 'The Russian leader said President Donald Trump\'s "leadership qualities" would help restore relations.'],
    # Two people of the article have the role: "the minister" is neither.
    ["Foreign Minister Anna Lindqvist met Defence Minister Jan Kowalczyk.", "Activist Maria Nowakowa spoke.",
     '"We will keep talking about all of it," the minister said.'],
    ["External Affairs Minister S. Jaishankar visited.",
     "Mr. Jaishankar highlighted plans for a zone, which “will attract numerous investors from other countries”, the statement said."],
    # An unnamed role phrase right before the verb is the subject, not the name before it.
    ["US President Donald Trump said progress was being made.",
     "Shortly after Trump spoke, the senior Hamas official told the BBC that mediators were \"engaged in intensive contacts\"."],
    # A subject that is only scheduled or described ("to be"), or a sentence attributing its words to a statement later.
    ["President Anna Lindqvist arrived.",
     "President Lindqvist is also scheduled to attend an event aimed at “promoting investment between the two countries”."],
    ["President Anna Lindqvist arrived.",
     "Lindqvist will attend an event aimed at “promoting investment between the two countries”, according to a statement."],
    # A subject that something was done to ("has been eliminated from") says nothing.
    ["James Van Der Beekk has been eliminated from “Dancing with the Stars tonight.”"],
    # A name that only qualifies a noun ("a Trump administration official") is not the speaker.
    ["President Donald Trump lifted the sanctions.",
     "A Trump administration official explained that Treasury “will likely issue general licenses in the coming weeks.”"],
    ["President Donald Trump lifted the sanctions.",
     "“There was a desire to create some space for the new government,” said a former Trump administration official."],
    # "He" after a sentence whose subject is a role no one named holds ("the American president held a press
    # conference"): not the person named before it.
    ["The closest comparison, Manuel Noriega in 1989, required a full invasion.",
     'Hours later, the American president held a press conference. He announced that the United States would "run the '
     'country until such time as we can do a safe transition."'],
    # The person a question was about ("When asked about X, he demurred.") is not whom the "he" after it means.
    ["Alexei Navalny died in prison on February 16th.",
     "When asked at the same press conference about Alexei Navalny, he demurred. “Why the rush to accuse someone? A citizen died.”"],
    # A name after "to" in the speaker's phrase ("a senior adviser to Abbas") is not the speaker.
    ["President Mahmoud Abbas was in Ramallah.",
     "“The Palestinian leadership rejects and denounces the announcement,” said a senior adviser to Mahmoud Abbas."],
    # A name closing the clause after "according to" is no speaker ("... issued after the minister met leader John Lee").
    ["Hong Kong leader John Lee met visitors on Monday.",
     "“We will take measures to prevent the circumvention of sanctions,” according to a statement from the ministry issued after "
     "the minister met with Hong Kong leader John Lee."],
    # A list of people said it together: no one of them alone.
    ["Chamber President Haji Muhammad Miriani, Senior Vice-President Haji Akhtar Kakar and business leader Haji Ghulam "
     "Khilji said that in light of the decision, “it is the responsibility of the government to come forward now”."],
    # A clause of its own after "while": its subject (the IDF) says the words, not the person named before it.
    ['US President Joe Biden has previously questioned the accuracy of the figures, while the Israel Defense Forces (IDF) say '
     'that "any information provided by a terrorist organisation should be viewed with caution".'],
])
def test_no_speaker_rather_than_a_wrong_one(paragraphs):
    assert [q.speaker_name for q in annotate(*paragraphs).quotes] == [None]


@pytest.mark.parametrize(("tail", "attributed"), [
    (' "I reiterated our interest in the port and its connectivity," he added.', False),  # the next quotation's verb
    (', the minister reiterated on Monday.', True),
])
def test_a_verb_after_the_quote_attributes_it_only_before_the_next_quotation(tail, attributed):
    from generator.annotate.quote_text import attributed_elsewhere

    assert attributed_elsewhere(tail) is attributed


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # The agent of a passive participle of speech or of a verb of citing before the words.
    (["This bold move, described by President Donald Trump as “decisive and powerful in every way,” signals a shift."],
     [("Donald Trump", "decisive and powerful in every way")]),
    (["As suggested by Neil Tyson, “Often politicians tell us lies we want to hear rather than truths we need to know”."],
     [("Neil Tyson", "Often politicians tell us lies we want to hear rather than truths we need to know")]),
    # A review's present tense of a verb of speech (data/speech_verbs.txt) before a colon.
    (["Hannes Adomeit wrote a chapter in this volume. Adomeit concludes: \"It is too early to say whether the drift will continue.\""],
     [("Hannes Adomeit", "It is too early to say whether the drift will continue.")]),
    # An adverb of manner between the speaker (and their apposition) and the verb.
    (["*“May you never be sold out by your friends at all”*, Hanan Ashrawi, a senior official, angrily tweeted at the prince."],
     [("Hanan Ashrawi", "May you never be sold out by your friends at all")]),
    # A participle of claiming after the sentence's pronoun subject.
    (["Salama Marouf, the head of the media office, spoke. He accuses the US of deceiving opinion, claiming that “the US has "
      "exploited the floating port to mask its partiality.”"],
     [("Salama Marouf", "the US has exploited the floating port to mask its partiality.")]),
    # An epithet after the words naming a capitalised word of the last speaker's role ("Republican Sen.").
    (["“All of these people have been blown up without a trial,” Republican Sen. Rand Paul said on NBC. “If they want "
      "all-out war we must declare it,” the Kentucky Republican said."],
     [("Rand Paul", "All of these people have been blown up without a trial"), ("Rand Paul", "If they want all-out war we must declare it")]),
    (["“All of these people have been blown up without a trial,” Republican Sen. Rand Paul said on NBC. “If they want "
      "all-out war we must declare it,” the Kentucky Democrat said."],
     [("Rand Paul", "All of these people have been blown up without a trial"), (None, "If they want all-out war we must declare it")]),
    # Words closing on a full stop end their sentence: the next sentence's subject is no attribution of them, and the
    # quotation carries on its paragraph's speaker.
    (["British Prime Minister Keir Starmer said Britain was “not involved” and that “we should all uphold international law.” "
      "France's Foreign Minister Jean-Noël Barrot stated that “no lasting political solution can be imposed from outside.”"],
     [("Keir Starmer", "not involved"), ("Keir Starmer", "we should all uphold international law."),
      ("Jean-Noël Barrot", "no lasting political solution can be imposed from outside.")]),
    (["“We have to find a way to have a peaceful situation,” Nikki Haley said. “We have to find a way for them to have safe "
      "and fair elections.”  The electoral commission said earlier this month that an election cannot be held."],
     [("Nikki Haley", "We have to find a way to have a peaceful situation"),
      ("Nikki Haley", "We have to find a way for them to have safe and fair elections.")]),
    # A quoted block under a sentence ending on its verb of speech and its setting is the words it announces; a heading
    # or a labelled note in a block, or a block under a sentence that reports something else, is none.
    (["President Gustavo Petro spoke in Caracas. Petro said in a statement on Monday.",
      "> We will walk the borders again, however hard the road is."],
     [("Gustavo Petro", "We will walk the borders again, however hard the road is.")]),
    (["Africa Check spoke to public editor George Claassen, who confirmed that no such article had been published.",
      "> **_Tip:_** _Always verify screenshots of shocking news reports. Check if the article is on the website._"], []),
    (["Like Sergey Lavrov, the Russian Foreign Ministry has previously commented on these populist accusations.",
      "> #### EU sanctions on Russian individuals and entities in the wake of the poisoning"], []),
])
def test_agents_epithets_sentences_and_blocks(paragraphs, expected):
    assert quotes(*paragraphs) == expected
