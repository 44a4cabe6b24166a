package org.pizhu.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;
import org.pizhu.script.SearchKey;
import org.pizhu.script.ScriptConverters;

/**
 * Re-anchoring after random edits never misplaces and never loses: a seeded property test. Texts are built from a
 * small vocabulary, so short quotes recur in other sentences (the case where equal words elsewhere could be taken for
 * the annotated ones). Each trial annotates part of one sentence, applies one edit, re-anchors, and compares with
 * where the sentence really is now.
 *
 * <p>Misplaced: found somewhere that is not the true place, unless no local evidence tells them apart: the same words,
 * with at least as many sides of the stored context intact there as at the true place (a paragraph copied next to
 * itself: the copy before it keeps the old text before the quote, the original the old text after it). Lost: an
 * orphan although the annotated words are still there.
 */
class ReanchorPropertyTest {
    /** Trials per run; {@code -Dpizhu.reanchor.trials=N} for more. */
    private static final int TRIALS = Integer.getInteger("pizhu.reanchor.trials", 1500);

    private static final String[] WORDS = {"城市", "需要", "更多", "的", "綠地", "政府", "表示", "居民", "認為", "今年",
        "計劃", "會議", "記者", "問題", "發展", "交通", "學校", "醫院", "他們", "我們", "已經", "開始", "討論", "報告",
        "提出", "建議", "經濟", "社會", "文化", "歷史", "圖書館", "河畔", "開放", "市民", "未來", "工作", "東西", "時間"};

    enum Edit { INSERT, DELETE, SWAP, DUPLICATE, REWRAP, CONVERT, TYPO }

    /** A sentence; identity tells the annotated one from copies of it. */
    static final class Sentence {
        String text;

        Sentence(String text) {
            this.text = text;
        }
    }

