package org.pizhu.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The generated corpus: each clean source text degraded in several seeded layouts ({@link Degrader}). */
public final class Generated {
    private Generated() {
    }

    /**
     * {@code perText} degraded copies of each source (an original with block gold), seeded from the source's id so
     * that adding texts does not change the others' copies.
     */
    public static List<CorpusText> from(List<CorpusText> sources, int perText) {
        List<CorpusText> out = new ArrayList<>();
        for (CorpusText s : sources) {
            if (s.gold().blocks() == null) {
                continue;
            }
            for (int k = 0; k < perText; k++) {
                long seed = s.id().hashCode() * 1_000_003L + k;
                Degrader.Layout layout = Degrader.Layout.random(new Random(seed));
                List<Gold.GoldBlock> clean = s.gold().blocks().stream()
                        .map(b -> new Gold.GoldBlock(b.kind(), b.text(), "?")).toList();
                Degrader.Degraded d = Degrader.degrade(clean, s.script(), layout, seed);
                out.add(new CorpusText("gen/" + s.id() + "." + k + "." + layout.name(), "generated", layout.name(),
                        s.script(), s.genre(), s.split(), d.text(), null, Gold.ofBlocks(d.gold())));
            }
        }
        return out;
    }

    /** The column band of a layout name: {@code 8-14}, {@code 15-22} or {@code 23-30} cells. */
    public static String widthBand(String layout) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^w(\\d+)").matcher(layout);
        if (!m.find()) {
            return "?";
        }
        int w = Integer.parseInt(m.group(1));
        return w <= 14 ? "8-14" : w <= 22 ? "15-22" : "23-30";
    }

    /** The broad trait of a layout name for grouping: blank or tight, indented, ASCII. */
    public static String trait(String layout) {
        return (layout.contains("-blank") ? "blank" : "tight") + (layout.contains("-ind") ? "+indent" : "")
                + (layout.contains("-ascii") ? "+ascii" : "") + (layout.contains("-capin") ? "+captions-inside" : "");
    }
}
