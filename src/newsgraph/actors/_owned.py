"""Step 3 of resolving actors, its first part: the bodies and groups a person's name owns ("the Obama
administration", "Trump's campaign", "Sanders aides", "supporters of Morsi", "Obama administration
officials"), actors of their own, as the annotators keep them: the administration acts where the
president does not, and an event whose actor is "the Trump administration" is not Trump's.

The phrase is a person's name that modifies an owned noun (a compound or a possessive, with at most
a few adjectives or nouns between: "Obama's presidential campaign", "Trump's national security team"),
or an owned noun with the name in an ``of``/``to`` phrase ("aides to Trump"). An owned noun that
itself modifies a noun of people names those people ("Obama administration officials", "a Trump
campaign aide"). Kind and sector come from the noun (an administration is an organisation of the
government, GOV; a campaign a party's, PTY; supporters are civilians, CVL) or else from the owner
("Boehner's allies" are legislators like him), the country from the owner. The owner's name inside
the phrase stops being a mention of the owner, as the annotators mark only the longer mention.

A bare "the administration" or "his campaign" is a mention of the document's only (else the
nearest earlier) owned body of that noun.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy

from ._agents import context_country
from ._cluster import Cluster, Context
from ._coding import code_of
from ._mentions import Cand
from ..nlp import span_text, strings, tokens, word_positions

__all__ = ["Owned", "find_owned"]

# Owned nouns (lemma) -> (kind, sector; None: the owner's sector).
_OWNED: dict[str, tuple[str, str | None]] = {
    "administration": ("organization", "GOV"), "campaign": ("organization", "PTY"),
    # "the Assad regime", "the Netanyahu government", "Maduro's government": the state's government,
    # which the annotators keep apart from the person (the corpus codes "the Assad regime" as the
    # Syrian government 25 times, as Assad once)
    "regime": ("organization", "GOV"), "government": ("organization", "GOV"),
    "team": ("group", None), "aide": ("group", None), "adviser": ("group", None), "advisor": ("group", None),
    "ally": ("group", None), "supporter": ("group", "CVL"), "backer": ("group", "CVL"),
    "loyalist": ("group", None),
}
# Owned nouns that name one person in the singular ("a Trump aide", "one Romney supporter").
_PEOPLE = frozenset({"aide", "adviser", "advisor", "ally", "supporter", "backer", "loyalist"})
# Bodies a bare mention links to ("the administration", "his campaign").
_BODIES = frozenset({"administration", "campaign"})
# Nouns of people an owned body's name may modify ("Obama administration officials").
_MEMBERS = frozenset({"official", "aide", "adviser", "advisor", "staffer", "member", "spokesman",
                      "spokeswoman", "spokesperson", "lawyer", "attorney", "operative", "source", "insider",
                      "veteran", "alumnus", "appointee"})
_PREPS = frozenset({"of", "to"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Words that leave a bare body the one in office ("the current administration"; not "the previous").
_SAME = frozenset({"current", "present", "entire", "whole"})


@dataclass
class Owned:
    """The owned clusters of a document, each with its owner, and the owner names they took."""

    clusters: list[Cluster] = field(default_factory=list)
    owners: dict[int, Cluster] = field(default_factory=dict)  # id(owned cluster) -> owner cluster
    taken: list[tuple[Cluster, Cand, list[tuple[int, int]]]] = field(default_factory=list)
    lemmas: dict[int, str] = field(default_factory=dict)  # id(owned cluster) -> its noun
    by_key: dict[tuple, Cluster] = field(default_factory=dict)  # (id(owner), noun, plural) -> cluster
    # bare 'the administration' and 'administration officials' (start, end, noun, plural, text),
    # whose administration the coded persons tell
    pending: list[tuple[int, int, str, bool, str]] = field(default_factory=list)

    def add(self, owner: Cluster | None, noun: str, plural: bool, kind: str, lemma: str, name: str) -> Cluster:
        """The owned cluster of an owner's noun, made on first use."""
        key = (id(owner) if owner is not None else None, noun, plural)
        cl = self.by_key.get(key)
        if cl is None:
            cl = self.by_key[key] = Cluster(kind)
            cl.name = name
            self.clusters.append(cl)
            self.lemmas[id(cl)] = lemma
            if owner is not None:
                self.owners[id(cl)] = owner
        return cl

    def code(self, people: list[Cluster], ctx: Context) -> None:
        """Once the persons are coded: each owned cluster's country and sector, and the owner names
        the phrases took out of the owners' mentions. A bare 'the administration' (or 'administration
        officials') in a text with no "X administration" is (of) the administration of the one sitting
        president the text names, else of an administration of the country its sentence names, if any."""
        if self.pending:
            bodies = sorted((s, cl) for cl in self.clusters if self.lemmas[id(cl)] == "administration"
                            and cl.kind == "organization" for s, _e, _k in cl.extra)
            president = _president(people, ctx.published)
            for start, end, noun, plural, text in self.pending:
                earlier = [b for b in bodies if b[0] < start]
                body = (earlier[-1] if earlier else bodies[0])[1] if bodies else None
                owner = self.owners.get(id(body)) if body is not None else president
                if noun == "administration":
                    name = f"{owner.cands[-1].text.split()[-1]} administration" if owner and owner.cands else text
                    cl = body or self.add(owner, noun, plural, "organization", noun, name)
                else:
                    cl = self.add(owner, noun, plural, "group" if plural else "person", "administration", text)
                    cl.sector = "GOV"  # "senior administration officials": of the government, as it is
                cl.extra.append((start, end, "name"))
        for cl in self.clusters:
            owner = self.owners.get(id(cl))
            _kind, sector = _OWNED.get(self.lemmas[id(cl)], ("group", None))
            # no owner: the country of the sentence, as for an unnamed agent ("A senior administration
            # official said the United States would ...")
            cl.iso = owner.iso if owner is not None else context_country(
                cl.extra[0][0], ctx.sent_index, ctx.iso_mentions) if cl.extra else None
            cl.sector = cl.sector or sector or (owner.sector if owner is not None else None)
            cl.code = code_of(cl.iso, cl.sector)
        for owner, cand, spans in self.taken:
            if cand in owner.cands:
                owner.cands.remove(cand)
            for t in owner.titles:
                t.spans = [sp for sp in t.spans if sp not in spans]


