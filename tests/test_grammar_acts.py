"""Acts read with the parser's help: who acts by syntax, to whom by the contact they sit in
(sentences of our own)."""

from __future__ import annotations

import pytest

from diplograph.read.datelines import agency_state, home_state
from diplograph.read.extract import extract
from diplograph.read.facts import Extraction
from diplograph.read.lexicon import lexicon
from diplograph.read.text import parse_report, sentences
from tests.conftest import contacts

HEAD = "url: composed\ndate: 2025-06-02\n\n"


def _extract(text: str) -> Extraction:
    """The facts of a report of our own words (a dated header before ``text``)."""
    return extract(parse_report("case", HEAD + text))


def _acts(text: str) -> list[tuple[str, str, str | None]]:
    x = _extract(text + "\n")
    return [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]


def test_a_relative_pronoun_acts_for_the_name_before_it() -> None:
    found = _acts(
        "President Mahmoud Sadiq of Tunisia received Minister Lena Brandt of Sweden, who thanked the President "
        "for the warm welcome."
    )
    assert ("thank", "Lena Brandt", "Mahmoud Sadiq") in found


def test_the_addressee_is_the_other_party_of_the_latest_call() -> None:
    found = _acts(
        "Prime Minister Haruki Tanabe of Japan held a telephone conversation with President Ines Moreau of "
        "France. In a separate call, Prime Minister Haruki Tanabe spoke with President Tomas Halvorsen of "
        "Norway. Haruki Tanabe congratulated him on the national day."
    )
    assert ("congratulate", "Haruki Tanabe", "Tomas Halvorsen") in found
    assert not any(a == "congratulate" and to == "Ines Moreau" for a, _, to in found)


def test_a_pair_that_signs_is_one_act_of_the_first_named() -> None:
    found = _acts(
        "President Ines Moreau of France held talks with President Tomas Halvorsen of Norway. "
        "Following the talks, Ines Moreau and Tomas Halvorsen signed a joint declaration."
    )
    assert [f for f in found if f[0] == "sign"] == [("sign", "Ines Moreau", "Tomas Halvorsen")]


def test_an_act_verb_in_any_tense_is_read_by_its_lemma() -> None:
    found = _acts(
        "President Ines Moreau of France held talks with President Tomas Halvorsen of Norway. "
        "Ines Moreau commends the work of the joint commission and agrees to open a consulate in Bergen."
    )
    assert ("praise", "Ines Moreau", "Tomas Halvorsen") in found
    assert ("agree", "Ines Moreau", "Tomas Halvorsen") in found


def test_a_passive_act_is_done_by_the_by_phrase() -> None:
    found = _acts("President Ines Moreau of France was congratulated by telephone by President Tomas Halvorsen.")
    assert ("congratulate", "Tomas Halvorsen", "Ines Moreau") in found
    assert not any(agent == "Ines Moreau" for _, agent, _ in found)


def test_a_name_used_alone_is_the_person_named_in_full() -> None:
    found = _acts(
        "Prime Minister Somchai Wongsakul of Thailand held talks with President Ines Moreau of France. "
        "Ms Moreau thanked Somchai for the invitation."
    )
    assert ("thank", "Ines Moreau", "Somchai Wongsakul") in found


def test_wishes_sent_to_someone_are_for_them_and_a_wish_to_do_is_none() -> None:
    found = _acts(
        "President Ines Moreau of France held talks with Prime Minister Arne Solberg of Norway. "
        "Ines Moreau conveyed wishes of good health and success to President Tomas Halvorsen of Chile. "
        "France wishes to be a reliable partner for Norway."
    )
    assert ("wish", "Ines Moreau", "Tomas Halvorsen") in found
    assert not any(a == "wish" and agent == "France" for a, agent, _ in found)


def test_a_title_with_institutions_is_read_whole_before_the_topic() -> None:
    x = _extract(
        "President Ines Moreau of France received the Chairman of the Senate of Norway, Ola Berg. "
        "Ines Moreau invited the Chairman of the Senate to visit Paris next spring.\n"
    )
    invite = next(a for a in x.acts if a.act == "invite")
    assert (invite.addressee.label if invite.addressee else None, invite.topic) == (
        "Ola Berg",
        "visit Paris next spring",
    )


def test_an_adverb_before_the_verb_leaves_the_relative_pronoun_its_subject() -> None:
    found = _acts(
        "President Ines Moreau of France met Secretary-General Ola Berg of Norway, who highly appreciated "
        "France's contributions to the alliance."
    )
    assert ("praise", "Ola Berg", "France") in found


def test_and_a_new_agent_ends_the_topic_before_the_next_act() -> None:
    found = _acts(
        "President Ines Moreau of France held talks with President Tomas Halvorsen of Norway. "
        "Ines Moreau invited Tomas Halvorsen to pay a state visit to France, and the guest accepted the invitation."
    )
    assert ("invite", "Ines Moreau", "Tomas Halvorsen") in found
    assert ("agree", "Tomas Halvorsen", "Ines Moreau") in found


def test_acts_of_a_cable_received_and_of_replies_to_several() -> None:
    x = _extract(
        "DOHA, 2 June. His Highness the Amir Sheikh Salim bin Nasser Al Rashid received a cable from "
        "King Faisal bin Omar Al Hadi of Jordan, expressing thanks for the warm welcome.\n\n"
        "His Highness the Amir sent reply cables to King Faisal and Sheikh Karim bin Saad Al Noor, "
        "expressing his thanks for their sentiments and wishing them good health.\n\n"
        "The Crown Prince Sheikh Ali bin Salim Al Rashid received similar cables of thanks from the King "
        "of Jordan.\n"
    )
    amir, king = "Sheikh Salim bin Nasser Al Rashid", "Faisal bin Omar Al Hadi"
    sheikh = "Sheikh Karim bin Saad Al Noor"
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
    assert ("thank", king, amir) in found  # the cable's sender thanks, not its receiver
    assert {("thank", amir, king), ("thank", amir, sheikh), ("wish", amir, king), ("wish", amir, sheikh)} <= set(found)
    assert not any(agent == "Sheikh Ali bin Salim Al Rashid" for _, agent, _ in found), "cables of thanks: no act"
    comms = {(c.kind, c.senders[0].label, r.label) for c in x.communications for r in c.recipients}
    assert ("telegram", king, "Sheikh Ali bin Salim Al Rashid") in comms


def test_acts_in_participles_and_a_post_named_by_demonym() -> None:
    x = _extract(
        "President Ola Berg sent a telegram to President Ines Moreau of France.\n\n"
        "Emir Salim Al Noor also sent a cable of condolences to the Norwegian president over the floods, "
        "wishing the injured a speedy recovery.\n\n"
        "Prime Minister Rui Matos held phone talks with President Berg, extending condolences over the loss "
        "of lives.\n"
    )
    found = {(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts}
    # "the Norwegian president" is Ola Berg, whose post the text gave with no state
    assert ("condole", "Salim Al Noor", "Ola Berg") in found
    assert ("wish", "Salim Al Noor", None) in found  # wishes for the injured are for no one party
    assert ("condole", "Rui Matos", "Ola Berg") in found  # "extending condolences"


def test_a_fronted_participle_acts_for_the_clause_subject() -> None:
    found = _acts(
        "President Ines Moreau of France received Secretary General Ola Berg.\n\n"
        "Thanking for the warm welcome, Ola Berg conveyed greetings to the President on behalf of the "
        "Chairman Tomas Halvorsen. Ines Moreau highly values the activities of the office in Paris."
    )
    assert ("thank", "Ola Berg", "Ines Moreau") in found
    assert ("praise", "Ines Moreau", "Ola Berg") in found
    assert not any(a == "congratulate" for a, _, _ in found), "greetings passed on on someone's behalf"


def test_agreements_acceptances_and_support_in_news_phrasings() -> None:
    found = _acts(
        "President Ines Moreau of France held talks with President Tomas Halvorsen of Norway. "
        "It was agreed to hold the next round of consultations in Oslo. "
        "Following the talks, the heads of state signed a joint declaration. "
        "Ines Moreau invited Tomas Halvorsen to visit Paris next year. The President accepted. "
        "Tomas Halvorsen reaffirmed the United States' support for the accord and assured her of the full "
        "support of Norway. Ines Moreau affirmed France's full readiness to send rescue teams and expressed "
        "France's gratitude to Norway for its help."
    )
    assert ("agree", "Ines Moreau", "Tomas Halvorsen") in found
    assert ("sign", "Ines Moreau", "Tomas Halvorsen") in found
    assert ("agree", "Tomas Halvorsen", "Ines Moreau") in found  # "The President accepted."
    assert sum(1 for a, agent, _ in found if a == "support" and agent == "Tomas Halvorsen") == 2
    assert ("support", "Ines Moreau", "Tomas Halvorsen") in found
    assert ("thank", "Ines Moreau", "Norway") in found


def test_an_acceptance_names_the_invitation_it_answers() -> None:
    found = _acts(
        "President Ines Moreau of France held talks with Prime Minister Ola Berg of Norway. Ola Berg accepted "
        "the invitation of the President of France to hold the next summit in Paris."
    )
    assert ("invite", "Ines Moreau", "Ola Berg") in found
    assert ("agree", "Ola Berg", "Ines Moreau") in found


def test_a_state_in_reported_speech_and_a_counterpart_thanked() -> None:
    found = _acts(
        "LISBON. Ana Sousa – Lusa. Speaker Rui Matos of Portugal met the delegation led by Speaker Ola Berg "
        "of Norway. Ola Berg thanked his counterpart for the warm hospitality. Rui Matos said Portugal is "
        "ready to provide all possible assistance to Norway. He added that Portugal supported the proposals "
        "of the commission. Rui Matos expressed condolences over the floods on behalf of the parliament."
    )
    assert ("thank", "Ola Berg", "Rui Matos") in found
    assert ("support", "Rui Matos", "Norway") in found
    assert not any(agent == "Portugal" for _, agent, _ in found)
    assert ("condole", "Rui Matos", "Ola Berg") in found


def test_a_reproduced_letter_known_by_its_salutation_or_its_attribution() -> None:
    found = _acts(
        "President Ines Moreau of France sent a letter to President Tomas Halvorsen of Norway.\n\n"
        "\"Dear President, I thank you for your hospitality. France will continue to support your country's "
        'reforms," the letter reads.'
    )
    assert ("thank", "Ines Moreau", "Tomas Halvorsen") in found
    assert any(a == "support" and agent == "Ines Moreau" for a, agent, _ in found), "the writer's state is the writer"
    assert not any(agent == "France" for _, agent, _ in found)


def test_your_country_in_a_letter_is_the_recipients_state() -> None:
    found = _acts(
        "LISBON, 2 June. President Ana Lima of Portugal received a letter from President Ines Moreau of France.\n\n"
        '"Dear President, France will continue to support your country\'s efforts to modernise its ports," the '
        "letter reads."
    )
    assert ("support", "Ines Moreau", "Portugal") in found


def test_round_up_messages_carry_what_the_report_says_they_were() -> None:
    found = _acts(
        "LIMA, 2 June. President Rosa Quispe of Peru has received messages of congratulations on her election.\n\n"
        "Messages have been received from, among others, President Ola Berg of Norway and President Ana Lima "
        "of Portugal.\n"
    )
    assert {("congratulate", "Ola Berg", "Rosa Quispe"), ("congratulate", "Ana Lima", "Rosa Quispe")} <= set(found)


def test_cables_of_thanks_thank_and_my_congratulations_are_the_writers() -> None:
    found = _acts(
        "LIMA, 2 June. President Rosa Quispe of Peru met Prime Minister Rui Matos of Portugal.\n\n"
        "Prime Minister Rui Matos of Portugal received similar cables of thanks from the President of Peru.\n\n"
        "President Tomas Halvorsen of Chile sent a message to President Rosa Quispe. The message reads: "
        '"Dear Madam President, please accept my sincere congratulations on your election."\n'
    )
    assert ("thank", "Rosa Quispe", "Rui Matos") in found
    assert ("congratulate", "Tomas Halvorsen", "Rosa Quispe") in found


def test_gratitude_voiced_or_conveyed_is_thanks() -> None:
    found = _acts(
        "President Ines Moreau of France held talks with Prime Minister Ola Berg of Norway. Ines Moreau voiced "
        "her gratitude to Ola Berg for the visit, and Ola Berg conveyed his thanks to Ines Moreau for the welcome."
    )
    assert ("thank", "Ines Moreau", "Ola Berg") in found and ("thank", "Ola Berg", "Ines Moreau") in found


def test_a_surname_without_its_article_and_a_counterpart_before_any_contact() -> None:
    x = _extract(
        "President Karim al-Hashimi of Iraq congratulated President Tomas Halvorsen of Norway on his victory, "
        "the presidential office said. Hashimi wished his counterpart success.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert (
        "congratulate",
        "Karim al-Hashimi",
        "Tomas Halvorsen",
        "his victory",
    ) in found  # the attribution is no topic
    assert ("wish", "Karim al-Hashimi", "Tomas Halvorsen", "success") in found


def test_a_title_held_by_several_is_the_last_named_unless_the_protagonist_holds_it() -> None:
    found = _acts(
        "Prime Minister Haruki Tanabe of Japan spoke with Amir of Qatar Sheikh Salem bin Khalid. He later "
        "received a call from Amir of Kuwait Sheikh Nasser Al-Fahad, who congratulated him on the holiday. "
        "The prime minister thanked the Amir for his good wishes."
    )
    assert ("thank", "Haruki Tanabe", "Sheikh Nasser Al-Fahad") in found


def test_more_verbs_of_praise_and_thanks() -> None:
    found = _acts(
        "President Ines Moreau of France met President Tomas Halvorsen of Norway. Halvorsen applauded the "
        "efforts of France for peace. Moreau said she was grateful to Halvorsen for the invitation."
    )
    assert ("praise", "Tomas Halvorsen", "France") in found
    assert ("thank", "Ines Moreau", "Tomas Halvorsen") in found


def test_greetings_passed_on_from_someone_else_are_no_act_of_the_messenger() -> None:
    found = _acts(
        "Foreign Minister Amara Tendai of Kenya received a call from Foreign Minister Salim Harthy of Oman, "
        "who conveyed the greetings of Sultan Haitham bin Tarik to President Ines Moreau."
    )
    assert not any(a == "congratulate" and agent == "Salim Harthy" for a, agent, _ in found)
    found = _acts(
        "Foreign Minister Amara Tendai of Kenya received a call from Foreign Minister Salim Harthy of Oman, "
        "who conveyed his warm New Year greetings to the minister."
    )
    assert ("congratulate", "Salim Harthy", "Amara Tendai") in found


def test_a_description_of_a_state_with_several_people_is_the_last_of_them_named() -> None:
    found = _acts(
        "President of Norway Tomas Halvorsen held talks with President of Chile Rosa Quispe. The Norwegian "
        "leader thanked his Chilean counterpart for accepting the invitation. Later, Rosa Quispe met Prime "
        "Minister of Norway Erik Dahl."
    )
    assert ("thank", "Tomas Halvorsen", "Rosa Quispe") in found


def test_a_topic_ends_before_a_conjoined_verb() -> None:
    x = _extract(
        "Foreign Minister Amara Tendai of Kenya held talks with Foreign Minister Salim Harthy of Oman. Tendai "
        "praised Oman's support on regional issues and stands ready to work with Oman on trade.\n"
    )
    assert [(a.act, a.topic) for a in x.acts] == [("praise", "Oman's support on regional issues")]


def test_a_state_acting_in_a_paragraph_of_reported_speech_is_its_speaker() -> None:
    text = (
        "Foreign Minister Amara Tendai of Kenya held talks with Foreign Minister Salim Harthy of Oman. "
        "Tendai said that the two countries are good partners. Kenya appreciates Oman's support on regional "
        "issues."
    )
    assert ("praise", "Amara Tendai", "Oman") in _acts(text)
    # a new paragraph has no speaker yet: the state acts
    assert ("praise", "Kenya", "Oman") in _acts(text.replace(" Kenya appreciates", "\n\nKenya appreciates"))


def test_the_topic_follows_every_addressee() -> None:
    x = _extract(
        "Prime Minister Haruki Tanabe of Japan sent congratulatory messages to President Ines Moreau of France "
        "and Prime Minister Erik Dahl of Norway on their election. He wished you and your people peace.\n"
    )
    topics = {(a.act, a.addressee.label if a.addressee else None): a.topic for a in x.acts}
    assert topics[("congratulate", "Ines Moreau")] == "their election"
    assert topics[("congratulate", "Erik Dahl")] == "their election"
    assert any(a.act == "wish" and a.topic == "peace" for a in x.acts)


def test_the_topic_follows_an_addressee_named_by_kinship_or_as_a_pair() -> None:
    """ "invited his sister to attend ...", "invited the two leaders to ...": the words after
    whom the act is for are its topic, whoever they stand for."""
    x = _extract(
        "President Tom Reid of Fiji sent a letter to President Ana Lima of Kenya on Monday. In the letter, Reid "
        "invited his sister to attend the summit in Suva. Reid also invited the two leaders to a retreat.\n"
    )
    assert [(a.act, a.topic) for a in x.acts] == [("invite", "attend the summit in Suva"), ("invite", "a retreat")]


def test_a_pronoun_after_greetings_passed_on_is_whom_they_go_to() -> None:
    """ "asked the envoy to convey his greetings to Queen X and wished her success": X, not the
    envoy met; with no greetings passed on, "wished him" is the one met."""
    x = _extract(
        "President Tom Reid received the envoy of Fiji, Jon Tari, on Monday. Reid asked the envoy to convey his "
        "greetings to Queen Ana Lima and wished her success in her reign.\n"
    )
    assert [(a.act, a.addressee.label if a.addressee else None) for a in x.acts] == [("wish", "Ana Lima")]
    x = _extract("President Tom Reid received the envoy of Fiji, Jon Tari, on Monday. Reid wished him success.\n")
    assert [(a.act, a.addressee.label if a.addressee else None) for a in x.acts] == [("wish", "Jon Tari")]
    assert [(c.kind, c.recipients[0].label) for c in x.communications] == [("meeting", "Jon Tari")]


def test_a_participle_after_whom_someone_wrote_to_is_the_writers() -> None:
    """ "X has written to her counterpart, Y, conveying the sympathy of ...": X's condolences in
    her letter, no message of Y's. (A real leader's name: with it the parser hangs the participle
    on the counterpart, as it did on the report this comes from.)"""
    x = _extract(
        "LIMA – President Ana Lima has written to her Angolan counterpart, João Lourenço, conveying the sympathy "
        "of the Peruvian nation after heavy floods killed dozens of people in Angola, the Presidency announced "
        "on Wednesday.\n"
    )
    assert [(c.kind, c.senders[0].label) for c in x.communications] == [("letter", "Ana Lima")]
    assert [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts] == [
        ("condole", "Ana Lima", "João Lourenço")
    ]


def test_a_surname_that_names_a_state_is_the_person_named_before() -> None:
    """After "the Prime Minister, Luís Montenegro," (Portugal's, by the reference data)
    "Montenegro" as a subject is that prime minister; "a visit to Montenegro" stays the state."""
    x = _extract(
        "The Prime Minister, Luís Montenegro, held talks with President Ana Lima of Fiji on Tuesday. At "
        "the press conference, Montenegro thanked Fiji for its support and invited Lima to pay a visit to "
        "Montenegro.\n"
    )
    assert [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts] == [
        ("thank", "Luís Montenegro", "Fiji"),
        ("invite", "Luís Montenegro", "Ana Lima"),
    ]
    assert [a.topic for a in x.acts if a.act == "invite"] == ["a visit to Montenegro"]


def test_a_document_signed_before_the_report_is_no_signing_of_it() -> None:
    """ "the partnership signed between A and B in January 2025 had opened ...": recalled, as "the
    pact that X and Y signed last October" is; signed this week, it is an act."""
    found = _acts(
        "President Ana Lima met Prime Minister Tom Reid. Lima said the partnership signed between Peru and Fiji "
        "in January 2025 had opened a new chapter in relations."
    )
    assert [a for a in found if a[0] == "sign"] == []
    found = _acts("President Ana Lima met Prime Minister Tom Reid. Lima and Reid signed the partnership on Monday.")
    assert [a for a in found if a[0] == "sign"] == [("sign", "Ana Lima", "Tom Reid")]


def test_his_majesty_alone_is_the_monarch_the_report_names() -> None:
    found = _acts(
        "President Ines Moreau of France was received by King Harald of Norway at the Royal Palace. His Majesty "
        "praised France's role in the Arctic Council, and President Moreau thanked Norway for its hospitality."
    )
    assert ("praise", "Harald", "France") in found
    assert ("thank", "Ines Moreau", "Norway") in found


def test_condolences_conveyed_name_their_topic_and_a_late_addressee() -> None:
    x = _extract(
        "The Prime Minister of Fiji, Sitiveni Rabuka, conveyed his condolences to the Prime Minister of Vanuatu, "
        "Charlot Salwai, over the lives lost in the earthquake. Minister Josaia Ratuvou of Fiji also expressed "
        "condolences over the disaster to his Vanuatu counterpart.\n"
    )
    found = {(a.agent.label, a.addressee.label if a.addressee else None): a.topic for a in x.acts if a.act == "condole"}
    assert found[("Sitiveni Rabuka", "Charlot Salwai")] == "the lives lost in the earthquake"
    assert found[("Josaia Ratuvou", "Vanuatu")] == "the disaster"


def test_congratulations_extended_to_you_in_a_reproduced_letter() -> None:
    x = _extract(
        'President Ines Moreau of France sent a message to President Tomas Halvorsen of Norway. "Dear President: '
        "I extend to you and to the people of Norway my warmest congratulations on the national day. I wish you "
        'every success in your work, and I am confident that our partnership will grow," the message reads.\n'
    )
    found = [(a.act, a.agent.label, a.topic) for a in x.acts]
    assert ("congratulate", "Ines Moreau", "the national day") in found
    assert ("wish", "Ines Moreau", "every success in your work") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Lima told Tari that Peru was ready to provide assistance, including emergency supplies.",
        "Lima assured him that Peru stood ready to send relief goods.",
        "Lima affirmed that Peru stands in solidarity with Chile and is ready to provide humanitarian assistance.",
    ],
)
def test_a_state_ready_to_help_in_reported_speech_is_its_speaker(sentence: str) -> None:
    """GOLD.md: "ready to provide assistance" is support, and a state acting in what a person
    says is that person ("said Kyrgyzstan is ready to provide ..." has the speaker as agent)."""
    x = _extract("President Ana Lima of Peru called President Jon Tari of Chile. " + sentence + "\n")
    assert [(a.act, a.agent.label) for a in x.acts if a.act == "support"] == [("support", "Ana Lima")]


