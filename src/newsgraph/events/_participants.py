"""The learned choice of each event's participants: for every actor mentioned in the event's sentence
(and every actor the rules gave it), is it the event's actor, its recipient, or neither?

The parse rules of ``_arguments`` give a first answer, which is one of the features; the others are
the dependency path between the actor's nearest mention and the trigger, their order and distance,
the mention's kind and the actor's kind and sector, each also paired with the event type. A
multinomial logistic model trained on the corpus (``scripts/train_events.py``) decides.
"""

from __future__ import annotations

from .._linear import SoftmaxModel, load_softmax_file
from ..nlp import tokens
from ..records import ActorTable, Event, Mention

__all__ = ["MODEL_FILE", "participants_model", "candidates", "assign", "roles"]

MODEL_FILE = "participants.json"


def participants_model() -> SoftmaxModel | None:
    return load_softmax_file("events", MODEL_FILE)


def _ancestors(tok, limit: int = 8) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < limit:
        out.append(out[-1].head)
    return out


def _path(root, trigger) -> str:
    """The dependency path from a mention's root up to the lowest common ancestor and down to the
    trigger, as labels ("nsubj>", "pobj<with>prep>", ...); "far" when there is none within reach."""
    up_m = _ancestors(root)
    up_t = _ancestors(trigger)
    ids_t = {t.i: k for k, t in enumerate(up_t)}
    for k, t in enumerate(up_m):
        if t.i in ids_t:
            left = "".join(f"{x.dep_}{'<' + x.head.lower_ if x.dep_ == 'pobj' else ''}>" for x in up_m[:k])
            right = "".join(f"<{x.dep_}" for x in reversed(up_t[:ids_t[t.i]]))
            return (left + "^" + right)[:60]
    return "far"


def _root(mention: Mention, toks: list):
    start, end = mention.tokens
    for t in toks[start:end]:
        if t.head.i < start or t.head.i >= end or t.head.i == t.i:
            return t
    return toks[end - 1]


def features(event: Event, trigger, actor_id: str, mentions: list[Mention], table: ActorTable, doc,
             rule_role: str) -> list[str]:
    toks = tokens(doc)
    etype = event.event
    actor = table.get(actor_id)
    if mentions:
        m = min(mentions, key=lambda x: abs(x.tokens[0] - trigger.i))
        root = _root(m, toks)
        path = _path(root, trigger)
        dist = m.tokens[0] - trigger.i
        side = "before" if dist < 0 else "after"
        kind = m.kind
        dep = root.dep_ if root.dep_ != "pobj" else f"pobj<{root.head.lower_}"
    else:
        path, side, kind, dep, dist = "none", "elsewhere", "none", "none", 99
    bucket = "0-2" if abs(dist) <= 2 else "3-6" if abs(dist) <= 6 else "7-15" if abs(dist) <= 15 else "far"
    out = ["bias", f"rule={rule_role}", f"type_rule={etype}|{rule_role}", f"path={path}", f"type_path={etype}|{path}",
           f"side={side}", f"type_side={etype}|{side}", f"dist={bucket}", f"dep={dep}", f"type_dep={etype}|{dep}",
           f"mkind={kind}", f"n_mentions={min(len(mentions), 3)}", f"voice={'passive' if any(c.dep_ == 'auxpass' for c in trigger.children) else 'active'}",
           f"side_dep={side}|{dep}"]
    if actor is not None:
        out += [f"akind={actor.kind}", f"asector={actor.sector}", f"type_akind={etype}|{actor.kind}",
                f"type_sector={etype}|{actor.sector}"]
    if event.mode:
        out.append(f"mode_rule={event.mode}|{rule_role}")
    return out


def candidates(event: Event, trigger, sent, table: ActorTable, doc) -> list[tuple[str, list[str]]]:
    """(actor id, features) for each actor that may take part in the event."""
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        if sent.start <= m.tokens[0] < sent.end:
            by_actor.setdefault(m.actor, []).append(m)
    ids = list(by_actor)
    for a in (*event.actor, *event.recipient):
        if a not in by_actor:
            ids.append(a)
    out = []
    for a in ids:
        role = "actor" if a in event.actor else "recipient" if a in event.recipient else "none"
        out.append((a, features(event, trigger, a, by_actor.get(a, []), table, doc, role)))
    return out


def roles(scored: list[tuple[str, list[str]]], model: SoftmaxModel) -> tuple[list[str], list[str]]:
    """(actors, recipients): each candidate in the role the model finds most likely."""
    actor: list[str] = []
    recipient: list[str] = []
    for a, names in scored:
        p = model.probabilities(names)
        best = max(p, key=lambda c: p[c])
        if best == "actor":
            actor.append(a)
        elif best == "recipient":
            recipient.append(a)
    return actor, [a for a in recipient if a not in actor]


def assign(event: Event, scored: list[tuple[str, list[str]]], model: SoftmaxModel) -> None:
    """Set the event's actor and recipient lists from the model's choice for each candidate."""
    event.actor, event.recipient = roles(scored, model)
