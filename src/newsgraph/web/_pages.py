"""The server-rendered pages: search, actor, event, document, agreements, who, upload, API description."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from .._paragraphs import split_paragraphs
from ..errors import QueryError
from ..output import who_summary
from ..store import Store
from ._app import Config, check_token, read_store, render
from ._extract import extract_document, extract_text, extract_upload, store_result
from ._timeline import MODALITY_MARKS, layout
from ._views import num_sources, MODALITIES, actor_info, agreement_links, document_events, dyads, highlighted, result_views, search

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(read_store)]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PAGE = 100


def _enrich(store: Store, ev: dict[str, Any], cache: dict[str, Any]) -> dict[str, Any]:
    """An event with its actors' and recipients' names and its highlighted sentence."""
    ev = dict(ev)
    ev["actor_info"] = actor_info(store, ev.get("actor") or [], cache)
    ev["recipient_info"] = actor_info(store, ev.get("recipient") or [], cache)
    ev["segments"] = highlighted(ev, ev["actor_info"], ev["recipient_info"])
    return ev


def _date_or_400(value: str | None, name: str) -> str | None:
    if value is None or value.strip() == "":
        return None
    if not DATE.match(value.strip()):
        raise HTTPException(400, f"{name}: not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    return value.strip()


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep, q: Annotated[str | None, Query(max_length=200)] = None) -> Any:
    q = (q or "").strip()
    results = search(store, q) if q else None
    top = [] if q else store.actors(limit=25)
    cache: dict[str, Any] = {}
    if results:
        results["events"] = [_enrich(store, e, cache) for e in results["events"]]
    return render(request, "search.html", title=f"Search: {q}" if q else "newsgraph", q=q, results=results,
                  counts=store.counts(), top=top)


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor_page(request: Request, store: StoreDep, actor_id: str,
               since: Annotated[str | None, Query(max_length=10)] = None,
               until: Annotated[str | None, Query(max_length=10)] = None) -> Any:
    actor = store.actor(actor_id)
    if actor is None:
        raise HTTPException(404, f"no actor with id {actor_id!r}")
    since_, until_ = _date_or_400(since, "since"), _date_or_400(until, "until")
    events = store.events(actor=actor_id, since=since_, until=until_, modalities=None, negated=None, limit=2000)
    # events(actor=) also finds actors whose alias equals the id; keep this actor's own events.
    events = [e for e in events if actor_id in (e.get("actor") or []) or actor_id in (e.get("recipient") or [])]
    plot = layout(events, actor_id, href=lambda ev: f"/events/{ev['key']}")
    names = {}
    for ev in events:
        for i, n in zip((ev.get("actor") or []) + (ev.get("recipient") or []),
                        (ev.get("actor_names") or []) + (ev.get("recipient_names") or [])):
            names[i] = n
    return render(request, "actor.html", title=actor["name"], actor=actor, events=events, plot=plot,
                  legend=MODALITY_MARKS, roles=store.roles(actor_id), quotes=store.quotes(actor_id),
                  documents=store.actor_documents(actor_id),
                  dyads=dyads(events, actor_id, names), zoom={"since": since_ or "", "until": until_ or ""})


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, store: StoreDep,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    recipient: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(max_length=40)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    modality: Annotated[str | None, Query(max_length=20)] = None,
    kind: Annotated[Literal["news", "opinion", ""] | None, Query()] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Any:
    since_, until_ = _date_or_400(since, "since"), _date_or_400(until, "until")
    mods: tuple[str, ...] | None = ("asserted",)
    negated: bool | None = False
    if modality == "all":
        mods, negated = None, None
    elif modality in MODALITIES:
        mods = (modality,)
    rows = store.events(actor=actor or None, recipient=recipient or None, event=type or None, since=since_,
                        until=until_, modalities=mods, negated=negated, limit=PAGE + 1, offset=offset,
                        kind=kind or None)
    cache: dict[str, Any] = {}
    items = [_enrich(store, e, cache) for e in rows[:PAGE]]
    form = {"actor": actor or "", "recipient": recipient or "", "type": type or "", "since": since or "",
            "until": until or "", "modality": modality or "", "kind": kind or ""}
    nxt = str(request.url.include_query_params(offset=offset + PAGE)) if len(rows) > PAGE else None
    return render(request, "events.html", title="Events", events=items, form=form, modalities=MODALITIES,
                  next=nxt, offset=offset)


@router.get("/events/{key}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, key: str) -> Any:
    sources = store.event_sources(key)
    if not sources:
        raise HTTPException(404, f"no event with key {key!r}")
    cache: dict[str, Any] = {}
    reports = []
    for s in sources:
        reports.append({**s, "event": _enrich(store, s["event"], cache)})
    record = reports[0]["event"]
    return render(request, "event.html", title=f"{record.get('event')} event", key=key, record=record,
                  reports=reports, num_sources=num_sources(sources))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, store: StoreDep, document_id: str) -> Any:
    doc = store.document(document_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {document_id!r}")
    cache: dict[str, Any] = {}
    events = [_enrich(store, e, cache) for e in document_events(store, doc["id"])]
    plot = layout(events, None, href=lambda ev: f"/events/{ev['key']}")
    paragraphs = split_paragraphs(doc.get("text") or "", breaks="blank")  # one <p> per blank-line paragraph
    return render(request, "document.html", title=doc.get("title") or "Document", doc=doc, events=events,
                  plot=plot, legend=MODALITY_MARKS, paragraphs=paragraphs)


@router.get("/agreements", response_class=HTMLResponse)
def agreements_page(request: Request, store: StoreDep) -> Any:
    items = []
    cache: dict[str, Any] = {}
    for g in store.agreements()[:200]:
        links = agreement_links(store, g)
        g["links"] = links
        g["party_info"] = actor_info(store, g.get("parties") or [], cache)
        for c in g.get("commitments") or []:
            c["party_info"] = actor_info(store, [c["party"]], cache)[0] if c.get("party") else None
            c["linked"] = c.get("events") or []  # linked by the store: events since that touch the commitment
            c["events"] = links["by_party"].get(c.get("party"), []) if c.get("party") else []
        items.append(g)
    return render(request, "agreements.html", title="Agreements", agreements=items)


@router.get("/who", response_class=HTMLResponse)
def who_page(request: Request, store: StoreDep, title: Annotated[str | None, Query(max_length=200)] = None,
             on: Annotated[str | None, Query(max_length=40)] = None,
             country: Annotated[str | None, Query(max_length=100)] = None) -> Any:
    answer = None
    error = None
    if title and on:
        try:
            answer = store.who(title.strip(), on=on.strip(), country=(country or "").strip() or None)
        except QueryError as exc:
            error = str(exc)
    elif title or on:
        error = "give both an office title and a date"
    return render(request, "who.html", title="Who held this office",
                  form={"title": title or "", "on": on or "", "country": country or ""},
                  answer=answer, summary=who_summary(answer) if answer else [], error=error,
                  status_code=400 if error else 200)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> Any:
    return render(request, "upload.html", title="Read an article", form={})


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request) -> Any:
    config: Config = request.app.state.config
    try:
        form = await request.form(max_files=1, max_fields=20, max_part_size=config.max_upload_bytes + 128 * 1024)
    except Exception as exc:  # malformed multipart, a part over the limit
        return render(request, "upload.html", 400, title="Read an article", form={},
                      error=f"can't read the form: {exc}")
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    wants_store = fields.get("store") in ("1", "on", "true")
    shown: dict[str, str | bool] = {k: fields.get(k, "") for k in ("text", "published", "title", "ref")}
    shown["store"] = wants_store
    try:
        if wants_store:
            check_token(config, fields.get("token") or request.headers.get("x-newsgraph-token"))
        upload_file = form.get("file")
        if upload_file is not None and not isinstance(upload_file, str) and upload_file.filename:
            data = await upload_file.read(config.max_upload_bytes + 1)
            document = await run_in_threadpool(
                extract_upload, config, data, filename=upload_file.filename, content_type=upload_file.content_type,
                published=fields.get("published"), title=fields.get("title"), ref=fields.get("ref") or None)
        elif fields.get("text", "").strip():
            document = await run_in_threadpool(
                extract_text, config, fields["text"], published=fields.get("published"), title=fields.get("title"),
                ref=fields.get("ref") or None)
        else:
            raise HTTPException(400, "nothing to read: paste an article or choose a .txt or .html file")
        result = await run_in_threadpool(extract_document, config, document)
        stored = await run_in_threadpool(store_result, config, result) if wants_store else None
    except HTTPException as exc:
        return render(request, "upload.html", exc.status_code, title="Read an article", form=shown,
                      error=str(exc.detail))
    views = result_views(result)
    plot = layout(views["events"], None,
                  href=(lambda ev: f"/events/{ev['key']}") if stored else (lambda ev: f"#event-{ev['id']}"))
    return render(request, "result.html", title=result.document.title or "Article read", views=views,
                  stored=stored, plot=plot, legend=MODALITY_MARKS)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Any:
    spec = request.app.openapi()
    paths = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or "",
                       "schema": p.get("schema", {})} for p in op.get("parameters", [])]
            paths.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""), "params": params})
    return render(request, "docs.html", title="JSON API", paths=paths, version=spec.get("info", {}).get("version"))