def find_owned(ctx: Context, people: list[Cluster]) -> Owned:
    """The owned bodies and groups of the document (their tokens become claimed)."""
    doc, claimed = ctx.doc, ctx.claimed
    owned = Owned()
    title_tokens = {i for cl in people for t in cl.titles for sp in t.spans for i in range(*sp)}
    windows = {i for cl in people for t in cl.titles if t.window for i in range(*t.window)}
    taken: set[int] = set()
    for owner in people:
        for c in owner.cands:
            found = _phrase(doc, c, title_tokens | windows, claimed)
            if found is None:
                continue
            start, end, noun_i, member, lemma = found
            if any(i in taken for i in range(start, end)):
                continue
            spans = [sp for t in owner.titles for sp in t.spans if sp[1] == c.start or start <= sp[0] < end]
            name_start = start if start < c.start else c.start  # "aides to Trump"; "Obama's campaign"
            start = min([start] + [sp[0] for sp in spans])
            noun = doc[noun_i].lemma_.lower()
            kind, sector = _OWNED[lemma]
            plural = doc[noun_i].tag_ in ("NNS", "NNPS")
            if member or noun in _PEOPLE:
                kind = "group" if plural else "person"
            cl = owned.add(owner, noun, plural, kind, lemma, span_text(doc, name_start, end))
            if member and sector is not None:
                cl.sector = sector  # "Obama administration officials": GOV, as the administration
            cl.extra.append((start, end, "name"))
            owned.taken.append((owner, c, spans))
            taken.update(range(start, end))
    _bare(ctx, owned, taken)
    _members(ctx, owned, taken)
    claimed.update(taken)
    return owned


