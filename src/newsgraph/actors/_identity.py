"""One actor per person: an unnamed person's description that the text gives, word for word, to one named
person before it is that person (issue #19, "one identity").

The steps before make an actor of their own of a person the text describes without a name: an unnamed
agent ("the White House spokesman declined to comment") or a body's or a country's one office holder ("the
U.S. attorney general", "Russia's foreign minister"). When the text named the person before with those very
words ("White House spokesman Jay Carney", "Attorney General Eric Holder ... a U.S. official"), the
description is a mention of that person, and so are its pronouns: one record, not two, and the quotes the
description's speaker says go to the person. The evidence is :func:`._coref.described_evidence`'s (the words
beside each name and the titles' words), as for "the California Democrat": the description's noun must be a
word of one of the person's titles, every other word one the text gave the person, a country's word the
person's country, and exactly one person named before must fit.

The same holds for bodies: a description of the one body of its kind named before (``merge_described_bodies``),
a group named twice in the same words (``merge_same_groups``), a state's government under its other names
(``merge_governments``), bare "police" for the one police force named (``merge_police``) and "the justices" for
the one supreme court (``join_justices``).
"""

from __future__ import annotations

from collections.abc import Callable

from ._cluster import Cluster, Context
from ._coref import Ref, _canonical, _fits, _needed, described_evidence
from ..nlp import root_of, tokens, word_positions

__all__ = ["merge_described", "merge_described_bodies", "merge_same_groups", "merge_governments", "merge_police",
           "join_justices"]

# Words before a description that make it another person than one named before ("a spokesman", "another
# official", "the second official", "one official") or no person yet ("any senator").
_NEW = frozenset({"a", "an", "another", "other", "one", "second", "third", "fourth", "some", "any", "every",
                  "each", "new", "next", "future"})
_POSSESSIVE = frozenset({"its", "their"})
# Words of a description that tell nothing of whom it describes: a determiner or a possessive pronoun.
_FUNCTION = frozenset({"the", "this", "that", "its", "his", "her", "their", "our", "my", "your"})


def merge_described(ctx: Context, clusters: list[Cluster], titles: dict[str, list[str]], former: set[str]) -> None:
    """Move each definite mention of an unnamed person's cluster whose description fits one named person
    (and no other) named before it to that person, with the pronouns resolved after it. An indefinite
    mention ("a White House spokesman") stays: it may be another. ``titles``: person id -> title heads;
    ``former``: the persons with a former office (as :func:`._coref.described_evidence` reads them)."""
    doc = ctx.doc
    named = [cl for cl in clusters if cl.kind == "person" and any(c.kind == "person" for c in cl.cands)]
    unnamed = [cl for cl in clusters if cl.extra and not cl.cands and (
        cl.kind == "person" or cl.kind == "composite" and cl.one_person)]
    if not named or not unnamed:
        return
    first = {cl.id: min(s for s, _e, k in cl.extra if k == "name") for cl in named
             if any(k == "name" for _s, _e, k in cl.extra)}
    named = [cl for cl in named if cl.id in first]
    refs = [Ref(s, e, cl.id, "person", cl.gender, ctx.sent_index[s]) for cl in named for s, e, k in cl.extra
            if k in ("name", "title")]
    toks = tokens(doc)
    found: list[dict[str, dict[str, list[int]]]] = []  # the evidence, read at the first description

    def described(start: int, end: int, iso: str | None) -> Cluster | None:
        need = _description(doc, toks, start, end)
        if need is None:
            return None
        # "its foreign minister" of a placed office: the possessor tells the country
        owned = iso is not None and any(toks[i].lower_ in _POSSESSIVE for i in range(max(start - 1, 0), end))
        if not found:
            found.append(described_evidence(doc, refs, titles, former))
        fit = []
        for person in named:
            if first[person.id] >= start or iso and person.iso and iso != person.iso:
                continue
            told = found[0].get(person.id, {})
            if -1 not in told.get(_canonical(need[-1].lower_), ()):
                continue  # the description's noun is none of the person's titles: "the defense official" is no general
            words = {w for w, at in told.items() if any(not start <= i < end for i in at)}
            # a bare title ("the prime minister") is the title steps' to resolve: one word must say more,
            # a country's ("the U.S. attorney general") or one the text put beside the name ("the White House
            # spokesman" after "White House spokesman Jay Carney")
            if not (owned or any(t.i in ctx.iso_at or any(i >= 0 for i in told.get(_canonical(t.lower_), ()))
                                 for t in need)):
                continue
            if _fits(need, words, person.iso, ctx.iso_at):
                fit.append(person)
        return fit[0] if len(fit) == 1 else None

    for cl in unnamed:
        def of(s: int, e: int, iso: str | None = cl.iso) -> Cluster | None:
            return described(s, e, iso)

        _move(cl, of)


