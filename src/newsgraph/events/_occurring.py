"""An event noun told as having taken place: "the talks broke down in May", "the chemical attack
killed 80 people", "negotiations began on Monday", "the clashes lasted an hour".

The corpus guidelines (2.2) code a nominal event when the sentence reports that it occurred ("Tuesday's
airstrike killed 12" is ASSAULT; "the talks in Vienna ended without a deal" is CONSULT) and not when
the noun only names a topic ("the debate over Egypt"). An event noun with no actor and no named target
is otherwise no candidate (``events._trigger_event``: such bare nouns are mostly topics told again). As
the subject of a verb that tells it began, went on, ended or did harm, the noun is told as an
occurrence, not a topic; the construction is read here (word class ``occurring`` of
``data/events/coding.txt``), and the decider judges the candidate as it judges an event noun naming only
its target (``events.TARGET_ONLY_P``). An occurrence told as possible ("a strike could happen", "if
talks fail"), denied or of a kind ("such attacks happen all over the world") is none.
"""

from __future__ import annotations

from ._coding import CODING

__all__ = ["date_modifier", "goes_on", "told_as_occurring"]

_OCCURRING = CODING.words["occurring"]
# verbs of the class that tell an occurrence only with their particle or object ("broke down", "took place")
_WITH_PARTICLE = {"break": frozenset({"down", "off", "out"}), "take": frozenset({"place"})}
# auxiliaries and markers of an occurrence told as possible, conditional or asked about
_MAYBE = frozenset({"could", "might", "may", "can", "would", "should", "must", "if", "unless", "whether",
                    "until", "once"})
# determiners of a kind, not one occurrence ("such attacks", "any strike", "no talks")
_KIND = frozenset({"such", "any", "no", "every", "future", "possible", "potential", "similar"})


def told_as_occurring(n) -> bool:
    """Whether the event noun ``n`` is the subject of a verb telling that it took place."""
    v = n.head
    if n.dep_ != "nsubj" or v is n or v.pos_ != "VERB":
        return False
    verb = v.lemma_.lower()
    if verb not in _OCCURRING:
        return False
    needs = _WITH_PARTICLE.get(verb)
    if needs is not None and not any(c.dep_ in ("prt", "dobj") and c.lower_ in needs for c in v.children):
        return False
    if any(c.lower_ in _KIND for c in n.lefts):
        return False
    # the clause's own modals and negation, and those of the clauses it hangs from ("said talks could begin")
    up = v
    for _ in range(3):
        if any((c.dep_ in ("aux", "mark", "neg") and (c.lower_ in _MAYBE or c.dep_ == "neg")) for c in up.children):
            return False
        if up.dep_ not in ("advcl", "conj", "xcomp") or up.head is up:
            break
        up = up.head
    return True


# verbs of the class that tell an occurrence begun or going on, not over: "the protests began in March" tells
# of protests that may still go on at the report's date
_GOING_ON = frozenset({"begin", "start", "resume", "erupt", "continue", "intensify", "escalate"})


def goes_on(n) -> bool:
    """Whether the event noun ``n`` told as occurring (``told_as_occurring``) is told as begun or going on:
    its date is the day it began, not one that makes it background."""
    return n.head.lemma_.lower() in _GOING_ON


_DATE_DEPS = frozenset({"poss", "compound", "nmod", "npadvmod", "amod"})


def date_modifier(n):
    """The word of the event noun ``n``'s own date ("Friday" of "Friday's shooting", "21" or "Aug." of
    "the Aug. 21 chemical attack", "June" of "a June 2016 meeting"), or None: a word of a date among the
    noun's own modifiers, not a relative one ("recent attacks", "future talks")."""
    if n.pos_ != "NOUN" or n.ent_type_ == "DATE":
        return None  # "March 4" is a day, not a march
    if any(c.lower_ in _KIND for c in n.lefts):
        return None
    return next((c for c in n.children if c.dep_ in _DATE_DEPS and c.ent_type_ == "DATE"
                 and c.lower_ not in _RELATIVE), None)


# date words that name no day of the occurrence ("recent attacks", "future talks", "annual summit")
_RELATIVE = frozenset({"recent", "future", "annual", "daily", "weekly", "monthly", "yearly", "previous", "past",
                       "last", "next", "earlier", "later", "former", "latest"})
