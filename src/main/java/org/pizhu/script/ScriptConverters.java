package org.pizhu.script;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenCC conversions by name, each built once from the shipped data and shared.
 *
 * <p>The twelve conversions the app uses are {@link #CONVERSIONS}; OpenCC 1.4's other configs ({@code s2hkp},
 * {@code hk2sp}, {@code jp2t}, {@code t2jp}) are available by name too. Dictionaries that may emit characters
 * common fonts lack ({@code may_output_tofu}) are left out, as OpenCC's command line does by default. Loading takes a
 * fraction of a second; call {@link #preloadAsync()} at start-up so no window waits for it.
 */
public final class ScriptConverters {
    /** The twelve OpenCC conversions, by OpenCC name. */
    public static final List<String> CONVERSIONS = List.of(
            "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "tw2t", "t2hk", "hk2t");

    /** Every config name accepted by {@link #get(String)}. */
    public static final List<String> ALL = List.of(
            "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "tw2t", "t2hk", "hk2t",
            "s2hkp", "hk2sp", "jp2t", "t2jp");

    private static final ScriptConverter IDENTITY = new ScriptConverter("none", List.of(), null, List.of());
    private static final Map<String, ScriptConverter> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, ScriptConverter> CACHE_WITH_TOFU_RISK = new ConcurrentHashMap<>();
    private static final Object LOAD_LOCK = new Object();

    private ScriptConverters() {
    }

    /** The converter for an OpenCC config name such as {@code "s2twp"}; throws for an unknown name. */
    public static ScriptConverter get(String name) {
        return get(name, false);
    }

    /**
     * The converter for an OpenCC config name; with {@code includeTofuRisk}, also the dictionaries marked
     * {@code may_output_tofu} (rare Simplified forms fonts may lack), like OpenCC's
     * {@code --include-tofu-risk-dictionaries}.
     */
    public static ScriptConverter get(String name, boolean includeTofuRisk) {
        if (!ALL.contains(name)) {
            throw new IllegalArgumentException("unknown conversion '" + name + "'; known: " + String.join(" ", ALL));
        }
        Map<String, ScriptConverter> cache = includeTofuRisk ? CACHE_WITH_TOFU_RISK : CACHE;
        ScriptConverter c = cache.get(name);
        if (c != null) {
            return c;
        }
        synchronized (LOAD_LOCK) {
            c = cache.get(name);
            if (c == null) {
                c = OpenccData.converter(name, includeTofuRisk);
                cache.put(name, c);
            }
            return c;
        }
    }

    /** Whether {@link #get(String)} of {@code name} returns at once (its data is loaded). */
    public static boolean isLoaded(String name) {
        return CACHE.containsKey(name);
    }

    /** The converter that changes nothing. */
    public static ScriptConverter identity() {
        return IDENTITY;
    }

    /**
     * The conversion that shows a text of script {@code source} in {@code target}: e.g. 台 of a Simplified text is
     * s2twp (Taiwan characters and vocabulary), 简 of a Traditional one is t2s; the identity where the text already
     * is in the target script, for {@link ScriptTarget#ORIGINAL}, and for texts without Chinese script.
     */
    public static ScriptConverter forTarget(ScriptTarget target, Script source) {
        String name = chain(target, source);
        return name == null ? IDENTITY : get(name);
    }

    /** The OpenCC config {@link #forTarget} uses, or {@code null} for the identity. */
    public static String chain(ScriptTarget target, Script source) {
        if (target == ScriptTarget.ORIGINAL || source == Script.NONE) {
            return null;
        }
        boolean simplified = source == Script.SIMPLIFIED || source == Script.MIXED;
        switch (target) {
            case TRADITIONAL:
                return simplified ? "s2t" : null;
            case SIMPLIFIED:
                return source == Script.SIMPLIFIED ? null : "t2s";
            case HONG_KONG:
                return simplified ? "s2hk" : "t2hk";
            case TAIWAN:
                return simplified ? "s2twp" : "t2tw";
            default:
                throw new IllegalArgumentException(String.valueOf(target));
        }
    }

    /** Loads the data of all twelve conversions on a background daemon thread; the future completes when done. */
    public static CompletableFuture<Void> preloadAsync() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                preload();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, "pizhu-opencc-preload");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
        return done;
    }

    /** Loads the data of all twelve conversions and the detection and search tables now. */
    public static void preload() {
        for (String name : CONVERSIONS) {
            get(name).convertText("预载預載");
        }
        ScriptDetector.detect("预载預載");
        SearchKey.of("预载預載");
    }
}
