"""The CAMEO codes and word classes of the event coder's rules (``data/events/coding.txt``): the codes
of announced, requested, refused and threatened events, and the words the coder's rules read."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._lexicon import TYPES
from ._tables import Row, bundled, parse_rows, word_sets

__all__ = ["ACTOR_ENTS", "Coding", "CODING", "DENY", "MISHAP", "PRESS"]

DATA_FILE = "coding.txt"
_ARITY: dict[str, tuple[int, int | None]] = {"INTENT": (2, 2), "THREAT": (2, 2), "ASK": (3, 3), "SET": (2, None)}
_SETS = frozenset({"transparent", "flee", "deny", "circumstantial", "locative", "undergone", "facing", "undergoing",
                   "obliged", "need", "reaction", "pact", "hosting", "mishap", "mishap_of", "mishap_verb", "press",
                   "missile", "missile_class", "missile_verb", "expressing", "complaint", "mishap_act", "mishap_site",
                   "blast", "decision", "plan", "arranged", "verbal_attack", "attack_topic", "attack_medium", "no_comment", "finding",
                   "evidence", "attack_noun", "casualty", "standing_threat", "looking_into",
                   "danger", "cyber_attack", "cyber_target", "habitual",
                   "reception", "standard", "price", "take_charge", "envoy", "provision", "object_control",
                   "praise", "blame", "negator", "commissive", "consent", "reprisal", "vowed_reprisal", "judged", "culprit", "forceful",
                   "published", "warned_outcome", "disapproval", "approval", "falsity", "claim", "deed",
                   "stance_against", "stance_for", "occurring"})
_ASK_TYPES = frozenset({"REQUEST", "REJECT"})
_ASK_MODES = frozenset({"meet", "assist", "yield", "change"})


@dataclass(slots=True)
class Coding:
    intent_cameo: dict[str, str] = field(default_factory=dict)  # type -> CAMEO code of the AGREE
    threat_cameo: dict[str, str] = field(default_factory=dict)  # type -> CAMEO code of the THREATEN
    ask_cameo: dict[str, dict[str, str]] = field(default_factory=dict)  # REQUEST|REJECT -> mode -> code
    words: dict[str, frozenset[str]] = field(default_factory=dict)


def _code(row: Row) -> str:
    code = row.cols[-1]
    if not code.isdigit():
        raise row.fail(f"a CAMEO code is digits, not {code!r}")
    return code


def _parse(text: str) -> Coding:
    """The tables of ``coding.txt``'s text; a malformed line raises ValueError naming the file and line."""
    table = parse_rows(text, DATA_FILE, _ARITY)
    out = Coding(words=word_sets(table, _SETS))
    for row in table:
        if row.kind == "SET":
            continue
        etype = row.cols[0]
        if etype not in (_ASK_TYPES if row.kind == "ASK" else TYPES):
            raise row.fail(f"{row.kind} takes no event type {etype!r}")
        if row.kind == "INTENT":
            out.intent_cameo[etype] = _code(row)
        elif row.kind == "THREAT":
            out.threat_cameo[etype] = _code(row)
        else:
            if row.cols[1] not in _ASK_MODES:
                raise row.fail(f"unknown mode {row.cols[1]!r} (one of {', '.join(sorted(_ASK_MODES))})")
            out.ask_cameo.setdefault(etype, {})[row.cols[1]] = _code(row)
    missing = sorted(_ASK_TYPES - set(out.ask_cameo))
    if missing:
        raise ValueError(f"{DATA_FILE}: no ASK line for {', '.join(missing)}")
    return out


CODING = _parse(bundled(DATA_FILE))
# The word classes more than one module of the coder reads: accidents, disasters and illnesses ("the
# crash", "a storm"), and the press ("reporters", "the media").
MISHAP = CODING.words["mishap"]
PRESS = CODING.words["press"]
DENY = CODING.words["deny"]
# The entity types of a named actor (a person, a body, a state, a people).
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
