"""The learned decision on each rule-proposed event: is it a political event of the proposed type?

The rules (lexicon + parse) propose candidates; a logistic model trained on the annotated corpus's
train split (``scripts/train_events.py``) scores each one from features of its trigger, its clause,
its arguments and its sentence. A candidate whose probability is under the model's threshold (chosen
on the dev split) is dropped; the others carry the probability as ``confidence``.

Beside the names of binary features it reads a dense row: the parser's vector of the trigger word and
the mean vector of its sentence (``dense_row``); and the sentence coder's probability that the sentence
tells an event of the candidate's type (``sentence_features``), computed once per sentence before the
decisions.

The model is a JSON file of feature weights (``data/events/decider.json``, see ``newsgraph._linear``).
"""

from __future__ import annotations

from typing import Any

from .._linear import LinearModel, bucket, load_model_file
from ..nlp import lowers, span_text, tokens
from ..records import ActorTable, Event
from ._cameo import evidence as cameo_evidence
from ._coding import ACTOR_ENTS as _ACTOR_ENTS
from ._coding import CODING
from ._coding import MISHAP as _MISHAP
from ._coding import PRESS as _PRESS
from ._lexicon import lowered_lemmas

__all__ = ["Decider", "Story", "bare_features", "cameo_features", "decider", "dense_row", "features", "in_quotation", "planned",
           "sentence_features", "words_of", "MODEL_FILE"]

MODEL_FILE = "decider.json"

# Words of page furniture and credits: a sentence that has them is rarely where an event is told.
_FURNITURE = frozenset({"sign", "newsletter", "newsletters", "privacy", "policy", "getty", "images", "photo",
                        "caption", "reprint", "copyright", "click", "subscribe", "advertisement", "read",
                        "slideshow", "video", "watch", "share", "email", "follow", "twitter", "facebook",
                        "reuters", "ap", "afp", "file", "hide", "previous", "next", "continued", "story"})
_QUOTES = frozenset('"\u201c\u201d')
_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "can", "must", "shall"})
_ATTACK_NOUN = CODING.words["attack_noun"]
_CASUALTY = CODING.words["casualty"]
# Heads of a purpose ("in order to", "aimed at", "designed to"): what they govern is an end sought.
_PURPOSE = frozenset({"order", "aim", "design", "intend", "mean", "bid", "effort", "attempt"})
# Words of a plan ("plans to", "the plan to", "intends to", "is preparing to"): the act their infinitive
# tells is planned, and the guidelines code a planned act (modality future), though the sentence coder,
# reading the sentence whole, often sees no act in it. A promise ("vows to") is not one: the guidelines
# code the promise, not the act promised.
_PLAN = frozenset({"plan", "intend", "intention", "prepare", "plot"})


class Story:
    """What the candidates of a document's earlier sentences were: for each type, the lemmas of their
    triggers and their actors. One fact is coded once (corpus guidelines 2.2), at its most informative
    mention; a later candidate of a type and trigger already told is most often the same fact told
    again (a headline and its lede, a recap), and one in a story of a type never told before is new."""

    __slots__ = ("lemmas", "actors")

    def __init__(self) -> None:
        self.lemmas: dict[str, set[str]] = {}
        self.actors: dict[str, set[str]] = {}

    def add(self, etype: str, lem: str, actors: list[str]) -> None:
        self.lemmas.setdefault(etype, set()).add(lem)
        self.actors.setdefault(etype, set()).update(actors)

    def features(self, etype: str, lem: str, actors: list[str]) -> list[str]:
        told = "lemma" if lem in self.lemmas.get(etype, ()) else "type" if etype in self.lemmas else "new"
        out = [f"told={told}", f"type_told={etype}|{told}"]
        if actors and not set(actors).isdisjoint(self.actors.get(etype, ())):
            out.append(f"told_actor={told}")
        return out


