"""A party's own statement that it will not cooperate, told with no verb of saying: "Democrats will not agree
to defund the agency", "he would not negotiate with Congress", "it would never yield its weapons".

The corpus guidelines (2.4) code a refusal as REJECT ("refused to meet" is REJECT, asserted and not negated),
and the events stage already reads a negated cooperative or yielding act announced under a verb of saying
("said it would not meet") as the refusal its statement makes (``events._intent_type``). The same statement
told as the reporter's own clause is the refusal too: a future told of the party's own act, negated, at the
trigger itself, dated as a statement is, not as the act refused would be (``events._announce``). A refusal
only supposed ("if he won't negotiate"), of a kind ("demands the Palestinians would never accept") or a
permission withheld from another ("will not be allowed to") is none.
"""

from __future__ import annotations

__all__ = ["refused_outright"]

# the auxiliaries of a future told as the party's own ("will not", "won't", "would never"); "could not",
# "might not" and "cannot" tell what is possible, not what the party will do
_FUTURE = frozenset({"will", "would", "wo", "'ll", "shall"})
# the clauses the reporter states it in: the sentence's own clause or a conjunct of it. A clause under a
# verb the lexicon does not class as saying ("affirmed that it will not meet", "made clear he would not back
# down") was measured and left out: on dev it traded one wrong meeting for another (docs/evaluation.md,
# session 47, recall47)
_STATED = frozenset({"ROOT", "conj"})
# a refusal told as a condition, a question or a time ("if he won't negotiate", "until they agree")
_SUPPOSED = frozenset({"if", "unless", "whether", "until", "once", "when"})


def refused_outright(tok) -> bool:
    """Whether the negated verb ``tok`` tells its party's own refusal as a stated future: the sentence's own
    clause or a conjunct of it, with "will", "would" or "shall", active, no condition."""
    if tok.dep_ not in _STATED or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "conj" and tok.head.dep_ != "ROOT":
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _SUPPOSED for c in kids):
        return False
    if not any(c.dep_ == "neg" for c in kids):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids)
