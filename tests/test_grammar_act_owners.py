"""Whose an act is and whom it goes to, where the words around it say: a passive done "by"
someone no party of the report, an object that belongs to "the country" or "the government" of
the one spoken to, an occasion taken from a headline (reports of our own words)."""

from __future__ import annotations

import pytest

from tests.test_grammar_acts import _acts, _extract


def test_a_passive_done_by_no_party_is_no_act_of_the_speaker() -> None:
    """ "which he says was deeply appreciated by the faithful": the parser took "which" for an
    active subject; the "by" phrase still says whose the appreciation was, and it names no party."""
    found = _acts(
        "President Tom Reid of Peru sent a letter to President Ana Lima of Chile.\n\n"
        "Reid also recalled the Chilean choir's tour of Peru last year, which he says was deeply appreciated by "
        "audiences who travelled to Cusco for the occasion."
    )
    assert [a for a in found if a[0] == "praise"] == []


def test_an_occasion_taken_from_the_headline_ends_with_its_line() -> None:
    """A condolence that names no occasion takes the one the headline gives, to the end of the
    headline's line, not into the byline under it."""
    x = _extract(
        "Peru conveys condolences to Chile on passing of former president\n\n"
        "Reporter: Rui Costa\nJune 2\n\n"
        "President Tom Reid has sent a message of condolence to President Ana Lima of Chile."
    )
    assert [a.topic for a in x.acts if a.act == "condole"] == ["passing of former president"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the results achieved by the government", "the efforts of the country": the state of the
        # one met, not the person
        (
            "Foreign Minister Tom Reid of Peru met Foreign Minister Ana Lima of Chile in Lima on Monday.\n\n"
            "Reid praised the results achieved by the government in the fight against poverty.\n\n"
            "He also supported the efforts of the country to join the trade bloc.",
            [("praise", "Tom Reid", "Chile"), ("support", "Tom Reid", "Chile")],
        ),
        # "the efforts of the Federal Government": of the one met's state too
        (
            "President Tom Reid of Peru held talks with President Ana Lima of Brazil in Lima on Monday.\n\n"
            "Reid praised the efforts of the Federal Government in the fight against poverty.",
            [("praise", "Tom Reid", "Brazil")],
        ),
        # "the leadership of President X": X, not the envoy met; "the passing of X" is for the
        # living, the one met
        (
            "President Tom Reid of Peru received Foreign Minister Jon Tari of Chile on Monday.\n\n"
            "Reid praised the leadership of President Ana Lima in advancing regional integration.\n\n"
            "Tari conveyed condolences on the passing of former President Rui Costa.",
            [("praise", "Tom Reid", "Ana Lima"), ("condole", "Jon Tari", "Tom Reid")],
        ),
    ],
)
def test_an_object_that_belongs_to_someone_is_theirs(text: str, expected: list[tuple[str, str, str]]) -> None:
    """GOLD.md: where the object of an act belongs to a state or a person, the act goes to them."""
    found = _acts(text)
    assert all(e in found for e in expected), found


def test_what_the_message_contained_is_its_writers_to_its_reader() -> None:
    """ "X received Y, where the visiting minister delivered a message from Z. The message
    contained an invitation to X ...": Z's message to X (the host of this sentence's meeting),
    and Z's invitation, which X accepted."""
    x = _extract(
        "On Friday, President Tom Reid of Peru received Foreign Minister Jon Tari of Chile at the palace, where "
        "the visiting minister delivered a message from President Ana Lima.\n\n"
        "The message contained an invitation to President Reid to pay a state visit to Chile next year, which "
        "the President accepted."
    )
    assert [(c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications] == [
        ("meeting", "Tom Reid", "Jon Tari"),
        ("message", "Ana Lima", "Tom Reid"),
    ]
    found = {(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts}
    assert {("invite", "Ana Lima", "Tom Reid"), ("agree", "Tom Reid", "Ana Lima")} <= found


def test_an_invitation_to_visit_a_place_goes_to_the_reader_not_the_place() -> None:
    """ "handed X a letter from Z containing an invitation to pay a state visit to Chile": Z's
    invitation to X; Chile is where the visit goes."""
    x = _extract(
        "The Chilean ambassador, Jon Tari, handed President Tom Reid of Peru a letter from President Ana Lima "
        "containing an invitation to pay a state visit to Chile."
    )
    assert [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts] == [
        ("invite", "Ana Lima", "Tom Reid", "pay a state visit to Chile")
    ]


def test_an_invitation_a_messenger_will_convey_is_not_yet_an_act() -> None:
    """ "Y said he would convey the invitation on his return": passed on later, no act now."""
    found = _acts(
        "Prime Minister Tom Reid of Peru met Foreign Minister Jon Tari of Chile on Monday.\n\n"
        "Reid invited President Ana Lima of Chile to attend the independence celebrations. Tari said he would "
        "convey the invitation personally on his return."
    )
    assert found == [("invite", "Tom Reid", "Ana Lima")]


def test_an_act_after_one_of_separate_meetings_named_again_goes_to_that_ones_guest() -> None:
    """ "Separate meetings with A and B", then "In his meeting with A, X ... He proposed ...": the
    proposal is A's to hear, not B's, whose meeting was read last."""
    x = _extract(
        "President Tom Reid of Ghana on Tuesday held separate meetings with President Ana Lima of Portugal "
        "and Prime Minister Jon Tari of Peru. In his meeting with President Lima, President Reid thanked "
        "Portugal for its support. He proposed expanding cooperation in energy and trade.\n"
    )
    assert [(a.addressee.label if a.addressee else None) for a in x.acts if a.act == "propose"] == ["Ana Lima"]


def test_an_act_of_a_report_that_tells_no_contact_goes_to_whom_the_agents_last_act_went() -> None:
    """A feature of an audience the reader takes no contact from: after "X opened by thanking Y",
    X's proposal is Y's to hear."""
    x = _extract(
        "When President Tom Reid walked into the palace on Wednesday, his aides had prepared him for a hard "
        'conversation. Reid opened by thanking President Ana Lima for "agreeing to this meeting at a difficult '
        'time". Over lunch, he proposed a framework deal on trade and critical minerals.\n'
    )
    assert [(a.addressee.label if a.addressee else None) for a in x.acts if a.act == "propose"] == ["Ana Lima"]
