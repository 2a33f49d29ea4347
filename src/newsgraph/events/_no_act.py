"""Words of an event type that tell no act in the construction they stand in.

Each reading here is a regular construction of English whose word the lexicon gives a type, and which
the corpus guidelines (2.1, 2.2) do not code: an inquiry named only as the topic of another noun ("the
focus of the Russia investigation", "documents from the Mueller probe"), "seize on" (to take up a
remark or a moment, no seizure), and a refusal to tell ("declined to explain", "declined to offer
details", as "declined to comment" is no rejection of anyone). The events stage
(``events._trigger_event``) makes no event of such a word: the refusal and "seize on" are no
candidates, and a named inquiry stays a candidate that the decider reads, so that the candidates after
it keep the features the decider was trained with ("the investigation" told before), and is never kept.
The counts behind each are in docs/evaluation.md (session 44, prec44).
"""

from __future__ import annotations

from typing import Any

from ._lexicon import lemma

__all__ = ["declines_to_tell", "inquiry_topic", "seizes_on"]

# Nouns of an inquiry (ACCUSE investigate).
_INQUIRY = frozenset({"investigation", "inquiry", "probe"})


def inquiry_topic(n: Any) -> bool:
    """The inquiry noun ``n``, named by whose it is (a possessive or a name before it: "Mueller's",
    "the Russia investigation"), is the object of a preposition that hangs on another noun: "the focus
    of the Russia investigation", "his man in the Mueller investigation", "documents from the Russia
    probe", "in response to Congress' investigation". The inquiry is what the other noun is about or
    part of, a topic named by its known name (guidelines 2.2: "a noun naming a topic is not an
    event"); an inquiry launched, conducted or under way is told by a verb ("launched an
    investigation", "came to light during an FBI investigation", "is under investigation") and
    stays, as does an unnamed one told as going on ("after a weekend of intense investigation")."""
    if lemma(n) not in _INQUIRY or n.dep_ != "pobj":
        return False
    prep = n.head
    if prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in n.children)


def seizes_on(v: Any) -> bool:
    """"seize on" or "seize upon" something other than a time ("the campaign seized on the reports",
    "seized upon the moment of calm to call for talks"): to take it up, no seizure (COERCE); "seized
    the tanker on Friday" keeps its object and its day."""
    if lemma(v) != "seize":
        return False
    for c in v.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon"):
            if not any(x.ent_type_ in ("DATE", "TIME") for x in c.children):
                return True
    return False


# Verbs of telling: what one declines or refuses to do when one keeps something from the press or the
# public ("declined to explain how", "refused to identify the source"). The coding table's ``no_comment``
# words (comment, say, confirm, ...) are read by ``events._keeps_silent``; these are the rest of the class.
_TELL = frozenset({"describe", "detail", "reveal", "explain", "identify", "name", "divulge", "outline",
                   "characterize", "characterise"})
# Giving what is told ("declined to give details", "declined to offer more specifics").
_GIVE = frozenset({"give", "offer", "provide", "share"})
_TOLD = frozenset({"detail", "details", "specific", "specifics", "information", "explanation", "timeline",
                   "name", "names"})


def declines_to_tell(v: Any) -> bool:
    """A refusal (a verb or a noun) to tell ("declined to explain how", "declined to be identified",
    "declined to offer further details", "declined to go into specifics"): keeping something back, no
    rejection of another's demand or offer (REJECT), as "declined to comment" is none. A refusal to act
    ("declined to endorse", "refused to testify") stays."""
    if lemma(v) not in ("decline", "refuse", "refusal"):
        return False
    for c in v.children:
        if c.dep_ not in ("xcomp", "acl") or not any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            continue
        told = lemma(c)
        if told in _TELL:
            return True
        if told in _GIVE and any(x.dep_ in ("dobj", "obj") and x.lower_ in _TOLD for x in c.children):
            return True
        if told == "go" and any(x.dep_ == "prep" and x.lower_ == "into" for x in c.children):
            return True
    return False
