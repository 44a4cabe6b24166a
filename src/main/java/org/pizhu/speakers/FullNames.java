package org.pizhu.speakers;

import java.util.Map;

/**
 * The full names a text writes out for the shorter forms it uses later: a familiar name with the full name in brackets
 * ({@code 阿明（何家明）}), the parts of a name with middle dots ({@code 茉莉·西爾斯}) and the last word of a Latin
 * name ({@code Janek Ratnatunga}). Read once per block, in linear time.
 */
final class FullNames {
    private static final String DOTS = ForeignNames.DOTS;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    FullNames(NameReader names) {
        this.names = names;
    }

    /**
     * Full names a text gives in brackets after a familiar name ({@code 阿明（何家明）}, with a kinship ending
     * {@code 阿蘭婆（潘雪蘭）}) or familiar names it gives in brackets after a full name ({@code 陳嘉玲（阿玲）}), added to
     * {@code into} as familiar name → full name.
     */
    void in(String t, Map<String, String> into) {
        dottedNamesIn(t, into);
        latinNamesIn(t, into);
        quotedNicknamesIn(t, into);
        for (int open = t.indexOf('（'); open > 1; open = t.indexOf('（', open + 1)) {
            int close = open + 1;
            while (close < t.length() && close - open <= 5 && t.charAt(close) != '）') {
                close++; // bounded: a text of opening brackets never scans to its end for each
            }
            if (close >= t.length() || t.charAt(close) != '）' || close - open < 3) {
                continue;
            }
            if (familiarAfter(t, open, close, into)) {
                continue;
            }
            Mention full = names.person(t, close, open + 1);
            boolean kin = open > 2 && lex.kinship.contains(t.charAt(open - 1)); // 阿蘭婆（潘雪蘭）
            String familiar = t.substring(open - (kin ? 3 : 2), open);
            if (kin && close - open == 4 && t.startsWith(familiar.substring(0, 2), open + 2)
                    && lex.surnames.contains(t.charAt(open + 1))) {
                into.putIfAbsent(familiar, t.substring(open + 1, close)); // 金銀婆（柯金銀）: her given name and 婆
                continue;
            }
            if (!lex.nicknames.contains(familiar.charAt(0)) || !Chars.isHan(familiar.charAt(1))
                    || lex.names.commonWords.containsKey(familiar.substring(0, 2))) {
                continue;
            }
            if (full != null && full.start() == open + 1 && full.strong() && full.name().indexOf(familiar.charAt(1)) > 0) {
                into.putIfAbsent(familiar, full.name());
            } else if (!kin && spelledOut(t, open + 1, close, familiar.charAt(1))) {
                into.putIfAbsent(familiar, t.substring(open + 1, close));
            }
        }
    }

    /**
     * Whether the bracket {@code [open, close]} holds the familiar name of the full name right before it
     * ({@code 陳嘉玲（阿玲）}: 阿 or 小 and a character of the given name; {@code 陳恭蘭（蘭姐）}: a character of the given name
     * and an elder sibling's word), added to {@code into} as familiar name → full name.
     */
    private boolean familiarAfter(String t, int open, int close, Map<String, String> into) {
        boolean elder = close - open == 3 && lex.elderForms.contains(t.charAt(open + 2)); // 陳恭蘭（蘭姐）
        if (close - open != 3 || !lex.nicknames.contains(t.charAt(open + 1)) && !elder || !Chars.isHan(t.charAt(open + 2))
                || lex.names.commonWords.containsKey(t.substring(open + 1, close))) {
            return false;
        }
        Mention full = names.person(t, open, 0);
        if (full == null || !full.strong() || full.name().indexOf(t.charAt(elder ? open + 1 : open + 2)) <= 0) {
            return false;
        }
        into.putIfAbsent(t.substring(open + 1, close), full.name());
        return true;
    }

