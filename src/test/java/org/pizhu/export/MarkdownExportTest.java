package org.pizhu.export;

import org.pizhu.script.ScriptTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pizhu.library.Library;
import org.yaml.snakeyaml.Yaml;

class MarkdownExportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    /** A converter as the script layer would be: it changes characters, including into Markdown punctuation. */
    static final TextConverter FAKE = (text, target) -> target == ScriptTarget.ORIGINAL ? text
            : text.replace('說', '说').replace('標', '标').replace('X', '*').replace('陳', '陈');

    @TempDir
    Path dir;

    ExportSource source;

    @BeforeEach
    void setUp() {
        try (Library lib = SpecialDoc.open(dir)) {
            source = new SpecialDoc(lib).source(lib);
        }
    }

    private ExportRequest.Builder request() {
        return ExportRequest.builder(List.of(source)).clock(CLOCK);
    }

    private List<String> expected(TextConverter c, ScriptTarget t) {
        return SpecialDoc.reflowed(source.document()).stream().map(q -> c.convert(q, t)).toList();
    }

    @ParameterizedTest
    @EnumSource(GroupBy.class)
    void blockquotesRenderTheAnnotatedTextInEveryGrouping(GroupBy by) {
        String md = Exporter.render(request().groupBy(by).build());
        Node doc = MarkdownProbe.parse(md);
        List<String> quotes = MarkdownProbe.blockquotes(doc);
        assertThat(quotes).containsExactlyInAnyOrderElementsOf(expected(TextConverter.identity(), ScriptTarget.ORIGINAL));
        assertThat(MarkdownProbe.html(doc)).isEmpty();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BlockQuote) {
                assertThat(MarkdownProbe.markup(n)).isEmpty();
            }
        }
    }

    @Test
    void readingOrderKeepsTheDocumentOrderUnderOneHeading() {
        String md = Exporter.render(request().build());
        Node doc = MarkdownProbe.parse(md);
        assertThat(MarkdownProbe.blockquotes(doc)).hasSize(SpecialDoc.QUOTES.size());
        assertThat(headings(doc)).containsExactly(source.info().title(), "Annotations");
        String link = Links.annotation(byId(1));
        assertThat(link).isEqualTo("pizhu://doc/" + source.info().id() + "#a-" + byId(1).uid());
        assertThat(md).contains("[" + link + "](" + link + ")")
                .contains("#標記-測試").contains("#c-_x").contains("yellow highlight").contains("pink underline");
        assertThat(md).contains("— 陳大文，某某局主席");
    }

    @Test
    void groupsBySpeakerTagAndColour() {
        assertThat(headings(MarkdownProbe.parse(Exporter.render(request().groupBy(GroupBy.SPEAKER).build()))))
                .containsExactly(source.info().title(), "陳大文", "No speaker");
        assertThat(headings(MarkdownProbe.parse(Exporter.render(request().groupBy(GroupBy.TAG).build()))))
                .containsExactly(source.info().title(), "c++_x", "標記 測試");
        assertThat(headings(MarkdownProbe.parse(Exporter.render(request().groupBy(GroupBy.COLOUR).build()))))
                .containsExactly(source.info().title(), "Yellow", "Green", "Blue", "Pink", "Purple");
    }

    @Test
    void scriptConversionAppliesBeforeEscaping() {
        String md = Exporter.render(request().script(ScriptTarget.SIMPLIFIED, FAKE).groupBy(GroupBy.SPEAKER).build());
        Node doc = MarkdownProbe.parse(md);
        assertThat(MarkdownProbe.blockquotes(doc)).containsExactlyInAnyOrderElementsOf(expected(FAKE, ScriptTarget.SIMPLIFIED));
        assertThat(headings(doc)).contains("陈大文");
        assertThat(md).contains("— 陈大文，某某局主席").contains("script: \"simplified\"");
    }

    @Test
    void realOpenccConversionToSimplified() {
        TextConverter real = TextConverter.standard();
        String md = Exporter.render(request().script(ScriptTarget.SIMPLIFIED, real).build());
        List<String> quotes = MarkdownProbe.blockquotes(MarkdownProbe.parse(md));
        assertThat(quotes).containsExactlyInAnyOrderElementsOf(expected(real, ScriptTarget.SIMPLIFIED));
        assertThat(String.join("", quotes)).contains("说").doesNotContain("說");
    }

    @Test
    void frontMatterParsesAsYaml() {
        String md = Exporter.render(request().build());
        assertThat(md).startsWith("---\n");
        String yaml = md.substring(4, md.indexOf("\n---\n", 4));
        Map<String, Object> fm = new Yaml().load(yaml);
        assertThat(fm).containsEntry("title", source.info().title()).containsEntry("source", "special.txt")
                .containsEntry("script", "original").containsEntry("exported", "2026-03-04T05:06")
                .containsEntry("imported", "2026-01-02T03:04")
                .containsEntry("document", "pizhu://doc/" + source.info().id())
                .containsEntry("tags", List.of("c-_x", "標記-測試"));
    }

    @Test
    void fullTextMarksHighlightsAndStaysPlain() {
        String md = Exporter.render(request().fullText(true).build());
        assertThat(md).contains("## Full text").contains("==這一段在原文中換行了==，但仍是同一段。");
        Node doc = MarkdownProbe.parse(md);
        assertThat(MarkdownProbe.html(doc)).isEmpty();
        String all = MarkdownProbe.text(doc);
        assertThat(all).contains("==" + expected(TextConverter.identity(), ScriptTarget.ORIGINAL).get(2) + "==");
    }

    @Test
    void obsidianPresetUsesCalloutsAndLinks() {
        String md = Exporter.render(request().template(ExportTemplate.preset("obsidian")).build());
        Node doc = MarkdownProbe.parse(md);
        List<String> quotes = MarkdownProbe.blockquotes(doc);
        assertThat(quotes).hasSize(SpecialDoc.QUOTES.size()).allMatch(q -> q.startsWith("[!quote] "));
        assertThat(quotes.stream().map(q -> q.substring(q.indexOf('\n') + 1)).toList())
                .containsExactlyInAnyOrderElementsOf(expected(TextConverter.identity(), ScriptTarget.ORIGINAL));
        assertThat(md).contains("> [!quote] — 陳大文，某某局主席").contains("#colour/yellow").contains("](pizhu://doc/")
                .doesNotContain(") ^a-");
        assertThat(MarkdownProbe.html(doc)).isEmpty();
        List<String> blockIds = new java.util.ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BlockQuote) {
                assertThat(n.getNext()).as("the block id follows the quote").isInstanceOf(Paragraph.class);
                blockIds.add(MarkdownProbe.text(n.getNext()));
            }
        }
        assertThat(blockIds).containsExactlyInAnyOrderElementsOf(
                source.annotations().stream().map(a -> "^a-" + a.uid()).toList());
    }

    @Test
    void bodyAndFrontMatterCarryTheSameObsidianTags() {
        String md = Exporter.render(request().template(ExportTemplate.preset("obsidian")).build());
        Map<String, Object> fm = new Yaml().load(md.substring(4, md.indexOf("\n---\n", 4)));
        java.util.Set<String> body = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)(?:^|\\s)#([^\\s#]+)").matcher(
                md.substring(md.indexOf("\n---\n", 4)));
        while (m.find()) {
            if (!m.group(1).startsWith("colour/")) {
                body.add(m.group(1));
            }
        }
        assertThat(body).containsExactly("c-_x", "標記-測試");
        assertThat(fm.get("tags")).isEqualTo(List.copyOf(body));
    }

    @Test
    void plainPresetHasNoLinksNorFrontMatter() {
        String text = Exporter.render(request().template(ExportTemplate.preset("plain")).build());
        assertThat(text).doesNotContain("pizhu://").doesNotStartWith("---");
        for (String q : expected(TextConverter.identity(), ScriptTarget.ORIGINAL)) {
            assertThat(text).contains("「" + q + "」");
        }
        assertThat(text).contains("」— 陳大文，某某局主席（" + source.info().title() + "，block ");
    }

    @Test
    void plainPresetIsPlainTextWithNestedQuotationMarks() {
        ExportTemplate plain = ExportTemplate.preset("plain");
        assertThat(plain.plainText()).isTrue();
        assertThat(plain.extension()).isEqualTo("txt");
        assertThat(ExportTemplate.preset("obsidian").extension()).isEqualTo("md");
        String text;
        String simplified;
        try (Library lib = Library.open(dir.resolve("q.db"))) {
            long id = new org.pizhu.app.DocumentImports(lib).importText("q.txt",
                    "他說：「新」是指新技術，[x](javascript:alert(1)) <script>x</script>。\n").id();
            int[] at = lib.findQuote(id, "「新」是指新技術").get(0);
            lib.annotate(id, at[0], at[1], org.pizhu.annotate.AnnotationKind.HIGHLIGHT, org.pizhu.annotate.Color.YELLOW,
                    "**重點** 見 [連結](https://example.org) <b>粗</b>", List.of());
            ExportSource q = org.pizhu.app.ExportLoader.load(lib, List.of(id)).get(0);
            text = Exporter.render(ExportRequest.builder(List.of(q)).template(plain).clock(CLOCK).build());
            simplified = Exporter.render(ExportRequest.builder(List.of(q)).template(plain).clock(CLOCK)
                    .script(ScriptTarget.SIMPLIFIED, TextConverter.identity()).build());
        }
        assertThat(text).contains("「『新』是指新技術」（").doesNotContain("「「");
        assertThat(simplified).contains("“‘新’是指新技術”（");
        assertThat(text).contains("重點 見 \"連結\" (https://example.org)").doesNotContain("**");
    }

    @Test
    void userTemplateSeesTheFields() {
        ExportTemplate t = ExportTemplate.of("mine.mustache", "{{#documents}}{{titleRaw}}|{{#groups}}{{#annotations}}"
                + "[{{colourName}}/{{kind}}/{{speakerRaw}}/{{#speakerTitles}}{{.}}{{/speakerTitles}}/{{location}}/{{link}}/"
                + "{{created}}]{{/annotations}}{{/groups}}{{/documents}}@{{exported}}");
        String out = Exporter.render(request().speaker(SpecialDoc.SPEAKER).template(t).build());
        assertThat(out).startsWith(source.info().title() + "|[Pink/underline/陳大文/某某局主席/block ")
                .contains("/" + Links.annotation(byId(4)) + "/").endsWith("@2026-03-04\n");
    }

    private org.pizhu.annotate.Annotation byId(long id) {
        return source.annotations().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void malformedTagsAreRefusedWithAMessage() {
        for (String source : List.of("{{}}", "x{{=}}", "{{#documents}}{{=}}")) {
            assertThatThrownBy(() -> ExportTemplate.of("odd.mustache", source)).as(source)
                    .isInstanceOf(ExportException.class).hasMessageContaining("odd.mustache");
        }
    }

    @Test
    void partialsAreRefusedWithAMessageNotAnInternalError() {
        for (String source : List.of("{{> p}}", "# 筆記\n{{#documents}}{{> row}}{{/documents}}", "{{< base}}{{/base}}")) {
            assertThatThrownBy(() -> ExportTemplate.of("mine.mustache", source)).as(source)
                    .isInstanceOf(ExportException.class).hasMessageContaining("mine.mustache")
                    .hasMessageContaining("not supported");
        }
    }

    @Test
    void badTemplatesAndFiltersGiveMessages() {
        assertThatThrownBy(() -> ExportTemplate.of("bad.mustache", "{{#a}}x"))
                .isInstanceOf(ExportException.class).hasMessageContaining("bad.mustache");
        assertThatThrownBy(() -> ExportTemplate.preset("fancy")).hasMessageContaining("unknown preset 'fancy'");
        assertThatThrownBy(() -> Exporter.render(request().tags(List.of("沒有")).build()))
                .isInstanceOf(ExportException.class).hasMessageContaining("no annotation tagged 沒有");
        assertThatThrownBy(() -> Exporter.render(request().speaker("某人").build()))
                .hasMessageContaining("by speaker 某人");
    }

    @Test
    void tagFilterKeepsOnlyTaggedAnnotations() {
        String md = Exporter.render(request().tags(List.of("c++_X")).build());
        assertThat(MarkdownProbe.blockquotes(MarkdownProbe.parse(md)))
                .containsExactly(expected(TextConverter.identity(), ScriptTarget.ORIGINAL).get(1),
                        expected(TextConverter.identity(), ScriptTarget.ORIGINAL).get(7),
                        expected(TextConverter.identity(), ScriptTarget.ORIGINAL).get(3),
                        expected(TextConverter.identity(), ScriptTarget.ORIGINAL).get(5));
    }

    static List<String> headings(Node doc) {
        List<String> out = new java.util.ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                out.add(MarkdownProbe.text(n));
            }
        }
        return out;
    }
}
