"""From a noun phrase in the parse to an actor id, and from a quote's cue to its speaker.

The phrase helpers live in :mod:`newsgraph._parse`, which roles/ and agreements/ share, and are
re-exported here; the speaker rules of the quotes stage (titles, party-and-state titles, appositions,
bare surnames, names the actors stage missed, the author of "the statement said") are here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._parse import _SUBJECT_DEPS, PERSON_PRONOUNS, actor_of_phrase, nearest_person, phrase_span, verb_subject
from .._us_states import ABBREVIATIONS
from ..actors._agents import KIN_NOUNS
from ..nlp import climb
from ._cues import SPEECH_VERBS, cue_lemma

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Container

    from spacy.tokens import Doc, Span, Token

    from ..records import Actor, ActorTable

__all__ = ["actor_of_phrase", "speaker_of_phrase", "phrase_span", "verb_subject", "speaker_subject",
           "PERSON_PRONOUNS", "nearest_person", "title_holder", "addressee"]


def _person(actors: "ActorTable", actor_id: str | None) -> bool:
    actor = actors.get(actor_id) if actor_id else None
    return actor is not None and actor.kind == "person"


def speaker_of_phrase(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """The actor who speaks, for the noun phrase headed by ``tok`` that is a cue verb's subject.

    As :func:`actor_of_phrase`, with the person first: a definite title phrase goes to the person
    who holds that title (:func:`title_holder`); a name in apposition to a title noun or a place is
    the speaker, not the country or office the title carries ("the US envoy, Nikki Haley, said" is
    Haley, and so is "WASHINGTON -- President Obama said"; the parser's entity type is not trusted to
    tell a person here: the small model often calls one an ORG); a proper name at the head is the
    speaker before an organisation in its apposition, and becomes an actor when the actors stage
    made none of it (:func:`_named_speaker`).
    """
    return _as_person(actors, _speaker_of_phrase(doc, actors, tok))


def _speaker_of_phrase(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    cut = _cut_title(doc, actors, tok)
    if cut is not None:
        return cut
    a = actors.at_token(tok.i)
    if a is not None and _several(doc, actors, tok, a):
        return _people_in_words(doc, actors, tok)
    # a person the actors stage named by the office itself ("the US envoy") yields to the holder the text
    # names, before it or beside it, as the office's composite did
    office = a is not None and _person(actors, a) and _state_office(doc, actors, tok, a)
    if not _person(actors, a) or office or a is not None and _deputy_only(doc, actors, tok, a):
        holder = title_holder(doc, actors, tok)
        if holder is not None:
            return holder
    if (tok.pos_ in ("NOUN", "NUM") or tok.ent_type_ in ("GPE", "LOC")) and (not _person(actors, a) or office):
        # "the US envoy, Nikki Haley, said"; "one of Sanders' supporters, Ocasio-Cortez, said" (not
        # Sanders); a dateline parsed as the subject: "WASHINGTON -- President Obama said"
        # the appositive may hang on the head or, after "one of", on the noun it counts
        heads = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        # a person among the appositions first: in "CLEVELAND, July 19 (AP) — Former Attorney General
        # Dana Marsh" the agency in brackets and the name are both appositions of the dateline
        named_ids: list[str] = []
        for child in (c for h in heads for c in h.children):
            if child.dep_ != "appos":
                continue
            for i in range(child.left_edge.i, child.right_edge.i + 1):
                b = actors.at_token(i)
                named = actors.get(b) if b is not None and b != a else None
                if named is not None and named.kind != "country" and named.id not in named_ids:
                    named_ids.append(named.id)
        if named_ids:
            return next((b for b in named_ids if _person(actors, b)), named_ids[0])
        if a is None and _relation(tok):
            # "his friend Dawit Alemu told", the name read as a PRODUCT: the name speaks, not "his" owner
            for child in tok.children:
                found = _named_speaker(doc, actors, child) if child.dep_ == "appos" and child.pos_ == "PROPN" else None
                if found is not None:
                    return found
    if a is None:
        # "his wife", "people close to the senator": not the owner (nor "the senator" below)
        owned = owned_people(doc, actors, tok)
        if owned is not None:
            return owned
    if not _person(actors, a):
        # "Council on Foreign Relations president Richard Haass", parsed with the council as head:
        # a person named right after a title word inside the phrase speaks
        start, end = phrase_span(tok)
        for i in range(start + 1, end):
            b = actors.at_token(i)
            if _person(actors, b) and actors.at_token(i - 1) != b and (
                    doc[i - 1].lower_ in _PERSON_TITLES or doc[i].lower_ in _PERSON_TITLES) \
                    and not _possessor(doc, actors, i, b):
                return b  # the mention's first word, or the word before it, is the title
    if a is None:
        outlet = _outlet_speaker(doc, actors, tok)
        if outlet is not None:
            return outlet
    if a is None and tok.pos_ == "PROPN":
        # the name at the head first: "Jae-Min Park, a Korea expert with the Brookings Institution,
        # said" is Park, even when the actors stage knows only the institution
        found = _by_surname(actors, tok.text) or _named_speaker(doc, actors, tok)
        if found is not None:
            return found
    if not _person(actors, a) and tok.text[:1].isupper() and (
            tok.pos_ in ("NOUN", "PROPN") or tok.pos_ in ("VERB", "ADV") and not tok.is_sent_start) \
            and not any(c.dep_ in ("det", "poss", "compound") for c in tok.children) \
            and not (a is not None and tok.is_sent_start and _people_noun(tok)):
        # ("Officials in the border states said", capitalised only as the sentence's first word, are the
        # group the actors stage made of them, not the one other group whose name ends in "officials")
        # a surname the tagger took for a common noun, a place, a verb or an adverb ("Hannity said",
        # "Tanden wrote" read as GPE, "Trump shot back" with "Trump" a verb the parser still made
        # the subject, "said Skelly" with "Skelly" an adverb) is the one person of the text with
        # that surname
        found = _by_surname(actors, tok.text) or _by_surname(actors, tok.text, person=False)
        if found is None and tok.pos_ == "NOUN" and not tok.is_sent_start and not tok.text.isupper() \
                and not _people_noun(tok) and tok.lemma_.lower() not in _WRITINGS and tok.lower_ not in _TITLE_CUES and tok.lower_ not in _PERSON_TITLES:
            # a name the tagger took for a common noun and the entity recogniser missed ("D’Souza
            # replied"): capitalised inside its sentence, it is no common noun
            found = _named_speaker(doc, actors, tok)
        if found is not None:
            return found
    return (_poll_of_count(doc, actors, tok) or writing_author(doc, actors, tok)
            or _described_person(doc, actors, tok) or _not_owner(doc, actors, tok)
            or _same_name(doc, actors, tok) or _document_source(doc, actors, tok)
            or _definite_body(doc, actors, tok) or _generic_speaker(doc, actors, tok))


def _several(doc: "Doc", actors: "ActorTable", tok: "Token", actor: str) -> bool:
    """Whether a plural phrase that the actors stage gave to one person names several people: a plural
    people noun that coreference linked to a person with no name of theirs in the phrase ("the senators"
    after two senators and a third person named last; not a counted one), or a family by its plural surname
    ("the Khans" as one Khan). A name in the phrase keeps its person ("Sanders' aides", "three
    scholars -- Mr. X, Ms. Y and Mr. Z": the owner or the first named, as before)."""
    if not _person(actors, actor):
        return False
    found = actors.get(actor)
    if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and _people_noun(tok):
        if any(c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in tok.lefts):
            # "both leaders said", "the two senators": the corpus gives such a joint statement to the one
            # the parse reaches (no group is annotated), and a count names no group of its own
            return False
        start, end = phrase_span(tok)
        return not any(m.actor == actor and m.kind != "title" and start <= m.tokens[0] < end for m in actors.mentions)
    surname = found.name.split()[-1].lower() if found is not None and found.name.split() else ""
    return tok.pos_ == "PROPN" and tok.tag_ in ("NNS", "NNPS") and bool(surname) \
        and tok.lower_ in (surname + "s", surname + "es") and any(c.lower_ == "the" for c in tok.lefts)


def _people_in_words(doc: "Doc", actors: "ActorTable", tok: "Token") -> str:
    """A group named in the text's words for the plural phrase headed by ``tok`` ("two lawmakers",
    "Khans"), the sector its noun gives; one phrase of the same words is the same group."""
    from ..records import Actor

    start = _phrase_start(doc, tok)
    words = doc[start:tok.i + 1]
    name = re.sub(r"\s+", " ", words.text)
    actor = next((x for x in actors.actors if x.name.lower() == name.lower() and x.kind == "group"), None)
    if actor is None:
        actor = Actor(id=_new_ident(actors, name), name=name, kind="group", sector=_agent_sector(tok))
        actors.actors.append(actor)
    return _name_mention(actors, actor, words)


def _not_owner(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """:func:`actor_of_phrase`, unless the actor is only the possessor of a people noun at the head: in "his
    best friend at Lehigh, Jay Roe, said" (where the recogniser joins the college and the name) the
    friend speaks, not "his" (:func:`owned_people` names such people where it can)."""
    found = actor_of_phrase(doc, actors, tok)
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if found is None or poss is None or tok.pos_ != "NOUN" or not (_people_noun(tok) or _relation(tok)):
        return found
    start, end = phrase_span(tok)
    owner = range(poss.left_edge.i, poss.right_edge.i + 1)
    return found if any(actors.at_token(i) == found for i in range(start, end) if i not in owner) else None


def _relation(tok: "Token") -> bool:
    """Whether ``tok`` names someone by their relation to another: "friend", "wife", "colleague"."""
    return tok.lower_ in _RELATIONS or tok.lemma_.lower() in _RELATIONS


def _possessor(doc: "Doc", actors: "ActorTable", i: int, actor: str | None) -> bool:
    """Whether the person's words from token ``i`` are only the possessor inside the phrase: "the
    president's spokesman", "people close to the president's legal team" (the bare title an earlier stage
    gave its holder) name the owner, not who speaks."""
    end = i
    while end < len(doc) and actors.at_token(end) == actor:
        end += 1
    return end < len(doc) and doc[end].tag_ == "POS" or doc[end - 1].dep_ == "poss"


_WORDS = re.compile(r"[^\W_]+")


def _cut_title(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """The person named right after a title abbreviation that the parse cut from the name at its
    period: in `"...," said Army Capt. Luis Ortega` the parser gives the verb "Capt" as a subject of
    its own (the period read as a token apart, or as a sentence's end); the person named after the
    period is who speaks."""
    if tok.lower_.rstrip(".") not in _HONORIFICS | _TITLE_ABBREVIATIONS or tok.right_edge.i != tok.i:
        return None
    nxt = tok.i + 1 if tok.text.endswith(".") else tok.i + 2
    if nxt >= len(doc) or not tok.text.endswith(".") and doc[tok.i + 1].text != ".":
        return None
    found = actors.at_token(nxt)
    return found if _person(actors, found) and doc[nxt].pos_ == "PROPN" else None


def _state_office(doc: "Doc", actors: "ActorTable", tok: "Token", actor: str) -> bool:
    """Whether the speaker phrase is a country's or a US state's office that the actors stage made a
    person of its own in the phrase's words ("the Ohio governor" as "Ohio governor", "the British
    ambassador"): the holder named before, where the text names one, is who speaks (:func:`title_holder`)."""
    found = actors.get(actor)
    if found is None or found.name.lower().split()[-1:] != [tok.lower_]:
        return False
    start, _end = phrase_span(tok)
    if any(t.ent_type_ in ("GPE", "NORP") for t in doc[start:tok.i]):
        return True
    words = [t.lower_ for t in doc[start:tok.i]]
    return any(" ".join(words[i:i + n]) in ABBREVIATIONS for n in (1, 2) for i in range(len(words)))


def _same_name(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """The actor whose whole name the phrase is, where the tagger left this mention of it unmarked
    ("Halvorsen and Quarnby say", with "Halvorsen" read as a common noun here and as a name elsewhere): a
    capitalised phrase is one body or person the text names, not a thing."""
    start, end = phrase_span(tok)
    while start < end and doc[start].pos_ == "DET":
        start += 1
    words = doc[start:end]
    if not len(words) or not all(t.text[:1].isupper() for t in words if t.is_alpha):
        return None
    name = words.text.lower()
    hits = {a.id for a in actors.actors if a.kind != "country" and name in (n.lower() for n in (a.name, *a.aliases))}
    return hits.pop() if len(hits) == 1 else None


def _definite_body(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """The organisation a definite description refers to: "the budget office" after "the
    Congressional Budget Office", "the foundation" after "the Clinton Foundation". The body is the
    one named last before the phrase whose name holds the phrase's noun and every word before it,
    and says more than the phrase does (an actor named "board" is no antecedent of "the board").
    People nouns ("the spokesman"), documents ("the report", which :func:`_document_source` reads)
    and phrases with an owner ("its board") are not read here."""
    from ..roles._titles import is_title_head

    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() in _WRITINGS or tok.lower_ in _WRITINGS \
            or _people_noun(tok) or is_title_head(tok.text) or tok.lower_ in _PERSON_TITLES:
        return None  # "the departments" are more than one body; "the candidate" is a person
    det = [c for c in tok.lefts if c.dep_ in ("det", "poss")]
    if len(det) != 1 or det[0].lower_ != "the" or any(c.dep_ == "prep" for c in tok.rights):
        return None  # "the office of the governor" names its owner: not a bare description
    words = {tok.lower_, tok.lemma_.lower()}
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.dep_ == "amod" and c.pos_ != "ADJ" or not c.is_alpha for c in mods):
        return None
    need = {c.lower_ for c in mods}
    for m in reversed(actors.mentions):
        if m.tokens[1] > tok.i or m.kind not in ("name", "title"):
            continue
        actor = actors.get(m.actor)
        if actor is None or actor.kind != "organization":
            continue
        for name in (actor.name, *actor.aliases, m.text):
            have = set(_WORDS.findall(name.lower()))
            if words & have and need <= have and len(have) > len(need) + 1:
                return actor.id
    return None


# nouns of people that are no agent nouns of the actors stage's dictionary but speak in the news
# ("respondents said", "one user wrote", "the author argues"); plural or singular
_PEOPLE_NOUNS = frozenset("""
respondent user author member participant attendee friend neighbor neighbour commenter organizer organiser
host fan follower reader viewer caller listener delegate backer donor admirer volunteer visitor guest
speaker panelist panellist surrogate insider loyalist partisan independent moderate liberal progressive
conservative evangelical democrat republican libertarian socialist millennial senior veteran retiree
homeowner shopper consumer taxpayer constituent caucusgoer caucus-goer pollee interviewee
crowd audience marcher spectator heckler protester demonstrator
person guy actress magnate mogul developer moderator heavyweight speechwriter specialist maker ally
boy girl family couple brother sister associate rival contender proponent lobbyist investigator forecaster
designer tracker
owner editor pundit anchor capitalist denizen chairman chairmen outlet
""".split())
# the sector of people nouns the actors stage's dictionary does not code
_PEOPLE_SECTORS = {"lobbyist": "BUS", "boy": "CVL", "girl": "CVL", "couple": "CVL", "capitalist": "BUS",
                   "anchor": "JRN", "editor": "JRN", "outlet": "JRN"}
# nouns of a body that speaks like people do ("news outlets said"): an organisation in the singular
_BODY_NOUNS = frozenset({"outlet"})
# nouns of an unnamed body or collective that no people noun covers ("progressive organizations say",
# "the editorial board wrote", "the departments declined, saying ..."): read only after a definite
# description found no body named before it (:func:`_definite_body`), then a speaker in the text's
# words as the people nouns are, an organisation in the singular and a group in the plural (a bare
# singular, "the board said", stays without an actor)
_SPEAKING_BODIES = frozenset("""
organization organisation board department movement faction management affiliate coalition
""".split())
# people nouns that are one group in the singular ("the family said", "the couple wrote")
_GROUP_NOUNS = frozenset({"family", "couple"})
# heads that count people ("47 percent of voters", "most of his supporters", "one of the aides"):
# the people counted speak
_COUNTERS = frozenset("""
percent % half third quarter majority plurality most many some few several all each both one none
share number portion fraction minority two three four five six seven eight nine ten dozen dozens
""".split())
# nouns that count people only with an "of" after them ("a broad array of economists", "a handful of
# senators", "a group of donors"); alone ("the host said", "the group said") they are the speaker
_COUNTING_NOUNS = frozenset("array handful slew host group".split())
# the words of a noun phrase that are no part of its name: articles, demonstratives and "one" used as
# an article ("one user wrote": "user")
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "one"})


def _name_mention(actors: "ActorTable", actor: "Actor", words: "Span") -> str:
    """Count the phrase ``words`` as a mention of ``actor`` by name (each of its tokens then stands for the
    actor) and return the actor's id: how a speaker named in the text's own words joins the table."""
    from ..records import Mention

    actor.mentions += 1
    actors.mentions.append(Mention(actor=actor.id, span=(words.start_char, words.end_char),
                                   tokens=(words.start, words.end), text=words.text, kind="name"))
    for t in words:
        actors.by_token[t.i] = actor.id
    return actor.id


def _new_ident(actors, name: str) -> str:
    """An actor id for ``name`` that the table does not hold yet (a number added from 2 on)."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'", "")).strip("-") or "speaker"
    ident, n = base, 2
    while actors.get(ident) is not None:
        ident, n = f"{base}-{n}", n + 1
    return ident


def _phrase_start(doc, head) -> int:
    """Where the noun phrase of `head` starts: its left modifiers, without a leading article, mark or
    blank (the blanks of a masked dateline hang from the phrase's first word)."""
    start = head.i
    for c in head.lefts:
        if c.dep_ in ("amod", "compound", "nmod", "nummod", "quantmod", "advmod", "poss", "det", "predet"):
            start = min(start, c.left_edge.i)
    while start < head.i and (doc[start].lower_ in _ARTICLES or doc[start].is_punct or doc[start].is_space):
        start += 1
    return start


def _people_noun(tok: "Token") -> bool:
    """Whether ``tok`` names people: an agent noun of the actors stage's dictionary or one of
    :data:`_PEOPLE_NOUNS`, in the singular or the plural, and not a document nor a body."""
    from ..actors._agents import SPEAKER_NOUNS
    from ..actors._dictionaries import bundled

    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lemma in _WRITINGS or lower in _WRITINGS or tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and lower in _PEOPLE_NOUNS | {
            w + "s" for w in _PEOPLE_NOUNS}):
        return False
    agents = bundled().agents
    return any(w in agents or w in SPEAKER_NOUNS or w in _PEOPLE_NOUNS for w in (lower, lemma))


def _generic_speaker(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """An unnamed speaker that no actor stands for, as an actor named in the text's own words (the
    corpus guidelines, sections 1 and 5: a speaker who is no actor yet becomes one, and a generic
    actor keeps the text's words): people by their noun ("Respondents said", "one user wrote",
    "the members say": a person in the singular, a group in the plural), and the people a number or
    a share counts ("47 percent of registered voters say": "registered voters"). No country and no
    organisation is attached: the phrase states none, or an actor inside it would have answered.
    Documents, polls and numbers alone ("the report", "a new poll", "47 percent") stay without an
    actor: they are no actors, and the text names nobody behind them."""
    from ..records import Actor

    head = tok
    counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if tok.lower_ in _COUNTERS or tok.pos_ == "NUM" or tok.like_num or tok.lower_ in _SOME_PEOPLE \
            or tok.lower_ in _COUNTING_NOUNS and counted:
        if not counted:
            return _described_people(doc, actors, tok)
        head = counted[0]
        found = actors.at_token(head.i) or actor_of_phrase(doc, actors, head, fallback=False)
        if found is not None:
            return found
    # a bare "the board" names no body the text states: only a plural ("the departments") or a
    # modifier ("the editorial board", "the anti-abortion movement") makes one of it
    body = head.pos_ == "NOUN" and head.lemma_.lower() in _SPEAKING_BODIES and (
        head.tag_ == "NNS" or any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.lefts))
    if head.lower_ in PERSON_PRONOUNS or head.pos_ == "PRON" or not (body or _people_noun(head)):
        return None
    start = _phrase_start(doc, head)
    end = head.i + 1
    words = doc[start:end]
    if any(actors.at_token(t.i) for t in words):
        return None
    name = re.sub(r"\s+", " ", words.text)  # the text's own spelling: "anti-abortion", not "anti - abortion"
    actor = next((a for a in actors.actors if a.name.lower() == name.lower()), None)
    if actor is None:
        from ..actors._dictionaries import bundled

        ident = _new_ident(actors, name)
        plural = head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in _GROUP_NOUNS
        agents = bundled().agents
        # "people familiar with the talks said": anonymous sources, of no sector (as the actors stage
        # codes an unnamed "people"); the noun of a trade or a role says one ("voters": CVL)
        lemma = head.lemma_.lower()
        sector = None if lemma in ("people", "person") else (
            agents.get(head.lower_) or agents.get(lemma) or _PEOPLE_SECTORS.get(lemma)
            or ("CVL" if lemma in _HOUSEHOLD else None))  # kin are civilians, as in _relation_codes
        # a body's noun in the singular ("the news outlet said") is one organisation, not a person
        kind = "group" if plural else "organization" if body or lemma in _BODY_NOUNS else "person"
        actor = Actor(id=ident, name=name, kind=kind, sector=sector)
        actors.actors.append(actor)
    return _name_mention(actors, actor, words)


# the words that open an indefinite phrase: one person or some people the text does not name
_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _described_person(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """An unnamed person described by a country, a people or a body the text names only by a demonym,
    an abbreviation or a field ("a former U.S. law enforcement official", "one Latino conservative",
    "a longtime GOP data expert"), as a person named in the text's own words (the corpus guidelines:
    "a White House official" keeps its words), of that country and sector. Before, the phrase's only
    actor spoke: the country or body itself ("United States police", "Latinos", "Republican Party"),
    which is not who speaks. Only for an indefinite singular, which refers to no one named elsewhere
    ("the Romanian hacker" is someone the text names), and only where the actor's name is not among
    the phrase's words: "a Politico reporter" stays the outlet's, as outlets speak through reporters."""
    from ..records import Actor

    if tok.tag_ != "NN" or actors.at_token(tok.i) is not None or not _people_noun(tok):
        return None
    det = [c for c in tok.lefts if c.dep_ in ("det", "nummod")]
    if not det or det[0].lower_ not in _INDEFINITE:
        return None
    start = _phrase_start(doc, tok)
    words = doc[start:tok.i + 1]
    inside = {actors.at_token(t.i) for t in words} - {None}
    if len(inside) != 1:
        return None
    body = actors.get(inside.pop())
    lowers = {t.lower_ for t in words}
    if body is None or body.kind not in ("country", "organization", "group") \
            or any(w.lower() in lowers for w in re.findall(r"[^\W_]+", body.name)):
        return None
    name = re.sub(r"\s+", " ", words.text)
    ident = _new_ident(actors, name)
    # a body's sector is the person's ("United States police": COP); a country's is none, the noun's then
    sector = (body.sector if body.kind != "country" else None) or _agent_sector(tok)
    actor = Actor(id=ident, name=name, kind="person", country=body.country, sector=sector)
    actors.actors.append(actor)
    return _name_mention(actors, actor, words)


def _agent_sector(tok: "Token") -> str | None:
    from ..actors._dictionaries import bundled

    agents = bundled().agents
    lemma = tok.lemma_.lower()
    return agents.get(tok.lower_) or agents.get(lemma) or _PEOPLE_SECTORS.get(lemma)


# words that stand for people when a phrase after them says which ("those surveyed", "some in the
# crowd", "someone in the audience", "those who back her"); alone ("Some said") they name nobody
_SOME_PEOPLE = frozenset("those some someone somebody anyone anybody many few others".split())
# the longest such phrase taken as a name, in tokens: a longer one is a clause, not a description
_DESCRIBED_REACH = 10


def _described_people(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """People named only by what a phrase after a pronoun or a quantifier says of them: a participle
    ("those surveyed"), a relative clause ("those who back her opponents") or a place among others
    ("some in the crowd", "someone in the audience"), as an actor named in the text's words (the
    corpus guidelines, sections 1 and 5), a person for "someone", else a group. Without such a
    phrase ("Some said", "Many agree") the words name nobody and no actor is made; nor where the
    phrase is long or holds an actor of its own ("those close to Kessler": the owner's people, which
    :func:`owned_people` reads)."""
    from ..records import Actor

    if tok.lower_ not in _SOME_PEOPLE:
        return None
    post = [c for c in tok.rights if c.dep_ in ("acl", "relcl") and (c.dep_ == "relcl" or c.tag_ == "VBN")
            or c.dep_ == "prep" and c.lower_ in ("in", "at", "among")]
    if not post:
        return None
    end = max(c.right_edge.i for c in post) + 1
    words = doc[tok.i:end]
    if len(words) > _DESCRIBED_REACH or any(t.is_punct and t.text not in ('"', "\u201c", "\u201d") for t in words) \
            or any(actors.at_token(t.i) for t in words):
        return None
    name = words.text
    actor = next((a for a in actors.actors if a.name.lower() == name.lower()), None)
    if actor is None:
        one = tok.lower_ in ("someone", "somebody", "anyone", "anybody")
        actor = Actor(id=_new_ident(actors, name), name=name, kind="person" if one else "group")
        actors.actors.append(actor)
    return _name_mention(actors, actor, words)


# kin: civilians, whoever they belong to (``_relation_codes``)
_HOUSEHOLD = KIN_NOUNS
# nouns of people who stand in a relation to someone, not in an office: kin, friends, allies and the
# circles around a person ("his wife", "her friend", "his team")
_RELATIONS = _HOUSEHOLD | frozenset("""
fiance fiancé fiancee fiancée girlfriend boyfriend friend colleague classmate roommate ally associate confidant
confidante team camp entourage
""".split())
# the words after a people noun that say whose they are ("people close to the senator", "those familiar
# with his thinking", "critics of the plan", "her allies in the Senate")
_OWNER_DEPS = ("prep", "amod", "acl", "advmod")


def owned_people(doc: "Doc", actors: "ActorTable", tok: "Token", *, one: bool = False) -> str | None:
    """People named by their relation to an actor: "his wife", "her friend", "Kessler's critics",
    "his team", "people close to the senator", "sources familiar with her thinking". The phrase's only
    actor is the owner, who is not the speaker; the speaker is an actor of its own named in the
    text's words (the corpus guidelines, sections 1 and 5), with a possessive pronoun given as its
    owner's name ("Dana Marsh's wife", where the text says "his wife"). A person in the singular (and
    "one of his aides"), a group in the plural, a campaign an organisation, with the codes of
    :func:`_relation_codes`. A title with a possessor is its owner's staff ("the president's spokesman",
    "Kessler's chief of staff"), once :func:`title_holder` has found no holder of it, and an office with
    a possessor an organisation ("the governor's office", as the guidelines code it). None when the
    noun is no people noun, a title without a possessor, or the phrase names no owner."""
    from ..records import Actor, Mention
    from ..roles._titles import is_title_head

    if tok.lower_ in _COUNTERS or tok.pos_ == "NUM" or tok.like_num:
        # "many of his supporters", "one of her friends": the people counted
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if not counted or counted[0].pos_ != "NOUN":
            return None
        held = actors.at_token(counted[0].i)
        poss = next((c for c in counted[0].children if c.dep_ == "poss"), None)
        if held is not None and poss is not None and held not in actors.in_tokens(poss.left_edge.i, poss.right_edge.i + 1):
            # the people counted already stand for an actor of their own ("a majority of her backers"
            # read a second time: the reader asks of each cue's subject more than once): those people,
            # not their owner, whom the phrase's first actor would be
            return held
        return owned_people(doc, actors, counted[0], one=tok.lower_ == "one")
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    # a title with a possessor ("the president's spokesman", "Kessler's chief of staff") is staff of its
    # owner when no holder is named (:func:`title_holder` is asked first): the staff speak, not the owner
    title = tok.lower_ in _PERSON_TITLES or is_title_head(tok.text)
    if tok.pos_ != "NOUN" or actors.at_token(tok.i) is not None or title and poss is None \
            or any(c.dep_ == "appos" for c in tok.children):
        return None  # an actor of its own, a bare title, or a name in apposition that speaks
    lower, lemma = tok.lower_, tok.lemma_.lower()
    # "the governor's office said": the office its owner heads is a body of its own that speaks
    office = lemma == "office" and poss is not None
    if not title and not office and lower not in _RELATIONS and lemma not in _RELATIONS and not _people_noun(tok):
        return None
    owners = set(range(poss.left_edge.i, poss.right_edge.i + 1)) if poss is not None else set()
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ not in _OWNER_DEPS or any(t.is_punct for t in doc[end:c.left_edge.i]) \
                or c.dep_ == "acl" and c.tag_ != "VBN":
            break  # a relative clause, an apposition, a comma or a clause of its own ends the description
        owners.update(range(c.left_edge.i, c.right_edge.i + 1))
        end = c.right_edge.i + 1
    start = _phrase_start(doc, tok)
    # a people's or a party's adjective on the noun says what kind of people they are, not whose
    # ("her Republican supporters", "his Cuban friends"): a word of their name, not a second actor
    kinds = {c.i for c in tok.lefts if c.dep_ in ("amod", "compound") and c.pos_ == "ADJ" and c.ent_type_ == "NORP"}
    found = [(i, actors.at_token(i)) for i in range(start, end) if actors.at_token(i) is not None and i not in kinds]
    if not found or any(i not in owners for i, _ in found) or any(t.is_punct for t in doc[tok.i:end]):
        return None  # no owner named, or an actor among the noun's own words ("Senate Republicans")
    if poss is not None and poss.tag_ == "PRP$":
        owner = actors.get(actors.at_token(poss.i))
        if owner is None or owner.kind == "country":
            return None
        name = f"{owner.name}'s " + doc[poss.i + 1:end].text
    else:
        name = doc[start:end].text
    actor = next((a for a in actors.actors if a.name.lower() == name.lower()), None)
    if actor is None:
        ident = _new_ident(actors, name)
        plural = not one and (tok.tag_ in ("NNS", "NNPS") or lower in ("team", "family", "camp", "entourage"))
        kind = "organization" if lemma in ("campaign", "office") else "group" if plural else "person"
        country, sector = _relation_codes(actors, tok, poss, found[0][1] or "")
        actor = Actor(id=ident, name=name, kind=kind, country=country, sector=sector)
        actors.actors.append(actor)
    actor.mentions += 1
    words = doc[start:end]
    actors.mentions.append(Mention(actor=actor.id, span=(words.start_char, words.end_char),
                                   tokens=(start, end), text=words.text, kind="title"))
    for i in range(start, end):
        if i not in owners and i not in kinds:
            actors.by_token[i] = actor.id
    return actor.id


# a person's circle and staff: they share their owner's sector ("Putin's spokesman" is GOV)
_CIRCLES = frozenset("""ally colleague team camp entourage aide adviser advisor associate confidant spokesman
spokeswoman spokesperson spokespeople secretary chief office""".split())


def _relation_codes(actors: "ActorTable", tok: "Token", poss: "Token | None",
                    owner_id: str) -> tuple[str | None, str | None]:
    """The country and sector of people named by their relation to an owner, as the annotators code
    them: the country they are in ("many people across Turkey"), else their owner's ("Kessler's
    allies", "people close to the White House"); kin are civilians (CVL), a campaign is a party's
    (PTY), and allies, colleagues, a person's circle, staff and office share the owner's sector ("Boehner's allies":
    LEG); other people keep none."""
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("in", "across", "from", "throughout"):
            for g in c.children:
                place = actors.get(actors.at_token(g.i)) if g.dep_ == "pobj" else None
                if place is not None and place.kind == "country":
                    return place.country, None
    owner = actors.get(actors.at_token(poss.i) if poss is not None else owner_id)
    if owner is None:
        return None, None
    lemma = tok.lemma_.lower()
    if lemma in _HOUSEHOLD:
        sector: str | None = "CVL"
    elif lemma == "campaign":
        sector = "PTY"
    elif lemma in _CIRCLES:
        sector = owner.sector
    else:
        sector = None
    return owner.country, sector


# nouns of a written text that "says" what its author says ("the statement said", "the report said")
_DOCUMENTS = {"statement", "report", "analysis", "letter", "release", "communique", "communiqué", "memo",
              "readout", "study", "assessment", "document", "cable"}
# what a number, a poll or a piece of writing "says": no one, where the text names no author
_WRITINGS = _DOCUMENTS | {"poll", "polling", "survey", "finding", "result", "data", "figure", "number", "ad",
                          "advertisement", "video", "email", "e-mail", "tweet", "post", "article", "editorial",
                          "story", "paper", "book", "record", "filing", "research", "projection", "estimate",
                          "transcript", "complaint", "lawsuit", "suit", "affidavit", "order", "ruling", "website",
                          "average"}
# what a pollster runs: its author is named in its own phrase, never by the verb that cites it
_POLLS = {"poll", "survey"}
# how many tokens back the first telling of the document may be
_DOCUMENT_REACH = 250


# entity types of a modifier that tell where or whom a writing is about, not who wrote it ("a new Iowa
# poll", "a Latino survey")
_NOT_AUTHORS = {"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "EVENT", "LAW"}


def writing_author(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """Who wrote, ran or issued the poll, report, study or ad headed by ``tok``, where the phrase
    states it: a proper name before the noun ("a new CNN/ORC poll", "The Morning Consult poll",
    "another Pew study"), its possessor ("the agency's report"), or a "by"/"from" phrase on it or on
    its participle ("a poll by RealClearPolitics", "a report released by the Brookings
    Institution", "a memo from the committee"). The author is the actor of that name, made an
    organisation when the actors stage made none (the corpus guidelines, sections 1 and 5: a body
    that speaks is an actor). A place or a people ("a new Iowa poll", "a Latino survey") is what the
    writing is about, not its author; what the phrase does not state, the text does not tell here."""
    if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in _WRITINGS and tok.lower_ not in _WRITINGS):
        return None
    heads: list["Token"] = []
    # the name may modify a noun before the head ("the RealClearPolitics polling average")
    lefts = list(tok.lefts) + [g for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                               for g in c.lefts if g.dep_ in ("compound", "nmod")]
    for c in lefts:
        if c.dep_ == "poss" and c.head.i == tok.i or c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or _camel_name(c)):
            heads.append(c)
    for c in tok.rights:
        preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "agent"] \
            if c.dep_ == "acl" and c.tag_ == "VBN" else []
        for prep in preps:
            if prep.lower_ in ("by", "from"):
                heads += [g for g in prep.children if g.dep_ == "pobj"]
    for head in heads:
        if head.pos_ == "PRON":
            continue
        span = range(head.left_edge.i, head.i + 1)
        # a name the recogniser took for a place no bundled table knows ("The Quarnby poll", "a
        # report from KQRB") is the author's; a place it knows ("a new Iowa poll") is what it is about
        if (head.ent_type_ in _NOT_AUTHORS or any(doc[i].ent_type_ in _NOT_AUTHORS for i in span
                                                   if doc[i].pos_ == "PROPN")) \
                and not (head.pos_ == "PROPN" and _no_place(doc[span.start:span.stop])):
            continue
        found = next((a for a in (actors.at_token(i) for i in span) if a is not None), None)
        actor = actors.get(found) if found else None
        if actor is not None:
            if actor.kind != "country":
                return actor.id
            continue
        if head.pos_ == "PROPN" or _camel_name(head):
            made = _named_speaker(doc, actors, head, kind="organization")
            if made is not None:
                return made
    return None


def _poll_of_count(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """The author of the poll that counted the people who speak: in "55 percent of voters said ...,
    according to a Quinnipiac poll" and "In a new CNN/ORC poll, six in 10 Republicans said ...", the
    people speak only through the poll, and the text names who ran it. Only a counted subject (a
    share, a number, "a majority of", "most"), and only a poll that its own phrase gives an author
    (:func:`writing_author`) and that stands in the subject's sentence after "according to" or "in"."""
    if not (tok.lower_ in _COUNTERS or tok.pos_ == "NUM" or tok.like_num):
        return None
    for t in tok.sent:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _POLLS or t.dep_ != "pobj":
            continue
        prep = t.head
        if not (prep.lower_ == "in" or prep.lower_ == "to" and prep.head.lower_ == "according"):
            continue
        author = writing_author(doc, actors, t)
        if author is not None:
            return author
    return None


def _camel_name(tok: "Token") -> bool:
    """A body's name the tagger took for a common noun ("a poll by RealClearPolitics"): a capital
    inside the word, and the word inside its sentence."""
    return tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start \
        and any(c.isupper() for c in tok.text[1:]) and not tok.text.isupper()


def _document_source(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """The author of a document named by a noun ("the statement said"): the one whose verb of issuing
    takes the document itself ("House Republicans issued a new report that says ..."), or, for a
    definite noun, the author the text told where it first named one of that kind, a little earlier
    ("Iran denied it in a statement from its mission", "the ministry issued a statement", "X said in
    a statement"; a later "the report" in a subject's place only names it again and is passed over).
    None when the text does not tell, or names no document of that kind before."""
    if tok.lemma_.lower() in _PARTS:  # "part of the statement said": the statement speaks
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), tok)
    lemma = document_lemma(tok)
    if lemma is None or tok.dep_ == "nsubjpass":
        return None  # "the report has not been confirmed": what is said of it, not what it says
    issued = _issuer(doc, actors, tok)
    if issued is not None:
        return issued
    det = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if not det or det[0].lower_ not in ("the", "this", "that", "its", "their"):
        return None
    again = False  # passed over a mention that only names the document again
    for i in range(tok.i - 1, max(-1, tok.i - _DOCUMENT_REACH), -1):
        earlier = doc[i]
        kind = document_lemma(earlier)
        if earlier.pos_ != "NOUN" or kind is None or kind != lemma and (lemma != "document" or kind in _POLLS):
            continue  # "the document" names again a document of any kind ("the white paper", "the letter")
        own = writing_author(doc, actors, earlier)
        if own is not None:  # "a statement from its mission", "the ministry's statement"
            return own
        if lemma in _POLLS:
            return None  # who cites a poll ("Trump pointed to a new poll") did not run it
        if earlier.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in earlier.children):
            again = True  # "The report also faults ...": the document named again; its first telling decides
            continue
        if again:
            # past a repeated mention only a verb of issuing tells the author: "received a letter",
            # "according to a report" tell none
            return _issuer(doc, actors, earlier)
        verb = climb(earlier.head, ("prep", "pobj"))  # "said in a statement": statement <- in <- said
        if verb.pos_ == "VERB" and earlier.dep_ in ("dobj", "pobj"):
            subj = verb_subject(verb)
            if subj is not None and subj.pos_ != "PRON":
                return actor_of_phrase(doc, actors, subj, fallback=False)
        return None  # the nearest earlier telling decides
    return None


# nouns of a piece of a document that says what the document says ("part of the statement said")
_PARTS = frozenset({"part", "portion", "excerpt", "section", "passage"})


# verbs by which a body or person puts out a document of its own: their subject wrote it
_ISSUING = frozenset("""issue release publish unveil file submit post circulate distribute produce draft
                        send""".split())


def document_lemma(tok: "Token") -> str | None:
    """The kind of document ``tok`` heads, or None: a noun of :data:`_DOCUMENTS` or a poll, or a
    white paper (whose "paper" alone is as often a newspaper)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN":
        return None
    if lemma in _DOCUMENTS | _POLLS:
        return lemma
    if lemma == "paper" and any(c.dep_ in ("amod", "compound") and c.lower_ == "white" for c in tok.children):
        return "white paper"
    return None


def _issuer(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """Who issues the document ``tok`` is the object of: "House Republicans issued a new report that
    says ...", "the agency released a statement saying ...". A verb that only handles someone
    else's document ("Trump dismissed a report that ...") names no author."""
    if tok.dep_ != "dobj" or tok.lemma_.lower() in _POLLS:
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma == "put" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        lemma = "issue"
    if verb.pos_ != "VERB" or lemma not in _ISSUING:
        return None
    subj = verb_subject(verb)
    if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("it", "they"):
        return None
    return actor_of_phrase(doc, actors, subj, fallback=False)


def _as_person(actors: "ActorTable", actor_id: str | None) -> str | None:
    """A speaker the actors stage made an organisation of though its name is the surname of one
    person of the text ("Ocasio-Cortez, said" beside "Alexandria Ocasio-Cortez"): that person."""
    actor = actors.get(actor_id) if actor_id else None
    # (a group is several people: "Khans" is the family, not its one member the text names)
    if actor is None or actor.kind in ("person", "country", "group") or " " in actor.name.strip() \
            or actor.sector is not None:
        return actor_id
    return _by_surname(actors, actor.name) or _by_family_name(actors, actor.name) or actor_id


def _by_family_name(actors: "ActorTable", word: str) -> str | None:
    """The one person whose name of two words begins with ``word`` ("Wang" for "Wang Shouwen": a
    family name written first), when no other actor's name holds that word. A word that is no
    plain name ("EgyptAir", "campaign") and a "person" named by a post ("Twitter spokesman") are not read."""
    from ..actors._dictionaries import bundled

    if not word.istitle() or not word.isalpha():
        return None
    word = word.lower()
    agents = bundled().agents
    hits = {a.id for a in actors.actors if a.kind == "person" for n in (a.name, *a.aliases)
            if len(n.split()) == 2 and n.lower().split()[0] == word
            and n.lower().split()[1] not in _PERSON_TITLES and n.lower().split()[1] not in agents}
    if len(hits) != 1 or any(word in n.lower().split()[1:] for a in actors.actors for n in (a.name, *a.aliases)):
        return None
    return hits.pop()


# entity types that a speaker's proper name is not
_NOT_SPEAKERS = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                 "QUANTITY", "EVENT", "LAW", "LANGUAGE", "PRODUCT"}


def _named_speaker(doc: "Doc", actors: "ActorTable", tok: "Token", kind: str | None = None, *,
                   start: int | None = None) -> str | None:
    """A speaker named by a proper name the actors stage made no actor of, usually because the
    parser's entity recogniser missed it next to a quote ("Stephanie Cutter, deputy campaign manager,
    said" read as a WORK_OF_ART; "said Shalev"). The one who speaks is an actor (the corpus
    guidelines, section 5): a person, or an organisation where the recogniser says ORG. The actor and
    its mention are added to the table, once per name. ``start``: where a name the caller has read
    begins (a news outlet's, with its article), which the entity type does not then veto."""
    if start is not None:
        words = doc[start:tok.i + 1]
        if any(actors.at_token(t.i) for t in words) or len(words) > 4:
            return None
        return _add_speaker(doc, actors, tok, words, kind)
    start = tok.i
    # the name stops at a title or a word the actors stage already gave an actor: in "Phoenix Mayor
    # Dana Marsh said", the city and its office are not part of her name
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "flat") \
            and doc[start - 1].head.i in range(start, tok.i + 1) and actors.at_token(start - 1) is None \
            and doc[start - 1].lower_.rstrip(".") not in _PERSON_TITLES | _HONORIFICS:
        start -= 1
    words = doc[start:tok.i + 1]
    if tok.lower_.rstrip(".") in _PERSON_TITLES | _HONORIFICS:
        return None  # "former Pennsylvania Gov. and ... Chairman Ed Rendell": a title, not a name
    # a name after a relation or people noun is a person's whatever the recogniser calls it ("his friend
    # Jay Roe told", the name read as a PRODUCT)
    related = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < start and _relation(c) for c in tok.children) \
        or (tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and _relation(tok.head))
    if (tok.ent_type_ in _NOT_SPEAKERS and not _no_place(words) and not related) \
            or any(actors.at_token(t.i) for t in words) or not all(
            t.text[:1].isupper() and any(c.isalpha() for c in t.text) for t in words):
        return None
    if all(t.is_upper for t in words) and (kind != "organization" or len(words) > 1) or len(words) > 4:
        return None  # an acronym (but a body's: "a new CNN/ORC poll") or a headline in capitals, a long run of names
    return _add_speaker(doc, actors, tok, words, kind)


