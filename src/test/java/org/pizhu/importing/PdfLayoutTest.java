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

/**
 * Page layouts the generated corpus does not draw: ruled tables with a border per cell, hanging-indent lists, two
 * columns under a running head that crosses the gutter with a picture facing a section break.
 */
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

    @Test
    void twoColumnsUnderACentredHeadReadColumnByColumnWithNumberedHeadingsWhole() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, 8, 200, 40, "JOURNAL OF LAYOUT STUDIES AND READING ORDER");
                float top = 70;
                text(cs, 12, 50, top, "1");
                text(cs, 12, 65, top, "Introduction");
                top += 20;
                for (int i = 0; i < 6; i++) {
                    text(cs, 10, 50, top, "left column running text fills the measure l" + i);
                    top += 13;
                }
                text(cs, 10, 50, top, "end of the first section.");
                top += 30;
                text(cs, 12, 50, top, "2");
                text(cs, 12, 65, top, "Method");
                top += 20;
                for (int i = 0; i < 6; i++) {
                    text(cs, 10, 50, top, "second section of the left column text m" + i);
                    top += 13;
                }
                text(cs, 10, 50, top, "end of the second section.");
                top = 70;
                for (int i = 0; i < 3; i++) {
                    text(cs, 10, 310, top, "right column text above the picture fills it t" + i);
                    top += 13;
                }
                cs.addRect(310, H - 240, 230, 130);
                cs.fill();
                text(cs, 9, 380, 255, "Figure 1 A picture");
                top = 280;
                text(cs, 12, 310, top, "3.2");
                text(cs, 12, 332, top, "Results");
                top += 24;
                for (int i = 0; i < 8; i++) {
                    text(cs, 10, 310, top, "right column running text fills the measure r" + i);
                    top += 13;
                }
                text(cs, 10, 310, top, "end of the results.");
            }
            List<String> texts = read(doc).stream().map(Block::text).toList();
            assertThat(texts).contains("1 Introduction", "2 Method", "3.2 Results");
            int lastLeft = texts.indexOf(texts.stream().filter(t -> t.contains("end of the second section")).findFirst().orElseThrow());
            int firstRight = texts.indexOf(texts.stream().filter(t -> t.contains("picture fills it t0")).findFirst().orElseThrow());
            assertThat(lastLeft).isLessThan(firstRight);
            assertThat(texts.stream().filter(t -> t.contains(" l0") || t.contains(" m0")))
                    .allMatch(t -> !t.contains("measure r") && !t.contains("fills it t"));
        }
    }

    @Test
    void aSectionNumberSetAQuadBeforeItsTitleUnderACaptionStaysOnItsLine() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < 4; i++) {
                    text(cs, 10, 50, 60 + i * 13, "running text of the section before the picture fills the whole measure p" + i);
                }
                text(cs, 9, 170, 140, "Figure 2 A centred caption");
                text(cs, 12, 50, 156, "3.2");
                text(cs, 12, 80, 156, "Results");
                for (int i = 0; i < 4; i++) {
                    text(cs, 10, 50, 182 + i * 13, "running text of the section after the heading fills the whole measure q" + i);
                }
            }
            List<String> texts = read(doc).stream().map(Block::text).toList();
            assertThat(texts).contains("3.2 Results");
            assertThat(texts.indexOf("3.2 Results")).isGreaterThan(texts.indexOf("Figure 2 A centred caption"));
        }
    }
}
