"""Agreements from the whole document, and the commitments each party made under them.

1. Mentions: every agreement noun (deal, agreement, accord, treaty, ceasefire, truce, pact,
   memorandum, ...) with what its phrase says: a name (`the Doha Agreement`), parties (`between X
   and Y`, `with X`, `US-Taliban deal`, `X, Y and Z signed the deal`, `officials from X and Y signed
   it`, `signed in 1987 by X and Y`, `the accord X reached with Y`), a date (a timex in the phrase's own parts: its modifiers, an of / in phrase, a
   clause of making or of its past, `the agreement signed in February 2020`; not a coordinated phrase
   nor a clause about something else; a deal its phrase leaves undated takes the date the event coder
   gave the verb that reports it made: "have reached a deal", "came to a truce a month ago") and
   qualities (`conditions-based`). A leader among its makers stands for the state they govern, as do a
   state's officials named only by a common noun ("negotiators", "the leaders"); other people are no side
   of it. Who holds, keeps or leaves a reported deal is a side of it too ("X withdrew from the deal", "X
   is committed to the treaty", "X complies with it"; not "violated", which an outsider may do, nor a
   modal "would leave"), added once the mentions are grouped. A consensus, an arrangement
   or a decree is a mention only when a verb of making governs it; a verbless heading is none.
   A deal told by a verb alone is a mention too: "X and Y agreed to Z", "X agreed with Y on Z", "the
   terms agreed with Y" (two sides, or one side and the clause its agreeing brought about: "Y lifted its
   sanctions after X agreed to ...", or a settlement: "agreed to pay ... to settle the claims"), and "X
   signed a roadmap with Y"; past, neither negated, modal, conditional nor wished, and not an opinion
   shared ("agreed that ...", "agreed with him"). A verbal mention in a sentence with a noun mention of
   the same deal joins it like any mention with parties.
2. One agreement per thing agreed: named mentions group by name (or by its initials: `the INF
   Treaty`); mentions with parties join the agreement whose parties they share, unless each names a
   state the other lacks (`a deal with X`, `a trade agreement with Y`: two deals); a definite mention
   (`the agreement`, `the deal signed in February 2020`, `the treaty, which X signed with Y`, not one a
   party labels: `the Iran deal`) refers back to the latest agreement whose date does not conflict, one
   told made or in force before one only named or hoped for (not to a thing signed under another name,
   `signed a roadmap with Y`, nor to a deal whose sides name states its own lack), and
   a mention with no side of its own that tells the same kind of deal as an earlier one (`a cease-fire
   deal` after `the cease-fire agreement`; not `another` or `a new` one) is that deal again. An
   indefinite mention with a descriptive modifier and nothing else (`a power-sharing deal`, `a
   permanent ceasefire`) is a prospect, not a reported agreement, and is dropped unless it gains
   parties, a date or commitments.
3. Only agreements reported as reached, signed or in force (corpus guidelines, section 4): one of the
   mentions is governed by a verb of making (`signed`, `the truce they reached`, `came to a truce`; such a
   mention counts even when merely described and without parties), presupposed in force
   (`withdrew from`, `violated`, `adheres to`, `is committed to the treaty`, `under the deal`, `the
   existing accord`) or dated; a deal hoped for, sought, negated, conditional, future (`going to sign`),
   a habit (`making deals is hard`), awaited (`before they sign a deal`; not `before they announced a
   deal`, a past), only possible (`any deal`, `no agreement`, `without a deal`) or
   named as a topic is none, and a party's convention is no treaty. The words are in
   `data/agreements/status.txt`.
4. Commitments: the main clause of a sentence `under / as part of the AGREEMENT` (party = its
   subject; `the Taliban would not allow ...`) and cue verbs (agree to, commit to, pledge, promise,
   vow, guarantee, undertake, be required / obliged to; what is agreed, not the other side, a circumstance
   or the deal itself: `agreed with Y to ...`, `agreed to the arrangement`) in sentences tied to an agreement, the sentence
   itself or the two following the last mention in the same paragraph (in the paragraph after it too, for
   what a side of the deal is required or obliged to do); in such a sentence each half of an
   exchange (`X lifted sanctions on Y in exchange for limits on its programme`) is one side's commitment,
   once the deal's parties are known (a side that gets one half, `Y would get relief in exchange for
   limits`, gives the other); so is what the deal's own phrase says it is for (`an agreement to
   open the border`: each side the sentence names; with the bare verbs that go on its list, `to hold
   elections, form a government and restore ...`, wherever the parser hangs them), a term the deal sets as a subject (`the treaty
   requires Y to ...`: the one party it names, else each; `the deal caps ...`, `the accord also includes
   ...`, `an agreement X made with Y, one that outlined ...`; not `would require`, nor a deal only thought
   of, `open to a deal that includes ...`), and what a side does in a clause under the deal (`the accord
   under which Y was to ...`: Y's, and Y is a party). A state and its government among the parties are
   one side. Conditions come from `if`,
   `unless`, `provided that`, `on condition that`, `in exchange for`, `in return for` clauses and from a
   conditions-based agreement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from .._paragraphs import Paragraphs
from .._parse import actor_of_phrase, verb_subject
from ..events._lexicon import lemma
from ..events._tables import parse_rows, word_sets
from ..records import Agreement, Commitment, short_id
from ..nlp import doc_text, span_tokens, tokens

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ..records import Actor, ActorTable, Event, Timex

__all__ = ["find_agreements", "AGREEMENT_NOUNS"]

AGREEMENT_NOUNS = frozenset("""
deal agreement accord treaty ceasefire cease-fire truce pact memorandum armistice compact
convention protocol settlement understanding
""".split())
_WEAK_NOUNS = {"settlement", "understanding", "convention", "protocol", "compact"}  # need a name or parties
# words that are a deal only when a verb of making governs them ("a consensus they reached", "worked out an
# arrangement with Y", "entered into a consent decree"), not "a growing consensus", "make arrangements for"
_MADE_ONLY = {"consensus", "arrangement", "decree"}
_PROMISE = {"promise", "pledge", "vow", "guarantee", "assure", "swear"}
_OBLIGE = {"agree", "commit", "undertake", "consent", "accept", "concede", "require", "oblige", "obligate",
           "bind"}
# words before "convention" that make it a party's nominating gathering, not a treaty
_PARTY_CONVENTION = {"national", "republican", "democratic", "party", "nominating", "gop", "state",
                     "presidential", "libertarian", "green", "labour", "conservative", "liberal"}
_CONCESSION_WORDS = re.compile(r"\b(release|releasing|withdraw\w*|cede|ceding|lift\w*|free|freeing|give up|"
                               r"hand\w* over|drop\w*|allow\w*|withdrawal|concession\w*|reduc\w*)\b", re.I)
_CONDITION_MARKS = ("if", "unless", "provided", "providing", "condition", "exchange", "return", "once")
_UNDER = {"under", "per", "in line with", "as part of", "according to"}
_SIGN_VERBS = {"sign", "reach", "strike", "conclude", "negotiate", "broker", "agree", "seal", "forge",
               "ink", "announce", "finalize", "finalise"}
# verbs that tell a deal made between their subjects, or their subject and their "with"-object
_VERBAL = {"agree"}
_AGREE_PREPS = {"to", "on", "upon", "with", "between"}
_BOUND = {"require", "oblige", "obligate", "bind"}  # cue verbs that bind their subject only in the passive
_MODALS = {"will", "would", "could", "may", "might", "should", "can", "must", "shall"}


def _status_words() -> dict[str, frozenset[str]]:
    text = resources.files("newsgraph").joinpath("data", "agreements", "status.txt").read_text(encoding="utf-8")
    rows = parse_rows(text, "data/agreements/status.txt", {"SET": (2, None)})
    return word_sets(rows, {"reached", "past_reached", "in_force", "in_force_preps", "prospect", "in_force_adjectives",
                             "terms"})


_STATUS = _status_words()
_SIGNED_OR_REACHED = _SIGN_VERBS | _STATUS["reached"]


@dataclass(slots=True)
class _Mention:
    tok: "Token"
    name: str | None
    parties: list[str]
    date: str | None
    definite: bool
    descriptive: bool
    qualities: list[str]
    status: str = "topic"  # reached | in_force | prospect | topic: what the sentence says of the deal
    verbal: bool = False  # told by a verb ("X and Y agreed to Z"), not named by a noun
    labelled: bool = False  # a party names it ("the Iran nuclear deal", "the US-Taliban accord")
    kind: tuple[str, ...] = ()  # the words that say what kind of deal it is ("cease-fire", "trade")


@dataclass(slots=True)
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)
    name: str | None = None
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    qualities: list[str] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        self.name = self.name or m.name
        self.date = self.date or m.date
        for p in m.parties:
            if p not in self.parties:
                self.parties.append(p)
        for q in m.qualities:
            if q not in self.qualities:
                self.qualities.append(q)


class _Reader:
    def __init__(self, doc: "Doc", actors: "ActorTable", timexes: "list[Timex]") -> None:
        self.doc = doc
        self.actors = actors
        self.timexes = [t for t in timexes if t.type == "DATE"]
        self.text = doc_text(doc)  # built once: Doc.text joins every token on each call
        self.para_starts = Paragraphs(self.text, breaks="blank").starts  # blank-line paragraphs
        self._states: dict[str, str] | None = None

    def para(self, char: int) -> int:
        return bisect_right(self.para_starts, char) - 1

    def _party(self, tok: "Token") -> str | None:
        a = actor_of_phrase(self.doc, self.actors, tok, fallback=False)
        actor = self.actors.get(a)
        return a if actor is not None else None

    def _state(self, actor_id: str) -> str | None:
        """The state a leader or a state's officials sign for ("a treaty signed by the two presidents" binds
        their states): the country named in the text whose code is a government person's or group's own."""
        a = self.actors.get(actor_id)
        if a is None or a.kind not in ("person", "group") or a.sector != "GOV" or not a.country:
            return None
        if self._states is None:
            self._states = {}
            for x in self.actors.actors:
                if x.kind == "country" and x.country:
                    self._states.setdefault(x.country, x.id)
        return self._states.get(a.country)

    def mention(self, tok: "Token") -> _Mention | None:
        doc = self.doc
        sent = tok.sent
        if len(sent) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in sent):
            return None  # a heading ("Currency Pact", "The deal's terms") names a topic, not a deal
        left = [c for c in tok.children if c.i < tok.i]
        definite = _definite(tok)
        name = None
        if tok.text[:1].isupper() and tok.i > tok.sent.start:
            parts = [c for c in left if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()]
            if parts:
                name = doc[min(p.left_edge.i for p in parts):tok.i + 1].text
        parties: list[str] = []
        qualities: list[str] = []
        kind: list[str] = []
        descriptive = False
        itself = self.actors.at_token(tok.i)  # "the Open Skies Treaty" read as an actor: the deal, no party
        for c in left:
            if c.dep_ in ("amod", "compound") and _lem(c) in _BROKERING:
                continue  # "an Egyptian-brokered truce": the broker is no party to it
            for t in c.subtree:
                a = self._party(t) if self.actors.at_token(t.i) else None
                if a and (a == itself or self.actors.get(a).kind == "person"):  # type: ignore[union-attr]
                    continue  # `the Trump-era deal`: a person's era, not a party
                if a and a not in parties:
                    parties.append(a)
            if c.dep_ in ("amod", "compound", "npadvmod") and not self.actors.at_token(c.i):
                words = doc[c.left_edge.i:c.i + 1].text.lower()
                if "condition" in words:
                    qualities.append("conditions-based")
                elif c.lower_ not in ("same", "new", "final", "latest", "original", "previous", "first"):
                    descriptive = True
                kind.append(words)
        # `the deal with X`, `the truce between X and Y`, `the accord signed between X and Y`
        # (not `the deal brokered by X`: a broker is no party)
        made = [v for v in tok.children if v.dep_ in ("acl", "relcl") and v.i > tok.i and _lem(v) in _MAKERS]
        # "X signed the accord with Y", "signing an agreement Friday with Y": the verb's other side
        if tok.dep_ == "dobj" and _lem(tok.head) in _MAKERS:
            made.append(tok.head)
        for c in [*tok.children, *(c for v in made for c in v.children if c.lower_ != "by")]:
            if c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("between", "with", "among", "by"):
                for t in c.subtree:
                    if t.dep_ == "poss" and self.actors.at_token(t.head.i):
                        continue  # "Gaza's Hamas rulers": whose the side is, not a side of its own
                    if t.dep_ in ("pobj", "conj", "compound") or self.actors.at_token(t.i):
                        a = self._party(t) if self.actors.at_token(t.i) else None
                        if a and a not in parties:
                            parties.append(a)
        # "the treaty signed in 1990 by X and Y", "an accord made by X and Y": its makers (a broker is none)
        for v in made:
            if v.i > tok.i and _lem(v) not in ("broker", "announce"):
                for c in v.children:
                    if c.dep_ == "agent":
                        sides = [self._state(a) or a for g in c.children if g.dep_ == "pobj" for a in self._sides(g)]
                        parties += [a for a in dict.fromkeys(sides) if a not in parties]
        # `X and Y signed / reached the deal`, `the truce X and Y reached`
        signer = _maker(tok)
        if signer is not None and (_wished(signer) or (_lem(signer) == "have" and not parties)):
            # "the third state to reach a settlement": an aim names no side of a deal made; "they have an
            # agreement with them": holding a deal tells its sides only beside a named one
            signer = None
        if signer is not None:
            subj = verb_subject(signer)
            if subj is not None:
                for a in self._sides(subj):
                    party = self.actors.get(a)
                    if party is not None and (party.kind == "person" or _unnamed_officials(party)):
                        # a leader who makes the deal, or a state's officials named only by a common noun,
                        # make it for their state ("the Chilean president and her Peruvian
                        # counterpart signed a treaty": Chile and Peru); people of no state named in the text
                        # ("the negotiators signed the deal") are no side of it
                        a = self._state(a) or ""
                    if a and a not in parties:
                        parties.append(a)
        date = next((d for t in _dating(tok) if (d := self._date_in(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)))),
                    None)
        if date is None and tok.dep_ in ("dobj", "nsubjpass") and _lem(tok.head) in _STATUS["reached"] \
                and not _wished(tok.head):
            date = self._verb_date(tok.head, skip=tok)  # "X and Y signed a peace accord in 1979"
        if tok.lower_ in _WEAK_NOUNS and not (name or parties):
            return None
        if tok.lower_ == "convention" and any(c.lower_ in _PARTY_CONVENTION for c in left):
            return None  # a party's convention ("the Republican National Convention") is a gathering
        status = "in_force" if date else _status(tok)
        labelled = bool(parties) and any(self.actors.at_token(t.i) for c in left for t in c.subtree)
        return _Mention(tok, name, parties, date, definite, descriptive, qualities, status, labelled=labelled,
                        kind=tuple(sorted(kind)))

    def _verb_date(self, verb: "Token", skip: "Token | None" = None) -> str | None:
        """The date of the verb that made the deal, from its own modifiers ("signed ... on Friday", "a
        year ago, X sealed ...", "in July it worked out ..."), never from a clause below it (which tells
        its own time) nor from the deal's phrase ``skip``."""
        for c in verb.children:
            if (skip is not None and c.i == skip.i) or c.dep_ not in ("prep", "npadvmod", "advmod", "tmod"):
                continue
            if any(t.dep_ in _CLAUSES for t in c.subtree if t.i != c.i):
                continue
            date = self._date_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
            if date is not None:
                return date
        return None

    def _date_in(self, start: int, end: int) -> str | None:
        """The value of the first dated timex (a year or finer) that starts inside [start, end)."""
        return next((t.value for t in self.timexes if start <= t.span[0] < end and re.match(r"^\d{4}", t.value or "")),
                    None)

    def _sides(self, tok: "Token") -> list[str]:
        """The actors of a phrase and of its coordinated phrases ("Seoul and Washington", "X, Y, Z and
        W", "Saudi Arabia along with other OPEC nations", "producers including Russia"); people "from"
        named sides stand for those sides ("officials from X, Y and ten other nations": X and Y)."""
        out: list[str] = []
        todo = [tok]
        while todo:
            t = todo.pop(0)
            origin = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj"]
            members = [a for g in origin for a in self._sides(g)]
            a = self._party(t)
            for x in members or ([a] if a else []):
                if x not in out:
                    out.append(x)
            for c in t.children:
                if c.dep_ == "conj":
                    todo.append(c)
                elif c.dep_ == "prep" and c.lower_ in ("with", "along", "including"):
                    todo.extend(g for x in (c, *c.children) for g in x.children if g.dep_ == "pobj")
        return out

    def verbal(self, tok: "Token") -> _Mention | None:
        """A deal told by the verb alone: "X and Y agreed to Z", "X agreed with Y on Z", "the terms
        agreed with Y". It counts when the verb reports the deal made (past, neither negated, modal,
        conditional nor wished), says what was agreed (a "to"-clause, a "to" / "on" object, the noun
        the participle modifies) rather than an opinion shared ("agreed that ...", "agreed with him"),
        and names two sides: two subjects, or a "with" / "between" object."""
        if tok.tag_ not in ("VBD", "VBN") or _wished(tok):
            return None
        kids = list(tok.children)
        if any(c.dep_ == "dobj" for c in kids):
            return None  # "agreed a deal": the noun tells it
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in _AGREE_PREPS]
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "the terms agreed with the EU": the participle's noun is what was agreed
        participle = subj is None and tok.dep_ in ("acl", "advcl")
        said = any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in kids) or any(
            c.lower_ in ("to", "on", "upon") for c in preps)
        if not said and (not participle or any(c.dep_ == "ccomp" for c in kids)):
            return None  # "agreed that ...", "agreed with him": an opinion shared, no deal
        if subj is None and tok.dep_ == "conj":
            subj = verb_subject(tok)
        parties = self._sides(subj) if subj is not None else []
        other = []
        for c in preps:
            if c.lower_ in ("with", "between"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        other += [a for a in self._sides(g) if a not in parties and a not in other]
        if len(parties) == 1 and not other:
            settled, other = self._counterpart(tok, parties[0])
            if not (settled or other):
                return None
        elif len(parties) < 2 and not other:
            return None
        start = min(tok.left_edge.idx, tok.idx)
        end = tok.right_edge.idx + len(tok.right_edge.text)
        date = self._date_in(start, end)
        return _Mention(tok, None, parties + other, date, False, False, [], "reached", verbal=True)

    def signed(self, tok: "Token") -> _Mention | None:
        """A deal signed under another name with a named side: "X signed a roadmap with Y", "X had
        signed a secret bargain with Y" (an agreement noun object is read as a noun mention)."""
        if tok.tag_ not in ("VBD", "VBN") or _wished(tok):
            return None
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None or obj.lemma_.lower() in AGREEMENT_NOUNS:
            return None
        other: list[str] = []
        for c in (*tok.children, *obj.children):
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                other += [a for g in c.children if g.dep_ == "pobj" for a in self._sides(g)]
        if not other:
            return None
        subj = verb_subject(tok)
        parties = self._sides(subj) if subj is not None else []
        parties += [a for a in other if a not in parties]
        return _Mention(tok, None, parties, self._verb_date(tok, skip=obj), False, False, [], "reached", verbal=True)

    def _counterpart(self, tok: "Token", party: str) -> tuple[bool, list[str]]:
        """The other side of a deal one party agreed to: the subject of the clause the agreeing made
        happen ("the EU offered Greece a bailout after Athens agreed to cut spending"), or the claimants
        a payment settles ("agreed to pay $5 million to settle the students' claims"; a settlement
        even where the claimants are no actor)."""
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in tok.children):
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return False, [a for a in self._sides(subj) if a != party]
        for t in tok.subtree:
            if t.i > tok.i and t.pos_ == "VERB" and _lem(t) == "settle":
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                found = [] if obj is None else [a for x in obj.subtree if (a := self._party(x)) and a != party]
                return True, found[:1]
        return False, []

    def clusters(self) -> list[_Cluster]:
        out: list[_Cluster] = []
        verb_of: dict[int, _Cluster] = {}  # the clusters of verbal and of noun mentions, by token
        noun_of: dict[int, _Cluster] = {}
        for tok in tokens(self.doc):
            if tok.pos_ == "VERB" and tok.lower_.startswith(("agree", "sign")):
                lem = _lem(tok)
                m = self.verbal(tok) if lem in _VERBAL else self.signed(tok) if lem == "sign" else None
            elif tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_ in _MADE_ONLY:
                m = self.mention(tok)
                if m is not None and m.status != "reached":
                    continue
            elif tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in AGREEMENT_NOUNS:
                continue
            elif tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "deal-making", "the truce village", "the ceasefire agreement": the head names it
            else:
                m = self.mention(tok)
            if m is None:
                continue
            target: _Cluster | None = None
            # "X and Y agreed to a temporary truce", "the truce X and Y agreed on": one deal, told twice
            for other in (*tok.ancestors, *(tok.subtree if m.verbal else ())):
                if other.i in verb_of and other.sent.start == tok.sent.start:
                    target = verb_of[other.i]
                    break
                if m.verbal and other.i in noun_of:
                    target = noun_of[other.i]
                    break
            if target is None and m.name:
                target = next((c for c in out if c.name and _same_name(c.name, m.name)), None)
            # (not when each names a state the other lacks: "a deal with X and Y" and "a trade agreement
            # with Z" share only their maker, and are two deals)
            if target is None and m.parties:
                target = next((c for c in out if set(c.parties) & set(m.parties)
                               and not _states_apart(c.parties, m.parties, self.actors)
                               and not (m.date and c.date and not c.date.startswith(m.date[:7]) and not m.date.startswith(c.date))), None)
            # a definite mention refers back even with parties no earlier deal shares ("the agreement,
            # which was signed by X and Y")
            if target is None and not m.name and not m.labelled and (m.definite or not (m.parties or m.descriptive)):
                fits = [c for c in reversed(out) if _refers_to(m, c, self.actors)]
                # a deal told made or in force before one only hoped for or named ("X would have a deal with
                # Y"): "the deal" is the one the story reports
                target = next((c for c in fits if any(x.status in ("reached", "in_force") for x in c.mentions)),
                              fits[0] if fits else None)
            # "the cease-fire agreement ... a cease-fire deal riddled by violations": the same kind of deal
            # told again without parties of its own is the deal already told, not another one
            if target is None and m.kind and m.descriptive and not (m.parties or m.name or m.verbal) \
                    and not _another(m.tok):
                target = next((c for c in reversed(out) if any(x.kind == m.kind for x in c.mentions) and not (
                    m.date and c.date and not (c.date.startswith(m.date) or m.date.startswith(c.date)))), None)
            if target is None:
                target = _Cluster()
                out.append(target)
            target.add(m)
            (verb_of if m.verbal else noun_of)[tok.i] = target
        return out

    def holders(self, c: _Cluster) -> None:
        """Add to a reported deal's parties the sides that hold it (after its mentions are grouped: a
        holder is no cue that two mentions are one deal, and it makes no deal reported)."""
        for m in c.mentions:
            for a in ([] if m.verbal else self._holders(m.tok)):
                if a not in c.parties:
                    c.parties.append(a)

    def _holders(self, tok: "Token") -> list[str]:
        """The sides that hold, keep or leave the deal ``tok`` names, which only its parties can: the
        subject of "X withdrew from the deal", "X honoured the accord", "X complies with the treaty",
        "X is committed to the treaty" (a leader for their state, as a maker). Said even of an act only
        threatened or refused ("X threatened to leave the pact"): the act needs X to be bound by it."""
        verb = _holding_verb(tok)
        if verb is None or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return []  # "X's forces would violate the treaty if X were bound by it": no holder
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ in ("conj", "xcomp"):
            subj = verb_subject(verb)
        if subj is None or subj.lower_ in ("which", "that", "who"):
            return []
        out = []
        for a in self._sides(subj):
            party = self.actors.get(a)
            if party is not None and (party.kind == "person" or _unnamed_officials(party)):
                a = self._state(a) or ""
            if a and a not in out and a != self.actors.at_token(tok.i):
                out.append(a)
        return out

    # -- commitments -------------------------------------------------------------------------
    def _clause_text(self, start: int, end: int, skip: "set[int]") -> tuple[str, tuple[int, int]] | None:
        doc = self.doc
        toks = [t for t in doc[start:end] if t.i not in skip and not t.is_space]
        while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
            toks.pop(0)
        while toks and toks[-1].is_punct:
            toks.pop()
        if len(toks) < 3:
            return None
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return self.text[s:e], (s, e)

    def _conditions(self, verb: "Token") -> list[str]:
        out = []
        for t in verb.subtree:
            if t.lower_ in _CONDITION_MARKS and t.dep_ in ("mark", "prep", "advmod", "pobj"):
                head = t.head if t.dep_ in ("mark", "pobj") else t
                if t.dep_ == "pobj":
                    head = t.head
                sub = list(head.subtree)
                if len(sub) >= 3:
                    out.append(self.doc[sub[0].i:sub[-1].i + 1].text)
        return out

    def commitments(self, clusters: list[_Cluster]) -> None:
        by_tok: dict[int, _Cluster] = {m.tok.i: c for c in clusters for m in c.mentions}
        order = sorted(by_tok)
        doc = self.doc
        for sent in doc.sents:
            in_sent = [i for i in order if sent.start <= i < sent.end and not self._prospect(by_tok[i])]
            cluster = by_tok[in_sent[0]] if in_sent else self._recent(by_tok, order, sent)
            beyond = None
            if cluster is None:
                beyond = self._recent(by_tok, order, sent, across=True)
                if beyond is None or not beyond.parties:
                    continue
                cluster = beyond
            found, joined = self._sentence_commitments(sent, by_tok, bound_only=beyond is not None)
            if beyond is not None:
                # past the deal's paragraph, a sentence tells a term of it where a side of it is bound to do
                # something ("X will be required to ..."), as a story listing the deal's terms goes on; what a
                # side agrees or promises there may be another deal
                found = [x for x in found if x[1] is None and x[0].party in beyond.parties]
                joined = []
            for party in joined:
                if party not in cluster.parties:
                    cluster.parties.append(party)
            for com in found:
                com_cluster = by_tok.get(com[1], cluster) if com[1] is not None else cluster
                rec = com[0]
                if "conditions-based" in com_cluster.qualities and "conditions-based" not in rec.conditions:
                    rec.conditions.append("conditions-based")
                if all((c.span, c.party) != (rec.span, rec.party) for c in com_cluster.commitments):
                    com_cluster.commitments.append(rec)
                if rec.party and rec.party not in com_cluster.parties:
                    com_cluster.parties.append(rec.party)

    @staticmethod
    def _prospect(c: _Cluster) -> bool:
        """Only indefinite, merely described mentions (`a power-sharing deal`): not a reported agreement."""
        return not (c.parties or c.date or c.name) and all(
            m.descriptive and not m.definite and m.status not in ("reached", "in_force") for m in c.mentions)

    def _recent(self, by_tok: dict[int, _Cluster], order: list[int], sent: "Span", across: bool = False
                ) -> _Cluster | None:
        """The agreement last mentioned in the two sentences before, in the same paragraph (``across``: in
        the paragraph before too)."""
        doc = self.doc
        prev = [i for i in order if i < sent.start and not self._prospect(by_tok[i])]
        if not prev:
            return None
        last = prev[-1]
        if self.para(doc[last].idx) != self.para(sent.start_char) and not (
                across and self.para(doc[last].idx) == self.para(sent.start_char) - 1):
            return None
        sents_between = 0
        s = sent
        while s.start > 0 and sents_between < 3:
            s = doc[s.start - 1].sent
            sents_between += 1
            if s.start <= last < s.end:
                return by_tok[last]
        return None

    def exchanges(self, clusters: list[_Cluster]) -> None:
        """The two sides of an exchange a deal sets ("X lifted sanctions on Y in exchange for Y's curbs on
        its programme", "offered relief in return for limits"): what is given and what is given for it, each
        the commitment of one side. A side is the exchange's own: the subject or owner of each half, the
        side a half is done to ("sanctions on Y") giving the other half, each one of the deal's parties; a
        half whose side neither this nor the deal's two parties tell is left out. Runs after the parties
        are complete."""
        by_tok: dict[int, _Cluster] = {m.tok.i: c for c in clusters for m in c.mentions}
        order = sorted(by_tok)
        for sent in self.doc.sents:
            in_sent = [i for i in order if sent.start <= i < sent.end and not self._prospect(by_tok[i])]
            cluster = by_tok[in_sent[0]] if in_sent else self._recent(by_tok, order, sent)
            if cluster is None:
                continue
            for tok in span_tokens(sent):
                if tok.lower_ in _EXCHANGE and tok.dep_ == "pobj" and tok.head.lower_ == "in":
                    for rec in self._exchange(tok, cluster.parties):
                        # a half the party's commitment already holds ("under the deal, X lifted ... in
                        # exchange for ...") is no second commitment
                        _add_commitment(cluster, rec)

    def purposes(self, clusters: list[_Cluster]) -> None:
        """What a deal's own phrase says it is for: "an agreement to inventory the weapons", "a deal with
        the opposition to form a unity government", "worked out an arrangement with Y to send forces". The
        purpose is a term both sides take on, so it is each party's commitment (the phrase names no one
        side). Runs after the parties are complete."""
        for c in clusters:
            if not c.parties:
                continue
            for m in c.mentions:
                # a mention that itself reports the deal made or in force: "hopes for a deal to end the war"
                # tells an aim, even of a deal made elsewhere in the text
                clause = _purpose(m.tok) if not m.verbal and m.status in ("reached", "in_force") else None
                if clause is None:
                    continue
                got = self._clause_text(clause.left_edge.i, _list_end(clause, m.tok) + 1, set())
                if got is None:
                    continue
                kind = "concession" if _CONCESSION_WORDS.search(got[0]) else "obligation"
                # the sides the deal's own sentence names, where it names any (its makers, persons too, and
                # the sides of its phrase): a deal's other mentions and the events around them may bring in
                # sides the purpose is no term of
                here = [x for x in c.mentions if x.tok.sent.start == m.tok.sent.start]
                makers = [v for x in here if not x.verbal and (v := _maker(x.tok)) is not None]
                told = [p for v in makers if (s := verb_subject(v)) is not None for p in self._sides(s)]
                told += [p for x in here for p in x.parties]
                for party in dict.fromkeys(told or c.parties):
                    _add_commitment(c, Commitment(party, got[0], kind, self._conditions(clause), got[1]))

    def terms(self, clusters: list[_Cluster]) -> None:
        """What a deal does by its own terms, told with the deal as the subject: "the treaty forced both
        countries to ...", "the deal caps enrichment at ...", "an accord that bars its members from ...",
        "the agreement calls for penalties". The term binds the one party of the deal it names ("requires
        Y to ..."), else every party: a set of the sides ("both countries") or a thing limited ("caps
        enrichment") names no one side (a deal with no known side gets a term with none). Runs after the
        parties are complete."""
        for c in clusters:
            for m in c.mentions:
                if not (m.definite or m.name or m.status in ("reached", "in_force")):
                    continue  # "negotiate an agreement that includes ...", "open to a deal that caps ...": a deal only thought of
                verb = None if m.verbal else _term_verb(m.tok)
                if verb is None:
                    continue
                got = self._clause_text(verb.i, verb.right_edge.i + 1, set())
                if got is None:
                    continue
                named = {a for t in verb.subtree if t.i > verb.i and (a := self.actors.at_token(t.i)) in c.parties}
                kind = "concession" if _lem(verb) == "lift" else "obligation"
                bound: list[str | None] = list(named) if len(named) == 1 else [*c.parties] or [None]
                for party in bound:
                    _add_commitment(c, Commitment(party, got[0], kind, self._conditions(verb), got[1]))
            for m in c.mentions:
                self._under_which(c, m)

    def _under_which(self, c: _Cluster, m: _Mention) -> None:
        """A relative clause told under the deal ("the accord under which X would withdraw its troops",
        "the deal in which Y was to give up its arsenal"): what its subject does there is that side's term,
        and the side is a party of the deal."""
        if m.verbal:
            return
        for verb in m.tok.children:
            if verb.dep_ != "relcl" or verb.i < m.tok.i or any(c.dep_ == "neg" for c in verb.children):
                continue
            if not any(p.dep_ == "prep" and p.lower_ in ("in", "under") and p.i < verb.i
                       and any(w.dep_ == "pobj" and w.lower_ == "which" for w in p.children) for p in verb.children):
                continue
            subj = next((x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < verb.i), None)
            sides = self._sides(subj) if subj is not None else []
            if not sides:
                continue
            got = self._clause_text(subj.right_edge.i + 1, verb.right_edge.i + 1, set())  # type: ignore[union-attr]
            if got is None:
                continue
            kind = "concession" if _CONCESSION_WORDS.search(got[0]) else "obligation"
            for party in sides:
                _add_commitment(c, Commitment(party, got[0], kind, self._conditions(verb), got[1]))
                if party not in c.parties:
                    c.parties.append(party)

    def _exchange(self, tok: "Token", sides: list[str]) -> list[Commitment]:
        prep = tok.head
        given = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        head = prep.head
        if given is None or head.i == prep.i:
            return []
        skip = {t.i for t in prep.subtree}
        # what is given: the verb's object ("lifted the sanctions"), or a passive verb with its subject
        # ("which were lifted"), or the noun the exchange modifies ("relief in exchange for ...")
        obj = None
        if head.pos_ in ("VERB", "AUX"):
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                start, end = head.i if head.i < obj.i else obj.left_edge.i, obj.right_edge.i + 1
            else:
                subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
                if subj is None:
                    return []
                start, end = subj.left_edge.i, head.i + 1
            subj = verb_subject(head)
            a = self._party(subj) if subj is not None and subj.dep_ != "nsubjpass" else None
        else:
            start, end = head.left_edge.i, head.right_edge.i + 1
            a = next((x for c in head.children if c.dep_ == "poss" and (x := self._party(c))), None)
        receiver = None
        if obj is not None and _lem(head) in _RECEIVING and a is not None:
            # "Y would get relief in exchange for limits": the subject receives what the verb names, so the
            # other side gives it, and the subject gives the other half
            receiver, a, start = a, None, obj.left_edge.i
        # the side a half is done to ("sanctions on Y", "relief for Y") receives it, and so gives the other half
        done_to = receiver or next((x for t in (*self.doc[start:end], *head.children) if t.i not in skip and (
            t.dep_ == "dative" or t.dep_ == "pobj" and t.head.lower_ in ("on", "against", "for", "to"))
            and (x := self._party(t))), None)
        owners = [c for c in given.children if c.dep_ in ("poss", "nsubj")]
        if any(c.dep_ == "acl" and c.tag_ == "VBG" for c in given.children):
            owners.append(given)  # "world powers returning the assets": the gerund's subject
        b = next((x for c in owners if (x := self._party(c))), None) or done_to
        # a half's owner that is no side of the deal is what the half is about ("Z's release"), not its giver
        a, b = (a if a in sides else None), (b if b in sides else None)
        if a is None:
            a = _other(sides, done_to or b)
        if b is None:
            b = _other(sides, a)
        out = []
        for party, (s, e), cut in ((a, (start, end), skip), (b, (given.left_edge.i, given.right_edge.i + 1), set())):
            got = self._clause_text(s, e, cut)
            if party is None or got is None:
                continue
            kind = "concession" if _CONCESSION_WORDS.search(got[0]) else "obligation"
            out.append(Commitment(party, got[0], kind, [], got[1]))
        return out

    def _sentence_commitments(self, sent: "Span", by_tok: dict[int, _Cluster], bound_only: bool = False
                              ) -> "tuple[list[tuple[Commitment, int | None]], list[str]]":
        """The commitments ``sent`` tells (each with the token of the deal it names, if any), and the sides
        that agree to the deal without a term of their own ("Y agreed to the arrangement"); ``bound_only``:
        only what a side is required or obliged to do."""
        doc = self.doc
        out: list[tuple[Commitment, int | None]] = []
        joined: list[str] = []
        used_verbs: set[int] = set()
        # `Under the agreement ..., PARTY would ...`
        for tok in span_tokens(sent):
            if tok.i not in by_tok or tok.dep_ != "pobj":
                continue
            prep = tok.head
            phrase = prep.lower_ if prep.lower_ != "of" else " ".join(t.lower_ for t in doc[max(sent.start, prep.i - 2):prep.i + 1])
            if prep.lower_ not in _UNDER and phrase not in _UNDER:
                continue
            verb = prep.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subj = verb_subject(verb)
            if subj is None:
                continue
            party = self._party(subj)
            skip = {t.i for t in prep.subtree} | {t.i for t in subj.subtree}
            got = self._clause_text(sent.start, sent.end, skip)
            if got is None:
                continue
            kind = "concession" if _CONCESSION_WORDS.search(got[0]) and not any(
                c.dep_ == "neg" for c in verb.children) else "obligation"
            out.append((Commitment(party, got[0], kind, self._conditions(verb), got[1]), tok.i))
            used_verbs.add(verb.i)
        # cue verbs
        for tok in span_tokens(sent):
            lemma = tok.lemma_.lower()
            if tok.pos_ not in ("VERB", "ADJ") or tok.i in used_verbs:
                continue
            if lemma not in (_BOUND if bound_only else _PROMISE | _OBLIGE):
                continue
            if lemma in _BOUND and not any(c.dep_ == "auxpass" for c in tok.children):
                continue
            subj = verb_subject(tok)
            if subj is None:
                continue
            # "X and Y agreed to Z": each side undertakes Z
            parties = self._sides(subj)
            if not parties:
                continue
            comp = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "prep", "dobj") and c.i > tok.i]
            if not comp and lemma in _BOUND:
                # "X will be required to ship spent fuel": the parser may hang the infinitive as a clause of its own
                comp = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            if comp and all(_no_term(c) for c in comp):
                # "X agreed to the deal", "the terms agreed with Y": a side of the deal, no term
                joined += [p for p in parties if p not in joined]
                continue
            comp = [c for c in comp if not _no_term(c)]
            if not comp:
                continue
            start = comp[0].left_edge.i
            end = max(c.right_edge.i for c in comp) + 1
            got = self._clause_text(start, end, set())
            if got is None:
                continue
            if lemma in _PROMISE:
                kind = "promise"
            elif lemma == "concede" or _CONCESSION_WORDS.search(got[0]):
                kind = "concession"
            else:
                kind = "obligation"
            conditions = self._conditions(tok)
            out.extend((Commitment(party, got[0], kind, list(conditions), got[1]), None) for party in parties)
        return out, joined


