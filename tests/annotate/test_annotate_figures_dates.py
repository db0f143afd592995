"""Figures and dated references."""
from datetime import date

import pytest
from annotate_helpers import annotate


@pytest.mark.parametrize(
    "text, figure, kind",
    [
        ("Trade exceeded $100 billion in 2022.", "$100 billion", "money"),
        ("The fund holds €2.5 billion in assets.", "€2.5 billion", "money"),
        ("Japan pledged 500 billion yen in loans.", "500 billion yen", "money"),
        ("Inflation rose to 7.5% in March.", "7.5%", "percentage"),
        ("Exports fell 12 per cent last quarter.", "12 per cent", "percentage"),
        ("Advisers from more than 42 countries attended.", "more than 42 countries", "count"),
        ("It was their 21st face-to-face meeting.", "21st face-to-face meeting", "ordinal"),
        ("He began a six-year term in May.", "six-year term", "duration"),
    ],
)
def test_figures(text, figure, kind):
    found = {(f.text, f.kind) for f in annotate(text).figures}
    assert (figure, kind) in found


def test_years_alone_are_not_figures():
    assert not annotate("The agreement was signed in 2019 and renewed in 2021.").figures


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The deal was signed on March 3, 2021.", None, {"2021-03-03"}),
        ("Talks resumed in September 2019.", None, {"2019-09"}),
        ("Reforms adopted since 2017 continue.", None, {"2017"}),
        ("The leaders met in July.", date(2023, 9, 10), {"2023-07"}),
        ("The leaders met in November.", date(2023, 9, 10), {"2022-11"}),
        ("Trade grew last year.", date(2020, 2, 7), {"2019"}),
        ("The summit is planned for next month.", date(2020, 12, 7), {"2021-01"}),
        ("He visited Tokyo last September.", date(2020, 2, 7), {"2019-09"}),
    ],
)
def test_dated_references(text, published, expected):
    meta = {"date": published.isoformat()} if published else {}
    assert {e.date for e in annotate(text, meta=meta).events} == expected


def test_relative_dates_stay_unresolved_without_a_publication_date():
    assert not annotate("The leaders met in July and will meet again next month.").events


