package org.pizhu.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The counts of {@code names.tsv} next to this class: how often each character is a surname or a given-name
 * character, how much more often it stands in names than in words or in transliterations, and the common two-character
 * words that open or end with a surname, read once with the {@link Lexicon}.
 */
final class NameTable {
    /**
     * The counts of {@code names.tsv} by character, the four of a character side by side (one cache line for a look-up
     * of any of them): as a surname (role B), and as the first, the last and the only given-name character; 0 for a
     * character never seen so.
     */
    private final int[] nameCounts = new int[4 * (Character.MAX_VALUE + 1)];
    /** Given-name scores by character (see {@link #givenScore}). */
    private final short[] givenScores = new short[Character.MAX_VALUE + 1];
    /** Foreign scores of characters of transliterated names (names.tsv, T), per mille; 0 for other characters. */
    private final char[] foreignScores = new char[Character.MAX_VALUE + 1];
    /** Characters common in words (names.tsv, C); see {@link #rare}. */
    private final boolean[] commonInWords = new boolean[Character.MAX_VALUE + 1];
    /** Two-character common words that start with a surname (黄金, 游客), with their corpus counts. */
    final Map<String, Integer> commonWords = new HashMap<>();
    /** Two-character common words that end with a surname (部门, 工程; names.tsv, E), with their corpus counts. */
    private final Map<String, Integer> wordsBeforeSurname = new HashMap<>();
    /** {@link #wordsBeforeSurname} for look-ups by two characters of a text. */
    final PairCounts wordBeforeSurnamePairs;
    /** Two-character words that open with a given-name character and are mostly verbs (names.tsv, V). */
    final Set<String> commonVerbs = new HashSet<>();
    /** {@link #commonWords} and {@link #commonVerbs} for look-ups by two characters of a text. */
    final PairCounts commonWordPairs;
    final PairCounts commonVerbPairs;

    NameTable() {
        loadNames();
        commonWordPairs = new PairCounts(commonWords);
        commonVerbPairs = PairCounts.of(commonVerbs);
        wordBeforeSurnamePairs = new PairCounts(wordsBeforeSurname);
    }

    private void loadNames() {
        try (InputStream in = NameTable.class.getResourceAsStream("names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("names.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 3 && f[0].equals("W")) {
                    commonWords.put(f[1], Integer.parseInt(f[2]));
                } else if (f.length == 3 && f[0].equals("E")) {
                    wordsBeforeSurname.put(f[1], Integer.parseInt(f[2]));
                } else if (f.length == 3 && f[0].equals("V")) {
                    commonVerbs.add(f[1]);
                } else if (f.length == 2 && f[0].equals("C")) {
                    f[1].chars().forEach(c -> commonInWords[c] = true);
                } else if (f.length == 4 && f[0].equals("T") && f[1].length() == 1) {
                    foreignScores[f[1].charAt(0)] = (char) Math.min(Character.MAX_VALUE, Integer.parseInt(f[3]));
                }
                if (line.startsWith("#") || f.length < 3 || f[1].length() != 1) {
                    continue;
                }
                char c = f[1].charAt(0);
                if (f[0].equals("S")) {
                    nameCounts[c << 2] = Integer.parseInt(f[2]);
                } else if (f[0].equals("G") && f.length >= 5) {
                    nameCounts[c << 2 | 1] = Integer.parseInt(f[2]);
                    nameCounts[c << 2 | 2] = Integer.parseInt(f[3]);
                    nameCounts[c << 2 | 3] = Integer.parseInt(f[4]);
                    givenScores[c] = (short) Math.min(Short.MAX_VALUE, Integer.parseInt(f[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often {@code c} is a surname in {@code names.tsv}. */
    int surnameCount(char c) {
        return nameCounts[c << 2];
    }

    /** How often {@code c} is the first of two given-name characters. */
    int givenFirst(char c) {
        return nameCounts[c << 2 | 1];
    }

    /** How often {@code c} is the last of two given-name characters. */
    int givenLast(char c) {
        return nameCounts[c << 2 | 2];
    }

    /**
     * How much more often {@code c} stands in given names than in words, per mille (names.tsv, G): its given-name
     * counts over its weighted occurrences in words plus those counts; 0 for a character never in a given name.
     */
    int givenScore(char c) {
        return givenScores[c];
    }

    /**
     * Whether {@code c} is a rare Han character: neither common in words, nor a surname, nor ever counted in given or
     * transliterated names. In running text such a character is most often part of a name ({@code 吳寳城}).
     */
    boolean rare(char c) {
        return c >= 0x3400 && c <= 0x9FFF && !commonInWords[c] && (nameCounts[c << 2] | nameCounts[c << 2 | 1]
                | nameCounts[c << 2 | 2] | nameCounts[c << 2 | 3]) == 0 && foreignScores[c] == 0;
    }

    /** How often {@code c} is a one-character given name. */
    int givenSingle(char c) {
        return nameCounts[c << 2 | 3];
    }

    /**
     * How much more often {@code c} stands in transliterated foreign names than in Chinese words and names, per mille
     * (names.tsv, T); 0 for a character not seen in them.
     */
    int foreignScore(char c) {
        return foreignScores[c];
    }
}