def _add_speaker(doc: "Doc", actors: "ActorTable", tok: "Token", words: "Span", kind: str | None) -> str:
    """The actor named ``words`` (made once per name), with a mention there."""
    from ..records import Actor

    name = words.text
    actor = next((a for a in actors.actors if a.name == name), None)
    if actor is None:
        ident = _new_ident(actors, name)
        # a name with an article is a body's ("the Star in Malaysia said"), not a person's
        body = tok.ent_type_ == "ORG" or tok.ent_type_ in _PLACE_GUESSES and any(c.dep_ == "det" for c in tok.children)
        actor = Actor(id=ident, name=name, kind=kind or ("organization" if body else "person"),
                      country=_country_after(actors, tok))
        actors.actors.append(actor)
    return _name_mention(actors, actor, words)


# what the recogniser calls a publication's name when it does not call it an ORG: a place ("The
# Atlantic" as the ocean), a building, a product or a work ("HuffPost", "The Hill")
_OUTLET_GUESSES = ("GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")


def _outlet_speaker(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """A news outlet that speaks though the actors stage made no actor of it ("HuffPost asked", "As The
    Atlantic noted"): a name the bundled dictionary lists as an outlet, whatever the recogniser took
    it for, or a name the recogniser calls a place, a building, a product or a work that a capitalised
    "The" opens ("The Atlantic"): an ocean or a film says nothing. An organisation in the text's words."""
    from ..actors._dictionaries import bundled

    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    start = tok.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].head.i in range(start, tok.i + 1) \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    words = doc[start:tok.i + 1]
    entry = bundled().actors.lookup(words.text)
    listed = entry is not None and entry.kind != "person" and bool(entry.codes) and entry.codes[0][0][3:6] == "JRN"
    the = start > 0 and doc[start - 1].text == "The" and doc[start - 1].dep_ == "det" and doc[start - 1].head.i == tok.i
    guessed = the and tok.pos_ == "PROPN" and tok.ent_type_ in _OUTLET_GUESSES and all(
        t.ent_type_ in _OUTLET_GUESSES for t in words)
    if not listed and not guessed:
        return None
    if guessed:  # the article is a word of the outlet's name
        start -= 1
    return _named_speaker(doc, actors, tok, kind="organization", start=start)


