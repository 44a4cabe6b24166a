package org.pizhu.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.pizhu.corpus.Gold.GoldBlock;

/**
 * Turns a clean text (one block per line, with its gold kinds) into what print extraction gives, carrying the gold
 * blocks along. Seeded: the same text, layout and seed give the same output.
 *
 * <p>What it does, each by the layout's choice: hard wraps at a column of 8–30 cells (a cell holds one CJK character
 * or two half-width ones; Latin words and numbers are cut where the column ends); blank lines between blocks or
 * none; blank lines inside paragraphs (column and page breaks); first-line indents; ASCII punctuation; headlines
 * wrapped like the text; captions set between the lines of a paragraph, and captions ending in a photo credit
 * instead of 。; bylines and datelines in many outlets' styles, glued to the start of the first paragraph, standing
 * alone, or glued after the last sentence; editor and photo credits. Names are drawn from surname and given-name
 * pools, never from corpus texts. Gold conventions follow dev2: a dateline glued before a paragraph belongs to it;
 * a byline after the last sentence is a byline block of its own.
 */
public final class Degrader {
    private static final String SURNAMES_T = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董";
    private static final String SURNAMES_S = "陈林黄张李王吴刘蔡杨许郑谢郭洪曾邱廖赖周徐苏叶庄吕江何萧罗高潘简朱钟彭游詹胡施沈余卢梁赵颜柯翁魏孙戴范方宋邓杜傅侯曹薛丁卓马董";
    private static final String GIVEN_T = "志明家豪建華淑芬美玲俊傑雅婷宗翰怡君文彬麗珍國強嘉欣子健思穎偉倫佩瑜振宇冠廷慧敏立群凱琳詠詩承恩秀英德輝";
    private static final String GIVEN_S = "志明家豪建华淑芬美玲俊杰雅婷宗翰怡君文彬丽珍国强嘉欣子健思颖伟伦佩瑜振宇冠廷慧敏立群凯琳咏诗承恩秀英德辉";
    private static final String[] CITIES_T = {"台北", "香港", "高雄", "台中", "澳門", "北京", "上海", "東京"};
    private static final String[] CITIES_S = {"北京", "上海", "广州", "深圳", "南京", "成都", "武汉", "西安"};
    private static final String[] OUTLETS_T = {"本報", "大公報", "明報", "香港", "綜合"};
    private static final String[] CAPTION_MARKS = {"▲", "▼", "■", "●", ""};

    /**
     * How one degraded copy is laid out.
     *
     * @param cells        column width in cells (8–30)
     * @param blankBetween a blank line between blocks
     * @param indent       the indent of a paragraph's first line ({@code ""} for none)
     * @param breakEvery   a blank line inside a paragraph every so many lines (0 = never)
     * @param ascii        ，：（）；！？ replaced with their ASCII forms
     * @param furniture    bylines, datelines and credits added
     * @param captionsInside captions set between the lines of the paragraph before them
     */
    public record Layout(int cells, boolean blankBetween, String indent, int breakEvery, boolean ascii,
                         boolean furniture, boolean captionsInside) {
        /** A short name, e.g. {@code w14-blank-ind-brk6-ascii-furn-capin}. */
        public String name() {
            return "w" + cells + (blankBetween ? "-blank" : "-tight") + (indent.isEmpty() ? "" : "-ind")
                    + (breakEvery > 0 ? "-brk" + breakEvery : "") + (ascii ? "-ascii" : "") + (furniture ? "-furn" : "")
                    + (captionsInside ? "-capin" : "");
        }

        /** A layout drawn at random. */
        public static Layout random(Random r) {
            String[] indents = {"", "", "\u3000\u3000", "  ", "    "};
            boolean blank = r.nextBoolean();
            return new Layout(8 + r.nextInt(23), blank, blank ? (r.nextInt(4) == 0 ? "\u3000\u3000" : "")
                    : indents[r.nextInt(indents.length)], r.nextInt(3) == 0 ? 0 : 4 + r.nextInt(6), r.nextInt(4) == 0,
                    r.nextInt(3) > 0, r.nextInt(3) == 0);
        }
    }

    /** A degraded text and its gold blocks. */
    public record Degraded(String text, List<GoldBlock> gold) {
    }

