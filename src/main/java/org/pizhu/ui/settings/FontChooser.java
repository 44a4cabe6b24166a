package org.pizhu.ui.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pizhu.ui.reader.TextScript;

/**
 * Picks installed font families that can show Chinese, best first for a given standard.
 *
 * <p>JavaFX's automatic fallback on Linux skips CFF-flavoured OpenType fonts such as Noto CJK, so the reader must name a
 * CJK family explicitly. Families are recognised by name; the preference is a serif for reading, in the regional forms
 * of the text (Noto Serif CJK TC for Traditional, SC for Simplified, HK for Hong Kong).
 */
public final class FontChooser {
    private static final List<String> CJK_MARKERS = List.of("cjk", "han ", "hei", "song", "ming", "kai", "wenquanyi",
            "pingfang", "yahei", "simsun", "simhei", "fangsong", "droid sans fallback", "uming", "ukai", "lxgw",
            "noto serif sc", "noto serif tc", "noto serif hk", "noto sans sc", "noto sans tc", "noto sans hk",
            "hiragino", "yu gothic", "ms gothic", "meiryo", "gulim", "batang", "dotum");

    private final List<String> installed;

    /** A chooser over the installed families (e.g. {@code javafx.scene.text.Font.getFamilies()}). */
    public FontChooser(Collection<String> installedFamilies) {
        this.installed = List.copyOf(new LinkedHashSet<>(installedFamilies));
    }

    /** Whether the family name marks a font made for Chinese, Japanese or Korean. */
    public static boolean isCjkFamily(String family) {
        String f = family.toLowerCase(Locale.ROOT) + " ";
        if (family.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return true;
        }
        return CJK_MARKERS.stream().anyMatch(f::contains);
    }

    /** All installed CJK families, best first for {@code script}; empty when none is installed. */
    public List<String> cjkFamilies(TextScript script) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String wanted : preferences(script)) {
            installed.stream().filter(f -> f.equalsIgnoreCase(wanted)).forEach(ordered::add);
        }
        installed.stream().filter(FontChooser::isCjkFamily).sorted().forEach(ordered::add);
        return new ArrayList<>(ordered);
    }

    /** The best body family for {@code script}, if any CJK font is installed. */
    public Optional<String> bodyFamily(TextScript script) {
        return cjkFamilies(script).stream().findFirst();
    }

    /** A sans-serif family in the same regional forms for headings, falling back to the body family. */
    public Optional<String> headingFamily(TextScript script) {
        String r = script.region();
        for (String wanted : List.of("Noto Sans CJK " + r, "Source Han Sans " + r, "Noto Sans " + r)) {
            Optional<String> found = installed.stream().filter(f -> f.equalsIgnoreCase(wanted)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return bodyFamily(script);
    }

    /** The family to use: the user's choice when installed, else the best one for {@code script}. */
    public Optional<String> resolve(String userChoice, TextScript script) {
        if (userChoice != null && !userChoice.isBlank() && installed.contains(userChoice)) {
            return Optional.of(userChoice);
        }
        return bodyFamily(script);
    }

    private static List<String> preferences(TextScript script) {
        String r = script.region();
        List<String> p = new ArrayList<>(List.of("Noto Serif CJK " + r, "Source Han Serif " + r, "Noto Serif " + r,
                "Noto Sans CJK " + r, "Source Han Sans " + r, "Noto Sans " + r));
        switch (script) {
            case SIMPLIFIED -> p.addAll(List.of("AR PL UMing CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
                    "Songti SC", "PingFang SC", "SimSun", "Microsoft YaHei"));
            case HONG_KONG -> {
                p.addAll(List.of("AR PL UMing HK", "PingFang HK"));
                p.addAll(preferences(TextScript.TRADITIONAL));
            }
            case TRADITIONAL -> p.addAll(List.of("AR PL UMing TW", "Songti TC", "PingFang TC", "PMingLiU",
                    "MingLiU", "Microsoft JhengHei", "WenQuanYi Zen Hei"));
        }
        p.add("Droid Sans Fallback");
        return p;
    }
}
