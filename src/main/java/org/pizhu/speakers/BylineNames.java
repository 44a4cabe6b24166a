package org.pizhu.speakers;

import java.util.List;

/**
 * Reads the names of a byline for {@link Bylines}: a list of personal names after a label, each possibly followed by
 * a place ({@code 張小林台北報導}) or a word of the byline ({@code 報}, {@code 攝}) that ends it.
 */
final class BylineNames {
    private static final String[] PLACES = {"台北", "臺北", "北京", "上海", "香港", "澳門", "澳门", "廣州", "广州", "深圳",
        "東京", "东京", "紐約", "纽约", "倫敦", "伦敦", "巴黎", "華盛頓", "华盛顿", "首爾", "首尔", "新加坡", "台中", "臺中",
        "高雄", "台南", "臺南", "天津", "重慶", "重庆", "南京", "武漢", "武汉", "杭州", "成都", "西安", "日內瓦", "日内瓦",
        "布魯塞爾", "布鲁塞尔", "莫斯科", "柏林", "曼谷", "雅加達", "雅加达", "河內", "河内", "洛杉磯", "洛杉矶", "珠海",
        "福州", "廈門", "厦门", "海口", "長沙", "长沙", "鄭州", "郑州", "濟南", "济南", "青島", "青岛", "桃園", "桃园",
        "新北", "新竹", "嘉義", "嘉义", "花蓮", "花莲", "宜蘭", "宜兰", "基隆", "金門", "金门", "屏東", "屏东", "彰化",
        "雲林", "云林", "苗栗", "南投", "台東", "台东", "澎湖", "馬祖", "马祖", "拉薩", "拉萨", "烏魯木齊", "乌鲁木齐"};
    private static final String NAME_STOP = "報报攝摄整綜综撰電电訊讯稿";

    private final NameReader names;

    BylineNames(NameReader names) {
        this.names = names;
    }

    /**
     * Reads the names listed from {@code pos} ({@code 張小林、李文靜}, {@code 張小林 李文靜}, {@code 李 根}) into
     * {@code out}, up to a word that is not a name or a photographer's 攝.
     */
    void read(String t, int pos, List<String> out) {
        int i = pos;
        for (int guard = 0; guard < 12 && i < t.length(); guard++) {
            while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u3000' || t.charAt(i) == '\u00A0')) {
                i++;
            }
            if (Lexicon.INSTANCE.between.matchAt(t, i, t.length()) > 1) {
                return; // 記者周三下午以電郵查詢: a time word, no name
            }
            int e = i;
            while (e < t.length() && e - i < 9 && Chars.isHan(t.charAt(e))) {
                e++;
            }
            if (e == i || e - i > 2 && (t.startsWith("記者", e - 2) || t.startsWith("记者", e - 2))
                    && (e == t.length() || !Chars.isHan(t.charAt(e)))) {
                return; // 南都見習記者 X: an outlet and a title, read by the reporter's label
            }
            String name;
            int next = e;
            while (next < t.length() && Bylines.isSpace(t.charAt(next))) {
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
            Bylines.add(out, name);
            i = e;
            if (i < t.length() && (t.charAt(i) == '、' || Bylines.isSpace(t.charAt(i)))) {
                i++;
            } else if (i < t.length() - 1 && "及和与與".indexOf(t.charAt(i)) >= 0) {
                i++;
            } else {
                return;
            }
        }
    }

    /**
     * Two or three Han characters from {@code pos} that are all the label has before its bracket closes
     * ({@code 【特約記者當文尼】}, not {@code 某報記者整理}), or null.
     */
    String closedRun(String t, int pos) {
        int i = pos;
        while (i < t.length() && Bylines.isSpace(t.charAt(i))) {
            i++;
        }
        int e = i;
        while (e < t.length() && Chars.isHan(t.charAt(e))) {
            e++;
        }
        int after = e;
        while (after < t.length() && Bylines.isSpace(t.charAt(after))) {
            after++;
        }
        boolean closed = after < t.length() && (Chars.isCloseBracket(t.charAt(after)) || t.charAt(after) == '】');
        String run = t.substring(i, e);
        return closed && run.length() >= 2 && run.length() <= 3 && !run.contains("報") && !run.contains("报")
                && !run.contains("攝") && !run.contains("摄") ? run : null;
    }

    /** The personal name at the start of a run of Han characters (which may go on with a place), or null. */
    String name(String run) {
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
}
