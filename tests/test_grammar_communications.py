"""ingest/grammar/communications.yaml: each shape of the grammar read from a sentence of our own."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.read.datelines import home_state
from diplograph.read.extract import extract
from diplograph.read.facts import Extraction
from diplograph.read.lexicon import lexicon
from diplograph.read.text import parse_report
from tests.conftest import contacts

HEAD = "url: composed\ndate: 2025-06-02\n\n"


def _extract(text: str) -> Extraction:
    """The facts of a report of our own words (a dated header before ``text``)."""
    return extract(parse_report("case", HEAD + text))


CASES = [
    # "from several counterparts, among them A and B": each named one, wherever the parser hangs the list
    (
        "Meanwhile, the Foreign Minister, Tom Reid, received messages from several counterparts, among them the "
        "Chilean Foreign Minister, Rosa Vela, and the Peruvian Foreign Minister, Jon Tari.",
        ("message", ["Jon Tari"], ["Tom Reid"]),
    ),
    # a participle hung on a passive: its subject calls
    (
        "Prime Minister Jon Tari was given a ceremonial welcome at the palace, before calling on President Rui "
        "Sousa of Portugal.",
        ("meeting", ["Jon Tari"], ["Rui Sousa"]),
    ),
    # the call the parser took for the subject of a trailing "the ministry said"
    (
        "Meanwhile, Foreign Minister Rosa Vela received on Sunday a phone call from Chile's Deputy Prime "
        "Minister and Foreign Minister Jon Tari, the Ministry of Foreign Affairs said in a press release.",
        ("phone_call", ["Jon Tari"], ["Rosa Vela"]),
    ),
    # a call told by the object of a verb with its particle ("picked up the phone to")
    (
        "President Ana Lima picked up the phone to her Chilean counterpart Jon Tari on Monday.",
        ("phone_call", ["Ana Lima"], ["Jon Tari"]),
    ),
    (
        "President Ana Lima got on the phone with President Jon Tari of Chile on Monday.",
        ("phone_call", ["Ana Lima"], ["Jon Tari"]),
    ),
    # "the President" after a body's president read once as "President X" too: the state's president
    (
        "European Commission President Ines Moreau arrived in Lisbon on Thursday. President Moreau was received "
        "by President Rui Matos at the palace. On Friday the President spoke by telephone with Prime Minister "
        "Jon Tari of Spain.",
        ("phone_call", ["Rui Matos"], ["Jon Tari"]),
    ),
    # a call in a relative clause is held, whatever the main clause plans
    (
        "Foreign Minister Rosa Vela of Peru, who also spoke by phone with her Chilean counterpart Jon Tari on "
        "Monday, is expected to travel to Santiago later this month.",
        ("phone_call", ["Rosa Vela"], ["Jon Tari"]),
    ),
    # a call had "with Y, who called to ...": Y's call
    (
        "President Ana Lima today had a phone conversation with Chile's President Jon Tari, who called to "
        "congratulate the people of Peru on Independence Day.",
        ("phone_call", ["Jon Tari"], ["Ana Lima"]),
    ),
    # "the two Heads of State" before any contact of theirs: the last two named with such posts
    (
        "President Ana Lima of Peru and her Chilean counterpart, President Jon Tari, witnessed the signing. "
        "The agreements were signed by Foreign Minister Rosa Vela of Peru and Foreign Minister Luis Soto of "
        "Chile, after talks between the two Heads of State.",
        ("talks", ["Ana Lima"], ["Jon Tari"]),
    ),
    # a message brought by a messenger "from" its sender, to the one who received them
    (
        "President Ana Lima of Peru received Minister Rosa Vela of Chile, who brought a message from President "
        "Jon Tari.",
        ("message", ["Jon Tari"], ["Ana Lima"]),
    ),
    # a courtesy call whose verb is joined to "conveyed to him ...": no one calls on themselves
    (
        "On Tuesday, Ambassador Rui Sousa of Brazil paid a courtesy call on the Minister of Foreign Affairs and "
        "International Relations, Rosa Vela, in Lima and conveyed to him condolences over the floods.",
        ("meeting", ["Rui Sousa"], ["Rosa Vela"]),
    ),
    # nominal event with its parties in a "between" phrase
    (
        "Talks between President Sadyr Japarov and President of Chile Gabriel Boric took place in Santiago.",
        ("talks", ["Sadyr Japarov"], ["Gabriel Boric"]),
    ),
    # passive receipt: a letter "from" one leader handed "to" another
    (
        "A letter from President Xi Jinping was handed to Prime Minister Anwar Ibrahim by the ambassador.",
        ("letter", ["Xi Jinping"], ["Anwar Ibrahim"]),
    ),
    # condolences as the object of "sent", the recipient after the topic
    (
        "Speaker Nurlanbek Shakiev sent a message of condolence over the flood to Speaker Mustafa Sentop.",
        ("message", ["Nurlanbek Shakiev"], ["Mustafa Sentop"]),
    ),
    # a call received: the party after "from" is the caller
    (
        "President Shavkat Mirziyoyev received a call from Prime Minister Narendra Modi.",
        ("phone_call", ["Narendra Modi"], ["Shavkat Mirziyoyev"]),
    ),
    # an unknown official with the title before the name, and a description with a name
    (
        "Foreign Minister Amara Tendai held a telephone conversation with his Kenyan counterpart Joel Wanjiru.",
        ("phone_call", ["Amara Tendai"], ["Joel Wanjiru"]),
    ),
    # a phrasal verb: "called on"
    (
        "Minister Dalia Okoro called on President Emomali Rahmon at his residence.",
        ("meeting", ["Dalia Okoro"], ["Emomali Rahmon"]),
    ),
    # conjoined recipients: one message, each recipient named
    (
        "President Joko Widodo sent messages of condolence to President Bashar al-Assad and to President "
        "Recep Tayyip Erdogan.",
        ("message", ["Joko Widodo"], ["Bashar al-Assad", "Recep Tayyip Erdoğan"]),
    ),
    # conjoined subjects and a phone word in a phrase of the verb
    (
        "President Sadyr Japarov and President Emomali Rahmon spoke by telephone on Monday.",
        ("phone_call", ["Sadyr Japarov"], ["Emomali Rahmon"]),
    ),
    # appositions around both parties of a nominal event, a state's possessive before a title
    (
        "Talks between Ghana's Foreign Minister, Kofi Mensah Adjei, and his Senegalese counterpart, Awa Diallo "
        "Sarr, took place in Accra.",
        ("talks", ["Kofi Mensah Adjei"], ["Awa Diallo Sarr"]),
    ),
    # an exchange: one message each way
    (
        "President Ines Moreau and Prime Minister Haruki Tanabe exchanged congratulatory messages on the "
        "anniversary of relations.",
        ("message", ["Haruki Tanabe"], ["Ines Moreau"]),
    ),
    # senders listed over a conjoined preposition: "from X and Y, and from Z"
    (
        "President Ines Moreau received messages from Haruki Tanabe, prime minister of Japan, and Tomas "
        "Halvorsen, prime minister of Norway, and from Lena Brandt, minister of Sweden.",
        ("message", ["Lena Brandt"], ["Ines Moreau"]),
    ),
    # the verb that is the call: "telephoned"
    (
        "President Ines Moreau of France telephoned President Tomas Halvorsen of Norway.",
        ("phone_call", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # a messenger hands over a letter from someone else: the host receives it
    (
        "President Sadyr Japarov received the ambassador of Chile. The ambassador handed over a letter from "
        "President Gabriel Boric.",
        ("letter", ["Gabriel Boric"], ["Sadyr Japarov"]),
    ),
    # a plural object spelt out after a dash: one meeting with each
    (
        "Chancellor Greta Lind then met the Presidents of Chile and Peru – Carlos Mendoza and Rosa Quispe.",
        ("meeting", ["Greta Lind"], ["Carlos Mendoza", "Rosa Quispe"]),
    ),
    # a report that names a call: "spoke to" is the call
    (
        "Prime Minister's call with Chancellor Greta Lind\n\nPrime Minister Arne Solberg spoke to Chancellor "
        "Greta Lind this evening.",
        ("phone_call", ["Arne Solberg"], ["Greta Lind"]),
    ),
    # a greeting whose medium is named: "congratulated X in a cable"
    (
        "King Omar Haddad of Jordan congratulated President Ines Moreau of France in a cable.",
        ("telegram", ["Omar Haddad"], ["Ines Moreau"]),
    ),
    # "called X" is a call; the leaders of states are the states
    (
        "President Ines Moreau of France called President Tomas Halvorsen of Norway on Saturday.",
        ("phone_call", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    (
        "President Ines Moreau received messages from the leaders of Chile, Peru and Kenya.",
        ("message", ["Chile"], ["Ines Moreau"]),
    ),
    # a surname alone, after the full name: "Ghana's new President, X Y ... called Y"
    (
        "Messages arrived for Chile's new President, Carlos Mendoza. President Ines Moreau of France called "
        "Mendoza on Saturday to congratulate him.",
        ("phone_call", ["Ines Moreau"], ["Carlos Mendoza"]),
    ),
    # condolences whose medium is a cable: one telegram, none of a message beside it
    (
        "Speaker Ama Boateng offered condolences over the floods in a cable to Speaker Luis Campos.",
        ("telegram", ["Ama Boateng"], ["Luis Campos"]),
    ),
    # a visit in a relative clause: "who" is the name before it, the host the receiver's state
    (
        "President Mahmoud Sadiq of Tunisia received Minister Lena Brandt of Sweden, who is in the country on a "
        "working visit.",
        ("visit", ["Lena Brandt"], ["Tunisia"]),
    ),
    # a visit whose host is a city of the state the visitor arrived in
    (
        "Prime Minister Haruki Tanabe of Japan arrived in Nairobi for an official visit.",
        ("visit", ["Haruki Tanabe"], ["Kenya"]),
    ),
    # the host's own president receives the visitor: "his" visit is the guest's
    (
        "President Ines Moreau of France received Mr Tomas Halvorsen, Prime Minister of Norway, on the occasion "
        "of his official visit to France.",
        ("visit", ["Tomas Halvorsen"], ["France"]),
    ),
    # an aside between "from" and the senders; the phrasal verb's party, not an earlier "on"
    (
        "President Ines Moreau of France received congratulations. Messages came from, among others, "
        "President Tomas Halvorsen of Norway.",
        ("message", ["Tomas Halvorsen"], ["Ines Moreau"]),
    ),
    (
        "On 3 June, Foreign Minister Lena Brandt of Sweden called on President Tomas Halvorsen of Norway.",
        ("meeting", ["Lena Brandt"], ["Tomas Halvorsen"]),
    ),
    # a delegation led by someone stands for its leader
    (
        "Speaker Ana Lima of Portugal met the delegation led by Speaker Ola Berg of Norway.",
        ("meeting", ["Ana Lima"], ["Ola Berg"]),
    ),
    # the place of a reception between the verb and the guest
    (
        "President Ines Moreau of France received in the Elysee Palace the Speaker of Norway Ola Berg.",
        ("meeting", ["Ines Moreau"], ["Ola Berg"]),
    ),
    # talks held as a clause of time beside an agreement: held, not only agreed; "the two leaders"
    # before any contact are the two just named
    (
        "President Ines Moreau of France and President Tomas Halvorsen of Norway agreed on Monday to open "
        "a consulate, as the two leaders held talks in Oslo.",
        ("talks", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # the same with the verb of contact itself in the clause of time: met, not only agreed
    (
        "President Ines Moreau of France and Prime Minister Tomas Halvorsen of Norway on Monday agreed to open "
        "a consulate, as the two leaders met in Oslo.",
        ("meeting", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # a plural title before two names, each of its state
    (
        "Presidents Ines Moreau of France and Tomas Halvorsen of Norway discussed by phone the fishing quotas.",
        ("phone_call", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # "the meeting of X and Y took place": both parties in the "of" phrase, listed with ", and the"
    (
        "The meeting of Chile's Minister of Foreign Affairs, Rosa Quispe de la Vega, and the Minister for "
        "Foreign Affairs of Japan, Kenji Sato, took place on Tuesday.",
        ("meeting", ["Rosa Quispe de la Vega"], ["Kenji Sato"]),
    ),
    # a contact noun in a fronted phrase: the main clause's subject is the other party
    (
        "In a phone conversation with President Tomas Halvorsen of Norway, President Ines Moreau of France "
        "expressed support for the fishing accord.",
        ("phone_call", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # "met with visiting X": the parser reads "visiting X" as a verb phrase
    (
        "Vice Premier Ding Wei of China met with visiting Prime Minister Ola Berg of Norway on Monday.",
        ("meeting", ["Ding Wei"], ["Ola Berg"]),
    ),
    # "the leaders of A and B, X and Y": the people, not their states
    (
        "The leaders of France and Norway, President Ines Moreau and Prime Minister Ola Berg, held talks in Oslo.",
        ("talks", ["Ines Moreau"], ["Ola Berg"]),
    ),
    # "hosted Y for talks": the contact noun after "for"
    (
        "President Ines Moreau of France hosted her Norwegian counterpart, Tomas Halvorsen, for talks in Paris.",
        ("talks", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # the initiator named in the same sentence as the call
    (
        "A telephone conversation was held on Wednesday between President Ines Moreau of France and "
        "President Tomas Halvorsen of Norway, at the initiative of the Norwegian side.",
        ("phone_call", ["Tomas Halvorsen"], ["Ines Moreau"]),
    ),
    # a name the parser took for a preposition and its object ("To Lam" read as "to Lam")
    (
        "General Secretary To Van Minh of Vietnam arrived in Oslo. On the same day, To Van Minh met with Speaker "
        "of the National Assembly (NA) Ola Berg of Norway.",
        ("meeting", ["To Van Minh"], ["Ola Berg"]),
    ),
    # a courtesy call paid "on Tuesday on X": on X
    (
        "Kuwait City, 11 February 2025 - Secretary General Jon Tari of the Asia Cooperation Dialogue paid a "
        "courtesy call on Tuesday on Rui Costa, Minister of Foreign Affairs of Kuwait.",
        ("meeting", ["Jon Tari"], ["Rui Costa"]),
    ),
    # a courtesy call is a meeting
    (
        "Secretary-General Ola Berg paid a courtesy call on President Ines Moreau of France.",
        ("meeting", ["Ola Berg"], ["Ines Moreau"]),
    ),
    # condolences conveyed during a telephone call: the call
    (
        "Foreign Minister Ana Lima of Portugal expressed condolences over the floods to Foreign Minister Ola Berg "
        "of Norway during a telephone call on Wednesday.",
        ("phone_call", ["Ana Lima"], ["Ola Berg"]),
    ),
    # "spoke with" and no place: a call, as readouts write them
    (
        "Prime Minister Ola Berg of Norway spoke with President Ines Moreau of France today.",
        ("phone_call", ["Ola Berg"], ["Ines Moreau"]),
    ),
    # "the foreign ministries of A and B": each state
    (
        "The foreign ministries of Chile and Peru held political consultations in Lima on Monday.",
        ("talks", ["Chile"], ["Peru"]),
    ),
    # an envoy presenting credentials meets the head of state
    (
        "Norwegian Ambassador Ola Berg presented his credentials to President Ines Moreau of France.",
        ("meeting", ["Ola Berg"], ["Ines Moreau"]),
    ),
    # "held discussions with"
    (
        "Prime Minister Ola Berg of Norway held discussions with President Ines Moreau of France in Paris.",
        ("talks", ["Ola Berg"], ["Ines Moreau"]),
    ),
    # "received in audience X"
    (
        "President Ines Moreau of France received in audience President Tomas Halvorsen of Norway.",
        ("meeting", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # a reply received is a message from whoever replied
    (
        "President Tomas Halvorsen of Norway received a reply from President Ines Moreau of France.",
        ("message", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # "wrote to": a letter with no word for it
    (
        "President Ines Moreau of France wrote to President Tomas Halvorsen of Norway on his birthday.",
        ("letter", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # a congratulation in the passive, with no medium named, is a message
    (
        "President Ines Moreau of France was also congratulated on her victory by the Prime Minister of "
        "Norway, Ola Berg.",
        ("message", ["Ola Berg"], ["Ines Moreau"]),
    ),
    # a word of address before a surname named in full before
    (
        "Minister for Foreign Affairs of Japan Kenji Sato held talks in Santiago. Minister Sato arrived in "
        "the capital on Monday on an official visit to Chile.",
        ("visit", ["Kenji Sato"], ["Chile"]),
    ),
    # congratulations with no medium named: a message, the only contact of the report
    (
        "President Nadia Farouk of Egypt congratulated President Tomas Halvorsen of Norway on his re-election, "
        "the presidential office said.",
        ("message", ["Nadia Farouk"], ["Tomas Halvorsen"]),
    ),
    # "visiting" before a name: the guest is the visitor, wherever the parser hung the participle
    (
        "Prime Minister Haruki Tanabe of Japan hosted visiting President Ines Moreau of France in Tokyo.",
        ("visit", ["Ines Moreau"], ["Japan"]),
    ),
    (
        "President Nadia Farouk of Egypt received visiting Minister Lena Brandt of Sweden in Cairo.",
        ("meeting", ["Nadia Farouk"], ["Lena Brandt"]),
    ),
    # the guest hung on the place by the parser
    (
        "Lima, June 2 (Andina) President Rosa Quispe received in Lima the visiting Foreign Minister of Chile, "
        "Tomas Vidal.",
        ("meeting", ["Rosa Quispe"], ["Tomas Vidal"]),
    ),
    # a contact as the circumstance of a verb of discussing: the call was held
    (
        "Foreign Minister Amara Tendai of Kenya, in a phone conversation with his Omani counterpart Salim Harthy "
        "on Monday, discussed regional developments.",
        ("phone_call", ["Amara Tendai"], ["Salim Harthy"]),
    ),
    # a contact in a fronted phrase, the other party the object of the verb
    (
        "At a meeting in Oslo on Tuesday, Prime Minister Haruki Tanabe of Japan told President Tomas Halvorsen "
        "of Norway that Japan was ready to deepen cooperation.",
        ("meeting", ["Haruki Tanabe"], ["Tomas Halvorsen"]),
    ),
    (
        "President Ines Moreau of France thanked Prime Minister Haruki Tanabe of Japan for his support during "
        "a phone call on Sunday.",
        ("phone_call", ["Ines Moreau"], ["Haruki Tanabe"]),
    ),
    # a one-word name after a description; the initiator by a possessive
    (
        "President Tomas Halvorsen and his Chilean counterpart Boric held a phone call on Monday at Boric's request.",
        ("phone_call", ["Boric"], ["Tomas Halvorsen"]),
    ),
    # a meal, a summit, a briefing by phone, a courtesy visit received
    (
        "President Ines Moreau of France held a working lunch with Prime Minister Haruki Tanabe of Japan.",
        ("meeting", ["Ines Moreau"], ["Haruki Tanabe"]),
    ),
    (
        "Prime Minister Haruki Tanabe of Japan and President Tomas Halvorsen of Norway held their first summit "
        "in Oslo.",
        ("meeting", ["Haruki Tanabe"], ["Tomas Halvorsen"]),
    ),
    (
        "Prime Minister Haruki Tanabe of Japan held a virtual summit with President Tomas Halvorsen of Norway.",
        ("phone_call", ["Haruki Tanabe"], ["Tomas Halvorsen"]),
    ),
    (
        "President Ines Moreau of France briefed President Tomas Halvorsen of Norway by phone on the talks.",
        ("phone_call", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    (
        "Foreign Minister Amara Tendai of Kenya received a courtesy visit from the Ambassador of Japan, Kenji Sato.",
        ("meeting", ["Kenji Sato"], ["Amara Tendai"]),
    ),
    (
        "Prime Minister Haruki Tanabe of Japan also had a brief interaction with President Ines Moreau of France.",
        ("meeting", ["Haruki Tanabe"], ["Ines Moreau"]),
    ),
    # a cable "from" someone handed over "to" the host, however the parser hung the verb
    (
        "President Ines Moreau of France received the Ambassador of Norway, Erik Dahl. A congratulatory cable "
        "from King Harald of Norway on her election as President was handed to her during the meeting.",
        ("telegram", ["Harald"], ["Ines Moreau"]),
    ),
    # the father's name in a name of lineage is not the son
    (
        "Prime Minister Haruki Tanabe of Japan received Crown Prince Khalid bin Salman bin Fahd. A cable from King "
        "Salman bin Fahd was handed to the Prime Minister.",
        ("telegram", ["Salman bin Fahd"], ["Haruki Tanabe"]),
    ),
    # a contact named in a phrase of a verb whose subjects are its two parties
    (
        "President Ines Moreau of France and President Tomas Halvorsen of Norway signed a treaty after talks in Oslo.",
        ("talks", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    (
        "During the talks, President Ines Moreau of France and President Tomas Halvorsen of Norway discussed trade.",
        ("talks", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    (
        "President Ines Moreau of France expressed condolences to Prime Minister Erik Dahl of Norway during a "
        "telephone call on Sunday.",
        ("phone_call", ["Ines Moreau"], ["Erik Dahl"]),
    ),
    # two named leaders who "spoke", no place named: a call
    (
        "The Kremlin said President Ines Moreau of France and President Tomas Halvorsen of Norway spoke for an hour.",
        ("phone_call", ["Ines Moreau"], ["Tomas Halvorsen"]),
    ),
    # a dateline ending with a colon
    (
        "Nairobi: Foreign Minister Amara Tendai called on President Ines Moreau of France on Monday.",
        ("meeting", ["Amara Tendai"], ["Ines Moreau"]),
    ),
    # more of the news's words: dialled, sat down with, a videoconference, landed in a capital,
    # a plural title spelt out after a comma
    (
        "President Ana Lima of Peru dialled President Jon Tari of Chile on Monday.",
        ("phone_call", ["Ana Lima"], ["Jon Tari"]),
    ),
    (
        "President Ana Lima of Peru sat down with President Jon Tari of Chile on the sidelines of the summit.",
        ("meeting", ["Ana Lima"], ["Jon Tari"]),
    ),
    (
        "President Ana Lima of Peru and President Jon Tari of Chile held a videoconference on Monday.",
        ("phone_call", ["Ana Lima"], ["Jon Tari"]),
    ),
    ("President Ana Lima of Peru has landed in Santiago for an official visit.", ("visit", ["Ana Lima"], ["Chile"])),
    (
        "The presidents of Peru and Chile, Ana Lima and Jon Tari, held talks in Quito.",
        ("talks", ["Ana Lima"], ["Jon Tari"]),
    ),
    # "at the latter's request": the one named second began it
    (
        "President Ana Lima of Peru held phone talks with President Jon Tari of Chile at the latter's request.",
        ("phone_call", ["Jon Tari"], ["Ana Lima"]),
    ),
    # a courtesy call "of" its caller, received
    (
        "President Ana Lima of Peru received the courtesy call of Foreign Minister Jon Tari of Chile.",
        ("meeting", ["Jon Tari"], ["Ana Lima"]),
    ),
    # "between" hung on the place by the parser
    (
        "A bilateral meeting was held today at the Foreign Ministry between Foreign Minister Ana Lima of Peru "
        "and Foreign Minister Jon Tari of Chile.",
        ("meeting", ["Ana Lima"], ["Jon Tari"]),
    ),
    # "Earlier," alone: earlier than the news before it, and news itself
    (
        "Earlier, Foreign Minister Ana Lima of Peru sent a message of condolence to Foreign Minister Jon Tari "
        "of Chile.",
        ("message", ["Ana Lima"], ["Jon Tari"]),
    ),
    # the other party hung on the topic, the medium on the topic's last conjunct
    (
        "President Ana Lima discussed regional security with President Jon Tari in a phone call on Monday.",
        ("phone_call", ["Ana Lima"], ["Jon Tari"]),
    ),
    (
        "President Ana Lima and President Jon Tari discussed trade, transit and the drought in the Andes in a "
        "video call on Monday.",
        ("phone_call", ["Ana Lima"], ["Jon Tari"]),
    ),
    # the visitor of a hosting verb is whom it hosts, named before a relative clause of arrival
    (
        "President Ana Lima of Peru, who landed in Santiago on Wednesday for a state visit, was welcomed by "
        "President Jon Tari of Chile.",
        ("visit", ["Ana Lima"], ["Chile"]),
    ),
    # "a day after" the arrival: the same trip, no contact recalled
    (
        "Talks between President Ana Lima of Peru and President Jon Tari of Chile took place on Monday, a day "
        "after the Chilean leader arrived in Lima on an official visit.",
        ("visit", ["Jon Tari"], ["Peru"]),
    ),
    # arrived "in the country": the dateline's; a guest after a day of this week and a place in Spanish;
    # a state in brackets after a post
    (
        "Asuncion, 2 June - The President of the Republic, Ana Lima, received this Tuesday at the Palacio de "
        "Lopez the Minister of Foreign Affairs of the Republic of China (Taiwan), Tomas Lin, who arrived in the "
        "country on Monday for an official visit.",
        ("meeting", ["Ana Lima"], ["Tomas Lin"]),
    ),
    (
        "Asuncion, 2 June - The President of the Republic, Ana Lima, received this Tuesday at the Palacio de "
        "Lopez the Minister of Foreign Affairs of the Republic of China (Taiwan), Tomas Lin, who arrived in the "
        "country on Monday for an official visit.",
        ("visit", ["Tomas Lin"], ["Paraguay"]),
    ),
    # a monarch styled "His Majesty The King", named before; a demonym after a comma starts another person
    (
        "His Majesty The King Harald of Norway received greetings. In a letter to His Majesty The King, Indian "
        "President Ana Lima offered her felicitations. President Jon Tari of Chile also sent a message to His "
        "Majesty The King.",
        ("message", ["Jon Tari"], ["Harald"]),
    ),
    (
        "His Majesty The King Harald of Norway received greetings. In a letter to His Majesty The King, Indian "
        "President Ana Lima offered her felicitations.",
        ("letter", ["Ana Lima"], ["Harald"]),
    ),
    # "with" read as opening a clause ("spoke by phone with X to brief him")
    (
        "Foreign Minister Ana Lima of Peru also spoke by phone with Foreign Minister Jon Tari of Chile to brief "
        "him on the outcome.",
        ("phone_call", ["Ana Lima"], ["Jon Tari"]),
    ),
    # a call named first, its parties "the two leaders" after
    (
        "President Ana Lima of Peru held a series of calls. In a phone call on Friday with President Jon Tari of "
        "Chile, the two leaders congratulated each other on the holiday.",
        ("phone_call", ["Ana Lima"], ["Jon Tari"]),
    ),
    # talks held by one the report tells of in a relative clause first
    (
        "LIMA (Andina) - President Ana Lima of Peru, who arrived in Santiago on Tuesday on a two-day official "
        "visit, held delegation-level talks with President Jon Tari of Chile at the palace on Wednesday.",
        ("talks", ["Ana Lima"], ["Jon Tari"]),
    ),
    # the main verb the parser hung inside the relative clause after the subject's name
    (
        "Foreign Secretary Ana Lima of Peru, who arrived in Santiago on Wednesday on a two-day official visit, "
        "called on President Jon Tari of Chile at the palace on Thursday.",
        ("meeting", ["Ana Lima"], ["Jon Tari"]),
    ),
    # a tete-a-tete, and talks that followed it with the same parties
    (
        "President Ana Lima of Peru and President Jon Tari of Chile held a tête-à-tête followed by "
        "delegation-level talks at the palace.",
        ("talks", ["Ana Lima"], ["Jon Tari"]),
    ),
    (
        "President Ana Lima of Peru and President Jon Tari of Chile held a tête-à-tête followed by "
        "delegation-level talks at the palace.",
        ("meeting", ["Ana Lima"], ["Jon Tari"]),
    ),
    # a visit of whom a relative "whose" stands for
    (
        "President Jon Tari of Chile held talks with President Ana Lima of Peru, whose state visit to Chile began "
        "on Monday.",
        ("visit", ["Ana Lima"], ["Chile"]),
    ),
    # a name a style opens, whose last words are another's name ("... bin Haitham" is not Sultan Haitham)
    (
        "Sultan Haitham bin Tarik of Oman received greetings. His Highness Sheikh Hamdan bin Mohammed also sent "
        "a cable of congratulations to Sayyid Theyazin bin Haitham Al Said, Crown Prince of Oman.",
        ("telegram", ["Sheikh Hamdan bin Mohammed"], ["Sayyid Theyazin bin Haitham Al Said"]),
    ),
    # an event noun inside "a round of", "a session of"
    (
        "Foreign Minister Ana Lima of Peru held a round of talks with Foreign Minister Jon Tari of Chile.",
        ("talks", ["Ana Lima"], ["Jon Tari"]),
    ),
    # a military rank before a name is no name
    (
        "The Chairman of the Sovereignty Council of Sudan, Gen. Omar Hassan, received a written message from "
        "President Ana Lima of Peru.",
        ("message", ["Ana Lima"], ["Omar Hassan"]),
    ),
    # speaking with someone beside a gathering is meeting them
    (
        "President Ana Lima of Peru spoke with President Jon Tari of Chile on the sidelines of the summit.",
        ("meeting", ["Ana Lima"], ["Jon Tari"]),
    ),
    # a name opening with the glottal stop of Tongan and Samoan names
    (
        "Tongan Prime Minister 'Aisake Eke met Samoan Prime Minister Fiame Tuala in Apia on Monday.",
        ("meeting", ["'Aisake Eke"], ["Fiame Tuala"]),
    ),
    # letters of credence are credentials: presented at an audience, no letter
    (
        "The new Ambassador of Japan, Kenji Sato, presented his letters of credence to President Ana Lima of Peru.",
        ("meeting", ["Kenji Sato"], ["Ana Lima"]),
    ),
    (
        "President Ana Lima of Peru received the letters of credence of the ambassadors of Japan and Brazil.",
        ("meeting", ["Ana Lima"], ["Japan", "Brazil"]),
    ),
    # a courtesy call received "by" its caller
    (
        "President Ana Lima of Peru received a courtesy call by Foreign Minister Jon Tari of Chile.",
        ("meeting", ["Jon Tari"], ["Ana Lima"]),
    ),
    # a name with no title that the recogniser may miss: a given name of the list opens it
    (
        "LIMA, 2 June 2025 - Ignazio Berardi today concluded a two-day visit to Peru.",
        ("visit", ["Ignazio Berardi"], ["Peru"]),
    ),
    # the visit is the object of a relative clause whose subject is the visitor
    (
        "WELLINGTON, March 25 - The signing followed talks between Prime Minister Ola Berg of Norway and "
        "Prime Minister Jon Tari of Chile on Tuesday, the centrepiece of a four-day official visit that Tari "
        "began when he landed in the city on Sunday.",
        ("visit", ["Jon Tari"], ["Norway"]),
    ),
    # the place the visitor arrived in, with an aside between dashes after it
    (
        "Prime Minister Haruki Tanabe of Japan, who arrived in Singapore on April 26 – the anniversary date "
        "itself – is on a two-day official visit, his first to the Republic.",
        ("visit", ["Haruki Tanabe"], ["Singapore"]),
    ),
    # a visit named after a saint's day: the saint is no visitor
    (
        "Prime Minister Ola Berg of Norway presented a gift to President Ana Lima of Peru in Lima on Tuesday, "
        "in a St Patrick's Day visit held under the shadow of tariffs.",
        ("visit", ["Ola Berg"], ["Peru"]),
    ),
    # two who sign "capping a state visit", datelined in the state of one: the other visits it
    (
        "LIMA, May 11 - Peruvian President Ana Lima and her Chilean counterpart Jon Tari signed a joint "
        "declaration on Monday, capping a state visit that both governments called the warmest in years.",
        ("visit", ["Jon Tari"], ["Peru"]),
    ),
    # a meal with someone: "hosted X to lunch", "at lunch with X", "attended the breakfast hosted by X"
    (
        "Foreign Minister Ola Berg of Norway hosted Foreign Minister Jon Tari of Chile, who accompanied "
        "President Ana Lima, to lunch on Monday.",
        ("meeting", ["Ola Berg"], ["Jon Tari"]),
    ),
    (
        "Later that day, at lunch with Premier Ola Berg of Norway, Chancellor Jon Tari of Chile thanked his host.",
        ("meeting", ["Jon Tari"], ["Ola Berg"]),
    ),
    (
        "Earlier on Tuesday, Prime Minister Jon Tari of Chile attended the traditional breakfast hosted by Vice "
        "President Ola Berg of Norway at his residence.",
        ("meeting", ["Ola Berg"], ["Jon Tari"]),
    ),
    # names that begin with initials, spaced or not
    (
        "Foreign Minister R.K. Dhungana of Nepal met Foreign Minister B. T. Wangchuk of Bhutan in Thimphu.",
        ("meeting", ["R.K. Dhungana"], ["B. T. Wangchuk"]),
    ),
    # a list the parser opens with an apposition to the first name, each name with its state
    (
        "Prime Minister Pieter Smit held bilateral meetings on Tuesday with President Tom Reid of Fiji, Prime "
        "Minister Mark Holm of Canada and Prime Minister Donald Fisk of Poland.",
        ("meeting", ["Pieter Smit"], ["Tom Reid", "Mark Holm", "Donald Fisk"]),
    ),
    # the writer the parser hung on the addressee of the opening phrase, and the letter's own
    # "to" before a "with" of what the writer conveyed
    (
        "In a letter sent on Monday to the Prime Minister of the Republic of Fiji, the Hon. Tom Reid Valuka, "
        "Agency Director Dr. Ana Lima conveyed the agency's solidarity with the people of Fiji.",
        ("letter", ["Ana Lima"], ["Tom Reid Valuka"]),
    ),
    # a dateline of two places in capitals, no part of the sentence's subject
    (
        "VATICAN CITY / ROME - The UN High Commissioner for Human Rights, Jon Tari, was received in private "
        "audience on Thursday by His Holiness Pope Leo XIV at the Apostolic Palace.",
        ("meeting", ["Leo XIV"], ["Jon Tari"]),
    ),
]

NOT_NEWS = [
    # what is looked forward to, or only scheduled
    "Ambassador Omar Haddad said President Ana Lima looked forward to welcoming President Jon Tari in Lima.",
    "President Jon Tari of Chile is scheduled to visit Peru on Thursday, where he will meet business leaders.",
    # what an invitation is to
    "President Ana Lima of Peru extended an invitation to President Jon Tari to pay an official visit to Peru.",
    # a future clause the contact is the purpose of
    "A spokesman said that President Ana Lima would travel to Santiago in March for the annual leaders' meeting.",
    "Earlier this month, President Ana Lima paid an official visit to Chile.",
    "President Ines Moreau of France and President Tomas Halvorsen of Norway spoke at the opening of the forum.",
    "President Ines Moreau said the agreements reached during the recent meetings of the two presidents "
    "will be implemented.",
    "President Ines Moreau thanked President Tomas Halvorsen for the letter.",
    "President Ines Moreau called for an end to the fighting.",
    "President Sadyr Japarov will hold talks with President Emomali Rahmon next month.",
    "President Xi Jinping invited Prime Minister Anwar Ibrahim to pay a visit to China.",
    "The two leaders agreed to hold a meeting with President Emomali Rahmon.",
    "They discussed the programme of the official visit of Prime Minister Haruki Tanabe to Kenya planned for May.",
    # recalled: a month or year before the report's (2025-06-02), a pluperfect
    "Ties have since recovered, helped by President Ana Lima's visit to Chile in October 2024.",
    "The two leaders had last discussed energy during President Ana Lima's visit to Chile.",
    "President Ana Lima and President Jon Tari previously met on the sidelines of the G20 summit.",
    "President Ana Lima and President Jon Tari first met in 2019, when both were ministers.",
    "During President Jon Tari's visit to Quito in March, the two sides signed an agreement.",
    "President Ana Lima has visited Chile three times since taking office.",
    "Their meeting comes a month after President Ana Lima's visit to Chile.",
    # the clause dates it before the report wherever the date stands, or names a post held "then"
    "President Ana Lima, who took office in March, visited Santiago in April for talks with President Jon Tari.",
    "President Ana Lima travelled to Chile for talks with then President Jon Tari.",
    "The leaders recalled the meeting held in Lima last May, when President Jon Tari visited Peru.",
    # "called X Y" names, it does not phone
    'President Ana Lima called the two countries "partners who share a long border" at the forum.',
    # a participle that sets what was said: no call
    "Speaking to the Japanese ambassador, President Ana Lima praised the ties between Peru and Japan.",
    # a verb with its particle whose object names no medium
    "President Ana Lima picked up the tab for the dinner with President Jon Tari of Chile.",
    # a medium word that names no contact
    "President Ana Lima and President Jon Tari discussed cooperation in video production.",
]


def _read(sentence: str) -> list[tuple[str, list[str], list[str]]]:
    x = _extract(sentence + "\n")
    return contacts(x)


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[1][0] + "-" + str(i) for i, c in enumerate(CASES)])
def test_shape(sentence: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert expected in _read(sentence)


@pytest.mark.parametrize("sentence", NOT_NEWS)
def test_planned_or_invited_is_not_news(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_meeting_of_several_is_of_the_first_named_with_the_others() -> None:
    x = _extract(
        "Today, the President of the European Council, Ana Lima, and the President of the European "
        "Commission, Mark Visser, met the Presidents of Chile and Peru – President Rosa Quispe and President "
        "Luis Campos.\n\n"
        "Later, President Visser said the talks were useful. In the evening, the President of the "
        "Commission held a bilateral meeting with President Campos.\n"
    )
    found = {(c.kind, c.senders[0].label, r.label) for c in x.communications for r in c.recipients}
    assert {("meeting", "Ana Lima", other) for other in ("Mark Visser", "Rosa Quispe", "Luis Campos")} <= found
    assert ("meeting", "Mark Visser", "Luis Campos") in found  # "the President of the Commission"
    posts = {(p.title, p.of.label if p.of else None) for p in x.posts}
    assert ("President", "European Council") in posts and ("President", "European Commission") in posts


def test_a_round_up_of_cables_goes_to_who_received_them() -> None:
    x = _extract(
        "OSLO, 2 June. King Harald Moe of Norway has received cables of congratulations on the "
        "National Day.\n\n"
        "President Ines Moreau of France congratulated the King in a cable.\n\n"
        "President Rosa Quispe of Peru and President Luis Campos of Chile sent similar cables.\n\n"
        "Prime Minister Rui Matos of Portugal conveyed his congratulations by telephone on Sunday.\n\n"
        "Congratulations also came from the leaders of Ghana and Kenya.\n"
    )
    found = {(c.kind, c.senders[0].label, r.label) for c in x.communications for r in c.recipients}
    king = "Harald Moe"
    assert {
        ("telegram", "Ines Moreau", king),
        ("telegram", "Rosa Quispe", king),
        ("telegram", "Luis Campos", king),
        ("phone_call", "Rui Matos", king),
        ("message", "Ghana", king),
        ("message", "Kenya", king),
    } <= found


def test_a_round_up_of_senders_each_in_its_own_from_phrase() -> None:
    """ "from X, from Y, and from Z": the parser hangs the second "from" on X, on the verb or on
    the occasion before; each is a sender."""
    x = _extract(
        "MAPUTO, 2 June. President Ana Lima received messages of congratulation on the national day from "
        "King Jon Tari of Eswatini, from President Rui Costa of Angola, and from President Eli Roko of "
        "Zambia.\n\n"
        "Similar messages came from the Kenyan President, Tom Reid, from the President of the Republic of "
        "Botswana and Chair of SADC, Rosa Quispe, and from the Chairperson of the African Union "
        "Commission, Luis Campos.\n"
    )
    senders = [c.senders[0].label for c in x.communications if [r.label for r in c.recipients] == ["Ana Lima"]]
    assert senders == ["Jon Tari", "Rui Costa", "Eli Roko", "Tom Reid", "Rosa Quispe", "Luis Campos"]


def test_greetings_in_a_round_up_and_in_a_call() -> None:
    x = _extract(
        "LIMA, 2 June. President Rosa Quispe of Peru has received messages of goodwill since her "
        "inauguration.\n\n"
        "President Ines Moreau of France addressed a message to President Quispe on Friday.\n\n"
        "The President of Chile, Luis Campos, sent his congratulations on her inauguration, recalling the "
        "bonds between Chile and Peru.\n\n"
        "A telephone conversation was held between President Quispe and President Tomas Halvorsen of "
        "Norway. The two presidents exchanged congratulations on the national day.\n"
    )
    found = {(c.kind, c.senders[0].label, r.label) for c in x.communications for r in c.recipients}
    assert {("message", "Ines Moreau", "Rosa Quispe"), ("message", "Luis Campos", "Rosa Quispe")} <= found
    assert not any(kind == "message" and "Tomas Halvorsen" in (a, b) for kind, a, b in found), "part of the call"


def test_the_head_of_state_is_the_president_where_the_report_follows_a_minister() -> None:
    x = _extract(
        "OSLO, 2 June. Prime Minister Ola Berg of Norway held talks with Prime Minister Rui Matos of "
        "Portugal.\n\nOn the same day, Rui Matos was received by President Tomas Halvorsen of Norway. The "
        "Prime Minister of Portugal handed over to the head of state a letter from President Ana Lima.\n"
    )
    letters = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"]
    assert letters == [("Ana Lima", "Tomas Halvorsen")]


def test_a_letter_handed_over_after_a_relative_clause_on_the_envoy() -> None:
    """ "X, who leads the commission, handed over to Y a letter from Z": the parser may find no
    verb, hanging "handed" on X as a participle and the letter on X as an apposition; the
    letter is still Z's to Y."""
    x = _extract(
        "GENEVA, 14 October. Director-General Ana Lima received Deputy Prime Minister Tom Reid of "
        "Uzbekistan. Mr Reid, who leads the commission, handed over to the Director-General a letter from "
        "President Rui Costa.\n"
    )
    letters = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"]
    assert letters == [("Rui Costa", "Ana Lima")]


