package org.pizhu.export;

/** The BCP 47 language tag of a document, from the script the library found in it. */
public final class Language {
    private Language() {
    }

    /** {@code zh-Hant} for Traditional, {@code zh-Hans} for Simplified, empty for text without Chinese. */
    public static String of(String script) {
        return switch (script) {
            case "traditional" -> "zh-Hant";
            case "simplified" -> "zh-Hans";
            default -> "";
        };
    }
}
