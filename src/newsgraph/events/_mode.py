"""PLOVER 2.0 modes from the words of the event's clause: how it was done ("gunmen", "car bomb",
"tear gas", "hunger strike", "by telephone"), which the trigger alone does not say.

The lexicon gives each trigger a default mode ("bombed" -> aerial, "detained" -> arrest); the cues
here refine a generic or missing one. Cues are lemmas, or ``first_second`` keys for two-word terms
("tear_gas", "car_bomb"), looked up in a dict: one pass over the clause's tokens.
"""

from __future__ import annotations

__all__ = ["CUED", "refine_mode", "threat_mode"]

# type -> [(mode, cue words)], in priority order: the first mode with a cue in the clause wins
_CUES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "ASSAULT": [
        ("suicide-attack", ("suicide", "suicide_bomber", "suicide_bombing", "suicide_attack", "self-immolation")),
        ("unconventional", ("chemical", "sarin", "nerve_gas", "nerve_agent", "mustard_gas", "chlorine",
                            "biological", "anthrax", "radiological", "nuclear")),
        ("crowd-control", ("tear_gas", "teargas", "tear-gas", "water_cannon", "rubber_bullet", "pepper_spray",
                           "stun_grenade", "baton", "lathi")),
        ("drone", ("drone", "uav", "predator", "reaper", "unmanned")),
        ("aerial", ("airstrike", "air_strike", "air_raid", "warplane", "aircraft", "jet", "fighter_jet",
                    "helicopter", "gunship", "aerial", "airplane", "plane", "air_force", "bombing_raid")),
        ("heavy-weapons", ("tank", "artillery", "shell", "shelling", "mortar", "rocket", "missile", "howitzer",
                           "katyusha", "armored", "armoured", "cannon", "gunboat", "warship", "grad")),
        ("explosives", ("bomb", "bombing", "car_bomb", "explosive", "explosion", "blast", "ied", "mine",
                        "minefield", "landmine", "grenade", "dynamite", "roadside", "booby-trap", "detonate")),
        ("firearms", ("gun", "gunman", "gunmen", "gunfire", "gunshot", "rifle", "pistol", "sniper", "shoot",
                      "shooting", "machine_gun", "machine-gun", "gunbattle", "firefight", "bullet", "kalashnikov",
                      "ak-47", "automatic")),
        ("primitive", ("machete", "knife", "axe", "ax", "stone", "rock", "arson", "spear", "sword", "club",
                       "stab", "molotov", "petrol_bomb", "firebomb", "hammer")),
    ],
    "PROTEST": [
        ("hunger", ("hunger_strike", "hunger", "hunger-strike")),
        ("strike", ("strike", "walkout", "stoppage", "general_strike", "work_stoppage", "strikers")),
        ("boycott", ("boycott",)),
        ("riot", ("riot", "rioter", "rioting", "violent", "violently", "stone", "rock", "molotov", "loot", "looting", "torch", "smash",
                  "firebomb", "arson")),
        ("obstruct", ("blockade", "barricade", "roadblock")),
        ("vandalize", ("vandalize", "vandalise", "deface", "graffiti", "vandalism")),
    ],
    "COERCE": [
        ("cyber", ("hack", "hacker", "hacking", "cyber", "cyberattack", "cyber-attack", "malware", "ddos",
                   "ransomware")),
        ("censor", ("newspaper", "publication", "website", "web_site", "magazine", "broadcast", "broadcaster",
                    "channel", "censorship", "censor", "book", "film", "media", "blog", "journal")),
        ("withhold", ("internet", "electricity", "power_supply", "water_supply", "utilities", "fuel_supply")),
        ("curfew", ("curfew",)),
        ("martial-law", ("martial_law", "state_of_emergency")),
        ("deport", ("deport", "deportation")),
    ],
    "CONSULT": [
        ("phone", ("phone", "telephone", "phone_call", "videoconference", "video_call", "video_link",
                   "teleconference")),
        ("third-party", ("mediate", "mediation", "mediator", "broker", "facilitate", "intermediary")),
        ("visit", ("visit", "host", "trip", "arrive", "tour", "welcome", "delegation", "lunch", "dinner",
                   "banquet", "reception")),
        ("multilateral", ("summit", "conference", "forum")),
    ],
    "MOBILIZE": [
        ("police", ("police", "policeman", "riot_police", "gendarmerie", "gendarme", "paramilitary")),
        ("militia", ("militia", "militiaman", "militiamen", "guerrilla", "rebel", "insurgent")),
        ("weapons", ("missile", "warship", "weapon", "submarine", "carrier", "bomber", "nuclear", "battery")),
    ],
}
_INDEX: dict[str, dict[str, int]] = {
    etype: {w: k for k, (_, words) in enumerate(table) for w in words} for etype, table in _CUES.items()
}
# The lexicon modes a cue may replace, per type (None: no mode). A specific verb's mode stays
# ("kidnapped" is abduct whatever the weapon).
_REPLACEABLE: dict[str, frozenset[str | None]] = {
    "ASSAULT": frozenset({None, "firearms", "heavy-weapons", "explosives", "aerial", "primitive", "destroy"}),
    "PROTEST": frozenset({None, "demo"}),
    "COERCE": frozenset({None, "restrict", "seize"}),
    "CONSULT": frozenset({None}),
    "MOBILIZE": frozenset({None, "troops"}),
}
_DEFAULT = {"PROTEST": "demo"}
CUED = frozenset(_CUES)
# Words for people whose killing is a targeted killing ("killed the deputy chief").
_TARGETS = frozenset({"leader", "chief", "commander", "minister", "governor", "mayor", "official", "judge",
                      "journalist", "president", "premier", "general", "lawmaker", "deputy", "activist",
                      "politician", "cleric", "ambassador", "diplomat", "head", "editor", "prosecutor"})