def _phrase(doc, c: Cand, blocked: set[int], claimed: set[int]) -> tuple[int, int, int, bool, str] | None:
    """(start, end, index of the noun, whether it is a member noun, owned lemma) of the owned phrase
    around a person's name, or None."""
    last = doc[c.end - 1]
    if last.dep_ == "pobj" and last.head.lower_ in _PREPS and last.head.head.i < c.start:
        noun = last.head.head  # "aides to Trump", "supporters of Morsi"
        lemma = noun.lemma_.lower()
        if (noun.tag_ not in ("NNS", "NNPS") or lemma not in _PEOPLE or c.end - noun.i > 6
                or noun.i in blocked or noun.i in claimed):
            return None
        start = min([t.i for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.i])
        return start, c.end, noun.i, False, lemma
    if last.dep_ not in ("compound", "poss", "nmod") or not 0 <= last.head.i - c.end <= 3:
        return None
    noun = last.head
    between = tokens(doc)[c.end:noun.i]  # (the shared list's slice: no Span, no new Tokens)
    if any(t.pos_ not in ("ADJ", "NOUN", "PART") and t.tag_ not in ("POS", "HYPH") or t.ent_type_
           for t in between):
        return None
    if noun.pos_ != "NOUN" or noun.i in blocked or noun.i in claimed:
        return None
    lemma = noun.lemma_.lower()
    if lemma not in _OWNED:
        return None
    body = next((t.lemma_.lower() for t in between if t.lemma_.lower() in _BODIES), None)
    if body is not None and lemma in _MEMBERS | _PEOPLE:  # "a Trump campaign aide": the campaign's
        return c.start, noun.i + 1, noun.i, True, body
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        member = noun.head
        if member.i in blocked or member.pos_ == "PROPN":
            return None  # "Trump campaign chairman Paul Manafort": a title of another person
        if member.lemma_.lower() in _MEMBERS:
            start = min([t.i for t in member.lefts if t.dep_ == "amod" and t.i < c.start] + [c.start])
            return start, member.i + 1, member.i, True, lemma
    return c.start, noun.i + 1, noun.i, False, lemma


def _bare(ctx: Context, owned: Owned, taken: set[int]) -> None:
    """'the administration', 'his campaign': a mention of the owned body of that noun, the nearest
    earlier one, else the first. With no "X administration" in the text, 'the administration' is the
    administration of the one sitting president the text names ("President Obama"), if there is one."""
    doc, claimed = ctx.doc, ctx.claimed
    bodies = [(s, cl) for cl in owned.clusters if owned.lemmas[id(cl)] in _BODIES and cl.kind == "organization"
              for s, _e, _k in cl.extra]
    toks = tokens(doc)
    for i, lemma in _lower_singular_nouns(doc, _BODIES):
        if i in taken or i in claimed:
            continue
        tok = toks[i]
        dets = [c for c in tok.lefts if c.dep_ in ("det", "poss")]
        mods = [c for c in tok.lefts if c.dep_ not in ("det", "poss", "punct") and c.lower_ not in _SAME]
        if len(dets) != 1 or mods or not (dets[0].lower_ in ("the", "this") or dets[0].lower_ in _POSSESSIVE_PRONOUNS):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.rights):
            continue  # "the administration of justice", "the campaign for ..."
        same = [(s, cl) for s, cl in bodies if owned.lemmas[id(cl)] == lemma]
        if not same and lemma == "administration":  # whose, the coded persons tell (Owned.code)
            owned.pending.append((dets[0].i, tok.i + 1, lemma, False, doc[dets[0].i:tok.i + 1].text))
            taken.update(range(dets[0].i, tok.i + 1))
            continue
        if not same:
            continue
        earlier = [(s, cl) for s, cl in same if s < tok.i]
        _s, cl = max(earlier, key=lambda p: p[0]) if earlier else min(same, key=lambda p: p[0])
        cl.extra.append((dets[0].i, tok.i + 1, "name"))
        taken.update(range(dets[0].i, tok.i + 1))


def _lower_singular_nouns(doc, lemmas: frozenset[str]) -> list[tuple[int, str]]:
    """(index, lower-cased lemma) of each lower-case singular common noun (tag NN) of ``doc`` whose
    lower-cased lemma is one of ``lemmas``, picked from one ``to_array`` call: reading ``tag_`` or
    ``lemma_`` through each Token is a string-store look-up per word, and the lemmas come from the shared
    memo of strings (``nlp.strings``). Whether the word is in lower case (a lexeme flag, which costs
    ``to_array`` about three times a tag column) is read from the few tokens left by the lemma."""
    if not len(doc):
        return []
    from spacy.attrs import LEMMA, TAG

    cols = doc.to_array([TAG, LEMMA])
    picked = numpy.flatnonzero(cols[:, 0] == doc.vocab.strings["NN"])
    toks = tokens(doc)
    return [(i, lemma) for i, lemma in zip(picked.tolist(), strings(doc, cols[picked, 1].tolist(), lower=True))
            if lemma in lemmas and toks[i].is_lower]