@pytest.mark.parametrize(("text", "figures"), [
    ("The plant adds 30.8 GW of capacity.", ["30.8 GW"]),
    ("The reef lies 175 nautical miles off the coast.", ["175 nautical miles"]),
    ("The sea covers 3.5 million sq km.", ["3.5 million sq km"]),
    ("More than 200 Chinese vessels were seen.", ["More than 200 Chinese vessels"]),
    ("The two villages and the two leaders met.", []),
    ("Iran holds billions of dollars in frozen funds.", ["billions of dollars"]),
    # Amounts whose noun the sentence gave before, thousands written out, "N of M".
    ("The camps hold about 72,000, and close to 8,000 more arrived.", ["about 72,000", "close to 8,000"]),
    ("Casualties rose to 1,200 on Monday.", ["1,200"]),
    ("The motion won 139 of 193 votes.", ["139 of 193"]),
    ("At least 5 were hurt; around 8 fled.", []),  # small bare amounts are too vague to list
    # A plain word or a demonym between the number and its noun.
    ("Iran struck a deal with six world powers.", ["six world powers"]),
    ("Turkey hosts nearly 3 million Syrians.", ["nearly 3 million Syrians"]),
    ("Dozens of people were killed and hundreds of its vessels left.", ["Dozens of people"]),
    ("It cost hundreds of thousands of lives.", ["hundreds of thousands of lives"]),
    # Hyphenated measures, and votes.
    ("The panel issued a 66-page report and needs a two-thirds majority.", ["66-page report", "two-thirds majority"]),
    ("The House passed the bill by 418-2 on Tuesday.", ["418-2"]),
    ("They back a two-state solution and an eight-point plan.", []),
    # A day before its month's name is a date naming an occasion, no count of the noun after it.
    ("Hamas took them during its 7 October attacks; the 30 July elections drew 12 Marchers.", ["12 Marchers"]),
    # A number before a superlative ranks what follows; "best-selling" is no superlative.
    ("The world's two largest economies and the three most influential parties met 12 best-selling authors.",
     ["12 best-selling authors"]),
    # A number inside a name is not a count; a peso amount is money.
    ("It launched Hwasong-12 missiles in August.", []),
    ("The budget is P8.8-billion.", ["P8.8-billion"]),
    # A noun that merely ends like a word never counted is counted; so are times; a refused reading frees its words.
    ("Russia launched 197 drones; Kerry called five times.", ["197 drones", "five times"]),
    ("It sought assets worth $22 billion three times since May.", ["$22 billion", "three times"]),
    # Millions written "m", demonyms in -ers, kilovolts.
    ("It offers all 2.9m people a path; five Hong Kongers left.", ["2.9m people", "five Hong Kongers"]),
    ("It restores the 330 kV line and an 82 kWh battery.", ["330 kV", "82 kWh"]),
    # A person's age, or an age group, is no figure; a thing's age is.
    ("The 32-year-old photographer Alexander Strukov, a 23-year-old who left, and 23-year-old Nicole.", []),
    ("Half of 15- to 24-year-olds would go; the 65-year-old traveled there.", ["65-year-old"]),
    ("Its 69-year-old claim stands.", ["69-year-old"]),
    # Ranges, approximations, India's crore and lakh, "pc", "trn", half a million.
    ("The deal is worth $10-12 billion; costs rose 5-7 per cent.", ["$10-12 billion", "5-7 per cent"]),
    ("Support reached nearly 40% and the plan costs nearly €1.1trn.", ["nearly €1.1trn", "nearly 40%"]),
    ("India spent Rs 5,000 crore, Rs. 2,500 crore and 12 lakh rupees.", ["Rs 5,000 crore", "Rs. 2,500 crore", "12 lakh rupees"]),
    ("The tariff is 25pc; almost half a million people left.", ["25pc", "almost half a million people"]),
    # Durations in two units, hyphenated distances, millions written out with their noun elsewhere.
    ("It was reduced to seven years and 10 months.", ["seven years and 10 months"]),
    ("It claims a 200-nautical-mile zone.", ["200-nautical-mile zone"]),
    ("We make more than three million [FPV] drones; two million dollars.", ["two million dollars", "more than three million"]),
    # Precision on real pages: compound number words, decimals after thousands, names and days before a number,
    # words that only end in "s", a number inside a larger one.
    ("Fifty-one percent say so.", ["Fifty-one percent"]),
    ("Gold rose to $1,472.19 and the index to 40,816.38, then 27,934.02, a high.", ["$1,472.19", "40,816.38", "27,934.02"]),
    ("It shelved it on September 30 after investors balked; iPhone 11 Pro users and Thunderbolt 3 docks.", []),
    ("China's 1.4 billion people.", ["1.4 billion people"]),
    ("They voted four times this month; he made 2 passes.", ["four times", "2 passes"]),
    ("Score 4.5 out of 5 for the 1,900-mile-wide moon.", ["1,900-mile"]),
    ("It brokered four temporary ceasefire deals.", ["four temporary ceasefire deals"]),
    ("They marked the 80th anniversary of the victory.", []),
    ("We would love to one day buy it, within one hour; a one year period.", ["one year period"]),
    # "Two" counts unless what comes before makes it a story's shape.
    ("It freed sailors from two U.S. Navy patrol boats and named two problems.", ["two U.S. Navy patrol boats", "two problems"]),
    ("The two biggest attacks hit; their two sons and not one but two nukes.", []),
    # Counts named before, relative dates, summits' numbers, people's ages; counts with "and" in their noun phrase.
    ("The three initiatives and these six countries; its top three sources.", []),
    ("It became independent three years later, two days before the vote, eight months after the coup; 78 died and 320 others were hurt.", ["320 others"]),
    # A duration relative to another event is a date, not a figure; a window from the story's day stays ("within the next two years").
    ("Two days after the vote it acted; 15 years from now; two years into the war; it lasted two years.", ["two years"]),
    ("They plan to invest within the next two years; after six days of talks.", ["two years", "six days"]),
    # "hundreds of" and "millions of" a thing are scale as rhetoric; a number's scale after them keeps the figure.
    ("Hundreds of soldiers came; millions of people voted; dozens of companies; hundreds of millions of dollars.",
     ["hundreds of millions of dollars", "dozens of companies"]),
    # A unit in a title's capitals is a title's words or a name: "25 Years on", "the Six Day War".
    ("In “25 Years on, Remembering the Path” and the Six Day War, troops served for 25 years.", ["25 years"]),
    ("Allies called for a 30-day ceasefire before any talks.", ["30-day ceasefire"]),
    ("Only 1 in 5 marriages; he scored 2 in 2024.", ["1 in 5"]),
    ("The forum generated an estimated QR 75 million; a SR 5 billion deal.", ["an estimated QR 75 million", "SR 5 billion"]),
    ("For the next 13 seconds he held on; a 26-second video; one second later; a 2 second-tier team.", ["13 seconds", "26-second"]),
    ("Timor-Leste is the 11th member; the 22nd country; the fourth postponement; the C5+3 format brings.", ["11th member", "22nd country", "fourth postponement"]),
    ("The 34-year-old crown prince and the 84-year-old monarch; the one country, two systems formula.", []),
    ("It signed 123 bilateral and multilateral political documents and hit two gas condensate stabilisation plants.",
     ["123 bilateral and multilateral political documents", "two gas condensate stabilisation plants"]),
    # Scaled numbers alone, other currencies, time in a row, dozens of a named body's staff.
    ("A continent of 1.4 billion; nearly 5 billion baht; for 15 consecutive years; three more weeks; 25 minutes short on 60 Minutes.",
     ["5 billion baht", "15 consecutive years", "three more weeks", "25 minutes", "1.4 billion"]),
    ("It included dozens of Interior Ministry officials.", ["dozens of Interior Ministry officials"]),
    ("After a quarter of a century, for the 35th consecutive year.", ["a quarter of a century", "35th consecutive year"]),
    # Currencies written with letters (only before a digit; one letter only before a scale), more units, casualties.
    ("It cost Sh2 billion, RM5 billion, N500 million, SR9.2 billion and 100 billion RMB; Area R2 and 2R5 billion.",
     ["Sh2 billion", "RM5 billion", "N500 million", "SR9.2 billion", "100 billion RMB"]),
    ("A 500-megawatt plant; 2.5 million square feet; 1.5 degrees Celsius at 300 mph.",
     ["2.5 million square feet", "1.5 degrees Celsius", "300 mph", "500-megawatt plant"]),
    ("At least 45 people were killed and 120 wounded; 1 dead and dozens more wounded.", ["At least 45 people", "120 wounded"]),
    # A currency's ISO code before the amount, a range of a measured quantity; a code glued to digits that names a
    # conference ("COP29") is no amount.
    ("Costs of over LKR 25 million per month; a drive of 30-40 kms; talks at COP29.", ["LKR 25 million per month", "30-40 kms"]),
    # The counted noun stops before an auxiliary: what follows is the sentence's verb, not the noun.
    ("Over 500,000 Russians were granted visas in 2024.", ["Over 500,000 Russians"]),
    # A percentage written out at a sentence's start.
    ("Twenty percent struck security forces; Forty-two per cent agreed.", ["Twenty percent", "Forty-two per cent"]),
    # A run of days counted ("the fourth consecutive day"); "the second time" alone is no figure.
    ("It was the fourth consecutive day of outages; for the second time, trading stopped.", ["fourth consecutive day"]),
    # Men and women counted; numbers from eleven to fifty written out; "one million"; a nationality by tens of
    # thousands, but not by thousands alone.
    ("She was attacked by 12 Israeli men; Turkey will set up twelve observation posts.", ["12 Israeli men", "twelve observation posts"]),
    ("The app has more than one million users.", ["more than one million"]),
    ("It helped tens of thousands of Bolivians, while thousands of Syrians fled.", ["tens of thousands of Bolivians"]),
    # A currency's name before an amount with its scale; a scale in capitals; a number in words given in figures too.
    ("The move would save pounds 6m a year, and Euro 750 million went to PHP 3 billion of aid.",
     ["pounds 6m a year", "Euro 750 million", "PHP 3 billion"]),
    ("The budget was cut by some $600 Million.", ["some $600 Million"]),
    ("The MOU is effective for three (3) years.", ["three (3) years"]),
    # A possessive before a count; "-plus"; millions written out before their noun; two kinds counted together.
    ("It would undermine the need for the US’ 40,000 troops in Japan.", ["40,000 troops"]),
    ("Some of the 750-plus people detained were freed, and up to two million Syrian refugees could return.",
     ["750-plus people", "up to two million Syrian refugees"]),
    ("An estimated 25,000 girls and women were raped.", ["An estimated 25,000 girls and women"]),
    # The rate a figure is given at is part of it.
    ("Petrol fell to around $3.93 a gallon, with some 138 crossings each day.", ["around $3.93 a gallon", "some 138 crossings each day"]),
    # Pence, as British copy prices fuel.
    ("Petrol peaked at 159.53p a litre, while diesel fell from 191.54p.", ["159.53p a litre", "191.54p"]),
    # The parts of an argument are no figure.
    ("He gave two reasons and set out three options in three stages.", []),
    # The numbers from sixteen to nineteen in words, and the teens opening a sentence.
    ("It took eighteen months. Nineteen minor parties ran in the sixteenth round.", ["eighteen months", "Nineteen minor parties"]),
    # A footnote's mark glued to a sentence's end is no figure; the figures after it stay.
    ("Transfers were rushed.1 Competing nationalisms grew. “Is it in our interest?”9 With it, 3.5 million people left.",
     ["3.5 million people"]),
])
def test_quantities_with_units_and_counted_nouns(text, figures):
    from generator.annotate.figures import find_figures

    assert [f.text for f in find_figures([(0, text)])] == figures


