package org.pizhu.speakers;

/**
 * The marks of a byline, matched by hand rather than by regular expressions (they run on every paragraph): a label
 * ({@code 記者：}, {@code 編輯／}, {@code 記者·攝影：}), a word for a reporter, a production credit ({@code 製圖：}), and
 * the outlet before 記者 ({@code 本報記者}, {@code 【某某】（中央社記者}). Each method says in its comment the regular
 * expression it matches exactly as {@link java.util.regex.Matcher} would; {@code \s} is {@code [ \t\n\x0B\f\r]}.
 */
final class BylineMarks {
    private static final String SPACE = " \t\n\u000B\f\r";
    private static final String[] REPORTER_AFTER_OUTLET = {"記者", "记者"};
    private static final String OUTLET_ENDS = "報报社台網网刊聞闻";
    private static final String LEAD_BRACKETS = "〔［[(（";
    private static final String[] PRODUCTION = {"製圖", "制图", "版式設計", "版式设计", "統籌", "统筹", "攝影", "摄影", "圖", "图",
        "資料來源", "数据来源", "數據來源", "来源", "來源"};
    private static final String PRODUCTION_FIRSTS = firstCharacters(PRODUCTION);
    /** The last of the ideographs from U+4E00 on that are all of the Han script (no look-up of the script table). */
    private static final char HAN_RUN_END = hanRunEnd();

    private BylineMarks() {
    }

    /**
     * A label: one of some words, then (if any {@code parts}) optionally one of {@code dots} and one of the parts, then
     * {@code \s*}, then (if {@code colons} is not null) one of them and {@code \s*}.
     */
    static final class Label {
        private final String[] words;
        private final String dots;
        private final String[] parts;
        private final String colons;
        /** The first characters of the words: a label starts with one of them. */
        private final String firsts;

        Label(String[] words, String dots, String[] parts, String colons) {
            this.words = words;
            this.dots = dots;
            this.parts = parts;
            this.colons = colons;
            firsts = firstCharacters(words);
        }

        /** Where the label starting at {@code p} ends, or -1 (as {@code lookingAt} from {@code p}). */
        int at(String t, int p) {
            if (p >= t.length() || firsts.indexOf(t.charAt(p)) < 0) {
                return -1;
            }
            for (String w : words) {
                if (!t.startsWith(w, p)) {
                    continue;
                }
                int q = p + w.length();
                if (q < t.length() && dots.indexOf(t.charAt(q)) >= 0) {
                    for (String part : parts) {
                        int e = t.startsWith(part, q + 1) ? rest(t, q + 1 + part.length()) : -1;
                        if (e >= 0) {
                            return e;
                        }
                    }
                }
                int e = rest(t, q);
                if (e >= 0) {
                    return e;
                }
            }
            return -1;
        }

        private int rest(String t, int q) {
            int p = skipSpaces(t, q, t.length());
            if (colons == null) {
                return p;
            }
            return p < t.length() && colons.indexOf(t.charAt(p)) >= 0 ? skipSpaces(t, p + 1, t.length()) : -1;
        }

        /** Where the first label at or after {@code from} ends, or -1 (as {@code find}, then {@code end}). */
        int endOfNext(String t, int from) {
            for (int p = from; p < t.length(); p++) {
                int e = at(t, p);
                if (e >= 0) {
                    return e;
                }
            }
            return -1;
        }
    }