    private Degrader() {
    }

    /** Degrades {@code clean} (gold blocks in reading order) with {@code layout}; {@code script} picks name forms. */
    public static Degraded degrade(List<GoldBlock> clean, String script, Layout layout, long seed) {
        Random r = new Random(seed);
        boolean simplified = "simplified".equals(script);
        List<GoldBlock> blocks = new ArrayList<>(clean);
        Set<GoldBlock> glued = Collections.newSetFromMap(new IdentityHashMap<>());
        if (layout.furniture()) {
            addFurniture(blocks, glued, simplified, r);
        }
        creditCaptions(blocks, simplified, r);
        if (layout.ascii()) {
            for (int i = 0; i < blocks.size(); i++) {
                GoldBlock b = blocks.get(i);
                GoldBlock a = new GoldBlock(b.kind(), ascii(b.text()), b.speaker());
                if (glued.remove(b)) {
                    glued.add(a);
                }
                blocks.set(i, a);
            }
        }
        StringBuilder out = new StringBuilder();
        int cols = layout.cells() * 2;
        GoldBlock heldCaption = null;
        for (int i = 0; i < blocks.size(); i++) {
            GoldBlock b = blocks.get(i);
            GoldBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean paragraph = "paragraph".equals(b.kind());
            String first = paragraph ? layout.indent() : "";
            String body = b.text().strip();
            if (next != null && glued.contains(next)) {
                body = body + (r.nextBoolean() ? " " : "") + next.text();
                i++;
                next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            }
            List<String> lines = wrap(first + body, cols);
            int captionAt = -1;
            if (paragraph && layout.captionsInside() && next != null && "caption".equals(next.kind())
                    && lines.size() >= 3 && r.nextInt(2) == 0) {
                captionAt = 1 + r.nextInt(lines.size() - 2);
                heldCaption = next;
                i++;
            }
            for (int j = 0; j < lines.size(); j++) {
                if (j == captionAt) {
                    out.append('\n');
                    for (String c : wrap(heldCaption.text().strip(), cols)) {
                        out.append(c).append('\n');
                    }
                    out.append('\n');
                } else if (j > 0 && layout.breakEvery() > 0 && j % layout.breakEvery() == 0) {
                    out.append(r.nextInt(4) == 0 ? "\n\n" : "\n");
                }
                out.append(lines.get(j)).append('\n');
            }
            if (layout.blankBetween()) {
                out.append('\n');
            }
        }
        return new Degraded(out.toString(), List.copyOf(blocks));
    }

    /** Cuts {@code text} into lines of at most {@code cols} display columns, anywhere (as print extraction does). */
    static List<String> wrap(String text, int cols) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int cw = width(cp);
            if (w + cw > cols && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Display width of a string: 2 per wide character, 1 per other. */
    static int width(String s) {
        return s.codePoints().map(Degrader::width).sum();
    }

    /** Columns of one character as a CJK page sets it: CJK, full-width forms, curly quotes and dashes take two. */
    static int width(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000) || cp >= 0x2010 && cp <= 0x203B || cp == 0xB7 ? 2 : 1;
    }

    static String ascii(String t) {
        return t.replace('，', ',').replace('：', ':').replace('（', '(').replace('）', ')').replace('；', ';')
                .replace('！', '!').replace('？', '?');
    }

    /** A random personal name: a surname and one or two given-name characters. */
    static String name(boolean simplified, Random r) {
        String sur = simplified ? SURNAMES_S : SURNAMES_T;
        String given = simplified ? GIVEN_S : GIVEN_T;
        StringBuilder n = new StringBuilder().append(sur.charAt(r.nextInt(sur.length())));
        int k = r.nextInt(4) == 0 ? 1 : 2;
        for (int i = 0; i < k; i++) {
            n.append(given.charAt(r.nextInt(given.length())));
        }
        return n.toString();
    }

