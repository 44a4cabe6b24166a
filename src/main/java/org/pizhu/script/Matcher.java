package org.pizhu.script;

/**
 * Finds the dictionary entry an OpenCC dictionary (or group of them) applies at a position of a text.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
interface Matcher {
    /**
     * The entry OpenCC would apply at {@code pos}: for a single dictionary the longest key that is a prefix of
     * {@code text[pos, end)}; for groups as their match policy says. {@code null} when nothing matches.
     */
    PhraseTable.Entry match(char[] text, int pos, int end);

    /** False when no key starts with {@code c}; a fast filter that lets unmatched runs be copied in bulk. */
    boolean mayStart(char c);

    /** OpenCC's {@code short_circuit} group: the first member with any match decides. */
    static Matcher shortCircuit(java.util.List<Matcher> members) {
        Matcher[] m = members.toArray(new Matcher[0]);
        if (m.length == 1) {
            return m[0];
        }
        long[] starts = union(m);
        return new Matcher() {
            @Override
            public PhraseTable.Entry match(char[] text, int pos, int end) {
                for (Matcher x : m) {
                    PhraseTable.Entry e = x.match(text, pos, end);
                    if (e != null) {
                        return e;
                    }
                }
                return null;
            }

            @Override
            public boolean mayStart(char c) {
                return (starts[c >>> 6] & (1L << c)) != 0;
            }
        };
    }

    /** OpenCC's {@code union} group: the longest match of all members decides (the earlier member on ties). */
    static Matcher union(java.util.List<Matcher> members) {
        Matcher[] m = members.toArray(new Matcher[0]);
        if (m.length == 1) {
            return m[0];
        }
        long[] starts = union(m);
        return new Matcher() {
            @Override
            public PhraseTable.Entry match(char[] text, int pos, int end) {
                PhraseTable.Entry best = null;
                for (Matcher x : m) {
                    PhraseTable.Entry e = x.match(text, pos, end);
                    if (e != null && (best == null || e.keyLength() > best.keyLength())) {
                        best = e;
                    }
                }
                return best;
            }

            @Override
            public boolean mayStart(char c) {
                return (starts[c >>> 6] & (1L << c)) != 0;
            }
        };
    }

    private static long[] union(Matcher[] members) {
        long[] bits = new long[1024];
        for (int c = 0; c < 65536; c++) {
            for (Matcher x : members) {
                if (x.mayStart((char) c)) {
                    bits[c >>> 6] |= 1L << c;
                    break;
                }
            }
        }
        return bits;
    }
}
