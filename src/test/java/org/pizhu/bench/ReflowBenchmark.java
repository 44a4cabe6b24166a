package org.pizhu.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;

/**
 * Reflow throughput on generated hard-wrapped text of 1 and 10 million characters (one thread).
 * Run: {@code mvn -B -Pbench verify -Dbench.include=ReflowBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ReflowBenchmark {
    @Param({"1000000", "10000000"})
    int chars;

    private String text;
    private final Reflower reflower = new Reflower();

    @Setup
    public void generate() {
        text = GeneratedText.hardWrapped(chars, 42);
    }

    @Benchmark
    public Document reflow() {
        return reflower.reflow("generated.txt", text);
    }
}
