package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.app.DocumentImports;
import org.pizhu.corpus.CorpusLocation;
import org.junit.jupiter.api.Test;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.SourceMap;

/** Titles from the text's first block, stable when a re-wrapped text is re-imported, and the user's own kept. */
class DocumentTitleTest {
    private static Document doc(BlockKind first, String... texts) {
        StringBuilder source = new StringBuilder();
        List<Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            int start = source.length();
            source.append(texts[i]).append("\n\n");
            blocks.add(new Block(i, i == 0 ? first : BlockKind.PARAGRAPH, texts[i], 2 * i + 1, 2 * i + 1,
                    SourceMap.contiguous(start, texts[i].length())));
        }
        return new Document("news-02.broken.txt", source.toString(), blocks);
    }

    @Test
    void theFirstHeadingIsTheTitle() {
        assertThat(DocumentTitles.of(doc(BlockKind.HEADING, "港府公布新措施", "內文。"))).isEqualTo("港府公布新措施");
    }

    @Test
    void withoutAHeadingTheFirstSentenceIsTheTitleNotTheFileName() {
        assertThat(DocumentTitles.of(doc(BlockKind.PARAGRAPH, "記者昨日走訪市場。攤販表示生意平淡。")))
                .isEqualTo("記者昨日走訪市場。");
    }

    @Test
    void aLongFirstSentenceIsCutShortWithAnEllipsis() {
        String title = DocumentTitles.of(doc(BlockKind.PARAGRAPH, "這".repeat(60) + "。"));
        assertThat(title).hasSize(DocumentTitles.SENTENCE_TITLE).endsWith("\u2026");
    }

    @Test
    void aDecimalPointDoesNotEndTheSentence() {
        assertThat(DocumentTitles.firstSentence("增長3.5個百分點. 其後")).isEqualTo("增長3.5個百分點.");
    }

    @Test
    void aLaterHeadingIsNeverTheTitle() {
        Document d = doc(BlockKind.PARAGRAPH, "記者昨日走訪市場。攤販表示生意平淡。", "中央社記者攝 114年7月10日");
        Document withHeading = new Document(d.sourceName(), d.source(), List.of(d.blocks().get(0),
                new Block(1, BlockKind.HEADING, "中央社記者攝 114年7月10日", 3, 3, d.blocks().get(1).sourceMap())));
        assertThat(DocumentTitles.of(withHeading)).isEqualTo("記者昨日走訪市場。");
    }

    @Test
    @Tag("corpus")
    void reimportingARewrappedTextKeepsItsTitle(@TempDir Path dir) throws Exception {
        Path corpus = CorpusLocation.find().orElse(null);
        Assumptions.assumeTrue(corpus != null, "shared corpus not found (-Dpizhu.corpus=DIR)");
        List<Path> texts = new ArrayList<>();
        for (String sub : List.of("dev", "dev2")) {
            try (Stream<Path> s = Files.list(corpus.resolve(sub))) {
                s.filter(p -> p.toString().endsWith(".original.txt")).sorted().forEach(texts::add);
            }
        }
        assertThat(texts).hasSizeGreaterThan(5);
        List<String> changed = new ArrayList<>();
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            DocumentImports imports = new DocumentImports(lib);
            for (Path p : texts) {
                String name = p.getFileName().toString();
                String text = Files.readString(p);
                long id = imports.importText(name, text).id();
                String title = lib.document(id).title();
                assertThat(title).as(name).isNotEqualTo(name.substring(0, name.indexOf('.')));
                for (int width : WIDTHS) {
                    imports.reimport(id, name, wrap(text, width));
                    if (!lib.document(id).title().equals(title)) {
                        changed.add(name + " at " + width + ": " + title + " -> " + lib.document(id).title());
                    }
                }
            }
            long first = lib.documents().get(0).id();
            lib.setTitle(first, "我的標題");
            imports.reimport(first, "x.txt", wrap(Files.readString(texts.get(0)), 11));
            assertThat(lib.document(first).title()).isEqualTo("我的標題");
        }
        assertThat(changed).as("titles changed by re-wrapping").isEmpty();
    }

    private static final int[] WIDTHS = {9, 20, 47};

    /** {@code text} hard-wrapped at {@code width} characters, paragraphs (lines of the original) apart by a blank line. */
    static String wrap(String text, int width) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            for (int i = 0; i < l.length(); i += width) {
                sb.append(l, i, Math.min(l.length(), i + width)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
