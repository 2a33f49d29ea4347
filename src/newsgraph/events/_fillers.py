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

The story can offer candidates too (``STORY``, measured, off): the actors named in the sentence before, and the story's
main actors (the most mentioned so far), that the trigger's sentence does not name. Their features say
where they come from (the previous sentence's subject or another of its actors, a main actor), how far
back and how often they were named, whether in the same paragraph, and which slot the earlier events gave
them; none reads the parse, so the model learns how far to trust them apart from the sentence's own.
For the kind of party (a minister or their government), ``PARTY`` adds to every candidate whether a
body and a person of one country are both candidates, the kind of the other slot's party and whether
its country is the candidate's, and its kind by the trigger's lemma: measured, off (out of fold they
raise the train gain, on dev they lower it; docs/evaluation.md, "Session 29, fill34").
"""

from __future__ import annotations

from collections.abc import Iterable

from .._linear import LinearModel, load_model_file
from ..nlp import tokens
from ..records import ActorTable, Event, Mention, Quote
from ._arguments import agrees_that, denies_claim
from ._judged import unnamed
from ._participants import _path, _root

__all__ = ["MODEL_FILE", "SLOTS", "STORY", "filler_model", "candidates", "fill_slots"]

MODEL_FILE = "fillers.json"
SLOTS = ("actor", "recipient")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
# Whether the story's actors (the previous sentence's, the most mentioned so far) are candidates:
# measured, off (a model rebuilt with them gains on train out of fold and on dev, but its weights for the
# sentence's own candidates lower the PLOVER gold records' target accuracy under its floor; docs/evaluation.md,
# "Session 29, fill34"). ``scripts/train_fillers.py --story`` collects and fits with them on.
STORY = False
# Whether the features of the candidate's kind of party (``_party``) are given: measured, off.
PARTY = False
# How many of the most mentioned actors so far are candidates.
MAIN_ACTORS = 3
_BODIES = frozenset({"country", "organization", "group"})


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


def _party(event: Event, slot: str, trigger, actor, *, rival: str = "none", other=None) -> list[str]:
    """The features of the candidate's kind of party, shared by the sentence's and the story's: its
    kind and sector by the event type and by the trigger's lemma (a minister's acts against a
    government's), ``rival`` ("person" or "body": a candidate of the other kind and the same country is
    offered too) and ``other`` (the actor in the other slot, if any): its kind, and whether its country
    is the candidate's."""
    etype = event.event
    kind = actor.kind if actor is not None else "unknown"
    sector = actor.sector if actor is not None else None
    out = [f"tks={etype}|{kind}|{sector}", f"lemma_akind={trigger.lemma_.lower()}|{kind}", f"rival={rival}|{kind}",
           f"type_rival={etype}|{rival}"]
    if other is not None:
        same = ("unknown" if actor is None or not actor.country or not other.country
                else "same" if actor.country == other.country else "diff")
        out += [f"other_kind={other.kind}|{kind}", f"other_ctry={same}", f"type_other_ctry={etype}|{same}"]
    return out


def features(event: Event, slot: str, trigger, mentions: list[Mention], actor, doc, *, speaker: bool,
             rank: int, count: int = 1, elsewhere: str = "none", rival: str = "none", party=None) -> list[str]:
    """The features of one candidate for one empty slot of ``event``: every name carries the slot.
    ``rank`` is the candidate's place by distance to the trigger among ``count`` candidates;
    ``elsewhere`` the slot another event of the sentence gives it ("none" for none); ``rival`` and
    ``party`` (the actor in the other slot) as ``rival`` and ``other`` of ``_party``."""
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
    if PARTY:
        out += _party(event, slot, trigger, actor, rival=rival, other=party)
    return ["bias", *(f"{slot}:{n}" for n in out)]


def _sbucket(n: int) -> str:
    return str(n) if n <= 2 else "3-5" if n <= 5 else "far"