def _move(cl: Cluster, target: Callable[[int, int], Cluster | None]) -> None:
    """Move each mention of ``cl`` that ``target`` gives to a cluster (one, the first it gives) there as a
    title mention, with the pronouns resolved after it; the others stay ``cl``'s."""
    moved: list[tuple[int, int, str]] = []
    kept: list[tuple[int, int, str]] = []
    to: Cluster | None = None
    last_moved = False
    for s, e, k in sorted(cl.extra):
        if k == "pronoun":  # a pronoun goes with the description it was resolved after
            (moved if last_moved else kept).append((s, e, k))
            continue
        other = target(s, e)
        last_moved = other is not None and to in (None, other)
        if last_moved:
            to = other
            moved.append((s, e, "title"))
        else:
            kept.append((s, e, k))
    if to is not None:
        to.extra.extend(moved)
        cl.extra = kept


# Nouns of a kind of body, with the sectors of the bodies each describes: "the newspaper" is an outlet named
# before, "the agency" a state's agency, "the terror group" an armed group. A modifier among ``_GROUP_KINDS``'s
# words says which kind of group "the ... group" is ("the trade group", "the militant group").
_KIND_NOUNS = {"newspaper": {"JRN"}, "paper": {"JRN"}, "daily": {"JRN"}, "tabloid": {"JRN"}, "magazine": {"JRN"},
               "broadcaster": {"JRN"}, "outlet": {"JRN"}, "agency": {"GOV", "SPY", "COP", "MIL", "IGO", "JRN"},
               "company": {"BUS"}, "firm": {"BUS"}, "group": set()}
_GROUP_KINDS = {"terror": {"REB", "UAF"}, "terrorist": {"REB", "UAF"}, "militant": {"REB", "UAF"},
                "extremist": {"REB", "UAF"}, "jihadist": {"REB", "UAF"}, "rebel": {"REB"}, "insurgent": {"REB"},
                "armed": {"REB", "UAF"}, "trade": {"BUS", "SOC"}, "industry": {"BUS", "SOC"},
                "lobbying": {"BUS", "SOC"}, "lobby": {"BUS", "SOC"}, "business": {"BUS", "SOC"},
                "advocacy": {"SOC"}, "watchdog": {"SOC"}, "news": {"JRN"}}
_KIND_WINDOW = 6  # sentences back to the body, as for a person's title
# The last words of the names of the bodies "the agency" describes: a state's sector holds its executive
# offices, ministries and governments too, which the text calls otherwise ("the agency" after "the White
# House" is the Secret Service the text named in passing). Capitalised, as in a name: "the Transportation
# Security Administration", not "the Obama administration".
_AGENCY_ENDS = frozenset({"Agency", "Administration", "Service", "Bureau", "Commission", "Authority"})


