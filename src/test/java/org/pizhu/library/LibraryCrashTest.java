package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM writes to the library and reports each committed id; it is killed with SIGKILL at random
 * moments, 20 times. After each kill the library must pass {@code integrity_check} and hold every reported id.
 */
class LibraryCrashTest {
    private static final int KILLS = 20;
    private static final Pattern LINE = Pattern.compile("(ann|doc):(\\d+);");

    @TempDir
    Path dir;

    @Test
    void killedWriterNeverCorruptsOrLosesCommittedWork() throws Exception {
        Path file = dir.resolve("lib.db");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        try (Library lib = Library.open(file)) {
            lib.importText("base.txt", Texts.document(99, 20_000));
        }
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        Set<Long> annotations = ConcurrentHashMap.newKeySet();
        Set<Long> documents = ConcurrentHashMap.newKeySet();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < KILLS; round++) {
            Process p = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(),
                    file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> read(p, ready, annotations, documents));
            reader.start();
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("worker started (seed " + seed + ")").isTrue();
            Thread.sleep(rnd.nextInt(300));
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            try (Library lib = Library.open(file)) {
                assertThat(lib.checkIntegrity()).as("round " + round + ", seed " + seed).isEqualTo("ok");
                for (long id : annotations) {
                    assertThat(lib.annotation(id)).as("annotation %d (round %d, seed %d)", id, round, seed).isPresent();
                }
                List<Long> docs = lib.documents().stream().map(DocumentInfo::id).toList();
                assertThat(docs).containsAll(documents);
            }
        }
        assertThat(annotations).as("the worker committed work before being killed").hasSizeGreaterThan(KILLS);
    }

    private static void read(Process p, CountDownLatch ready, Set<Long> annotations, Set<Long> documents) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    ready.countDown();
                    (m.group(1).equals("ann") ? annotations : documents).add(Long.parseLong(m.group(2)));
                }
            }
        } catch (IOException e) {
            // The pipe closes when the worker is killed.
        }
    }
}
