package org.pizhu.speakers;

/**
 * The author of an article a text reports on ({@code 《某刊》發表陳大文的重要文章《…》}): the person or body named right
 * before the word for the article, in a sentence that says it was published, or else the body that published it
 * ({@code 某報發表評論員文章}). {@code 文章指出} then speaks for them.
 */
final class ArticleAuthors {
    /** How far before the author a publishing verb is looked for. */
    private static final int REACH = 30;

    private ArticleAuthors() {
    }

    /** The author of the first article {@code t} says was published, or null. */
    static Mention authorIn(String t, QuoteSpans quotes, NameReader names) {
        Lexicon lex = Lexicon.INSTANCE;
        for (int a = 0; a < t.length(); a++) {
            if (lex.articleNouns.matchAt(t, a, t.length()) == 0 || quotes.inside(a)) {
                continue;
            }
            int e = a;
            for (int guard = 0; guard < 3; guard++) {
                int k = lex.articleModifiers.matchEndingAt(t, e, Math.max(0, e - 2));
                if (k == 0) {
                    break;
                }
                e -= k;
            }
            int published = publishedBefore(t, e, lex);
            Mention m = published < 0 ? null : names.endingAt(t, e, published, quotes);
            if (m != null && m.strong() && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION)) {
                return m;
            }
            Mention publisher = published < 0 ? null
                    : names.endingAt(t, published - lex.publishes.matchEndingAt(t, published, Math.max(0, published - 2)), 0, quotes);
            if (publisher != null && publisher.strong() && publisher.kind() == Mention.Kind.ORGANIZATION) {
                return publisher; // 某報發表評論員文章: an unsigned article speaks for whoever published it
            }
        }
        return null;
    }

    /** The end of the publishing verb before {@code e} in its sentence ({@code 發表}), or -1. */
    private static int publishedBefore(String t, int e, Lexicon lex) {
        for (int k = e; k > 0 && e - k <= REACH; k--) {
            if (Chars.isSentenceEnd(t.charAt(k - 1))) {
                return -1;
            }
            if (lex.publishes.matchEndingAt(t, k, Math.max(0, k - 2)) > 0) {
                return k;
            }
        }
        return -1;
    }
}