def merge_described_bodies(ctx: Context, clusters: list[Cluster]) -> None:
    """Move each definite mention of an unnamed body's cluster ("the newspaper", "the agency", "the terror
    group") to the one named body of its kind (its sector) named in the six sentences before it, when there
    is one and no other; a country's word in it must be the body's country ("the Chinese newspaper")."""
    doc = ctx.doc
    bodies = [cl for cl in clusters if cl.kind in ("organization", "group") and cl.cands and cl.sector]
    # an agent noun's cluster, or a composite of a country's word and the noun ("the Chinese newspaper")
    unnamed = [cl for cl in clusters if cl.extra and not cl.cands and (
        cl.kind in ("organization", "group") or cl.kind == "composite" and not cl.one_person)]
    if not bodies or not unnamed:
        return
    named = sorted((s, cl) for cl in bodies for s, _e, k in cl.extra if k == "name")

    def described(start: int, end: int) -> Cluster | None:
        head = root_of(doc, start, end)
        sectors = _KIND_NOUNS.get(head.lower_)
        lefts = [t for t in head.lefts if t.dep_ != "punct"]
        if sectors is None or head.tag_ != "NN" or not lefts or lefts[0].lower_ not in ("the", "this", "that"):
            return None
        if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.rights):
            return None  # "the group of experts", "the agency that ...": a phrase of its own
        words = [t for t in lefts[1:]]
        if any(t.lower_ in _NEW for t in words):
            return None
        for t in words:
            sectors = sectors & _GROUP_KINDS[t.lower_] if sectors and t.lower_ in _GROUP_KINDS else (
                _GROUP_KINDS.get(t.lower_, sectors))
        if not sectors:
            return None  # a bare "the group" is the descriptions' step's
        isos = {ctx.iso_at[t.i] for t in words if t.i in ctx.iso_at}
        s = ctx.sent_index[start]
        fit = {id(cl): cl for at, cl in named if at < start and s - ctx.sent_index[at] <= _KIND_WINDOW
               and cl.sector in sectors and (not isos or isos == {cl.iso}) and (
                   head.lower_ != "agency" or "news" in {t.lower_ for t in words}
                   or any(c.text.split()[-1] in _AGENCY_ENDS for c in cl.cands))}
        return next(iter(fit.values())) if len(fit) == 1 else None

    for cl in unnamed:
        _move(cl, described)


def _description(doc, toks: list, start: int, end: int) -> list | None:
    """The tokens of a description of one person (tokens [start, end)) that the person's words must hold:
    its words but its determiner and possessive pronouns; None for an indefinite or a set-apart one ("a
    spokesman", "another official") and for one of a single word, which tells too little."""
    head = root_of(doc, start, end)
    lo = min(start, head.left_edge.i)
    if any(toks[i].lower_ in _NEW or toks[i].ent_type_ == "ORDINAL" for i in range(lo, end)):
        return None
    need = [t for t in _needed(toks, start - 1, end) if t.lower_ not in _FUNCTION]
    return need if len(need) > 1 else None


def merge_same_groups(clusters: list[Cluster]) -> None:
    """One record per group the text names twice in the same words (issue #19, duplicates): the unnamed
    agents' groups of one noun and modifiers (``Cluster.group_key``) that the steps placed in the same country
    are one group, though the sentences of their phrases gave two countries at first ("police" in a sentence
    naming no country, later placed in France, and "police" in one naming France). A group no step placed
    joins the one group of its words that was placed, when there is one and no other. Groups of two
    countries stay apart ("police" in London and in New York), and so do the agents' groups and a country's
    people the text names with its word ("French authorities ... authorities said"): on train that join
    took a bare noun the sentence had placed wrongly from the gold group it stood for (4 actors lost)."""
    groups = [cl for cl in clusters if cl.group_key is not None and cl.extra and cl.kind == "group"]
    if len(groups) < 2:
        return
    groups.sort(key=lambda cl: min(cl.extra))  # the first named keeps its id and name
    placed: dict[tuple, Cluster] = {}
    for cl in groups:
        if cl.iso is None:
            continue
        key = (cl.iso, cl.group_key)
        into = placed.setdefault(key, cl)
        if into is not cl:
            _join(into, cl)
    by_words: dict[tuple, list[Cluster]] = {}
    for (_iso, words), cl in placed.items():
        by_words.setdefault(words, []).append(cl)
    for cl in groups:
        words = cl.group_key or ()
        if cl.iso is None and len(by_words.get(words, ())) == 1:
            _join(by_words[words][0], cl)


# The nouns of a state's government by its other names: "the regime", "Assad's government", "the government in
# Kiev". "Administration" is not among them: the annotators keep "the Trump administration" apart from the state
# and from its government (train: a join of the administrations took 18 from an annotated actor of their own).
_GOVERNMENT_NOUNS = frozenset({"government", "regime"})
# Words that make a government another than the state's national government of the story's time: another
# time ("the former regime", "the previous government", "the new government"), another level ("the state
# government", "local government"), or another claimant ("the interim government", "a rival government",
# "an outside government"). "Federal", "national" and "central" name the national level itself: "the federal
# government" of a story placed in Russia is Russia's government (train: one such record joined, which the
# annotators did not list apart; dev none; docs/evaluation.md, "Session 44, country44").
_OTHER_GOVERNMENT = frozenset({
    "former", "previous", "prior", "past", "old", "then", "ousted", "deposed", "toppled", "fallen", "late", "new",
    "incoming", "outgoing", "next", "future", "last", "earlier", "local", "state", "regional", "provincial", "city",
    "municipal", "county", "tribal", "colonial", "rival", "opposition", "exiled",
    "shadow", "puppet", "self-declared", "breakaway", "separatist", "transitional", "interim", "caretaker",
    "provisional", "military", "unity", "coalition", "outside", "foreign", "another", "other", "any", "every",
    "each", "some", "a", "an"})


