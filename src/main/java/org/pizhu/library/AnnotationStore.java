package org.pizhu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.pizhu.annotate.Anchor;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.annotate.TextQuoteSelector;
import org.pizhu.script.SearchKey;

/** SQL for annotations and their tags. Every method runs on the caller's connection (and transaction). */
final class AnnotationStore {
    private static final String COLUMNS = "a.id, a.document_id, a.kind, a.color, a.source_start, a.source_end, a.exact,"
            + " a.prefix, a.suffix, a.block_index, a.block_offset, a.orphan, a.note, a.created_at, a.modified_at, a.uid";
    private static final String ORDER = " ORDER BY a.orphan, a.block_index, a.block_offset, a.source_start, a.id";

    private AnnotationStore() {
    }

    /** Tag names cleaned: trimmed, inner whitespace collapsed, empty ones dropped, duplicates removed, sorted. */
    static List<String> cleanTags(List<String> tags) {
        Set<String> out = new TreeSet<>();
        for (String t : tags) {
            String clean = t.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return List.copyOf(out);
    }

    /** A new globally unique annotation id. */
    static String newUid() {
        return UUID.randomUUID().toString();
    }

    /** Gives every annotation without a uid a new one (migration to v6). */
    static void giveUids(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM annotations WHERE uid = ''")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE annotations SET uid = ? WHERE id = ?")) {
            for (long id : ids) {
                ps.setString(1, newUid());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Inserts {@code a}; with id 0 a new id is given, else the given id is reused (undo of a deletion). Its uid is
     * kept, or a new one is made when it has none; returns the row id.
     */
    static long insert(Connection c, Annotation a) throws SQLException {
        String sql = "INSERT INTO annotations (" + (a.id() != 0 ? "id, " : "") + "document_id, kind, color, source_start,"
                + " source_end, exact, prefix, suffix, block_index, block_offset, orphan, note, note_key, created_at,"
                + " modified_at, uid) VALUES (" + (a.id() != 0 ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long id;
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            if (a.id() != 0) {
                ps.setLong(i++, a.id());
            }
            ps.setLong(i++, a.documentId());
            i = bindBody(ps, i, a);
            ps.setString(i++, a.created().toString());
            ps.setString(i++, a.modified().toString());
            ps.setString(i, a.uid().isEmpty() ? newUid() : a.uid());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        setTags(c, id, a.tags(), false);
        return id;
    }

    static void update(Connection c, Annotation a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE annotations SET kind = ?, color = ?, source_start = ?,"
                + " source_end = ?, exact = ?, prefix = ?, suffix = ?, block_index = ?, block_offset = ?, orphan = ?,"
                + " note = ?, note_key = ?, modified_at = ? WHERE id = ?")) {
            int i = bindBody(ps, 1, a);
            ps.setString(i++, a.modified().toString());
            ps.setLong(i, a.id());
            if (ps.executeUpdate() == 0) {
                throw new LibraryException("no annotation " + a.id() + " in the library");
            }
        }
        setTags(c, a.id(), a.tags(), true);
    }

    private static int bindBody(PreparedStatement ps, int i, Annotation a) throws SQLException {
        Anchor an = a.anchor();
        ps.setString(i++, a.kind().id());
        ps.setString(i++, a.color().id());
        ps.setInt(i++, an.start());
        ps.setInt(i++, an.end());
        ps.setString(i++, an.quote().exact());
        ps.setString(i++, an.quote().prefix());
        ps.setString(i++, an.quote().suffix());
        ps.setInt(i++, an.block());
        ps.setInt(i++, an.blockOffset());
        ps.setInt(i++, a.orphan() ? 1 : 0);
        ps.setString(i++, a.note());
        ps.setString(i++, SearchKey.phrased(a.note()));
        return i;
    }

    static boolean delete(Connection c, long id) throws SQLException {
        boolean deleted;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
            ps.setLong(1, id);
            deleted = ps.executeUpdate() > 0;
        }
        dropUnusedTags(c);
        return deleted;
    }

    private static void setTags(Connection c, long id, List<String> tags, boolean dropUnused) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotation_tags WHERE annotation_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        if (!tags.isEmpty()) {
            try (PreparedStatement tag = c.prepareStatement("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
                 PreparedStatement link = c.prepareStatement("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
                         + " SELECT ?, id FROM tags WHERE name = ?")) {
                for (String t : tags) {
                    tag.setString(1, t);
                    tag.executeUpdate();
                    link.setLong(1, id);
                    link.setString(2, t);
                    link.executeUpdate();
                }
            }
        }
        if (dropUnused) {
            dropUnusedTags(c);
        }
    }

    private static void dropUnusedTags(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM annotation_tags at WHERE at.tag_id = tags.id)");
        }
    }

    static Optional<Annotation> get(Connection c, long id) throws SQLException {
        List<Annotation> found = query(c, "SELECT " + COLUMNS + " FROM annotations a WHERE a.id = ?", id,
                "SELECT at.annotation_id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id"
                        + " WHERE at.annotation_id = ?");
        return found.stream().findFirst();
    }

    static Optional<Annotation> byUid(Connection c, String uid) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM annotations WHERE uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
            }
        }
        return get(c, id);
    }

    static List<Annotation> forDocument(Connection c, long documentId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM annotations a WHERE a.document_id = ?" + ORDER, documentId,
                "SELECT at.annotation_id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id"
                        + " JOIN annotations a ON a.id = at.annotation_id WHERE a.document_id = ?");
    }

    /** All tag names with the number of annotations carrying each. */
    static Map<String, Integer> tagCounts(Connection c) throws SQLException {
        Map<String, Integer> out = new java.util.TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT t.name, count(*) FROM tags t"
                + " JOIN annotation_tags at ON at.tag_id = t.id GROUP BY t.id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    private static List<Annotation> query(Connection c, String sql, long param, String tagSql) throws SQLException {
        Map<Long, Set<String>> tags = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(tagSql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<Annotation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Anchor anchor = new Anchor(rs.getInt(5), rs.getInt(6),
                            new TextQuoteSelector(rs.getString(7), rs.getString(8), rs.getString(9)), rs.getInt(10), rs.getInt(11));
                    out.add(new Annotation(id, rs.getLong(2), AnnotationKind.of(rs.getString(3)), Color.of(rs.getString(4)),
                            anchor, rs.getInt(12) != 0, rs.getString(13), cleanTags(List.copyOf(tags.getOrDefault(id, Set.of()))),
                            Instant.parse(rs.getString(14)), Instant.parse(rs.getString(15)), rs.getString(16)));
                }
            }
        }
        return out;
    }
}
