package org.pizhu.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pizhu.annotate.Anchor;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.annotate.TextQuoteSelector;

/**
 * The persisted undo/redo history of annotation changes: each create, edit or delete stores the annotation's state
 * before and after (as JSON) in the same transaction as the change. Undo restores "before", redo restores "after". A
 * new change drops the redo entries; only the last {@link #KEEP} entries are kept.
 */
final class UndoLog {
    static final int KEEP = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One undoable step. */
    record Entry(long id, long documentId, long annotationId, String label, Annotation before, Annotation after) {
    }

    private UndoLog() {
    }

    static void record(Connection c, String label, Annotation before, Annotation after) throws SQLException {
        Annotation any = after != null ? after : before;
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM undo_log WHERE undone = 1");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO undo_log (document_id, annotation_id, label,"
                + " before_state, after_state, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, any.documentId());
            ps.setLong(2, any.id());
            ps.setString(3, label);
            ps.setString(4, toJson(before));
            ps.setString(5, toJson(after));
            ps.setString(6, Instant.now().toString());
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - " + KEEP);
        }
    }

    /** The next step to undo (the latest done one) or to redo (the earliest undone one). */
    static Optional<Entry> next(Connection c, boolean undo) throws SQLException {
        String sql = "SELECT id, document_id, annotation_id, label, before_state, after_state FROM undo_log WHERE undone = "
                + (undo ? "0 ORDER BY id DESC" : "1 ORDER BY id ASC") + " LIMIT 1";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Entry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                    fromJson(rs.getString(5)), fromJson(rs.getString(6))));
        }
    }

    static void mark(Connection c, long entryId, boolean undone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE undo_log SET undone = ? WHERE id = ?")) {
            ps.setInt(1, undone ? 1 : 0);
            ps.setLong(2, entryId);
            ps.executeUpdate();
        }
    }

    /** Forgets a document's history (its text changed, so old anchors must not come back). */
    static void forget(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM undo_log WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            ps.executeUpdate();
        }
    }

    private static String toJson(Annotation a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("document", a.documentId());
        o.put("kind", a.kind().id());
        o.put("color", a.color().id());
        o.put("start", a.anchor().start());
        o.put("end", a.anchor().end());
        o.put("exact", a.anchor().quote().exact());
        o.put("prefix", a.anchor().quote().prefix());
        o.put("suffix", a.anchor().quote().suffix());
        o.put("block", a.anchor().block());
        o.put("blockOffset", a.anchor().blockOffset());
        o.put("orphan", a.orphan());
        o.put("note", a.note());
        ArrayNode tags = o.putArray("tags");
        a.tags().forEach(tags::add);
        o.put("created", a.created().toString());
        o.put("modified", a.modified().toString());
        o.put("uid", a.uid());
        return o.toString();
    }

    private static Annotation fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode o = JSON.readTree(json);
            List<String> tags = new ArrayList<>();
            o.get("tags").forEach(t -> tags.add(t.asText()));
            Anchor anchor = new Anchor(o.get("start").asInt(), o.get("end").asInt(), new TextQuoteSelector(
                    o.get("exact").asText(), o.get("prefix").asText(), o.get("suffix").asText()),
                    o.get("block").asInt(), o.get("blockOffset").asInt());
            return new Annotation(o.get("id").asLong(), o.get("document").asLong(), AnnotationKind.of(o.get("kind").asText()),
                    Color.of(o.get("color").asText()), anchor, o.get("orphan").asBoolean(), o.get("note").asText(), tags,
                    Instant.parse(o.get("created").asText()), Instant.parse(o.get("modified").asText()),
                    o.path("uid").asText(""));
        } catch (JsonProcessingException e) {
            throw new LibraryException("the undo history holds an unreadable entry; it was skipped", e);
        }
    }
}
