"""The learned filling of the participant slots the rules leave empty (issue #17 (b)).

The parse rules of ``_arguments`` and the story steps of ``_speakers`` choose every participant they
can; what they choose stays. Where an event's actor or recipient is still empty, each actor named in
the event's sentence (and the speaker of a quotation the sentence holds) is a candidate for that slot,
and a logistic model trained on the corpus (``scripts/train_fillers.py``) scores it: the best-scored
candidate fills the slot when its probability reaches the model's threshold, else the slot stays
empty (a wrong participant costs the event as much as a missing one, and the corpus's empty slots are
many). The features are the parse's: the dependency path between the trigger and the candidate's
nearest mention, their order and distance, the mention's grammatical role and preposition, whether
it is the subject or object of the verb that governs the trigger or of a verb the trigger is
coordinated with, the candidate's kind and sector, each paired with the slot and the event type.
"""

from __future__ import annotations

from collections.abc import Iterable

from .._linear import LinearModel, load_model_file
from ..nlp import tokens
from ..records import ActorTable, Event, Mention, Quote
from ._participants import _path, _root

__all__ = ["MODEL_FILE", "SLOTS", "filler_model", "candidates", "fill_slots"]

MODEL_FILE = "fillers.json"
SLOTS = ("actor", "recipient")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})


def filler_model() -> LinearModel | None:
    return load_model_file("events", MODEL_FILE)


def _bucket(n: int) -> str:
    n = abs(n)
    return "0-2" if n <= 2 else "3-6" if n <= 6 else "7-15" if n <= 15 else "far"


def _role(root, trigger) -> str:
    """How the mention stands to the trigger's clause: the subject or object of the trigger itself, of
    the verb that governs it, or of a verb it is coordinated with; "other" for none of these."""
    dep = "subj" if root.dep_ in _SUBJECTS else "obj" if root.dep_ in _OBJECTS else None
    if root.dep_ == "pobj" and root.head.head.i == trigger.i:
        return f"prep:{root.head.lower_}"
    if root.dep_ == "poss" and root.head.i == trigger.i:
        return "poss"
    if dep is None:
        return "other"
    head = root.head
    if head.i == trigger.i:
        return f"own_{dep}"
    if trigger.head.i == head.i and trigger.i != head.i:
        return f"governor_{dep}:{trigger.dep_}"
    if trigger.dep_ == "conj" and trigger.head.i == head.i or head.dep_ == "conj" and head.head.i == trigger.i:
        return f"conjunct_{dep}"
    return f"clause_{dep}"


def features(event: Event, slot: str, trigger, mentions: list[Mention], actor, doc, *, speaker: bool,
             rank: int, count: int = 1, elsewhere: str = "none") -> list[str]:
    """The features of one candidate for one empty slot of ``event``: every name carries the slot.
    ``rank`` is the candidate's place by distance to the trigger among ``count`` candidates;
    ``elsewhere`` the slot another event of the sentence gives it ("none" for none)."""
    etype = event.event
    other = "recipient" if slot == "actor" else "actor"
    filled = "filled" if getattr(event, other) else "empty"
    out = ["bias", f"other={filled}", f"rank={min(rank, 3)}", f"type={etype}", f"type_other={etype}|{filled}",
           f"count={min(count, 4)}", f"elsewhere={elsewhere}", f"type_elsewhere={etype}|{elsewhere}"]
    if mentions:
        toks = tokens(doc)
        m = min(mentions, key=lambda x: abs(x.tokens[0] - trigger.i))
        root = _root(m, toks)
        path = _path(root, trigger)
        dist = m.tokens[0] - trigger.i
        side = "before" if dist < 0 else "after"
        dep = root.dep_ if root.dep_ != "pobj" else f"pobj<{root.head.lower_}"
        role = _role(root, trigger)
        out += [f"path={path}", f"type_path={etype}|{path}", f"steps={min(path.count('>') + path.count('<'), 6)}",
                f"side={side}", f"type_side={etype}|{side}", f"dist={_bucket(dist)}", f"side_dist={side}|{_bucket(dist)}",
                f"dep={dep}", f"type_dep={etype}|{dep}", f"side_dep={side}|{dep}", f"role={role}",
                f"type_role={etype}|{role}", f"mkind={m.kind}", f"type_mkind={etype}|{m.kind}"]
    else:
        out.append("unnamed")
    out.append(f"voice={'passive' if any(c.dep_ == 'auxpass' for c in trigger.children) else 'active'}")
    if speaker:
        out += ["speaker", f"type_speaker={etype}"]
    if actor is not None:
        out += [f"akind={actor.kind}", f"asector={actor.sector}", f"type_akind={etype}|{actor.kind}",
                f"type_sector={etype}|{actor.sector}"]
    if event.mode:
        out.append(f"mode={etype}|{event.mode}")
    return ["bias", *(f"{slot}:{n}" for n in out)]


