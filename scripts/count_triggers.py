"""Count, on the corpus's train split, how often each word is an annotated event trigger, and print the
lexicon lines the counting rule chooses.

For every verb and noun lemma of the train articles (as the pipeline parses them) the script counts its
uses, the uses that head an annotated trigger of each PLOVER type (a repeated telling, the annotation's
``also`` places, counts as a use of the trigger's lemma there), and the articles with such a trigger.
A lemma with no lexicon entry of its kind becomes an entry of type T when

- it heads a gold trigger of T in at least ``--articles`` train articles (k), and
- at least ``--share`` of its train uses head a gold trigger of T (p),

unless it is a light verb (its event noun is the event: "filed a complaint"), a reporting verb (its
complement is the event) or a verb of volition (its complement is hypothetical, not announced: "hoped
to", "wants"). The lines are printed with their counts, for the block of
``data/events/lexicon.txt`` that this script writes (``--write``). Only the train split is read: the
dev split checks the result, the test split is the lead's.

    python scripts/count_triggers.py                # the table of the top lemmas and the chosen lines
    python scripts/count_triggers.py --write        # rewrite the counted block of lexicon.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.corpus import load_corpus  # noqa: E402
from newsgraph.corpus._articles import load_articles  # noqa: E402
from newsgraph.events._lexicon import Lexicon, _parse, lemma  # noqa: E402
from newsgraph.events._propose import ROOT_CAMEO  # noqa: E402

LEXICON = ROOT / "src" / "newsgraph" / "data" / "events" / "lexicon.txt"
BEGIN = "# --- counted on train (scripts/count_triggers.py"
END = "# --- end of the counted entries ---"
KINDS = {"VERB": "V", "NOUN": "N"}
_BLOCK = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END) + r"\n", re.S)


def written_lexicon() -> Lexicon:
    """The lexicon without the counted block: the rule asks what the written entries miss, so a second
    run chooses the same lines as the first."""
    return _parse(_BLOCK.sub("", LEXICON.read_text(encoding="utf-8")))


def count(extractor, corpus) -> tuple[Counter, Counter, dict]:
    """(uses per (kind, lemma), gold trigger heads per (kind, lemma, type), train articles per
    (kind, lemma, type))."""
    ids = [i for i in corpus.ids("train") if not corpus.annotations[i].get("skip")]
    arts = load_articles(None, set(ids))
    uses: Counter = Counter()
    gold: Counter = Counter()
    articles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for i, doc in zip(ids, extractor.parse(arts[i]["text"] for i in ids), strict=True):
        heads: dict[int, str] = {}
        for g in corpus.annotations[i]["events"]:
            span = doc.char_span(*g["trigger"], alignment_mode="expand")
            if span is None:
                continue
            heads.setdefault(span.root.i, g["type"])
            for a, b in g.get("also", []):
                for t in doc.char_span(a, b, alignment_mode="expand") or ():
                    if t.lemma_ == span.root.lemma_ and t.pos_ == span.root.pos_:
                        heads.setdefault(t.i, g["type"])
        for tok in doc:
            kind = KINDS.get(tok.pos_)
            if kind is None:
                continue
            key = (kind, lemma(tok))
            uses[key] += 1
            if tok.i in heads:
                gold[(*key, heads[tok.i])] += 1
                articles[(*key, heads[tok.i])].add(i)
    return uses, gold, {k: len(v) for k, v in articles.items()}


def status(lex: Lexicon, kind: str, lem: str, etype: str) -> str:
    """Whether the lexicon has the lemma as a trigger of the type, of another type, or not at all."""
    entries = (lex.verbs if kind == "V" else lex.nouns).get(lem, [])
    if not entries:
        out = "absent"
    elif any(e.type == etype for e in entries):
        out = "same type"
    else:
        out = "other type " + ",".join(sorted({e.type for e in entries}))
    if kind == "V" and lem in lex.light:
        out += ", light verb"
    if kind == "V" and lem in lex.reporting:
        out += ", reporting verb"
    return out


def chosen(lex: Lexicon, uses: Counter, gold: Counter, articles: dict, k: int, p: float) -> list[tuple]:
    """The lexicon lines the rule chooses: (kind, lemma, type, gold, uses, articles)."""
    out = []
    for (kind, lem, etype), n in gold.items():
        if (lex.verbs if kind == "V" else lex.nouns).get(lem):
            continue
        if kind == "V" and (lem in lex.light or lem in lex.reporting or lem in lex.volition):
            continue
        if not lem.isalpha() or articles[(kind, lem, etype)] < k or n < p * uses[(kind, lem)]:
            continue
        out.append((kind, lem, etype, n, uses[(kind, lem)], articles[(kind, lem, etype)]))
    return sorted(out, key=lambda r: (r[0], r[1]))


def block(lines: list[tuple], k: int, p: float) -> str:
    rows = [f"{BEGIN}; k={k} articles, p={p}; do not edit by hand) ---"]
    for kind, lem, etype, n, used, arts in lines:
        rows.append(f"{kind} {lem:<14} {etype:<9} - {ROOT_CAMEO[etype]}   "
                    f"# train: {n} of {used} uses, {arts} articles")
    rows.append(END)
    return "\n".join(rows) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3, help="k: the fewest train articles (default 3)")
    ap.add_argument("--share", type=float, default=0.25, help="p: the least share of the uses (default 0.25)")
    ap.add_argument("--top", type=int, default=40, help="rows of the table of gold trigger lemmas")
    ap.add_argument("--write", action="store_true", help="rewrite the counted block of lexicon.txt")
    args = ap.parse_args()
    from newsgraph.pipeline import Extractor

    uses, gold, articles = count(Extractor(), load_corpus())
    lex = written_lexicon()
    print("gold trigger heads on train by lemma; the lexicon's status without the counted block")
    for (kind, lem, etype), n in gold.most_common(args.top):
        print(f"{kind} {lem:<16} {etype:<9} {n:4d} of {uses[(kind, lem)]:5d} uses ({n / uses[(kind, lem)]:.2f}), "
              f"{articles[(kind, lem, etype)]:3d} articles; {status(lex, kind, lem, etype)}")
    lines = chosen(lex, uses, gold, articles, args.articles, args.share)
    text = block(lines, args.articles, args.share)
    print(f"\n{len(lines)} lines chosen:\n{text}")
    if args.write:
        old = LEXICON.read_text(encoding="utf-8")
        new = _BLOCK.sub(lambda _m: text, old) if _BLOCK.search(old) else old.rstrip("\n") + "\n\n" + text
        LEXICON.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
