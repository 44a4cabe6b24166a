package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * Finds reporters and editors in bylines: {@code 大公報記者NAME}, {@code 記者NAME報道}, {@code NAME報道},
 * {@code （記者 NAME）}, {@code (中央社記者NAME台北16日電)}, {@code (編輯:NAME)}, {@code 文／NAME}.
 */
final class Bylines {
    private static final Pattern REPORTER = Pattern.compile("(?:記者|记者|通訊員|通讯员|特派員|特派员)\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "(?:責任編輯|责任编辑|編輯|编辑|撰文|採訪|采访|作者|記者|记者|文|譯|译|報導|报导|報道|报道)(?:[•・·‧、．](?:攝影|摄影|採訪|采访))?"
            + "\\s*[：:／/╱]\\s*");
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
    /** A line break inside a wrapped byline, with the spaces around it. */
    private static final Pattern WRAP = Pattern.compile("[ \\t\u3000]*\\R[ \\t\u3000]*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern TAIL_DIGITS = Pattern.compile("[\\s\\d]*");
    private static final String[] PLACES = {"台北", "臺北", "北京", "上海", "香港", "澳門", "澳门", "廣州", "广州", "深圳",
        "東京", "东京", "紐約", "纽约", "倫敦", "伦敦", "巴黎", "華盛頓", "华盛顿", "首爾", "首尔", "新加坡", "台中", "臺中",
        "高雄", "台南", "臺南", "天津", "重慶", "重庆", "南京", "武漢", "武汉", "杭州", "成都", "西安", "日內瓦", "日内瓦",
        "布魯塞爾", "布鲁塞尔", "莫斯科", "柏林", "曼谷", "雅加達", "雅加达", "河內", "河内", "洛杉磯", "洛杉矶", "珠海",
        "福州", "廈門", "厦门", "海口", "長沙", "长沙", "鄭州", "郑州", "濟南", "济南", "青島", "青岛", "桃園", "桃园",
        "新北", "新竹", "嘉義", "嘉义", "花蓮", "花莲", "宜蘭", "宜兰", "基隆", "金門", "金门", "屏東", "屏东", "彰化",
        "雲林", "云林", "苗栗", "南投", "台東", "台东", "澎湖", "馬祖", "马祖", "拉薩", "拉萨", "烏魯木齊", "乌鲁木齐"};
    private static final String NAME_STOP = "報报攝摄整綜综撰電电訊讯稿";

    private static final Pattern EDITOR = Pattern.compile("(?:責任編輯|责任编辑|編輯|编辑)\\s*[：:／/╱]\\s*");
    private static final Pattern PHOTO_LABEL = Pattern.compile("(?:攝影|摄影)\\s*[：:／/╱]\\s*");
    private static final Pattern PHOTO_AFTER = Pattern.compile("(\\p{IsHan}{2,4})\\s*(?:攝|摄)(?![影])");
    /** A space inside a name before 攝 ({@code 李 根摄}), closed up before {@link #PHOTO_AFTER} reads it. */
    private static final Pattern PHOTO_NAME_SPACE = Pattern.compile("(?<=\\p{IsHan})[ \u3000](?=\\p{IsHan}\\s*[攝摄])");

    private final NameReader names = new NameReader();

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
            readList(t, m.end(), editors);
        }
        for (String r : reporters) {
            out.add(new Credit(r, editors.contains(r) ? "editor" : "reporter"));
        }
        List<String> photographers = new ArrayList<>();
        m = photo ? PHOTO_LABEL.matcher(t) : null;
        while (m != null && m.find()) {
            readList(t, m.end(), photographers);
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
            readList(t.substring(0, j.start()), s, found);
        }
        Matcher m = mentionsReporter(t) ? REPORTER.matcher(t) : null;
        while (m != null && m.find()) {
            readList(t, m.end(), found);
        }
        m = labelled ? LABEL.matcher(t) : null;
        while (m != null && m.find()) {
            readList(t, m.end(), found);
        }
        m = Chars.hasAny(t, "報报") ? REPORTED.matcher(t) : null;
        while (m != null && m.find()) {
            int s = m.start();
            int b = s;
            while (b > 0 && s - b < 4 && Chars.isHan(t.charAt(b - 1))) {
                b--;
            }
            for (int k = b; k < s - 1; k++) {
                String name = name(t.substring(k, s));
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
            readList(t, s, found);
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
        if (mayBeLabelled(s) && LABEL.matcher(s).lookingAt()) {
            return inByline(s);
        }
        Found f = inRunningText(s);
        if (f.leading()) {
            return f.names();
        }
        if (!Chars.hasAny(s, " \t\n\u000B\f\r\u3000")) {
            return List.of(); // one token: not a line of names
        }
        String[] tokens = SPACES.split(s);
        List<String> alone = new ArrayList<>();
        for (String token : tokens) {
            Mention p = names.person(token, token.length(), 0);
            if (p != null && p.start() == 0 && p.strong() && token.length() >= 2) {
                alone.add(token);
            }
        }
        return tokens.length >= 2 && alone.size() == tokens.length ? alone : List.of();
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
            if (mentionsReporter(inner) || mayBeLabelled(inner) && LABEL.matcher(inner).lookingAt()
                    || mayJoin(inner) && JOINED.matcher(inner).find()) {
                int before = found.size();
                inByline(inner).forEach(x -> add(found, x));
                if (found.size() > before) {
                    leading |= i <= 12;
                    trailing |= t.length() - close <= 16 && TAIL_DIGITS.matcher(t.substring(close + 1)).matches();
                }
            }
            i = close;
        }
        String head = t.length() > 40 ? t.substring(0, 40) : t;
        Matcher lead = mentionsReporter(head) ? LEAD.matcher(head) : null;
        if (lead != null && lead.lookingAt()) {
            List<String> names = new ArrayList<>();
            readList(t, lead.end(), names);
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
            Matcher m = mentionsReporter(tail) ? TAIL.matcher(tail) : LABEL.matcher(tail);
            if (m.lookingAt()) {
                List<String> names = new ArrayList<>();
                readList(tail, m.end(), names);
                if (!names.isEmpty()) {
                    names.forEach(x -> add(found, x));
                    trailing = true;
                }
            } else if ((last || isSpace(t.charAt(lastStop + 1))) && tail.length() <= 6) {
                String name = name(tail);
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
        return s.contains("記者") || s.contains("记者") || s.contains("通訊員") || s.contains("通讯员") || s.contains("特派");
    }

    /** Whether a label ({@link #LABEL}, {@link #PRODUCTION}) may stand in {@code s}: it needs a colon or a slash. */
    private static boolean mayBeLabelled(String s) {
        return Chars.hasAny(s, "：:／/╱");
    }

    /** Whether {@link #JOINED} may match: it needs 參與 or 参与. */
    private static boolean mayJoin(String s) {
        return s.contains("參與") || s.contains("参与");
    }

    private void readList(String t, int pos, List<String> out) {
        int i = pos;
        for (int guard = 0; guard < 12 && i < t.length(); guard++) {
            while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u3000' || t.charAt(i) == '\u00A0')) {
                i++;
            }
            int e = i;
            while (e < t.length() && e - i < 9 && Chars.isHan(t.charAt(e))) {
                e++;
            }
            if (e == i) {
                return;
            }
            String name;
            int next = e;
            while (next < t.length() && isSpace(t.charAt(next))) {
                next++;
            }
            if (e - i == 1 && next > e && next < t.length() && Chars.isHan(t.charAt(next))
                    && names.surnameAt(t, i, e) == 1 && (next + 1 == t.length() || !Chars.isHan(t.charAt(next + 1))
                    || NAME_STOP.indexOf(t.charAt(next + 1)) >= 0)) {
                name = t.substring(i, e) + t.charAt(next);
                e = next + 1;
            } else {
                name = name(t.substring(i, e));
                if (name == null) {
                    return;
                }
                e = i + name.length();
            }
            if (e < t.length() && (t.charAt(e) == '攝' || t.charAt(e) == '摄')) {
                return;
            }
            add(out, name);
            i = e;
            if (i < t.length() && (t.charAt(i) == '、' || isSpace(t.charAt(i)))) {
                i++;
            } else if (i < t.length() - 1 && "及和与與".indexOf(t.charAt(i)) >= 0) {
                i++;
            } else {
                return;
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /** The personal name at the start of a run of Han characters (which may go on with a place), or null. */
    private String name(String run) {
        int stop = run.length();
        for (int i = 2; i < run.length(); i++) {
            if (NAME_STOP.indexOf(run.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        String r = run.substring(0, stop);
        int sl = names.surnameAt(r, 0, r.length());
        if (sl == 0 || r.length() < 2) {
            return null;
        }
        int len;
        if (r.length() <= 3) {
            len = r.length();
        } else {
            len = -1;
            for (int cand : new int[] {sl + 2, sl + 1}) {
                if (cand < r.length() && isPlace(r.substring(cand))) {
                    len = cand;
                    break;
                }
            }
            if (len < 0) {
                len = Math.min(r.length(), sl + 2);
            }
        }
        return len - sl >= 1 ? r.substring(0, len) : null;
    }

    private static boolean isPlace(String rest) {
        for (String p : PLACES) {
            if (rest.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> out, String name) {
        if (!out.contains(name)) {
            out.add(name);
        }
    }

    /**
     * A byline as the source writes it, with the spaces that separate its names ({@code 本报记者  张小林  李文静}),
     * which the reflowed text may have closed up, with line breaks of a wrapped byline joined; the block's text when
     * the source differs in more than whitespace.
     */
    static String asWritten(Document document, Block b) {
        int s = b.sourceStart();
        int e = b.sourceEnd();
        if (s < 0 || e > document.source().length() || e <= s || e - s > 4 * b.text().length() + 16) {
            return b.text();
        }
        if (e - s == b.text().length() && document.source().startsWith(b.text(), s)) {
            return b.text();
        }
        String raw = WRAP.matcher(document.source().substring(s, e).strip()).replaceAll("");
        return sameBesidesSpace(raw, b.text()) ? raw : b.text();
    }

    private static boolean sameBesidesSpace(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }
}
