package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.app.DocumentImports;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;

/**
 * Crash safety of whole commands: {@code annotate}, {@code import}, {@code export}, {@code backup} and {@code restore}
 * run as child processes and are killed with SIGKILL at random moments. After each kill the library passes
 * {@code integrity_check} and holds every annotation and document a finished command acknowledged; an export file is
 * whole or absent; a backup file, if present, is a sound library. Rounds go on until a command still running was
 * killed {@code -Dpizhu.crash.kills} times (5 in a normal build; 200 with {@code -Preliability}); those that finish
 * first count as acknowledged work. A command that finished before its kill is killed sooner the next time, so a fast
 * machine gets its kills too.
 */
class CliCrashTest {
    enum Cmd { ANNOTATE, IMPORT, EXPORT, BACKUP, RESTORE }

    @TempDir
    Path dir;

    @Test
    void killedCommandsNeverCorruptNorLoseAcknowledgedWork() throws Exception {
        int kills = Integer.getInteger("pizhu.crash.kills", 5);
        long seed = Long.getLong("pizhu.crash.seed", System.nanoTime());
        Random rnd = new Random(seed);
        Path lib = dir.resolve("lib.db");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        try (Library l = Library.open(lib)) {
            new DocumentImports(l).importText("base.txt", "城市需要更多的綠地。\n\n" + "市民在河畔散步，討論圖書館的開放時間。".repeat(200));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Set<Long> annotations = new HashSet<>();
        Set<Long> documents = new HashSet<>();
        Map<Cmd, int[]> tally = new EnumMap<>(Cmd.class);
        int killed = 0;
        int round = 0;
        Map<Cmd, Integer> before = new EnumMap<>(Cmd.class);
        for (; killed < kills && round < 12 * kills; round++) {
            Cmd cmd = Cmd.values()[round % Cmd.values().length];
            List<String> args = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), CliChild.class.getName()));
            Path backup = dir.resolve("backup-" + round + ".db");
            switch (cmd) {
                case ANNOTATE -> args.addAll(List.of("annotate", "--library", lib.toString(), "1", "--quote", "圖書館",
                        "--occurrence", String.valueOf(1 + rnd.nextInt(100)), "--note", "第 " + round + " 次"));
                case IMPORT -> {
                    Path f = Files.writeString(dir.resolve("doc-" + round + ".txt"), "第" + round + "篇\n\n"
                            + ("新文件第" + round + "篇的正文。").repeat(50 + rnd.nextInt(2000)));
                    args.addAll(List.of("import", "--library", lib.toString(), f.toString()));
                }
                case EXPORT -> args.addAll(List.of("export", "--library", lib.toString(), "--all", "--out",
                        dir.resolve("export.md").toString(), "--force"));
                case BACKUP -> args.addAll(List.of("backup", "--library", lib.toString(), backup.toString()));
                case RESTORE -> {
                    try (Library l = Library.open(lib)) {
                        l.backup(backup);
                    }
                    args.addAll(List.of("restore", "--library", lib.toString(), backup.toString()));
                }
                default -> throw new IllegalStateException();
            }
            Process p = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> out = new ArrayList<>();
            Thread reader = new Thread(() -> read(p, out));
            reader.start();
            int longest = before.getOrDefault(cmd, 1500);
            boolean finished = p.waitFor(20 + rnd.nextInt(longest), TimeUnit.MILLISECONDS);
            if (finished) {
                before.put(cmd, Math.max(40, longest * 2 / 3));
            } else {
                killed++;
                p.destroyForcibly();
                p.waitFor(20, TimeUnit.SECONDS);
            }
            reader.join(5000);
            tally.computeIfAbsent(cmd, c -> new int[2])[finished ? 1 : 0]++;
            if (finished && p.exitValue() == 0) {
                synchronized (out) {
                    for (String line : out) {
                        if (cmd == Cmd.ANNOTATE && line.matches("\\d+")) {
                            annotations.add(Long.parseLong(line));
                        } else if (cmd == Cmd.IMPORT && line.matches("\\d+\t.*")) {
                            documents.add(Long.parseLong(line.substring(0, line.indexOf('\t'))));
                        }
                    }
                }
            }
            String where = "round " + round + " (" + cmd + (finished ? ", finished" : ", killed") + ", seed " + seed + ")";
            try (Library l = Library.open(lib)) {
                assertThat(l.checkIntegrity()).as(where).isEqualTo("ok");
                for (long id : annotations) {
                    assertThat(l.annotation(id)).as("annotation %d, %s", id, where).isPresent();
                }
                assertThat(l.documents().stream().map(DocumentInfo::id).toList()).as(where).containsAll(documents);
            }
            Path export = dir.resolve("export.md");
            if (Files.exists(export)) {
                String text = Files.readString(export);
                assertThat(text).as(where).startsWith("---").endsWith("\n");
            }
            if (cmd == Cmd.BACKUP && Files.exists(backup)) {
                try (Library b = Library.open(Files.copy(backup, dir.resolve("probe-" + round + ".db")))) {
                    assertThat(b.checkIntegrity()).as(where).isEqualTo("ok");
                }
            }
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(f -> f.getFileName().toString())).as("left in the temporary folder").isEmpty();
        }
        assertThat(killed).as("kills (seed %d)", seed).isEqualTo(kills);
        StringBuilder sb = new StringBuilder("crash: " + killed + " kills in " + round + " rounds");
        tally.forEach((c, n) -> sb.append(", ").append(c).append(' ').append(n[0]).append(" killed/").append(n[1])
                .append(" finished"));
        System.out.println(sb + "; " + annotations.size() + " acknowledged annotations, " + documents.size()
                + " documents, 0 lost");
    }

    private static void read(Process p, List<String> out) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (out) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            // The pipe closes when the child is killed.
        }
    }
}