def _country_after(actors: "ActorTable", tok: "Token") -> str | None:
    """The country a phrase after a name places it in ("the Star in Malaysia", "Kessler of
    Canada"): a country actor as the object of "in", "of" or "from" on the name."""
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
            for g in c.children:
                place = actors.get(actors.at_token(g.i)) if g.dep_ == "pobj" else None
                if place is not None and place.kind == "country":
                    return place.country
    return None


# entity types the recogniser often gives a surname it does not know ("Tanden wrote", "Hurun said")
_PLACE_GUESSES = ("GPE", "FAC")


def _no_place(words) -> bool:
    """Whether a name the entity recogniser took for a place or a building names none that the
    bundled tables know (countries, their capitals, cities, US states, peoples): the small model
    calls many an unfamiliar surname GPE ("Tanden wrote", "Bryne went on to say"), and a place that
    says something is a country or a city the actors stage already made an actor of. The last word
    carries the guess; a first name before it may have no entity type ("Peña Nieto")."""
    from ..actors._dictionaries import bundled, norm

    if any(t.ent_type_ not in _PLACE_GUESSES + ("",) for t in words) or words[-1].ent_type_ not in _PLACE_GUESSES:
        return False
    tables = bundled()
    keys = {norm(words.text)} | {norm(t.text) for t in words}
    return not any(k in tables.places or k in tables.countries or k in tables.demonyms for k in keys)


