"""One test per file in ingest/: each loads, its patterns compile, and what it names exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import SKOS

from diplograph.read.facts import Extraction
from diplograph.read.lexicon import lexicon, load_yaml

ROOT = Path(__file__).resolve().parent.parent
ING = ROOT / "ingest"


def notations(scheme_file: str) -> set[str]:
    g = Graph().parse(ROOT / "ontology" / "schemes" / scheme_file)
    return {str(n) for n in g.objects(None, SKOS.notation)}


def test_acts_yaml() -> None:
    entries = load_yaml(ING / "acts.yaml")
    known = notations("act-types.ttl")
    assert {e["act"] for e in entries} == known, "every act type has a phrase, and no other"
    for e in entries:
        re.compile(e["verb"])
        assert e.get("addressee", "none") in ("direct", "to", "none")
        assert e.get("mode", "object") in ("object", "predicate", "reciprocal")
        assert e.get("agent") in (None, "invitee", "contact")
        if "no_addressee" in e:
            re.compile(e["no_addressee"])
        assert all(isinstance(t, str) for t in e.get("topic", [""]))


def test_readiness_to_help_is_support_whoever_owns_it() -> None:
    """ingest/acts.yaml: "expressed his country's readiness to provide assistance" supports."""
    found = _read("Ines Moreau expressed her country's readiness to provide humanitarian assistance to Norway.")
    assert [(a.act, a.topic) for a in found.acts] == [("support", "provide humanitarian assistance to Norway")]


def test_appreciation_of_a_role_is_praise_and_of_a_welcome_thanks() -> None:
    """ingest/acts.yaml: "expressed appreciation for Chile's pivotal role" praises; "for the warm
    welcome" thanks."""
    found = _read(
        "President Tom Reid of Kenya received President Ana Lima of Chile on Monday. Reid expressed appreciation "
        "for Chile's pivotal role in promoting peace in the region, and expressed his appreciation for the warm "
        "welcome."
    )
    assert [(a.act, a.topic) for a in found.acts] == [
        ("praise", "Chile's pivotal role in promoting peace in the region"),
        ("thank", "the warm welcome"),
    ]


def test_communications_yaml() -> None:
    data = load_yaml(ING / "communications.yaml")
    assert {e["kind"] for e in data["patterns"]} <= notations("communication-kinds.ttl")
    for e in data["patterns"]:
        re.compile(e["pattern"])
        assert e.get("direction", "to") in ("to", "from", "joint", "between", "passive", "attended")
    for r in data["recalled"]:
        re.compile(r)
    assert set(data["implies"].values()) <= notations("act-types.ttl")
    assert set(data["visit"]) == {"chair", "initiator", "contact_nouns"}


def test_grammar_communications_yaml() -> None:
    data = load_yaml(ING / "grammar" / "communications.yaml")
    # every kind of the scheme is named by some trigger; visits have their own section
    assert set(data["triggers"]) | {"visit"} == notations("communication-kinds.ttl")
    for kind, t in data["triggers"].items():
        assert t.get("nouns") or t.get("verbs"), kind
        assert set(t.get("direct", [])) <= set(t.get("verbs", [])), kind
        assert set(t.get("bare", [])) <= set(t.get("nouns", [])), kind
        assert set(t.get("meals", [])) <= set(t.get("nouns", [])), f"{kind}: a meal is a meeting noun too"
    assert data["visits"]["nouns"] and data["visits"]["host"] == ["to"]
    assert set(data["carriers"]) == {
        *("to", "from", "mutual", "hand_over", "presented", "accepts", "come_from", "sent", "hosts", "cohosted")
    }
    # a host's verb holds events by itself too ("X hosted Y"); what is hosted together is an event noun
    assert set(data["carriers"]["hosts"]) <= set(data["triggers"]["meeting"]["verbs"])
    kinds_nouns = {w for t in data["triggers"].values() for w in t.get("nouns", [])}
    assert {"summit", "conference"} <= set(data["carriers"]["cohosted"]) and "meeting" not in data["carriers"][
        "cohosted"
    ]
    assert set(data["carriers"]["cohosted"]) & kinds_nouns, "a gathering the triggers name"
    # a message sent is its sender's own, never one a messenger passes on
    assert not set(data["carriers"]["sent"]) & set(data["carriers"]["hand_over"])
    # one who bears a letter is no event: no trigger noun is a bearer
    nouns = {w for t in data["triggers"].values() for w in t.get("nouns", [])}
    assert data["bearers"] and not set(data["bearers"]) & nouns
    # a verb an event comes by is no carrier of one sent or received ("a call came from X")
    assert not set(data["carriers"]["come_from"]) & (set(data["carriers"]["to"]) | set(data["carriers"]["from"]))
    assert not set(data["carriers"]["accepts"]) & set(data["carriers"]["from"])
    assert set(data["carriers"]["presented"]) & set(data["triggers"]["meeting"]["nouns"])
    assert set(data["carriers"]["mutual"]) <= set(data["carriers"]["to"])
    assert set(data["carriers"]["hand_over"]) <= set(data["carriers"]["to"])
    assert all(w == w.lower() for w in data["not_news"]), "lemmas are lower case"


