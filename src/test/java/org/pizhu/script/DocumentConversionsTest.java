package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;
import org.junit.jupiter.api.Test;

/** Per-block conversions of a document, chosen from its detected script and cached. */
class DocumentConversionsTest {
    @Test
    void traditionalDocumentInEachTarget() {
        Document doc = new Reflower().reflow("t.txt", "這裏的隨身碟和記憶體都壞了，頭髮也乾了。");
        DocumentConversions dc = new DocumentConversions(doc);
        assertThat(dc.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(dc.chain(ScriptTarget.ORIGINAL)).isNull();
        assertThat(dc.chain(ScriptTarget.TRADITIONAL)).isNull();
        assertThat(dc.chain(ScriptTarget.SIMPLIFIED)).isEqualTo("t2s");
        assertThat(dc.chain(ScriptTarget.HONG_KONG)).isEqualTo("t2hk");
        assertThat(dc.chain(ScriptTarget.TAIWAN)).isEqualTo("t2tw");
        String original = doc.blocks().get(0).text();
        assertThat(dc.block(0, ScriptTarget.ORIGINAL).text()).isEqualTo(original);
        assertThat(dc.block(0, ScriptTarget.SIMPLIFIED).text()).isEqualTo(original.replace("這裏的隨身碟和記憶體都壞了，頭髮也乾了", "这里的随身碟和记忆体都坏了，头发也干了"));
        assertThat(dc.block(0, ScriptTarget.TAIWAN).text()).contains("這裡");
        assertThat(dc.block(0, ScriptTarget.SIMPLIFIED)).isSameAs(dc.block(0, ScriptTarget.SIMPLIFIED));
        assertThat(dc.cachedCount()).isEqualTo(3);
    }

    @Test
    void simplifiedDocumentToTaiwanUsesTaiwanVocabulary() {
        Document doc = new Reflower().reflow("s.txt", "我的U盘坏了，内存也不够。");
        DocumentConversions dc = new DocumentConversions(doc);
        assertThat(dc.script()).isEqualTo(Script.SIMPLIFIED);
        Conversion tw = dc.block(0, ScriptTarget.TAIWAN);
        assertThat(tw.text()).contains("我的隨身碟壞了，記憶體也不夠。");
        assertThat(dc.block(0, ScriptTarget.SIMPLIFIED).isUnchanged()).isTrue();
        assertThat(dc.block(0, ScriptTarget.TRADITIONAL).text()).contains("我的U盤壞了，內存也不夠。");
        assertThat(dc.block(0, ScriptTarget.HONG_KONG).text()).contains("我的U盤壞了");
    }

    @Test
    void textWithoutChineseIsNeverConverted() {
        DocumentConversions dc = new DocumentConversions(new Reflower().reflow("e.txt", "Plain English text."));
        assertThat(dc.script()).isEqualTo(Script.NONE);
        for (ScriptTarget t : ScriptTarget.values()) {
            assertThat(dc.block(0, t).isUnchanged()).isTrue();
        }
    }
}
