package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/** Markdown parsed in pieces gives exactly the blocks of the whole text parsed at once. */
class MarkdownChunksTest {
    private static final List<String> PARTS = List.of(
            "# 標題\n", "第一段文字，\n接着一行。\n", "- 項目一\n- 項目二\n\n  續段落\n", "> 引文\n> 第二行\n",
            "```\n代碼\n\n# 不是標題\n\n```\n", "~~~~\n```\n\n內文\n~~~~\n", "<pre>\n預排\n\n# 也不是標題\n</pre>\n",
            "<!--\n註解\n\n-->\n", "```\n未關閉的代碼\n\n", "<div>\n</div>\n```\n", "    縮排代碼\n\n    第二行\n", "\u3000全形空格開頭的段落\n", "\u3000\u3000\n", "段落\n===\n",
            "1. 一\n\n2. 二\n", "<div>\n區塊\n</div>\n", "![圖片說明](a.png)\n", "**粗體**與`代碼`\n", "***\n", "  \n");

    private static Document read(String md, int piece) throws ImportException {
        return MarkdownReader.read(new ImportContext(Path.of("t.md"), ImportOptions.defaults()), md, piece);
    }

    @Test
    void piecesParseToTheSameBlocksAsTheWhole() throws Exception {
        Random r = new Random(5);
        int cut = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder md = new StringBuilder();
            for (int i = 5 + r.nextInt(40); i > 0; i--) {
                md.append(PARTS.get(r.nextInt(PARTS.size()))).append(r.nextInt(4) == 0 ? "" : "\n");
            }
            String text = md.toString();
            int piece = 1 + r.nextInt(200);
            cut += MarkdownChunks.cuts(text, piece).size();
            Document whole = read(text, Integer.MAX_VALUE);
            Document pieces = read(text, piece);
            assertThat(pieces.source()).as(text).isEqualTo(whole.source());
            assertThat(pieces.blocks()).extracting(Block::kind).isEqualTo(whole.blocks().stream().map(Block::kind).toList());
        }
        assertThat(cut).as("candidate cuts").isGreaterThan(1000);
    }

    @Test
    void aTextWithLinkDefinitionsIsNotCut() {
        String md = "見[來源][1]。\n\n".repeat(50) + "[1]: https://example.org\n";
        assertThat(MarkdownChunks.cuts(md, 10)).isEmpty();
    }
}