# verbs whose subject makes or holds the deal their object names, beyond those that sign it: "X cut a deal
# with Y", "the agreement X made with Y", "X entered into a decree with Y", "X has an accord with Y"
_MAKERS = _SIGN_VERBS | {"make", "cut", "clinch", "secure", "hammer"}
_MADE_OR_REACHED = _MAKERS | _STATUS["reached"]
# participles that make a deal's modifier its broker ("a Qatari-brokered truce"), not one of its sides
_BROKERING = {"broker", "mediate", "sponsor", "facilitate", "back"}


def _maker(tok: "Token") -> "Token | None":
    """The verb whose subject is a side of the deal ``tok`` names: "X and Y signed the deal", "the truce
    X and Y reached", "X entered into a decree with Y", "X has (worked out) an agreement with Y"."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is None and tok.dep_ == "pobj" and tok.head.lower_ == "into" and _lem(tok.head.head) == "enter":
        verb = tok.head.head
    verb = verb or next((c for c in tok.children if c.dep_ == "relcl"), None)
    if verb is None:
        return None
    lem = _lem(verb)
    if lem in _MAKERS or (lem == "enter" and tok.dep_ == "pobj"):
        return verb
    if lem == "have" and tok.dep_ == "dobj" and _with_side(tok):
        return verb
    if lem == "work" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return verb
    return None


_EXCHANGE = {"exchange", "return"}
# verbs whose subject receives the half of an exchange they name ("Y gets relief in exchange for ...")
_RECEIVING = {"get", "receive", "win", "obtain", "gain"}


def _holding_verb(tok: "Token") -> "Token | None":
    """The verb by which its subject holds or leaves the deal ``tok`` names: its object ("violated the
    accord", "abandoned the deal"), or the object of its preposition ("withdrew from", "pulled out of",
    "complies with", "abides by", "adheres to", "is committed to")."""
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of", "with", "by", "to"):
        verb = tok.head.head
        if verb.dep_ == "prt" or (verb.lower_ == "out" and verb.head.pos_ == "VERB"):
            verb = verb.head  # "pulled out of the deal"
        if tok.head.lower_ == "to" and verb.lower_ == "committed":
            return verb
    else:
        return None
    return verb if verb.pos_ == "VERB" and _lem(verb) in _HOLDING else None


# verbs whose subject is bound by the deal it holds, keeps or leaves; not those an outsider may do too
# ("rebels violated the truce", "undermine", "enforce", "extend", "revise", "renegotiate", "tear up")
_HOLDING = _STATUS["in_force"] - {"violate", "breach", "break", "undermine", "enforce", "extend", "revise", "tear",
                                  "renegotiate"}


def _no_term(c: "Token") -> bool:
    """A complement of an agreeing verb that tells no term: a phrase of another preposition than "to" / "on"
    (the other side, "agreed with Y", "the terms agreed between X and Y"; a circumstance, "against the
    advice of Z") or the deal itself ("agreed to the arrangement", "agreed on a plan")."""
    if c.dep_ == "prep" and c.lower_ not in _TERM_PREPS:
        return True
    obj = c if c.dep_ == "dobj" else next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
    return obj is not None and obj.lemma_.lower() in _DEAL_WORDS


_TERM_PREPS = {"to", "on", "upon"}
_DEAL_WORDS = AGREEMENT_NOUNS | _MADE_ONLY | {"term", "terms", "plan", "framework", "deal"}


def _to_clause(tok: "Token", deps: tuple[str, ...]) -> "Token | None":
    """The infinitive clause after ``tok`` that hangs on it ("to form a government")."""
    return next((c for c in tok.children if c.i > tok.i and c.dep_ in deps and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _term_verb(tok: "Token") -> "Token | None":
    """The verb of a term the deal ``tok`` sets, the deal its subject ("the deal caps ...") or the subject
    of a relative clause on it ("an accord that bars ..."); reported as holding, not wished, negated or
    modal ("a deal that would require ..." is only proposed)."""
    # "an accord X made with Y, one that outlined ...": the relative clause of a "one" set right after the
    # deal's phrase is the deal's too, wherever the parser hangs the "one"
    heads = [tok]
    phrase = {t.i for t in tok.subtree}
    one = next((t for t in tok.doc[tok.i + 2:tok.sent.end] if t.lower_ == "one" and t.nbor(-1).text in _APPOSING), None)
    if one is not None and all(i in phrase for i in range(tok.i, one.i - 1)):
        heads.append(one)
    verb = tok.head if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" else next(
        (v for h in heads for v in h.children if v.dep_ == "relcl" and _relative_subject(v)), None)
    if verb is None or _lem(verb) not in _STATUS["terms"] or _wished(verb):
        return None
    if _lem(verb) == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return None  # "the deal calls for ...", not "X called the deal lousy"
    if _lem(verb) in _MEMBERS and any(c.dep_ == "dobj" and c.ent_type_ in _SIDE_ENTS for c in verb.children):
        return None  # "the pact includes X and Y": its members, no term
    return verb


_APPOSING = {",", "—", "–", "--", ":"}
# term verbs whose object may be the deal's members instead of a term ("the pact covers X and Y")
_MEMBERS = {"include", "cover"}
_SIDE_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


def _purpose(tok: "Token") -> "Token | None":
    """The infinitive clause that tells what the deal ``tok`` is for, wherever the parser hangs it: on the
    noun ("a deal to hold elections"), on the side named after it ("a deal with the opposition to form a
    government") or on the verb that makes it, after the noun ("worked out an arrangement with Y to send
    forces"). Not a clause of a wish or a plan: "hopes for a deal to end the war" tells no deal made."""
    found = _to_clause(tok, ("acl", "relcl"))
    if found is None:
        sides = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                 for g in c.children if g.dep_ == "pobj"]
        verb = _maker(tok) if tok.dep_ == "dobj" else None
        if verb is not None:
            sides += [g for c in verb.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("with", "between")
                      for g in c.children if g.dep_ == "pobj"]
        found = next((x for g in sides if (x := _to_clause(g, ("acl", "relcl")))), None)
        if found is None and verb is not None:
            found = _to_clause(verb, ("advcl", "xcomp"))
            if found is not None and found.i < tok.i:
                found = None
    return None if found is None or _negated_or_modal(found) else found


def _list_end(clause: "Token", deal: "Token") -> int:
    """The last token of a purpose clause and of the bare verbs that go on its list, which the parser may
    hang on a verb above the deal ("reached a deal to hold elections, form a government and restore the
    constitution": "form" and "restore" conjoined to "reached")."""
    end = clause.right_edge.i
    doc = clause.doc
    above = {t.i for t in deal.ancestors}
    while end + 2 < clause.sent.end and doc[end + 1].text == ",":
        nxt = doc[end + 2]
        if nxt.dep_ != "conj" or nxt.head.i not in above or nxt.tag_ not in ("VB", "VBP") or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux") for c in nxt.children):
            break
        end = nxt.right_edge.i
    return end


def _add_commitment(c: _Cluster, rec: Commitment) -> None:
    """Add ``rec`` to the deal's commitments unless the same party's commitment already holds words of
    its span (the same term told by two readings: an exchange, a purpose, a term the deal sets)."""
    if not any(x.party == rec.party and x.span and rec.span and x.span[0] < rec.span[1] and rec.span[0] < x.span[1]
               for x in c.commitments):
        c.commitments.append(rec)


def _unnamed_officials(actor: "Actor") -> bool:
    """A government group named only by a common noun ("negotiators", "the leaders"), not by a name."""
    return actor.kind == "group" and actor.sector == "GOV" and actor.name[:1].islower()


def _states_apart(ours: list[str], theirs: list[str], actors: "ActorTable") -> bool:
    """Each list of parties holds a state the other lacks: two deals, not one told twice."""
    def states(xs: set[str]) -> set[str]:
        return {x for x in xs if (a := actors.get(x)) is not None and a.kind == "country"}
    mine, other = set(ours), set(theirs)
    return bool(states(mine - other) and states(other - mine))


def _other(sides: list[str], side: str | None) -> str | None:
    """The deal's one party other than ``side``, when it has exactly two."""
    rest = [p for p in sides if p != side]
    return rest[0] if side in sides and len(rest) == 1 else None


_TRUCES = {"ceasefire", "cease-fire", "truce", "armistice"}
_DATING_PREPS = {"of", "in", "from", "dated"}
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"}


def _dating(tok: "Token") -> "list[Token]":
    """The parts of a deal's phrase whose date is the deal's: its modifiers ("the 2015 accord"), an
    "of" / "in" phrase ("the truce of May 2019") and a clause of making ("the deal signed in 2020"), not
    a clause about something else ("an agreement that does little to end the 2018 tariffs") nor a phrase
    coordinated with it ("trade pacts along with her choice in May")."""
    out = [c for c in tok.children if c.i < tok.i and c.dep_ not in ("conj", "cc")]
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _DATING_PREPS:
            out.append(c)
        elif c.dep_ in ("acl", "relcl") and not _wished(c) and (
                c.tag_ in ("VBD", "VBN") or _lem(c) in _SIGNED_OR_REACHED):
            out.append(c)  # "the deal struck in May", "the armistice that ended the war in 1953"
    return out
_NAME_GLUE = {"of", "the", "and", "on", "for", "to", "in"}


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w.lower() not in _NAME_GLUE).upper()


