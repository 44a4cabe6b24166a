package org.pizhu.script;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * The blocks of one document in each target script, converted lazily, one block at a time, and cached per
 * (block, target).
 *
 * <p>The document's script is detected once, from its source text; each target then uses the conversion
 * {@link ScriptConverters#forTarget} picks for it. Thread-safe: a block is converted at most once per target even
 * when several threads ask for it at the same time.
 */
public final class DocumentConversions {
    private final Document document;
    private volatile Script script;
    private final ConcurrentMap<Key, Conversion> cache = new ConcurrentHashMap<>();

    private record Key(int block, ScriptTarget target) {
    }

    public DocumentConversions(Document document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    /** The document these conversions belong to. */
    public Document document() {
        return document;
    }

    /** The detected script of the document's source. */
    public Script script() {
        Script s = script;
        if (s == null) {
            s = ScriptDetector.detect(document.source());
            script = s;
        }
        return s;
    }

    /** Whether the document's script has been detected (so converting a block costs only the block). */
    public boolean isScriptKnown() {
        return script != null;
    }

    /** The OpenCC config used for {@code target}, or {@code null} when the target shows the text unchanged. */
    public String chain(ScriptTarget target) {
        return ScriptConverters.chain(target, script());
    }

    /** Block {@code index} converted to {@code target}, with its offset map (block text offsets). */
    public Conversion block(int index, ScriptTarget target) {
        Objects.requireNonNull(target, "target");
        Block b = document.blocks().get(index);
        return cache.computeIfAbsent(new Key(index, target),
                k -> ScriptConverters.forTarget(target, script()).convert(b.text()));
    }

    /** How many (block, target) conversions are cached. */
    public int cachedCount() {
        return cache.size();
    }
}
