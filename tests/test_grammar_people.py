"""Who a name in a report stands for: a label before a headline's colon, a surname two people
of the report share."""

from __future__ import annotations

import pytest

from diplograph.read.extract import extract
from diplograph.read.facts import Extraction
from diplograph.read.text import parse_report

HEAD = "url: composed\ndate: 2025-06-02\n\n"


def _extract(text: str) -> Extraction:
    return extract(parse_report("case", HEAD + text))


def _people(x: Extraction) -> set[str]:
    return {p.label for p in x.people.values()}  # as the graph labels them


def _agents(x: Extraction, act: str) -> list[tuple[str, str]]:
    """(act, agent's label) of each act of the kind, in the report's order."""
    return [(a.act, a.agent.label) for a in x.acts if a.act == act]


def _held(x: Extraction) -> set[tuple[str, str, str | None]]:
    """(the person's IRI slug, title, organisation) of each post the report gives."""
    return {(p.person.rsplit("/", 1)[-1], p.title, p.of.label if p.of else None) for p in x.posts}


def test_a_label_before_a_headline_colon_named_nowhere_else_is_no_one() -> None:
    x = _extract(
        "Dia Nacional: Pope Leo XIV, Jon Tari and King Felipe VI greet Portugal on its national day\n\n"
        "President Jon Tari sent a message to President Ana Lima of Portugal on Sunday, congratulating "
        "her on the national day.\n"
    )
    assert "Dia Nacional" not in _people(x)
    assert {(c.senders[0].label, c.recipients[0].label) for c in x.communications} == {("Jon Tari", "Ana Lima")}


def test_a_speaker_before_a_headline_colon_is_the_one_named_again() -> None:
    x = _extract(
        "Tari: we stand with Portugal\n\n"
        "President Jon Tari sent a message to President Ana Lima of Portugal on Sunday, congratulating "
        "her on the national day.\n"
    )
    assert "Jon Tari" in _people(x) and "Tari" not in _people(x)


def test_a_surname_a_minister_shares_with_his_wife_is_the_minister() -> None:
    x = _extract(
        "Reid at the Vatican: I invited the Pope to Portugal\n\n"
        "Prime Minister Tom Reid of Portugal was received on Friday by Pope Leo XIV. Reid, who was "
        "accompanied by his wife Mia Soto Reid, invited the Pope to visit Lisbon.\n"
    )
    assert "Reid" not in _people(x)
    assert _agents(x, "invite") == [("invite", "Tom Reid")]


def test_a_states_premier_is_its_prime_minister() -> None:
    """A report may call the one post by either name: "the Czech premier" is the Prime Minister
    the report named, whose state it had not said (the reference tenures do)."""
    x = _extract(
        "Prime Minister Petr Fiala received Korean Prime Minister Kim Min-seok in Prague on Monday. "
        "The Czech premier wished Korea success in hosting the summit.\n"
    )
    assert [(a.act, a.agent.label) for a in x.acts] == [("wish", "Petr Fiala")]


def test_a_surname_two_ministers_share_is_the_first_named() -> None:
    x = _extract(
        "Prime Minister Tom Reid of Portugal received Korean Prime Minister Kim Min-seok on Monday, "
        "with Trade Minister Kim Jung-kwan in attendance. Kim thanked Reid for the invitation.\n"
    )
    assert _agents(x, "thank") == [("thank", "Kim Min-seok")]


def test_a_rank_before_a_reference_name_is_no_part_of_the_label() -> None:
    """The reference data knows "Senior General Min Aung Hlaing" as a form of the name; the
    person is labelled by the name, as GOLD.md writes it."""
    x = _extract(
        "Myanmar junta leader Senior General Min Aung Hlaing received Prime Minister Jon Tari in "
        "Naypyitaw on Wednesday.\n"
    )
    assert "Min Aung Hlaing" in _people(x) and "Senior General Min Aung Hlaing" not in _people(x)


def test_a_states_minister_is_one_of_that_state() -> None:
    """ "The Jordanian minister": the minister of Jordan named, not the one whose post merely
    begins with the word (a "Minister of Foreign Affairs" of another state)."""
    x = _extract(
        "The Minister of Foreign Affairs, Tom Reid, opened the forum with the Deputy Prime Minister and "
        "Foreign Minister of Jordan, Rui Costa. The Jordanian minister thanked Spain for its support.\n"
    )
    assert _agents(x, "thank") == [("thank", "Rui Costa")]