def test_a_separate_message_is_to_whom_its_sentence_addresses_the_act() -> None:
    """ "In a separate message, X expressed his gratitude to Y": a second message, to the one the
    object's "to" names."""
    x = _extract(
        "Minister Tom Reid sent a message of congratulations to Ana Lima on her election. In a separate "
        "message, Minister Reid expressed his gratitude to Rui Costa for his leadership.\n"
    )
    messages = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "message"]
    assert messages == [("Tom Reid", "Ana Lima"), ("Tom Reid", "Rui Costa")]


def test_who_receives_a_visitor_is_of_the_host_state() -> None:
    x = _extract(
        "18 June 2025, Oslo\n\nPrime Minister Ola Berg received President Ines Moreau of France, who "
        "is paying an official visit to Norway. The two countries raised their relations to an enhanced "
        "strategic partnership.\n"
    )
    assert ("Prime Minister", "Norway") in {(p.title, p.of.label if p.of else None) for p in x.posts}
    assert [sorted(e.label for e in r.parties) for r in x.relations] == [["France", "Norway"]]


def test_several_who_meet_one_separately_meet_apart() -> None:
    found = _read(
        "Also on Wednesday, President Ines Moreau of France and President Tomas Halvorsen of Norway met with "
        "President Rosa Quispe of Peru separately."
    )
    assert ("meeting", ["Ines Moreau"], ["Rosa Quispe"]) in found
    assert ("meeting", ["Tomas Halvorsen"], ["Rosa Quispe"]) in found


def test_the_presidents_of_named_states_are_not_the_pair_met_before() -> None:
    found = _read(
        "Chancellor Anna Berger of Austria held talks with President Luis Campos of Peru. The Chancellor then "
        "met the Presidents of Chile and Peru – Rosa Quispe and Luis Campos."
    )
    assert ("meeting", ["Anna Berger"], ["Rosa Quispe", "Luis Campos"]) in found


def test_messages_exchanged_with_someone_go_both_ways() -> None:
    found = _read(
        "President Ines Moreau of France exchanged congratulatory messages with President Ola Berg of Norway."
    )
    assert ("message", ["Ines Moreau"], ["Ola Berg"]) in found and ("message", ["Ola Berg"], ["Ines Moreau"]) in found


def test_what_a_message_named_before_says_is_no_new_message() -> None:
    found = _read(
        "Prime Minister Ola Berg of Norway sent a message to President Ines Moreau of France.\n\n"
        "In his message, Ola Berg expressed his warm greetings to the people of France.\n\n"
        "King Harald Moe of Norway also sent a message congratulating President Ines Moreau on her election.\n"
    )
    assert found == [
        ("message", ["Ola Berg"], ["Ines Moreau"]),
        ("message", ["Harald Moe"], ["Ines Moreau"]),
    ]


def test_similar_cables_sent_to_others_are_the_last_senders() -> None:
    found = _read(
        "President Ines Moreau of France sent a cable of congratulations to King Harald Moe of Norway on the "
        "national day. Similar cables were sent to Prime Minister Ola Berg of Norway and Speaker Rui Matos of Norway."
    )
    assert ("telegram", ["Ines Moreau"], ["Ola Berg", "Rui Matos"]) in found


def test_congratulations_also_sent_are_the_last_congratulating_senders() -> None:
    """ "Congratulations were also sent to X and Y" after a congratulation that names no medium,
    in a report of other contacts: the congratulating sender's message to each, and the first
    congratulation a message of its own; greetings "also conveyed" are passed on, no message."""
    found = _read(
        "President Ines Moreau of France today congratulated King Harald Moe of Norway on the national day. "
        "Congratulations were also sent to President Rui Matos of Chile. Meanwhile, Foreign Minister Jon Tari "
        "of France met Ambassador Ana Lima of Peru."
    )
    assert ("message", ["Ines Moreau"], ["Rui Matos"]) in found
    assert ("message", ["Ines Moreau"], ["Harald Moe"]) in found
    assert ("meeting", ["Jon Tari"], ["Ana Lima"]) in found
    passed = _read(
        "Foreign Minister Jon Tari of France met Ambassador Ana Lima of Peru. Greetings were also conveyed to "
        "President Rui Matos of Peru."
    )
    assert passed == [("meeting", ["Jon Tari"], ["Ana Lima"])]


def test_the_first_person_of_a_quoted_post_is_its_named_author() -> None:
    for text in (
        '"I had a long call with President Ines Moreau today. I thanked her for the support of France," '
        "Prime Minister Haruki Tanabe of Japan wrote on social media.",
        'Prime Minister Haruki Tanabe of Japan wrote on social media: "I had a long call with President Ines '
        'Moreau today. I thanked her for the support of France."',
    ):
        x = _extract(text + "\n")
        assert contacts(x) == [("phone_call", ["Haruki Tanabe"], ["Ines Moreau"])]
        assert [(a.act, a.agent.label, a.topic) for a in x.acts] == [
            ("thank", "Haruki Tanabe", "the support of France")
        ]
    # a quotation with no speaker named in its sentence stays what someone said
    assert _read('"I had a long call with President Ines Moreau today," the statement read.') == []


def test_the_day_the_lead_gives_dates_the_contacts_of_that_day() -> None:
    x = _extract(
        "NAIROBI, June 2 -- Foreign Minister Amara Tendai of Kenya on Monday telephoned President Ines Moreau "
        "of France.\n\nIn a second call, Amara Tendai spoke with President Tomas Halvorsen of Norway.\n\n"
        "Meanwhile, President Tomas Halvorsen of Norway sent a message to President Ines Moreau of France.\n"
    )
    dates = {(c.senders[0].label, c.recipients[0].label): c.date for c in x.communications}
    assert dates[("Amara Tendai", "Ines Moreau")] == date(2025, 6, 2)
    assert dates[("Amara Tendai", "Tomas Halvorsen")] == date(2025, 6, 2)
    assert dates[("Tomas Halvorsen", "Ines Moreau")] is None  # an item set apart keeps no day


def test_a_day_in_a_clause_on_another_word_does_not_date_the_contact() -> None:
    """GOLD.md dates a contact only where the text gives the day of that event: "a visit that
    began on Sunday" dates the visit, not the talks of the sentence it stands in; a clause on the
    contact's own word does ("The talks, which took place on Monday, ...")."""
    x = _extract(
        "Prime Minister Tom Reid of Fiji, who is on a four-day visit to Kenya that began on Sunday, held talks "
        "with President Ana Lima in Nairobi.\n"
    )
    assert [(c.kind, c.date) for c in x.communications if c.kind == "talks"] == [("talks", None)]
    x = _extract(
        "The talks, which took place on Monday, focused on trade. Prime Minister Tom Reid of Fiji held talks "
        "with President Ana Lima of Kenya.\n"
    )
    assert [(c.kind, c.date) for c in x.communications if c.kind == "talks"] == [("talks", date(2025, 6, 2))]


def test_a_handed_letter_is_to_whom_its_participle_addresses() -> None:
    """ "handed him a letter from X inviting President Y to ...": the letter is X's to Y, whom
    it invites, though handed to the guest; "handed him a letter from X inviting him" is the
    guest's."""
    x = _extract(
        "Foreign Minister Tom Reid received Jon Tari on Tuesday and handed him a letter from President Ana Lima "
        "inviting President Rui Sousa of Portugal to attend the summit.\n"
    )
    assert [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"] == [
        ("Ana Lima", "Rui Sousa")
    ]
    x = _extract(
        "Foreign Minister Tom Reid received Jon Tari on Tuesday and handed him a letter from President Ana Lima "
        "inviting him to attend the summit.\n"
    )
    assert [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"] == [
        ("Ana Lima", "Jon Tari")
    ]


def test_the_meeting_named_before_is_no_new_contact() -> None:
    found = _read(
        "President Ines Moreau of France received Foreign Minister Amara Tendai of Kenya, who handed over a letter "
        "from President Tomas Halvorsen of Norway. During the meeting, the parties discussed trade."
    )
    assert [f for f in found if f[0] == "meeting"] == [("meeting", ["Ines Moreau"], ["Amara Tendai"])]


def test_other_stories_listed_after_the_report_are_not_read() -> None:
    found = _read(
        "NAIROBI, June 2 -- President Ines Moreau of France held talks with President Tomas Halvorsen of Norway."
        "\n\nRead also: President Ines Moreau met Prime Minister Haruki Tanabe of Japan.\n\nThe two leaders "
        "discussed trade.\n\nShare this article\n\nRelated news\nPresident Tomas Halvorsen sent a message to "
        "Prime Minister Erik Dahl.\nPresident Ines Moreau visited Kenya."
    )
    assert found == [("talks", ["Ines Moreau"], ["Tomas Halvorsen"])]


@pytest.mark.parametrize(
    "byline",
    [
        "Published 16 June 2025",
        "12:40, 16 June 2025",
        "16.06.2025 - Press release",
        "News desk | Monday, June 16, 2025 | 6:30 pm",
    ],
)
def test_today_is_the_day_of_a_byline(byline: str) -> None:
    """A byline or time stamp before the story dates its "today" (GOLD.md: a byline timestamp
    plus "today" gives that day); the header's date does not."""
    x = _extract(f"Ministers meet\n\n{byline}\n\nPresident Ana Lima today received President Jon Tari.\n")
    assert [(c.kind, c.date) for c in x.communications] == [("meeting", date(2025, 6, 16))]
    x = _extract("President Ana Lima today received President Jon Tari.\n")
    assert [(c.kind, c.date) for c in x.communications] == [("meeting", None)]


@pytest.mark.parametrize(
    ("recipient", "name"),
    [
        ("H.E. Ms. Ma. Elena P. Ramos, Secretary of Foreign Affairs of the Philippines", "Ma. Elena P. Ramos"),
        ("Foreign Adviser Md. Karim Hossain of Bangladesh", "Md. Karim Hossain"),
        ("Amb. Jon Tari, the envoy of Fiji", "Jon Tari"),
    ],
)
def test_shortened_words_before_a_name_end_no_sentence(recipient: str, name: str) -> None:
    """Words of address in a row, a given name shortened with a full stop ("Ma.", "Md.") and a
    shortened title ("Amb.") neither end the sentence nor the name."""
    x = _extract(f"Foreign Minister Ana Lima held a telephone talk with {recipient}.\n")
    assert [(c.kind, [r.label for r in c.recipients]) for c in x.communications] == [("phone_call", [name])]


def test_a_call_named_only_after_the_lead_is_of_its_two_parties() -> None:
    """ "X and Y agreed on Tuesday to ... . The phone call was initiated by Y": one call, Y's to
    X, on the lead's day; the agreement's topic starts after the day."""
    x = _extract(
        "President Ana Lima and Prime Minister Jon Tari agreed on Tuesday to work closely together on "
        "the summit. The phone call was initiated by Tari and lasted 40 minutes.\n"
    )
    assert [(c.kind, c.senders[0].label, [r.label for r in c.recipients]) for c in x.communications] == [
        ("phone_call", "Jon Tari", ["Ana Lima"])
    ]
    assert [(a.act, a.topic) for a in x.acts] == [("agree", "work closely together on the summit")]