def _by_surname(actors: "ActorTable", word: str, *, person: bool = True) -> str | None:
    """The one person whose name ends with ``word`` ("Trump", "PENCE"), when the actors stage left
    this mention of them unmarked. With ``person`` false: the one actor of another kind (not a
    country) whose name of two words or more ends with it, a person the actors stage took for an
    organisation ("Sean Hannity")."""
    word = word.lower()
    hits = {a.id for a in actors.actors if (a.kind == "person") == person and a.kind != "country"
            for n in (a.name, *a.aliases) if n.lower().replace(".", " ").split()[-1:] == [word]
            and (person or len(n.split()) > 1)}
    return hits.pop() if len(hits) == 1 else None


# honorifics and abbreviated titles before a name ("Sen. Dana Marsh", "Mr. Kessler")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "adm", "sgt", "capt", "rev",
               "prof", "judge", "justice", "mayor", "former", "sir", "dame", "lord", "lady"}
# more abbreviated ranks and titles that stand before a name with a period ("Army Maj. X", "Supt. X")
_TITLE_ABBREVIATIONS = {"cpl", "pvt", "maj", "cmdr", "supt", "atty", "amb"}
# a title noun -> the words that give a person that title next to their name ("Sen. Lindsey Graham")
_TITLE_CUES = {
    "senator": {"sen", "senator"}, "governor": {"gov", "governor"}, "congressman": {"rep", "congressman"},
    "congresswoman": {"rep", "congresswoman"}, "representative": {"rep", "representative"},
    "president": {"president"}, "secretary": {"secretary", "sec"}, "mayor": {"mayor"},
    "general": {"gen", "general"}, "judge": {"judge"}, "nominee": {"nominee"}, "candidate": {"candidate"},
    "minister": {"minister"}, "ambassador": {"ambassador", "amb"}, "chairman": {"chairman"},
    "chairwoman": {"chairwoman"}, "leader": {"leader"}, "speaker": {"speaker"}, "spokesman": {"spokesman"},
    "spokeswoman": {"spokeswoman"}, "businessman": {"businessman"}, "businesswoman": {"businesswoman"},
}
# lower-case title words that stand right before a person's name ("... president Richard Haass")
_PERSON_TITLES = set(_TITLE_CUES) | {"director", "chief", "founder", "head", "analyst", "professor", "editor",
                                     "executive", "ceo", "president", "spokesperson", "adviser", "advisor", "aide",
                                     "manager", "chair", "secretary", "envoy", "official", "lawyer", "attorney"}
