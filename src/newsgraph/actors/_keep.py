"""The learned filter on resolved actors: is this a political actor of the story, or junk?

Name recognition finds every capitalised name; not all are actors. Places that are only where
something happens ("talks in Geneva"), photo credits, bylines, programme names and page furniture
are not. A logistic model trained on the annotated corpus (``scripts/train_events.py``) scores each
actor from how and where it is mentioned: its kind, how it is named (a proper name, a description, a
demonym, a place), the words of its name, how many mentions and sentences, the mentions' roles, whether
it is met only in the heading, whether the knowledge base knows it. It runs after the other stages: an
actor that an event, a role, a quote or an agreement uses stays (those stages have their own evidence
for it). Every other actor is scored, in one of three groups the model tells apart by a feature of its
own, each with a threshold of its own folded into that feature's weight: those named in an event's
sentence but an ordinary place where no act of force is done there and a state or a capital that is only
the venue of what the sentence tells (:func:`newsgraph.actors._political.event_named`), those one of
whose names is the subject of a verb (:func:`named_subject`), and the rest. The shipped model decides
on the rest only: deciding on the other two lowers the corpus junk further, but drops the places and
subjects the PLOVER gold records code as an act's target or source (docs/evaluation.md, session 17).
An actor under its group's threshold is dropped with its mentions, and so, whatever its group, is a state
named only in the heading (:func:`heading_only_state`), the people of a city named only inside other
phrases (:func:`place_people_setting`), the American public named by its demonym (:func:`home_public`),
Washington taken for its people (:func:`home_capital_people`), a body named only in a named person's
description (:func:`body_in_persons_title`) or title (:func:`body_in_persons_name`), a state or a body named only
where a diplomat is posted (:func:`posting_place`), a party's bare adjective that only qualifies a thing
(:func:`party_word_setting`), a journalist who neither acts nor speaks (:func:`journalist_aside`),
journalists who are only told something (:func:`press_told`), the article's own publisher named only as the
one told or the source ("told CNN" in a CNN story: :func:`newsgraph.actors._publisher.own_outlet_told`) and
an unnamed agent met only inside
quotations (:func:`quoted_agent`); and a
state or a capital of an event's sentence named only as a setting no act of the sentence is done in
(:func:`setting_state`) or, past the lede, only where talk, a statement or cooperation happens
(:func:`venue_state`), the people of a city of an event's sentence named only where talk, a statement or
cooperation happens (:func:`place_people_venue`), a state that is a subject only inside a list of states
(:func:`listed_state`), a city, a province or a federation's state kept only as a verb's subject
(:func:`subject_place`) and another country's public that is only a subject (:func:`foreign_public`). The
groups, persons, venues and laws of an event's sentence that the rules keep are left alone too (the rules judge them:
:func:`newsgraph.actors._political.left_to_rules`).

It decides after the rules of ``_political`` have left out the names that are never an argument of
their sentence, on what they leave, and reads how each mention stands in its sentence as they do
(:func:`newsgraph.actors._political.mention_role`). States are decided on like any other actor: a
country named only as the place where something happens is no actor (corpus/GUIDELINES.md, section 1).
"""

from __future__ import annotations

from .._defaults import HOME_COUNTRY
from ..nlp import climb, doc_text, head_indices, lowers, sentence_index, span_root, tokens
from ..records import ActorTable, Mention
from .._linear import LinearModel, bucket, load_model_file
from ._coding import STATE_SECTORS, US_PARTY_NAMES, code_of
from ._dictionaries import bundled, norm
from ._political import POPULATION_ACTS, is_place, mention_role, ordinary_place
from ._publisher import own_outlet_told, told_to
from ..roles._titles import QUALIFIED_HEADS, is_title_head, is_title_word

__all__ = ["affair_word", "venue_state", "body_in_persons_name", "body_in_persons_title", "features", "foreign_public", "heading_only_state",
           "home_capital_people", "home_country", "home_public",
           "journalist_aside", "keep", "listed_state", "press_told", "keeper", "uncoded_party", "BODY_WORDS",
           "named_subject", "party_word_setting", "place_people_setting", "setting_participants", "setting_state", "HOME_COUNTRY", "MODEL_FILE", "NEVER",
           "place_people_venue", "posting_place", "quoted_agent", "subject_place", "VENUE_ACTS"]

MODEL_FILE = "keeper.json"

_FURNITURE = frozenset({"sign", "newsletter", "newsletters", "privacy", "policy", "getty", "images", "photo",
                        "caption", "reprint", "copyright", "click", "subscribe", "advertisement", "slideshow",
                        "video", "watch", "share", "email", "follow", "twitter", "facebook", "file", "hide",
                        "previous", "next", "contributed", "reporting", "editing", "writing", "staff", "llc",
                        "inc", "rights", "reserved"})
_ACT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "agent", "poss", "appos", "conj", "attr"})


def keeper() -> LinearModel | None:
    return load_model_file("actors", MODEL_FILE)


class _Reading:
    """How one actor's mentions stand, as the rules of ``_political`` read them: whether the actor is a
    place (:func:`is_place`) and each mention's role (:func:`mention_role`). The rules and the features
    of one :func:`keep` decision all ask the same questions of the same actor, so each answer is worked
    out once and kept for that decision only."""

    __slots__ = ("actor", "mentions", "doc", "_place", "_roles")

    def __init__(self, actor, mentions: list[Mention], doc) -> None:
        self.actor, self.mentions, self.doc = actor, mentions, doc
        self._place: bool | None = None
        self._roles: dict[tuple[int, int, bool], str] = {}

    def place(self) -> bool:
        if self._place is None:
            self._place = is_place(self.actor, self.mentions)
        return self._place

    def role(self, start: int, end: int, place: bool = False) -> str:
        key = (start, end, place)
        found = self._roles.get(key)
        if found is None:
            found = self._roles[key] = mention_role(self.doc, start, end, place=place)
        return found


def _reading(reading: _Reading | None, actor, mentions: list[Mention], doc) -> _Reading:
    return _Reading(actor, mentions, doc) if reading is None else reading


def features(actor, mentions: list[Mention], doc, sent_of: list[int], *, reading: _Reading | None = None) -> list[str]:
    toks = tokens(doc)
    name_words = actor.name.lower().split()
    out = ["bias", f"kind={actor.kind}", f"sector={actor.sector}", f"country={'yes' if actor.country else 'no'}",
           f"code={'yes' if actor.code else 'no'}", f"kind_code={actor.kind}|{bool(actor.code)}",
           f"n_mentions={bucket(len(mentions), (1, 2, 4, 8))}",
           f"name_len={bucket(len(name_words), (1, 2, 3))}",
           f"last_word={name_words[-1] if name_words else ''}"]
    kinds = {m.kind for m in mentions}
    out.extend(f"mention_kind={k}" for k in sorted(kinds))
    first_sent = None
    roles: set[str] = set()
    labels: set[str] = set()
    furniture = False
    # the shared head column and lower-case words: a Token's ``head`` is a new Token on each read
    heads, low = head_indices(doc), lowers(doc)
    for m in mentions:
        if not m.tokens or m.tokens[0] >= len(toks):
            continue
        start, end = m.tokens
        span_toks = toks[start:end]
        root = toks[next((i for i in range(start, start + len(span_toks))
                          if not start <= heads[i] < end or heads[i] == i), start + len(span_toks) - 1)]
        dep = root.dep_
        if dep == "pobj":
            dep = f"pobj_{low[heads[root.i]]}"
        roles.add(dep)
        label = span_toks[0].ent_type_
        if label:
            labels.add(label)
        s = sent_of[start] if start < len(sent_of) else 0
        first_sent = s if first_sent is None else min(first_sent, s)
        if not furniture:
            sent = span_toks[0].sent
            furniture = not _FURNITURE.isdisjoint(low[sent.start:sent.end])  # the shared words, no Token reads
        if "/" in m.text or any(ch.isdigit() for ch in m.text):
            out.append("odd_chars")
        if m.text.isupper() and len(m.text) > 3:
            out.append("all_caps")
    out.extend(f"dep={d}" for d in sorted(roles))
    out.extend(f"kind_dep={actor.kind}|{d}" for d in sorted(roles))
    if roles & _ACT_DEPS:
        out.append("acts")
    out.extend(f"ner={lab}" for lab in sorted(labels))
    # how the mentions stand in their sentences, as the rules read them (actors/_political.py)
    read = _reading(reading, actor, mentions, doc)
    place = read.place()
    where = sorted({read.role(*m.tokens, place=place) for m in mentions if m.tokens[1] > m.tokens[0]})
    out.extend(f"role={r}" for r in where)
    out.extend(f"kind_role={actor.kind}|{r}" for r in where)
    out.append("roles=" + ",".join(where))
    out.append(f"place={place}")
    out.append(f"unnamed={not any(m.kind in ('name', 'demonym') for m in mentions)}")
    out.append(f"first_sent={bucket(first_sent or 0, (0, 2, 6, 15))}")
    if furniture:
        out.append("furniture")
    out.extend(_more(actor, mentions, doc, sent_of, place))
    out.extend(_governors(mentions, doc))
    return out


