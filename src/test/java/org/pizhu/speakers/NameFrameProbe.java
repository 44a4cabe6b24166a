package org.pizhu.speakers;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.pizhu.script.ScriptConverters;

/**
 * Reads names that come from data, not from any corpus text, in invented one-sentence frames and counts how many the
 * speaker analysis finds exactly (the only speaker, with the name as written), in Simplified and Hong Kong forms:
 * transliterated names of HanLP's custom dictionary that its transliterated-name dictionary (the source of the
 * {@code names.tsv} T rows) lacks, so they are held out from the table; and HanLP's core-dictionary person names of
 * three characters. {@code java -cp … org.pizhu.speakers.NameFrameProbe [SAMPLE]}.
 */
public final class NameFrameProbe {
    private static final List<String> FOREIGN_FRAMES = List.of("%s表示，會再研究。", "美國總統%s表示，會再研究。",
            "據悉，%s認為，問題不大。", "一名學生%s说，今年收成好。");
    private static final List<String> CHINESE_FRAMES = List.of("%s表示，會再研究。", "局長%s表示，會再研究。",
            "據悉，%s認為，問題不大。", "村民%s说，今年收成好。");

    private NameFrameProbe() {
    }

    public static void main(String[] args) {
        int sample = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        CustomDictionary.contains("北京"); // loads the dictionary
        List<String> foreign = new ArrayList<>();
        DoubleArrayTrie<CoreDictionary.Attribute> custom = CustomDictionary.DEFAULT.dat;
        for (String w : TrieKeys.of(custom)) {
            CoreDictionary.Attribute a = custom.get(w);
            if (a != null && a.nature[0] == Nature.nrf && !TranslatedPersonDictionary.containsKey(w) && w.length() >= 2
                    && w.chars().allMatch(c -> Chars.isHan((char) c) || c == '·')) {
                foreign.add(w);
            }
        }
        List<String> chinese = new ArrayList<>();
        for (String w : TrieKeys.of(CoreDictionary.trie)) {
            CoreDictionary.Attribute a = CoreDictionary.get(w);
            if (a != null && w.length() == 3 && a.nature[0] == Nature.nr) {
                chinese.add(w);
            }
        }
        report("held-out transliterated names", foreign, FOREIGN_FRAMES, sample);
        report("core-dictionary Chinese names", chinese, CHINESE_FRAMES, sample);
    }

    private static void report(String label, List<String> names, List<String> frames, int sample) {
        List<String> picked = new ArrayList<>(names);
        Collections.shuffle(picked, new Random(11));
        picked = picked.subList(0, Math.min(sample, picked.size()));
        SpeakerAnalyzer analyzer = new SpeakerAnalyzer();
        int[] exact = new int[frames.size()];
        int[] wrongSpan = new int[frames.size()];
        for (String simplified : picked) {
            for (String name : List.of(simplified, ScriptConverters.get("s2hk").convert(simplified).text())) {
                for (int k = 0; k < frames.size(); k++) {
                    List<String> got = analyzer.analyze(GoldDocuments.of(String.format(frames.get(k), name))).speakers()
                            .stream().map(Speaker::name).toList();
                    if (got.equals(List.of(name))) {
                        exact[k]++;
                    } else if (!got.isEmpty()) {
                        wrongSpan[k]++;
                    }
                }
            }
        }
        System.out.println(label + ": " + picked.size() + " names x 2 scripts, frames " + frames);
        System.out.println("  exact " + Arrays.toString(exact) + " (sum " + Arrays.stream(exact).sum() + " of "
                + 2 * picked.size() * frames.size() + "), another name " + Arrays.toString(wrongSpan));
    }
}