def _same_name(a: str, b: str) -> bool:
    """Two names of one deal: the same words, or one shortened to its initials ("the INF Treaty" for
    "the Intermediate-Range Nuclear Forces Treaty", "New START" for "the New Strategic Arms Reduction
    Treaty")."""
    if a.lower() == b.lower():
        return True
    for short, full in ((a.split(), b.split()), (b.split(), a.split())):
        caps = [i for i, w in enumerate(short) if len(w) >= 2 and w.isupper() and w.isalpha()]
        if len(caps) != 1 or len(full) < 3:
            continue
        i = caps[0]
        before, after = short[:i], short[i + 1:]
        if full[:len(before)] != before or (after and full[-len(after):] != after):
            continue
        middle = full[len(before):len(full) - len(after)]
        if len(middle) >= 2 and _initials(middle) == short[i]:
            return True
    return False


def _another(tok: "Token") -> bool:
    """The deal's phrase sets it apart from one told before ("another trade deal", "a second truce")."""
    return any(c.lower_ in ("another", "second", "separate", "different", "other", "new", "fresh")
               for c in tok.children if c.i < tok.i)


def _refers_to(m: _Mention, c: _Cluster, actors: "ActorTable") -> bool:
    """The definite mention ``m`` may refer back to the deal ``c``: their dates agree, their sides do not
    name different states, ``c`` is more than a bare description, a truce is told back only by a truce, a
    roadmap signed is no deal."""
    if m.parties and _states_apart(c.parties, m.parties, actors):
        return False  # "the new deal with X and Y" after "signed an agreement with Z": another deal
    if m.date and c.date and not (c.date.startswith(m.date) or m.date.startswith(c.date)):
        return False
    if c.mentions and all(x.descriptive and not x.parties and not x.date and not x.name for x in c.mentions):
        return False
    if _truce(m) and not any(_truce(x) or x.verbal for x in c.mentions):
        return False  # "the truce" after "the peace treaty": another deal
    # "the deal" after "signed a roadmap with Y": the roadmap is another thing
    return not all(x.verbal and _lem(x.tok) == "sign" for x in c.mentions)


