"""In-document coreference by rules: pronouns, definite title nouns and definite descriptions of states and
bodies to their nearest compatible antecedent, and descriptions of a set ("the two leaders") to each of
its members; a later definite agent noun ("the official", "the officials") or a bare body noun
("police") to the one earlier agent or body of that noun (:func:`described_agent`). A bare head-of-state
title far from any holder ("the president") goes to the person the text names whom the officeholders' list
gives that office on the article's date.

An antecedent is compatible when it agrees in gender and number: he/she go to persons (of that gender or
of unknown gender), they/their to groups, organisations and a country's government or forces, its to
countries and organisations. Among compatible antecedents in the same and the three previous sentences
the nearest wins, with a bonus for grammatical subjects and a malus for names used as modifiers ("the
Biden administration"); an object pronoun never takes the subject of its own verb. A subject pronoun
first takes a compatible subject of a verb its clause hangs from ("X met Y and announced he ..." is X),
climbing through clause links only, not out of a relative clause. A plural pronoun whose phrase hangs from
a verb with a coordinated subject of named actors ("X and Y announced their support") is each of them; a
possessive in the reason a verb gives for what it does to its object ("criticized X for its tariffs",
"thanked X for her support") is the object's. A pronoun in a
fronted phrase ("In his letter, Khalilzad noted") refers forward to the clause's subject. "it" is
resolved only as the subject of an action ("Iran said it would retaliate", "The ministry ... It
added"), never an expletive ("it is clear that", "it was reported"), and only to a country or a body
that is the nearest subject before it: "The bill passed. It ..." leaves it alone.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, overload

from spacy.strings import StringStore

from .._paragraphs import Paragraphs
from .._us_states import STATE_OF
from ..nlp import ARRAY_COLUMNS, PARAGRAPH_INDEX, child_indices, doc_text, head_indices, lowers, token_array, tokens, word_positions

__all__ = ["Ref", "PRONOUNS", "resolve_pronouns", "resolve_titles", "resolve_descriptions", "resolve_sets",
           "described_agent", "may_refer_back", "paragraph_index", "TokenParagraphs",
           "described_evidence", "person_evidence", "resolve_described"]

PRONOUNS = {
    "he": "M", "him": "M", "his": "M", "himself": "M",
    "she": "F", "her": "F", "hers": "F", "herself": "F",
    "they": "P", "them": "P", "their": "P", "theirs": "P", "themselves": "P",
    "its": "N", "itself": "N",
}
# The words :func:`resolve_pronouns` stops at: the pronouns and "it".
_PRONOUN_WORDS = frozenset(PRONOUNS) | {"it"}
_OBJECT = {"him", "her", "them"}
# Verbs whose subject "it" is mostly an expletive or a thing: "it seems", "it takes", "it is".
_EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "happen", "matter", "remain", "become", "look", "sound",
                              "feel", "take", "cost", "mean", "turn", "rain", "occur", "help", "make", "come",
                              "go", "get", "work", "pass", "include", "contain", "require", "expire", "begin",
                              "end", "start", "run", "last"})
_IT_WINDOW = 60  # tokens back to the nearest subject: the sentence and about one before
_SUBJ = {"nsubj", "nsubjpass"}
_WINDOW = 3


@dataclass(slots=True)
class Ref:
    """A resolved mention, as coreference sees it."""

    start: int
    end: int
    actor: str
    kind: str  # the actor's kind: person | country | organization | group | composite
    gender: str | None = None
    sent: int = 0
    subject: bool = False
    modifier: bool = False


def _compatible(ref: Ref, want: str) -> bool:
    if want in ("M", "F"):
        return ref.kind == "person" and ref.gender in (None, want)
    if want == "P":
        return ref.kind in ("group", "organization", "composite")
    return ref.kind in ("country", "organization", "composite", "group")


def _score(ref: Ref, i: int, same_sentence: bool) -> float:
    bonus = (10 if same_sentence else 30) if ref.subject else 0
    return -(i - ref.end) + bonus - (20 if ref.modifier else 0)


def resolve_pronouns(doc, refs: list[Ref], claimed: set[int], sent_index: list[int]) -> list[tuple[int, Ref]]:
    """(token index, antecedent) for each pronoun that has a compatible antecedent."""
    refs = sorted(refs, key=lambda r: r.start)
    out: list[tuple[int, Ref]] = []
    live = list(refs)
    # The candidates of a pronoun lie within _WINDOW sentences before it. ``live`` is the names sorted
    # by start, then the resolved pronouns in text order: each part is ordered by sentence, so two
    # bisections per part find the window, in the order a scan of the whole list would give.
    starts = [r.start for r in refs]
    sents = [r.sent for r in refs]
    resolved: list[Ref] = []
    resolved_sents: list[int] = []
    toks, lows = tokens(doc), lowers(doc)
    subjects: dict[int, tuple] = {}  # each sentence's root and subject, for _cataphor
    for k in word_positions(doc, _PRONOUN_WORDS):  # the pronouns' tokens only, in the order of the text
        t, low = toks[k], lows[k]
        if low == "it":
            if t.i not in claimed:
                ref = _it_antecedent(doc, t, live)
                if ref is not None:
                    out.append((t.i, ref))
                    resolved.append(Ref(t.i, t.i + 1, ref.actor, ref.kind, ref.gender, sent_index[t.i], True, False))
                    resolved_sents.append(sent_index[t.i])
                    live.append(resolved[-1])
            continue
        want = PRONOUNS.get(low)
        if want is None or t.i in claimed or t.pos_ not in ("PRON", "DET"):
            continue
        s = sent_index[t.i]
        named = refs[bisect_left(sents, s - _WINDOW):bisect_right(starts, t.i)]
        before = [r for r in named if r.end <= t.i and _compatible(r, want)]
        before += [r for r in resolved[bisect_left(resolved_sents, s - _WINDOW):] if _compatible(r, want)]
        if t.lower_ in _OBJECT:  # "Blinken thanked him": him is not Blinken
            verb = t.head
            before = [r for r in before if not (r.subject and doc[r.end - 1].head == verb)]
        if want == "P":
            members = _coordinated(t, refs, starts, resolved)
            if members:  # "X and Y said they ...": each of the pair, not a group named before
                out.extend((t.i, r) for r in members)
                continue
        chosen = _object_for(t, refs, starts, resolved, want)
        if chosen is None:
            chosen = _cataphor(doc, t, refs, want, s, starts, subjects)
        if chosen is None and t.dep_ in _SUBJ:
            chosen = _governing_subject(t, before)
        if chosen is None and before:
            same = [r for r in before if r.sent == s]  # the pronoun's own sentence first, then back
            chosen = max(same or before, key=lambda r: _score(r, t.i, r.sent == s))
        if chosen is not None:
            out.append((t.i, chosen))
            resolved.append(Ref(t.i, t.i + 1, chosen.actor, chosen.kind, chosen.gender, s,
                                t.dep_ in _SUBJ, False))
            resolved_sents.append(s)
            live.append(resolved[-1])
    return out


# Links by which a clause hangs from the verb whose subject it shares the topic of: "X said he ...",
# "X met Y and announced he ...", "X told reporters after meeting Y that he ...". A relative or noun
# clause ("comments by Y in which he ...") ends the climb: its pronoun refers inside the phrase.
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
_CLIMB = 4


def _governing_subject(t, before: list[Ref]) -> Ref | None:
    """The antecedent of a subject pronoun that is the subject of a verb governing its clause ("Obama met
    the king and his son and announced he would ..." is Obama, not the son; "Doe told reporters after
    meeting Roe that she ..." is Doe): the first compatible mention among ``before`` that is the subject of
    a verb above the pronoun's own, climbing through clause links only, within the sentence. None when no
    such subject is found (the nearest compatible mention then decides)."""
    v = t.head
    for _ in range(_CLIMB):
        if v.dep_ not in _CLAUSE_LINKS or v.head.i == v.i:
            return None
        v = v.head
        for c in v.children:
            if c.dep_ in _SUBJ and c.i < t.i:
                ref = next((r for r in before if r.start <= c.i < r.end and r.subject), None)
                if ref is not None:
                    return ref
    return None


def _coordinated(t, refs: list[Ref], starts: list[int], resolved: list[Ref]) -> list[Ref]:
    """The actors a plural pronoun stands for when the subject of the verb its phrase hangs from is a
    coordination of named actors ("Roe and Doe said they would ...", "Roe and Doe announced their
    support", "A, B and C were flown home after their meeting with the president"): each conjunct's actor,
    in the order of the text, none when a conjunct names no actor or the subject follows the pronoun. The
    climb goes up the pronoun's heads within the sentence to the first verb with a subject, not out of a
    relative clause ("X and Y met Z, who praised their ..." is no pair's); an object pronoun never takes
    its own verb's subject ("Roe and Doe thanked them")."""
    v = t
    for _ in range(_CLIMB + 2):
        if v.head.i == v.i or v.dep_ == "relcl":
            return []
        v = v.head
        subj = next((c for c in v.children if c.dep_ in _SUBJ and c.i != t.i), None)
        if subj is None:
            continue
        if subj.i > t.i or (t.lower_ in _OBJECT and t.head.i == v.i):
            return []
        conjuncts = [subj, *subj.conjuncts]
        if len(conjuncts) < 2:
            return []
        sent = t.sent
        near = refs[bisect_left(starts, sent.start):bisect_left(starts, t.i)]
        near += [r for r in resolved if sent.start <= r.start < t.i]
        members: list[Ref] = []
        for c in conjuncts:
            r = next((r for r in near if r.start <= c.i < r.end and not r.modifier), None)
            if r is None:
                return []
            if all(m.actor != r.actor for m in members):
                members.append(r)
        return sorted(members, key=lambda r: r.start) if len(members) >= 2 else []
    return []


# Verbs whose "for" phrase names what the subject itself wants or gives: "asked Congress for his wall", "paid
# the firm for his defence"; the possessive there is the subject's, as the nearest-with-subject rule finds.
_FOR_OWN = frozenset({"ask", "press", "lobby", "petition", "beg", "pay", "use", "need", "want", "hire", "seek"})


def _object_for(t, refs: list[Ref], starts: list[int], resolved: list[Ref], want: str) -> Ref | None:
    """The owner of a possessive in the reason a verb gives for what it does to its object: the object
    ("Germany criticized Russia for its annexation", "Grant thanked Merkel for her support", "sanctioned Iran
    over its missile tests"), not the subject the subject bonus would prefer. None when the verb has no
    object that is a compatible named actor, or asks for or pays for the subject's own ("asked Congress
    for his wall")."""
    if t.dep_ != "poss" or t.head.dep_ != "pobj":
        return None
    prep = t.head.head
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "over") or verb.pos_ != "VERB" or (
            verb.lemma_.lower() in _FOR_OWN):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if obj is None:
        return None
    near = refs[bisect_left(starts, obj.left_edge.i):bisect_right(starts, obj.i)]
    near += [r for r in resolved if r.start == obj.i]
    return next((r for r in near if r.start <= obj.i < r.end and not r.modifier and _compatible(r, want)), None)


def _it_antecedent(doc, t, live: list[Ref]) -> Ref | None:
    """The country or body an "it" that does something stands for: the nearest subject before it, when
    that subject is a mention of one or of a group named in the singular ("Iran said it would retaliate";
    "The ministry rejected the claim. It added ..."; "Hamas said it ..."). An expletive ("it is likely", "it was reported that", "it seems") and an
    "it" whose nearest subject before it names no actor ("The bill passed. It ...") stay unresolved."""
    if t.dep_ not in _SUBJ or t.head.pos_ not in ("VERB", "AUX") or t.head.lemma_.lower() in _EXPLETIVE_VERBS:
        return None
    verb = t.head
    if t.dep_ == "nsubjpass" or any(c.dep_ in ("expl", "acomp") for c in verb.children):
        return None  # "it was reported that", "it is believed", "it became clear"
    low = t.i - _IT_WINDOW  # only the window before the pronoun is looked up
    owner = {i: r for r in live if r.subject and r.end > low and r.start < t.i for i in range(r.start, r.end)}
    toks = tokens(doc)
    for j in range(t.i - 1, max(-1, low), -1):
        w = toks[j]
        if w.dep_ not in _SUBJ or w.head.i == verb.i:
            continue
        if w.pos_ in ("PRON", "DET") and w.i not in owner:
            return None
        ref = owner.get(j)
        if ref is None:
            if w.pos_ in ("NOUN", "PROPN"):
                return None  # a subject that names no actor: the bill, the plan, the report
            continue
        # a group named in the singular ("Hamas said it ...", "The militia said it ..."), not in the
        # plural ("Democrats", "protesters": they)
        singular = ref.kind == "group" and w.tag_ in ("NNP", "NN")
        return ref if ref.kind in ("country", "organization", "composite") or singular else None
    return None


def _cataphor(doc, t, refs: list[Ref], want: str, s: int, starts: list[int] | None = None,
              subjects: dict[int, tuple] | None = None) -> Ref | None:
    """'In his letter, Khalilzad noted': a pronoun in a phrase before the subject refers to the subject.
    ``refs`` are the names sorted by start and ``starts`` their starts (made here when not given): the
    names the pronoun's sentence holds before it are found by bisection, not by a scan of the
    document's names for each pronoun. ``subjects`` keeps each sentence's root and its subject for the
    next pronoun of the sentence (by the sentence's start): finding the subject reads every child of
    the root, the same for each pronoun."""
    if starts is None:
        starts = [r.start for r in refs]
    sent = t.sent
    toks, heads = tokens(doc), head_indices(doc)  # the shared list and head column: no Token per child or head
    found = subjects.get(sent.start) if subjects is not None else None
    if found is None:
        root = sent.root
        found = (root, next((toks[c] for c in child_indices(root, heads) if toks[c].dep_ in _SUBJ), None))
        if subjects is not None:
            subjects[sent.start] = found
    root, subj = found
    if subj is None or subj.i <= t.i:
        return None
    if any(r.end <= t.i and _compatible(r, want) for r in refs[bisect_left(starts, sent.start):bisect_left(starts, t.i)]):
        return None
    a = t.i
    while heads[a] != a and heads[a] != root.i:
        a = heads[a]
    anc = toks[a]
    if anc.dep_ not in ("prep", "advcl", "npadvmod", "advmod") or anc.i > subj.i:
        return None
    for r in refs[:bisect_right(starts, subj.i)]:
        if subj.i < r.end and _compatible(r, want):
            return r
    return None


# First words of a title that make it another office than its last word's: "vice president", "deputy
# secretary", "assistant secretary", "lieutenant governor", "under secretary".
_OTHER_OFFICE = frozenset({"vice", "deputy", "assistant", "lieutenant", "lt.", "under", "associate", "sub"})


def resolve_titles(doc, refs: list[Ref], heads: dict[str, list[str]], claimed: set[int],
                   sent_index: list[int], countries: dict[str, str | None] | None = None,
                   iso_at: dict[int, str] | None = None,
                   told: Callable[[str], set[str]] | None = None,
                   in_office: Callable[[str], dict[str, str | None]] | None = None) -> list[tuple[int, int, Ref]]:
    """Definite title nouns ('the secretary', 'the envoy') -> the nearest person who holds that title.

    ``heads`` maps an actor id to the title heads the text gave it ('secretary of state', 'envoy').
    A title noun with its own country ('the president of Armenia') never goes to a holder of another
    country's office (``countries``: actor id -> country; ``iso_at``: token -> country it names), and a
    title noun with a party's or a state's word ("the Republican nominee", "the Texas senator") never to a
    holder whose words (``told``: actor id -> the words the text or a base gives the person, as
    :func:`described_evidence` reads them) give another party or state.

    A bare head-of-state title ("the president") with no holder titled so in the six sentences before goes
    to the person the text names whom the officeholders' list says held the office on the article's date
    (``in_office``: title -> those persons' ids and the country of their office; see :func:`_office_holder`).
    """
    countries = countries or {}
    iso_at = iso_at or {}
    by_word: dict[str, set[str]] = {}
    for actor, hs in heads.items():
        for h in hs:
            by_word.setdefault(h, set()).add(actor)
            if h.split()[0] in _OTHER_OFFICE:
                continue  # a vice president is not "the president", a deputy secretary not "the secretary"
            by_word.setdefault(h.split()[-1], set()).add(actor)
            by_word.setdefault(h.split(" of ")[0].split()[-1], set()).add(actor)
    out: list[tuple[int, int, Ref]] = []
    if not by_word:
        return out
    persons = sorted((r for r in refs if r.kind == "person"), key=lambda r: r.start)
    toks, lows = tokens(doc), lowers(doc)
    for k in word_positions(doc, by_word):  # the tokens of the title words only, in the order of the text
        t, word = toks[k], lows[k]
        if t.i in claimed or t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS"):
            continue
        det = [c for c in t.lefts if c.dep_ == "det"]
        if not det or det[0].lower_ not in ("the", "this", "that"):
            continue
        if t.dep_ == "compound" or any(c.dep_ == "appos" for c in t.children):
            continue
        start = min([c.i for c in t.lefts if c.dep_ in ("amod", "compound") and c.i not in claimed] + [t.i])
        mods = doc[min([c.i for c in t.lefts if c.dep_ in ("amod", "compound")] + [t.i]):t.i]
        parties = {_canonical(x.lower_) for x in mods} & _PARTIES
        states = {w for m in _STATE_NAME.findall(mods.text.lower()) for w in m.split()} - _SHARED_STATE_WORDS
        phrase = " ".join(x.lower_ for x in doc[start:t.i + 1])
        holders = by_word.get(phrase, set()) | by_word[word]
        s = sent_index[t.i]
        own = next((iso_at[i] for prep in t.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                    for pobj in prep.children if pobj.dep_ == "pobj"
                    for i in range(pobj.left_edge.i, pobj.i + 1) if i in iso_at), None)
        cands = [r for r in persons if r.end <= t.i and r.actor in holders and s - r.sent <= 6
                 and not (own and countries.get(r.actor) and countries[r.actor] != own)]
        if (parties or states) and told is not None:
            # "the Republican nominee" is not the Democratic one: a party or a state the title's words name
            # leaves out a holder whose words (the text's or the base's) give another
            cands = [r for r in cands if _same_side(told(r.actor), parties, states)]
        if not cands and not own and not (parties or states) and phrase in ONE_HOLDER:
            cands = _office_holder(persons, in_office(phrase) if in_office else {}, by_word.get(phrase, set()),
                                   t.i, s, sent_index, countries, iso_at)
        if cands:
            out.append((start, t.i + 1, max(cands, key=lambda r: r.end)))
    return out


# The offices a country has one holder of at a time, as a bare title names them: "the president".
ONE_HOLDER = frozenset({"president", "prime minister", "premier", "king", "queen", "emir", "chancellor"})


def _office_holder(persons: list[Ref], kb: dict[str, str | None], holders: set[str], at: int, s: int,
                   sent_index: list[int], countries: dict[str, str | None],
                   iso_at: dict[int, str]) -> list[Ref]:
    """The mentions of the person a bare title at token ``at`` (sentence ``s``) stands for, where no holder
    is titled so nearby; empty when unsure.

    ``kb`` holds the persons the text names who held the office on the article's date (from the
    officeholders' list) with their office's country. One of them is the holder; among several, the one
    whose country the title's sentence (before it) or the two sentences before name, else the one whose country the article's
    persons are most often of. Where the list knows none, the one person the text titled so before (at any
    distance) is, where the title's sentence and the one before name no country but theirs.
    """
    if kb:
        # the countries the reader met just before the title: "the president said strikes on Syria would ..."
        # names Syria after it, as the target, not as the president's
        near = {iso for i, iso in iso_at.items() if i < at and s - 2 <= sent_index[i]}
        pick = set(kb)
        if len(pick) > 1:
            pick = {a for a in kb if kb[a] in near} or pick
        if len(pick) > 1:
            weight: dict[str, int] = {}
            for r in persons:
                iso = countries.get(r.actor)
                if iso:
                    weight[iso] = weight.get(iso, 0) + 1
            score = {a: weight.get(kb[a] or "", 0) for a in pick}
            best = max(score.values())
            pick = {a for a in pick if score[a] == best}
        if len(pick) != 1:
            return []
        chosen = [r for r in persons if r.actor in pick]
        before = [r for r in chosen if r.end <= at]
        return before or chosen[:1]
    before = [r for r in persons if r.end <= at and r.actor in holders]
    if len({r.actor for r in before}) != 1:
        return []
    named = {iso for i, iso in iso_at.items() if s - 1 <= sent_index[i] <= s}
    own = countries.get(before[0].actor)
    if named and (own is None or named != {own}):
        return []
    return before


# Definite descriptions of a state or a body: "the country", "the group". "the nation", "the state" and
# "the regime" are left alone: on the corpus's train split they name the writer's own country, a US state
# or a government the text never names as a country about as often as the nearest country.
_STATE_NOUNS = frozenset({"country", "kingdom"})
_BODY_NOUNS = frozenset({"group", "organization", "organisation", "movement", "network", "militia"})
# Nouns that refer back to the body whose name ends in them or holds them: "the committee" for "the House
# Intelligence Committee", "the council" for "the Security Council".
_NAMED_BODY_NOUNS = frozenset({"committee", "council", "board", "commission", "agency", "ministry", "court",
                               "party", "company", "alliance", "department", "campaign", "union", "bank",
                               "foundation", "institute", "bureau", "network", "organization", "organisation",
                               "movement", "administration", "government", "assembly", "parliament", "tribunal"})
_DETERMINERS = frozenset({"the", "this", "that"})
_DESCRIBING = _STATE_NOUNS | _BODY_NOUNS | _NAMED_BODY_NOUNS | {"north", "south"}


def resolve_descriptions(doc, refs: list[Ref], words: dict[str, set[str]], claimed: set[int],
                         sent_index: list[int]) -> list[tuple[int, int, Ref]]:
    """(start, end, antecedent) of each definite description of a state or a body that no actor has
    claimed: "the country" and "the kingdom" go to the nearest country, "the group" to the nearest
    organisation, "the committee" to the nearest body the text named with that word ("the House
    Intelligence Committee"), and "the North" / "the South" to the country the text calls "North ..."
    / "South ..." ("North Korea"). ``words``: named actor id -> the lower-cased words of its names."""
    out: list[tuple[int, int, Ref]] = []
    ordered = sorted(refs, key=lambda r: r.start)
    toks, lows = tokens(doc), lowers(doc)
    for k in word_positions(doc, _DESCRIBING):  # the describing nouns' tokens only, in the order of the text
        t, low = toks[k], lows[k]
        compass = low in ("north", "south") and t.text[0].isupper() and t.pos_ == "PROPN"
        if t.i in claimed or not (compass or (t.pos_ == "NOUN" and t.tag_ == "NN" and (
                low in _STATE_NOUNS or low in _BODY_NOUNS or low in _NAMED_BODY_NOUNS))):
            continue
        if t.i == 0 or doc[t.i - 1].lower_ not in _DETERMINERS or t.dep_ in ("compound", "amod"):
            continue  # "the group" alone, not "the group's leader" as a modifier nor "a group"
        if any(c.dep_ in ("compound", "amod", "poss", "nummod", "appos") or (
                c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "relcl" for c in t.children):
            continue  # "the group of experts", "the country's", "the country that ...": not a back-reference
        s = sent_index[t.i]
        if compass:
            want = low + " "
            cands = [r for r in ordered if r.end <= t.i and r.kind != "person"
                     and any(w.startswith(want) for w in words.get(r.actor, ()))]
        else:
            cands = [r for r in ordered if r.end <= t.i and s - r.sent <= _WINDOW and not r.modifier
                     and _describes(low, r, words)]
        if cands:
            best = max(cands, key=lambda r: _score(r, t.i, r.sent == s))
            out.append((t.i - 1, t.i + 1, best))
    return out


def _describes(noun: str, ref: Ref, words: dict[str, set[str]]) -> bool:
    if noun in _NAMED_BODY_NOUNS and ref.kind in ("organization", "composite") and any(
            noun in w.split() for w in words.get(ref.actor, ())):
        return True
    if noun in _STATE_NOUNS:
        return ref.kind == "country"
    # a named group ("the Islamic State"), not an unnamed one ("protesters")
    return noun in _BODY_NOUNS and ref.kind in ("organization", "group") and ref.actor in words


# Descriptions of a set of actors named before: "the two leaders", "both countries", "the three". The
# noun says which kind the members are; a bare number ("The two met") takes persons. Nouns for the people
# of an incident ("suspects", "gunmen", "victims") are left alone: their members are seldom the persons
# the text named. "both sides" and a bare "both" are left alone too: on the corpus's train split they
# name two parties the text has not named in reach (two peoples, two camps, two polls) about as often as
# the two it has.
_SET_SIZES = {"two": 2, "three": 3, "four": 4, "both": 2}
_PERSON_SETS = frozenset({"leaders", "men", "women", "senators", "candidates", "presidents", "ministers",
                          "lawmakers", "rivals", "politicians", "brothers", "sisters", "diplomats", "envoys"})
_STATE_SETS = frozenset({"countries", "nations", "governments", "neighbors", "neighbours"})
_SET_WINDOW = 2  # sentences back: the set's members are named just before it
_SET_REACH = 6  # sentences back at most beyond the window: a quote or an aside between names and set


def resolve_sets(doc, refs: list[Ref], claimed: set[int], sent_index: list[int]) -> list[tuple[int, int, list[Ref]]]:
    """(start, end, members) of each definite description of a set of named actors no other step claimed:
    "the two leaders" or "The two met" after two persons, "both countries" after two countries. The members
    are those of :func:`_set_members`; a description without them is left unresolved."""
    out: list[tuple[int, int, list[Ref]]] = []
    toks = tokens(doc)
    lows = lowers(doc)
    for k in word_positions(doc, _SET_SIZES):  # the counting words' tokens only, in the order of the text
        t, low = toks[k], lows[k]
        n = _SET_SIZES[low]
        if t.i in claimed:
            continue
        span = _set_phrase(t, low)
        if span is None:
            continue
        start, end, noun = span
        if any(i in claimed for i in range(start, end)):
            continue
        members = _set_members(doc, refs, start, sent_index[t.i], "country" if noun in _STATE_SETS else "person", n)
        if members:
            out.append((start, end, members))
    out.extend(_uncounted_pairs(doc, refs, claimed, sent_index))
    return out


def _uncounted_pairs(doc, refs: list[Ref], claimed: set[int], sent_index: list[int]) -> list[tuple[int, int, list[Ref]]]:
    """"The leaders" with no count, after the two persons its own sentence names before it ("a call between
    Ana Roe and Ben Doe during which the leaders agreed", "Following a meeting between Kim Jong Un and Moon Jae-in,
    the leaders appeared"): the pair, whom the annotators code as the two actors, as for "the two leaders".
    Only there: a sentence or two later "the leaders" as often names a group the text named before ("eurozone
    leaders ... The leaders hammered out the agreement")."""
    out: list[tuple[int, int, list[Ref]]] = []
    toks = tokens(doc)
    for k in word_positions(doc, ("leaders",)):
        t = toks[k]
        if k < 1 or k in claimed or k - 1 in claimed or t.tag_ != "NNS" or t.dep_ in ("compound", "amod", "poss"):
            continue
        kids = list(t.children)
        if len(kids) != 1 or kids[0].i != k - 1 or kids[0].lower_ != "the":
            continue  # "the leaders of Iran", "the world leaders", "the leaders killed": other sets
        # the persons its own sentence names before it, not as a possessor: no window, no reach back
        members = _set_members(doc, refs, k - 1, sent_index[k], "person", 2, window=-1, reach=0)
        if members:
            out.append((k - 1, k + 1, members))
    return out


def _set_members(doc, refs: list[Ref], start: int, sent: int, kind: str, n: int, *, window: int = _SET_WINDOW,
                 reach: int = _SET_REACH) -> list[Ref]:
    """The ``n`` actors of ``kind`` a set description at token ``start`` of sentence ``sent`` counts, each
    by its latest mention before the description, in the order of the text; none when they are not sure.

    First the distinct actors named in the description's sentence and the two before it, when there are
    exactly ``n``. Else, within ``_SET_REACH`` sentences, those named by name (not as a possessor: "covering
    Obama's trip") in the nearest sentence that names any, then the next nearest, until there are ``n`` or
    more; exactly ``n`` or none. So the nearest sentence decides where the window holds a third ("Obama
    spoke to Morsi. The two men agreed" after a sentence on Netanyahu), and a quote or an aside between
    the names and the description ("Obama met Netanyahu. 'Our bond is strong,' he said. ... The two
    leaders") is passed over. ``window`` and ``reach``: those two spans in sentences back (-1: no window)."""
    in_window: dict[str, Ref] = {}
    by_sent: dict[int, dict[str, Ref]] = {}
    for r in refs:
        if r.kind != kind or r.end > start or not 0 <= sent - r.sent <= reach or r.modifier:
            continue
        if sent - r.sent <= window and (r.actor not in in_window or r.end > in_window[r.actor].end):
            in_window[r.actor] = r
        if doc[r.end - 1].dep_ != "poss" and doc[r.end - 1].tag_ != "POS":
            seen = by_sent.setdefault(r.sent, {})
            if r.actor not in seen or r.end > seen[r.actor].end:
                seen[r.actor] = r
    if len(in_window) == n:
        return sorted(in_window.values(), key=lambda r: r.start)
    if not by_sent:
        return []
    found: dict[str, Ref] = {}
    for k in sorted(by_sent, reverse=True):
        for actor, r in by_sent[k].items():
            found.setdefault(actor, r)
        if len(found) >= n:
            break
    return sorted(found.values(), key=lambda r: r.start) if len(found) == n else []


def _set_phrase(t, low: str) -> tuple[int, int, str] | None:
    """(start, end, noun) of the set description ``t`` counts: "the two leaders" and "both countries"
    with nothing else on the noun, or a bare "the two" as a subject ("" for the noun)."""
    if t.dep_ in ("nummod", "det", "predet", "preconj") and t.head.i > t.i:
        head = t.head
        noun = head.lower_
        if head.tag_ not in ("NNS", "NNPS") or noun not in _PERSON_SETS and noun not in _STATE_SETS:
            return None
        if head.dep_ in ("compound", "amod"):
            return None  # "the two countries' talks" is the talks
        others = [c for c in head.children if c.i != t.i and c.dep_ != "punct"]
        # "both leaders" alone; "the two leaders" with the article only: not "two leaders" (no
        # back-reference), "the two main parties" nor "both leaders of the party" (a set of its own)
        if others if low == "both" else (len(others) != 1 or others[0].dep_ != "det" or others[0].lower_ != "the"):
            return None
        return head.left_edge.i, head.i + 1, noun
    if low != "both" and t.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ not in ("det", "punct") for c in t.children):
        det = [c for c in t.children if c.dep_ == "det"]
        if len(det) == 1 and det[0].lower_ == "the" and det[0].i == t.i - 1:
            return t.i - 1, t.i + 1, ""
    return None


# A later description of an unnamed agent or a body: "a U.S. Navy official ... the official said", "State
# Department officials ... the officials argued", "the city's police department ... Police said". Its
# determiner is definite or none ("police"); any other word before the noun ("other officials", "two
# officials", "a senior official") or a phrase after it ("officials in Kabul", "officials who ...")
# makes it a description of its own.
_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_PARAGRAPHS_BACK = 2  # the referent is in the description's paragraph or the two before
# Bodies a bare noun names after the text gave the body's full name: "Police" for "the Los Angeles Police
# Department", "the ministry" for "the Foreign Ministry".
_BODY_WORDS = frozenset({"police", "ministry", "agency", "department", "army", "military", "navy", "government",
                         "court", "commission", "committee", "council"})

# "this regime" names a government the text calls by its country's name ("Iran") as often as one it
# called a regime before (resolve_descriptions leaves "the regime" alone for the same reason).
_NOT_BACK = frozenset({"regime", "regimes"})


class TokenParagraphs(Sequence[int]):
    """The paragraph of each token of a document (``paragraph[i]``), a paragraph being a line
    (``_paragraphs``, ``breaks="line"``): a headline, a byline or a one-line update counts as one when a
    description looks two paragraphs back. A whitespace token holding a break belongs to the paragraph
    before it. Each token asked for is looked up by its offset in the paragraphs' starts (the same
    search a column of every token's would make): the readers ask about a hundred tokens of a
    thousand, and the offsets' column and its search cost more than those look-ups."""

    __slots__ = ("_starts", "_toks")

    def __init__(self, starts: list[int], toks: list) -> None:
        self._starts, self._toks = starts, toks

    def __len__(self) -> int:
        return len(self._toks)

    def __eq__(self, other: object) -> bool:
        """Equal to a list (or another index) of the same paragraphs, as the column it replaces was."""
        if isinstance(other, (TokenParagraphs, list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    # equal to a list, so unhashable as a list is
    __hash__ = None  # type: ignore[assignment]

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        tok: Any = self._toks[i]
        try:
            return bisect_right(self._starts, tok.idx) - 1
        except AttributeError:  # a slice of the token list has no offset of its own (no reader slices)
            if not isinstance(i, slice):
                raise
            return [bisect_right(self._starts, t.idx) - 1 for t in tok]


def paragraph_index(doc) -> TokenParagraphs:
    """Each token's paragraph (:class:`TokenParagraphs`). The paragraphs are found once per document and
    kept in its ``user_data`` until ``nlp.release`` (the unnamed agents and the titled persons placed by
    the sentence before both read them); callers only read it."""
    found = doc.user_data.get(PARAGRAPH_INDEX)
    if found is None or len(found) != len(doc):
        found = doc.user_data[PARAGRAPH_INDEX] = TokenParagraphs(Paragraphs(doc_text(doc), breaks="line").starts,
                                                                 tokens(doc))
    return found


def may_refer_back(t) -> bool:
    """Whether an agent noun (a Token) is a description that can refer back (:func:`described_agent`) by
    its own words: a definite or bare noun with no words of its own around it, and a bare noun only when
    it names a body. Read before the mentions, the paragraphs or the actors' words are."""
    if any(c.dep_ != "punct" and (c.dep_ != "det" or c.lower_ not in _BACK_DETERMINERS) for c in t.lefts):
        return False
    if any(c.dep_ in ("prep", "relcl", "acl", "appos", "amod", "compound") for c in t.rights):
        return False
    low = t.lower_
    if low in _NOT_BACK:
        return False
    # "officials said", "delegates": as often new ones as the ones named before
    return any(c.dep_ == "det" for c in t.lefts) or low in _BODY_WORDS


def described_agent(doc, head: int, refs: Iterable[Ref], words: dict[str, set[str]],
                    paragraph: Sequence[int]) -> Ref | None:
    """The earlier mention a definite agent noun or a bare body noun (token ``head``) refers back to: a
    mention, in its paragraph or the two before, whose last word is the same noun in the same number ("a
    U.S. official" for "the official", not "officials"), or, for a body noun, a body whose name holds it
    ("the Los Angeles Police Department" for "police"). A bare body noun also refers back, at any
    distance, to an unnamed body of its noun whose mention says more than the noun ("French police" for
    "Police said"). None when the noun is not such a description,
    nothing matches, or mentions of two actors match. ``refs`` are the mentions that may be referred back to (read once, in order, and only
    for a noun that can refer back); ``words``: actor id -> the
    lower-cased words of its names."""
    t = doc[head]
    if not may_refer_back(t):
        return None
    low = t.lower_
    plural = t.tag_ in ("NNS", "NNPS")
    bare = not any(c.dep_ == "det" for c in t.lefts)
    lemma = t.lemma_.lower()
    p = paragraph[head]
    found: list[Ref] = []
    for r in refs:
        far = p - paragraph[r.start] > _PARAGRAPHS_BACK
        if r.end > head or far and not bare or r.modifier:
            continue
        last = doc[r.end - 1]
        # a bare body noun also refers back, however far back, to the one the text named by that noun and
        # the words that place it ("French police ... Police said"): a text speaks of one police. A body's
        # own name ("State Police") is reached only within the window, below: "police" is often another force
        same = (not bare or r.end - r.start > 1 and r.kind != "organization") and last.lemma_.lower() == lemma and (
            last.tag_ in ("NNS", "NNPS")) == plural and last.pos_ in ("NOUN", "PROPN")
        body = not far and low in _BODY_WORDS and r.kind in ("organization", "composite") and any(
            low in w.split() for w in words.get(r.actor, ()))
        if same or body:
            found.append(r)
    # two actors of the noun in reach ("a U.S. official ... a second official ... the official"): which
    # one is meant is not sure, so neither
    return found[0] if found and len({r.actor for r in found}) == 1 else None


# Definite descriptions of a person by what the text told of them before: "the California Democrat", "the
# Wisconsin Republican", "the former Massachusetts governor", "the Texas congressman". Every word of the
# description must be one the text gave the person: a word beside one of the person's names ("Sen. Jan
# Roe (D-Calif.)", "California Democrat Jan Roe", "Jan Roe, a former adviser,"), a word of the person's
# titles, the person's country for a country's word. A party's mark ("D-", "R-") gives the party, a
# state's abbreviation ("Calif.", "N.Y.") the state.
_PARTY_WORDS = {"republican": "republican", "gop": "republican", "democrat": "democrat", "democratic": "democrat"}
_PARTY_NOUNS = frozenset({"republican", "democrat"})
# Words of one office said in several ways: "Sen.", "Rep.", "congresswoman"
_SAME_OFFICE = {"sen": "senator", "gov": "governor", "rep": "congressman", "representative": "congressman",
                "congresswoman": "congressman", "ex": "former", "advisor": "adviser"}
# A lawmaker is a senator or a member of the House.
_LAWMAKER_NOUNS = frozenset({"lawmaker", "legislator"})
_LAWMAKERS = frozenset({"senator", "congressman", "lawmaker", "legislator"})
_DESCRIBED_HEADS = _PARTY_NOUNS | _LAWMAKER_NOUNS | {"senator", "congressman", "congresswoman", "governor"}
# Nouns of a trade, a fortune or a standing in a race or a case that describe one person the text named
# with that noun: "the billionaire" for "billionaire Jan Roe", "the nominee", "the suspect". Read, like a
# party noun, alone after "the" too.
_TRADE_HEADS = frozenset({"billionaire", "businessman", "businesswoman", "tycoon", "mogul", "magnate",
                          "nominee", "candidate", "hopeful", "contender", "challenger", "incumbent",
                          "frontrunner", "suspect", "gunman"})
# The words of the US states' names ("new", "york"), which a description shares with a person only by
# the person's own evidence.
_STATE_WORDS = frozenset(w for name in STATE_OF.values() for w in name.split())
# A state's whole name among words: "the texas senator", "the new york democrat" (not "the new president").
_STATE_NAME = re.compile(r"\b(?:" + "|".join(sorted({re.escape(n) for n in STATE_OF.values() if n}, key=len,
                                                      reverse=True)) + r")\b")
# A party's mark and a state's abbreviation beside a name: "D-Calif.", "(R-N.Y.)", "R-Ky", "D-CA".
_MARK = re.compile(r"\b([RD])\s?-\s?([A-Z][A-Za-z]?\.?(?:\s?[A-Z][a-z]?\.)?[a-z]*\.?)")
# Words that set the described person apart from another of the same words.
_ANOTHER = frozenset({"other", "another", "second", "third", "fourth"})
_DESCRIBED_REACH = 6  # tokens either side of a name that may describe the person
_DESCRIBED_WINDOW = 6  # sentences back to the person, as for the bare title nouns


@functools.lru_cache(maxsize=1)
def _legislator_terms() -> dict[str, list[list[str]]]:
    """Wikidata id -> the member's terms in Congress, [start, end, state's postal code, party]
    (``scripts/build_legislator_terms.py``)."""
    path = resources.files("newsgraph").joinpath("data", "actors", "legislator_terms.json")
    return json.loads(path.read_text(encoding="utf-8"))


def legislator_words(wikidata: str | None, day: dt.date | None) -> list[str]:
    """The words the legislators' base gives a member of Congress on ``day`` (the latest term when
    there is no day): the state's name and the party ("texas", "republican"). Nothing for a day outside
    every term: before the first one the person was no member ("the Texas Republican" may be another)."""
    terms = _legislator_terms().get(wikidata or "")
    if not terms:
        return []
    if day is None:
        term = terms[-1]
    else:
        iso = day.isoformat()
        found = [t for t in terms if t[0] <= iso <= t[1]]
        if not found:
            return []
        term = found[-1]
    state = STATE_OF.get(term[2].lower(), "")
    return [*state.split(), term[3].lower()]


@functools.lru_cache(maxsize=4096)
def _canonical(word: str) -> str:
    # (kept: the evidence readers ask for the same few hundred words of a text thousands of times)
    word = word.strip(".").lower()
    return _SAME_OFFICE.get(_PARTY_WORDS.get(word, word), _PARTY_WORDS.get(word, word))


def person_evidence(doc, refs: list[Ref], titles: dict[str, list[str]], former: set[str],
                    known: dict[str, list[str]] | None = None) -> dict[str, dict[str, list[int]]]:
    """:func:`described_evidence` with the words a base gives each person (``known``: actor id -> words,
    such as :func:`legislator_words`), read as the words of a title are (at -1)."""
    out = described_evidence(doc, refs, titles, former)
    for actor, ws in (known or {}).items():
        for w in ws:
            out.setdefault(actor, {}).setdefault(w, []).append(-1)
    return out


# part-of-speech ids as ``token_array`` holds them (a part of speech is a symbol, whose id every string
# store gives alike)
_VERB_CCONJ = frozenset({StringStore().as_int("VERB"), StringStore().as_int("CCONJ")})
_ADP = StringStore().as_int("ADP")


def described_evidence(doc, refs: list[Ref], titles: dict[str, list[str]],
                       former: set[str]) -> dict[str, dict[str, list[int]]]:
    """The words the text gives each person: actor id -> canonical word -> the tokens it was read at (-1
    for a word of the person's titles, ``titles``, or "former" when one of them is a former office,
    ``former``). They are the words beside each mention of the person within a few tokens, up to a verb,
    a conjunction, another person's mention or the sentence's end, with the party and the state that a
    mark such as "(D-Calif.)" gives."""
    toks = tokens(doc)
    text = doc_text(doc)
    out: dict[str, dict[str, list[int]]] = {}
    for a, hs in titles.items():
        for h in hs:
            for w in h.replace("-", " ").split():
                out.setdefault(a, {}).setdefault(_canonical(w), []).append(-1)
    for a in former:
        out.setdefault(a, {}).setdefault("former", []).append(-1)
    persons = [r for r in refs if r.kind == "person"]
    owner = {i: r.actor for r in persons for i in range(r.start, r.end)}
    # the shared lower-case words and part-of-speech ids (``token_array``): a Token's ``pos_`` and
    # ``lower_`` are string-store reads
    low, pos = lowers(doc), token_array(doc)[:, ARRAY_COLUMNS.index("POS")].tolist()

    # A word is beside the mention while it is no other person's and no verb or conjunction; a preposition
    # before the name ends the phrase that describes it ("comments by the governor about Roe"); after it,
    # only "of" and "from" carry on: "Roe of California". (The test is written out in both loops, not
    # called per word.)
    for r in persons:
        actor = r.actor
        words = out.get(actor)
        if words is None:
            words = out[actor] = {}
        sent = toks[r.start].sent
        lo, first = r.start, max(sent.start, r.start - _DESCRIBED_REACH)
        while lo > first:
            p = pos[lo - 1]
            if owner.get(lo - 1, actor) != actor or p in _VERB_CCONJ or p == _ADP:
                break
            lo -= 1
        hi, last = r.end, min(sent.end, r.end + _DESCRIBED_REACH)
        while hi < last:
            p = pos[hi]
            if owner.get(hi, actor) != actor or p in _VERB_CCONJ or p == _ADP and low[hi] not in ("of", "from"):
                break
            hi += 1
        for i in range(lo, hi):
            for w in low[i].split("-"):
                if w.strip("."):
                    # (a word met before at another token, as most are, makes no new list to throw away)
                    key = _canonical(w)
                    at = words.get(key)
                    if at is None:
                        words[key] = [i]
                    else:
                        at.append(i)
        if hi > r.end:  # the mark is read in the text: the tokenizer splits it ("(", "D", "-", "Calif.", ")")
            span = text[toks[r.end].idx:toks[hi - 1].idx + len(toks[hi - 1])]
            # (the mark holds a hyphen: most words after a name hold none, and need no search)
            for party, state in _MARK.findall(span) if "-" in span else ():
                words.setdefault("republican" if party == "R" else "democrat", []).append(r.end)
                name = STATE_OF.get(state.replace(".", "").replace(" ", "").lower())
                for w in (name or "").split():
                    words.setdefault(w, []).append(r.end)
    return out


def resolve_described(doc, refs: list[Ref], titles: dict[str, list[str]], former: set[str], sent_index: list[int],
                      countries: dict[str, str | None] | None = None,
                      iso_at: dict[int, str] | None = None,
                      named: list[Ref] | None = None,
                      known: dict[str, list[str]] | None = None) -> list[tuple[int, int, Ref]]:
    """(start, end, person) of each definite description of a person named before ("the California
    Democrat", "the former Massachusetts governor", "the Wisconsin Republican"): a phrase of "the", words
    before its noun and nothing after it, whose noun is a party's ("Democrat"), a lawmaker's or a title
    word a person of the text holds (``titles``: actor id -> title heads; ``former``: the persons with a
    former office). It refers to the person of the last six sentences whose
    words (:func:`described_evidence`) hold every word of it, a country's word (``iso_at``) fitting the
    person's country (``countries``); to nobody when two persons fit or none does. A bare title ("the
    senator") is :func:`resolve_titles`'s; a bare party noun ("the Republican") is read here. The words
    beside the mentions ``named`` (all of ``refs`` when not given) are the persons' evidence, with the
    words a base gives them (``known``: actor id -> words, such as :func:`legislator_words`). A noun of a trade,
    a fortune or a standing ("the billionaire", "the nominee", "the suspect") and an age ("the 72-year-old",
    whose number the person's words must hold: "Jan Roe, 72,") are read like a party noun, alone after "the"
    too. A description of a state's, a party's and an office's words only ("the California Democrat") that no
    person fits goes to the last person named in its sentence or the two before who is an American politician
    whose words tell no other party, state or office (:func:`_compatible_politician`): the text named her
    "Sen. Jan Roe" and never gave her party, and the base does not hold her."""
    countries = countries or {}
    iso_at = iso_at or {}
    toks = tokens(doc)
    persons = sorted((r for r in refs if r.kind == "person"), key=lambda r: r.start)
    starts = [r.start for r in persons]  # a mention that starts at a description or after it ends after it
    taken = {i for r in persons for i in range(r.start, r.end)}
    words = _DESCRIBED_HEADS | _TRADE_HEADS | {"old"} | {
        h.split()[-1].lower() for hs in titles.values() for h in hs if h.strip()}
    out: list[tuple[int, int, Ref]] = []
    evidence: dict[str, dict[str, list[int]]] | None = None  # read at the first description: most texts have none
    for k in word_positions(doc, words):
        t = toks[k]
        age = _age_at(toks, k)
        if age is None and (t.tag_ not in ("NN", "NNP") or t.dep_ in ("compound", "appos", "poss") or not (
                t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.lower_ in _PARTY_NOUNS)):
            continue  # a body's name is no description of a person: "the State Department"
        if age is not None and t.dep_ not in _NOMINAL_DEPS:
            continue  # "the 72-year-old senator": the noun is the head, read at its own word
        lefts = list(t.lefts)
        if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ not in _DETERMINERS:
            continue
        bare_ok = t.lower_ in _PARTY_NOUNS or t.lower_ in _TRADE_HEADS or age is not None
        if any(c.dep_ != "punct" for c in t.rights) or (t.i - lefts[0].i < 2 and not bare_ok):
            continue  # a phrase of its own ("the senator from Ohio"); a bare title noun ("the senator")
        start, end = lefts[0].i, t.i + 1
        if any(i in taken for i in range(start, end)) or lefts[0].i != t.left_edge.i:
            continue
        need = _needed(toks, start, end)
        if any(w.lower_ in _ANOTHER or w.ent_type_ == "ORDINAL" for w in need):
            continue  # "the second official", "the other senator": set apart from one named before
        if evidence is None:
            evidence = person_evidence(doc, refs if named is None else named, titles, former, known)
        s = sent_index[t.i]
        fit: dict[str, Ref] = {}
        last = {r.actor: r for r in persons[:bisect_left(starts, start)]
                if r.end <= start and s - r.sent <= _DESCRIBED_WINDOW}
        for actor, r in last.items():
            # the description's own words are no evidence: "Jay Roe, an adviser to the former mayor"
            own = {w for w, at in evidence.get(actor, {}).items() if any(i < start or i >= end for i in at)}
            if _fits(need, own, countries.get(actor), iso_at):
                fit[actor] = r
        if len(fit) == 1:
            out.append((start, end, next(iter(fit.values()))))
        elif not fit and _political(need, iso_at):
            # "Sen. Jan Roe said ... the California Democrat added": the text never gave Roe a party or a
            # state, and the base does not know her; the last person named just before whose words do not
            # contradict the description's is the one it describes
            names = [r for r in (persons if named is None else named) if r.kind == "person" and r.end <= start
                     and s - r.sent <= _LAST_NAMED_WINDOW and not r.modifier]
            for r in sorted(names, key=lambda r: r.end, reverse=True):
                own = {w for w, at in evidence.get(r.actor, {}).items() if any(i < start or i >= end for i in at)}
                if _compatible_politician(need, own, countries.get(r.actor), iso_at):
                    out.append((start, end, r))
                    break
    return out


_LAST_NAMED_WINDOW = 2  # sentences back to the last named person a political description may fall back to
# Words of a party or an office in US politics that a description may share with a person only when the text
# or the base told it; the state words that name no one state alone ("new", "north") tell nothing.
_PARTIES = frozenset({"democrat", "republican", "independent"})
_OFFICE_WORDS = _LAWMAKERS | {"governor"}
_POLITICIAN_WORDS = _OFFICE_WORDS | _PARTIES | {"president", "mayor", "speaker", "leader", "chairman",
                                                "chairwoman", "chair", "nominee", "candidate", "whip"}
_SHARED_STATE_WORDS = frozenset({"new", "north", "south", "west", "island", "district", "of", "columbia"})


def _same_side(words: set[str], parties: set[str], states: set[str]) -> bool:
    """Whether a person's words give no party and no state other than ``parties`` and ``states``."""
    theirs = words & _PARTIES
    where = (words & _STATE_WORDS) - _SHARED_STATE_WORDS
    return not (parties and theirs and not parties <= theirs) and not (states and where and not states <= where)


def _political(need: list, iso_at: dict[int, str]) -> bool:
    """Whether a description is made of a state's, a party's and a US office's words only, with a party's
    or a state's among them: "the California Democrat", "the GOP senator", "the Texas lawmaker"."""
    words = [_canonical(t.lower_) for t in need]
    return any(w in _PARTIES or w in _STATE_WORDS - _SHARED_STATE_WORDS for w in words) and all(
        w in _PARTIES or w in _STATE_WORDS or w in _OFFICE_WORDS or t.i in iso_at for w, t in zip(words, need))


def _compatible_politician(need: list, words: set[str], country: str | None, iso_at: dict[int, str]) -> bool:
    """Whether a person whose words are ``words`` may be the one a political description (:func:`_political`)
    describes: an American politician (a party or an office among the words) whose party and state, when
    the words tell them, are the description's, and who holds its office; for a state's word, one who holds
    a seat of a state (a senator's, a member's of the House, a governor's)."""
    if country not in (None, "USA") or not words & _POLITICIAN_WORDS:
        return False
    if not words & _OFFICE_WORDS and any(_canonical(t.lower_) in _STATE_WORDS for t in need):
        return False  # a state's politician holds a state's seat: a presidential candidate is no "Wisconsin Republican"

    parties = words & _PARTIES
    states = (words & _STATE_WORDS) - _SHARED_STATE_WORDS
    for t in need:
        w = _canonical(t.lower_)
        if t.i in iso_at and iso_at[t.i] != "USA" and w not in _STATE_WORDS:
            return False
        if w in _PARTIES:
            if parties and w not in parties:
                return False
        elif w in _STATE_WORDS:
            if states and w not in _SHARED_STATE_WORDS and w not in states:
                return False
        elif w in _OFFICE_WORDS and not (w in words or w in _LAWMAKERS and words & _LAWMAKERS):
            return False
    return True


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})


def _age_at(toks: list, k: int) -> str | None:
    """The age of an "N-year-old" whose "old" is token ``k`` ("72"), else None."""
    if k >= 4 and toks[k].lower_ == "old" and toks[k - 1].text == "-" and toks[k - 2].lower_ == "year" and (
            toks[k - 3].text == "-" and toks[k - 4].like_num):
        return toks[k - 4].text
    return None


def _needed(toks: list, start: int, end: int) -> list:
    """The tokens of a description that the person's words must hold: its words, and of an age
    ("the 24-year-old suspect") the number alone ("Jan Roe, 24," gives it)."""
    skip: set[int] = set()
    ages: list = []
    for i in range(start + 1, end):
        if _age_at(toks, i) is not None:
            skip.update(range(i - 3, i + 1))
            ages.append(toks[i - 4])
    return ages + [toks[i] for i in range(start + 1, end)
                   if i not in skip and (toks[i].is_alpha or "." in toks[i].text)]


def _fits(need: list, words: set[str], country: str | None, iso_at: dict[int, str]) -> bool:
    """Whether every word of a description (tokens ``need``) is one the text gave a person."""
    for t in need:
        w = _canonical(t.lower_)
        if t.i in iso_at and iso_at[t.i] != country:
            return False  # "the North Korean leader" is no American, whatever words surround the name
        if w in words or w in _LAWMAKERS and words & _LAWMAKERS:
            continue
        # a country's or a city's word fits by the country ("the Mexican president"); a state's or a
        # party's must be the person's own ("the Texas Republican": many Americans are in the text)
        if t.i not in iso_at or w in _STATE_WORDS or w in _PARTY_WORDS.values():
            return False
    return True
