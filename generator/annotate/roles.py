"""Words people's names and roles are made of: role nouns, the subjects of ministries, name particles, speech verbs."""
from __future__ import annotations

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
}
#: Occupations that make an appositive a role ("said Ileana Valdes, 55, a nurse"); never read as titles before a name,
#: since many are surnames too (Farmer, Baker, Painter).
OCCUPATIONS = {
    "nurse", "student", "teacher", "doctor", "physician", "surgeon", "farmer", "worker", "driver", "painter",
    "engineer", "resident", "shopkeeper", "vendor", "fisherman", "retiree", "pensioner", "merchant", "trader",
    "businessman", "businesswoman", "entrepreneur", "writer", "author", "artist", "musician", "mechanic", "soldier",
    "veteran", "refugee", "protester", "voter", "waiter", "cook", "chef", "carpenter", "builder", "labourer",
    "laborer", "miner", "clerk", "scientist", "scholar", "historian", "expert", "priest", "imam", "monk", "nun",
    "photographer", "filmmaker", "actor", "actress", "singer", "athlete", "coach", "pilot", "sailor", "guide",
    "housewife", "homemaker", "accountant", "banker", "investor", "consultant", "manager", "owner", "volunteer",
}
#: Military and police ranks: a title like an honorific, so a function found later ("the exercise director") is preferred.
RANK_WORDS = {
    "general", "major", "lieutenant", "colonel", "commander", "admiral", "rear", "vice", "brigadier", "captain",
    "marshal", "field", "sergeant", "corporal", "private", "commodore", "lt.", "gen.", "col.", "maj.", "capt.", "sgt.",
    "adm.", "cmdr.", "lt", "gen", "col", "maj", "capt", "sgt", "adm", "cmdr",
}
#: Words that attribute speech; a name next to one of them is a person.
SPEECH_VERBS = (
    "said|says|say|added|adds|told|tells|noted|notes|stressed|stresses|explained|explains|emphasi[sz]ed|"
    "highlighted|revealed|affirmed|reaffirmed|elaborated|underlined|underscored|pointed out|continued|believes|"
    "believed|argued|argues|confirmed|warned|insisted|declared|stated|asserted|remarked|wrote|writes|asked|"
    "replied|commented|recalled|hoped|hopes|acknowledged|admitted|announced|observed|suggested|urged|"
    "disclosed|anticipates|expressed|mentioned|praised|hailed|called|criticised|criticized|thinks|thought"
)
PARTICLES = {"bin", "bint", "ibn", "al", "al-", "el", "de", "da", "di", "del", "della", "van", "von", "der", "den",
             "du", "la", "le", "dos", "das", "y", "ben", "abu", "bte", "binti"}
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
}
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
}
