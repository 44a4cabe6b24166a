package org.pizhu.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The project's scorer ({@code ../shared/tools/score-analysis}) in Java: scores an in-memory reading against a gold
 * with the same metrics and the same rounding, so a whole corpus is scored in one JVM.
 *
 * <p>Metrics: {@code chars_lost}, {@code chars_added} (with a source), {@code cjk_spaces}, {@code block_precision},
 * {@code block_recall}, {@code block_f1} (block texts compared with all whitespace removed), {@code kind_accuracy},
 * {@code attribution_accuracy}, {@code paragraph_count_ratio} (gold without blocks), {@code speaker_precision},
 * {@code speaker_recall}, {@code speaker_f1}, {@code title_recall}, {@code reporter_f1}.
 */
public final class AnalysisScorer {
    private AnalysisScorer() {
    }

    /** The metrics of one scoring, in the python scorer's order, and the first gold blocks not matched. */
    public record Scores(Map<String, Double> metrics, List<String> missed) {
        /** A metric's value, or NaN when it was not computed. */
        public double get(String metric) {
            Double v = metrics.get(metric);
            return v == null ? Double.NaN : v;
        }

        /** Whether the metric was computed. */
        public boolean has(String metric) {
            return metrics.containsKey(metric);
        }

        /**
         * The bounds ({@code metric=value}, as the python scorer's {@code --min}) that these scores miss: counts of
         * characters lost or added and of stray spaces are upper bounds, every other metric a lower bound.
         */
        public List<String> shortOf(String... bounds) {
            List<String> shortfalls = new java.util.ArrayList<>();
            for (String bound : bounds) {
                String metric = bound.substring(0, bound.indexOf('='));
                double limit = Double.parseDouble(bound.substring(bound.indexOf('=') + 1));
                if (!has(metric)) {
                    shortfalls.add(metric + " missing");
                } else if (java.util.Set.of("cjk_spaces", "chars_lost", "chars_added").contains(metric)
                        ? get(metric) > limit : get(metric) < limit) {
                    shortfalls.add(metric + "=" + get(metric) + " (bound " + limit + ")");
                }
            }
            return shortfalls;
        }
    }

    /** Scores {@code out} against {@code gold}; {@code source} (may be null) is the text that was read. */
    public static Scores score(Gold gold, Analysis out, String source) {
        Map<String, Double> m = new LinkedHashMap<>();
        List<Analysis.AnalysisBlock> ob = out.blocks();
        if (source != null) {
            StringBuilder got = new StringBuilder();
            for (Analysis.AnalysisBlock b : ob) {
                got.append(norm(b.text()));
            }
            Map<Integer, Integer> src = counts(norm(source));
            Map<Integer, Integer> have = counts(got.toString());
            m.put("chars_lost", (double) surplus(src, have));
            m.put("chars_added", (double) surplus(have, src));
        }
        int bad = 0;
        for (Analysis.AnalysisBlock b : ob) {
            if ("paragraph".equals(b.kind()) || "caption".equals(b.kind())) {
                bad += cjkSpaces(b.text());
            }
        }
        m.put("cjk_spaces", (double) bad);
        List<String> missed = new ArrayList<>();
        List<Gold.GoldBlock> gb = gold.blocks();
        if (gb != null) {
            Map<Integer, Integer> found = pairs(gb, ob);
            double p = found.size() / (double) Math.max(1, ob.size());
            double r = found.size() / (double) Math.max(1, gb.size());
            m.put("block_precision", round(p));
            m.put("block_recall", round(r));
            m.put("block_f1", round(f1(p, r)));
            int kinded = 0;
            int kindOk = 0;
            int scored = 0;
            int attributed = 0;
            for (int g = 0; g < gb.size(); g++) {
                Gold.GoldBlock b = gb.get(g);
                Integer o = found.get(g);
                if (!"?".equals(b.kind())) {
                    kinded++;
                    if (o != null && ob.get(o).kind().equals(b.kind())) {
                        kindOk++;
                    }
                }
                if (!"?".equals(b.speaker()) && ("paragraph".equals(b.kind()) || "caption".equals(b.kind()))) {
                    scored++;
                    String said = o == null ? null : emptyToNull(ob.get(o).speaker());
                    if (o != null && Objects.equals(said, b.speaker())) {
                        attributed++;
                    }
                }
                if (o == null) {
                    missed.add(b.text().substring(0, b.text().offsetByCodePoints(0,
                            Math.min(24, b.text().codePointCount(0, b.text().length())))));
                }
            }
            if (kinded > 0) {
                m.put("kind_accuracy", round(kindOk / (double) kinded));
            }
            if (scored > 0) {
                m.put("attribution_accuracy", round(attributed / (double) scored));
            }
        } else if (gold.paragraphs() >= 0) {
            long n = ob.stream().filter(b -> "paragraph".equals(b.kind())).count();
            m.put("paragraph_count_ratio",
                    round(Math.min(n, gold.paragraphs()) / (double) Math.max(Math.max(n, gold.paragraphs()), 1)));
        }
        Set<String> on = new HashSet<>();
        out.speakers().forEach(s -> on.add(s.name()));
        Set<String> gn = new HashSet<>();
        gold.speakers().forEach(s -> gn.add(s.name()));
        Set<String> both = new HashSet<>(on);
        both.retainAll(gn);
        double sp = both.size() / (double) Math.max(1, on.size());
        double sr = both.size() / (double) Math.max(1, gn.size());
        m.put("speaker_precision", round(sp));
        m.put("speaker_recall", round(sr));
        m.put("speaker_f1", round(f1(sp, sr)));
        int want = 0;
        int gotTitles = 0;
        for (Gold.GoldSpeaker g : gold.speakers()) {
            Analysis.AnalysisSpeaker o = out.speakers().stream().filter(s -> g.name().equals(s.name())).findFirst()
                    .orElse(null);
            for (String t : g.titles()) {
                want++;
                if (o != null && titleFound(norm(t), o.titles())) {
                    gotTitles++;
                }
            }
        }
        m.put("title_recall", want > 0 ? round(gotTitles / (double) want) : 1.0);
        Set<String> orep = new HashSet<>(out.reporters());
        Set<String> grep = new HashSet<>(gold.reporters());
        Set<String> rboth = new HashSet<>(orep);
        rboth.retainAll(grep);
        double rp = rboth.size() / (double) Math.max(1, orep.size());
        double rr = rboth.size() / (double) Math.max(1, grep.size());
        m.put("reporter_f1", orep.isEmpty() && grep.isEmpty() ? 1.0 : round(f1(rp, rr)));
        return new Scores(m, missed);
    }

