"""Actors: entity mentions -> in-document coreference -> canonical, coded actors."""
from __future__ import annotations

import datetime as dt
import re

from ..records import Actor, ActorTable, Mention

__all__ = ["resolve"]

_KINDS = {"PERSON": "person", "GPE": "country", "NORP": "group", "ORG": "organization"}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"


def resolve(doc, *, published: dt.date | None = None) -> ActorTable:
    actors: dict[str, Actor] = {}
    mentions: list[Mention] = []
    for ent in doc.ents:
        kind = _KINDS.get(ent.label_)
        if kind is None:
            continue
        name = re.sub(r"^the\s+", "", ent.text, flags=re.I)
        aid = _slug(name)
        actor = actors.setdefault(aid, Actor(id=aid, name=name, kind=kind))
        actor.mentions += 1
        mentions.append(Mention(actor=aid, span=(ent.start_char, ent.end_char),
                                tokens=(ent.start, ent.end), text=ent.text))
    return ActorTable(actors=list(actors.values()), mentions=mentions)
