package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads titles (職銜) around a name: the phrase before it ({@code 香港某某局主席、立法會議員陳大文} gives two), a
 * parenthesis after it ({@code 陳大文（某大學教授）}), the full form before an abbreviation ({@code 消費者委員會(消委會)}),
 * and role lines under a {@code NAME：} headline.
 */
final class Titles {
    private static final String CUT = "在由與与和據据向對对跟把被讓让請请是為为即但而則则亦也都又並并還还將将已曾了的從从於于";
    private static final int MAX_WINDOW = 40;

    private final Lexicon lex = Lexicon.INSTANCE;

    /** Titles written before a name that starts at {@code s}, outermost first. */
    List<String> before(String t, int s) {
        int j = s;
        int depth = 0;
        while (j > 0 && s - j < MAX_WINDOW) {
            char c = t.charAt(j - 1);
            if (Chars.isCloseBracket(c)) {
                int open = j - 2;
                while (open >= 0 && j - open < MAX_WINDOW && !Chars.isOpenBracket(t.charAt(open))) {
                    open--;
                }
                String inner = open >= 0 ? t.substring(open + 1, j - 1) : "";
                if (open < 0 || inner.length() > 15 || inner.contains("、") || inner.contains("記者")
                        || inner.contains("记者") || inner.chars().anyMatch(ch -> ch >= '0' && ch <= '9')) {
                    break;
                }
                depth++;
            } else if (Chars.isOpenBracket(c)) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            if (Chars.isCloseQuote(c)) {
                int open = quotedTermStart(t, j - 1);
                if (open < 0) {
                    break;
                }
                j = open;
                continue;
            }
            if (Chars.isClauseBreak(c) && !(c == ' ' && j - 2 >= 0 && Chars.isLatin(t.charAt(j - 2)))) {
                break;
            }
            j--;
        }
        while (depth > 0 && j < s) {
            if (Chars.isCloseBracket(t.charAt(j))) {
                depth--;
            }
            j++;
        }
        List<String> found = new ArrayList<>();
        int segEnd = s;
        while (segEnd > j) {
            int segStart = segEnd;
            while (segStart > j && t.charAt(segStart - 1) != '、') {
                segStart--;
            }
            String seg = quotedTitle(trim(t.substring(segStart, segEnd)));
            if (seg == null) {
                break;
            }
            found.add(0, seg);
            if (segStart == j || seg.length() < segEnd - segStart) {
                break;
            }
            segEnd = segStart - 1;
        }
        return found;
    }