    private static void addFurniture(List<GoldBlock> blocks, Set<GoldBlock> glued, boolean simplified, Random r) {
        int firstPara = -1;
        int lastPara = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if ("paragraph".equals(blocks.get(i).kind())) {
                lastPara = i;
                if (firstPara < 0) {
                    firstPara = i;
                }
            }
        }
        if (firstPara < 0) {
            return;
        }
        String a = name(simplified, r);
        String b = name(simplified, r);
        String city = simplified ? CITIES_S[r.nextInt(CITIES_S.length)] : CITIES_T[r.nextInt(CITIES_T.length)];
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        // at the end: a byline after the last sentence, glued or on its own line, and credits
        int end = r.nextInt(4);
        if (end == 1 || end == 2) {
            String by = simplified
                    ? (r.nextBoolean() ? "（记者 " + a + " " + b + "）" : "（本报记者" + a + "、" + b + "）")
                    : (r.nextBoolean() ? "（記者 " + a + " " + b + "）" : "（記者" + a + "／" + city + "報導）");
            GoldBlock last = blocks.get(lastPara);
            GoldBlock byline = new GoldBlock("byline", by, null);
            blocks.add(lastPara + 1, byline);
            if (end == 1 && "。」”".indexOf(last.text().charAt(last.text().length() - 1)) >= 0) {
                glued.add(byline);
            }
        }
        if (r.nextInt(3) == 0) {
            String[] credits = simplified
                    ? new String[] {"责任编辑：" + name(true, r), "编辑／" + name(true, r), "摄影／" + name(true, r)}
                    : new String[] {"編輯／" + name(false, r), "攝影／" + name(false, r), "責任編輯：" + name(false, r)};
            blocks.add(new GoldBlock("credit", credits[r.nextInt(credits.length)], null));
        }
        // at the start: a dateline glued to the first paragraph, or a byline line under the headline
        int start = r.nextInt(5);
        GoldBlock p = blocks.get(firstPara);
        String dateline = switch (start) {
            case 0 -> simplified ? "新华社" + city + month + "月" + day + "日电（记者" + a + "\u3000" + b + "）"
                    : "（中央社記者" + a + city + day + "日電）";
            case 1 -> simplified ? "本报" + city + month + "月" + day + "日电  （记者" + a + "）"
                    : "【" + OUTLETS_T[r.nextInt(OUTLETS_T.length)] + "訊】記者" + a + "報道：";
            default -> null;
        };
        if (dateline != null && !p.text().startsWith("（") && !p.text().startsWith("【")) {
            blocks.set(firstPara, new GoldBlock(p.kind(), dateline + p.text(), p.speaker()));
        } else if (start == 2 || start == 3) {
            String by = simplified
                    ? (start == 2 ? "本报记者  " + a + "  " + b : "记者 " + a + " " + b)
                    : (start == 2 ? "記者" + a + "／" + city + "報導" : "記者 " + a + " " + b);
            blocks.add(firstPara, new GoldBlock("byline", by, null));
        }
    }

    /** Some captions lose their 。 for a photo credit; some change their mark. */
    private static void creditCaptions(List<GoldBlock> blocks, boolean simplified, Random r) {
        for (int i = 0; i < blocks.size(); i++) {
            GoldBlock b = blocks.get(i);
            if (!"caption".equals(b.kind()) || r.nextInt(2) == 0) {
                continue;
            }
            String t = b.text().strip();
            char last = t.charAt(t.length() - 1);
            if (last == '攝' || last == '摄' || last == '社' || last == '）' || last == ')') {
                continue;
            }
            if (t.endsWith("。")) {
                t = t.substring(0, t.length() - 1);
            }
            String n = name(simplified, r);
            String credit = switch (r.nextInt(3)) {
                case 0 -> (simplified ? "　" : " ") + n + (simplified ? "摄" : "攝");
                case 1 -> "（" + (simplified ? "图／" : "圖／") + n + "）";
                default -> "。" + (simplified ? "记者" : "記者") + n + (simplified ? "摄" : "攝");
            };
            if (t.codePointCount(0, t.length()) > 1 && Chars.isMark(t.charAt(0))) {
                String mark = CAPTION_MARKS[r.nextInt(CAPTION_MARKS.length - 1)];
                t = mark + t.substring(1);
            }
            blocks.set(i, new GoldBlock(b.kind(), t + credit, b.speaker()));
        }
    }

    /** The caption marks the generator may swap between. */
    private static final class Chars {
        static boolean isMark(char c) {
            return "▲▼■●".indexOf(c) >= 0;
        }
    }
}
