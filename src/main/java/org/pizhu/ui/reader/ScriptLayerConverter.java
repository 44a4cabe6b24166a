package org.pizhu.ui.reader;

import org.pizhu.document.Document;
import org.pizhu.script.Conversion;
import org.pizhu.script.DocumentConversions;
import org.pizhu.script.ScriptConverters;
import org.pizhu.script.ScriptDetector;
import org.pizhu.script.ScriptTarget;
import org.pizhu.script.SearchKey;

/**
 * The {@link BlockTextConverter} on the script layer ({@code org.pizhu.script}): conversions cached per document,
 * with offset maps, so highlights stay on the same words in every script.
 */
public final class ScriptLayerConverter implements BlockTextConverter {
    private volatile DocumentConversions current;
    private volatile boolean loaded;

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

    private Conversion conversion(Document document, int blockIndex, ScriptChoice target) {
        return conversions(document).block(blockIndex, ScriptTarget.valueOf(target.name()));
    }

    @Override
    public String convert(Document document, int blockIndex, ScriptChoice target) {
        if (target == ScriptChoice.ORIGINAL) {
            return document.blocks().get(blockIndex).text();
        }
        return conversion(document, blockIndex, target).text();
    }

    @Override
    public int[] toShownRange(Document document, int blockIndex, ScriptChoice target, int start, int end) {
        if (target == ScriptChoice.ORIGINAL) {
            return new int[] {start, end};
        }
        return conversion(document, blockIndex, target).toConvertedRange(start, end);
    }

    @Override
    public int[] toOriginalRange(Document document, int blockIndex, ScriptChoice target, int start, int end) {
        if (target == ScriptChoice.ORIGINAL) {
            return new int[] {start, end};
        }
        return conversion(document, blockIndex, target).toOriginalRange(start, end);
    }

    @Override
    public String convertLabel(String text, ScriptChoice target) {
        if (target == ScriptChoice.ORIGINAL || text.isEmpty()) {
            return text;
        }
        return ScriptConverters.forTarget(ScriptTarget.valueOf(target.name()), ScriptDetector.detect(text))
                .convertText(text);
    }

    @Override
    public char fold(char c) {
        return SearchKey.fold(c);
    }

    @Override
    public void warmUp() {
        ScriptConverters.preload();
        loaded = true;
    }

    @Override
    public void prepare(Document document) {
        conversions(document).script();
    }

    @Override
    public boolean isReady(Document document) {
        DocumentConversions c = current;
        return loaded && c != null && c.document() == document && c.isScriptKnown();
    }
}
