package org.pizhu.speakers;

/**
 * Reads foreign names: runs of characters of transliterated names ({@code 馬克龍}, {@code 布林肯}, with a middle dot
 * {@code 瓦赫罗·卡比图}) and Latin names. The characters are the lexicon's list {@code translit} and the characters of
 * {@code names.tsv} whose foreign score (how much more often a character stands in transliterated names than in
 * Chinese words and names) is high enough; the score also tells a foreign name whose end looks like a Chinese one
 * ({@code 西羅斯}, not {@code 羅斯}).
 */
final class ForeignNames {
    /** Middle dots between the parts of a transliterated name. */
    static final String DOTS = "·‧・•";

    /**
     * Foreign score (per mille) from which a character is mostly one of transliterated names ({@code 斯}, {@code 爾},
     * {@code 姆}): it stands in them at least as often as in Chinese words and names.
     */
    private static final int MOSTLY_FOREIGN = 1000;
    /**
     * Foreign score (per mille) from which a character of transliterated names is read in their runs, besides the
     * lexicon's list: 50 adds 勒, 默, 瑟, 迈 … and no corpus text changes; from 10 common characters join (措, 施).
     */
    private static final int TRANSLIT_SCORE = 50;
    /** Count as a last given-name character from which one may end a transliterated name (佳, 510, in 娜斯佳). */
    private static final int NAME_END = 300;
    /** Longest run read as one transliterated name. */
    private static final int MAX_RUN = 12;
    /** Longest part of a name with middle dots ({@link #dotted}). */
    private static final int MAX_PART = 8;
    /** Longest first part of a name with middle dots: a given name, not a clause before it ({@code 一名學生保罗}). */
    private static final int MAX_FIRST_PART = 4;

