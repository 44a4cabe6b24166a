package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reporters and editors in bylines: {@code 大公報記者NAME}, {@code 記者NAME報道}, {@code NAME報道},
 * {@code （記者 NAME）}, {@code (中央社記者NAME台北16日電)}, {@code (編輯:NAME)}, {@code 文／NAME}.
 */
final class Bylines {
    private static final String[] NONE = {};
    private static final String COLONS = "：:／/╱";
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** A reporter's title before names ({@code 記者 X}). */
    static final BylineMarks.Label REPORTER = new BylineMarks.Label(LEX.words("bylinereporters"), "", NONE, null);
    /** Words that label the names after them in a byline ({@code 記者：}, {@code 文／}, {@code 記者·攝影：}). */
    static final BylineMarks.Label LABEL = new BylineMarks.Label(LEX.words("bylinelabels"), "•・·‧、． \u3000",
            LEX.words("bylinejoinedlabels"), COLONS);
    static final String[] JOINED = LEX.words("bylinejoined");
    /** Words for a report after the reporter's name ({@code NAME報道}), all of two characters. */
    static final String[] REPORTED = LEX.words("bylinereported");
    /** A signature: a name and a date, as under a letter or a statement (not a reporter). */
    private static final Pattern SIGNATURE = Pattern.compile("\\s*\\p{IsHan}{2,4}\\s*[\\d０-９]{2,4}\\s*年.*");
    /** The spaces between the names of a line of names (as the regular expression {@code [\\s\u3000]}). */
    private static final String SPACES = " \t\n\u000B\f\r\u3000";

    /** Words for a reporter ({@link #mentionsReporter}). */
    private static final String[] REPORTER_WORDS = LEX.words("reporterwords");

    static final BylineMarks.Label EDITOR = new BylineMarks.Label(LEX.words("bylineeditors"), "", NONE, COLONS);
    static final BylineMarks.Label PHOTO_LABEL = new BylineMarks.Label(LEX.words("bylinephotographers"), "", NONE, COLONS);
    private static final Pattern PHOTO_AFTER = Pattern.compile("(\\p{IsHan}{2,4})\\s*(?:攝|摄)(?![影])");
    /** {@code 文/图}, {@code 圖／文}: the names after it wrote the text and took the pictures, without a colon. */
    private static final Pattern TEXT_AND_PICTURES = Pattern.compile("\\s*[文圖图]\\s*[/／]\\s*(?:[文圖图]|攝影|摄影)\\s*[：:]?\\s*");
    /** A space inside a name before 攝 ({@code 李 根摄}), closed up before {@link #PHOTO_AFTER} reads it. */
    private static final Pattern PHOTO_NAME_SPACE = Pattern.compile("(?<=\\p{IsHan})[ \u3000](?=\\p{IsHan}\\s*[攝摄])");

    private final NameReader names = new NameReader();
    private final BylineNames list = new BylineNames(names);

    /**
     * The people a byline, credit or caption names, with roles: reporters (as {@link #inByline}), editors after
     * 編輯：, photographers after 攝影： or before 攝 ({@code 中央社記者郭日曉攝}, {@code 人民网记者  李  根摄}).
     */
    List<Credit> credits(String t, List<String> reporters) {
        boolean photo = t.indexOf('攝') >= 0 || t.indexOf('摄') >= 0;
        if (reporters.isEmpty() && !photo) {
            return List.of();
        }
        List<Credit> out = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        for (int e = Chars.hasAny(t, "編编") ? EDITOR.endOfNext(t, 0) : -1; e >= 0; e = EDITOR.endOfNext(t, e)) {
            list.read(t, e, editors);
        }
        for (String r : reporters) {
            out.add(new Credit(r, editors.contains(r) ? "editor" : "reporter"));
        }
        List<String> photographers = new ArrayList<>();
        for (int e = photo ? PHOTO_LABEL.endOfNext(t, 0) : -1; e >= 0; e = PHOTO_LABEL.endOfNext(t, e)) {
            list.read(t, e, photographers);
        }
        Matcher m = photo ? PHOTO_AFTER.matcher(PHOTO_NAME_SPACE.matcher(t).replaceAll("")) : null;
        while (m != null && m.find()) {
            String run = m.group(1);
            for (int k = 0; k + 2 <= run.length(); k++) {
                Mention p = names.person(run, run.length(), k);
                if (p != null && p.start() == k && !reporters.contains(p.name())) {
                    add(photographers, p.name());
                    break;
                }
            }
        }
        photographers.forEach(p -> out.add(new Credit(p, "photographer")));
        return out;
    }