def test_titles_yaml() -> None:
    data = load_yaml(ING / "titles.yaml")
    assert "President" in data["posts"] and "Head of State" in data["descriptions"]
    assert not set(data["posts"]) & set(data["descriptions"])
    assert not set(data["address"]) & set(data["posts"]), "a word of address is no post alone"
    assert all(h[:1].isupper() for h in data["portfolios"]), "portfolio heads are capitalised words"
    short = data["abbreviations"]
    assert all(k.isupper() for k in short), "short forms are capitals"
    styles = data["post_styles"]
    assert set(styles.values()) <= set(data["posts"]), "a style stands for a post the file lists"
    assert set(short.values()) <= set(data["posts"]), "a short form stands for a post of the list"
    stops = data["style_stops"]  # words after which a style ("General") opens a name or post instead
    assert len(stops) == len(set(stops)) and all(w[:1].isupper() and " " not in w for w in stops)
    assert not set(stops) & set(data["honorifics"]) and "General" in data["honorifics"]
    # one post by two names, and a post as the reference tenures name it: posts the file lists
    assert all(len(names) == 2 and set(names) <= set(data["posts"]) for names in data["same_posts"])
    assert set(data["tenure_titles"]) <= set(data["posts"]) and "President" in data["tenure_titles"].values()
    assert set(data["ranks"]) <= set(data["envoys"]), "a rank kept for life is an envoy's title"


def test_references_yaml_title_styles() -> None:
    """ingest/references.yaml title_styles: "Sultan Haitham bin Tarik" is named Haitham bin Tarik,
    as the reference data names him; a name the style opens stays whole."""
    from diplograph.read.lexicon import lexicon
    from diplograph.read.mentions import Person

    people = {e.label: e for e in lexicon().names.values() if e.kind == "person"}
    oman, malaysia = people["Haitham bin Tarik"], people["Sultan Ibrahim Iskandar"]
    assert Person(oman, {"Sultan Haitham bin Tarik"}).label == "Haitham bin Tarik"
    assert Person(malaysia, {"Sultan Ibrahim Iskandar"}).label == "Sultan Ibrahim Iskandar"
    assert Person(oman, {"Sultan Haitham bin Tarik Al Said"}).label == "Sultan Haitham bin Tarik Al Said"


def test_references_yaml() -> None:
    data = load_yaml(ING / "references.yaml")
    assert "on" in data["object_markers"], "YAML 1.2 booleans: 'on' stays a word"
    assert set(data["title_styles"]) <= set(data["name_styles"]), "a title style is a name style first"
    assert "the two countries" in data["pair_states"] and "the two leaders" in data["pair_people"]
    first = data["family_names_first"]  # none an English word that opens a sentence
    assert len(first) == len(set(first)) and not {"He", "To", "Do", "Ha", "An", "So"} & set(first)
    from diplograph.read.lexicon import lexicon

    for word, codes in data["shared_demonyms"].items():  # each shared by states the reference data has
        assert len(codes) >= 2 and all(c in lexicon().states for c in codes), word
        assert word in lexicon().demonyms or word in lexicon().names, f"{word}: the reference data's own first"
    for seat, code in data["seats"].items():  # each seat of government the seat of a state the reference data has
        assert code in lexicon().states, seat
    for agency, code in data["agency_states"].items():  # each agency a state's the reference data has
        assert code in lexicon().states, agency
    from diplograph.read.datelines import _publishers

    for line in ("Government of Timor-Leste", "Ministry of Foreign Affairs and Trade of Japan", "Fijian Government"):
        assert _publishers().fullmatch(line), line  # a press page's publisher line
    assert not _publishers().fullmatch("President meets the Government of Japan"), "a headline is no publisher"
    assert {"the Gulf state", "the city-state"} <= {  # epithets read back as states
        f"the {w} {h}" for w in data["state_epithets"] for h in data["state_epithet_heads"]
    } | {f"the {p}" for p in data["state_epithet_phrases"]}
    from diplograph.read.names import person_spans

    # a news agency the recogniser takes for a person is none; a person who shares a word with one is
    text = "Lima, Jun 2 (Prensa Latina) Petra Novak met Kyodo News staff"
    spans = [(13, 26, "PERSON"), (28, 39, "PERSON"), (44, 54, "PERSON")]
    assert [text[a:b] for a, b in person_spans(text, spans)] == ["Petra Novak"]


def test_quotes_yaml() -> None:
    data = load_yaml(ING / "quotes.yaml")
    assert data["min_words"] == 6 and {"writes", "told"} <= set(data["said"]) and "message" in data["by_message"]


MET = "President Ines Moreau of France met President Tomas Halvorsen of Norway. "


def _read(sentences: str) -> Extraction:
    """The facts of a report of our own words: a meeting, then ``sentences``."""
    from diplograph.read.extract import extract
    from diplograph.read.text import parse_report

    return extract(parse_report("r", "url: composed\ndate: 2025-06-02\n\n" + MET + sentences + "\n"))


def test_relations_yaml() -> None:
    data = load_yaml(ING / "relations.yaml")
    assert set(data["weak_heads"]) <= set(data["heads"])
    assert set(data["strong_qualifiers"]) <= set(data["qualifiers"])
    # every word a string (YAML reads a bare true, yes or no as a boolean)
    keys = ("heads", "qualifiers", "strong_qualifiers", "values", "companions", "predicate_heads", "predicate_blockers")
    assert all(isinstance(w, str) for key in keys for w in data[key])
    assert not set(data["companions"]) & set(data["qualifiers"]), "a companion never qualifies alone"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a predicate on two states named together
        (
            '"Kenya and Ghana are neighbours who cannot move away from each other," President Tom Reid said.',
            ("neighbours who cannot move away from each other", {"Kenya", "Ghana"}),
        ),
        # one state, and "our": the speaker's
        (
            '"Ghana is one of our closest partners in Africa," Kenyan President Tom Reid said.',
            ("one of our closest partners in Africa", {"Kenya", "Ghana"}),
        ),
        # "sees A as its key partner": A and the one who sees it so
        (
            "Jon Tari said that Kenya sees Ghana as its key partner in West Africa.",
            ("key partner in West Africa", {"Kenya", "Ghana"}),
        ),
        # whose partner the phrase says, after it
        (
            "Ghanaian President Ana Lima said Ghana was a trusted partner of Norway in West Africa.",
            ("trusted partner of Norway in West Africa", {"Norway", "Ghana"}),
        ),
        # a long clause on the noun that tells of another relationship is left out
        (
            "Jon Tari said that Kenya and Ghana are all-weather partners whose ironclad friendship has withstood "
            "every test.",
            ("all-weather partners", {"Kenya", "Ghana"}),
        ),
    ],
)
def test_what_a_predicate_says_one_state_is_to_another(sentence: str, expected: tuple[str, set[str]]) -> None:
    """ingest/relations.yaml ``predicate_heads``: a qualified noun of relationship said of a state."""
    phrase, parties = expected
    found = {r.phrase: {p.label for p in r.parties} for r in _read(sentence).relations}
    assert found.get(phrase) == parties, found