def _truce(m: _Mention) -> bool:
    """A truce names a kind of deal the other agreement nouns do not refer back to."""
    return not m.verbal and m.tok.lemma_.lower() in _TRUCES


def _lem(tok: "Token") -> str:
    """The lemma, repaired where the small model drops a verb's final e ("hopes" -> "hop") as the event
    coder repairs it."""
    return lemma(tok)


_CONDITIONS = {"if", "unless", "until", "whether", "once", "before"}
# marks of time that make a clause a condition only when its verb is not a past tense: "before they sign a
# deal" waits for it, "before X and Y announced an agreement" tells it made
_TIME_MARKS = {"until", "once", "before"}


def _negated_or_modal(verb: "Token") -> bool:
    """Negated, modal or conditional: "did not sign", "could reach", "if they strike a deal"."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS)
               or (c.dep_ == "mark" and c.lower_ in _CONDITIONS and not (c.lower_ in _TIME_MARKS and verb.tag_ == "VBD"))
               for c in verb.children)


def _wished(verb: "Token") -> bool:
    """The verb is the complement of a wish, an attempt or a plan ("hopes to reach", "failed to sign",
    "talks to conclude"), or a modal or negated verb."""
    if _negated_or_modal(verb):
        return True
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "room to reach a deal", "met to sign a truce": an aim, not a deal made
    up = verb
    for _ in range(3):
        if up.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "pcomp", "conj", "prep") or up.head.i == up.i:
            return False
        up = up.head
        if _lem(up) in _STATUS["prospect"] or _negated_or_modal(up):
            return True
        if up.lower_ == "going" and any(c.dep_ == "aux" for c in up.children):
            return True  # "we're going to make a deal": a future
    return False


def _definite(tok: "Token") -> bool:
    """The deal's phrase is definite: "the accord", "this treaty", "its agreement with Y"."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")) or c.dep_ == "poss"
               for c in tok.children if c.i < tok.i)


