package org.pizhu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pizhu.annotate.CompactText;
import org.pizhu.document.Block;

/**
 * SQL for speakers. What the engine detects is stored in {@code speakers}/{@code block_speakers} and replaced on each
 * analysis; the user's corrections live apart in {@code speaker_corrections} and are applied, in order, on top of
 * whatever was detected, so they survive re-analysis and re-import. Renames and merges are keyed by speaker name;
 * re-attributions by the block's compact text, so they follow the paragraph when blocks are renumbered.
 */
final class SpeakerStore {
    /** Titles are kept in the {@code role} column, one per line. */
    private static final String TITLE_SEPARATOR = "\n";

    private SpeakerStore() {
    }

    static void storeDetected(Connection c, long documentId, Speakers detected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM speakers WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            ps.executeUpdate();
        }
        Set<String> names = new LinkedHashSet<>(detected.names());
        names.addAll(detected.byBlock().values());
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO speakers (document_id, name, role) VALUES (?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (String n : names) {
                ps.setLong(1, documentId);
                ps.setString(2, n);
                ps.setString(3, String.join(TITLE_SEPARATOR, detected.titlesOf(n)));
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    ids.put(n, rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO block_speakers (document_id, block_index, speaker_id) VALUES (?, ?, ?)")) {
            for (Map.Entry<Integer, String> e : detected.byBlock().entrySet()) {
                ps.setLong(1, documentId);
                ps.setInt(2, e.getKey());
                ps.setLong(3, ids.get(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Titles as the {@code titles} correction stores them. */
    static String joinTitles(List<String> titles) {
        return String.join(TITLE_SEPARATOR, titles);
    }

    /** A document's corrections, oldest first. */
    static List<SpeakerCorrection> corrections(Connection c, long documentId) throws SQLException {
        List<SpeakerCorrection> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, subject, value, created_at"
                + " FROM speaker_corrections WHERE document_id = ? ORDER BY id")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SpeakerCorrection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5))));
                }
            }
        }
        return out;
    }

    /** Deletes a document's latest correction; returns it, or null when there is none. */
    static SpeakerCorrection undoLatest(Connection c, long documentId) throws SQLException {
        List<SpeakerCorrection> all = corrections(c, documentId);
        if (all.isEmpty()) {
            return null;
        }
        SpeakerCorrection last = all.get(all.size() - 1);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM speaker_corrections WHERE id = ?")) {
            ps.setLong(1, last.id());
            ps.executeUpdate();
        }
        return last;
    }

    static void correct(Connection c, long documentId, String action, String subject, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO speaker_corrections (document_id, action, subject,"
                + " value, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, documentId);
            ps.setString(2, action);
            ps.setString(3, subject);
            ps.setString(4, value);
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    static Speakers detected(Connection c, long documentId) throws SQLException {
        List<String> names = new ArrayList<>();
        Map<String, List<String>> titles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, role FROM speakers WHERE document_id = ? ORDER BY id")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    String role = rs.getString(2);
                    if (role != null && !role.isEmpty()) {
                        titles.put(rs.getString(1), List.of(role.split(TITLE_SEPARATOR)));
                    }
                }
            }
        }
        Map<Integer, String> byBlock = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT bs.block_index, s.name FROM block_speakers bs"
                + " JOIN speakers s ON s.id = bs.speaker_id WHERE bs.document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byBlock.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return new Speakers(names, byBlock, titles);
    }

    /**
     * Detection with the user's corrections applied. The document's blocks are read only when a correction
     * re-attributes a block (they are matched by text); most documents have none.
     */
    static Speakers effective(Connection c, long documentId) throws SQLException {
        Speakers detected = detected(c, documentId);
        List<String> names = new ArrayList<>(detected.names());
        Map<Integer, String> byBlock = new HashMap<>(detected.byBlock());
        Map<String, List<String>> titles = new HashMap<>(detected.titles());
        List<String[]> corrections = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT action, subject, value FROM speaker_corrections"
                + " WHERE document_id = ? ORDER BY id")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    corrections.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        List<Block> blocks = corrections.stream().anyMatch(k -> k[0].equals("attribute"))
                ? DocumentStore.load(c, documentId).blocks() : List.of();
        for (String[] k : corrections) {
            String action = k[0];
            String subject = k[1];
            String value = k[2];
            if (action.equals("remove")) {
                names.removeIf(subject::equals);
                byBlock.values().removeIf(subject::equals);
                titles.remove(subject);
            } else if (action.equals("titles")) {
                if (value == null || value.isEmpty()) {
                    titles.remove(subject);
                } else {
                    titles.put(subject, List.of(value.split(TITLE_SEPARATOR)));
                }
            } else if (action.equals("attribute")) {
                for (Block b : blocks) {
                    if (CompactText.compact(b.text()).equals(subject)) {
                        if (value == null) {
                            byBlock.remove(b.index());
                        } else {
                            byBlock.put(b.index(), value);
                            names.add(value);
                        }
                    }
                }
            } else {
                names.replaceAll(n -> n.equals(subject) ? value : n);
                byBlock.replaceAll((key, n) -> n.equals(subject) ? value : n);
                List<String> moved = titles.remove(subject);
                if (moved != null) {
                    List<String> merged = new ArrayList<>(titles.getOrDefault(value, List.of()));
                    moved.stream().filter(t -> !merged.contains(t)).forEach(merged::add);
                    titles.put(value, merged);
                }
            }
        }
        List<String> used = new ArrayList<>(new LinkedHashSet<>(names));
        titles.keySet().retainAll(used);
        return new Speakers(used, byBlock, titles);
    }
}