@pytest.mark.parametrize(
    "sentence",
    [
        "China is Kenya's largest trading partner, the ministry said.",  # predicate_blockers
        '"Kenya and Ghana are not partners," Jon Tari said.',  # what they are not
        "Jon Tari said that Ghana is a partner.",  # a partner, unqualified
    ],
)
def test_a_predicate_that_characterises_nothing(sentence: str) -> None:
    assert not [r for r in _read(sentence).relations if "partner" in r.phrase], _read(sentence).relations


@pytest.mark.parametrize("phrase", ["distinguished relations", "growing partnership", "close and trusting partnership"])
def test_more_qualifiers_of_a_relationship(phrase: str) -> None:
    """ingest/relations.yaml: qualifiers that characterise a relationship as reports do."""
    assert [r.phrase for r in _read(f"Peru and Norway enjoy {phrase}, the minister said.").relations] == [phrase]


def test_global_qualifies_only_after_another_qualifier_and_strong_outweighs_bilateral() -> None:
    """ingest/relations.yaml: "global" is a companion, "strong" a strong qualifier."""
    text = "They reviewed the Strategic and Global Partnership between Peru and Norway and their strong bilateral ties."
    assert [r.phrase for r in _read(text).relations] == ["Strategic and Global Partnership", "strong bilateral ties"]
    text = "Peru and Norway joined the Global Alliance for the Two-State Solution."
    assert [r.phrase for r in _read(text).relations] == []


def test_a_capitalised_characterisation_is_one_unless_a_name_goes_on() -> None:
    text = (
        "They agreed to deepen the Comprehensive Strategic Partnership between France and Norway and signed the "
        "Strategic Partnership Agreement."
    )
    assert [r.phrase for r in _read(text).relations] == ["Comprehensive Strategic Partnership"]
    text = text.replace(
        "the Comprehensive Strategic Partnership between France and Norway",
        "the multifaceted France-Norway partnership",
    )
    assert [r.phrase for r in _read(text).relations] == ["multifaceted France-Norway partnership"]


def test_the_news_words_for_good_relations_characterise_them() -> None:
    found = _read(
        "They hailed the excellent relations between France and Norway and the cordial and longstanding ties of "
        "their peoples, and noted the fruitful cooperation of their universities."
    )
    phrases = [r.phrase for r in found.relations]
    assert phrases == ["excellent relations", "cordial and longstanding ties"]  # "fruitful cooperation": too weak


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ('The President described the relations between France and Norway as "warm and growing".', "warm and growing"),
        (
            "The minister said Franco-Norwegian relations are excellent and steadily deepening.",
            "excellent and steadily deepening",
        ),
    ],
)
def test_what_is_said_of_a_relationship_characterises_it(sentence: str, phrase: str) -> None:
    """ingest/relations.yaml qualifiers as the predicate of "relations": "described ... as", "are"."""
    assert phrase in [r.phrase for r in _read(sentence).relations]


def test_a_strong_qualifier_outweighs_bilateral_and_values_may_be_built_on() -> None:
    """ingest/relations.yaml ``neutral``: "excellent bilateral ties" characterises, "bilateral
    cooperation" does not; "relations between X and Y were built on \"good neighborliness ...\""."""
    found = _read(
        "The meeting reflected the excellent bilateral ties between France and Norway, and the bilateral "
        'cooperation in trade. Relations between the two neighbours were built on "good neighborliness and '
        'mutual respect."'
    )
    assert [r.phrase for r in found.relations] == ["excellent bilateral ties", "good neighborliness and mutual respect"]


def test_a_value_with_its_qualifier_and_a_companion_only_after_a_qualifier() -> None:
    """ "a relationship of genuine friendship"; "deep historical and cultural bonds" (a
    companion joined to a qualifier), never "cultural ties" alone."""
    found = _read(
        "France and Norway share a relationship of genuine friendship. They praised the deep historical and "
        "cultural bonds between France and Norway, and the cultural ties between their universities."
    )
    assert [r.phrase for r in found.relations] == ["genuine friendship", "deep historical and cultural bonds"]


def test_bonds_and_links_of_values_characterise_as_ties_do() -> None:
    found = _read("The envoy worked to strengthen the bonds of friendship and cooperation between Peru and Norway.")
    assert [r.phrase for r in found.relations] == ["friendship"]
    found = _read("Peru and Norway are bound by centuries-old bonds of friendship and brotherhood.")
    assert [r.phrase for r in found.relations] == ["centuries-old bonds of friendship and brotherhood"]


def test_initiatives_yaml() -> None:
    data = load_yaml(ING / "initiatives.yaml")
    assert set(data["kinds"]) <= notations("initiative-kinds.ttl")
    # the heads of agreements named by common nouns, one agreement each, and the words before them
    # that only describe one: lower case, singular
    assert all(h == h.lower() and not h.endswith("s") for h in data["compound_heads"])
    assert all(w == w.lower() for w in data["not_modifiers"]) and not set(data["not_modifiers"]) & set(
        data["compound_heads"]
    )


