package org.pizhu.speakers;

/**
 * Clauses that only date what follows them ({@code 林鄭月娥在施政報告中提出「明日大嶼」後，胡志偉曾表示}): an announcing verb
 * (lexicon {@code datingacts}: 宣布, 提出, 公布 …) in a clause that ends with 後 before a comma names an earlier event,
 * not words the text reports. A reporting verb's clause is its content ({@code 她稱去年被捕後，…}).
 */
final class TimeClauses {
    private TimeClauses() {
    }

    /** Whether the announcing verb {@code t[verb, verbEnd)} stands in a clause that ends with 後 or 后 and a comma. */
    static boolean endsAfter(String t, int verb, int verbEnd, QuoteSpans quotes) {
        if (Lexicon.INSTANCE.datingActs.matchAt(t, verb, verbEnd) != verbEnd - verb) {
            return false;
        }
        for (int i = verbEnd; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quotes.inside(i) || !Chars.isClauseBreak(c)) {
                continue;
            }
            return i > verbEnd && (c == '，' || c == ',') && (t.charAt(i - 1) == '後' || t.charAt(i - 1) == '后');
        }
        return false;
    }
}
