package org.pizhu.ui.reader;

/** The written standard of text on screen, as far as choosing a font goes. */
public enum TextScript {
    SIMPLIFIED("SC"), TRADITIONAL("TC"), HONG_KONG("HK");

    private final String region;

    TextScript(String region) {
        this.region = region;
    }

    /** The region suffix fonts use for this standard, e.g. {@code "TC"}. */
    public String region() {
        return region;
    }

    /** The standard shown when a document written in {@code original} is displayed as {@code choice}. */
    public static TextScript shown(TextScript original, ScriptChoice choice) {
        return switch (choice) {
            case ORIGINAL -> original;
            case SIMPLIFIED -> SIMPLIFIED;
            case TRADITIONAL, TAIWAN -> TRADITIONAL;
            case HONG_KONG -> HONG_KONG;
        };
    }

    /**
     * Guesses whether {@code text} is written in Simplified or Traditional characters, by counting common characters
     * that exist in only one of the two forms. Traditional text is taken as Hong Kong when {@code hongKongLocale}.
     */
    public static TextScript guess(CharSequence text, boolean hongKongLocale) {
        String traditional = "們這說為來時會國個經與發對學實將開關門東車長頭現員機區體動產業種話應點當進問後間";
        String simplified = "们这说为来时会国个经与发对学实将开关门东车长头现员机区体动产业种话应点当进问后间";
        int t = 0;
        int s = 0;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (traditional.indexOf(c) >= 0) {
                t++;
            } else if (simplified.indexOf(c) >= 0) {
                s++;
            }
        }
        if (s > t) {
            return SIMPLIFIED;
        }
        return hongKongLocale ? HONG_KONG : TRADITIONAL;
    }
}