INITIATIVE_HEADS = [
    # heads and kinds: a summit of three states named by their dashed names, a body's ministers'
    # or leaders' meeting, a Heads of Government Meeting
    (
        "They agreed to hold the next Norway-Iceland-Denmark trilateral summit in Reykjavik in the spring. "
        "They will meet again at the Nordic Council foreign ministers' meeting and at the Arctic Heads of "
        "Government Meeting.",
        [
            ("Arctic Heads of Government Meeting", "conference"),
            ("Nordic Council foreign ministers' meeting", "conference"),
            ("Norway-Iceland-Denmark trilateral summit", "conference"),
        ],
    ),
    # a named declaration or treaty closed by a lowercase noun, consultations and a strategic
    # dialogue named by their sides; a head word after "That" alone or after a measure names nothing
    (
        "They backed the Blue Reef declaration and the Amber Union treaty, and agreed to hold the Norwegian-Chilean "
        "intergovernmental consultations and the Chile-Norway strategic dialogue in May. That treaty, signed last "
        "year, and a 500-kilometre railway were also discussed.",
        [
            ("Amber Union treaty", "agreement"),
            ("Blue Reef declaration", "agreement"),
            ("Chile-Norway strategic dialogue", "conference"),
            ("Norwegian-Chilean intergovernmental consultations", "conference"),
        ],
    ),
    # "session of" and session_words: a body's session with its ordinal, without the place, the
    # day, its president's name or what it is to do; no "session of talks"
    (
        "Tom Reid, President of the 80th session of the United Nations General Assembly, met them. They agreed "
        "to hold the second ordinary session of the Chile-Norway Joint Commission in Oslo on Monday to review "
        "the protocol on fisheries, after a session of talks.",
        [
            ("80th session of the United Nations General Assembly", "conference"),
            ("protocol on fisheries", "agreement"),
            ("second ordinary session of the Chile-Norway Joint Commission", "conference"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INITIATIVE_HEADS, ids=["many-sides", "lowercase-heads", "sessions"])
def test_initiatives_yaml_heads(text: str, expected: list[tuple[str, str]]) -> None:
    """ingest/initiatives.yaml heads, phrases and session words: the names and kinds read."""
    assert sorted((i.name, i.kind) for i in _read(text).initiatives) == expected


def test_initiative_names_listed_together_placed_and_invited_to() -> None:
    found = _read(
        "They backed the Blue Ocean Initiative and the Clean Ports Initiative, signed an agreement on visa-free "
        "travel and a roadmap for 2026-2028 and a Joint Communique, and Moreau invited Halvorsen to the Arctic "
        "Leaders' Summit in Paris, to follow the Fjord Summit in 2027."
    )
    names = sorted(i.name for i in found.initiatives)
    assert names == [
        "Arctic Leaders' Summit",
        "Blue Ocean Initiative",
        "Clean Ports Initiative",
        "Fjord Summit",
        "Joint Communique",
        "agreement on visa-free travel",
        "roadmap for 2026-2028",
    ]


def test_agreements_named_in_lowercase_and_by_their_two_parties() -> None:
    """Lowercase-led names of the genre ("a memorandum of cooperation on X", "a letter of intent
    on Y", "a declaration of intent on Z"), agreements named by their two parties ("the
    Chile-Peru trade agreement"), the nouns before a lowercase name's head ("a partnership
    agreement on energy"); a day after the head is none of the name, and an agreement named by
    common nouns alone ("a ceasefire agreement") is no name."""
    found = _read(
        "They signed a memorandum of cooperation on clean hydrogen, a letter of intent on port security, a "
        "declaration of intent on vocational training, the Chile-Peru trade agreement, a renewed partnership "
        "agreement on energy and a ceasefire agreement, and issued a joint statement on Tuesday."
    )
    assert sorted(i.name for i in found.initiatives) == [
        "Chile-Peru trade agreement",
        "declaration of intent on vocational training",
        "joint statement",
        "letter of intent on port security",
        "memorandum of cooperation on clean hydrogen",
        "renewed partnership agreement on energy",
    ]


def test_lexicon_loads_reference_names() -> None:
    lex = lexicon()
    assert lex.names["Republic of Kazakhstan"].country == "KZ"
    assert lex.names["Türkiye"].country == "TR" == lex.names["Turkey"].country
    assert lex.demonyms["Turkmen"].country == "TM"
    assert lex.names["UN General Assembly"].kind == "body"
    assert lex.names["Kassym-Jomart Tokaev"].iri == lex.names["Kassym-Jomart Tokayev"].iri


def test_grammar_acts_yaml() -> None:
    data = load_yaml(ING / "grammar" / "acts.yaml")
    assert set(data["verbs"].values()) <= notations("act-types.ttl")
    assert all(lemma == lemma.lower() and " " not in lemma for lemma in data["verbs"]), "single lemmas"
    # every act type with a verb of its own is reachable by lemma
    assert {"congratulate", "thank", "praise", "support", "invite", "propose", "wish", "agree", "sign"} <= set(
        data["verbs"].values()
    )
    # acts carried by a noun: act types of the scheme, each with a phrase entry whose addressee follows as "to"
    assert set(data["nouns"].values()) <= notations("act-types.ttl")
    assert all(lemma == lemma.lower() and " " not in lemma for lemma in [*data["nouns"], *data["carriers"]])
    with_to = {p.act for p in lexicon().acts if p.addressee == "to" and p.mode == "object"}
    assert set(data["nouns"].values()) <= with_to
    # verbs a messenger passes another's act on with, and the greetings that name whose it is
    assert all(w == w.lower() and " " not in w for w in [*data["passers"], *data["greeting_nouns"]])
    assert {"convey", "deliver", "pass"} <= set(data["passers"])
    assert "greetings" in data["greeting_nouns"]
    # prepositions that make a verb of an act none: keyed by a verb the file reads
    assert set(data["not_with"]) <= set(data["verbs"])
    assert all(w == w.lower() and " " not in w for words in data["not_with"].values() for w in words)


def test_grammar_acts_yaml_not_with() -> None:
    """ "X, who hails from Y": no praise; "X hailed Y for ...": praise."""
    x = _read(
        "Deputy Chief Minister Tom Reid, who hails from Bergen, wished him success. Reid hailed Norway for its help."
    )
    assert [(a.act, a.agent.label) for a in x.acts if a.act == "praise"] == [("praise", "Tom Reid")]
    assert ("tom-reid", "Deputy Chief Minister") in {(p.person.rsplit("/")[-1], p.title) for p in x.posts}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "President Ana Lima of Portugal sent a letter to President Rui Costa of Brazil. She wrote: "
            '"I extend to you and to all Brazilians my warm congratulations on the anniversary."',
            "congratulate",
        ),
        (
            "Foreign Minister Ana Lima of Portugal phoned Foreign Minister Rui Costa of Brazil to offer condolences.",
            "condole",
        ),
        (
            "Foreign Minister Ana Lima of Portugal will convey her gratitude to Foreign Minister Rui Costa of Brazil.",
            "thank",
        ),
    ],
)
def test_an_act_carried_by_a_noun_is_read_in_any_tense_and_order(text: str, act: str) -> None:
    """ingest/grammar/acts.yaml nouns and carriers: the act of the carried noun, by the verb's
    subject, to the verb's "to" phrase wherever it stands ("you" of a letter: its recipient)."""
    from diplograph.read.extract import extract
    from diplograph.read.text import parse_report

    x = extract(parse_report("r", "url: composed\ndate: 2025-06-02\n\n" + text + "\n"))
    assert [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts] == [
        (act, "Ana Lima", "Rui Costa")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders agreed to work for the success of the COP31 climate summit in Antalya.",
        "Lima thanked Chile for its support ahead of COP31 in Belem.",
        "Under the compromise reached at the COP31 conference in Belem, Chile holds the presidency.",
    ],
)
def test_a_conference_of_the_parties_is_named_by_its_number(sentence: str) -> None:
    """ingest/initiatives.yaml: "COP31" is a conference whatever follows it (a place, a head noun)."""
    x = _read(sentence)
    assert [(i.name, i.kind) for i in x.initiatives] == [("COP31", "conference")]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The two leaders discussed the Harbour Link Project.", "Harbour Link Project", "other"),
        ("The minister presented the Delta Plan 2100 to the delegation.", "Delta Plan 2100", "programme"),
        (
            "Both sides welcomed the work of the Pacific Resilience Facility.",
            "Pacific Resilience Facility",
            "programme",
        ),
        ("Both sides praised the Abraham Accords.", "Abraham Accords", "agreement"),
        (
            "They agreed to convene the Peru-Norway Joint Committee on Trade.",
            "Peru-Norway Joint Committee on Trade",
            "conference",
        ),
        (
            "They signed an arrangement expanding the Pacific Labour Mobility scheme.",
            "Pacific Labour Mobility scheme",
            "programme",
        ),
        ("Both backed the Andean Continental Free Trade Area.", "Andean Continental Free Trade Area", "agreement"),
        # a built work's head closes a name after words saying what it carries
        (
            "They reviewed the Ayacucho-Arica power transmission project.",
            "Ayacucho-Arica power transmission project",
            "other",
        ),
        ("Both backed the Tarija-Salta gas project.", "Tarija-Salta gas project", "other"),
        # a lowercase programme or plan closes a name; retreats and higher committees meet
        ("Japan supports the Green Fields programme.", "Green Fields programme", "programme"),
        ("They prepared the Peru-Chile Leaders' Retreat.", "Peru-Chile Leaders' Retreat", "conference"),
        ("They convened the Peru-Chile Joint Higher Committee.", "Peru-Chile Joint Higher Committee", "conference"),
        # a date after a connector is no part of the name
        ("The council adopted Resolution 2811 in November.", "Resolution 2811", "resolution"),
        (
            "They met at the Peru-Norway Joint Commission in Lima in March.",
            "Peru-Norway Joint Commission",
            "conference",
        ),
        # a protocol and a charter are agreements, a week and a triangle meet, a deal is a programme
        ("Both praised the Peru-Chile Protocol on fisheries.", "Peru-Chile Protocol", "agreement"),
        ("They signed the Andean Charter on Water.", "Andean Charter on Water", "agreement"),
        ("He invited her to Lima Mining Week in June.", "Lima Mining Week", "conference"),
        ("They revived the Quito Triangle format.", "Quito Triangle", "conference"),
        ("She backed the Andean Green Deal.", "Andean Green Deal", "programme"),
        # a compact and a covenant are agreements
        (
            "They signed the North Andes Security and Energy Compact.",
            "North Andes Security and Energy Compact",
            "agreement",
        ),
        ("Both upheld the Pacific Covenant on Fisheries.", "Pacific Covenant on Fisheries", "agreement"),
        # a code of conduct, an exchange of notes and a letter of intent, capitalised, are agreements
        (
            "They urged an early Code of Conduct in the Andean Sea.",
            "Code of Conduct in the Andean Sea",
            "agreement",
        ),
        ("They signed the Exchange of Notes on Coastal Radars.", "Exchange of Notes on Coastal Radars", "agreement"),
        ("They signed a Letter of Intent on Forestry.", "Letter of Intent on Forestry", "agreement"),
        # a partnership named by more than how it is
        ("Both leaders renewed the Andean Partnership.", "Andean Partnership", "agreement"),
        (
            "They launched the Peru-Chile Critical Minerals Partnership.",
            "Peru-Chile Critical Minerals Partnership",
            "agreement",
        ),
        (
            "They signed the Peru-EU Partnership and Cooperation Agreement.",
            "Peru-EU Partnership and Cooperation Agreement",
            "agreement",
        ),
    ],
)
def test_more_heads_of_named_initiatives(sentence: str, name: str, kind: str) -> None:
    """ingest/initiatives.yaml: projects, plans, facilities, accords and joint committees by their heads."""
    x = _read(sentence)
    assert (name, kind) in [(i.name, i.kind) for i in x.initiatives]


