package org.pizhu.speakers;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.pizhu.document.Document;

/**
 * Times the speaker benchmark's workload without JMH, in thread CPU time so that other processes on the machine
 * matter less, and in wall time and allocated bytes: {@code java -cp … SpeakerTiming CHARS WARMUP RUNS}. Prints each
 * run and the medians (milliseconds, megabytes).
 */
public final class SpeakerTiming {
    private SpeakerTiming() {
    }

    public static void main(String[] args) {
        int chars = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Document d = SpeakerBenchmark.generate(chars);
        SpeakerAnalyzer analyzer = new SpeakerAnalyzer();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            analyzer.analyze(d);
        }
        long[] cpu = new long[runs];
        long[] wall = new long[runs];
        long[] mb = new long[runs];
        StringBuilder line = new StringBuilder();
        long me = Thread.currentThread().getId();
        for (int i = 0; i < runs; i++) {
            long a0 = mx.getThreadAllocatedBytes(me);
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            analyzer.analyze(d);
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
            wall[i] = (System.nanoTime() - w0) / 1_000_000;
            mb[i] = (mx.getThreadAllocatedBytes(me) - a0) >> 20;
            line.append(cpu[i]).append('/').append(wall[i]).append(' ');
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.println("cpu/wall ms: " + line + "median cpu " + cpu[runs / 2] + " wall " + wall[runs / 2] + " min cpu " + cpu[0]
                + " alloc MB " + mb[runs - 1]);
    }
}