    /**
     * The outlet a byline or credit names right before a reporter's title ({@code 眾新聞記者}, {@code 河畔日報記者 X}):
     * the text's own publisher, whose enquiries and disclosures are the reporters', not a speaker's. Null if none.
     */
    String publisherIn(String t) {
        for (String title : LEX.words("bylinereporters")) {
            for (int i = t.indexOf(title); i > 0; i = t.indexOf(title, i + 1)) {
                int k = LEX.knownOrganisations.matchEndingAt(t, i, 0);
                if (k >= 2) {
                    return t.substring(i - k, i);
                }
            }
        }
        return null;
    }

    /** Reporter names in a byline or credit block. */
    List<String> inByline(String t) {
        List<String> found = new ArrayList<>();
        boolean labelled = mayBeLabelled(t);
        Matcher both = labelled ? TEXT_AND_PICTURES.matcher(t) : null;
        if (both != null && both.lookingAt()) {
            list.read(t, both.end(), found);
        }
        if (labelled && found.isEmpty() && BylineMarks.opensWithProduction(t) && LABEL.at(t, leadingSpaces(t)) < 0) {
            for (int e = EDITOR.endOfNext(t, 0); e >= 0; e = EDITOR.endOfNext(t, e)) {
                list.read(t, e, found); // 來源：某報 責任編輯：X: the source names no one, the editor is credited
            }
            return found;
        }
        int j = mayJoin(t) ? BylineMarks.firstOf(t, JOINED, 0) : -1;
        if (j >= 0) {
            int s = j;
            while (s > 0 && (Chars.isHan(t.charAt(s - 1)) || t.charAt(s - 1) == '、' || isSpace(t.charAt(s - 1)))) {
                s--;
            }
            list.read(t.substring(0, j), s, found);
        }
        for (int e = mentionsReporter(t) ? REPORTER.endOfNext(t, 0) : -1; e >= 0; e = REPORTER.endOfNext(t, e)) {
            int before = found.size();
            list.read(t, e, found);
            String whole = found.size() == before ? list.closedRun(t, e) : null;
            if (whole != null) {
                add(found, whole); // 【特約記者當文尼】: the label's only words are a name, whatever its surname
            }
        }
        for (int e = labelled ? LABEL.endOfNext(t, 0) : -1; e >= 0; e = LABEL.endOfNext(t, e)) {
            list.read(t, e, found);
        }
        int from = 0;
        for (int w = Chars.hasAny(t, "報报") ? BylineMarks.firstOf(t, REPORTED, 0) : -1; w >= 0;
                from = w + 2, w = BylineMarks.firstOf(t, REPORTED, from)) {
            int s = BylineMarks.spacesBefore(t, w, from);
            int b = s;
            while (b > 0 && s - b < 4 && Chars.isHan(t.charAt(b - 1))) {
                b--;
            }
            if (b > 0 && "／/╱".indexOf(t.charAt(b - 1)) >= 0) {
                s = b - 1; // X／台中報導: the name before the slash, the place after it
                b = s;
                while (b > 0 && s - b < 4 && Chars.isHan(t.charAt(b - 1))) {
                    b--;
                }
            }
            for (int k = b; k < s - 1; k++) {
                String name = list.name(t.substring(k, s));
                if (name != null && name.length() == s - k) {
                    add(found, name);
                    break;
                }
            }
        }
        if (found.isEmpty() && !(t.indexOf('年') >= 0 && SIGNATURE.matcher(t).matches())) {
            int s = 0;
            while (s < t.length() && (isSpace(t.charAt(s)) || Chars.isOpenBracket(t.charAt(s)))) {
                s++;
            }
            list.read(t, s, found);
            // no word for reporter or writer: a name alone must look like a person's (简介, 参考文献 sign nothing)
            found.removeIf(n -> !isPersonName(n));
        }
        return found;
    }