def test_the_two_countries_of_a_dateline_official_and_a_foreign_counterpart() -> None:
    """ "Foreign Minister X" of no stated state, in a report datelined in his capital, and "his
    Sri Lankan counterpart": "the two countries" are the dateline's and Sri Lanka."""
    x = _extract(
        "KUWAIT, 8 September. Foreign Minister Ali Salem held a telephone conversation with his Sri Lankan "
        "counterpart Nimal Perera, during which the two ministers reviewed the historical and friendly "
        "relations between the two countries.\n"
    )
    assert [({p.label for p in r.parties}, r.phrase) for r in x.relations] == [
        ({"Kuwait", "Sri Lanka"}, "historical and friendly relations")
    ]


def test_a_verb_read_by_its_lemma_takes_its_object_as_topic() -> None:
    """ "endorsed the proposal ...": a verb with no phrase entry of its own, read by its lemma,
    takes the entry of its act whose topic follows at once."""
    x = _extract(
        "President Ana Lima of Peru spoke by phone with President Jon Tari of Chile. Lima endorsed the "
        "proposal to create a regional fund.\n"
    )
    assert [(a.act, a.topic) for a in x.acts] == [("support", "the proposal to create a regional fund")]


def test_no_one_addresses_an_act_to_themselves() -> None:
    x = _extract(
        "SEOUL, Sept. 2 - President Lee Jae-myung on Tuesday sent a congratulatory message to Vietnam on its "
        "National Day. In the message, Lee congratulated the two leaders on the anniversary.\n"
    )
    assert x.acts and all(a.addressee != a.agent for a in x.acts)


def test_support_for_a_named_initiative_takes_it_as_topic() -> None:
    """ "Peru supports the Global Development Initiative": the entry for "supports X in ..." finds
    no one named after the verb and no "in"; the entry whose topic follows the verb reads it."""
    x = _extract(
        "President Ana Lima of Peru sent a letter to President Jon Tari of Chile. In the letter, Lima wrote "
        "that Peru supports the Global Development Initiative put forward by Chile.\n"
    )
    topics = [a.topic or "" for a in x.acts if a.act == "support"]
    assert topics and "Global Development Initiative" in topics[0]


def test_a_topic_ends_before_a_second_verb_and_a_possessive_is_no_party() -> None:
    """ "signed a memorandum ... and held a joint press conference": the topic is the memorandum;
    "supports Peru's participation in ...": Peru's is no party supported, the phrase is the topic."""
    x = _extract(
        "Foreign Minister Ana Lima of Peru met Foreign Minister Jon Tari of Chile. The ministers signed a "
        "Memorandum of Understanding on Cooperation and held a joint press conference. Tari said Chile "
        "supports Peru's participation in the regional defence fund.\n"
    )
    found = {a.act: a.topic for a in x.acts}
    assert found["sign"] == "a Memorandum of Understanding on Cooperation"
    assert "participation in the regional defence fund" in (found["support"] or "")


def test_a_topic_ends_before_he_said() -> None:
    x = _extract(
        "President Ana Lima of Peru held talks with President Jon Tari of Chile. Peru supports the regional "
        "integration initiative put forward by Chile, she said.\n"
    )
    assert [a.topic for a in x.acts if a.act == "support"] == [
        "supports the regional integration initiative put forward by Chile"
    ]


def test_a_demonym_two_states_share_is_the_one_the_report_names() -> None:
    """ "the Korean people" in a report that names the DPRK (and "Korea" only in a party's name)
    is North Korea's; in a report that names the Republic of Korea, South Korea's."""
    north = _extract(
        "PYONGYANG, 9 Sept. - Kim Jong Un of the Democratic People's Republic of Korea received a message from "
        "President Ana Lima of Peru, who wished the Korean people success.\n"
    )
    south = _extract(
        "SEOUL, 9 Sept. - President Lee Jae-myung of the Republic of Korea received a message from President "
        "Ana Lima of Peru, who wished the Korean people success.\n"
    )
    assert [a.addressee.label for a in north.acts if a.act == "wish" and a.addressee] == ["North Korea"]
    assert [a.addressee.label for a in south.acts if a.act == "wish" and a.addressee] == ["South Korea"]


def test_help_to_the_brotherly_country_is_addressed_to_the_state() -> None:
    x = _extract(
        "President Ana Lima of Peru called President Jon Tari of Chile. Lima said Peru is ready to provide all "
        "possible assistance to the brotherly country in overcoming the consequences of the disaster.\n"
    )
    assert [(a.act, a.addressee.label if a.addressee else None) for a in x.acts] == [("support", "Chile")]


def test_congratulations_on_another_occasion_are_another_act() -> None:
    x = _extract(
        "President Ana Lima of Peru received a phone call from Prime Minister Jon Tari of Chile. Tari "
        "congratulated Lima on her birthday. The Prime Minister of Chile also congratulated Ana Lima on the "
        "successful holding of the summit in Lima.\n"
    )
    assert sorted(a.topic or "" for a in x.acts if a.act == "congratulate") == [
        "her birthday",
        "the successful holding of the summit in Lima",
    ]


def test_his_colleague_of_a_state_is_its_counterpart() -> None:
    x = _extract(
        "President Ana Lima of Peru sent a message to President Jon Tari of Chile. In the message, Lima wished "
        "her Chilean colleague good health and success.\n"
    )
    assert [(a.act, a.addressee.label if a.addressee else None, a.topic) for a in x.acts if a.act == "wish"] == [
        ("wish", "Jon Tari", "good health and success")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Lima of Peru accepted an invitation from President Jon Tari of Chile to visit Santiago.",
        "Foreign Minister Ana Lima of Peru met President Jon Tari of Chile. Ana Lima accepted Jon Tari's invitation "
        "to visit Santiago.",
        # an invitation she made herself before does not make its invitees the ones who accept
        "Foreign Minister Ana Lima of Peru met Minister Rui Sousa of Brazil. Ana Lima invited Brazilian investors "
        "to open plants in Callao. She also accepted an invitation from President Jon Tari of Chile, conveyed by "
        "the minister, to visit Santiago.",
    ],
)
def test_an_invitation_accepted_names_who_made_it(sentence: str) -> None:
    """The inviter of an invitation "from X" or "X's invitation" invited, and is whom the acceptance answers."""
    found = _acts(sentence)
    assert ("invite", "Jon Tari", "Ana Lima") in found
    assert ("agree", "Ana Lima", "Jon Tari") in found


def test_a_post_by_its_head_word_and_state_and_a_surname_with_its_article() -> None:
    """ "The Ghanaian Minister" is the Ghanaian named with a minister's post; "Al-Sabeeh" alone
    is the one named in full with that surname."""
    found = _acts(
        "Foreign Minister Kofi Mensah of Ghana held talks with Foreign Minister Hamad Al-Sabeeh of Kuwait. "
        "The Ghanaian Minister extended an invitation to Al-Sabeeh to visit Accra."
    )
    assert found == [("invite", "Kofi Mensah", "Hamad Al-Sabeeh")]


def test_a_capital_that_owns_or_is_thanked_is_its_government() -> None:
    """ "thanked Baghdad", "Ankara's initiative": the states, not places."""
    found = _acts(
        "Foreign Minister Hakan Demir of Turkey met Foreign Minister Salim Hussein of Iraq. Demir thanked Baghdad "
        "for its decision. Hussein voiced support for Ankara's initiative."
    )
    assert ("thank", "Hakan Demir", "Iraq") in found
    assert ("support", "Salim Hussein", "Turkey") in found


def test_an_act_named_by_a_participle_is_not_done_in_the_report() -> None:
    """ "the accord signed in 2019", "the plan endorsed by the leaders": the thing named, no act."""
    x = _extract(
        "President Ana Lima of Peru and President Jon Tari of Chile reviewed the trade accord signed by the two "
        "governments in 2019.\n"
    )
    assert [a.act for a in x.acts] == []


def test_an_act_addressed_to_several_is_one_act_each() -> None:
    """ "thanked Norway and Chile for their support", "congratulated X, Y and Z on ...": one each."""
    x = _extract(
        "President Ana Lima thanked Norway and Chile for their support. She congratulated President Jon Tari, "
        "King Harald and Prime Minister Eva Moss on their elections.\n"
    )
    acts = sorted((a.act, a.addressee.label if a.addressee else None) for a in x.acts)
    assert acts == [
        ("congratulate", "Eva Moss"),
        ("congratulate", "Harald"),
        ("congratulate", "Jon Tari"),
        ("thank", "Chile"),
        ("thank", "Norway"),
    ]


def test_whom_an_act_is_done_to_in_a_relative_clause_is_the_name_before_it() -> None:
    found = _acts(
        "President Ana Lima of Peru spoke with President Jon Tari of Chile, whom she congratulated on the "
        "victory of his party."
    )
    assert ("congratulate", "Ana Lima", "Jon Tari") in found


def test_an_office_that_reports_the_act_ends_its_topic() -> None:
    x = _extract(
        "President Ana Lima of Peru congratulated Jon Tari on his election, wishing him much success in his "
        "work, the Office of the President said.\n"
    )
    assert [a.topic for a in x.acts if a.act == "wish"] == ["much success in his work"]


def test_a_states_minister_in_lower_case_is_its_minister_named_before() -> None:
    found = _acts(
        "Foreign Minister Jon Tari of Chile held talks with Foreign Minister Ana Lima of Peru in Santiago. "
        "President Luis Campos of Peru will visit Chile. The Peruvian minister thanked Chile for the scholarships."
    )
    assert ("thank", "Ana Lima", "Chile") in found


def test_the_two_foreign_ministers_are_the_two_who_hold_that_post() -> None:
    """Not the prime minister who received one of them just before."""
    found = _acts(
        "Foreign Minister Jon Tari of Chile met Foreign Minister Ana Lima of Peru in Lima. Prime Minister Luis "
        "Campos of Peru received the Chilean minister. Later, the two foreign ministers held a session of talks, "
        "at which they agreed to convene the joint commission."
    )
    assert ("agree", "Luis Campos", "Jon Tari") not in found, found
    assert any(a == "agree" and {ag, ad} == {"Jon Tari", "Ana Lima"} for a, ag, ad in found), found


def test_the_head_of_state_is_the_president_of_the_republic_of_the_report() -> None:
    found = _acts(
        "Asuncion - The President of the Republic, Ana Lima, received Foreign Minister Tomas Lin of Taiwan, who "
        "conveyed the greetings of President Lai Wen of Taiwan. The head of State thanked Taiwan for its support."
    )
    assert ("thank", "Ana Lima", "Taiwan") in found, found


