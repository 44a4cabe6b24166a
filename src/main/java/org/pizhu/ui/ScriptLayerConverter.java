package org.pizhu.ui;

import org.pizhu.document.Document;
import org.pizhu.script.DocumentConversions;
import org.pizhu.script.ScriptConverters;
import org.pizhu.script.ScriptTarget;
import org.pizhu.script.SearchKey;

/** The reader's script switch over the script layer: per-block conversions of the open document, cached. */
public final class ScriptLayerConverter implements BlockTextConverter {
    private volatile DocumentConversions current;

    @Override
    public String convert(Document document, int blockIndex, ScriptChoice target) {
        if (target == ScriptChoice.ORIGINAL) {
            return document.blocks().get(blockIndex).text();
        }
        return conversions(document).block(blockIndex, ScriptTarget.valueOf(target.name())).text();
    }

    @Override
    public char fold(char c) {
        return SearchKey.fold(c);
    }

    @Override
    public void warmUp() {
        ScriptConverters.preload();
    }

    private DocumentConversions conversions(Document document) {
        DocumentConversions c = current;
        if (c == null || c.document() != document) {
            synchronized (this) {
                c = current;
                if (c == null || c.document() != document) {
                    c = new DocumentConversions(document);
                    current = c;
                }
            }
        }
        return c;
    }
}
