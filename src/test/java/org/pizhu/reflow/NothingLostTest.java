package org.pizhu.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * Property: whatever the input, the blocks hold exactly the source's non-whitespace characters, each once and mapped
 * to its own place in the source (a caption set inside a paragraph follows the paragraph, so block order alone is not
 * source order).
 */
class NothingLostTest {
    private static final String ALPHABET = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處理府研質際！？。，、；：「」『』（）▲ \n\n\nABCxyz0123456789.,";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void reflowKeepsEveryNonWhitespaceCharacterOnceInItsPlace(long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int n = 200 + random.nextInt(3000);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String text = sb.toString();
        Document d = new Reflower().reflow("random", text);
        java.util.BitSet seen = new java.util.BitSet(text.length());
        for (Block b : d.blocks()) {
            for (int k = 0; k < b.text().length(); k++) {
                char c = b.text().charAt(k);
                if (Character.isWhitespace(c) || c == '\u3000') {
                    continue;
                }
                int at = b.sourceMap().sourceOffset(k);
                assertThat(text.charAt(at)).as("block %d char %d", b.index(), k).isEqualTo(c);
                assertThat(seen.get(at)).as("source offset %d given twice", at).isFalse();
                seen.set(at);
            }
        }
        StringBuilder kept = new StringBuilder();
        seen.stream().forEach(i -> kept.append(text.charAt(i)));
        assertThat(kept.toString()).isEqualTo(strip(text));
    }

    private static String strip(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
