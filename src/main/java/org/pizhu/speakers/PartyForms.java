package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pizhu.document.Block;

/**
 * The short forms a document gives an organisation it names in full, followed by a word for its side
 * ({@code 龍湖方面} for 龍湖集團): the first two to four characters of the full name, not a generic head noun
 * ({@code 政府方面}) nor a place ({@code 香港方面}).
 */
final class PartyForms {
    /** Lengths of a short form: the first two to four characters of the full name. */
    private static final int MIN_FORM = 2;
    private static final int MAX_FORM = 4;

    private PartyForms() {
    }

    /** Adds each such form the document uses, with the full name it stands for, to {@code into}. */
    static void in(List<Block> blocks, OrganisationReader organisations, Map<String, String> into) {
        Lexicon lex = Lexicon.INSTANCE;
        List<Block> running = blocks.stream().filter(b -> b.kind().isRunningText()).toList();
        if (running.stream().noneMatch(b -> hasSuffix(b.text(), lex))) {
            return;
        }
        List<String> names = new ArrayList<>();
        running.forEach(b -> organisations.namesIn(b.text(), names));
        Map<String, String> byPrefix = new HashMap<>();
        for (String full : names) {
            for (int len = MIN_FORM; len <= MAX_FORM && len < full.length(); len++) {
                byPrefix.putIfAbsent(full.substring(0, len), full);
            }
        }
        for (Block b : running) {
            String t = b.text();
            for (int p = 1; p < t.length(); p++) {
                int k = lex.partySuffixes.matchAt(t, p, t.length());
                if (k > 0) {
                    addForm(t, p, t.substring(p, p + k), byPrefix, lex, into);
                }
            }
        }
    }

    private static boolean hasSuffix(String t, Lexicon lex) {
        for (int p = 1; p < t.length(); p++) {
            if (lex.partySuffixes.matchAt(t, p, t.length()) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void addForm(String t, int p, String suffix, Map<String, String> byPrefix, Lexicon lex,
                                Map<String, String> into) {
        for (int len = MAX_FORM; len >= MIN_FORM; len--) {
            int s = p - len;
            if (s < 0) {
                continue;
            }
            String shortForm = t.substring(s, p);
            if (!shortForm.chars().allMatch(c -> Chars.isHan((char) c)) || lex.orgSuffixes.contains(shortForm)
                    || lex.orgWords.contains(shortForm) || lex.countryEnds.contains(shortForm.charAt(len - 1))
                    || lex.placeEnds.contains(shortForm.charAt(len - 1))) {
                continue;
            }
            String full = byPrefix.get(shortForm);
            if (full != null) {
                into.putIfAbsent(shortForm + suffix, full);
                return;
            }
        }
    }
}