@pytest.mark.parametrize(
    "sentence",
    [
        "They met at the Lima Convention Centre.",
        "She was received by the Chief of Protocol of the Ministry.",
        "PERU AND CHILE FISHERIES DEAL SIGNED. Both sides were pleased.",
    ],
)
def test_places_offices_and_headlines_are_no_initiatives(sentence: str) -> None:
    """ingest/initiatives.yaml ``not_within``: a convention centre, a chief of protocol."""
    assert [i.name for i in _read(sentence).initiatives] == []


def test_a_partnership_named_only_by_how_it_is_characterises_and_names_nothing() -> None:
    """ "the Special Strategic and Global Partnership between Peru and Chile" says how the
    relationship is (ingest/relations.yaml qualifiers, ``partnership_words``): no initiative."""
    x = _read(
        "They hailed the Special Strategic and Global Partnership between Peru and Chile and the Peru-Chile "
        "Comprehensive Strategic Partnership."
    )
    assert not [i.name for i in x.initiatives if "Partnership" in i.name]


def test_a_plan_named_by_whose_it_is_is_no_initiative() -> None:
    """ingest/initiatives.yaml heads: "Warsaw's plan", "the Estonia programme" say whose, not a name."""
    x = _read("He praised Warsaw's plan and the Estonia programme, and backed the Green Fields programme.")
    assert [i.name for i in x.initiatives] == ["Green Fields programme"]


