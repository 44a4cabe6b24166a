package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * Imports the dev newspaper-page PDFs (shared corpus, found by {@link org.pizhu.corpus.CorpusLocation}) and scores the reading against
 * the gold blocks: exact block texts (whitespace removed), kinds of matched blocks, and reading order.
 */
class PdfDevScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Block F1, kind accuracy over matched blocks, and the share of matched blocks in gold order (LCS). */
    record Score(double f1, double kinds, double order, int blocks, int gold) {
    }

    static Score score(Document doc, JsonNode gold) {
        List<String> goldTexts = new ArrayList<>();
        List<String> goldKinds = new ArrayList<>();
        for (JsonNode b : gold.get("blocks")) {
            goldTexts.add(squash(b.get("text").asText()));
            goldKinds.add(b.get("kind").asText());
        }
        List<Integer> matchedGoldIndex = new ArrayList<>();
        int kindsRight = 0;
        boolean[] used = new boolean[goldTexts.size()];
        for (Block b : doc.blocks()) {
            String t = squash(b.text());
            for (int g = 0; g < goldTexts.size(); g++) {
                if (!used[g] && goldTexts.get(g).equals(t)) {
                    used[g] = true;
                    matchedGoldIndex.add(g);
                    if (goldKinds.get(g).equals(b.kind().id())) {
                        kindsRight++;
                    }
                    break;
                }
            }
        }
        int matched = matchedGoldIndex.size();
        double p = doc.blocks().isEmpty() ? 0 : (double) matched / doc.blocks().size();
        double r = (double) matched / goldTexts.size();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(f1, matched == 0 ? 0 : (double) kindsRight / matched,
                matched == 0 ? 0 : (double) lis(matchedGoldIndex) / matched, doc.blocks().size(), goldTexts.size());
    }

    private static int lis(List<Integer> xs) {
        int[] best = new int[xs.size()];
        int max = 0;
        for (int i = 0; i < xs.size(); i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (xs.get(j) < xs.get(i)) {
                    best[i] = Math.max(best[i], best[j] + 1);
                }
            }
            max = Math.max(max, best[i]);
        }
        return max;
    }

    static String squash(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"news-02", "news-07"})
    void devPdfReadsInGoldOrder(String name) throws Exception {
        Path dir = org.pizhu.corpus.CorpusLocation.require("dev/pdf");
        ImportedText imported = new Importer().importFile(dir.resolve(name + ".pdf"));
        JsonNode gold = JSON.readTree(dir.resolve(name + ".blocks.json").toFile());
        Score s = score(imported.document(), gold);
        System.out.printf("PDF %s: %d blocks (gold %d), block F1 %.2f, kinds %.2f, order %.2f%n",
                name, s.blocks(), s.gold(), s.f1(), s.kinds(), s.order());
        if (Boolean.getBoolean("pizhu.dump")) {
            System.out.println(imported.document().source());
            imported.document().blocks().forEach(b -> System.out.println(b.kind().id() + "\t" + b.text()));
        }
        assertThat(imported.format()).isEqualTo(SourceFormat.PDF);
        assertThat(s.order()).isGreaterThanOrEqualTo(0.99);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.5);
    }
}