    /** Whether running text goes on at {@code e}: a comma or a Han character, not a byline's end. */
    private static boolean runsOn(String t, int e) {
        return e > 0 && e < t.length() && (t.charAt(e) == '，' || Chars.isHan(t.charAt(e)))
                && BylineMarks.firstOf(t, REPORTED, e) != e;
    }

    private boolean isPersonName(String n) {
        Mention p = names.person(n, n.length(), 0);
        return p != null && p.start() == 0;
    }

    /** Reporters of a short line that reads as a byline although it was not typed as one (記者 X, 責任編輯：X). */
    List<String> inShortLine(String t) {
        String s = t.strip();
        if (opensWithLabel(s)) {
            return inByline(s);
        }
        Found f = inRunningText(s);
        if (f.leading()) {
            return f.names();
        }
        if (!Chars.hasAny(s, SPACES)) {
            return List.of(); // one token: not a line of names
        }
        List<String> alone = new ArrayList<>();
        int tokens = 0;
        int i = 0;
        while (i < s.length()) { // s is stripped: no spaces open or close it
            int e = i;
            while (e < s.length() && SPACES.indexOf(s.charAt(e)) < 0) {
                e++;
            }
            String token = s.substring(i, e);
            Mention p = names.person(token, token.length(), 0);
            if (p != null && p.start() == 0 && p.strong() && token.length() >= 2) {
                alone.add(token);
            }
            tokens++;
            i = e;
            while (i < s.length() && SPACES.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }
        return tokens >= 2 && alone.size() == tokens ? alone : List.of();
    }

    /**
     * Bylines inside running text: a bracketed credit anywhere ({@code (中央社記者X台北16日電)}, {@code (編輯:X)}), a
     * leading {@code 記者X報道} or a trailing {@code 某報記者X}.
     */
    Found inRunningText(String t) {
        return inRunningText(t, false);
    }

    /**
     * As {@link #inRunningText(String)}; in the last block of a document ({@code last}) a name alone after the final
     * sentence (… 合乎比例。何家明, a trailing byline the reflow joined to the paragraph) is a reporter too.
     */
    Found inRunningText(String t, boolean last) {
        String line = t.strip();
        if (line.length() <= SHORT_LINE && opensWithLabel(line)) {
            List<String> named = inByline(line);
            if (!named.isEmpty()) {
                return new Found(named, false, true); // 采写：某報見習記者 X as a paragraph of its own
            }
        }
        List<String> found = new ArrayList<>();
        boolean leading = false;
        boolean trailing = false;
        for (int i = Chars.indexOfOpenBracket(t, 0); i >= 0; i = Chars.indexOfOpenBracket(t, i + 1)) {
            int close = -1;
            for (int k = i + 1; k < t.length() && k - i <= 40; k++) {
                if (Chars.isCloseBracket(t.charAt(k))) {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            String inner = t.substring(i + 1, close);
            if (mentionsReporter(inner) || opensWithLabel(inner) || endsWithReported(inner)
                    || mayJoin(inner) && BylineMarks.firstOf(inner, JOINED, 0) >= 0) {
                int before = found.size();
                inByline(inner).forEach(x -> add(found, x));
                if (found.size() > before) {
                    leading |= i <= 12;
                    trailing |= t.length() - close <= 16 && onlySpacesAndDigits(t, close + 1);
                }
            } else if (last && close == t.length() - 1 && i > 0 && Chars.isSentenceEnd(t.charAt(i - 1))
                    && isPersonName(inner)) {
                add(found, inner); // …舉行。（張小林）: the writer's name closing the last paragraph
                trailing = true;
            }
            i = close;
        }
        int head = Math.min(t.length(), 40);
        int lead = mentionsReporter(t, head) ? BylineMarks.leadEnd(t, head) : -1;
        if (lead >= 0) {
            List<String> names = new ArrayList<>();
            list.read(t, lead, names);
            names.removeIf(x -> !isPersonName(x) && runsOn(t, t.indexOf(x, lead) + x.length()));
            if (!names.isEmpty()) { // 記者初訪時，…, 記者經過都會…: the reporter's visit, no byline
                names.forEach(x -> add(found, x));
                leading = true;
            }
        }
        int lastStop = -1;
        for (int i = t.length() - 1; i >= 0 && t.length() - i <= 20; i--) {
            if (Chars.isSentenceEnd(t.charAt(i)) || Chars.isCloseQuote(t.charAt(i))) {
                lastStop = i;
                break;
            }
        }
        if (lastStop >= 0 && lastStop < t.length() - 1) {
            String tail = t.substring(lastStop + 1).trim();
            int e = mentionsReporter(tail) ? BylineMarks.tailEnd(tail) : mayBeLabelled(tail) ? LABEL.at(tail, 0) : -1;
            if (e >= 0 && !(tail.endsWith("攝") || tail.endsWith("摄"))) { // …記者 X 攝: a photographer
                List<String> names = new ArrayList<>();
                list.read(tail, e, names);
                if (!names.isEmpty()) {
                    names.forEach(x -> add(found, x));
                    trailing = true;
                }
            } else if ((last || isSpace(t.charAt(lastStop + 1))) && tail.length() <= 6) {
                String name = list.name(tail);
                Mention person = name == null ? null : names.person(tail, name.length(), 0);
                boolean alone = name != null && (name.length() == tail.length()
                        || Lexicon.INSTANCE.titles.contains(tail.substring(name.length())));
                if (alone && person != null && person.start() == 0) {
                    add(found, name); // a byline glued after a space to the last line of a paragraph (… 何家明)
                    trailing = true;
                }
            }
        }
        return found.isEmpty() && !leading && !trailing ? NOTHING : new Found(found, leading, trailing);
    }

    /** Reporters found in running text, and whether they open or close the block (a story boundary). */
    record Found(List<String> names, boolean leading, boolean trailing) {
    }

    /** Length up to which a paragraph that opens with a byline label is a byline. */
    private static final int SHORT_LINE = 24;

    /** What most paragraphs hold: no reporter. */
    private static final Found NOTHING = new Found(List.of(), false, false);

    private static boolean mentionsReporter(String s) {
        return mentionsReporter(s, s.length());
    }

    /** Whether the first {@code end} characters of {@code s} hold a word for a reporter. */
    private static boolean mentionsReporter(String s, int end) {
        for (String w : REPORTER_WORDS) {
            int at = s.indexOf(w);
            if (at >= 0 && at + w.length() <= end) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} ends with a word for a report ({@code X／台中報導}). */
    private static boolean endsWithReported(String s) {
        return s.length() > 2 && BylineMarks.firstOf(s, REPORTED, s.length() - 2) >= 0;
    }

    /** Whether {@code s} opens with a label ({@link #LABEL}). */
    private static boolean opensWithLabel(String s) {
        return mayBeLabelled(s) && (LABEL.at(s, 0) >= 0 || TEXT_AND_PICTURES.matcher(s).lookingAt());
    }

    /** Whether {@code t} from {@code from} on holds only spaces and ASCII digits (as {@code [\\s\\d]*}). */
    private static boolean onlySpacesAndDigits(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || " \t\n\u000B\f\r".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a label ({@link #LABEL}, a production credit) may stand in {@code s}: it needs a colon or a slash. */
    private static int leadingSpaces(String t) {
        int p = 0;
        while (p < t.length() && isSpace(t.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean mayBeLabelled(String s) {
        return Chars.hasAny(s, "：:／/╱");
    }

    /** Whether {@link #JOINED} may match: it needs 參與 or 参与. */
    private static boolean mayJoin(String s) {
        return s.contains("參與") || s.contains("参与");
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    static void add(List<String> out, String name) {
        if (!out.contains(name)) {
            out.add(name);
        }
    }
}