def _with_side(tok: "Token") -> bool:
    """The deal's phrase names another side ("an agreement with Y", "a pact between X and Y")."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)


def _relative_subject(verb: "Token") -> bool:
    """The deal a relative clause modifies is its subject ("a deal that leaves the tariffs in place")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which", "who") for c in verb.children)


def _unfinished(verb: "Token") -> bool:
    """A making still going on or only named: "have been hammering out the agreement", "are signing the
    accord", "the way to an agreement being signed" (not "have been cutting deals with X", deals made
    again and again)."""
    return verb.tag_ == "VBG" and _lem(verb) in _FINISHING and any(
        c.dep_ in ("aux", "auxpass") and _lem(c) == "be" for c in verb.children) or \
        any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


# verbs of making whose progressive tells the deal not yet made
_FINISHING = {"hammer", "finalize", "finalise", "conclude", "seal", "negotiate", "draft", "sign", "forge", "work",
              "ink", "iron"}


def _status(tok: "Token") -> str:
    """What the sentence says of the deal named by ``tok``: reached (signed, struck, agreed), in force
    (withdrawn from, violated, "under the deal", "the existing accord"), a prospect (hoped for, sought,
    "a possible deal", "talks on a deal", a modal or negated verb) or only a topic."""
    words = _STATUS
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children):
        return "prospect"  # "implement any deal", "there is no agreement": no deal is reported made
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return "prospect"  # "leave without a deal"
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and _lem(c) in words["in_force_adjectives"]:
            return "in_force"
        if c.dep_ in ("amod", "compound") and c.tag_ == "VBN" and c.i < tok.i and _lem(c) in words["reached"]:
            return "reached"  # "an Egyptian-brokered truce", "the signed accord"
        if c.dep_ in ("amod", "compound") and _lem(c) in words["prospect"]:
            return "prospect"
        if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX"):
            lem = _lem(c)
            if lem in words["in_force"] and not _relative_subject(c):
                return "in_force"  # "the accord they withdrew from", not "a deal that leaves tariffs in place"
            if lem in words["reached"] or (lem in words["past_reached"] and c.tag_ in ("VBD", "VBN")):
                if any(a.lower_ == "ever" for a in c.children):
                    return "topic"  # "the worst deal ever signed": a kind of deal, not one made
                return "prospect" if _wished(c) or _unfinished(c) else "reached"
    head = tok.head
    if tok.dep_ == "pobj":
        prep = head
        if prep.lower_ in words["in_force_preps"]:
            return "in_force"
        head = prep.head
        if head.pos_ in ("NOUN", "PROPN") and _lem(head) in words["prospect"]:
            return "prospect"  # "talks on a deal", "hopes for an accord"
        if prep.lower_ == "to" and _lem(head) == "come" and head.pos_ == "VERB":
            return "prospect" if _wished(head) else "reached"  # "came to an agreement": reached it
        if prep.lower_ == "to" and head.lower_ == "committed" and _definite(tok) and not _wished(head):
            return "in_force"  # "X is committed to the peace treaty": the treaty holds (not "to a deal", an aim)
    elif tok.dep_ == "conj":
        return _status(head) if head.pos_ in ("NOUN", "PROPN") else "topic"
    elif tok.dep_ not in ("dobj", "nsubjpass", "nsubj", "attr", "dative", "oprd"):
        return "topic"
    if head.pos_ not in ("VERB", "AUX"):
        return "topic"
    if tok.tag_ == "NNS" and head.tag_ == "VBG" and not _with_side(tok) and not any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        return "topic"  # "making deals is not like business": a habit named, no deal made
    lem = _lem(head)
    if lem in words["in_force"]:
        return "in_force"
    if lem == "have" and tok.dep_ == "dobj" and not _wished(head) and _with_side(tok):
        return "in_force"  # "X has a security agreement with Y"
    worked_out = lem == "work" and head.tag_ in ("VBD", "VBN") and any(c.dep_ == "prt" and c.lower_ == "out"
                                                                    for c in head.children)
    if (lem in words["reached"] or (lem in words["past_reached"] and head.tag_ in ("VBD", "VBN")) or worked_out) \
            and tok.dep_ != "nsubj":
        return "prospect" if _wished(head) or _unfinished(head) else "reached"
    if lem in words["prospect"]:
        return "prospect"
    return "topic"


