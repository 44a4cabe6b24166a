package org.pizhu.importing;

import java.nio.file.Path;

/** Prints what the PDF layout extracts from a file (one paragraph a line, with its layout kind): a tuning aid. */
public final class PdfExtractDump {
    private PdfExtractDump() {
    }

    /** Usage: {@code PdfExtractDump FILE.pdf}. */
    public static void main(String[] args) throws Exception {
        PdfReader.Extracted e = new PdfReader(new ImportContext(Path.of(args[0]), ImportOptions.defaults())).extract();
        for (PdfReader.Paragraph p : e.paragraphs()) {
            System.out.println((p.kind() == null ? "-" : p.kind().id()) + "\t" + e.text().substring(p.start(), p.end()));
        }
    }
}
