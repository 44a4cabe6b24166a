package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written byline marks ({@link BylineMarks}) match exactly where the regular expressions they replace
 * matched, on random strings made of the characters the expressions care about (both scripts, spaces, colons,
 * brackets, dots, a supplementary-plane ideograph) and on real bylines.
 */
class BylineMarksTest {
    private static final Pattern REPORTER = Pattern.compile("(?:記者|记者|通訊員|通讯员|特派員|特派员|實習生|实习生)\\s*");
    private static final Pattern LABEL = Pattern.compile(
            "(?:責任編輯|责任编辑|責編|责编|編輯|编辑|撰文|採寫|采写|採訪|采访|作者|記者|记者|文|譯|译|報導|报导|報道|报道)(?:[•・·‧、．](?:攝影|摄影|採訪|采访))?"
            + "\\s*[：:／/╱]\\s*");
    private static final Pattern PRODUCTION = Pattern.compile(
            "^\\s*[^：:]{0,4}(?:製圖|制图|版式設計|版式设计|統籌|统筹|攝影|摄影|圖|图|資料來源|数据来源|數據來源|来源|來源)\\s*[：:／/]");
    private static final Pattern JOINED = Pattern.compile("(?:參與採寫|参与采写|參與報道|参与报道|參與採訪|参与采访)");
    private static final Pattern REPORTED = Pattern.compile("\\s*(?:報道|报道|報導|报导)");
    private static final Pattern LEAD = Pattern.compile(
            "^\\s*(?:【[^】]{0,12}】)?\\s*[〔［\\[(（]?\\s*(?:[\\p{IsHan}]{0,5}(?:報|报|社|台|網|网|刊|聞|闻))?(?:記者|记者)");
    private static final Pattern TAIL = Pattern.compile("^(?:[\\p{IsHan}]{0,5}(?:報|报|社|台|網|网|刊|聞|闻))?(?:記者|记者)\\s*");
    private static final Pattern EDITOR = Pattern.compile("(?:責任編輯|责任编辑|責編|责编|編輯|编辑)\\s*[：:／/╱]\\s*");
    private static final Pattern PHOTO_LABEL = Pattern.compile("(?:攝影|摄影)\\s*[：:／/╱]\\s*");

    private static final String[] PIECES = {"記者", "记者", "通訊員", "特派員", "特派员", "實習生", "責任編輯", "責編", "编辑", "编辑", "文", "譯",
        "報導", "報道", "报道", "撰文", "採訪", "作者", "攝影", "摄影", "製圖", "圖", "资料", "來源", "参与采写", "參與報道",
        "本報", "中央社", "網", "刊", "新聞", "采写", "台", "社", "陳", "大", "文", "明", "北京", "𠀋", "𠀋", "a", "1", "１", " ", "  ", "\u3000",
        "\t", "\n", "：", ":", "／", "/", "╱", "【", "】", "〔", "［", "[", "(", "（", "）", "•", "・", "·", "、", "．", "，", "。"};

    @Test
    void handWrittenMarksMatchTheRegularExpressions() {
        Random r = new Random(15);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            check(b.toString());
        }
        check("（记者王晓东、刘思远）外交部发言人毛宁12日表示。(編輯:陳小文)");
        check("本報記者 蘇曉明");
        check("【某某新聞】〔中央社記者周美玲東京5日電〕");
        check("記者·攝影：陳大文  責任編輯／李小明");
        check("製圖：陳大文");
        for (int k = 0; k <= 14; k++) {
            check("【" + "中".repeat(k) + "】記者陳大文");
            check(" 【" + "𠀋".repeat(k) + "】 （" + "本".repeat(k % 7) + "報記者陳大文");
            check(" ".repeat(k % 3) + "文".repeat(k % 6) + "製圖：陳大文");
        }
    }

    private static void check(String t) {
        int n = t.length();
        for (int p = 0; p <= n; p++) {
            assertThat(Bylines.LABEL.at(t, p)).as("label at %d of %s", p, t).isEqualTo(lookingAt(LABEL, t, p, n));
            assertThat(Bylines.LABEL.endOfNext(t, p)).as("label from %d of %s", p, t).isEqualTo(findEnd(LABEL, t, p));
            assertThat(Bylines.REPORTER.endOfNext(t, p)).as("reporter from %d of %s", p, t).isEqualTo(findEnd(REPORTER, t, p));
            assertThat(Bylines.EDITOR.endOfNext(t, p)).as("editor from %d of %s", p, t).isEqualTo(findEnd(EDITOR, t, p));
            assertThat(Bylines.PHOTO_LABEL.endOfNext(t, p)).as("photo from %d of %s", p, t)
                    .isEqualTo(findEnd(PHOTO_LABEL, t, p));
            assertThat(BylineMarks.firstOf(t, Bylines.JOINED, p)).as("joined from %d of %s", p, t)
                    .isEqualTo(findStart(JOINED, t, p));
            int w = BylineMarks.firstOf(t, Bylines.REPORTED, p);
            assertThat(w < 0 ? -1 : BylineMarks.spacesBefore(t, w, p)).as("reported from %d of %s", p, t)
                    .isEqualTo(findStart(REPORTED, t, p));
            assertThat(BylineMarks.leadEnd(t, p)).as("lead in %d of %s", p, t).isEqualTo(lookingAt(LEAD, t, 0, p));
        }
        assertThat(BylineMarks.opensWithProduction(t)).as("production %s", t).isEqualTo(PRODUCTION.matcher(t).lookingAt());
        assertThat(BylineMarks.tailEnd(t)).as("tail %s", t).isEqualTo(lookingAt(TAIL, t, 0, n));
    }

    private static int lookingAt(Pattern p, String t, int from, int to) {
        Matcher m = p.matcher(t).region(from, to);
        return m.lookingAt() ? m.end() : -1;
    }

    private static int findEnd(Pattern p, String t, int from) {
        Matcher m = p.matcher(t);
        return m.find(from) ? m.end() : -1;
    }

    private static int findStart(Pattern p, String t, int from) {
        Matcher m = p.matcher(t);
        return m.find(from) ? m.start() : -1;
    }
}
