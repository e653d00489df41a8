"""Acts a message tells in its own words: "a message to Y ..., in which she praised ...", "a
cable of thanks, in which he thanked ..." (sentences of our own)."""

from __future__ import annotations

from diplograph.read.extract import extract
from diplograph.read.facts import Act, Extraction
from diplograph.read.text import parse_report

HEAD = "url: composed\ndate: 2025-06-02\n\n"


def _extract(text: str) -> Extraction:
    return extract(parse_report("case", HEAD + text + "\n"))


def _between(x: Extraction, act: str) -> list[tuple[str, str | None]]:
    """(agent, addressee) of each act of the kind, in the report's order."""
    return [(a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts if a.act == act]


def _one(x: Extraction, act: str) -> Act:
    found = [a for a in x.acts if a.act == act]
    assert len(found) == 1, [(a.act, a.agent.label, a.topic) for a in x.acts]
    return found[0]


def test_what_a_message_says_in_which_she_praised_is_its_writers() -> None:
    x = _extract(
        "PORT LOUIS - The President of Chile, Ana Lima, addressed a message to the President of the Republic, "
        "Tom Reid, congratulating him on the National Day, in which she praised the progress achieved by "
        "Mauritius since independence."
    )
    praise = _one(x, "praise")
    assert praise.agent.label == "Ana Lima"
    congratulate = _one(x, "congratulate")
    assert congratulate.topic == "the National Day"  # the message's words end where "in which she" begins


def test_wishes_to_the_people_of_that_sister_country_go_to_its_state() -> None:
    x = _extract(
        "LUANDA - President Tom Reid of Angola sent a message of congratulations to his Namibian counterpart, "
        "Ana Lima, on the anniversary of independence, in which he wished the people of that sister country "
        "peace and progress."
    )
    wish = _one(x, "wish")
    assert (wish.addressee and wish.addressee.label, wish.topic) == ("Namibia", "peace and progress")


def test_thanks_a_cable_carries_are_the_ones_it_tells() -> None:
    x = _extract(
        "MUSCAT - President Ana Lima of Oman received a cable of thanks from President Tom Reid of Chile, in "
        "which he thanked her for the relief aid dispatched to the south."
    )
    thanks = [a for a in x.acts if a.act == "thank"]
    assert [(a.agent.label, a.topic) for a in thanks] == [("Tom Reid", "the relief aid dispatched to the south")]


def test_an_act_addressed_to_no_one_goes_where_its_speakers_only_message_went() -> None:
    x = _extract(
        "LILONGWE - President Ana Lima of Malawi has received messages on Independence Day. President Tom Reid "
        "of Zambia congratulated his Malawian counterpart on the anniversary. Reid commended the progress made "
        "on the border post at Mchinji. President Jon Tari of Chile congratulated Lima and praised the country's "
        "contribution to peace in the region."
    )
    praised = set(_between(x, "praise"))
    assert praised == {("Tom Reid", "Ana Lima"), ("Jon Tari", "Malawi")}


def test_a_congratulation_to_a_round_ups_receiver_is_a_message_of_its_own() -> None:
    """In a round-up of messages to Chile that tells a call as well, "Y also congratulated
    Chileans on their National Day" is Y's message to Chile."""
    x = _extract(
        "Foreign leaders sent messages to Chile on its National Day. President Tom Reid of Peru sent a message "
        "to Chile on Monday, congratulating Chileans. President Ana Lima of Bolivia also congratulated Chileans "
        "on their National Day. Separately, Minister Rui Costa of Chile received a phone call from Minister Jon "
        "Tari of Peru."
    )
    found = {(c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications}
    assert ("message", "Ana Lima", "Chile") in found
    assert ("message", "Jon Tari", "Rui Costa") not in found  # the call's words are no message


def test_among_the_messages_of_many_a_foreign_leaders_words_are_a_message_too() -> None:
    x = _extract(
        "LISBON - President Ana Lima of Portugal has received congratulations on the national holiday from "
        "foreign leaders. Kenyan President Tom Reid noted in his message the long friendship between the two "
        "nations. Peruvian President Jon Tari also congratulated Ana Lima on the holiday. Chilean President "
        "Rui Costa said that Santiago is keen to expand trade with Lisbon. Ghanaian President Mia Soto "
        "highly appreciated the contribution of the Portuguese leader to the partnership."
    )
    messages = {(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "message"}
    assert {("Rui Costa", "Ana Lima"), ("Mia Soto", "Ana Lima")} <= messages


def test_a_second_recipient_after_a_clause_between_is_the_messages_too() -> None:
    """ "to X, after the storm reached A, and to Y": the parser joins "to Y" to the clause's verb."""
    x = _extract(
        "BRIDGETOWN - Prime Minister Ana Lima also sent messages of condolence to Cuban President Tom Reid, "
        "after the hurricane made landfall in eastern Cuba yesterday, and to the Government of Haiti, where "
        "floods have claimed lives in the south."
    )
    messages = [c for c in x.communications if c.kind == "message"]
    assert [[e.label for e in c.recipients] for c in messages] == [["Tom Reid", "Haiti"]]
    assert sorted(a.addressee.label for a in x.acts if a.act == "condole" and a.addressee) == ["Haiti", "Tom Reid"]


def test_each_message_of_a_round_up_of_congratulations_congratulates() -> None:
    """ "X has received congratulations on Independence Day from foreign leaders": a message in
    it that tells only a wish or praise congratulated X on that day too."""
    x = _extract(
        "LISBON - President Ana Lima of Portugal has received congratulations on Independence Day from "
        "foreign leaders. Peruvian President Jon Tari congratulated Ana Lima on the national holiday and "
        "praised the partnership. Kenyan President Tom Reid wished Ana Lima good health and success. "
        "Ghanaian President Mia Soto noted in her message the long friendship between the two nations."
    )
    congratulated = {
        (a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts if a.act == "congratulate"
    }
    assert congratulated == {
        ("Jon Tari", "Ana Lima", "the national holiday"),  # its own words
        ("Tom Reid", "Ana Lima", "Independence Day"),
        ("Mia Soto", "Ana Lima", "Independence Day"),
    }


def test_a_letter_glad_to_welcome_you_invites_whom_it_is_to() -> None:
    x = _extract(
        "BELGRADE, 3 May 2026 - President Tom Reid sent a letter to President Ana Lima of Chile.\n\n"
        '"Dear Madam President, It gives me great pleasure to congratulate you on your election. '
        'It would be an honour for me to welcome you in Serbia at a time convenient for you."'
    )
    invite = _one(x, "invite")
    assert (invite.agent.label, invite.addressee and invite.addressee.label) == ("Tom Reid", "Ana Lima")
    assert invite.topic is not None and invite.topic.startswith("in Serbia")
    congratulate = _one(x, "congratulate")
    assert (congratulate.agent.label, congratulate.addressee and congratulate.addressee.label) == (
        "Tom Reid",
        "Ana Lima",
    )


def test_an_invitation_told_then_repeated_in_the_letter_is_one() -> None:
    x = _extract(
        "VALLETTA - Prime Minister Tom Reid has invited Prime Minister Rui Costa of Libya for an official "
        "visit to Malta, in a letter delivered on Monday.\n\n"
        '"I invite you to pay an official visit to Malta at a date convenient to you," Reid wrote.'
    )
    invite = _one(x, "invite")
    assert (invite.agent.label, invite.addressee and invite.addressee.label) == ("Tom Reid", "Rui Costa")


def test_your_holiness_in_a_letter_is_the_one_it_is_to() -> None:
    x = _extract(
        "TEGUCIGALPA, 9 May 2025 - President Ana Lima sent a message of congratulations to His Holiness "
        "Leo XIV, elected that day as Supreme Pontiff. The message reads in full:\n\n"
        '"On behalf of our people, I extend to Your Holiness my warm congratulations on your election.\n\n'
        "I wish Your Holiness a long and fruitful pontificate, and I invite Your Holiness to visit our "
        'country.\n\nAna Lima"'
    )
    assert "Your Holiness" not in {p.label for p in x.people.values()}
    wish, invite = _one(x, "wish"), _one(x, "invite")
    assert wish.addressee is not None and wish.addressee.label == "Leo XIV"
    assert wish.topic == "a long and fruitful pontificate"  # the one written to is no part of what is wished
    assert invite.addressee is not None and invite.addressee.label == "Leo XIV"


def test_a_letter_brought_in_by_its_writers_name_and_closed_by_its_formula() -> None:
    """No letter told before it, only that its writer congratulated: the line that brings it in
    ("Mr Reid wrote:") names its writer, its "you" is whom he congratulated, and its last
    paragraph's formula closes it (a quotation after it is not the letter's)."""
    x = _extract(
        "President Tom Reid has congratulated President Ana Lima of Peru on her inauguration.\n\n"
        "In a message released by his office, Mr Reid wrote:\n\n"
        "Your Excellency,\n\n"
        "I extend to you my warmest congratulations on your inauguration. I wish you good health and every "
        "success in your high office. Please accept the assurances of my highest consideration.\n\n"
        '"The new President brings experience to the region," said Jon Tari, a former minister.\n'
    )
    assert _between(x, "wish") == [("Tom Reid", "Ana Lima")]
    letter = [q for q in x.quotes if q.speaker is not None and q.speaker.label == "Tom Reid"]
    assert len(letter) == 1 and letter[0].text.endswith("highest consideration.")


def test_i_have_the_honour_to_invite_you_is_the_writers_invitation() -> None:
    """ "I have the honour to invite you": the parser may read "to invite" as a clause of
    "honour"; the one who has the honour invites."""
    x = _extract(
        "President Tom Reid has sent a message to President Ana Lima of Peru.\n\n"
        "Dear President Lima,\n\n"
        "I have the honour to invite you to undertake a State visit to Ghana at a time convenient to you.\n\n"
        "Sincerely,\n"
    )
    assert _between(x, "invite") == [("Tom Reid", "Ana Lima")]
