"""The JSON API (/api/...): the same data as the pages, paginated, described by FastAPI's OpenAPI."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field

from ..errors import QueryError
from ..store import Store
from . import MAX_LIMIT
from ._app import Config, read_store
from ._extract import extract_document, extract_text, store_result
from ._views import num_sources, agreement_links, document_events, search

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
Modality = Literal["asserted", "reported", "future", "hypothetical", "historical", "all"]
StoreDep = Annotated[Store, Depends(read_store)]


def page(request: Request, items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of a list: the items (at most ``limit``; one more was asked to know if a next page exists)."""
    more = len(items) > limit
    items = items[:limit]
    nxt = None
    if more:
        nxt = str(request.url.include_query_params(offset=offset + limit, limit=limit))
    return {"items": items, "count": len(items), "limit": limit, "offset": offset, "next": nxt}


def _modalities(modality: Sequence[str] | None) -> tuple[str, ...] | None:
    if not modality:
        return ("asserted",)
    if "all" in modality:
        return None
    return tuple(dict.fromkeys(modality))


def _negated(value: str) -> bool | None:
    return {"false": False, "true": True, "any": None}[value]


@router.get("/counts", summary="Rows in each table of the store")
def counts(store: StoreDep) -> dict[str, int]:
    return store.counts()


@router.get("/search", summary="Actors, role titles, documents, event sentences and quotes matching a text")
def api_search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> dict[str, Any]:
    return search(store, q, limit=limit)


