package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.SourceMap;
import org.pizhu.reflow.Reflower;

/** The kind a PDF paragraph gets from its text when the page layout did not type it. */
class PdfTextKindTest {
    private static BlockKind kindAlone(String paragraph) {
        Block b = new Reflower().reflow("p.pdf", paragraph).blocks().get(0);
        return PdfReader.textKind(new Block(0, b.kind(), b.text(), 1, 1, SourceMap.contiguous(0, b.text().length())));
    }

    @Test
    void aBareShortWordOnAPageIsASectionTitleNotASignature() {
        assertThat(kindAlone("參考文獻")).isEqualTo(BlockKind.HEADING);
        assertThat(kindAlone("简介")).isEqualTo(BlockKind.HEADING);
    }

    @Test
    void aLineWithTheWordForReporterStaysAByline() {
        assertThat(kindAlone("本報記者 陳大文")).isEqualTo(BlockKind.BYLINE);
    }
}
