package org.pizhu.speakers;

/**
 * Interviews printed as questions and unlabelled answers ({@code 問：…？} or {@code ——…？}, then the answer's
 * paragraphs): the interviewee is the person a paragraph before the first question introduces with an interview word
 * ({@code 本報專訪了某大學校長陳大文}), and the paragraphs without cues after a question are that person's.
 */
final class Interviews {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Longest dash-led question line read as an interviewer's question. */
    private static final int MAX_QUESTION = 200;

    private Interviews() {
    }

    /** The person a paragraph introduces as interviewed ({@code 專訪}, {@code 接受…訪問}), or null. */
    static Mention interviewee(String t, QuoteSpans quotes, Subjects subjects) {
        for (int i = 0; i < t.length(); i++) {
            if (LEX.interviewWords.matchAt(t, i, t.length()) > 0) {
                return subjects.strictlyTitledPersonBetween(t, 0, t.length(), quotes);
            }
        }
        return null;
    }

    /** Whether a paragraph is an interviewer's question written after a dash ({@code ——你怎樣看？}). */
    static boolean isDashQuestion(String t) {
        String s = t.strip();
        return s.length() <= MAX_QUESTION && (s.startsWith("—") || s.startsWith("－") || s.startsWith("-"))
                && (s.endsWith("？") || s.endsWith("?"));
    }
}
