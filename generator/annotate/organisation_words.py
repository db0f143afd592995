"""Words organisations are named and described with: institution heads, their subjects, descriptive nouns."""
from __future__ import annotations

from generator.annotate.vocabulary import words

#: Last words that make a name a thing, a measure or a role, even with an acronym after it ("Consumer Price Index (CPI)").
THING_HEADS = frozenset(words("thing_heads"))

#: Heads of a state's institutions, named after the country: "Israeli Foreign Ministry", "Sri Lanka's Supreme Court".
INSTITUTION_HEADS = (
    "Ministry", "Department", "Parliament", "Senate", "Congress", "Cabinet", "Court", "Council", "Assembly",
    "Commission", "Agency", "Office", "Bureau", "Directorate", "Army", "Navy", "Air Force", "Coast Guard",
    "Armed Forces", "Police", "Central Bank", "Election Commission", "Security Service", "Intelligence Service",
    "National Guard", "Republican Guard", "Presidential Guard", "Embassy", "Mission", "Presidency",
)
#: Heads a country adjective makes an institution of even in lowercase ("German foreign ministry", "Brazilian central bank").
LOWERCASE_HEADS = ("central bank", "foreign office", "ministry", "department", "parliament", "embassy")
#: Lowercase heads that need a subject before them: "Cuban foreign ministry", never "Cuban ministry".
HEADS_NEEDING_SUBJECT = {"ministry", "department"}
#: Lowercase heads that name an institution only when the knowledge base knows it: "Russia's foreign intelligence
#: service" is the SVR; an unknown "Thai security service" may be any of several.
KNOWN_ONLY_LOWERCASE_HEADS = ("intelligence service", "security service", "intelligence agency", "supreme court",
                              "constitutional court", "coast guard")
#: Words between a country and an institution head: its subject or rank ("National Security", "Supreme").
INSTITUTION_SUBJECTS = {
    "Foreign", "Affairs", "Defence", "Defense", "Interior", "Finance", "Justice", "Health", "Trade", "Economy",
    "Energy", "Education", "Commerce", "Agriculture", "Transport", "Labour", "Labor", "Information", "Home",
    "External", "National", "Security", "Supreme", "Constitutional", "High", "Federal", "State", "Central",
    "Intelligence", "Election", "Electoral", "Public", "Internal", "Economic", "Development", "Planning",
    "Industry", "Environment", "Culture", "Tourism", "Investment", "Emergency", "Situations", "Military",
    "Presidential", "President", "Prime", "Main", "Minister", "Minister's", "Minister’s", "Unification", "Legal", "Human", "Rights",
    "Permanent",
}
#: What more ministries are of, after "of" only (before a head they name a body of no country: "International Communications
#: Office"): "Ministry of Armed Forces", "Ministry of Foreign Affairs and International Cooperation".
INSTITUTION_OF_SUBJECTS = INSTITUTION_SUBJECTS | {
    "Armed", "Forces", "International", "Cooperation", "Relations", "Social", "Welfare", "Youth", "Sports", "Science", "Technology",
    "Communications", "Infrastructure", "Housing", "Water", "Mines", "Petroleum", "Fisheries", "Livestock", "Lands", "Natural",
    "Resources", "Immigration",
}
#: Lowercase nouns that describe the organisation named next to them: "cyber firm iSight Partners",
#: "Airbnb, an online home-rental site", "the FARC rebel group".
DESCRIBING_NOUNS = {
    "company", "firm", "group", "newspaper", "daily", "weekly", "broadcaster", "network", "agency", "bank",
    "party", "airline", "lender", "insurer", "startup", "start-up", "operator", "conglomerate",
    "militia", "site", "website", "platform", "outlet", "tabloid", "magazine", "channel", "charity", "organisation",
    "organization", "movement", "coalition", "alliance", "union", "manufacturer", "maker", "giant",
    "think-tank", "consultancy", "fund", "rebels", "retailer", "developer", "shipper", "contractor", "watchdog", "regulator",
    "publication", "mouthpiece",
}
#: Describing nouns of the press, whose names keep their "The": "The Star, another Kenyan newspaper".
PRESS_NOUNS = {"newspaper", "daily", "weekly", "broadcaster", "tabloid", "magazine", "publication", "mouthpiece"}
#: Plural describing nouns whose examples a sentence lists: "Turkish brands like Koton, Mavi, and LC Waikiki" ("platforms"
#: is left out: "platforms such as the F-16" are aircraft).
DESCRIBING_PLURALS = {
    "companies", "firms", "brands", "retailers", "banks", "lenders", "airlines", "carriers", "outlets", "newspapers",
    "broadcasters", "manufacturers", "makers", "conglomerates", "insurers", "groups", "militias", "charities", "think tanks",
    "corporations", "enterprises", "businesses",
}
#: Words before a described name that make it a person's or place's, not an organisation's.
NOT_ORGANISATION_WORDS = {
    "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Prime", "Chairman", "Chief", "Director", "Secretary",
}
#: Heads of initiatives' names that also name standing bodies: "Chinese People's Political Consultative Conference".
NOUNS_OF_BODIES = {"Conference", "Forum", "Dialogue"}
#: Last words that end an organisation's name and never a person's: "High Negotiations Committee", "Presidential Media Division".
ORGANISATION_LAST_WORDS = {
    "Committee", "Commitee", "Council", "Division", "Ministry", "Department", "Agency", "Commission", "Party", "Bureau",
    "Authority", "Corporation", "Company", "Association", "Institute", "Foundation", "Parliament", "Assembly", "Forces",
    "Secretariat", "Federation", "Movement", "University", "Directorate", "Organization", "Organisation", "Coalition",
}
#: Capitalised words that open a sentence or a clause, never an organisation's name.
NOT_NAME_STARTS = {
    "The", "A", "An", "In", "On", "At", "As", "But", "And", "Or", "If", "For", "From", "To", "Of", "With", "By", "However",
    "Meanwhile", "While", "When", "After", "Before", "Since", "This", "That", "These", "Those", "It", "He", "She", "They",
    "We", "I", "His", "Her", "Their", "Our", "Its", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "According", "Following", "Despite", "Under", "During", "Also", "Not", "No", "Yes", "What",
    "Who", "Why", "How", "Where", "Which", "Some", "Many", "All", "Both", "Each", "Another", "Other", "Last", "Next",
}
