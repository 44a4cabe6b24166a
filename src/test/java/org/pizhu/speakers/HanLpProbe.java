package org.pizhu.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * Measures HanLP 1.x portable's person and organisation recognisers as speaker finders on a corpus in dev2's format:
 * alone (a HanLP person/organisation followed in its clause by a speech verb of the lexicon), with the rules
 * (union), and as a veto on the rules (a rule person kept only when HanLP also tags it a person). Prints speaker F1
 * per text and means, start-up time and throughput. {@code java -cp … org.pizhu.speakers.HanLpProbe DIR}.
 */
public final class HanLpProbe {
    private HanLpProbe() {
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        Segment seg = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                .enableOrganizationRecognize(true);
        seg.seg("陳大文表示，會研究。");
        long startup = System.nanoTime() - t0;
        Lexicon lex = Lexicon.INSTANCE;
        SpeakerAnalyzer rules = new SpeakerAnalyzer();
        double[] sum = new double[4];
        int n = 0;
        long chars = 0;
        long segNanos = 0;
        for (Path gold : GoldProbe.Corpora.golds(Path.of(args[0]))) {
            JsonNode g = new ObjectMapper().readTree(gold.toFile());
            Set<String> gn = new HashSet<>();
            g.path("speakers").forEach(s -> gn.add(s.get("name").asText()));
            if (gn.isEmpty()) {
                continue;
            }
            Document d = GoldDocuments.fromGold(gold);
            Set<String> alone = new LinkedHashSet<>();
            Set<String> persons = new HashSet<>();
            for (Block b : d.blocks()) {
                if (!b.kind().isRunningText()) {
                    continue;
                }
                long s0 = System.nanoTime();
                List<Term> terms = seg.seg(b.text());
                segNanos += System.nanoTime() - s0;
                chars += b.text().length();
                for (int i = 0; i < terms.size(); i++) {
                    String nature = terms.get(i).nature.toString();
                    boolean person = nature.startsWith("nr");
                    if (person) {
                        persons.add(terms.get(i).word);
                    }
                    if (!person && !nature.startsWith("nt")) {
                        continue;
                    }
                    for (int k = i + 1; k < terms.size() && k <= i + 4; k++) {
                        String w = terms.get(k).word;
                        if (lex.verbs.contains(w)) {
                            alone.add(terms.get(i).word);
                            break;
                        }
                        if (w.length() == 1 && Chars.isClauseBreak(w.charAt(0))) {
                            break;
                        }
                    }
                }
            }
            Set<String> ruled = new LinkedHashSet<>();
            SpeakerAnalysis a = rules.analyze(d);
            a.speakers().forEach(s -> ruled.add(s.name()));
            Set<String> union = new LinkedHashSet<>(ruled);
            union.addAll(alone);
            Set<String> veto = new LinkedHashSet<>();
            for (Speaker s : a.speakers()) {
                if (s.kind() != SpeakerKind.PERSON || persons.contains(s.name())) {
                    veto.add(s.name());
                }
            }
            double[] f = {f1(alone, gn), f1(ruled, gn), f1(union, gn), f1(veto, gn)};
            System.out.printf("%s hanlp=%.2f rules=%.2f union=%.2f veto=%.2f%n", gold.getFileName(), f[0], f[1], f[2], f[3]);
            for (int i = 0; i < 4; i++) {
                sum[i] += f[i];
            }
            n++;
        }
        System.out.printf("MEAN n=%d hanlp=%.3f rules=%.3f union=%.3f veto=%.3f%n", n, sum[0] / n, sum[1] / n,
                sum[2] / n, sum[3] / n);
        System.out.printf("start-up %.0f ms (first segment, dictionaries loaded); segmentation %.2f M chars/s; heap %d MB%n",
                startup / 1e6, chars / (segNanos / 1e9) / 1e6,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static double f1(Set<String> found, Set<String> gold) {
        long tp = found.stream().filter(gold::contains).count();
        double p = (double) tp / Math.max(1, found.size());
        double r = (double) tp / Math.max(1, gold.size());
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
