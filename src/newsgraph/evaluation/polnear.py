"""Quote attribution scored on PolNeAR (Newell, Margolin and Ruths, LREC 2018).

Layout read (BRAT standoff): ``DIR/<split>/text/<name>.txt`` and
``DIR/<split>/attributions/<name>_<annotator>.ann``, where ``T`` lines are spans typed Source, Cue,
Content, Attribution (fragments ``start end;start end``) and ``E`` lines link
``Attribution:Tn Content:Tn Cue:Tn Source:Tn``. A text annotated by several annotators is scored
against the first annotation file in name order. Every linked Content span is a gold quote (direct or
indirect, as PolNeAR annotates both); its Source spans are the gold speaker.

Scoring, identical for newsgraph and the textacy baseline:

* Predicted quotes nested wholly inside another predicted quote (a partial quote inside the indirect
  clause that carries it) are folded into the outer one: PolNeAR annotates the outermost content.
* Overlap rule: a predicted quote matches a gold content span when the characters they share (summed
  over the gold fragments) are at least half the length of the shorter of the two. Matching is
  one-to-one, greedy by shared characters, largest first.
* A gold quote in several fragments (`"A," she said, "B."` is one content span in two pieces) may
  absorb one further prediction per unused fragment (the same half-of-the-shorter rule against the
  fragment): such predictions count as correct for precision, the gold quote once for recall.
* Precision = correct predictions / predicted, recall = matched gold / gold, F1 their harmonic mean.
* Speaker, on matched quotes whose gold attribution has a Source: correct when the predicted speaker
  is an actor and one of its places in the text overlaps a gold Source span: a mention of that actor
  in the ActorTable (so a coreferent mention elsewhere counts when the source phrase is a mention of
  the same actor) or the phrase the extractor attributed the quote to (a pronoun it resolved).
  ``speaker_accuracy`` divides by the matched quotes given a speaker; ``speaker_accuracy_all`` by all
  matched quotes with a gold source (a quote left without a speaker counts as wrong there).
  ``source_phrase_accuracy``: the phrase taken as speaker overlaps the gold Source, whatever actor it
  resolved to (for anonymous sources such as "a spokesman", which are no actor).

The strict scorer (``report[system]["strict"]``, printed first), written to be at least as strict as
an independent scorer that reads only the output:

* Attribution P/R/F1 over every prediction, direct, indirect and partial alike: nothing is folded
  and there is no credit for extra fragments, so a partial quote inside the indirect clause that
  carries it, or the second half of a quote broken by "she said", is a false positive unless it
  matches a gold span of its own. The overlap rule and the one-to-one matching are the ones above.
* Speaker accuracy by name, on matched quotes whose gold Source is not a pronoun (``he``, ``they``,
  ``who`` ...: skipped, since their text names nobody): right when the system speaker's *name* (the
  actor's canonical name, not its mentions nor aliases; for a quote no actor speaks, the output's
  ``attributed_to``, the text's own words for a document or people it does not name; textacy's
  speaker words) shares a name word with the gold Source text, case-insensitively, stop words and
  title words ("Mr.", "Sen.", "president", "spokesman" ...) left out. A quote without a speaker is
  wrong, and so is a gold Source with no name word left ("the president", "a spokesman"), whatever
  the system says: no name can share a word with it. ``speaker_named`` is the same accuracy over the
  Sources that keep a name word; ``speaker_accuracy_actors`` counts an actor's name alone (the figure
  before the output had ``attributed_to``).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

__all__ = ["evaluate", "format_report", "load_split", "GoldDoc", "GoldQuote"]

_FRAGMENT = re.compile(r"(\d+) (\d+)")


@dataclass(slots=True)
class GoldQuote:
    content: list[tuple[int, int]]
    sources: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    quotes: list[GoldQuote]


def _read_ann(path: Path) -> list[GoldQuote]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    links: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            frags = [(int(a), int(b)) for a, b in _FRAGMENT.findall(offsets)]
            spans[parts[0]] = (kind, frags)
        elif parts[0].startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
            links.append(roles)
    quotes: list[GoldQuote] = []
    for roles in links:
        content = [f for ref in roles.get("Content", []) if ref in spans for f in spans[ref][1]]
        if not content:
            continue
        sources = [f for ref in roles.get("Source", []) if ref in spans for f in spans[ref][1]]
        cues = [f for ref in roles.get("Cue", []) if ref in spans for f in spans[ref][1]]
        quotes.append(GoldQuote(sorted(content), sources, cues))
    return quotes


def load_split(directory: str | Path, split: str = "dev", *, limit: int | None = None) -> list[GoldDoc]:
    """The gold documents of one PolNeAR compartment (``train``, ``dev``, ``test``)."""
    root = Path(directory)
    text_dir = root / split / "text"
    ann_dir = root / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvaluationError(f"not a PolNeAR folder: {root} has no {split}/text and {split}/attributions "
                              "(expected the layout of data/quotes/polnear)")
    docs: list[GoldDoc] = []
    for txt in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(txt.stem + "_*.ann"))
        anns = [a for a in anns if re.fullmatch(re.escape(txt.stem) + r"_[0-9a-z]+", a.stem)]
        if not anns:
            continue
        docs.append(GoldDoc(txt.stem, txt.read_text(encoding="utf-8"), _read_ann(anns[0])))
        if limit is not None and len(docs) >= limit:
            break
    if not docs:
        raise EvaluationError(f"no annotated texts in {text_dir}")
    return docs


# -- scoring ------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Pred:
    span: tuple[int, int]
    speaker: str | None
    speaker_span: tuple[int, int] | None
    name: str | None = None  # the speaker as the output gives it: the actor's name, else `attributed_to`; textacy's words
    continues: tuple[int, int] | None = None  # the output's `continues`: the span of the piece before
    parts: list[tuple[int, int]] = field(default_factory=list)  # the pieces, once joined (else [span])
    words: str | None = None  # the output's `speaker_text`: the speaker as the text names them
    actor: bool = True  # the name is an actor's (False: the output's `attributed_to`, no actor speaks)
    cue: str | None = None  # the output's `cue`
    attitude: str = "statement"  # the output's `attitude`: statement, question, request, belief, finding or intention

    def pieces(self) -> list[tuple[int, int]]:
        return self.parts or [self.span]


def join_pieces(preds: list[_Pred]) -> list[_Pred]:
    """One prediction per statement: a piece whose ``continues`` names another prediction's span is
    added to that one's statement (`"A," she said, "B."` -> one attribution in two pieces), which
    keeps the first piece's speaker. A ``continues`` naming no prediction leaves the piece alone."""
    by_span: dict[tuple[int, int], _Pred] = {}
    heads: dict[int, _Pred] = {}
    out: list[_Pred] = []
    for p in sorted(preds, key=lambda p: p.span):
        head = heads.get(id(by_span[p.continues])) if p.continues in by_span else None
        by_span.setdefault(p.span, p)
        if head is None:
            head = _Pred(p.span, p.speaker, p.speaker_span, p.name, None, [p.span], p.words, p.actor, p.cue,
                         p.attitude)
            out.append(head)
        else:
            head.parts.append(p.span)
            head.span = (head.span[0], max(head.span[1], p.span[1]))
        heads[id(p)] = head
    return out


