package org.pizhu.reflow;

import java.util.regex.Pattern;

/**
 * Whole-line patterns of newspaper furniture: reporter bylines, photo and compilation credits, datelines.
 *
 * <p>They are written in general terms (the words newspapers use for 'reporter', 'photo', 'compiled by') in both
 * Traditional and Simplified forms, never in the words of one article.
 */
final class LinePatterns {
    private static final String HAN = "\\p{IsHan}";
    /** A personal name: 2–5 Han characters, not starting with a character that makes 記者 part of a word (記者會). */
    private static final String NAME = "(?![表稱称說说透強强問问查採采會会們们證证節节站協协招提了獲获發发看注走從从在向對对的等於于與与和及指回透不])[\\p{IsHan}·‧]{2,5}";
    /** What may stand before the word for reporter in a byline: an outlet's name, not a clause (對記者、向記者). */
    private static final String OUTLET = "(?:(?![^\\s記记]*[對对向訴诉應应和與与])[\\p{IsHan}A-Za-z]{0,10})";
    private static final String REPORTER = "(?:特約記者|特约记者|實習記者|实习记者|駐[^\\s]{1,4}記者|驻[^\\s]{1,4}记者|記者|记者|通訊員|通讯员|特派員|特派员)";

    /** "晨報記者林小明", "記者 李四、王五", "本報記者張三". */
    private static final Pattern BYLINE_REPORTER = Pattern.compile(
            "^" + OUTLET + REPORTER + "[\\s　]*" + NAME + "(?:[、\\s　]+" + NAME + ")*$");
    /** "本报记者  王  明  张小林": names set with spaces between their characters, read without the spaces. */
    private static final Pattern BYLINE_REPORTER_SPACED = Pattern.compile(
            "^" + OUTLET + REPORTER + "(?![表稱称說说透強强問问查採采會会們们證证節节站協协招提了獲获發发看注走從从在向對对的等於于與与和及指回透])"
                    + "[\\p{IsHan}·‧、]{2,16}$");
    /** "張三報道", "記者張三北京報道", "記者張三／台北報導". */
    private static final Pattern BYLINE_REPORTED = Pattern.compile(
            "^(?:" + REPORTER + ")?[\\s　]*" + NAME + "(?:[\\s　／/]*" + HAN + "{0,4})?(?:報道|报道|報導|报导|撰文|撰)$");
    /** "（記者 陳大文）", "(中央社記者王五台北1日電)" standing alone. */
    private static final Pattern BYLINE_PARENTHESISED = Pattern.compile(
            "^[（(][^（()）]{0,24}(?:記者|记者|報道|报道|報導|采写|採寫)[^（()）]{0,40}(?<![電电])[）)]$");
    /** "文：張三", "撰文/李四", "報導•攝影╱王五", "【撰文：趙六】". */
    private static final Pattern BYLINE_WRITER = Pattern.compile(
            "^[【［\\[]?(?:文|撰文|文字|文／圖|文/圖|文/图|文／图|(?:報導|报导|報道|报道|採訪|采访)(?:[•·、](?:攝影|摄影|整理))?)"
                    + "[\\s　]*[：:／/|╱][\\s　]*" + NAME + "[】］\\]]?$");
    /** A writer's name set off by dots or stars, under a title or as a signature: "·張三·", "＊李四＊". */
    private static final Pattern BYLINE_DOTTED = Pattern.compile("^[·‧•＊*][\\s　]*\\p{IsHan}{2,4}[\\s　]*[·‧•＊*]$");
    /** Two to five names of two or three characters set apart by wide spaces, alone on a line: "刘瑞华  赵永新". */
    private static final Pattern BYLINE_SPACED_NAMES = Pattern.compile("^\\p{IsHan}{2,3}(?:[ 　]{2,}\\p{IsHan}{2,3}){1,4}$");
    /** A line that ends with the word for reporter, its name on the next line: "大公報記者". */
    private static final Pattern BYLINE_HEAD = Pattern.compile("^" + OUTLET + REPORTER + "$");
    /** A bare personal name line: 2–4 Han characters. */
    private static final Pattern NAME_ONLY = Pattern.compile("^" + NAME + "$");
    /** "職安局圖片", "記者整理", "新華社供圖", "資料圖片", "圖：新華社", "責任編輯：王五", "版式設計：李四". */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:[\\p{IsHan}A-Za-z·\\s（）()]{0,24}(?:圖片|图片|供圖|供图|攝|摄|攝影|摄影|整理|製圖|制图|繪圖|绘图|提供|資料圖|资料图)"
                    + "(?:[（(][\\p{IsHan}A-Za-z]{1,10}[）)])?"
                    + "|[\\p{IsHan}]{0,2}(?:圖|图|攝影|摄影|圖片|图片|來源|来源|製圖|制图|繪圖|绘图|編輯|编辑|責編|责编|統籌|统筹"
                    + "|設計|设计|美編|美编|校對|校对)[\\s　]*[：:／/][^，,。]{1,30})$");
    /** "2025/10/16 19:18", "2024年3月5日", "2024-03-05 08:00". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*[（(]?[\\p{IsHan}]{0,3}[）)]?)?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?$");

    /** Words one of which every byline or credit contains. */
    private static final String[] KEYWORDS = {
        "記者", "记者", "通訊員", "通讯员", "特派", "報道", "报道", "報導", "报导", "撰", "文：", "文:", "文/", "文／",
        "圖", "图", "攝", "摄", "整理", "提供", "來源", "来源", "編輯", "编辑", "責編", "责编", "統籌", "统筹", "設計", "设计",
        "美編", "美编", "校對", "校对", "採寫", "采写"
    };

    private LinePatterns() {
    }

    /** Cheap test that a line could be furniture at all, so that most lines skip the regular expressions. */
    static boolean mayBeFurniture(String line) {
        if (line.length() > 40) {
            return false;
        }
        char first = line.charAt(0);
        if (Character.isDigit(first) || first == '(' || first == '（' || first == '·' || first == '‧' || first == '•'
                || first == '＊' || first == '*') {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '，' || c == '。' || c == ',' || c == '；') {
                return false;
            }
        }
        for (String keyword : KEYWORDS) {
            if (line.contains(keyword)) {
                return true;
            }
        }
        if (line.contains("  ") || line.indexOf('　') > 0) {
            return true;
        }
        return false;
    }

    static boolean isByline(String line) {
        return line.length() <= 40 && !isCredit(line)
                && (isDateline(line)
                || BYLINE_REPORTER.matcher(line).matches()
                || hasInnerSpace(line) && BYLINE_REPORTER_SPACED.matcher(line.replaceAll("[\\s　]+", "")).matches()
                || BYLINE_REPORTED.matcher(line).matches()
                || BYLINE_PARENTHESISED.matcher(line).matches()
                || BYLINE_WRITER.matcher(line).matches()
                || BYLINE_DOTTED.matcher(line).matches()
                || BYLINE_SPACED_NAMES.matcher(line).matches());
    }

    private static boolean hasInnerSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u3000') {
                return true;
            }
        }
        return false;
    }

    static boolean isBylineHead(String line) {
        return line.length() <= 16 && BYLINE_HEAD.matcher(line).matches();
    }

    static boolean isNameOnly(String line) {
        return NAME_ONLY.matcher(line).matches();
    }

    static boolean isCredit(String line) {
        return line.length() <= 32 && CREDIT.matcher(line).matches();
    }

    /** A date (and time) standing alone: publication information, read like a byline. */
    static boolean isDateline(String line) {
        return Character.isDigit(line.charAt(0)) && DATELINE.matcher(line).matches();
    }
}
