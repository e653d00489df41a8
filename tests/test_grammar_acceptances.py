"""Invitations and their acceptance, and condolences told with "condole with" (sentences of
our own): who invited, whom an acceptance answers, who condoles when the parser misreads."""

from __future__ import annotations

from tests.test_grammar_acts import _acts


def test_an_invitation_extended_by_someone_is_theirs_and_the_acceptance_answers_them() -> None:
    found = _acts(
        "Prime Minister Jon Tari of Georgia has accepted an invitation to visit Budapest, extended by his "
        "Hungarian counterpart Rui Matos and handed over by Foreign Minister Eli Roko of Hungary."
    )
    assert ("invite", "Rui Matos", "Jon Tari") in found
    assert ("agree", "Jon Tari", "Rui Matos") in found
    assert not any(a == "invite" and who == "Eli Roko" for a, who, _ in found)  # the messenger invites no one


def test_accepted_it_after_thanks_for_the_invitation_answers_whom_was_thanked() -> None:
    found = _acts(
        "President Tom Reid of Kenya received Foreign Minister Ines Moreau of France, who conveyed greetings "
        "from President Ana Lima of France. Tom Reid thanked Ana Lima for the invitation and accepted it."
    )
    assert ("thank", "Tom Reid", "Ana Lima") in found
    assert ("agree", "Tom Reid", "Ana Lima") in found


def test_condoled_with_the_people_of_a_state_is_a_condolence_to_that_state() -> None:
    found = _acts(
        "President Tom Reid of Kenya received President Rui Costa of Senegal. Rui Costa praised Kenya's role "
        "in the region and condoled with the government and people of Kenya over the floods."
    )
    assert ("praise", "Rui Costa", "Kenya") in found
    assert ("condole", "Rui Costa", "Kenya") in found


def test_to_condole_read_as_a_noun_is_still_the_callers_act() -> None:
    found = _acts(
        "President Tom Reid of Kenya telephoned President Ana Lima of Brazil on Friday to condole with the "
        "government and people of Brazil."
    )
    assert ("condole", "Tom Reid", "Brazil") in found