# The links through which a name stands for its head's word rather than for itself: a member of a list
# ("X and Y"), a name beside a description ("X, the ...").
_PASS_THROUGH = ("conj", "appos")


def _governors(mentions: list[Mention], doc) -> list[str]:
    """The word each name or description of the actor hangs on, with the link (``gov=nsubj_say``,
    ``gov=compound_bill``; after a preposition the preposition and the word it hangs on:
    ``gov=to_ambassador``, ``gov=against_use``), a member of a list or an apposition read at the list's
    head. The role features say whether a mention is a subject or an object; the word says of what:
    a name that says something or is told something is an actor more often than one that qualifies a
    bill or follows "ambassador to" (the training script keeps only the words of several train articles;
    docs/evaluation.md, session 46, junk46)."""
    toks, heads = tokens(doc), head_indices(doc)
    out: set[str] = set()
    for m in mentions:
        start, end = m.tokens
        if m.kind == "pronoun" or end <= start or end > len(toks):
            continue
        i = next((i for i in range(start, end) if not start <= heads[i] < end or heads[i] == i), end - 1)
        for _ in range(8):  # a list or an apposition has a few links
            if toks[i].dep_ not in _PASS_THROUGH or heads[i] == i:
                break
            i = heads[i]
        head = heads[i]
        if head == i:
            continue
        if toks[i].dep_ == "pobj" and heads[head] != head:
            out.add(f"gov={toks[head].lower_}_{toks[heads[head]].lemma_.lower()}")
        else:
            out.add(f"gov={toks[i].dep_}_{toks[head].lemma_.lower()}")
    return sorted(out)


def _more(actor, mentions: list[Mention], doc, sent_of: list[int], place: bool) -> list[str]:
    """How the actor is named and where, beyond the mentions' roles: a proper name, a description,
    a demonym or a place; in how many sentences; only in the heading (the text's first line); matched
    in the knowledge base."""
    kinds = {m.kind for m in mentions}
    how = ("place" if place else "name" if "name" in kinds else "demonym" if "demonym" in kinds
           else "description")
    text = doc_text(doc)  # spaCy joins every token on each doc.text: this is once per document
    # a text of one line (a wire sentence) has no heading: its names are all in the body
    heading_end = text.find("\n")
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0] and m.tokens[0] < len(sent_of)]
    sents = {sent_of[m.tokens[0]] for m in spans}
    names = [m for m in spans if m.kind in ("name", "demonym")]
    # the words of the name: "leaders", "officials", "news", "party" say more than the name's shape
    # (the training script keeps only the words of several train articles)
    out = [f"word={w}" for w in sorted(set(actor.name.lower().split()))]
    out += [f"how={how}", f"kind_how={actor.kind}|{how}", f"n_sents={bucket(len(sents), (1, 2, 3, 5))}",
           f"n_names={bucket(len(names), (0, 1, 2, 4))}", f"kb={'yes' if actor.wikidata else 'no'}",
           f"sector_country={bool(actor.sector)}|{bool(actor.country)}"]
    if heading_end > 0 and spans and all(m.span[0] < heading_end for m in spans):
        out.append("heading_only")
    elif heading_end > 0 and spans and any(m.span[0] < heading_end for m in spans):
        out.append("in_heading")
    if names and all(m.span[0] == 0 or text[m.span[0] - 1] == "\n" or _sentence_start(doc, m.tokens[0])
                     for m in names):
        out.append("names_at_sentence_start")
    return out


def _sentence_start(doc, i: int) -> bool:
    return bool(tokens(doc)[i].is_sent_start)


def named_subject(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None) -> bool:
    """One of the actor's names (not a title noun nor a pronoun) is the subject of a verb, as the rules
    read it ("Kabul rejected the offer", "France is ready to send troops"): the filter leaves such an
    actor alone. The events stage misses many events, so a subject in a sentence without one is
    still a party to what the sentence tells; the PLOVER records code such subjects as sources and
    targets, and a filter free to drop them cost their actor codes."""
    read = _reading(reading, actor, mentions, doc)
    place = read.place()
    return any(m.kind in ("name", "demonym") and m.tokens[1] > m.tokens[0]
               and read.role(*m.tokens, place=place) == "subject" for m in mentions)


def listed_state(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None) -> bool:
    """A state that is a verb's subject only as a later member of a list of states ("X, Y and Z together
    make up a fifth of the market", "X, Y and Z hold rival claims"), that no record uses: one of the
    members of a bloc or a set of claimants, which the annotators code only where the states act in an
    event (corpus/GUIDELINES.md, section 1). A state that is a subject on its own stays, though it is junk
    as often as a listed one (train 20 junk, 4 annotated): it is the act's source the PLOVER records code
    (docs/evaluation.md, session 25, junk29).
    Train: 13 such states are junk, 4 the only finder of an annotated actor (an act the events stage
    misses: "X, Y and the EU have responded"); dev 1 and 0; the PLOVER actor codes unchanged."""
    if actor.kind != "country":
        return False
    read = _reading(reading, actor, mentions, doc)
    place = read.place()
    subjects = [m for m in mentions if m.kind in ("name", "demonym") and m.tokens[1] > m.tokens[0]
                and read.role(*m.tokens, place=place) == "subject"]
    return bool(subjects) and all(span_root(doc, *m.tokens).dep_ == "conj" for m in subjects)


def subject_place(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None) -> bool:
    """An ordinary place (a city, a province, a federation's state: :func:`ordinary_place`, never a state nor
    a capital) that no record uses, named in no event's sentence, and kept by the rules only because one of
    its names is a verb's subject (the ``subject`` group of :func:`keep`), where every such subject is
    described, not acting: the subject of a passive or of a verb of being or having (:data:`_BEING`: "X is a
    key state in the race", "X was spared by the storm", "X stays a talking point"), or a name beside a
    person's ("Rep. Jan Roe, R-X"). The sentence tells of the place, and the annotators code no actor for it
    (corpus/GUIDELINES.md, section 1); the subject of any other verb acts ("X rejected the plan") and keeps it,
    as does a record that uses it. Train: 16 such places go, 10 junk and 6 second readings of another actor,
    no annotated actor lost; dev 4, all junk; the PLOVER actor codes unchanged. Without the test of the verb,
    train 18 junk, 10 second readings and 2 annotated lost (docs/evaluation.md, session 47, junk47)."""
    if not ordinary_place(actor, mentions):
        return False
    read = _reading(reading, actor, mentions, doc)
    toks = tokens(doc)
    for m in mentions:
        if m.kind not in ("name", "demonym") or m.tokens[1] <= m.tokens[0] or read.role(*m.tokens) != "subject":
            continue
        word = climb(span_root(doc, *m.tokens), ("conj",))
        # the subject of a passive, of a verb of being or having, or a name beside a person's: a described
        # place; the subject of any other verb acts ("X rejected the plan") and keeps it
        head = toks[word.head.i]
        if not (word.dep_ == "nsubjpass" or word.dep_ == "appos" and head.ent_type_ == "PERSON"
                or word.dep_ == "nsubj" and head.lemma_.lower() in _BEING):
            return False
    return True