def features(event: Event, tok: Any, sent: Any, sent_no: int, table: ActorTable,
             reading: Any = None, content: Any = None, others: dict[int, str] | None = None,
             story: Story | None = None, same: tuple[int, int] = (0, 0)) -> list[str]:
    """The names of the features that hold for one candidate (binary features). ``reading`` is the
    trigger proposer's ``Proposal`` for the trigger word when the proposer, not the lexicon, made it a
    trigger; ``content`` is its reading of the word of the event an announcement announces
    ("decided to withdraw": withdraw), for an announcement. ``others`` maps the token index of every
    candidate trigger of the sentence to its type: where one candidate's trigger governs another's
    ("agreed to resign", "must hand over"), the guidelines and PLOVER code the governing act, and the
    governed one only when it is told as done. ``story`` holds the candidates of the document's earlier
    sentences; ``same`` counts the sentence's other candidates of the same type before and after this
    one (one fact told by two words of one sentence is one event)."""
    lem = tok.lemma_.lower()
    etype = event.event
    out = [
        "bias",
        f"type={etype}",
        f"lemma={lem}",
        f"type_lemma={etype}|{lem}",
        f"mode={etype}|{event.mode}",
        f"modality={event.modality}",
        f"type_modality={etype}|{event.modality}",
        f"pos={tok.pos_}",
        f"dep={tok.dep_}",
        f"tag={tok.tag_}",
        f"lemma_dep={lem}|{tok.dep_}",
        f"n_actor={min(len(event.actor), 2)}",
        f"n_recipient={min(len(event.recipient), 2)}",
        f"type_args={etype}|{bool(event.actor)}|{bool(event.recipient)}",
        f"sent_no={bucket(sent_no, (0, 1, 3, 8, 20))}",
        f"sent_len={bucket(len(sent), (6, 12, 25, 45))}",
        f"date_source={event.date['source'] if event.date else None}",
        # the rules' own ranking: lowered for an announced act's content, a nested event, a noun,
        # a missing actor
        f"rule_conf={round(event.confidence * 20) / 20:.2f}",
    ]
    if event.negated:
        out.append("negated")
    if reading is not None:
        # the proposer's reading weighs the triggers it made; the lexicon's are judged on their own
        # evidence (its reading of a lexicon noun such as "resignation", often a repeated mention in
        # the corpus, would veto the first telling too)
        p = reading.prob(etype)
        out.append(f"prop_p={bucket(int(p * 10), (0, 1, 2, 3, 5, 7))}")
        out.append(f"proposed={etype}")
    if tok.pos_ == "VERB":
        out.extend(cameo_features(tok, etype))
    if content is not None:
        out.append(f"content_p={bucket(int(content.p * 10), (0, 1, 2, 3, 5, 7))}")
        out.append(f"type_content={etype}|{content.type}")
    if tok.head.i != tok.i:
        out.append(f"head={tok.head.lemma_.lower()}")
        out.append(f"lemma_head={lem}|{tok.head.lemma_.lower()}")
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "attr", "nsubjpass"):
            out.append(f"obj={lem}|{c.lemma_.lower()}")
            out.append(f"objpos={c.pos_}")
        elif c.dep_ in ("prt", "prep", "agent"):
            out.append(f"prep={lem}|{c.lower_}")
        elif c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
            out.append(f"modal={c.lower_}")
    if tok.i > sent.start and tok.text[:1].isupper():
        out.append("capitalised")
    for role, ids in (("a", event.actor), ("r", event.recipient)):
        for actor_id in ids[:2]:
            actor = table.get(actor_id)
            if actor is not None:
                out.append(f"{role}kind={actor.kind}")
                out.append(f"{role}sector={actor.sector}")
                out.append(f"{role}country={'yes' if actor.country else 'no'}")
    words = words_of(sent)
    out.extend(_doer(tok, etype, set(lowered_lemmas(sent.doc)[sent.start:sent.end])))
    out.extend(_tree(tok, etype, sent, others or {}))
    out.extend(f"furniture={w}" for w in sorted(words & _FURNITURE))
    if not _QUOTES.isdisjoint(span_text(sent.doc, sent.start, sent.end)):  # a quotation mark in it
        out.append("quote_marks")
    if sent_no == 0:
        out.append(f"headline_type={etype}")
    if in_quotation(tok, sent):
        out.append("in_quotation")
    if story is not None:
        out.extend(story.features(etype, lem, event.actor))
    out.append(f"same_type={min(same[0], 2)}|{min(same[1], 2)}")
    return out