@pytest.mark.parametrize(("text", "figures"), [
    # Digits with a decimal comma, and numbers in words, before the noun another language counts.
    ("Hubungan berjalan selama 75 tahun, naik 40 persen, senilai 4,3 miliar dollar AS.", ["4,3 miliar dollar AS", "40 persen", "75 tahun"]),
    ("La transition durera douze mois et coûtera 1 milliard de dollars.", ["1 milliard de dollars", "douze mois"]),
    # A space between thousands; a noun of another language is the figure's, never an English plural's.
    ("Il y avait 1 500 personnes. Lebih dari 1 dasawarsa kemitraan strategis.", ["1 dasawarsa", "1 500 personnes"]),
    ("Durante tres días, seis nações.", ["tres días", "seis nações"]),
    # A Cyrillic noun after digits, but a month's: "5 марта" is a date.
    ("Россия запретила въезд 11 депутатам 5 марта.", ["11 депутатам"]),
    # Digits before a Chinese or Korean counter, "more than" between; a year before 年 is a date.
    ("155名中國人被判處10年，200餘人，39 個國家，1492年。5개국", ["155名", "10年", "200餘人", "39 個國家", "5개국"]),
    # One or two things counted are a story's shape; a number word in capitals is no number ("UN an official").
    ("Os dois países assinaram. Said the UN an official.", []),
])
def test_figures_in_other_languages(text, figures):
    from generator.annotate.figures import find_figures

    assert [f.text for f in find_figures([(0, text)])] == figures


