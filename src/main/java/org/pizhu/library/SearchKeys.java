package org.pizhu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.script.SearchKey;

/**
 * Keeps the stored search keys in step with {@link SearchKey#phrased}: the keys of blocks and notes are computed when they are
 * written, and recomputed for the whole library when the folding rules change (detected by a fingerprint in
 * {@code meta}), e.g. when a new version folds more Traditional characters.
 */
final class SearchKeys {
    /**
     * Characters whose keys change when the folding rules change: script, width and case variants, and phrases kept
     * whole (乾隆 and 乾坤 since keys became phrase-aware: a library indexed char by char is re-keyed on opening).
     */
    private static final String PROBE = "陳說體們國會這與從來書ＡＺａｚ０９ＡbC　．乾隆乾坤";

    private SearchKeys() {
    }

    /** A fingerprint of the current folding rules. */
    static String fingerprint() {
        return SearchKey.phrased(PROBE);
    }

    /** Whether the stored keys were made with other folding rules; the caller then calls {@link #refresh}. */
    static boolean stale(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM meta WHERE key = 'search_key'")) {
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || !rs.getString(1).equals(fingerprint());
            }
        }
    }

    /** Recomputes every block's and note's search key and rebuilds the full-text index; needs a write transaction. */
    static void refresh(Connection conn) throws SQLException {
        computeKeys(conn);
        rebuildIndex(conn);
    }

    /** Recomputes the stored keys of blocks and notes; the full-text index must be rebuilt after. */
    static void computeKeys(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             PreparedStatement upd = conn.prepareStatement("INSERT INTO block_keys (block_id, search_key) VALUES (?, ?)"
                     + " ON CONFLICT (block_id) DO UPDATE SET search_key = excluded.search_key");
             ResultSet rs = st.executeQuery("SELECT id, text FROM blocks")) {
            while (rs.next()) {
                upd.setLong(1, rs.getLong(1));
                upd.setString(2, SearchKey.phrased(rs.getString(2)));
                upd.addBatch();
            }
            upd.executeBatch();
        }
        try (Statement st = conn.createStatement();
             PreparedStatement upd = conn.prepareStatement("UPDATE annotations SET note_key = ? WHERE id = ?");
             ResultSet rs = st.executeQuery("SELECT id, note FROM annotations")) {
            while (rs.next()) {
                upd.setString(1, SearchKey.phrased(rs.getString(2)));
                upd.setLong(2, rs.getLong(1));
                upd.addBatch();
            }
            upd.executeBatch();
        }
    }

    /** Writes the search keys of a document's blocks, just inserted, and adds them to the full-text index. */
    static void index(Connection conn, long documentId, List<Block> blocks) throws SQLException {
        try (PreparedStatement keys = conn.prepareStatement("INSERT INTO block_keys (block_id, search_key)"
                + " SELECT id, ? FROM blocks WHERE document_id = ? AND idx = ?")) {
            for (Block b : blocks) {
                keys.setString(1, SearchKey.phrased(b.text()));
                keys.setLong(2, documentId);
                keys.setInt(3, b.index());
                keys.addBatch();
            }
            keys.executeBatch();
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO blocks_fts (rowid, search_key) SELECT k.block_id,"
                + " k.search_key FROM blocks b JOIN block_keys k ON k.block_id = b.id WHERE b.document_id = ?")) {
            ps.setLong(1, documentId);
            ps.executeUpdate();
        }
    }

    /**
     * Takes a document's blocks out of the full-text index; call it before deleting them (the index is external
     * content: it can only forget a row it is shown again).
     */
    static void unindex(Connection conn, long documentId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO blocks_fts (blocks_fts, rowid, search_key)"
                + " SELECT 'delete', k.block_id, k.search_key FROM blocks b JOIN block_keys k ON k.block_id = b.id"
                + " WHERE b.document_id = ?")) {
            ps.setLong(1, documentId);
            ps.executeUpdate();
        }
    }

    /** Rebuilds the full-text index from the blocks' keys and records the folding rules' fingerprint. */
    static void rebuildIndex(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("INSERT INTO blocks_fts (blocks_fts) VALUES ('rebuild')");
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO meta (key, value) VALUES ('search_key', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, fingerprint());
            ps.executeUpdate();
        }
    }
}
