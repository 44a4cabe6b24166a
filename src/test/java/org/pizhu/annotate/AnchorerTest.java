package org.pizhu.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;

class AnchorerTest {
    private static final String V1 = "第一段說明城市的交通規劃，\n包括地鐵與巴士的接駁。\n\n"
            + "第二段談到創新科技的發展，政府將投入資金支持研究。\n\n"
            + "第三段總結：市民期待更便利的生活，專家認為仍需時間。\n";

    private static Document doc(String text) {
        return new Reflower().reflow("t.txt", text);
    }

    private static Anchor anchorOn(Anchorer a, String quote) {
        int[] at = a.find(quote).get(0);
        return a.anchor(at[0], at[1]);
    }

    @Test
    void anchorRecordsSourceOffsetsCompactQuoteContextAndBlock() {
        Anchorer a = new Anchorer(doc(V1));
        Anchor an = anchorOn(a, "規劃，包括地鐵");
        assertThat(V1.substring(an.start(), an.end())).isEqualTo("規劃，\n包括地鐵");
        assertThat(an.quote().exact()).isEqualTo("規劃，包括地鐵");
        assertThat(an.quote().prefix()).isEqualTo("第一段說明城市的交通");
        assertThat(an.quote().suffix()).startsWith("與巴士的接駁。第二段");
        assertThat(an.block()).isZero();
        assertThat(an.blockOffset()).isEqualTo(10);
        Anchor second = anchorOn(a, "政府將投入");
        assertThat(second.block()).isEqualTo(1);
    }

    @Test
    void findIgnoresWhitespaceWidthAndCase() {
        Anchorer a = new Anchorer(doc("Ｗｅｂ３.０ 平台\n上線了。web3.0 也可以。"));
        assertThat(a.find("WEB3.0")).hasSize(2);
        assertThat(a.find("台 上線")).hasSize(1);
    }

    @Test
    void sameTextKeepsOffsets() {
        Anchorer a = new Anchorer(doc(V1));
        Anchor an = anchorOn(a, "創新科技");
        Anchorer.Result r = a.relocate(an);
        assertThat(r.method()).isEqualTo(Anchorer.Method.OFFSETS);
        assertThat(r.anchor()).isEqualTo(an);
    }

    @Test
    void insertedTextMovesTheAnchorWithItsWords() {
        Anchor an = anchorOn(new Anchorer(doc(V1)), "創新科技");
        String v2 = "新增的導言段落，介紹背景。\n\n" + V1;
        Anchorer b = new Anchorer(doc(v2));
        Anchorer.Result r = b.relocate(an);
        assertThat(r.method()).isEqualTo(Anchorer.Method.EXACT);
        assertThat(v2.substring(r.anchor().start(), r.anchor().end())).isEqualTo("創新科技");
        assertThat(r.anchor().block()).isEqualTo(2);
    }

    @Test
    void rewrappedTextStillMatchesByOffsetsOrQuote() {
        Anchor an = anchorOn(new Anchorer(doc(V1)), "規劃，包括地鐵");
        String v2 = V1.replace("規劃，\n包括", "規\n劃，包括");
        Anchorer.Result r = new Anchorer(doc(v2)).relocate(an);
        assertThat(r.found()).isTrue();
        assertThat(v2.substring(r.anchor().start(), r.anchor().end())).isEqualTo("規\n劃，包括地鐵");
    }

    @Test
    void repeatedQuoteIsPlacedByItsContext() {
        String text = "甲說：我們支持。\n\n乙說：我們支持。\n\n丙說：我們支持。\n";
        Anchorer a = new Anchorer(doc(text));
        int[] second = a.find("我們支持").get(1);
        Anchor an = a.anchor(second[0], second[1]);
        String v2 = "前言。\n\n" + text;
        Anchorer.Result r = new Anchorer(doc(v2)).relocate(an);
        assertThat(r.method()).isEqualTo(Anchorer.Method.EXACT);
        assertThat(v2.substring(r.anchor().start() - 3, r.anchor().start())).isEqualTo("乙說：");
    }

    @Test
    void editedQuoteIsFoundApproximately() {
        Anchor an = anchorOn(new Anchorer(doc(V1)), "政府將投入資金支持研究");
        String v2 = V1.replace("政府將投入資金支持研究", "政府將投放資金支持研究");
        Anchorer.Result r = new Anchorer(doc(v2)).relocate(an);
        assertThat(r.method()).isEqualTo(Anchorer.Method.FUZZY);
        assertThat(v2.substring(r.anchor().start(), r.anchor().end())).isEqualTo("政府將投放資金支持研究");
    }

    @Test
    void deletedTextBecomesOrphan() {
        Anchor an = anchorOn(new Anchorer(doc(V1)), "專家認為仍需時間");
        String v2 = V1.replace("專家認為仍需時間", "");
        Anchorer.Result r = new Anchorer(doc(v2)).relocate(an);
        assertThat(r.method()).isEqualTo(Anchorer.Method.ORPHAN);
        assertThat(r.found()).isFalse();
    }

    @Test
    void aQuoteAfterACaptionSetInsideAParagraphAnchorsInTheParagraph() {
        String text = String.join("\n", "城市圖書館昨日宣布延長開放時", "間，市民可於晚上十時前借閱書",
                "籍，館方表示措施將試行三個月，", "", "▲圖書館新設的自助借書機。", "", "並會按使用情況在年底前檢討安",
                "排，再決定是否恆常化。", "", "另外，館方亦會增設自助還書機，", "方便市民在閉館後還書。") + "\n";
        Document d = doc(text);
        assertThat(d.blocks().get(1).text()).startsWith("▲");
        Anchorer a = new Anchorer(d);
        Anchor inParagraph = anchorOn(a, "年底前檢討");
        assertThat(inParagraph.block()).isZero();
        assertThat(d.blocks().get(0).text().substring(inParagraph.blockOffset())).startsWith("年底前檢討");
        assertThat(anchorOn(a, "自助借書機").block()).isEqualTo(1);
        assertThat(anchorOn(a, "閉館後").block()).isEqualTo(2);
    }
}
