package org.pizhu.ui;

import java.nio.file.Path;
import org.pizhu.document.Document;

/** Loads documents for the reader; called off the JavaFX thread. Replaced by the library once it exists. */
public interface DocumentLoader {
    /** The built-in sample article. */
    Document sample() throws Exception;

    /** Reads and reflows a UTF-8 text file. */
    Document open(Path file) throws Exception;
}