def cameo_features(tok: Any, etype: str) -> list[str]:
    """Whether the CAMEO pattern a verb's object or phrase matches ("broker a ceasefire", "ask for
    retrial", ``_cameo.evidence``) gives the candidate's own type or another one. The proposer reads the
    pattern's type as a feature of the word, but not whether it is the type the candidate was given; on
    train a verb whose pattern agrees with the proposer's type is an annotated event of that type more
    often than the proposer's probability says (docs/evaluation.md, "Session 33, recall33")."""
    pattern = cameo_evidence(tok)[1]
    if pattern is None:
        return []
    return ["cameo_pattern=agree" if pattern == etype else "cameo_pattern=other"]


def words_of(sent: Any) -> set[str]:
    """The sentence's lower-case words (the document's column, no Token read per word)."""
    return set(lowers(sent.doc)[sent.start:sent.end])


def _kind(n: Any) -> str:
    """What a participant word is: a named actor, a pronoun, a mishap, the press, or a thing."""
    if n.ent_type_ in _ACTOR_ENTS:
        return "actor"
    if n.pos_ == "PRON":
        return "pron"
    lem = n.lemma_.lower()
    if lem in _MISHAP:
        return "mishap"
    if lem in _PRESS:
        return "press"
    if any(c.dep_ == "compound" and c.ent_type_ in _ACTOR_ENTS for c in n.children):
        return "actor"
    return "thing"


def _doer(tok: Any, etype: str, lems: set[str]) -> list[str]:
    """Who or what does the trigger's act, and what frames it, with no word of its own: a doer that
    is a thing or a mishap ("the storm killed", "the plan demands") tells no act of an actor; a
    trigger with an "as" complement ("described X as Y") or under a purpose ("in order to", "aimed
    at") tells a judgement or an end, not an act; a sentence about a mishap rarely tells a political
    act of violence; a casualty in an attack or caused by one ("killed in the attack", "the strikes
    killed 12") is most often the toll of an attack its own word tells. ``lems`` are the sentence's
    lower-case lemmas."""
    out = []
    doer = None
    for c in tok.children:
        if c.dep_ == "nsubj":
            doer = tok.head if c.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else c
        elif c.dep_ == "agent":
            doer = next((p for p in c.children if p.dep_ == "pobj"), doer)
        elif c.dep_ in ("prep", "oprd") and (c.dep_ == "oprd" or c.lower_ == "as"):
            out.append(f"as_complement={etype}")
        elif c.dep_ == "prep" and c.lower_ in ("to", "with"):
            if any(p.dep_ == "pobj" and _kind(p) == "press" for p in c.children):
                out.append(f"to_press={etype}")
        elif c.dep_ == "prep" and c.lower_ in ("in", "during") and tok.lemma_.lower() in _CASUALTY:
            # "killed in the attack", "wounded during clashes": the toll of an attack its own word tells
            if any(p.dep_ == "pobj" and p.lemma_.lower() in _ATTACK_NOUN for p in c.children):
                out.append(f"toll={etype}")
    kind = _kind(doer) if doer is not None else "none"
    out.append(f"doer={kind}")
    out.append(f"type_doer={etype}|{kind}")
    if doer is not None and doer.lemma_.lower() in _ATTACK_NOUN:
        out.append(f"doer_attack={etype}")  # "the strikes killed 12": an attack's toll, told by its word
    up = tok
    for _ in range(3):
        if up.head.i == up.i:
            break
        up = up.head
        if up.lemma_.lower() in _PURPOSE:
            out.append(f"purpose={etype}")
            break
    if not lems.isdisjoint(_MISHAP):
        out.append(f"mishap_sent={etype}")
    out.extend(planned(tok, etype))
    return out


