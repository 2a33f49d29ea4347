"""The article's own publisher: the outlet a story names only as the one told, interviewed or reporting.

A story often names the outlet that publishes it: "the senator told CNN" in a CNN story, "said in an
interview with The Associated Press" in an AP story, "according to Reuters" in a Reuters story. That
outlet is the reporter, not a party to what the story tells; it is an actor only when it acts (sues, is
banned, publishes a leak that is the story's act: corpus/GUIDELINES.md, section 1). The publisher is read
from the Document's url: the map below gives the names of the major outlets by web domain (the national
sources the AllSides media ratings list, and the wires), and :func:`own_outlet_told` tells whether an
actor is that publisher named only as an addressee or a source.
"""

from __future__ import annotations

import re

from ..nlp import span_root
from ..records import Mention

__all__ = ["OUTLETS", "TELL", "own_outlet_told", "publisher_names", "told_to"]

# web domain -> the names the outlet goes by in its own stories ("the" and punctuation are ignored)
OUTLETS: dict[str, tuple[str, ...]] = {
    "abcnews.go.com": ("ABC News", "ABC"),
    "apnews.com": ("The Associated Press", "Associated Press", "AP"),
    "ap.org": ("The Associated Press", "Associated Press", "AP"),
    "axios.com": ("Axios",),
    "bbc.co.uk": ("BBC", "BBC News"),
    "bbc.com": ("BBC", "BBC News"),
    "bloomberg.com": ("Bloomberg", "Bloomberg News"),
    "breitbart.com": ("Breitbart", "Breitbart News"),
    "cbsnews.com": ("CBS News", "CBS"),
    "cnn.com": ("CNN",),
    "csmonitor.com": ("The Christian Science Monitor", "Christian Science Monitor", "The Monitor"),
    "foxnews.com": ("Fox News", "Fox News Channel", "Fox News Digital", "Fox"),
    "huffpost.com": ("HuffPost", "The Huffington Post", "Huffington Post"),
    "msnbc.com": ("MSNBC",),
    "nbcnews.com": ("NBC News", "NBC"),
    "newsweek.com": ("Newsweek",),
    "npr.org": ("NPR", "National Public Radio"),
    "nypost.com": ("The New York Post", "New York Post"),
    "nytimes.com": ("The New York Times", "New York Times", "The Times"),
    "politico.com": ("Politico", "Politico Pro", "Politico Europe"),
    "reuters.com": ("Reuters", "Thomson Reuters"),
    "theguardian.com": ("The Guardian", "Guardian"),
    "thehill.com": ("The Hill",),
    "usatoday.com": ("USA Today",),
    "washingtonpost.com": ("The Washington Post", "Washington Post", "The Post"),
    "washingtontimes.com": ("The Washington Times", "Washington Times", "The Times"),
    "wsj.com": ("The Wall Street Journal", "Wall Street Journal", "WSJ", "The Journal"),
}


def _norm(name: str) -> str:
    """A name as the map compares it: lower case, without a leading "the", letters and digits only."""
    low = name.lower().strip()
    if low.startswith("the "):
        low = low[4:]
    return re.sub(r"[^a-z0-9]", "", low)


_NAMES = {domain: frozenset(_norm(n) for n in names) for domain, names in OUTLETS.items()}


def publisher_names(url: str | None) -> frozenset[str]:
    """The names (as :func:`_norm` writes them) of the outlet that publishes ``url``; none for a url of
    no outlet the map knows. A subdomain is its domain's ("edition.cnn.com", "uk.reuters.com")."""
    found = re.match(r"^(?:[a-z][a-z0-9+.-]*://)?([^/?#:]+)", (url or "").strip().lower())
    if not found:
        return frozenset()
    labels = found.group(1).split(".")
    for i in range(len(labels) - 1):
        names = _NAMES.get(".".join(labels[i:]))
        if names is not None:
            return names
    return frozenset()


# The forms of "tell" ("told CNN", "telling reporters"; a parse without lemmas has the words only) and of
# "report" ("CNN reported", "Reuters reports").
TELL = frozenset({"tell", "tells", "told", "telling"})
_REPORT = frozenset({"report", "reports", "reported", "reporting"})
_INTERVIEW = frozenset({"interview", "interviews"})


def told_to(root) -> bool:
    """Whether the phrase headed by ``root`` is the one a verb of telling tells ("told CNN", "telling
    reporters that ...")."""
    return root.dep_ in ("dobj", "dative") and root.head.lower_ in TELL


def _addressee_or_source(doc, start: int, end: int) -> bool:
    """Whether the name at tokens ``start:end`` is only the one told or interviewed, or only the source
    of what is reported: "told X", "in an interview with X" (or "on X"), "according to X", "X reported"."""
    root = span_root(doc, start, end)
    head = root.head
    word = head.lower_
    if told_to(root):
        return True
    if root.dep_ == "nsubj" and word in _REPORT:
        return True
    if root.dep_ == "pobj":
        if word == "to" and head.head.lower_ == "according":
            return True
        if word in ("with", "on") and head.head.lower_ in _INTERVIEW:
            return True
    return False


def own_outlet_told(actor, mentions: list[Mention], doc, publisher: frozenset[str]) -> bool:
    """An outlet (an organisation or a group) that is the article's own publisher (``publisher``: the
    names :func:`publisher_names` gives for the Document's url), that no record uses, every mention of
    which (pronouns aside) is only the one told or interviewed or the source of what is reported ("told
    CNN" in a CNN story): the reporter, not an actor (corpus/GUIDELINES.md, section 1). Another outlet
    told something stays (some annotators code it in every article and the others never: docs/evaluation.md,
    session 27), and so does the publisher where it acts ("CNN sued the White House"). Train: 32 such
    actors are junk, 15 annotated; dev 6 and 2 (docs/evaluation.md, session 34, outlet34)."""
    if not publisher or actor.kind not in ("organization", "group"):
        return False
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0] and m.kind != "pronoun"]
    if not spans:
        return False
    if _norm(actor.name) not in publisher and not all(_norm(m.text) in publisher for m in spans):
        return False
    return all(_addressee_or_source(doc, *m.tokens) for m in spans)
