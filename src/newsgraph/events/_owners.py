"""A criticism or refusal of a thing the story named before is aimed at the party that made it.

"Freedonia's president unveiled a peace plan on Tuesday. ... Sylvania's leader called the plan a disgrace":
the criticism's sentence names no recipient, but "the plan" points back to a thing whose maker the story
named (guidelines 2.3: a participant named elsewhere is coded; the annotators give the plan's author). The
same holds for "vetoed the resolution" after "a resolution drafted by X" and "rejected the proposal" after "X
proposed a ...". ``act_authors`` (events/_speakers.py) links a noun that names an act to the event that told
the act; this module links a noun of any thing to its maker where the text gives one: the noun's own, or that
of the nearest earlier mention of the same noun that names one, read from that mention alone (its possessive,
its "by" phrase, or the subject of a verb that makes or seeks it).
"""

from __future__ import annotations

from ..records import ActorTable, Event
from ._speakers import aimed_without_target

__all__ = ["OWNED", "MAKE_VERBS", "thing_owners"]

# The judgements whose object's maker the annotators code as the recipient: criticism and refusal. Not
# praise (train: 1 right, 2 made wrong, 1 another party: "praised the deal" is no act of the negotiators
# who reached it, as act_authors found for praise of an act).
OWNED = frozenset({"ACCUSE", "REJECT"})
# Verbs whose subject makes the thing that is their object ("X proposed a plan", "X passed the bill",
# "the decision X took"): the subject of any other verb of the thing only speaks of it or undergoes it
# ("Y criticised the plan" makes Y no author of it).
MAKE_VERBS = frozenset({
    "propose", "unveil", "introduce", "announce", "offer", "present", "draft", "submit", "put", "make",
    "issue", "release", "pass", "adopt", "take", "publish", "file", "order", "impose", "write", "sign",
    "launch", "outline", "table", "sponsor", "author", "craft", "draw", "lay", "roll", "enact", "declare",
    "deliver", "send", "set", "reach", "broker", "negotiate", "push", "float", "suggest", "seek", "decide",
})
# Verbs whose subject seeks the thing of its "for" phrase: "X pressed for a resolution", "X pushed for a deal".
PRESS_VERBS = frozenset({"press", "push", "call", "lobby", "campaign", "argue", "fight"})
# Characters back from the judgement to the earlier mentions of its noun.
OWNER_WINDOW = 3000


def _parties(tok, table: ActorTable) -> list[str]:
    """The actor ``tok`` names and those of its conjuncts ("the United States and its allies")."""
    out: list[str] = []
    for t in (tok, *(c for c in tok.children if c.dep_ == "conj")):
        a = table.at_token(t.i)
        if a is not None and a not in out:
            out.append(a)
    return out if table.at_token(tok.i) is not None else []


def _maker(t, table: ActorTable) -> list[str]:
    """The parties the text names as the maker of the thing ``t`` names ([] where none), read around ``t`` alone: its
    possessive ("Trump's plan", "his plan"), its "by" phrase ("a resolution drafted by France", "the plan by
    X", "which was tabled by X"), or the subject of a verb that makes it ("X unveiled a plan", "the plan X
    announced") or seeks it ("X pressed for a resolution"); with the conjuncts of that name ("X and its allies
    pressed for")."""
    for c in t.children:
        # not a name compound: "the Benghazi report", "the Iran deal" name what the thing is about
        if c.dep_ == "poss":
            if table.at_token(c.i) is not None:
                return _parties(c, table)
    for c in t.children:
        # "drafted by France", "the plan by X"
        via = [c] if c.dep_ == "prep" and c.lower_ == "by" else [
            g for g in c.children if g.dep_ == "agent"] if c.dep_ == "acl" else []
        for p in via:
            for o in p.children:
                if o.dep_ == "pobj" and table.at_token(o.i) is not None:
                    return _parties(o, table)
        # "the plan (that) X announced", "the proposal, which was tabled by X"
        if c.dep_ == "relcl" and c.lemma_.lower() in MAKE_VERBS:
            for s in c.children:
                if s.dep_ == "nsubj" and table.at_token(s.i) is not None:
                    return _parties(s, table)
                for o in s.children if s.dep_ == "agent" else ():
                    if o.dep_ == "pobj" and table.at_token(o.i) is not None:
                        return _parties(o, table)
    verb = t.head
    if t.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() in PRESS_VERBS:
        verb = verb.head  # "X pressed for a resolution"
    elif not (t.dep_ in ("dobj", "obj") and verb.lemma_.lower() in MAKE_VERBS):
        return []
    for s in verb.children:
        if s.dep_ == "nsubj" and table.at_token(s.i) is not None:
            return _parties(s, table)
    return []


def thing_owners(events: list[Event], doc, table: ActorTable, *, types: frozenset[str] = OWNED,
                 window: int = OWNER_WINDOW) -> int:
    """Give each event of ``types`` with an actor and no recipient, whose trigger is aimed at a definite noun
    with no owner of its own, the maker of the nearest earlier mention of that noun (within ``window``
    characters) that names one; the number of events changed. A maker that is the event's own actor ends
    the search: the actor judges its own thing, and nobody else is its target."""
    changed = 0
    for e, n in aimed_without_target(events, doc, types):
        mine = set(e.actor)
        own = _maker(n, table)
        if own:
            # the sentence says whose it is ("turned down the bill, which was tabled by X")
            if not mine & set(own):
                e.recipient = own
                changed += 1
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
            continue  # "the plan of X": the sentence says whose it is, or leaves it open on purpose
        lemma = n.lemma_.lower()
        for t in reversed(doc[:n.i]):
            if t.idx < n.idx - window:
                break
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            maker = _maker(t, table)
            if not maker:
                continue
            if not mine & set(maker):
                e.recipient = maker
                changed += 1
            break
    return changed