# "the Kentucky Republican": a party noun refers to a legislator named with that party's mark
# ("Sen. Rand Paul (R-Ky.)": the mark, not the word, which a sentence may use of anyone)
_PARTY_CUES = {"republican": {"r"}, "democrat": {"d"}}
# how many tokens around a person's name may hold the title that names them
_TITLE_REACH = 6


def title_holder(doc: "Doc", actors: "ActorTable", tok: "Token") -> str | None:
    """The person a definite title phrase refers to ("the South Carolina senator", "the Indiana
    governor"): the nearest person named before it with that title beside the name ("Sen. Lindsey
    Graham", "Mike Pence, the governor of Indiana"), preferring one whose name's surroundings also
    hold the phrase's other words ("Indiana"). A holder named beside another state ("Sen. X, R-Iowa") is
    not "the Florida senator"."""
    cues = _TITLE_CUES.get(tok.lower_)
    party = _PARTY_CUES.get(tok.lower_)
    # "the President said": a capitalised title the tagger reads as a name is still the title
    title = tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.text.istitle() and not any(
        c.dep_ in ("compound", "flat") for c in tok.children)
    if (cues is None or not title) and (party is None or tok.tag_ not in ("NN", "NNP")):
        return None
    cues = party if party is not None else cues
    if cues is None:
        return None
    det = [c for c in tok.lefts if c.dep_ == "det"]
    if not det or det[0].lower_ not in ("the", "this", "that"):
        return None
    mods = {c.lower_ for c in tok.subtree if c.i < tok.i and c.dep_ != "det" and c.is_alpha}
    best: tuple[int, int, str] | None = None
    titled: dict[str, int] = {}  # the holders' mentions with the title beside them
    for m in actors.mentions:
        if m.tokens[1] > tok.i or m.kind not in ("name", "title") or not _person(actors, m.actor):
            continue
        if m.actor == actors.at_token(tok.i) or _unnamed_holder(actors, m.actor, cues):
            continue
        lo, hi = max(0, m.tokens[0] - _TITLE_REACH), min(len(doc), m.tokens[1] + _TITLE_REACH)
        # the title beside a name is that name's: the window stops at another person's name ("Ohio
        # Gov. John Kasich and Florida Sen. Marco Rubio": "Sen." is Rubio's) and at a verb ("than
        # Kasich has, and the Florida senator ...": another clause)
        lo = max([lo] + [i + 1 for i in range(lo, m.tokens[0]) if _beyond(doc, actors, i, m.actor)])
        hi = min([hi] + [i for i in range(m.tokens[1], hi) if _beyond(doc, actors, i, m.actor)])
        if party is not None:  # the mark follows the name, up to its closing bracket: "Paul (R-Ky.)"
            lo = m.tokens[1]
            hi = next((i + 1 for i in range(lo, hi) if doc[i].text == ")"), hi)
        around = {w.strip(".") for i in range(lo, hi) for w in (doc[i].lower_, *doc[i].lower_.split("-"))}
        if not around & cues:
            continue
        if party is None and not mods & _DEPUTY and not any(_own_title(doc, i, cues) for i in range(lo, hi)):
            continue  # "Vice President X" is not "the president"
        key = (sum(1 for w in mods if w in around or ABBREVIATIONS.get(w, frozenset()) & around), m.tokens[0])
        if party is not None and not key[0]:
            continue  # a party mark alone is shared by half the chamber: the state must match too
        if not key[0] and mods & ABBREVIATIONS.keys() and around & ABBREVIATIONS.keys():
            continue  # "the Florida senator" is not the senator named beside another state ("Sen. X, R-Iowa")
        if best is None or key > best[:2]:
            best = (*key, m.actor)
        titled[m.actor] = titled.get(m.actor, 0) + 1
    if best is not None and not mods:
        # a bare title ("the president") where several holders are named is the one the story names
        # with it most ("President X" throughout, "President Y" in one paragraph); on a tie, the last
        most = max(titled.values())
        leaders = [a for a, n in titled.items() if n == most]
        if len(leaders) == 1:
            return leaders[0]
    return best[2] if best is not None else None


