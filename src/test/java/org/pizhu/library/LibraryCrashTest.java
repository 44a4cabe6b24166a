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
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;

/**
 * Crash safety: a child JVM writes to the library and reports each committed id; it is killed with SIGKILL at random
 * moments, 20 times, while this process writes to the same library too. After each kill the library must pass
 * {@code integrity_check} and hold every id reported by the child and every id written here.
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
            new DocumentImports(lib).importText("base.txt", Texts.document(99, 20_000));
        }
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        Set<Long> annotations = ConcurrentHashMap.newKeySet();
        Set<Long> documents = ConcurrentHashMap.newKeySet();
        Set<Long> ours = ConcurrentHashMap.newKeySet();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (Library mine = Library.open(file)) {
            run(file, tmp, java, seed, rnd, mine, annotations, documents, ours);
        }
        assertThat(annotations).as("the worker committed work before being killed").hasSizeGreaterThan(KILLS);
    }

    private void run(Path file, Path tmp, String java, long seed, Random rnd, Library mine, Set<Long> annotations,
                     Set<Long> documents, Set<Long> ours) throws Exception {
        for (int round = 0; round < KILLS; round++) {
            Process p = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(),
                    file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> read(p, ready, annotations, documents));
            reader.start();
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("worker started (seed " + seed + ")").isTrue();
            long until = System.nanoTime() + rnd.nextInt(200) * 1_000_000L;
            while (System.nanoTime() < until) {
                int start = rnd.nextInt(19_000);
                try {
                    ours.add(mine.annotate(1, start, start + 3, AnnotationKind.UNDERLINE, Color.BLUE, "", List.of()).id());
                } catch (LibraryException e) {
                    assertThat(e).hasMessageContaining("whitespace");
                }
            }
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            try (Library lib = Library.open(file)) {
                assertThat(lib.checkIntegrity()).as("round " + round + ", seed " + seed).isEqualTo("ok");
                for (long id : ours) {
                    assertThat(lib.annotation(id)).as("our annotation %d (round %d)", id, round).isPresent();
                }
                for (long id : annotations) {
                    assertThat(lib.annotation(id)).as("annotation %d (round %d, seed %d)", id, round, seed).isPresent();
                }
                List<Long> docs = lib.documents().stream().map(DocumentInfo::id).toList();
                assertThat(docs).containsAll(documents);
            }
        }
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
