"""Linking an agreement's commitments to the events reported since (a prisoner release, an attack).

An event is linked to a commitment when it is asserted, involves one of the agreement's parties (as actor
or recipient), is dated on or after the agreement (or, undated, reported after it), is not the agreement's
own sentence, and either shares a content word with the commitment's text (after light stemming) or is of
an event type the commitment's verbs are about (attack -> ASSAULT, release -> a release, talks -> CONSULT,
withdraw -> RETREAT, ceasefire -> a ceasefire or a fight). Each link says why it was made.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["commitment_links", "keywords"]

_STOP = frozenset(
    "that this with from have will would shall should could their there they them then than also into other "
    "under over about after before while where which what when whom whose were been being does done made make "
    "such some more most many much only very same each both either neither upon within without allow allowed "
    "agree agreed agreement deal promise promised commit committed pledge pledged".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ers", "ies", "ied", "es", "ed", "s")

# verbs or nouns in a commitment -> (PLOVER types, modes) of events that fulfil or break it
_TOPICS: list[tuple[tuple[str, ...], set[str], set[str]]] = [
    (("attack", "violence", "terror", "strike", "fight"), {"ASSAULT", "COERCE", "THREATEN"}, set()),
    (("release", "prisoner", "detainee", "captive", "hostage"), set(), {"release"}),
    (("talk", "negotiat", "work with", "dialogue", "meet"), {"CONSULT"}, set()),
    (("withdraw", "pull out", "troops", "leave"), {"RETREAT", "CONCEDE"}, {"withdraw"}),
    (("ceasefire", "cease-fire", "truce", "hostilities"), {"ASSAULT", "AGREE"}, {"ceasefire"}),
    (("sanction", "embargo"), {"SANCTION", "CONCEDE"}, set()),
    (("aid", "assist", "fund"), {"AID"}, set()),
]


def _stem(word: str) -> str:
    word = word.lower().strip("'-")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def keywords(text: str) -> set[str]:
    """Content-word stems of a text (no function words, no agreement vocabulary)."""
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP}


def _topics(text: str) -> tuple[set[str], set[str]]:
    lowered = text.lower()
    types: set[str] = set()
    modes: set[str] = set()
    for cues, t, m in _TOPICS:
        if any(cue in lowered for cue in cues):
            types |= t
            modes |= m
    return types, modes


def commitment_links(agreement: dict[str, Any], events: list[dict[str, Any]], *, names: set[str] | frozenset[str] = frozenset(),
                     limit: int = 20) -> None:
    """Add ``events`` (the linked events, with ``because``) to each commitment of ``agreement``, in place.

    ``events`` are candidate event rows (store.events() output) involving the agreement's parties;
    ``names`` the words of actors' names, which never count as shared content words. Two shared content
    words, or an event of the type the commitment is about, make a link. Events of the agreement's own
    sentences, and undated background events of its own article, are never linked.
    """
    since = agreement.get("date") or agreement.get("published") or ""
    document = agreement.get("document")
    own_starts = [c["span"][0] for c in agreement.get("commitments") or [] if c.get("span")]
    if agreement.get("span"):
        own_starts.append(agreement["span"][0])
    stop = {_stem(n) for n in names}
    for commitment in agreement.get("commitments") or []:
        words = keywords(commitment.get("text") or "") - stop
        types, modes = _topics(commitment.get("text") or "")
        linked = []
        for e in events:
            when = (e.get("date") or {}).get("value") or e.get("published") or ""
            if since and when[: len(since)] < since:
                continue
            if e.get("document") == document:
                span = e.get("span") or [0, 0]
                if any(span[0] <= start < span[1] for start in own_starts):
                    continue  # the agreement's own text
                if (e.get("date") or {}).get("source") == "document":
                    continue  # undated background in the same article
            shared = sorted(words & (keywords(e.get("text") or "") - stop))
            by_type = e.get("event") in types or (e.get("mode") or "") in modes
            if len(shared) < 2 and not by_type:
                continue
            why = []
            if shared:
                why.append("shares " + ", ".join(shared[:5]))
            if by_type:
                why.append(f"{e['event']}{'/' + e['mode'] if e.get('mode') else ''} is what the commitment is about")
            linked.append({"key": e.get("key"), "event": e.get("event"), "mode": e.get("mode"),
                           "date": (e.get("date") or {}).get("value"), "actor_names": e.get("actor_names"),
                           "recipient_names": e.get("recipient_names"), "text": e.get("text"),
                           "document": e.get("document"), "num_sources": e.get("num_sources"),
                           "because": "; ".join(why), "score": len(shared) + (2 if by_type else 0)})
        linked.sort(key=lambda x: (-int(x["score"] or 0), x["date"] or ""))
        commitment["events"] = linked[:limit]
