package org.pizhu.speakers;

/** Prints the speaker cues the rules find in each argument (a debugging aid: {@code java -cp … CueProbe TEXT…}). */
public final class CueProbe {
    private CueProbe() {
    }

    public static void main(String[] args) {
        CueFinder f = new CueFinder();
        for (String t : args) {
            System.out.println(t);
            for (Cue c : f.inRunningText(t, QuoteSpans.of(t))) {
                System.out.println("   " + c);
            }
        }
    }
}