def _paragraph_sentence(reader: _Reader, tok: "Token") -> tuple[int, int]:
    """The sentence of ``tok``, cut to its paragraph (the parser runs sentences across them)."""
    sent = tok.sent
    text = reader.text
    para = reader.para(tok.idx)
    start = max(sent.start_char, reader.para_starts[para])
    end = sent.end_char
    if para + 1 < len(reader.para_starts):
        end = min(end, reader.para_starts[para + 1])
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _making_verb(m: _Mention) -> "Token | None":
    """The verb that reports the deal made: the verb of a verbal mention, or the verb of making that
    governs or modifies the deal's noun ("X and Y signed the accord", "the truce they reached", "the
    agreement was reached", "came to a truce"); None for a deal only in force or hoped for."""
    tok = m.tok
    if m.verbal:
        return tok
    if m.status != "reached":
        return None
    verb = _maker(tok)
    if verb is None and tok.dep_ in ("dobj", "nsubjpass") and _lem(tok.head) in _STATUS["reached"]:
        verb = tok.head
    if verb is None and tok.dep_ == "pobj" and tok.head.lower_ == "to" and _lem(tok.head.head) == "come":
        verb = tok.head.head
    if verb is None:
        verb = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN")
                     and _lem(c) in _MADE_OR_REACHED), None)
    return None if verb is None or _wished(verb) or _unfinished(verb) else verb


