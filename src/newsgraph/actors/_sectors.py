"""The learned fallback sector: for an actor the rules leave with no sector, a sector read from its own words.

The rules (``_coding``, ``_people``, ``_others``) give a sector where a dictionary, a title or an agent
noun says it; they leave a long tail with none: kin, suspects, private persons' trades, titles the lexicon
lacks, "the head of" a body they do not code (docs/evaluation.md, session 26, sector31). No class of it
is worth a rule of its own, so a multinomial logistic model trained on the corpus
(``scripts/train_sectors.py``) reads each such actor's own words: the head noun and the other common words
of its mentions, the words that modify it or stand beside it in apposition, the noun an "of" phrase on it
hangs from, the verbs it is the subject of, its kind and whether it has a country. It names a sector only
where that sector's probability reaches the model's threshold, chosen on the train split out of fold: an
unknown sector stays null, as the guidelines want, and a wrong code is worse than none.

It runs last, on the actors the filters keep (``pipeline``), so the stages before it (the events
decider and the actor filter read actor sectors) see the rules' sectors only. A state (``kind`` country)
has no sector and is never given one. The work is a few token reads per mention and one dot product per
actor with no sector.
"""

from __future__ import annotations

from .._linear import SoftmaxModel, load_softmax_file
from ..events._lexicon import lowered_lemmas
from ..nlp import labels, lowers, span_root, tokens
from ..records import ActorTable
from ._coding import code_of

__all__ = ["MODEL_FILE", "NONE", "features", "fill_sectors", "sector_model", "predict"]

MODEL_FILE = "sectors.json"
# The class of an actor whose sector the gold leaves null: the model may say so, and then nothing changes.
NONE = "NONE"
_MODIFIERS = frozenset({"amod", "compound", "nmod", "appos", "acl", "relcl"})


def sector_model() -> SoftmaxModel | None:
    return load_softmax_file("actors", MODEL_FILE)


def features(actor, mentions, doc) -> list[str]:
    """The named features of one actor: its kind and whether it has a country; for each mention its
    head word, the lower-case common words it holds (titles and descriptions: "wife", "suspect"), the
    words that modify it or stand beside it in apposition, the noun an "of" phrase on it hangs from ("head
    of X": head) and the verb it is the subject of."""
    toks, low = tokens(doc), lowers(doc)
    # each word's part of speech and lower-cased lemma from the document's columns, which the events stage
    # made before the filters run (a Token per word of a name's sentence and its string reads, otherwise)
    pos, lemmas = labels(doc, "POS"), lowered_lemmas(doc)
    out = {"bias", f"kind={actor.kind}", f"country={'yes' if actor.country else 'no'}"}
    if actor.kind != "person":
        out.update(f"name={w}" for w in actor.name.lower().split() if w.isalpha())
    for m in mentions:
        start, end = m.tokens
        if end <= start or end > len(toks):
            continue
        out.add(f"mention={m.kind}")
        if m.kind == "pronoun":
            continue
        root = span_root(doc, start, end)
        out.add(f"head={root.lemma_.lower()}")
        for i in range(start, end):
            if pos[i] in ("NOUN", "ADJ") and i != root.i:
                out.add(f"word={low[i]}")
        for child in root.children:
            if (child.i < start or child.i >= end) and child.dep_ in _MODIFIERS and child.pos_ != "PROPN":
                out.add(f"mod={child.lemma_.lower()}")
                _body_words(child, out)
        _body_words(root, out)
        if m.kind == "name":
            sent = toks[start].sent
            out.update(f"ctx={lemmas[i]}" for i in range(sent.start, sent.end)
                       if pos[i] == "NOUN" and not start <= i < end)
        head = root.head
        if root.dep_ == "appos" and head.pos_ == "NOUN":
            out.add(f"mod={head.lemma_.lower()}")
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            out.add(f"of={head.head.lemma_.lower()}")
        elif root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            out.add(f"verb={head.lemma_.lower()}")
    return sorted(out)


def _body_words(noun, out: set[str]) -> None:
    """The words of the body an "of", "at" or "for" phrase on ``noun`` names ("director of the Roe
    Observatory": observatory), as ``body=`` features."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "with"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out.add(f"body={pobj.lemma_.lower()}")
                    out.update(f"body={c.lemma_.lower()}" for c in pobj.children if c.dep_ in ("compound", "amod"))


def predict(model: SoftmaxModel, names: list[str]) -> str | None:
    """The sector the model names (None for none): its most probable class, where that is a sector and
    its probability reaches the model's threshold for that class (its one threshold where it has none)."""
    probs = model.vector(names)
    k = int(probs.argmax())
    label = model.classes[k]
    return None if label == NONE or probs[k] < model.class_threshold(label) else label


def fill_sectors(table: ActorTable, doc, *, model: SoftmaxModel | None = None,
                 collect: list | None = None) -> None:
    """Give the actors of ``table`` that have no sector (and are no state) the sector ``model`` names,
    with the code that follows; with ``collect`` a list, append (actor, features) for each instead and
    change nothing (for training): then for every actor that is no state, the rules' sector or none."""
    if model is None and collect is None:
        return
    # collecting, the actors the rules code are collected too (more training rows; ``a.sector`` tells them)
    todo = [a for a in table.actors if (a.sector is None or collect is not None) and a.kind != "country"]
    if not todo:
        return
    by_actor: dict[str, list] = {a.id: [] for a in todo}
    for m in table.mentions:
        found = by_actor.get(m.actor)
        if found is not None:
            found.append(m)
    for a in todo:
        names = features(a, by_actor[a.id], doc)
        if collect is not None:
            collect.append((a, names))
            continue
        assert model is not None
        sector = predict(model, names)
        if sector is not None:
            a.sector = sector
            if a.code in (None, a.country):  # a code of its own (an IGO's, a body's) stays
                a.code = code_of(a.country, sector)