def planned(tok: Any, etype: str) -> list[str]:
    """``planned`` when the trigger is the infinitive of a word of a plan ("plans to strike", "the plan
    to strike", "is preparing to strike"): an act told as planned, which the guidelines code."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("xcomp", "acl") or head.lemma_.lower() not in _PLAN:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return []
    return ["planned", f"type_planned={etype}"]


# Determiners of a noun already known to the reader ("the attack", "that meeting"): a bare event noun
# with one is more often the topic of the sentence, an event told before, than a new one.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def bare_features(tok: Any, etype: str) -> list[str]:
    """What the decider reads of a bare event noun, one with no actor and no named target ("the talks
    stalled", "after the attack", "condemned the strikes"): that it is one, its place in the clause (the
    object of which preposition, an object, a subject), its determiner and the word that governs it. A
    topic noun ("the investigation was discussed") and a new event ("a meeting was held") differ by these,
    and the candidate's other features were learned on candidates with participants."""
    dep = tok.dep_ if tok.head.i != tok.i else "root"
    if dep == "pobj" and tok.head.dep_ in ("prep", "agent"):
        place, gov = f"pobj|{tok.head.lower_}", tok.head.head
    elif dep in ("dobj", "obj", "nsubj", "nsubjpass", "conj", "attr", "appos", "compound", "root"):
        place, gov = dep, tok.head
    else:
        place, gov = "other", tok.head
    first = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
    det = ("none" if first is None else "poss" if first.dep_ == "poss"
           else "definite" if first.lower_ in _DEFINITE else "indefinite")
    number = "plural" if tok.tag_ in ("NNS", "NNPS") else "singular"
    return ["bare", f"bare_type={etype}", f"bare_place={place}", f"bare_type_place={etype}|{place}",
            f"bare_det={det}", f"bare_number={number}", f"bare_gov={gov.lemma_.lower()}",
            f"bare_lemma={tok.lemma_.lower()}"]


def in_quotation(tok: Any, sent: Any) -> bool:
    """The trigger stands inside a quotation: an odd number of quotation-mark tokens before it in its
    sentence ``sent`` (a speaker's words, where judgements and intentions are told more often than
    acts). The decider and the modality model (``_modal``) both read it."""
    return sum(1 for t in tokens(tok.doc)[sent.start:tok.i] if t.text in _QUOTES) % 2 == 1


def sentence_features(etype: str, probs: dict[str, float] | None) -> list[str]:
    """What the sentence coder (``_sentence``), reading the sentence whole, makes of the candidate's type:
    its probability that the sentence tells an event of that type, and whether that type is its best.
    The training script gives the decider these from sentence models that did not see the candidate's
    article (five folds by article), so their weight is what they are worth on unseen text."""
    if not probs:
        return []
    p = probs.get(etype, 0.0)
    top = max(probs, key=lambda t: probs[t])
    return [f"sent_p={bucket(int(p * 10), (0, 1, 2, 3, 5, 7))}",
            f"type_sent_p={etype}|{bucket(int(p * 10), (0, 1, 3, 5))}",
            f"sent_top_is_type={top == etype}"]


def dense_row(tok: Any, sentence_row: Any) -> Any:
    """The parser's vector of the trigger word beside the mean over its sentence (``_sentence.dense_row``),
    or None when the document has no vectors."""
    if sentence_row is None:
        return None
    import numpy as np

    return np.concatenate([tok.doc.tensor[tok.i], sentence_row])


def _tree(tok: Any, etype: str, sent: Any, others: dict[int, str]) -> list[str]:
    """Where the trigger sits in its sentence's tree, and among the other candidates' triggers."""
    out = []
    depth, anc = 0, tok
    under = None
    while anc.head.i != anc.i and anc.i >= sent.start and depth < 12:
        anc = anc.head
        depth += 1
        if under is None and anc.i in others and anc.i != tok.i:
            under = anc
    out.append(f"depth={bucket(depth, (0, 1, 2, 4))}")
    if under is not None:
        out.append(f"under={others[under.i]}")
        out.append(f"under_pair={others[under.i]}|{etype}")
        out.append(f"under_lemma={under.lemma_.lower()}")
    if any(o != tok.i and tok.is_ancestor(sent.doc[o]) for o in others):
        out.append(f"over={etype}")
    out.append(f"n_cands={bucket(len(others), (1, 2, 3, 5))}")
    return out


Decider = LinearModel


def decider() -> LinearModel | None:
    """The shipped model, or None when the package has none (the rules then decide alone)."""
    return load_model_file("events", MODEL_FILE)
