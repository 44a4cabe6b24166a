package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pizhu export} and {@code pizhu import-annotations}, run in-process with the CLI's error handling. */
class ExportCommandTest {
    @TempDir
    Path dir;

    String lib;

    private static InProcessCli.Run pizhu(String... args) {
        return InProcessCli.pizhu(args);
    }

    @BeforeEach
    void setUp() throws Exception {
        ExportCommand.clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        lib = dir.resolve("lib.db").toString();
        Files.writeString(dir.resolve("a.txt"), "第一篇標題\n\n他說：「城市需要*更多*的<b>綠地</b>。」\n\n第二段沒有標記。\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "第二篇標題\n\n這裏談綠地與交通。\n", StandardCharsets.UTF_8);
        assertThat(pizhu("import", "--library", lib, dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString())
                .exit()).isZero();
        assertThat(pizhu("annotate", "--library", lib, "1", "--quote", "城市需要*更多*的<b>綠地</b>", "--tag", "城市 規劃",
                "--note", "值得引用").exit()).isZero();
        assertThat(pizhu("annotate", "--library", lib, "2", "--quote", "綠地與交通", "--tag", "城市 規劃", "--color", "blue")
                .exit()).isZero();
        assertThat(pizhu("annotate", "--library", lib, "2", "--quote", "這裏談", "--tag", "其他").exit()).isZero();
    }

    @AfterEach
    void resetClock() {
        ExportCommand.clock = Clock.systemDefaultZone();
    }

    @Test
    void exportsToStdoutAndToAFile() throws Exception {
        InProcessCli.Run r = pizhu("export", "--library", lib, "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("> 城市需要\\*更多\\*的\\<b\\>綠地\\</b\\>").contains("#城市-規劃").contains("值得引用")
                .contains("exported: \"2026-03-04T05:06\"");
        Path out = dir.resolve("notes.md");
        assertThat(pizhu("export", "--library", lib, "1", "--out", out.toString()).exit()).isZero();
        assertThat(Files.readString(out)).isEqualTo(r.out());
        InProcessCli.Run again = pizhu("export", "--library", lib, "1", "--out", out.toString());
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("already exists (use --force");
        assertThat(pizhu("export", "--library", lib, "1", "--group-by", "colour", "--out", out.toString(), "--force")
                .exit()).isZero();
        assertThat(Files.readString(out)).contains("## Yellow");
    }

    @Test
    void crossDocumentExportByTagHasASectionPerDocument() {
        InProcessCli.Run r = pizhu("export", "--library", lib, "--all", "--tag", "城市 規劃", "--preset", "obsidian");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] titles = pizhu("list", "--library", lib).out().lines().map(l -> l.split("\t")[1]).toArray(String[]::new);
        assertThat(r.out()).contains("# Notes tagged 城市 規劃").contains("\n## " + titles[0] + "\n")
                .contains("\n## " + titles[1] + "\n").contains("  - \"" + titles[0] + "\"")
                .contains("> [!quote]").doesNotContain("這裏談");
    }

    @Test
    void userTemplateFileAndJsonRoundTrip() throws Exception {
        Path t = dir.resolve("t.mustache");
        Files.writeString(t, "{{#documents}}{{#groups}}{{#annotations}}{{textRaw}}|{{colourName}}\n{{/annotations}}"
                + "{{/groups}}{{/documents}}", StandardCharsets.UTF_8);
        InProcessCli.Run r = pizhu("export", "--library", lib, "2", "--template", t.toString());
        assertThat(r.out()).isEqualTo("這裏談|Yellow\n綠地與交通|Blue\n");

        Path json = dir.resolve("a.json");
        assertThat(pizhu("export", "--library", lib, "2", "--format", "json", "--full-text", "--out", json.toString())
                .exit()).isZero();
        String empty = dir.resolve("empty.db").toString();
        InProcessCli.Run imp = pizhu("import-annotations", "--library", empty, json.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("restored 2");
        assertThat(withoutIds(pizhu("annotations", "--library", empty, "1").out()))
                .isEqualTo(withoutIds(pizhu("annotations", "--library", lib, "2").out()));
    }

    private static String withoutIds(String listing) {
        return listing.replaceAll("(?m)^\\d+\t", "");
    }

    @Test
    void badInputGivesAMessageAndNonZeroExit() throws Exception {
        InProcessCli.Run unknown = pizhu("export", "--library", lib, "99");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).startsWith("pizhu: ").contains("no document 99");
        InProcessCli.Run tag = pizhu("export", "--library", lib, "--all", "--tag", "沒有這個");
        assertThat(tag.exit()).isNotZero();
        assertThat(tag.err()).contains("no annotation tagged 沒有這個");
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        InProcessCli.Run path = pizhu("export", "--library", lib, "1", "--out", blocker.resolve("notes.md").toString());
        assertThat(path.exit()).isNotZero();
        assertThat(path.err()).contains("cannot write");
        assertThat(pizhu("export", "--library", lib, "1", "--script", "klingon").err()).contains("unknown script");
        assertThat(pizhu("export", "--library", lib, "1", "--preset", "x").err()).contains("unknown preset");
        assertThat(pizhu("import-annotations", "--library", lib, dir.resolve("a.txt").toString()).err())
                .contains("not valid JSON");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".md"));
        }
    }

    @Test
    void dashIsStandardOutputAndNoFileNamedDashIsMade() throws Exception {
        InProcessCli.Run r = pizhu("export", "--library", lib, "1", "--out", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("值得引用");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aTemplateWithAPartialIsOneLineAndExitOne() throws Exception {
        Path t = Files.writeString(dir.resolve("p.mustache"), "{{> p}}\n");
        InProcessCli.Run r = pizhu("export", "--library", lib, "1", "--template", t.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("p.mustache").contains("partial");
    }

    @Test
    void metaEditsTheCitationAndExportWritesCslJsonAndBibTex() throws Exception {
        InProcessCli.Run shown = pizhu("meta", "--library", lib, "1");
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).containsPattern("citekey: +pizhu-[0-9a-f]{8}").contains("language: zh-Hant")
                .contains("title:    第一篇標題");
        InProcessCli.Run set = pizhu("meta", "--library", lib, "1", "--outlet", "明報", "--date", "2024-03-05",
                "--author", "陳大文", "--author", "Smith, John", "--page", "A2", "--citekey", "mingpao2024");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("citekey:  mingpao2024").contains("authors:  陳大文; Smith, John")
                .contains("outlet:   明報").contains("date:     2024-03-05");
        assertThat(pizhu("meta", "--library", lib, "1", "--section", "港聞").out()).contains("outlet:   明報")
                .contains("section:  港聞");
        InProcessCli.Run csl = pizhu("export", "--library", lib, "1", "--format", "csl");
        assertThat(csl.exit()).as(csl.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode item = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(csl.out()).get(0);
        assertThat(item.path("id").asText()).isEqualTo("mingpao2024");
        assertThat(item.path("container-title").asText()).isEqualTo("明報");
        assertThat(item.path("author").get(1).path("family").asText()).isEqualTo("Smith");
        assertThat(pizhu("export", "--library", lib, "1", "--format", "bib").out()).startsWith("@article{mingpao2024,")
                .contains("journal = {明報}");
        assertThat(pizhu("export", "--library", lib, "1").out()).contains("citekey: \"mingpao2024\"")
                .contains("[@mingpao2024, p. A2]");
        InProcessCli.Run bad = pizhu("meta", "--library", lib, "1", "--date", "5 March 2024");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--date").contains("YYYY-MM-DD");
        assertThat(pizhu("meta", "--library", lib, "1", "--citekey", "a b").exit()).isEqualTo(2);
        assertThat(pizhu("meta", "--library", lib, "9").exit()).isEqualTo(1);
    }
}
