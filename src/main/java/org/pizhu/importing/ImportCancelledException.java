package org.pizhu.importing;

/** The import was cancelled through {@link ImportOptions#cancelled()}; nothing was produced. */
public class ImportCancelledException extends ImportException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String message) {
        super(message);
    }
}
