package org.pizhu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pizhu.script.SearchKey;

/**
 * People across the whole library: every document's speakers (detection with the user's corrections) grouped by
 * their name's search key, so 陳大文 and 陈大文 are one person. Documents without corrections are read in one query;
 * only corrected ones go through {@link SpeakerStore#effective}.
 */
final class PeopleIndex {
    private PeopleIndex() {
    }

    /** One document's speakers as the reader sees them: name → titles, and name → number of statement blocks. */
    private record DocumentSpeakers(long documentId, Map<String, List<String>> titles, Map<String, Integer> counts) {
    }

    static List<Person> people(Connection c) throws SQLException {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (DocumentSpeakers d : everyDocument(c)) {
            for (Map.Entry<String, Integer> e : d.counts().entrySet()) {
                String name = e.getKey();
                Group g = groups.computeIfAbsent(SearchKey.of(name), k -> new Group());
                g.forms.merge(name, 1, Integer::sum);
                g.titles.addAll(d.titles().getOrDefault(name, List.of()));
                g.documents.add(d.documentId());
                g.statements += e.getValue();
            }
        }
        List<Person> out = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            String name = g.forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<String> others = g.forms.keySet().stream().filter(f -> !f.equals(name)).toList();
            out.add(new Person(name, others, new ArrayList<>(g.titles), g.documents.size(), g.statements));
        }
        out.sort(Comparator.comparingInt(Person::statements).reversed().thenComparing(Person::name));
        return out;
    }

    static List<org.pizhu.library.Statement> statements(Connection c, String name) throws SQLException {
        String key = SearchKey.of(name.strip());
        List<org.pizhu.library.Statement> out = new ArrayList<>();
        for (long documentId : documentsMentioning(c, key)) {
            Speakers s = SpeakerStore.effective(c, documentId);
            Map<Integer, String> blocks = new java.util.TreeMap<>();
            s.byBlock().forEach((block, speaker) -> {
                if (SearchKey.of(speaker).equals(key)) {
                    blocks.put(block, speaker);
                }
            });
            if (blocks.isEmpty()) {
                continue;
            }
            String title;
            Instant imported;
            try (PreparedStatement ps = c.prepareStatement("SELECT title, imported_at FROM documents WHERE id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    title = rs.getString(1);
                    imported = Instant.parse(rs.getString(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT idx, text FROM blocks WHERE document_id = ? AND idx = ?")) {
                for (Map.Entry<Integer, String> b : blocks.entrySet()) {
                    ps.setLong(1, documentId);
                    ps.setInt(2, b.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.add(new org.pizhu.library.Statement(documentId, title, imported, rs.getInt(1),
                                    b.getValue(), rs.getString(2)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Documents where a speaker, or a correction's name, has search key {@code key}, in import order. */
    private static Set<Long> documentsMentioning(Connection c, String key) throws SQLException {
        Set<Long> ids = new java.util.TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_id, name FROM speakers")) {
            while (rs.next()) {
                if (SearchKey.of(rs.getString(2)).equals(key)) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_id, value FROM speaker_corrections"
                     + " WHERE action IN ('rename', 'merge', 'attribute') AND value IS NOT NULL")) {
            while (rs.next()) {
                if (SearchKey.of(rs.getString(2)).equals(key)) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<DocumentSpeakers> everyDocument(Connection c) throws SQLException {
        Set<Long> corrected = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT document_id FROM speaker_corrections")) {
            while (rs.next()) {
                corrected.add(rs.getLong(1));
            }
        }
        Map<Long, DocumentSpeakers> byDocument = new java.util.TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.document_id, s.name, s.role, count(bs.block_index)"
                     + " FROM speakers s LEFT JOIN block_speakers bs ON bs.speaker_id = s.id"
                     + " GROUP BY s.id ORDER BY s.document_id, s.id")) {
            while (rs.next()) {
                long doc = rs.getLong(1);
                if (corrected.contains(doc)) {
                    continue;
                }
                DocumentSpeakers d = byDocument.computeIfAbsent(doc,
                        k -> new DocumentSpeakers(k, new HashMap<>(), new LinkedHashMap<>()));
                String role = rs.getString(3);
                if (role != null && !role.isEmpty()) {
                    d.titles().put(rs.getString(2), List.of(role.split("\n")));
                }
                d.counts().put(rs.getString(2), rs.getInt(4));
            }
        }
        for (long doc : corrected) {
            Speakers s = SpeakerStore.effective(c, doc);
            Map<String, Integer> counts = new LinkedHashMap<>();
            s.names().forEach(n -> counts.put(n, 0));
            s.byBlock().values().forEach(n -> counts.merge(n, 1, Integer::sum));
            byDocument.put(doc, new DocumentSpeakers(doc, s.titles(), counts));
        }
        return new ArrayList<>(byDocument.values());
    }

    /** What is known of one person while the library is read. */
    private static final class Group {
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Set<String> titles = new LinkedHashSet<>();
        final Set<Long> documents = new HashSet<>();
        int statements;
    }
}
