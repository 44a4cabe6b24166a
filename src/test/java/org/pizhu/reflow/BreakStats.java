package org.pizhu.reflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pizhu.corpus.Corpora;
import org.pizhu.corpus.CorpusText;
import org.pizhu.corpus.Generated;
import org.pizhu.corpus.Gold;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * Diagnostic: every line break between two segments of a corpus text, labelled from the gold (a block ends there or
 * not) and from the reflow, counted by the class of break, so errors are seen by class rather than by text.
 */
public final class BreakStats {
    private BreakStats() {
    }

    /** One line break: the segments on either side, the gold and the reflow's answer. */
    record Break(CorpusText text, List<Segment> segs, int i, boolean goldBreak, boolean predBreak) {
    }

    /** Every break of {@code t}, or an empty list when the gold does not align with the text. */
    static List<Break> breaks(CorpusText t) {
        String src = t.text();
        int[] gold = align(src, t.gold().blocks().stream().map(Gold.GoldBlock::text).toList());
        Document d = new Reflower().reflow(t.id(), src);
        int[] pred = align(src, d.blocks().stream().map(Block::text).toList());
        List<Break> out = new ArrayList<>();
        if (gold == null || pred == null) {
            return out;
        }
        List<Segment> segs = Segmenter.segments(src);
        for (int i = 0; i + 1 < segs.size(); i++) {
            int a = segs.get(i).end - 1;
            int b = segs.get(i + 1).start;
            out.add(new Break(t, segs, i, gold[a] != gold[b], pred[a] != pred[b]));
        }
        return out;
    }

    /** Block index of each non-space source character, or null when the blocks do not spell the source. */
    static int[] align(String src, List<String> blocks) {
        int[] idx = new int[src.length()];
        int k = 0;
        int pos = 0;
        String cur = blocks.isEmpty() ? "" : blocks.get(0);
        for (int c = 0; c < src.length(); c++) {
            char ch = src.charAt(c);
            if (Segmenter.isSpace(ch) || ch == '\n' || ch == '\r') {
                continue;
            }
            while (true) {
                while (pos < cur.length() && (Segmenter.isSpace(cur.charAt(pos)) || cur.charAt(pos) == '\n')) {
                    pos++;
                }
                if (pos < cur.length() || k + 1 >= blocks.size()) {
                    break;
                }
                k++;
                cur = blocks.get(k);
                pos = 0;
            }
            if (pos >= cur.length() || cur.charAt(pos) != ch) {
                return null;
            }
            idx[c] = k;
            pos++;
        }
        return idx;
    }

    /** The class of a break for counting. */
    static String klass(List<Segment> segs, int i, Grouper.Habits h) {
        Segment p = segs.get(i);
        Segment l = segs.get(i + 1);
        String habit = h.blankSeparated() ? (h.indented() ? "blank+ind" : "blank") : h.indented() ? "ind" : "none";
        String shape = (p.full() ? "full" : "short") + (p.endsSentence ? "-end" : p.endsOnClause ? "-clause" : "-open");
        String next = l.gapBefore > 0 ? " gap" : "";
        next += h.indents(l) ? " indentNext" : "";
        String furn = p.caption || p.byline || p.credit || p.bylineHead || l.caption || l.byline || l.credit
                || l.bylineHead ? " furn" : "";
        String head = p.headingLike || l.headingLike ? " headlike" : "";
        return habit + " " + shape + next + furn + head;
    }