    /**
     * Whether the bracket {@code [from, to)} after a familiar name spells a full name out although its given name is
     * rare ({@code 阿汝（卓泫汝）}): a surname and two name characters, the last one the familiar name's.
     */
    private boolean spelledOut(String t, int from, int to, char familiarEnd) {
        if (to - from != 3 || !lex.surnames.contains(t.charAt(from)) || t.charAt(to - 1) != familiarEnd) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Chars.isHan(t.charAt(i)) || lex.notNameChars.contains(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A nickname in quotation marks right before the full name ({@code 現年66歲的「發哥」周潤發}): the nickname alone
     * ({@code 「發哥」回想…}) stands for the person, added to {@code into} as nickname → full name.
     */
    private void quotedNicknamesIn(String t, Map<String, String> into) {
        for (int close = t.indexOf('」'); close > 2; close = t.indexOf('」', close + 1)) {
            int open = t.lastIndexOf('「', close);
            if (open < 0 || close - open - 1 < 2 || close - open - 1 > 4
                    || open > 0 && Chars.isHan(t.charAt(open - 1)) && t.charAt(open - 1) != '的') {
                continue; // 的「發哥」周潤發, not 反「港獨」戰意濃 (a term after a verb)
            }
            for (int len = 4; len >= 2; len--) {
                Mention full = close + 1 + len <= t.length() ? names.person(t, close + 1 + len, close + 1) : null;
                if (full != null && full.start() == close + 1 && full.strong() && full.surname() != null) {
                    into.putIfAbsent(t.substring(open + 1, close), full.name());
                    break;
                }
            }
        }
    }

    /**
     * Latin names of two or three capitalised words ({@code Janek Ratnatunga}): the last word alone
     * ({@code Ratnatunga透過電郵回覆}) or the first ({@code Tony} for Tony Wong) stands for the whole name, added to
     * {@code into} as that word → full name.
     */
    private static void latinNamesIn(String t, Map<String, String> into) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!isUpper(t.charAt(i)) || i > 0 && Chars.isLatin(t.charAt(i - 1))) {
                continue;
            }
            int end = capitalisedWordEnd(t, i);
            int words = 1;
            int lastStart = i;
            while (end > i && words < 3 && end + 1 < n && t.charAt(end) == ' ' && capitalisedWordEnd(t, end + 1) > end + 1) {
                lastStart = end + 1;
                end = capitalisedWordEnd(t, end + 1);
                words++;
            }
            if (words >= 2 && (end == n || !Chars.isLatin(t.charAt(end)))) {
                into.putIfAbsent(t.substring(lastStart, end), t.substring(i, end));
                into.putIfAbsent(t.substring(i, capitalisedWordEnd(t, i)), t.substring(i, end)); // Tony for Tony Wong
            }
            i = Math.max(i, end - 1);
        }
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The end of a capitalised word ({@code Janek}) starting at {@code i}, or {@code i} if none starts there. */
    private static int capitalisedWordEnd(String t, int i) {
        if (i >= t.length() || !isUpper(t.charAt(i))) {
            return i;
        }
        int j = i + 1;
        while (j < t.length() && t.charAt(j) >= 'a' && t.charAt(j) <= 'z') {
            j++;
        }
        return j - i >= 2 ? j : i;
    }

    /**
     * Foreign names written with a middle dot ({@code 茉莉·西爾斯}): each part alone ({@code 茉莉說}, {@code 西爾斯說})
     * stands for the whole name, added to {@code into} as part → full name (the first full name with that part).
     */
    private static void dottedNamesIn(String t, Map<String, String> into) {
        for (int i = 2; i < t.length() - 2; i++) {
            if (DOTS.indexOf(t.charAt(i)) < 0 || !Chars.isHan(t.charAt(i - 1)) || !Chars.isHan(t.charAt(i + 1))) {
                continue;
            }
            int s = i;
            while (s > 0 && i - s < 4 && Chars.isHan(t.charAt(s - 1))
                    && !Lexicon.INSTANCE.notNameChars.contains(t.charAt(s - 1))) {
                s--;
            }
            int e = i + 1;
            while (e < t.length() && e - i <= 5 && Chars.isHan(t.charAt(e))
                    && !Lexicon.INSTANCE.notNameChars.contains(t.charAt(e))) {
                e++;
            }
            if (i - s < 2 || e - i - 1 < 2 || i - s == 4 && s > 0 && Chars.isHan(t.charAt(s - 1))
                    || e - i - 1 == 6) {
                continue; // a part runs on into other words: its edges are unknown
            }
            String full = t.substring(s, e);
            into.putIfAbsent(t.substring(s, i), full);
            into.putIfAbsent(t.substring(i + 1, e), full);
        }
    }
}
