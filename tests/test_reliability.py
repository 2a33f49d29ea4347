"""Bad input (issue 9, part 1): a corpus of hostile inputs generated here, read by the loaders, by
`newsgraph extract` and by `newsgraph ingest`. Each gets a one-line reason, the run goes on, and
nothing stored before is lost. Nothing is downloaded or committed but this code.

``bad_corpus(root)`` is also used by ``benchmarks/reliability.py``.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ENGLISH = ("The foreign minister of Kenya said on Monday that the government would hold talks with the rebels "
           "in the capital next week, after the army withdrew from the border region where it had fought for "
           "two years. The president met the United Nations envoy in Geneva on Tuesday.")

# Short paragraphs written for these tests (news register, more than 25 words each).
FOREIGN = {
    "french": ("Le ministre des Affaires étrangères a annoncé lundi que le gouvernement allait ouvrir des "
               "négociations avec les rebelles dans la capitale la semaine prochaine, après le retrait de "
               "l'armée de la région frontalière où elle combattait depuis deux ans. Le président a rencontré "
               "l'envoyé des Nations unies à Genève mardi."),
    "german": ("Der Außenminister erklärte am Montag, die Regierung werde in der nächsten Woche in der "
               "Hauptstadt Gespräche mit den Rebellen aufnehmen, nachdem sich die Armee aus der Grenzregion "
               "zurückgezogen habe, in der sie seit zwei Jahren gekämpft hatte. Der Präsident traf am Dienstag "
               "den Gesandten der Vereinten Nationen in Genf."),
    "spanish": ("El ministro de Asuntos Exteriores anunció el lunes que el gobierno abrirá negociaciones con "
                "los rebeldes en la capital la próxima semana, después de que el ejército se retirara de la "
                "región fronteriza donde combatía desde hace dos años. El presidente se reunió el martes con "
                "el enviado de las Naciones Unidas en Ginebra."),
    "chinese": ("外交部长周一表示，政府将于下周在首都与叛军举行会谈。此前，军队已从边境地区撤出，"
                "该地区的战斗已持续两年。总统周二在日内瓦会见了联合国特使，双方讨论了停火问题。"
                "反对派领导人说，他们将在下个月的选举之前提出新的和平方案。"),
    "arabic": ("قال وزير الخارجية يوم الاثنين إن الحكومة ستجري محادثات مع المتمردين في العاصمة الأسبوع "
               "المقبل، بعد انسحاب الجيش من المنطقة الحدودية التي قاتل فيها لمدة عامين. والتقى الرئيس "
               "مبعوث الأمم المتحدة في جنيف يوم الثلاثاء لمناقشة وقف إطلاق النار مع المتمردين في البلاد."),
}


def article(i: int) -> str:
    """A short English article, different for each ``i``."""
    return ENGLISH.replace("Kenya", f"country number {i}")


@dataclass
class Kind:
    """One kind of bad input: the paths to read, and what must happen to each of them."""

    name: str
    paths: list[Path]
    stored: int = 0  # documents it should add to an empty store
    reasons: list[str] = field(default_factory=list)  # a substring of each rejection expected (in any order)
    flexible: bool = False  # stored or rejected are both fine (e.g. what trafilatura makes of broken HTML)


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def bad_corpus(root: Path) -> list[Kind]:
    """Write one file (or folder) per kind of bad input under ``root``; return the kinds."""
    root.mkdir(parents=True, exist_ok=True)
    kinds: list[Kind] = []

    def put(name: str, data: bytes | str, suffix: str = ".txt") -> Path:
        path = root / f"{name}{suffix}"
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def add(name: str, data: bytes | str, suffix: str = ".txt", *, stored: int = 0, reasons=(), flexible=False):
        kinds.append(Kind(name, [put(name, data, suffix)], stored, list(reasons), flexible))

    rng = random.Random(9)
    # -- empty, whitespace, binary, encodings ------------------------------------------------------
    add("empty", b"", reasons=["empty"])
    add("whitespace-only", " \n\t\r\n  \f\n" * 50, reasons=["whitespace only"])
    add("binary", bytes(rng.randrange(256) for _ in range(4096)) + b"\x00", ".bin", reasons=["binary"])
    add("nul-bytes", ENGLISH[:100] + "\x00\x00" + ENGLISH[100:], reasons=["NUL"])
    add("control-characters", "".join(c + "\x01\x02\x1b" for c in ENGLISH), reasons=["control characters"])
    add("invalid-utf8", ENGLISH.encode()[:50] + b"\xff\xfe\xc3\x28" + ENGLISH.encode()[50:], reasons=["not UTF-8"])
    add("latin1", ("Le président " + ENGLISH).encode("latin-1"), reasons=["not UTF-8"])
    add("utf16-bom", codecs.BOM_UTF16_LE + article(30).encode("utf-16-le"), stored=1)
    add("utf16-no-bom", ENGLISH.encode("utf-16-le"), reasons=["UTF-16 without a byte-order mark"])
    add("utf16-bom-odd-length", codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le")[:-1], reasons=["invalid utf-16"])
    add("utf32-bom", codecs.BOM_UTF32_LE + article(31).encode("utf-32-le"), stored=1)
    add("utf32-no-bom", ENGLISH.encode("utf-32-le"), reasons=["UTF-32 without a byte-order mark"])
    add("utf8-bom", codecs.BOM_UTF8 + article(1).encode(), stored=1)
    # -- huge: rejected by size, never parsed -------------------------------------------------------
    kinds.append(Kind("one-line-50MB", [put("one-line-50MB", b"word " * (10 * 1024 * 1024))], 0, ["too large"]))
    kinds.append(Kind("sparse-200MB", [_sparse(root / "sparse-200MB.txt", 200 * 1024 * 1024)], 0, ["too large"]))
    kinds.append(Kind("sparse-200MB-html", [_sparse(root / "sparse-200MB.html", 200 * 1024 * 1024)], 0, ["too large"]))
    bomb = root / "gzip-bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as fh:
        chunk = b"a" * (1 << 20)
        for _ in range(64):
            fh.write(chunk)
    kinds.append(Kind("gzip-bomb", [bomb], 0, ["too large"]))
    add("broken-gzip", gzip.compress(ENGLISH.encode())[:30], ".txt.gz", reasons=["broken gzip"])
    # -- HTML ---------------------------------------------------------------------------------------
    add("html-deeply-nested", "<html><body>" + "<div>" * 100_000 + f"<p>{ENGLISH}</p>" + "</div>" * 100_000,
        ".html", flexible=True)
    add("html-truncated", f"<html><head><title>Talks</title></head><body><article><p>{article(2)}</p><p>The min",
        ".html", flexible=True)
    add("html-scripts-entities",
        "<html><head><title>Talks &amp; troops</title><script>var x = '<p>not article</p>';</script>"
        "<style>p{color:red}</style></head><body><article>"
        f"<p>{article(3).replace('Geneva', 'Gen&egrave;ve &mdash; &#x263A; &lt;b&gt;')}</p>"
        "<script>document.write('evil')</script></article></body></html>", ".html", stored=1)
    add("html-only-markup", "<html><head><title></title></head><body><div><span></span><br/><hr/></div></body></html>",
        ".html", reasons=["no article text"])
    add("html-not-english", f"<html><body><article><p>{FOREIGN['german']}</p></article></body></html>", ".html",
        reasons=["not English"])
    add("html-binary", b"<html><body>\x00\x01\x02" + bytes(range(256)) * 20, ".html", reasons=["binary"])
    # -- JSON Lines and JSON ------------------------------------------------------------------------
    add("jsonl-broken-lines", "\n".join([json.dumps({"text": article(4)}), "{\"text\": \"unterminated", "not json at all",
                                         json.dumps({"text": article(5)})[:-1], json.dumps({"text": article(6)})]),
        ".jsonl", stored=2, reasons=["broken JSON"] * 3)
    add("jsonl-missing-fields", json.dumps({"title": "no text"}) + "\n" + json.dumps({}) + "\n", ".jsonl",
        reasons=["no text field"] * 2)
    add("jsonl-wrong-types", "\n".join(json.dumps(o) for o in [
        {"text": 12}, {"text": ["a", "b"]}, {"text": {"nested": article(7)}}, {"text": article(8), "date": 20211019},
        {"text": True}, {"text": article(9), "title": 5, "url": ["x"]},
    ]), ".jsonl", stored=1, reasons=["int, not a string", "list, not a string", "dict, not a string",
                                     "date field is a int", "bool, not a string"])
    add("json-array-of-non-objects", json.dumps([1, "two", None, [3], 4.5]), ".json",
        reasons=["JSON int", "JSON str", "JSON NoneType", "JSON list", "JSON float"])
    add("json-deeply-nested", "[" * 200_000 + "]" * 200_000, ".json", reasons=["nested too deeply"])
    add("json-deeply-nested-object", '{"text": ' + '{"a": ' * 50_000 + "1" + "}" * 50_001, ".jsonl",
        reasons=["nested too deeply"])
    add("jsonl-empty-text", json.dumps({"text": ""}) + "\n" + json.dumps({"text": "   "}) + "\n", ".jsonl",
        reasons=["no text field", "whitespace only"])
    add("jsonl-long-line", "{\"text\": \"" + "word " * (5 * 1024 * 1024) + "\"}\n", ".jsonl", reasons=["too large"])
    # dates out of range: an unreadable date rejects the line with the reason; a valid extreme one is kept
    add("jsonl-dates-out-of-range", "\n".join(json.dumps({"text": article(20 + i), "date": d}) for i, d in enumerate(
        ["0000-01-01", "2021-03-32", "32nd of March", "2021-02-30", "-0001-01-01", "9999-12-31", "0001-01-01"])),
        ".jsonl", stored=2, reasons=["not an ISO date"] * 5)
    # -- not English ----------------------------------------------------------------------------------
    for language, text in FOREIGN.items():
        add(f"not-english-{language}", text, reasons=["not English"])
    # -- the file system ----------------------------------------------------------------------------
    kinds.append(Kind("missing-file", [root / "no-such-file.txt"], 0, ["no such file"]))
    loop = root / "symlink-loop"
    loop.mkdir()
    (loop / "a.txt").write_text(article(10))
    (loop / "again").symlink_to(loop, target_is_directory=True)
    kinds.append(Kind("symlink-loop-folder", [loop], 1, ["symlink loop"]))
    (root / "self-loop.txt").symlink_to(root / "self-loop.txt")
    kinds.append(Kind("symlink-loop-file", [root / "self-loop.txt"], 0, ["symlink"]))
    (root / "broken-link.txt").symlink_to(root / "nowhere.txt")
    kinds.append(Kind("broken-symlink", [root / "broken-link.txt"], 0, ["broken symlink"]))
    fifo = root / "fifo.txt"
    os.mkfifo(fifo)
    kinds.append(Kind("fifo", [fifo], 0, ["not a regular file"]))
    kinds.append(Kind("device", [Path("/dev/zero")], 0, ["not a regular file"]))
    folder_as_file = root / "folder-named-like-a-file.txt"
    folder_as_file.mkdir()
    kinds.append(Kind("empty-folder-given-as-file", [folder_as_file], 0, ["empty folder"]))
    locked = put("unreadable", article(11))
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads everything: the file is read like any other
        kinds.append(Kind("unreadable-permissions(root reads it)", [locked], 1))
    else:
        kinds.append(Kind("unreadable-permissions", [locked], 0, ["permission denied"]))
    return kinds


# -- helpers ---------------------------------------------------------------------------------------
def every_path(kinds: list[Kind]) -> list[str]:
    return [str(p) for k in kinds for p in k.paths]


def one_line(reason: str) -> bool:
    return bool(reason.strip()) and "\n" not in reason and "\r" not in reason


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Kind]:
    return bad_corpus(tmp_path_factory.mktemp("bad"))


def test_the_corpus_has_at_least_30_kinds(corpus):
    assert len(corpus) >= 30
    assert len({k.name for k in corpus}) == len(corpus)


def _check_kind(kind: Kind, documents: int, reasons: list[str]) -> list[str]:
    """What is wrong with how one kind was handled (empty when it was handled right)."""
    problems = [f"{kind.name}: reason not one line: {r!r}" for r in reasons if not one_line(r)]
    if kind.flexible:
        return problems
    if documents != kind.stored:
        problems.append(f"{kind.name}: {documents} documents, expected {kind.stored}")
    left = list(reasons)
    for want in kind.reasons:
        hit = next((r for r in left if want.lower() in r.lower()), None)
        if hit is None:
            problems.append(f"{kind.name}: no reason with {want!r} in {left}")
        else:
            left.remove(hit)
    if left and kind.reasons is not None and len(reasons) != len(kind.reasons):
        problems.append(f"{kind.name}: unexpected reasons {left}")
    return problems


# -- the loaders -----------------------------------------------------------------------------------
def test_loaders_give_every_kind_its_one_line_reason(corpus):
    from newsgraph.ingest import Rejected, load
    from newsgraph.records import Document

    problems: list[str] = []
    for kind in corpus:
        items = list(load([str(p) for p in kind.paths]))
        assert all(isinstance(i, (Document, Rejected)) for i in items)
        assert all(isinstance(i.text, str) for i in items if isinstance(i, Document))
        problems += _check_kind(kind, sum(isinstance(i, Document) for i in items),
                                [i.reason for i in items if isinstance(i, Rejected)])
    assert not problems, "\n".join(problems)


def test_huge_files_are_rejected_by_size_without_being_read(corpus, monkeypatch):
    import newsgraph.ingest._load as loader

    def no_open(*args, **kwargs):
        raise AssertionError(f"opened {args[0]}: a huge file must be refused from its size")

    monkeypatch.setattr(loader, "open", no_open, raising=False)
    huge = [p for k in corpus if k.name in ("one-line-50MB", "sparse-200MB", "sparse-200MB-html") for p in k.paths]
    items = list(loader.load([str(p) for p in huge]))
    assert [type(i).__name__ for i in items] == ["Rejected"] * 3
    assert all("too large" in i.reason for i in items)


# -- regression tests for the bugs this corpus found ----------------------------------------------
def _load_within(paths, seconds: float = 10.0):
    """load() in a thread; fail (not hang) when it does not finish."""
    import threading

    from newsgraph.ingest import load

    out: list = []
    thread = threading.Thread(target=lambda: out.extend(load([str(p) for p in paths])), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"load({paths}) still running after {seconds} s"
    return out


def test_bug_fifo_blocked_load_forever(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "z.txt").write_text(article(1))
    items = _load_within([tmp_path])  # a FIFO inside a folder, then a good file
    assert [type(i).__name__ for i in items] == ["Rejected", "Document"]
    assert "not a regular file" in items[0].reason


def test_bug_dev_zero_was_read_until_memory_ran_out():
    [item] = _load_within(["/dev/zero"])
    assert "not a regular file" in item.reason


def test_bug_gzip_bomb_was_decompressed_whole_before_the_size_check(tmp_path, monkeypatch):
    import newsgraph.ingest._load as loader

    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as fh:
        for _ in range(32):
            fh.write(b"a" * (1 << 20))
    monkeypatch.setattr(loader.gzip, "decompress", None)  # the whole-file path must not be used
    [item] = loader.load([str(bomb)], max_bytes=1 << 20)
    assert "too large" in item.reason and "decompressed" in item.reason
    # a .jsonl.gz holds many articles: the limit stays per article
    lines = tmp_path / "many.jsonl.gz"
    lines.write_bytes(gzip.compress("\n".join(json.dumps({"text": article(i)}) for i in range(50)).encode()))
    assert sum(1 for i in loader.load([str(lines)], max_bytes=2000) if not hasattr(i, "reason")) == 50


def test_bug_chinese_passed_as_english(tmp_path):
    from newsgraph.ingest import check_text
    from newsgraph.errors import InputError

    with pytest.raises(InputError, match="not English"):
        check_text(FOREIGN["chinese"])
    check_text(ENGLISH + " 外交部长周一表示")  # an English article quoting a few Chinese words is English


def test_bug_utf32_without_bom_was_called_utf16(tmp_path):
    from newsgraph.errors import InputError
    from newsgraph.ingest import decode

    with pytest.raises(InputError, match="UTF-32"):
        decode(ENGLISH.encode("utf-32-le"))
    with pytest.raises(InputError, match="UTF-32"):
        decode(ENGLISH.encode("utf-32-be"))
    with pytest.raises(InputError, match="UTF-16"):
        decode(ENGLISH.encode("utf-16-le"))


def test_bug_string_items_of_a_json_array_were_parsed_as_json(tmp_path):
    from newsgraph.ingest import load

    path = tmp_path / "a.json"
    path.write_text(json.dumps(["plain", json.dumps({"text": article(1)})]))
    items = list(load([str(path)]))
    assert [i.reason for i in items] == ["a JSON str, not an object with a text field"] * 2


def test_bug_empty_folder_was_silently_nothing(tmp_path):
    from newsgraph.ingest import load

    (tmp_path / "empty").mkdir()
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".x.txt").write_text(article(1))
    items = list(load([str(tmp_path / "empty"), str(tmp_path / "hidden")]))
    assert [i.reason.split(":")[0] for i in items] == ["empty folder", "empty folder"]


def test_bug_symlink_to_itself_was_called_broken(tmp_path):
    from newsgraph.ingest import load

    (tmp_path / "x.txt").symlink_to(tmp_path / "x.txt")
    [item] = load([str(tmp_path / "x.txt")])
    assert "symlink loop" in item.reason


def test_folder_that_disappears_mid_run(tmp_path):
    import shutil

    from newsgraph.ingest import Rejected, load
    from newsgraph.records import Document

    root = tmp_path / "corpus"
    for folder in ("a", "b"):
        (root / folder).mkdir(parents=True)
        for i in range(3):
            (root / folder / f"{i}.txt").write_text(article(hash((folder, i)) % 1000))
    items = []
    for item in load([str(root)]):
        items.append(item)
        if len(items) == 1:
            shutil.rmtree(root)  # the whole corpus goes away after the first article was read
    assert isinstance(items[0], Document)
    rejected = [i for i in items[1:] if isinstance(i, Rejected)]
    assert len(items) == 4 and len(rejected) == 3  # a/1, a/2 (listed before) and the folder b
    assert all("disappeared" in r.reason for r in rejected[:2])
    assert "can't read the folder" in rejected[2].reason and all(one_line(r.reason) for r in rejected)


# -- the commands: extract and ingest over every kind ---------------------------------------------
@pytest.fixture(scope="module")
def runner():
    from typer.testing import CliRunner

    return CliRunner()


def _no_crash(result) -> None:
    exc = result.exception
    assert exc is None or isinstance(exc, SystemExit), f"crashed: {exc!r}\n{result.output[-2000:]}"


@pytest.mark.model
def test_extract_gives_one_line_reasons_and_fails_only_when_nothing_was_read(runner, nlp, corpus):
    from newsgraph.cli import app

    problems: list[str] = []
    for kind in corpus:
        result = runner.invoke(app, ["extract", *[str(p) for p in kind.paths], "--format", "jsonl"])
        _no_crash(result)
        documents = [line for line in result.stdout.splitlines() if line.startswith("{")]
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert all(line.startswith("newsgraph: ") for line in lines), lines
        reasons = [line for line in lines if not line.startswith("newsgraph: nothing could be read")]
        problems += _check_kind(kind, len(documents), reasons)
        if not kind.flexible and result.exit_code != (0 if kind.stored else 1):
            problems.append(f"{kind.name}: exit code {result.exit_code} with {len(documents)} documents")
    assert not problems, "\n".join(problems)


@pytest.mark.model
def test_extract_reads_the_good_files_among_all_the_bad_ones(runner, nlp, corpus):
    from newsgraph.cli import app

    result = runner.invoke(app, ["extract", *every_path(corpus), "--format", "jsonl"])
    _no_crash(result)
    assert result.exit_code == 0
    stored = sum(k.stored for k in corpus if not k.flexible)
    assert stored <= len(result.stdout.splitlines()) <= stored + sum(1 for k in corpus if k.flexible)


def _store_state(db: Path) -> tuple[set[str], list[tuple[str, str]], str]:
    with sqlite3.connect(db) as con:
        ids = {r[0] for r in con.execute("SELECT id FROM documents")}
        rejected = list(con.execute("SELECT source, reason FROM rejected"))
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    return ids, rejected, check


@pytest.mark.model
def test_ingest_records_each_kind_in_the_rejected_table_and_loses_nothing(runner, nlp, corpus, tmp_path):
    from newsgraph.cli import app

    db = tmp_path / "store.db"
    seed = tmp_path / "seed.jsonl"
    seed.write_text("\n".join(json.dumps({"text": article(100 + i), "date": "2021-10-19"}) for i in range(5)))
    result = runner.invoke(app, ["ingest", str(seed), "--db", str(db), "--batch-size", "2", "--no-progress"])
    assert result.exit_code == 0, result.output
    before, _, _ = _store_state(db)
    assert len(before) == 5
    problems: list[str] = []
    for kind in corpus:
        ids, _, _ = _store_state(db)
        result = runner.invoke(app, ["ingest", *[str(p) for p in kind.paths], "--db", str(db), "--batch-size", "2",
                                     "--no-progress"])
        _no_crash(result)
        after, rejected, check = _store_state(db)
        assert check == "ok"
        assert ids <= after, f"{kind.name}: documents lost"
        prefixes = tuple(str(p) for p in kind.paths)
        reasons = [reason for source, reason in rejected if source.startswith(prefixes)]
        problems += _check_kind(kind, len(after) - len(ids), reasons)
        if not kind.flexible and result.exit_code != (0 if kind.stored else 1):
            problems.append(f"{kind.name}: exit code {result.exit_code}")
        assert "read " in result.stderr.splitlines()[-1]  # the summary line is always printed
    assert not problems, "\n".join(problems)
    # a second run over everything stores nothing twice and loses nothing
    ids, rejected, _ = _store_state(db)
    result = runner.invoke(app, ["ingest", *every_path(corpus), "--db", str(db), "--no-progress"])
    _no_crash(result)
    again, rejected_again, check = _store_state(db)
    assert check == "ok" and again == ids and len(rejected_again) == len(rejected)
    assert before <= again


# '' was a crash (None.isoformat() in jobs.py), fixed in d51f2dd: now a one-line refusal.
BAD_PUBLISHED = ["0000-01-01", "2021-03-32", "32nd of March", "2021-02-30", "-1", "", "10000-01-01",
                 "２０２１-01-01"]


@pytest.mark.parametrize("published", BAD_PUBLISHED)
def test_published_out_of_range_is_one_line_and_stores_nothing(runner, tmp_path, published):
    from newsgraph.cli import app

    path = tmp_path / "a.txt"
    path.write_text(article(1))
    db = tmp_path / "s.db"
    for command in (["extract", str(path)], ["ingest", str(path), "--db", str(db), "--no-progress"]):
        result = runner.invoke(app, [*command, "--published", published])
        _no_crash(result)
        assert result.exit_code != 0
        [line] = result.stderr.splitlines()
        assert line.startswith("newsgraph: ") and "date" in line
    if db.exists():
        assert _store_state(db)[0] == set()


@pytest.mark.model
@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_published_at_the_ends_of_the_calendar_is_read(runner, nlp, tmp_path, published):
    from newsgraph.cli import app

    path = tmp_path / "a.txt"
    path.write_text(article(1) + " Last year the deal was signed; next Monday the troops leave. Yesterday they met.")
    result = runner.invoke(app, ["extract", str(path), "--published", published])
    _no_crash(result)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["published"] == published


@pytest.mark.model
def test_standard_input_binary_and_empty(runner, nlp):
    from newsgraph.cli import app

    for data, reason in ((b"\x00\x01\x02" * 100, "binary"), (b"", "empty"), (b"\xc3\x28 abc", "not UTF-8")):
        result = runner.invoke(app, ["extract", "-"], input=data)
        _no_crash(result)
        assert result.exit_code == 1 and reason in result.stderr


@pytest.mark.model
def test_bug_article_over_a_million_characters_crashed_extract(runner, nlp, tmp_path):
    from newsgraph.cli import app

    path = tmp_path / "long.txt"
    path.write_text((article(1) + " ") * 4000)  # 1.1 M characters: under --max-bytes, over spaCy's max_length
    result = runner.invoke(app, ["extract", str(path)])
    _no_crash(result)
    assert result.exit_code == 1 and "too long" in result.stderr


def test_bug_empty_json_array_and_warc_without_responses_gave_nothing(tmp_path):
    """Found by tests/test_fuzz.py: both inputs were read as nothing at all, with no reason."""
    from newsgraph.ingest import load

    (tmp_path / "a.json").write_text("[]")
    (tmp_path / "b.warc").write_bytes(b"   \x00 \x00")
    (tmp_path / "c.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                                      b"Content-Length: 0\r\n\r\n\r\n\r\n")
    reasons = [i.reason for i in load([str(tmp_path / n) for n in ("a.json", "b.warc", "c.warc")])]
    assert len(reasons) == 3 and all(one_line(r) for r in reasons), reasons
    assert "empty JSON array" in reasons[0]