def test_a_year_of_the_zodiac_is_no_international_year() -> None:
    """ingest/initiatives.yaml not_names: a lunar new year's animal."""
    x = _read("The President congratulated him on the Lunar New Year, the Year of the Horse.")
    assert not [i.name for i in x.initiatives if i.kind == "international_year"]


def test_relations_between_the_two_countries_are_of_the_two_people_the_sentence_names() -> None:
    """ "the two countries" after a contact of others: the states of the two people named with it."""
    found = _read(
        "Lima - President Rosa Vela of Peru received the ambassador of Chile, Jon Tari, on Tuesday. She also "
        "received the ambassador of Jordan, Omar Haddad. President Vela dwelt with the Chilean diplomat on the "
        "deep ties of kinship between the two countries."
    )
    parties = [sorted(p.label for p in r.parties) for r in found.relations if "kinship" in r.phrase]
    assert parties == [["Chile", "Peru"]], parties


def test_relations_between_two_capitals_are_between_their_states() -> None:
    """ "relations between Lima and Oslo": Peru and Norway, whatever other states the report named."""
    found = _read(
        "President Tomas Halvorsen thanked Chile for its help. He described the relations between Lima and Oslo "
        "as a strategic partnership."
    )
    parties = [sorted(p.label for p in r.parties) for r in found.relations if "strategic" in r.phrase]
    assert parties == [["Norway", "Peru"]]


def test_a_relationship_with_an_international_body_is_between_the_two_named_nearest() -> None:
    """ "the partnership between Peru and the European Union", "EU-Chile relations": a body is a
    party as a state is; the pair named nearest the phrase is its parties, so the "EU-Peru
    agreement" after "relations between Peru and Chile" leaves those two states."""
    found = _read(
        "President Rosa Vela of Peru received the President of the European Council, Ana Lima, on Tuesday. "
        "They praised the long-standing partnership between Peru and the European Union.\n\n"
        "Chile's minister said that EU-Chile relations were stronger than ever.\n\n"
        'She described relations between Peru and Chile as "solid and mature" and welcomed the EU-Peru trade '
        "agreement."
    )
    parties = {r.phrase: sorted(p.label for p in r.parties) for r in found.relations}
    assert parties.get("long-standing partnership") == ["European Union", "Peru"], parties
    assert parties.get("stronger than ever") == ["Chile", "European Union"], parties
    assert parties.get("solid and mature") == ["Chile", "Peru"], parties


def test_infrastructure_projects_are_initiatives_and_no_people() -> None:
    """ingest/initiatives.yaml heads and ingest/references.yaml thing_heads: "the long-delayed
    Trans-Andean Railway" (which the recogniser may take for a person), "the Lima-Oslo power
    interconnector", "the Agua Fria tunnel" are projects, kind other."""
    found = _read(
        "They agreed to fast-track the long-delayed Trans-Andean Railway, to study the Lima-Oslo power "
        "interconnector and to finish the Agua Fria tunnel."
    )
    assert {(i.name, i.kind) for i in found.initiatives} == {
        ("Trans-Andean Railway", "other"),
        ("Lima-Oslo power interconnector", "other"),
        ("Agua Fria tunnel", "other"),
    }
    assert not any("Railway" in p.label for p in found.people.values())