_KILL = frozenset({"kill", "murder", "shoot", "gun"})
_WORK_STOP = frozenset({"stop", "shun", "down", "quit", "abandon", "halt"})


def _key(tok) -> str:
    return tok.lemma_.lower()


def _keys(tokens):
    prev = None
    for tok in tokens:
        lem = _key(tok)
        yield lem
        low = tok.lower_
        if low != lem:
            yield low
        if prev is not None:
            yield f"{prev}_{lem}"
        prev = lem


def refine_mode(etype: str, mode: str | None, tokens, trigger) -> str | None:
    """The mode of an event of ``etype`` whose clause is ``tokens`` (spaCy tokens), ``mode`` being
    the lexicon's; unchanged when no cue says more."""
    index = _INDEX.get(etype)
    if index is None or mode not in _REPLACEABLE[etype]:
        return mode
    best: int | None = None
    for key in _keys(tokens):
        k = index.get(key)
        if k is not None and (best is None or k < best):
            best = k
    if best is not None:
        return _CUES[etype][best][0]
    if etype == "PROTEST":
        for tok in tokens:  # "stopped work", "shunned work": a strike
            if _key(tok) == "work" and tok.dep_ in ("dobj", "obj") and _key(tok.head) in _WORK_STOP:
                return "strike"
    if etype == "ASSAULT" and mode is None and _key(trigger) in _KILL:
        for c in trigger.children:
            if c.dep_ in ("dobj", "obj", "nsubjpass") and (c.ent_type_ == "PERSON" or _key(c) in _TARGETS):
                return "targeted"
    return mode or _DEFAULT.get(etype)


_CONTENT_THREAT = {"arrest": "arrest", "deport": "expel", "expel": "expel", "curfew": "restrict",
                   "martial-law": "restrict", "restrict": "restrict", "censor": "restrict", "withhold": "restrict",
                   "boycott": "restrict", "strike": "restrict", "obstruct": "restrict"}
_VIOLENT = frozenset({"attack", "war", "blow", "kill", "strike", "force", "military", "retaliate", "retaliation",
                      "terror", "terrorist", "violence", "bomb", "destroy", "fight", "invade", "annihilate",
                      "crush", "wipe", "punish", "punishment", "consequence", "revenge", "missile", "nuclear"})


def threat_mode(ctype: str | None, cmode: str | None, clemma: str | None, tokens=()) -> str | None:
    """THREATEN's mode is the content of the threat (PLOVER 2.0: restrict, arrest, relations, expel,
    territory, violence), from the threatened event's type and mode, else from the clause's words."""
    if ctype is not None:
        if clemma in ("boycott", "strike", "blockade", "ban", "curfew"):
            return "restrict"
        if cmode in _CONTENT_THREAT:
            return _CONTENT_THREAT[cmode]
        if ctype in ("PROTEST", "COERCE"):
            return "restrict"
        if ctype == "SANCTION":
            return "relations"
        if ctype in ("ASSAULT", "MOBILIZE"):
            return "violence"
        return None
    for tok in tokens:
        lem = _key(tok)
        if lem in ("arrest", "detain", "jail", "imprison", "prosecute"):
            return "arrest"
        if lem in ("boycott", "curfew", "blockade", "ban", "rally", "protest", "demonstration", "strike"):
            return "restrict"
        if lem in ("sever", "relation", "tie", "sanction", "talk"):
            return "relations"
        if lem in ("expel", "expulsion"):
            return "expel"
        if lem in _VIOLENT:
            return "violence"
    return None