def merge_governments(ctx: Context, clusters: list[Cluster]) -> None:
    """One record per state's government (issue #19, duplicates): the other names the text gives the
    government of a state whose "<country> government" is an actor ("the Syrian government" ... "the Assad
    regime", "al-Assad's government", "the regime", "the government in Damascus") are its mentions, not actors
    of their own. Where the text names no "<country> government", the other names join the first of them
    that names its state or leader. A bare name ("the regime", "the government"), placed in the state by its
    sentences, joins only a government named before it. Left apart: a government of another time, level or
    claimant (``_OTHER_GOVERNMENT``), a name with another state's word, a dictionary's body, administrations,
    and the state itself: the annotators code a state's government as the state about as often as apart from
    it (train: 40 such joins right, 44 wrong), and its other names as the state less often still."""
    doc = ctx.doc
    toks = tokens(doc)
    seats: dict[str, Cluster] = {}
    for cl in clusters:
        if cl.kind == "composite" and cl.sector == "GOV" and not cl.one_person and cl.iso and any(
                k == "name" for _s, _e, k in cl.extra):
            seats[cl.iso] = cl  # "the Afghan government", "Russia's government": the state's own (iso, GOV)
    others: dict[str, list[tuple[int, bool, Cluster]]] = {}
    for cl in clusters:
        if cl.kind not in ("organization", "group") or not cl.iso or not cl.extra or cl.entry is not None:
            continue
        named = [(s, e) for s, e, k in cl.extra if k != "pronoun"]
        if not named:
            continue
        bare = True
        for s, e in named:
            told = _government_name(doc, toks, s, e, cl.iso, ctx.iso_at)
            if told is None:
                break
            bare = bare and not told
        else:
            others.setdefault(cl.iso, []).append((min(s for s, _e in named), bare, cl))
    for iso, found in others.items():
        found.sort(key=lambda x: x[0])
        into = seats.get(iso) or next((cl for _s, bare, cl in found if not bare), None)
        if into is None:
            continue
        first = min(s for s, _e, k in into.extra if k != "pronoun")
        for start, bare, cl in found:
            if cl is not into and (not bare or first < start):
                _join(into, cl)


def _government_name(doc, toks: list, start: int, end: int, iso: str, iso_at: dict[int, str]) -> bool | None:
    """Whether a mention (tokens [start, end)) is a name of ``iso``'s government: None where it is not one
    (its head no government noun, a plural, or a word of ``_OTHER_GOVERNMENT`` or of another state before
    or in it), True where its own words name the state or a person ("Syria's regime", "the Assad
    government"), False where they name none ("the regime", "his government")."""
    head = root_of(doc, start, end)
    if head.lower_ not in _GOVERNMENT_NOUNS or head.tag_ not in ("NN", "NNP"):
        return None
    lo = min(start, head.left_edge.i)  # "the former regime" where the mention is "regime"
    if any(toks[i].lower_ in _OTHER_GOVERNMENT for i in range(lo, end)):
        return None
    told = False
    for i in range(lo, end):
        other = iso_at.get(i)
        if other is not None and other != iso:
            return None  # "the Kiev government" of a record placed in the United States
        told = told or other is not None or toks[i].ent_type_ == "PERSON"
    return told


_FORCE_NOUNS = frozenset({"department", "force", "service"})