# Verbs whose subject is described, not acting: "X is a key state", "X remains a talking point", "X has the
# population of a city".
_BEING = frozenset({"be", "remain", "become", "seem", "appear", "stay", "have", "look"})


def heading_only_state(actor, mentions: list[Mention], text: str) -> bool:
    """A state named only in the heading of a text with a body ("Attack In Ruritania" over a report
    that never names it again) is where the story happens, not a party to it (train 6 such states
    that no record uses, none annotated; dev 3, none). A text of one line has no heading."""
    end = text.find("\n")
    return (actor.kind == "country" and end > 0 and bool(mentions)
            and all(m.span[0] < end for m in mentions))


def place_people_setting(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None) -> bool:
    """The people of a city or a province (a group named only by places, no demonym: "Damascus" taken
    for its people) every mention of which is inside another phrase ("the Paris unity march", "a
    Washington party", "Damascus suburbs"): a setting, for which the annotators code no actor
    (corpus/GUIDELINES.md, section 1). The event-sentence exception keeps it when the sentence tells
    an act there, but the act is done in the place the phrase names, not to the city's people (train 2
    junk actors gone, dev 3, no annotated actor lost). A place named as where the act happens ("an airstrike in
    Baghdad", "talks in Geneva") stays in an event's sentence: the PLOVER records code it as the
    act's target, and dropping it too (train 37 more junk actors, 3 annotated ones lost) costs their
    target country 0.896 -> 0.880 (docs/evaluation.md, session 19)."""
    if actor.kind != "group" or not mentions or any(m.kind == "demonym" for m in mentions):
        return False
    read = _reading(reading, actor, mentions, doc)
    if not read.place():
        return False
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0]]
    if not spans or any(read.role(*m.tokens, place=True) != "modifier" for m in spans):
        return False
    # "Texas Democrats", "Arizona voters": the place names people, a group the annotators code
    toks = tokens(doc)
    return not any(_names_people(toks[m.tokens[1] - 1].head) for m in spans)


def venue_state(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None,
                acts: set[int] | frozenset[int] = frozenset(), venues: set[int] | frozenset[int] = frozenset()) -> bool:
    """A state or a capital of an event's sentence named only past the lede, and there only where talk, a
    statement or cooperation happens ("a summit in X", "exercises in X", "operations in X against Y"):
    :func:`setting_state` with the triggers of those events (``venues``, character offsets) not counted as
    acts done in the place. It is the venue, a setting the annotators never code (corpus/GUIDELINES.md,
    section 1), as :func:`place_people_venue` reads a city's people. Train: 6 junk states gone and one
    wrong alignment (a state matched to a person the text names beside it), no annotated actor lost; dev 6
    junk, none lost. A state named in the heading or the lede stays: the PLOVER gold records, each one lede
    sentence, code such a place as the act's target or source ("under investigation in X", "sought refuge
    in X"), and deciding there too (train one junk more) costs their source and target country
    (docs/evaluation.md, session 45, junk45; session 46, junk46)."""
    if not venues or not mentions:
        return False
    lede = _lede_sentence(doc)
    sent_of = sentence_index(doc)
    if any(m.tokens[1] > m.tokens[0] and sent_of[m.tokens[0]] <= lede for m in mentions):
        return False
    return setting_state(actor, mentions, doc, reading=reading, acts=set(acts) - set(venues))


def _lede_sentence(doc) -> int:
    """The number of the lede's sentence: the body's first, after the heading (the text's first line); 0 in a
    text of one line."""
    text = doc_text(doc)
    heading_end = text.find("\n")
    if heading_end <= 0:
        return 0
    sent_of = sentence_index(doc)
    return next((sent_of[t.i] for t in tokens(doc) if t.idx > heading_end and not t.is_space), 0)


def place_people_venue(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None,
                       acts: set[int] | frozenset[int] = frozenset(),
                       venues: set[int] | frozenset[int] = frozenset()) -> bool:
    """The people of a city or a province (a group named only by places, no demonym) named in an event's
    sentence, that no record uses, every mention of which but pronouns is where something is ("talks in
    X", "a summit in X") and where no act but talk, statement or cooperation is done: the venue of what
    the sentence tells, for which the annotators code no actor (corpus/GUIDELINES.md, section 1: "talks
    in Geneva"). :func:`setting_state` keeps a place phrase on any event's trigger, for a state or a
    capital that stands for its government; a city's people where talks are held are no party to them.
    A place phrase on a noun for people keeps it ("officials in X": the place's people), and so does one
    up to :data:`_ACT_REACH` steps under the trigger of another event (``acts``: the character offsets of
    every event's trigger; ``venues``: those of the events of :data:`VENUE_ACTS` that are no visit): the
    PLOVER records code the place of an act of
    force, a restriction, a protest or a visit as its target or source ("a curfew in X", "demonstrators in
    X blocked a road", "arrived in X"). A subject, an object, a possessor, a modifier or a party's
    preposition ("sanctions on X") keeps it too. Train: 5 junk actors gone, no annotated actor lost; dev 2
    and 0; the PLOVER actor codes unchanged (docs/evaluation.md, session 27, junk31). :func:`keep` asks it
    of such a city's people named in no event's sentence too, which the learned filter kept ("the
    interceptors in X", "a rally in X"): train 2 more junk actors gone, none annotated; dev
    unchanged (session 33, junk33). A place phrase on a thing or people of another owner ("the Supreme Court in
    X", "the Zorblaxian consulate in X", on the noun or, as the parse may have it, on the verb whose object it
    is) is a setting whatever is done there, as :func:`setting_state` reads it (train 1 junk actor gone, dev 1,
    none annotated lost; session 37, junk37)."""
    if actor.kind != "group" or not mentions or any(m.kind == "demonym" for m in mentions):
        return False
    read = _reading(reading, actor, mentions, doc)
    if not read.place():
        return False
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0] and m.kind != "pronoun"]
    if not any(m.kind == "name" for m in spans):
        return False
    targets = set(acts) - set(venues)
    toks = tokens(doc)
    for m in spans:
        if read.role(*m.tokens, place=True) != "place":
            return False
        top = climb(span_root(doc, *m.tokens), ("conj", "appos"))
        if top.dep_ != "pobj":
            continue  # a dateline, an address
        over = toks[top.head.i].head
        if _owned_elsewhere(over, actor.country, acts) or _object_owned_elsewhere(over, actor.country):
            continue  # "the Zorblaxian consulate in X", "its interceptors in X": the owner is the party
        if _names_people(over) or over.dep_ == "acl" and _names_people(over.head) or _under_act(over, targets):
            return False  # "officials in X", "people living in X" (the place's people); a clash in X
    return True


# Events whose place is only where they happen, neither their source nor their target: talks, statements
# and cooperation (a visit aside: :func:`place_people_venue`).
VENUE_ACTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT"})


def _names_people(noun) -> bool:
    """Whether a noun names people: a plural proper noun ("Democrats") or a word for people
    ("voters", "lawmakers", "officials")."""
    agents = bundled().agents
    return noun.tag_ == "NNPS" or noun.lower_ in agents or noun.lemma_.lower() in agents