_ADMINISTRATION = frozenset({"administration"})


def _rank_word(tok) -> bool:
    """Whether a word before "administration" ranks its people rather than naming whose it is: "a key
    administration official", "several top administration officials" (the parse hangs the adjective on
    "administration"); a name ("the Obama administration officials") is an owner's."""
    return tok.dep_ == "amod" and tok.pos_ == "ADJ" and not tok.ent_type_


def _members(ctx: Context, owned: Owned, taken: set[int]) -> None:
    """'senior administration officials', 'an administration official': people of the
    administration (Owned.code tells whose)."""
    doc, claimed = ctx.doc, ctx.claimed
    toks = tokens(doc)
    for k in word_positions(doc, _ADMINISTRATION):  # the word's tokens only, in the order of the text
        tok = toks[k]
        if tok.dep_ != "compound" or tok.i in taken or tok.i in claimed:
            continue
        member = tok.head
        if member.i < tok.i or member.lemma_.lower() not in _MEMBERS or member.i in taken or member.i in claimed:
            continue
        if any(c.dep_ not in ("det", "punct") and not _rank_word(c) for c in tok.lefts) or any(
                i in taken or i in claimed or doc[i].pos_ not in ("ADJ", "NOUN", "CCONJ", "PUNCT")
                for i in range(tok.i + 1, member.i)):
            continue  # "the Obama administration officials" is the owner's; "administration and party officials"
        start = min([t.i for t in member.lefts if t.dep_ == "amod" and t.i < tok.i] +
                    [c.i for c in tok.lefts if _rank_word(c)] + [tok.i])
        plural = member.tag_ in ("NNS", "NNPS")
        owned.pending.append((start, member.i + 1, member.lemma_.lower(), plural, span_text(doc, start, member.i + 1)))
        taken.update(range(start, member.i + 1))


def _president(people: list[Cluster], published: dt.date | None = None) -> Cluster | None:
    """The one sitting president among the coded persons (coded GOV: a former president is an elite,
    ELI): the one the dictionary knows as a president, else the one the text calls president. The text's
    "then-President Roe" (GOV at the time the text speaks of) is no sitting president, nor is a past
    president coded GOV for the years the text places him in ("signed by Roe in 1994"): every dated
    office of his ended before the day."""
    day = published.isoformat() if published else None
    sitting = [cl for cl in people if cl.sector == "GOV" and cl.iso and cl.cands and not any(
        t.then and "president" in t.heads for t in cl.titles) and not _all_ended(cl, day)]
    # a vice president the text calls so is no president now, whatever office the dictionary gives him later
    sitting = [cl for cl in sitting if not any(h.endswith("vice president") for t in cl.titles for h in t.heads)]
    known = [cl for cl in sitting if cl.entry is not None and "president" in cl.entry.titles]
    if not known:
        known = [cl for cl in sitting if any(not t.former and "president" in t.heads for t in cl.titles)]
    if len(known) > 1:
        # several presidents ("Trump met President Macron and President el-Sisi"): "the administration"
        # of a national government is the American usage for the presidency (other states' are "the
        # government"), so the US president's; with none of them American, the one the text names most,
        # the one it is about; one named as often as another leaves it open
        american = [cl for cl in known if cl.iso == "USA"]
        if len(american) == 1:
            return american[0]
        ranked = sorted(known, key=lambda cl: -len(cl.cands))
        return ranked[0] if len(ranked[0].cands) > len(ranked[1].cands) else None
    return known[0] if known else None


def _all_ended(cl: Cluster, day: str | None) -> bool:
    """Whether every dated office the dictionary gives the person ended before the day."""
    if cl.entry is None or day is None:
        return False
    dated = [c for c in cl.entry.codes if c[1] or c[2]]
    return bool(dated) and all(c[2] is not None and c[2] < day for c in dated)
