"""Places of residence above street level: a town, a county or a state.

A capitalised word alone may be anything, so a town is read after the phrases that introduce where someone
lives, comes from or moved to ("lives in Lake Anthony", "resides in Bradleyburgh, NJ", "originally from
Ohio"), or with its state's postal code ("Dayton, OH"); counties by the word County ("Summit County"), and
state names by the names themselves (Faker's list), except those that are also people's names. After a
preposition ("near Lake Charles", "back from Nashville", "church in Georgia"), a name shaped like a town also
counts: a prefix that starts town names (North, Port, Lake, Fort ...), a suffix that ends them (-ville, -burgh,
-ton ...) or a state's name. So does a town after a care organisation's name ("Mayo Clinic, Rochester").
"""

from __future__ import annotations

import re

from faker.providers.address.en_US import Provider as UsAddresses

from emr_deid.recognizers.base import Pattern
from emr_deid.recognizers.en import ASCII_WORDS
from emr_deid.recognizers.en.base import EnglishPatternRecognizer
from emr_deid.recognizers.en.us_states import US_STATES

# Words that start an institution's name or a description, never a town's: "transferred from Mercy Hospital"
# is a hospital (the hospital recognizer's), "from Dr. Lee" a person, "lives in Assisted Living" a facility.
_NOT_PLACE_WORDS = (
    r"The|A|An|His|Her|Their|Our|Assisted|Nursing|Group|Skilled|Home|Rehab|Rehabilitation|Hospital|Medical|Clinic"
    r"|Center|Centre|Health|Healthcare|Regional|General|Memorial|Community|Care|Urgent|Emergency|University|College"
    r"|School|Outside|Another|Other|Dr|Mr|Mrs|Ms|Miss|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    # parts of a hospital and its departments: "moved to West Tower", "back from Radiology"
    r"|Wing|Tower|Campus|Building|Pavilion|Annex|Unit|Ward|Floor|Room|Bed|Suite|Lobby|Radiology|Cardiology|Surgery"
    r"|Neurology|Oncology|Pathology|Pharmacy|Dialysis|Triage|Recovery|Labor|Delivery|Patient"
)
_PLACE_WORD = (
    rf"(?!(?:{_NOT_PLACE_WORDS})\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![a-z])"  # whole words: not "Merc" of "Mercy"
)
_STATE_ABBR = "|".join(US_STATES)
_PLACE = rf"(?:St\.\s|Ft\.\s)?{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}(?:,\s(?:{_STATE_ABBR})\b)?"
_NOT_INSTITUTION = rf"(?!\s(?:{_NOT_PLACE_WORDS})\b)"
# Lines typed in capitals: "LIVES IN SPRINGFIELD, OH", "MOVED FROM EL PASO". Elsewhere capitals after "from"
# are units and services ("transferred from ICU"), so the whole line must be in capitals.
# Capitals hide where a name ends: words of time and grammar end it ("MOVED FROM EL PASO LAST YEAR").
_NOT_UPPER_PLACE_WORDS = (
    rf"{_NOT_PLACE_WORDS}|LAST|NEXT|THIS|THAT|WITH|AND|OR|FOR|SINCE|AGO|ON|IN|AT|TO|FROM|OF|BY|PER|VIA|BUT|WHO"
    r"|WHERE|WHEN|WHILE|AFTER|BEFORE|UNTIL|IS|WAS|HAS|HAD|YEARS?|MONTHS?|WEEKS?|DAYS?|TODAY|YESTERDAY|TONIGHT"
    r"|RECENTLY|AREA|ALONE"
    # units, services and care settings
    r"|ICU|CCU|MICU|SICU|NICU|PICU|PACU|ER|ED|OR|OSH|SNF|NH|LTAC|LTACH|ALF|ECF|IRF|PCP|CT|MRI|IR|EMS|AMA|US|VA|CATH|LAB"
)
_UPPER_PLACE_WORD = rf"(?!(?i:{_NOT_UPPER_PLACE_WORDS})\b)[A-Z]{{2,}}(?:-[A-Z]{{2,}})?(?![A-Za-z])"
_UPPER_PLACE = rf"{_UPPER_PLACE_WORD}(?:\s{_UPPER_PLACE_WORD}){{0,2}}(?:,\s(?:{_STATE_ABBR})\b)?"
_NOT_UPPER_INSTITUTION = rf"(?!\s(?i:{_NOT_PLACE_WORDS})\b)"
_INTRODUCER = (
    r"(?:(?:lives|living|lived|resides|residing)(?:\s(?:alone|independently|here|with\s[a-z]+(?:\s[a-z]+)?))?\s(?:in|at|near)"
    r"|(?:moved|relocated|relocating|born|raised|native|visiting|travell?ed|returned|returning|resident)"
    r"\s(?:here\s|home\s|back\s)?(?:in|to|from|of|at)"
    r"|(?:originally|is|are|was|were|comes?|came|immigrated|emigrated|hails?|transferred|transported)\sfrom"
    r"|(?:visiting|visited|visit)\s(?:family|relatives|friends|(?:his|her|their)\s[a-z]+)\sin"
    # staying somewhere: "grew up in", "staying with a friend in", "spends winters in"
    r"|(?:grew\sup|brought\sup|staying|stays|stayed|spends\s[a-z]+|spent\s[a-z]+)"
    r"(?:\swith\s(?:an?\s|his\s|her\s|their\s)?[a-z]+)?\s(?:in|at|near)"
    # journeys: "driving back from", "flew in from", "was headed to"
    r"|(?:driving|drove|driven|flew|flying|walked|headed|heading|coming|commuting|commutes)"
    r"(?:\s(?:back|home|in|up|down|over))?\s(?:from|to)"
    r"|(?:trip|travel|vacation|vacationing|holiday)\s(?:in|to)"
    r"|(?:home|house|apartment|farm|cabin|family)(?:\s(?:is|are|was|were))?\s(?:in|near)"
    r"|(?:home\s?town|place\sof\sbirth|birthplace|residence|city\sof\sresidence|city|travel\shistory|recent\stravel)"
    r"\s?:"
    # a travel question answered on a form: "Travel in past 30 days: yes - Lake Mariah"
    r"|travel[^\n:]{0,30}:\s?(?:yes|y)\s?[-,:;]\s?)"
)
# Where the place is, before its name: "lives in rural Montana", "moved to southern Ohio".
_SETTING = r"(?:(?:rural|suburban|downtown|northern|southern|eastern|western|central|upstate)\s)?"
# Words that start or end town names; after a preposition such a name is a place: "near Lake Charles",
# "from Port Arthur", "back from Nashville", "in Georgetown".
_TOWN_PREFIX = r"(?:North|South|East|West|New|Lake|Port|Fort|Ft\.|Mount|Mt\.|Glen|Grand|Palm|Cape|Point)"
_TOWN_SUFFIX = (
    r"(?:ville|burgh|burg|borough|boro|bury|ton|town|mouth|port|furt|stad|berg|chester|field|ford|haven|side|land"
    r"|view|fort|shire|dale|wood|mont|polis)"
)
# Everyday words with those endings: "handed off to Transport", "in Review".
_NOT_TOWNS = (
    r"Report|Support|Passport|Transport|Airport|Import|Export|Review|Interview|Overview|Preview|Bedside|Inside|Upside"
    r"|Downtown|Comfort|Effort|Button|Skeleton|Cotton|Carton|Mainland|Homeland"
)
_TOWN_SHAPED = rf"(?:{_TOWN_PREFIX}\s{_PLACE_WORD}|(?!(?:{_NOT_PLACE_WORDS}|{_NOT_TOWNS})\b)[A-Z][a-z]+{_TOWN_SUFFIX})"
_PREPOSITION = r"(?:in|from|near|to|at|outside(?:\sof)?|around|towards?)"
# Where care organisations' names end: "Mayo Clinic, Rochester, MN", "Mercy Hospital, Springfield".
_INSTITUTION_END = r"(?:Hospital|Clinic|Cent(?:er|re)|Care|Infirmary|Hospice|Practice|Healthcare|Health)"
# Professional credentials written after a name look like states: "Jane Doe, MD", "Tom Lee, PA", "Amy Wu, MA".
_CREDENTIAL_STATES = frozenset({"MD", "PA", "MA", "DE", "ME", "OR", "IN", "CO", "NE"})
_PLAIN_STATE_ABBR = "|".join(state for state in US_STATES if state not in _CREDENTIAL_STATES)
_ALL_STATE_NAMES = "|".join(UsAddresses.states)
# State names that are also given names or surnames (Georgia Smith, Dr. Washington) need an introducer.
_STATE_NAMES = "|".join(
    state
    for state in UsAddresses.states
    if state not in {"Washington", "Georgia", "Virginia", "Indiana", "Montana", "Nevada"}
)


