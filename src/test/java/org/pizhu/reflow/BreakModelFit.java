package org.pizhu.reflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pizhu.corpus.Corpora;
import org.pizhu.corpus.CorpusText;
import org.pizhu.corpus.Generated;
import org.pizhu.corpus.Gold;

/**
 * Fits {@link BreakModel}: logistic regression with a small L2 penalty over the breaks the reflow asks the model
 * about, on the own corpus's tune split degraded by the seeded {@code Degrader} (gold breaks come free from the clean
 * text's lines). The reflow is run with the gold answer at each asked break, so the paragraph so far is the gold one.
 * Writes the coefficients to {@code src/main/resources/org/pizhu/reflow/break-model.properties} and reports the fit
 * on the tune data, the own corpus's holdout split and dev2 (neither fitted on).
 *
 * <p>Run from the project directory: {@code java -cp target/classes:target/test-classes:DEPS
 * org.pizhu.reflow.BreakModelFit} ({@code -Dfit.layouts=N} degraded copies per text, {@code -Dfit.write=false} to
 * only report).
 */
public final class BreakModelFit {
    private static final double L2 = 0.01;

    private BreakModelFit() {
    }

    /** One asked break: its features and whether the paragraph really ends there. */
    record Sample(double[] x, boolean end) {
    }

    /** A model that answers with the gold and records what it was asked. */
    static final class Recording extends BreakModel {
        final List<Sample> samples;
        final List<BreakModel> judges;
        boolean[] goldEndBefore;

        Recording(List<Sample> samples) {
            super(new double[BreakModel.NAMES.length]);
            this.samples = samples;
            this.judges = List.of();
        }

        @Override
        boolean endsParagraph(double[] x, int next) {
            boolean end = goldEndBefore[next];
            samples.add(new Sample(x, end));
            return end;
        }
    }

    /** The asked breaks of every text, answered by the gold. */
    static List<Sample> samples(List<CorpusText> texts) {
        List<Sample> out = new ArrayList<>();
        Recording rec = new Recording(out);
        for (CorpusText t : texts) {
            int[] gold = BreakStats.align(t.text(), t.gold().blocks().stream().map(Gold.GoldBlock::text).toList());
            if (gold == null) {
                continue;
            }
            List<Segment> segs = Segmenter.segments(t.text());
            rec.goldEndBefore = new boolean[segs.size() + 1];
            for (int i = 1; i < segs.size(); i++) {
                rec.goldEndBefore[i] = gold[segs.get(i - 1).end - 1] != gold[segs.get(i).start];
            }
            new Reflower(rec).reflow(t.id(), t.text());
        }
        return out;
    }

    /** Fits the weights by Newton's method (a few steps suffice for a dozen features). */
    static double[] fit(List<Sample> data) {
        int d = BreakModel.NAMES.length;
        double[] w = new double[d];
        for (int iter = 0; iter < 30; iter++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (Sample s : data) {
                double p = new BreakModel(w).probabilityOfEnd(s.x());
                double err = p - (s.end() ? 1 : 0);
                for (int a = 0; a < d; a++) {
                    grad[a] += err * s.x()[a];
                    for (int b = 0; b < d; b++) {
                        hess[a][b] += p * (1 - p) * s.x()[a] * s.x()[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                grad[a] += L2 * data.size() * w[a] * (a == 0 ? 0 : 1);
                hess[a][a] += L2 * data.size() * (a == 0 ? 1e-9 : 1);
            }
            double[] step = solve(hess, grad);
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
            }
        }
        return w;
    }

    private static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n] = v[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[piv];
            a[piv] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != c && a[c][c] != 0) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][i] == 0 ? 0 : a[i][n] / a[i][i];
        }
        return x;
    }

    static String accuracy(BreakModel m, List<Sample> data) {
        int right = 0;
        int ends = 0;
        for (Sample s : data) {
            right += (m.probabilityOfEnd(s.x()) >= 0.5) == s.end() ? 1 : 0;
            ends += s.end() ? 1 : 0;
        }
        return String.format(Locale.ROOT, "%d breaks (%d paragraph ends), accuracy %.3f (always-end %.3f)",
                data.size(), ends, right / (double) Math.max(1, data.size()), ends / (double) Math.max(1, data.size()));
    }

    /** P(end) where feature {@code f} is positive and where it is not, with counts. */
    static String rates(List<Sample> data, int f) {
        int[] n = new int[2];
        int[] e = new int[2];
        for (Sample s : data) {
            int k = s.x()[f] > 0 ? 1 : 0;
            n[k]++;
            e[k] += s.end() ? 1 : 0;
        }
        return String.format(Locale.ROOT, "+ %.2f (%4d) - %.2f (%4d)", e[1] / (double) Math.max(1, n[1]), n[1],
                e[0] / (double) Math.max(1, n[0]), n[0]);
    }

    private static List<CorpusText> own(String split) {
        List<CorpusText> own = new ArrayList<>(Corpora.ownOriginals(Path.of("src/test/corpus"), "own", List.of(split)));
        for (CorpusText t : Corpora.ownOriginals(Path.of("/work/corpus-cache"), "own", List.of(split))) {
            if (own.stream().noneMatch(o -> o.id().equals(t.id()))) {
                own.add(t);
            }
        }
        return own;
    }

    /** Fits, reports and (unless {@code -Dfit.write=false}) writes the resource. */
    public static void main(String[] args) throws IOException {
        int layouts = Integer.getInteger("fit.layouts", 40);
        List<Sample> tune = samples(Generated.from(own("tune"), layouts));
        List<Sample> holdout = samples(Generated.from(own("holdout"), layouts));
        Path root = Path.of(System.getProperty("pizhu.corpus", "/work/shared/corpus"));
        List<Sample> dev2 = samples(Corpora.dev2Variants(root.resolve("dev2"), "abcd"));
        double[] w = fit(tune);
        BreakModel m = new BreakModel(w);
        StringBuilder props = new StringBuilder();
        props.append("# BreakModel coefficients, fitted by org.pizhu.reflow.BreakModelFit (test scope) on the own\n")
                .append("# corpus tune split, ").append(layouts).append(" seeded Degrader layouts per text; L2 ")
                .append(L2).append('\n')
                .append("# tune:    ").append(accuracy(m, tune)).append('\n')
                .append("# holdout: ").append(accuracy(m, holdout)).append('\n')
                .append("# dev2:    ").append(accuracy(m, dev2)).append('\n');
        for (int i = 0; i < w.length; i++) {
            props.append(BreakModel.NAMES[i]).append('=').append(String.format(Locale.ROOT, "%.4f", w[i])).append('\n');
        }
        System.out.print(props);
        System.out.println("shipped before: tune " + accuracy(BreakModel.shipped(), tune) + "; dev2 "
                + accuracy(BreakModel.shipped(), dev2));
        for (int f = 1; f < BreakModel.NAMES.length; f++) {
            System.out.printf(Locale.ROOT, "%-18s tune %s | holdout %s | dev2 %s%n", BreakModel.NAMES[f],
                    rates(tune, f), rates(holdout, f), rates(dev2, f));
        }
        if (!"false".equals(System.getProperty("fit.write"))) {
            Files.writeString(Path.of("src/main/resources/org/pizhu/reflow/break-model.properties"), props,
                    StandardCharsets.UTF_8);
        }
    }
}