def test_a_state_agencys_head_of_state_is_its_own_where_datelined_abroad() -> None:
    """ "BISHKEK. KAZINFORM - ..., the Head of State proposed ...": Kazakhstan's agency calls its own
    president so, though the dateline's place (and the summit's chair) is Kyrgyz."""
    report = (
        "BISHKEK. KAZINFORM - President of Kazakhstan Tom Reid held talks with President of China Jon Tari on "
        "the sidelines of the summit on 25 June. The summit, chaired by President of Kyrgyzstan Ana Lima, "
        "brought together the leaders of ten states. At the summit, the Head of State thanked Ana Lima for the "
        "warm hospitality."
    )
    assert ("thank", "Tom Reid", "Ana Lima") in _acts(report)
    assert agency_state(parse_report("case", HEAD + report + "\n")) == lexicon().names["Kazakhstan"]
    assert home_state(parse_report("case", HEAD + report + "\n")) == lexicon().names["Kyrgyzstan"]
    assert agency_state(parse_report("case", HEAD + "President Tom Reid left for Bishkek.\n")) is None
    for credit, state in (("(SONNA)", "Somalia"), ("(TATOLI)", "Timor-Leste"), ("(AMAP)", "Mali")):
        lead = f"Cairo, 18 November 2025 {credit} - President Tom Reid held talks.\n"
        assert agency_state(parse_report("case", HEAD + lead)) == lexicon().names[state], credit


