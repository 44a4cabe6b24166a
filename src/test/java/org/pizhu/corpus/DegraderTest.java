package org.pizhu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pizhu.corpus.Gold.GoldBlock;

/** The degradation generator: seeded, changes only layout (and ASCII punctuation), keeps the gold in step. */
class DegraderTest {
    private static final List<GoldBlock> CLEAN = List.of(
            new GoldBlock("heading", "城市更新計劃下月展開　首階段涉及三區", null),
            new GoldBlock("paragraph", "政府今日公布城市更新計劃，首階段涉及三個地區，預計投入120億元，工程將於下月展開。"
                    + "發展局局長表示，計劃會分階段推行，並會諮詢區議會及居民的意見。", null),
            new GoldBlock("caption", "▲發展局局長今日介紹計劃。", null),
            new GoldBlock("paragraph", "有居民認為計劃有助改善居住環境，但擔心重建期間的安置安排。他們希望當局盡早公布細節。",
                    null));

    @Test
    void sameSeedSameOutputAndEveryCharacterKept() {
        for (int seed = 0; seed < 200; seed++) {
            Degrader.Layout layout = Degrader.Layout.random(new Random(seed));
            Degrader.Degraded a = Degrader.degrade(CLEAN, "traditional", layout, seed);
            Degrader.Degraded b = Degrader.degrade(CLEAN, "traditional", layout, seed);
            assertThat(a).isEqualTo(b);
            StringBuilder gold = new StringBuilder();
            a.gold().forEach(g -> gold.append(g.text()));
            assertThat(sorted(AnalysisScorer.norm(a.text()))).as(layout.name())
                    .isEqualTo(sorted(AnalysisScorer.norm(gold.toString())));
            for (String line : a.text().split("\n")) {
                assertThat(Degrader.width(line)).as(line).isLessThanOrEqualTo(layout.cells() * 2);
            }
        }
    }

    @Test
    void layoutsDoWhatTheySay() {
        Degrader.Layout tight = new Degrader.Layout(10, false, "\u3000\u3000", 0, true, false, false);
        Degrader.Degraded d = Degrader.degrade(CLEAN, "traditional", tight, 1);
        assertThat(d.text()).doesNotContain("\n\n").doesNotContain("，").contains(",").startsWith("城市更新計劃下月展開\n");
        assertThat(d.text()).contains("\n\u3000\u3000政府今日");
        assertThat(d.gold().get(1).text()).startsWith("政府今日公布城市更新計劃,");
        Degrader.Layout furnished = new Degrader.Layout(14, true, "", 4, false, true, true);
        boolean anyByline = false;
        for (int seed = 0; seed < 30; seed++) {
            Degrader.Degraded f = Degrader.degrade(CLEAN, "simplified", furnished, seed);
            anyByline |= f.gold().stream().anyMatch(g -> g.kind().equals("byline"));
            assertThat(f.gold()).hasSizeGreaterThanOrEqualTo(CLEAN.size());
        }
        assertThat(anyByline).isTrue();
    }

    private static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
