package org.pizhu.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.SourceMap;

/** Small documents and settings stores for the UI tests. */
public final class TestDocuments {
    private TestDocuments() {
    }

    /** A document with one block per text, the first a heading. */
    public static Document of(String... texts) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            int start = source.length();
            source.append(texts[i]).append("\n\n");
            blocks.add(new Block(i, i == 0 ? BlockKind.HEADING : BlockKind.PARAGRAPH, texts[i], 2 * i + 1, 2 * i + 1,
                    SourceMap.contiguous(start, texts[i].length())));
        }
        return new Document("test.txt", source.toString(), blocks);
    }

    /** A fresh, empty preferences node under a random name; remove it with {@link #remove(Preferences)}. */
    public static Preferences tempPrefs() {
        return Preferences.userRoot().node("org/pizhu/test/" + java.util.UUID.randomUUID());
    }

    public static void remove(Preferences node) {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone.
            return;
        }
    }
}
