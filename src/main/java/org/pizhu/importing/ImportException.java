package org.pizhu.importing;

/** A file that cannot be imported; the message is written for the user and names the file. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
