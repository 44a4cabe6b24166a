package org.pizhu.speakers;

/**
 * Finds the person a clause or sentence is about: the subject a pronoun refers back to, the person a colon or a
 * quotation is given to, the full name a dialogue surname stands for. Every look-back is bounded.
 */
final class Subjects {
    /** Longest second title between a bare title's phrase and the name ({@code 被告警員陳家霖}). */
    private static final int MAX_SECOND_TITLE = 4;
    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    Subjects(NameReader names) {
        this.names = names;
    }

    /**
     * The last person named as the subject of a clause in {@code [from, to)}: introduced with a title
     * ({@code 議員何家明}) or a relation noun ({@code 的朋友何家明}), opening a clause or sentence, after {@code 的}, or in a
     * courtesy form ({@code 何先生}). The antecedent of a pronoun that follows in the same block. Null if none.
     */
    Mention titledPersonBetween(String t, int from, int to, QuoteSpans quotes) {
        return personBetween(t, from, to, quotes, false, false);
    }

    /** As {@link #titledPersonBetween}, only names introduced with a title or courtesy form ({@code 議員何家明}). */
    Mention strictlyTitledPersonBetween(String t, int from, int to, QuoteSpans quotes) {
        return personBetween(t, from, to, quotes, false, true);
    }

    /**
     * The last surname of a person already named that stands alone as the subject of a clause in {@code [from, to)}
     * ({@code 未幾，邱在火場內看到…。他當時認為}: 他 is 邱曉生, named before as 邱): the antecedent of a pronoun after it.
     * Null if none.
     */
    Mention surnameSubjectBetween(String t, int from, int to, QuoteSpans quotes, java.util.function.Predicate<String> known) {
        Mention last = null;
        for (int j = Math.max(from, to - 200); j < to - 1; j++) {
            char c = t.charAt(j);
            if (quotes.inside(j) || !lex.surnames.contains(c) || j > 0 && Chars.isHan(t.charAt(j - 1))
                    && !afterOpeningTime(t, j) || !known.test(String.valueOf(c)) || !isSubject(t, j)) {
                continue;
            }
            Mention whole = names.endingAt(t, Math.min(to, j + 3), j, quotes);
            if (whole == null || whole.start() != j || whole.kind() == Mention.Kind.SURNAME) {
                last = new Mention(j, j + 1, Mention.Kind.SURNAME, String.valueOf(c), String.valueOf(c), null, true);
            }
        }
        return last;
    }

    /** Whether a relation or title right before {@code m} marks it as a man ({@code 單親爸阿龍}, {@code 丈夫某某}). */
    boolean markedMale(String t, Mention m) {
        int s = m.start();
        return lex.maleMarks.matchEndingAt(t, s, Math.max(0, s - 4)) > 0
                || Chars.ageBefore(t, s, 0) && lex.maleMarks.matchEndingAt(t, s - Chars.ageLength(t, s), Math.max(0, s - 8)) > 0;
    }

    /**
     * The last person in {@code [from, to)} the text marks as a woman (after a female relation or title,
     * {@code 妹妹某某}, {@code 女被告某某}, or in a female courtesy form, {@code 陳女士}): the antecedent of 她. Null if none.
     */
    Mention womanBetween(String t, int from, int to, QuoteSpans quotes) {
        Mention last = null;
        for (int j = Math.max(from, to - 200) + 1; j < to; j++) {
            if (quotes.inside(j)) {
                continue;
            }
            if (lex.femaleMarks.matchEndingAt(t, j, Math.max(from, j - 4)) > 0) {
                for (int len : new int[] {3, 2}) {
                    Mention m = j + len <= to ? names.person(t, j + len, j) : null;
                    if (m != null && m.start() == j && m.strong()) {
                        last = m;
                        break;
                    }
                }
            }
            int c = lex.femaleMarks.matchAt(t, j + 1, Math.min(to, j + 4));
            if (c > 0 && lex.surnames.contains(t.charAt(j)) && lex.courtesy.matchAt(t, j + 1, j + 1 + c) == c) {
                last = new Mention(j, j + 1 + c, Mention.Kind.SURNAME_TITLE, t.substring(j, j + 1 + c),
                        t.substring(j, j + 1), t.substring(j + 1, j + 1 + c), true);
            }
        }
        return last;
    }

    /** The first person named as a subject in {@code [from, to)} (as {@link #titledPersonBetween}), or null. */
    Mention firstPersonBetween(String t, int from, int to, QuoteSpans quotes) {
        return personBetween(t, from, to, quotes, true, false);
    }