class ResidenceLocationRecognizer(EnglishPatternRecognizer):
    # Scanned several times faster by the other regex engine, same matches (see SpanPatternRecognizer.ON_RE).
    ON_RE = frozenset({"state name"})
    PATTERNS = [
        Pattern(
            "place after a residence phrase",
            ASCII_WORDS + rf"(?i:\b{_INTRODUCER}\s{_SETTING})\K(?-i:{_PLACE}){_NOT_INSTITUTION}",
            0.7,
        ),
        Pattern(
            "place in capitals after a residence phrase",
            ASCII_WORDS
            + rf"(?i:\b{_INTRODUCER}\s{_SETTING})(?<=^[^a-z\n]*)\K(?-i:{_UPPER_PLACE}){_NOT_UPPER_INSTITUTION}"
            + r"(?=[^a-z\n]*$)",
            0.7,
        ),
        Pattern(
            "town-shaped name or state after a preposition",
            ASCII_WORDS
            + rf"(?i:\b{_PREPOSITION}\s{_SETTING})\K(?-i:(?:{_TOWN_SHAPED}|{_ALL_STATE_NAMES})"
            + rf"(?:,\s(?:{_STATE_ABBR})\b)?)(?![\w'’-]){_NOT_INSTITUTION}",
            0.65,
        ),
        # A town after an institution's name, ending the phrase: "Sending facility: Mayo Clinic, Rochester".
        Pattern(
            "town after a care organisation",
            ASCII_WORDS + rf"\b{_INSTITUTION_END},[ \t]\K{_PLACE}(?=[ \t]*(?:$|[,;.:()]))",
            0.65,
        ),
        # "a Springfield resident", "a Texas native"
        Pattern(
            "place before resident or native",
            ASCII_WORDS + rf"\b(?i:an?)\s\K{_PLACE}(?=\s(?:resident|native)\b)",
            0.7,
        ),
        # "Dayton, OH" anywhere: a town and its state's postal code, not a name and a credential.
        Pattern(
            "town and state",
            ASCII_WORDS
            # the whole town: not the end of a longer capitalised run, nor a surname after a title
            + r"\b(?=[A-Z])(?<![A-Z][a-z]{0,20}\s)(?<!\b(?:Dr|Mr|Mrs|Ms)\.\s)"
            + rf"(?:St\.\s|Ft\.\s)?{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}},\s"
            + rf"(?:{_PLAIN_STATE_ABBR}|{_ALL_STATE_NAMES})\b(?![a-z]|\.\w)"
            # a label, not a state: "Interpreter: Spanish, ID #88231", "Language: Navajo, ID: 4471"
            + r"(?![ \t]*(?:#|:|No\b|number\b))",
            0.65,
        ),
        # A state's name, unless it starts or ends an institution's ("University of Texas", "Ohio State").
        Pattern("state name", ASCII_WORDS + rf"\b(?=[A-Z])(?<!\bof\s)(?:{_STATE_NAMES})\b(?!\s[A-Z]|')", 0.6),
        Pattern(
            "county or parish",
            ASCII_WORDS
            + rf"\b(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:County|Parish)\b){_PLACE_WORD}(?:\s{_PLACE_WORD})?"
            + rf"\s(?:County|Parish)\b{_NOT_INSTITUTION}(?!\s[A-Z])",
            0.65,
        ),
    ]
    CONTEXT = ["lives", "resides", "moved", "from"]
    ENTITY = "LOCATION"
    REGEX_FLAGS = re.MULTILINE
