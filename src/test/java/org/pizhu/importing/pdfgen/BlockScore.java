package org.pizhu.importing.pdfgen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pizhu.document.Block;
import org.pizhu.importing.pdfgen.SourceText.GoldBlock;

/**
 * Block F1 and kind accuracy as {@code shared/tools/score-analysis} computes them: block texts compared with all
 * whitespace removed, gold and found blocks paired by equal text (in order of occurrence), kind accuracy over the gold
 * blocks whose kind is not {@code ?} (an unmatched gold block counts as wrong); and the characters (whitespace aside)
 * lost or added against the gold.
 */
public record BlockScore(double f1, double kinds, int found, int gold, int matched, int charsLost, int charsAdded) {

    /** Scores {@code found} against {@code gold}. */
    public static BlockScore of(List<Block> found, List<GoldBlock> gold) {
        Map<String, Deque<Integer>> byText = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            byText.computeIfAbsent(norm(found.get(i).text()), k -> new ArrayDeque<>()).add(i);
        }
        int matched = 0;
        int kinded = 0;
        int right = 0;
        for (GoldBlock g : gold) {
            Deque<Integer> q = byText.get(norm(g.text()));
            Integer o = q == null ? null : q.poll();
            if (o != null) {
                matched++;
            }
            if (!g.kind().equals("?")) {
                kinded++;
                if (o != null && found.get(o).kind().id().equals(g.kind())) {
                    right++;
                }
            }
        }
        double p = (double) matched / Math.max(1, found.size());
        double r = (double) matched / Math.max(1, gold.size());
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Map<Integer, Integer> balance = new HashMap<>();
        gold.forEach(g -> norm(g.text()).codePoints().forEach(c -> balance.merge(c, 1, Integer::sum)));
        found.forEach(b -> norm(b.text()).codePoints().forEach(c -> balance.merge(c, -1, Integer::sum)));
        int lost = balance.values().stream().filter(v -> v > 0).mapToInt(Integer::intValue).sum();
        int added = -balance.values().stream().filter(v -> v < 0).mapToInt(Integer::intValue).sum();
        return new BlockScore(f1, kinded == 0 ? 1 : (double) right / kinded, found.size(), gold.size(), matched, lost, added);
    }

    /** The text without whitespace (Unicode white space, including U+3000). */
    public static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
