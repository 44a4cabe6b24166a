package org.pizhu.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Conversion speed with offset maps on 10 MB (UTF-8) of text, and the cost of the first call (dictionary load).
 *
 * <p>{@code mvn -B -Pbench verify -Dbench.include=ScriptBenchmark}. MB/s = 10 / (seconds per operation).
 */
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScriptBenchmark {
    /** Ten megabytes of Traditional text and its Simplified conversion. */
    @State(Scope.Benchmark)
    public static class Texts {
        String traditional;
        String simplified;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            String seed;
            try (InputStream in = ScriptBenchmark.class.getResourceAsStream(
                    "/samples/takungpao-2024-new-productive-forces.txt")) {
                seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            traditional = tenMegabytes(seed);
            simplified = tenMegabytes(ScriptConverters.get("t2s").convertText(seed));
        }

        private static String tenMegabytes(String unit) {
            int bytes = unit.getBytes(StandardCharsets.UTF_8).length;
            StringBuilder sb = new StringBuilder();
            for (long n = 0; n < 10L * 1024 * 1024; n += bytes) {
                sb.append(unit);
            }
            return sb.toString();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Conversion t2s10MB(Texts t) {
        return ScriptConverters.get("t2s").convert(t.traditional);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Conversion s2t10MB(Texts t) {
        return ScriptConverters.get("s2t").convert(t.simplified);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Conversion s2twp10MB(Texts t) {
        return ScriptConverters.get("s2twp").convert(t.simplified);
    }

    /** A cold JVM's first conversion: reading and indexing the dictionaries of s2t, then converting a word. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 3, jvmArgs = {"-Xmx2g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public String firstCallS2t() {
        return ScriptConverters.get("s2t").convertText("发现");
    }

    /** A cold JVM's preload of all twelve conversions, detection and search tables. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 3, jvmArgs = {"-Xmx2g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public void preloadAll() {
        ScriptConverters.preload();
    }
}
