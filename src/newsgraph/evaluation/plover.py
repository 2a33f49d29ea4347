"""PLOVER gold-standard scorer: the events stage on the 322 PLOVER gold records.

The gold records (``PLOVER_GSR_CAMEO.txt``, CAMEO-manual example sentences coded to PLOVER 0.5b1 by
the Open Event Data Alliance, CC BY-SA 4.0) are each read as one document through the whole pipeline
(``newsgraph.pipeline.Extractor``) **without a published date**: the gold readme says every ``date``
is set to 2000-01-01, a placeholder (the sentences span 1980-2010 and were edited since), and reading
them as of 2000-01-01 made dated dictionary offices wrong ("President Obama" coded as a former
official, an elite).

Scoring, per gold record:

- **Which event is compared.** A sentence may yield several events. The compared event is chosen
  among those whose trigger word occurs in the gold event text (the ``eventText`` field and the
  ``(EVT: ...)`` markup); if none does, among all events of the sentence. Among the candidates, the one
  with the highest confidence wins (ties: the earliest trigger). A record without any event is a miss
  on every measure. The type is never used to choose.
- **Who visits whom.** PLOVER 2.0 (manual, CONSULT, "Requires recipient") and the corpus guidelines
  (2.3) code a visit with the visitor as the actor and the host as the recipient (mode visit). The
  0.5b1 records with mode ``host`` (CAMEO 043, "host a visit": "X hosted Y") code the host as the
  source; they are read the manual's way, source and target swapped and the mode visit
  (:func:`visit_convention`; ``host_as_source=True`` scores them as written). A host record whose
  target names two parties or more is no visit but a meeting the host brings them to (a mediation:
  "X launched a mediation effort between Y and Z", PLOVER's mode third-party); the corpus codes the
  broker as the actor, as the record does, and it is left as written.
- **Type mapping.** Gold 0.5b1 categories map to PLOVER 2.0 as the manual says: DEMAND -> REQUEST,
  DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT, others unchanged. Where PLOVER 2.0 moved
  a kind of event to another category, that category is accepted too: AGREE and RETREAT also accept
  CONCEDE (2.0 codes announced retreats and declared ceasefires as CONCEDE); COERCE with mode destroy,
  detain or firearms also accepts ASSAULT (2.0 moved destruction and abduction there); FIGHT/deport
  accepts COERCE and SANCTION; PROTEST/riot (crowd control by police) accepts ASSAULT.
- **event-type accuracy**: compared event's type accepted, over all records.
- **mode accuracy**: over records whose gold mode maps to a PLOVER 2.0 mode (0.5b1 names such as
  strike-hun -> hunger, riot-spon -> riot, assassinate -> targeted, host -> visit), the compared
  event's mode equals it.
- **Gold actor codes.** A gold entity has a ``code`` (its country) and a ``sector``. The country is
  ISO 3166 alpha-3 except a few CAMEO-era codes (JAP, ITL, GER, UK, SAF, VTN), mapped to ISO, and the
  transnational codes of PLOVER's country field. The gold codes NGOs as IGO (Amnesty International,
  the Red Cross) and some bodies as NGO, and PLOVER 2.0 split the UN (UNO) and the EU (EUR) out of
  IGO: IGO, UNO, EUR and NGO are one class; IMG, ISM, MNC stand alone. The sector is its first
  three letters (the rest is an ethnic or religious modifier, "CVLalb"); "***" (left open by the
  coder) is not scored; CIV is the CVL typo; the CAMEO religion codes used as sectors (MOS, CHR)
  are PLOVER's REL.
- **A predicted actor's country**: its ``country`` field (ISO 3166 alpha-3, as the output contract
  says), else the PLOVER transnational class its CAMEO ``code`` starts with: IGOUNO... -> UNO,
  IGOEUR... -> EUR, other IGO... -> IGO, NGO... -> NGO, IMG... -> IMG, NGM... -> ISM, MNC... -> MNC.
  A code that starts with a sector ("GOV" for a government of unknown country) or a region names no
  country.
- **Actor matching** (for source and target correctness). A predicted actor matches a gold entity
  when one of its mentions overlaps the gold ``actorText`` in the sentence, when a content word
  (3+ letters) of its name or aliases occurs in that text, or when its country equals the gold
  country (same class, above).
- **source correct**: gold source empty and no predicted actor, or some gold source entity matched by
  a predicted actor. **target correct**: gold target empty (PLOVER makes the recipient optional), or
  some gold target entity matched by a predicted recipient or by the event's location (the CAMEO-era
  gold takes many targets from a place, "demonstrated in Baku", which PLOVER 2.0 codes as the
  event's location; a location matches by name or country).
- **full-record accuracy**: type accepted and source correct and target correct.
- **actor-code accuracy** (source and target separately; country and sector separately): over gold
  entities with a country (or a sector), the share whose *coded actor* has that country (or
  sector). The coded actor is the actor whose mentions (names, title nouns, demonyms, pronouns)
  cover most of the gold actor text in the sentence (ties: the one the compared event has in that
  role); without an overlapping mention, an actor the event has in that role whose name shares a
  content word with the gold text; else none, and the entity counts as wrong. This measures the
  actors stage, not argument extraction (scored by source/target correctness): before, only the
  compared event's arguments were looked at, so every argument error was counted a second time as
  a code error, and an actor matched by country alone was trivially right on country. An actor
  resolved at a coarser level than the gold ("Israel" for "Israeli police") is right on country
  and wrong on sector. A predicted sector IGO (the corpus guidelines' sector of an intergovernmental
  body) is compared as the sector its CAMEO code gives (IGOUNO -> GOV, NATO's IGOWSTNAT -> MIL),
  the way the CAMEO-era gold codes such bodies. ``sector_confusion`` and ``code_misses`` in the report list the errors.
"""