def _from_events(clusters: list[_Cluster], events: "list[Event]") -> None:
    """A deal that its own phrase leaves undated takes the date of the event that reports it made: the
    event coder dates the verb of making by its sentence, the acts around it and the story's day ("have
    reached a deal" on the day of the report, "came to a truce a month ago"), which the deal's phrase
    alone cannot. A deal whose mentions name no side takes the actor and recipient the event coder found
    for that verb ("hours after signing an agreement", its subject the sentence's earlier actor)."""
    dated: dict[int, str] = {}
    for e in events:
        value = e.date.get("value") if e.date else None
        if e.trigger and value and re.match(r"^\d{4}", value) and not e.negated:
            dated.setdefault(e.trigger["span"][0], value)
    sides: dict[int, list[str]] = {}
    for e in events:
        if e.trigger and not e.negated and (e.actor or e.recipient):
            sides.setdefault(e.trigger["span"][0], [*e.actor, *(r for r in e.recipient if r not in e.actor)])
    for c in clusters:
        if c.date and c.parties:
            continue  # nothing left for an event to give
        for m in c.mentions:
            verb = _making_verb(m)
            if verb is None:
                continue
            if not c.date and verb.idx in dated:
                c.date = dated[verb.idx]
            if not c.parties and verb.idx in sides and _lem(verb) not in _BROKERING:
                c.parties = list(sides[verb.idx])  # a broker is no side ("the deal brokered by X")


