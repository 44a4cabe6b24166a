package org.pizhu.export;

import java.util.ArrayList;
import java.util.List;
import org.pizhu.annotate.Annotation;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/**
 * A document's whole reflowed text as Markdown, one paragraph per block (headings in bold), with every annotated
 * passage marked {@code ==like this==}. The text is escaped, so the only markup is the marks.
 */
final class FullText {
    private FullText() {
    }

    static String markdown(ExportSource source, ExportRequest request) {
        StringBuilder out = new StringBuilder();
        for (Block b : source.document().blocks()) {
            List<int[]> marks = marks(source.document(), b, source.annotations());
            StringBuilder p = new StringBuilder();
            int at = 0;
            for (int[] m : marks) {
                append(p, b.text().substring(at, m[0]), request);
                p.append("==");
                append(p, b.text().substring(m[0], m[1]), request);
                p.append("==");
                at = m[1];
            }
            append(p, b.text().substring(at), request);
            String para = p.toString().strip();
            if (para.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(b.kind() == BlockKind.HEADING ? "**" + para + "**" : para);
        }
        return out.toString();
    }

    /** Annotated ranges of {@code b}'s text, merged where they overlap, in order. */
    private static List<int[]> marks(Document doc, Block b, List<Annotation> annotations) {
        List<int[]> ranges = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.orphan() || a.anchor().end() <= b.sourceStart() || a.anchor().start() >= b.sourceEnd()
                    || doc.passesOver(b.index(), a.anchor().start(), a.anchor().end())) {
                continue;
            }
            int from = b.sourceMap().textOffset(Math.max(a.anchor().start(), b.sourceStart()));
            int to = b.sourceMap().textOffset(Math.min(a.anchor().end(), b.sourceEnd()));
            if (to > from) {
                ranges.add(new int[] {from, to});
            }
        }
        ranges.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return merged;
    }

    private static void append(StringBuilder p, String segment, ExportRequest request) {
        String text = request.converter().convert(segment, request.script());
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.append("\\\n");
            }
            String line = lines[i];
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if ("\\`*_[]<>#!&|~=$%^{}-+.)".indexOf(c) >= 0) {
                    p.append('\\');
                }
                p.append(c);
            }
        }
    }
}
