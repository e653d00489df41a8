"""Contacts told around their parties: talks before a joint signing, a delegation's members, a
leader and his wife, counterparts named after them, the meetings of a summit's sidelines, the
envoys of a credentials ceremony, a letter that recalls, a call at a leader's request (reports
of our own words)."""

from __future__ import annotations

from diplograph.read.extract import for_parser
from diplograph.read.text import parse_report
from tests.test_grammar_acts import HEAD
from tests.test_grammar_acts import _acts as _extract_acts
from tests.test_grammar_communications import _extract, _read


def test_talks_lasting_hours_before_a_joint_signing_are_talks_of_the_two() -> None:
    found = _read(
        "After talks lasting almost two hours, Prime Minister Tom Reid of Kenya and his Brazilian counterpart "
        "Ana Lima signed a joint declaration."
    )
    assert ("talks", ["Tom Reid"], ["Ana Lima"]) in found


def test_a_delegation_made_up_of_named_members_meets_each() -> None:
    found = _read(
        "Official talks were held on Tuesday between President Tom Reid of Kenya and a delegation of the Federal "
        "Council of Switzerland made up of Ana Lima, Rui Costa and Ines Moreau."
    )
    assert ("talks", ["Tom Reid"], ["Ana Lima", "Rui Costa", "Ines Moreau"]) in found


def test_who_after_a_leader_and_his_wife_is_the_leader() -> None:
    found = _read(
        "President Ana Lima of Brazil welcomed the President of Kenya, Tom Reid, and his wife Ines Moreau, who "
        "arrived in Brasilia that morning for a two-day state visit."
    )
    assert ("visit", ["Tom Reid"], ["Brazil"]) in found
    assert not any("Ines Moreau" in senders for _, senders, _ in found)


def test_greetings_from_counterparts_named_after_them_are_each_ones() -> None:
    found = _read(
        "Foreign Minister Tom Reid of Kenya received greetings from his Brazilian and French counterparts, "
        "Ana Lima and Ines Moreau."
    )
    assert ("message", ["Ana Lima"], ["Tom Reid"]) in found
    assert ("message", ["Ines Moreau"], ["Tom Reid"]) in found


def test_his_meeting_with_the_one_who_speaks_is_the_other_sides() -> None:
    found = _read(
        "President Tom Reid of Kenya held bilateral meetings on the sidelines of the summit. In his meeting with "
        "President Ana Lima of Brazil, the Brazilian leader commended President Reid for his leadership."
    )
    assert ("meeting", ["Tom Reid"], ["Ana Lima"]) in found


def test_the_meetings_of_a_summit_host_each_told_by_the_meeting_with() -> None:
    found = _read(
        "President Tom Reid of Kenya hosted the summit in Mombasa. On its sidelines he held bilateral meetings. "
        "During the meeting with President Ana Lima of Brazil, the Kenyan leader highly appreciated Brazil's "
        "contribution to the railway. At the meeting with President Rui Costa of Senegal, the two presidents "
        "signed a joint statement. During the meeting with President Ines Moreau of France, the head of Kenya "
        "congratulated his French counterpart on the national day."
    )
    assert ("meeting", ["Tom Reid"], ["Ana Lima"]) in found
    assert ("meeting", ["Tom Reid"], ["Rui Costa"]) in found
    assert ("meeting", ["Tom Reid"], ["Ines Moreau"]) in found


def test_an_ambassador_named_without_a_state_is_the_envoy_of_the_one_state_the_paragraph_names() -> None:
    found = _read(
        "President Tom Reid of Kenya received the credentials of newly appointed ambassadors of Brazil, France "
        "and Senegal on Monday.\n\n"
        "Turning to Brazil, the President praised its role in the region. Ambassador Ana Lima was told that "
        "Kenya values its ties with Brazil.\n\n"
        "Reid described France as a key partner. He asked Ambassador Ines Moreau to convey his greetings to "
        "the French President."
    )
    meetings = [r for k, _, rs in found if k == "meeting" for r in rs]
    assert "Ana Lima" in meetings and "Ines Moreau" in meetings
    assert "Brazil" not in meetings and "France" not in meetings


def test_the_bare_title_is_the_untitled_protagonist_who_held_it_not_the_one_thanked() -> None:
    found = _extract_acts(
        "Keir Starmer hosted the Norwegian prime minister, Jonas Gahr Store, at Chequers on Tuesday. "
        "Starmer congratulated Store on his re-election. "
        "The prime minister thanked Store for Norway's decision to buy British frigates."
    )
    assert ("thank", "Keir Starmer", "Jonas Gahr Støre") in found


def test_a_letter_in_which_its_writer_recalled_something_is_news_not_recalled() -> None:
    found = _read(
        "In a letter to Secretary-General Ana Lima, President Tom Reid of Austria recalled that membership "
        "opened the door to the world."
    )
    assert ("letter", ["Tom Reid"], ["Ana Lima"]) in found
    assert _read("President Tom Reid of Austria recalled his meeting with President Ana Lima of Brazil in May.") == []


