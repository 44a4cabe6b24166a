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
 * <p>A query is split at whitespace into terms that must all occur. Each term is looked up by its phrase-aware key
 * ({@link SearchKey#phrased}, as the text's keys are made) and by its script-keeping form ({@link SearchKey#literal}),
 * so it finds both scripts, and a character kept by a phrase (乾 of 乾隆) is still found by itself. Terms of three
 * characters or more go to FTS5 as quoted phrases (quotes doubled), so no user input is ever read as FTS syntax;
 * shorter terms, which trigrams cannot index, are matched with {@code instr} over the key column. Because a key has
 * exactly its text's length, hit offsets in the key are offsets in the text.
 *
 * <p>Each candidate is then checked against its own text: an occurrence whose Traditional characters differ from the
 * query's Traditional characters (髮 against 發) is not a hit, and a hit whose text matches every term in the query's
 * script is <em>exact</em>. Exact hits come first, each group in block-id order (import order, reading order within a
 * document).
 */
final class SearchIndex {
    private static final int CONTEXT = 24;
    /** Most candidate blocks checked for one search; past it the results are marked truncated. */
    private static final int MAX_CANDIDATES = 20_000;

    private SearchIndex() {
    }

    /**
     * Most distinct terms searched: each is one condition of the SQL statement, and SQLite refuses statements past a
     * depth of 1000; no real query needs more.
     */
    static final int MAX_TERMS = SearchResults.MAX_TERMS;

    /** One word of a query: as typed, in its script-keeping form, and the distinct keys that find it. */
    record Term(String query, String literal, List<String> keys) {
        static Term of(String t) {
            String literal = SearchKey.literal(t);
            String phrased = SearchKey.phrased(t);
            return new Term(t, literal, phrased.equals(literal) ? List.of(phrased) : List.of(phrased, literal));
        }

        int length() {
            return query.length();
        }

        /**
         * Where this term occurs in {@code text} (with its search {@code key}): the first exact occurrence, else the
         * first folded one, else {@code null}.
         */
        Found find(String text, String key) {
            Found folded = null;
            for (String k : keys) {
                for (int at = key.indexOf(k); at >= 0; at = key.indexOf(k, at + 1)) {
                    if (SearchKey.literal(text.substring(at, at + k.length())).equals(literal)) {
                        return new Found(at, true);
                    }
                    if ((folded == null || at < folded.at()) && compatible(text, at)) {
                        folded = new Found(at, false);
                    }
                }
            }
            return folded;
        }

        private boolean compatible(String text, int at) {
            for (int i = 0; i < query.length(); i++) {
                if (SearchKey.distinctTraditional(query.charAt(i), text.charAt(at + i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** An occurrence of a term in a text. */
    record Found(int at, boolean exact) {
    }

    /**
     * The query's distinct terms: whitespace-separated; empty if nothing to find. A NUL separates terms too: SQLite's
     * FTS5 would end its quoted string there.
     */
    static List<Term> terms(String query) {
        java.util.LinkedHashMap<String, Term> out = new java.util.LinkedHashMap<>();
        for (String t : query.replace("\u0000", " ").strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.putIfAbsent(SearchKey.literal(t), Term.of(t));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** An FTS5 query that matches {@code term} literally: one quoted string, inner quotes doubled. */
    static String phrase(String term) {
        return "\"" + term.replace("\"", "\"\"") + "\"";
    }

    static SearchResults search(Connection c, String query, int limit) throws SQLException {
        List<Term> all = terms(query);
        if (all.isEmpty()) {
            return new SearchResults(List.of(), List.of(), false);
        }
        List<Term> terms = all.size() > MAX_TERMS ? all.subList(0, MAX_TERMS) : all;
        int ignored = all.size() - terms.size();
        List<BlockHit> blocks = new ArrayList<>();
        boolean truncated = blocks(c, terms, limit, blocks);
        return new SearchResults(blocks, annotations(c, terms, limit), truncated, ignored);
    }

    /**
     * Adds up to {@code limit} hits to {@code out}, candidates from the index checked against their text, exact hits
     * first; returns whether more blocks match (or may match: past {@link #MAX_CANDIDATES} the rest is not checked).
     */
    private static boolean blocks(Connection c, List<Term> terms, int limit, List<BlockHit> out) throws SQLException {
        List<Term> longTerms = terms.stream().filter(t -> t.length() >= 3).toList();
        StringBuilder sql = new StringBuilder("SELECT b.document_id, d.title, b.idx, b.text, k.search_key FROM ");
        List<String> params = new ArrayList<>();
        if (longTerms.isEmpty()) {
            sql.append("block_keys k JOIN blocks b ON b.id = k.block_id JOIN documents d ON d.id = b.document_id WHERE 1");
        } else {
            sql.append("blocks_fts f JOIN block_keys k ON k.block_id = f.rowid JOIN blocks b ON b.id = k.block_id"
                    + " JOIN documents d ON d.id = b.document_id WHERE blocks_fts MATCH ?");
            params.add(String.join(" AND ", longTerms.stream()
                    .map(t -> "(" + String.join(" OR ", t.keys().stream().map(SearchIndex::phrase).toList()) + ")")
                    .toList()));
        }
        for (Term t : terms) {
            if (t.length() < 3) {
                sql.append(" AND (").append(String.join(" OR ", java.util.Collections.nCopies(t.keys().size(),
                        "instr(k.search_key, ?) > 0"))).append(")");
                params.addAll(t.keys());
            }
        }
        sql.append(longTerms.isEmpty() ? " ORDER BY k.block_id" : " ORDER BY f.rowid");
        List<BlockHit> exact = new ArrayList<>();
        List<BlockHit> folded = new ArrayList<>();
        boolean more;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String p : params) {
                ps.setString(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int seen = 0;
                while (exact.size() <= limit && seen++ < MAX_CANDIDATES && rs.next()) {
                    BlockHit hit = check(terms, rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5));
                    if (hit != null && (hit.exact() || folded.size() <= limit)) {
                        (hit.exact() ? exact : folded).add(hit);
                    }
                }
                more = seen > MAX_CANDIDATES && rs.next();
            }
        }
        exact.addAll(folded);
        out.addAll(exact.subList(0, Math.min(limit, exact.size())));
        return more || exact.size() > limit;
    }

    /** The hit in one candidate block, or {@code null} when a term occurs only with other Traditional characters. */
    private static BlockHit check(List<Term> terms, long doc, String title, int index, String text, String key) {
        Found first = null;
        boolean exact = true;
        for (Term t : terms) {
            Found f = t.find(text, key);
            if (f == null) {
                return null;
            }
            first = first == null ? f : first;
            exact &= f.exact();
        }
        return new BlockHit(doc, title, index, first.at(), first.at() + terms.get(0).length(),
                snippet(text, first.at(), first.at() + terms.get(0).length()), exact);
    }

    private static List<AnnotationHit> annotations(Connection c, List<Term> terms, int limit) throws SQLException {
        Map<Long, AnnotationHit> out = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT a.id, a.document_id, d.title, a.exact, a.note, a.note_key"
                + " FROM annotations a JOIN documents d ON d.id = a.document_id WHERE 1");
        List<String> params = new ArrayList<>();
        for (Term t : terms) {
            sql.append(" AND (").append(String.join(" OR ", java.util.Collections.nCopies(t.keys().size(),
                    "instr(a.note_key, ?) > 0"))).append(")");
            params.addAll(t.keys());
        }
        sql.append(" ORDER BY a.document_id, a.block_index, a.block_offset");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String p : params) {
                ps.setString(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (out.size() < limit && rs.next()) {
                    String note = rs.getString(5);
                    String key = rs.getString(6);
                    Found f = terms.get(0).find(note, key);
                    if (f != null && terms.stream().allMatch(t -> t.find(note, key) != null)) {
                        out.put(rs.getLong(1), new AnnotationHit(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), "note", snippet(note, f.at(), f.at() + terms.get(0).length())));
                    }
                }
            }
        }
        List<String> tags = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM tags")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String key = SearchKey.phrased(name);
                if (terms.stream().allMatch(t -> t.find(name, key) != null)) {
                    tags.add(name);
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