    @Test
    void randomEditsNeverMisplaceNorLose() {
        long seed = Long.getLong("pizhu.reanchor.seed", 20261206L);
        Random rnd = new Random(seed);
        Map<Edit, int[]> tally = new EnumMap<>(Edit.class);
        List<String> misplaced = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            List<List<Sentence>> doc = text(rnd);
            int p = rnd.nextInt(doc.size());
            int s = rnd.nextInt(doc.get(p).size());
            Sentence target = doc.get(p).get(s);
            String body = target.text.substring(0, target.text.length() - 1);
            int len = 2 + rnd.nextInt(Math.min(10, body.length() - 1));
            int a = rnd.nextInt(body.length() - len + 1);
            String before = render(doc, null);
            Anchorer old = new Anchorer(reflow(before));
            int oldStart = compactOffset(doc, target) + a;
            Anchor anchor = old.anchor(old.text().sourceStart(oldStart), old.text().sourceEnd(oldStart + len));
            String quote = old.text().key().substring(oldStart, oldStart + len);

            Edit edit = Edit.values()[rnd.nextInt(Edit.values().length)];
            boolean gone = apply(edit, doc, target, a, len, rnd);
            String after = render(doc, edit == Edit.REWRAP ? rnd : null);
            Anchorer anchorer = new Anchorer(reflow(after));
            Anchorer.Result r = anchorer.relocate(anchor);
            tally.computeIfAbsent(edit, e -> new int[3])[0]++;
            String where = "trial " + trial + " (" + edit + ", seed " + seed + ") quote " + quote;
            if (gone) {
                if (r.found()) {
                    misplaced.add(where + ": found although its sentence was deleted, at " + r.anchor().start() + " ["
                            + anchor.quote().prefix() + "|" + anchor.quote().exact() + "|" + anchor.quote().suffix() + "] in "
                            + anchorer.text().key());
                }
                continue;
            }
            int trueStart = compactOffset(doc, target) + a;
            CompactText ct = anchorer.text();
            if (!r.found()) {
                lost.add(where + ": orphan, still at " + trueStart + " as " + ct.key().substring(trueStart, trueStart + len)
                        + " [" + anchor.quote().prefix() + "|" + anchor.quote().exact() + "|" + anchor.quote().suffix()
                        + "] in " + ct.key());
                continue;
            }
            tally.get(edit)[1]++;
            int foundStart = ct.toCompact(r.anchor().start());
            int foundEnd = ct.toCompact(r.anchor().end());
            if (foundStart != trueStart || foundEnd != trueStart + len) {
                String key = ct.key();
                boolean sameWords = key.substring(foundStart, foundEnd).equals(key.substring(trueStart, trueStart + len));
                if (!sameWords || sidesMatching(key, foundStart, foundEnd, anchor) < sidesMatching(key, trueStart,
                        trueStart + len, anchor)) {
                    misplaced.add(where + ": at " + foundStart + " instead of " + trueStart + " [" + anchor.quote().prefix()
                            + "|" + anchor.quote().exact() + "|" + anchor.quote().suffix() + "] in " + key);
                } else {
                    tally.get(edit)[2]++;
                }
            }
        }
        assertThat(misplaced).as("misplaced").isEmpty();
        assertThat(lost).as("lost").isEmpty();
        assertThat(tally.keySet()).containsExactlyInAnyOrder(Edit.values());
    }

    @Test
    void aDeletedSentencesShortQuoteDoesNotJumpToTheSameWordsElsewhere() {
        String filler = "這一段談的是別的事情，與前文無關，只是填充篇幅而已。".repeat(12);
        String before = "標題\n\n第一段開頭。市長昨天說城市需要更多綠地。第一段結尾。\n\n" + filler + "\n\n另一段也提到城市需要更多綠地的問題。\n";
        String after = before.replace("市長昨天說城市需要更多綠地。", "");
        int start = before.indexOf("城市需要");
        Anchor anchor = new Anchorer(reflow(before)).anchor(start, start + 4);
        Anchorer.Result r = new Anchorer(reflow(after)).relocate(anchor);
        assertThat(r.found()).as("found at %s", r.anchor()).isFalse();
    }

    @Test
    void aMoveToAnotherParagraphIsReportedAsFar() {
        String before = "標題\n\n甲段落的開頭部分。重要的句子在這裏清楚地出現。甲段落的結尾。\n\n乙段落完全不同的內容寫在這裏，很長很長的一段文字，不斷延續下去。\n";
        String after = "標題\n\n甲段落的開頭部分。甲段落的結尾。\n\n乙段落完全不同的內容寫在這裏，很長很長的一段文字，不斷延續下去。重要的句子在這裏清楚地出現。甲段落的結尾。\n";
        int start = before.indexOf("重要的句子在這裏清楚地出現");
        Anchor anchor = new Anchorer(reflow(before)).anchor(start, start + 13);
        Anchorer.Result r = new Anchorer(reflow(after)).relocate(anchor);
        assertThat(r.found()).isTrue();
        assertThat(r.farMove()).isTrue();
        Anchorer.Result same = new Anchorer(reflow("前言一段。\n\n" + before.substring(4))).relocate(anchor);
        assertThat(same.found()).isTrue();
        assertThat(same.farMove()).isFalse();
    }

    /** How many sides (0 to 2) of compact range {@code [cs, ce)} hold exactly the anchor's stored context. */
    private static int sidesMatching(String key, int cs, int ce, Anchor anchor) {
        String prefix = SearchKey.of(anchor.quote().prefix());
        String suffix = SearchKey.of(anchor.quote().suffix());
        boolean before = key.substring(Math.max(0, cs - prefix.length()), cs).equals(prefix);
        boolean after = key.substring(ce, Math.min(key.length(), ce + suffix.length())).equals(suffix);
        return (before ? 1 : 0) + (after ? 1 : 0);
    }

    private static Document reflow(String text) {
        return new Reflower().reflow("t.txt", text);
    }

    private static List<List<Sentence>> text(Random rnd) {
        List<List<Sentence>> doc = new ArrayList<>();
        int paragraphs = 3 + rnd.nextInt(6);
        for (int i = 0; i < paragraphs; i++) {
            doc.add(paragraph(rnd));
        }
        return doc;
    }

    private static List<Sentence> paragraph(Random rnd) {
        List<Sentence> para = new ArrayList<>();
        int n = 2 + rnd.nextInt(4);
        for (int j = 0; j < n; j++) {
            para.add(new Sentence(sentence(rnd)));
        }
        return para;
    }

    private static String sentence(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int words = 4 + rnd.nextInt(8);
        for (int k = 0; k < words; k++) {
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
            if (k == words / 2 && rnd.nextBoolean()) {
                sb.append('，');
            }
        }
        return sb.append('。').toString();
    }

    /** Applies {@code edit}; true when it deleted the annotated words. */
    private static boolean apply(Edit edit, List<List<Sentence>> doc, Sentence target, int a, int len, Random rnd) {
        switch (edit) {
            case INSERT -> doc.add(rnd.nextInt(doc.size() + 1), paragraph(rnd));
            case DELETE -> {
                List<Sentence> para = doc.get(rnd.nextInt(doc.size()));
                Sentence gone = para.remove(rnd.nextInt(para.size()));
                if (para.isEmpty()) {
                    doc.remove(para);
                }
                return gone == target;
            }
            case SWAP -> {
                if (doc.size() > 1) {
                    int i = rnd.nextInt(doc.size());
                    int j = (i + 1 + rnd.nextInt(doc.size() - 1)) % doc.size();
                    List<Sentence> t = doc.get(i);
                    doc.set(i, doc.get(j));
                    doc.set(j, t);
                }
            }
            case DUPLICATE -> {
                List<Sentence> para = doc.get(rnd.nextInt(doc.size()));
                List<Sentence> copy = new ArrayList<>();
                para.forEach(x -> copy.add(new Sentence(x.text)));
                doc.add(rnd.nextInt(doc.size() + 1), copy);
            }
            case REWRAP -> {
                // Done when rendering: lines broken at random widths.
            }
            case CONVERT -> {
                for (List<Sentence> para : doc) {
                    for (Sentence x : para) {
                        String simplified = ScriptConverters.get("t2s").convertText(x.text);
                        if (simplified.length() == x.text.length()) {
                            x.text = simplified;
                        }
                    }
                }
            }
            case TYPO -> {
                List<Sentence> para = doc.get(rnd.nextInt(doc.size()));
                Sentence x = para.get(rnd.nextInt(para.size()));
                int at = rnd.nextInt(x.text.length() - 1);
                if (x != target || at < a - TextQuoteSelector.CONTEXT || at >= a + len) {
                    x.text = x.text.substring(0, at) + "錯" + x.text.substring(at + 1);
                }
            }
            default -> throw new IllegalStateException();
        }
        return false;
    }

    /** Paragraphs separated by blank lines; with {@code wrap}, lines are broken every few characters. */
    private static String render(List<List<Sentence>> doc, Random wrap) {
        StringBuilder sb = new StringBuilder("標題在此\n\n");
        int width = wrap == null ? Integer.MAX_VALUE : 7 + wrap.nextInt(30);
        for (List<Sentence> para : doc) {
            int col = 0;
            for (Sentence x : para) {
                for (int i = 0; i < x.text.length(); i++) {
                    if (col == width) {
                        sb.append('\n');
                        col = 0;
                    }
                    sb.append(x.text.charAt(i));
                    col++;
                }
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** The compact (whitespace-free) offset of {@code target}'s first character, from the document's structure. */
    private static int compactOffset(List<List<Sentence>> doc, Sentence target) {
        int pos = "標題在此".length();
        for (List<Sentence> para : doc) {
            for (Sentence x : para) {
                if (x == target) {
                    return pos;
                }
                pos += x.text.length();
            }
        }
        throw new IllegalStateException("sentence not in the document");
    }
}
