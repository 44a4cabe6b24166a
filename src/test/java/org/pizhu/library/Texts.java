package org.pizhu.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Test texts: generated Chinese paragraphs and the shipped seed article. */
final class Texts {
    private static final String CHARS = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處隊南給色光門即保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受聯什認六共權收證改清己美再採轉更單風切打白教速花帶安場身車例真務具萬每目至達走積示議聲報鬥完類八離華名確才科張信馬節話米整空元況今集溫傳土許步群廣石記需段研界拉林律叫且究觀越織裝影算低持音眾書布复容兒須際商非驗連斷深難近礦千週委素技備半辦青省列習響約支般史感勞便團往酸歷市克何除消構府稱太準精值號率族維劃選標寫存候毛親快效斯院查江型眼王按格養易置派層片始卻專狀育廠京識適屬圓包火住調滿縣局照參紅細引聽該鐵價嚴";

    private Texts() {
    }

    /** A paragraph of {@code n} pseudo-random characters ending with a full stop. */
    static String paragraph(Random rnd, int n) {
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            sb.append(CHARS.charAt(rnd.nextInt(CHARS.length())));
        }
        return sb.append('。').toString();
    }

    /** A document of about {@code chars} characters in paragraphs of about 200, hard-wrapped at 38 per line. */
    static String document(long seed, int chars) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + chars / 10);
        while (sb.length() < chars) {
            String p = paragraph(rnd, 120 + rnd.nextInt(160));
            for (int i = 0; i < p.length(); i += 38) {
                sb.append(p, i, Math.min(p.length(), i + 38)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static Path shared() {
        return org.pizhu.corpus.CorpusLocation.shared();
    }

    static String seed() {
        try {
            return Files.readString(shared().resolve("corpus/seed/takungpao-2024-new-productive-forces.txt"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