def test_a_commission_of_no_two_sides_is_a_body_and_a_name_ends_before_and_to() -> None:
    """ingest/initiatives.yaml ``joint_commission`` and ``phrase_end``."""
    found = _read(
        "Peru and Chile agreed to conclude a memorandum of understanding on fisheries and to convene the "
        "Peru-Chile Joint Commission, after the Central Election Commission confirmed the result and the "
        "Permanent Commission on Trade met."
    )
    names = [i.name for i in found.initiatives]
    assert "memorandum of understanding on fisheries" in names
    assert "Peru-Chile Joint Commission" in names and "Permanent Commission on Trade" in names
    assert not [n for n in names if "Election" in n]


def test_a_relationship_between_the_states_of_the_people_named() -> None:
    """ "Chile's President X congratulated his Peruvian counterpart and hailed the bonds of
    brotherhood": between Chile and Peru, the states of those named."""
    found = _read(
        "Chile's President Tomás Rivas congratulated his Peruvian counterpart and hailed what he called the "
        '"bonds of brotherhood" between the two Andean countries.'
    )
    assert [({p.label for p in r.parties}, r.phrase) for r in found.relations] == [({"Chile", "Peru"}, "brotherhood")]


def test_a_state_called_a_friend_by_someone_of_another() -> None:
    """ "Y called the Netherlands 'a true friend'": between Y's state and the one called so, where
    the sentence names no other; "calling" a state something is no phone call."""
    found = _read(
        "King Jon Tari of the Netherlands received President Ana Lima of Peru in The Hague on Tuesday. Lima "
        'praised the port of Rotterdam, calling the Netherlands "a true friend" in a short statement.'
    )
    assert [({p.label for p in r.parties}, r.phrase) for r in found.relations] == [
        ({"Netherlands", "Peru"}, "true friend")
    ]
    assert "phone_call" not in [c.kind for c in found.communications]
    # after a contact of others: not theirs
    found = _read(
        'President Ana Lima of Peru spoke at the forum. In a statement, Lima described the Netherlands as "a true '
        'friend".'
    )
    assert [({p.label for p in r.parties}, r.phrase) for r in found.relations] == [
        ({"Netherlands", "Peru"}, "true friend")
    ]


def test_a_state_or_its_relationship_described_in_quotation_marks_is_the_quote_whole() -> None:
    """ "described Fiji as 'a good neighbour and a reliable economic partner'": the quoted words
    whole, where they hold a relationship's head; "described the visit as 'a historic day'" none."""
    found = _read(
        'President Ana Lima of Peru met President Tom Reid of Fiji. Lima described Fiji as "a good neighbour and '
        'a reliable economic partner." Reid described the two countries as "close friends and maritime '
        'neighbours". Lima called the visit "a historic day".'
    )
    assert sorted(r.phrase for r in found.relations) == [
        "a good neighbour and a reliable economic partner",
        "close friends and maritime neighbours",
    ]


def _related(text: str, *, alone: bool = False) -> list[tuple[set[str], str]]:
    """The relations read, as (their states, the phrase); ``alone``: without the meeting before."""
    from diplograph.read.extract import extract
    from diplograph.read.text import parse_report

    x = extract(parse_report("r", "url: composed\ndate: 2025-06-02\n\n" + text + "\n")) if alone else _read(text)
    return [({p.label for p in r.parties}, r.phrase) for r in x.relations]


def test_relations_at_their_best_level_are_characterised() -> None:
    found = _related(
        'Minister Ana Lima said relations between Peru and Chile were "at their best level in two decades". '
        'Minister Jon Tari said relations between Lima and Santiago "have reached their best level ever".'
    )
    assert ({"Peru", "Chile"}, "at their best level in two decades") in found
    assert ({"Peru", "Chile"}, "their best level ever") in found


def test_relations_at_a_high_or_better_than_ever_are_characterised() -> None:
    """What a relationship is said to have reached or never been: "at a historic high",
    "never been in better shape", "never been so close", "closer than ever"; not what it
    "has never been more important" for (its weight, no characterisation)."""
    found = _related(
        "Prime Minister Ana Lima of Peru held talks with President Jon Tari of Chile, with the two leaders "
        "declaring relations between Lima and Santiago to be at a historic high. Minister Rosa Vela said the "
        'relationship had "never been in better shape" and that ties between Peru and Chile had never been so '
        "close. President Tari described relations between the two countries as closer than ever. The "
        "partnership between Peru and Chile has never been more important, Ms Vela said."
    )
    assert ({"Peru", "Chile"}, "at a historic high") in found
    assert ({"Peru", "Chile"}, "never been in better shape") in found
    assert ({"Peru", "Chile"}, "never been so close") in found
    assert ({"Peru", "Chile"}, "closer than ever") in found
    assert not any("important" in phrase for _, phrase in found)


def test_dependable_friends_and_the_most_trusted_partners_are_characterised() -> None:
    """ "a true and dependable friend", "closest and most dependable partners": "dependable" is
    a strong qualifier (as "reliable" is), "most" an adverb before one."""
    found = _related(
        "President Ana Lima of Peru received Foreign Minister Jon Tari of Chile. Ms Lima described Chile as a true "
        "and dependable friend. Mr Tari said Peru and Chile remained each other's closest and most dependable "
        "partners."
    )
    assert ({"Peru", "Chile"}, "true and dependable friend") in found
    assert ({"Peru", "Chile"}, "closest and most dependable partners") in found


def test_indissoluble_ties_a_model_partnership_and_bonds_of_history() -> None:
    found = _related(
        "President Ana Lima of Peru received Foreign Minister Jon Tari of Chile. Tari reaffirmed the indissoluble "
        "ties of brotherhood that unite Lima and Santiago, and praised the model partnership between Peru and Chile. "
        "Lima spoke of the bonds of history, kinship and culture between the two countries."
    )
    assert ({"Peru", "Chile"}, "indissoluble ties of brotherhood") in found
    assert ({"Peru", "Chile"}, "model partnership") in found
    assert ({"Peru", "Chile"}, "history, kinship and culture") in found