    /** Start of a short quoted term ({@code “终身荣耀艺术家”}) whose closing quote is at {@code close}, or -1. */
    private static int quotedTermStart(String t, int close) {
        for (int i = close - 1; i >= 0 && close - i <= 12; i--) {
            char c = t.charAt(i);
            if (Chars.isOpenQuote(c)) {
                return i < close - 1 ? i : -1;
            }
            if (!Chars.isHan(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A segment before a name as a title: itself when it reads as one; ending in a quoted title
     * ({@code 中国国家话剧院“终身荣耀艺术家”}) as written; ending in a quoted nickname ({@code 港隊代表「牛下女車神」})
     * the title before it. Null if none.
     */
    private String quotedTitle(String seg) {
        if (isTitlePhrase(seg)) {
            return seg;
        }
        if (seg.length() < 3 || !Chars.isCloseQuote(seg.charAt(seg.length() - 1))) {
            return null;
        }
        int open = quotedTermStart(seg, seg.length() - 1);
        if (open < 0) {
            return null;
        }
        if (isTitlePhrase(seg.substring(open + 1, seg.length() - 1))) {
            return seg;
        }
        String head = seg.substring(0, open);
        return isTitlePhrase(head) ? head : null;
    }

    /**
     * Titles a sentence gives after a name ending at {@code e}: one written right after it ({@code 习近平总书记在…}), and
     * with a copula {@code 何家明亦是河畔出版社負責人}, {@code 张小林已经成长为研究所某研究部副部长、研究员}; each
     * 、-separated part that reads as a title.
     */
    List<String> predicate(String t, int e) {
        List<String> found = new ArrayList<>();
        int i = e;
        int k = lex.titles.matchAt(t, i, t.length());
        i += k;
        if (k > 1 && (i == t.length() || Chars.isClauseBreak(t.charAt(i)) || lex.verbs.matchAt(t, i, t.length()) > 0
                || lex.between.matchAt(t, i, t.length()) > 0 || lex.prepositions.contains(t.charAt(i)))) {
            found.add(t.substring(e, i)); // 习近平总书记在…强调: the title after the name, before what the person does
        }
        for (int guard = 0; guard < 2 && i < t.length(); guard++) {
            int b = lex.between.matchAt(t, i, t.length());
            i += b;
        }
        int c = lex.copulas.matchAt(t, i, t.length());
        if (c == 0) {
            return found;
        }
        int start = i + c;
        int end = start;
        while (end < t.length() && end - start <= MAX_WINDOW && !Chars.isClauseBreak(t.charAt(end))) {
            end++;
        }
        if (end - start > MAX_WINDOW) {
            return found;
        }
        for (String part : t.substring(start, end).split("、")) {
            int of = part.indexOf('的');
            if (isTitlePhrase(part)) {
                found.add(part);
            } else if (of > 0 && isTitlePhrase(part.substring(0, of))) {
                found.add(part.substring(0, of)); // 擔任土地供應專責小組主席的任務
            }
        }
        return found;
    }

    /** A title right after a name ending at {@code e}: {@code 陳大文（某大學教授）} or {@code 陳大文，某大學教授，}. */
    String after(String t, int e) {
        if (e < t.length() && (t.charAt(e) == '，' || t.charAt(e) == ',')) {
            for (int i = e + 1; i < t.length() && i - e <= 26; i++) {
                if (t.charAt(i) == '，' || t.charAt(i) == ',') {
                    String inner = t.substring(e + 1, i).trim();
                    return isTitlePhrase(inner) ? inner : null;
                }
                if (Chars.isClauseBreak(t.charAt(i))) {
                    return null;
                }
            }
            return null;
        }
        if (e >= t.length() || !Chars.isOpenBracket(t.charAt(e))) {
            return null;
        }
        for (int i = e + 1; i < t.length() && i - e <= MAX_WINDOW; i++) {
            if (Chars.isCloseBracket(t.charAt(i))) {
                String inner = t.substring(e + 1, i).trim();
                return isTitlePhrase(inner) ? inner : null;
            }
        }
        return null;
    }

    /** The full form before {@code (ABBR)} when the abbreviation starts at {@code s}: {@code 消費者委員會(消委會)}. */
    String fullFormBefore(String t, int s) {
        if (s < 2 || !Chars.isOpenBracket(t.charAt(s - 1))) {
            return null;
        }
        List<String> b = before(t, s - 1);
        return b.isEmpty() ? null : b.get(b.size() - 1);
    }

    /** Whether a phrase reads as a title: it ends in a title word or an organisation ending. */
    boolean isTitlePhrase(String p) {
        if (p.length() < 2 || p.length() > MAX_WINDOW) {
            return false;
        }
        int n = p.length();
        boolean ends = lex.titles.matchEndingAt(p, n, 0) > 0 || lex.orgSuffixes.matchEndingAt(p, n, 0) > 0
                || lex.orgWords.matchEndingAt(p, n, 0) > 0 || lex.roleEnds.contains(p.charAt(n - 1))
                || lex.knownOrganisations.matchEndingAt(p, n, 0) > 1; // 香港眾志黃之鋒: an affiliation the list knows
        if (!ends) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (Chars.isClauseBreak(c) && c != ' ' && !Chars.isQuote(c)) {
                return false;
            }
        }
        return true;
    }

    private String trim(String seg) {
        int cut = -1;
        for (int i = seg.length() - 1; i >= 0; i--) {
            char c = seg.charAt(i);
            if (CUT.indexOf(c) >= 0 && !(c == '和' && i > 0 && seg.charAt(i - 1) == '共')
                    && lex.titles.matchAt(seg, i, seg.length()) == 0) { // 被告, 將軍: the word is the title
                cut = i;
                break;
            }
        }
        String s = seg.substring(cut + 1).trim();
        for (int i = s.length() - 2; i > 0; i--) {
            int lead = lex.titleLeads.matchAt(s, i, s.length());
            int w = Math.max(lex.publishes.matchAt(s, i, s.length()), lead > 1 ? lead : 0);
            if (w > 0 && s.length() - i - w > 1) {
                s = s.substring(i + w); // 總理昨日會見副市長: the title starts after the verb
                break;
            }
        }
        boolean again = true;
        while (again) {
            again = false;
            for (int w = lex.titleLeads.matchAt(s, 0, s.length()); w > 0 && s.length() > w + 1;
                    w = lex.titleLeads.matchAt(s, 0, s.length())) {
                s = s.substring(w);
                again = true;
            }
            int verb = Math.max(lex.publishes.matchAt(s, 0, s.length()), lex.verbs.matchAt(s, 0, s.length()));
            if (verb > 0 && s.length() > verb + 1) {
                s = s.substring(verb); // 發表市長某某的文章: the verb is not part of the title
                again = true;
            }
            int d = 0;
            while (d < s.length() && Chars.isDigit(s.charAt(d))) {
                d++;
            }
            if (d > 0 && d < s.length() && "日月年".indexOf(s.charAt(d)) >= 0) {
                s = s.substring(d + 1);
                again = true;
            }
        }
        return s;
    }
}