def party_word_setting(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None) -> bool:
    """A party's bare word taken for the party's people ("Republican" in "the Republican primary",
    "Democratic control of the chamber", "wild Republican allegations", "a heavily Republican state")
    where every mention is that word modifying a noun that names no people: an attribute of a contest,
    a side or a claim, for which the annotators code no actor. A noun for people keeps it ("Republican
    leaders", "Democratic lawmakers", "GOP senators": the annotators code them), and so does a word
    that stands for a person with no name beside it ("a Republican objected", "no Democrat voted"), a
    possessive ("the GOP's plan") or a name ("Republicans", "the Democrats"). The word in apposition
    to a named person ("Sen. Jan Roe, Ohio Republican", "the ranking Democrat on the panel, Rep. Jan
    Doe") describes that person and goes too. Most bare party words the output makes an actor of modify a noun for people (train:
    33 such actors junk, 47 the only finder of an annotated actor, 105 repeating one another actor
    finds), so only these two uses go (train 9 actors, 2 of them junk, the others repeats of a named
    person: "the Republican speaker"; dev 4, 3 junk; no annotated actor lost)."""
    if actor.kind != "group" or not mentions or norm(actor.name or "") not in US_PARTY_NAMES:
        return False
    # a pronoun the coreference joined to an adjective refers to someone else ("hurt the Republican
    # agenda, lumping them in with ...")
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0] and m.kind != "pronoun"]
    if not spans or any(norm(m.text) not in US_PARTY_NAMES for m in spans):
        return False
    # "Sen. Jan Roe, Ohio Republican", "the ranking Democrat on the panel, Rep. Jan Doe": the word
    # describes the named person, one of whose mentions it is (corpus/GUIDELINES.md, section 1)
    if all(_described_person(tokens(doc)[m.tokens[1] - 1]) is not None for m in spans):
        return True
    read = _reading(reading, actor, mentions, doc)
    if any(read.role(*m.tokens) != "modifier" for m in spans):
        return False
    toks = tokens(doc)
    # "the Republican and Democratic candidates": the conjunct's head is the first word's
    return not any(_names_people(climb(toks[m.tokens[1] - 1], ("conj",)).head) for m in spans)


# Nouns for a state's or a body's affairs, contests and domains rather than for an act it does or a thing it
# owns: "the French election", "U.S. politics", "the English language", "the Syrian war". A body's vote,
# debate or summit is its own act, and no affair here.
_AFFAIRS = frozenset({"election", "elections", "campaign", "race", "politics", "economy", "language", "culture",
                      "history", "war", "conflict", "crisis"})


def affair_word(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None) -> bool:
    """A state, a body or a group no record uses every mention of which but pronouns is a word inside a
    phrase for an affair, a contest or a domain (:data:`_AFFAIRS`: "the French election", "the U.S.
    economy", "the English language", "the Syrian war"): what the phrase names is
    where or what the story is about, not an act of the actor's, and the annotators code no actor for
    it (corpus/GUIDELINES.md, section 1). A noun for people ("French voters": the role reading climbs
    over an agent noun), for an act ("U.S. airstrikes", "the Security Council vote") or for a thing
    ("Iranian missiles") keeps it, and so does a phrase whose affair word modifies another noun ("the
    U.S. war effort"). Train: 6 junk actors gone, dev 3, no annotated actor lost (docs/evaluation.md,
    session 37, junk37)."""
    if actor.kind == "person" or not mentions:
        return False
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0] and m.kind != "pronoun"]
    if not spans:
        return False
    read = _reading(reading, actor, mentions, doc)
    place = read.place()
    toks = tokens(doc)
    for m in spans:
        if read.role(*m.tokens, place=place) != "modifier":
            return False
        noun = climb(toks[m.tokens[1] - 1], ("conj",)).head
        # "the U.S. presidential election", "the 2016 US election campaign": over the phrase's other modifiers
        noun = climb(noun, ("compound", "amod"))
        if noun.pos_ not in ("NOUN", "PROPN") or (noun.lemma_.lower() not in _AFFAIRS and noun.lower_ not in _AFFAIRS):
            return False
    return True


def journalist_aside(actor) -> bool:
    """A journalist (a person of the media sector: an anchor, a reporter, a host) that no record uses:
    the one a politician is "told" something by or speaks to ("told the network's anchor Jan Roe"), a
    byline or a contributor's line, whom the annotators code only when the journalist acts or speaks
    (corpus/GUIDELINES.md, section 1; an event, a role or a quote that uses the person keeps it). Train:
    18 such persons are junk, 4 the only finder of an annotated actor (a host the interview is with),
    7 repeat one another actor finds."""
    return actor.kind == "person" and actor.sector == "JRN"


def press_told(actor, mentions: list[Mention], doc) -> bool:
    """A group of journalists (a group of the media sector: "reporters", "journalists", "British media")
    that no record uses, every mention of which (pronouns aside) is the one told something ("the minister
    told reporters", "telling journalists that ..."): the audience of a statement, whom the annotators
    code only where the journalists act or speak (corpus/GUIDELINES.md, section 1). Train: 23 such groups
    are junk, 6 the only finder of an annotated actor, 1 repeats one another actor finds; dev 4 and 1
    (docs/evaluation.md, session 26, junk30). A named outlet told something ("told CNN") stays: some
    annotators code it in every article and the others never (train 54 junk, 30 annotated; docs/evaluation.md,
    session 27, junk31)."""
    if actor.kind != "group" or actor.sector != "JRN":
        return False
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0] and m.kind != "pronoun"]
    if not spans:
        return False
    return all(told_to(span_root(doc, *m.tokens)) for m in spans)


def quoted_agent(actor, mentions: list[Mention], quoted: list[tuple[int, int]] | tuple = ()) -> bool:
    """An unnamed agent (a group or a person no mention of which is a name or a demonym: "the
    government", "our troops", "leaders in civil society", "a new president") that no record uses and
    every mention of which, pronouns too, lies inside the words of a quotation (``quoted``: the character
    spans of the direct and partial quotes' contents): a noun of what the speaker says, not a party the
    story tells of, which the annotators do not code (corpus/GUIDELINES.md, section 1: an actor acts or is
    acted upon in public life). A name inside a quotation stays ("Russia must stop"), and so does an agent
    also met in the story's own words or that a record uses. Train: 50 such agents are junk, 11 the only
    finder of an annotated actor, 40 repeat one another actor finds; dev 22, 2 and 10. With indirect
    quotes too, train 100 / 36 / 103: a recall loss over the issue's budget (docs/evaluation.md, session
    30, junk30)."""
    if actor.kind not in ("group", "person") or not mentions or not quoted:
        return False
    if any(m.kind in ("name", "demonym") for m in mentions):
        return False
    return all(any(s <= m.span[0] and m.span[1] <= e for s, e in quoted) for m in mentions)


# How many steps above the noun a place phrase hangs on an event's trigger may stand (:func:`_under_act`).
_ACT_REACH = 3
# Verbs of going somewhere: "to X" and "from X" under them name where someone goes or comes from
# ("traveled to X", "returned from X"), not a party to an act. A visit or a trip is left out (the PLOVER
# records code its host as its target: "a visit to X"), and so is fleeing, an event whose refuge the
# model sample codes as an actor ("fled to X").
_GOING = frozenset({"travel", "return", "go", "move", "fly", "head", "relocate", "deport", "extradite",
                    "emigrate", "immigrate", "come", "transfer", "smuggle"})


def setting_state(actor, mentions: list[Mention], doc, *, reading: _Reading | None = None,
                  acts: set[int] | frozenset[int] = frozenset()) -> bool:
    """A state or a capital (a place that can stand for its government) named in an event's sentence,
    that no record uses, every mention of which is only where something is ("bases in X", "a summit in
    X", "those in X and Y", the dateline) or where someone goes or comes from ("traveled to X", "returned
    from X"; not where someone flees to): a setting, not a party, which the annotators never code
    (corpus/GUIDELINES.md, section 1). A mention that is a subject, an object, a possessor, a modifier ("X officials") or the
    object of a party's preposition ("with X", "sanctions on X", "a visit to X") keeps it, and so does a
    group named by a demonym (people, not a place). So does a place phrase on a noun for people ("the
    forces in X", "demonstrators in X", "people living in X": the place's people) or on a word an event
    of the sentence is told by, or one up to :data:`_ACT_REACH` steps under it (``acts``: the character
    offsets of the triggers): the act is done there, and the PLOVER records code the place as its
    target ("a curfew imposed in X", "rioted at a jail in X", "arrived in X"). Train: 36 junk actors
    gone, no annotated actor lost, 2 repeats of one another actor finds; the PLOVER actor codes
    unchanged (docs/evaluation.md, session 24, junk27). Neither keeps it where that noun, no trigger
    itself, is the thing or the people of an owner the words before it name other than the place's own
    state ("attacked ISIS targets in X", "U.S. forces in X", "its presence in X": :func:`_owned_elsewhere`):
    what is done is done to the owner (train 11 more junk actors gone, 7 repeats, no annotated actor
    lost; dev 4 junk and 0; the PLOVER figures unchanged: docs/evaluation.md, session 29, junk34), nor where
    the parse hangs the phrase on a verb whose direct object is such a thing ("shuttered the Zorblaxian
    consulate in X": :func:`_object_owned_elsewhere`; with the cities' people of :func:`place_people_venue`,
    train 5 junk actors more gone, none lost; session 37, junk37)."""
    if actor.kind == "person" or not mentions or (actor.kind == "group" and any(m.kind == "demonym" for m in mentions)):
        return False
    read = _reading(reading, actor, mentions, doc)
    if not read.place():
        return False
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0]]
    if not any(m.kind in ("name", "demonym") for m in spans):
        return False
    toks = tokens(doc)
    for m in spans:
        role = read.role(*m.tokens, place=True)
        if role not in ("place", "party"):
            return False
        top = climb(span_root(doc, *m.tokens), ("conj", "appos"))
        if top.dep_ != "pobj":
            if role == "place":
                continue  # a dateline, an address
            return False
        over = toks[top.head.i].head
        if role == "party":
            if top.head.lower_ not in ("to", "from", "into") or over.lemma_.lower() not in _GOING:
                return False
        elif _owned_elsewhere(over, actor.country, acts) or _object_owned_elsewhere(over, actor.country):
            continue  # "U.S. forces in X", "ISIS targets in X", "its presence in X": the owner is the party
        elif _names_people(over) or over.dep_ == "acl" and _names_people(over.head) or _under_act(over, acts):
            # "arrived in X", "imposed a curfew in X", "an investigation in X", "extended the curfew in X",
            # "rioted at a jail in X" (the act is done there); "the forces in X", "demonstrators in X",
            # "people living in X" (people there, who stand for the place)
            return False
    return True