from __future__ import annotations

import json
import os
import re
import time as _clock
from collections import Counter
from pathlib import Path
from typing import Any

__all__ = ["evaluate", "format_report", "load_records", "TYPE_MAP", "MODE_MAP", "accepted_types",
           "actor_country", "transnational_class", "visit_convention"]

DEFAULT_PATH = Path("data/event-coding/openeventdata-PLOVER/gold_standard_records/PLOVER_GSR_CAMEO.txt")

TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_ALSO: dict[tuple[str, str | None], set[str]] = {
    ("AGREE", None): {"CONCEDE"},
    ("RETREAT", None): {"CONCEDE"},
    ("COERCE", "destroy"): {"ASSAULT"},
    ("COERCE", "detain"): {"ASSAULT"},
    ("COERCE", "firearms"): {"ASSAULT"},
    ("FIGHT", "deport"): {"COERCE", "SANCTION"},
    ("PROTEST", "riot"): {"ASSAULT"},
}
MODE_MAP = {"strike-hun": "hunger", "riot-spon": "riot", "demo-org": "demo", "demo-spon": "demo",
            "strike-gen": "strike", "assassinate": "targeted", "host": "visit", "confiscate": "seize",
            "ban": "restrict", "detain": "arrest", "political": "restrict"}
_MODES_20 = {"visit", "third-party", "multilateral", "phone", "withdraw", "release", "disarm", "ceasefire",
             "access", "resign", "assist", "change", "yield", "meet", "disapprove", "investigate", "allege",
             "restrict", "arrest", "relations", "expel", "territory", "violence", "demo", "riot", "strike",
             "hunger", "boycott", "obstruct", "vandalize", "convict", "discontinue", "troops",
             "weapons", "police", "militia", "seize", "censor", "curfew", "martial-law", "deport",
             "withhold", "misinformation", "cyber", "abduct", "beat", "torture", "sexual", "targeted",
             "destroy", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone",
             "heavy-weapons", "crowd-control", "unconventional"}
_CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "GER": "DEU", "UK": "GBR", "SAF": "ZAF", "VTN": "VNM"}
# PLOVER's non-state international "countries"; the gold's IGO and NGO are one class (see above).
_TRANSNATIONAL = {"IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC"}
_INTERNATIONAL = {"IGO", "UNO", "EUR", "NGO"}
_SECTOR_TO_20 = {"CIV": "CVL", "MOS": "REL", "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL",
                 "HIN": "REL"}
_STOP = {"the", "and", "of", "for", "with", "new", "former", "president", "minister", "prime", "government",
         "official", "officials", "leader", "leaders", "forces", "state", "national", "senior"}
_EVT = re.compile(r"\(EVT:\s*([^)]*)\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def _shared_root() -> Path:
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared"
        if (cand / "data").is_dir():
            return cand
    return Path("../shared")


def load_records(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The gold records (the DOCUMENT header dropped)."""
    p = Path(path) if path else _shared_root() / DEFAULT_PATH
    if p.is_dir():
        p = p / DEFAULT_PATH.name if (p / DEFAULT_PATH.name).exists() else p / DEFAULT_PATH
    data = json.loads(p.read_text(encoding="utf-8"))
    return [r for r in data if r.get("event") and r["event"] != "DOCUMENT"]


def visit_convention(record: dict[str, Any]) -> dict[str, Any]:
    """The record as PLOVER 2.0 codes a visit: a 0.5b1 record with mode ``host`` (the host coded as
    the source) has its source and target swapped and mode ``visit``; any other record, and a host's
    mediation between two parties or more, unchanged."""
    if record.get("mode") != "host" or len(_entities(record.get("target"))) > 1:
        return record
    return {**record, "source": record.get("target"), "target": record.get("source"), "mode": "visit"}


def accepted_types(record: dict[str, Any]) -> set[str]:
    """The PLOVER 2.0 types that count as right for a 0.5b1 gold record."""
    gold = record["event"]
    mode = (record.get("mode") or None)
    out = {TYPE_MAP.get(gold, gold)}
    out |= _ALSO.get((gold, None), set()) | _ALSO.get((gold, mode), set())
    return out


def _gold_mode(record: dict[str, Any]) -> str | None:
    mode = record.get("mode") or None
    if mode is None:
        return None
    mode = MODE_MAP.get(mode, mode)
    return mode if mode in _MODES_20 else None


def _entities(value: Any) -> list[dict[str, Any]]:
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "") if len(w) >= 3} - _STOP


def gold_country(entity: dict[str, Any]) -> str | None:
    """The gold entity's country as a PLOVER 2.0 country code (CAMEO-era codes mapped to ISO)."""
    code = str(entity.get("code") or "")[:3].upper()
    return _CAMEO_TO_ISO.get(code, code) or None


def gold_sector(entity: dict[str, Any]) -> str | None:
    """The gold entity's sector: its first three letters (the rest is an ethnic or religious
    modifier, 'CVLalb'); '***' (coder left it open) is no sector; CIV is the CVL typo; the CAMEO
    religion codes the gold uses as sectors (MOS, CHR, ...) are PLOVER's REL."""
    sector = str(entity.get("sector") or "")[:3].upper()
    if not sector or sector == "***":
        return None
    return _SECTOR_TO_20.get(sector, sector)


def _country_class(code: str | None) -> str | None:
    return "INTL" if code in _INTERNATIONAL else code


def transnational_class(code: str | None) -> str | None:
    """The PLOVER transnational country a CAMEO code starts with: IGOUNO... -> UNO, IGOEUR... -> EUR,
    IGO... -> IGO, NGO... -> NGO, IMG... -> IMG, NGM... -> ISM, MNC... -> MNC; else None."""
    code = (code or "").upper().lstrip("~")
    head = code[:3]
    if head == "IGO" and code[3:6] in ("UNO", "EUR"):
        return code[3:6]
    head = "ISM" if head == "NGM" else head
    return head if head in _TRANSNATIONAL else None


def actor_country(actor: dict[str, Any] | None) -> str | None:
    """A predicted actor's country: its ``country`` (ISO alpha-3), else the transnational class its
    CAMEO code starts with (:func:`transnational_class`). A code starting with a sector ('GOV')
    names no country."""
    if not actor:
        return None
    if actor.get("country"):
        return actor["country"]
    return transnational_class(actor.get("code"))


def _word_match(actor: dict[str, Any], entity: dict[str, Any]) -> bool:
    names = [actor.get("name") or "", *(actor.get("aliases") or [])]
    gold_words = _words(entity.get("actorText", ""))
    return any(_words(n) & gold_words for n in names)


def _matches(actor: dict[str, Any] | None, entity: dict[str, Any],
             overlapping: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    """A predicted actor is the gold entity: one of its mentions overlaps the gold actor text, a
    content word of its name occurs in that text, or its country is the gold country."""
    if actor is None:
        return False
    if actor.get("id") in overlapping or _word_match(actor, entity):
        return True
    code = gold_country(entity)
    return bool(code) and _country_class(actor_country(actor)) == _country_class(code)


def gold_span(text: str, actor_text: str) -> list[tuple[int, int]]:
    """Where the gold actor text stands in the sentence (its parts, when the gold elides with '...')."""
    spans = []
    for part in re.split(r"\.\.+", actor_text or ""):
        words = part.split()
        if not words:
            continue
        m = re.search(r"\s+".join(re.escape(w) for w in words), text, re.I)
        if m:
            spans.append((m.start(), m.end()))
    return spans


def _overlaps(mentions: list[dict[str, Any]], spans: list[tuple[int, int]]) -> Counter:
    """Characters of the gold spans each actor's mentions cover."""
    hits: Counter = Counter()
    for m in mentions:
        a, b = m["span"]
        for s, e in spans:
            o = min(b, e) - max(a, s)
            if o > 0:
                hits[m["actor"]] += o
    return hits


def _place_actor(location: dict[str, Any] | None) -> dict[str, Any] | None:
    """The event's location seen as an actor, for gold targets that CAMEO took from a place."""
    if not location:
        return None
    return {"name": location.get("name") or "", "aliases": [], "country": location.get("country")}


def _choose(events: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any] | None:
    if not events:
        return None
    markup = record.get("textInfo", {}).get("markup", "") if isinstance(record.get("textInfo"), dict) else ""
    evt_words = {w.lower() for w in _WORD.findall(record.get("eventText", ""))}
    for m in _EVT.findall(markup):
        evt_words |= {w.lower() for w in _WORD.findall(m)}
    cands = [e for e in events if (e.get("trigger") or {}).get("text", "").lower() in evt_words]
    cands = cands or events
    return max(cands, key=lambda e: (e.get("confidence", 0), -(e.get("trigger") or {}).get("span", [0])[0]))


def coded_actor(entity: dict[str, Any], text: str, mentions: list[dict[str, Any]],
                actors: dict[str, dict[str, Any]], role_actors: list[dict[str, Any] | None]
                ) -> dict[str, Any] | None:
    """The predicted actor whose code is compared with a gold entity's: the actor whose mentions
    cover most of the gold actor text (ties: one the event has in the same role, then the first
    mentioned); without any overlapping mention, an actor of the event in that role whose name
    shares a content word with the gold text."""
    hits = _overlaps(mentions, gold_span(text, entity.get("actorText", "")))
    if hits:
        in_role = {a.get("id") for a in role_actors if a}
        order = {m["actor"]: k for k, m in reversed(list(enumerate(mentions)))}
        best = max(hits, key=lambda a: (hits[a], a in in_role, -order.get(a, 0)))
        return actors.get(best)
    return next((a for a in role_actors if a and _word_match(a, entity)), None)


def _code_hit(actor: dict[str, Any] | None, entity: dict[str, Any]) -> tuple[bool | None, bool | None]:
    code = gold_country(entity)
    sector = gold_sector(entity)
    c_ok = None if not code else (actor is not None and
                                  _country_class(actor_country(actor)) == _country_class(code))
    s_ok = None if not sector else (actor is not None and actor_sector(actor) == sector)
    return c_ok, s_ok


def actor_sector(actor: dict[str, Any] | None) -> str:
    """A predicted actor's sector as PLOVER's gold codes it. The corpus guidelines give an
    intergovernmental body the sector IGO; PLOVER's CAMEO-era gold puts that class in the country
    field and the body's function in the sector (the UN GOV, NATO MIL), which its CAMEO code still
    tells (IGOUNO -> GOV, IGOWSTNAT -> MIL)."""
    sector = ((actor or {}).get("sector") or "")[:3].upper()
    if sector == "IGO":
        from ..actors._dictionaries import split_code

        sector = split_code((actor or {}).get("code") or "")[1] or "GOV"
    return sector


def _read(records: list[dict[str, Any]], ex: Any, *, batch_size: int = 32):
    """(result dict, mentions) per record: the whole pipeline, plus the actors stage's mentions
    (not part of the output contract) so a gold actor text can be found among them."""
    from .. import actors as _actors
    from ..records import Document

    for k in range(0, len(records), batch_size):
        batch = records[k:k + batch_size]
        docs = list(ex.parse(r["text"] for r in batch))
        for r, doc in zip(batch, docs):
            document = Document(text=r["text"], published=None, source=r.get("id"))
            res = ex.analyse(document, doc).to_dict()
            table = _actors.resolve(doc, published=None, text=r["text"])
            yield res, [{"actor": m.actor, "span": list(m.span)} for m in table.mentions]


def evaluate(path: str | Path | None = None, *, model: str | None = None, extractor: Any = None,
             limit: int | None = None, host_as_source: bool = False) -> dict[str, Any]:
    """Score the events stage on the PLOVER gold records; returns the figures and the misses. The
    records of a visit coded by its host are read the manual's way (:func:`visit_convention`) unless
    ``host_as_source``."""
    from ..pipeline import Extractor

    records = load_records(path)[:limit] if limit else load_records(path)
    if not host_as_source:
        records = [visit_convention(r) for r in records]
    ex = extractor or Extractor(model=model)
    start = _clock.perf_counter()
    n = len(records)
    type_ok = mode_ok = mode_n = full_ok = src_ok = tgt_ok = any_type = no_event = 0
    codes: dict[str, Counter] = {"source": Counter(), "target": Counter()}
    confusion: Counter = Counter()
    sectors: Counter = Counter()
    misses: list[dict[str, Any]] = []
    code_misses: list[dict[str, Any]] = []
    for record, (res, mentions) in zip(records, _read(records, ex)):
        actors = {a["id"]: a for a in res["actors"]}
        events = res["events"]
        ev = _choose(events, record)
        accepted = accepted_types(record)
        if not events:
            no_event += 1
        if any(e["event"] in accepted for e in events):
            any_type += 1
        t_ok = ev is not None and ev["event"] in accepted
        gold_src, gold_tgt = _entities(record.get("source")), _entities(record.get("target"))
        pred_src = [actors.get(a) for a in (ev or {}).get("actor", [])]
        pred_tgt = [actors.get(a) for a in (ev or {}).get("recipient", [])]
        over = {id(g): set(_overlaps(mentions, gold_span(record["text"], g.get("actorText", ""))))
                for g in gold_src + gold_tgt}
        s_ok = ev is not None and ((not gold_src and not pred_src)
                                   or any(_matches(a, g, over[id(g)]) for g in gold_src for a in pred_src))
        place = _place_actor((ev or {}).get("location"))
        r_ok = ev is not None and (not gold_tgt or any(_matches(a, g, over[id(g)]) for g in gold_tgt
                                                       for a in [*pred_tgt, place] if a))
        type_ok += t_ok
        src_ok += s_ok
        tgt_ok += r_ok
        full_ok += t_ok and s_ok and r_ok
        gm = _gold_mode(record)
        if gm is not None:
            mode_n += 1
            mode_ok += ev is not None and ev.get("mode") == gm
        for role, gold, pred in (("source", gold_src, pred_src), ("target", gold_tgt, pred_tgt)):
            for g in gold:
                match = coded_actor(g, record["text"], mentions, actors, pred)
                c_ok, s_hit = _code_hit(match, g)
                if c_ok is not None:
                    codes[role]["country_n"] += 1
                    codes[role]["country_ok"] += c_ok
                if s_hit is not None:
                    codes[role]["sector_n"] += 1
                    codes[role]["sector_ok"] += s_hit
                    sectors[(gold_sector(g), actor_sector(match) or "-")] += 1
                if c_ok is False or s_hit is False:
                    code_misses.append({"id": record.get("id"), "role": role, "gold": g.get("actorText"),
                                        "gold_country": gold_country(g), "gold_sector": gold_sector(g),
                                        "actor": match and match.get("name"),
                                        "country": actor_country(match), "sector": match and match.get("sector")})
        confusion[(TYPE_MAP.get(record["event"], record["event"]), ev["event"] if ev else "-")] += 1
        if not (t_ok and s_ok and r_ok):
            misses.append({"id": record.get("id"), "gold": sorted(accepted), "gold_mode": record.get("mode"),
                           "predicted": ev and ev["event"], "mode": ev and ev.get("mode"),
                           "trigger": ev and ev["trigger"]["text"], "type_ok": t_ok, "source_ok": s_ok,
                           "target_ok": r_ok, "actor": ev and ev["actor"], "recipient": ev and ev["recipient"],
                           "gold_source": [g.get("actorText") for g in gold_src],
                           "gold_target": [g.get("actorText") for g in gold_tgt], "text": record["text"]})
    seconds = _clock.perf_counter() - start

    def ratio(a: float, b: float) -> float:
        return round(a / b, 4) if b else 0.0

    return {
        "records": n,
        "event_type_accuracy": ratio(type_ok, n),
        "event_type_any": ratio(any_type, n),
        "mode_accuracy": ratio(mode_ok, mode_n),
        "mode_records": mode_n,
        "source_accuracy": ratio(src_ok, n),
        "target_accuracy": ratio(tgt_ok, n),
        "full_record_accuracy": ratio(full_ok, n),
        "actor_codes": {role: {"country": ratio(c["country_ok"], c["country_n"]),
                               "sector": ratio(c["sector_ok"], c["sector_n"]),
                               "country_n": c["country_n"], "sector_n": c["sector_n"]}
                        for role, c in codes.items()},
        "no_event": no_event,
        "confusion": {f"{g}->{p}": k for (g, p), k in confusion.most_common()},
        "sector_confusion": {f"{g}->{p}": k for (g, p), k in sectors.most_common()},
        "seconds": round(seconds, 2),
        "misses": misses,
        "code_misses": code_misses,
    }


def format_report(report: dict[str, Any]) -> str:
    """A short plain-text report of ``evaluate``'s figures."""
    c = report["actor_codes"]
    lines = [
        f"PLOVER gold records: {report['records']} ({report['seconds']} s)",
        f"  event-type accuracy   {report['event_type_accuracy']:.3f}  (any event of the right type: "
        f"{report['event_type_any']:.3f}; no event: {report['no_event']})",
        f"  mode accuracy         {report['mode_accuracy']:.3f}  over {report['mode_records']} records with a mode",
        f"  source / target       {report['source_accuracy']:.3f} / {report['target_accuracy']:.3f}",
        f"  full-record accuracy  {report['full_record_accuracy']:.3f}",
        f"  actor codes, source   country {c['source']['country']:.3f} (n={c['source']['country_n']}), "
        f"sector {c['source']['sector']:.3f} (n={c['source']['sector_n']})",
        f"  actor codes, target   country {c['target']['country']:.3f} (n={c['target']['country_n']}), "
        f"sector {c['target']['sector']:.3f} (n={c['target']['sector_n']})",
    ]
    return "\n".join(lines)