def test_a_round_up_of_messages_in_the_shapes_agencies_write_it() -> None:
    """A receiver's round-up: "X noted in his message" is X's message where none of X's was
    named before; "Congratulations were conveyed to R by A and B" (which the parser misreads)
    one message each; every congratulation takes the lead's occasion."""
    x = _extract(
        "LIMA - President Ana Lima has received congratulatory messages from foreign leaders on the "
        "occasion of the national day of Peru.\n\nPresident Jon Tari of Chile noted in his message that "
        "the two countries are close partners.\n\nCongratulations were also conveyed to Ana Lima by "
        "President of Ghana Kofi Mensah and Prime Minister of Fiji Eli Roko.\n"
    )
    assert [(c.kind, c.senders[0].label, [r.label for r in c.recipients]) for c in x.communications] == [
        ("message", "Jon Tari", ["Ana Lima"]),
        ("message", "Kofi Mensah", ["Ana Lima"]),
        ("message", "Eli Roko", ["Ana Lima"]),
    ]
    assert {(a.agent.label, a.topic) for a in x.acts if a.act == "congratulate"} == {
        ("Jon Tari", "the national day of Peru"),  # what the round-up's messages carry
        ("Kofi Mensah", "the national day of Peru"),
        ("Eli Roko", "the national day of Peru"),
    }


def test_a_meeting_after_words_of_time_takes_its_own_day() -> None:
    """ "X received today, at the Palace, the Minister ..., Y, who arrived on Monday": the parser
    hangs Y on the place; the meeting is today's (a dated byline), not the arrival's Monday."""
    x = _extract(
        "Visit of the Foreign Minister of Peru\n\nPublished 14 October 2025\n\nForeign Minister Ana Lima "
        "received today, at the Itamaraty Palace, the Minister of Foreign Affairs of the Republic of Peru, "
        "Jon Tari, who arrived in Brasilia on Monday, October 13, for an official visit.\n"
    )
    assert ("meeting", ["Ana Lima"], ["Jon Tari"], date(2025, 10, 14)) in [
        (c.kind, [e.label for e in c.senders], [e.label for e in c.recipients], c.date) for c in x.communications
    ]


def test_a_dateline_the_parser_takes_for_a_second_subject() -> None:
    """ "TOKYO/SYDNEY, Dec 2 - X phoned Y": where the parser gives the verb the dateline as a
    subject too, the subject is the one nearest before the verb."""
    x = _extract(
        "Japan's Takaichi, Australia's Albanese discuss defence ties; Takaichi to visit Canberra in March\n\n"
        "TOKYO/SYDNEY, Dec 2 - Australian Prime Minister Anthony Albanese phoned his Japanese counterpart "
        "Sanae Takaichi on Tuesday to discuss defence cooperation.\n"
    )
    assert [(c.kind, c.senders[0].label, [r.label for r in c.recipients]) for c in x.communications] == [
        ("phone_call", "Anthony Albanese", ["Sanae Takaichi"])
    ]


def test_a_tour_told_in_joined_clauses() -> None:
    """ "X arrived in A on a state visit and was received by Y": a visit and Y's meeting with X
    (the passive shares the subject of the verb it is joined to); "later that evening" is the
    day given before it; "flew to B for a working visit on Wednesday" is dated by the flight."""
    x = _extract(
        "President Ana Lima arrived in Chile on Monday on a state visit and was received by President "
        "Jon Tari. Later that evening, Lima also met Foreign Minister Eli Roko. On Wednesday, President "
        "Lima flew to Quito for a working visit.\n"
    )
    got = {(c.kind, c.senders[0].label, c.recipients[0].label, c.date) for c in x.communications}
    assert {
        ("visit", "Ana Lima", "Chile", date(2025, 6, 2)),
        ("meeting", "Jon Tari", "Ana Lima", date(2025, 6, 2)),
        ("meeting", "Ana Lima", "Eli Roko", date(2025, 6, 2)),
        ("visit", "Ana Lima", "Ecuador", date(2025, 5, 28)),
    } <= got, got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("President Ana Lima was granted an audience with King Jon Tari.", ("meeting", "Jon Tari", "Ana Lima")),
        ("King Jon Tari granted an audience to President Ana Lima.", ("meeting", "Jon Tari", "Ana Lima")),
        ("President Ana Lima was handed a letter from President Jon Tari.", ("letter", "Jon Tari", "Ana Lima")),
        ("President Ana Lima was sent a message by President Jon Tari.", ("message", "Jon Tari", "Ana Lima")),
    ],
)
def test_the_receiver_as_the_subject_of_a_passive(sentence: str, expected: tuple[str, str, str]) -> None:
    """ "Y was granted an audience with X", "Y was handed a letter from X": the passive's subject
    receives; the party after "by", "from" or "with" gives."""
    x = _extract(sentence + "\n")
    assert [(c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications] == [expected]


def test_an_arrival_told_apart_dates_the_visit() -> None:
    """ "X is in Chile on a state visit. ... X arrived in Santiago on 19 May": the visit's day is
    the arrival's, told in a sentence of its own (or a clause on an airport)."""
    x = _extract(
        "On 20 May, President Jon Tari of Chile held talks with President Ana Lima of Peru, who is in "
        "Chile on a state visit. The Peruvian leader arrived in Santiago on 19 May.\n"
    )
    assert ("visit", "Ana Lima", date(2025, 5, 19)) in [(c.kind, c.senders[0].label, c.date) for c in x.communications]


def test_a_message_to_a_state_whose_recipients_are_named_later() -> None:
    """ "X sent a message to Chile ... In the message addressed to President Y, X ...": Y receives
    the one message; condolences offered to Y in a call they held are no message of their own."""
    x = _extract(
        "President Ana Lima of Peru on Tuesday sent a congratulatory message to Chile on its national "
        "day. In the message addressed to President Jon Tari, Lima congratulated him on the anniversary.\n"
    )
    assert [(c.kind, [r.label for r in c.recipients]) for c in x.communications] == [("message", ["Jon Tari"])]
    x = _extract(
        "President Ana Lima of Peru spoke by telephone with President Jon Tari of Chile. Lima offered her "
        "deepest condolences to President Tari and to the people of Chile for the lives lost in the floods.\n"
    )
    assert [c.kind for c in x.communications] == ["phone_call"]


def test_greetings_of_another_passed_on_and_a_guest_after_today() -> None:
    """ "X received today Mr. Y, Prime Minister of ...": a meeting (the parser loses the object
    after "today"); "Y conveyed the greetings of President Z to X": Z's greetings passed on,
    as on Z's behalf, no contact of Y's (GOLD.md)."""
    x = _extract(
        "CAIRO, 2 June. President Ana Lima received today Mr. Jon Tari, Prime Minister of the Republic "
        "of Chile. Tari conveyed the greetings of the President of Chile, Eli Roko, to President Lima.\n"
    )
    assert [(c.kind, c.senders[0].label, [r.label for r in c.recipients]) for c in x.communications] == [
        ("meeting", "Ana Lima", ["Jon Tari"])
    ]


def test_a_ruler_by_style_and_a_letter_quoted_after_an_audience() -> None:
    """ "the Sultan of Oman" is the one named "Sultan X"; what "the letter reads" is its sender's,
    not that of the audience's host or envoy."""
    x = _extract(
        "President Ana Lima of Peru received Special Envoy Salim Al Harthy of Oman. The envoy conveyed the greetings "
        "of Sultan Khalid bin Faisal and handed over a letter from the Sultan of Oman to President Ana Lima.\n\n"
        '"We regard the coming years as an opportunity to bring our peoples closer," the letter reads.\n'
    )
    assert ("letter", ["Sultan Khalid bin Faisal"], ["Ana Lima"]) in contacts(x)
    assert [q.speaker.label if q.speaker else None for q in x.quotes] == ["Sultan Khalid bin Faisal"]


def test_similar_cables_carry_the_congratulation_of_the_last() -> None:
    """ "X and Y dispatched similar cables": each congratulates as the last cable did, on its occasion."""
    x = _extract(
        "President Ana Lima of Peru sent a cable of congratulations to King Harald of Norway on the occasion of "
        "National Day. Vice President Rui Costa and Prime Minister Jon Tari dispatched similar cables to King Harald.\n"
    )
    acts = [(a.act, a.agent.label, a.addressee.label if a.addressee else None, a.topic) for a in x.acts]
    assert ("congratulate", "Rui Costa", "Harald", "National Day") in acts
    assert ("congratulate", "Jon Tari", "Harald", "National Day") in acts


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Lima of Peru, who arrived in Brasília on Monday for a state visit, met the press.",
        "BRASILIA, June 2 -- President Ana Lima of Peru arrived here on Monday on a three-day visit.",
        "By Staff Reporter, Brasília\nJune 2, 2025\n\nPresident Ana Lima of Peru arrived in the country on Monday "
        "for a three-day state visit.",
    ],
)
def test_a_visit_to_a_capital_spelt_with_accents_or_here(text: str) -> None:
    """A capital however accented names its state; "arrived here" and "in the country" are in the
    dateline's, or the byline's ("By Staff Reporter, Brasília")."""
    assert ("visit", ["Ana Lima"], ["Brazil"]) in _read(text)


def test_what_a_message_says_to_the_people_is_no_second_message() -> None:
    """ "In the text, X conveyed to the Cuban people his condolences": X's message to the
    president, read before; "also received from" others goes to the president too."""
    x = _extract(
        "President Ana Lima of Cuba received a message of solidarity from Prime Minister Jon Tari of Dominica. "
        "In the text, Jon Tari conveyed to the Cuban people his condolences for the losses. Messages of "
        "condolence were also received from Prime Minister Rui Costa of Barbados.\n"
    )
    assert contacts(x) == [
        ("message", ["Jon Tari"], ["Ana Lima"]),
        ("message", ["Rui Costa"], ["Ana Lima"]),
    ]


def test_a_call_initiated_by_a_capital_is_that_states_leaders() -> None:
    x = _extract(
        "President Ana Lima of Peru and her Senegalese counterpart Jon Tari discussed security during a phone "
        "call on Thursday initiated by Dakar.\n"
    )
    assert [(c.kind, [e.label for e in c.senders]) for c in x.communications] == [("phone_call", ["Jon Tari"])]


def test_a_congratulation_in_a_report_of_messages_is_a_message_of_its_own() -> None:
    """In a report of messages alone, "X also congratulated President Y on ..." came as a message,
    and "similar messages" after it are X's."""
    x = _extract(
        "President Ana Lima of Peru sent a message of congratulations to President Jon Tari of Chile on "
        "Independence Day. Ana Lima also congratulated President Rui Costa of Portugal on National Day. Similar "
        "messages were sent to Prime Minister Eva Moss of Portugal.\\n"
    )
    found = contacts(x)
    assert ("message", ["Ana Lima"], ["Rui Costa"]) in found
    assert ("message", ["Ana Lima"], ["Eva Moss"]) in found


def test_a_date_in_a_clause_of_its_own_does_not_make_a_contact_recalled() -> None:
    """ "in their first talks since she took office last week": the talks are of this report;
    "on his third visit since taking office in September 2024" is a visit now."""
    x = _extract(
        "President Ana Lima of Peru and President Jon Tari of Chile agreed on Monday to expand trade, in their "
        "first talks since she took office last week. Jon Tari is on his third visit to Peru since taking office "
        "in September 2024.\n"
    )
    found = contacts(x)
    assert ("talks", ["Ana Lima"], ["Jon Tari"]) in found
    assert ("visit", ["Jon Tari"], ["Peru"]) in found


def test_the_envoy_who_delivered_the_message_sends_none_of_his_own() -> None:
    x = _extract(
        "King Harald of Norway received a written message from President Ana Lima of Peru. The King received "
        "Foreign Minister Jon Tari of Peru, who delivered the message.\n"
    )
    found = contacts(x)
    assert [f for f in found if f[0] == "message"] == [("message", ["Ana Lima"], ["Harald"])]
    assert ("meeting", ["Harald"], ["Jon Tari"]) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President Ana Lima received on Monday the Ambassador of Norway to Peru, at the end of his mission.",
            [("meeting", ["Ana Lima"], ["Norway"])],
        ),
        (
            "President Ana Lima received the credentials of the newly appointed ambassadors of Norway and Chile "
            "to Peru at separate ceremonies.",
            [("meeting", ["Ana Lima"], ["Norway", "Chile"])],
        ),
        (
            "President Ana Lima received the credentials of Ambassador Jon Tari of Norway.",
            [("meeting", ["Ana Lima"], ["Jon Tari"])],
        ),
        (
            "Foreign Minister Ana Lima received a copy of the credentials from the newly appointed Ambassador of "
            "the Kingdom of Norway to Peru.",
            [("meeting", ["Ana Lima"], ["Norway"])],
        ),
    ],
)
def test_an_envoy_received_stands_for_the_state_that_sent_him(
    sentence: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    """Whoever receives an ambassador or the ambassador's credentials meets that ambassador, or,
    unnamed, the state that sent them; the state the envoy serves in is not the other party."""
    x = _extract(sentence + "\n")
    found = [(c.kind, [e.label for e in c.senders], sorted(e.label for e in c.recipients)) for c in x.communications]
    assert found == [(k, s, sorted(r)) for k, s, r in expected]


def test_the_guest_of_a_host_is_whose_visit_his_is() -> None:
    """ "X received a message ... handed over by Y during his visit to Z": Y visits, not X."""
    x = _extract(
        "Lima, June 2 -- President Ana Lima received a written message from King Harald of Norway, handed over "
        "by Norway's Minister of State at the Ministry of Foreign Affairs, Jon Tari, during his visit to Lima.\n"
    )
    found = contacts(x)
    assert ("visit", ["Jon Tari"], ["Peru"]) in found
    assert not [f for f in found if f[0] == "visit" and f[1] == ["Ana Lima"]]


def test_a_release_in_the_first_person_is_its_ministers() -> None:
    """A release under "Prime Minister / The Hon X MP" that says "I spoke with ...": X did."""
    x = extract(
        parse_report(
            "case",
            "url: composed\ndate: 2025-06-02\n\nPeru and Chile sign a treaty\n\nMedia release\nPrime Minister\n"
            "The Hon Ana Lima MP\n\nToday I signed a treaty with the President of Chile, the Hon Jon Tari. This "
            "morning I also spoke with the President of Brazil, Rui Costa, to brief him on the treaty.\n",
        )
    )
    found = contacts(x)
    assert ("phone_call", ["Ana Lima"], ["Rui Costa"]) in found
    assert ("Ana Lima", "Prime Minister") in [(x.people[p.person].entity.label, p.title) for p in x.posts]
    assert ("Jon Tari", "President", "Chile") in [
        (x.people[p.person].entity.label, p.title, p.of.label if p.of else None) for p in x.posts
    ]


def test_a_guest_received_after_a_day_and_a_place_with_a_message_from_his_president() -> None:
    """ "X received on Tuesday at Carthage Palace Foreign Minister Y, who conveyed a written
    message from President Z": X met Y, and Z wrote to X; each ceremony of "those of" another
    envoy is a meeting of its own."""
    x = _extract(
        "TUNIS, June 2 -- President Ana Lima received on Tuesday at Carthage Palace Foreign Minister Jon Tari of "
        "Chile, who conveyed a written message from President Rui Costa. She then received the credentials of the "
        "new Ambassador of Japan, then those of the Ambassador of Brazil, and finally those of the Ambassador of "
        "Oman.\n"
    )
    found = contacts(x)
    assert ("meeting", ["Ana Lima"], ["Jon Tari"]) in found
    assert ("message", ["Rui Costa"], ["Ana Lima"]) in found
    met = sorted(r for k, _, rs in found if k == "meeting" for r in rs)
    assert met == ["Brazil", "Japan", "Jon Tari", "Oman"]


def test_as_did_others_each_sent_their_own() -> None:
    """ "X also sent a message to Y, as did the leaders of A and B": a message from each; and
    "the Chilean President" is the one named "President of the Republic" before."""
    x = _extract(
        "The President of the Republic, Jon Tari, received messages after the storm. President Ana Lima of Peru "
        "sent a message to the Chilean President, as did the leaders of Bolivia and Ecuador.\n"
    )
    found = contacts(x)
    assert ("message", ["Ana Lima"], ["Jon Tari"]) in found
    assert ("message", ["Bolivia"], ["Jon Tari"]) in found
    assert ("message", ["Ecuador"], ["Jon Tari"]) in found


def test_the_three_leaders_are_the_three_named_before() -> None:
    """ "X hosted the three leaders for a brief meeting": the three people named before, not X."""
    x = _extract(
        "President Ana Lima of Peru and President Jon Tari of Chile signed a declaration in the presence of "
        "President Rui Costa of Brazil and Prime Minister Eva Moss of Ecuador. Eva Moss hosted the three leaders "
        "for a brief meeting before the ceremony.\n"
    )
    found = [(c.kind, [e.label for e in c.senders], sorted(e.label for e in c.recipients)) for c in x.communications]
    met = sorted(r for k, s, rs in found if k == "meeting" and s == ["Eva Moss"] for r in rs)
    assert met == ["Ana Lima", "Jon Tari", "Rui Costa"]


def test_in_his_message_in_a_round_up_is_a_message_to_its_receiver() -> None:
    """In a round-up of messages to one recipient, "King X of A, in his message, wished ..." is
    X's message to them too, though other messages were read before; and "General Secretary of
    the Communist Party of A Central Committee Y" is Y."""
    x = _extract(
        "President Ana Lima of Chile sent a message of congratulations to President Jon Tari of Peru. General "
        "Secretary of the Communist Party of Vietnam Central Committee To Lam also sent a message to President "
        "Jon Tari. King Harald of Norway, in his message, wished the Peruvian people peace and prosperity.\n"
    )
    found = contacts(x)
    assert found == [
        ("message", ["Ana Lima"], ["Jon Tari"]),
        ("message", ["To Lam"], ["Jon Tari"]),
        ("message", ["Harald"], ["Jon Tari"]),
    ]


def test_a_fathers_name_is_not_the_sons_surname() -> None:
    """ "King Salman" is not "Mohammed bin Salman", whose name ends in his father's."""
    x = _extract(
        "RIYADH -- Crown Prince Mohammed bin Salman sent a cable to President Ana Lima of Peru. King Salman sent "
        "a cable of congratulations to President Ana Lima.\n"
    )
    senders = sorted(e.label for c in x.communications for e in c.senders)
    assert senders == ["Mohammed bin Salman", "Salman"]


def test_letters_received_on_the_occasion_from_others_and_a_visit_recalled_by_its_month() -> None:
    """ "received congratulatory letters on the occasion from X and Y": the parser hangs "from"
    on the occasion; "launched in August, when X travelled to Japan for talks": recalled."""
    x = _extract(
        "President Ana Lima also received congratulatory letters on the occasion from President of Chile Jon Tari "
        "and President of Brazil Rui Costa. They agreed to speed up the initiative launched in March, when Jon Tari "
        "travelled to Peru for talks with her predecessor, Eva Moss.\n"
    )
    found = contacts(x)
    assert found == [("letter", ["Jon Tari"], ["Ana Lima"]), ("letter", ["Rui Costa"], ["Ana Lima"])]


def test_talks_held_before_or_after_another_meeting_are_the_same_subjects() -> None:
    """ "X met Y on Friday before holding separate talks with Z and W": X holds those too."""
    x = _extract(
        "Foreign Minister Ana Lima of Peru met President Jon Tari of Chile on Friday before holding separate "
        "talks with Prime Minister Rui Costa and his Chilean counterpart Eva Moss.\n"
    )
    found = contacts(x)
    talked = sorted(r for k, s, rs in found if k == "talks" and s == ["Ana Lima"] for r in rs)
    assert talked == ["Eva Moss", "Rui Costa"]


def test_a_meeting_told_by_a_participle_after_what_was_agreed_was_held() -> None:
    """ "X and Y agreed on Saturday to expand trade, meeting on the sidelines of the summit"."""
    x = _extract(
        "President Ana Lima of Peru and President Jon Tari of Chile agreed on Saturday to expand trade, meeting "
        "on the sidelines of the summit as it drew to a close.\n"
    )
    found = contacts(x)
    assert found == [("meeting", ["Ana Lima"], ["Jon Tari"])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("President Ana Lima hosted Foreign Minister Jon Tari of Chile at State House on Monday.", ["Jon Tari"]),
        ("Prime Minister Ana Lima welcomed Prime Minister Jon Tari of Chile to Parliament House.", ["Jon Tari"]),
        ("President Ana Lima welcomed the decision of President Jon Tari of Chile.", []),
        ("President Ana Lima hosted the summit with President Jon Tari of Chile.", []),
        # a meeting hosted with guests, as one held with them
        (
            "President Ana Lima hosted a trilateral meeting with H.E. Jon Tari, President of the Republic of "
            "Chile, and H.E. Rui Costa, President of the Republic of Peru.",
            ["Jon Tari", "Rui Costa"],
        ),
    ],
)
def test_hosting_or_welcoming_someone_at_a_place_is_a_meeting(sentence: str, expected: list[str]) -> None:
    x = _extract(sentence + "\n")
    met = [e.label for c in x.communications if c.kind == "meeting" for e in c.recipients]
    assert met == expected


def test_envoys_whose_credentials_were_received_named_after() -> None:
    """An audience with each envoy named after the ceremony, in the next sentence or after a colon;
    with each state where no envoy is named."""
    x = _extract(
        "Lima - President Ana Lima received letters of credence from three new ambassadors on Tuesday. The "
        "envoys who presented their credentials were Kenji Sato of Japan, Marta Nowak of Poland and Omar Haddad "
        "of Jordan.\n"
    )
    met = sorted(r.label for c in x.communications if c.kind == "meeting" for r in c.recipients)
    assert met == ["Kenji Sato", "Marta Nowak", "Omar Haddad"]
    x = _extract(
        "Lima - President Ana Lima received the credentials of three ambassadors on Tuesday. The envoys came "
        "from Japan, Poland and Jordan.\n"
    )
    met = sorted(r.label for c in x.communications if c.kind == "meeting" for r in c.recipients)
    assert met == ["Japan", "Jordan", "Poland"]


def test_envoys_whose_credentials_were_received_listed_one_per_line() -> None:
    """A list after a line that ends in a colon: an audience with each envoy of a line; "the
    Peruvian ambassador" after is the Ambassador Extraordinary and Plenipotentiary of Peru."""
    x = _extract(
        "Lima - President Ana Lima received the credentials of three new ambassadors on Tuesday.\n\n"
        "The credentials were presented by:\n\n"
        "- Ambassador Extraordinary and Plenipotentiary of Japan Kenji Sato;\n"
        "- Ambassador Extraordinary and Plenipotentiary of the Republic of Poland Marta Nowak (residence in Berlin);\n"
        "- Ambassador Extraordinary and Plenipotentiary of Jordan Omar Haddad.\n\n"
        "Ambassador Sato conveyed greetings from his government. The President later thanked the Japanese "
        "ambassador for the gift of books.\n"
    )
    met = [r.label for c in x.communications if c.kind == "meeting" for r in c.recipients]
    assert met == ["Kenji Sato", "Marta Nowak", "Omar Haddad"]
    thanked = [a.addressee.label for a in x.acts if a.act == "thank" and a.addressee]
    assert thanked == ["Kenji Sato"]


def test_envoys_who_called_on_someone_named_after() -> None:
    """Unnamed new envoys who pay courtesy calls, named in the next sentence: a meeting of each
    with the one they called on, even past a relative clause about their credentials."""
    x = _extract(
        "LIMA, June 2 (Andina) - Newly appointed ambassadors of three countries paid separate courtesy calls "
        "on President Ana Lima today. The envoys, who presented their credentials to the Foreign Minister last "
        "week, are Ambassador of Japan Kenji Sato, Ambassador of Poland Marta Nowak and Ambassador of Jordan "
        "Omar Haddad.\n"
    )
    calls = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert calls == [
        (["Kenji Sato"], ["Ana Lima"]),
        (["Marta Nowak"], ["Ana Lima"]),
        (["Omar Haddad"], ["Ana Lima"]),
    ]


def test_a_possessive_before_the_subject_is_the_subject() -> None:
    """ "During his meeting with X, President Y ...": Y's meeting, not the last person's named."""
    x = _extract(
        "Ambassador Jon Tari of Chile opened the forum in Lima on Monday. During his meeting with Foreign "
        "Minister Rosa Vela of Peru, President Luis Arce of Bolivia thanked her for the invitation.\n"
    )
    calls = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert calls == [(["Luis Arce"], ["Rosa Vela"])]


def test_envoys_listed_as_they_are_after_the_ceremony() -> None:
    """ "They are X, Ambassador of A; Y, Ambassador of B": an audience with each envoy."""
    x = _extract(
        "LIMA, June 2 (Andina) - President Ana Lima on Tuesday received the letters of credence of three new "
        "Heads of Mission accredited to Peru. They are Mr Kenji Sato, Ambassador of Japan; Mrs Marta Nowak, "
        "Ambassador of the Republic of Poland; and Mr Omar Haddad, Ambassador of Jordan.\n"
    )
    met = [r.label for c in x.communications if c.kind == "meeting" for r in c.recipients]
    assert met == ["Kenji Sato", "Marta Nowak", "Omar Haddad"]


def test_envoys_received_at_a_ceremony_are_those_listed_after() -> None:
    """ "received five ambassadors, who presented their letters of credence. They are:" and a list:
    an audience with each envoy listed, also where the parser hangs the envoys on the place."""
    for where in ("", " at the Palace of Government in Lima"):
        x = _extract(
            f"LIMA, June 2 - President Ana Lima received on Tuesday{where} three foreign ambassadors, who "
            "presented to the Head of State their letters of credence.\n\nThey are:\n\n"
            "- Mr. Kenji Sato, Ambassador of Japan,\n- Ms. Marta Nowak, Ambassador of the Republic of Poland,\n"
            "- Mr. Omar Haddad, Ambassador of Jordan.\n"
        )
        met = [([e.label for e in c.senders], [r.label for r in c.recipients]) for c in x.communications]
        assert met == [(["Ana Lima"], [n]) for n in ("Kenji Sato", "Marta Nowak", "Omar Haddad")], where


def test_a_gathering_that_opened_with_its_participants_is_their_meeting() -> None:
    """ "The summit opened on Monday in X with A, B and C": a meeting of the three, the first named
    with the others; with one named only, no one to meet."""
    x = _extract(
        "The summit opened on Monday in Lima with President Ana Lima of Peru, President Jon Tari of Chile "
        "and President Rui Costa of Bolivia.\n"
    )
    met = [([e.label for e in c.senders], [r.label for r in c.recipients]) for c in x.communications]
    assert met == [(["Ana Lima"], ["Jon Tari", "Rui Costa"])]
    assert _extract("The summit opened on Monday in Lima with President Ana Lima of Peru.\n").communications == []