# The entity labels of a word that names a thing's owner: a people, a state, a body.
_OWNER_LABELS = frozenset({"NORP", "GPE", "ORG"})


def _owned_elsewhere(noun, country: str | None, acts: set[int] | frozenset[int]) -> bool:
    """The noun a place phrase hangs on, no event's trigger itself, is a thing or people of an owner
    the words before it name, other than the place's own state: a possessive ("its presence in X", "the
    group's bases in X") or a name, a demonym or a body's name ("U.S. forces in X", "ISIS targets in X",
    "the Russian consulate in X"). What is done to them is done to their owner, whom the sentence names;
    the place is only where they are, and no party (corpus/GUIDELINES.md, section 1)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.idx in acts:
        return False
    B = bundled()
    for ch in noun.children:
        if ch.i > noun.i:
            continue
        if ch.dep_ == "poss":
            owner = B.countries.get(norm(ch.text)) or B.demonyms.get(norm(ch.text))
            return owner is None or owner != country
        if ch.dep_ in ("compound", "amod", "nmod") and ch.ent_type_ in _OWNER_LABELS:
            owner = B.countries.get(norm(ch.text)) or B.demonyms.get(norm(ch.text))
            if owner is None or owner != country:
                return True
    return False


_VISITS = frozenset({"visit", "tour"})


def _object_owned_elsewhere(verb, country: str | None) -> bool:
    """The place phrase hangs on a verb whose direct object is a thing or people of another owner
    (:func:`_owned_elsewhere`): "shuttered the Zorblaxian consulate in X", "attacked the group's compound in
    X", where the parse puts the place on the act rather than on the noun. The object is what is done to,
    and its owner the party. A visit's place is its host, whom the PLOVER records code as the target
    ("visited a Zorblaxian camp in X"), as :data:`_GOING` leaves visits out."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _VISITS:
        return False
    return any(ch.dep_ == "dobj" and _owned_elsewhere(ch, country, frozenset()) for ch in verb.children)


def setting_participants(events, table: ActorTable, doc) -> set[str]:
    """Take out of the events' actor and recipient lists a city or a province taken for its people (a group
    that is a place, named by its name, no demonym) every mention of which in the event's sentence is
    only where something is ("a meeting in X", "a supermarket in eastern X", "the city of X") or a word
    inside a phrase for a thing ("the X headquarters", "X-Y relations", "the X marathon"): the setting of
    the act, not a party to it, which the annotators code neither as an actor nor as an act's participant
    (corpus/GUIDELINES.md, section 1: "talks in Geneva"). A place phrase or a modifier on the trigger
    itself ("arrived in X", "critical of X", "the X attack" told by "attack") or a modifier of a noun
    right under it ("struck down an X law") keeps it, and so does one on a noun for people or a body
    ("forces in X", "the government in X", "X Democrats", "the X party"; the place's people). Only events
    of talk, statement and cooperation are read: the PLOVER records code the place of an act of force or
    restriction, a protest, a concession or a retreat as its target (:data:`PLACE_TARGET_ACTS`). Returns
    the actors so taken out of every event that uses them (docs/evaluation.md, session 25, junk28)."""
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        by_actor.setdefault(m.actor, []).append(m)
    actors = {a.id: a for a in table.actors}
    verdict: dict[tuple[str, int, int], bool] = {}
    taken: set[str] = set()
    kept: set[str] = set()
    for e in events:
        if e.trigger is None or e.event in PLACE_TARGET_ACTS:
            continue
        trigger = e.trigger["span"][0]
        for slot in (e.actor, e.recipient):
            for aid in list(slot):
                key = (aid, e.span[0], trigger)
                if key not in verdict:
                    actor = actors.get(aid)
                    verdict[key] = actor is not None and _setting_in(actor, by_actor.get(aid, []), doc, e.span, trigger)
                if verdict[key]:
                    slot.remove(aid)
                    taken.add(aid)
                else:
                    kept.add(aid)
    return taken - kept