def test_a_call_at_the_request_of_the_leader_of_a_state_is_that_leaders() -> None:
    found = _read(
        "President Ana Lima of Brazil held a telephone conversation with the Prime Minister of Canada, Tom Reid, "
        "at the Canadian leader's request."
    )
    assert ("phone_call", ["Tom Reid"], ["Ana Lima"]) in found


def test_a_host_whose_guest_arrived_in_a_named_place_meets_the_guest() -> None:
    """ "X hosted Y, who arrived in Lima ... for a visit": the meeting, and the visit beside it
    (the place the guest arrived in names where X hosted Y)."""
    found = _read(
        "Foreign Minister Tom Reid of Peru on Tuesday hosted his Chilean counterpart, Ana Lima, who arrived in "
        "Lima on Monday for a two-day working visit."
    )
    assert ("meeting", ["Tom Reid"], ["Ana Lima"]) in found
    assert ("visit", ["Ana Lima"], ["Peru"]) in found


def test_an_agencys_dateline_set_close_to_the_first_word_still_ends() -> None:
    """ "DILI, 3 May 2025 (TATOLI)—The President ...": the dash set close after the agency's
    name ends the dateline, and the parser reads it apart from "The"."""
    src = parse_report("case", HEAD + "DILI, 3 May 2025 (TATOLI)—The President of the Republic, Tom Reid, wrote.\n")
    text, starts = for_parser(src)
    at = src.norm.index("The President")
    assert at in starts
    assert text[at - 1] == " " and len(text) == len(src.norm)


def test_a_contact_on_a_weekday_is_news_whatever_month_its_subject_dates() -> None:
    """ "received on Wednesday a letter ... on the help given during the floods in March": this
    week's letter (the month dates the floods), not one recalled."""
    found = _read(
        "President Tom Reid of Peru on Wednesday received a letter from President Ana Lima of Chile on Peru's "
        "help during the floods in Valparaiso in March."
    )
    assert ("letter", ["Ana Lima"], ["Tom Reid"]) in found
    assert _read("President Tom Reid of Peru received a letter from President Ana Lima of Chile in March.") == []


def test_senders_and_their_counterparts_pair_in_turn() -> None:
    """ "A and B sent messages to their Peruvian counterparts, X and Y": A to X, B to Y."""
    found = _read(
        "Prime Minister Tom Reid and Speaker Jon Tari of Chile sent congratulatory messages to their Peruvian "
        "counterparts, Ana Lima and Rui Costa."
    )
    assert ("message", ["Tom Reid"], ["Ana Lima"]) in found
    assert ("message", ["Jon Tari"], ["Rui Costa"]) in found
    assert ("message", ["Tom Reid"], ["Rui Costa"]) not in found


def test_talks_with_one_and_with_another_are_with_both() -> None:
    """ "held talks with X and with Y": the second "with", however the parser hangs it, names a
    party too; not a "with" of another verb ("and with Bolivia he signed ...")."""
    found = _read(
        "On Monday, Foreign Minister Rui Costa of Peru held talks with Prime Minister Tom Reid of Chile and with "
        "Deputy Prime Minister and Minister of Foreign Affairs Ana Lima of Chile."
    )
    assert ("talks", ["Rui Costa"], ["Tom Reid", "Ana Lima"]) in found
    found = _read(
        "Foreign Minister Rui Costa of Peru held talks with President Tom Reid of Chile on trade, and with Bolivia "
        "he signed an accord."
    )
    assert ("talks", ["Rui Costa"], ["Tom Reid"]) in found


def test_a_message_whose_writer_stands_after_its_addressee_and_a_comma() -> None:
    """ "In his message to the Secretary General, X, Prime Minister of A, congratulated him": X
    wrote to the Secretary General named before; X is no Secretary General."""
    x = _extract(
        "The Secretary General of the Pacific Islands Forum, Mia Soto, has received messages on the Forum's "
        "anniversary.\n\nIn his message to the Secretary General, H.E. Professor Tom Reid, Prime Minister of "
        "Fiji, congratulated her on the milestone."
    )
    sent = [(c.kind, [e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert sent == [("message", ["Tom Reid"], ["Mia Soto"])]
    congratulations = [(a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
    assert ("Tom Reid", "Mia Soto") in congratulations
    assert not any(p.title == "Secretary General" and x.people[p.person].label == "Tom Reid" for p in x.posts)


def test_a_cable_sent_on_the_senders_own_behalf_is_the_senders() -> None:
    """ "sent a cable to Y, on his own behalf and on behalf of the members": X's cable, not one
    passed on for someone else; "Counselor", a judge's style, is no part of X's name."""
    found = _read(
        "Counselor Dr. Tom Reid, Speaker of the House of Representatives of Peru, sent a cable of congratulations "
        "to Speaker Ana Lima of Chile, on his own behalf and on behalf of the members of the House."
    )
    assert found == [("telegram", ["Tom Reid"], ["Ana Lima"])]