def _one_side_per_state(c: _Cluster, actors: "ActorTable") -> None:
    """A state and its government among a deal's parties are one side ("the United States" in one mention,
    "the U.S. government" in another): the government goes, and its commitments are the state's."""
    states = {a.country: a.id for p in c.parties if (a := actors.get(p)) is not None and a.kind == "country" and a.country}
    same: dict[str, str] = {}
    for p in c.parties:
        a = actors.get(p)
        if a is not None and a.kind != "country" and a.kind != "person" and a.sector == "GOV" and a.country in states:
            same[p] = states[a.country]
    if same:
        c.parties = [p for p in c.parties if p not in same]
        for x in c.commitments:
            x.party = same.get(x.party or "", x.party)


def _reported(c: _Cluster) -> bool:
    """The deal is reported reached, signed or in force, and told as more than a bare description."""
    if not (c.parties or c.date or c.name or c.commitments or any(m.status == "reached" for m in c.mentions)):
        return False
    if _Reader._prospect(c):
        return False
    # hoped for, proposed or named as a topic: not a reported agreement (guidelines 4)
    return any(m.status in ("reached", "in_force") for m in c.mentions)


def find_agreements(doc: "Doc", *, actors: "ActorTable", timexes: "list[Timex]", events: "list[Event]",
                    published: Any = None) -> list[Agreement]:
    reader = _Reader(doc, actors, timexes)
    clusters = reader.clusters()
    reader.commitments(clusters)
    _from_events(clusters, events)
    for c in clusters:
        if _reported(c):
            reader.holders(c)
        _one_side_per_state(c, actors)
    reader.exchanges(clusters)
    reader.purposes(clusters)
    reader.terms(clusters)
    out: list[Agreement] = []
    for c in clusters:
        if not _reported(c):
            continue
        best = max(c.mentions, key=lambda m: (bool(m.name), len(m.parties), bool(m.date), m.status == "reached"))
        start, end = _paragraph_sentence(reader, best.tok)
        also = sorted({_paragraph_sentence(reader, m.tok) for m in c.mentions} - {(start, end)})
        out.append(Agreement(
            id=short_id(reader.text[:200], c.name, sorted(c.parties), c.date, c.mentions[0].tok.idx),
            text=reader.text[start:end], span=(start, end), name=c.name,
            parties=list(c.parties), date=c.date, commitments=c.commitments, also=also))
    return out
