package org.pizhu.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of {@link ImportMemoryTest}: imports one file and prints {@code peak-rss-kb N} (the process's peak
 * resident memory, {@code VmHWM}) and {@code outcome imported|refused}.
 */
public final class ImportProbe {
    private ImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        String outcome;
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
            new Importer().importFile(Path.of(args[0]));
            outcome = "imported";
        } catch (ImportException e) {
            outcome = "refused";
        }
        long peak = -1;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                peak = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        System.out.println("outcome " + outcome);
        System.out.println("allocated-mb " + ((threads.getCurrentThreadAllocatedBytes() - before) >> 20));
        System.out.println("peak-rss-kb " + peak);
    }
}
