package org.pizhu.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.pizhu.document.Document;
import org.pizhu.importing.ImportException;
import org.pizhu.importing.TextFileReader;
import org.pizhu.reflow.Reflower;

/** A {@link DocumentLoader} that reads files directly and reflows them, without a library. */
public final class DirectDocumentLoader implements DocumentLoader {
    /** Class-path location of the built-in sample. */
    public static final String SAMPLE = "/samples/takungpao-2024-new-productive-forces.txt";

    @Override
    public Document sample() throws IOException, ImportException {
        try (InputStream in = DirectDocumentLoader.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("the built-in sample is missing from the application");
            }
            String name = SAMPLE.substring(SAMPLE.lastIndexOf('/') + 1);
            return new Reflower().reflow(name, TextFileReader.decode(in.readAllBytes(), name));
        }
    }

    @Override
    public Document open(Path file) throws ImportException {
        String text = TextFileReader.read(file);
        return new Reflower().reflow(file.getFileName().toString(), text);
    }
}