def _setting_in(actor, mentions: list[Mention], doc, sentence: tuple[int, int], trigger: int) -> bool:
    """Whether the actor is a city's or a province's people named in ``sentence`` only as the setting of
    the act told by the word at character offset ``trigger`` (:func:`setting_participants`)."""
    if actor.kind != "group" or not mentions or any(m.kind == "demonym" for m in mentions):
        return False
    here = [m for m in mentions if sentence[0] <= m.span[0] < sentence[1] and m.tokens[1] > m.tokens[0]]
    if not here or any(m.kind != "name" for m in here) or not is_place(actor, mentions):
        return False
    toks = tokens(doc)
    for m in here:
        role = mention_role(doc, *m.tokens, place=True)
        top = climb(span_root(doc, *m.tokens), ("conj", "appos"))
        if role == "place" and top.dep_ == "pobj":
            noun = top.head.head  # the word the place phrase hangs on
            if noun.idx == trigger or noun.head.idx == trigger and noun.dep_ in _SUBJECTS:
                # "arrived in X", "critical of X": the act is done to the place; "a jury in X convicted":
                # the place is in the description of the act's doer
                return False
        elif role == "modifier":
            # the head of the phrase the name modifies ("the X Democratic party", "an X law")
            noun = climb(climb(toks[m.tokens[1] - 1], ("conj",)).head, ("compound", "amod", "nmod"))
            if noun.idx == trigger or noun.head.idx == trigger and noun.dep_ in _SUBJECTS | {"dobj"}:
                return False  # "the X attack", "struck down an X law": the act is done to the place's own
        else:
            return False
        if _names_people(noun) or noun.lower_ in BODY_WORDS:
            return False  # "forces in X", "the government in X", "X Democrats", "the X party"
    return True


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Event types whose place is their target in the PLOVER records ("a curfew in X", "fired at targets in X",
# "blocked streets in X", "postponed the rally in X"): acts of force or restriction on the place's people,
# protests and what is given up or left there. :func:`setting_participants` leaves their places alone.
PLACE_TARGET_ACTS = POPULATION_ACTS | {"PROTEST", "CONCEDE", "RETREAT"}


def _under_act(noun, acts: set[int] | frozenset[int]) -> bool:
    """The noun a place phrase hangs on is an event's trigger or stands within three steps under one (the
    object of an act's verb, of its preposition): the act is done in the place ("rioted at a jail in X",
    "announced he will extend the curfew in X")."""
    node = noun
    for _ in range(_ACT_REACH):
        if node.idx in acts:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return node.idx in acts


def uncoded_party(actor, group: str, *, place: bool = False) -> bool:
    """A name that is a verb's subject (``group`` "subject", :func:`named_subject`), or a body or a group
    named in an event's sentence (``group`` "named"), that no record uses and to which the coding gives
    neither a country nor a sector: no known body, office, title, party word or place of its own puts it in
    public life. What is left are private persons (a byline's "X contributed", a novelist, a witness),
    companies ("the chipmaker's shares dropped") and words taken for names ("Turnout", "Talks"), whom the
    annotators code only where they act in an event or speak (corpus/GUIDELINES.md, section 1); those an
    event or a quote uses stay. The learned filter does not decide on these two groups (it would drop the
    states and places the PLOVER records code), so this rule does. Train: the rule drops 66 junk actors
    and loses 20 annotated ones (36 more dropped repeat one another actor finds); dev 18 and 5. With a
    country but no sector they are mostly junk too (train 95 against 28), but the country of a person
    or a group is then an event's source or target code in the PLOVER records (source and target
    country 0.912 / 0.893 -> 0.906 / 0.886), so those stay. An organisation with a country but no
    sector goes all the same: no known body, outlet, party or company word gave it a sector, and what is
    left are things, products, programmes and places taken for bodies ("the Black Hawk", "a G20
    summit", "DACA", a yacht, a fair), whose country the coding read off the words around them, unless
    ``place`` (a town standing for its people) or its name has a word for a body ("the Biafra
    Independence Movement", "the Select Committee": :data:`BODY_WORDS`), which the PLOVER records code
    as a source or target (train: 58 junk actors gone, 11 annotated ones lost, most of them outlets and
    campaign groups the knowledge base does not know). A named person of an event's sentence is left to
    the rules (:func:`newsgraph.actors._political.left_to_rules`)."""
    if actor.kind == "country" or actor.sector is not None:
        return False
    if actor.country is not None:
        return (actor.kind == "organization" and group in ("subject", "named") and not place
                and BODY_WORDS.isdisjoint(w.strip("()").lower() for w in (actor.name or "").split()))
    return group == "subject" or group == "named" and actor.kind in ("organization", "group")


# Words of a body's name ("the Biafra Independence Movement", "the Select Committee"): an organisation so
# named is a body even where the coding gives it no sector (:func:`uncoded_party`).
BODY_WORDS = frozenset({"organization", "organisation", "movement", "front", "committee", "council", "coordinator",
                        "party", "union", "alliance", "association", "federation", "league", "army", "brigade",
                        "brigades", "militia", "network", "foundation", "institute", "agency", "commission", "group",
                        "coalition", "authority", "service", "guard", "forces", "ministry", "department", "bureau",
                        "office", "court", "assembly", "parliament", "tribunal", "board", "bank", "company",
                        "corporation"})


# The home country of the news (newsgraph._defaults.HOME_COUNTRY unless set): the country whose politics
# the outlets report, whose public ("Americans", "voters") and capital they name without coding them.


def home_country(value: str | None) -> str | None:
    """The ISO 3166 alpha-3 code of a home-country setting: a code in either case ("USA", "gbr"), or a
    country's name or demonym ("United Kingdom", "British"); None, "" or "none" for no home country
    (the rules on the home public and capital then drop nothing). ValueError for anything else."""
    if value is None or value.strip().lower() in ("", "none"):
        return None
    B = bundled()
    code = value.strip().upper()
    if code in B.country_names:
        return code
    key = norm(value.strip())
    iso = B.countries.get(key) or B.demonyms.get(key)
    if iso is None or key in B.places:
        raise ValueError(f"unknown home country {value!r}: give an ISO 3166 alpha-3 code such as USA or GBR")
    return iso


def home_public(actor, mentions: list[Mention], doc, home: str | None = HOME_COUNTRY) -> bool:
    """The American public named by its demonym ("Americans", "the American people", "U.S. citizens",
    "most Americans") in American news: the public a politician speaks for or a poll measures, which
    the annotators do not code as an actor (train: 36 such groups no record uses are junk, 1 is
    annotated; dev 12 and none). Another country's people are a party to its story as often as not
    ("the Palestinians" in peace talks), and stay. A counted group ("four Americans", "two Americans held in Iran") is a party the story
    follows and stays. ``home`` is the home country of the news (the ``--home-country`` setting)."""
    if home is None or actor.kind != "group" or actor.country != home or actor.sector != "CVL":
        return False
    B = bundled()
    toks = tokens(doc)
    names = [m for m in mentions if m.kind in ("name", "demonym", "title") and m.tokens[1] > m.tokens[0]]
    if not names:
        return False
    for m in names:
        first = toks[m.tokens[0]]
        if first.lower_ == "the" and m.tokens[1] - m.tokens[0] > 1:
            first = toks[m.tokens[0] + 1]
        key = norm(first.text)
        # the demonym or the country's own name ("U.S. citizens"), not one of its states or cities
        if B.demonyms.get(key) != home and (B.countries.get(key) != home or key in B.places):
            return False
        head = toks[m.tokens[1] - 1]
        if any(ch.dep_ == "nummod" for ch in head.children):
            return False
        if head.i + 2 < len(toks) and toks[head.i + 1].lower_ == "for" and toks[head.i + 2].is_title:
            return False  # "Americans for Tax Reform": the start of a body's name
    return True


def foreign_public(actor, mentions: list[Mention], doc, home: str | None = HOME_COUNTRY) -> bool:
    """Another country's public named only by that country's demonym ("Ruritanians fear the worst", "the
    Freedonians are weary", "Britons worry"), that no record uses and whose name is a verb's subject (the
    filter leaves such subjects alone): the mood or the lot of a people, which the annotators code only
    where the people act in an event or speak (corpus/GUIDELINES.md, section 1); an event, a quote or a
    role that uses the group keeps it. A people named otherwise than by the demonym of the country the
    coding gives it ("ethnic Ruritanians" of another state, a minority) is a party to that state's
    conflicts, which the PLOVER records code as an act's source, and stays. Train: 8 such groups are junk,
    2 the only finder of an annotated actor (a people rising up, voting: acts the events stage misses);
    dev 5 and 1 (docs/evaluation.md, session 28, junk32). The home country's public is :func:`home_public`'s;
    with no home country (``home`` None) no public is foreign and the rule drops nothing."""
    if home is None or actor.kind != "group" or actor.sector != "CVL" or actor.country in (None, home):
        return False
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0] and m.kind != "pronoun"]
    if not spans:
        return False
    demonyms = bundled().demonyms
    toks = tokens(doc)
    for m in spans:
        first = toks[m.tokens[0]]
        if first.lower_ == "the" and m.tokens[1] - m.tokens[0] > 1:
            first = toks[m.tokens[0] + 1]
        if m.kind != "demonym" or demonyms.get(norm(first.text)) != actor.country:
            return False
    return True


def home_capital_people(actor, mentions: list[Mention], home: str | None = HOME_COUNTRY) -> bool:
    """Washington taken for its people (a group named only by the home country's capital): where the
    capital stands for the government ("Washington rejected the offer") the composites make it the
    government, so what is left is where something happens or a part of another phrase ("in
    Washington", "a Washington party", "Washington's political ranks"), for which the annotators code
    no actor (train 15 junk actors gone, dev 8, no annotated actor lost).
    Another country's capital stays: the PLOVER records code it as the target of an act done there
    ("a bombing in Kabul"). ``home`` is the home country of the news (the ``--home-country`` setting)."""
    if home is None or actor.kind != "group" or actor.country != home or not mentions:
        return False
    B = bundled()
    names = [norm(m.text) for m in mentions if m.kind in ("name", "demonym")]
    return bool(names) and all(n in B.capitals and B.countries.get(n) == home for n in names)


# Prepositions that tie a body to a person's post: "chairman of", "a member on", "a spokesman for", "a fellow at".
_POST_PREPS = frozenset({"of", "on", "for", "at"})


