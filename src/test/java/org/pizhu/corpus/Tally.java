package org.pizhu.corpus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Sums of scores over a group of texts: means of the ratios, totals of the counts, reflow time. */
public final class Tally {
    private static final String[] MEANS = {"block_f1", "kind_accuracy", "attribution_accuracy", "title_recall",
        "reporter_f1"};
    private static final String[] TOTALS = {"chars_lost", "chars_added", "cjk_spaces"};

    private int texts;
    private long chars;
    private long nanos;
    private final Map<String, double[]> sums = new LinkedHashMap<>();

    /**
     * Adds one text's scores, its length and its reflow time. {@code analysed} says whether the speaker engine ran
     * (attribution, title and reporter metrics are averaged over those texts), {@code speakers} whether its gold
     * names any (speaker F1 is averaged over those only), as {@code score_all.py} does.
     */
    public synchronized void add(AnalysisScorer.Scores s, int length, long reflowNanos, boolean analysed,
                                 boolean speakers) {
        texts++;
        chars += length;
        nanos += reflowNanos;
        for (String k : MEANS) {
            boolean speakerMetric = !k.equals("block_f1") && !k.equals("kind_accuracy");
            if (s.has(k) && (analysed || !speakerMetric)) {
                put(k, s.get(k));
            }
        }
        for (String k : TOTALS) {
            if (s.has(k)) {
                put(k, s.get(k));
            }
        }
        if (speakers && s.has("speaker_f1")) {
            put("speaker_f1", s.get("speaker_f1"));
        }
    }

    private void put(String k, double v) {
        double[] a = sums.computeIfAbsent(k, x -> new double[2]);
        a[0] += v;
        a[1]++;
    }

    /** Number of texts added. */
    public int texts() {
        return texts;
    }

    /** Mean of a metric over the texts that have it, NaN when none has. */
    public double mean(String k) {
        double[] a = sums.get(k);
        return a == null || a[1] == 0 ? Double.NaN : a[0] / a[1];
    }

    /** Total of a count metric. */
    public long total(String k) {
        double[] a = sums.get(k);
        return a == null ? 0 : Math.round(a[0]);
    }

    /** Header of {@link #row}. */
    public static String header() {
        return "| group | texts | block F1 | kinds | lost | added | CJK spaces | reflow ms | M chars/s | speaker F1 "
                + "| attribution | titles | reporters |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|";
    }

    /** One Markdown table row. */
    public String row(String group) {
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %d | %d | %d | %.0f | %.1f | %s | %s | %s | %s |",
                group, texts, f(mean("block_f1")), f(mean("kind_accuracy")), total("chars_lost"), total("chars_added"),
                total("cjk_spaces"), ms, ms == 0 ? 0.0 : chars / (ms * 1000), f(mean("speaker_f1")),
                f(mean("attribution_accuracy")), f(mean("title_recall")), f(mean("reporter_f1")));
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }
}