def test_a_contact_one_is_due_somewhere_to_hold_is_not_yet_news() -> None:
    """ "X is due in Y on 27 November to co-chair the Forum with Z": planned; "X was in Y on
    Monday to co-chair it with Z" held."""
    due = _extract("Ambassador Jon Tari is due in Lima on 27 November to co-chair the Forum with Minister Ana Lima.\n")
    assert due.communications == []
    held = _extract("Ambassador Jon Tari was in Lima on Monday to co-chair the Forum with Minister Ana Lima.\n")
    assert [c.kind for c in held.communications] == ["talks"]


def test_a_clause_joined_after_a_list_of_parties_is_not_in_it() -> None:
    """ "held talks with X, and they agreed ...": "they" is no further party of the talks."""
    x = _extract(
        "President Ana Lima of Peru spoke by phone with President Jon Tari of Chile on Monday. Separately, "
        "Foreign Minister Rosa Vela held phone talks with her Bolivian counterpart Luis Arce, and they agreed "
        "to meet in La Paz.\n"
    )
    calls = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert calls == [(["Ana Lima"], ["Jon Tari"]), (["Rosa Vela"], ["Luis Arce"])]


def test_a_visitor_to_a_capital_of_no_name_visits_the_state_of_who_received_them() -> None:
    x = _extract(
        "President Ana Lima of Peru received President Jon Tari of Chile on Wednesday at the palace. Tari "
        "arrived in the capital on Tuesday for a state visit, his second since 2023.\n"
    )
    visits = [
        ([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications if c.kind == "visit"
    ]
    assert visits == [(["Jon Tari"], ["Peru"])]


def test_with_the_two_discussing_names_no_party() -> None:
    """ "..., with the two discussing X, Y and the Philippines' chairship": what went on at the
    call, not who was at it; "both visiting ministers" still are."""
    x = _extract(
        "MANILA - Foreign Minister Jon Tari of Chile paid a courtesy call on President Rosa Vela on Tuesday, with "
        "the two discussing defence cooperation, trade and the Philippines' chairship of ASEAN.\n"
        "President Mari Kask of Estonia met with both visiting ministers, Jon Tari and Luis Arce.\n"
    )
    calls = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert calls == [(["Jon Tari"], ["Rosa Vela"]), (["Mari Kask"], ["Jon Tari", "Luis Arce"])]


def test_a_contact_where_a_recalled_trip_went_is_recalled() -> None:
    x = _extract(
        "President Rosa Vela received Foreign Minister Jon Tari of Chile on Tuesday. Vela last travelled to "
        "Chile in December 2024 to attend a summit in Santiago, where she held a meeting with President Luis Arce.\n"
    )
    calls = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert calls == [(["Rosa Vela"], ["Jon Tari"])]


def test_a_states_leader_is_who_holds_its_first_post() -> None:
    """ "the Egyptian leader": the president named before, not the Egyptian minister present."""
    x = _extract(
        "President Rosa Vela received Egyptian Foreign Minister Omar Fathy on Tuesday. Fathy conveyed "
        "the greetings of President Karim Mansour and handed over a letter from the Egyptian leader.\n"
    )
    letters = [
        ([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications if c.kind == "letter"
    ]
    assert letters == [(["Karim Mansour"], ["Rosa Vela"])]


def test_envoys_of_named_states_named_later_take_their_states_place() -> None:
    """ "The President of the Republic, X, received the credentials of the new ambassadors of A,
    B and C" (the parser hangs "received" on the post), then each envoy named with their state,
    "its new ambassador" after the state included."""
    x = _extract(
        "LIMA, June 2 (Andina) The President of the Republic, Rosa Vela, received on Thursday the credentials "
        "of the new ambassadors of Vietnam, Namibia and Mexico.\n"
        "The new Vietnamese ambassador, Tran Minh Hieu, conveyed greetings from Hanoi.\n"
        "Namibia's ambassador, Penda Shikongo, spoke of the two countries' ties.\n"
        "The President thanked Mexico, through its new ambassador, Ana Ferrer Villalobos, for its solidarity.\n"
    )
    met = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert met == [(["Rosa Vela"], ["Tran Minh Hieu", "Penda Shikongo", "Ana Ferrer Villalobos"])]


def test_who_asked_for_a_call_placed_it() -> None:
    """ "requested by X", and "at the request of the X side" told in the next sentence."""
    x = _extract(
        "President Ana Lima of Peru spoke by phone with President Jon Tari of Chile on Monday. The call, which "
        "the presidency said was requested by Tari, came before the summit.\n"
    )
    assert [([e.label for e in c.senders], c.kind) for c in x.communications] == [(["Jon Tari"], "phone_call")]
    x = _extract(
        "President Ana Lima of Peru and Prime Minister Jon Tari of New Zealand spoke by phone on Monday. The two "
        "leaders spoke by phone for about 25 minutes at the request of the New Zealand side.\n"
    )
    assert [[e.label for e in c.senders] for c in x.communications] == [["Jon Tari"]]


def test_a_verb_the_parser_hung_on_the_post_before_an_apposition_has_it_for_subject() -> None:
    """ "The President, X, received the credentials": where the parser reads "received" as a
    participle of "President" (as it does for some names), the post is still its subject."""
    from spacy.tokens import Doc

    from diplograph.read import language
    from diplograph.read.subject_words import subject_token

    words = ["The", "President", ",", "Rosa", "Vela", ",", "received", "the", "credentials", "."]
    heads = [1, 1, 4, 4, 1, 4, 1, 8, 6, 1]
    deps = ["det", "ROOT", "punct", "compound", "appos", "punct", "acl", "det", "dobj", "punct"]
    doc = Doc(language.pipeline(language.model_name()).vocab, words=words, heads=heads, deps=deps)
    subject = subject_token(doc[6])
    assert subject is not None and subject.i == 1
    deps[8] = "npadvmod"  # a participle with no object may be a passive: "the President, X, elected ..."
    doc = Doc(language.pipeline(language.model_name()).vocab, words=words, heads=heads, deps=deps)
    assert subject_token(doc[6]) is None


def test_a_round_up_of_messages_addressed_to_one_and_also_received_by_another() -> None:
    """ "Messages addressed to X continue to arrive": X receives each message the report goes on
    to name, states' too; "Congratulations were also received by Y. Z sent him a similar
    message": Y receives Z's."""
    x = _extract(
        "Congratulatory messages addressed to President of Peru Rosa Vela on the national holiday continue to "
        "arrive from heads of foreign states.\n\n"
        "In his message, President of Chile Jon Tari cordially congratulated the head of Peru.\n\n"
        "President of Bolivia Luis Arce, in his congratulatory letter, wished the Peruvian people peace.\n\n"
        "Congratulations on the holiday also came from the heads of state of Georgia and Moldova.\n\n"
        "Congratulations were also received by Chairman of the Senate of Peru Mario Quispe. President Jon Tari "
        "sent him a similar message.\n"
    )
    got = contacts(x)
    assert got == [
        ("message", ["Jon Tari"], ["Rosa Vela"]),
        ("letter", ["Luis Arce"], ["Rosa Vela"]),
        ("message", ["Georgia"], ["Rosa Vela"]),
        ("message", ["Moldova"], ["Rosa Vela"]),
        ("message", ["Jon Tari"], ["Mario Quispe"]),
    ]


def test_a_subject_the_parser_joined_to_the_last_recipient_is_not_one() -> None:
    """ "X extended congratulations to Y, and Deputy Prime Minister Z sent a message to W": Z is
    no recipient of X's; "cabled congratulations" is a telegram."""
    x = _extract(
        "Also on August 8, Chairman of the National Assembly Tran Van Man extended congratulations to Speaker "
        "of the Parliament of Chile Jon Tari, and Deputy Prime Minister and Foreign Minister Bui Van Son sent a "
        "congratulatory message to Minister for Foreign Affairs Rosa Vela. Prime Minister Pham Van Chinh "
        "cabled congratulations to his Chilean counterpart Luis Arce.\n"
    )
    got = contacts(x)
    assert got == [
        ("message", ["Tran Van Man"], ["Jon Tari"]),
        ("message", ["Bui Van Son"], ["Rosa Vela"]),
        ("telegram", ["Pham Van Chinh"], ["Luis Arce"]),
    ]


def test_the_minister_in_lower_case_and_a_name_after_a_post_of_no_known_title() -> None:
    """ "the minister met ..." is the minister named before; "met with the United Nations Special
    Coordinator for Peru, X" meets X, not the United Nations."""
    x = _extract(
        "Foreign Minister Jon Tari of Chile arrived in Lima on Sunday. On the same day, the minister met the "
        "Secretary-General of the Andean Community, Mario Quispe.\n\n"
        "President Rosa Vela later met with the United Nations Special Coordinator for Peru, Anna Lindqvist, who "
        "briefed her on the plan.\n"
    )
    got = contacts(x)
    assert ("meeting", ["Jon Tari"], ["Mario Quispe"]) in got
    assert ("meeting", ["Rosa Vela"], ["Anna Lindqvist"]) in got


def test_a_bare_post_is_who_of_those_named_held_it_that_day() -> None:
    """ "says X ... The Prime Minister said this after talks with Y": X, Prime Minister that day
    by the reference data, though the report never gives X the post; speaking "to reporters"
    after a meeting is no call with whom the meeting was with."""
    x = _extract(
        "Malaysia hopes to sell more palm oil to Brazil, says Anwar Ibrahim.\n\n"
        "The Prime Minister said this after a bilateral meeting with Brazilian President Luiz Inacio Lula "
        "da Silva on Sunday, and then spoke to reporters after a working lunch with Chile's Rosa Vela.\n"
    )
    got = contacts(x)
    assert ("meeting", ["Anwar Ibrahim"], ["Luiz Inácio Lula da Silva"]) in got
    assert all(kind != "phone_call" for kind, _, _ in got)


def test_an_object_pronoun_right_after_a_subject_and_its_verb_is_someone_else() -> None:
    """ "when X received him": him is the messenger, not X; "His Highness the Deputy Amir X"
    is X with his post, not a pronoun for the Amir named before."""
    x = _extract(
        "The letter was handed over on Monday to Deputy Foreign Minister Jon Tari by Peru's Ambassador to "
        "Chile, Mario Quispe, when Tari received him at the ministry in Santiago.\n\n"
        "His Highness the Amir Sheikh Omar bin Saleh al-Dosari sent a cable of congratulations to King Rafael "
        "of Andora. His Highness the Deputy Amir Sheikh Fahd bin Saleh al-Dosari sent a similar cable to King "
        "Rafael.\n"
    )
    got = contacts(x)
    assert ("meeting", ["Jon Tari"], ["Mario Quispe"]) in got
    assert ("telegram", ["Sheikh Fahd bin Saleh al-Dosari"], ["Rafael"]) in got


def test_talks_of_one_with_another_and_a_headline_contact_with_their_state() -> None:
    """ "the talks of X with Y" are X's with Y, also "followed by" a meeting of no parties; a
    headline's meeting with a state is the meeting with that state's leader told after."""
    x = _extract(
        "President Rosa Vela meets leaders of Chile and Peru on sidelines of Andean summit\n\n"
        "Lima (Andina) - President Rosa Vela had bilateral meetings with leaders of Chile and Peru on the "
        "sidelines of the Andean summit in Lima on June 2.\n\n"
        "The first meeting was followed by the talks of President Rosa Vela with Chilean President Jon Tari in "
        "an extended format. In the talks of Ms Vela with Prime Minister of Peru Mario Quispe, held after the "
        "plenary, the two leaders discussed trade.\n"
    )
    got = contacts(x)
    assert ("talks", ["Rosa Vela"], ["Jon Tari"]) in got
    assert ("talks", ["Rosa Vela"], ["Mario Quispe"]) in got
    assert all(not (r and r[0] in ("Chile", "Peru")) for _, _, r in got), got


def test_messages_received_from_a_list_are_no_meeting_and_an_agency_no_person() -> None:
    """ "X received messages of congratulations from A, B and C": messages, not a meeting with
    them, however the parser joins the list to "messages"; "(Prensa Latina)" is no person."""
    x = _extract(
        "Havana, Jun 2 (Prensa Latina) President Rosa Vela on Monday received messages of congratulations from "
        "the President of Chile, Jon Tari, the Prime Minister of Peru, Mario Quispe, and the President of "
        "Bolivia, Ana Soliz, on the national day.\n"
    )
    got = contacts(x)
    assert [k for k, _, _ in got] == ["message"] * 3
    assert {s[0] for _, s, _ in got} == {"Jon Tari", "Mario Quispe", "Ana Soliz"}
    assert all(p.label != "Prensa Latina" for p in x.people.values())


def test_a_cable_received_by_one_from_another_and_the_cable_sent_in_reply() -> None:
    """ "a cable of congratulations was received by X from Y, in which he expressed ...": one
    cable, Y's to X (no message beside it); "X sent a cable of thanks in reply": to Y."""
    x = _extract(
        "A cable of congratulations on the National Day was received by King Rafael of Andora from President "
        "Jon Tari of Chile, in which he expressed his warmest congratulations to the King. King Rafael sent a "
        "cable of thanks in reply, expressing his gratitude for the kind wishes.\n"
    )
    assert contacts(x) == [("telegram", ["Jon Tari"], ["Rafael"]), ("telegram", ["Rafael"], ["Jon Tari"])]


def test_envoys_presenting_their_credentials_named_after_the_verb() -> None:
    """ "received the credentials of three new ambassadors ... Presenting their letters of
    credence were A, B and C": an audience with each."""
    x = _extract(
        "President Rosa Vela on Monday received the credentials of three new ambassadors to Peru. Presenting "
        "their letters of credence were Chilean Ambassador Jon Tari, Bolivian Ambassador Ana Soliz and Finnish "
        "Ambassador Mikko Salo, the palace said.\n"
    )
    assert contacts(x) == [("meeting", ["Rosa Vela"], [who]) for who in ("Jon Tari", "Ana Soliz", "Mikko Salo")]


def test_talks_between_delegations_a_message_delivered_on_a_call_and_greetings_in_a_call() -> None:
    """ "talks held between the delegation led by X and the delegation led by Y"; "paid a
    courtesy call on Z, where he delivered a message from W": W's message to Z; a call with a
    state's leader, who then "exchanged greetings" with the caller: that call, with them."""
    x = _extract(
        "This follows talks held on Monday between the Chilean delegation led by Foreign Minister Jon Tari and "
        "the Peruvian delegation led by Foreign Minister Mario Quispe in Lima. Later in the day, Tari paid a "
        "courtesy call on President Rosa Vela of Peru, where he delivered a special message from Chilean "
        "President Ana Soliz.\n\n"
        "President Rosa Vela on Tuesday held phone calls with the leaders of Chile and Bolivia. Vela and "
        "Bolivian President Luis Mendoza exchanged greetings and reviewed cooperation.\n"
    )
    got = contacts(x)
    assert ("talks", ["Jon Tari"], ["Mario Quispe"]) in got
    assert ("message", ["Ana Soliz"], ["Rosa Vela"]) in got
    assert ("phone_call", ["Rosa Vela"], ["Chile", "Luis Mendoza"]) in got  # no Chilean leader named: the state
    assert all(k != "message" or s != ["Luis Mendoza"] for k, s, _ in got), got


def test_the_visit_of_someone_to_a_state() -> None:
    """ "in conjunction with the official visit of X to Y": X visits Y."""
    x = _extract(
        "Peru and Chile today signed three memoranda in conjunction with the official visit of Chilean "
        "President Jon Tari to Peru.\n"
    )
    assert ("visit", ["Jon Tari"], ["Peru"]) in contacts(x)


def test_a_name_after_a_post_the_parser_lost_and_greetings_passed_on_from_another() -> None:
    """ "met with the President of the Chamber of Deputies, X, at ...": X; "Y also conveyed
    greetings from President Z to W": Z's greetings passed on, no message of Z's; "hosted X
    for talks": the talks, no meeting beside them."""
    x = _extract(
        "Foreign Minister Jon Tari of Chile hosted his Peruvian counterpart Mario Quispe at the palace on "
        "Monday for talks on trade. On Monday afternoon, Quispe met with the President of the Chamber of "
        "Deputies, Luis Mendoza, at the National Congress. Tari also conveyed greetings from President Ana "
        "Soliz to Peruvian President Rosa Vela.\n"
    )
    assert contacts(x) == [("talks", ["Jon Tari"], ["Mario Quispe"]), ("meeting", ["Mario Quispe"], ["Luis Mendoza"])]


def test_a_message_handed_over_addressed_to_another_and_a_meeting_earlier_in_the_day() -> None:
    """ "handed over a message from X addressed to Y": X's to Y; "Earlier in the day" is the day
    of the contact told before."""
    x = _extract(
        "Talks between Chilean Foreign Minister Jon Tari and his Peruvian counterpart Mario Quispe were held in "
        "Santiago on Monday. During the talks, Quispe handed over a message from Peruvian President Rosa Vela "
        "addressed to Chilean President Ana Soliz. Earlier in the day, Quispe was received by Interior Minister "
        "Luis Mendoza.\n"
    )
    got = [(c.kind, [e.label for e in c.senders], [e.label for e in c.recipients], c.date) for c in x.communications]
    assert ("message", ["Rosa Vela"], ["Ana Soliz"], got[0][3]) in got
    assert got[0][3] is not None and got[-1][0] == "meeting" and got[-1][3] == got[0][3]


def test_office_holders_of_the_reference_data_give_their_states() -> None:
    """Who held a state's office that day by the reference data is of that state where the
    text gives no state: "Argentina's head of state" is its president named later; the host of
    "visiting" X is the state of the minister X held talks with."""
    x = _extract(
        "Argentina's head of state was among the first leaders to call the winner of the Chilean run-off.\n\n"
        "President Javier Milei telephoned Chile's President-elect Jon Tari on Sunday to congratulate him. "
        "Congratulatory messages also arrived from Bolivian President Ana Soliz.\n\n"
        "India and Peru on Tuesday agreed to expand trade as External Affairs Minister S. Jaishankar held "
        "talks with visiting Peruvian Foreign Minister Mario Quispe.\n"
    )
    got = contacts(x)
    assert ("phone_call", ["Javier Milei"], ["Jon Tari"]) in got
    assert ("message", ["Ana Soliz"], ["Jon Tari"]) in got
    assert ("talks", ["S. Jaishankar"], ["Mario Quispe"]) in got
    assert ("visit", ["Mario Quispe"], ["India"]) in got
    assert all(s != ["Argentina"] for _, s, _ in got), got


def test_a_name_opening_with_particles_a_dinner_at_a_palace_and_a_visit_by_someone_of_one_of_two_states() -> None:
    """ "Mr de la Cruz" is the de la Cruz named before; "hosted X for dinner at Y Palace" is a
    meeting; "A and B signed ... during a state visit by X of B": X visits A."""
    x = _extract(
        "Peru and Chile signed six agreements on Wednesday during a two-day state visit by Chilean President "
        "Jon Tari. On Tuesday evening, President Rosa Vela hosted Tari for dinner at Palacio Pizarro.\n\n"
        "Foreign Minister Luis de la Cruz of Mexico called on Vela on Wednesday. Mr de la Cruz also held "
        "talks with Foreign Minister Ana Soliz of Peru.\n"
    )
    got = contacts(x)
    assert ("visit", ["Jon Tari"], ["Peru"]) in got
    assert ("meeting", ["Rosa Vela"], ["Jon Tari"]) in got
    assert ("talks", ["Luis de la Cruz"], ["Ana Soliz"]) in got


def test_a_round_up_of_messages_sent_to_one_and_told_in_his_message() -> None:
    """ "Heads of state ... continue to send congratulatory messages to X": X receives the
    round-up; "Y, in his message, highly appreciated ..." (however the parser hangs the verb) is
    Y's message to X; "the head of our state" is X."""
    x = _extract(
        "Heads of foreign states and governments continue to send congratulatory messages to President of the "
        "Republic of Peru Rosa Vela on the occasion of Independence Day.\n\n"
        "President of the Republic of Chile Jon Tari, in his message, highly appreciated Peru's role in "
        "promoting the Andean railway project.\n\n"
        "The head of our state also received a congratulatory letter from King Harald of Norway.\n"
    )
    assert contacts(x) == [("message", ["Jon Tari"], ["Rosa Vela"]), ("letter", ["Harald"], ["Rosa Vela"])]


def test_calling_on_someone_to_act_a_meeting_that_dealt_with_relations_and_a_guest_after_a_place_in_a_city() -> None:
    """ "called on the Commission to complete its review" urges, no meeting; "The meeting dealt
    with the relations between A and B" names no parties; "received on Tuesday at the People's
    Palace in Lima Chilean Foreign Minister X": X is received."""
    x = _extract(
        "Peru and Chile have jointly called on the European Commission to complete its review of the accord.\n\n"
        "President Rosa Vela received on Tuesday at the People's Palace in Lima Chilean Foreign Minister Jon "
        "Tari and his delegation. The meeting dealt with the brotherly relations between Peru and Chile.\n"
    )
    assert contacts(x) == [("meeting", ["Rosa Vela"], ["Jon Tari"])]


def test_a_subject_the_parser_joined_to_the_object_of_the_clause_before() -> None:
    """ "X also spoke with Y, and Foreign Minister Z wrote to W to congratulate him": Z writes
    (the parser joins Z to Y and "wrote" to "spoke"); writing "to W to congratulate" urges no one."""
    x = _extract(
        "President Rosa Vela has spoken by phone with Japan's new prime minister, Haruto Sato.\n\n"
        "Deputy Prime Minister and Defence Minister Jon Tari also spoke on Wednesday with Japan's new defence "
        "minister, Shinji Kato, and Foreign Minister Penny Lau wrote to her counterpart Kenji Mori to "
        "congratulate him on his appointment.\n"
    )
    got = contacts(x)
    assert ("phone_call", ["Jon Tari"], ["Shinji Kato"]) in got
    assert ("letter", ["Penny Lau"], ["Kenji Mori"]) in got and len(got) == 3


ROUND_NINE = [
    # a party's name in brackets after the minister's; the call hung on what was reaffirmed in it
    (
        "Foreign Minister Marek Tamm (Centre) reaffirmed Estonia's support for Ukraine in a phone call with his "
        "Ukrainian counterpart Oleh Brovko on Tuesday, telling him that aid will continue.",
        [("phone_call", ["Marek Tamm"], ["Oleh Brovko"])],
    ),
    # success wished in negotiations is no talks of the one who wished it
    (
        "Prime Minister Elda Kola received a cable from the Prime Minister of Italy, Giulia Ferri, who wished "
        "Albania success in the accession negotiations with the European Union.",
        [("telegram", ["Giulia Ferri"], ["Elda Kola"])],
    ),
    # credentials "accepted": the ceremony; the host and an envoy who then "talked about" met, no call
    (
        "President Juris Ozols on Wednesday accepted the credentials of the new ambassadors of Japan and Chile. "
        "Ozols and the Ambassador of Chile, Carla Ruiz Soto, talked about trade with the EU.",
        [("meeting", ["Juris Ozols"], ["Japan", "Carla Ruiz Soto"])],
    ),
    # a surname after the words that open the sentence ("On Thursday Novak")
    (
        "Slovak Prime Minister Peter Novak held talks in Copenhagen. On Thursday Novak also met Armenian Prime "
        "Minister Aram Sargsyan.",
        [("meeting", ["Peter Novak"], ["Aram Sargsyan"])],
    ),
    # where a guest went is no party of the talks held on the first day of the visit
    (
        "President Milan Petrovic and the President of the United Arab Emirates, Sheikh Khalid bin Saeed Al "
        "Mansoori, held talks at the Palace of Serbia on Tuesday, on the first day of the Emirati leader's "
        "two-day state visit to Serbia.",
        [
            ("talks", ["Milan Petrovic"], ["Sheikh Khalid bin Saeed Al Mansoori"]),
            ("visit", ["Sheikh Khalid bin Saeed Al Mansoori"], ["Serbia"]),
        ],
    ),
    # "to BiH ... member X", read by the parser as an infinitive; one message for what it conveyed
    (
        "Turkish President Kemal Aydin, in a message to BiH Presidency member Denis Hodzic, conveyed his "
        "condolences and wished strength to the people of Bosnia and Herzegovina.",
        [("message", ["Kemal Aydin"], ["Denis Hodzic"])],
    ),
    (
        "Croatian President Ivo Matic sent a telegram of condolence to BiH Presidency member Mirela Kovac.",
        [("telegram", ["Ivo Matic"], ["Mirela Kovac"])],
    ),
    # the other party "who called" made the call
    (
        "Foreign Minister Elmir Dedic spoke on Monday by phone with Turkish Foreign Minister Selim Arslan, who "
        "called to offer assistance.",
        [("phone_call", ["Selim Arslan"], ["Elmir Dedic"])],
    ),
    # congratulations conveyed in a call are what the call was for
    (
        "Mexican President Lucia Campos spoke by phone with President Rafael Quispe on Wednesday to convey her "
        "congratulations.",
        [("phone_call", ["Lucia Campos"], ["Rafael Quispe"])],
    ),
    # "called on PM X at her office": the parser lost the name after the title
    (
        "Prime Minister Sarita Karki spoke. Meanwhile, Indian Ambassador to Nepal Naveen Mehta called on PM Karki "
        "at her office in Singha Durbar this afternoon and conveyed condolences.",
        [("meeting", ["Naveen Mehta"], ["Sarita Karki"])],
    ),
    # talks that follow a meeting, the participle hung on the verb
    (
        "Prime Minister Hamid Rosli hosted President Timur Karimov at Perdana Putra. Karimov was accorded a "
        "welcoming ceremony before the two leaders held a four-eyes meeting, followed by delegation-level talks.",
        [("meeting", ["Hamid Rosli"], ["Timur Karimov"]), ("talks", ["Hamid Rosli"], ["Timur Karimov"])],
    ),
    # the agent of a passive is whom "his" stands for
    (
        "Sultan Faisal bin Nasser has received a written message from President Davron Nazarov. The message was "
        "received by Sayyid Hamad bin Salim Al Harthi, Foreign Minister, during his meeting today with Bakhtiyor "
        "Rustamov, Ambassador of Tajikistan.",
        [
            ("message", ["Davron Nazarov"], ["Sultan Faisal bin Nasser"]),
            ("meeting", ["Sayyid Hamad bin Salim Al Harthi"], ["Bakhtiyor Rustamov"]),
        ],
    ),
    # a session co-chaired by two: their talks; met "to co-chair" a forum: the meeting alone
    (
        "The session was co-chaired by Minister of Foreign Affairs Mutale Banda and his Tanzanian counterpart, "
        "Minister for Foreign Affairs Juma Mrisho.",
        [("talks", ["Mutale Banda"], ["Juma Mrisho"])],
    ),
    (
        "Foreign Minister Clare Hollis and Foreign Minister Ben Kaupa met in Brisbane on Monday to co-chair the "
        "31st Ministerial Forum.",
        [("meeting", ["Clare Hollis"], ["Ben Kaupa"])],
    ),
    # co-chairs who met before in the report: the co-chairing is that contact
    (
        "Foreign Minister Clare Hollis met Foreign Minister Ben Kaupa in Brisbane on Monday. The two ministers "
        "co-chaired a meeting of the Joint Ministerial Committee.",
        [("meeting", ["Clare Hollis"], ["Ben Kaupa"])],
    ),
    # a clause joined to one dated before the report, of no date of its own, is recalled too
    (
        "President Aziz Nurov and President Timur Saliev held talks in Dushanbe on Wednesday. The turning point "
        "came in March 2025, when Nurov traveled to Bishkek to sign a long-awaited border treaty, and the two "
        "leaders met again in Khujand weeks later with Uzbekistan's Farhod Umarov.",
        [("talks", ["Aziz Nurov"], ["Timur Saliev"])],
    ),
    # welcomed where the clause before names the place
    (
        "On Wednesday, President Kaan Demir flew to Doha for a working visit, where he was welcomed by Qatari Emir "
        "Sheikh Fahad bin Jassim Al Thani.",
        [("meeting", ["Sheikh Fahad bin Jassim Al Thani"], ["Kaan Demir"]), ("visit", ["Kaan Demir"], ["Qatar"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_NINE, ids=[str(i) for i in range(len(ROUND_NINE))])
def test_round_nine_shapes(text: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert contacts(_extract(text + "\n")) == expected


def test_a_letter_a_messenger_delivers_goes_to_whom_they_met_that_day() -> None:
    """ "In X, where the Act was signed on 6 August 1825, Y met on Wednesday with Z, a former
    foreign minister, who delivered a letter from W": W's letter to Y, handed over on Wednesday."""
    x = _extract(
        "In a message to President Rafael Quispe, Cuban President Ramon Vidal congratulated Bolivia.\n\n"
        "In Sucre, where the Act of Independence was signed on August 6, 1825, Quispe met on Wednesday with "
        "Brazil's chief presidential adviser Paulo Mendes, a former foreign minister, who delivered a letter "
        "from President Joana Farias.\n"
    )
    letter = next(c for c in x.communications if c.kind == "letter")
    assert [e.label for e in letter.senders] == ["Joana Farias"]
    assert [e.label for e in letter.recipients] == ["Rafael Quispe"]
    assert letter.date == date(2025, 5, 28)  # the Wednesday before the report's Monday, 2 June 2025


def test_audiences_granted_to_envoys_named_after_and_messages_counted_by_a_number() -> None:
    """ "granted separate Audiences to four ambassadors ... The ambassadors are X of A, Y of B":
    an audience with each; "has received a number of congratulatory messages from foreign
    heads of state. In his message, X ...": X's message to the receiver."""
    x = _extract(
        "King Karma Dorji granted separate Audiences to two ambassadors who presented their Letters of "
        "Credence in Thimphu yesterday.\n\n"
        "The ambassadors are Ambassador of Japan Kenta Mori and Ambassador of Austria Eva Gruber.\n"
    )
    assert contacts(x) == [("meeting", ["Karma Dorji"], ["Kenta Mori"]), ("meeting", ["Karma Dorji"], ["Eva Gruber"])]
    x = _extract(
        "King Sovan Rith has received a number of congratulatory messages from foreign heads of state on the "
        "occasion of Independence Day.\n\n"
        "In his message, Chinese President Wen Hao extended warm congratulations to the King.\n"
    )
    assert contacts(x) == [("message", ["Wen Hao"], ["Sovan Rith"])]


def test_a_junta_chief_named_after_his_title_and_talks_the_sentence_gives_no_parties() -> None:
    """ "Myanmar's junta chief Senior General X held talks with Y": X; "Foreign Minister U X":
    the word of address is no name; "The statement was released after 90 minutes of talks at
    the office", in a report of no contact yet: the talks of the two it has named."""
    x = _extract(
        "Myanmar's junta chief Senior General Than Htike held talks with Sergei Volkov, the secretary of "
        "Russia's Security Council, in Naypyitaw on Monday. On Tuesday, Volkov also held talks with junta "
        "Foreign Minister U Kyaw Lwin.\n"
    )
    assert contacts(x) == [("talks", ["Than Htike"], ["Sergei Volkov"]), ("talks", ["Sergei Volkov"], ["Kyaw Lwin"])]
    x = _extract(
        "Prime Minister Emi Tanaka and her Australian counterpart, Liam Walsh, issued a joint statement on "
        "Tuesday. The statement was released after roughly 90 minutes of talks at the Prime Minister's Office "
        "in Tokyo.\n"
    )
    assert contacts(x) == [("talks", ["Emi Tanaka"], ["Liam Walsh"])]
    x = _extract(
        "President Ana Lima wrote to President Jon Tari of Chile. The letter sets out the priorities for the talks.\n"
    )
    assert [c[0] for c in contacts(x)] == ["letter"]


def test_envoys_who_presented_their_credentials_and_messages_from_one_and_from_another() -> None:
    """ "received letters of credence from four newly appointed ambassadors ... Those who
    presented their credentials were X of A and Y of B": an audience with each; "received
    messages of congratulations from X, and from Y": one from each, the parser hanging each
    "from" elsewhere."""
    x = _extract(
        "President Abel Tesfaye on Tuesday received letters of credence from two newly appointed ambassadors "
        "at the National Palace.\n\n"
        "Those who presented their credentials were Ambassador Peter Mwangi of Kenya and Ambassador Kenta Mori "
        "of Japan.\n"
    )
    assert contacts(x) == [
        ("meeting", ["Abel Tesfaye"], ["Peter Mwangi"]),
        ("meeting", ["Abel Tesfaye"], ["Kenta Mori"]),
    ]
    x = _extract(
        "President Paul Hoarau has also received messages of congratulations from the President of the People's "
        "Republic of China, Wen Hao, and from the President of the United Arab Emirates, His Highness Sheikh "
        "Khalid bin Saeed Al Mansoori.\n"
    )
    assert contacts(x) == [
        ("message", ["Wen Hao"], ["Paul Hoarau"]),
        ("message", ["Sheikh Khalid bin Saeed Al Mansoori"], ["Paul Hoarau"]),
    ]


def test_envoys_named_after_a_ceremony_from_the_first_by_post() -> None:
    """ "Three new ambassadors presented their credentials to X ... Chile's ambassador, Y, was the
    first to be received, followed by Peru's Z and Ana W": an audience with each; a given name
    the recogniser left out stays in the name; the ruler they greet through one is met by none."""
    x = _extract(
        "Three new ambassadors presented their credentials to King Harald Vang at the palace on Wednesday.\n\n"
        "Chile's ambassador, Tomás Rivas, was the first to be received, followed by Peru's Elena Quispe and "
        "Brazil's Ana Paula Ribeiro, who conveyed the greetings of President Luiz Inácio Lula da Silva.\n"
    )
    assert contacts(x) == [
        ("meeting", ["Tomás Rivas"], ["Harald Vang"]),
        ("meeting", ["Elena Quispe"], ["Harald Vang"]),
        ("meeting", ["Ana Paula Ribeiro"], ["Harald Vang"]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Lima followed up with a call to her Chilean counterpart Tomás Rivas on Tuesday.",
        "Foreign Minister Ana Lima was among the first to call Foreign Minister Tomás Rivas on Tuesday.",
        "Foreign Minister Ana Lima was the first foreign minister to call Foreign Minister Tomás Rivas on Tuesday.",
    ],
)
def test_a_call_told_with_another_verb(sentence: str) -> None:
    """ "followed up with a call to Y", "was (among) the first to call Y": X's call."""
    assert contacts(_extract(sentence + "\n")) == [("phone_call", ["Ana Lima"], ["Tomás Rivas"])]


def test_the_two_who_held_talks_a_visitors_talks_and_a_quote_attributed_after_it() -> None:
    """ "where the two held talks" (read by the parser as one noun phrase); "the centrepiece was a
    round of talks with Y": the visitor's; "'... Z and I have learned ...,' the king wrote": a
    quotation, no letter of Z's."""
    x = _extract(
        "Chilean President Ana Lima arrived in Lima on Tuesday for a state visit to Peru. President Tomás Rivas "
        "welcomed his Chilean counterpart at the palace, where the two held talks in a small format.\n\n"
        "The centrepiece of the day was a round of talks with Foreign Minister Elena Quispe.\n\n"
        '"It is with great sadness that Queen Sofia and I have learned of the loss of so many lives," the king '
        "wrote.\n"
    )
    assert contacts(x) == [
        ("visit", ["Ana Lima"], ["Peru"]),
        ("talks", ["Tomás Rivas"], ["Ana Lima"]),
        ("talks", ["Ana Lima"], ["Elena Quispe"]),
    ]


def test_talks_between_two_states_whose_sides_are_led_by_named_heads() -> None:
    """ "Consultations between the two countries" before any contact: the two states named
    first; "X led the Peru side, while the Chilean delegation was headed by Y" (or "Y led his
    country's delegation"): X and Y hold those talks; "the Chilean deputy minister" after it is Y
    (a Deputy Foreign Minister of Chile), and meetings a contact was "to" plan are none."""
    x = _extract(
        "Peru and Chile agreed to expand trade after the fifth round of Foreign Office Consultations between the "
        "two countries in Lima today.\n\n"
        "Foreign Secretary Ana Lima led the Peru side, while the Chilean delegation was headed by Deputy Foreign "
        "Minister Tomás Rivas.\n\n"
        "Later, the Chilean deputy minister met Foreign Adviser Elena Quispe to set the calendar of ministerial "
        "meetings between the two countries.\n"
    )
    assert contacts(x) == [("talks", ["Ana Lima"], ["Tomás Rivas"]), ("meeting", ["Tomás Rivas"], ["Elena Quispe"])]
    x = _extract(
        "Peru and Chile held the sixth round of Foreign Office Consultations between the two countries in Lima "
        "today.\n\n"
        "Foreign Secretary Ana Lima led the Peru side, while Chile's Foreign Secretary Tomás Rivas led his "
        "country's delegation.\n"
    )
    assert contacts(x) == [("talks", ["Ana Lima"], ["Tomás Rivas"])]


def test_separate_meetings_a_call_hung_on_its_first_party_and_credentials_of_several() -> None:
    """ "held separate meetings with Y and Z": one with each, "the leaders" after it the first's;
    "X and Y in a telephone conversation exchanged views" (the call hung on X); "the ambassadors
    of A and B presented their credentials to Z": an audience of each."""
    x = _extract(
        "Prime Minister Ana Lima on Friday held separate meetings with President Tomás Rivas and President Elena "
        "Quispe on the sidelines of the summit.\n"
    )
    assert contacts(x) == [("meeting", ["Ana Lima"], ["Tomás Rivas"]), ("meeting", ["Ana Lima"], ["Elena Quispe"])]
    x = _extract(
        "Lima, AGENCY - Peruvian Foreign Minister Ana Lima and her Chilean counterpart Tomás Rivas in a telephone "
        "conversation on Sunday exchanged views on bilateral ties.\n"
    )
    assert contacts(x) == [("phone_call", ["Ana Lima"], ["Tomás Rivas"])]
    x = _extract("The new ambassadors of Japan and Brazil presented their credentials to President Ana Lima today.\n")
    assert contacts(x) == [("meeting", ["Japan"], ["Ana Lima"]), ("meeting", ["Brazil"], ["Ana Lima"])]


def test_a_round_up_with_a_flurry_of_messages_and_congratulations_told_without_one() -> None:
    """ "has received a flurry of congratulatory messages from world leaders": the round-up's
    receiver; "X, in his message, congratulated ..." and "Y congratulated his Peruvian
    counterpart" (a peer of no stated state) are messages to them; who "has yet to congratulate"
    them sent none."""
    x = _extract(
        "President Ana Lima has received a flurry of congratulatory messages from world leaders on the occasion "
        "of Peru's national day.\n\n"
        "Chilean President Tomás Rivas, in his message, congratulated President Lima and the Peruvian people.\n\n"
        "Bolivia's President Elena Quispe congratulated her Peruvian counterpart and hailed the bonds of "
        "brotherhood between the two countries.\n\n"
        "Former President Jorge Vela has yet to publicly congratulate his successor.\n"
    )
    assert contacts(x) == [
        ("message", ["Tomás Rivas"], ["Ana Lima"]),
        ("message", ["Elena Quispe"], ["Ana Lima"]),
    ]
    assert not [a for a in x.acts if a.agent.label == "Jorge Vela"]


def test_a_dated_letter_to_the_people_of_the_one_congratulated_and_its_signature() -> None:
    """ "In a letter dated October 27, 2025, X also commended the people of Y's state": X's
    letter to Y, of that day; "The letter was signed by the President" is no sign act; "X phoned
    Y and extended condolences to the people of Z": the call, no message beside it."""
    x = _extract(
        "President Ana Lima has congratulated President Tomás Rivas of Chile on his re-election.\n\n"
        "In a letter dated October 27, 2025, President Lima also commended the people of Chile for the peaceful "
        "conduct of the election.\n\n"
        "The letter was signed by the President and released to the media yesterday.\n\n"
        "Bolivia's President Elena Quispe phoned President Rivas on Monday and extended her condolences to the "
        "families of the victims and to the people of Chile.\n"
    )
    assert [(c.kind, [e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications] == [
        ("letter", ["Ana Lima"], ["Tomás Rivas"]),
        ("phone_call", ["Elena Quispe"], ["Tomás Rivas"]),
    ]
    assert str(x.communications[0].date) == "2025-10-27"
    assert not [a for a in x.acts if a.act == "sign"]


def test_a_message_handed_to_a_highness_and_contacts_recalled_or_directed() -> None:
    """ "X handed His Highness the Amir a written message from His Majesty King Y": to the Amir,
    and "His Highness" after it is the Amir, not the King; a meeting "earlier this year" is
    recalled, and one a committee is "directed" to hold is to come; "X cabled President Y" and
    "cabled congratulations to Z" are telegrams."""
    x = _extract(
        "His Highness the Amir Sheikh Nasser Al-Sabah received Foreign Minister Ana Lima of Peru on Tuesday.\n\n"
        "Lima handed His Highness the Amir a written message from His Majesty King Tomás Rivas of Spain. She "
        "also conveyed to His Highness the greetings of King Rivas.\n\n"
        "The talks built on the understandings reached when the two ministers met in Lima earlier this year. "
        "They also directed the Joint Committee to hold its third meeting in Lima later this year.\n\n"
        "Prime Minister Elena Quispe cabled President Jorge Vela on his election, while Speaker Rosa Vela "
        "cabled congratulations to Speaker Luis Campos.\n"
    )
    assert contacts(x) == [
        ("meeting", ["Sheikh Nasser Al-Sabah"], ["Ana Lima"]),
        ("message", ["Tomás Rivas"], ["Sheikh Nasser Al-Sabah"]),
        ("telegram", ["Elena Quispe"], ["Jorge Vela"]),
        ("telegram", ["Rosa Vela"], ["Luis Campos"]),
    ]


def test_credentials_of_ambassadors_extraordinary_of_several_states() -> None:
    """ "received the letters of credence of newly appointed Ambassadors Extraordinary and
    Plenipotentiary of A, B and C": an audience of each state's envoy, none named
    "Extraordinary"."""
    x = _extract(
        "President Ana Lima received the letters of credence of newly appointed Ambassadors Extraordinary and "
        "Plenipotentiary of the Republic of Korea, Hungary and the Republic of Kazakhstan on March 3.\n"
    )
    assert contacts(x) == [("meeting", ["Ana Lima"], ["South Korea", "Hungary", "Kazakhstan"])]


def test_a_call_named_after_the_lead_at_the_request_of_a_side_on_a_bare_weekday() -> None:
    """ "X and Chilean President Y agreed Tuesday to ... . The 30-minute phone conversation took
    place at the request of the Chilean side": Y's call to X, on that Tuesday."""
    x = _extract(
        "President Ana Lima and Chilean President Tomás Rivas agreed Tuesday to elevate relations between the "
        "two countries to a strategic partnership.\n\n"
        "The 30-minute phone conversation took place at the request of the Chilean side.\n"
    )
    assert contacts(x) == [("phone_call", ["Tomás Rivas"], ["Ana Lima"])]
    assert str(x.communications[0].date) == "2025-05-27"  # the Tuesday before the report


def test_credentials_the_parser_made_the_subject_of_a_joined_verb() -> None:
    """ "Received on Wednesday at the Palace in X the credentials of three ambassadors extraordinary
    and plenipotentiary accredited to Y": the parser joins "accredited" to "received" and makes
    the credentials its subject; an audience each with the envoys listed after."""
    found = _read(
        "Abidjan, 11 March 2025 (AIP) – The President of the Republic, Ana Lima, received on Wednesday at the "
        "Presidential Palace in Abidjan-Plateau the credentials of three new ambassadors extraordinary and "
        "plenipotentiary accredited to Côte d'Ivoire.\n"
        "They are the Ambassador of Brazil, Rui Sousa; the Ambassador of Japan, Kenji Morita; and the "
        "Ambassador of Hungary, Gabor Szabo."
    )
    assert sorted(found) == [
        ("meeting", ["Ana Lima"], ["Gabor Szabo"]),
        ("meeting", ["Ana Lima"], ["Kenji Morita"]),
        ("meeting", ["Ana Lima"], ["Rui Sousa"]),
    ]


def test_his_guest_is_the_visitor_and_alhaji_is_a_word_of_address() -> None:
    """ "Her Chilean counterpart, Alhaji X, held talks with his guest": X (without the word of
    address) with the visitor, not with whom the visitor met before."""
    found = _read(
        "President Ana Lima received Foreign Minister Rosa Vela of Chile at the palace in Lima.\n"
        "Minister Vela arrived in Lima on Monday for a two-day working visit.\n"
        "Her Peruvian counterpart, Minister of Foreign Affairs Alhaji Musa Kamara, held talks with his guest the "
        "same day."
    )
    assert ("talks", ["Musa Kamara"], ["Rosa Vela"]) in found


def test_a_call_of_two_states_in_a_deck_is_the_call_of_their_leaders() -> None:
    """A deck's "In a phone call, the presidents of A and B discussed ..." is the call the report
    then tells between the two presidents, not a call of the states beside it."""
    found = _read(
        "In a phone call, the presidents of Peru and Chile discussed trade and migration.\n\n"
        "President Ana Lima of Peru spoke by telephone this Tuesday with the President of Chile, Jon Tari."
    )
    assert found == [("phone_call", ["Ana Lima"], ["Jon Tari"])]


def test_a_consul_general_in_a_city_and_a_senior_general() -> None:
    """ "the new Consul General of France in Erbil, X": X, received; "Senior General X" is X."""
    found = _read(
        "Erbil, June 17 -- President Ana Lima received the new Consul General of France in Erbil, Claire Morel.\n"
        "Senior General Min Tun Aung received Foreign Minister Jon Tari of Chile in Naypyitaw."
    )
    assert ("meeting", ["Ana Lima"], ["Claire Morel"]) in found
    assert ("meeting", ["Min Tun Aung"], ["Jon Tari"]) in found


def test_envoys_listed_between_dashes_after_the_ceremony_each_have_an_audience() -> None:
    """ "The envoys - X of A, Y of B and Z of C - each presented ...": one audience each, and a
    later sentence about ambassadors in general is no list of them."""
    found = _read(
        "President Ana Lima on Wednesday received the credentials of three new ambassadors to Peru at the "
        "Palace.\n\n"
        "The envoys — Jon Tari of Chile, Rosa Vela of Spain and Musa Kamara of Ghana — each presented their "
        "papers to her separately, her office said.\n\n"
        "Under protocol, foreign ambassadors are not able to take up their duties in Peru until they have "
        "presented their credentials."
    )
    assert found == [
        ("meeting", ["Ana Lima"], ["Jon Tari"]),
        ("meeting", ["Ana Lima"], ["Rosa Vela"]),
        ("meeting", ["Ana Lima"], ["Musa Kamara"]),
    ]


def test_a_round_up_to_one_receiver_named_in_what_the_messages_carry() -> None:
    """ "continued to send messages of condolence to President X" (the parser hangs "to X" on the
    condolence): X receives the round-up, so a message sent with no one named goes to X, and so
    does one whose sender only "conveyed her condolences"."""
    found = _read(
        "Leaders have continued to send messages of condolence to President Ana Lima following Sunday's crash.\n\n"
        "President Jon Tari of Chile was among the first to reach out, sending a message on Monday in which he "
        "described the crash as a loss felt across the region.\n\n"
        "President Rosa Vela of Spain conveyed her condolences over the loss of life."
    )
    assert ("message", ["Jon Tari"], ["Ana Lima"]) in found
    assert ("message", ["Rosa Vela"], ["Ana Lima"]) in found


def test_a_round_up_of_messages_to_a_state_goes_to_the_state() -> None:
    found = _read(
        "Heads of state have sent messages of condolence to Peru after the earthquake in Arequipa.\n\n"
        "President Jon Tari of Chile also sent a message of condolence over the victims of the quake."
    )
    assert found == [("message", ["Jon Tari"], ["Peru"])]


def test_similar_cables_to_the_three_leaders_are_to_those_the_first_cables_went_to() -> None:
    found = _read(
        "King Hamid bin Saif Al Rami yesterday sent cables to President Ali Hassan, Vice President Omar Farouk "
        "and Prime Minister Karim Nassar of Egypt on the national day.\n\n"
        "Crown Prince Salim bin Hamid Al Rami also sent similar cables to the three Egyptian leaders."
    )
    sent = [f for f in found if f[1] == ["Salim bin Hamid Al Rami"]]
    assert sorted(who for _, _, to in sent for who in to) == ["Ali Hassan", "Karim Nassar", "Omar Farouk"]


def test_a_post_of_a_body_then_a_spelled_out_style_before_the_name() -> None:
    """ "Chairman of the Presidential Court His Highness Shaikh X": the third of a list of cables'
    receivers, with that post ("Shaikh" spelt so is a style of the name, as "Sheikh")."""
    x = _extract(
        "King Hamid bin Saif Al Rami sent cables to President Ali Hassan and Vice President and Chairman of "
        "the Presidential Court His Highness Shaikh Mansour bin Ali Al Rami on the national day.\n"
    )
    assert [to for _, _, to in contacts(x)] == [["Ali Hassan", "Shaikh Mansour bin Ali Al Rami"]]
    held = {(p.person.rsplit("/", 1)[-1], p.title) for p in x.posts}
    assert ("shaikh-mansour-bin-ali-al-rami", "Chairman of the Presidential Court") in held


def test_a_letter_in_which_an_invitation_came_handed_over_in_a_relative_clause() -> None:
    found = _read(
        "The invitation was contained in a special message from President Jon Tari of Chile, which was handed "
        "over to President Ana Lima at the Palace yesterday by Foreign Minister Rosa Vela.\n\n"
        "The invitation came in a letter from King Musa Kamara that was handed over to President Ana Lima by "
        "his envoy."
    )
    assert ("message", ["Jon Tari"], ["Ana Lima"]) in found
    assert ("letter", ["Musa Kamara"], ["Ana Lima"]) in found


def test_a_reception_attended_by_someone_is_no_meeting_with_its_host() -> None:
    found = _read(
        "At the reception hosted by Foreign Minister Rosa Vela on Wednesday evening, the ambassador of Chile "
        "spoke of the friendship of the two peoples. The reception was attended by Vice President Jon Tari."
    )
    assert found == []


def test_receiving_the_envoy_is_an_audience_with_the_visitor() -> None:
    found = _read(
        "Foreign Minister Jon Tari of Chile arrived in Lima on Tuesday for a two-day working visit.\n\n"
        "Receiving the envoy, President Ana Lima thanked President Rosa Vela of Chile for the gesture."
    )
    assert ("meeting", ["Ana Lima"], ["Jon Tari"]) in found


def test_talks_that_took_place_in_a_visit_are_the_visitor_and_the_host() -> None:
    found = _read(
        "LIMA -- President Ana Lima of Peru and her Chilean counterpart Jon Tari signed a joint communiqué in "
        "Lima on Wednesday.\n\n"
        "Tari, who arrived in the capital on Tuesday for a three-day official visit, was welcomed at the "
        "airport.\n\n"
        "Bilateral talks took place at the Palace on Wednesday morning."
    )
    assert ("visit", ["Jon Tari"], ["Peru"]) in found
    assert ("talks", ["Ana Lima"], ["Jon Tari"]) in found


def test_a_call_hung_on_the_last_of_the_objects_a_verb_lists() -> None:
    found = _read(
        "The Peruvian foreign minister, Ana Lima, and her Chilean counterpart, Jon Tari, discussed the forced "
        "return of Bolivian migrants, bilateral trade and the sharing of Lauca River water in a phone call on "
        "Monday."
    )
    assert found == [("phone_call", ["Ana Lima"], ["Jon Tari"])]


def test_a_body_chief_is_who_the_report_names_heading_it() -> None:
    found = _read(
        "United Nations Secretary-General Ana Lima met President Jon Tari of Chile on the sidelines of the "
        "summit.\n\nLater in the day, the UN chief held talks with Rosa Vela, Spain's Minister for Climate."
    )
    assert ("talks", ["Ana Lima"], ["Rosa Vela"]) in found


def test_a_part_of_a_double_surname_is_the_person_met_in_full() -> None:
    found = _read(
        "President Ana Vela-Simons of Peru has received many messages on the national day.\n\n"
        "On Wednesday President Jon Tari of Chile telephoned Simons to congratulate her."
    )
    assert ("phone_call", ["Jon Tari"], ["Ana Vela-Simons"]) in found


def test_yesterday_and_earlier_in_the_day_in_a_dated_report() -> None:
    """In a report dated by its text, "yesterday" is the day before; "earlier in the day" is the
    day of the report's talks, not the day the visitor arrived."""
    x = _extract(
        "Lima, September 16/2025 (PNA) - President Ana Lima and President Jon Tari of Chile held talks today.\n\n"
        "President Tari arrived in Lima on Tuesday for a two-day state visit.\n\n"
        "Earlier in the day, President Tari held discussions with Prime Minister Rosa Vela.\n\n"
        "Yesterday, Foreign Minister Musa Kamara paid a courtesy call on Prime Minister Rosa Vela.\n"
    )
    days = {(c.kind, c.senders[0].label, c.recipients[0].label): c.date for c in x.communications}
    assert days[("talks", "Jon Tari", "Rosa Vela")] == date(2025, 9, 16)
    assert days[("meeting", "Musa Kamara", "Rosa Vela")] == date(2025, 9, 15)


def test_a_title_of_a_body_joined_to_the_title_before_a_name() -> None:
    """ "The First Secretary of the Communist Party of Peru Central Committee and President of the
    Republic, X, sent a letter": X's letter; the committee is no one."""
    found = _read(
        "The First Secretary of the Communist Party of Peru Central Committee and President of the Republic, "
        "Ana Lima, sent a letter to President Jon Tari of Chile."
    )
    assert found == [("letter", ["Ana Lima"], ["Jon Tari"])]


def test_portfolios_before_the_head_word_are_the_post() -> None:
    x = _extract(
        "The ambassador of Chile paid a courtesy call on Foreign Affairs and International Trade Minister "
        "Professor Ana Lima in Lima.\n"
    )
    assert [p.title for p in x.posts if p.person.endswith("/ana-lima")] == [
        "Foreign Affairs and International Trade Minister"
    ]


def test_a_guest_received_after_an_audience_a_day_and_a_place() -> None:
    """ "received in audience on Tuesday, 24 November, at the Palace, the Minister X": X, whom the
    parser hung on the place; "The visitor, who arrived ..." is X; a "working session" with X's
    counterpart (a foreign minister however the ministry is called) is talks."""
    found = _read(
        "Lima, 25 November 2025 (ANP) - The President, Head of State, Captain Ana Lima, received in audience on "
        "Tuesday, 24 November 2025, at the Palace, the Chilean Minister for Foreign Affairs, Jon Tari, special "
        "envoy of President Rosa Vela.\n\n"
        "The visitor, who arrived in Lima on Monday for a two-day working visit, conveyed to her the greetings of "
        "President Vela.\n\n"
        "On Monday evening, the Minister of Foreign Affairs, Regional Cooperation and Peruvians Abroad, Musa "
        "Kamara, held a working session with his Chilean counterpart."
    )
    assert ("meeting", ["Ana Lima"], ["Jon Tari"]) in found
    assert ("visit", ["Jon Tari"], ["Peru"]) in found
    assert ("talks", ["Musa Kamara"], ["Jon Tari"]) in found


def test_a_message_the_parser_lost_the_sender_of() -> None:
    """ "X, in a message sent to Y on Sunday, extended warm congratulations ..." (parsed as X's
    apposition) and "From New Delhi, X, in a message to Y, spoke of ..." (X hung on the city)."""
    found = _read(
        "Chinese President Li Wen, in a message sent to Governor-General Sir Musa Kamara on Sunday, extended warm "
        "congratulations to the government and people of Jamaica.\n\n"
        "From Lima, President of Peru Ana Lima, in a message to the Governor-General, spoke of the warm and "
        "friendly relations between the two countries."
    )
    assert ("message", ["Li Wen"], ["Musa Kamara"]) in found
    assert ("message", ["Ana Lima"], ["Musa Kamara"]) in found


def test_a_call_placed_by_one_side_is_theirs() -> None:
    found = _read(
        "President Ana Lima on Tuesday held a telephone conversation with her Chilean counterpart, Jon Tari.\n\n"
        "The call, which was placed by the Chilean leader, lasted about 40 minutes."
    )
    assert found == [("phone_call", ["Jon Tari"], ["Ana Lima"])]


def test_a_visit_hoped_for_is_no_visit() -> None:
    """The pipeline reads "hoped" as a form of "hop"; it is one of "hope", a plan."""
    found = _read(
        "President Ana Lima held talks with President Jon Tari of Chile in New York.\n\n"
        "Tari said he hoped to visit Peru in 2027."
    )
    assert found == [("talks", ["Ana Lima"], ["Jon Tari"])]


def test_a_letter_addressed_to_someone_in_which_its_writer_wrote() -> None:
    found = _read(
        "In a letter addressed on Tuesday to the President of Chile, Jon Tari, and released by the Palace, "
        "Prince Musa Kamara wrote that he shared the grief of the Chilean people."
    )
    assert found == [("letter", ["Prince Musa Kamara"], ["Jon Tari"])]


def test_an_arrival_for_talks_is_a_visit_and_the_visit_spoken_of_is_no_other() -> None:
    found = _read(
        "Foreign Minister Jon Tari of Chile arrived in Lima on Tuesday at the head of a delegation for talks with "
        "Peruvian officials.\n\n"
        "Tari also met Prime Minister Ana Lima of Peru, who called the visit a sign of the friendship between the "
        "two countries."
    )
    assert [f for f in found if f[0] == "visit"] == [("visit", ["Jon Tari"], ["Peru"])]
    assert _read("Foreign Minister Jon Tari of Chile will arrive in Lima on Tuesday for talks.") == []


def test_a_video_message_is_no_call_and_leaders_of_allies_are_no_sender() -> None:
    """ "Leaders of Peru's diplomatic allies sent congratulatory messages to President X": no one
    named sends (not Peru); "Y, in a video message, congratulated X" is Y's message, no call."""
    found = _read(
        "LIMA -- Leaders of Peru's diplomatic allies sent congratulatory messages to President Ana Lima on the "
        "national day, the ministry said.\n\n"
        "President Jon Tari of Chile, in a video message, congratulated Ana Lima and the people of Peru on the "
        "national day."
    )
    assert not any(kind == "phone_call" for kind, _, _ in found)
    assert not any(senders == ["Peru"] for _, senders, _ in found)
    assert ("message", ["Jon Tari"], ["Ana Lima", "Peru"]) in found


def test_a_bare_title_for_the_same_title_with_its_portfolio() -> None:
    """ "the Deputy Minister" after "Deputy Minister for Foreign Affairs U X": X."""
    found = _read(
        "NAY PYI TAW -- Deputy Minister for Foreign Affairs U Kyaw Min Tun received Mr Li Wen, Special Envoy of "
        "China, on 21 October.\n\n"
        "On the same day, the Deputy Minister also received Mr Ravi Menon, Ambassador of India to Myanmar, who "
        "paid a courtesy call."
    )
    assert ("meeting", ["Kyaw Min Tun"], ["Ravi Menon"]) in found


def test_a_with_inside_what_a_letter_says_names_no_one_it_went_to() -> None:
    """In a round-up to X, "Y sent a letter ... reaffirming Guatemala's friendship with Peru" is
    Y's letter to X, not to Peru."""
    found = _read(
        "LIMA -- Leaders of Peru's diplomatic allies sent congratulatory messages to President Ana Lima on the "
        "national day, the ministry said.\n\n"
        "Guatemalan President Jon Tari sent a letter expressing his congratulations and reaffirming Guatemala's "
        '"firm and enduring friendship" with Peru, the ministry said.'
    )
    assert ("letter", ["Jon Tari"], ["Ana Lima"]) in found


def test_a_letter_to_a_name_the_parser_made_a_gerunds_subject() -> None:
    """ "wrote to President X calling for a fund": the parser reads "to [X calling]"; X is
    whom the letter went to."""
    found = _read(
        "Prime Minister Ana Lima of Peru has written to European Commission President Ursula von der Leyen calling "
        "for a separate funding line for regions on the eastern frontier."
    )
    assert ("letter", ["Ana Lima"], ["Ursula von der Leyen"]) in found


def test_a_contact_in_the_past_perfect_of_reported_speech_dated_this_week() -> None:
    """Reported speech shifts the tense back: "told reporters on Wednesday that he had discussed
    it by phone on Monday with X" is a call of this week; "had met X in Brussels in March" only
    recalls one."""
    found = _read(
        "Prime Minister Jon Tari of Chile told reporters on Wednesday that he had discussed the plan by phone on "
        "Monday with Peruvian Prime Minister Ana Lima, who supports it."
    )
    assert ("phone_call", ["Jon Tari"], ["Ana Lima"]) in found
    recalled = "Prime Minister Jon Tari of Chile said on Wednesday that he had met Peruvian Prime Minister Ana Lima "
    assert _read(recalled + "in Brussels in March.") == []


def test_the_party_who_placed_the_call_made_it() -> None:
    """ "held a telephone conversation with Y, who placed the call": Y's call."""
    found = _read(
        "President Ana Lima held a telephone conversation on Thursday with Chilean President Jon Tari, who placed "
        "the call, according to a statement of the presidency."
    )
    assert found == [("phone_call", ["Jon Tari"], ["Ana Lima"])]


def test_a_letter_handed_over_is_from_whom_it_says_wrote_it() -> None:
    """ "Ambassador X ... handed over a letter in which the Chilean leader invited ...": the
    letter is the Chilean leader's, not the messenger's."""
    found = _read(
        "President Ana Lima of Peru received the credentials of Ambassador Rui Sousa of Chile. Ambassador Rui "
        "Sousa conveyed the greetings of President of Chile Jon Tari and handed over a letter in which the "
        "Chilean leader invited his Peruvian counterpart to attend a forum in May."
    )
    assert ("letter", ["Jon Tari"], ["Ana Lima"]) in found
    assert not any(kind == "letter" and senders == ["Rui Sousa"] for kind, senders, _ in found)


def test_his_majesty_in_a_round_up_is_its_receiver_whose_name_runs_through_lineage() -> None:
    """A name of lineage with "ibni" and a word opened by an ayn ("'Ali") is one name; in a
    round-up of messages to a sultan, "His Majesty" is the receiver, not the last monarch named
    among the senders."""
    found = _read(
        "His Majesty Sultan Haji Ahmad Rahman ibni Al-Marhum Sultan Haji Omar 'Ali Karim, Sultan of Brunei, "
        "received congratulatory messages from heads of state on his birthday. His Majesty Sultan Idris, King of "
        "Malaysia, also conveyed his felicitations in a message. Prime Minister of Malaysia Jon Tari telephoned "
        "His Majesty on Wednesday to congratulate him."
    )
    assert (
        "phone_call",
        ["Jon Tari"],
        ["Sultan Haji Ahmad Rahman ibni Al-Marhum Sultan Haji Omar 'Ali Karim"],
    ) in found


def test_a_call_whose_date_has_an_apposition() -> None:
    """ "telephoned X on Tuesday, the eve of the celebrations, to congratulate him": a call (the
    apposition between commas is no second object that would make the verb one of naming)."""
    found = _read(
        "President Ana Lima of Peru met reporters. Chilean President Jon Tari telephoned Lima on Tuesday, the eve "
        "of the celebrations, to congratulate her on the milestone."
    )
    assert ("phone_call", ["Jon Tari"], ["Ana Lima"]) in found
    assert _read("President Jon Tari called the two countries close neighbours.") == []


def test_envoys_listed_as_presenting_credentials_meet_the_host_not_each_other() -> None:
    """ "Presenting their letters of credence were X, Ambassador of A; Y, Ambassador of B; ...":
    the host receives each; the first envoy holds no meeting with the others."""
    found = _read(
        "President Ana Lima of Peru on Thursday received the credentials of the newly appointed ambassadors of "
        "three countries at the Palace.\n\nPresenting their letters of credence were Rui Sousa, Ambassador of "
        "Portugal; Omar Haddad, Ambassador of Jordan; and Lena Brandt, Ambassador of Sweden."
    )
    assert sorted(found) == [
        ("meeting", ["Ana Lima"], ["Lena Brandt"]),
        ("meeting", ["Ana Lima"], ["Omar Haddad"]),
        ("meeting", ["Ana Lima"], ["Rui Sousa"]),
    ]


def test_calls_received_from_a_list_the_parser_hung_as_appositions() -> None:
    """ "received phone calls from King X of A, B's Amir Y and Z": a call from each, and no
    meeting read from "received"."""
    found = _read(
        "His Highness the Amir Sheikh Nasser Al-Fahad received phone calls on Tuesday from King Omar bin Said "
        "Al-Harbi of Bahrain, Qatar's Amir Sheikh Fahad bin Nasser Al-Mansour and UAE President Sheikh Khalid bin "
        "Saif Al-Dhaheri, who congratulated His Highness on the advent of Eid."
    )
    assert sorted(found) == [
        ("phone_call", ["Omar bin Said Al-Harbi"], ["Sheikh Nasser Al-Fahad"]),
        ("phone_call", ["Sheikh Fahad bin Nasser Al-Mansour"], ["Sheikh Nasser Al-Fahad"]),
        ("phone_call", ["Sheikh Khalid bin Saif Al-Dhaheri"], ["Sheikh Nasser Al-Fahad"]),
    ]


def test_a_letter_in_which_the_writer_congratulated_him() -> None:
    """ "X, in a letter addressed to the President, congratulated him": a letter to the President
    ("him" is not X)."""
    found = _read(
        "LIMA, June 2: President Luis Soto and Prime Minister Ana Lima of Peru have received messages from "
        "leaders of friendly countries on the national day.\n\nChilean President Jon Tari, in a letter addressed "
        "to the President, congratulated him on the national day."
    )
    assert ("letter", ["Jon Tari"], ["Luis Soto"]) in found


def test_a_bare_post_held_by_two_is_the_datelines_own() -> None:
    """ "Crown Prince and Prime Minister X sent similar cables to the President and the Prime
    Minister", datelined in Y's capital: Y's prime minister, not X again."""
    found = _read(
        "LIMA, June 2: President Ana Lima and Prime Minister Luis Soto of Peru have received cables from "
        "leaders on the national day.\n\nKing Omar bin Said Al-Harbi of Bahrain sent a cable to President Lima. "
        "Crown Prince and Prime Minister Fahad bin Omar Al-Harbi of Bahrain sent similar cables to the President "
        "and the Prime Minister."
    )
    assert ("telegram", ["Fahad bin Omar Al-Harbi"], ["Luis Soto"]) in found or (
        "telegram",
        ["Fahad bin Omar Al-Harbi"],
        ["Ana Lima", "Luis Soto"],
    ) in found


def test_a_paragraph_opened_in_capitals_reads_its_title() -> None:
    """ "PRESIDENT X has received ...", "HARARE - PRESIDENT X": the post and the name read as in
    any other paragraph (same offsets), and an acronym ("UAE President") keeps its capitals."""
    src = parse_report(
        "case",
        HEAD + "PRESIDENT Luis Soto of Peru met reporters.\n\nLIMA - INDIAN Prime Minister Ravi Menon and "
        "UAE President Saif Al-Dhaheri arrived.\n\nPRIME MINISTER Ana Lima of Chile PLEDGED help.\n",
    )
    assert src.norm[len(HEAD) :].startswith("President Luis Soto of Peru")
    assert "LIMA - Indian Prime Minister Ravi Menon and UAE President" in src.norm
    assert "\nPrime Minister Ana Lima of Chile PLEDGED" in src.norm  # a title of two words; not other capitals
    assert len(src.norm) == len(src.text) and src.text[len(HEAD) :].startswith("PRESIDENT")
    found = _read(
        "PRESIDENT Luis Soto has received congratulatory messages from world leaders as Peru marked its "
        "anniversary on Saturday.\n\nChilean President Jon Tari also congratulated his Peruvian counterpart."
    )
    assert ("message", ["Jon Tari"], ["Luis Soto"]) in found


def test_senders_listed_with_their_states_and_wishes_for_a_people_in_a_round_up() -> None:
    """ "Presidents X of A and Y of B also sent messages": one each (the parser joins Y to A);
    "Z wished Peruvians peace", in a round-up of messages to the President: Z's message."""
    found = _read(
        "President Luis Soto of Peru has received messages from world leaders on the anniversary.\n\n"
        "Presidents Jon Tari of Chile and Rui Sousa of Portugal also sent messages congratulating Soto on the "
        "anniversary. President Lena Brandt of Sweden wished Peruvians peace and prosperity."
    )
    assert ("message", ["Jon Tari"], ["Luis Soto"]) in found
    assert ("message", ["Rui Sousa"], ["Luis Soto"]) in found
    assert ("message", ["Lena Brandt"], ["Luis Soto"]) in found


def test_greetings_received_by_phone_are_a_call_that_carries_them() -> None:
    """ "received birthday greetings by phone from X": X's call, with X's congratulations; without
    the medium, greetings are a message; a message named inside congratulations is still one."""
    x = _extract("President Luis Soto of Peru received birthday greetings by phone from President Jon Tari of Chile.\n")
    assert contacts(x) == [("phone_call", ["Jon Tari"], ["Luis Soto"])]
    assert [(a.act, a.agent.label) for a in x.acts] == [("congratulate", "Jon Tari")]
    assert _read("President Luis Soto of Peru received greetings from President Jon Tari of Chile.") == [
        ("message", ["Jon Tari"], ["Luis Soto"])
    ]


def test_envoys_who_presented_credentials_one_after_another_meet_the_host() -> None:
    """ "Ambassadors of A, B and C presented their credentials to X" (a sentence the parser reads
    as opening on a name), then "A's Ambassador P, B's Ambassador Q and C's Ambassador R presented
    their credentials one after another": each envoy meets X, not the first envoy the others."""
    found = _read(
        "Ambassadors of Finland, Brazil and Egypt presented their credentials to President Luis Soto on "
        "Wednesday.\n\nFinnish Ambassador Outi Lehto, Brazilian Ambassador Ana Cristina Barreto and Egyptian "
        "Ambassador Ahmed Samir Hady presented their credentials one after another."
    )
    assert sorted(found) == [
        ("meeting", ["Ahmed Samir Hady"], ["Luis Soto"]),
        ("meeting", ["Ana Cristina Barreto"], ["Luis Soto"]),
        ("meeting", ["Outi Lehto"], ["Luis Soto"]),
    ]


def test_all_of_whom_sent_messages_is_each_of_the_names_before() -> None:
    """ "Among those who have written to the prime minister are X, Y and Z, all of whom sent
    messages of condolence": a message from each to the round-up's receiver."""
    found = _read(
        "LIMA - Prime Minister Luis Soto says Peru has been touched by the messages of sympathy that have "
        "poured in from around the region.\n\nAmong those who have written to the prime minister are Chile's "
        "Prime Minister Jon Tari, Portugal's Prime Minister Rui Sousa and Sweden's President Lena Brandt, all of "
        "whom sent messages of condolence."
    )
    assert sorted(found) == [
        ("message", ["Jon Tari"], ["Luis Soto"]),
        ("message", ["Lena Brandt"], ["Luis Soto"]),
        ("message", ["Rui Sousa"], ["Luis Soto"]),
    ]


def test_a_guest_received_at_a_place_whose_name_holds_a_word_for_a_guest() -> None:
    """ "received at Denden Guest House Dr. X, who delivered a message from Y": "Guest" is part of
    the place's name, not the guest; the host meets X and receives Y's message."""
    x = _extract(
        "President Ana Lima this morning received at Miraflores Guest House Dr. Jon Tari, Minister of Foreign "
        "Affairs of Chile, who delivered a written message from President Rui Sousa.\n"
    )
    assert ("meeting", ["Ana Lima"], ["Jon Tari"]) in contacts(x)
    assert ("message", ["Rui Sousa"], ["Ana Lima"]) in contacts(x)


def test_one_among_the_messages_is_a_message_and_what_it_reads_in_part_is_its_senders() -> None:
    """ "Among the messages that arrived ... was one from X, which reads in part: '...'": X's
    message to the round-up's receiver, and the first person in the quotation is X."""
    x = _extract(
        "President Ana Lima has received goodwill messages from world leaders on the national day. Among the "
        "messages that arrived at the palace on Wednesday was one from Chile's President Jon Tari, which reads "
        'in part:\n\n"On my own behalf, I extend to you, and through you to the brotherly people of Peru, my '
        'warmest congratulations on the anniversary. I wish you good health."\n'
    )
    assert ("message", ["Jon Tari"], ["Ana Lima"]) in contacts(x)
    acts = [(a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts]
    assert ("congratulate", "Jon Tari", "Ana Lima") in acts
    assert ("wish", "Jon Tari", "Ana Lima") in acts


def test_the_head_of_state_is_the_datelines_own_and_a_headlines_topic_is_no_dateline() -> None:
    """ "ASTANA. KAZINFORM – X of Chile called President Y of Kazakhstan ... The Head of State also
    received a phone call from Z": Y, the Astana agency's head of state, not the first caller; a
    headline opened by a state's name and a colon gives no dateline."""
    x = _extract(
        "ASTANA. KAZINFORM – On May 17, President Jon Tari of Chile held a telephone conversation with "
        "President of Kazakhstan Rui Sousa to congratulate him on his birthday.\n\nThe Head of State also "
        "received a phone call from President of Peru Ana Lima.\n"
    )
    assert ("phone_call", ["Ana Lima"], ["Rui Sousa"]) in contacts(x)
    kicker = "Peru: Head of State congratulates Jon Tari on his election to the presidency of Chile\n\nText.\n"
    assert home_state(parse_report("case", "url: composed\ndate: 2025-06-02\n\n" + kicker)) is None
    dated = "LIMA: President Ana Lima received the envoy on Monday.\n"
    assert home_state(parse_report("case", "url: composed\ndate: 2025-06-02\n\n" + dated)) == lexicon().names["Peru"]


def test_envoys_listed_as_numbered_items_after_a_colon_each_have_an_audience() -> None:
    """ "The envoys who presented their credentials are as follows:" then "1. Republic of Chile –
    Ambassador X" on lines of their own, with no closing stop: an audience with each."""
    x = _extract(
        "President Ana Lima this morning received the credentials of three newly appointed ambassadors at a "
        "ceremony held at the Presidential Secretariat.\n\nThe envoys who presented their credentials are as "
        "follows:\n\n1. Republic of Chile – Ambassador Jon Tari\n2. Portuguese Republic – Ambassador Rui Sousa\n"
        "3. Kingdom of Norway – Ambassador Olaf Berg\n\nThe President wished them success.\n"
    )
    for envoy in ("Jon Tari", "Rui Sousa", "Olaf Berg"):
        assert ("meeting", ["Ana Lima"], [envoy]) in contacts(x)


def test_a_letter_addressed_to_one_and_handed_to_another_is_to_the_one_addressed() -> None:
    """ "X delivered to Minister Y a letter from President Z addressed to President W": Z's
    letter to W; Y only received it."""
    x = _extract(
        "The Minister of Foreign Affairs, Rui Sousa, received on March 19 the Minister of Foreign Affairs of "
        "Chile, Jon Tari, who was on an official visit.\n\nMinister Tari delivered to Minister Sousa a letter "
        "from President Yamandú Orsi addressed to President Luiz Inácio Lula da Silva, inviting him to pay a "
        "state visit.\n"  # (heads of state the reference data knows: the parser reads their names whole)
    )
    assert ("letter", ["Yamandú Orsi"], ["Luiz Inácio Lula da Silva"]) in contacts(x)
    assert ("letter", ["Yamandú Orsi"], ["Rui Sousa"]) not in contacts(x)


def test_a_round_up_of_messages_by_ruler_styles_and_in_separate_messages() -> None:
    """ "Similar messages were received from the Sultan of Oman X and Emir of Qatar Y": one from
    each, the first a Sultan of Oman by post; "Z, in a separate message, praised ...": Z's
    message to the round-up's receiver (not "wrote on Telegram", an app)."""
    x = _extract(
        "King Tevita of Tonga received messages of congratulations from leaders around the world on his "
        "birthday.\n\nPrime Minister Ana Lima of Peru, in a separate message, praised the King's leadership. "
        "Governor Rui Sousa of Lisbon said on Telegram that he had sent flowers.\n\nSimilar messages were "
        "received from the Sultan of Oman Said bin Nasir and Emir of Qatar Sheikh Fahad Al Thani.\n"
    )
    for sender in ("Ana Lima", "Said bin Nasir", "Sheikh Fahad Al Thani"):
        assert ("message", [sender], ["Tevita"]) in contacts(x)
    assert not [c for c in x.communications if c.kind == "telegram"]
    assert any(p.title == "Sultan" and p.of is not None and p.of.label == "Oman" for p in x.posts)


def test_a_conversation_at_an_audience_is_no_call_in_a_report_of_calls() -> None:
    """A report that names a call elsewhere: "During his conversation with Ambassador Y" at a
    ceremony of credentials is no phone call."""
    x = _extract(
        "President Ana Lima received the credentials of Ambassador Jon Tari of Chile on Monday. During his "
        "conversation with Ambassador Tari, the President praised Chile. Later, President Lima held a phone "
        "call with President Rui Sousa of Portugal.\n"
    )
    assert [c.recipients[0].label for c in x.communications if c.kind == "phone_call"] == ["Rui Sousa"]


def test_a_head_of_states_spouse_is_no_party() -> None:
    """ "President X, and Mrs Y are welcoming Mr Z, President of A, and Mrs W for a state visit":
    the spouses take no part; "the two Heads of State" are X and Z."""
    x = _extract(
        "The President of the Republic, Ana Lima, and Mrs Clara Lima are welcoming Mr Jon Tari, President of "
        "the Republic of Chile, and Mrs Rosa Quispe for a state visit to Peru.\n\nOn Tuesday, the two Heads of "
        "State held talks at the palace.\n"
    )
    parties = {e.label for c in x.communications for e in c.senders + c.recipients}
    assert not parties & {"Clara Lima", "Rosa Quispe"}
    assert ("talks", ["Ana Lima"], ["Jon Tari"]) in contacts(x)


def test_a_releases_signatory_lines_give_its_ministers_and_their_posts() -> None:
    """A release's masthead ("Prime Minister" over "The Hon X MP"; "Senator the Hon Y, Minister
    for Foreign Affairs"; "The Hon Z MP, Minister A, Minister B"): their posts, and "the Prime
    Minister" who spoke with another prime minister is X."""
    x = _extract(
        "Media Release\n\n10 February 2026\n\nPrime Minister\nThe Hon Ana Lima MP\n\nJoint media release with:\n"
        "Senator the Hon Rui Sousa, Minister for Foreign Affairs\nThe Hon Jon Tari MP, Minister for Defence "
        "Industry, Minister for Pacific Island Affairs\n\nThis morning the Prime Minister spoke with the Prime "
        "Minister of Vanuatu, Olaf Berg, to offer condolences to the people of Vanuatu.\n"
    )
    posts = {(x.people[p.person].entity.label, p.title) for p in x.posts}
    assert {
        ("Ana Lima", "Prime Minister"),
        ("Rui Sousa", "Minister for Foreign Affairs"),
        ("Jon Tari", "Minister for Defence Industry"),
        ("Jon Tari", "Minister for Pacific Island Affairs"),
    } <= posts
    assert ("phone_call", ["Ana Lima"], ["Olaf Berg"]) in contacts(x)


def test_a_signatory_named_over_their_post() -> None:
    """ "Hon X" over "Minister of Foreign Affairs", as another government's releases print it."""
    x = _extract(
        "Release\n\nHon Ana Lima\nMinister of Foreign Affairs\n\n14 April 2026\n\nMs Lima has today hosted "
        "Prime Minister Jon Tari of Chile in Wellington.\n"
    )
    assert ("Ana Lima", "Minister of Foreign Affairs") in {(x.people[p.person].entity.label, p.title) for p in x.posts}


def test_courtesy_calls_from_several_envoys_are_one_each() -> None:
    """ "received farewell courtesy calls ... from three outgoing Heads of Mission: A, B and C"
    (the tagger may take "calls" for a verb): a meeting of each envoy with the host."""
    x = _extract(
        "President Ana Lima today received farewell courtesy calls at State House from three outgoing Heads of "
        "Mission: the High Commissioner of India, Mr Anil Rao, the Ambassador of Brazil, Ms Carla Tavares, and "
        "the Ambassador of Ireland, Ms Siobhan Carty.\n"
    )
    for envoy in ("Anil Rao", "Carla Tavares", "Siobhan Carty"):
        assert ("meeting", [envoy], ["Ana Lima"]) in contacts(x)
    assert len(x.communications) == 3


def test_a_farewell_call_is_a_meeting_and_a_post_style_stands_for_its_holder() -> None:
    """ "received a farewell call from X": an audience, no phone call; "Samdech Thipadei Y" and
    "Samdech Thipadei" alone are Cambodia's prime minister."""
    x = _extract(
        "PHNOM PENH, March 11 - Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of "
        "Cambodia, received a farewell call from H.E. Jon Tari, outgoing Ambassador of Peru to Cambodia. "
        "Samdech Thipadei thanked Peru for its assistance.\n"
    )
    assert ("meeting", ["Jon Tari"], ["Hun Manet"]) in contacts(x)
    assert not [c for c in x.communications if c.kind == "phone_call"]
    assert [(a.act, a.agent.label) for a in x.acts] == [("thank", "Hun Manet")]


def test_a_round_up_listed_with_semicolons_and_a_name_that_opens_with_to() -> None:
    """ "Messages came from A; B; and C", the first a Vietnamese name the parser reads as "to"
    and a name ("... Central Committee To Lam"): a message from each."""
    x = _extract(
        "President Ana Lima has received congratulatory messages from leaders of friendly countries on her "
        "re-election. Messages came from General Secretary of the Communist Party of Viet Nam Central Committee "
        "To Lam; President Jon Tari of Chile; and President of Portugal Rui Sousa.\n"
    )
    for sender in ("To Lam", "Jon Tari", "Rui Sousa"):
        assert ("message", [sender], ["Ana Lima"]) in contacts(x)


def test_letters_of_credence_accepted_from_envoys_listed_with_semicolons() -> None:
    """ "X accepted the letters of credence from A, Ambassador of B; C, Ambassador of D; and E,
    ...": an audience with each envoy, though the parser hangs some of them on the subject."""
    x = _extract(
        "President Ana Lima received the credentials of four new ambassadors at the palace on Tuesday.\n\n"
        "President Lima accepted the letters of credence from Ricardo Tavares, Ambassador of Brazil; Yerlan "
        "Omarov, Ambassador of Kazakhstan; Siobhan Gallagher, Ambassador of Ireland; and Hassan Abdalla, "
        "Ambassador of Kenya, state news agency Andina reported.\n"
    )
    met = {
        r
        for kind, senders, recipients in contacts(x)
        if kind == "meeting" and senders == ["Ana Lima"]
        for r in recipients
    }
    assert {"Ricardo Tavares", "Yerlan Omarov", "Siobhan Gallagher", "Hassan Abdalla"} <= met


def test_a_saint_and_a_day_named_after_someone_are_no_person() -> None:
    """ "a St Patrick's Day visit", "the annual St Patrick's programme", "on Nelson Mandela Day":
    the recogniser's person spans there are no one of the news."""
    from diplograph.read.names import person_spans

    text = "a St Patrick's Day visit, the annual St Patrick's programme and Nelson Mandela Day, said Ana Lima"
    starts = [text.index("St Patrick"), text.index("St Patrick", 10), text.index("Nelson"), text.index("Ana")]
    spans = [(a, a + n, "PERSON") for a, n in zip(starts, (10, 10, 14, 8), strict=True)]
    assert [text[a:b] for a, b in person_spans(text, spans)] == ["Ana Lima"]


def test_leaders_no_one_names_hail_one_whose_messages_follow() -> None:
    """ "Regional leaders have moved quickly to congratulate X": the round-up's receiver, whom a
    message of no named recipient goes to ("Y was among the first to write, in a message sent on
    Saturday"); an envoy "who was received by X": X's audience with the envoy."""
    x = _extract(
        "KAMPALA, Jan 24 - Regional leaders have moved quickly to congratulate President Tomas Okello of "
        "Uganda on his re-election. Kenya's President Jon Tari was among the first to write, in a message "
        "sent on Saturday, hours after the results were declared.\n\n"
        "President Ola Deng of South Sudan sent Interior Minister Ruben Akol, who was received by Mr Okello "
        "at State House on Wednesday.\n"
    )
    found = contacts(x)
    assert ("message", ["Jon Tari"], ["Tomas Okello"]) in found
    assert ("meeting", ["Tomas Okello"], ["Ruben Akol"]) in found


def test_calling_for_something_is_no_call_and_a_first_visit_since_a_date_is_news() -> None:
    """In a report of a call, "X called for the partnership to be given new momentum" urges and
    phones no one; "Y, who arrived in Z on Wednesday for her first visit since taking office in
    October": a visit of this week, the month dating only the taking of office."""
    x = _extract(
        "President Ana Lima of Peru held talks with President Jon Tari of Chile on Thursday. According to the "
        'readout, Tari said the two countries should be "partners who trust each other," and called for the '
        "all-round partnership to be given new momentum. Lima had spoken by phone with President Rui Sousa of "
        "Portugal on Monday.\n"
    )
    assert [c for c in contacts(x) if c[0] == "phone_call"] == [("phone_call", ["Ana Lima"], ["Rui Sousa"])]
    x = _extract(
        "WASHINGTON, March 19 - President Ola Berg of Norway on Thursday welcomed Prime Minister Ana Lima of "
        "Peru to his office. Lima, who arrived in Oslo on Wednesday for her first visit since taking office in "
        "October, thanked Berg for the warm hospitality.\n"
    )
    assert ("visit", ["Ana Lima"], ["Norway"]) in contacts(x)


def test_the_sovereign_is_the_reigning_monarch_not_a_ruler_named_since() -> None:
    """In a round-up of messages to King X, "the Sovereign received a phone call from Y" after a
    cable from a ruling sheikh: X's call."""
    x = _extract(
        "RABAT, Feb 12 - Messages of condolence continued to reach His Majesty King Omar V of Morocco following "
        "the floods. Vice President and Ruler of Dubai Sheikh Rashid bin Saeed Al Maktoum also addressed a "
        "cable to the King. On Wednesday, the Sovereign received a phone call from the Emir of Qatar, Sheikh "
        "Tamim bin Hamad Al Thani. President Ana Lima of Peru and President Jon Tari of Chile likewise sent "
        "messages of condolence.\n"
    )
    found = contacts(x)
    assert ("phone_call", ["Tamim bin Hamad Al Thani"], ["Omar"]) in found
    assert ("message", ["Ana Lima"], ["Omar"]) in found


def test_envoys_named_after_their_states_credentials_were_received() -> None:
    """Credentials received from "the ambassadors of A and B", the envoys named in the next sentence
    ("X of A and Y of B"): the audiences are with X and Y, who hold the post, and "the A ambassador"
    is X after."""
    x = _extract(
        "Lima - President Ana Lima on Tuesday received letters of credence from the ambassadors of Japan and "
        "Poland. The envoys who presented their credentials were Kenji Sato of Japan and Marta Nowak of Poland. "
        "Receiving the Japanese ambassador, the President praised the new rail link.\n"
    )
    met = sorted(r.label for c in x.communications if c.kind == "meeting" for r in c.recipients)
    assert set(met) == {"Kenji Sato", "Marta Nowak"}, met
    held = {(str(p.person).rsplit("/", 1)[-1], p.title, p.of.label if p.of else None) for p in x.posts}
    assert ("kenji-sato", "Ambassador", "Japan") in held, held
    assert [(a.act, a.addressee.label if a.addressee else None) for a in x.acts] == [("praise", "Kenji Sato")]


def test_envoys_listed_with_their_states_official_names_after_a_comma() -> None:
    """ "Presenting their credentials were X, of the Federative Republic of Brazil; Y, of the
    People's Republic of China": X and Y in the audiences told with their states."""
    x = _extract(
        "The President of the Republic, Ana Lima, received this Thursday the letters of credence of the new "
        "ambassadors of Brazil and China. Presenting their credentials were Rui Sousa Lobo, of the Federative "
        "Republic of Brazil; and Wang Lei, of the People's Republic of China.\n"
    )
    met = sorted(r.label for c in x.communications if c.kind == "meeting" for r in c.recipients)
    assert met == ["Rui Sousa Lobo", "Wang Lei"], met


def test_a_past_perfect_dated_this_week_before_or_after_is_told_not_recalled() -> None:
    """ "On Wednesday, the President had already received X": a contact of this week, told in
    the past perfect in a report of two days; "had already met" with no day is recalled."""
    x = _extract(
        "President Ana Lima met the press on Thursday. On Wednesday, the President had already received in "
        "audience the Fijian Minister of Foreign Affairs, Tom Reid.\n"
    )
    assert ("meeting", ["Ana Lima"], ["Tom Reid"]) in contacts(x)
    x = _extract("President Ana Lima had already met the Fijian Minister of Foreign Affairs, Tom Reid.\n")
    assert contacts(x) == []


def test_a_past_perfect_earlier_in_the_day_is_told_not_recalled() -> None:
    """ "Earlier in the day, X had met Y": the past perfect of a report's own day, as a report
    tells the morning after the afternoon; the same clause dated in March is recalled."""
    x = _extract(
        "Foreign Minister Rui Costa received the press in the afternoon. Earlier in the day, Costa had held "
        "a working meeting with his Fijian counterpart, Tom Reid.\n"
    )
    assert ("meeting", ["Rui Costa"], ["Tom Reid"]) in contacts(x)
    x = _extract(
        "Foreign Minister Rui Costa received the press in the afternoon. In March, Costa had held "
        "a working meeting with his Fijian counterpart, Tom Reid.\n"
    )
    assert ("meeting", ["Rui Costa"], ["Tom Reid"]) not in contacts(x)


def test_a_visit_an_invitation_is_for_is_no_visit() -> None:
    """ "the letter contained an invitation for X to pay a state visit to Y": a visit to come. (A
    real leader's name: with it the parser reads "for X to pay" as a clause on the invitation.)"""
    x = _extract(
        "The Angolan minister told the press that the letter contained an invitation for Daniel Chapo to pay a "
        "state visit to Angola in the second half of the year.\n"
    )
    assert [c.kind for c in x.communications if c.kind == "visit"] == []


def test_heads_of_mission_named_after_they_presented_their_credentials() -> None:
    """ "Four new heads of mission presented their letters of credence to X ... The incoming
    diplomats are Ambassador A of ... and Ambassador B of ...": an audience of each with X, as
    for "four new ambassadors"."""
    x = _extract(
        "Four new heads of mission presented their letters of credence to the Governor-General, Dame Ana Lima, "
        "at Government House on Wednesday. The incoming diplomats are Ambassador Tom Reid of Fiji and "
        "Ambassador Jon Tari of Kenya.\n"
    )
    assert contacts(x) == [("meeting", ["Tom Reid"], ["Ana Lima"]), ("meeting", ["Jon Tari"], ["Ana Lima"])]


def test_a_name_the_parser_left_outside_its_preposition() -> None:
    """ "paid a courtesy call on Prime Minister Hon. X" in a clause after a place: the parser
    hangs X on the sentence's verb and leaves "on" empty; X is whom the call was on. (Belize's
    prime minister by name: the parse this reads is the one his name brings.)"""
    x = _extract(
        "Ambassador Ana Ruiz went to the Edney Cain Building, where she paid a courtesy call on Prime Minister "
        "Hon. John Briceño later that day.\n"
    )
    assert [(c.kind, [e.label for e in c.senders]) for c in x.communications] == [("meeting", ["Ana Ruiz"])]
    assert len(x.communications[0].recipients) == 1 and "Brice" in x.communications[0].recipients[0].label


def test_the_envoy_named_after_an_audience_with_the_state_alone() -> None:
    """ "received a special envoy of Fiji's President X ... The envoy, Y, ... He met Z at State
    House": the audience is Y's, one, not one with Fiji beside another with Y."""
    x = _extract(
        "President Ana Lima on Tuesday received a special envoy of Fiji's President Tom Reid, who delivered a "
        "letter congratulating her on her victory.\n\nThe envoy, Jon Tari, is Fiji's Minister in the Office of "
        "the President. He met Lima at State House in the presence of Foreign Minister Rui Sousa.\n"
    )
    assert [c for c in contacts(x) if c[0] == "meeting"] == [("meeting", ["Ana Lima"], ["Jon Tari"])]


def test_messages_from_her_peers_make_a_round_up_whose_receiver_is_each_ones_counterpart() -> None:
    """ "X received a stream of messages from her peers": a round-up to X (peers are no party);
    after another sender's letter, "Y congratulated his counterpart" is Y's message to X."""
    x = _extract(
        "President Ana Lima received a stream of messages from her peers. President Tom Reid of Fiji sent a "
        "letter of congratulations. In his own message, President Jon Tari of Kenya congratulated his "
        "counterpart on the anniversary.\n"
    )
    assert contacts(x) == [("letter", ["Tom Reid"], ["Ana Lima"]), ("message", ["Jon Tari"], ["Ana Lima"])]


def test_a_meeting_requested_by_one_side_was_held() -> None:
    """ "X's meeting with Y was requested by the Chilean side": held, at Chile's request (its
    side first); "a meeting was requested" alone stays a plan."""
    x = _extract(
        "Foreign Minister Tom Reid of Fiji met Foreign Minister Jon Tari of Kenya on Tuesday. Reid's meeting with "
        "Foreign Minister Rui Sousa of Chile was requested by the Chilean side.\n"
    )
    assert ("meeting", ["Rui Sousa"], ["Tom Reid"]) in contacts(x)
    x = _extract("Foreign Minister Tom Reid of Fiji requested a meeting with Foreign Minister Rui Sousa of Chile.\n")
    assert contacts(x) == []


def test_a_states_name_of_several_words_ends_no_persons_name() -> None:
    x = _extract(
        "Wellington, May 4 - New Zealand Prime Minister Tom Reid spoke by telephone with Fijian Prime Minister "
        "Sitiveni Rabuka on Monday. "
        "Reid told Rabuka New Zealand was ready to provide whatever help Fiji needed.\n"
    )
    people = {e.label for c in x.communications for e in c.senders + c.recipients}
    assert people == {"Tom Reid", "Sitiveni Rabuka"}, people
    assert [(a.act, a.agent.label) for a in x.acts] == [("support", "Tom Reid")]


def test_a_call_that_came_from_a_leader_is_a_call_to_the_host() -> None:
    """A round-up of calls ("The first call came from X, with the two leaders exchanging
    congratulations"): a call from X to the host, and congratulations both ways between the two
    leaders, not with the spokesman who told of them."""
    x = _extract(
        "Lima, March 19 - Peruvian President Rosa Vela received phone calls from several leaders on Thursday, "
        "presidential spokesman Rui Costa said. The first call came from King Harald V of Norway, with the two leaders "
        "exchanging congratulations on the occasion. A second call came from President Jon Tari of Chile, who "
        "congratulated her on the holiday.\n"
    )
    calls = sorted((c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications)
    assert calls == [("phone_call", "Harald V", "Rosa Vela"), ("phone_call", "Jon Tari", "Rosa Vela")], calls
    acts = sorted((a.act, a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts)
    assert ("congratulate", "Harald V", "Rosa Vela") in acts, acts
    assert ("congratulate", "Rosa Vela", "Harald V") in acts, acts
    assert ("congratulate", "Jon Tari", "Rosa Vela") in acts, acts
    assert not any("Rui Costa" in (a, b) for _, a, b in acts), acts


def test_envoys_named_by_their_states_after_the_ceremony() -> None:
    """Credentials received from "the new ambassadors of A and B", then "The B envoy, X, and A's Y
    also presented their papers": the audiences are with X and Y."""
    x = _extract(
        "Lima, May 4 - President Rosa Vela received letters of credence from the new ambassadors of Japan and "
        "Switzerland on Thursday. The Swiss envoy, Annette Brunner-Keller, and Japan's Kenji Morimoto also "
        "presented their papers.\n"
    )
    met = {r.label for c in x.communications if c.kind == "meeting" for r in c.recipients}
    assert met == {"Annette Brunner-Keller", "Kenji Morimoto"}, met


def test_a_sentence_runs_on_past_rt_hon() -> None:
    """ "held a meeting with Rt. Hon. X, Prime Minister of Y": the stop of "Rt." ends no sentence."""
    x = _extract(
        "Suva, May 4 - Prime Minister Tom Reid held a bilateral meeting on Monday with Rt. Hon. Jon Tari, "
        "Prime Minister of Tonga.\n"
    )
    met = [(c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications]
    assert met == [("meeting", "Tom Reid", "Jon Tari")], met


def test_a_letter_handed_over_by_a_visitor_goes_to_whom_they_met() -> None:
    """A minister on a visit to a state is received by its leader and hands over a letter: the
    letter is to the leader, not to the state visited nor to the state the invitation is for."""
    x = _extract(
        "Suva, May 4 - Prime Minister Tom Reid on Monday received a courtesy call from Chilean Foreign Minister "
        "Ana Ruiz, who is in Fiji on a two-day official visit. Ruiz handed over a letter from Chilean President "
        "Jon Tari inviting Reid to make an official visit to Chile later this year.\n"
    )
    letters = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"]
    assert letters == [("Jon Tari", "Tom Reid")], letters


def test_a_state_visit_the_letter_invites_to_is_not_its_recipient() -> None:
    x = _extract(
        "Suva, May 4 - President Tom Reid on Monday received the Ambassador of Chile, Ms Ana Ruiz. "
        "Ambassador Ruiz handed over a letter from President Jon Tari inviting President Reid to undertake a "
        "State Visit to Chile.\n"
    )
    letters = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"]
    assert letters == [("Jon Tari", "Tom Reid")], letters


def test_hosted_at_a_named_building_is_a_meeting_in_either_voice() -> None:
    for text in (
        "Suva, May 4 - Chilean Foreign Minister Ana Ruiz was hosted by President Tom Reid at the Government "
        "building on Tuesday.\n",
        "Suva, May 4 - President Tom Reid hosted Chilean Foreign Minister Ana Ruiz at the Government building "
        "on Tuesday.\n",
    ):
        met = [(c.kind, c.senders[0].label, c.recipients[0].label) for c in _extract(text).communications]
        assert met == [("meeting", "Tom Reid", "Ana Ruiz")], (text, met)
    x = _extract("Suva, May 4 - President Tom Reid hosted the Pacific summit at the Government building on Tuesday.\n")
    assert x.communications == [], x.communications


def test_a_session_co_chaired_by_two_ministers_is_their_talks() -> None:
    """A participle with its agent and no subject ("the session of the Joint Commission,
    co-chaired by X and Y"): talks of the two co-chairs, however the parser hung the second."""
    x = _extract(
        "Suva, May 4 - The decision was taken at the fifth session of the Fiji-Chile Joint Commission, co-chaired "
        "in the capital by Trade and Tourism Minister Tom Reid and Chile's Minister for Trade and Industry Ana "
        "Ruiz.\n"
    )
    talks = [(c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications]
    assert talks == [("talks", "Tom Reid", "Ana Ruiz")], talks


def test_a_letter_handed_to_a_named_person_is_theirs_whatever_follows() -> None:
    """ "X handed President Y a letter from Z, on a tour that also took him to W": Y, the one
    handed it, not the place named after a later "to"."""
    x = _extract(
        "Beirut, May 4 - Badr Abdelatty on Tuesday handed President Joseph Aoun a letter from President Abdel "
        "Fattah al-Sisi, on a tour of the capital that also took him to Ain el-Tineh and the Grand Serail.\n"
    )
    letters = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"]
    assert letters == [("Abdel Fattah al-Sisi", "Joseph Aoun")], letters


def test_a_message_handed_over_during_the_meeting_is_the_writers() -> None:
    """ "During the meeting, the envoy handed over a message from X to Y, wishing ...": a message
    from X to Y (the meeting is no medium of it), and the wish is X's."""
    x = _extract(
        "Suva, May 4 - Chilean Ambassador Ana Ruiz paid a courtesy call on Prime Minister Tom Reid on Tuesday. "
        "During the meeting, the envoy handed over a message from Chilean President Jon Tari to Reid, wishing the "
        "people of Fiji a peaceful election.\n"
    )
    comms = sorted((c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications)
    assert comms == [("meeting", "Ana Ruiz", "Tom Reid"), ("message", "Jon Tari", "Tom Reid")], comms
    wishes = [(a.agent.label, a.addressee.label if a.addressee else None) for a in x.acts if a.act == "wish"]
    assert wishes == [("Jon Tari", "Fiji")], wishes


def test_a_message_handed_to_an_aide_for_the_king_is_the_kings() -> None:
    """ "X handed Y a written message from Z to King W": W's, not Y's who took it."""
    x = _extract(
        "Rabat, May 4 - During the talks, Foreign Minister Ana Ruiz handed Foreign Minister Tom Reid a written "
        "message from President Jon Tari to King Mohammed VI.\n"
    )
    messages = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "message"]
    assert messages == [("Jon Tari", "Mohammed VI")], messages


def test_the_bearer_of_a_written_message_hands_it_to_the_host() -> None:
    """ "received the Minister Y, bearer of a written message from his brother, the President of
    Z, X": X's message to the host; "Y was the bearer of a letter from X" too."""
    x = _extract(
        "Suva, May 4 - The President of the Republic, Mr. Tom Reid, received on Sunday at the seat of the "
        "Presidency the Chilean Minister of Foreign Affairs, Mrs. Ana Ruiz, bearer of a written message from his "
        "brother, the President of Chile, Mr. Jon Tari.\n"
    )
    comms = sorted((c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications)
    assert comms == [("meeting", "Tom Reid", "Ana Ruiz"), ("message", "Jon Tari", "Tom Reid")], comms
    x = _extract(
        "Suva, May 4 - President Tom Reid on Tuesday received Chilean Foreign Minister Ana Ruiz. The Chilean "
        "minister was the bearer of a letter from President Jon Tari.\n"
    )
    letters = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "letter"]
    assert letters == [("Jon Tari", "Tom Reid")], letters


def test_a_guest_named_after_the_day_and_place_of_the_audience() -> None:
    """The order of reports translated from French and Portuguese: "The President of the
    Republic, X, received on Thursday, in Y, the member of ... and minister of Foreign Affairs,
    Z" (the parser reads the guest as the place's apposition, and may leave no verb)."""
    for text, met_ in (
        (
            "The President of the Republic, João Lourenço, received on Thursday, in Luanda, the member of the "
            "Political Bureau and minister of Foreign Affairs of China, Wang Yi, who is on a visit to Angola.\n",
            [("João Lourenço", "Wang Yi")],
        ),
        (
            "The President of the Republic, Mr. Tom Reid, received on Sunday at the seat of the Presidency the "
            "Chilean Minister of Foreign Affairs, Mrs. Ana Ruiz, the Presidency said in a statement.\n",
            [("Tom Reid", "Ana Ruiz")],
        ),
    ):
        x = _extract(text)
        met = [(c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "meeting"]
        assert met == met_, (text, met)
    x = _extract(
        "Suva, May 4 - President Tom Reid received on Sunday a phone call from Chilean Foreign Minister Ana Ruiz, "
        "the ministry said.\n"
    )
    assert [c.kind for c in x.communications] == ["phone_call"], x.communications


def test_a_leader_named_with_more_names_than_the_reference_data_gives_is_that_leader() -> None:
    """ "Félix Antoine Tshisekedi Tshilombo" in the body and "Félix Tshisekedi" in the headline:
    one person, the one the reference data knows, given name and surname in order."""
    x = _extract(
        "Tshisekedi receives Angolan envoy\n\nKinshasa, May 4 - President Félix Antoine Tshisekedi Tshilombo "
        "received the Angolan Minister of External Relations, Téte António, on Monday. Félix Tshisekedi thanked "
        "him for Angola's support.\n"
    )
    people = {e.iri for c in x.communications for e in c.senders + c.recipients} | {a.agent.iri for a in x.acts}
    assert len(people) == 2, people
    assert any(str(i).endswith("/felix-tshisekedi") for i in people), people


def test_a_dateline_with_a_particle_in_the_place_and_a_name_joined_by_e() -> None:
    """ "Cidade da Praia, 26 Feb (Inforpress) – The President ... received ...": the dateline is
    no part of the sentence; "Ulisses Correia e Silva" is one name."""
    x = _extract(
        "Cidade da Praia, 26 Feb (Inforpress) – The President of the Republic, Tom Reid, received on Wednesday "
        "at the Palácio do Plateau the letters of credence of the new ambassadors of Chile and Fiji, with whom "
        "he discussed cooperation. Also on Wednesday, Prime Minister Ulisses Correia e Silva held a telephone "
        "conversation with his Portuguese counterpart, Luís Montenegro.\n"
    )
    comms = sorted((c.kind, c.senders[0].label, tuple(e.label for e in c.recipients)) for c in x.communications)
    assert comms == [
        ("meeting", "Tom Reid", ("Chile", "Fiji")),
        ("phone_call", "Ulisses Correia e Silva", ("Luís Montenegro",)),
    ], comms


def test_credentials_received_after_the_place_and_envoys_named_next() -> None:
    """ "received in turn at the Palais du Peuple the letters of credence of three new
    ambassadors extraordinary and plenipotentiary ...", the parser hanging the object on the
    place: an audience with each envoy the next sentence names."""
    x = _extract(
        "Suva, May 4 - The President of the Republic, Tom Reid, on Tuesday received in turn at the Palais du "
        "Peuple the letters of credence of three new ambassadors extraordinary and plenipotentiary accredited to "
        "Fiji. The new diplomats are Mr Mehmet Arslan of Turkey, Ms Helena Quintas Domingos of Angola and Mr "
        "Kenji Watanabe of Japan.\n"
    )
    met = sorted((c.senders[0].label, c.recipients[0].label) for c in x.communications if c.kind == "meeting")
    assert met == [
        ("Tom Reid", "Helena Quintas Domingos"),
        ("Tom Reid", "Kenji Watanabe"),
        ("Tom Reid", "Mehmet Arslan"),
    ], met


def test_a_counterpart_named_only_later_is_that_person_once_titled() -> None:
    """ "Premier X held talks with his Kazakh counterpart ..." and the counterpart's name and
    post only in the next sentence ("Kazakh Prime Minister Y arrived ..."): the talks are
    with Y, who holds the post by its own name (a premier and a prime minister are
    counterparts), not also "Premier of Kazakhstan"."""
    x = _extract(
        "Premier Tom Reid of Portugal on Tuesday held talks with his Kazakh counterpart in Lisbon, and the two "
        "sides agreed to expand trade. Kazakh Prime Minister Jon Tari arrived in Lisbon on Monday for a "
        "three-day official visit.\n"
    )
    assert ("talks", ["Tom Reid"], ["Jon Tari"]) in contacts(x), contacts(x)
    tari = [(p.title, p.of.label if p.of else None) for p in x.posts if p.person.endswith("/jon-tari")]
    assert tari == [("Prime Minister", "Kazakhstan")], tari


def test_a_contact_restated_as_what_it_was_is_no_contact_of_its_own() -> None:
    """ "It was the first face-to-face meeting between the two leaders since Y took office on
    Oct. 21": the talks just told, described again; no meeting dated the day Y took office."""
    x = _extract(
        "President Tom Reid and Prime Minister Ana Lima of Portugal held talks in Lisbon on Thursday. It was the "
        "first face-to-face meeting between the two leaders since Lima took office on Oct. 21. This was their "
        "second meeting this year.\n"
    )
    assert contacts(x) == [("talks", ["Tom Reid"], ["Ana Lima"])], contacts(x)


def test_talks_told_as_the_time_of_a_meeting_are_not_its_kind() -> None:
    """ "After the talks, X met Y": the talks told before are when X met Y, a meeting; Y's talks
    are not with X."""
    x = _extract(
        "Prime Minister Tom Reid of Portugal held talks with Prime Minister Ana Lima of Spain on Monday. After the "
        "talks, Reid met Spanish President Jon Tari, who wished the Portuguese government success.\n"
    )
    assert contacts(x) == [("talks", ["Tom Reid"], ["Ana Lima"]), ("meeting", ["Tom Reid"], ["Jon Tari"])], contacts(x)


def test_a_visit_dated_before_the_report_at_the_head_of_its_sentence_is_recalled() -> None:
    """ "In November 2024, X paid a state visit to Y": the date opens the sentence with a capital;
    the visit is recalled, as "X paid a state visit to Y in November 2024" is."""
    x = _extract(
        "President Ana Lima of Peru spoke with President Jon Tari of Chile by phone. In November 2024, Lima "
        "paid a state visit to Santiago, her first since taking office."
    )
    assert contacts(x) == [("phone_call", ["Ana Lima"], ["Jon Tari"])]


def test_credentials_of_a_counted_few_named_one_a_sentence() -> None:
    """ "received the credentials of four new ambassadors", then one envoy a sentence ("The first
    to present his credentials was the Ambassador of A, X", "The Ambassador of B, Y, said ..."):
    an audience with each of the four, however the sentence opens, and none with a fifth person
    named after the count is reached."""
    x = _extract(
        "President Ana Lima on Tuesday received the credentials of four new ambassadors accredited to Peru.\n\n"
        "The first to present his credentials was the Ambassador of the Kingdom of Morocco, Karim Benali. "
        "He conveyed greetings.\n\n"
        "The Ambassador of the Republic of Turkiye, Selin Aydin, said trade had tripled.\n\n"
        "Japan's new Ambassador, Kenji Sato, praised the Peruvian authorities.\n\n"
        "The last to be received, the Ambassador of Ghana, Kwame Mensah, handed the President a letter.\n\n"
        "Minister Rui Sousa later met the press.\n"
    )
    met = [
        r
        for kind, senders, recipients in contacts(x)
        if kind == "meeting" and senders == ["Ana Lima"]
        for r in recipients
    ]
    assert met == ["Karim Benali", "Selin Aydin", "Kenji Sato", "Kwame Mensah"]


def test_a_rank_before_a_name_is_a_style_and_no_part_of_it() -> None:
    """ "the President of the Republic, Army General X", "General Y" : X and Y are the people,
    the rank a style; "the UNESCO General Conference" and "the General Commander of the force"
    are no rank before a name."""
    x = _extract(
        "The President of the Republic, Army General Rui Sousa, on Tuesday received General Tom Reid, "
        "commander of the regional force, at the palace. They discussed the UNESCO General Conference.\n"
    )
    assert contacts(x) == [("meeting", ["Rui Sousa"], ["Tom Reid"])]
    assert {p.person.rsplit("/", 1)[-1] for p in x.posts} <= {"rui-sousa", "tom-reid"}


def test_messages_exchanged_in_the_passive_by_several_pairs() -> None:
    """ "Similar messages were exchanged by A and B; by C and his counterpart D; and by E and F":
    each pair's messages, one each way (the parser hangs the later "by" phrases on the first)."""
    x = _extract(
        "Similar messages were exchanged by Peruvian President Ana Lima and Chilean President Jon Tari; by "
        "Prime Minister Rui Sousa and his Chilean counterpart Tom Reid; and by the Speaker of the Congress of "
        "Peru, Rui Costa, and the President of Chile's Senate, Luis Campos.\n"
    )
    assert contacts(x) == [
        ("message", ["Ana Lima"], ["Jon Tari"]),
        ("message", ["Jon Tari"], ["Ana Lima"]),
        ("message", ["Rui Sousa"], ["Tom Reid"]),
        ("message", ["Tom Reid"], ["Rui Sousa"]),
        ("message", ["Rui Costa"], ["Luis Campos"]),
        ("message", ["Luis Campos"], ["Rui Costa"]),
    ]


def test_each_after_a_pair_of_subjects_leaves_them_the_senders() -> None:
    """ "X, ..., and Y, ..., each addressed a message to Z": the parser makes "each" a second subject
    of the verb; X and Y send, one message each."""
    x = _extract(
        "President Rui Costa of Peru spoke to the press. The President of the African Union Commission, Rui Sousa, "
        "and the President of the Gambia, Jon Tari, each addressed a message to President Costa.\n"
    )
    assert ("message", ["Rui Sousa"], ["Rui Costa"]) in contacts(x)
    assert ("message", ["Jon Tari"], ["Rui Costa"]) in contacts(x)


def test_a_meeting_during_which_a_passive_verbs_agent_acted_is_the_agents() -> None:
    """ "The letter was handed over ... by X during a meeting with Y": X met Y (the passive's
    subject is the letter, and its agent the one who met)."""
    x = _extract(
        "President Ana Lima of Peru wrote to President Jon Tari of Chile. The letter was handed over in "
        "Santiago on Monday by special envoy Rui Sousa during a meeting with Foreign Minister Tom Reid of Chile.\n"
    )
    assert ("meeting", ["Rui Sousa"], ["Tom Reid"]) in contacts(x)


def test_a_states_head_of_state_is_not_its_minister_named_last() -> None:
    """ "a letter from the Peruvian head of state", after Peru's president and then its foreign
    minister were named: the president's letter, not the minister's who carried it."""
    x = _extract(
        "President Ana Lima of Peru spoke on Sunday. Foreign Minister Tom Reid of Peru arrived in Santiago on "
        "Monday. He called on President Rui Costa of Chile and handed over a letter from the Peruvian head of "
        "state inviting Costa to visit Lima.\n"
    )
    assert ("letter", ["Ana Lima"], ["Rui Costa"]) in contacts(x)
    assert not [c for c in contacts(x) if c[0] == "letter" and c[1] == ["Tom Reid"]]


def test_the_envoy_is_whom_the_audience_received() -> None:
    """ "X received Y ... The envoy delivered a message from Z": Y is the envoy, though the text
    gives Y no envoy's post, and the message goes to X."""
    x = _extract(
        "President Rui Costa of Chile on Wednesday received in audience Peru's Minister for Foreign Affairs, "
        "Tom Reid, who came on behalf of President Ana Lima of Peru.\n\n"
        "The envoy delivered a message from the Peruvian Head of State.\n"
    )
    assert ("message", ["Ana Lima"], ["Rui Costa"]) in contacts(x)
    assert not [c for c in contacts(x) if c[0] == "message" and "Tom Reid" in c[2]]


def test_a_message_addressed_to_one_by_another_is_the_others() -> None:
    """ "X handed Y a written message addressed to Z by W": W's message to Z (the participle's
    agent wrote it; X carried it, Y took it)."""
    x = _extract(
        "Foreign Minister Tom Reid of Peru held talks in Santiago with Foreign Minister Rui Sousa of Chile. "
        "Reid handed Sousa a written message addressed to President Rui Costa by President Ana Lima.\n"
    )
    assert ("message", ["Ana Lima"], ["Rui Costa"]) in contacts(x)
    assert not [c for c in contacts(x) if c[0] == "message" and c[1] == ["Tom Reid"]]


def test_a_delegation_led_by_one_whom_the_parser_hung_on_its_state() -> None:
    """ "received a delegation from the United Arab Emirates led by X": X's meeting, though the
    parser hangs "led" on the state's name."""
    x = _extract(
        "President Rui Costa of Chile received on Tuesday a delegation from the United Arab Emirates led by Tom Reid.\n"
    )
    assert contacts(x) == [("meeting", ["Rui Costa"], ["Tom Reid"])]


def test_the_head_of_state_is_not_the_minister_the_report_opened_with() -> None:
    """A lead that names a minister of state before anyone else, then "The President of the
    Republic, Head of State and Head of Government, X, received ...": "Head of State" is X's post
    in apposition, not the minister."""
    x = _extract(
        "Received on Tuesday at the palace, Minister of State Tom Reid handed the President of the Republic a "
        "message.\n\nThe President of the Republic, Head of State and Head of Government, Rui Costa, received on "
        "Tuesday a delegation from Peru led by Tom Reid, Minister of State of Peru.\n"
    )
    assert ("meeting", ["Rui Costa"], ["Tom Reid"]) in contacts(x)


def test_also_sent_congratulations_go_to_whom_the_last_message_went() -> None:
    """ "X and Y have also sent their congratulations", right after a message to Z: a message
    each to Z; not so where no message came just before."""
    x = _extract(
        "President Rui Costa of Peru was sworn in on Monday. President Tom Reid of Chile sent a message of "
        "congratulations to President Costa. Several heads of state, including Bolivian President Jon Tari and "
        "Ecuadorian President Ana Lima, have also sent their congratulations.\n"
    )
    assert ("message", ["Jon Tari"], ["Rui Costa"]) in contacts(x)
    assert ("message", ["Ana Lima"], ["Rui Costa"]) in contacts(x)
    x = _extract(
        "President Rui Costa of Peru met President Tom Reid of Chile on Monday. Bolivian President Jon Tari "
        "also sent his congratulations.\n"
    )
    assert [c for c in contacts(x) if c[0] == "message"] == []


def test_a_call_made_at_the_request_of_a_seat_of_government() -> None:
    """ "The call was made at the request of Downing Street" (of "the Kremlin"): the British (the
    Russian) party began it, though named second."""
    x = _extract(
        "Prime Minister Rui Costa of Peru held a telephone conversation on Monday with Prime Minister Keir "
        "Starmer of the United Kingdom. The call was made at the request of Downing Street.\n"
    )
    assert contacts(x) == [("phone_call", ["Keir Starmer"], ["Rui Costa"])]
    x = _extract(
        "President Rui Costa of Peru held a telephone conversation on Monday with President Vladimir Putin "
        "at the request of the Kremlin.\n"
    )
    assert contacts(x) == [("phone_call", ["Vladimir Putin"], ["Rui Costa"])]


def test_years_after_a_past_event_recalls_unless_a_day_of_this_week_dates_it() -> None:
    """ "Two weeks after the summit, X received Y" tells of a later time than the news; "On
    Wednesday, exactly 35 years after the treaty was signed, X received Y" is the news."""
    x = _extract(
        "On Wednesday, exactly 35 years after the treaty was signed in Lima, President Rui Costa of Peru "
        "received President Tom Reid of Chile.\n"
    )
    assert contacts(x) == [("meeting", ["Rui Costa"], ["Tom Reid"])]
    x = _extract("Two weeks after the summit, President Rui Costa of Peru received President Tom Reid of Chile.\n")
    assert contacts(x) == []


def test_a_contact_takes_the_day_of_its_own_clause_not_of_a_clause_hung_on_it() -> None:
    """ "X arrived on Thursday evening; on Friday he was received by Y": the parser hangs the
    arrival on the reception as a complement; the reception is Friday's."""
    x = extract(
        parse_report(
            "case",
            "url: composed\ndate: 2025-12-06\n\nPresident Rui Costa of Peru arrived in Santiago on Thursday "
            "evening for a state visit; on Friday he was also received by President Tom Reid of Chile.\n",
        )
    )
    met = [c for c in x.communications if c.kind == "meeting"]
    assert [c.date for c in met] == [date(2025, 12, 5)]


def test_a_second_clause_that_leaves_out_its_verb_is_a_contact_of_its_own_day() -> None:
    x = _extract(
        "DAVOS, 21 May 2025 - Swiss President Rui Costa used the forum to push for closer trade ties. On "
        "Tuesday he met Indian Minister Tom Reid, and on Wednesday Chinese Vice-Premier Ana Lima."
    )
    met = {(c.kind, c.recipients[0].label): c.date for c in x.communications}
    assert met == {("meeting", "Tom Reid"): date(2025, 5, 27), ("meeting", "Ana Lima"): date(2025, 5, 28)}


def test_the_message_of_someone_among_the_first_to_arrive() -> None:
    """ "Among the first to arrive was the message of X, who congratulated ...": X's message, to
    the round-up's receiver (the copula carries nothing, as "conveyed" would)."""
    x = _extract(
        "BANGUI, 2 June. President Ana Lima has received a large number of messages of congratulation from "
        "Heads of State. Among the first to arrive was the message of the President of the Republic of Peru, "
        "Jon Tari, who congratulated his Central African counterpart on the national holiday.\n"
    )
    assert ("message", ["Jon Tari"], ["Ana Lima"]) in contacts(x)


def test_messages_sent_in_the_passive_by_pairs() -> None:
    """ "Similar messages were sent by A to B and by C and D to E": each sender's to the one named
    after it, though the parser hangs the second "by" on the first "to"."""
    x = _extract(
        "LIMA, 2 June. King Jon Tari of Spain sent a message to President Ana Lima. Similar messages were sent "
        "by Prime Minister Rui Costa of Spain to Prime Minister Tom Reid and by President of the Senate Eli "
        "Roko and Speaker Rosa Quispe to Speaker Luis Campos.\n"
    )
    assert contacts(x)[1:] == [
        ("message", ["Rui Costa"], ["Tom Reid"]),
        ("message", ["Eli Roko"], ["Luis Campos"]),
        ("message", ["Rosa Quispe"], ["Luis Campos"]),
    ]


def test_a_french_place_name_in_lower_case_does_not_break_the_sentence() -> None:
    """ "received at the Palais du peuple the letters of credence of ...": the parser reads "du
    peuple" as a name's words, not as a second verb the letters would be the object of."""
    x = _extract(
        "BRAZZAVILLE, 2 June. The President of the Republic, Ana Lima, received on 1 June at the Palais du "
        "peuple the letters of credence of the new Ambassadors Extraordinary and Plenipotentiary of Peru and "
        "Chile.\n"
    )
    assert contacts(x) == [("meeting", ["Ana Lima"], ["Peru", "Chile"])]


def test_a_meeting_one_is_to_hold_is_not_news() -> None:
    """ "On Friday he travels to Brussels, where he is to meet X": the future of "be to"."""
    x = _extract(
        "BERLIN, 2 June. Chancellor Ana Lima met President Jon Tari of France in Paris. On Friday, the "
        "Chancellor plans to travel to Brussels, where she is to meet NATO Secretary General Rui Costa.\n"
    )
    assert contacts(x) == [("meeting", ["Ana Lima"], ["Jon Tari"])]


def test_his_majesty_before_he_is_named_and_what_he_said_in_the_audience() -> None:
    """ "His Majesty expressed condolences ...", the King named only later: the one the report
    names who reigned that day; condolences "to the people of India" right after an audience
    with India's prime minister are said in that audience, no message of their own."""

    def _read(body: str) -> Extraction:
        return extract(parse_report("case", "url: composed\ndate: 2025-11-12\n\n" + body + "\n"))

    x = _read(
        "Prime Minister Narendra Modi began a state visit on Tuesday. His Majesty expressed deep condolences "
        "to the people of India for the lives lost.\n\nYesterday, His Majesty The King Jigme Khesar Namgyel "
        "Wangchuck and Prime Minister Modi opened a hydropower plant."
    )
    assert [a.agent.label for a in x.acts if a.act == "condole"] == ["Jigme Khesar Namgyel Wangchuck"]
    x = _read(
        "King Jigme Khesar Namgyel Wangchuck received Prime Minister Narendra Modi on Tuesday. He expressed "
        "deep condolences to the people of India for the lives lost."
    )
    assert contacts(x) == [("meeting", ["Jigme Khesar Namgyel Wangchuck"], ["Narendra Modi"])]
    assert [a.act for a in x.acts] == ["condole"]


def test_this_evening_dates_a_contact_on_the_day_of_a_dated_text() -> None:
    """ "was received this evening by President X": the day the text is dated, as "today"."""
    x = _extract(
        "REYKJAVIK, 2 June. Foreign Minister Jon Tari of Ukraine was received this evening by President Ana "
        "Lima of Iceland.\n"
    )
    assert [c.date for c in x.communications] == [date(2025, 6, 2)]


def test_messages_sent_by_one_and_by_another_are_one_from_each() -> None:
    """ "Congratulations were also sent by X, and by Z": one each, Z's too; not where Z has a
    clause of its own ("and by Z, who sent a message to W")."""
    told = "President Ana Lima received messages from Minister Rui Costa. Congratulations were also sent by Prime "
    told += "Minister Tom Reid, and by Premier Jon Tari"
    assert ("message", ["Jon Tari"], ["Ana Lima"]) in _read(told + ".")
    found = _read(told + ", who sent a congratulatory message to Prime Minister Mia Soto.")
    assert ("message", ["Jon Tari"], ["Ana Lima"]) not in found
    assert ("message", ["Jon Tari"], ["Mia Soto"]) in found


def test_a_round_ups_receiver_in_an_apposition_the_parser_hung_on_a_date() -> None:
    # "..., celebrated every 18 October, the President of the Commission, X, has received ... from
    # Heads of State": X receives the round-up, and who congratulates X sent a message (in a report
    # that tells a call too)
    read = _read(
        "Libreville, 18 October 2024 - On the occasion of the 41st anniversary of the Community, celebrated "
        "every 18 October, the President of the Community's Commission, Ambassador Rui Costa, has received a "
        "number of messages of congratulations from Heads of State and from the leaders of partner "
        "organisations.\n\nThe President of Angola, Tom Reid, congratulated President Costa on the anniversary "
        "and wished the Community peace.\n\nOn Thursday, the President of the Bank, Jon Tari, telephoned "
        "President Costa to convey his congratulations."
    )
    assert ("message", ["Tom Reid"], ["Rui Costa"]) in read


def test_a_fronted_from_phrase_is_not_whom_the_messages_came_from() -> None:
    # "From the region, messages arrived from X": X's message, not the region's
    read = _read(
        "Lima, 12 October 2025 - President Ana Lima has received many messages of congratulations.\n\n"
        "From the region, congratulatory messages arrived from the President of the Republic of Chile, "
        "Tom Reid; and the President of the Republic of Ecuador, Jon Tari."
    )
    assert ("message", ["Tom Reid"], ["Ana Lima"]) in read


def test_received_envoys_in_the_plural_are_an_audience_with_each_state() -> None:
    # "received the new ambassadors of A, B and C": one audience each, with the state where the
    # envoy is not named
    read = _read(
        "Lima, 10 December 2024 - Foreign Minister Rui Costa received the new ambassadors of Hungary, Chile "
        "and Ghana on Tuesday."
    )
    assert [r for k, s, r in read if k == "meeting" and s == ["Rui Costa"]] == [["Hungary"], ["Chile"], ["Ghana"]]


def test_greetings_passed_on_on_someones_behalf_are_no_message() -> None:
    # "passed on greetings on behalf of X to Y": X's greetings carried at a meeting, no message of
    # the messenger (the parser reads "on" of "passed on" as a preposition)
    read = _read(
        "Juba, 15 October 2024 - Minister Jon Tari received Kenya's Prime Cabinet Secretary Rui Costa. Mr. Costa "
        "passed on fraternal greetings on behalf of President Tom Reid of Kenya to President Ana Vidal of South "
        "Sudan."
    )
    assert [k for k, _, _ in read] == ["meeting"]


def test_thanks_among_the_messages_of_many_came_in_a_message() -> None:
    """In a round-up of messages to one receiver, thanks from one the report gives no contact is
    that sender's message, once the messages of the others (told by their congratulations and
    wishes alone) make it a round-up of many."""
    x = _extract(
        "Tehran, 28 November 2024 - On the occasion of the Day of the Organization, its Secretary General, Tom "
        "Reid, has received messages of felicitation from the foreign ministers of a number of member states.\n\n"
        "Minister Ana Lima of Chile congratulated the Secretary General on the anniversary.\n\n"
        "Minister Jon Tari of Peru wished the Secretary General every success in his work.\n\n"
        "Minister Rui Costa of Portugal expressed gratitude to the Secretary General for the support of the "
        "Secretariat.\n"
    )
    sent = {(c.kind, c.senders[0].label, c.recipients[0].label) for c in x.communications}
    assert ("message", "Rui Costa", "Tom Reid") in sent, sent


def test_a_message_to_a_states_brother_goes_to_its_leader_not_to_the_bearer() -> None:
    """ "The bearer of a message from President X to his Nigerien brother": to the Nigerien head of
    state the report names, not to the bearer, nor to a Nigerien minister named after."""
    x = _extract(
        "Niamey, July 16 - The President of the Republic, Head of State, General Tom Reid, received on Tuesday a "
        "Togolese delegation led by Rui Costa, Minister of Foreign Affairs, special envoy of the President of the "
        "Council of Ministers of Togo, Ana Lima.\n\n"
        "The Togolese minister was the bearer of a message from President Lima to his Nigerien brother.\n\n"
        "Earlier in the day, Costa held talks with his Nigerien counterpart, Jon Tari.\n"
    )
    messages = [c for c in x.communications if c.kind == "message"]
    assert [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in messages] == [
        (["Ana Lima"], ["Tom Reid"])
    ]


def test_a_message_received_on_someones_behalf_goes_to_them() -> None:
    """ "X received on behalf of President Y a written message from Z": Z's message to Y, whom X
    stood for; greetings passed on on someone's behalf stay no contact of the one passing them."""
    x = _extract(
        "Muscat, May 11 - Rui Costa, Minister of Foreign Affairs of Oman, today received on behalf of President "
        "Ana Lima of Oman a written message from Tom Reid, President of Kenya, on the relations between the two "
        "countries.\n\n"
        "Jon Tari, the Kenyan Ambassador, passed on greetings on behalf of President Reid to the people of Oman.\n"
    )
    assert [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications] == [
        (["Tom Reid"], ["Ana Lima"])
    ]


def test_a_federations_state_named_as_a_country_is_no_country() -> None:
    """ "the Governor of Niger State, X": a governor of a state of Nigeria, who receives the
    message, and whose post names the state; not the Republic of Niger."""
    x = _extract(
        "President Tom Reid of Ghana sent a message of condolence on Monday to the Governor of Niger State, "
        "Jon Tari, over the floods.\n"
    )
    assert [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications] == [
        (["Tom Reid"], ["Jon Tari"])
    ]
    assert "Governor of Niger State" in {p.title for p in x.posts}


def test_a_letter_from_a_states_head_of_government_is_from_its_prime_minister() -> None:
    """ "the Peruvian head of government" after "special envoy of Prime Minister X": X, not the
    envoy, the one person of Peru with a post (a head of government is no foreign minister)."""
    x = _extract(
        "Accra, 3 August 2025 - President Tom Reid received on Sunday the Peruvian Minister of Foreign Affairs, "
        "Mr. Jon Tari, special envoy of Prime Minister Ana Lima, who handed him a letter from the Peruvian "
        "head of government.\n"
    )
    letters = [([e.label for e in c.senders], [e.label for e in c.recipients]) for c in x.communications]
    assert (["Ana Lima"], ["Tom Reid"]) in letters


def test_his_reply_is_a_message_to_whoever_wrote_to_him() -> None:
    """ "In his reply, X thanked Y": X's message to the one whose letter X received last."""
    x = _extract(
        "Greek Prime Minister Tom Reid sent Bulgarian Prime Minister Ana Lima a letter on Tuesday in which he "
        "congratulated the Bulgarian people. In her reply, Lima thanked Reid for Greece's backing."
    )
    assert ("message", ["Ana Lima"], ["Tom Reid"]) in contacts(x)


def test_a_message_after_a_reply_goes_to_whom_the_round_up_came() -> None:
    """ "X also sent a message" after a letter to Y and Y's reply: to Y, not to the one Y answered."""
    x = _extract(
        "Greek Prime Minister Tom Reid sent Bulgarian Prime Minister Ana Lima a letter on Tuesday in which he "
        "congratulated the Bulgarian people. In her reply, "
        "Lima thanked Reid for Greece's backing.\n\nRomanian President Jon Tari also sent a message, wishing "
        "Bulgaria success."
    )
    assert ("message", ["Jon Tari"], ["Ana Lima"]) in contacts(x), contacts(x)