def body_in_persons_title(actor, mentions: list[Mention], doc) -> bool:
    """A state body named only inside the description of a named person, after the noun of that
    person's post ("Rep. Jane Roe, chairman of the House Judiciary Committee", "Gen. Jan Doe, the
    head of the Pacific Command"): the phrase is one mention of the person (corpus/GUIDELINES.md,
    section 1: "Secretary of State John Kerry" is one mention of Kerry), and the body, which neither
    acts nor is acted upon there, no actor (train: 20 such bodies no record uses were junk, 2 were
    annotated). Its words become the person's title mention (:func:`keep`), so the person keeps the
    post's country and sector where a code is read from them ("a member of the Syrian parliament,
    Jan Doe"). An NGO, a think tank, a party or a company there stays ("Ann Poe, director of the
    Policy Institute"): the annotators code it as often as not. A pronoun that refers back to the
    body, or a mention elsewhere, keeps it."""
    return _post_holders(actor, mentions, doc) is not None


def _post_holders(actor, mentions: list[Mention], doc) -> list[int] | None:
    """For each mention of a state body named only in persons' descriptions, a token of the name of the
    person the description is of; None when the body is named otherwise too."""
    if actor.kind != "organization" or actor.sector not in STATE_SECTORS or not mentions:
        return None
    toks = tokens(doc)
    out = []
    for m in mentions:
        if m.kind != "name" or m.tokens[1] <= m.tokens[0]:
            return None
        start, end = m.tokens
        root = next((t for t in toks[start:end] if not start <= t.head.i < end or t.head.i == t.i), toks[end - 1])
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in _POST_PREPS:
            return None
        post = climb(prep.head, ("conj",))  # "a lawyer and member of X"
        person = _described_person(post) if post.pos_ == "NOUN" else None
        if person is None:
            return None
        out.append(person)
    return out


# The sectors of the bodies whose name before a person's name is part of that person's title, not an actor
# of its own: a state's organs, international bodies and parties. An outlet, a think tank, an NGO or a firm
# there ("CNN's Jay Roe", "Ann Poe of the Policy Institute") is coded by the annotators about as often as not
# (docs/evaluation.md, session 41, titles41), and stays.
_TITLE_BODY_SECTORS = frozenset({"GOV", "LEG", "MIL", "IGO", "PTY"})
# After the name, only a state's organ: an international body or a party named after a title noun ("Ann
# Poe, the representative of the Relief Agency") is an annotated actor about as often as junk (train: 5
# junk, 3 annotated; dev: 2 annotated, no junk; docs/evaluation.md, session 42, junk42).
_AFTER_SECTORS = frozenset({"GOV", "LEG", "MIL"})
# Prepositions that tie a body to a title noun after a person's name: "chairman of", "a spokesman for",
# "a fellow at", "an adviser to", "a member on", "an official with".
_TITLE_PREPS = frozenset({"of", "for", "at", "with", "to", "on"})
# The dependencies by which a word of a title hangs on the word after it: "Senate Majority Leader Jay
# Roe", "the Kremlin's spokesman", "Kremlin spokesman Jan Doe".
_TITLE_CHAIN = frozenset({"compound", "poss", "nmod"})


def body_in_persons_name(actor, mentions: list[Mention], doc) -> bool:
    """A body or group of a state's organs, an international body or a party (``_TITLE_BODY_SECTORS``)
    named only inside named persons' titles: before the name, by the words of the title ("Assembly
    Majority Leader Jay Roe", "Kremlin spokesman Jan Doe", "the League's envoy, Ann Poe"), or, for a
    state's organ only, after a title noun in apposition to the name ("Jay Roe, an adviser to the State
    Council", "Sen. Jan Roe of Ohio, the top Republican on the X Committee"). The whole phrase is one
    mention of the person (corpus/GUIDELINES.md, section 1), so the annotators code no actor of the body
    there, and the scorer counts most such bodies as a second reading of the person. Every word the
    climb passes is a title's word and the noun the body hangs on after the name a title's head:
    "members of the X community" and "the X's World Food Programme" name the body's own people or a body
    of its own. :func:`body_in_persons_title` reads a state organ after "of", "on", "for" or "at" already;
    this rule adds the names before, groups, "with" and "to", and a party's word made a post. Train: 45
    actors go, 5 junk and 40 second readings of a person, no annotated actor lost; dev 18, 4 junk
    (docs/evaluation.md, session 42, junk42)."""
    return _title_holders(actor, mentions, doc) is not None


def _title_holders(actor, mentions: list[Mention], doc) -> list[int] | None:
    """For each mention of a body named only inside persons' titles, a token of the person's name; None
    when a mention is anything else."""
    if actor.kind not in ("organization", "group") or actor.sector not in _TITLE_BODY_SECTORS or not mentions:
        return None
    out = []
    for m in mentions:
        start, end = m.tokens
        if end <= start:
            return None
        person = _title_holder(span_root(doc, start, end), start, end, after=actor.sector in _AFTER_SECTORS)
        if person is None:
            return None
        out.append(person)
    return out


def _title_holder(root, start: int, end: int, *, after: bool) -> int | None:
    """A token of the person's name whose title the words ``start:end`` (hanging from ``root``) stand in,
    before the name, or also after it where ``after`` is true."""
    word = root
    for _ in range(8):  # a title has a few words
        if word.dep_ not in _TITLE_CHAIN:
            break
        head = word.head
        if head.ent_type_ == "PERSON" and not start <= head.i < end:
            return head.i
        if head.pos_ not in ("NOUN", "PROPN") or not is_title_word(head.text):
            # "X communities", "X protesters": the body's own people; "the X's World Food Programme":
            # a body of its own, which the title names
            return None
        word = head
    if word is not root and _title_noun(word):  # "the U.N.'s envoy, Ann Poe"
        return _described_person(word)
    if after and word.dep_ == "pobj" and word.head.lower_ in _TITLE_PREPS:
        post = climb(word.head.head, ("conj",))  # "a lawyer and adviser to X"
        if post.pos_ in ("NOUN", "PROPN") and _title_noun(post):
            return _described_person(post)
    return None


def _title_noun(word) -> bool:
    """The head noun of an office ("adviser", "chairman"), or a party's word qualified as one ("the top
    Republican on the X Committee")."""
    need = QUALIFIED_HEADS.get(word.lower_)
    if need is not None:
        return any(c.lower_ in need for c in word.children)
    return is_title_head(word.text)