    private static final boolean[] IS_TRANSLIT = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String c : Lexicon.INSTANCE.list("translit")) {
            IS_TRANSLIT[c.charAt(0)] = true;
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            IS_TRANSLIT[c] |= Lexicon.INSTANCE.names.foreignScore(c) >= TRANSLIT_SCORE;
        }
        for (int i = 0; i < DOTS.length(); i++) {
            IS_TRANSLIT[DOTS.charAt(i)] = true;
        }
    }

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    ForeignNames(NameReader names) {
        this.names = names;
    }

    /**
     * A transliterated name starting at {@code s} (a run of transliteration characters of at least
     * {@code minLength}, 馬克龍, 布林肯), not reaching {@code limit}; null if none.
     */
    Mention from(String t, int s, int limit, int minLength) {
        if (s > 0 && lex.titles.matchEndingAt(t, s + 1, Math.max(0, s - 6)) > 1) {
            return null; // 主席約霍: 席 ends the title, no name starts there
        }
        int e = s;
        while (e < limit && e - s < MAX_RUN && IS_TRANSLIT[t.charAt(e)]) {
            e++;
        }
        if (e - s < minLength || lex.notNames.contains(t.substring(s, e))) {
            return null;
        }
        return new Mention(s, e, Mention.Kind.PERSON, t.substring(s, e), null, null, true);
    }

    /**
     * The transliteration written right before a Latin name in brackets ({@code 布肯南（Paul Buchanan）},
     * {@code 塔蘭特 （Brenton Tarrant）}): the run of transliteration characters ending at the bracket {@code open}
     * (a space or a title may stand between; after two, its last character may be any, 南), two characters or more;
     * null if none.
     */
    Mention beforeLatin(String t, int open, int lo) {
        int end = open > lo && t.charAt(open - 1) == ' ' ? open - 1 : open;
        end -= lex.titles.matchEndingAt(t, end, Math.max(lo, end - 4)); // 格雷格森中將（…）: a title after the name
        int s = runStart(t, end, lo);
        if (s == end && end - 1 > lo && Chars.isHan(t.charAt(end - 1))) {
            s = runBeforeLast(t, end, lo); // 布肯南: a last character common in Chinese too, after two or more
        }
        if (end - s < 2) {
            s = afterTitle(t, end, lo); // 教授佳日思（Yash Ghai）: the Chinese name a title sets off
        }
        if (end - s < 2 || lex.notNames.contains(t.substring(s, end))) {
            return null;
        }
        return new Mention(s, end, Mention.Kind.PERSON, t.substring(s, end), null, null, true);
    }

    /**
     * Start of the two to four Chinese characters between a title and {@code end} (three tried first, the length of
     * most names), or {@code end} if no title ends there.
     */
    private int afterTitle(String t, int end, int lo) {
        for (int length : new int[] {3, 2, 4}) {
            int s = end - length;
            if (s - 2 < lo || !t.substring(s, end).chars().allMatch(c -> Chars.isHan((char) c))) {
                continue;
            }
            if (lex.titles.matchEndingAt(t, s, Math.max(lo, s - 6)) > 0) {
                return s;
            }
        }
        return end;
    }

    /**
     * A transliterated name ending at {@code end}, not reaching before {@code lo}, at least {@code minLength}
     * characters long (3 with a middle dot), with a clear left edge, after a role noun, or of three characters or more
     * with a mostly foreign one ({@code 學生卡洛斯說}); null if none.
     */
    Mention endingAt(String t, int end, int lo, int minLength) {
        int s = runStart(t, end, lo);
        if (s == end && end - 3 >= lo && lex.names.givenLast(t.charAt(end - 1)) >= NAME_END && !lex.notNameChars.contains(t.charAt(end - 1))) {
            int run = runBeforeLast(t, end, lo);
            s = run < end && names.goodLeft(t, run, lo) ? run : end; // 娜斯佳說: at a clear left edge, ending in 佳
        }
        if (s - 1 >= lo && Chars.isHan(t.charAt(s - 1)) && !names.goodLeft(t, s, lo) && names.goodLeft(t, s - 1, lo)
                && (end - s >= 3 || end - s == 2 && lex.names.foreignScore(t.charAt(s - 1)) > 0
                && !lex.notNameChars.contains(t.charAt(s - 1)))) {
            s--; // 理查德伯曼, 蕾蒂莎說: a first character that is no transliteration character, at a clear left edge
        }
        String name = t.substring(s, end);
        if (name.length() == 2 && name.charAt(0) == name.charAt(1)) {
            return null; // 默默說: a reduplicated word, not a name
        }
        boolean dotted = false;
        for (int i = 0; i < name.length(); i++) {
            dotted |= DOTS.indexOf(name.charAt(i)) >= 0;
        }
        if (name.length() < minLength && !(dotted && name.length() >= 3)) {
            return null;
        }
        boolean afterRole = s > lo && lex.roleEnds.contains(t.charAt(s - 1)); // 某國遊客莉娜說
        if (!names.goodLeft(t, s, lo) && !afterRole && !(name.length() >= 3 && mostlyForeign(name))
                || lex.notNames.contains(name)) {
            return null;
        }
        return new Mention(s, end, Mention.Kind.PERSON, name, null, null, true);
    }

    /**
     * The transliterated name that a Chinese name without a clear left edge ({@code p}) is the end of: transliteration
     * characters right before {@code p}, three characters or more in all, and after the surname only characters of
     * transliterated names: mostly foreign ones ({@code 學生西羅斯說}: {@code 斯}), or, when the run has a clear left
     * edge, any with the score of {@link #TRANSLIT_SCORE} ({@code 議員克林頓表示}). Null if {@code p} does not read so.
     */
    Mention around(String t, Mention p, int lo) {
        int s = runStart(t, p.start(), lo);
        if (s >= p.start() || p.end() - s < 3 || lex.notNames.contains(t, s, p.end())) {
            return null;
        }
        boolean edge = names.goodLeft(t, s, lo);
        for (int i = p.start() + p.surname().length(); i < p.end(); i++) {
            if (lex.names.foreignScore(t.charAt(i)) < (edge ? TRANSLIT_SCORE : MOSTLY_FOREIGN)) {
                return null;
            }
        }
        return new Mention(s, p.end(), Mention.Kind.PERSON, t.substring(s, p.end()), null, null, true);
    }

    /**
     * A name of parts joined by middle dots ending at {@code end} ({@code 保罗·沃尔克}, {@code 西蒙·杨}), whatever its
     * characters: Han parts of at most {@link #MAX_PART} characters, the first one starting at the clear left edge or
     * after the role noun ({@code 艺术家}) nearest to the first dot, at most {@link #MAX_FIRST_PART} characters before
     * it. Null if there is no dot or no such edge; a longer first part only of transliteration characters
     * ({@code 贝克米拉特·…}).
     */
    Mention dotted(String t, int end, int lo) {
        int firstDot = -1;
        int part = 0;
        int k = end;
        while (k > lo && end - k < MAX_RUN + MAX_PART) {
            char c = t.charAt(k - 1);
            if (DOTS.indexOf(c) >= 0 && part > 0) {
                firstDot = k - 1;
                part = 0;
            } else if (Chars.isHan(c) && part < MAX_PART) {
                part++;
            } else {
                break;
            }
            k--;
        }
        if (firstDot < 0) {
            return null;
        }
        boolean foreign = true;
        for (int s = firstDot - 1; s >= k && (firstDot - s <= MAX_FIRST_PART || foreign && firstDot - s <= MAX_PART); s--) {
            foreign &= IS_TRANSLIT[t.charAt(s)];
            boolean edge = names.goodLeft(t, s, lo) || s > lo && lex.roleEnds.contains(t.charAt(s - 1)); // 艺术家莉福·…
            if (edge && (firstDot - s <= MAX_FIRST_PART || foreign)) {
                return new Mention(s, end, Mention.Kind.PERSON, t.substring(s, end), null, null, true);
            }
        }
        return null;
    }

    /**
     * A name of parts joined by middle dots ({@link #dotted}) or a Tibetan name of two of the lexicon's common
     * elements ({@code 扎西次仁说}) ending at {@code end} at a clear left edge; null if neither.
     */
    Mention joined(String t, int end, int lo) {
        Mention m = dotted(t, end, lo);
        int s = end - 4;
        if (m == null && s >= lo && lex.tibetanNames.matchAt(t, s, s + 2) == 2 && lex.tibetanNames.matchAt(t, s + 2, end) == 2
                && names.goodLeft(t, s, lo)) {
            m = new Mention(s, end, Mention.Kind.PERSON, t.substring(s, end), null, null, true);
        }
        return m;
    }

    /** Whether some character of {@code name} is mostly one of transliterated names ({@code 斯}, {@code 弗}). */
    private boolean mostlyForeign(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (lex.names.foreignScore(name.charAt(i)) >= MOSTLY_FOREIGN) {
                return true;
            }
        }
        return false;
    }

    /** Where the run of transliteration characters ending at {@code end} starts, leading middle dots left out. */
    /**
     * Where a run of at least two transliteration characters before the last character of {@code t[, end)} starts,
     * when that last character is none ({@code 布肯南}: 南); {@code end} if there is no such run.
     */
    private static int runBeforeLast(String t, int end, int lo) {
        int run = runStart(t, end - 1, lo);
        return end - 1 - run >= 2 ? run : end;
    }

    private static int runStart(String t, int end, int lo) {
        int s = end;
        while (s > lo && end - s < MAX_RUN && IS_TRANSLIT[t.charAt(s - 1)]) {
            s--;
        }
        while (s < end && (DOTS.indexOf(t.charAt(s)) >= 0
                || s > lo && Lexicon.INSTANCE.titles.matchEndingAt(t, s + 1, Math.max(lo, s - 6)) > 1)) {
            s++; // 主席伊利夏提, 局長雷伊: the run's first character ends a title
        }
        return s;
    }

    /**
     * A Latin name ({@code Janek Ratnatunga}) ending at {@code end}: from its first capital letter; null if none, or if
     * its last word names a kind of body ({@code Review Commission}).
     */
    Mention latin(String t, int end, int lo) {
        if (!Chars.isLatin(t.charAt(end - 1))) {
            return null;
        }
        int s = end;
        while (s > lo && (Chars.isLatin(t.charAt(s - 1)) || t.charAt(s - 1) == ' ' || t.charAt(s - 1) == '.'
                || t.charAt(s - 1) == '-')) {
            s--;
        }
        while (s < end && !(t.charAt(s) >= 'A' && t.charAt(s) <= 'Z')) {
            s++;
        }
        String name = t.substring(s, end).trim();
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        if (end - s < 2 || lex.latinLabels.contains(name.replace(" ", "").toLowerCase(java.util.Locale.ROOT))
                || name.indexOf(' ') > 0 && lex.latinBodies.contains(last)) {
            return null; // a label, or a body's name (Security Review Commission)
        }
        return new Mention(s, end, Mention.Kind.PERSON, name, null, null, names.goodLeft(t, s, lo));
    }
}
