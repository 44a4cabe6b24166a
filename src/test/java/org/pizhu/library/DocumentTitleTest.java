package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.SourceMap;

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
        assertThat(DocumentStore.title(doc(BlockKind.HEADING, "港府公布新措施", "內文。"))).isEqualTo("港府公布新措施");
    }

    @Test
    void withoutAHeadingTheFirstSentenceIsTheTitleNotTheFileName() {
        assertThat(DocumentStore.title(doc(BlockKind.PARAGRAPH, "記者昨日走訪市場。攤販表示生意平淡。")))
                .isEqualTo("記者昨日走訪市場。");
    }

    @Test
    void aLongFirstSentenceIsCutShortWithAnEllipsis() {
        String title = DocumentStore.title(doc(BlockKind.PARAGRAPH, "這".repeat(60) + "。"));
        assertThat(title).hasSize(DocumentStore.SENTENCE_TITLE).endsWith("\u2026");
    }

    @Test
    void aDecimalPointDoesNotEndTheSentence() {
        assertThat(DocumentStore.firstSentence("增長3.5個百分點. 其後")).isEqualTo("增長3.5個百分點.");
    }
}