def test_the_two_leaders_of_a_contact_with_a_state_are_its_leader_and_the_other() -> None:
    """After condolences "to the Ukrainian people" (Ukraine), "the two leaders" are the visitor
    and the Ukrainian leader the report names, not the visitor and the state."""
    x = _extract(
        "Prime Minister Tom Reid of Sweden arrived in Kyiv on Tuesday and laid flowers together with "
        "President Volodymyr Zelensky. He then expressed his condolences to the Ukrainian people for the "
        "victims of the attack. During the talks, the two leaders signed a framework agreement on fighter jets.\n"
    )
    signed = [(a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts if a.act == "sign"]
    assert signed == [("Tom Reid", "Volodymyr Zelenskyy")]  # (the reference data's spelling)


def test_the_swiss_federal_president_is_who_held_the_presidency_that_day() -> None:
    """The reference tenures call the post "President"; a report calls it "Federal President"."""
    x = _extract(
        "Karin Keller-Sutter arrived in New Delhi on Tuesday. President Ana Lima of India received the Swiss "
        "Federal President with military honours. The Federal President thanked India for its support.\n"
    )
    assert _agents(x, "thank") == [("thank", "Karin Keller-Sutter")]


def test_the_holy_sees_envoy_and_foreign_minister_hold_their_posts_and_a_clerics_rank_is_no_name() -> None:
    x = _extract(
        "VATICAN CITY, 2 June - The Apostolic Nuncio to Portugal, Archbishop Rui Costa, called on "
        "President Ana Lima on Monday. Later the Secretary for Relations with States, Archbishop "
        "Jon Tari, spoke by phone with Foreign Minister Tom Reid of Portugal.\n"
    )
    held = _held(x)
    assert ("rui-costa", "Apostolic Nuncio", "Holy See") in held
    assert ("jon-tari", "Secretary for Relations with States", "Holy See") in held
    assert {"Rui Costa", "Jon Tari"} <= _people(x)
    assert not any(label.startswith("Archbishop") for label in _people(x))


def test_the_pope_holds_his_post_of_the_holy_see_by_the_reference_tenures() -> None:
    """Whichever state the report is from, the Pope of the day is the Holy See's (ontology/
    reference/leaders.ttl: Francis until 21 April 2025, Leo XIV from 8 May 2025)."""
    x = _extract("LISBON, 2 June - Pope Leo XIV received President Ana Lima of Portugal on Monday.\n")
    assert ("leo-xiv", "Pope", "Holy See") in _held(x)
    earlier = extract(
        parse_report(
            "case", "url: composed\ndate: 2025-03-01\n\nLISBON, 1 March - Pope Francis wrote to President Ana Lima.\n"
        )
    )
    assert ("francis", "Pope", "Holy See") in _held(earlier)


def test_a_surname_with_its_particle_capitalised_is_the_one_named_in_full() -> None:
    """ "Van Reid" opening a sentence after "Jon van Reid": one person, whose counterpart then
    takes his post."""
    x = _extract(
        "Foreign Minister Jon van Reid arrived in Lima on Monday.\n\n"
        "Van Reid and his Peruvian counterpart Ana Lima signed a fisheries agreement on Tuesday.\n"
    )
    assert _people(x) == {"Jon van Reid", "Ana Lima"}
    assert ("ana-lima", "Foreign Minister", "Peru") in _held(x)


def test_the_head_of_a_states_diplomacy_is_its_foreign_minister() -> None:
    """ "the head of Chilean diplomacy": Chile's foreign minister, not the Chilean named last
    (its president, in the quotation before)."""
    x = _extract(
        "Chilean Foreign Minister Tom Reid arrived in Lima on Monday for a working visit.\n\n"
        '"President Jon Tari asked me to carry his greetings," the head of Chilean diplomacy said. '
        "He praised Peru's reforms.\n\n"
        "The head of Chilean diplomacy was received on Tuesday by Prime Minister Ana Lima of Peru.\n"
    )
    assert ("praise", "Tom Reid") in _agents(x, "praise")
    assert ("meeting", ["Ana Lima"], ["Tom Reid"]) in [
        (c.kind, [e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications
    ]


def test_a_chief_executive_officer_and_the_dean_of_the_cardinals_are_posts() -> None:
    """ "the Chief Executive Officer of X" is no person called "Officer"; "the Dean of the College
    of Cardinals, Cardinal X" is X, with that post."""
    x = _extract(
        "The delegation included several ministers and the Chief Executive Officer of the national fund.\n\n"
        "President Jon Tari of Peru sent a message of condolence to the Dean of the College of Cardinals, "
        "Cardinal Tom Reid.\n"
    )
    assert "Officer" not in _people(x)
    assert [(c.kind, c.recipients[0].label) for c in x.communications] == [("message", "Tom Reid")]
    assert ("tom-reid", "Dean of the College of Cardinals") in {(p, t) for p, t, _ in _held(x)}


def test_a_states_short_name_before_a_lower_case_post_is_its_holder() -> None:
    """ "the BiH minister", "the UAE minister": the one of that state named with such a post,
    not the state."""
    x = _extract(
        "Foreign Minister Tom Reid of Peru met Foreign Minister Jon Tari of Bosnia and Herzegovina in Lima on "
        "Monday.\n\nReid invited Tari to visit Peru again, an invitation which the BiH minister accepted.\n"
    )
    assert ("agree", "Jon Tari") in _agents(x, "agree")


def test_in_the_message_hung_on_the_subject_is_still_the_message() -> None:
    """ "the monarch in the message extended his condolences": the parser hangs "in the message"
    on the subject; the condolences are what the message said, not a second message."""
    x = _extract(
        "Messages to Accra\n\n"
        "Foreign Minister Rui Costa of Morocco delivered a written message from King Jon Tari of Morocco "
        "to President Tom Reid of Ghana on Monday.\n\n"
        "The Moroccan monarch in the message extended his condolences to President Reid and the people of "
        "Ghana over the floods.\n"
    )
    assert [(c.kind, c.senders[0].label) for c in x.communications if c.kind == "message"] == [("message", "Jon Tari")]
    assert _agents(x, "condole") == [("condole", "Jon Tari")]


def test_head_of_state_before_the_name_without_a_comma_is_the_posts_holder() -> None:
    """ "a letter from the President of the Republic, Head of State Rui Costa Tomas": he holds the
    post (the title no longer stands alone, resolved to no one)."""
    x = _extract(
        "Letter to the Secretary-General\n\n"
        "Foreign Minister Mia Soto Reid on Monday delivered a letter from the President of the Republic, "
        "Head of State Rui Costa Tomas, to the Secretary-General.\n"
    )
    assert ("rui-costa-tomas", "President of the Republic", None) in _held(x)


def test_the_head_of_state_of_a_transition_is_the_datelines_own() -> None:
    """ "The Head of State" in a Bamako report that names the President of the Transition and a
    foreign President: the President of the Transition, a head of state too."""
    x = _extract(
        "Bamako, 19 Nov (AMAP) - The President of the Transition, General Tom Reid, on Wednesday received "
        "Minister Jon Tari, special envoy of the President of Chile, Captain Rui Costa. The emissary carried a "
        "letter from the Chilean Head of State. The Head of State thanked Chile for the fuel convoys.\n"
    )
    assert _agents(x, "thank") == [("thank", "Tom Reid")]


def test_the_prime_minister_of_a_round_up_is_the_datelines_not_its_first_sender() -> None:
    """A Dili report whose first subject is Malaysia's Prime Minister, writing to Prime Minister X:
    "the Prime Minister" later is X, the dateline's own; not so where the report's agency is of
    another state (its own leader abroad)."""
    text = (
        "DILI, 29 October 2025 - Malaysian Prime Minister Tom Reid sent a letter to Prime Minister Jon Tari. "
        "Later, President Ana Lima of Chile held a telephone conversation with Prime Minister Jon Tari. "
        "President Lima congratulated the Prime Minister on the accession.\n"
    )
    for agency, addressee in (("", "Jon Tari"), (" (BERNAMA)", "Tom Reid")):
        x = _extract(text.replace(" - ", agency + " - ", 1))
        congratulated = [(a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
        assert congratulated == [("Ana Lima", addressee)], agency


def test_the_federal_president_is_the_president_named_before() -> None:
    """ "a letter from the President of the Swiss Confederation, X, in which the Federal President
    invites Y": X invites (the reference tenures call the post "President")."""
    x = _extract(
        "Bern, 11.02.2026 - Minister Tom Reid handed President Ana Lima of Chile a letter from the President "
        "of the Swiss Confederation, Jon Tari, in which the Federal President invites Ms Lima to pay an "
        "official visit to Switzerland.\n"
    )
    assert _agents(x, "invite") == [("invite", "Jon Tari")]


def test_a_deputy_does_not_hold_the_post_of_the_one_he_deputises_for() -> None:
    """ "the Director General" after Director General X and Deputy Director General Y: X; the
    deputy's post is read whole."""
    x = _extract(
        "Berne, 12 March 2025 - Union Director General Tom Reid arrived in Dubai with a delegation that "
        "included Deputy Director General Jon Tari.\n\n"
        "On Tuesday, the Director General was received by the Minister of State Ana Lima. The Director General "
        "invited Ms Lima to Berne.\n"
    )
    assert _agents(x, "invite") == [("invite", "Tom Reid")]
    assert {title for who, title, _ in _held(x) if who == "jon-tari"} == {"Deputy Director General"}


def test_the_cabinet_secretary_is_the_cabinet_secretary_of_a_portfolio_named_before() -> None:
    """Kenya's ministers: "the Cabinet Secretary for Roads and Transport, X", then "the Cabinet
    Secretary" is X."""
    x = _extract(
        "The Cabinet Secretary for Roads and Transport of Kenya, Tom Reid, called on Minister Ana Lima in "
        "Lima.\n\nLater the same day, the Cabinet Secretary met with the Secretary General of the Andean "
        "Community, Jon Tari.\n"
    )
    met = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert met == [(["Tom Reid"], ["Ana Lima"]), (["Tom Reid"], ["Jon Tari"])]


def test_a_headline_call_on_a_body_is_the_call_on_its_officer_the_report_tells() -> None:
    """ "X calls on ICAO Council President" in the headline, then "X paid a courtesy call on the
    President of the Council of ICAO, Y": one call, on Y."""
    x = _extract(
        "Kenya's Cabinet Secretary for Roads and Transport calls on ICAO Council President and Secretary "
        "General\n\n"
        "Montréal, 11 February 2025 – The Cabinet Secretary for Transport of Kenya, Tom Reid, paid a courtesy "
        "call today on the President of the Council of the International Civil Aviation Organization (ICAO), "
        "Jon Tari.\n"
    )
    met = [([e.label for e in c.senders], [e.label for e in c.recipients], str(c.date)) for c in x.communications]
    assert met == [(["Tom Reid"], ["Jon Tari"], "2025-02-11")]


def test_his_letter_after_greetings_from_another_is_that_ones() -> None:
    """ "The guest conveyed warm greetings from Prime Minister X and handed over his letter": the
    letter is X's, not the guest's."""
    x = _extract(
        "Talks in Tashkent\n\n"
        "President Tom Reid of Uzbekistan received Foreign Minister Rui Costa of Portugal on Monday.\n\n"
        "The guest conveyed warm greetings from Prime Minister of Portugal Ana Lima and handed over his "
        "letter inviting the President of Uzbekistan to visit Lisbon.\n"
    )
    letters = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"]
    assert letters == [("Ana Lima", "Tom Reid")]


def test_a_portfolios_last_word_is_no_ones_name() -> None:
    """ "Cabinet Secretary for Foreign and Diaspora Affairs": where the recogniser takes "Affairs"
    for a person, it is still the portfolio's word, not someone's name."""
    x = _extract(
        "Condolences pour in\n\n"
        "Prime Cabinet Secretary Jon Tari Mwangi, who also serves as Cabinet Secretary for Foreign and "
        "Diaspora Affairs, said a book of condolence had been opened at the ministry.\n"
    )
    assert "Affairs" not in _people(x)


def test_a_portfolio_after_a_post_and_a_comma_is_no_name() -> None:
    """ "The Minister of State, Petroleum Resources (Oil), Senator X": the portfolio is the post's,
    not a person holding it."""
    x = _extract(
        "Ghana and Nigeria sign energy deal\n\n"
        "The Minister of State, Petroleum Resources (Oil), Senator Jon Tari, and the Minister for Energy, "
        "Rui Costa, signed a framework agreement on Tuesday.\n"
    )
    assert "Petroleum Resources" not in _people(x)


def test_a_post_told_in_a_relative_clause_is_the_persons() -> None:
    """ "Reid, who is also Deputy Prime Minister" and "Jon Tari, who also serves as Minister for
    Trade": those posts are theirs."""
    x = _extract(
        "Talks in Warsaw\n\n"
        "Foreign Minister Tom Reid of Poland met Foreign Minister Jon Tari of Chile on Monday. "
        "Reid, who is also Deputy Prime Minister, thanked Chile for its support.\n\n"
        "Tari, who also serves as Minister for Trade, invited him to visit Santiago.\n\n"
        "Reid, who is also the current Chairman of the Caribbean Community, agreed.\n"
    )
    held = _held(x)
    assert ("tom-reid", "Deputy Prime Minister", "Poland") in held
    assert ("jon-tari", "Minister for Trade", "Chile") in held
    assert ("tom-reid", "Chairman", "Caribbean Community") in held


def test_a_counterpart_holds_the_state_post_not_the_bodys() -> None:
    """ "Prime Minister X, who is also Chairman of the Caribbean Community" ... "his Dominican
    counterpart Y": Y is Prime Minister of Dominica, not a chairman."""
    x = _extract(
        "Condolences to Dominica\n\n"
        "KINGSTON — Prime Minister Tom Reid, who is also Chairman of the Caribbean Community (CARICOM), "
        "has extended condolences to Dominica after the storm.\n\n"
        "In a letter sent to his Dominican counterpart Jon Tari on Tuesday, Reid said Jamaica stood ready to help.\n"
    )
    held = _held(x)
    assert ("tom-reid", "Chairman", "Caribbean Community") in held
    assert any(who == "jon-tari" and title == "Prime Minister" for who, title, _ in held)
    assert not any(who == "jon-tari" and title == "Chairman" for who, title, _ in held)


@pytest.mark.parametrize(
    ("text", "act", "agent"),
    [
        # "the Moroccan monarch" after "King X" of Morocco and its foreign minister: the king, not
        # the minister named last, and not the state
        (
            "Rabat welcomes the visit\n\n"
            "Foreign Minister Rui Costa of Morocco delivered a written message from King Jon Tari of Morocco "
            "to President Tom Reid of Ghana on Monday.\n\n"
            "The Moroccan monarch wished the people of Ghana peace and prosperity.\n",
            "wish",
            "Jon Tari",
        ),
        # "Mr. TARI Kenji, Minister for Foreign Affairs of Japan" ... "Minister Tari expressed his
        # appreciation": a family name in capitals used alone in plain case, the minister, not his state
        (
            "Japan-Portugal Foreign Ministers' Meeting\n\n"
            "On March 5, Mr. TARI Kenji, Minister for Foreign Affairs of Japan, held a meeting with Ms. Ana Lima, "
            "Minister for Foreign Affairs of Portugal.\n\n"
            "Minister Lima invited Minister Tari to visit Portugal, and Minister Tari expressed his appreciation "
            "for the invitation.\n",
            "thank",
            "TARI Kenji",
        ),
    ],
    ids=["a-states-monarch", "a-family-name-in-capitals"],
)
def test_the_one_a_later_name_stands_for_acts(text: str, act: str, agent: str) -> None:
    assert _agents(_extract(text), act) == [(act, agent)]


def _extract_on(day: str, text: str) -> Extraction:
    return extract(parse_report("case", f"url: composed\ndate: {day}\n\n{text}\n"))


def test_a_title_of_one_state_alone_is_its_holder_named_anywhere_in_the_report() -> None:
    """ "The Taoiseach" before and after "Micheál Martin": the one who held it that day, so "the
    Prime Minister" is the British one, not the Taoiseach the reference data also calls so."""
    x = _extract_on(
        "2026-03-06",
        "The Taoiseach has said the summit in Cork went well.\n\n"
        "Micheál Martin hosted British Prime Minister Keir Starmer at City Hall.\n\n"
        "Mr Starmer, on his first trip to Cork as Prime Minister, landed late on Thursday.\n\n"
        "The Taoiseach invited Mr Starmer to come back for the Ryder Cup, and the Prime Minister accepted the "
        "invitation.",
    )
    acts = {(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts}
    assert ("invite", "Micheál Martin", "Keir Starmer") in acts
    assert ("agree", "Keir Starmer", "Micheál Martin") in acts
    assert ("micheal-martin", "Taoiseach", "Ireland") in _held(x)


def test_a_title_after_a_or_an_stands_for_no_one_in_particular() -> None:
    x = _extract_on(
        "2025-10-04",
        "Kings, presidents and a pope have sent their good wishes to the new head of state.\n\n"
        "From the Vatican, Pope Leo XIV sent a telegram in which he wished him strength.",
    )
    wishes = [(a.agent.label, a.topic) for a in x.acts if a.act == "wish"]
    assert wishes == [("Leo XIV", "strength")]


def test_a_portfolio_post_after_a_name_and_a_comma_is_read_whole() -> None:
    """ "..., Ana Lima, and Panama's Minister of Public Security, Tom Reid": the words from "Ana"
    to "Minister" looked like portfolios before a head ("Foreign Affairs and Trade Minister") and
    were dropped, and the post inside them with them."""
    x = _extract(
        "SANTO DOMINGO - The Minister of Interior, Ana Lima, and Panama's Minister of Public Security, "
        "Tom Reid, signed an agreement on cooperation against organised crime.\n"
    )
    assert ("tom-reid", "Minister of Public Security", "Panama") in _held(x)
    signs = [(a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts if a.act == "sign"]
    assert signs == [("Ana Lima", "Tom Reid")]


def test_spains_foreign_minister_as_the_moncloa_prints_the_post() -> None:
    x = _extract(
        "MADRID - The Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares, and "
        "the Minister of State and Foreign Affairs of Portugal, Paulo Rangel, signed a memorandum.\n"
    )
    assert ("jose-manuel-albares", "Minister for Foreign Affairs, European Union and Cooperation", "Spain") in _held(x)


def test_a_title_in_an_opening_phrase_is_not_the_subjects_after_its_comma() -> None:
    """ "In the meeting with the ambassador of Japan, President X noted": X is the subject, no
    ambassador, whether a title stands before the name or none does."""
    x = _extract(
        "BUCHAREST - President Tom Reid received six new ambassadors on Tuesday.\n\n"
        "In the meeting with the ambassador of Japan, President Tom Reid noted that ties had grown.\n\n"
        "Talking to the ambassador of Chile, Tom Reid praised the new trade agreement.\n"
    )
    assert ("tom-reid", "President", "Romania") in _held(x)
    assert not [p for p in _held(x) if p[1].lower() == "ambassador"]


def test_a_bare_title_is_not_one_whose_tenure_had_ended_that_day() -> None:
    """ "The Pope thanked him" after Pope Leo XIV and "Pope Francis ... in 2015": the one who
    was pope that day, by the reference data, not the one named last."""
    x = _extract_on(
        "2026-01-23",
        "ASUNCION - President Tom Reid of Paraguay met Pope Leo XIV at the Vatican on Friday. Reid recalled the "
        "visit of Pope Francis to Paraguay in 2015. The Pope thanked him for the invitation to visit the country.",
    )
    assert _agents(x, "thank") == [("thank", "Leo XIV")]


def test_a_weekday_after_a_given_name_alone_is_a_surname() -> None:
    """ "Dr. Ana Friday": a given name alone before a weekday, the weekday her surname; so is
    "Prime Minister Friday" after it."""
    x = _extract(
        "KINGSTOWN - Prime Minister Tom Reid has written to Dr. Ana Friday, who was sworn in last week as "
        "Prime Minister of Saint Vincent and the Grenadines.\n\n"
        "The Secretary-General of CARICOM, Mia Soto, also sent a message of congratulations to Prime Minister "
        "Friday.\n"
    )
    assert [[e.label for e in c.recipients] for c in x.communications] == [["Ana Friday"], ["Ana Friday"]]


def test_a_regnal_name_alone_is_the_king_not_the_son_named_for_him() -> None:
    """ "King Abdullah" after "King Abdullah II" and "Crown Prince Al Hussein bin Abdullah II":
    the king; "bin Abdullah" is the son's father's name."""
    x = _extract_on(
        "2026-03-19",
        "AMMAN - His Majesty King Abdullah II on Thursday received a phone call from President Tom Reid. "
        "Crown Prince Al Hussein bin Abdullah II attended the meeting. King Abdullah thanked President Reid "
        "for his wishes.",
    )
    assert _agents(x, "thank") == [("thank", "Abdullah II")]
    assert "Abdullah" not in _people(x)


def test_the_then_holders_of_a_plural_title_hold_no_post_now() -> None:
    """ "founded in 1991 by the then foreign ministers of A, B and C, X, Y and Z": posts of
    the past, as "the then foreign minister X" is; "the foreign ministers of ..." are held."""
    then = _extract(
        "BERLIN - The forum was founded in 1991 by the then foreign ministers of Germany, France and Poland, "
        "Tom Reid, Ana Lima and Rui Costa, as a place for trilateral talks.\n"
    )
    now = _extract(
        "BERLIN - The forum met on Monday with the foreign ministers of Germany, France and Poland, "
        "Tom Reid, Ana Lima and Rui Costa, in the chair.\n"
    )
    assert {"Tom Reid", "Ana Lima", "Rui Costa"} <= _people(then)
    assert not _held(then)
    assert ("ana-lima", "foreign minister", "France") in _held(now)


def test_letters_after_a_name_are_no_one_and_the_title_after_them_is_the_names() -> None:
    x = _extract(
        "ST. GEORGE'S, 13 March 2025 - Her Excellency Dame Rosa Vela, GCMG, OBE, PhD, Governor-General of "
        "Grenada, accepted the Letters of Credence of Mr. Jon Tari as Ambassador of Chile to Grenada.\n"
    )
    assert "PhD" not in _people(x) and "OBE" not in _people(x)
    assert ("rosa-vela", "Governor-General", "Grenada") in _held(x)
    meetings = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "meeting"]
    assert meetings == [("Rosa Vela", "Jon Tari")]  # the Letters of Credence, capitalised, are the ceremony


def test_a_title_cased_headline_verb_is_no_name_and_an_acronym_may_follow_a_title() -> None:
    x = _extract(
        "Secretary-General Holds Series of Meetings on the Margins of the General Assembly\n\n"
        "RIYADH, 14 October 2025 - His Excellency Mr. Jon Tari, Secretary-General of the Gulf Cooperation "
        "Council (GCC), received Ms. Rosa Vela, Minister of Foreign Affairs of Chile. Meeting H.E. Dato' Seri "
        "Utama Rui Costa, Minister of Foreign Affairs of Malaysia, he thanked Malaysia for its support.\n"
    )
    people = _people(x)
    assert not any("Holds" in p or "Series" in p for p in people), people
    assert "Rui Costa" in people and not any("Utama" in p for p in people), people
    assert ("jon-tari", "Secretary-General", "Gulf Cooperation Council") in _held(x)


def test_a_subject_hung_on_the_place_a_sentence_opens_with_sends() -> None:
    x = _extract(
        "MANAGUA, 19 July 2025 - From Havana, the President of the Republic of Cuba, Rui Costa, sent a letter "
        "to Co-President Jon Tari.\n"
    )
    sent = [(c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications]
    assert sent == [("letter", "Rui Costa", "Jon Tari")]
    assert {("jon-tari", "Co-President", "Nicaragua"), ("rui-costa", "President", "Cuba")} <= _held(x)


def test_regional_bodies_of_the_world_are_known() -> None:
    x = _extract(
        "MORONI, 5 July 2025 - President Jon Tari received Mr. Rui Costa, Secretary General of the Indian Ocean "
        "Commission, and Ms. Rosa Vela, President of the ECCAS Commission.\n"
    )
    assert ("rui-costa", "Secretary General", "Indian Ocean Commission") in _held(x)


def test_each_envoy_of_a_ceremonys_list_holds_the_post_the_list_is_of() -> None:
    # "four new ambassadors: X of A, Y of B": each an ambassador of their state; a list of
    # high commissioners holds that post
    x = _extract(
        "Lima, May 4 - President Rosa Vela received the letters of credence of three new ambassadors on "
        "Thursday: Kenji Sato of Japan, Marta Nowak of Poland and Ola Berg of Norway.\n"
    )
    assert {("kenji-sato", "Ambassador", "Japan"), ("marta-nowak", "Ambassador", "Poland")} <= _held(x)
    assert ("ola-berg", "Ambassador", "Norway") in _held(x)
    y = _extract(
        "Suva, May 4 - President Rosa Vela received the credentials of two new high commissioners on "
        "Thursday. The envoys are Tom Reid of Australia and Jon Tari of Ghana.\n"
    )
    assert ("tom-reid", "High Commissioner", "Australia") in _held(y)


def test_a_name_that_holds_a_known_leaders_short_name_but_ends_apart_is_someone_else() -> None:
    # the Vice President of Equatorial Guinea is not its President, though "Teodoro Obiang" (the
    # President's short name) is in both names, in order
    x = _extract(
        "Malabo, 12 October 2025 - President Teodoro Obiang Nguema Mbasogo received messages on the national "
        "day. On Monday, the Vice President of the Republic, Teodoro Nguema Obiang Mangue, received the "
        "Ambassador of Spain, Rui Costa.\n"
    )
    assert ("teodoro-nguema-obiang-mangue", "Vice President of the Republic", "Equatorial Guinea") in _held(x)


def test_the_subjects_counterpart_is_the_counterpart_of_whom_the_subject_met() -> None:
    # the Rwandan envoy's "his Rwandan counterpart" is not the envoy himself, but the Rwandan
    # peer of the president who received him: the letter is that president's
    x = _extract(
        "Bangui, 18 March 2025 - President Tom Reid of the Central African Republic on Tuesday received Rui "
        "Costa, Minister of Foreign Affairs of Rwanda. The Rwandan envoy conveyed greetings to the Head of "
        "State on behalf of Jon Tari, President of the Republic of Rwanda, and handed over to him a letter "
        "from his Rwandan counterpart.\n"
    )
    assert ("rui-costa", "President", "Rwanda") not in _held(x)
    assert [c.senders[0].label for c in x.communications if c.kind == "letter"] == ["Jon Tari"]


def test_credentials_presented_as_a_post_and_ambassador_as_a_rank() -> None:
    """ "Ambassador X presented his credentials as Permanent Representative of A to the body": X
    holds that post; "Ambassador" of no state, said of one who holds another post, is a rank, not
    an ambassadorship of the dateline's state, and "the Ambassador" is still the one named so."""
    x = _extract(
        "Lisbon, 17 April 2024 - The Executive Secretary of the Community of Portuguese Language Countries, "
        "Ambassador Tom Reid, welcomed a new Permanent Representative on Tuesday.\n\n"
        "Ambassador Jon Tari presented his credentials as Permanent Representative of the Republic of Angola to "
        "the Community. Ambassador Tari thanked the Executive Secretary for the welcome. The Ambassador extended an "
        "invitation to the Executive Secretary to visit Angola."
    )
    assert [agent for _, agent in _agents(x, "invite")] == ["Jon Tari"]  # "the Ambassador" is still the one so named
    held = _held(x)
    assert ("jon-tari", "Permanent Representative", "Angola") in held
    assert not any(title == "Ambassador" for _, title, _ in held), held


def test_a_name_with_a_generations_suffix_after_a_comma_is_one_person() -> None:
    """ "Jon Rui Tari, Sr." and then "President Tari", or the name without its suffix: one person."""
    x = _extract(
        "MONROVIA, 19 October 2024 - President Jon Rui Tari, Sr. received Ambassador Tom Reid of Japan. "
        "President Tari thanked the envoy, and Jon Rui Tari said the talks were useful."
    )
    assert _people(x) == {"Jon Rui Tari, Sr.", "Tom Reid"}


def test_a_father_and_a_son_of_one_name_are_two_people() -> None:
    """ "Jon Tari Sr." and "Jon Tari Jr.": the suffixes say two generations, so two people."""
    x = _extract(
        "MANILA, 19 October 2024 - President Jon Tari Jr. received Ambassador Tom Reid of Japan at the museum "
        "named after his father, former President Jon Tari Sr., and thanked the envoy."
    )
    assert {"Jon Tari Jr.", "Jon Tari Sr."} <= _people(x), _people(x)


def test_a_counterpart_holds_the_office_not_the_style_after_it() -> None:
    """ "The Prime Minister, Head of Government, X ... his counterpart Y": Y is Prime Minister of
    Y's state; "Deputy Prime Minister and Foreign Minister Z ... his counterpart W": W is Foreign
    Minister, the portfolio, as before."""
    x = _extract(
        "The Prime Minister, Head of Government, Tom Reid, sent a message to his Malian counterpart, "
        "General Jon Tari, on Monday.\n\n"
        "Deputy Prime Minister and Foreign Minister Ana Lima met her Peruvian counterpart Rui Costa on Tuesday.\n"
    )
    held = _held(x)
    assert ("jon-tari", "Prime Minister", "Mali") in held
    assert ("jon-tari", "Head of Government", "Mali") not in held
    assert ("rui-costa", "Foreign Minister", "Peru") in held


def test_the_ambassador_of_a_state_is_the_one_of_that_rank_and_state() -> None:
    """ "The Brazilian Ambassador" after "Ambassador X presented her credentials as Permanent
    Representative of Brazil": X, whose rank it is, not Brazil itself."""
    x = _extract(
        "Lisbon, 16 April 2024 - In the afternoon, Ambassador Ana Lima presented her credentials as Permanent "
        "Representative of Brazil to the Organisation. The Brazilian Ambassador thanked the Executive Secretary, "
        "Tom Reid, for the warm welcome extended to her.\n"
    )
    assert _agents(x, "thank") == [("thank", "Ana Lima")]


def test_a_demonym_two_states_share_is_of_the_one_the_report_names() -> None:
    """ "his Congolese counterpart": of the Republic of the Congo where the report names its
    president, of the DRC where it names the DRC's; "Gabon and Congo" are two states."""
    brazzaville = _extract_on(
        "2025-07-15",
        "Foreign Minister Jon Tari of Gabon met his Congolese counterpart, Rui Costa, in Libreville on "
        "Tuesday, in the presence of President Denis Sassou Nguesso. Tari said Gabon and Congo enjoyed "
        "historic ties of brotherhood.",
    )
    assert ("rui-costa", "Foreign Minister", "Republic of the Congo") in _held(brazzaville)
    parties = [sorted(e.label for e in r.parties) for r in brazzaville.relations]
    assert parties == [["Gabon", "Republic of the Congo"]]
    kinshasa = _extract_on(
        "2025-07-15",
        "Foreign Minister Jon Tari of Gabon met his Congolese counterpart, Rui Costa, in Libreville on "
        "Tuesday, before both were received by President Félix Tshisekedi.",
    )
    assert ("rui-costa", "Foreign Minister", "Democratic Republic of the Congo") in _held(kinshasa)


def test_an_embassy_or_a_delegation_after_a_post_is_no_one_named() -> None:
    """ "the chargé d'affaires of the United States Embassy, X": X, not a person called "Embassy"."""
    x = _extract(
        "Prime Minister Ana Lima received on Wednesday the chargé d'affaires of the United States Embassy, Jon Tari, "
        "and the Head of the Delegation of the European Union, Rui Costa.\n"
    )
    assert not {"Embassy", "Delegation"} & _people(x)
    met = {r.label for c in x.communications for r in c.recipients}
    assert "Jon Tari" in met


def test_a_post_said_short_after_it_was_given_in_full_is_one_post() -> None:
    """ "Speaker Reid" after "Speaker of the National Assembly of Ghana Tom Reid": the post said
    short, and the report gives him one post; the guest's keeps its own."""
    x = _extract(
        "Speaker of the National Assembly of Ghana Tom Reid held talks on Monday in Accra with Ana Lima, "
        "Speaker of the Parliament of Portugal. Speaker Reid said the two parliaments would work together.\n"
    )
    held = {(slug, title) for slug, title, _ in _held(x)}
    assert ("tom-reid", "Speaker of the National Assembly") in held
    assert ("tom-reid", "Speaker") not in held
    assert ("ana-lima", "Speaker of the Parliament") in held


def test_a_title_a_participle_opens_on_is_not_the_post_of_the_subject_after_it() -> None:
    """ "Welcoming the Ghanaian Speaker, Shri X said ...": X welcomed the Speaker, and is none."""
    x = _extract(
        "Speaker of the Lok Sabha Jon Tari held talks on Tuesday with Tom Reid, Speaker of the Parliament of Ghana. "
        "Welcoming the Ghanaian Speaker, Shri Tari said that the two parliaments share democratic values.\n"
    )
    assert ("jon-tari", "Speaker", "Ghana") not in _held(x)
    assert ("tom-reid", "Speaker of the Parliament", "Ghana") in _held(x)


def test_a_full_name_met_before_a_titled_surname_is_whom_the_surname_stands_for() -> None:
    """ "Professor Tom Reid" with no post the reader takes, then "Chief Adviser Reid": one person,
    not a second one called "Reid"."""
    x = _extract(
        "Accra, April 13: Chief Adviser of Ghana's interim government, Professor Tom Reid, telephoned "
        "Prime Minister Ana Lima of Portugal on Sunday. Chief Adviser Reid wished the people of Portugal peace.\n"
    )
    assert _agents(x, "wish") == [("wish", "Tom Reid")]
    assert "Reid" not in _people(x)


def test_a_post_named_again_by_its_bare_title_is_the_post_stated() -> None:
    """ "The Secretary-General" of an organisation named again after a state is named: the post
    the report stated, not a second one of that state."""
    x = _extract(
        "Jeddah - The Secretary-General of the Organisation of Islamic Cooperation, Mr. Tom Reid, received "
        "on Tuesday the Foreign Minister of Chile, Ana Lima, who is on a working visit to the Kingdom of "
        "Saudi Arabia.\n\nThe Secretary-General commended Chile's support for the Organisation's work."
    )
    held = {h for h in _held(x) if h[0] == "tom-reid"}
    assert held == {("tom-reid", "Secretary-General", "Organisation of Islamic Cooperation")}, held


def test_a_former_post_with_its_portfolio_is_no_post() -> None:
    """ "X, a former Undersecretary for Foreign Affairs of Mexico": a post of the past, whatever
    the pattern that reads a portfolio after the title."""
    x = _extract(
        "President Ana Lima received Ambassador Tom Reid of Mexico on Monday. Ambassador Reid, a former "
        "Undersecretary for Foreign Affairs of Mexico, said that Mexico supports the agreement."
    )
    assert {h for h in _held(x) if h[0] == "tom-reid"} == {("tom-reid", "Ambassador", "Mexico")}


def test_a_post_the_person_previously_served_in_is_no_post() -> None:
    """ "X, who previously served as Chile's Deputy Minister of Foreign Affairs, ...": a past post."""
    x = _extract(
        "Foreign Minister Tom Reid received Chile's Ambassador, Ana Lima, on Monday. Lima, who previously "
        "served as Chile's Deputy Minister of Foreign Affairs, thanked Reid for his support."
    )
    assert {h for h in _held(x) if h[0] == "ana-lima"} == {("ana-lima", "Ambassador", "Chile")}


def test_a_state_s_title_is_not_given_to_a_leader_the_reference_data_places_in_another_state() -> None:
    """ "President Rumen Radev" is of no state the text gives, but the reference data knows he
    led Bulgaria that day: "President of the Republic of Poland" later is not his post, though he
    is the one "President" of no stated state in the report."""
    x = _extract_on(
        "2025-08-06",
        "President Rumen Radev sent a letter to Karol Nawrocki on his taking office as President of the "
        "Republic of Poland.\n\n"
        '"I remember well my talks with Andrzej Duda," the letter says.',
    )
    held = _held(x)
    assert ("rumen-radev", "President", "Poland") not in held
    assert ("rumen-radev", "President", "Bulgaria") in held
