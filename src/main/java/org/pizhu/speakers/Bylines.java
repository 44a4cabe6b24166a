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
    private static final Pattern REPORTER = Pattern.compile("(?:記者|记者|通訊員|通讯员|特派員|特派员)\\s*");
    /** Words that label the names after them in a byline ({@code 記者：}, {@code 文／}). */
    private static final String[] LABEL_WORDS = {"責任編輯", "责任编辑", "編輯", "编辑", "撰文", "採訪", "采访", "作者", "記者",
        "记者", "文", "譯", "译", "報導", "报导", "報道", "报道"};
    private static final Pattern LABEL = Pattern.compile("(?:" + String.join("|", LABEL_WORDS)
            + ")(?:[•・·‧、．](?:攝影|摄影|採訪|采访))?\\s*[：:／/╱]\\s*");
    /** The first characters of {@link #LABEL_WORDS}: a text opening with another cannot open with a label. */
    private static final String LABEL_FIRST = firstCharacters(LABEL_WORDS);
    /** Production credits (charts, layout, coordination, photographs, data): their names are not reporters. */
    private static final Pattern PRODUCTION = Pattern.compile(
            "^\\s*[^：:]{0,4}(?:製圖|制图|版式設計|版式设计|統籌|统筹|攝影|摄影|圖|图|資料來源|数据来源|數據來源|来源|來源)\\s*[：:／/]");
    private static final Pattern JOINED = Pattern.compile("(?:參與採寫|参与采写|參與報道|参与报道|參與採訪|参与采访)");
    private static final Pattern REPORTED = Pattern.compile("\\s*(?:報道|报道|報導|报导)");
    private static final Pattern LEAD = Pattern.compile(
            "^\\s*(?:【[^】]{0,12}】)?\\s*[〔［\\[(（]?\\s*(?:[\\p{IsHan}]{0,5}(?:報|报|社|台|網|网|刊))?(?:記者|记者)");
    private static final Pattern TAIL = Pattern.compile(
            "^(?:[\\p{IsHan}]{0,5}(?:報|报|社|台|網|网|刊))?(?:記者|记者)\\s*");
    /** A signature: a name and a date, as under a letter or a statement (not a reporter). */
    private static final Pattern SIGNATURE = Pattern.compile("\\s*\\p{IsHan}{2,4}\\s*[\\d０-９]{2,4}\\s*年.*");
    /** The spaces between the names of a line of names (as the regular expression {@code [\\s\u3000]}). */
    private static final String SPACES = " \t\n\u000B\f\r\u3000";

    /** Words for a reporter ({@link #mentionsReporter}). */
    private static final String[] REPORTER_WORDS = {"記者", "记者", "通訊員", "通讯员", "特派"};

    private static final Pattern EDITOR = Pattern.compile("(?:責任編輯|责任编辑|編輯|编辑)\\s*[：:／/╱]\\s*");
    private static final Pattern PHOTO_LABEL = Pattern.compile("(?:攝影|摄影)\\s*[：:／/╱]\\s*");
    private static final Pattern PHOTO_AFTER = Pattern.compile("(\\p{IsHan}{2,4})\\s*(?:攝|摄)(?![影])");
    /** A space inside a name before 攝 ({@code 李 根摄}), closed up before {@link #PHOTO_AFTER} reads it. */
    private static final Pattern PHOTO_NAME_SPACE = Pattern.compile("(?<=\\p{IsHan})[ \u3000](?=\\p{IsHan}\\s*[攝摄])");

    private final NameReader names = new NameReader();
    private final BylineNames list = new BylineNames(names);

    /**
     * The people a byline, credit or caption names, with roles: reporters (as {@link #inByline}), editors after
     * 編輯：, photographers after 攝影： or before 攝 ({@code 中央社記者郭日曉攝}, {@code 人民网记者  李  根摄}).
     */
    List<Credit> credits(String t, List<String> reporters) {
        List<Credit> out = new ArrayList<>();
        boolean photo = t.indexOf('攝') >= 0 || t.indexOf('摄') >= 0;
        if (reporters.isEmpty() && !photo) {
            return out;
        }
        List<String> editors = new ArrayList<>();
        Matcher m = Chars.hasAny(t, "編编") ? EDITOR.matcher(t) : null;
        while (m != null && m.find()) {
            list.read(t, m.end(), editors);
        }
        for (String r : reporters) {
            out.add(new Credit(r, editors.contains(r) ? "editor" : "reporter"));
        }
        List<String> photographers = new ArrayList<>();
        m = photo ? PHOTO_LABEL.matcher(t) : null;
        while (m != null && m.find()) {
            list.read(t, m.end(), photographers);
        }
        m = photo ? PHOTO_AFTER.matcher(PHOTO_NAME_SPACE.matcher(t).replaceAll("")) : null;
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

    /** Reporter names in a byline or credit block. */
    List<String> inByline(String t) {
        List<String> found = new ArrayList<>();
        boolean labelled = mayBeLabelled(t);
        if (labelled && PRODUCTION.matcher(t).lookingAt()) {
            return found;
        }
        Matcher j = mayJoin(t) ? JOINED.matcher(t) : null;
        if (j != null && j.find()) {
            int s = j.start();
            while (s > 0 && (Chars.isHan(t.charAt(s - 1)) || t.charAt(s - 1) == '、' || isSpace(t.charAt(s - 1)))) {
                s--;
            }
            list.read(t.substring(0, j.start()), s, found);
        }
        Matcher m = mentionsReporter(t) ? REPORTER.matcher(t) : null;
        while (m != null && m.find()) {
            list.read(t, m.end(), found);
        }
        m = labelled ? LABEL.matcher(t) : null;
        while (m != null && m.find()) {
            list.read(t, m.end(), found);
        }
        m = Chars.hasAny(t, "報报") ? REPORTED.matcher(t) : null;
        while (m != null && m.find()) {
            int s = m.start();
            int b = s;
            while (b > 0 && s - b < 4 && Chars.isHan(t.charAt(b - 1))) {
                b--;
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
            if (mentionsReporter(inner) || opensWithLabel(inner)
                    || mayJoin(inner) && JOINED.matcher(inner).find()) {
                int before = found.size();
                inByline(inner).forEach(x -> add(found, x));
                if (found.size() > before) {
                    leading |= i <= 12;
                    trailing |= t.length() - close <= 16 && onlySpacesAndDigits(t, close + 1);
                }
            }
            i = close;
        }
        int head = Math.min(t.length(), 40);
        Matcher lead = mentionsReporter(t, head) ? LEAD.matcher(t).region(0, head) : null;
        if (lead != null && lead.lookingAt()) {
            List<String> names = new ArrayList<>();
            list.read(t, lead.end(), names);
            if (!names.isEmpty()) {
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
            Matcher m = mentionsReporter(tail) ? TAIL.matcher(tail) : mayBeLabelled(tail) ? LABEL.matcher(tail) : null;
            if (m != null && m.lookingAt()) {
                List<String> names = new ArrayList<>();
                list.read(tail, m.end(), names);
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
        return new Found(found, leading, trailing);
    }

    /** Reporters found in running text, and whether they open or close the block (a story boundary). */
    record Found(List<String> names, boolean leading, boolean trailing) {
    }

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

    /** Whether {@code s} opens with a label ({@link #LABEL}). */
    private static boolean opensWithLabel(String s) {
        return !s.isEmpty() && LABEL_FIRST.indexOf(s.charAt(0)) >= 0 && mayBeLabelled(s) && LABEL.matcher(s).lookingAt();
    }

    private static String firstCharacters(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(w.charAt(0));
        }
        return b.toString();
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

    /** Whether a label ({@link #LABEL}, {@link #PRODUCTION}) may stand in {@code s}: it needs a colon or a slash. */
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