def merge_police(ctx: Context, clusters: list[Cluster]) -> None:
    """A bare "police" is the one police force the text names (issue #19, duplicates): "the New South Wales state
    police ... police said", "Paris police ... the police", where the text names exactly one force with
    "police" in its name and its bare "police" make one group. Where the bare noun makes two groups or more
    (placed in two countries, or one placed and one not), the text speaks of several forces, or of police at
    large beside a force it names later (train: a join there took three groups from the annotators' generic
    "police" to the "State Police" named near the end)."""
    doc = ctx.doc
    toks = tokens(doc)
    forces, bare = [], []
    for cl in clusters:
        if cl.sector != "COP" or cl.kind not in ("organization", "group", "composite") or cl.one_person:
            continue
        named = [(s, e) for s, e, k in cl.extra if k != "pronoun"]
        if not named:
            continue
        words = [[toks[i].lower_ for i in range(s, e) if toks[i].lower_ not in _FUNCTION] for s, e in named]
        if all(w == ["police"] for w in words):
            bare.append(cl)
        elif any(len(w) > 1 and (w[-1] == "police" or w[-2:-1] == ["police"] and w[-1] in _FORCE_NOUNS)
                 for w in words):
            forces.append(cl)  # "Paris police", "the Los Angeles Police Department"; not "police officers"
    if len(forces) == 1 and len(bare) == 1 and (
            bare[0].iso is None or forces[0].iso is None or bare[0].iso == forces[0].iso):
        _join(forces[0], bare[0])


# The words of a court whose members are its justices: "the Supreme Court", "the high court", "the country's
# highest court" (an appeals or a district court has judges).
_TOP_COURT_WORDS = frozenset({"supreme", "high", "highest"})


_JUSTICES = frozenset({"justices"})
# The words of a bare name of the one top court: "the court", "the high court", "the nation's highest court"
# (not "the appeals court", "a lower court", "the district court").
_BARE_COURT_WORDS = frozenset({"high", "highest", "top", "nation", "country", "'s", "\u2019s"})


def join_justices(ctx: Context, clusters: list[Cluster]) -> None:
    """"The justices" is the one supreme court the text names (issue #19, one identity): "the Supreme Court agreed
    to hear the case ... the justices will rule by June". No step reads the plural as an actor of its own, and
    the annotators code it as the court (train: the 7 bare "the justices" of texts that name a supreme court
    are all the court's mentions; "the four left-leaning justices" is a group of its own). Only the bare,
    definite plural: "four justices", "justices who ..." are some of them; a text with two top courts (a
    state's and the country's) leaves it open. A group or body named only "the court", "the high court" or
    "the nation's highest court" is that court too (train 3 such records, dev 2, all the court's in the
    annotation)."""
    doc = ctx.doc
    toks = tokens(doc)
    courts = []
    for cl in clusters:
        if cl.sector != "JUD" or cl.kind not in ("organization", "composite") or cl.one_person:
            continue
        for s, e, k in cl.extra:
            words = {toks[i].lower_ for i in range(s, e)}
            if k == "name" and "court" in words and words & _TOP_COURT_WORDS:
                courts.append(cl)
                break
    if len(courts) != 1:
        return
    taken = {i for cl in clusters for s, e, _k in cl.extra for i in range(s, e)}
    court = courts[0]
    first = min(s for s, _e, k in court.extra if k == "name")
    for at in word_positions(doc, _JUSTICES):
        t = toks[at]
        if t.i <= first or t.i in taken or t.tag_ != "NNS":
            continue
        lefts = [c for c in t.lefts if c.dep_ != "punct"]
        if [c.lower_ for c in lefts] != ["the"] or lefts[0].i != t.i - 1 or any(
                c.dep_ in ("prep", "relcl", "acl", "appos") for c in t.rights):
            continue  # "the four left-leaning justices", "the justices who dissented": some of them
        court.extra.append((t.i - 1, t.i + 1, "title"))
    for cl in clusters:  # "the court", "the high court", "the nation's highest court": the same court
        if cl is court or cl.sector != "JUD" or cl.kind not in ("organization", "group") or cl.entry is not None:
            continue
        named = [[toks[i].lower_ for i in range(s, e) if toks[i].lower_ not in _FUNCTION]
                 for s, e, k in cl.extra if k != "pronoun"]
        if named and all(w and w[-1] == "court" and set(w[:-1]) <= _BARE_COURT_WORDS for w in named):
            _join(court, cl)


def _join(into: Cluster, cl: Cluster) -> None:
    """``cl``'s mentions made ``into``'s; ``cl``, left with none, makes no record."""
    into.extra = sorted(into.extra + cl.extra)
    cl.extra = []
