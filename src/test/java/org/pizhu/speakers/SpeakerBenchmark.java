package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/**
 * Speaker attribution on generated news documents of 1,000,000 and 10,000,000 characters (reflowed blocks of all
 * kinds, both scripts; each story names its own people, as in an archive): 10 M must take under one second and the
 * time must grow linearly (issue #15). The warm-up is long enough for the JIT to finish with a 10 M document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SpeakerBenchmark {
    private static final String[][] STORY = {
        {"heading", "鄭永康：經濟穩步復甦 業界信心回升"},
        {"heading", "某某商會主席"},
        {"paragraph", "鄭永康對本報記者表示，今年首季本地生產總值按年增長，業界信心逐步回升，「我們看到訂單增加，"
            + "不少會員都準備擴充人手。」他認為，政府應加快審批，協助中小企開拓新市場。"},
        {"paragraph", "被問及利率走勢時，鄭永康坦言，息口仍有變數，企業要做好風險管理。"},
        {"paragraph", "市場人士指出，零售及旅遊業仍未完全恢復，部分行業的經營環境依然困難。"},
        {"caption", "▲鄭永康表示，業界信心回升。"},
        {"paragraph", "香港某某管理局表示，銀行體系穩健，資金充裕。該局又指，會密切監察市場。"},
        {"byline", "本報記者 蘇曉明"},
        {"heading", "专家：内需恢复仍需政策支持"},
        {"paragraph", "某某大学经济学院教授刘元春指出，内需恢复仍需政策支持，“下半年物价将保持温和上涨，"
            + "消费者信心正在改善。”他还称，要进一步扩大有效投资。"},
        {"paragraph", "国家统计局数据显示，5月份居民消费价格同比上涨，其中服务价格涨幅较大。"},
        {"paragraph", "（记者王晓东、刘思远）外交部发言人毛宁12日在例行记者会上表示，中方坚决反对干涉。(編輯:陳小文)"},
    };

    /** The people of {@link #STORY}; each story gets others with the same surnames. */
    private static final String[] PEOPLE = {"鄭永康", "蘇曉明", "刘元春", "王晓东", "刘思远", "毛宁", "陳小文"};
    /** Characters of the invented given names. */
    private static final String GIVEN = "永康曉明元春東思遠寧小文家志偉建國華美玲麗芳強軍平安德成明輝秀英俊傑嘉豪宇";

    @Param({"1000000", "10000000"})
    public int size;

    private Document document;
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();

    @Setup
    public void setUp() {
        document = generate(size);
    }

    /**
     * A document of about {@code chars} characters made of short stories, each a copy of {@link #STORY} whose people
     * have other given names (some thousands of speakers and reporters in a long document).
     */
    static Document generate(int chars) {
        List<BlockKind> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int n = 0;
        for (int story = 0; n < chars; story++) {
            for (String[] b : STORY) {
                String t = b[1];
                for (int p = 0; p < PEOPLE.length; p++) {
                    int x = story * PEOPLE.length + p;
                    int g = GIVEN.length();
                    t = t.replace(PEOPLE[p], "" + PEOPLE[p].charAt(0) + GIVEN.charAt(x % g) + GIVEN.charAt(x / g % g));
                }
                kinds.add(BlockKind.valueOf(b[0].toUpperCase()));
                texts.add(t);
                n += t.length();
            }
        }
        return GoldDocuments.of(kinds, texts);
    }

    @Benchmark
    public SpeakerAnalysis analyze() {
        return analyzer.analyze(document);
    }
}