_DEPUTY = frozenset({"vice", "deputy"})


def _unnamed_holder(actors: "ActorTable", actor: str, cues: "Container[str]") -> bool:
    """A person the actors stage named by the office itself ("New Mexico governor"): no holder the
    title phrase can refer back to."""
    found = actors.get(actor)
    words = found.name.lower().split() if found is not None else []
    return bool(words) and words[-1] in cues


def _own_title(doc: "Doc", i: int, cues: set[str]) -> bool:
    """Whether token ``i`` gives the title ``cues`` name, not a deputy's ("Vice President",
    "vice-chairman", "deputy minister" are not "the president", "the chairman", "the minister")."""
    words = [w.strip(".") for w in doc[i].lower_.split("-")]
    before = doc[i - 1].lower_ if i > 0 else ""
    return any(w in cues and (words[k - 1] if k else before) not in _DEPUTY for k, w in enumerate(words))


def _deputy_only(doc: "Doc", actors: "ActorTable", tok: "Token", actor: str) -> bool:
    """Whether the person the actors stage took a bare title phrase for ("the president") is named
    only with a deputy's form of that title ("Vice President X"): the phrase is someone else's."""
    cues = _TITLE_CUES.get(tok.lower_)
    if cues is None or any(c.dep_ != "det" for c in tok.lefts) or tok.lower_ in _DEPUTY:
        return False
    deputy = False
    for m in actors.mentions:
        if m.actor != actor or m.kind != "name" or m.tokens[1] > tok.i:
            continue
        for i in range(max(0, m.tokens[0] - 2), m.tokens[0]):
            if _own_title(doc, i, cues):
                return False
            deputy = deputy or any(w.strip(".") in cues for w in doc[i].lower_.split("-"))
    return deputy