    Mention personBetween(String t, int from, int to, QuoteSpans quotes, boolean first, boolean titledOnly) {
        Mention found = null;
        Mention firstOpening = null;
        for (int j = Math.max(from, to - 200); j < to; j++) {
            if (quotes.inside(j)) {
                continue;
            }
            boolean titled = j > 0 && (lex.titles.matchEndingAt(t, j, Math.max(0, j - 8)) > 0
                    || lex.honorifics.matchEndingAt(t, j, Math.max(0, j - 3)) > 1
                    || lex.titleHeads.contains(t.charAt(j - 1)) && !lex.names.wordBeforeSurnamePairs.contains(t, j - 1) // not 工程建设
                    || lex.relations.matchEndingAt(t, j, Math.max(0, j - 3)) > 1 || Chars.ageBefore(t, j, 0)); // 60歲阿雲
            if (titledOnly && !titled || datelineReporter(t, j)) {
                continue; // （记者某某）: the reporter of a dateline is nobody's antecedent
            }
            boolean opens = titled || j == 0 || !Chars.isHan(t.charAt(j - 1)) && !Chars.isLatin(t.charAt(j - 1))
                    || t.charAt(j - 1) == '的' || afterOpeningTime(t, j) || afterWhen(t, j)
                    || t.charAt(j - 1) == '有' && lex.courtesy.matchAt(t, j + 1, to) > 0
                    && lex.openers.matchEndingAt(t, j, Math.max(0, j - 4)) > 0; // 還有黃小姐，…: introduced to speak
            boolean role = j > 0 && lex.roleEnds.contains(t.charAt(j - 1)); // 法國遊客瑪麗安: a role noun before a foreign name
            if (!opens && !role || j > 0 && "《〈<".indexOf(t.charAt(j - 1)) >= 0) {
                continue;
            }
            Mention foreign = names.transliteratedFrom(t, j, to, titled || role ? 3 : 4);
            if (foreign != null && isSubject(t, j)) {
                found = foreign; // 美國國務卿布林肯, 馬克龍: read whole, not cut as a Chinese name (馬克)
            } else if (!opens) {
                continue;
            }
            Mention married = found == null ? MarriedNames.at(t, j, to, names) : null;
            if (married != null && isSubject(t, j)) {
                found = married; // 林鄭月娥今早…: the married name whole, not 林 and 鄭月
            }
            for (int len : new int[] {3, 2, 4}) {
                if (found != null || j + len > to) {
                    continue;
                }
                if (len == 3 && (lex.verbs.matchAt(t, j + 2, t.length()) > 1
                        || j + 4 <= to && lex.names.commonVerbPairs.contains(t, j + 2))) {
                    continue;
                }
                boolean titledPair = titled && len == 2 && lex.orgSuffixes.matchAt(t, j + 1, j + 2) == 0
                        && !(j + 2 < t.length() && lex.names.commonVerbPairs.contains(t, j + 1)); // 委員蘭臻, not 專員公署, 總統時批評
                int c = Math.max(lex.courtesy.matchAt(t, j + 1, to), lex.trades.matchAt(t, j + 1, to)); // 何先生, 鄭老闆
                boolean titledThree = len == 3 && (lex.titles.matchEndingAt(t, j, Math.max(0, j - 8)) > 0
                        || lex.relations.matchEndingAt(t, j, Math.max(0, j - 3)) > 1)
                        && !lex.names.commonWordPairs.contains(t, j); // 书记阙从汗, 媽媽阿鵲姨, not 主教任命臨時
                Mention m = len == 2 && c > 1 ? null : names.person(t, j + len, titledPair || titledThree ? Math.max(from, j - 8) : j);
                if (m != null && m.start() == j && m.strong() && isSubject(t, j)) {
                    found = m;
                    break;
                }
                if (len == 2 && c > 0 && lex.surnames.contains(t.charAt(j)) && isSubject(t, j)) {
                    found = new Mention(j, j + 1 + c, Mention.Kind.SURNAME_TITLE, t.substring(j, j + 1 + c),
                            t.substring(j, j + 1), t.substring(j + 1, j + 1 + c), true);
                    break;
                }
            }
            if (first && found != null) {
                if (titled && !(firstOpening != null && heldBy(t, firstOpening.end(), j))) {
                    return found; // a titled name is the subject; an opening name may start an organisation (安天科技)
                }
                if (firstOpening == null) {
                    firstOpening = found;
                }
                found = null;
            }
        }
        return first ? firstOpening : found;
    }