def test_a_subject_the_parser_hung_on_a_participle_acts_for_the_main_verb() -> None:
    """ "X, addressing Y as "my dear friend", congratulated him and commended ...": X acts, to Y;
    "Besides, X, in a message to Y, said ...": an opening adverb, not a preposition taking X."""
    x = _extract(
        "President Ana Lima of Peru received messages on the national day.\n\nPrime Minister Tom Reid of Chile, "
        'addressing Lima as "my dear friend and sister", congratulated her on the occasion and commended her '
        "leadership.\n\nPresident Jon Tari of Ghana, in his message to President Lima, congratulated her and the "
        "people of Peru.\n\nBesides, Foreign "
        "Minister Rui Costa of Brazil, in a message to Foreign Minister Mia Soto Reid of Peru, said Brazil valued "
        "its partnership with Peru.\n"
    )
    found = {(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts}
    assert {("congratulate", "Tom Reid", "Ana Lima"), ("praise", "Tom Reid", "Ana Lima")} <= found
    assert ("congratulate", "Tom Reid", "Ana Lima", "the occasion") in {
        (a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts
    }
    assert ("message", ["Rui Costa"], ["Mia Soto Reid"]) in contacts(x)
    # the occasion Jon Tari's congratulations take from the report, without the next verb's words
    assert [a.topic for a in x.acts if a.agent.label == "Jon Tari" and a.act == "congratulate"] == ["the occasion"]


def test_an_envoy_received_with_others_speaks_to_the_host() -> None:
    """Envoys received together, each in an audience of their own: what one of them says is said
    to the host, not to no one."""
    found = _acts(
        "Havana, June 2 - President Ana Lima received the credentials of the new ambassadors of Ghana, Peru and "
        "Chile. Presenting their letters of credence were Tom Reid, of the Republic of Ghana; Jon Tari, of the "
        "Republic of Peru; and Rui Costa, of the Republic of Chile. Reid expressed gratitude for the "
        "training of doctors."
    )
    assert ("thank", "Tom Reid", "Ana Lima") in found, found


def test_willing_to_provide_help_is_support() -> None:
    found = _acts(
        "President Ana Lima of Peru sent a message of condolences to President Jon Tari of Chile. Lima said Peru "
        "was willing to provide emergency assistance."
    )
    assert any(a == "support" and ag == "Ana Lima" for a, ag, _ in found), found


def test_a_wish_for_the_recipient_and_one_for_their_country_named_only_as_theirs() -> None:
    """ "wished the President good health and the friendly country and its people further
    progress": one wish to the President, one to the President's state; "wished Chile prosperity
    and its people happiness": one state, no second wish."""
    x = _extract(
        "KUWAIT, June 2 -- The Amir Tom Reid sent a cable to President Jon Tari of Chile. In the cable, the Amir "
        "wished the President lasting good health and the friendly country and its people further progress "
        "and prosperity.\n"
    )
    wishes = {(a.addressee.label if a.addressee else None, a.topic) for a in x.acts if a.act == "wish"}
    assert wishes == {("Jon Tari", "lasting good health"), ("Chile", "further progress and prosperity")}
    for people in ("its people", "the Chilean people"):  # the state named, then its people: one wish to it
        y = _acts(
            "President Tom Reid of Peru sent a cable to President Jon Tari of Chile, wishing Chile prosperity and "
            f"{people} happiness."
        )
        assert [w for w in y if w[0] == "wish"] == [("wish", "Tom Reid", "Chile")], people


def test_a_wish_in_a_letter_past_a_vocative_and_for_a_people_too() -> None:
    """ "I take this opportunity to wish you, dear X, good health ..., and the people of Y peace":
    the writer wishes the recipient one thing and the people another."""
    x = _extract(
        "President Rosa Vela of Peru has sent a congratulatory letter to President Jon Tari of Chile on the "
        'occasion of Independence Day.\n\nThe letter reads:\n\n"Dear Jon Tari,\n\nI take this opportunity to wish '
        "you, dear Jon Tari, good health and new successes in your state activities, and the people of Chile "
        'peace and well-being.\n\nRespectfully,\n\nRosa Vela"\n'
    )
    wishes = [(a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts if a.act == "wish"]
    assert wishes == [
        ("Rosa Vela", "Jon Tari", "good health and new successes in your state activities"),
        ("Rosa Vela", "Chile", "peace and well-being"),
    ]


def test_a_letter_wishes_a_people_named_by_its_demonym_and_admires_another() -> None:
    """ "..., and to all Chileans a just and lasting peace": a wish for Chile; "I deeply admire
    the resilience of the Chilean people": praise."""
    x = _extract(
        "President Rosa Vela of Peru has sent a letter to President Jon Tari of Chile.\n\n"
        '"Dear Jon Tari,\n\nI deeply admire the resilience of the Chilean people. I wish you, dear Jon, strength '
        'and good health, and to all Chileans a just and lasting peace.\n\nRosa Vela"\n'
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert ("praise", "Rosa Vela", "Chile", "the resilience of the Chilean people") in found
    assert [f for f in found if f[0] == "wish"] == [
        ("wish", "Rosa Vela", "Jon Tari", "strength and good health"),
        ("wish", "Rosa Vela", "Chile", "a just and lasting peace"),
    ]


def test_letters_received_from_several_past_the_occasion() -> None:
    """ "received letters on the occasion of Independence Day from X and Y": the parser hangs
    "from" on the occasion; a letter and a congratulation from each."""
    x = _extract(
        "President Jon Tari has also received congratulatory letters on the occasion of Independence Day from "
        "President of the Republic of Peru Rosa Vela and President of the Republic of Bolivia Luis Arce.\n"
    )
    letters = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert letters == [(["Rosa Vela"], ["Jon Tari"]), (["Luis Arce"], ["Jon Tari"])]


def test_a_title_two_hold_in_a_message_named_before_is_its_writer() -> None:
    """ "In the message, the Prime Minister ...": of the two prime ministers, the one who wrote."""
    found = _acts(
        "President Luis Arce of Bolivia congratulated Chile on its national day.\n\n"
        "Prime Minister of Peru Rosa Vela has sent a congratulatory message to Prime Minister of Chile Jon Tari "
        "on Independence Day. In the message, the Prime Minister expressed gratitude to Chile for its support "
        "of the Pacific ports project."
    )
    assert ("thank", "Rosa Vela", "Chile") in found


def test_a_letter_handed_over_at_an_audience_and_what_it_asks() -> None:
    """ "The minister handed over to the head of state a letter from X inviting him ...": a letter
    from X to the head of state (the parser reads the letter as the minister's apposition), whose
    invitation is to him, accepted by him; "the sides" after it are still those who met; "Minister
    of A Y and Z held talks" are Y and Z."""
    x = _extract(
        "On February 10, President of the Republic of Peru Rosa Vela received Foreign Minister of the Republic "
        "of Chile Jon Tari.\n\nThe Chilean foreign minister handed over to the head of state a letter from "
        "President Luis Arce inviting him to pay a state visit to Chile. President Rosa Vela accepted the "
        "invitation with gratitude.\n\nThe sides highly appreciated the activities of the Joint Council.\n\n"
        "Later the same day, Minister of Foreign Affairs of Peru Mario Quispe and Jon Tari held talks in an "
        "expanded format.\n"
    )
    got = contacts(x)
    assert got == [
        ("meeting", ["Rosa Vela"], ["Jon Tari"]),
        ("letter", ["Luis Arce"], ["Rosa Vela"]),
        ("talks", ["Mario Quispe"], ["Jon Tari"]),
    ]
    acts = [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
    assert ("invite", "Luis Arce", "Rosa Vela") in acts
    assert ("agree", "Rosa Vela", "Luis Arce") in acts
    assert ("praise", "Rosa Vela", "Jon Tari") in acts


def test_him_in_what_a_message_asks_is_whom_it_is_to() -> None:
    """ "The ambassador handed over a message from X inviting him to visit": him, the host."""
    found = _acts(
        "President Rosa Vela received Ambassador Jon Tari of Chile on Monday. The ambassador handed over a "
        "message from President Luis Arce inviting him to visit Santiago. Later, Minister Mario Quispe of "
        "Bolivia arrived."
    )
    assert ("invite", "Luis Arce", "Rosa Vela") in found


def test_them_after_a_contact_with_several_is_each_of_them() -> None:
    """ "received the credentials of X, Y and Z ... welcomed the ambassadors, wishing them
    success": a wish for each envoy."""
    x = _extract(
        "President Rosa Vela received the credentials of Ambassador of Chile Jon Tari, Ambassador of Bolivia "
        "Luis Arce and Ambassador of Ecuador Mario Quispe on Tuesday.\n\nThe President welcomed the ambassadors, "
        "wishing them success in their diplomatic missions.\n"
    )
    wished = [a.addressee.label for a in x.acts if a.act == "wish" and a.addressee]
    assert wished == ["Jon Tari", "Luis Arce", "Mario Quispe"]


def test_a_name_the_parser_read_as_a_phrase_agreed_in_a_recalled_meeting_and_an_unposted_counterpart() -> None:
    """ "To Lam, for his part, ... wished": To Lam wishes (the parser reads "to Lam"); "they
    last met in October, when they agreed to ..." (a June report: last October) is no act of
    this report; "invited his Chilean counterpart" after a call with a Chilean of no stated
    post is that Chilean."""
    acts = _acts(
        "General Secretary To Lam sent a message to President Rosa Vela of Peru. To Lam, for his part, "
        "highlighted the ties between Vietnam and Peru, forged by Jon Tari and Luis Mendoza, and wished the "
        "Peruvian people greater achievements.\n\n"
        "Foreign Minister Ana Soliz of Peru held a phone call with Chile's Mario Quispe on Monday. Quispe said "
        "that Chilean President Luis Tapia would attend the summit. Soliz invited her Chilean counterpart to "
        "visit Lima. The two last met in Santiago in October, when they agreed to resume the joint commission.\n"
    )
    assert ("wish", "To Lam", "Peru") in acts
    assert ("invite", "Ana Soliz", "Mario Quispe") in acts
    assert not any(a == "agree" for a, _, _ in acts), acts


def test_congratulations_exchanged_in_calls_from_two_go_both_ways_with_each() -> None:
    """ "received phone calls from X and Y, during which they exchanged congratulations": X and
    the receiver congratulate each other, and so do Y and the receiver."""
    acts = _acts(
        "President Rosa Vela of Peru on Friday received phone calls from President Jon Tari of Chile and "
        "President Ana Soliz of Bolivia, during which they exchanged congratulations on the new year."
    )
    congratulated = {(a, b) for act, a, b in acts if act == "congratulate"}
    assert congratulated == {
        ("Jon Tari", "Rosa Vela"),
        ("Rosa Vela", "Jon Tari"),
        ("Ana Soliz", "Rosa Vela"),
        ("Rosa Vela", "Ana Soliz"),
    }


def test_support_for_a_state_the_speaker_of_reported_speech_and_condolences_on_ones_own_behalf() -> None:
    """ "reaffirmed Estonia's support for Ukraine in a phone call with X": Ukraine; "X reassured
    his partner that Slovakia would continue to support Serbia's path": X; a commissioner who
    "expressed condolences on behalf of the European Commission" condoles herself."""
    acts = _acts(
        "Foreign Minister Marek Tamm reaffirmed Estonia's support for Ukraine in a phone call with his "
        "Ukrainian counterpart Oleh Brovko on Tuesday."
    )
    assert ("support", "Marek Tamm", "Ukraine") in acts
    acts = _acts(
        "Slovak Prime Minister Peter Novak met Serbian President Milan Petrovic. Novak reassured his Serbian "
        "partner that Slovakia would continue to support Serbia's path to the European Union."
    )
    assert ("support", "Peter Novak", "Serbia") in acts
    acts = _acts(
        "European Commissioner for Enlargement Marta Lind, in a letter to Prime Minister Borka Jelic, expressed "
        "condolences on behalf of the European Commission."
    )
    assert acts == [("condole", "Marta Lind", "Borka Jelic")]


def test_a_reproduced_letter_over_paragraphs_speaks_for_its_sender() -> None:
    """A letter quoted over several paragraphs, its first opening the quotation and its
    signature closing it: "I" is its sender, not the reporter on the byline; "I address to you
    ... my warmest congratulations", "I reaffirm Romania's firm support for ...", "I am pleased to
    invite you" are the sender's acts."""
    x = _extract(
        "Mara Ionescu\n27 August 2025\n\n"
        "President Andrei Popa sent a letter to President Elena Rusu on Wednesday. The letter reads:\n\n"
        '"Dear Madam President,\n\n'
        "On the occasion of your Independence Day, I address to you, and through you to all your citizens, "
        "my warmest congratulations.\n\n"
        "I reaffirm Romania's firm support for the European path of the Republic of Moldova.\n\n"
        "I am pleased to invite you to Bucharest this autumn.\n\n"
        'Andrei Popa"\n'
    )
    acts = {(a.act, a.agent.label) for a in x.acts}
    assert {("congratulate", "Andrei Popa"), ("support", "Andrei Popa"), ("invite", "Andrei Popa")} <= acts
    assert not any(agent == "Mara Ionescu" for _, agent in acts)


def test_acts_whose_object_is_a_states_or_a_bodys() -> None:
    """ "the reforms undertaken by Uzbekistan": Uzbekistan; "the AU's initiative": the AU;
    "affirmed Egypt's support for Kenya's efforts": Kenya; a deal "signed" in a visit recalled
    "during which" is no act of this report."""
    acts = _acts(
        "Prime Minister Aziz Rahman hosted President Timur Karimov. Rahman commended the economic reforms "
        "undertaken by Uzbekistan. Foreign Minister Omar Hany met the Chairperson of the African Union "
        "Commission, Musa Ali, and reaffirmed Egypt's support for the AU's Silencing the Guns initiative."
    )
    assert ("praise", "Aziz Rahman", "Uzbekistan") in acts
    assert ("support", "Omar Hany", "African Union") in acts


def test_a_signing_in_the_presence_of_leaders_and_a_book_of_condolence_are_no_sign_acts() -> None:
    """ "A memorandum was signed in the presence of both leaders by X and Y": the passive of
    the genre gives no sign act (GOLD.md), whoever the "by" names; nor does signing a book of
    condolence; "X and Y signed the Joint Declaration" does."""
    acts = _acts(
        "President Ana Lima met Prime Minister Jon Tari. A memorandum of understanding was signed in the presence "
        "of both leaders by Foreign Minister Rosa Vela and her Spanish counterpart Jose Alba. Minister Peter Kemp "
        "signed the book of condolence at the High Commission. Vela and Alba signed the Joint Declaration."
    )
    assert [a for a in acts if a[0] == "sign"] == [("sign", "Rosa Vela", "Jose Alba")]


def test_the_kingdom_is_the_kingdom_the_report_names_or_its_own() -> None:
    """ "thanked the Kingdom for ...", "the Kingdom's leading role": the state of that form named
    last, else the dateline's (the forms come from the states' official names, states.ttl);
    "the United Kingdom" stays itself."""
    acts = _acts(
        "RABAT - Prime Minister Aziz Alami received Senegalese Prime Minister Amadou Diallo in Rabat on Monday. "
        "Diallo thanked the Kingdom for the 400 scholarships it grants each year."
    )
    assert ("thank", "Amadou Diallo", "Morocco") in acts
    acts = _acts(
        "MUSCAT - Sultan Faisal bin Nasser received President Ana Lima of Peru. Lima praised the Sultanate's role in "
        "the region."
    )
    assert ("praise", "Ana Lima", "Oman") in acts


def test_the_neighbouring_country_is_the_other_state_named_last() -> None:
    """ "Turning to Djibouti, X thanked the neighbouring country for its role": Djibouti, the
    state named last that is not the report's own."""
    acts = _acts(
        "ADDIS ABABA - President Abel Tesfaye received the new ambassadors of Kenya and Djibouti on Tuesday. "
        "Turning to Djibouti, Tesfaye thanked the neighboring country for its role in facilitating trade."
    )
    assert ("thank", "Abel Tesfaye", "Djibouti") in acts


def test_a_state_named_by_what_it_is_is_the_other_party_s_state() -> None:
    """ "the city-state", "the island nation", "the Gulf state": the other state named last; where
    states are named only in people's posts, the state of the other party, not the speaker's own."""
    head = "Prime Minister Tom Reid of Vietnam held talks with Prime Minister Ana Lima of Singapore on Monday. "
    assert ("thank", "Tom Reid", "Singapore") in _acts(head + "Reid thanked the city-state for its investments.")
    assert ("thank", "Tom Reid", "Singapore") in _acts(head + "Reid thanked the island nation for its support.")
    assert ("praise", "Ana Lima", "Vietnam") in _acts(
        head + "Lima praised the Southeast Asian country for its reforms."
    )


def test_an_act_in_a_relative_clause_ends_with_the_clause() -> None:
    """ "X, who expressed gratitude for the welcome, reaffirmed ...": the thanks end at the clause's
    comma, and the main clause's support is an act of its own."""
    x = _extract(
        "President Tom Reid of Ghana held talks with President Ana Lima of Kenya on Monday. Lima, who expressed "
        "gratitude for the warm welcome extended to her, reaffirmed Kenya's support for the removal of all "
        "remaining tariffs on Ghanaian cocoa.\n"
    )
    topics = {a.act: a.topic for a in x.acts if a.agent.label == "Ana Lima"}
    assert topics.get("thank") == "the warm welcome extended to her"
    assert topics.get("support") == "the removal of all remaining tariffs on Ghanaian cocoa"


def test_acts_of_a_message_quoted_after_writing_and_wishes_passed_on_by_request() -> None:
    """ "X sent a message, writing: 'I warmly congratulate you and wish you ...'": X's acts to the
    recipient; "X asked the ambassador to pass on her best wishes for good health to Y": X's wish
    to Y; "the two governments expect to sign new agreements": no signing yet."""
    found = _acts(
        "President Elena Quispe of Chile won the election on Sunday. President Ana Lima of Peru sent a message "
        'to President Quispe on Monday, writing: "I warmly congratulate you and wish you success in your new '
        'term." Lima asked the ambassador to pass on her best wishes for good health to President Quispe. Both '
        "governments expect to sign new agreements on trade next year."
    )
    assert found == [
        ("congratulate", "Ana Lima", "Elena Quispe"),
        ("wish", "Ana Lima", "Elena Quispe"),
        ("wish", "Ana Lima", "Elena Quispe"),
    ]


def test_one_addressee_with_their_people_and_the_president_of_their_state() -> None:
    """ "congratulating him and the Chilean people": one act; "the President of Chile" after "his
    Chilean counterpart, X" is X, not the sender who is President of the Republic; a known name
    that ends in a state's ("Luís Montenegro") stays whole; a topic ends before " - while"."""
    x = _extract(
        "The President of the Republic, Marcelo Rebelo de Sousa, sent a message to his Chilean counterpart, "
        "Tomás Rivas, congratulating him and the Chilean people on the national day - while others stayed "
        "silent. He also wished the President of Chile good health. The Prime Minister, Luís Montenegro, "
        "thanked Chile for its help.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert found == [
        ("congratulate", "Marcelo Rebelo de Sousa", "Tomás Rivas", "the national day"),
        ("wish", "Marcelo Rebelo de Sousa", "Tomás Rivas", "good health"),
        ("thank", "Luís Montenegro", "Chile", "its help"),
    ]


def test_a_post_quoted_after_writing_is_no_message_and_a_past_signing_after_an_agreement() -> None:
    """ "X marked the day on social media, writing: 'We wish ...'": X's own words, not the last
    message's sender's; "agreed to hold events ... and signed an agreement": a signing."""
    found = _acts(
        "President Ana Lima sent a message of congratulations to President Tomás Rivas. Prime Minister Elena "
        'Quispe marked the day on social media, writing: "We wish Chile and its people continued peace." On '
        "Thursday Foreign Minister Jorge Vela held talks with Foreign Minister Luis Campos. The two sides "
        "agreed to hold events marking the anniversary and signed an agreement on visa exemption."
    )
    assert ("wish", "Ana Lima", "Chile") not in found
    assert ("sign", "Jorge Vela", "Luis Campos") in found


def test_wishes_to_a_people_in_the_agencies_formulas() -> None:
    """ "best wishes of good health to the President, and of steady progress to the government
    and people of the friendly Republic of Chile": a wish to each; "conveyed the greetings of
    King X and his wishes of further progress for the Peruvian people": X's wish to Peru."""
    found = _acts(
        "King Tomás Rivas of Spain sent a cable to President Ana Lima of Chile. In the cable, King Rivas expressed "
        "his best wishes of good health to the President, and of steady progress and prosperity to the government "
        "and people of the friendly Republic of Chile. On Monday Ambassador Elena Quispe conveyed to President "
        "Jorge Vela the greetings of King Rivas and his wishes of further progress for the Peruvian people."
    )
    assert ("wish", "Tomás Rivas", "Ana Lima") in found
    assert ("wish", "Tomás Rivas", "Chile") in found
    assert ("wish", "Tomás Rivas", "Peru") in found


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("He said Norway stood ready to support Chile in its recovery after the floods.", "Chile"),
        ("Halvorsen said Norway supports the Clean Seas Compact proposed by Chile.", "Chile"),
        ("Halvorsen backed the coastal monitoring network launched by Chile last year.", "Chile"),
    ],
)
def test_support_goes_to_the_state_supported_or_whose_initiative_it_is(sentence: str, state: str) -> None:
    """The state supported ("support Chile in ...") or the one that proposed what is supported
    ("the Compact proposed by Chile") is the addressee, not the other party of the contact."""
    found = _acts(
        "Prime Minister Tomas Halvorsen of Norway held a telephone conversation with President Rosa Quispe "
        f"of Peru. {sentence}"
    )
    assert [(a, to) for a, _, to in found if a == "support"] == [("support", state)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvorsen conveyed the greetings of the King and said Norway stood ready to support Chile's reforms.",
        "Halvorsen said in a statement that Norway would support Chile's bid to host the next summit.",
        "Chilean media quoted Halvorsen as saying that Norway supports Chile's reforms.",
    ],
)
def test_a_state_supporting_in_reported_speech_is_its_speaker(sentence: str) -> None:
    """Where a state supports in what someone says ("said X stood ready to support", "said in a
    statement that X would support", "quoted Y as saying that X supports"), the speaker acts."""
    found = _acts(
        "Prime Minister Tomas Halvorsen of Norway held a telephone conversation with President Rosa Quispe "
        f"of Chile. {sentence}"
    )
    assert [(a, who) for a, who, _ in found if a == "support"] == [("support", "Tomas Halvorsen")]


@pytest.mark.parametrize("pair", ["the premiers", "both prime ministers", "the two premiers"])
def test_a_pair_named_by_a_plural_post_acts_as_the_contact(pair: str) -> None:
    """ "The premiers agreed" is the two of the contact: one act, of the one who called."""
    found = _acts(
        "Prime Minister Rosa Vela of Peru had a phone conversation with Prime Minister Jon Tari of Chile. "
        f"According to the government, {pair} agreed to speed up works on the new bridge."
    )
    assert [f for f in found if f[0] == "agree"] == [("agree", "Rosa Vela", "Jon Tari")]


def test_a_joint_act_of_a_call_is_the_callers() -> None:
    """ "X and Y agreed ..., during a call held at the request of Y's side": Y initiated, and a
    joint act is its initiator's."""
    found = _acts(
        "President Rosa Vela and Chilean President Jon Tari agreed on Tuesday to speed up the bridge project, "
        "during a telephone conversation held at the request of the Chilean side."
    )
    assert [f for f in found if f[0] == "agree"] == [("agree", "Jon Tari", "Rosa Vela")]


def test_a_pronoun_before_its_subject_makes_that_subject_the_next_sentences_speaker() -> None:
    """ "On his part, President X thanked ...": X, not the man named last before, is the "he"
    of the quotation that follows."""
    found = _acts(
        "President Rosa Vela of Peru held talks with President Jon Tari of Chile. Vela said the two nations "
        "were bound by ties forged under the founders, Manuel Prado and Arturo Alessandri.\n"
        "On his part, President Tari thanked Peru for standing with Chile during the floods.\n"
        '"Peru is not a neighbour to us, Peru is family," he said, adding that his government would support '
        "Peruvian investors in the northern corridor."
    )
    assert ("support", "Jon Tari", "Peru") in found
    assert not any(who in ("Manuel Prado", "Arturo Alessandri") for _, who, _ in found)


def test_a_thing_signed_by_two_is_signed_by_the_first_with_the_second() -> None:
    """ "The memorandum was signed by X and Y": X signs, with Y (no one is signed)."""
    found = _acts(
        "President Ana Lima of Peru received President Jon Tari of Chile. The memorandum on fisheries was signed "
        "by Foreign Minister Rosa Vela of Peru and Foreign Minister Luis Soto of Chile."
    )
    assert [f for f in found if f[0] == "sign"] == [("sign", "Rosa Vela", "Luis Soto")]


def test_a_participle_telling_what_a_message_says_is_its_senders() -> None:
    """ "X sent a message to Y congratulating her": X congratulates Y (not the name before the
    participle); "A letter from Z inviting her to visit W was delivered": Z invites, to visit W."""
    x = _extract(
        "President Xi Ling of China sent a message to Ana Lima congratulating her on the anniversary of "
        "independence. A letter from President Jon Tari inviting her to visit Chile was also delivered.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert ("congratulate", "Xi Ling", "Ana Lima", "the anniversary of independence") in found
    assert ("invite", "Jon Tari", "Ana Lima", "visit Chile") in found
    assert ("message", ["Ana Lima"], ["Xi Ling"]) not in contacts(x)


def test_a_counterpart_is_the_peer_the_reference_data_makes_of_that_state() -> None:
    """ "His Senegalese counterpart" of a president, after a meeting with a Senegalese minister,
    is the President of Senegal the report names only as such (his state from the reference
    data), not the minister."""
    found = _acts(
        "President Ansu Jallow on Monday received at State House the Senegalese Minister of Foreign Affairs, Rosa "
        "Ndiaye, who came as special envoy of President Bassirou Diomaye Faye with a message for the Gambian "
        "leader. President Jallow wished his Senegalese counterpart success."
    )
    assert [f for f in found if f[0] == "wish"] == [("wish", "Ansu Jallow", "Bassirou Diomaye Faye")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Rosa Ndiaye conveyed an invitation from President Omar Sall to President Ansu Jallow to visit Dakar.",
        "The message contained an invitation from President Omar Sall to President Ansu Jallow to visit Dakar.",
    ],
)
def test_an_invitation_from_one_to_another_is_the_inviters_whoever_carries_it(sentence: str) -> None:
    """ "An invitation from X to Y to visit Z": X invites Y, not the messenger who conveys it."""
    x = _extract(f"President Ansu Jallow of the Gambia received Minister Rosa Ndiaye of Senegal. {sentence}\n")
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert [f for f in found if f[0] == "invite"] == [("invite", "Omar Sall", "Ansu Jallow", "visit Dakar")]
    assert not any(kind == "visit" for kind, _, _ in contacts(x))  # a visit invited to, not made


def test_the_two_countries_are_the_subjects_contact_after_several_audiences() -> None:
    """After audiences with several envoys, "the two countries" a named envoy speaks of are hers
    and the host's, not those of the last audience."""
    from diplograph.read.extract import extract as read

    x = read(
        parse_report(
            "case",
            HEAD + "President Ana Lima of Peru received on Wednesday the credentials of three new ambassadors.\n"
            "They are the Ambassador of Ghana, Ama Mensah; the Ambassador of Japan, Kenji Morita; and the "
            "Ambassador of Hungary, Gabor Szabo.\n"
            "Speaking to the press at the end of her audience, Mrs Mensah said she had conveyed greetings.\n"
            "The new ambassador stressed the fraternal and exemplary relations between the two countries.\n",
        )
    )
    assert [(r.parties[0].label, r.parties[1].label) for r in x.relations] in (
        [("Ghana", "Peru")],
        [("Peru", "Ghana")],
    )


def test_the_diplomat_is_the_envoy_named_last_and_a_dominican_government_is_a_state() -> None:
    """ "The diplomat thanked ...": the envoy named last, not the president who received her; "the
    Dominican Government" is the Dominican Republic (a demonym Dominica shares)."""
    found = _acts(
        "President Ana Lima of the Dominican Republic received the credentials of the ambassador of Peru, Rosa "
        "Vela. Vela thanked the Dominican Government for its cooperation against drug trafficking.\n"
        "The ambassador of Chile, Marta Soto, then presented her credentials. The diplomat thanked the "
        "Dominican Republic for its support."
    )
    assert [f for f in found if f[0] == "thank"] == [
        ("thank", "Rosa Vela", "Dominican Republic"),
        ("thank", "Marta Soto", "Dominican Republic"),
    ]


def test_a_time_of_day_is_no_prime_minister() -> None:
    """ "Posted: May 12, 2025 4:58 PM EDT": a byline's time, no Prime Minister "EDT"."""
    x = _extract(
        "Daily Wire\nTari and Vela talk trade by phone\n\n"
        "Ana Lima · Daily Wire · Posted: May 12, 2025 4:58 PM EDT | Last Updated: 2 hours ago\n\n"
        "Prime Minister Jon Tari of Canada spoke by phone with President Rosa Vela of Mexico on Monday.\n"
    )
    assert [p.title for p in x.posts if p.person.endswith("/edt")] == []
    assert not any(iri.endswith("/edt") for iri in x.people)


def test_a_new_clause_of_the_pair_or_a_reported_one_ends_a_topic() -> None:
    """ "congratulated Y on ... and the two presidents agreed to ...": two acts; "invited Y to
    visit Z and that the Chilean president accepted": an invitation, then its acceptance."""
    x = _extract(
        "President Ana Lima of Peru spoke by telephone with President Jon Tari of Chile. In the conversation, "
        "Lima congratulated Tari on the start of his administration and the two presidents agreed to create a "
        "bilateral channel on crime. The statement adds that Lima invited Tari to make an official visit to Peru "
        "and that the Chilean president accepted.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert ("congratulate", "Ana Lima", "Jon Tari", "the start of his administration") in found
    assert ("agree", "Ana Lima", "Jon Tari", "create a bilateral channel on crime") in found
    assert ("invite", "Ana Lima", "Jon Tari", "make an official visit to Peru") in found
    assert any(a == "agree" and who == "Jon Tari" for a, who, _, _ in found)


def test_an_act_in_the_infinitive_of_a_recalled_when_clause_is_not_news() -> None:
    """ "had last spoken in December, when X called Y to congratulate him on his victory": what was
    done then, not an act of this report."""
    found = _acts(
        "President Ana Lima of Peru spoke by telephone with President Jon Tari of Chile. The two leaders had "
        "last spoken in December, when Lima called Tari to congratulate him on his victory in the runoff."
    )
    assert [f for f in found if f[0] == "congratulate"] == []


def test_felicitations_exchanged_and_prosperity_prayed_for() -> None:
    """ "Exchanged felicitations with him on Eid": a congratulation each way; "prayed for the
    continued progress and prosperity of the people of X": a wish for X."""
    found = _acts(
        "Prime Minister Ana Lima of Peru today telephoned President Jon Tari of Chile and exchanged felicitations "
        "with him on the occasion of Eid. Lima prayed for the continued progress and prosperity of the brotherly "
        "people of Chile."
    )
    assert ("congratulate", "Ana Lima", "Jon Tari") in found
    assert ("congratulate", "Jon Tari", "Ana Lima") in found
    assert [f for f in found if f[0] == "wish"] == [("wish", "Ana Lima", "Chile")]


def test_congratulations_joined_to_greetings_and_an_invitation_owned_by_its_inviter() -> None:
    """ "I extend warm greetings and heartfelt congratulations to you on ...": a congratulation;
    "conveyed Minister X's invitation to Y to attend ...": X invites Y, not the messenger."""
    found = _acts(
        'Prime Minister Ana Lima of Peru sent a message to President Jon Tari of Chile. The message reads:\n\n"Your '
        "Excellency,\n\nI extend warm greetings and heartfelt congratulations to you on the occasion of "
        'Independence Day."\n\nLater, President Tari received Ambassador Rui Sousa of Brazil. Ambassador Sousa '
        "conveyed Foreign Minister Marta Reis's invitation to Tari to attend the Amazon Forum."
    )
    assert ("congratulate", "Ana Lima", "Jon Tari") in found
    assert [f for f in found if f[0] == "invite"] == [("invite", "Marta Reis", "Jon Tari")]


def test_a_letter_that_carries_joined_acts_and_a_wish_for_a_people_by_its_demonym() -> None:
    """ "X invited Y ... and proposed reviving Z, in a letter delivered by W": X's letter to Y
    (W only carries it), the proposal's topic ends before the letter; "I wish you good health,
    and the Chilean people peace": a wish for Y, another for Chile."""
    x = _extract(
        "Prime Minister Ana Lima of Peru has invited Chilean Prime Minister Jon Tari for an official visit and "
        "proposed reviving the dormant Joint Commission, in a letter delivered in Santiago on Monday by Foreign "
        'Minister Rosa Vela. The letter reads:\n\n"Dear Prime Minister,\n\nI wish you good health, and the '
        'Chilean people peace and prosperity."\n'
    )
    assert contacts(x)[0] == ("letter", ["Ana Lima"], ["Jon Tari"])
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert ("propose", "Ana Lima", "Jon Tari", "reviving the dormant Joint Commission") in found
    assert ("wish", "Ana Lima", "Jon Tari", "good health") in found
    assert ("wish", "Ana Lima", "Chile", "peace and prosperity") in found


def test_a_wish_to_each_of_the_envoys_received_is_one_each() -> None:
    """ "wished each of the ambassadors success in their mission", after an audience with each:
    one wish per envoy."""
    found = _acts(
        "President Ana Lima of Peru received on Wednesday the credentials of three new ambassadors.\n"
        "They are the Ambassador of Ghana, Ama Mensah; the Ambassador of Japan, Kenji Morita; and the "
        "Ambassador of Hungary, Gabor Szabo.\nPresident Lima wished each of the ambassadors success in their mission."
    )
    assert sorted(f for f in found if f[0] == "wish") == [
        ("wish", "Ana Lima", "Ama Mensah"),
        ("wish", "Ana Lima", "Gabor Szabo"),
        ("wish", "Ana Lima", "Kenji Morita"),
    ]


def test_an_invitation_carried_takes_no_other_act_of_the_messenger_with_it() -> None:
    """Only the messenger's reading of the invitation itself gives way to the inviter's: a thanks
    just before it stays."""
    found = _acts(
        "Minister Ansu Jallow of the Gambia received Minister Rosa Ndiaye of Senegal. Ndiaye thanked Jallow for the "
        "welcome and conveyed an invitation from President Omar Sall to Jallow to visit Dakar."
    )
    assert ("thank", "Rosa Ndiaye", "Ansu Jallow") in found
    assert [f for f in found if f[0] == "invite"] == [("invite", "Omar Sall", "Ansu Jallow")]


def test_a_participle_that_qualifies_a_noun_is_no_act() -> None:
    """ "described Peru as a valued partner": "valued" is a word of "partner", no praise."""
    found = _acts(
        "Secretary Jon Tari of Chile sent a message to President Ana Lima of Peru and described Peru as "
        '"a valued partner" in the Pacific.'
    )
    assert [f for f in found if f[0] == "praise"] == []


def test_thanks_to_many_no_one_named_have_no_addressee() -> None:
    found = _acts(
        "President Ana Lima telephoned President Jon Tari of Chile on Monday.\n\n"
        "Foreign Minister Rosa Vela thanked the friendly nations for their continued support. President Lima "
        "expressed gratitude to all leaders for their warm wishes."
    )
    assert ("thank", "Rosa Vela", None) in found
    assert ("thank", "Ana Lima", None) in found
    assert not any(a == "thank" and to == "Jon Tari" for a, _, to in found)


def test_two_who_never_met_act_each_not_to_each_other() -> None:
    found = _acts(
        "President Ana Lima of Peru and President Jon Tari of Chile conveyed their condolences to the families "
        "of the victims."
    )
    assert sorted(found) == [("condole", "Ana Lima", None), ("condole", "Jon Tari", None)]


def test_greetings_from_another_passed_on_are_no_act_of_the_messenger() -> None:
    found = _acts("Foreign Minister Rosa Vela conveyed warm greetings from President Jon Tari to President Ana Lima.")
    assert not any(a == "congratulate" and agent == "Rosa Vela" for a, agent, _ in found)


def test_a_letter_reproduced_without_quotation_marks_is_its_writers() -> None:
    """Between "Dear ...:" and "Fraternally," every first-person act is the writer's; after the
    valediction the report speaks again."""
    found = _acts(
        "President Ana Lima of Peru sent a letter to President Jon Tari of Chile. We reproduce the full text "
        "below:\n\n"
        "Dear Comrade Jon Tari:\n\n"
        "I wish to express our most profound gratitude for the generous assistance that Chile sent to our "
        "country after the hurricane.\n\n"
        "Peru will always stand firmly by the one-Chile principle.\n\n"
        "I take this opportunity to renew my invitation for you to visit Peru at a date convenient to you.\n\n"
        "Please accept my best wishes for good health.\n\n"
        "Fraternally,\n\n"
        "Ana Lima\n\n"
        "Also on Thursday, Foreign Minister Rosa Vela received the ambassador of Chile, Musa Kamara, and thanked "
        "him for the donations."
    )
    assert ("thank", "Ana Lima", "Jon Tari") in found
    assert ("support", "Ana Lima", "Jon Tari") in found
    assert ("invite", "Ana Lima", "Jon Tari") in found
    assert ("wish", "Ana Lima", "Jon Tari") in found
    assert ("thank", "Rosa Vela", "Musa Kamara") in found


def test_a_letter_that_opens_madam_minister_is_its_writers() -> None:
    """A salutation by title ("Madam Minister, dear Rosa,") opens a reproduced letter too; its
    "Allow me to extend to you, and through you to ..., my congratulations" and its tribute to
    the addressee's perseverance are the writer's."""
    found = _acts(
        "Foreign Minister Ana Lima of Peru has sent a letter to Foreign Minister Rosa Vela of Chile. The full "
        "text of the letter is reproduced below.\n\n"
        "Madam Minister, dear Rosa,\n\n"
        "Allow me to extend to you, and through you to the Chilean people, my warmest congratulations on the "
        "signing of the border treaty.\n\n"
        "I would like to pay tribute to the perseverance that you showed throughout the negotiations.\n\n"
        "I propose that our two ministries hold consultations in Lima after the summer.\n\n"
        "Please accept, Madam Minister, the assurances of my highest consideration.\n\n"
        "Ana Lima"
    )
    assert ("congratulate", "Ana Lima", "Rosa Vela") in found
    assert ("praise", "Ana Lima", "Rosa Vela") in found
    assert ("propose", "Ana Lima", "Rosa Vela") in found


def test_a_quotation_that_begins_with_a_name_is_no_letters_salutation() -> None:
    """'"Mr Tari has been a friend ... I thank him," X told reporters': X's words, not the
    letter named before ("Mr Tari," called out would open one)."""
    found = _acts(
        'President Ana Lima of Peru sent a letter to President Jon Tari of Chile on Monday. "Mr Tari has been '
        'a friend of our country. I thank him for his support," Foreign Minister Rui Costa of Peru told '
        "reporters."
    )
    assert [a for a in found if a[0] == "thank"] == [("thank", "Rui Costa", "Jon Tari")]


def test_the_two_officials_and_the_two_heads_of_diplomacy_and_a_deputy_secretarys_recognition() -> None:
    """ "The two officials agreed": the pair of the latest contact; "the two heads of diplomacy":
    the two foreign ministers, not the presidents met before; "Deputy Secretary X recognized the
    cooperation of Y" praises Y."""
    found = _acts(
        "The Minister of State for Foreign Affairs of Chile, Rosa Vela, met with Minister of Foreign Affairs Ana "
        "Lima of Peru. Later, President Tom Reid of Chile received Ana Lima. The two heads of diplomacy agreed "
        "to hold a joint commission in Lima.\n\n"
        "Ana Lima also met the Deputy Secretary of State of the United States, Christopher Landau. Deputy "
        "Secretary Landau recognized the cooperation of Peru in the management of migration. The two officials "
        "agreed to hold a new security dialogue."
    )
    assert ("agree", "Rosa Vela", "Ana Lima") in found or ("agree", "Ana Lima", "Rosa Vela") in found, found
    assert not any(act == "agree" and "Tom Reid" in (agent, to) for act, agent, to in found), found
    assert ("praise", "Christopher Landau", "Peru") in found, found
    assert ("agree", "Ana Lima", "Christopher Landau") in found or ("agree", "Christopher Landau", "Ana Lima") in found


def test_a_position_in_support_of_and_adherence_to_a_principle_are_support() -> None:
    """ "reaffirmed the State of X's firm position in support of the unity of Y", "reaffirmed X's
    adherence to the one-China principle": support; "expressed gratitude for Y's position in
    support of ..." is thanks, not the speaker's support."""
    found = _acts(
        "DOHA - Amir Tom Reid received Minister Ana Lima of Syria. The Amir reaffirmed the State of Qatar's "
        "firm position in support of the unity, sovereignty and stability of Syria. Minister Lima reaffirmed "
        "Syria's adherence to the one-China principle, and expressed gratitude for Qatar's firm position in "
        "support of the reconstruction."
    )
    assert ("support", "Tom Reid", "Syria") in found, found
    assert [a for a in found if a[0] == "support" and a[1] == "Ana Lima"] == [("support", "Ana Lima", "Tom Reid")]


def test_acts_to_a_government_and_people_by_a_state_possessor_and_by_the_president_of_faso() -> None:
    """ "to the government and people of X": X; "Hungary's Szalai thanked": Szalai, not Hungary;
    "the President of Faso" is Burkina Faso's (its official style)."""
    found = _acts(
        "Chinese President Li Wen sent a message to Governor-General Musa Kamara of Jamaica, and extended warm "
        "congratulations to the government and people of Jamaica.\n\n"
        "President Ana Lima received Hungarian Foreign Minister Gabor Szalai. Hungary's Szalai thanked President "
        "Lima for the warm welcome.\n\n"
        "In Ouagadougou, President Jon Tari of Burkina Faso received Foreign Minister Musa Ali of Ghana. According "
        "to the Ghanaian minister, the President of Faso thanked President Rosa Vela of Ghana for her constant "
        "solidarity."
    )
    assert ("congratulate", "Li Wen", "Jamaica") in found
    assert ("thank", "Gabor Szalai", "Ana Lima") in found
    assert ("thank", "Jon Tari", "Rosa Vela") in found


def test_paying_tribute_to_someones_courage_is_praise() -> None:
    found = _acts(
        "President Ana Lima spoke by phone with President Jon Tari of Chile. Ana Lima paid tribute to the courage "
        "of the Chilean rescue services."
    )
    assert ("praise", "Ana Lima", "Chile") in found  # the services' state, as the text names it


def test_paying_tribute_to_a_states_leadership_is_praise_of_that_state() -> None:
    found = _acts(
        "Prime Minister Ana Lima hosted Prime Minister Jon Tari of Singapore. Ms Lima paid tribute to Singapore's "
        "leadership in defending the multilateral trading system."
    )
    assert ("praise", "Ana Lima", "Singapore") in found


def test_condolences_to_a_quoted_people_and_a_recovery_wished_for_the_injured() -> None:
    found = _acts(
        "King Hamid bin Saif sent a cable to President Ana Lima of Peru. The king expressed his condolences to "
        "the families of the victims and wished a speedy recovery for the injured.\n\n"
        'President Jon Tari of Chile, in a post on X, extended condolences to "the brotherly people of Peru".'
    )
    assert ("wish", "Hamid bin Saif", None) in found
    assert ("condole", "Jon Tari", "Peru") in found


def test_the_leaders_of_the_two_countries_act_for_them() -> None:
    """Unlike "the leaders of Taiwan's allies", "the leaders of the two countries" are the pair."""
    found = _acts(
        "President Ana Lima of Peru met President Jon Tari of Chile in Lima. The leaders of the two countries "
        "signed a joint declaration and agreed to meet again."
    )
    assert ("sign", "Peru", "Chile") in found
    assert ("agree", "Peru", "Chile") in found


def test_the_president_is_the_head_of_state_not_a_bodys_president() -> None:
    """ "The President thanked ..." after President X and the President of the European
    Commission Y, named last: X (a body's president goes by the body's name)."""
    x = _extract(
        "Commissioner Rosa Vela arrived in Santiago on Thursday and met President Jon Tari of Chile. Vela conveyed "
        "to Tari the greetings of the President of the European Commission, Ursula von der Leyen. The President "
        "thanked the Commissioner for her engagement.\n"
    )
    assert [(a.act, a.agent.label) for a in x.acts if a.act == "thank"] == [("thank", "Jon Tari")]


def test_an_invitation_from_one_for_another_and_its_acceptance_by_title() -> None:
    """ "delivered an invitation from the Chilean leader for Mr X to pay a state visit, which
    the Head of State accepted": the leader invites X, X accepts the leader's; "invited X to
    visit Lima and the Peruvian leader accepted the invitation": the topic ends at the new
    clause."""

    def acts(text: str) -> list[tuple[str, str, str | None, str | None]]:
        x = _extract(text + "\n")
        return [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]

    found = acts(
        "Foreign Minister Luis Soto of Chile met President Ana Lima of Peru. He conveyed warm greetings from "
        "President Jon Tari and delivered an invitation from the Chilean leader for Ms Lima to pay a state visit "
        "to Chile later this year, which the Head of State accepted."
    )
    assert ("invite", "Jon Tari", "Ana Lima", "pay a state visit to Chile later this year") in found
    assert ("agree", "Ana Lima", "Jon Tari", "accepted") in found
    found = acts(
        "President Jon Tari of Chile spoke by phone with President Ana Lima of Peru. Tari invited Lima to undertake "
        "a state visit to Santiago and the Peruvian leader accepted the invitation."
    )
    assert ("invite", "Jon Tari", "Ana Lima", "undertake a state visit to Santiago") in found


def test_wishes_for_a_people_passed_on_or_joined_to_wishes_for_the_recipient() -> None:
    """ "wishing him good health, and peace and prosperity to the fraternal people of X": a wish
    for X too; "asked the envoy to convey his greetings to Y and his wishes of peace to the
    friendly people of X": the asker's wish for X (the greetings passed on are no contact)."""
    found = _acts(
        "President Jon Tari of Chile congratulated President Ana Lima of Peru on her birthday, wishing her good "
        "health and every success, and peace and prosperity to the fraternal people of Peru."
    )
    assert ("wish", "Jon Tari", "Peru") in found and ("wish", "Jon Tari", "Ana Lima") in found
    found = _acts(
        "President Jon Tari of Chile received the new ambassador of Norway. Tari asked the ambassador to convey "
        "his greetings to President Tomas Halvorsen and his wishes of peace and prosperity to the friendly "
        "people of Norway."
    )
    assert ("wish", "Jon Tari", "Norway") in found
    found = _acts(
        "President Jon Tari of Chile received Ambassador Rui Sousa of Portugal. Sousa conveyed the greetings of "
        "President Ana Lima to President Tari and his wishes of further progress to the people of Chile."
    )
    assert not any(act == "wish" and agent == "Rui Sousa" for act, agent, _ in found)


def test_him_in_a_later_letter_is_its_recipient_not_the_first_letters() -> None:
    found = _acts(
        "President Jon Tari of Chile sent a cable to President Ana Lima of Peru on the occasion of her "
        "country's national day. Tari also sent a cable to President Tomas Halvorsen of Norway, congratulating "
        "him on the anniversary of his country's independence."
    )
    assert ("congratulate", "Jon Tari", "Tomas Halvorsen") in found


def test_a_people_named_by_their_demonym_and_a_verb_joined_to_a_word_of_the_topic() -> None:
    """ "wished Peruvians continued peace and commended ...": a wish for Peru, and the praise is
    the wisher's (the parser joins "commended" to "continued" and makes "Peruvians" its
    subject); "congratulating Soto and Peruvians": one addressee with his people."""
    found = _acts(
        "President Jon Tari of Chile sent a message to President Luis Soto of Peru. In the message, Tari wished "
        "Peruvians continued peace and prosperity and commended President Soto's leadership of the forum."
    )
    assert ("wish", "Jon Tari", "Peru") in found
    assert ("praise", "Jon Tari", "Luis Soto") in found
    found = _acts(
        "President Luis Soto of Peru received messages on the anniversary. President Jon Tari of Chile sent a "
        "message congratulating Soto and Peruvians on the anniversary."
    )
    assert [a for a in found if a[0] == "congratulate"] == [("congratulate", "Jon Tari", "Luis Soto")]


def test_a_relative_clause_after_a_list_of_callers_is_each_of_theirs() -> None:
    """ "received calls from X of A, B's Amir Y and Z, who congratulated His Highness ... and
    wished him good health and the people of C progress": each caller congratulates and wishes,
    and "His Highness" is the report's own amir, not the last caller."""
    found = _acts(
        "His Highness the Amir Sheikh Nasser Al-Fahad received phone calls on Tuesday from King Omar bin Said "
        "Al-Harbi of Bahrain, Qatar's Amir Sheikh Fahad bin Nasser Al-Mansour and UAE President Sheikh Khalid bin "
        "Saif Al-Dhaheri, who congratulated His Highness on the advent of Eid and wished him good health and the "
        "people of Kuwait further progress, the Amiri Diwan said."
    )
    callers = ["Omar bin Said Al-Harbi", "Sheikh Fahad bin Nasser Al-Mansour", "Sheikh Khalid bin Saif Al-Dhaheri"]
    for caller in callers:
        assert ("congratulate", caller, "Sheikh Nasser Al-Fahad") in found
        assert ("wish", caller, "Sheikh Nasser Al-Fahad") in found
        assert ("wish", caller, "Kuwait") in found


def test_an_act_a_relative_clause_dates_before_the_report_is_recalled() -> None:
    """ "the pact that X and Y signed in Lima last October": no signing reported; "Y, who praised
    ... last month" and "a message in which he congratulated ..." are the news."""
    found = _acts(
        "Foreign Minister Rosa Vela of Chile held talks with Foreign Minister Luis Soto of Peru. The arrangement "
        "gives effect to the Andean Pact, the defence treaty that President Jon Tari and President Ana Lima "
        "signed in Lima last October. Soto received a phone call from Minister Rui Sousa of Portugal, who "
        "praised Peru's efforts that led to the accord announced last month."
    )
    assert not any(act == "sign" for act, _, _ in found)
    assert ("praise", "Rui Sousa", "Peru") in found or ("praise", "Rui Sousa", "Luis Soto") in found


def test_i_wish_you_your_family_and_your_people_is_a_wish_for_you() -> None:
    found = _acts(
        "Prime Minister Jon Tari of Chile wrote to President Luis Soto of Peru. In the letter, Tari wrote: "
        '"I wish you, your family and the people of Peru strength in the months ahead."'
    )
    assert ("wish", "Jon Tari", "Luis Soto") in found


def test_a_letter_closing_with_its_vocative_wishes_the_recipient_and_the_people() -> None:
    """ "Please accept, Excellency, my best wishes for your good health, and for the prosperity of
    the people of X": the writer's two wishes, one for the one written to and one for X."""
    found = _acts(
        "President Ana Lima of Peru has received a letter from Prime Minister Jon Tari of Chile on the national "
        'day. "Dear President, I warmly congratulate you on the anniversary. Please accept, Your Excellency, '
        'my best wishes for your continued good health, and for the peace and prosperity of the people of Peru," '
        "the letter read."
    )
    assert ("wish", "Jon Tari", "Ana Lima") in found
    assert ("wish", "Jon Tari", "Peru") in found
    assert not any(act == "wish" and agent == "Ana Lima" for act, agent, _ in found)


def test_wishes_conveyed_to_someone_named_before_them_are_for_that_one() -> None:
    """ "asked the ambassador to convey to President X his best wishes": for X, not the envoy; "his
    wish to visit" is a desire, no wish for anyone."""
    found = _acts(
        "President Rui Sousa received Ambassador Karl Brenner of Austria on Monday. Sousa asked the "
        "ambassador to convey to President Olaf Weber his best wishes for good health and success. "
        "Sousa also expressed his wish to visit Vienna."
    )
    assert ("wish", "Rui Sousa", "Olaf Weber") in found
    assert ("wish", "Rui Sousa", "Karl Brenner") not in found
    assert sum(act == "wish" for act, _, _ in found) == 1


def test_an_acceptance_told_after_what_it_accepts() -> None:
    """ "..., an invitation he accepted": the invitee agrees, to the one who invited; "..., a
    proposal X accepted": X agrees, to the proposer; neither acceptance is part of the act's topic."""
    x = _extract(
        "President Ana Lima of Peru received President Jon Tari of Chile in Lima on Monday. Lima invited Tari "
        "to visit Cusco in the autumn, an invitation he accepted with pleasure. Tari proposed that the next "
        "meeting be held in Arica, a proposal Lima accepted.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert ("agree", "Jon Tari", "Ana Lima", "an invitation he accepted with pleasure") in found
    assert ("agree", "Ana Lima", "Jon Tari", "a proposal Lima accepted") in found
    assert ("invite", "Ana Lima", "Jon Tari", "visit Cusco in the autumn") in found
    assert ("propose", "Jon Tari", "Ana Lima", "the next meeting be held in Arica") in found


def test_a_topic_ends_where_the_same_subject_conveys_something_else() -> None:
    """ "thanked X for ..., and conveyed ...": the thanks end at the new verb."""
    x = _extract(
        "President Ana Lima of Peru received President Jon Tari of Chile. Lima thanked Tari for sending a "
        "dance troupe to the festival, and conveyed to the Government of Chile the sympathy of her people.\n"
    )
    thanks = [a.topic for a in x.acts if a.act == "thank"]
    assert thanks == ["sending a dance troupe to the festival"]


def test_letters_of_felicitation_congratulate_and_both_leaders_are_each_of_those_called() -> None:
    """ "sent letters of felicitation to X and Y on Eid": a congratulation to each; "spoke by
    telephone with X and Y, and felicitated both leaders": one to each of them."""
    found = _acts(
        "ISLAMABAD, May 27 (APP): President Ana Lima sent letters of felicitation to King Omar of Jordan and "
        "President Rui Sousa of Portugal on Eid. Separately, Prime Minister Ali Khan spoke by telephone with the "
        "Amir of Qatar Sheikh Fahad Al Thani and the President of Chile Jon Tari, and felicitated both leaders "
        "on Eid ul Adha."
    )
    for addressee in ("Omar", "Rui Sousa"):
        assert ("congratulate", "Ana Lima", addressee) in found
    for addressee in ("Sheikh Fahad Al Thani", "Jon Tari"):
        assert ("congratulate", "Ali Khan", addressee) in found
    assert ("congratulate", "Ali Khan", None) not in found


def test_the_sovereign_is_the_monarch_named_before() -> None:
    """ "In a similar message to President X, the Sovereign wishes ...": the king who sends the
    report's messages, as a palace agency calls him."""
    found = _acts(
        "RABAT, April 27 (MAP) - King Hassan Idrissi has sent a message of congratulations to President Ana "
        "Lima of Peru on the national day. In a similar message to President Jon Tari of Chile, on the occasion "
        "of Freedom Day, the Sovereign wishes the Chilean President good health."
    )
    assert ("wish", "Hassan Idrissi", "Jon Tari") in found


def test_an_invitation_accepted_by_mr_x_in_the_same_sentence() -> None:
    """ "X invited the Chilean President to visit Lima, and Mr. Tari accepted the invitation": the
    invitation's topic ends before the acceptance, which is Tari's."""
    x = _extract(
        "President Ana Lima received a phone call from Chilean President Jon Tari. President Lima invited the "
        "Chilean President to visit Lima to co-chair a forum, and Mr. Tari accepted the invitation.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert ("invite", "Ana Lima", "Jon Tari", "visit Lima to co-chair a forum") in found
    assert any(act == "agree" and agent == "Jon Tari" for act, agent, _, _ in found)


def test_calls_told_one_by_one_after_the_round_of_calls() -> None:
    """ "held phone calls with X, Y and Z"; "Congratulating the leaders on Eid, W wished ...": a
    congratulation to each one called; "In his conversation with Z, ... The two leaders agreed to
    meet at the summit": Z's, and no meeting held; "exchanged Eid al-Fitr congratulations": both ways."""
    x = _extract(
        "President Omar Kaya held phone calls on Friday with Emir of Qatar Sheikh Fahad Al Thani, President Rui "
        "Sousa of Portugal and President Lena Brandt of Sweden on the occasion of Eid al-Fitr.\n\n"
        "Congratulating the leaders on Eid al-Fitr, President Kaya wished peace to the Islamic world.\n\n"
        "In his conversation with President Brandt, President Kaya noted that relations were growing stronger. "
        "The two leaders agreed to meet at the informal summit to be held later this year.\n\n"
        "President Kaya also had a phone call with Prime Minister Ali Khan of Pakistan, during which the two "
        "leaders exchanged Eid al-Fitr congratulations.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
    for called in ("Sheikh Fahad Al Thani", "Rui Sousa", "Lena Brandt"):
        assert ("congratulate", "Omar Kaya", called) in found
    assert ("agree", "Omar Kaya", "Lena Brandt") in found
    assert ("congratulate", "Ali Khan", "Omar Kaya") in found
    assert ("congratulate", "Omar Kaya", "Ali Khan") in found
    assert not [c for c in x.communications if c.kind == "meeting"]
    assert len([c for c in x.communications if c.kind == "phone_call"]) == 2


def test_the_leaders_of_a_summit_are_thanked_as_a_whole() -> None:
    """ "X met the leaders of A, B and C ... X thanked the leaders for ...": summit-wide, no one of them."""
    found = _acts(
        "President Ana Lima hosted a summit with President Jon Tari of Chile, President Rui Sousa of Portugal "
        "and President Lena Brandt of Sweden in Lima on Monday. President Lima thanked the leaders for their "
        "partnership."
    )
    assert ("thank", "Ana Lima", None) in found


def test_a_surname_opened_by_its_article_after_a_title() -> None:
    """ "President al-Rashid" after "Ahmed al-Rashid": him, not the other president named last."""
    found = _acts(
        "President Omar Kaya received a phone call from President of Syria Ahmed al-Rashid. Extending his "
        "greetings, President al-Rashid thanked Turkey for its support to the reconstruction of Syria."
    )
    assert ("thank", "Ahmed al-Rashid", "Turkey") in found
    assert not [f for f in found if f[0] == "thank" and f[1] == "Omar Kaya"]


def test_a_prayer_to_be_accepted_is_no_acceptance() -> None:
    found = _acts(
        "President Omar Kaya invited Prime Minister Ali Khan to Ankara. In a message posted on his account, "
        'President Kaya said: "May this blessed Eid bring peace, and may our prayers be accepted."'
    )
    assert not [f for f in found if f[0] == "agree"]


def test_accepting_an_invitation_read_before_adds_no_second_invitation() -> None:
    found = _acts(
        "Foreign Minister Ana Lima handed over a letter from President Rui Sousa inviting President Jon Tari to "
        "pay a state visit to Portugal. President Tari accepted President Sousa's invitation, his spokesman said."
    )
    assert [f for f in found if f[0] == "invite"] == [("invite", "Rui Sousa", "Jon Tari")]
    assert ("agree", "Jon Tari", "Rui Sousa") in found


def test_support_for_the_one_china_principle_is_addressed_to_china() -> None:
    """ "X firmly supports the one-China principle": support addressed to China (what the
    principle is of), not to the counterpart met."""
    found = _acts(
        "President Ana Lima met Premier Li Qiang in Beijing on Monday. Peru firmly supports the one-China "
        "principle, Lima said. Lima also reaffirmed support for the One-China policy."
    )
    supports = [f for f in found if f[0] == "support"]
    assert supports and all(addressee == "China" for _, _, addressee in supports)


def test_a_family_name_printed_first_stands_alone_for_its_bearer() -> None:
    """ "Premier Li Qiang ... Li reaffirmed ..."; "Foreign Minister Kim Min-seok ... Kim thanked":
    the family name opens the name, and a report uses it alone."""
    found = _acts(
        "President Ana Lima met Premier Li Qiang of China and Foreign Minister Kim Min-seok of South Korea on "
        "Monday. Li reaffirmed China's support for Peru's G20 presidency. Kim thanked Peru for its support."
    )
    assert ("support", "Li Qiang", "Peru") in found
    assert ("thank", "Kim Min-seok", "Peru") in found


def test_the_three_envoys_received_are_wished_one_by_one() -> None:
    """ "received courtesy calls from A, B and C ... wished the three envoys a fruitful tour": a
    wish to each of them."""
    found = _acts(
        "President Ana Lima received courtesy calls from the Ambassador of India, Mr Anil Rao, the Ambassador "
        "of France, Mrs Helene Vautrin, and the High Commissioner of Ghana, Mr Kofi Mensah. The President "
        "wished the three envoys a fruitful tour of duty in Peru."
    )
    for envoy in ("Anil Rao", "Helene Vautrin", "Kofi Mensah"):
        assert ("wish", "Ana Lima", envoy) in found


def test_what_a_pair_of_ministers_signs_and_who_signs_with_whom() -> None:
    """ "The agreements, including A, were signed by X and Y": what was signed is the subject,
    not the "by" phrase; "X of A, a former ..., and his counterpart Y separately signed": X with
    Y (the parser made them two subjects); "the two women signed": the pair met."""
    x = _extract(
        "NAIROBI, March 10 - The agreements, including an Agreement on Double Taxation, were signed by "
        "Foreign Minister Ola Berg of Norway and Chile's Minister of Foreign Affairs Jon Tari as the two "
        "Heads of State looked on.\n"
    )
    assert [(a.agent.label, a.addressee and a.addressee.label, a.topic) for a in x.acts if a.act == "sign"] == [
        ("Ola Berg", "Jon Tari", "The agreements, including an Agreement on Double Taxation")
    ]
    found = _acts(
        "Foreign Minister Ola Berg of Norway, a former finance secretary at the Economy Ministry, and his "
        "Chilean counterpart Jon Tari separately signed an agreement on border controls."
    )
    assert ("sign", "Ola Berg", "Jon Tari") in found
    found = _acts(
        "President Maia Lupu of Moldova held talks with Commission President Ana Weber in Brussels on Tuesday. "
        "The two women signed a memorandum of understanding on the next tranche."
    )
    assert ("sign", "Maia Lupu", "Ana Weber") in found


def test_what_a_message_in_a_round_up_says_is_its_one_congratulation() -> None:
    """ "X also sent congratulations on the holiday to Y" after a message on a country's day:
    one congratulation, on what its own sentence says, not the earlier occasion as well; in a
    round-up whose lead has leaders congratulate Y on a milestone, "X, in her message,
    congratulated Y on ..." is one too."""
    x = _extract(
        "OSLO, Sept 1 - President Ana Lima of Norway today sent a message of congratulations to President Rui "
        "Sousa of Chile on the occasion of the country's Independence Day. Prime Minister Ola Berg of Norway "
        "also sent congratulations on the holiday to Prime Minister Jon Tari of Chile.\n"
    )
    assert [a.topic for a in x.acts if a.agent.label == "Ola Berg"] == ["the holiday"]
    x = _extract(
        "GABORONE, Oct 1 - Messages poured in this week as Botswana marked 60 years of independence, with "
        "several heads of state congratulating President Tomas Okello of Botswana on what many described as "
        "a milestone.\n\n"
        'President Ana Lima of Namibia, in her message, congratulated Okello on "six decades of stability".\n'
    )
    assert [(a.act, a.topic) for a in x.acts if a.agent.label == "Ana Lima"] == [
        ("congratulate", "six decades of stability")
    ]


def test_an_acceptance_ends_before_an_official_telling_reporters() -> None:
    """ "..., and Y accepted the invitation, Secretary (West) Z told reporters": the acceptance's
    words end before who told of it."""
    x = _extract(
        "OTTAWA, March 2 - Prime Minister Ola Berg of Norway held talks with Prime Minister Jon Tari of Chile. "
        "Berg invited Tari to visit Norway at a mutually convenient time, and Tari accepted the invitation, "
        "Secretary (West) Rui Sousa told reporters at a briefing.\n"
    )
    assert [(a.agent.label, a.topic) for a in x.acts if a.act == "agree"] == [("Jon Tari", "accepted the invitation")]


def test_support_told_after_what_it_takes_up_is_for_its_proposer() -> None:
    """ "Y proposed a shipping line, a proposal X welcomed and backed", "Y suggested a committee, an
    idea X endorsed": X supports, to Y, the proposal the clause names; the proposal ends before it."""
    x = _extract(
        "President Ola Berg of Kenya held talks with President Jon Tari of Egypt. Berg proposed launching a "
        "direct shipping line between Mombasa and Sokhna, a proposal Tari welcomed and backed.\n"
    )
    found = [(a.act, a.agent.label, a.addressee and a.addressee.label, a.topic) for a in x.acts]
    assert ("support", "Jon Tari", "Ola Berg", "a proposal Tari welcomed and backed") in found
    found = _acts(
        "King Ola Berg of Jordan held talks with President Jon Tari of Syria. Berg suggested a joint committee "
        "on border security, an idea Tari endorsed."
    )
    assert ("support", "Jon Tari", "Ola Berg") in found


def test_a_name_in_its_own_script_and_leaders_looking_on_leave_the_signing_whole() -> None:
    """ "X (林佳龍) and his counterpart Y signed A, with the leaders looking on": X with Y, and A
    without the leaders looking on."""
    x = _extract(
        "Following the meeting, Foreign Minister Lin Chia-lung (林佳龍) and his Paraguayan counterpart "
        "Jon Tari signed a memorandum of understanding on talent training, with Lai and Pena looking on.\n"
    )
    assert [(a.agent.label, a.addressee and a.addressee.label, a.topic) for a in x.acts if a.act == "sign"] == [
        ("Lin Chia-lung", "Jon Tari", "a memorandum of understanding on talent training")
    ]


def test_a_participle_hung_on_whom_messages_went_to_is_the_senders() -> None:
    """ "A, B and C also sent messages to Y congratulating India": each sender congratulates,
    though the parser hung the participle on Y."""
    found = _acts(
        "President Ana Devi of India received greetings on Republic Day. Bhutan's King Ola Berg, Sri Lankan "
        "President Jon Tari and Bangladesh's Chief Adviser Rui Sousa also sent messages to Devi congratulating "
        "India on Republic Day."
    )
    assert {(a, agent) for a, agent, _ in found} == {
        ("congratulate", "Ola Berg"),
        ("congratulate", "Jon Tari"),
        ("congratulate", "Rui Sousa"),
    }


def test_a_monarchs_numeral_ends_a_sentence_and_the_subject_after_a_lead_is_no_apposition() -> None:
    """ "... on behalf of King Harald V. During his meeting with the Vietnamese ambassador, X
    proposed ...": two sentences; X is the subject, not the ambassador's name; "his" is X's."""
    x = _extract(
        "DHAKA, Jan 11 - President Ana Lima of Bangladesh received the credentials of Ambassador Ola Berg of "
        "Norway and Ambassador Jon Tari of Vietnam on Sunday. Berg conveyed greetings to the president on "
        "behalf of King Harald V. During his meeting with the Vietnamese ambassador, Lima proposed launching "
        "direct flights between Dhaka and Hanoi.\n"
    )
    assert any(x.source.norm[t.start : t.end].endswith("King Harald V.") for t in sentences(x.source))
    assert not [c for c in contacts(x) if "Harald V" in c[1] + c[2]]
    assert [(a.agent.label) for a in x.acts if a.act == "propose"] == ["Ana Lima"]
    assert not [p for p in x.posts if p.title.lower() == "ambassador" and p.person.endswith("ana-lima")]


def test_a_message_quoted_by_a_body_is_its_writers() -> None:
    """ "..., the Kremlin quoted the message as saying": the quotation and the partnership it
    names are the message's writer's, not the report's first caller's."""
    x = _extract(
        "Prime Minister Rui Sousa of Nepal called Prime Minister Ana Devi of India on Monday.\n\n"
        "President Jon Tari of Russia, in a message to Devi, congratulated India on the national holiday. "
        '"India has earned a weighty voice in world affairs, and our special and privileged strategic '
        'partnership keeps growing," the Kremlin quoted the message as saying.\n'
    )
    assert [q.speaker and q.speaker.label for q in x.quotes] == ["Jon Tari"]
    assert [sorted(p.label for p in r.parties) for r in x.relations] == [["India", "Russia"]]


@pytest.mark.parametrize(
    ("sentence", "act", "addressee"),
    [
        # a state that did what the topic names, in a relative clause or after "by"
        ("Lima praised the role that Chile has played at the head of the bloc.", "praise", "Chile"),
        ("Lima said Peru stands ready to provide any assistance Chile may require.", "support", "Chile"),
        ("Lima praised the growth achieved by Chile over the decade.", "praise", "Chile"),
        # a possessive state as the direct object, with the topic after "for"
        ("Lima praised Chile's security assistance for strengthening the Peruvian coast guard.", "praise", "Chile"),
        # the recipient's state, told as "the country" or "the nation"
        ("Lima wished the country further progress.", "wish", "Chile"),
        ("Lima praised the country's role in regional trade.", "praise", "Chile"),
        # several names of a state's side before "of X"
        ("Lima congratulated the Party, State and people of Chile on the anniversary.", "congratulate", "Chile"),
        # a named person is still the addressee of thanks for what the state did
        ("Lima thanked Jon Tari for the country's support of the bid.", "thank", "Jon Tari"),
    ],
)
def test_a_state_the_topic_names_as_its_own_is_the_addressee(sentence: str, act: str, addressee: str) -> None:
    found = _acts(f"President Ana Lima of Peru spoke by telephone with President Jon Tari of Chile. {sentence}")
    assert (act, "Ana Lima", addressee) in found, found


def test_the_kingdom_is_the_recipients_state_only_where_it_is_a_kingdom() -> None:
    found = _acts(
        "President Ana Lima of Peru spoke by telephone with President Jon Tari of Chile. Lima praised the "
        "Kingdom's arrangements for the pilgrims."
    )
    assert ("praise", "Ana Lima", "Chile") not in found, found
    found = _acts(
        "President Ana Lima of Peru spoke by telephone with King Harald V of Norway. Lima praised the "
        "kingdom's arrangements for the pilgrims."
    )
    assert ("praise", "Ana Lima", "Norway") in found, found


def test_the_visiting_leader_is_the_visitor() -> None:
    found = _acts(
        "New Delhi, April 9 - Prime Minister Ravi Menon held talks with President Eleni Markou of Cyprus, who "
        "arrived on Wednesday on a state visit. The visiting leader thanked India for its principled position."
    )
    assert ("thank", "Eleni Markou", "India") in found, found


def test_envoys_wished_them_is_each_envoy_received() -> None:
    found = _acts(
        "Lima, May 4 - Ambassadors of three countries presented their credentials to President Rosa Vela on "
        "Thursday. Those who presented their credentials were Kenji Sato, Ambassador of Japan; Marta Nowak, "
        "Ambassador of Poland; and Omar Haddad, Ambassador of Jordan. Welcoming the envoys, Vela wished them a "
        "fruitful tenure in Peru."
    )
    wished = sorted(b for a, _, b in found if a == "wish")
    assert wished == ["Kenji Sato", "Marta Nowak", "Omar Haddad"], found


def test_after_a_letter_handed_over_at_an_audience_the_host_speaks_to_the_envoy() -> None:
    """An ambassador hands the host a letter from the head of government: what the host then
    proposes is said to the ambassador, and the invitation the letter brought is accepted from
    its writer."""
    found = _acts(
        "Suva, May 4 - Prime Minister Tom Reid on Monday received a courtesy call from Ambassador Ana Ruiz of "
        "Chile. She handed over a letter from Chilean President Jon Tari inviting Reid to visit Chile. "
        "The Prime Minister proposed that Chile consider opening a trade office in Suva. "
        "Reid accepted the invitation with pleasure."
    )
    assert ("invite", "Jon Tari", "Tom Reid") in found, found
    assert ("propose", "Tom Reid", "Ana Ruiz") in found, found
    assert ("agree", "Tom Reid", "Jon Tari") in found, found


def test_the_leader_of_a_state_is_who_led_it_that_day() -> None:
    """ "the Nigerian leader" where neither president is given a state by the text: the one the
    reference data says led Nigeria that day, not the last president named."""
    found = _acts(
        "Abuja, May 4 - President Bola Tinubu on Monday received Ambassador Ratna Sari of Indonesia. She handed "
        "over a letter from President Prabowo Subianto inviting the Nigerian leader to pay a state visit to Jakarta."
    )
    assert ("invite", "Prabowo Subianto", "Bola Tinubu") in found, found


def test_whom_a_thing_was_given_to_stays_in_the_topic_and_its_giver_is_thanked() -> None:
    """ "expressed Fiji's gratitude for the scholarships granted each year to Fijian students by
    the Chilean Agency for Cooperation": the "to" is the topic's, and the agency's state is thanked."""
    x = _extract(
        "Suva, May 4 - Foreign Minister Tom Reid on Tuesday held talks with Chile's Foreign Minister Ana Ruiz. "
        "Reid expressed Fiji's gratitude for the scholarships granted each year to Fijian students by the Chilean "
        "Agency for Cooperation.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert found == [
        (
            "thank",
            "Tom Reid",
            "Chile",
            "the scholarships granted each year to Fijian students by the Chilean Agency for Cooperation",
        )
    ], found


def test_support_conveyed_offered_or_assured_in_a_states_name() -> None:
    """ "conveyed Japan's support for", "offered Canada's support for", "assured X of Manila's
    support for" are support like "reaffirmed ... support for"; "was assured of Y's support" names
    no one who assures, and a second participle of a message is its sender's."""
    found = _acts(
        "President Ana Lima of Peru held talks with President Jon Tari of Chile. Lima conveyed Peru's support "
        "for Chile's hosting of the summit. Tari assured Lima of Santiago's continued support for the fund. "
        "Lima offered Peru's support for recovery efforts. The envoy was assured of Chile's support for the plan."
    )
    assert [(a, agent) for a, agent, _ in found if a == "support"] == [
        ("support", "Ana Lima"),
        ("support", "Jon Tari"),
        ("support", "Ana Lima"),
    ]
    sent = _acts(
        "President Ana Lima of Peru sent a message to President Jon Tari of Chile, describing Chile as a "
        "close friend and offering Peru's support for reconstruction efforts."
    )
    assert ("support", "Ana Lima", "Jon Tari") in sent


def test_a_passive_with_no_agent_is_no_act_and_a_titled_acceptance_ends_the_invitation() -> None:
    """ "after the declaration was signed in Athens": signed by no one the sentence names (the
    passive with "by" is read, as before); "invited X to visit Y and the Prime Minister accepted
    the invitation": the invitation ends where the acceptance, by a capitalised title, begins."""
    found = _acts(
        "Prime Minister Ana Lima of Peru met President Jon Tari of Chile on Monday, a year after the "
        "declaration was signed in Santiago. Tari invited Lima to visit Chile for the fifth summit and the "
        "Prime Minister accepted the invitation, the office said. Lima was praised by Tari for her work."
    )
    assert [a for a, _, _ in found] == ["invite", "agree", "praise"]
    assert ("agree", "Ana Lima", "Jon Tari") in found


def test_signers_named_after_in_the_presence_of_are_the_agents() -> None:
    """ "In the presence of the two heads of state, X and Y signed ...": the parser may join X and Y
    to the heads of state and leave the verb without a subject; they sign, not the presidents."""
    found = _acts(
        "President Ana Lima of Peru met President Jon Tari of Chile on Monday. In the presence of the two "
        "heads of state, Minister of Trade Rui Sousa and Chile's Minister of Transport, Tom Reid, signed a "
        "Memorandum of Understanding on Railways."
    )
    assert [(a, agent, to) for a, agent, to in found if a == "sign"] == [("sign", "Rui Sousa", "Tom Reid")]


def test_signers_after_in_the_presence_of_the_president_and_a_comma_are_the_agents() -> None:
    """ "In the presence of the President, X and Y, Minister of A, signed ...": the first signer
    stands right after the comma, where the mention finder may join the name to the title; X signs,
    with Y."""
    found = _acts(
        "In the presence of the President, Tom Reid and Ana Lima, Minister of Agriculture of Peru, then signed "
        "the Country Programming Framework for Peru."
    )
    assert [(a, agent, to) for a, agent, to in found if a == "sign"] == [("sign", "Tom Reid", "Ana Lima")]


def test_signers_after_an_opening_phrase_and_in_the_presence_of_sign_in_the_order_named() -> None:
    """ "Following the meeting, in the presence of President Z, X and the Minister of A, Y, signed
    ...": the parser keeps Y alone as the subject; X signs, with Y."""
    found = _acts(
        "Following the meeting, in the presence of President Ana Lima, Mr Reid and the Minister of Energy of "
        "Peru, Jon Tari, signed a Memorandum of Understanding on green energy corridors."
    )
    assert [(a, agent, to) for a, agent, to in found if a == "sign"] == [("sign", "Reid", "Jon Tari")]


def test_a_verb_after_and_joined_to_a_participle_shares_the_opening_subject() -> None:
    """ "The two discussed X, launched under Y's G20 Presidency, and agreed to ...": the parser
    joins "agreed" to "launched"; the pair the sentence opens on agrees, not the G20."""
    found = _acts(
        "President Ana Lima of Peru held a meeting with Minister Tom Reid of Brazil. The two discussed cooperation "
        "between Peru and the Global Alliance Against Hunger and Poverty, launched under Brazil's G20 Presidency "
        "in 2024, and agreed to step up joint support to school feeding programmes."
    )
    assert ("agree", "Ana Lima", "Tom Reid") in found
    assert not any(agent == "G20" for _, agent, _ in found)


def test_what_a_signed_text_says_the_pair_agreed_is_their_own_act() -> None:
    """ "signed a Joint Communiqué in which they agreed to convene ...": the signing's topic is the
    communiqué, and the agreement inside it is an act of its own."""
    x = _extract(
        "President Ana Lima of Peru met President Jon Tari of Chile. Lima and Tari later signed a Joint "
        "Communique in which they agreed to convene the Joint Commission in Lima before the end of the year.\n"
    )
    sign = next(a for a in x.acts if a.act == "sign")
    assert sign.topic == "a Joint Communique"
    assert [(a.act, a.agent.label, a.topic) for a in x.acts if a.act == "agree"] == [
        ("agree", "Ana Lima", "convene the Joint Commission in Lima before the end of the year")
    ]


def test_a_wish_for_the_recipient_and_another_for_a_state() -> None:
    """ "wished him good health and Chile further stability", "... and the people of
    Antigua and Barbuda peace": two wishes, the second to the state; "..., underlining that Peru and
    Chile were bound by ..." is no second wish."""
    found = _extract(
        "President Jon Tari of Chile received a call from President Ana Lima of Peru, who wished the "
        "President good health and Chile further stability.\n"
    ).acts
    assert [(a.addressee.label if a.addressee else None, a.topic) for a in found if a.act == "wish"] == [
        ("Jon Tari", "good health"),
        ("Chile", "further stability"),
    ]
    named = _extract(
        "President Ana Lima of Peru sent a message to Governor-General Rui Costa of Antigua and Barbuda and "
        "wished him good health and the people of Antigua and Barbuda continued peace and prosperity.\n"
    ).acts
    assert [a.addressee.label if a.addressee else None for a in named if a.act == "wish"] == [
        "Rui Costa",
        "Antigua and Barbuda",
    ]
    bound = _extract(
        "President Ana Lima of Peru called President Jon Tari of Chile and wished him success in forming the "
        "new government, underlining that Peru and Chile were bound by a strategic partnership.\n"
    ).acts
    assert [(a.act, a.topic) for a in bound] == [("wish", "success in forming the new government")]


def test_an_acceptance_on_the_spot_agrees() -> None:
    found = _acts(
        "President Ana Lima of Peru called President Jon Tari of Chile and invited him to attend the summit "
        "in Lima. Tari accepted on the spot, a spokesperson said."
    )
    assert ("agree", "Jon Tari", "Ana Lima") in found


def test_a_date_after_on_is_no_topic_of_the_act() -> None:
    """ "exchanged messages of felicitation with Y on the same day": the messages' "with" hangs on
    "felicitation", and "the same day" says when, not what they congratulated each other on."""
    x = _extract(
        "Peru and Chile marked the 50th anniversary of diplomatic relations. Foreign Minister Rui Sousa of "
        "Peru exchanged messages of felicitation with Chilean Foreign Minister Tom Reid on the same day.\n"
    )
    assert contacts(x) == [("message", ["Rui Sousa"], ["Tom Reid"]), ("message", ["Tom Reid"], ["Rui Sousa"])]
    assert all(a.topic != "the same day" for a in x.acts if a.act == "congratulate")
    assert {(a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts} == {
        ("Rui Sousa", "Tom Reid"),
        ("Tom Reid", "Rui Sousa"),
    }


def test_the_governments_of_several_states_thanked_are_each_state() -> None:
    """ "thanked the governments of A, B and C for their messages": one act to each state."""
    found = _acts(
        "Foreign Minister Ana Lima of Peru spoke to Foreign Minister Jon Tari of Chile. Hours later, Lima "
        "thanked the governments of Chile, Ecuador and Spain for their messages."
    )
    assert [to for act, _, to in found if act == "thank"] == ["Chile", "Ecuador", "Spain"]


def test_according_to_her_is_no_subject_of_the_sentence() -> None:
    """ "According to her, X extended an invitation to his Indian counterpart": X's counterpart, not
    that of the one the report quotes."""
    found = _acts(
        "BANGKOK - Prime Minister Tom Reid of Nepal and Prime Minister of India Jon Tari held a bilateral "
        "meeting here today. Foreign Minister Ana Lima of Nepal briefed the media. According to her, Prime "
        "Minister Reid extended an invitation to his Indian counterpart to pay an official visit to Nepal."
    )
    assert ("invite", "Tom Reid", "Jon Tari") in found


def test_a_pronoun_object_after_an_act_to_someone_is_them() -> None:
    """ "thanked President X for his letter and congratulated him, once again, on ...": X, not the
    envoy the agent received; an adverb between commas does not hide the topic."""
    x = _extract(
        "DAKAR, 2 June. President Tom Reid of Senegal received the Foreign Minister of Ghana, Jon Tari. The "
        "Head of State thanked President Rui Costa for his letter and congratulated him, once again, on his "
        "return to office.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert ("congratulate", "Tom Reid", "Rui Costa", "his return to office") in found, found


def test_condolences_presented_and_the_head_of_government() -> None:
    """ "presented his condolences" is a condolence as "offered" is; "The Head of Government
    thanked ..." is the report's prime minister, who holds no post of that name."""
    found = _acts(
        "PORT-AU-PRINCE, 2 June. Prime Minister Ana Lima received a telephone call from President Jon Tari of "
        "Chile, who presented his condolences to the families of the victims. The Head of Government thanked "
        "his counterpart for this gesture."
    )
    assert ("condole", "Jon Tari", "Ana Lima") in found or ("condole", "Jon Tari", "Haiti") in found, found
    assert ("thank", "Ana Lima", "Jon Tari") in found, found


def test_they_in_the_messages_of_several_are_each_writer() -> None:
    """ "X and Y each addressed a message to Z in which they presented their condolences": each
    writer's, not the pair the report met before."""
    found = _acts(
        "DAKAR, 2 June. President Ana Lima spoke by telephone with President Jon Tari of Mali. Meanwhile, "
        "President Rui Costa of Ghana and President Tom Reid of Kenya each addressed a message to President "
        "Lima in which they presented their condolences to the Senegalese people."
    )
    condoled = {agent for act, agent, _ in found if act == "condole"}
    assert condoled == {"Rui Costa", "Tom Reid"}, found


def test_a_peer_and_a_counterpart_with_a_post_between() -> None:
    """ "his Chilean peer, X" is his counterpart; "his Beninese counterpart, the Minister of Foreign
    Affairs, Y" is Y, with whom the two ministers then sign (not the host received before)."""
    x = _extract(
        "COTONOU, 2 June. President Ana Lima received Foreign Minister Jon Tari of Rwanda. Earlier, Mr. Tari "
        "held talks with his Beninese counterpart, the Minister of Foreign Affairs, Rui Costa. The two "
        "ministers signed an agreement on visas. Foreign Minister Tom Reid and his Chilean peer, Eli Roko, "
        "signed a memorandum on Antarctic matters.\n"
    )
    found = [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
    assert ("sign", "Jon Tari", "Rui Costa") in found, found
    assert ("sign", "Tom Reid", "Eli Roko") in found, found
    held = {(p.person.rsplit("/", 1)[-1], p.of.label if p.of else None) for p in x.posts}
    assert ("eli-roko", "Chile") in held, held


def test_the_bare_title_is_who_holds_it_as_written_not_a_longer_post() -> None:
    """ "The President" after "Federal President" Y and President X: X, though Y was named first."""
    found = _acts(
        "Austrian Federal President Jon Tari received President Ana Lima in Vienna on Thursday. Tari thanked her "
        "for the visit. The President congratulated Austria on the anniversary of its treaty."
    )
    assert ("congratulate", "Ana Lima", "Austria") in found


def test_a_signing_dated_before_the_report_is_recalled() -> None:
    """ "The two countries signed a pact in 2024": recalled, no act of the report; a signing of
    the report's own month is one."""
    assert not [a for a in _acts("Chile and Peru signed a defence cooperation agreement in 2024.") if a[0] == "sign"]
    assert not [
        a for a in _acts("Minister Jon Tari of Chile signed the accord with Peru in March 2023.") if a[0] == "sign"
    ]
    assert ("sign", "Jon Tari", "Ana Lima") in _acts(
        "Minister Jon Tari of Chile and Minister Ana Lima of Peru signed a trade accord in June 2025."
    )


def test_the_states_signing_gives_way_to_the_signers_named() -> None:
    """ "Chile and Peru signed two accords ... X and Y signed the texts": the signers' act alone;
    where no signer is named, the states'."""
    found = _acts(
        "Chile and Peru on Monday signed two accords on trade and water. Foreign Minister Jon Tari of Chile "
        "and Foreign Minister Ana Lima of Peru signed the texts at the palace."
    )
    assert [a for a in found if a[0] == "sign"] == [("sign", "Jon Tari", "Ana Lima")]
    assert ("sign", "Chile", "Peru") in _acts("Chile and Peru on Monday signed two accords on trade and water.")


def test_a_signing_with_someone_fronted_is_with_them() -> None:
    """ "With Y, X signed ...": Y co-signs, not the one X met before."""
    found = _acts(
        "Minister Tom Reid of Chile met Minister Rui Costa of Peru on Friday. With Minister Ana Lima of Bolivia, "
        "Reid signed a memorandum of understanding on water."
    )
    assert [a for a in found if a[0] == "sign"] == [("sign", "Tom Reid", "Ana Lima")]


def test_let_me_in_a_letter_is_its_writer() -> None:
    """ "Let me begin by thanking you for ...", "Let us congratulate you": the parser makes "me"
    and "us" the subject; the writer acts, to the one written to."""
    for line, act in (
        ("Let me begin by thanking you for your personal engagement in recent weeks.", "thank"),
        ("Let us congratulate you on the anniversary of the Alliance.", "congratulate"),
    ):
        x = _extract(
            "Prime Minister Ana Lima on Thursday sent a letter to Secretary General Tom Reid.\n\n"
            f'"Dear Secretary General,\n\n{line}\n\nAna Lima"\n'
        )
        assert [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts] == [
            (act, "Ana Lima", "Tom Reid")
        ]


def test_a_passive_done_by_none_of_the_reports_parties_is_no_act() -> None:
    """ "Y, who was backed by the Green party in the election": no act of Y's, nor anyone's."""
    found = _acts(
        "President Ana Lima, who was backed by the Green party in the election, met President Tom Reid of "
        "Chile on Monday."
    )
    assert not [a for a in found if a[0] == "support"], found


def test_a_contribution_to_a_body_is_the_topics_not_the_addressee() -> None:
    """ "expressed his gratitude for the contribution of 50 million euros to UNRWA": thanks to
    the one met, for what was given UNRWA."""
    found = _acts(
        "Minister Tom Reid of Spain met Prime Minister Ana Lima of Jordan on Monday. Lima expressed her "
        "gratitude for the additional contribution of 50 million euros to UNRWA."
    )
    assert [a for a in found if a[0] == "thank"] == [("thank", "Ana Lima", "Tom Reid")]


def test_condolences_told_bare_above_the_story_and_in_full_in_it_are_one_act() -> None:
    found = _acts(
        "Reid and Lima agree on a joint session\n\n"
        "The Chilean prime minister offered condolences and backed Peru's bid.\n\n"
        "Prime Minister Tom Reid of Chile called Prime Minister Ana Lima of Peru on Wednesday. Reid expressed "
        "condolences to the Peruvian people over the victims of the floods."
    )
    assert [a for a in found if a[0] == "condole"] == [("condole", "Tom Reid", "Peru")]


def test_a_state_in_what_a_speaker_assured_someone_is_the_speaker() -> None:
    """ "X assured his guest that Lithuania supports ...": the parser hangs the clause on the
    guest; X supports, as X's state."""
    found = _acts(
        "President Tom Reid of Lithuania received President Ana Lima of Poland on Monday. Reid assured his "
        "guest that Lithuania supports the preservation of education in the Polish language."
    )
    assert [a for a in found if a[0] == "support"] == [("support", "Tom Reid", "Ana Lima")]


@pytest.mark.parametrize(
    ("text", "act", "outside"),
    [
        # "said Peru supports the dialogue, but that it would never accept the independence of
        # Chile": the support is of the dialogue, to the envoy met, not to a state named after
        (
            "Envoy in Lima\n\nOn Monday, President Tom Reid of Peru received the EU envoy Jon Tari. "
            "Reid said after the meeting that Peru supports the continuation of the dialogue under the auspices "
            "of the European Union, but that it would never accept the independence of Chile.\n",
            "support",
            "Chile",
        ),
        # "signed an agreement on the opening of two border crossings with his Chilean counterpart
        # Jon Tari": the parser hangs "with" on "opening"; Tari signed with him, the topic ends before him
        (
            "Border deal\n\nForeign Minister Tom Reid of Peru met President Ana Lima of Chile on Monday. "
            "Reid also signed an agreement on the opening of two new border crossing points with his Chilean "
            "counterpart Jon Tari, a measure both sides hope will shorten the queues.\n",
            "sign",
            "counterpart",
        ),
    ],
    ids=["but-that-opens-another-clause", "a-signings-other-signer-after-its-topic"],
)
def test_an_acts_topic_ends_before_what_is_not_its_own(text: str, act: str, outside: str) -> None:
    done = [a for a in _extract(text).acts if a.act == act]
    assert [(a.agent.label, a.addressee.label if a.addressee else None) for a in done] == [("Tom Reid", "Jon Tari")]
    assert outside not in (done[0].topic or "")


def test_a_shared_demonym_is_the_state_whose_leader_the_report_names() -> None:
    """ "the Korean government" where the report names North Korea once and South Korea's
    president throughout: South Korea."""
    x = extract(
        parse_report(
            "case",
            "url: composed\ndate: 2026-02-02\n\nSEOUL - President Lee Jae-myung spoke by phone with Prime "
            "Minister Tom Reid on Monday. President Lee explained his efforts to restore dialogue with North Korea. "
            "Prime Minister Reid expressed his full support for the Korean government's policy of peaceful "
            "coexistence.\n",
        )
    )
    assert [(a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts if a.act == "support"] == [
        ("Tom Reid", "South Korea")
    ]


def test_a_word_of_address_before_a_surname_met_before_is_the_acts_addressee() -> None:
    """ "Minister Lima invited Minister Vieira to visit ...": Vieira, not the minister named last."""
    got = _acts(
        "BRASILIA - Minister Ana Lima held talks with Brazil's Minister of Foreign Affairs, Mauro Vieira. The "
        "same day, she also met with Brazil's Minister of Mines and Energy, Alexandre Silveira.\n\n"
        "Minister Lima invited Minister Vieira to visit Ottawa later this year."
    )
    assert ("invite", "Ana Lima", "Mauro Vieira") in got


def test_both_ambassadors_are_each_envoy_received() -> None:
    found = _acts(
        "PALIKIR, 14 January 2026 - President Tom Reid accepted the credentials of Mr. Jon Tari as Ambassador "
        "of Japan. Also on January 14, President Reid accepted the credentials of Ms. Rosa Vela as Ambassador "
        "of Australia. The President wished both Ambassadors a fruitful tour of duty."
    )
    assert ("wish", "Tom Reid", "Jon Tari") in found and ("wish", "Tom Reid", "Rosa Vela") in found


def test_a_participle_opening_the_sentence_leaves_the_name_before_the_verb_its_subject() -> None:
    found = _acts(
        "NEW YORK, 23 September 2025 - Minister of Foreign Affairs Tom Reid held bilateral meetings with "
        "Minister for Foreign Affairs of Japan Jon Tari and Minister for Foreign Affairs of the Republic of "
        "Ghana Kwame Mensah Boateng.\n\nMeeting Kwame Mensah Boateng, Minister Reid thanked Ghana for its "
        "support for Latvia's candidature."
    )
    assert ("thank", "Tom Reid", "Ghana") in found


def test_a_signing_told_with_the_day_before_the_object() -> None:
    """ "X, and her counterpart, Y, signed on Monday a memorandum": the parser takes "signed" for
    a participle naming the last of them; it is the sentence's verb, the first named signs with
    the other, and the day is no part of what was signed."""
    x = _extract(
        "The Minister of Foreign Affairs of Chile, Ana Lima, and her Peruvian counterpart, Rui Costa, signed "
        "on Monday a Memorandum of Understanding on Political Consultations to review the bilateral agenda.\n"
    )
    assert [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts] == [
        ("sign", "Ana Lima", "Rui Costa")
    ]
    assert x.acts[0].topic is not None and x.acts[0].topic.startswith("a Memorandum of Understanding")


def test_a_participle_before_its_noun_names_a_thing_and_is_no_act() -> None:
    """ "a UNDP-supported programme", "the jointly signed declaration": what was done to a thing
    names it; no one supports or signs in this report."""
    acts = _acts(
        "LIMA - President Rosa Vela received the UNDP Administrator, Tom Reid, on Tuesday. Reid also visited a "
        "UNDP-supported programme that links herders with markets, and a UNICEF-supported centre for children.\n"
    )
    assert not [a for a in acts if a[0] == "support"], acts


def test_a_body_named_again_by_its_word_is_that_body() -> None:
    """ "Thanked the Organization", "relations between Chile and the Organisation": the body the
    report named last with that word, the one whose officer the report names too."""
    acts = _acts(
        "Tom Reid, Secretary-General of the Organization of American States, met Foreign Minister Ana Lima "
        "of Chile in Washington on Monday. Lima thanked the Organization for its support to the Chilean "
        "electoral mission."
    )
    assert ("thank", "Ana Lima", "Organization of American States") in acts, acts
    x = _extract(
        "Jeddah - The Secretary-General of the Organisation of Islamic Cooperation, Tom Reid, received the "
        "Foreign Minister of Chile, Ana Lima, on Tuesday. Lima underlined the excellent relations between "
        "Chile and the Organisation.\n"
    )
    assert {frozenset(e.label for e in r.parties) for r in x.relations} == {
        frozenset({"Chile", "Organisation of Islamic Cooperation"})
    }


def test_a_body_word_before_its_officer_or_in_a_longer_name_is_no_body() -> None:
    """ "The Commission chief", "the Union Cabinet": no body named again."""
    acts = _acts(
        "European Commission President Ursula Berg met President Ana Lima of Chile in Brussels on Monday. Lima "
        "invited her to visit Santiago, an invitation the Commission chief accepted."
    )
    assert ("agree", "Ursula Berg", "Ana Lima") in acts, acts


def test_a_wish_for_the_recipient_goes_on_to_a_people_named_by_its_demonym() -> None:
    """ "I wish you good health, and peace to the friendly Lithuanian people": a wish to the
    recipient and one to Lithuania; one wish alone where the people was all it was for."""
    found = _acts(
        "President Tom Reid sent a letter to President Ana Lima of Lithuania.\n\n"
        '"I wish you good health and success, and peace and prosperity to the friendly Lithuanian people," '
        "the letter reads."
    )
    assert ("wish", "Tom Reid", "Ana Lima") in found
    assert ("wish", "Tom Reid", "Lithuania") in found
    once = _acts(
        "President Tom Reid received Minister Ana Lima of Lithuania and asked her to convey his greetings to "
        "President Jon Tari, and his wishes to the brotherly Lithuanian people of further progress."
    )
    assert [f for f in once if f[0] == "wish" and f[2] == "Lithuania"] == [("wish", "Tom Reid", "Lithuania")]
