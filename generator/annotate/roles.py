"""Words people's names and roles are made of: role nouns, the subjects of ministries, name particles, speech verbs."""
from __future__ import annotations

from generator.annotate.vocabulary import alternation, words

#: Nouns that end a role or title ("Foreign Minister", "Secretary-General", "Crown Prince").
ROLE_NOUNS = {
    "minister", "president", "premier", "chancellor", "ambassador", "envoy", "secretary", "secretary-general",
    "prince", "princess", "king", "queen", "emir", "amir", "sheikh", "sultan", "governor", "senator",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director",
    "director-general", "commissioner", "chief", "general", "admiral", "professor", "dr", "dr.", "mayor",
    "leader", "speaker", "ceo", "executive", "head", "adviser", "advisor", "official", "representative",
    "deputy", "counterpart", "diplomat", "lawmaker", "congressman", "congresswoman", "commander",
    "colonel", "lieutenant", "marshal", "pope", "patriarch", "ayatollah", "mr", "mrs", "ms", "mr.", "mrs.",
    "ms.", "sir", "lord", "lady", "judge", "justice", "attorney-general", "prosecutor", "coordinator",
    "negotiator", "analyst", "economist", "researcher", "fellow", "editor", "correspondent", "member",
    "chairperson", "undersecretary", "under-secretary", "founder", "co-founder", "shareholder", "owner", "activist",
    "lawyer", "journalist", "candidate", "monarch", "dictator", "strongman", "opposition", "commissioner",
    "predecessor", "officer", "administrator", "frau", "herr", "rapporteur", "delegate", "consul", "attorney", "captain", "sergeant", "brigadier", "commodore", "mp", "mep", "pm", "aide", "taoiseach", "tánaiste",
} | set(words("title_abbreviations")) | set(words("romance_role_nouns")) | set(words("other_language_role_nouns"))  # "Sen.", "Lt. Gen.": their full stop ends no sentence
#: Occupations that make an appositive a role ("said Ileana Valdes, 55, a nurse"); never read as titles before a name,
#: since many are surnames too (Farmer, Baker, Painter).
OCCUPATIONS = frozenset(words("occupations"))
#: Military and police ranks: a title like an honorific, so a function found later ("the exercise director") is preferred.
RANK_WORDS = frozenset(words("rank_words"))
#: Words that attribute speech (data/speech_verbs.txt), as a regular-expression alternation; a name next to one is a person.
SPEECH_VERBS = alternation("speech_verbs")
PARTICLES = {"bin", "bint", "ibn", "al", "al-", "el", "de", "da", "di", "del", "della", "van", "von", "der", "den",
             "du", "la", "le", "dos", "das", "y", "ben", "abu", "bte", "binti"}
#: Honorifics and styles that open a name and are no part of it ("Tan Sri", "Alhaji", "Shri"), each as its words.
NAME_HONORIFICS = tuple(tuple(entry.split()) for entry in words("name_honorifics"))
#: The honorifics by their first word, in NAME_HONORIFICS' order: a name's first word picks the few to try.
HONORIFICS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(h for h in NAME_HONORIFICS if h[0] == first) for first in dict.fromkeys(h[0] for h in NAME_HONORIFICS)}
#: Particles that, capitalised, open an Arabic name and are part of it (a kunya: "Abu Mohammed", "Umm Kulthum"),
#: so a name is never cut to the given name after them.
NAME_OPENERS = {"Abu", "Umm"}
#: Capitalised words that never start or make up a name.
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "As", "But", "And", "Or", "If", "For", "From", "To", "Of", "With", "By",
    "However", "Moreover", "Meanwhile", "Additionally", "Although", "While", "When", "After", "Before", "Since",
    "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "Its",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "According", "Following", "Regarding", "Despite", "Through", "Given", "Based", "Amid", "Under", "During",
    "Speaking", "Asked", "Undoubtedly", "Naturally", "Conversely", "Additionally", "Also", "Not", "No", "Yes",
    "Is", "Are", "Was", "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "All", "Both", "Each",
    "Another", "Other", "One", "Two", "Three", "Last", "Next", "First", "Second", "New", "Former", "Mr", "Mrs",
    "Ms", "Dr", "Sir", "Western", "Eastern", "Northern", "Southern", "Global", "International", "National",
    "Council", "Security", "Foreign", "Economic", "Human", "Rights", "Forum", "Agency", "News", "Press",
    "Islands", "Island", "Sea", "War", "World", "Region", "Far", "East", "West", "North", "South", "Central",
    # Pronouns, determiners and conjunctions that open a sentence before a capitalised name ("Whatever Apple does").
    "Whatever", "Whoever", "Whenever", "Wherever", "Whichever", "Whether", "Every", "Any", "Such", "Most", "Several",
    "Few", "Unlike", "Until", "Unless", "Because", "Though", "Once", "There", "Here",
    # A preposition of comparison and interjections before a name: "Like Lavrov, the ministry ...", "Hey Erdogan, ...".
    "Like", "Hey", "Oh",
} | set(words("sentence_adverbs")) | set(words("other_language_openers"))
#: Adverbs that open a sentence before a title without a comma ("Later King Felipe", "Yesterday President X"): no role's.
SENTENCE_ADVERBS = frozenset(words("sentence_adverbs"))
#: Capitalised words that may follow a role noun and still belong to the role ("Minister of Foreign Affairs").
ROLE_MODIFIERS = {
    "Foreign", "Affairs", "Defence", "Defense", "Finance", "Economy", "Trade", "Industry", "Energy", "Interior",
    "Justice", "Health", "Education", "Commerce", "Agriculture", "Transport", "Culture", "Tourism", "Investment",
    "Development", "Labor", "Labour", "Security", "Intelligence", "Staff", "Joint", "Public", "National", "State",
    "Environment", "Economic", "Mineral", "Resources", "Human", "Rights", "Information", "Communications",
    "Planning", "Oil", "Petroleum", "Water", "Housing", "Sports", "Youth", "Women", "Family", "Science",
    "Technology", "Digital", "Industries", "Emergency", "Situations", "Relations", "Cooperation", "Policy",
    # Subjects of ministries: "Minister of Mines and Energy", "Minister of Transport, Highways, Ports, and Civil Aviation".
    "Mines", "Mining", "Natural", "Gas", "Aviation", "Civil", "Highways", "Ports", "Shipping", "Railways", "Roads",
    "Fisheries", "Aquatic", "Employment", "Power", "Electricity", "Land", "Lands", "Urban", "Rural", "Irrigation",
    "Heritage", "Media", "Religious", "Local", "Provincial", "Councils", "Home", "Parliamentary", "Legal", "Consumer",
    "Food", "Climate", "Change", "Sustainable", "Infrastructure", "Logistics", "Maritime", "Innovation", "Research",
    "Higher", "Social", "Welfare", "Services", "Cabinet", "Customs", "Revenue", "Budget", "Treasury", "Immigration",
    "Border", "Veterans", "Homeland", "Arts", "Sport", "Gender", "Equality", "Children", "Forestry", "Livestock",
    "Enterprises", "Export", "Manufacturing", "Coal", "Nuclear", "Space", "Telecommunications", "Post", "Postal",
    "Hajj", "Islamic", "Endowments", "Municipal", "Regional", "Federal", "Overseas", "Expatriates", "Wildlife",
    "Administration", "Courts", "Reform", "Reforms", "Governance", "Works", "Transportation", "Construction",
    "Communication", "Minerals", "Diaspora", "Solidarity",
}
