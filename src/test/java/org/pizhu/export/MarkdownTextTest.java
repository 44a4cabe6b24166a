package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class MarkdownTextTest {
    /** Everything the issue lists, plus what CommonMark, GFM and Obsidian would otherwise read as markup. */
    static final String[] PIECES = {"*", "**", "_", "__", "#", "# ", "## ", ">", "> ", "[", "]", "(", ")", "<", "<b>",
        "</b>", "<script>", "<!-- x -->", "<https://a.b>", "`", "```", "|", "&", "&amp;", "&#65;", "\\", "-", "--- ",
        "+", "1.", "1) ", "2024.", "=", "==", "===", "~", "~~", "$", "%%", "^", "{", "}", "!", "![", "[x](y)", ":",
        "\"", "'", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\u3000", "說", "陳大文", "「", "」", "，", "。", "abc", "1",
        "www.example.org", "http://x.y/z_w", "    code"};

    @Test
    void everyBlockquoteRendersExactlyItsText() {
        Random r = new Random(8);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            String expected = MarkdownText.canonical(text);
            if (expected.isEmpty()) {
                continue;
            }
            String md = "Intro.\n\n" + MarkdownText.blockquote(text) + "\n\nAfter.\n";
            Node doc = MarkdownProbe.parse(md);
            assertThat(MarkdownProbe.blockquotes(doc)).as("%s", md).containsExactly(expected);
            assertThat(MarkdownProbe.html(doc)).as(md).isEmpty();
            assertThat(MarkdownProbe.markup(doc.getFirstChild().getNext())).as(md).isEmpty();
            Node para = MarkdownProbe.parse(MarkdownText.inline(text) + "\n");
            assertThat(MarkdownProbe.text(para)).as(md).isEqualTo(expected);
            assertThat(MarkdownProbe.markup(para)).as(md).isEmpty();
        }
    }

    @Test
    void canonicalTextStripsLinesAndDropsEmptyOnes() {
        assertThat(MarkdownText.canonical("  甲 乙 \r\n\n\t丙\n")).isEqualTo("甲 乙\n丙");
    }

    @Test
    void hashtagsKeepCjkAndDashSpaces() {
        assertThat(MarkdownText.hashtag("新質 生產力")).isEqualTo("#新質-生產力");
        assertThat(MarkdownText.hashtag("a_b*c")).isEqualTo("#a\\_b\\*c");
        Node doc = MarkdownProbe.parse(MarkdownText.hashtag("#") + " " + MarkdownText.hashtag("x y") + "\n");
        assertThat(MarkdownProbe.text(doc)).isEqualTo("## #x-y");
        assertThat(MarkdownProbe.markup(doc)).isEmpty();
    }

    @Test
    void notesKeepMarkdownButNoHtml() {
        String note = MarkdownText.note("**重要** <b>x</b> <!-- c --> <https://example.org> a<b\r\nnext");
        Node doc = MarkdownProbe.parse(note);
        assertThat(MarkdownProbe.html(doc)).isEmpty();
        assertThat(MarkdownProbe.markup(doc)).contains("StrongEmphasis", "Link");
        assertThat(note).contains("\\<b>x\\</b>").doesNotContain("\r");
    }

    @Test
    void yamlStringsParseBackExactly() {
        Yaml yaml = new Yaml();
        for (String s : List.of("plain", "a: b", "- x", "#c", "\"q\" and 'q'", "back\\slash", "line\nbreak", "tab\t",
                "{x}", "[y]", "null", "true", "123", "2024-01-01", "陳大文：「引文」", "\u0007bell", "\u2028sep", "*a", "&a",
                "!x", "%p", "@a", "`b", "|", ">", "😀 emoji")) {
            Map<String, Object> m = yaml.load("k: " + MarkdownText.yamlString(s) + "\n");
            assertThat(m.get("k")).as(s).isEqualTo(s);
        }
    }

    @Test
    void noteEscapingReadsEachCharacterABoundedNumberOfTimes() {
        for (String unit : List.of("<b>粗體</b> a<x ", "<ab:", "<abc:def", "<" , "<https://a.b> <", "<" + "a".repeat(40) + ":")) {
            String text = unit.repeat(200_000 / unit.length() + 1);
            CountingText counted = new CountingText(text);
            String escaped = MarkdownText.escapeHtml(counted);
            assertThat(counted.reads).as(unit).isLessThanOrEqualTo(3L * text.length());
            assertThat(escaped.replace("\\<", "<")).isEqualTo(text);
        }
    }

    @Test
    void aMillionCharacterNoteFullOfTagsIsEscapedQuickly() {
        String unit = "<b>粗體</b> a<x ";
        String million = unit.repeat(1_000_000 / unit.length());
        String escaped = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MarkdownText.note(million));
        assertThat(escaped).startsWith("\\<b>粗體\\</b> a\\<x");
        assertThat(escaped.length()).isEqualTo(million.strip().length() + 3 * (million.length() / unit.length()));
    }

    /** A text that counts how often its characters are read. */
    private static final class CountingText implements CharSequence {
        private final String s;
        long reads;

        CountingText(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += s.length();
            return s;
        }
    }
}
