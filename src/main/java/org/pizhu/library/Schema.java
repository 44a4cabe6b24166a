package org.pizhu.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The library's schema and its forward migrations. {@code PRAGMA user_version} holds the version; each migration
 * runs in the opening transaction, so a file is either fully migrated or untouched. Migrations are never edited once
 * released: a change to the schema is a new migration (and a frozen copy of the old schema goes to the tests).
 *
 * <p>v1: documents, blocks, annotations, tags. v2: speakers, speaker corrections, undo log. v3: search keys in a narrow
 * {@code block_keys} table (cheap to scan for 1–2 character queries) indexed by FTS5 trigrams, note keys, document
 * length, source texts moved to {@code document_texts} (so listing documents never reads them), {@code meta}. v4: no
 * triggers on {@code block_keys}: a trigger updates the full-text index one row at a time, which made storing a
 * 38,000-block document take seconds; {@link SearchKeys} now indexes and unindexes a document's blocks in bulk.
 * v5: speaker corrections may also remove a speaker ("not a speaker") and set a speaker's titles. v6: each annotation
 * has a globally unique {@code uid} (a random UUID) that exports, links and imports carry, so an annotation keeps its
 * identity in any library; existing annotations get one (their row ids, and so old {@code #a-N} links, stay); and
 * the citation data a user edits per document ({@code document_meta}, JSON).
 */
final class Schema {
    /** The newest schema version this build reads and writes. */
    static final int CURRENT = 6;
    /** {@code PRAGMA application_id} of Pizhu libraries ("PZHU"). */
    static final int APPLICATION_ID = 0x505A4855;

    /** Marks the step of a migration where the search keys of existing rows are computed (before the index). */
    private static final String KEYS = "-- compute search keys";
    /** Marks the step of a migration where existing annotations get their uids. */
    private static final String UIDS = "-- give annotations uids";

    private static final List<String> V1 = List.of("""
            CREATE TABLE documents (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              source_name TEXT NOT NULL,
              title TEXT NOT NULL,
              source TEXT NOT NULL,
              content_hash TEXT NOT NULL UNIQUE,
              script TEXT NOT NULL,
              imported_at TEXT NOT NULL,
              modified_at TEXT NOT NULL,
              version INTEGER NOT NULL DEFAULT 1)""", """
            CREATE TABLE blocks (
              id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL,
              kind TEXT NOT NULL,
              text TEXT NOT NULL,
              first_line INTEGER NOT NULL,
              last_line INTEGER NOT NULL,
              source_start INTEGER NOT NULL,
              source_end INTEGER NOT NULL,
              source_map BLOB NOT NULL,
              UNIQUE (document_id, idx))""", """
            CREATE TABLE annotations (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              kind TEXT NOT NULL CHECK (kind IN ('highlight', 'underline', 'note')),
              color TEXT NOT NULL,
              source_start INTEGER NOT NULL,
              source_end INTEGER NOT NULL,
              exact TEXT NOT NULL,
              prefix TEXT NOT NULL,
              suffix TEXT NOT NULL,
              block_index INTEGER NOT NULL,
              block_offset INTEGER NOT NULL,
              orphan INTEGER NOT NULL DEFAULT 0,
              note TEXT NOT NULL DEFAULT '',
              created_at TEXT NOT NULL,
              modified_at TEXT NOT NULL)""",
            "CREATE INDEX annotations_order ON annotations (document_id, orphan, block_index, block_offset)",
            "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)", """
            CREATE TABLE annotation_tags (
              annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
              tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
              PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID""",
            "CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id)");

    private static final List<String> V2 = List.of("""
            CREATE TABLE speakers (
              id INTEGER PRIMARY KEY,
              document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              name TEXT NOT NULL,
              role TEXT NOT NULL DEFAULT '',
              UNIQUE (document_id, name))""", """
            CREATE TABLE block_speakers (
              document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              block_index INTEGER NOT NULL,
              speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
              PRIMARY KEY (document_id, block_index)) WITHOUT ROWID""", """
            CREATE TABLE speaker_corrections (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              action TEXT NOT NULL CHECK (action IN ('rename', 'merge', 'attribute')),
              subject TEXT NOT NULL,
              value TEXT,
              created_at TEXT NOT NULL)""", """
            CREATE TABLE undo_log (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              annotation_id INTEGER NOT NULL,
              label TEXT NOT NULL,
              before_state TEXT,
              after_state TEXT,
              undone INTEGER NOT NULL DEFAULT 0,
              at TEXT NOT NULL)""");

    private static final List<String> V3 = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "ALTER TABLE documents ADD COLUMN length INTEGER NOT NULL DEFAULT 0",
            "UPDATE documents SET length = length(source)", """
            CREATE TABLE document_texts (
              document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
              source TEXT NOT NULL)""",
            "INSERT INTO document_texts (document_id, source) SELECT id, source FROM documents",
            "ALTER TABLE documents DROP COLUMN source", """
            CREATE TABLE block_keys (
              block_id INTEGER PRIMARY KEY REFERENCES blocks(id) ON DELETE CASCADE,
              search_key TEXT NOT NULL)""",
            "ALTER TABLE annotations ADD COLUMN note_key TEXT NOT NULL DEFAULT ''",
            KEYS,
            "CREATE VIRTUAL TABLE blocks_fts USING fts5(search_key, content='block_keys', content_rowid='block_id',"
                    + " tokenize='trigram')", """
            CREATE TRIGGER blocks_fts_insert AFTER INSERT ON block_keys BEGIN
              INSERT INTO blocks_fts (rowid, search_key) VALUES (new.block_id, new.search_key);
            END""", """
            CREATE TRIGGER blocks_fts_delete AFTER DELETE ON block_keys BEGIN
              INSERT INTO blocks_fts (blocks_fts, rowid, search_key) VALUES ('delete', old.block_id, old.search_key);
            END""", """
            CREATE TRIGGER blocks_fts_update AFTER UPDATE ON block_keys BEGIN
              INSERT INTO blocks_fts (blocks_fts, rowid, search_key) VALUES ('delete', old.block_id, old.search_key);
              INSERT INTO blocks_fts (rowid, search_key) VALUES (new.block_id, new.search_key);
            END""",
            "CREATE INDEX undo_log_state ON undo_log (undone, id)");

    private static final List<String> V4 = List.of(
            "DROP TRIGGER blocks_fts_insert",
            "DROP TRIGGER blocks_fts_delete",
            "DROP TRIGGER blocks_fts_update");

    private static final List<String> V5 = List.of("""
            CREATE TABLE speaker_corrections_v5 (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              action TEXT NOT NULL CHECK (action IN ('rename', 'merge', 'attribute', 'remove', 'titles')),
              subject TEXT NOT NULL,
              value TEXT,
              created_at TEXT NOT NULL)""",
            "INSERT INTO speaker_corrections_v5 (id, document_id, action, subject, value, created_at)"
                    + " SELECT id, document_id, action, subject, value, created_at FROM speaker_corrections",
            "DROP TABLE speaker_corrections",
            "ALTER TABLE speaker_corrections_v5 RENAME TO speaker_corrections",
            "CREATE INDEX speaker_corrections_document ON speaker_corrections (document_id, id)");

    private static final List<String> V6 = List.of(
            "ALTER TABLE annotations ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
            UIDS,
            "CREATE UNIQUE INDEX annotations_uid ON annotations (uid)", """
            CREATE TABLE document_meta (
              document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
              data TEXT NOT NULL)""");

    private static final List<List<String>> MIGRATIONS = List.of(V1, V2, V3, V4, V5, V6);

    private Schema() {
    }

    /** Brings the schema from {@code from} to {@link #CURRENT}; the caller holds a write transaction. */
    static void migrate(Connection conn, int from) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (int v = from + 1; v <= CURRENT; v++) {
                for (String sql : MIGRATIONS.get(v - 1)) {
                    if (sql.equals(KEYS)) {
                        SearchKeys.computeKeys(conn);
                    } else if (sql.equals(UIDS)) {
                        AnnotationStore.giveUids(conn);
                    } else {
                        st.execute(sql);
                    }
                }
                if (v == 3) {
                    SearchKeys.rebuildIndex(conn);
                }
            }
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + CURRENT);
        }
    }
}