    /**
     * Gold block index to output block index: blocks with the same whitespace-free text, paired in order (the k-th
     * gold block with a text to the k-th output block with it).
     */
    static Map<Integer, Integer> pairs(List<Gold.GoldBlock> gb, List<Analysis.AnalysisBlock> ob) {
        Map<String, List<Integer>> oi = new HashMap<>();
        for (int i = 0; i < ob.size(); i++) {
            oi.computeIfAbsent(norm(ob.get(i).text()), k -> new ArrayList<>()).add(i);
        }
        Map<String, Integer> used = new HashMap<>();
        Map<Integer, Integer> found = new HashMap<>();
        for (int g = 0; g < gb.size(); g++) {
            String k = norm(gb.get(g).text());
            List<Integer> outs = oi.get(k);
            int n = used.merge(k, 1, Integer::sum) - 1;
            if (outs != null && n < outs.size()) {
                found.put(g, outs.get(n));
            }
        }
        return found;
    }

    private static boolean titleFound(String t, List<String> titles) {
        for (String x : titles) {
            String nx = norm(x);
            if (!nx.isEmpty() && (nx.contains(t) || t.contains(nx))) {
                return true;
            }
        }
        return false;
    }

    /** Spaces inside running text next to a CJK character, counted as the python scorer counts them. */
    static int cjkSpaces(String t) {
        int lead = 0;
        while (lead < t.length() && isSpace(t.charAt(lead))) {
            lead++;
        }
        int trail = t.length();
        while (trail > lead && isSpace(t.charAt(trail - 1))) {
            trail--;
        }
        int bad = 0;
        int i = lead;
        while (i < trail) {
            if (!isSpace(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < trail && isSpace(t.charAt(j))) {
                j++;
            }
            if (i > 0 && cjk(t.charAt(i - 1)) || j < t.length() && cjk(t.charAt(j))) {
                bad++;
            }
            i = j;
        }
        return bad;
    }

    /** The text with all whitespace removed (python's {@code re.sub(r"\s+", "", t)}). */
    public static String norm(String t) {
        if (t == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.isspace} for one char (all whitespace is in the BMP). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR || c == '\u0085';
    }

    /** The python scorer's CJK test (ideographs, CJK punctuation, full-width forms). */
    static boolean cjk(char ch) {
        return ch >= 0x2E80 && ch <= 0x9FFF || ch >= 0x3000 && ch <= 0x303F || ch >= 0xFF00 && ch <= 0xFFEF
                || ch >= 0xF900 && ch <= 0xFAFF;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Python's {@code round(x, 4)}: the exact binary value rounded half to even. */
    static double round(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> c = new HashMap<>();
        s.codePoints().forEach(cp -> c.merge(cp, 1, Integer::sum));
        return c;
    }

    private static long surplus(Map<Integer, Integer> a, Map<Integer, Integer> b) {
        long n = 0;
        for (Map.Entry<Integer, Integer> e : a.entrySet()) {
            n += Math.max(0, e.getValue() - b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
