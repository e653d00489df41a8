"""Quotations in single marks, headlines that quote the body again, titles and names in
quotation marks (reports of our own words)."""

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


def test_a_letter_quoted_across_paragraphs_is_its_writers_words() -> None:
    found = _quotes(
        "BELGRADE, 3 May 2026 - President Tom Reid sent a letter to President Ana Lima of Chile on the "
        "national day. The letter reads:\n\n"
        '"Your Excellency,\n\n'
        "On behalf of the people of our country, I extend to you my warm congratulations.\n\n"
        "I wish you good health and every success.\n\n"
        'Tom Reid"\n\n'
        "The two presidents last met in March."
    )
    assert len(found) == 1
    speaker, text = found[0]
    assert speaker == "Tom Reid"
    assert text.startswith("Your Excellency,\n\nOn behalf of the people") and text.endswith("Tom Reid")


def test_quotations_that_close_in_their_own_paragraphs_are_no_letter() -> None:
    found = _quotes(
        "President Tom Reid met President Ana Lima of Chile on Monday.\n\n"
        '"Chile and our country share the same hopes for the region," Reid said.\n\n'
        '"We will open a new chapter in our relations this year," Lima said.'
    )
    assert sorted(s or "" for s, _ in found) == ["Ana Lima", "Tom Reid"]


def test_a_letter_reproduced_without_quotation_marks_is_its_writers_words() -> None:
    found = _quotes(
        "HAVANA, 3 May 2026 - President Tom Reid sent a letter of thanks to President Ana Lima of Chile. "
        "We reproduce its text below:\n\n"
        "Dear President Ana Lima:\n\n"
        "On behalf of the people of our country, I thank you for the donations of food.\n\n"
        "Fraternally,\n\n"
        "Tom Reid\n\n"
        "The donations arrived in Havana last week."
    )
    assert found == [
        (
            "Tom Reid",
            "Dear President Ana Lima:\n\nOn behalf of the people of our country, I thank you for the "
            "donations of food.",
        )
    ]


def test_a_guillemet_of_the_page_furniture_opens_no_quotation() -> None:
    """ "Home » Politics" above the headline: a separator, so the letter below is still read."""
    found = _quotes(
        "Home » Politics\n\n"
        "HAVANA, 3 May 2026 - President Tom Reid sent a letter of thanks to President Ana Lima of Chile. "
        "We reproduce its text below:\n\n"
        "Dear President Ana Lima:\n\n"
        "On behalf of the people of our country, I thank you for the donations of food.\n\n"
        "Fraternally,\n\n"
        "Tom Reid\n"
    )
    assert [s for s, _ in found] == ["Tom Reid"]


def test_the_speaker_named_after_the_verb_that_follows_a_quotation() -> None:
    found = _quotes(
        "President Tom Reid of Kenya received Ambassador Ana Lima of Brazil on Monday. "
        '"Our two countries have always stood together in hard times," said Ambassador Ana Lima at the '
        'close of the audience. "Kenya will never forget the help of its friends in Brazil," said the '
        "President, before he saw his guest off."
    )
    assert ("Ana Lima", "Our two countries have always stood together in hard times") in found
    assert ("Tom Reid", "Kenya will never forget the help of its friends in Brazil") in found


def test_a_message_to_the_pope_reproduced_whole_opens_on_your_holiness() -> None:
    """A message reproduced across paragraphs that opens "Your Holiness," is its writer's, as
    one that opens "Your Excellency," is; and its first person acts are the writer's."""
    x = _extract(
        "On Friday, President Tom Reid of Kenya addressed a message to His Holiness Pope Leo XIV on his "
        "election. The Presidency publishes the full text of the message below.\n\n"
        '"Your Holiness,\n\n'
        "It is with great joy that the people of Kenya and I myself received the news of your election.\n\n"
        "I wish you good health and strength in your sacred ministry.\n\n"
        'Tom Reid\nPresident of the Republic of Kenya"\n'
    )
    assert [(q.speaker.label if q.speaker else None) for q in x.quotes] == ["Tom Reid"]
    assert ("wish", "Tom Reid", "Leo XIV") in [
        (a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts
    ]
