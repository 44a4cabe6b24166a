package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line behaves as Unix tools do: {@code -} is standard input, {@code --out -} standard output,
 * {@code -V} works on every command, a bad option value is a usage error (exit 2), and blocks are numbered from 1
 * everywhere.
 */
class CliShapeTest {
    static final String TEXT = "標題一行\n\n他說：「城市需要更多的綠地。」\n\n第二段沒有標記。\n\n第三段也很短。\n";

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void dashReadsStandardInputForAnalyzeImportAndConvert() throws Exception {
        InProcessCli.Run a = InProcessCli.withInput(utf8(TEXT), "analyze", "-", "--json");
        assertThat(a.exit()).as(a.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(a.out());
        assertThat(json.path("blocks").get(1).path("text").asText()).isEqualTo("他說：「城市需要更多的綠地。」");
        String lib = dir.resolve("lib.db").toString();
        InProcessCli.Run i = InProcessCli.withInput(utf8(TEXT), "import", "--library", lib, "-");
        assertThat(i.exit()).as(i.err()).isZero();
        assertThat(i.out()).startsWith("1\t標題一行");
        InProcessCli.Run c = InProcessCli.withInput(utf8("他說：「城市需要更多的綠地。」\n"), "convert", "-", "--to", "s");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).isEqualTo("他说：「城市需要更多的绿地。」\n");
        InProcessCli.Run empty = InProcessCli.withInput(new byte[0], "analyze", "-");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("empty").doesNotContain("Exception");
    }

    @Test
    void outDashIsStandardOutput() throws Exception {
        String lib = dir.resolve("lib.db").toString();
        InProcessCli.withInput(utf8(TEXT), "import", "--library", lib, "-");
        assertThat(InProcessCli.pizhu("annotate", "--library", lib, "1", "--quote", "綠地").exit()).isZero();
        InProcessCli.Run r = InProcessCli.pizhu("export", "--library", lib, "1", "--out", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("> 綠地");
        assertThat(Files.exists(Path.of("-"))).isFalse();
    }

    @Test
    void versionOnEveryCommand() {
        List<List<String>> commands = new ArrayList<>();
        CommandLine root = new CommandLine(new PizhuCommand());
        for (var e : root.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            commands.add(List.of(e.getKey()));
            for (String sub : e.getValue().getSubcommands().keySet()) {
                commands.add(List.of(e.getKey(), sub));
            }
        }
        assertThat(commands).hasSizeGreaterThan(20);
        for (List<String> c : commands) {
            for (String flag : List.of("-V", "--version")) {
                List<String> args = new ArrayList<>(c);
                args.add(flag);
                InProcessCli.Run r = InProcessCli.pizhu(args.toArray(String[]::new));
                assertThat(r.exit()).as(args.toString()).isZero();
                assertThat(r.out()).as(args.toString()).startsWith("pizhu ");
            }
        }
    }

    @Test
    void badOptionValuesAreUsageErrors() throws Exception {
        String lib = dir.resolve("lib.db").toString();
        InProcessCli.withInput(utf8(TEXT), "import", "--library", lib, "-");
        List<List<String>> bad = List.of(
                List.of("export", "--library", lib, "1", "--group-by", "colourful"),
                List.of("export", "--library", lib, "1", "--preset", "fancy"),
                List.of("export", "--library", lib, "1", "--format", "docx"),
                List.of("export", "--library", lib, "1", "--script", "latin"),
                List.of("annotate", "--library", lib, "1", "--quote", "綠地", "--color", "red"),
                List.of("annotate", "--library", lib, "1", "--quote", "綠地", "--kind", "strike"));
        for (List<String> args : bad) {
            InProcessCli.Run r = InProcessCli.pizhu(args.toArray(String[]::new));
            assertThat(r.exit()).as(args.toString()).isEqualTo(2);
            assertThat(r.err()).as(args.toString()).startsWith("pizhu: Invalid value for option '--")
                    .contains("--help").hasLineCount(1);
        }
        assertThat(InProcessCli.pizhu("annotations", "--library", lib, "1").out()).isEmpty();
    }

    @Test
    void blocksAreNumberedFromOneEverywhere() throws Exception {
        String lib = dir.resolve("lib.db").toString();
        InProcessCli.withInput(utf8(TEXT), "import", "--library", lib, "-");
        assertThat(InProcessCli.pizhu("annotate", "--library", lib, "1", "--quote", "第二段").exit()).isZero();
        int fromAnnotations = number(InProcessCli.pizhu("annotations", "--library", lib, "1").out(), "\tblock (\\d+):");
        int fromExport = number(InProcessCli.pizhu("export", "--library", lib, "1").out(), "block (\\d+) ·");
        int fromShow = number(InProcessCli.pizhu("show", "--library", lib, "1").out(), "(?m)^\\[(\\d+) paragraph\\] 第二段");
        int fromSearch = number(InProcessCli.pizhu("search", "--library", lib, "第二段").out(), "\tblock (\\d+)\t");
        JsonNode json = new ObjectMapper().readTree(InProcessCli.withInput(utf8(TEXT), "analyze", "-", "--json").out());
        int fromAnalyze = -1;
        for (JsonNode b : json.path("blocks")) {
            if (b.path("text").asText().startsWith("第二段")) {
                fromAnalyze = b.path("index").asInt();
            }
        }
        assertThat(json.path("blocks").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(List.of(fromAnnotations, fromExport, fromShow, fromSearch, fromAnalyze)).containsOnly(3);
        String outline = InProcessCli.withInput(utf8(TEXT), "analyze", "-").out();
        assertThat(outline).containsPattern("(?m)^ {3}1  heading");
    }

    private static int number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
