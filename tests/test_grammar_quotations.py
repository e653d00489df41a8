"""Quotations in single marks, headlines that quote the body again, titles in quotation marks,
and the contacts such reports tell around them (reports of our own words)."""

from __future__ import annotations

from tests.test_grammar_communications import _extract, _read


def _quotes(text: str) -> list[tuple[str | None, str]]:
    x = _extract(text + "\n")
    return [(q.speaker.label if q.speaker else None, q.text) for q in x.quotes]


def test_single_quotation_marks_quote_and_an_apostrophe_does_not() -> None:
    found = _quotes(
        "Reid in Brasilia: 'Kenya and Brazil share the same hopes'\n\n"
        "President Tom Reid of Kenya met President Ana Lima of Brazil on Monday. 'Kenya and Brazil share the "
        "same hopes for the world's poorest countries,' Reid said. Lima called the two countries' ties "
        "'a partnership that will only grow stronger with time'."
    )
    assert ("Tom Reid", "Kenya and Brazil share the same hopes for the world's poorest countries") in found
    assert ("Ana Lima", "a partnership that will only grow stronger with time") in found
    # the headline's words are the body's again: one quotation, the fuller
    assert [t for _, t in found].count("Kenya and Brazil share the same hopes") == 0


def test_a_title_in_quotation_marks_is_no_ones_words() -> None:
    found = _quotes(
        "President Tom Reid of Kenya met the new ambassadors, the presidency said in a statement titled "
        '"Kenya welcomes the envoys of six friendly nations".'
    )
    assert found == []


def test_naming_with_quoted_words_is_no_call() -> None:
    found = _read(
        "President Tom Reid of Kenya received President Ana Lima of Brazil on Monday. Reid thanked Brazil for "
        'its help. He called the two countries "natural allies who think alike on almost everything that matters".'
    )
    assert [kind for kind, _, _ in found] == ["meeting"]


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