def _speakers_of(quotes: Iterable[Quote], sent) -> set[str]:
    """The speakers of the quotations that overlap the sentence (or whose content is in it)."""
    start, end = sent.start_char, sent.end_char
    return {q.speaker for q in quotes if q.speaker and q.span[0] < end and q.span[1] > start}


def candidates(event: Event, trigger, table: ActorTable, doc, quotes: Iterable[Quote],
               by_sent: dict[int, list[Mention]], roles: dict[str, str] | None = None) -> list[tuple[str, str, list[str]]]:
    """(slot, actor id, features) for each empty slot of ``event`` and each actor that may fill it: the
    actors named in the trigger's sentence and the speakers of its quotations, none of them already a
    participant of the event. ``roles`` gives the slot other events of the sentence give an actor."""
    roles = roles or {}
    sent = trigger.sent
    here: dict[str, list[Mention]] = {}
    for m in by_sent.get(sent.start, []):
        here.setdefault(m.actor, []).append(m)
    speakers = _speakers_of(quotes, sent)
    taken = {*event.actor, *event.recipient}
    ids = [a for a in here if a not in taken] + sorted(a for a in speakers - set(here) if a not in taken)
    order = sorted(ids, key=lambda a: min((abs(m.tokens[0] - trigger.i) for m in here.get(a, [])), default=999))
    out = []
    for slot in SLOTS:
        if getattr(event, slot):
            continue
        for a in ids:
            out.append((slot, a, features(event, slot, trigger, here.get(a, []), table.get(a), doc,
                                          speaker=a in speakers, rank=order.index(a), count=len(ids),
                                          elsewhere=roles.get(a, "none"))))
    return out


def _by_sentence(table: ActorTable, doc) -> dict[int, list[Mention]]:
    toks = tokens(doc)
    out: dict[int, list[Mention]] = {}
    for m in table.mentions:
        if m.tokens[0] < len(toks):
            out.setdefault(toks[m.tokens[0]].sent.start, []).append(m)
    return out


def fill_slots(events: list[Event], table: ActorTable, doc, quotes: list[Quote], *,
               model: LinearModel | bool | None = True, collect: list | None = None) -> list[tuple[Event, str, str]]:
    """Fill each event's empty slots with the candidate the model scores best, where it reaches the
    threshold. ``model`` is True for the shipped model, False or None for none, or a model.
    ``collect``, when given, receives ``(event, slot, actor id, features, the actor's mention spans)``
    for every candidate (the training script reads them). Returns the fills: (event, slot, actor id)."""
    if model is True:
        model = filler_model()
    if not isinstance(model, LinearModel):
        model = None
    filled: list[tuple[Event, str, str]] = []
    if model is None and collect is None:
        return filled
    by_char = {t.idx: t for t in tokens(doc)}
    by_sent = _by_sentence(table, doc)
    # the slot each actor holds in the events of each sentence, as the rules left them (an actor that
    # is both, a meeting's party, reads as "both")
    held: dict[tuple[int, int], dict[str, str]] = {}
    for event in events:
        for slot in SLOTS:
            for a in getattr(event, slot):
                mine = held.setdefault(event.span, {})
                mine[a] = slot if mine.get(a, slot) == slot else "both"
    for event in events:
        if event.trigger is None or (event.actor and event.recipient):
            continue
        trigger = by_char.get(event.trigger["span"][0])
        if trigger is None:
            continue
        scored = candidates(event, trigger, table, doc, quotes, by_sent, held.get(event.span))
        if collect is not None:
            collect.extend((event, slot, a, names, [m.span for m in table.mentions if m.actor == a])
                           for slot, a, names in scored)
        if model is None:
            continue
        best: dict[str, tuple[float, str]] = {}
        for slot, a, names in scored:
            p = model.probability(names)
            if p >= model.threshold and (slot not in best or p > best[slot][0]):
                best[slot] = (p, a)
        if "actor" in best and "recipient" in best and best["actor"][1] == best["recipient"][1]:
            del best["actor" if best["actor"][0] < best["recipient"][0] else "recipient"]
        for slot, (_p, a) in best.items():
            getattr(event, slot).append(a)
            filled.append((event, slot, a))
    return filled
