"""PLOVER contexts a sentence makes clear, from the lemmas it uses (a small keyword table)."""

from __future__ import annotations

from ..nlp import span_tokens

__all__ = ["contexts"]

_KEYWORDS: dict[str, tuple[str, ...]] = {
    "military": ("troop", "army", "military", "soldier", "navy", "artillery", "tank", "airstrike",
                 "air_strike", "warplane", "missile", "defence", "defense", "pentagon"),
    "economic": ("trade", "economic", "economy", "tariff", "export", "import", "investment", "finance",
                 "financial", "currency", "loan", "debt", "market", "oil"),
    "diplomatic": ("diplomatic", "embassy", "ambassador", "envoy", "diplomat", "diplomacy", "consulate"),
    "terrorism": ("terrorist", "terrorism", "qaeda", "isis", "jihadist", "terror"),
    "legal": ("court", "judge", "tribunal", "lawsuit", "legal", "prosecutor", "indictment", "verdict"),
    "election": ("election", "vote", "ballot", "poll", "electoral", "candidate"),
    "human_rights": ("human_right",),
    "migration": ("refugee", "migrant", "migration", "displaced"),
    "asylum": ("asylum",),
    "peacekeeping": ("peacekeeper", "peacekeeping"),
    "cbrn": ("nuclear", "chemical_weapon", "biological"),
    "health": ("epidemic", "pandemic", "disease", "vaccine", "outbreak"),
    "corruption": ("corruption", "bribery", "embezzlement", "bribe"),
    "crime": ("crime", "criminal", "murder"),
    "illegal_drugs": ("drug", "narcotic", "cocaine", "heroin"),
    "territory": ("territory", "border", "territorial", "annexation"),
    "legislative": ("parliament", "congress", "senate", "legislature", "lawmaker", "legislative"),
    "rights_freedoms": ("press_freedom", "freedom", "censorship"),
    "cyber": ("hacker", "cyber", "cyberattack", "hack"),
}
_INDEX: dict[str, str] = {w: ctx for ctx, words in _KEYWORDS.items() for w in words}


def contexts(sent) -> list[str]:
    """PLOVER context names whose keywords occur in the sentence, in table order."""
    found: set[str] = set()
    prev = None
    for tok in span_tokens(sent):
        lem = tok.lemma_.lower()
        ctx = _INDEX.get(lem)
        if ctx is None and prev is not None:
            ctx = _INDEX.get(f"{prev}_{lem}")
        if ctx is not None:
            found.add(ctx)
        prev = lem
    return [c for c in _KEYWORDS if c in found]
