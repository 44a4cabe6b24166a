package org.pizhu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pizhu.annotate.CompactText;
import org.pizhu.library.SearchResults.AnnotationHit;
import org.pizhu.library.SearchResults.BlockHit;
import org.pizhu.library.SearchResults.Snippet;
import org.pizhu.script.SearchKey;

/**
 * Full-text search over the blocks' search keys (FTS5, trigram tokenizer) and over notes and tags.
 *
 * <p>A query is split at whitespace into terms that must all occur. Each term is folded with {@link SearchKey}, so it
 * finds both scripts. Terms of three characters or more go to FTS5 as quoted phrases (quotes doubled), so no user
 * input is ever read as FTS syntax; shorter terms, which trigrams cannot index, are matched with {@code instr} over
 * the key column. Because a key has exactly its text's length, hit offsets in the key are offsets in the text.
 *
 * <p>Hits come in block-id order (import order, reading order within a document), which lets SQLite stop at the
 * limit instead of sorting every match.
 */
final class SearchIndex {
    private static final int CONTEXT = 24;

    private SearchIndex() {
    }

    /**
     * Most distinct terms searched: each is one condition of the SQL statement, and SQLite refuses statements past a
     * depth of 1000; no real query needs more.
     */
    static final int MAX_TERMS = SearchResults.MAX_TERMS;

    /**
     * The query's distinct terms: whitespace-separated, each folded to a search key; empty if nothing to find. A NUL
     * separates terms too: SQLite's FTS5 would end its quoted string there.
     */
    static List<String> terms(String query) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String t : query.replace("\u0000", " ").strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(SearchKey.of(t));
            }
        }
        return new ArrayList<>(out);
    }

    /** An FTS5 query that matches {@code term} literally: one quoted string, inner quotes doubled. */
    static String phrase(String term) {
        return "\"" + term.replace("\"", "\"\"") + "\"";
    }

    static SearchResults search(Connection c, String query, int limit) throws SQLException {
        List<String> all = terms(query);
        if (all.isEmpty()) {
            return new SearchResults(List.of(), List.of(), false);
        }
        List<String> terms = all.size() > MAX_TERMS ? all.subList(0, MAX_TERMS) : all;
        int ignored = all.size() - terms.size();
        List<BlockHit> blocks = blocks(c, terms, limit + 1);
        boolean truncated = blocks.size() > limit;
        if (truncated) {
            blocks = blocks.subList(0, limit);
        }
        return new SearchResults(blocks, annotations(c, terms, limit), truncated, ignored);
    }

    private static List<BlockHit> blocks(Connection c, List<String> terms, int limit) throws SQLException {
        List<String> longTerms = terms.stream().filter(t -> t.length() >= 3).toList();
        StringBuilder sql = new StringBuilder("SELECT b.document_id, d.title, b.idx, b.text, k.search_key FROM ");
        List<String> params = new ArrayList<>();
        if (longTerms.isEmpty()) {
            sql.append("block_keys k JOIN blocks b ON b.id = k.block_id JOIN documents d ON d.id = b.document_id WHERE 1");
        } else {
            sql.append("blocks_fts f JOIN block_keys k ON k.block_id = f.rowid JOIN blocks b ON b.id = k.block_id"
                    + " JOIN documents d ON d.id = b.document_id WHERE blocks_fts MATCH ?");
            params.add(String.join(" ", longTerms.stream().map(SearchIndex::phrase).toList()));
        }
        for (String t : terms) {
            if (t.length() < 3) {
                sql.append(" AND instr(k.search_key, ?) > 0");
                params.add(t);
            }
        }
        sql.append(longTerms.isEmpty() ? " ORDER BY k.block_id LIMIT ?" : " ORDER BY f.rowid LIMIT ?");
        List<BlockHit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String p : params) {
                ps.setString(i++, p);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(4);
                    String key = rs.getString(5);
                    String first = terms.get(0);
                    int at = Math.max(0, key.indexOf(first));
                    out.add(new BlockHit(rs.getLong(1), rs.getString(2), rs.getInt(3), at, at + first.length(),
                            snippet(text, at, at + first.length())));
                }
            }
        }
        return out;
    }

    private static List<AnnotationHit> annotations(Connection c, List<String> terms, int limit) throws SQLException {
        Map<Long, AnnotationHit> out = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT a.id, a.document_id, d.title, a.exact, a.note, a.note_key"
                + " FROM annotations a JOIN documents d ON d.id = a.document_id WHERE 1");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(" AND instr(a.note_key, ?) > 0");
        }
        sql.append(" ORDER BY a.document_id, a.block_index, a.block_offset LIMIT ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String t : terms) {
                ps.setString(i++, t);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int at = rs.getString(6).indexOf(terms.get(0));
                    out.put(rs.getLong(1), new AnnotationHit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            "note", snippet(rs.getString(5), at, at + terms.get(0).length())));
                }
            }
        }
        List<String> tags = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM tags")) {
            while (rs.next()) {
                String key = SearchKey.of(rs.getString(1));
                if (terms.stream().allMatch(key::contains)) {
                    tags.add(rs.getString(1));
                }
            }
        }
        for (String tag : tags) {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.document_id, d.title, a.exact FROM annotations a"
                    + " JOIN documents d ON d.id = a.document_id JOIN annotation_tags at ON at.annotation_id = a.id"
                    + " JOIN tags t ON t.id = at.tag_id WHERE t.name = ? ORDER BY a.document_id, a.block_index LIMIT ?")) {
                ps.setString(1, tag);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < limit) {
                        out.putIfAbsent(rs.getLong(1), new AnnotationHit(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), "tag", new Snippet("", tag, "")));
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** Up to {@link #CONTEXT} characters each side of {@code [start, end)}, with whitespace runs shown as one space. */
    static Snippet snippet(String text, int start, int end) {
        if (start < 0) {
            return new Snippet(oneLine(text.substring(0, Math.min(text.length(), 2 * CONTEXT)), false, false), "", "");
        }
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return new Snippet((from > 0 ? "…" : "") + oneLine(text.substring(from, start), false, true),
                oneLine(text.substring(start, end), true, true),
                oneLine(text.substring(end, to), true, false) + (to < text.length() ? "…" : ""));
    }

    /**
     * {@code s} with each whitespace run shown as one space; a run at the start or end is kept (as one space) only
     * where {@code s} meets the hit, so the words beside a hit stay apart from it.
     */
    private static String oneLine(String s, boolean keepLeading, boolean keepTrailing) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (CompactText.isSpace(ch)) {
                space = true;
            } else {
                if (space && (sb.length() > 0 || keepLeading)) {
                    sb.append(' ');
                }
                space = false;
                sb.append(ch);
            }
        }
        if (space && keepTrailing && (sb.length() > 0 || keepLeading)) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
