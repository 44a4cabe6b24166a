package org.pizhu.speakers;

/**
 * The means or manner the words were given in, between a speaker and the verb: 以 and a short phrase
 * ({@code 某某以英文貼文稱}, {@code 某某以書面致詞表示}, {@code 某某以強硬語氣指}); never 以為, 以及, 以下, 所以, 可以 and the like.
 */
final class Means {
    /** Longest phrase after 以. */
    private static final int MAX_PHRASE = 4;
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private Means() {
    }

    /** Length of 以 and a phrase of two to four Han characters ending at {@code e}, or 0. */
    static int before(String t, int e) {
        for (int len = 2; len <= MAX_PHRASE && e - len - 1 >= 1; len++) {
            int s = e - len - 1;
            if (!Chars.isHan(t.charAt(e - len)) || "為为這这的".indexOf(t.charAt(e - len)) >= 0) {
                return 0; // 以民為本這說法: 以X為Y 'to take X as Y', no means of speaking
            }
            if (t.charAt(s) == '以' && LEX.notMeans.matchAt(t, s, e) == 0 && LEX.notMeans.matchAt(t, s - 1, e) == 0
                    && Chars.isHan(t.charAt(s - 1))) {
                return len + 1;
            }
        }
        return 0;
    }
}
