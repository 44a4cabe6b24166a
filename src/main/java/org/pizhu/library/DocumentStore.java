package org.pizhu.library;

import org.pizhu.script.ScriptDetector;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.TextDigest;

/** SQL for documents and their blocks. Every method runs on the caller's connection (and transaction). */
final class DocumentStore {
    private static final String INFO = "SELECT d.id, d.title, d.source_name, d.script, d.imported_at, d.modified_at,"
            + " d.version, d.length, (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) FROM documents d";

    private DocumentStore() {
    }

    /** SHA-256 of the text's UTF-8 bytes, in hex: the key that refuses duplicate imports. */
    static String hash(String text) {
        return TextDigest.sha256(text);
    }

    static Optional<Long> idByHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Stores a new document whose text hashes to {@code hash} (see {@link #hash}). */
    static long insert(Connection c, Document doc, String hash, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (source_name, title, content_hash,"
                + " script, imported_at, modified_at, version, length) VALUES (?, ?, ?, ?, ?, ?, 1, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, doc.sourceName());
            ps.setString(2, DocumentTitles.of(doc));
            ps.setString(3, hash);
            ps.setString(4, ScriptDetector.detect(doc.source()).id());
            ps.setString(5, now.toString());
            ps.setString(6, now.toString());
            ps.setInt(7, doc.source().length());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_texts (document_id, source) VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, doc.source());
            ps.executeUpdate();
        }
        insertBlocks(c, id, doc);
        return id;
    }

    /** Replaces a document's text and blocks with a new version whose text hashes to {@code hash}. */
    static void replace(Connection c, long id, Document doc, String hash, Instant now) throws SQLException {
        String title = DocumentTitles.forReimport(find(c, id).map(DocumentInfo::title).orElse(null), load(c, id), doc);
        SearchKeys.unindex(c, id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM blocks WHERE document_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET source_name = ?, title = ?,"
                + " content_hash = ?, script = ?, modified_at = ?, version = version + 1, length = ? WHERE id = ?")) {
            ps.setString(1, doc.sourceName());
            ps.setString(2, title);
            ps.setString(3, hash);
            ps.setString(4, ScriptDetector.detect(doc.source()).id());
            ps.setString(5, now.toString());
            ps.setInt(6, doc.source().length());
            ps.setLong(7, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE document_texts SET source = ? WHERE document_id = ?")) {
            ps.setString(1, doc.source());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        insertBlocks(c, id, doc);
    }

    private static void insertBlocks(Connection c, long id, Document doc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO blocks (document_id, idx, kind, text, first_line,"
                + " last_line, source_start, source_end, source_map) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Block b : doc.blocks()) {
                ps.setLong(1, id);
                ps.setInt(2, b.index());
                ps.setString(3, b.kind().id());
                ps.setString(4, b.text());
                ps.setInt(5, b.firstLine());
                ps.setInt(6, b.lastLine());
                ps.setInt(7, b.sourceStart());
                ps.setInt(8, b.sourceEnd());
                ps.setBytes(9, BlockCodec.encode(b.sourceMap()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        SearchKeys.index(c, id, doc.blocks());
    }

    static List<DocumentInfo> list(Connection c) throws SQLException {
        List<DocumentInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(INFO + " ORDER BY d.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(info(rs));
            }
        }
        return out;
    }

    static Optional<DocumentInfo> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INFO + " WHERE d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(info(rs)) : Optional.empty();
            }
        }
    }

    private static DocumentInfo info(ResultSet rs) throws SQLException {
        return new DocumentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.parse(rs.getString(5)), Instant.parse(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9));
    }

    /** The stored document: source text and blocks, rebuilt without re-running the reflow. */
    static Document load(Connection c, long id) throws SQLException {
        String name;
        String source;
        try (PreparedStatement ps = c.prepareStatement("SELECT d.source_name, t.source FROM documents d"
                + " JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LibraryException("no document " + id + " in the library");
                }
                name = rs.getString(1);
                source = rs.getString(2);
            }
        }
        List<Block> blocks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT idx, kind, text, first_line, last_line, source_start,"
                + " source_map FROM blocks WHERE document_id = ? ORDER BY idx")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(3);
                    blocks.add(new Block(rs.getInt(1), BlockKind.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                            text, rs.getInt(4), rs.getInt(5), BlockCodec.decode(rs.getBytes(7), text.length(), rs.getInt(6))));
                }
            }
        }
        return new Document(name, source, blocks);
    }

    /** Sets a document's title; false when there is no such document. */
    static boolean setTitle(Connection c, long id, String title, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET title = ?, modified_at = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setString(2, now.toString());
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    static boolean delete(Connection c, long id) throws SQLException {
        SearchKeys.unindex(c, id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }
}
