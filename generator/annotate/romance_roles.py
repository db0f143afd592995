"""A role of Portuguese, Spanish, French or Italian copy before a name and its comma: "o ministro de Relações
Exteriores do Irã, Manouchehr Mottaki", "el presidente de Colombia, Gustavo Petro", "le ministre français des
Affaires étrangères, Bernard Kouchner" (the article first, the noun, an adjective, then what it is of)."""
from __future__ import annotations

import re

from generator.annotate.vocabulary import words

#: The role nouns of these languages, longest first ("primeiro-ministro" before "ministro").
_NOUNS = "|".join(re.escape(word) for word in sorted({*words("romance_role_nouns"), *words("other_language_role_nouns")},
                                                     key=lambda w: (-len(w), w)))
#: What a role is of: "de", "do", "da", "dos", "das", "del", "de la", "des", "du", "di", "della" (and "d'" glued on).
_OF = r"(?:de\s+la|de|do|da|dos|das|del|des|du|di|della|dello|degli)"
#: A word of what the role is of: no comma or sentence end, and no role noun of its own ("um porta-voz da chefe da
#: diplomacia, Catherine Ashton": the name is the head's, the nearer role).
_WORD = rf"(?!(?i:{_NOUNS})(?:e?s)?\s)[^\s,.;:()]+"
#: What the role is of, up to four words.
_OF_WHAT = rf"\s+{_OF}\s+(?:{_WORD}\s+){{0,3}}?{_WORD}"
#: The article before the noun, alone or joined to a preposition: "o", "el", "la", "do", "del", "ao", "du", "um".
_ARTICLE = r"(?:[OoAa]s?|[Ee]l|[Ll][ae]s?|[Ll]os|[Ii]l|[Uu]ma?|[Uu]n[ae]?|[Dd][oa]s?|[Dd]el|[Aa][ou]s?|[Dd]u|[Nn][oa]s?|[Pp]el[oa]s?)"
ROMANCE_ROLE_BEFORE_COMMA = re.compile(
    rf"(?<![\w-]){_ARTICLE}\s+"
    rf"(?P<role>(?i:{_NOUNS})(?:e?s)?(?:\s+(?!{_OF}\s)[a-zà-ÿ][a-zà-ÿ-]+)?(?:{_OF_WHAT}){{0,2}}(?:\s+\([A-Z]{{2,}}\))?),\s+$"
)
