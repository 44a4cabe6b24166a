package org.pizhu.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * A stop-gap {@link SpeakerSource} until the speaker engine ({@code org.pizhu.speakers}) is wired in: it lists the
 * two-to-three-character names starting with a common surname that stand before a verb of saying, and the reporters
 * named after "記者".
 */
public final class InterimSpeakerSource implements SpeakerSource {
    private static final Pattern SAYS = Pattern.compile(
            "([\\p{IsHan}]{2,3}?)(?:表示|指出|認為|认为|強調|强调|透露|坦言|稱|称)[：:，,]");
    private static final Pattern TITLED = Pattern.compile(
            "(主席|總裁|总裁|總經理|总经理|局長|局长|主任|教授|院長|院长|董事長|董事长|會長|会长|部長|部长|校長|校长|總監|总监|創辦人|创办人)"
                    + "([\\p{IsHan}]{2,3})");
    private static final Pattern REPORTER = Pattern.compile("(?:記者|记者)([\\p{IsHan}]{2,3})");
    /** Common Chinese surnames (Traditional and Simplified forms): a name must start with one. */
    private static final String SURNAMES = "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林高羅罗鄭郑梁謝谢宋唐許许"
            + "韓韩馮冯鄧邓曹彭曾蕭萧田董袁潘蔡蔣蒋余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟"
            + "熊秦邱江尹薛閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤尚岑容麥麦溫温歐欧區区伍霍";

    private static final Pattern QUOTED = Pattern.compile("「[^「」]+」|“[^“”]+”");

    /** The quotation marks' spans in the given blocks. */
    private static List<QuoteSpan> quotes(Document document, List<Integer> blocks) {
        List<QuoteSpan> spans = new ArrayList<>();
        for (int b : blocks.stream().distinct().toList()) {
            Matcher q = QUOTED.matcher(document.blocks().get(b).text());
            while (q.find()) {
                spans.add(new QuoteSpan(b, q.start(), q.end()));
            }
        }
        return spans;
    }

    @Override
    public List<SpeakerSummary> speakers(Document document) {
        Map<String, List<Integer>> statements = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<Integer>> reporters = new LinkedHashMap<>();
        for (Block block : document.blocks()) {
            Matcher m = SAYS.matcher(block.text());
            while (m.find()) {
                String name = m.group(1);
                if (SURNAMES.indexOf(name.charAt(0)) >= 0) {
                    statements.computeIfAbsent(name, k -> new ArrayList<>()).add(block.index());
                }
            }
            Matcher r = REPORTER.matcher(block.text());
            while (r.find()) {
                if (SURNAMES.indexOf(r.group(1).charAt(0)) < 0) {
                    continue;
                }
                reporters.computeIfAbsent(r.group(1), k -> new ArrayList<>()).add(block.index());
            }
        }
        for (Block block : document.blocks()) {
            Matcher t = TITLED.matcher(block.text());
            while (t.find()) {
                for (String name : statements.keySet()) {
                    if (t.group(2).startsWith(name)) {
                        titles.putIfAbsent(name, t.group(1));
                    }
                }
            }
        }
        List<SpeakerSummary> result = new ArrayList<>();
        statements.forEach((name, blocks) -> result.add(new SpeakerSummary(name, false,
                titles.containsKey(name) ? List.of(titles.get(name)) : List.of(), blocks, false,
                quotes(document, blocks))));
        reporters.forEach((name, blocks) -> result.add(new SpeakerSummary(name, false, List.of(), blocks, true)));
        return result;
    }
}