def test_a_named_treaty_and_a_comparison_are_no_characterisation_but_a_bond_of_kinship_is() -> None:
    """ "grounded in the Treaty of Friendship, is as strong today as at any point": neither
    "Friendship" (a treaty's name) nor "strong" (a comparison); "a bond of kinship" is one."""
    found = _related(
        "Prime Minister Ana Lima of Peru wrote to Prime Minister Jon Tari of Chile. The special relationship between "
        "our two countries, grounded in the Treaty of Friendship, is as strong today as at any point in our shared "
        "history. Tari spoke of a bond of kinship going back centuries between Peru and Chile."
    )
    assert {phrase for _, phrase in found} == {"special relationship", "kinship"}


def test_a_side_of_no_known_state_is_the_datelines() -> None:
    """ "Doha ... His Highness the Amir sent a cable to the President of Chile ... the fraternal
    relations between the two brotherly countries": Qatar, whose Amir the reference data does not
    know by that name, and Chile."""
    found = _related(
        "Doha, March 20 (QNA) - His Highness the Amir Sheikh Hamid bin Saif Al-Rami sent today a cable of "
        "congratulations to President of the Republic of Chile Jon Tari on the national day.\n\n"
        "In the cable, HH the Amir affirmed his keenness to strengthen the fraternal relations between the two "
        "brotherly countries.",
        alone=True,
    )
    assert ({"Qatar", "Chile"}, "fraternal relations") in found


def test_a_quoted_characterisation_whatever_its_words() -> None:
    """A relationship described in quotation marks ("as 'steadily improving'", "enjoy 'excellent
    and ever-growing' ties") is characterised by the quoted words, between two capitals too; an
    unquoted "as" phrase of no known qualifier is not."""
    found = _related(
        'The envoy described relations between Lima and Santiago as "steadily improving". She noted that '
        'Lima and Santiago enjoy "excellent and ever-growing" ties. Minister Jon Tari described relations '
        "between Peru and Chile as rather complicated."
    )
    assert ({"Peru", "Chile"}, "steadily improving") in found
    assert ({"Peru", "Chile"}, "excellent and ever-growing") in found
    assert not any("complicated" in phrase for _, phrase in found)


def test_relations_told_of_a_later_contact_are_between_its_sides() -> None:
    """ "The call also dealt with the close fraternal relations and ways to develop them": the
    call's two states, not the report's first contact's."""
    found = _related(
        "President Ana Lima of Peru sent a cable of congratulations to President Jon Tari of Chile.\n\n"
        "President Ana Lima received on Wednesday a phone call from Prime Minister Rosa Vela of Spain.\n\n"
        "The call also dealt with the close fraternal relations and ways to develop them.",
        alone=True,
    )
    assert found == [({"Peru", "Spain"}, "close fraternal relations")]


def test_relations_of_the_contact_the_sentence_tells() -> None:
    found = _related(
        "President Li Wen of China sent a message to the Governor-General of Jamaica, Musa Kamara.\n\n"
        "President Ana Lima of Peru, in a message to the Governor-General, spoke of the warm and friendly "
        "relations between the two countries."
    )
    assert ({"Peru", "Jamaica"}, "warm and friendly relations") in found


def test_two_states_named_beside_the_pair_phrase_and_the_kingdom() -> None:
    found = _related(
        "President Ana Lima of Peru received the ambassador of Qatar, Ali Hassan.\n\n"
        "In a conversation with the Japanese envoy, Ana Lima praised Japan's help to Peru's farmers and "
        "described relations between the two countries as friendly and constructive.\n\n"
        "RIYADH -- Crown Prince Salim bin Hamid received a call from President Omar Farouk of Syria. During the "
        "call, they reviewed the brotherly relations between the Kingdom and Syria.",
        alone=True,
    )
    assert ({"Japan", "Peru"}, "friendly and constructive") in found
    assert ({"Saudi Arabia", "Syria"}, "brotherly relations") in found


def test_bonds_of_a_value_word_keep_it() -> None:
    """ingest/relations.yaml ``values``: "bonds of fraternity" is all one characterisation."""
    found = [r.phrase for r in _read("Peru and Norway will deepen their solid bonds of fraternity.").relations]
    assert found == ["solid bonds of fraternity"], found


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Peru and Chile are brother countries, the minister said.", "brother countries"),
        ("The minister called the bond between Peru and Chile a relationship of brothers.", "brothers"),
    ],
)
def test_brother_states_and_a_relationship_of_brothers(sentence: str, phrase: str) -> None:
    """ingest/relations.yaml: "brother" qualifies as "sister" does; "brothers" is a value word."""
    assert [r.phrase for r in _read(sentence).relations] == [phrase]


def test_a_body_named_with_united_nations_or_a_post_before_it_is_no_programme() -> None:
    """ "Executive Director of the UN Environment Programme (UNEP)" is a post in a body, and "the
    United Nations World Food Programme" the body: no programme of either (ingest/titles.yaml
    gives the post)."""
    x = _read(
        "Ana Vidal, Executive Director of the UN Environment Programme (UNEP), thanked the minister. The United "
        "Nations World Food Programme will open an office in Lima."
    )
    assert [i.name for i in x.initiatives] == []
    held = {(x.people[p.person].label, p.title, p.of.label if p.of else None) for p in x.posts}
    assert ("Ana Vidal", "Executive Director", "United Nations Environment Programme") in held
