"""Acts a messenger passes on for someone else: the greetings, wishes and invitations an envoy
conveys are the sender's, to whom the envoy spoke (sentences of our own)."""

from __future__ import annotations

from diplograph.read.extract import extract
from diplograph.read.facts import Act, Extraction
from diplograph.read.text import parse_report

HEAD = "url: composed\ndate: 2025-06-02\n\n"


def _extract(text: str) -> Extraction:
    return extract(parse_report("case", HEAD + text + "\n"))


def _acts(x: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    return [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]


def _one(x: Extraction, act: str) -> Act:
    found = [a for a in x.acts if a.act == act]
    assert len(found) == 1, _acts(x)
    return found[0]


def test_wishes_after_the_greetings_of_another_are_that_ones() -> None:
    x = _extract(
        "LISBON - President Ana Lima received Ambassador Tom Reid of Ghana on Monday. The ambassador conveyed "
        "the greetings of President Jon Tari to President Lima, along with his wishes of continued progress "
        "and prosperity for the Portuguese people."
    )
    wish = _one(x, "wish")
    assert (wish.agent.label, wish.addressee and wish.addressee.label) == ("Jon Tari", "Portugal")
    assert wish.messenger is not None and wish.messenger.label == "Tom Reid"
    assert wish.topic is not None and wish.topic.startswith("continued progress and prosperity")


def test_wishes_passed_on_by_name_go_to_whom_the_messenger_met() -> None:
    x = _extract(
        "LISBON - President Ana Lima received Ambassador Tom Reid of Ghana on Monday. Reid passed on President "
        "Jon Tari's wishes of success for the new term of the Portuguese head of state."
    )
    wish = _one(x, "wish")
    assert (wish.agent.label, wish.addressee and wish.addressee.label) == ("Jon Tari", "Ana Lima")


def test_an_invitation_passed_on_names_its_invitee_and_what_it_invites_to() -> None:
    x = _extract(
        "LISBON - President Ana Lima received Foreign Minister Tom Reid of Ghana on Monday. Reid conveyed the "
        "greetings of King Jon Tari to her and delivered the king's invitation for her to visit Accra."
    )
    invite = _one(x, "invite")
    assert (invite.agent.label, invite.addressee and invite.addressee.label) == ("Jon Tari", "Ana Lima")
    assert invite.topic == "visit Accra"


def test_wishes_that_name_only_whose_they_are_wish_nothing() -> None:
    x = _extract(
        "LISBON - President Ana Lima received Ambassador Tom Reid of Ghana on Monday. The ambassador, who "
        "conveyed the good wishes of President Jon Tari, described the port of Tema as vital and thanked the "
        "Portuguese side for its help."
    )
    assert not [a for a in x.acts if a.act == "wish"], _acts(x)
    thank = _one(x, "thank")
    assert thank.agent.label == "Tom Reid"  # the messenger's own words, not the sender's


def test_the_one_who_asks_a_guest_to_pass_on_wishes_wishes_whom_they_go_to() -> None:
    x = _extract(
        "LISBON - President Ana Lima received Foreign Minister Tom Reid of Ghana on Monday. Lima asked her guest "
        "to convey her greetings to President Jon Tari, together with her best wishes for the success of the "
        "coming summit."
    )
    wish = _one(x, "wish")
    assert (wish.agent.label, wish.addressee and wish.addressee.label) == ("Ana Lima", "Jon Tari")


def test_congratulations_passed_on_at_an_audience_are_no_message_of_their_own() -> None:
    x = _extract(
        "LISBON - President Ana Lima has received messages of congratulations on her re-election from leaders "
        "around the world. President Rui Costa of Brazil sent her a message on Sunday. Also on Monday, "
        "President Lima received the Ambassador of Ghana, who conveyed to her the congratulations of President "
        "Jon Tari on her re-election."
    )
    congrats = [a for a in x.acts if a.act == "congratulate" and a.agent.label == "Jon Tari"]
    assert [a.addressee and a.addressee.label for a in congrats] == ["Ana Lima"], _acts(x)
    assert not [c for c in x.communications if "Jon Tari" in [e.label for e in c.senders]]


def test_an_invitation_a_messenger_is_asked_to_convey_goes_to_whom_it_names_first() -> None:
    """ "asked the ambassador to convey to Prime Minister Y his invitation to visit ...": the
    asker's invitation, to Y, however the parser hung the noun."""
    for text in (
        "President Tom Reid received Ambassador Rui Costa of Japan. Reid asked the ambassador to convey to "
        "Prime Minister Ana Lima his invitation to visit Estonia.",
        "President Tom Reid received Ambassador Rui Costa of Japan. Reid asked the ambassador to convey his "
        "invitation to visit Estonia to Prime Minister Ana Lima.",
    ):
        act = _one(_extract(text), "invite")
        assert (act.agent.label, act.addressee.label if act.addressee else None) == ("Tom Reid", "Ana Lima")