def _beyond(doc: "Doc", actors: "ActorTable", i: int, actor: str) -> bool:
    """Whether token ``i`` ends the reach of a title around ``actor``'s name: another person's name,
    or a verb."""
    other = actors.at_token(i)
    return other is not None and other != actor and _person(actors, other) or doc[i].pos_ == "VERB"


def speaker_subject(verb: "Token", quoted: "Container[int]" = ()) -> "Token | None":
    """The subject of a cue verb, as :func:`verb_subject`, through two more constructions of news
    copy: a relative clause ("Mattis, who declared that ...": Mattis) and a passive report ("X was
    cited as saying", "X is quoted as saying": X). A subject inside the quotation marks (token
    indices ``quoted``) is passed over for one outside them: in `“Two things missing,” Richard
    Haass wrote` the parser gives "wrote" both "things" and "Haass" as subjects."""
    agent = _passive_agent(verb, quoted)
    if agent is not None:
        return agent
    outside = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i not in quoted]
    if outside and any(c.dep_ in _SUBJECT_DEPS and c.i in quoted for c in verb.children):
        return outside[0]
    if len(outside) > 1 and outside[0].pos_ != "PROPN" and _hyphen_split(outside[0]) and outside[-1].pos_ == "PROPN":
        # "co-host Mika Hallorsen asked": the parser splits the hyphenated title into subjects of
        # their own ("co", "-") beside the name, the last of them; a hyphenated name ("Moon Jae-in")
        # is no title
        return outside[-1]
    if len(outside) > 1 and outside[-1].i < verb.i and any(i in quoted for i in range(outside[0].i, outside[-1].i)):
        # `An argument between those who fear X (“...,” Marsh wrote last week) and ...`: the parser
        # gives "wrote" the phrase before the quotation as a subject too; the one after it, beside
        # the verb, writes
        return outside[-1]
    postposed = _postposed_subject(verb, outside)
    if postposed is not None:
        return postposed
    if not outside and verb.i > 0 and verb.tag_ in ("VBD", "VBZ") and verb.text.islower() \
            and verb.dep_ in ("ROOT", "xcomp", "ccomp", "conj", "advcl", "parataxis"):
        # `..., Beck joked, “...”`: a name right before its verb that the parser made the verb's
        # compound (a verb has no compounds of its own) is its subject, not the subject of the verb
        # the parser then hangs it on (`When someone shouted, “X,” Beck joked`: not "someone"); only
        # a finite verb in lower case that heads a clause ("the Islamic State", "four Super Tuesday
        # states" are names and nouns)
        named = verb.doc[verb.i - 1]
        if named.dep_ == "compound" and named.head.i == verb.i and named.pos_ == "PROPN" and named.i not in quoted:
            return named
    if len(outside) > 1 and _dateline(outside[0]):
        # "DENVER, May 4 (AP) — Dana Marsh said": the parser gives the verb the dateline's place and
        # the name as subjects; the place says nothing
        return outside[1]
    if verb.tag_ == "VBG" and not outside and verb.i > 0:
        # "footage of Maria Alvey asking, “...”", "a clip of Reyes saying": the name right before
        # the participle says it, wherever the parser hung the participle (often on the main verb,
        # whose subject is the footage or the ad)
        # ("attacked Reyes saying that" stays the attacker's: only a name after "of")
        before = verb.doc[verb.i - 1]
        if before.pos_ == "PROPN" and before.i not in quoted and before.dep_ == "pobj" and before.head.lower_ == "of":
            return before
    if verb.tag_ == "VBG" and not outside and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" \
            and verb.head.head.pos_ == "VERB" and verb.head.head.i < verb.i and _reports(verb.head.head):
        # "Kessler told the paper that Marsh “had no plan,” adding, “...”": the parser hangs the
        # participle on the reported clause, but the one who reports goes on ("adding" is Kessler's)
        return speaker_subject(verb.head.head, quoted)
    if verb.tag_ == "VBG" and not outside and verb.dep_ == "advcl":
        holder = _clause_holder(verb, quoted)
        if holder is not None:
            return holder
    caused = _caused_speaker(verb, quoted) if not outside else None
    if caused is not None:
        return caused
    if not outside and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and not _reports(verb.head) \
            and verb.head.head.pos_ == "VERB" and verb.head.head.i < verb.head.i and _reports(verb.head.head):
        # "Spicer said the party was not in a crisis, and urged that everyone relax": the parser
        # coordinates the second verb of saying with the reported clause's verb, whose subject (the
        # party) says nothing; the one who reports goes on
        reporter = speaker_subject(verb.head.head, quoted)
        if reporter is not None:
            return reporter
    if not outside and verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP") and cue_lemma(verb) in SPEECH_VERBS \
            and verb.head.i < verb.i and verb.head.pos_ == "VERB" and verb.head.i not in quoted:
        # "Clinton, exasperated, famously responded: “...”": the parser leaves the finite verb of
        # saying without a subject, hung loosely on the verb before it, whose subject speaks
        found = _not_place(verb_subject(verb.head))
        if found is not None and found.i not in quoted:
            return found
    subj = _not_place(verb_subject(verb))
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head
    if subj is not None and subj.pos_ == "PROPN" and subj.i < verb.i - 1:
        # `“... from Kessler to Walsh to,” now, Reyes, Marsh said`: a name right before the verb that
        # the parser joined to the name before it with a bare comma (no "and") is the subject alone;
        # the first name ends the quote's own sentence
        last = verb.doc[verb.i - 1]
        if last.dep_ == "conj" and last.head.i == subj.i and last.pos_ == "PROPN" and last.i not in quoted \
                and not any(c.dep_ == "cc" for c in subj.children) and verb.doc[last.left_edge.i - 1].text == ",":
            return last
    if (subj is None or subj.i in quoted) and not outside:
        # `As Dana Marsh, author of ''The Long Count,'' put it, “...”`: the parser reads "as" as a
        # preposition and the name as its object, leaving the verb of its clause without a subject
        # of its own (the one it borrows from the verb it hangs on is inside the quote)
        as_ = next((c for c in verb.children if c.lower_ == "as" and c.i < verb.i and c.dep_ in ("mark", "prep")), None)
        object_of_as = next((g for g in as_.children if g.dep_ == "pobj" and g.i not in quoted), None) \
            if as_ is not None else None
        if object_of_as is not None and object_of_as.pos_ == "PROPN":
            return object_of_as
    if subj is None and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        # "X was quoted as saying": X; "the paper quoted X as saying", "a report that cited X as
        # saying": the object X, not the paper that quotes
        host = verb.head.head
        obj = next((c for c in host.children if c.dep_ == "dobj" and c.i < verb.i and c.i not in quoted), None)
        if obj is not None and cue_lemma(host) in _QUOTING:
            return obj
        return verb_subject(host)
    if subj is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "Trump responded by saying he ...", "After suggesting that ..., Rubio disagreed": the one
        # who does the verb the phrase hangs on
        return verb_subject(verb.head.head)
    return subj


