"""Who visits whom, and who called whom (sentences of our own)."""

from __future__ import annotations

from diplograph.read.extract import extract
from diplograph.read.text import parse_report

HEAD = "url: composed\ndate: 2025-11-18\n\n"


def _visits(text: str) -> list[tuple[list[str], list[str]]]:
    x = extract(parse_report("case", HEAD + text + "\n"))
    return [
        ([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications if c.kind == "visit"
    ]


def test_guests_welcomed_by_a_host_visit_in_the_order_named() -> None:
    """The parser splits "Willem-Alexander" and may take "Willem" for a subject of its own: the
    host is who welcomed them ("by Y"), the visitor the first of the guests named."""
    found = _visits(
        "King Willem-Alexander and Queen Máxima were formally welcomed in Hanoi on Tuesday by Vietnamese "
        "President Luong Cuong, at the start of a state visit to Vietnam. The couple had landed the night before."
    )
    assert found == [(["Willem-Alexander"], ["Vietnam"])]


def test_a_call_whose_other_party_hangs_on_the_medium() -> None:
    """ "had already spoken by telephone with Y": the parser reads "by telephone" as an agent and
    hangs "with Y" on it; Y is still the one called."""
    x = extract(
        parse_report(
            "case",
            HEAD + "BERLIN - President Tom Reid of Germany sent a letter to President Ana Lima of Greece on "
            "Thursday.\n\nPresident Reid had already spoken by telephone with President Lima on Wednesday "
            "evening.\n",
        )
    )
    calls = [
        ([e.label for e in c.senders], [e.label for e in c.recipients])
        for c in x.communications
        if c.kind == "phone_call"
    ]
    assert calls == [(["Tom Reid"], ["Ana Lima"])]


def test_a_call_carried_by_a_relative_clause_is_its_subjects_to_the_one_after_to() -> None:
    """ "In a phone call he made to X, His Majesty congratulated him": the clause's verb carries
    the call, from its subject to the one after "to"."""
    x = extract(
        parse_report(
            "case",
            HEAD + "AMMAN - His Majesty King Tom Reid on Thursday received a phone call from President Ana Lima."
            "\n\nIn a phone call he made to UAE President Sheikh Mohamed bin Zayed Al Nahyan, His Majesty "
            "congratulated him on Eid al-Fitr.\n",
        )
    )
    calls = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert calls == [(["Ana Lima"], ["Tom Reid"]), (["Tom Reid"], ["Mohamed bin Zayed Al Nahyan"])]


def test_an_intention_to_visit_is_no_visit() -> None:
    found = _visits(
        "Prime Minister Tom Reid of Grenada received Ambassador Jon Tari of Morocco. He also indicated his "
        "intention to undertake an official visit to the Kingdom of Morocco later this year."
    )
    assert found == []


def test_a_guest_received_in_audience_after_a_time_and_a_place() -> None:
    x = extract(
        parse_report(
            "case",
            HEAD + "BUJUMBURA, 19 February 2025 - His Excellency Tom Reid, President of the Republic of Burundi, "
            "received in audience on Tuesday 18 February 2025, at the State House in Bujumbura, Her Excellency "
            "Rosa Vela, Minister of Foreign Affairs of Chile.\n",
        )
    )
    met = [(c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications]
    assert met == [("meeting", "Tom Reid", "Rosa Vela")]


def test_a_letter_handed_over_by_a_messenger_of_whom_a_clause_tells() -> None:
    x = extract(
        parse_report(
            "case",
            HEAD + "PALIKIR, 14 January 2026 - Ambassador Jon Okubo, who arrived on Monday, conveyed to "
            "President Tom Reid a letter from Rosa Vela, Prime Minister of Japan.\n",
        )
    )
    letters = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"]
    assert letters == [("Rosa Vela", "Tom Reid")]


def test_a_call_in_a_sentence_the_parser_finds_no_verb_for() -> None:
    """ "The President of the Republic, X, telephoned on Friday his counterpart, Y, to
    congratulate him": the parser reads the sentence as a noun phrase, "telephoned" a participle
    of "President" and the counterpart an apposition of "Friday"; X called Y, and congratulates Y."""
    x = extract(
        parse_report(
            "case",
            HEAD + "Praia, 05 Apr 25 (ANG) – The President of the Republic, Rosa Vela, telephoned on Friday his "
            "Senegalese counterpart, Ana Lima, to congratulate him on the 65th anniversary of the independence of "
            "Senegal.\n",
        )
    )
    calls = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert calls == [(["Rosa Vela"], ["Ana Lima"])]
    acts = [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
    assert acts == [("congratulate", "Rosa Vela", "Ana Lima")]


def test_credentials_received_from_an_envoy_hung_on_the_verb() -> None:
    """ "received Letters of Credence from X": the parser hangs "from X" on the verb when the
    letters are capitalised; X presented them, and met the one who received them. Unnamed
    envoys in the plural ("from four new ambassadors") are still named later, not here."""
    x = extract(
        parse_report(
            "case",
            HEAD + "The Executive Secretary of the Indian Ocean Commission, Tom Reid, received Letters of "
            "Credence from Jon Tari, Ambassador of Japan.\n",
        )
    )
    met = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert met == [(["Tom Reid"], ["Jon Tari"])]


def test_a_call_the_parser_hangs_on_the_callers_name_before_another_verb() -> None:
    """The same misreading where the parser finds a verb later on ("..., celebrated on 4 April,
    according to a note"): "telephoned" still hangs on the caller's name, its object on the day."""
    x = extract(
        parse_report(
            "case",
            HEAD + "Bissau, 05 Apr 25 (ANG) – The President of the Republic, Rosa Vela, telephoned on Friday his "
            "Senegalese counterpart, Ana Lima, to congratulate him on the 65th anniversary of the independence of "
            "Senegal, celebrated on 4 April, according to a note from the Presidency of the Republic sent to ANG.\n",
        )
    )
    calls = [(c.kind, [e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert calls == [("phone_call", ["Rosa Vela"], ["Ana Lima"])]
    acts = [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
    assert acts == [("congratulate", "Rosa Vela", "Ana Lima")]


def test_a_participle_before_the_passive_it_hangs_on_is_the_visitors() -> None:
    """ "Arriving in X for a state visit to Y, Z was welcomed by W": Z arrives. The parser may
    hang the participle on the verb or take it for a second subject beside Z; either way Z is
    the visitor."""
    for opening in ("Arriving in Windhoek", "ARRIVING at Hosea Kutako International Airport"):
        found = _visits(
            f"{opening} on Monday morning for his first state visit to Namibia, Botswana president Tom Reid "
            "was welcomed on the tarmac by president Ana Lima."
        )
        assert found == [(["Tom Reid"], ["Namibia"])], opening


def test_her_visit_after_a_passive_receipt_is_the_guests() -> None:
    """ "X was received by Y, President of B, on the second day of her visit to the country": X
    visits B, though B is named last."""
    text = (
        "The Director General of the IOM, Mia Soto, was received today by Tom Reid, President of Peru, on the "
        "second day of her first official visit to the country."
    )
    assert _visits(text) == [(["Mia Soto"], ["Peru"])]


def test_his_trip_before_the_verb_is_not_the_visit_of_the_one_named_last() -> None:
    """ "On the eve of his trip, X received a call from Y": "his" stands for X, after it."""
    text = (
        "President Tom Reid of Peru later met Prime Minister Rui Costa of Chile. On Monday, on the eve of his "
        "trip, President Ana Lima of Bolivia received a phone call from President Jon Tari of Ecuador."
    )
    assert (["Rui Costa"], ["Peru"]) not in _visits(text)


def _met(text: str) -> list[tuple[list[str], list[str], str | None]]:
    x = extract(parse_report("case", HEAD + text))
    return [
        ([e.label for e in c.senders], [e.label for e in c.recipients], str(c.date) if c.date else None)
        for c in x.communications
    ]


def test_envoys_each_told_alone_after_a_ceremony_present_to_its_host() -> None:
    """Unnamed envoys in the capitalised plural present their credentials to a host; each told
    after in a paragraph of their own presents to that host, not to the body or state the post
    is to ("as Permanent Representative of A to the Organization"), on the ceremony's day."""
    text = (
        "London - Two new Permanent Representatives to the International Maritime Organization presented their "
        "credentials to Secretary-General Tom Reid on Wednesday (12 November).\n\n"
        "H.E. Mr. Jon Tari, High Commissioner of Ghana to the United Kingdom, presented his credentials as "
        "Permanent Representative of Ghana to the International Maritime Organization.\n\n"
        "H.E. Ms. Ana Lima, Ambassador of Norway to the United Kingdom, presented her credentials as Permanent "
        "Representative of Norway. She invited the Secretary-General to Oslo.\n"
    )
    day = "2025-11-12"
    assert _met(text) == [(["Jon Tari"], ["Tom Reid"], day), (["Ana Lima"], ["Tom Reid"], day)]


def test_envoys_told_alone_after_a_host_received_credentials_are_received_by_the_host() -> None:
    """ "X received the credentials of ambassadors ... Then Y presented his credentials": X
    received Y, as X received the first, on that day."""
    text = (
        "ASHGABAT, 12 November. President Tom Reid received the credentials of newly appointed ambassadors of "
        "three countries today.\n\n"
        "First, the Ambassador of Japan Mr. Jon Tari presented his credentials to the Head of State.\n\n"
        "Then the Ambassador of Hungary Mr. Rui Costa presented his credentials. Ties were said to be good.\n"
    )
    day = "2025-11-12"
    assert _met(text) == [(["Tom Reid"], ["Jon Tari"], day), (["Tom Reid"], ["Rui Costa"], day)]


def test_a_visit_the_parser_hangs_on_a_clause_after_it_is_the_guests() -> None:
    """ "was received by Y in the course of an official visit to A two months before the country
    hosts the conference": the parser hangs the visit on "hosts"; X's visit all the same."""
    assert _visits(
        "The Director-General of the Agency, Tom Reid, was received today by the President of Peru, Ana Lima, "
        "in the course of an official visit to Peru two months before the country hosts the summit.\n"
    ) == [(["Tom Reid"], ["Peru"])]


def test_the_bare_title_abroad_is_the_publishing_governments_own_leader() -> None:
    # a government's press page, datelined in the host's capital: "the Prime Minister" is its
    # own prime minister, not the host's one named just before
    text = (
        "Government of Fiji\nPress Release\n\n"
        "Kuala Lumpur, 17 November 2025 - The Prime Minister, Tom Reid, met the Prime Minister of Malaysia, "
        "Jon Tari, on Sunday.\n\n"
        "On Monday, the Prime Minister met the Prime Minister of Japan, Ana Vidal.\n"
    )
    met = [(s, r) for s, r, _ in _met(text)]
    assert (["Tom Reid"], ["Ana Vidal"]) in met
    assert (["Jon Tari"], ["Ana Vidal"]) not in met


def test_a_call_at_the_request_of_a_bodys_side_is_that_sides() -> None:
    # "at the request of the European side": the party who holds a post of the European Council
    text = (
        "Lima, October 2, 2025 - The President of Peru, Tom Reid, held a telephone conversation on Thursday "
        "with the President of the European Council, Jon Tari.\n\n"
        "The call took place at the request of the European side and was devoted to the coming summit.\n"
    )
    calls = [(s, r) for s, r, _ in _met(text)]
    assert calls == [(["Jon Tari"], ["Tom Reid"])]


def test_a_visit_hung_on_the_delegation_its_visitor_heads_is_theirs() -> None:
    # "who arrived in Baku at the head of a delegation on an official visit to A": the parser hangs
    # the visit on the delegation
    assert (["Rui Costa"], ["Azerbaijan"]) in _visits(
        "Baku, 13 May 2025 - Dr. Rui Costa, Director-General of the Organization, who arrived in Baku on Monday "
        "at the head of a high-level delegation on an official visit to the Republic of Azerbaijan, was "
        "received today by Minister Jon Tari."
    )


def test_a_meeting_of_ministers_listed_between_dashes_is_each_of_the_list() -> None:
    """ "The ministers of the Group - X of A, Y of B, Z of C and W of D - met": the parser chains
    the names as appositions and conjuncts of each other in any order, or reads the group and the
    first name as one phrase after "of"; the first minister met each of the others."""
    baltic = (
        "The interior ministers of the Baltic Group \u2013 Tom Reid of Estonia, Jon Tari of Latvia, Rui Costa of "
        "Lithuania and Mia Soto of Finland \u2013 met in Riga on Monday at the invitation of the Latvian "
        "Presidency of the Group."
    )
    northern = (
        "The foreign ministers of the Northern Group \u2013 Radek Sorin of Poland, Jan Lipa of the Czech Republic, "
        "Juraj Blan of Slovakia and P\u00e9ter Szabo of Hungary \u2013 met in Warsaw on Thursday at the invitation "
        "of the Polish Presidency of the Group."
    )
    assert [(s, r) for s, r, _ in _met(baltic)] == [(["Tom Reid"], ["Jon Tari", "Rui Costa", "Mia Soto"])]
    assert [(s, r) for s, r, _ in _met(northern)] == [(["Radek Sorin"], ["Jan Lipa", "Juraj Blan", "P\u00e9ter Szabo"])]


def test_a_dateline_of_an_agencys_name_and_a_dash_dates_this_morning() -> None:
    """ "GIS – 17 November 2025:" is a dateline as "Port Louis, 17 November 2025 –" is: the
    day a meeting "this morning" was held, not the page's date of the day after."""
    found = _met("GIS – 17 November 2025: President Tom Reid received Ambassador Ana Lima of Chile this morning.")
    assert found == [(["Tom Reid"], ["Ana Lima"], "2025-11-17")]


def test_the_envoy_of_a_state_is_the_one_the_text_calls_its_envoy() -> None:
    """ "The Chilean envoy" after "Rui Costa, special envoy of the President of Chile, Ana Lima": Costa,
    not Lima, who is the last Chilean named."""
    found = _met(
        "President Tom Reid received on Monday a delegation led by Rui Costa, Minister of Foreign Affairs, "
        "special envoy of the President of Chile, Ana Lima.\n\n"
        "Later the same day, the Chilean envoy held talks with his Kenyan counterpart, Jon Tari."
    )
    assert (["Rui Costa"], ["Jon Tari"], "2025-11-17") in found
    assert not any("Ana Lima" in senders for senders, _, _ in found)


def test_met_with_someone_during_a_visit_to_a_state_is_a_meeting_with_them() -> None:
    """ "Met with X ... during an official visit to Y": the meeting is with X; the medium's
    phrase ("during a visit to Y") is read only where the verb's own name no one."""
    found = _met(
        "NAIROBI, 17 November 2025 – Tom Reid, Executive Secretary of the Organization, today met with "
        "Ana Lima, Minister of Foreign Affairs of Kenya, during an official visit to Kenya that began on "
        "16 November."
    )
    assert (["Tom Reid"], ["Ana Lima"], "2025-11-17") in found
    assert (["Tom Reid"], ["Kenya"], "2025-11-17") not in found


def test_a_headlines_talks_with_two_told_one_by_one_in_the_body_are_those_meetings() -> None:
    """ "Reid holds talks with Lima and Costa" over a body that tells a dated meeting with each is
    those two meetings, not a third contact with no day; a bilateral meeting is not folded into
    the summit of that day."""
    found = _met(
        "Reid holds talks in Nairobi with Foreign Minister Lima and Secretary-General Costa\n\n"
        "NAIROBI, 17 November 2025 – Tom Reid, Executive Secretary of the Organization, today met with "
        "Ana Lima, Minister of Foreign Affairs of Kenya.\n\n"
        "On Sunday, Reid was received by Rui Costa, Secretary-General of the East African Community.\n\n"
        "Today, Lima met Presidents Jon Tari, Mia Soto and Rosa Vela at the summit. Lima also held a bilateral "
        "meeting with President Tari."
    )
    assert (["Tom Reid"], ["Ana Lima"], "2025-11-17") in found
    assert (["Rui Costa"], ["Tom Reid"], "2025-11-16") in found
    assert not any(date is None and senders == ["Tom Reid"] for senders, _, date in found)
    assert (["Ana Lima"], ["Jon Tari"], None) in found


def test_a_minister_president_receives_as_any_head_of_government() -> None:
    """ "The Minister-President of Bavaria, X, received Y": a post before the name (as "The
    Governor of Texas, X"), so X received Y; without it the parser's reading left no one."""
    text = (
        "The Minister-President of Bavaria, Tom Reid, on Thursday received the Secretary-General of the Benelux "
        "Union, Rui Costa, at the State Chancellery."
    )
    assert _met(text) == [(["Tom Reid"], ["Rui Costa"], "2025-11-13")]


def test_a_contact_folded_into_one_folded_in_turn_goes_to_the_last() -> None:
    """An undated headline's talks with two states, told again by a dated meeting with them that is
    itself told by a meeting with a person of each: one contact, and the act said in the first
    goes with it (not an index into a contact that went)."""
    from datetime import date

    from diplograph.read.facts import Act, Communication, Extraction
    from diplograph.read.folds import fold_states
    from diplograph.read.lexicon import lexicon
    from diplograph.read.resolve import Resolver

    chile, peru = lexicon().states["CL"], lexicon().states["PE"]
    res = Resolver()
    reid, tari, soto = res.person("Tom Reid", None), res.person("Jon Tari", chile), res.person("Mia Soto", peru)
    out = Extraction(parse_report("case", HEAD + "Text."))
    day = date(2025, 11, 17)
    out.communications = [
        Communication("talks", [reid], [chile, peru], None, (0, 1)),
        Communication("meeting", [reid], [chile, peru], day, (2, 3)),
        Communication("meeting", [reid], [tari, soto], day, (4, 5)),
    ]
    out.acts = [Act("thank", reid, chile, "their support", (0, 1), (0, 1), 0)]
    fold_states(out, res)
    assert [(c.kind, c.recipients) for c in out.communications] == [("meeting", [tari, soto])]
    assert out.acts[0].communication == 0


def test_who_received_whom_is_the_bodys_not_the_headlines() -> None:
    """A standfirst's "X later met Y" and the body's "Y received X": one meeting, Y's of X."""
    found = _met(
        "The King receives the Secretary General\n\n"
        "Tom Reid briefed King Jon Tari on the summit and later met the Foreign Minister of Chile, Ana Lima\n\n"
        "SANTIAGO, 17 November 2025 – King Jon Tari received in audience this Monday the Secretary General of the "
        "Organization, Tom Reid.\n\n"
        "The same afternoon, the Minister of Foreign Affairs of Chile, Ana Lima, received Reid at the ministry."
    )
    assert (["Ana Lima"], ["Tom Reid"], "2025-11-17") in found
    assert (["Tom Reid"], ["Ana Lima"], "2025-11-17") not in found


def _dated(text: str, day: str = "2024-09-03") -> list[tuple[str, str, str | None]]:
    x = extract(parse_report("case", f"url: composed\ndate: {day}\n\n{text}\n"))
    return [(c.kind, c.senders[0].label, c.date.isoformat() if c.date else None) for c in x.communications]


def test_a_visit_takes_the_day_of_the_arrival_told_in_its_own_sentence() -> None:
    """The arrival dates the visit, where the sentence that tells the visit names it only after
    the arrival ("arrived in Accra on May 9, beginning an official visit"), "on the evening of"
    a day, or "earlier in the day" of the talks told before it."""
    found = _dated(
        "Accra (GNA) – President Tom Reid of Kenya held talks with President Ana Lima of Ghana in Accra on May 10.\n\n"
        "The Kenyan leader and his wife arrived in Accra on May 9, beginning an official visit to Ghana at the "
        "invitation of President Lima.",
        "2025-05-10",
    )
    assert ("visit", "Tom Reid", "2025-05-09") in found
    found = _dated(
        "Accra, September 3 (GNA). On September 3, President Ana Lima of Ghana held talks with President Tom "
        "Reid of Kenya, who is paying an official visit to Ghana.\n\n"
        "The Kenyan President arrived in Accra on the evening of September 2."
    )
    assert ("visit", "Tom Reid", "2024-09-02") in found
    found = _dated(
        "ACCRA, Sept. 3 (GNA) -- President Ana Lima of Ghana and President Tom Reid of Kenya agreed Tuesday to "
        "widen trade, as the two leaders held talks in Accra.\n\n"
        "Reid arrived in Accra earlier in the day for a state visit."
    )
    assert ("visit", "Tom Reid", "2024-09-03") in found


def test_the_same_day_is_that_of_the_talks_not_of_the_arrival_told_after_them() -> None:
    """ "held talks on May 10 ... arrived on May 9 ... On the same day, X met Y": the talks'
    day, not the arrival's, though the arrival was told last."""
    found = _dated(
        "Accra (GNA) – President Ana Lima of Ghana held talks in Accra on May 10 with President Tom Reid of "
        "Kenya, who is on an official visit to Ghana.\n\n"
        "The Kenyan leader arrived in Accra on May 9.\n\n"
        "On the same day, Reid met with Speaker Jon Tari of the Parliament of Ghana.",
        "2025-05-10",
    )
    assert ("meeting", "Tom Reid", "2025-05-10") in found


def test_a_call_named_in_a_headline_takes_the_day_the_body_gives_it() -> None:
    """A readout's headline (and its page's path) names the call; the body's "spoke today with"
    is that call, and gives it its day (the readout's own)."""
    found = _dated(
        "Home > Press Releases > Secretary Tom Reid's Call with Kenyan Foreign Minister Ana Lima\n\n"
        "Secretary Tom Reid's Call with Kenyan Foreign Minister Ana Lima\n\nREADOUT\nMARCH 12, 2025\n\n"
        "Secretary of State Tom Reid spoke today with Kenyan Foreign Minister Ana Lima. The Secretary thanked "
        "Kenya for its leadership.",
        "2025-03-12",
    )
    assert found == [("phone_call", "Tom Reid", "2025-03-12")]


def test_the_same_day_after_a_dated_dateline_is_the_day_of_the_contact_told_before() -> None:
    """ "Earlier the same day" in a report whose dateline gives the day after the events: the day
    of the meeting told before, not the dateline's; an ordinal dateline ("10th June") dates it."""
    found = _dated(
        "Montevideo, 10th June (AGN) – President Ana Lima received on Tuesday the envoy Tom Reid of Brazil.\n\n"
        "Earlier the same day, Lima spoke by phone with President Jon Tari of Paraguay.",
        "2026-06-10",
    )
    assert ("phone_call", "Ana Lima", "2026-06-09") in found
    found = _dated(
        "ACCRA, 16th December, 2021 (GNA) -- Earlier today, President Ana Lima held a phone call with "
        "President Jon Tari of Togo.",
        "2021-12-17",
    )
    assert found == [("phone_call", "Ana Lima", "2021-12-16")]