    /** Prints the confusion per class for dev2 layouts and the generated tune split. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("pizhu.corpus", "/work/shared/corpus"));
        String which = System.getProperty("stats.set", "dev2");
        List<CorpusText> texts = new ArrayList<>();
        if (which.startsWith("dev2")) {
            texts.addAll(Corpora.dev2Variants(root.resolve("dev2"), System.getProperty("stats.layouts", "abcd")));
        } else {
            List<CorpusText> own = new ArrayList<>(Corpora.ownOriginals(Path.of("src/test/corpus"), "own", List.of("tune")));
            own.addAll(Corpora.ownOriginals(Path.of("/work/corpus-cache"), "own", List.of("tune")));
            texts.addAll(Generated.from(own, 4));
        }
        Map<String, int[]> counts = new TreeMap<>();
        int skipped = 0;
        double[] whatIf = new double[3];
        int whatIfN = 0;
        for (CorpusText t : texts) {
            List<Break> bs = breaks(t);
            if (bs.isEmpty()) {
                skipped++;
                continue;
            }
            List<Segment> segs = bs.get(0).segs();
            Grouper.Habits h = Reflower.habits(segs, Segmenter.uniformColumn(segs) > 0, t.text());
            LineCues cues = new LineCues(t.text());
            if (t.id().equals(System.getProperty("stats.dump"))) {
                System.out.println("habits " + h + " uniform " + Segmenter.uniformColumn(segs));
                for (Break b : bs) {
                    Segment p = segs.get(b.i());
                    System.out.printf("%3d w%d c%d ind%d full%s end%s gap%d %s %s%n", b.i(), p.width, p.column, p.indent,
                            p.full() ? "Y" : "n", p.endsSentence ? "Y" : "n", p.gapBefore,
                            b.goldBreak() == b.predBreak() ? "  " : b.goldBreak() ? "M " : "F ",
                            t.text().substring(p.start, p.end));
                }
            }
            boolean[] gold = new boolean[bs.size()];
            boolean[][] alt = new boolean[3][bs.size()];
            for (int j = 0; j < bs.size(); j++) {
                Break b = bs.get(j);
                boolean ambiguous = klass(segs, b.i(), h).contains("full-end");
                gold[j] = b.goldBreak();
                alt[0][j] = b.predBreak();
                alt[1][j] = ambiguous ? b.goldBreak() : b.predBreak();
                alt[2][j] = ambiguous ? b.predBreak() : b.goldBreak();
            }
            for (int v = 0; v < 3; v++) {
                whatIf[v] += blockF1(gold, alt[v]);
            }
            whatIfN++;
            for (Break b : bs) {
                String k0 = klass(segs, b.i(), h);
                if (Boolean.getBoolean("stats.slack") && k0.contains("full-end")) {
                    Segment p = segs.get(b.i());
                    Segment l = segs.get(b.i() + 1);
                    k0 = k0 + " sf=" + p.shortfall() + " slack=" + (p.shortfall() - cues.firstTokenWidth(l));
                }
                int[] c = counts.computeIfAbsent(k0, k -> new int[4]);
                String show = System.getProperty("stats.show", "");
                if (!show.isEmpty() && k0.startsWith(show) && b.goldBreak() != b.predBreak()) {
                    Segment p = segs.get(b.i());
                    Segment l = segs.get(b.i() + 1);
                    int from = b.i() > 0 ? segs.get(b.i() - 1).start : p.start;
                    int to = b.i() + 2 < segs.size() ? segs.get(b.i() + 2).end : l.end;
                    System.out.printf("%s %s %s | %s%n", t.id(), b.goldBreak() ? "MISS" : "FALSE", k0,
                            t.text().substring(from, to).replace("\n", "⏎"));
                }
                c[(b.goldBreak() ? 2 : 0) + (b.predBreak() ? 1 : 0)]++;
            }
        }
        System.out.printf("what-if block F1 (break-level): as is %.3f, ambiguous right %.3f, all else right %.3f%n",
                whatIf[0] / whatIfN, whatIf[1] / whatIfN, whatIf[2] / whatIfN);
        System.out.printf("%-50s %6s %6s %6s %6s%n", "class", "join✓", "FALSEbr", "MISSbr", "break✓");
        counts.forEach((k, c) -> {
            if (c[1] + c[2] > 0 || Boolean.getBoolean("stats.all")) {
                System.out.printf("%-50s %6d %6d %6d %6d%n", k, c[0], c[1], c[2], c[3]);
            }
        });
        System.out.println("skipped " + skipped);
    }

    /** F1 of the blocks (runs between breaks) that two break decisions over the same lines make alike. */
    static double blockF1(boolean[] gold, boolean[] pred) {
        java.util.Set<Long> g = runs(gold);
        java.util.Set<Long> p = runs(pred);
        long common = g.stream().filter(p::contains).count();
        return g.isEmpty() && p.isEmpty() ? 1 : 2.0 * common / (g.size() + p.size());
    }

    private static java.util.Set<Long> runs(boolean[] breaks) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        long start = 0;
        for (int j = 0; j <= breaks.length; j++) {
            if (j == breaks.length || breaks[j]) {
                out.add(start * 100_000 + j);
                start = j + 1;
            }
        }
        return out;
    }
}