def story_features(event: Event, slot: str, trigger, actor, info: dict, *, other=None) -> list[str]:
    """The features of one story candidate (``info`` from ``_story``) for one empty slot of ``event``:
    where it comes from (``src``: prev_subj, prev, main), how many sentences back it was last named,
    how often and with what rank it was named so far, whether in the trigger's paragraph, and the slot
    earlier events gave it; with the event type, the other slot, the trigger's voice and the party."""
    etype = event.event
    other_slot = "recipient" if slot == "actor" else "actor"
    filled = "filled" if getattr(event, other_slot) else "empty"
    # whether the trigger's clause names its doer (an active subject or a passive's agent)
    has_subj = any(c.dep_ in ("nsubj", "csubj", "agent") for c in trigger.children)
    out = ["story", f"story_other={filled}", f"story_type={etype}", f"story_type_other={etype}|{filled}",
           f"sdist={_sbucket(info['back'])}", f"mentions={_sbucket(info['mentions'])}",
           f"mrank={min(info['rank'], 3)}", f"para={info['para']}", f"held={info['held']}",
           f"type_held={etype}|{info['held']}", f"tsubj={has_subj}", f"type_tsubj={etype}|{has_subj}",
           f"story_voice={'passive' if any(c.dep_ == 'auxpass' for c in trigger.children) else 'active'}"]
    for src in info["src"]:
        out += [f"src={src}", f"type_src={etype}|{src}", f"src_other={src}|{filled}"]
    if actor is not None:
        out += [f"story_akind={actor.kind}", f"story_asector={actor.sector}",
                f"story_type_akind={etype}|{actor.kind}", f"story_type_sector={etype}|{actor.sector}"]
    if PARTY:
        out += _party(event, slot, trigger, actor, other=other)
    return ["bias", *(f"{slot}:{n}" for n in out)]


def _speakers_of(quotes: Iterable[Quote], sent) -> set[str]:
    """The speakers of the quotations that overlap the sentence (or whose content is in it)."""
    start, end = sent.start_char, sent.end_char
    return {q.speaker for q in quotes if q.speaker and q.span[0] < end and q.span[1] > start}


def _rivals(ids: list[str], table: ActorTable) -> dict[str, str]:
    """For each candidate a body (a country, an organisation, a group) or a person of a country: "person"
    when a person of its country is a candidate too, "body" when a body of its country is."""
    people = {a.country for i in ids if (a := table.get(i)) is not None and a.kind == "person" and a.country}
    bodies = {a.country for i in ids if (a := table.get(i)) is not None and a.kind in _BODIES and a.country}
    out = {}
    for i in ids:
        a = table.get(i)
        if a is not None and a.country:
            if a.kind == "person" and a.country in bodies:
                out[i] = "body"
            elif a.kind in _BODIES and a.country in people:
                out[i] = "person"
    return out


def candidates(event: Event, trigger, table: ActorTable, doc, quotes: Iterable[Quote],
               by_sent: dict[int, list[Mention]], roles: dict[str, str] | None = None,
               story: dict[str, dict] | None = None) -> list[tuple[str, str, list[str]]]:
    """(slot, actor id, features) for each empty slot of ``event`` and each actor that may fill it: the
    actors named in the trigger's sentence and the speakers of its quotations, none of them already a
    participant of the event. ``roles`` gives the slot other events of the sentence give an actor;
    ``story`` the story's candidates (``_story``), of which those the sentence does not offer are
    candidates too."""
    roles = roles or {}
    sent = trigger.sent
    here: dict[str, list[Mention]] = {}
    for m in by_sent.get(sent.start, []):
        here.setdefault(m.actor, []).append(m)
    speakers = _speakers_of(quotes, sent)
    taken = {*event.actor, *event.recipient}
    ids = [a for a in here if a not in taken] + sorted(a for a in speakers - set(here) if a not in taken)
    order = sorted(ids, key=lambda a: min((abs(m.tokens[0] - trigger.i) for m in here.get(a, [])), default=999))
    rivals = _rivals(ids, table) if PARTY else {}
    told = {a: info for a, info in (story or {}).items() if a not in taken and a not in here and a not in speakers}
    out = []
    for slot in SLOTS:
        if getattr(event, slot):
            continue
        party = getattr(event, "recipient" if slot == "actor" else "actor")
        other = table.get(party[0]) if party else None
        for a in ids:
            out.append((slot, a, features(event, slot, trigger, here.get(a, []), table.get(a), doc,
                                          speaker=a in speakers, rank=order.index(a), count=len(ids),
                                          elsewhere=roles.get(a, "none"), rival=rivals.get(a, "none"),
                                          party=other)))
        for a, info in told.items():
            out.append((slot, a, story_features(event, slot, trigger, table.get(a), info, other=other)))
    return out