def test_a_qualified_figure_is_the_same_figure():
    from generator.annotate.figures import find_figures

    found = find_figures([(0, "Trade reached nearly $5 billion."), (2, "Trade of $5 billion.")])
    assert [(f.text, f.block, f.places) for f in found] == [("nearly $5 billion", 0, (2,))]


@pytest.mark.parametrize(("first", "second"), [
    ("nearly $5bn", "$5 billion"), ("20 per cent", "20%"), ("20 percent", "20pc"), ("$ 780 million", "$780m"), ("€1.1trn", "€1.1 trillion"),
])
def test_two_writings_of_one_figure_are_one_figure(first, second):
    from generator.annotate.figures import figure_key

    assert figure_key(first) == figure_key(second)


@pytest.mark.parametrize(("first", "second"), [("20 percentage points", "20%"), ("$5 billion", "$5 million"), ("5 m", "5 km")])
def test_different_figures_stay_apart(first, second):
    from generator.annotate.figures import figure_key

    assert figure_key(first) != figure_key(second)


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # The amount again without its noun, or first alone and then with it: one figure, as first written, in both places.
    (["A sale worth 2.2 billion American dollars to Taiwan.", "A deal to the tune of 2.2 billion is not large."],
     [("2.2 billion American dollars", (1,))]),
    (["Bangladesh has housed almost 800,000 of the refugees.", "Some 800,000 people fled."], [("almost 800,000", (1,))]),
    # A range of counted people; "additional" between the number and its noun.
    (["The province holds 50,000 to 70,000 rebels; Turkey sent more than 5,000 additional Turkish soldiers."],
     [("50,000 to 70,000 rebels", ()), ("more than 5,000 additional Turkish soldiers", ())]),
])
def test_an_amount_written_again_is_one_figure(paragraphs, expected):
    from generator.annotate.figures import find_figures

    assert [(f.text, f.places) for f in find_figures(list(enumerate(paragraphs)))] == expected


