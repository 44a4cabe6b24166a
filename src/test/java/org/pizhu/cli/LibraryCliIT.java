package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library commands, run through the packaged jar. */
class LibraryCliIT {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run pizhu(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", System.getProperty("pizhu.jar", "target/pizhu.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("PIZHU_LIBRARY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run pizhu(String... args) throws IOException, InterruptedException {
        return pizhu(Map.of(), args);
    }

    @Test
    void importAnnotateSearchReimportBackupDelete() throws Exception {
        String lib = dir.resolve("lib.db").toString();
        Path seed = JarRunner.shared().resolve("corpus/seed/takungpao-2024-new-productive-forces.txt");
        Path other = JarRunner.shared().resolve("corpus/dev/news-02.original.txt");
        Run imp = pizhu("import", "--library", lib, seed.toString(), other.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.out().lines().toList()).hasSize(2).allMatch(l -> l.matches("\\d+\t.+"));
        assertThat(pizhu("list", "--library", lib).out()).isEqualTo(imp.out());

        Run dup = pizhu("import", "--library", lib, seed.toString());
        assertThat(dup.exit()).isNotZero();
        assertThat(dup.err()).startsWith("pizhu: ").contains("already in the library as document 1");

        String source = Files.readString(seed, StandardCharsets.UTF_8);
        String quote = source.lines().filter(l -> l.strip().length() > 14).skip(5).findFirst().orElseThrow().strip().substring(2, 10);
        String spaced = String.join(" ", quote.split(""));
        Run ann = pizhu("annotate", "--library", lib, "1", "--quote", spaced, "--color", "green", "--tag", "重點",
                "--tag", "待查", "--note", "**留意**");
        assertThat(ann.exit()).as(ann.err()).isZero();
        assertThat(ann.out().strip()).matches("\\d+");
        Run list = pizhu("annotations", "--library", lib, "1");
        assertThat(list.out()).contains("\thighlight\tgreen\tblock ").contains(quote).contains("待查,重點").contains("**留意**");

        Run search = pizhu("search", "--library", lib, quote.substring(0, 3));
        assertThat(search.exit()).isZero();
        assertThat(search.out()).contains("«" + quote.substring(0, 3) + "»");
        assertThat(pizhu("search", "--library", lib, "重點").out()).contains("annotation").contains("(tag)");
        for (String q : new String[] {"\"", "*", "AND (", "NEAR(", "的"}) {
            Run r = pizhu("search", "--library", lib, q);
            assertThat(r.exit()).as(q + ": " + r.err()).isZero();
            assertThat(r.err()).isEmpty();
        }

        Path v2 = dir.resolve("v2.txt");
        Files.writeString(v2, "更正：本文已更新。\n\n" + source.replace(quote, ""), StandardCharsets.UTF_8);
        Run re = pizhu("reimport", "--library", lib, "1", v2.toString());
        assertThat(re.exit()).as(re.err()).isZero();
        assertThat(re.out()).contains("version 2").contains("1 orphaned").contains("orphan\t");
        assertThat(pizhu("annotations", "--library", lib, "1").out()).contains("ORPHAN");

        Run check = pizhu("check", "--library", lib);
        assertThat(check.exit()).isZero();
        assertThat(check.out()).startsWith("ok\t");

        Path backup = dir.resolve("backup.db");
        assertThat(pizhu("backup", "--library", lib, backup.toString()).exit()).isZero();
        assertThat(backup).exists();
        assertThat(pizhu("backup", "--library", lib, backup.toString()).err()).contains("already exists");

        Run del = pizhu("delete", "--library", lib, "1");
        assertThat(del.exit()).isZero();
        assertThat(pizhu("list", "--library", lib).out().lines()).hasSize(1);
        assertThat(pizhu("show", "--library", lib, "1").err()).isEqualTo("pizhu: no document 1 in the library\n");

        Run restore = pizhu("restore", "--library", lib, backup.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(pizhu("list", "--library", lib).out().lines()).hasSize(2);
        assertThat(pizhu("show", "--library", lib, "1").out()).contains("version:     2");
    }

    @Test
    void environmentAndDefaultPlace() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "一段文字。\n", StandardCharsets.UTF_8);
        Path envLib = dir.resolve("env.db");
        assertThat(pizhu(Map.of("PIZHU_LIBRARY", envLib.toString()), "import", text.toString()).exit()).isZero();
        assertThat(envLib).exists();
        assertThat(pizhu("import", text.toString()).exit()).isZero();
        assertThat(dir.resolve("xdg/pizhu/library.db")).exists();
    }

    @Test
    void badLibrariesAndArguments() throws Exception {
        Path notDb = Files.writeString(dir.resolve("notes.db"), "plain text, not a database");
        Run r = pizhu("list", "--library", notDb.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).startsWith("pizhu: ").contains("not a Pizhu library");
        assertThat(Files.readString(notDb)).isEqualTo("plain text, not a database");
        Run missing = pizhu("list", "--library", dir.resolve("nope/lib.db").toString());
        assertThat(missing.err()).contains("does not exist");
        String lib = dir.resolve("lib.db").toString();
        Path text = Files.writeString(dir.resolve("a.txt"), "一段文字，一段文字。\n", StandardCharsets.UTF_8);
        pizhu("import", "--library", lib, text.toString());
        assertThat(pizhu("annotate", "--library", lib, "1", "--quote", "不存在").err()).contains("not found");
        assertThat(pizhu("annotate", "--library", lib, "1", "--quote", "文字", "--occurrence", "3").err())
                .contains("occurs 2 time(s)");
        assertThat(pizhu("annotate", "--library", lib, "1", "--quote", "文字", "--color", "red").err())
                .contains("unknown colour");
        assertThat(pizhu("annotate", "--library", lib, "1", "--quote", "文字", "--occurrence", "2").exit()).isZero();
        assertThat(pizhu("import", "--library", lib, dir.resolve("missing.txt").toString()).err()).contains("no such file");
    }
}
