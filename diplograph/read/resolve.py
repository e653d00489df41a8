"""Who a mention stands for, across one document: the people it names (with their fullest
name and their country), titles and descriptions, pronouns and pair phrases."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from datetime import date

from diplograph.read import described
from diplograph.read.gender import PRONOUNS, gender
from diplograph.read.holders import (
    by_post,
    envoy_title,
    head_of_state,
    one_post,
    peer_key,
)
from diplograph.read.lexicon import BODY_WORDS, Entity, held_for, lexicon, organisation, realms, tenures_of
from diplograph.read.mentions import Mention, Person
from diplograph.read.names import met_as, person_for
from diplograph.read.patterns import bare_surname, family_first


@dataclass
class PostSeen:
    person: str  # IRI of the person
    title: str
    of: Entity | None
    start: int
    end: int
    near: Entity | None = None  # the state of an office holder named just before, a last resort
    sentence: tuple[int, int] = (0, 0)  # the bounds of its sentence


@dataclass
class Resolver:
    """Document state: people met so far, posts stated, the salient person, the main parties."""

    people: dict[str, Person] = field(default_factory=dict)  # IRI -> person
    forms: dict[str, str] = field(default_factory=dict)  # name as written -> IRI
    posts: list[PostSeen] = field(default_factory=list)
    salient: str | None = None
    sentence_salient: str | None = None  # the salient person as the current sentence began
    protagonist: str | None = None  # the first person named as a subject: "the Head of State"
    subject_here: str | None = None  # the first person subject of the current sentence
    last_subject: str | None = None  # the first person subject of the last sentence that had one
    pair: tuple[list[Entity], list[Entity]] | None = None  # the latest one-to-one contact of two people
    # a one-to-one contact named again since the latest read ("In his meeting with Y, X ..."): whom
    # the acts after it address
    again: tuple[Entity, Entity] | None = None
    home: Entity | None = None  # the state of the report's dateline
    agency: Entity | None = None  # the state of the news agency the report credits
    contacts: list[tuple[list[Entity], list[Entity]]] = field(default_factory=list)  # every such contact
    groups: list[list[Entity]] = field(default_factory=list)  # the people of a contact with three or more
    recent: list[str] = field(default_factory=list)  # people in the order last named
    receiver: Entity | None = None  # who the report says received messages from many
    receiver_phrase: str = ""  # what it says they received ("messages of congratulations")
    receiver_at: int = 0  # the end of the sentence that says it
    day: date | None = None  # the report's date: whose post a title was on it
    recent_before: list[str] = field(default_factory=list)  # ``recent`` as the current sentence began
    titled: dict[str, set[str]] = field(default_factory=dict)  # IRI -> the titles the report names them by
    first_named: dict[str, int] = field(default_factory=dict)  # IRI -> where the report first names them
    here: set[str] = field(default_factory=set)  # the people named so far in the current sentence
    titled_here: list[tuple[str, str]] = field(default_factory=list)  # (IRI, title) named so in this sentence
    counterparts_here: list[PostSeen] = field(default_factory=list)  # posts given as "his X counterpart" here
    # who received envoys named only after, when, and whether the envoys called on them
    credentials: tuple[list[Entity], date | None, bool] | None = None
    envoys_left: int = 0  # how many more of them the report's count ("four new ambassadors") leaves to name
    writers: list[str] = field(default_factory=list)  # senders of messages, letters and cables, in order
    audience: Entity | None = None  # the person the latest call, meeting or talks received

    def next_sentence(self, bounds: tuple[int, int] = (0, 0)) -> None:
        self.sentence = bounds
        self.recent_before, self.here = list(self.recent), set()
        self.titled_here, self.counterparts_here = [], []
        self.last_subject = self.subject_here or self.last_subject
        self.subject_here = None
        self.sentence_salient = self.salient

    main: tuple[list[Entity], list[Entity]] | None = None  # (senders, recipients) of the first communication
    chair: Entity | None = None  # who chairs the summit or meeting the report is about
    chair_date: date | None = None
    pending_date: date | None = None
    summit_body: Entity | None = None  # the organisation whose summit the report is about
    voice: tuple[Entity, int] | None = None  # who "said that ..." and where: the speaker of what follows
    voiced: list[tuple[Entity, tuple[int, int]]] = field(default_factory=list)  # each sentence's sayer, in order
    guest: Entity | None = None  # the visitor of the latest visit: "his guest", "the distinguished guest"
    sentence: tuple[int, int] = (0, 0)  # the bounds of the sentence being read
    states_seen: list[tuple[int, Entity]] = field(default_factory=list)  # states named, where
    states_named: set[Entity] = field(default_factory=set)  # every state the report names (not by a shared demonym)
    bodies_seen: list[Entity] = field(default_factory=list)  # bodies named, in order

    # ------------------------------------------------------------------ people
    def person(self, name: str, of: Entity | None = None) -> Entity:
        iri = self.forms.get(name) or met_as(name, self.forms) or self._first_of_surname(name)
        if iri is None:
            ent = person_for(name, lexicon())
            iri = str(ent.iri)
            self.people.setdefault(iri, Person(ent))
        person = self.people[iri]
        person.forms.add(name)
        self.forms[name] = iri
        if of is not None and person.country is None:
            person.country = of.country
        return person.entity

    def _first_of_surname(self, name: str) -> str | None:
        """Of several people met who share the surname ``name``, the one the report names first:
        the one it is about (a minister before "his wife Ana Maslać Plenković", a president
        before his father, a prime minister Kim before a minister Kim)."""
        if " " in name:
            return None
        shared = {  # (or the family name printed first: "Kim" of "Kim Min-seok")
            i
            for f, i in self.forms.items()
            if " " in f and bare_surname(name) in (bare_surname(f.split(" ")[-1]), family_first(f))
        }
        if len(shared) < 2:
            return None
        return min(shared, key=lambda i: (self.first_named.get(i, sys.maxsize), i))

    def person_entity(self, iri: str) -> Entity:
        return self.people[iri].entity

    def country_of(self, ent: Entity) -> Entity | None:
        if ent.kind == "person":
            p = self.people.get(str(ent.iri))
            code = p.country if p else None
            if code is None and self.day is not None:  # a state's office holder that day, by the reference data
                code = held_for(str(ent.iri), self.day)
        else:
            code = ent.country
        if code is None:
            return None
        return lexicon().states.get(code)

    def side_of(self, ent: Entity, pair: list[Entity]) -> Entity | None:
        """The state a party of a two-sided contact stands for: its own, else the report's own
        state where the other party is known to be foreign (the dateline's "Foreign Minister X"
        and "his Sri Lankan counterpart")."""
        own = self.country_of(ent)
        if own is not None or self.home is None or ent.kind != "person":
            return own
        others = [self.country_of(e) for e in pair if e != ent]
        return self.home if others and all(o is not None and o != self.home for o in others) else None

    def label(self, ent: Entity) -> str:
        p = self.people.get(str(ent.iri))
        return p.label if p else ent.label

    # ------------------------------------------------------------------ mentions
    def resolve(self, m: Mention, *, update: bool = True) -> list[Entity]:
        """The entities a mention stands for (empty when unknown)."""
        out: list[Entity] = []
        m = self._shared_of(m)
        if m.kind == "person" and m.name:
            ent = self.person(m.name, m.of)
            if m.title:
                n = len(self.posts)
                self._post(str(ent.iri), m)
                # of several posts, the last that names an office ("The Prime Minister, Head of
                # Government, X"; "Deputy Prime Minister and Foreign Minister Y"): a counterpart's
                named = [p.title for p in self.posts[n:] if not p.title.lower().startswith("head of ")]
                title = named[-1] if named else m.title
                if not self.titled_here:  # "With his Turkish counterpart X, Iranian Foreign Minister Y ...": Y's post
                    for post in self.counterparts_here:
                        post.title = title if post.person != str(ent.iri) else post.title
                self.titled_here.append((str(ent.iri), title))
            elif (m.described or "").lower() == "counterpart":
                self.counterpart_post(str(ent.iri), m)
            elif (styled := self._styled_post(str(ent.iri), m.name)) is not None:
                self._post(str(ent.iri), replace(m, title=styled[0], of=styled[1], chain=[]))
            out = [ent]
        elif m.kind == "title":
            iri = by_post(self, m) if not m.indefinite else None
            if iri:
                self._post(iri, m)
                out = [self.people[iri].entity]
            elif m.of is not None and m.of.kind == "state" and envoy_title(m.title or ""):
                out = [m.of]  # an unnamed ambassador of a state stands for it
            elif (m.title or "").lower() == "head of government" and (premier := self._premier(m)):
                out = [self.people[premier].entity]  # "The Head of Government thanked ...": the premier named
        elif m.kind == "description":
            out, final = described.description(self, m)
            if final:
                return out
        elif m.kind in ("state", "body", "demonym") and m.entity:
            out = [self._shared(m) if m.kind != "body" else m.entity]
            if update and m.entity.kind == "state":
                self.states_seen.append((m.start, m.entity))
            if update and m.entity.kind == "body":
                self.bodies_seen.append(m.entity)
        elif m.kind == "realm" and m.name in BODY_WORDS:  # "the Organisation": the body of that word named last
            out = described.body_again(self, m.name)
        elif m.kind == "realm" and m.name == "country":  # "the neighbouring country": the other state named last
            out = described.kin(self)
        elif m.kind == "realm":  # "the Kingdom": the kingdom named last, else the report's own
            forms = realms().get(m.name or "", ())
            seen = [e for _, e in reversed(self.states_seen) if e in forms]
            home = [self.home] if self.home in forms else []
            out = [*seen, *home][:1]
        elif m.kind == "royal":  # "His Majesty": the monarch last named of that style
            out = described.styled(self, m)
        elif m.kind == "group":  # "the three leaders"
            out = described.group(self, m)
        elif m.kind == "pronoun":
            who = self._pronoun((m.name or "").lower(), bound=m.bound)
            out = [self.people[who].entity] if who else []
        elif m.kind == "pair":  # "the two leaders", "the two countries"
            out = described.pair(self, m)
        if update and len(out) == 1 and out[0].kind == "person" and m.kind != "pair":
            self.recent = [*(i for i in self.recent if i != str(out[0].iri)), str(out[0].iri)]
            self.here.add(str(out[0].iri))
        if update and out and len(out) == 1 and out[0].kind == "person" and not m.possessive and not m.in_quote:
            if not m.obj or m.kind == "pronoun":
                self.salient = str(out[0].iri)
                self.protagonist = self.protagonist or self.salient
                # "his guest", "Her Sierra Leonean counterpart, X, ...": whose, not the subject
                word = (m.name or "").lower() if m.kind == "pronoun" else ""
                # (nor whom a pronoun object stands for: "According to her, X extended ...")
                if not (word == "his" or (word == "her" and m.start == self.sentence[0]) or m.obj):
                    self.subject_here = self.subject_here or self.salient
        return out

    def other_than(self, agent: Entity | None) -> Entity | None:
        """For an object pronoun ("thanked him"): the last person named so far who is not the
        agent (the first reading of the report knows people it has not reached yet)."""
        for iri in reversed(self.recent or list(self.forms.values())):
            if agent is None or iri != str(agent.iri):
                return self.people[iri].entity
        return None

    def _post(self, iri: str, m: Mention) -> None:
        if m.former:
            return  # GOLD.md: former posts are not posts
        held = [p.title.lower() for p in self.posts if p.person == iri]
        for title, of in [*m.chain, (m.title or "", m.of)]:
            if not title or title.lower().endswith("-elect") or title in lexicon().address:
                continue
            if m.kind == "title" and any(title.lower() in h and title.lower() != h for h in held):
                continue  # "the Leader of the Nation" repeats part of a post already stated
            if m.kind == "title" and of is None and m.of is None and title.lower() in held:
                continue  # "The Secretary-General commended ...": the post stated, not one of another state
            if m.kind == "title" and any(one_post(title.lower(), h) for h in held):
                continue  # "the Czech premier" of a Prime Minister: the post stated
            if (
                title.lower() in lexicon().ranks
                and (m.kind == "title" or not (of or m.of))
                and self._holds_other(iri, held)
            ):
                continue  # "Ambassador X", "the Brazilian Ambassador", of one the text gives another post: a rank
            of = of or m.of or self._state(self.people[iri].country)
            near = None if of else self._nearby_of(m.start)
            self.posts.append(PostSeen(iri, title, of, m.start, m.end, near, self.sentence))
            if of is not None and of.kind == "body":
                self.bodies_seen.append(of)  # "Secretary-General of the OIC, X": the OIC is named
            if of is not None and self.people[iri].country is None and of.kind == "state":
                self.people[iri].country = of.country

    def _holds_other(self, iri: str, held: list[str]) -> bool:
        """Whether the report gives the person a post other than a rank, here or anywhere."""
        return any(t not in lexicon().ranks for t in (*held, *self.titled.get(iri, ())))

    def _premier(self, m: Mention) -> str | None:
        """Whom "the Head of Government" stands for where no one holds that post by name: the
        report's own prime minister (not the other named so: "The head of government invited
        Keir Starmer", in a report on Mauritius's, who holds no post the report names)."""
        premier = head_of_state(self, m.of, government=True)
        if m.of is not None and m.of != self.home:  # "the Ethiopian head of government": that state's
            return premier
        return premier if premier is not None and self.protagonist in (None, premier) else None

    @staticmethod
    def _state(code: str | None) -> Entity | None:
        return lexicon().states.get(code) if code else None

    def _nearby_of(self, at: int) -> Entity | None:
        """A bare title in a list of office holders takes the state of the one just before:
        "the Supreme Leader of Iran ... over the death of President Ebrahim Raisi"."""
        near = [p for p in self.posts if 0 <= at - p.end <= 160 and p.of is not None and p.of.kind == "state"]
        return near[-1].of if near else None

    def _styled_post(self, iri: str, name: str) -> tuple[str, Entity] | None:
        """A ruler's style that is also the office the reference data has them hold that day
        ("Sultan Haitham bin Tarik": Sultan of Oman; not "Sultan Ibrahim", King of Malaysia)."""
        style = name.split(" ", 1)[0]
        if self.day is None or style not in lexicon().references["name_styles"]:
            return None
        for t in tenures_of(iri):
            if t.title == style and t.on(self.day) and (org := organisation(t.organisation)) is not None:
                return style, org
        return None

    def counterpart_post(self, iri: str, m: Mention) -> None:
        """ "his Kazakh counterpart" of a president is President of Kazakhstan."""
        # whose counterpart: the one named with a post before in the sentence ("Foreign Minister X, who
        # accompanied the President, met his Uzbek counterpart Y"), else the salient person, until
        # one is named with a post after it
        anchor = next((i for i, _ in reversed(self.titled_here) if i != iri), None)
        mine = [t for i, t in self.titled_here if i == anchor][:1]
        if anchor is None and self.salient is not None and self.salient != iri:
            # a state's post only: a counterpart holds it in another state (not "Chairman" of CARICOM)
            mine = sorted(
                (p.title for p in self.posts if p.person == self.salient and (p.of is None or p.of.kind == "state")),
                key=len,
            )
        if m.of is None or not mine:
            return
        if any(t != mine[0].lower() and peer_key(t) == peer_key(mine[0]) for t in self.titled.get(iri, ())):
            return  # the report gives them the post by its own name ("Premier" Li's "Prime Minister" X)
        post = PostSeen(iri, mine[0], m.of, m.start, m.end)
        self.posts.append(post)
        if anchor is None:
            self.counterparts_here.append(post)
        if self.people[iri].country is None:
            self.people[iri].country = m.of.country

    def envoys(self) -> set[str]:
        """The people the report names with an envoy's post (ambassadors, consuls general ...)."""
        return {p.person for p in self.posts if envoy_title(p.title)}

    def _shared(self, m: Mention) -> Entity:
        """A state named by a demonym two states share ("Korean", "the Korean people"): the one
        of them the report names or whose office holders it names, where that is one only; else
        the reference data's first."""
        assert m.entity is not None
        codes = lexicon().references.get("shared_demonyms", {}).get(m.name or "", [])
        states = [e for c in codes if (e := lexicon().states.get(c)) is not None]
        of_people = {self.country_of(p.entity) for p in self.people.values()} if len(codes) > 1 else set()
        return self._one_named(states, of_people) or m.entity

    def _shared_of(self, m: Mention) -> Mention:
        """A post's or description's state given by a demonym two states share ("his Congolese
        counterpart"): the other of them, where the report names that one only."""
        if m.of is None or m.of.kind != "state":
            return m
        for codes in lexicon().references.get("shared_demonyms", {}).values():
            states = [e for c in codes if (e := lexicon().states.get(c)) is not None]
            if not states or states[0] != m.of:
                continue
            # office holders by the reference data (not the countries mentions like this one gave)
            held = {held_for(i, self.day) for i in self.people} if self.day is not None else set()
            one = self._one_named(states, {lexicon().states.get(c) for c in held if c})
            return replace(m, of=one) if one is not None and one != m.of else m
        return m

    def _one_named(self, states: list[Entity], countries: set[Entity | None]) -> Entity | None:
        """Of states that share a demonym, the one the report names, or the country of its office
        holders (``countries``), where that is one only."""
        named = [e for e in states if e in self.states_named or e in countries]
        return named[0] if len(named) == 1 else None

    def _pronoun(self, word: str, *, bound: bool = False) -> str | None:
        """ "He", "she": the sentence's subject, else the last sentence's, else the salient
        person; where that person's gender is known not to be the pronoun's, the person named
        last whose gender may be ("X invited President Y, and she accepted"). A ``bound``
        object pronoun is not its verb's subject, the person just named ("X received him")."""
        want = PRONOUNS.get(word)
        if bound and self.recent:
            subject = self.recent[-1]
            return next((i for i in reversed(self.recent) if i != subject and self.gender_of(i) in (None, want)), None)
        who = self.subject_here or self.last_subject or self.salient
        if who is None or want is None or self.gender_of(who) in (None, want):
            return who
        return next((i for i in reversed(self.recent) if self.gender_of(i) in (None, want)), who)

    def gender_of(self, iri: str) -> str | None:
        return gender(self.people[iri].forms, [p.title for p in self.posts if p.person == iri])