def test_each_figure_once_with_its_other_places():
    from generator.annotate.figures import find_figures

    found = find_figures([(0, "Trade reached $100 billion."), (3, "Trade of $100 billion, he said."), (4, "Trade of $100 billion.")])
    assert [(f.text, f.block, f.places) for f in found] == [("$100 billion", 0, (3, 4))]


@pytest.mark.parametrize(("text", "events"), [
    ("The pact was signed in November.", [("2024-11", "in November")]),
    ("Talks will resume in June.", [("2025-06", "in June")]),
    ("The summit is in June.", [("2025-06", "in June")]),  # no tense: the nearest June
    ("The summit is in November.", [("2024-11", "in November")]),
    ("He will visit China from January 14 to 17.", [("2026-01-14", "January 14")]),
    ("They met on February 2.", [("2025-02-02", "February 2")]),
    ("He visited in June and will return in November.", [("2024-06", "in June"), ("2025-11", "in November")]),  # each its verb
    ("Officials said the talks, which began in January, would go on in May.", [("2025-01", "in January"), ("2025-05", "in May")]),
    ("In June, the two sides will meet again.", [("2025-06", "In June")]),  # the verb after the date
    # The clause is the sentence ("p.m." ends none); "next year" and "would have" say nothing of its tense.
    ("He grabbed her at 6:38 p.m. on Saturday, September 18.", [("2024-09-18", "September 18")]),
    ("But in September, when the agency tapped three firms to fly next year, two left.", [("2024-09", "in September"), ("2026", "next year")]),
    ("The protests began in September over a law that would have banned them.", [("2024-09", "in September")]),
    ("The summit will be held in September.", [("2025-09", "in September")]),
])
def test_months_without_a_year_follow_the_tense(text, events):
    from generator.annotate.dates import find_events

    assert [(e.date, e.text) for e in find_events([(0, text)], date(2025, 3, 12))] == events


def test_months_without_a_year_need_a_dated_article():
    from generator.annotate.dates import find_events

    assert find_events([(0, "They met on February 2 and again in June.")], None) == []


@pytest.mark.parametrize("text", ["the 2nd round", "3 of 5 states", "12 out of 15", "no digits at all", "1 st", "x 9 of",
                                  "$5 million", "4 km", "", "ç 10th ø", "rs 5 crore", "by 418-2", "nearly 40 per cent",
                                  "a year-long truce", "half a century", "sixty days", "twelve-month plan", "the km mark",
                                  "75 tahun", "3 días", "155名", "11 депутатам"])
def test_every_figure_guard_agrees_with_looking_for_each_literal(text):
    from generator.annotate.figures import NUMBER_LITERALS, PATTERNS, guarded, present

    numbered = {-1} if present(text.lower(), NUMBER_LITERALS) else set()
    assert guarded(text.lower()) == {index for index, (_, _, needed) in enumerate(PATTERNS) if present(text.lower(), needed)} | numbered


@pytest.mark.parametrize("text, money", [
    ("paid US$5 million", "US$5 million"), ("HK$ 3bn", "HK$ 3bn"), ("NT$10", "NT$10"), ("₦5bn", "₦5bn"), ("฿20", "฿20"),
    ("Rs. 5 crore", "Rs. 5 crore"), ("RMB 5", "RMB 5"), ("KSh 100", "KSh 100"), ("Tk 5", "Tk 5"), ("SR 10", "SR 10"),
    ("QR 5", "QR 5"), ("P5 billion", "P5 billion"), ("N5bn", "N5bn"), ("R5m", "R5m"), ("about $5", "about $5"),
    ("5 million dollars", "5 million dollars"), ("USD 4.2bn", "USD 4.2bn"), ("ZAR 10 billion", "ZAR 10 billion"),
    ("billions of dollars", "billions of dollars"), ("An estimated €3bn", "An estimated €3bn"),
    ("half a million dollars", "half a million dollars"),
])
def test_the_money_patterns_opening_test_lets_every_currency_through(text, money):
    from generator.annotate.figures import PATTERNS
    from generator.annotate.figures_abroad import FOREIGN_PATTERNS

    assert PATTERNS[len(FOREIGN_PATTERNS)][1].search(text).group(0) == money
