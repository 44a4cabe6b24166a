package org.pizhu.ui.reader;

/** The script the reader shows a document in: as written, or converted to one of the Chinese standards. */
public enum ScriptChoice {
    ORIGINAL("script.original"),
    TRADITIONAL("script.traditional"),
    SIMPLIFIED("script.simplified"),
    HONG_KONG("script.hongkong"),
    TAIWAN("script.taiwan");

    private final String messageKey;

    ScriptChoice(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Key of the short toolbar label in the message bundle. */
    public String messageKey() {
        return messageKey;
    }
}