    /**
     * Whether the text between a name and the name at {@code j} makes the second the first one's object: an act with
     * 著/着 or a verb that takes a person ({@code 某某抱著…的兒子小義}), so the first name stays the subject.
     */
    private boolean heldBy(String t, int from, int j) {
        boolean held = false;
        for (int i = from; i < j; i++) {
            char c = t.charAt(i);
            if (Chars.isClauseBreak(c)) {
                return false; // 某某大聲叫嚷，…一旁次子小瑞說: a new clause, a new subject
            }
            held |= c == '著' || c == '着' || lex.personObjects.contains(c);
        }
        return held;
    }

    /** Whether a reporter's title opens a bracket right before {@code j} ({@code （记者邹伟）}, a wire's dateline). */
    private boolean datelineReporter(String t, int j) {
        int k = j > 1 ? lex.reporterTitles.matchEndingAt(t, j, Math.max(0, j - 3)) : 0;
        return k > 1 && j - k > 0 && (t.charAt(j - k - 1) == '（' || t.charAt(j - k - 1) == '(');
    }

    /** Whether 當 'when' stands right before {@code j} as a word of its own (not 當時, 當局, 當年). */
    private boolean afterWhen(String t, int j) {
        return lex.whenWords.contains(t.charAt(j - 1)) && lex.between.matchAt(t, j - 1, t.length()) < 2
                && lex.openers.matchAt(t, j - 1, t.length()) < 2 && lex.notNames.matchAt(t, j - 1, t.length()) < 2
                && !lex.names.commonWords.containsKey(t.substring(j - 1, Math.min(j + 1, t.length())));
    }

    /** Whether a time word that opens its clause stands right before {@code j} ({@code 會後陳大文…}). */
    private boolean afterOpeningTime(String t, int j) {
        int w = lex.between.matchEndingAt(t, j, Math.max(0, j - 4));
        return w > 1 && (j - w == 0 || Chars.isClauseBreak(t.charAt(j - w - 1)));
    }

    /** Whether the titled name at {@code j} heads its clause (no preposition such as 向/對/與 and no speech verb before it). */
    static boolean isSubject(String t, int j) {
        boolean relative = false;
        for (int i = j - 1; i >= 0 && j - i <= 24; i--) {
            char c = t.charAt(i);
            if (Chars.isClauseBreak(c)) {
                return true;
            }
            relative |= c == '的';
            if (Lexicon.INSTANCE.objectMarkers.contains(c) && !(relative && (i > 0 && Lexicon.INSTANCE.nameVerbs.contains(t, i - 1, i + 1)
                    || Lexicon.INSTANCE.nounConjunctions.contains(c)))) {
                return false; // 向陳大文, but 參與集會的大律師某某 (與 ends a verb), 老人科及復康科醫生的某某 (及 joins nouns)
            }
            if (!relative && Lexicon.INSTANCE.verbs.matchEndingAt(t, i + 1, Math.max(0, i - 3)) > 1) {
                return false; // 猛烈批評美國總統特朗普: the object of a speech verb
            }
        }
        return true;
    }

    /**
     * Whether a speech verb stands in the sentence before {@code c}, outside quotations ({@code 某會則表示，…，並說}:
     * a later verb without a subject continues that speaker).
     */
    boolean speechBefore(String t, int c, QuoteSpans quotes) {
        for (int i = c - 1; i >= 0 && c - i <= 200 && !(Chars.isSentenceEnd(t.charAt(i)) && !quotes.inside(i)); i--) {
            int v = quotes.inside(i) ? 0 : lex.verbs.matchAt(t, i, c);
            if (v > 0 && lex.notVerbs.matchAt(t, i, t.length()) <= v && lex.verbTails.matchEndingAt(t, i + 1, 0) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person last named right after {@code title} ({@code 法官李文靜}), or after it and a second title
     * ({@code 被告警員陳家霖} for 被告), in {@code t} before {@code before}, or null.
     */
    Mention nameAfterTitle(String t, String title, int before) {
        for (int j = t.lastIndexOf(title, before - title.length()); j >= 0; j = t.lastIndexOf(title, j - 1)) {
            int s = j + title.length();
            s += lex.titles.matchAt(t, s, Math.min(before, s + MAX_SECOND_TITLE));
            for (int len : new int[] {3, 2}) {
                Mention m = s + len <= before ? names.person(t, s + len, s) : null;
                if (m != null && m.start() == s && m.strong()) {
                    return m;
                }
            }
            if (j == 0) {
                break;
            }
        }
        return null;
    }
}
