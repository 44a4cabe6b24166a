package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;

/** Page layouts the generated corpus does not draw: ruled tables with a border per cell, hanging-indent lists. */
class PdfLayoutTest {
    private static final float H = PDRectangle.A4.getHeight();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path tmp;

    private void text(PDPageContentStream cs, float size, float x, float top, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, H - top);
        cs.showText(s);
        cs.endText();
    }

    private List<Block> read(PDDocument doc) throws Exception {
        Path file = tmp.resolve("t.pdf");
        doc.save(file.toFile());
        return new Importer().importFile(file).document().blocks();
    }

    @Test
    void aTableWithABorderRoundEachCellReadsRowByRow() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, 10, 60, 80, "Quarterly results of the three divisions are shown below.");
                String[][] rows = {{"Division", "Revenue", "Margin"}, {"Retail", "1,204.5", "12.1%"},
                    {"Wholesale", "877.0", "8.4%"}, {"Online", "356.2", "21.7%"}};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        float top = 110 + r * 22;
                        cs.addRect(60 + c * 120, H - top - 22, 120, 22);
                        cs.stroke();
                        text(cs, 10, 66 + c * 120, top + 15, rows[r][c]);
                    }
                }
                text(cs, 10, 60, 230, "Online sales grew fastest, from a small base.");
            }
            List<String> texts = read(doc).stream().map(b -> b.text().replace(" ", "")).toList();
            assertThat(texts).contains("DivisionRevenueMargin", "Retail1,204.512.1%", "Wholesale877.08.4%", "Online356.221.7%");
            assertThat(texts).doesNotContain("Retail", "Revenue", "12.1%");
        }
    }

    @Test
    void aHangingIndentListKeepsOneBlockPerEntry() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                String[][] refs = {
                    {"[1] Chen, L. and Wang, M. Reading order in multi-column pages. Journal of", "Document Analysis 12 (2019), 33-51."},
                    {"[2] Li, H. Recognising running heads and page numbers by repetition across", "the pages of long documents. Proceedings of the Workshop on Layout,", "2021, 4-9."},
                    {"[3] Zhou, Q. Table structure from ruling lines and aligned cells. Technical", "Report 7, 2020."}};
                float top = 80;
                for (String[] ref : refs) {
                    for (int i = 0; i < ref.length; i++) {
                        text(cs, 10, i == 0 ? 60 : 78, top, ref[i]);
                        top += 13;
                    }
                }
            }
            List<Block> blocks = read(doc);
            assertThat(blocks).hasSize(3);
            assertThat(blocks.get(1).text()).startsWith("[2]").endsWith("2021, 4-9.");
            assertThat(blocks).allMatch(b -> b.kind() == BlockKind.PARAGRAPH);
        }
    }

    @Test
    void runningHeadsAndPageNumbersAreCreditsOutOfTheFlow() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, 8, 60, 40, "Review of Layout Studies, Volume 3");
                    float top = 90;
                    for (int i = 0; i < 40; i++) {
                        text(cs, 10, 60, top, "running text of the article that fills the whole measure of the column x" + (p * 100 + i));
                        top += 14;
                    }
                    text(cs, 8, 290, 800, String.valueOf(p));
                }
            }
            List<Block> blocks = read(doc);
            assertThat(blocks.stream().filter(b -> b.kind() == BlockKind.CREDIT).map(Block::text))
                    .containsExactly("Review of Layout Studies, Volume 3", "1", "Review of Layout Studies, Volume 3", "2",
                            "Review of Layout Studies, Volume 3", "3");
            assertThat(blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)).hasSize(1);
        }
    }
}
