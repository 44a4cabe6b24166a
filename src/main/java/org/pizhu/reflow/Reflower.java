package org.pizhu.reflow;

import java.util.ArrayList;
import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.SourceMap;

/** Turns raw (possibly hard-wrapped print) text into typed blocks. First cut: blank-line paragraphs. */
public final class Reflower {
    public Document reflow(String sourceName, String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int offset = 0;
        int lineNo = 0;
        StringBuilder sb = new StringBuilder();
        SourceMap.Builder map = new SourceMap.Builder();
        int first = -1;
        int last = -1;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                if (sb.length() > 0) {
                    blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, sb.toString(), first, last, map.build(offset)));
                    sb.setLength(0);
                    map = new SourceMap.Builder();
                }
            } else {
                if (sb.length() == 0) {
                    first = lineNo;
                }
                last = lineNo;
                for (int i = 0; i < line.length(); i++) {
                    if (!Character.isWhitespace(line.charAt(i))) {
                        sb.append(line.charAt(i));
                        map.append(offset + i);
                    }
                }
            }
            offset += line.length() + 1;
        }
        if (sb.length() > 0) {
            blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, sb.toString(), first, last, map.build(offset)));
        }
        return new Document(sourceName, text, blocks);
    }
}