@router.get("/events", summary="Real events (one per event key, with num_sources), oldest first")
def events(
    request: Request,
    store: StoreDep,
    actor: Annotated[str | None, Query(max_length=200, description="Name, alias or id; alone it matches either side.")] = None,
    recipient: Annotated[str | None, Query(max_length=200, description="Name, alias or id of the recipient.")] = None,
    type: Annotated[str | None, Query(max_length=40, description="PLOVER type, e.g. RETREAT.")] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="Latest date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    modality: Annotated[list[Modality] | None, Query(description="Repeatable; default asserted; 'all' for every modality.")] = None,
    negated: Annotated[Literal["false", "true", "any"], Query(description="Negated events: false (default), true or any.")] = "false",
    kind: Annotated[Literal["news", "opinion"] | None, Query(description="Only reports of news, or of opinion pieces.")] = None,
    ref: Annotated[str | None, Query(max_length=1000, description="Only reports of the documents read under this "
                                                                  "ref (the input's own id).")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    items = store.events(actor=actor, recipient=recipient, event=type, since=since, until=until,
                         modalities=_modalities(modality), negated=_negated(negated), limit=limit + 1, offset=offset,
                         kind=kind, ref=ref)
    return page(request, items, limit, offset)


@router.get("/events/{key}", summary="One real event with every source that reported it")
def event(store: StoreDep, key: str) -> dict[str, Any]:
    sources = store.event_sources(key)
    if not sources:
        raise HTTPException(404, f"no event with key {key!r}")
    rec = dict(sources[0]["event"])
    rec["key"] = key
    rec["num_sources"] = num_sources(sources)
    return {"event": rec, "sources": sources}


@router.get("/actors", summary="Actors, most mentioned first; q filters by name or alias")
def actors(request: Request, store: StoreDep, q: Annotated[str | None, Query(max_length=200)] = None,
           limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(request, store.actors(query=q, limit=limit + 1, offset=offset), limit, offset)


@router.get("/actors/{actor_id:path}", summary="One actor with its aliases and document count")
def actor(store: StoreDep, actor_id: str) -> dict[str, Any]:
    row = store.actor(actor_id)
    if row is None:
        raise HTTPException(404, f"no actor with id {actor_id!r}")
    return row


@router.get("/timeline", summary="An actor's events as actor or recipient, every modality unless narrowed")
def timeline(
    request: Request,
    store: StoreDep,
    actor: Annotated[str, Query(min_length=1, max_length=200)],
    type: Annotated[str | None, Query(max_length=40)] = None,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    modality: Annotated[list[Modality] | None, Query()] = None,
    negated: Annotated[Literal["false", "true", "any"], Query()] = "any",
    kind: Annotated[Literal["news", "opinion"] | None, Query()] = None,
    ref: Annotated[str | None, Query(max_length=1000, description="Only reports of the documents read under this "
                                                                  "ref (the input's own id).")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    mods = None if not modality or "all" in modality else tuple(modality)
    items = store.events(actor=actor, event=type, since=since, until=until, modalities=mods,
                         negated=_negated(negated), limit=limit + 1, offset=offset, kind=kind, ref=ref)
    return page(request, items, limit, offset)


@router.get("/roles", summary="Roles over time, optionally of one actor")
def roles(request: Request, store: StoreDep, actor: Annotated[str | None, Query(max_length=200)] = None,
          ref: Annotated[str | None, Query(max_length=1000, description="Only roles the documents read under this "
                                                                        "ref report.")] = None,
          limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(request, store.roles(actor, ref=ref, limit=limit + 1, offset=offset), limit, offset)


@router.get("/who", summary="Who held an office on a date: holders ranked by the reports' and the knowledge "
                             "base's evidence, the reports behind the answer and against it")
def who(store: StoreDep, title: Annotated[str, Query(min_length=1, max_length=200)],
        on: Annotated[str, Query(max_length=40, description="The date, YYYY-MM-DD (an impossible one is a 400).")],
        country: Annotated[str | None, Query(max_length=100, description="The office's country (name or ISO "
                                             "code); without it, the one whose reports support it most.")] = None,
        use_kb: Annotated[bool, Query(description="Weigh the knowledge base's dated terms with the reports "
                                                  "(false: the reports alone rank the holders).")] = True,
        ) -> dict[str, Any]:
    try:
        return store.who(title, on=on, country=country, use_kb=use_kb)
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from None


@router.get("/quotes", summary="Quotes with their speakers and dates")
def quotes(request: Request, store: StoreDep, speaker: Annotated[str | None, Query(max_length=200)] = None,
           beliefs: Annotated[bool, Query(description="also questions, requests, beliefs, findings and intentions (each "
                                                      "quote's `attitude`), not only statements")] = False,
           ref: Annotated[str | None, Query(max_length=1000, description="Only quotes of the documents read under "
                                                                         "this ref.")] = None,
           limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(request, store.quotes(speaker, beliefs=beliefs, ref=ref, limit=limit + 1, offset=offset), limit, offset)


@router.get("/agreements", summary="Agreements with parties, commitments and the parties' events since")
def agreements(request: Request, store: StoreDep,
               ref: Annotated[str | None, Query(max_length=1000, description="Only agreements the documents read "
                                                                             "under this ref report.")] = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    items = store.agreements(ref=ref, limit=limit + 1, offset=offset)
    for g in items[:limit]:
        links = agreement_links(store, g)
        g["events_since"] = {"linked": any(c.get("events") for c in g.get("commitments") or []), "since": links["since"],
                             "by_party": {p: [e["key"] for e in evs] for p, evs in links["by_party"].items()}}
    return page(request, items, limit, offset)


@router.get("/documents", summary="Stored documents (without their text), each with its ref (the input's own id)")
def documents(request: Request, store: StoreDep,
              ref: Annotated[str | None, Query(max_length=1000, description="Only the documents read under this "
                                                                            "ref.")] = None,
              limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(request, store.documents(ref=ref, limit=limit + 1, offset=offset), limit, offset)


@router.get("/documents/{document_id}", summary="One document with its text, every ref it was read under and the "
                                                 "keys of its events")
def document(store: StoreDep, document_id: str) -> dict[str, Any]:
    row = store.document(document_id)
    if row is None:
        raise HTTPException(404, f"no document with id {document_id!r}")
    row["events"] = [e["key"] for e in document_events(store, row["id"])]
    return row


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="The article's plain text.")
    published: str | None = Field(None, pattern=DATE, description="Publication date (anchors relative dates).")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    ref: str | None = Field(None, min_length=1, max_length=1000,
                            description="Your own id for the article, kept as the document's ref.")
    store: bool = Field(False, description="Store the result (needs the server's token).")


@router.post("/extract", summary="Read an article now; store it too when the request carries the token")
def extract(
    request: Request,
    body: ExtractRequest,
    x_newsgraph_token: Annotated[str | None, Header(description="The server's token, to store.")] = None,
    authorization: Annotated[str | None, Header(description="Or 'Bearer TOKEN'.")] = None,
) -> dict[str, Any]:
    config: Config = request.app.state.config
    token = x_newsgraph_token
    if token is None and authorization and authorization.lower().startswith("bearer "):
        token = authorization[7:].strip()
    if body.store:
        from ._app import check_token

        check_token(config, token)
    document = extract_text(config, body.text, published=body.published, title=body.title, url=body.url,
                            ref=body.ref)
    result = extract_document(config, document)
    stored = store_result(config, result) if body.store else None
    return {"result": result.to_dict(), "stored": stored}