# words that name nobody: a gold Source made only of these is a pronoun and is skipped
_PRONOUNS = frozenset("""
he she they it i we you him her them his hers their theirs its who whom whose which that this these
those me us my our ours your yours himself herself themselves itself one someone
""".split())
# honorifics, offices and positions: they say what someone is, not who ("Mr.", "Sen.", "spokesman")
TITLE_WORDS = frozenset("""
mr mrs ms miss dr sir lord lady madam dame president presidents presidential vice sen senator senators
rep reps representative representatives congressman congresswoman congressmen gov governor governors
secretary secretaries minister ministers prime premier chancellor chairman chairwoman chair chairs
speaker leader leaders majority minority whip spokesman spokeswoman spokesperson spokesmen spokespeople
press official officials aide aides adviser advisers advisor advisors director directors chief
executive ceo attorney general judge judges justice justices mayor candidate candidates nominee
nominees gen lt col adm sgt ambassador envoy commissioner king queen prince pope sheriff deputy
assistant staff staffer staffers manager head former ex then incumbent elect designate presumptive
senior top acting current u s jr sr
""".split())
_WORD = re.compile(r"[^\W_]+")


def name_words(text: str) -> set[str]:
    """The words of ``text`` that can name someone: lower-cased, stop words and title words left out."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in _WORD.findall(text.lower().replace("\u2019s", "").replace("'s", ""))
            if w not in STOP_WORDS and w not in TITLE_WORDS}


def is_pronoun(text: str) -> bool:
    """A Source made only of pronouns ("he", "she", "who", "they"): it names nobody."""
    words = _WORD.findall(text.lower())
    return bool(words) and all(w in _PRONOUNS for w in words)


def _shared(span: tuple[int, int], frags: list[tuple[int, int]]) -> int:
    return sum(max(0, min(span[1], b) - max(span[0], a)) for a, b in frags)


def _shared_parts(parts: list[tuple[int, int]], frags: list[tuple[int, int]]) -> int:
    return sum(_shared(part, frags) for part in parts)


def _fold(preds: list[_Pred]) -> list[_Pred]:
    out = []
    for p in preds:
        inside = any(q is not p and q.span[0] <= p.span[0] and p.span[1] <= q.span[1]
                     and (q.span != p.span or id(q) < id(p)) for q in preds)
        if not inside:
            out.append(p)
    return out


def _match(preds: list[_Pred], gold: list[GoldQuote]) -> list[tuple[_Pred, GoldQuote]]:
    pairs = []
    for pi, p in enumerate(preds):
        parts = p.pieces()
        plen = sum(b - a for a, b in parts)
        for gi, g in enumerate(gold):
            shared = _shared_parts(parts, g.content)
            glen = sum(b - a for a, b in g.content)
            if shared > 0 and shared >= 0.5 * min(plen, glen):
                pairs.append((shared, pi, gi))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, pi, gi in pairs:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        out.append((preds[pi], gold[gi]))
    return out


def _fragment_matches(preds: list[_Pred], pairs: list[tuple[_Pred, GoldQuote]]) -> int:
    """Unmatched predictions that match an unused fragment of a matched multi-fragment gold quote."""
    used = {id(p) for p, _ in pairs}
    free: list[tuple[int, int]] = []
    for p, g in pairs:
        if len(g.content) > 1:
            free.extend(f for f in g.content if _shared(p.span, [f]) == 0)
    n = 0
    for p in preds:
        if id(p) in used:
            continue
        plen = p.span[1] - p.span[0]
        for f in free:
            shared = _shared(p.span, [f])
            if shared > 0 and shared >= 0.5 * min(plen, f[1] - f[0]):
                free.remove(f)
                n += 1
                break
    return n


class _Strict:
    """The strict scorer: every prediction counts, speakers by the words of their names."""

    def __init__(self) -> None:
        self.predicted = self.gold = self.matched = 0
        self.named = self.generic = self.pronoun = self.no_source = 0
        self.speaker_ok = self.named_ok = self.no_speaker = 0
        self.words_ok = 0  # right by the actor's name, or by the speaker's words where there is no actor
        self.actor_ok = self.no_actor = 0  # right by an actor's name alone (`attributed_to` not read)
        self.pieces = self.pieces_matched = 0  # every piece a prediction of its own, nothing joined
        self.mismatches: list[dict[str, Any]] = []

    def add(self, preds: list[_Pred], gold: list[GoldQuote], text: str, name: str = "") -> None:
        self.pieces += len(preds)
        self.pieces_matched += len(_match(preds, gold))
        preds = join_pieces(preds)
        self.predicted += len(preds)
        self.gold += len(gold)
        pairs = _match(preds, gold)
        matched_p = {id(p) for p, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        for g in gold:
            if id(g) not in matched_g:
                self.mismatches.append({
                    "doc": name, "error": "missed", "content": [list(f) for f in g.content],
                    "text": " ... ".join(text[a:b] for a, b in g.content),
                    "cue": " ".join(text[a:b] for a, b in g.cue), "source": " ".join(text[a:b] for a, b in g.sources),
                    "overlapping": [list(p.span) for p in preds if _shared_parts(p.pieces(), g.content) > 0]})
        for p in preds:
            if id(p) not in matched_p:
                self.mismatches.append({
                    "doc": name, "error": "spurious", "content": list(p.span), "pieces": [list(x) for x in p.pieces()],
                    "text": " ... ".join(text[a:b] for a, b in p.pieces()), "speaker": p.name,
                    "cue": p.cue, "attitude": p.attitude, "overlapping": [[list(f) for f in g.content] for g in gold
                                    if _shared_parts(p.pieces(), g.content) > 0]})
        for p, g in pairs:
            self.matched += 1
            if not g.sources:
                self.no_source += 1
                continue
            source = " ".join(text[a:b] for a, b in g.sources)
            if is_pronoun(source):
                self.pronoun += 1
                continue
            gwords = name_words(source)
            if gwords:
                self.named += 1
            else:
                self.generic += 1
            ok = bool(p.name) and bool(gwords & name_words(p.name or ""))
            self.no_speaker += not p.name
            self.no_actor += not (p.name and p.actor)
            self.speaker_ok += ok
            self.actor_ok += ok and p.actor
            self.words_ok += ok or (not p.name and bool(gwords & name_words(p.words or "")))
            self.named_ok += ok and bool(gwords)
            if not ok:
                self.mismatches.append({
                    "doc": name, "error": "speaker", "content": list(p.span), "source": source, "source_span": list(g.sources[0]),
                    "speaker": p.name, "speaker_text": p.words,
                    "speaker_span": list(p.speaker_span) if p.speaker_span else None,
                    # a Source with no name word is wrong whatever the output says: it is named so
                    # before "no speaker", or the errors file hides it among the quotes that lack one
                    "why": "generic source" if not gwords else ("no speaker" if not p.name else "other name")})

    def result(self) -> dict[str, Any]:
        prec = self.matched / self.predicted if self.predicted else 0.0
        rec = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        pprec = self.pieces_matched / self.pieces if self.pieces else 0.0
        prec_rec = self.pieces_matched / self.gold if self.gold else 0.0
        pf1 = 2 * pprec * prec_rec / (pprec + prec_rec) if pprec + prec_rec else 0.0
        scored = self.named + self.generic
        return {
            "predicted": self.predicted, "gold": self.gold, "matched": self.matched,
            "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
            "pieces": self.pieces, "pieces_joined": self.pieces - self.predicted,
            "f1_unjoined": round(pf1, 4),
            "speaker_scored": scored, "skipped_pronoun_sources": self.pronoun,
            "generic_sources": self.generic, "without_speaker": self.no_speaker,
            "speaker_accuracy": round(self.speaker_ok / scored, 4) if scored else 0.0,
            "speaker_accuracy_words": round(self.words_ok / scored, 4) if scored else 0.0,
            "speaker_accuracy_actors": round(self.actor_ok / scored, 4) if scored else 0.0,
            "without_actor": self.no_actor,
            "speaker_named": round(self.named_ok / self.named, 4) if self.named else 0.0,
        }


class _Tally:
    def __init__(self) -> None:
        self.predicted = self.gold = self.matched = self.extra = 0
        self.with_source = self.with_speaker = self.speaker_ok = self.phrase_ok = 0
        self.seconds = 0.0
        self.errors: list[str] = []
        self.strict = _Strict()

    def add(self, preds: list[_Pred], gold: list[GoldQuote], mentions: dict[str, list[tuple[int, int]]],
            text: str = "", name: str = "") -> None:
        self.strict.add(preds, gold, text, name)
        preds = _fold(preds)
        self.predicted += len(preds)
        self.gold += len(gold)
        pairs = _match(preds, gold)
        self.extra += _fragment_matches(preds, pairs)
        for p, g in pairs:
            self.matched += 1
            if not g.sources:
                continue
            self.with_source += 1
            phrase = bool(p.speaker_span) and _shared(p.speaker_span, g.sources) > 0  # type: ignore[arg-type]
            self.phrase_ok += phrase
            if p.speaker is None:
                continue
            self.with_speaker += 1
            places = list(mentions.get(p.speaker, []))
            if p.speaker_span:
                places.append(p.speaker_span)
            if any(_shared(s, g.sources) > 0 for s in places):
                self.speaker_ok += 1

    def result(self) -> dict[str, Any]:
        prec = (self.matched + self.extra) / self.predicted if self.predicted else 0.0
        rec = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {
            "predicted": self.predicted, "gold": self.gold, "matched": self.matched,
            "fragment_matches": self.extra,
            "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
            "matched_with_source": self.with_source, "matched_with_speaker": self.with_speaker,
            "speaker_accuracy": round(self.speaker_ok / self.with_speaker, 4) if self.with_speaker else 0.0,
            "speaker_accuracy_all": round(self.speaker_ok / self.with_source, 4) if self.with_source else 0.0,
            "source_phrase_accuracy": round(self.phrase_ok / self.with_source, 4) if self.with_source else 0.0,
            "seconds": round(self.seconds, 2),
            "errors": self.errors[:10],
            "strict": self.strict.result(),
        }


def _textacy_preds(doc: Any, table: Any) -> list[_Pred]:
    from textacy.extract.triples import direct_quotations

    preds = []
    for triple in direct_quotations(doc):
        content = triple.content
        speaker_toks = list(triple.speaker)
        actor = None
        sspan = None
        if speaker_toks:
            ids = [table.at_token(t.i) for t in speaker_toks if table.at_token(t.i)]
            actor = ids[0] if ids else None
            first, last = min(speaker_toks, key=lambda t: t.i), max(speaker_toks, key=lambda t: t.i)
            sspan = (first.idx, last.idx + len(last.text))
        words = " ".join(t.text for t in sorted(speaker_toks, key=lambda t: t.i)) or None
        preds.append(_Pred((content.start_char, content.end_char), actor, sspan, words))
    return preds


def evaluate(directory: str | Path, *, model: str | None = None, split: str = "dev", baseline: bool = True,
             limit: int | None = None, errors: str | Path | None = None) -> dict[str, Any]:
    """Score newsgraph's quotes (and textacy's direct quotations, with ``baseline``) on PolNeAR.

    ``errors``: a JSON Lines file to write newsgraph's mismatches under the strict scorer to, one
    object a line with its ``error``: ``missed`` (a gold attribution no prediction matched: its
    content fragments, cue and source), ``spurious`` (a prediction that matched no gold attribution)
    or ``speaker`` (a matched attribution whose speaker is wrong by name, with ``why``: ``generic
    source``, a Source with no name word, which no speaker can match; else ``no speaker`` or ``other
    name``). Never for the test compartment: its errors are not to be read."""
    if errors is not None and split == "test":
        raise EvaluationError("--errors is not written for the test split: tune on train and dev only")
    from .. import actors as _actors
    from ..nlp import load_model
    from ..quotes import find_quotes

    docs = load_split(directory, split, limit=limit)
    nlp = load_model(model)
    # PolNeAR annotates questions, requests, beliefs, findings and intentions as attributions, so every
    # quote is scored; `stated` scores the statements alone, what the corpus guidelines call quotes
    ours, peer, stated = _Tally(), _Tally(), _Tally()
    textacy_error: str | None = None
    if baseline:
        try:
            import textacy.extract.triples  # noqa: F401
        except Exception as exc:  # not installed, or not importable with this spaCy
            textacy_error = f"textacy unavailable: {exc}"
    start = time.perf_counter()
    parsed = list(nlp.pipe(d.text for d in docs))
    parse_seconds = time.perf_counter() - start
    for gold, doc in zip(docs, parsed):
        table = _actors.resolve(doc, text=gold.text)
        tick = time.perf_counter()
        found = find_quotes(doc, table)  # may add the speakers the actors stage missed to the table
        ours.seconds += time.perf_counter() - tick
        mentions: dict[str, list[tuple[int, int]]] = {}
        for m in table.mentions:
            mentions.setdefault(m.actor, []).append(tuple(m.span))  # type: ignore[arg-type]
        names = {a.id: a.name for a in table.actors}
        preds = [_Pred(f.quote.span, f.quote.speaker, f.speaker_span,
                       names.get(f.quote.speaker or "") or f.quote.attributed_to, f.quote.continues,
                       words=f.quote.speaker_text, actor=f.quote.speaker in names, cue=f.quote.cue,
                       attitude=f.quote.attitude) for f in found]
        ours.add(preds, gold.quotes, mentions, gold.text, gold.name)
        stated.add([p for p in preds if p.attitude == "statement"], gold.quotes, mentions, gold.text, gold.name)
        if baseline and textacy_error is None:
            tick = time.perf_counter()
            try:
                preds = _textacy_preds(doc, table)
            except Exception as exc:  # one bad document must not sink the baseline
                peer.errors.append(f"{gold.name}: {type(exc).__name__}: {exc}")
                preds = []
            peer.seconds += time.perf_counter() - tick
            peer.add(preds, gold.quotes, mentions, gold.text, gold.name)
    report: dict[str, Any] = {
        "corpus": "PolNeAR", "split": split, "directory": str(directory), "documents": len(docs),
        "gold_quotes": sum(len(d.quotes) for d in docs), "model": model or "default",
        "parse_seconds": round(parse_seconds, 2),
        "newsgraph": ours.result(),
        "newsgraph_statements": stated.result()["strict"],
    }
    if baseline:
        report["textacy"] = {"error": textacy_error} if textacy_error else peer.result()
        if not textacy_error:
            report["f1_margin"] = round(report["newsgraph"]["f1"] - report["textacy"]["f1"], 4)
    if errors is not None:
        import json

        with open(errors, "w", encoding="utf-8") as fh:
            for row in ours.strict.mismatches:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return report


def format_report(report: dict[str, Any]) -> str:
    """The report as two small plain-text tables: the strict scorer, then the overlap scorer."""
    lines = [f"PolNeAR {report['split']}: {report['documents']} documents, {report['gold_quotes']} gold quotes",
             "strict (every prediction; speaker right when its name shares a name word with the gold source):",
             f"{'system':<10} " + " ".join(f"{c:>12}" for c in ("pred", "matched", "P", "R", "F1", "spk_scored",
                                                              "spk_acc", "spk_named", "no_speaker"))]
    strict_cols = ("predicted", "matched", "precision", "recall", "f1", "speaker_scored", "speaker_accuracy",
                   "speaker_named", "without_speaker")
    for name in ("newsgraph", "textacy"):
        row = (report.get(name) or {}).get("strict")
        if row is None:
            continue
        cells = [f"{row[c]:>12.3f}" if isinstance(row[c], float) else f"{row[c]:>12}" for c in strict_cols]
        lines.append(f"{name:<10} " + " ".join(cells))
    lines.append("overlap (nested predictions folded; speaker right when one of its mentions overlaps the source):")
    cols = ("predicted", "matched", "precision", "recall", "f1", "speaker_accuracy", "speaker_accuracy_all",
            "source_phrase_accuracy")
    lines.append(f"{'system':<10} " + " ".join(f"{c:>12}" for c in ("pred", "matched", "P", "R", "F1",
                                                                      "spk_acc", "spk_acc_all", "src_phrase")))
    for name in ("newsgraph", "textacy"):
        row = report.get(name)
        if row is None:
            continue
        if "error" in row and len(row) == 1:
            lines.append(f"{name:<10} {row['error']}")
            continue
        cells = []
        for c in cols:
            v = row[c]
            cells.append(f"{v:>12.3f}" if isinstance(v, float) else f"{v:>12}")
        lines.append(f"{name:<10} " + " ".join(cells))
    strict = (report.get("newsgraph") or {}).get("strict") or {}
    if "speaker_accuracy_actors" in strict:
        lines.append(f"newsgraph: speaker accuracy {strict['speaker_accuracy_actors']:.3f} when only an actor's name "
                     f"counts (`attributed_to` not read; {strict['without_actor']} quotes without an actor)")
    if "speaker_accuracy_words" in strict:
        lines.append(f"newsgraph: speaker accuracy {strict['speaker_accuracy_words']:.3f} when a quote without an actor "
                     "as speaker is judged by its `speaker_text` (the speaker as the text names it)")
    if strict.get("pieces_joined"):
        lines.append(f"newsgraph: {strict['pieces_joined']} of {strict['pieces']} quotes continue the one before "
                     f"(`continues`) and are scored with it; every piece on its own: strict F1 "
                     f"{strict['f1_unjoined']:.3f}")
    alone = report.get("newsgraph_statements")
    if alone:
        lines.append("newsgraph: statements alone (questions, requests, beliefs, findings and intentions left out, as the "
                     f"corpus counts): "
                     f"strict P {alone['precision']:.3f} R {alone['recall']:.3f} F1 {alone['f1']:.3f}, "
                     f"speaker {alone['speaker_accuracy']:.3f} ({alone['predicted']} predicted)")
    if "f1_margin" in report:
        lines.append(f"F1 margin over textacy: {report['f1_margin'] * 100:+.1f} points")
    return "\n".join(lines)
