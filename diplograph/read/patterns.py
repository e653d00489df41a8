"""The regular expressions mentions are found with, built once from the lexicon: titled
names, descriptions, collectives, known names, demonyms, honorifics, pronouns and pair
phrases; and the rules for where a capitalised run that may be a name ends."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from diplograph.read.dates import WEEKDAYS
from diplograph.read.gender import given_name
from diplograph.read.lexicon import Entity, lexicon, load_yaml
from diplograph.read.wordlist import WORD_START, alternation
from diplograph.resources import data_dir

_STOP = frozenset(
    "The A An In On At As By For With And Of To From This That These It He She His Her They Their "
    "Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Mr Mrs Ms Dr During After Before "
    "According Earlier Later Also Special Both Heads Leaders Members".split()
    # letters of a member of a house after a name ("Micheál Martin TD", "Ana Lima MP")
    + "TD MP MEP MLA MSP KC QC".split()
)


_OPENERS = _STOP - frozenset(
    "The A An This That These It He She His Her They Their Mr Mrs Ms Dr Of To As Both Special".split()
)
"""Words that open a sentence before a name but never stand in one: "On Thursday Fico met ..."."""


def opening(run: str) -> int:
    """The length of the words before a name that only open the sentence ("On Thursday Fico"), 0
    where the run holds nothing after them."""
    toks = run.split(" ")
    n = next((i for i, t in enumerate(toks) if t not in _OPENERS), len(toks))
    return len(" ".join(toks[:n])) + 1 if 0 < n < len(toks) else 0


PARTICLES = (
    "bin",
    "bint",
    "binti",
    "ibn",
    "ibni",
    "al",
    "de",
    "da",
    "van",
    "von",
    "der",
    "la",
    "del",
    "dos",
    "du",
    "di",
    "do",
    "das",
    "e",
)
"""Lower-case words inside a name ("Tamim bin Hamad", "Ursula von der Leyen", "Ulisses Correia e
Silva", "Maria do Rosário")."""
GIVEN_SHORT = ("Ma", "Md", "Mohd", "Muh")
"""Given names shortened with a full stop before the rest of the name (Maria, Mohammad)."""
LINEAGE = ("bin", "bint", "binti", "ibn", "ibni")
"""Particles of a name of lineage, whose first word is the given name a report may use alone."""


UPPER = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
"""A capital letter, Latin with diacritics too: names are printed "Þorgerður", "Ólafur", "Łukasz"."""

_ARTICLE = re.compile(r"^(?:[AaEe]l|[Aa](?:[dnrstz]|sh))-(?=[A-Z])")


def bare_surname(word: str) -> str:
    """A surname without the Arabic article joined to it, as reports shorten it on second
    mention ("al-Sisi" -> "Sisi", "el-Sisi" -> "Sisi"); other words as they are.

    >>> bare_surname("al-Sisi"), bare_surname("Al-Sudani"), bare_surname("Tokayev")
    ('Sisi', 'Sudani', 'Tokayev')
    """
    return _ARTICLE.sub("", word)


def family_first(full: str) -> str | None:
    """The family name opening a Chinese, Korean or Vietnamese name of two or three words ("Li
    Qiang" -> "Li"), which a report may use alone; None for other names."""
    words = full.split(" ")
    lead = words[0]
    if 2 <= len(words) <= 3 and lead in _families_first() and words[1][:1].isupper():
        return lead
    return None


@cache
def _families_first() -> frozenset[str]:
    return frozenset(lexicon().references["family_names_first"])


def _numbered(alt: str, mark: str, group: str, pattern: str) -> str:
    """Each place of ``mark`` (escaped or not) in ``alt`` as a group of its own, ``group``,
    ``group1``, ...: a trie of descriptions may hold the mark in more than one branch ("head of
    the {demonym} state", "head of {demonym} diplomacy").

    >>> _numbered("a @ b|c \\\\@", "@", "g", "X")
    'a (?P<g>X) b|c (?P<g1>X)'
    """
    parts = re.split(re.escape("\\") + "?" + re.escape(mark), alt)
    out = parts[0]
    for i, part in enumerate(parts[1:]):
        out += rf"(?P<{group}{i or ''}>{pattern})" + part
    return out


def name_pattern() -> re.Pattern[str]:
    """A run of capitalised words that may be a person's name."""
    return mention_patterns()["name"]


@cache
def mention_patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    dem = alternation(list(lex.demonyms)).replace("(?<![\\w-])", "(?<![\\w])", 1)
    names = alternation(list(lex.names))
    orgs = alternation([n for n, e in lex.names.items() if e.kind == "body"])
    states = alternation([n for n, e in lex.names.items() if e.kind == "state"])  # "UAE President X"
    plural = r"(?:s(?= [A-Z]))?(?![\w])"  # "Presidents X and Y"
    # the titles with a demonym's place first (the longest), then all others as one trie
    titles = "|".join(
        [
            *(
                alternation([t.replace("{demonym}", "\0")], case=False)
                .replace("\\\x00", dem)
                .replace("\x00", dem)
                .removesuffix(r"(?![\w])")
                + plural
                for t in lex.titles
                if "{demonym}" in t
            ),
            alternation([t for t in lex.titles if "{demonym}" not in t], case=False).removesuffix(r"(?![\w])") + plural,
        ]
    )
    # a middle initial stays inside a name ("Feridun H. Sinirlioglu", "Joseph R. Biden")
    up = UPPER
    part = rf"{up}[\w'-]*[\w]|{up}\.(?= {up}[\w'-]*[\w])|(?:al|el)-{up}[\w'-]*[\w]|(?:{'|'.join(PARTICLES)})\b"
    part += rf"|'{up}[a-z][\w'-]*[\w](?= {up})"  # an ayn inside a name ("... Omar 'Ali Saifuddien")
    # "S. Jaishankar", "Ma. Theresa Lazaro", "Md. Touhid Hossain"; "von der Leyen" after a title
    # initials, spaced or not ("K.P. Sharma Oli", "D. N. Dhungyel"), not a state's ("U.S.")
    initials = rf"(?!U\.[SKN]\.|E\.U\.)(?:{up}\. ?){{0,2}}{up}\. "
    lead = r"(?:von|van|de|da|di|du|dos|del|della) (?:der |den |la |las |los )?"  # "von der Leyen", "de la Cruz"
    article = r"(?:[ae]l|a[dnrstz]|ash)-(?=[A-Z])"  # "President al-Sharaa": the article opening a surname
    name = rf"(?:{initials}|(?:{'|'.join(GIVEN_SHORT)})\. |{lead}|{article})?"
    name += rf"(?:'(?={up}[a-z]+ {up}))?"  # the glottal stop opening a Tongan or Samoan name ("'Aisake Eke")
    name += rf"{up}[\w'-]*[\w](?: (?:{part}))*"
    name += r"(?:(?<= Jr)\.|(?<= Sr)\.|,? (?:Jr|Sr)\.)?"  # "Ferdinand R. Marcos Jr.", "Joseph R. Biden, Jr."
    honorific = "|".join(re.escape(h) for h in lex.honorifics)
    if lex.style_stops:  # no style before a word that opens a name or post instead ("General Assembly")
        honorific = rf"(?:{honorific})(?! (?:{'|'.join(re.escape(w) for w in lex.style_stops)})\b)"
    session = r"(?:\d+\w* (?:session|meeting) of (?:the )?)?"
    fresh = r"(?:(?:new|newly[- ]elected|newly[- ]appointed|incoming|re-elected) )?"  # "Botswana's new President"
    heads = "|".join(re.escape(i) for i in lex.institutions)
    # not the name of an international body: that is the post's "of" ("President of the European Council")
    intl = alternation([n for n, e in lex.names.items() if e.kind == "body" and not e.country])
    # ("Minister of State at the Ministry of Foreign Affairs X")
    inst = rf"(?: (?:of (?:the )?|at the (?=Ministry|Department))(?!{intl})"
    inst += rf"(?:[A-Z][\w'-]* ){{0,4}}?(?:{heads})\b(?!')(?! {name}))*"
    # "the President of the Republic, X": the republic of the report's own state, none named after it
    inst += r"(?: of the Republic\b(?! of\b)(?!'))?"
    envoy = (
        rf"(?:(?:(?<=[Aa]mbassador)|(?<=Envoy)|(?<=Representative)|(?<=Commissioner)) (?:to|in) (?:the )?"
        rf"(?:{names}|{alternation(list(lex.cities))}|[A-Z][\w'-]*[\w])"  # "in San José, X": the whole city
        # the area a special envoy serves, part of the post: "Special Envoy for Syria X", "... for Asian Affairs X"
        rf"|(?:(?<=Envoy)|(?<=Representative)|(?<=Coordinator))(?P<area> for (?:the )?(?:{names}"
        rf"|(?:[A-Z][\w'-]+ )?{alternation(sorted(lex.fields))}))"
        # an adviser's portfolio, part of the post: "Special Adviser to the President on Information
        # and Strategy, X", "Special Adviser on Media", "Senior Special Assistant to the President (Media)"
        rf"|(?P<served>(?:(?<=Advis[eo]r)|(?<=Assistant)) (?:to (?:the )?"
        rf"(?:{alternation(lex.heads_of_state)}|Prime Minister|Vice[- ]President) )?"
        rf"(?:(?:on|for) {_PORTFOLIO}(?=,)|\({_PORTFOLIO}\))))"
    )
    # a state by its official style where the reference data has no such form ("the Republic of Turkiye")
    official = (
        r"(?:(?:(?:Federative|Islamic|Democratic|Socialist|Hashemite|Federal|Arab) )?"
        r"(?:Republic|Kingdom|Sultanate|State|Principality|Grand Duchy) of (?:the )?)?"
    )
    title = (
        rf"(?:(?:{honorific}) (?:[Tt]he )?)?"  # "His Highness the Amir", "His Majesty The King"
        rf"(?:(?:(?P<pre>{dem}|{orgs}|{states})|(?P<poss>{names})(?:'s|(?<=s)')) )?"  # "Barbados' Prime Minister"
        rf"{fresh}(?P<title>{titles})(?P<inst>{inst})"
        # a federation's state named as a country is: "Governor of Niger State", part of the post
        rf"(?P<prov> of {names} State\b)?"
        # where an envoy serves, not whose: "Saudi Arabia's Ambassador to Lebanon, X"
        rf"{envoy}?"
        # whose envoy: "Special Envoy of His Majesty the Sultan of Oman, X": the ruler's state
        rf"(?:(?:(?<=Envoy)|(?<=Representative)|(?<=[Aa]mbassador)|(?<=Advis[eo]r)) of (?:(?:{honorific}) )?the "
        rf"(?:{titles}|{'|'.join(lex.heads_of_state)})(?= of))?"
        rf"(?: of (?:the )?{session}{official}(?P<of1>{names}))?(?: of (?:the )?{official}(?P<of2>{names}))?"
        # the organ of a party named so: "... of the Communist Party of Vietnam Central Committee X"
        rf"(?:(?<=[a-z]) (?:[A-Z][\w'-]* )?Committee\b)?"
        # "Ambassador of Estonia to Iceland, X", "Consul General of France in Erbil, X" (in Kota Kinabalu)
        rf"(?: (?:to|in) (?:the )?(?:{names})(?![\w-])| in [A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}(?=, ))?"
        # an abbreviation, and the organ it heads, before the name: "... of Vietnam (CPV) Central Committee X"
        rf"(?: \([A-Z]{{2,8}}\)(?: (?:[A-Z][\w'-]* ){{0,2}}(?:{heads})\b)?| \((?P<paren>{names})\)(?=,))?"
        # "The President of the Republic, Head of State (and Head of Government), General X", and
        # with no comma before the name: "..., Head of State Felix X"
        r"(?:, [Hh]ead of [Ss]tate(?: and (?:[Hh]ead of )?[Gg]overnment)?(?=, | [A-Z]))?"
        # "..., H.E. Ambassador X": an envoy styled by rank before the name
        rf"(?:,? (?:(?:{honorific}),? ){{0,2}}(?:(?<=[,.] )Ambassador )?"
        rf"(?!{dem} )(?P<name>{name})(?: of (?:the )?(?P<of3>{names})\b)?)?"  # not "..., Indian President X"
    )
    descs = [d.replace("{demonym}", "\0").replace("{state}", "\1") for d in lex.descriptions]
    desc_alt = _numbered(_numbered(alternation(descs, case=False), "\x00", "ddem", dem), "\x01", "dstate", states)
    # "his Kazakh counterpart", and with the state's name: "his Vanuatu counterpart"
    desc = rf"(?:(?:his|her|the|their) )?(?:(?P<dpre>{dem}|{states}) )?(?P<desc>{desc_alt})"
    adj = r"(?:(?:fraternal|friendly|brotherly|heroic|hardworking|multinational|great|entire) )*"
    groups = alternation(lex.references["collectives"], case=False)
    # "the Uzbek side", "the people of Belarus", "the government and people of X", "the New Zealand
    # side" (a state with no demonym in use)
    listed = rf"(?:Party|State|{groups})"
    collective = (
        rf"(?:the )?{adj}(?:(?P<cdem>{dem}) {groups}"
        rf"|{groups}(?: and (?:the )?{adj}{groups})? of (?:the )?(?P<cname>{names})"
        # "the Party, State and people of Vietnam"
        rf"|{listed}(?:, (?:the )?{adj}{listed})*,? and (?:the )?{adj}{listed} of (?:the )?(?P<lname>{names})"
        rf"|(?<=[Tt]he )(?P<cstate>{states}) (?:side|delegation|government|leadership)\b)"
    )
    refs = lex.references
    cities = alternation(list(lex.cities))
    word = WORD_START  # each of these starts a word
    return {
        "title": re.compile(word + title),
        "desc": re.compile(word + desc),
        "collective": re.compile(word + collective),
        "names": re.compile(names),
        "dem": re.compile(dem),
        "name": re.compile(word + name),
        "honorific": re.compile(rf"(?<![\w.])(?:(?:{honorific}) )+(?P<name>{name})"),  # "H.E. Ms. X"
        "styles_end": re.compile(rf"(?:(?:{honorific}) )+$"),  # the styles a text ends on ("..., H.E. Professor ")
        # not a style, "His Highness the Deputy Amir X": part of the name that follows
        "pronoun": re.compile(
            alternation(refs["pronouns"], case=False) + r"(?! (?:Royal )?(?:Highness|Majesty|Excellency)\b)"
        ),
        "after_title": re.compile(rf",? (?:(?:{honorific}),? )?(?P<name>{name})"),
        "address": re.compile(r"(?:(?:" + "|".join(map(re.escape, lex.address)) + r") )+"),
        # "the two" alone is the pair only as the subject of a verb ("The two agreed to ...")
        "pair": re.compile(
            alternation(refs["pair_states"] + refs["pair_people"], case=False)
            + r"|(?<![\w-])(?:[Tt]he two|[Bb]oth)(?= (?:(?:also|then|further|later|have|had) )?"
            + r"(?:[a-z]+ed|held|met|spoke|sent|made|took|gave|paid|told)\b)"
        ),
        # "the three leaders": as many people as it says, named before
        "group": re.compile(
            r"(?<![\w-])[Tt]he (?P<n>three|four|five) (?:[A-Z][A-Za-z]+ )?"  # "the three UAE leaders"
            r"(?:leaders|presidents|prime ministers|heads of state|ministers"
            r"|envoys|ambassadors|diplomats|high commissioners)\b"  # "the three envoys" received one by one
        ),
        # a state's city for its government, where it owns or is thanked: "Ankara's initiative", "thanked Baghdad"
        "city": re.compile(
            rf"(?P<city>{cities})(?='s\b)"
            rf"|(?:(?<=thanked )|(?<=praised )|(?<=commended )|(?<=urged )|(?<=invited )|(?<=supported ))"
            rf"(?P<city2>{cities})"
        ),
        # "the Sultan of Oman": a ruler by a style that is otherwise part of a name ("Sultan Ibrahim")
        "ruler": re.compile(rf"(?<![\w-])(?:{'|'.join(lex.references['name_styles'])}) of (?:the )?(?P<of>{names})"),
        # "the Secretary", "the Minister": the one named with a post so headed
        # and in lower case after a demonym or a state's name: "the Uzbek minister", "the BiH
        # minister"; "the minister" alone
        "head": re.compile(
            rf"(?<=[Tt]he )(?:(?P<hdem>{dem}|{states}) )?(?P<head>"
            + "|".join(map(re.escape, lex.address))
            + rf")(?![\w-])(?! of| for|,? [A-Z])|(?<=[Tt]he )(?P<ldem>{dem}|{states}) (?P<lhead>"
            + "|".join(re.escape(a.lower()) for a in lex.address)
            + r")(?![\w-])(?! of| for|,? [A-Z])"
            # and alone in lower case: "the minister met ..." after "Foreign Minister X"
            + r"|(?<=[Tt]he )(?P<bare>minister)(?![\w-])(?! of| for|,? [A-Z])"
        ),
        # a post that serves the title after it: "Assistant to the President X"
        "serving": re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, lex.serving))})(?: (?:General|of|for|the|[A-Z][\w'-]*))*?"
            # (and a style before the title served: "Advisor to HM the King X")
            r" (?:of|to) (?:the )?(?:(?:HM|H\.M\.|HRH|His Majesty|Her Majesty|His Highness|Her Highness)(?: the)? )?$"
        ),
        "objmark": re.compile(r"(?:^|\s)(?:" + "|".join(refs["object_markers"]) + r")\s+(?:the\s+)?$", re.I),
    }


# the capitalised words of a portfolio, joined by "and" or "&" ("Information and Strategy")
_PORTFOLIO = r"[A-Z][\w'-]*(?:(?: and| &)? [A-Z][\w'-]*){0,4}"


@cache
def title_words() -> frozenset[str]:
    """Capitalised words that begin a title or description: never part of a name."""
    lex = lexicon()
    return frozenset(t.split(" ")[0] for t in [*lex.titles, *lex.descriptions, *lex.honorifics] if t[:1].isupper())


@cache
def opening_participles() -> frozenset[str]:
    """Participles that open a sentence ("Welcoming Mrs X, the President said"; ``opening_participles``
    in ``ingest/references.yaml``)."""
    return frozenset(lexicon().references.get("opening_participles", []))


@cache
def headline_verbs() -> frozenset[str]:
    """The verbs of acts and contacts as a headline capitalises them ("Crown Prince Congratulate
    Amir ...", "President Receives Envoy"), and the others ``headline_verbs`` of
    ``ingest/references.yaml`` lists: never a word of a name."""
    grammar = data_dir("ingest") / "grammar"
    acts = load_yaml(grammar / "acts.yaml")["verbs"]
    kinds = load_yaml(grammar / "communications.yaml")["triggers"].values()
    lemmas = {*acts, *(v for k in kinds for v in k.get("verbs", []) if " " not in v)}
    lemmas |= set(lexicon().references["headline_verbs"])
    plural = {w: w + ("es" if w.endswith(("s", "sh", "ch", "x")) else "s") for w in lemmas}
    return frozenset(f.capitalize() for w in lemmas for f in (w, plural[w]))


@lru_cache(maxsize=65536)
def clean_name(text: str, titled: bool = False) -> str:
    """Leading capitalised words of a candidate name that are not stop words or known names.
    After a title a short stop word that begins a longer name is the name's ("General
    Secretary To Lam")."""
    lex = lexicon()
    kept: list[str] = []
    toks = text.split(" ")
    # a known name that opens with a title's or style's word ("Amir Khan Muttaqi"): the name's
    lead = next((n for n in range(len(toks), 1, -1) if known_person(" ".join(toks[:n]))), 0)
    kept, toks = toks[:lead], toks[lead:]
    for i, tok in enumerate(toks):
        short = titled and not kept and len(tok) <= 3 and i + 1 < len(toks) and toks[i + 1] not in _STOP
        whole = lex.names.get(" ".join([*kept, tok]))
        if kept and whole is not None and whole.kind == "person":  # "Luís Montenegro": a known name, not a state
            kept.append(tok)
            continue
        if (
            tok.lower() in WEEKDAYS
            and tok.istitle()
            and len(kept) == 1
            and given_name(kept[0])
            and kept[0] not in lex.names
        ):
            kept.append(tok)  # "Godwin Friday": a given name alone before a weekday, the weekday its surname
            continue
        if (tok in _STOP and not short) or tok in lex.names or tok in lex.demonyms or tok in title_words():
            break
        if tok in headline_verbs():
            break
        if tok.endswith("'s"):  # "Kishida's visit": the name ends at the possessive
            kept.append(tok[:-2])
            break
        kept.append(tok)
    while kept and (kept[-1] in PARTICLES or re.fullmatch(r"[A-Z]\.", kept[-1])):
        kept.pop()
    if kept and kept[-1] in lex.references["thing_heads"]:
        return ""  # "... of Cuba Central Committee": a body's name, not a person's
    return " ".join(kept)


def known_person(name: str) -> bool:
    """A person the reference data names so, by their own label ("Amir Khan Muttaqi"; not an
    alternative label that carries a style, "King Salman ...")."""
    known = lexicon().names.get(name)
    return known is not None and known.kind == "person" and known.label == name


@cache
def lower_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in lexicon().titles)


def second_of_plural(
    text: str, at: int, pat: dict[str, re.Pattern[str]]
) -> tuple[tuple[int, int], Entity | None] | None:
    """The second name after a plural title: "Presidents X of A and Y of B"."""
    lex = lexicon()
    of = re.match(r" of (?:the )?", text[at:])
    if of is not None and (state := pat["names"].match(text, at + of.end())) is not None:
        at = state.end()
    m = re.match(r",? and ", text[at:])
    n = pat["name"].match(text, at + m.end()) if m else None
    if n is None:
        return None
    name = clean_name(n.group(), titled=True)
    if not name:
        return None
    rest = re.match(r" of (?:the )?", text[n.start() + len(name) :])
    own = pat["names"].match(text, n.start() + len(name) + rest.end()) if rest else None
    return (n.start(), n.start() + len(name)), lex.names.get(own.group()) if own else None


@cache
def not_names() -> frozenset[str]:
    """Name styles, particles and lineage words, in lower case: no name is used by them alone."""
    lex = lexicon()
    return frozenset(w.lower() for w in [*lex.references["name_styles"], *PARTICLES, *LINEAGE])