def _clause_holder(verb: "Token", quoted: "Container[int]") -> "Token | None":
    """The one whose belief or answer a participle of saying after a comma goes on with, when the
    parser hangs the participle on the clause they hold: in `Marsh believes most voters aren't eager
    to vote again, saying ...` and `Kessler responded to reports that the agency had tapped his phone,
    saying ...` the participle hangs on "are" and "tapped", whose subjects (the voters, the agency) are
    what the clause is about; Marsh and Kessler speak. The held clause is a verb's complement or a
    "that" clause of a noun ("reports that ...") the verb governs."""
    comma = verb.doc[verb.i - 1] if verb.i > 0 else None
    if comma is None or comma.text != ",":
        return None
    clause = verb.head
    if clause.i >= verb.i or clause.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ in _SUBJECT_DEPS and c.i not in quoted for c in clause.children):
        return None
    if clause.dep_ == "ccomp":
        holder = clause.head
    elif clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
            and clause.head.pos_ == "NOUN":
        holder = clause.head.head
        while holder.dep_ in ("pobj", "prep", "dobj") and holder.head.i != holder.i:
            holder = holder.head
    else:
        return None
    if holder.i >= clause.i or holder.pos_ not in ("VERB", "AUX"):
        return None
    subj = verb_subject(holder)
    return subj if subj is not None and subj.i not in quoted else None


def _caused_speaker(verb: "Token", quoted: "Container[int]") -> "Token | None":
    """The object of a verb of causing that a verb of saying completes: in `The loss led Republicans
    to say that ...`, `The move prompted some to speculate ...` and `left voters saying ...` the
    object speaks, not the event or fact in subject place (which :func:`verb_subject`, climbing the
    clause, would give). A verb of asking or telling ("urged X to say") is no cause: its subject is
    the one whose words the clause gives, as before."""
    if verb.dep_ not in ("xcomp", "advcl", "ccomp") or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _CAUSING:
        return None
    if verb.tag_ == "VBG":
        if head.lemma_.lower() != "leave":
            return None  # "X made a call, saying ...", "X moved on, asking ...": X goes on to speak
    elif verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "led X to say": the infinitive, an xcomp
    return next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i
                 and c.i not in quoted), None)


# verbs by which an event or fact makes someone say or think something: their object speaks
_CAUSING = frozenset({"lead", "prompt", "cause", "spur", "drive", "inspire", "provoke", "compel", "force",
                      "leave"})


def _passive_agent(verb: "Token", quoted: "Container[int]") -> "Token | None":
    """The one in the "by" phrase of a verb of saying in the passive: in `X was asked by the host,
    “...”` and `X was told by an aide that ...` the host and the aide speak, not the subject X. A
    verb of quoting is left out: in `X was quoted by the paper` X's words are the ones given."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    lemma = cue_lemma(verb)
    if lemma not in SPEECH_VERBS or lemma in _QUOTED_BY:
        return None
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj" and g.i not in quoted), None)
    return None


def addressee(verb: "Token", quoted: "Container[int]" = ()) -> "Token | None":
    """The subject of a verb of saying in the passive whose "by" phrase speaks (`X was asked by Y`):
    the one spoken to, X. None for any other verb."""
    if _passive_agent(verb, quoted) is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i not in quoted), None)


# verbs whose passive "by" phrase names who gives the words, not who said them
_QUOTED_BY = frozenset({"quote", "cite", "record"})
_PLACES = ("GPE", "LOC", "FAC")
# verbs by which a text gives someone's words "as saying"
_QUOTING = frozenset({"quote", "cite", "describe", "report", "record", "show", "depict"})


def _not_place(subj: "Token | None") -> "Token | None":
    """A place the parser made a second subject of the verb ("Speaking in Salem, New Hampshire,
    Kessler went after Marsh": "New Hampshire" and "Kessler" both subjects of "went") gives way to
    the other subject."""
    if subj is None or subj.ent_type_ not in _PLACES:
        return subj
    others = [c for c in subj.head.children if c.dep_ in _SUBJECT_DEPS and c.i != subj.i and c.ent_type_ not in _PLACES]
    return others[-1] if others else subj


def _reports(verb: "Token") -> bool:
    return cue_lemma(verb) in SPEECH_VERBS


def _hyphen_split(tok: "Token") -> bool:
    """A word the tokenizer cut at an unspaced hyphen ("co" of "co-host")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == "-" and not tok.whitespace_ and not nxt.whitespace_


def _dateline(tok: "Token") -> bool:
    """A place in capitals that opens its sentence before a comma or a dash: a dateline ("DENVER,")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return bool(tok.is_sent_start) and tok.is_upper and len(tok.text) > 2 and nxt is not None \
        and nxt.text in (",", "-", "--", "\u2014", "\u2013")


def _postposed_subject(verb: "Token", outside: "list[Token]") -> "Token | None":
    """The one who speaks in a tag set into or after a reported clause, where the parser reads the
    clause's noun as a second subject of the verb of saying: after it, closing the clause with a
    comma ("The rejection of the treaty signals “the end” for the EU, said Geert Wilders": it takes
    "signals" for a noun, or a partial quote breaks the clause), or set off by commas inside it
    ("Voters, Clinton suggested, don't have to worry ..."). The clause's subject must be a noun (not
    a name or a pronoun: "Sanders, whose coalition ..., said closed primaries ..." is Sanders'), and
    the verb take no reported clause after it; the speaker's phrase is the tag's words alone."""
    if len(outside) < 2 or cue_lemma(verb) not in SPEECH_VERBS or verb.i == 0 or verb.i + 1 >= len(verb.doc):
        return None
    doc = verb.doc
    first = outside[0]
    if first.i > verb.i or first.pos_ in ("PROPN", "PRON"):
        return None
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # the verb's own reported clause follows it: no tag closes the sentence
    rest = outside[1:]
    if len(rest) != 1:
        return None
    subj = rest[0]
    if subj.i > verb.i and doc[verb.i - 1].text == "," and subj.left_edge.i == verb.i + 1:
        return subj  # ", said Geert Wilders."
    if subj.i < verb.i and subj.left_edge.i > first.right_edge.i and doc[subj.left_edge.i - 1].text == "," \
            and subj.right_edge.i == verb.i - 1 and doc[verb.i + 1].text == ",":
        return subj  # "Voters, Clinton suggested, don't ..."
    return None
