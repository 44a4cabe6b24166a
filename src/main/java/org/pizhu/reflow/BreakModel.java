package org.pizhu.reflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A logistic model of the one break layout cannot decide: a full line that ends a sentence may end its paragraph or
 * run on, in a text that sets paragraphs apart by neither blank lines nor indents, or, where blank lines part
 * paragraphs, when a blank line follows it (a paragraph's end, or a column break inside the paragraph). It weighs what the document itself
 * shows — how many sentences and lines its paragraphs usually have (counted up to the short last lines that end them
 * for certain) against the paragraph so far — with what the lines around the break look like. No words.
 *
 * <p>The coefficients are fitted in test scope ({@code BreakModelFit}) on the own corpus's tune split degraded by the
 * seeded generator, and shipped as the resource {@code break-model.properties}.
 */
class BreakModel {
    /** Names of the features, in the order of {@link #features}; the resource holds one weight per name. */
    static final String[] NAMES = {"bias", "stopsVsTypical", "linesVsTypical", "lengthHazard", "closerEvidence",
        "openerEvidence", "hangs", "gapEvidence", "bareEvidence", "nextStartsLatin",
        "blankLines", "blankLinesEndParagraphs"};

    private static final BreakModel DEFAULT = load("break-model.properties");

    private final double[] weights;

    BreakModel(double[] weights) {
        this.weights = weights.clone();
    }

    /** The shipped model. */
    static BreakModel shipped() {
        return DEFAULT;
    }

    private static BreakModel load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BreakModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] w = new double[NAMES.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.parseDouble(p.getProperty(NAMES[i], "0"));
        }
        return new BreakModel(w);
    }

    /**
     * The features of a break after {@code p} (which ends a sentence and fills its line) before {@code l}, in a
     * paragraph that has {@code stops} sentence ends and {@code lines} lines so far, in a document with
     * {@code habits}.
     */
    static double[] features(String source, Segment p, Segment l, int stops, int lines, Grouper.Habits habits) {
        ParagraphEvidence evidence = habits.evidence();
        char last = source.charAt(p.end - 1);
        char first = l.first;
        return new double[] {
            1,
            Math.log((1.0 + stops) / (1.0 + evidence.typicalStops)),
            Math.log((1.0 + lines) / (1.0 + evidence.typicalLines)),
            evidence.hazard(stops),
            evidence.closer(Chars.isCloser(last)),
            evidence.opener(Chars.isOpener(first)),
            p.shortfall() < 0 ? 1 : 0,
            evidence.gap(l.gapBefore > 0),
            evidence.bare(!l.hasClausePunct),
            first < 0x80 && Character.isLetterOrDigit(first) ? 1 : 0,
            habits.blankSeparated() ? 1 : 0,
            habits.blankSeparated() && habits.blankAfterFullSentenceEnds() ? 1 : 0,
        };
    }

    /**
     * Whether the paragraph ends before segment {@code next}, at a break with features {@code x} (overridden in test
     * scope to record the breaks the model is asked about).
     */
    boolean endsParagraph(double[] x, int next) {
        return probabilityOfEnd(x) >= 0.5;
    }

    /** The probability that the paragraph ends at a break with features {@code x}. */
    double probabilityOfEnd(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