def _paragraphs(sents: list, text: str) -> list[int]:
    """The paragraph number of each sentence: a line break between two sentences starts a new one."""
    out, n = [], 0
    for k, sent in enumerate(sents):
        if k and "\n" in text[sents[k - 1].end_char - 1:sent.start_char + 1]:
            n += 1
        out.append(n)
    return out


def _story(k: int, sents: list, paras: list[int], by_sent: dict[int, list[Mention]], held: dict[str, str],
           toks: list) -> dict[str, dict]:
    """The story's candidates for the events of sentence ``k``: the actors of the sentence before (its
    subjects as "prev_subj") and the ``MAIN_ACTORS`` most mentioned in the sentences before (as "main"),
    each with how many sentences back it was last named, its mentions and rank so far, whether that was
    in the paragraph of sentence ``k`` and the slot ``held`` records for it in earlier events."""
    count: dict[str, int] = {}
    last: dict[str, int] = {}
    for j in range(k):
        for m in by_sent.get(sents[j].start, []):
            count[m.actor] = count.get(m.actor, 0) + 1
            last[m.actor] = j
    ranked = sorted(count, key=lambda a: (-count[a], a))
    out: dict[str, dict] = {}

    def add(a: str, src: str) -> None:
        info = out.setdefault(a, {"src": [], "back": k - last[a], "mentions": count[a], "rank": ranked.index(a),
                                  "para": "same" if paras[last[a]] == paras[k] else "other",
                                  "held": held.get(a, "none")})
        if src not in info["src"]:
            info["src"].append(src)

    if k:
        for m in by_sent.get(sents[k - 1].start, []):
            add(m.actor, "prev_subj" if _root(m, toks).dep_ in _SUBJECTS else "prev")
    for a in ranked[:MAIN_ACTORS]:
        add(a, "main")
    for info in out.values():
        if "prev_subj" in info["src"] and "prev" in info["src"]:
            info["src"].remove("prev")
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
    toks = tokens(doc)
    by_char = {t.idx: t for t in toks}
    by_sent = _by_sentence(table, doc)
    sents = list(doc.sents) if STORY else []
    index = {s.start: k for k, s in enumerate(sents)}
    paras = _paragraphs(sents, doc.text) if STORY else []
    stories: dict[int, dict[str, dict]] = {}
    judged_unnamed = unnamed(doc)
    # the slot each actor holds in the events of each sentence, as the rules left them (an actor that
    # is both, a meeting's party, reads as "both")
    held: dict[tuple[int, int], dict[str, str]] = {}
    for event in events:
        for slot in SLOTS:
            for a in getattr(event, slot):
                mine = held.setdefault(event.span, {})
                mine[a] = slot if mine.get(a, slot) == slot else "both"
    # the slot each actor holds in the events of the story, as the rules left them, by sentence
    told: list[tuple[int, str, str]] = sorted(
        (by_char[e.trigger["span"][0]].sent.start, slot, a) for e in events
        if e.trigger and e.trigger["span"][0] in by_char for slot in SLOTS for a in getattr(e, slot)) if STORY else []
    for event in events:
        if event.trigger is None or (event.actor and event.recipient):
            continue
        trigger = by_char.get(event.trigger["span"][0])
        if trigger is None:
            continue
        story = None
        if STORY:
            k = index[trigger.sent.start]
            if k not in stories:
                before: dict[str, str] = {}
                for start, slot, a in told:
                    if start < trigger.sent.start:
                        before[a] = slot if before.get(a, slot) == slot else "both"
                stories[k] = _story(k, sents, paras, by_sent, before, toks)
            story = stories[k]
        scored = candidates(event, trigger, table, doc, quotes, by_sent, held.get(event.span), story)
        # no recipient slot for: a judgement of an act whose doer is unnamed (``_judged``); a denial, aimed at
        # whoever made the claim, whom its sentence rarely names: the rules give it no recipient but the one
        # denied something ("denied Y entry"), and the corpus mostly none (``_arguments.denies_claim``;
        # train: of the 13 denials the model gave one, 6 are right in full without it, 1 only with it); and
        # what "X agreed that ..." agrees on, a proposition whose clause's parties are no recipient, for the
        # rules (``_arguments.agrees_that``) as for the model
        if trigger.idx in judged_unnamed or denies_claim(trigger, event.event) or agrees_that(trigger, event.event):
            scored = [x for x in scored if x[0] != "recipient"]
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