def _described_person(noun) -> int | None:
    """A token of the person's name the noun stands in apposition to ("Jane Roe, chairman of ..."; "the
    head of ..., Jane Roe"), also after another apposition ("Rep. Jane Roe, R-Ohio, chairman of ...")."""
    named = next((c.i for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None or noun.dep_ != "appos":
        return named
    head = noun.head
    if head.ent_type_ == "PERSON":
        return head.i
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "from"):  # "Sen. Jan Roe of Ohio, chairman of ..."
        return head.head.head.i if head.head.head.ent_type_ == "PERSON" else None
    return head.head.i if head.dep_ == "appos" and head.head.ent_type_ == "PERSON" else None


def keep(table: ActorTable, doc, *, decide: bool = True, collect: list | None = None,
         keep: set[str] | frozenset[str] = frozenset(),
         named: set[str] | frozenset[str] = frozenset(), home: str | None = HOME_COUNTRY,
         acts: set[int] | frozenset[int] = frozenset(), venues: set[int] | frozenset[int] = frozenset(),
         settings: set[str] | frozenset[str] = frozenset(), filled: set[str] | frozenset[str] = frozenset(),
         quoted: list[tuple[int, int]] | tuple = (),
         publisher: frozenset[str] = frozenset()) -> ActorTable:
    """The table without the actors the shipped model judges junk, the states named only in the
    heading (:func:`heading_only_state`), the people of a city named only inside other phrases
    (:func:`place_people_setting`), the American public (:func:`home_public`) and Washington taken for its
    people (:func:`home_capital_people`) of the home country ``home`` (ISO alpha-3; None: no home
    country, and those two rules drop nothing), and a body named only in a named person's description
    (:func:`body_in_persons_title`) or title (:func:`body_in_persons_name`), a state or a body named only where a
    diplomat is posted (:func:`posting_place`), a party's adjective of a contest or a
    claim
    (:func:`party_word_setting`), a journalist who neither acts nor speaks (:func:`journalist_aside`),
    journalists who are only told something (:func:`press_told`), the article's own publisher named only as
    the one told or the source (``publisher``: the outlet's names from the Document's url;
    :func:`newsgraph.actors._publisher.own_outlet_told`), an unnamed agent met only inside the
    quotations ``quoted`` (the character spans of the direct and partial quotes' contents:
    :func:`quoted_agent`) and a state or a capital of an event's
    sentence named only as a setting (:func:`setting_state`; ``acts``: the character offsets of the
    events' triggers) or, past the lede, only as the venue of talk, a statement or cooperation
    (:func:`venue_state`), a city's people of an event's sentence, or of no event's sentence, named only where
    talk, a statement or cooperation happens (:func:`place_people_venue`; ``venues``: the character offsets
    of those events' triggers), a state that is a subject only inside a list of states (:func:`listed_state`), a city, a
    province or a federation's state kept only as a verb's subject (:func:`subject_place`), another
    country's public that is only a subject (:func:`foreign_public`; none when ``home`` is None) and a
    city's people that the events had only as their setting (``settings``: :func:`setting_participants`);
    nothing goes when ``decide`` is false. A body in a title or a posting that the events' filler made a party
    (``filled``) stays: the PLOVER records code it as the act's party ("to meet League mediator Jan Roe": the League
    is the target). The actors in ``keep`` (those an
    event, role, quote or agreement uses) always stay. The others are judged in three groups
    that the model tells apart by a feature of its own (``group=``): those in ``named`` (named in an
    event's sentence but an ordinary place or a venue), those with a name that is a verb's subject, and
    the rest; a group whose weight is ``NEVER`` or more is left alone.
    ``collect``, when given, receives ``(actor, feature names)`` for every actor of the three groups
    that the rules leave to the model (the training script reads them), and the model decides nothing:
    the script trains on the actors the model meets in a run, with every rule above applied, and the
    alignment of an actor the shipped model dropped would read as junk."""
    model = keeper() if decide and collect is None else None
    if not decide and collect is None:
        return table
    never = {g for g in ("named", "subject", "rest")
             if model is None or model.weights.get(f"group={g}", 0.0) >= NEVER}
    sent_of = sentence_index(doc) if collect is not None or len(never) < 3 else []
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        by_actor.setdefault(m.actor, []).append(m)
    dropped: set[str] = set()
    for actor in table.actors:
        if actor.id in keep:
            continue
        mentions = by_actor.get(actor.id, [])
        read = _Reading(actor, mentions, doc)  # the mentions' roles, asked by the rules and the features alike
        if decide and (actor.id in settings or heading_only_state(actor, mentions, doc_text(doc))
                       or place_people_setting(actor, mentions, doc, reading=read)
                       or home_public(actor, mentions, doc, home)
                       or home_capital_people(actor, mentions, home)
                       or body_in_persons_title(actor, mentions, doc)
                       or actor.id not in filled and (body_in_persons_name(actor, mentions, doc)
                                                      or posting_place(actor, mentions, doc))
                       or party_word_setting(actor, mentions, doc, reading=read)
                       or affair_word(actor, mentions, doc, reading=read) or journalist_aside(actor)
                       or press_told(actor, mentions, doc) or quoted_agent(actor, mentions, quoted)
                       or own_outlet_told(actor, mentions, doc, publisher)):
            dropped.add(actor.id)
            continue  # gone whatever the model would say
        group = "named" if actor.id in named else "subject" if named_subject(actor, mentions, doc, reading=read) else "rest"
        if decide and (uncoded_party(actor, group, place=read.place())
                       or group == "subject" and (listed_state(actor, mentions, doc, reading=read)
                                                  or foreign_public(actor, mentions, doc, home)
                                                  or subject_place(actor, mentions, doc, reading=read))
                       or group == "named" and (setting_state(actor, mentions, doc, reading=read, acts=acts)
                                                or venue_state(actor, mentions, doc, reading=read, acts=acts,
                                                               venues=venues)
                                                or place_people_venue(actor, mentions, doc, reading=read, acts=acts,
                                                                      venues=venues))
                       or group == "rest" and place_people_venue(actor, mentions, doc, reading=read, acts=acts,
                                                                 venues=venues)):
            dropped.add(actor.id)
            continue
        if collect is None and group in never:
            continue
        names = features(actor, mentions, doc, sent_of, reading=read)
        names.append(f"group={group}")
        names.extend(f"{group}|{n}" for n in names[1:-1] if n.startswith(_CROSSED))
        if collect is not None:
            collect.append((actor, names))
        if model is not None and model.probability(names) < model.threshold:
            dropped.add(actor.id)
    if not dropped:
        return table
    mentions = [m for m in table.mentions if m.actor not in dropped]
    moved = _to_post_holders(table, doc, dropped, by_actor) if decide else []
    if moved:
        mentions = sorted(mentions + moved, key=lambda m: m.tokens)
    return ActorTable.unindexed([a for a in table.actors if a.id not in dropped], mentions)


# The nouns of a diplomat's post whose "to" names where the holder is posted ("ambassador to the League",
# "envoy to Ruritania", "permanent representative to the League").
_POSTINGS = frozenset({"ambassador", "envoy", "emissary", "representative", "consul", "attache", "attaché"})


def posting_place(actor, mentions: list[Mention], doc) -> bool:
    """A state or an organisation named only as where a diplomat is posted, the object of "to" after the
    noun of the post ("Jan Roe, the ambassador to the League", "a former envoy to Ruritania", "the
    Freedonian ambassador to Ruritania told ..."): the phrase is the diplomat's title, one mention of the
    person (corpus/GUIDELINES.md, section 1), and the host neither acts nor is acted upon there. A
    mention of any other form keeps the actor, a pronoun too, as does a record that uses it. Train: 10
    such actors no record uses, 5 junk (the League four times, a state once) and 5 second readings of the
    ambassador, none annotated; dev 2, 1 junk and 1 second reading (docs/evaluation.md, session 47,
    junk47). An international body after another post noun is annotated about as often as not and stays
    (:data:`_AFTER_SECTORS`)."""
    if actor.kind not in ("country", "organization") or not mentions:
        return False
    for m in mentions:
        start, end = m.tokens
        if m.kind == "pronoun" or end <= start:
            return False
        word = climb(span_root(doc, start, end), ("conj",))  # "the envoy to Ruritania and Freedonia"
        prep = word.head
        if word.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() not in _POSTINGS:
            return False
    return True


def _post_codes(person, body) -> None:
    """A person whom the text describes only by a post in a state body ("a member of the Syrian
    parliament, Jan Doe") and whom nothing else coded takes the body's country and sector."""
    if person.sector is None and person.country in (None, body.country):
        person.country = person.country or body.country
        person.sector = body.sector
        person.code = code_of(person.country, person.sector)


def _to_post_holders(table: ActorTable, doc, dropped: set[str], by_actor: dict[str, list[Mention]]) -> list[Mention]:
    """The mentions of the dropped state bodies named in persons' descriptions, as title mentions of
    those persons (:func:`body_in_persons_title`)."""
    persons = {a.id: a for a in table.actors if a.kind == "person" and a.id not in dropped}
    owner = {i: m.actor for m in table.mentions if m.actor in persons and m.kind == "name"
             for i in range(*m.tokens)}
    out = []
    for actor in table.actors:
        if actor.id not in dropped:
            continue
        mentions = by_actor.get(actor.id, [])
        holders = _post_holders(actor, mentions, doc)
        if holders is None:
            continue
        for m, tok in zip(mentions, holders):
            if tok in owner:
                out.append(Mention(actor=owner[tok], span=m.span, tokens=m.tokens, text=m.text, kind="title"))
                _post_codes(persons[owner[tok]], actor)
    return out


# A group= weight this large leaves its group alone (the training script writes it for a group it does
# not decide on): no probability falls under the threshold with it.
NEVER = 20.0
# the features the model also reads per group: what makes a subject or a name in an event's sentence
# junk is not what makes the rest junk
_CROSSED = ("kind=", "how=", "roles=", "n_sents=", "heading_only", "kb=", "sector_country=", "place=")
