package org.pizhu.annotate;

import java.util.Objects;

/**
 * A W3C Web Annotation text-quote selector: the quoted text with some context before and after it.
 *
 * <p>In Pizhu all three strings are <em>compact</em>: whitespace is left out, so a quote still matches after the
 * source is re-wrapped (hard line breaks in print text come and go between versions).
 *
 * @param exact  the quoted characters, not empty
 * @param prefix up to {@link #CONTEXT} characters just before the quote
 * @param suffix up to {@link #CONTEXT} characters just after the quote
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {
    /** How many characters of context are kept on each side. */
    public static final int CONTEXT = 32;

    public TextQuoteSelector {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("a quote cannot be empty");
        }
    }
}
