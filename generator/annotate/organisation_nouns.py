"""The last words of organisations' names by name shape: bodies, companies, units; and the generic words that alone name none."""
from __future__ import annotations

from generator.annotate.vocabulary import alternation

ORGANIZATION_NOUNS = (
    "Council|Organization|Organisation|Agency|Ministry|Bank|Fund|Corporation|Corp\\.?|Co\\.|Company|Union|"
    "Association|Institute|Commission|Committee|Party|Forces|Group|Authority|Office|Department|Federation|"
    "League|Alliance|Court|Parliament|Assembly|Service|Secretariat|Foundation|Movement|Front|Guard|Army|Navy|"
    "Bureau|Division|Task Force|Force|Cabinet|Directorate|Inc\\.?|Ltd\\.?|Holdings|Investment Co\\.?|University|Academy|Center|Centre|"
    "Consortium|Railways|Airlines|Institution|Observatory|Tribunal|Chamber|College|"
    # An administration is a body only when named of something: "National Tourism Administration of Thailand", not "Trump Administration".
    "Administration(?=\\s+of\\s)|"
    # Companies' legal forms close their names: "Banco Santander S.A.", "Siemens AG", "Rolls-Royce Holdings plc"
    # (not "SA", "SE" or "NV": places write South Africa, south-east and Nevada so).
    "AG|S\\.A\\.|PLC|Plc|plc|LLC|GmbH|N\\.V\\.|SpA|S\\.p\\.A\\.|LLP|Limited|Incorporated|"
    # and other countries' forms ("Xeric AB", "Vietnam Rare Earth JSC", "Putrajaya Perdana Sdn Bhd")
    + alternation("company_legal_forms")
)
#: Last words of companies' names: "Midad Energy", "Augme Technologies", "Essar Steel", "Hassan Allam Holding".
#: (Not the sectors a ministry or a minister is of: "Minister of Hydrocarbons and Mining", "Mineral and Petroleum".)
COMPANY_NOUNS = "Energy|Technologies|Industries|Motors|Airways|Pharmaceuticals|Steel|Ventures|Holding|Investments|Advisors"
#: Last words of armed units', police forces' and boards' names: "47th Mechanized Brigade", "Black Sea Fleet", "National Police".
UNIT_NOUNS = ("Brigade|Regiment|Battalion|Corps|Command|Fleet|Police|Board|"
              # Ukraine's regions and cities are governed by military administrations ("Kharkiv Regional Military Administration").
              "Military Administration|Regional Administration|City Administration|State Administration|Oblast Administration")
#: Words that alone make no name: "Joint Committee", "Central Committee", "Foreign Ministry".
GENERIC_WORDS = {
    "Joint", "Central", "Political", "Foreign", "Economic", "National", "Supreme", "State", "Federal", "General",
    "Executive", "Standing", "Permanent", "Special", "Security", "Defence", "Defense", "Interior", "Finance",
    "Trade", "Justice", "Health", "High", "Higher", "Regional", "International", "Global", "Local", "New", "Armed",
    "Ruling", "Opposition", "Military", "Presidential", "Senior", "Top", "Main", "First", "Second",
    "Editorial", "Advisory", "Supervisory", "Management", "Governing",  # "the Editorial Board" of any paper
    "Administration", "City", "Oblast", "District",
    "Air", "Coast",  # "Army and Air Force", "the Coast Guard": a force of whichever state the sentence is about
}
INITIATIVE_NOUNS = (
    "Initiative|Plan|Vision|Strategy|Agreement|Accords?|Treaty|Dialogue|Forum|Summit|Corridor|Programme|"
    "Program|Partnership|Pact|Declaration|Framework|Roadmap|Doctrine|Process|Format|Conference|Deal|Charter|"
    "Memorandum|Compact|Convention|Protocol|Pipeline|Railway|Meeting"
)
