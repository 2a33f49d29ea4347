"""Numbered schema migrations. Append a new entry to change the schema; never edit an applied one.

A migration whose derived rows need Python (the identities of migration 3) names a Store method in
``AFTER``; it runs in the migration's own transaction."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "documents, records of every stage, rejected inputs",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,                -- sha256 of the text
            title TEXT,
            published TEXT,                     -- ISO date
            published_inferred INTEGER NOT NULL DEFAULT 0,
            url TEXT,
            source TEXT,                        -- where it was first read from
            language TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE document_sources (         -- every place the same text was read from
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (document_id, source)
        );
        CREATE TABLE actors (                   -- canonical actors, merged across documents by id
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT,
            country TEXT,
            sector TEXT,
            code TEXT
        );
        CREATE TABLE actor_aliases (
            actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (actor_id, alias)
        );
        CREATE TABLE document_actors (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor_id TEXT NOT NULL REFERENCES actors(id),
            mentions INTEGER NOT NULL,
            record TEXT NOT NULL,               -- the actor as read in this document (JSON)
            PRIMARY KEY (document_id, actor_id)
        );
        CREATE TABLE events (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL,                   -- the event's id within its document
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            event_key TEXT NOT NULL,            -- same type, actors, recipients and date: one real event
            event TEXT NOT NULL,
            mode TEXT,
            date TEXT,
            modality TEXT NOT NULL,
            negated INTEGER NOT NULL,
            cameo TEXT,
            text TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            record TEXT NOT NULL,               -- the whole event record (JSON)
            UNIQUE (document_id, id)
        );
        CREATE INDEX events_key ON events(event_key);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_document ON events(document_id);
        CREATE TABLE event_participants (
            event_rowid INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
            actor_id TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            PRIMARY KEY (event_rowid, actor_id, role)
        );
        CREATE INDEX event_participants_actor ON event_participants(actor_id);
        CREATE TABLE roles (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor_id TEXT NOT NULL,
            title TEXT NOT NULL COLLATE NOCASE,
            organization TEXT,
            country TEXT,
            start TEXT,
            "end" TEXT,
            status TEXT,
            record TEXT NOT NULL
        );
        CREATE INDEX roles_actor ON roles(actor_id);
        CREATE INDEX roles_title ON roles(title);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            speaker_id TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_id);
        CREATE TABLE agreements (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT,
            date TEXT,
            record TEXT NOT NULL
        );
        CREATE TABLE timexes (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX timexes_document ON timexes(document_id);
        CREATE TABLE rejected (                 -- inputs that could not be read, with the reason
            source TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            rejected_at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        # similarity is NULL for a source of this very text, else a near duplicate's estimated Jaccard
        # similarity; text_id the near duplicate's own text hash. (No comments inside ALTER TABLE:
        # SQLite copies them into the table's schema.)
        "near-duplicate detection: MinHash signatures, sources that were near duplicates",
        """
        CREATE TABLE document_minhash (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            signature BLOB NOT NULL
        );
        ALTER TABLE document_sources ADD COLUMN similarity REAL;
        ALTER TABLE document_sources ADD COLUMN text_id TEXT
        """,
    ),
    (
        3,
        "one identity per person or body: document records mapped to identities, Wikidata ids, user splits",
        # document_actors is rebuilt: its actor_id now names the identity (a row of actors), local_id the
        # actor's id in the document's own records (the two were one). Store.rebuild_identities then fills
        # the name keys and Wikidata ids and assigns every stored record an identity by the merge rule.
        """
        CREATE TABLE document_actors_v3 (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            local_id TEXT NOT NULL,             -- the actor's id in the document's records
            actor_id TEXT NOT NULL REFERENCES actors(id),  -- its identity across documents
            mentions INTEGER NOT NULL,
            record TEXT NOT NULL,               -- the actor as read in this document (JSON)
            name_key TEXT NOT NULL DEFAULT '',  -- the canonical form of its name
            wikidata TEXT,
            merged_by TEXT,                     -- how it joined its identity: wikidata, name, user, NULL (first)
            PRIMARY KEY (document_id, local_id),
            UNIQUE (document_id, actor_id)
        );
        INSERT INTO document_actors_v3(document_id, local_id, actor_id, mentions, record)
            SELECT document_id, actor_id, actor_id, mentions, record FROM document_actors ORDER BY rowid;
        DROP TABLE document_actors;
        ALTER TABLE document_actors_v3 RENAME TO document_actors;
        CREATE INDEX document_actors_actor ON document_actors(actor_id);
        ALTER TABLE actors ADD COLUMN wikidata TEXT;
        CREATE INDEX actors_wikidata ON actors(wikidata);
        CREATE TABLE actor_names (              -- the canonical names of each identity's records: the rule's index
            name_key TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            PRIMARY KEY (name_key, actor_id)
        ) WITHOUT ROWID;
        CREATE TABLE actor_splits (             -- the user's splits: where a record goes, whatever the rule says
            document_id TEXT NOT NULL,          -- no reference: the decision outlives the document
            local_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,             -- the identity the user gave the record
            split_from TEXT NOT NULL,           -- the identity it was taken out of
            decided_at TEXT NOT NULL,
            PRIMARY KEY (document_id, local_id)
        )
        """,
    ),
    (
        4,
        "the kind of each document, news or opinion (ingest._kind); stored documents are read again for it",
        """
        ALTER TABLE documents ADD COLUMN kind TEXT;
        CREATE INDEX documents_kind ON documents(kind)
        """,
    ),
    (
        5,
        # documents.ref is the first ref a text was stored or read again under (documents stored before
        # this migration have none until read again); document_refs every ref, with the source it came with
        "the input's own id of each document (ref), and every ref a text was read under",
        """
        ALTER TABLE documents ADD COLUMN ref TEXT;
        CREATE INDEX documents_ref ON documents(ref);
        CREATE TABLE document_refs (            -- every ref a stored text was read under, the first kept in documents.ref
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ref TEXT NOT NULL,
            source TEXT,                        -- where it was read with that ref
            seen_at TEXT NOT NULL,
            PRIMARY KEY (document_id, ref)
        );
        CREATE INDEX document_refs_ref ON document_refs(ref)
        """,
    ),
]

AFTER: dict[int, str] = {3: "rebuild_identities", 4: "fill_kinds"}