    /** Start of the first of {@code words} in {@code t} at or after {@code from}, or -1 (a {@code find} of them). */
    static int firstOf(String t, String[] words, int from) {
        int best = -1;
        for (String w : words) {
            int at = t.indexOf(w, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /**
     * Where a match of {@code \s*(?:WORDS)} found from {@code from} starts when the first of the words is at
     * {@code word}: at the spaces before it (the words start with no space and never overlap).
     */
    static int spacesBefore(String t, int word, int from) {
        int at = word;
        while (at > from && SPACE.indexOf(t.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
    }

    /**
     * {@code ^\s*[^：:]{0,4}(?:製圖|…|來源)\s*[：:／/]}: whether {@code t} opens with a production credit's label (a
     * chart, the layout, photographs, the data source).
     */
    static boolean opensWithProduction(String t) {
        int p = skipSpaces(t, 0, t.length());
        for (int k = 0; k <= 4 && p <= t.length(); k++) {
            if (p < t.length() && PRODUCTION_FIRSTS.indexOf(t.charAt(p)) >= 0 && productionLabelAt(t, p)) {
                return true;
            }
            if (p == t.length()) {
                break;
            }
            int c = t.codePointAt(p);
            if (c == '：' || c == ':') {
                break;
            }
            p += Character.charCount(c);
        }
        return false;
    }

    /** {@code (?:製圖|…|來源)\s*[：:／/]} at {@code p}. */
    private static boolean productionLabelAt(String t, int p) {
        for (String w : PRODUCTION) {
            if (t.startsWith(w, p)) {
                int e = skipSpaces(t, p + w.length(), t.length());
                if (e < t.length() && "：:／/".indexOf(t.charAt(e)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code ^\s*(?:【[^】]{0,12}】)?\s*[〔［\[(（]?\s*(?:[\p{IsHan}]{0,5}(?:報|报|社|台|網|网|刊))?(?:記者|记者)} on
     * {@code t[0, limit)}: where a leading reporter credit ({@code 本報記者}, {@code 【某某】（記者}) ends, or -1.
     */
    static int leadEnd(String t, int limit) {
        int p = skipSpaces(t, 0, limit);
        if (p < limit && t.charAt(p) == '【') {
            int q = p + 1;
            for (int n = 0; n < 12 && q < limit; n++) {
                int c = t.codePointAt(q);
                if (c == '】' || q + Character.charCount(c) > limit) {
                    break;
                }
                q += Character.charCount(c);
            }
            int e = q < limit && t.charAt(q) == '】' ? afterBanner(t, q + 1, limit) : -1;
            if (e >= 0) {
                return e;
            }
        }
        return afterBanner(t, p, limit);
    }

    /** {@code \s*[〔［\[(（]?\s*(?:[\p{IsHan}]{0,5}(?:報|…|刊))?(?:記者|记者)} from {@code p}: its end, or -1. */
    private static int afterBanner(String t, int p, int limit) {
        int q = skipSpaces(t, p, limit);
        if (q < limit && LEAD_BRACKETS.indexOf(t.charAt(q)) >= 0) {
            int e = reporterAfterOutlet(t, skipSpaces(t, q + 1, limit), limit);
            if (e >= 0) {
                return e;
            }
        }
        return reporterAfterOutlet(t, skipSpaces(t, q, limit), limit);
    }

    /**
     * {@code ^(?:[\p{IsHan}]{0,5}(?:報|报|社|台|網|网|刊))?(?:記者|记者)\s*}: where a trailing reporter credit
     * ({@code 某報記者 }) that opens {@code t} ends, or -1.
     */
    static int tailEnd(String t) {
        int e = reporterAfterOutlet(t, 0, t.length());
        return e < 0 ? -1 : skipSpaces(t, e, t.length());
    }

    /** {@code (?:[\p{IsHan}]{0,5}(?:報|报|社|台|網|网|刊))?(?:記者|记者)} from {@code p} before {@code limit}: end or -1. */
    private static int reporterAfterOutlet(String t, int p, int limit) {
        int[] ends = new int[6];
        int n = 0;
        int q = p;
        ends[0] = p;
        while (n < 5 && q < limit) {
            int c = t.codePointAt(q);
            if (q + Character.charCount(c) > limit || !isHanScript(c)) {
                break;
            }
            q += Character.charCount(c);
            ends[++n] = q;
        }
        for (int k = n; k >= 0; k--) {
            int o = ends[k];
            if (o < limit && OUTLET_ENDS.indexOf(t.charAt(o)) >= 0) {
                int e = reporterAt(t, o + 1, limit);
                if (e >= 0) {
                    return e;
                }
            }
        }
        return reporterAt(t, p, limit);
    }

    private static int reporterAt(String t, int p, int limit) {
        for (String w : REPORTER_AFTER_OUTLET) {
            if (p + w.length() <= limit && t.startsWith(w, p)) {
                return p + w.length();
            }
        }
        return -1;
    }

    /** Whether {@code c} is of the Han script ({@code \p{IsHan}}). */
    private static boolean isHanScript(int c) {
        return c >= '\u4E00' && c <= HAN_RUN_END || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static char hanRunEnd() {
        char c = '\u4E00';
        while (Character.UnicodeScript.of(c + 1) == Character.UnicodeScript.HAN) {
            c++;
        }
        return c;
    }

    private static String firstCharacters(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    private static int skipSpaces(String t, int p, int limit) {
        while (p < limit && SPACE.indexOf(t.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }
}
