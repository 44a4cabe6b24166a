package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each of the twelve OpenCC chains on sentences written for these tests (one-to-many characters, regional words). */
class ConversionChainsTest {
    /** Simplified sentences exercising 发/發/髮, 干/乾/幹, 后/後, 台/臺/檯/颱, 里/裡/裏, 面/麵, 系/係/繫 and regional words. */
    static final String SIMPLIFIED = String.join("\n",
            "他发现头发长了，就去理发店剪发。",
            "衣服晒干了，他们干杯庆祝，然后去干活。",
            "午后他在皇后大道东等了很久，前后三个小时。",
            "台风过后，他把台灯放在柜台上，登上舞台。",
            "这里的里程表放在箱子里面。",
            "我早上吃了一碗面，面对面地聊天。",
            "这个系统和他没有关系，请系好安全带。",
            "我的U盘坏了，内存也不够，只好用鼠标打开软件。",
            "出租车司机在网络上看视频。");

    /** The same sentences in OpenCC's standard Traditional characters with Taiwan vocabulary. */
    static final String TAIWAN_WORDS = String.join("\n",
            "他發現頭髮長了，就去理髮店剪髮。",
            "衣服曬乾了，他們乾杯慶祝，然後去幹活。",
            "午後他在皇后大道東等了很久，前後三個小時。",
            "颱風過後，他把檯燈放在櫃檯上，登上舞臺。",
            "這裏的里程錶放在箱子裏面。",
            "我早上吃了一碗麪，面對面地聊天。",
            "這個系統和他沒有關係，請繫好安全帶。",
            "我的隨身碟壞了，記憶體也不夠，只好用滑鼠開啟軟體。",
            "計程車司機在網路上看影片。");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("s2t", SIMPLIFIED, String.join("\n",
                        "他發現頭髮長了，就去理髮店剪髮。",
                        "衣服曬乾了，他們乾杯慶祝，然後去幹活。",
                        "午後他在皇后大道東等了很久，前後三個小時。",
                        "颱風過後，他把檯燈放在櫃檯上，登上舞臺。",
                        "這裏的里程錶放在箱子裏面。",
                        "我早上喫了一碗麪，面對面地聊天。",
                        "這個系統和他沒有關係，請繫好安全帶。",
                        "我的U盤壞了，內存也不夠，只好用鼠標打開軟件。",
                        "出租車司機在網絡上看視頻。")),
                Arguments.of("s2tw", "这里的里程表放在箱子里面。\n我早上吃了一碗面，面对面地聊天。\n我的U盘坏了。",
                        "這裡的里程錶放在箱子裡面。\n我早上吃了一碗麵，面對面地聊天。\n我的U盤壞了。"),
                Arguments.of("s2twp", "这里的里程表放在箱子里面。\n我的U盘坏了，内存也不够，只好用鼠标打开软件。\n"
                                + "出租车司机在网络上看视频。",
                        "這裡的里程錶放在箱子裡面。\n我的隨身碟壞了，記憶體也不夠，只好用滑鼠開啟軟體。\n"
                                + "計程車司機在網路上看影片。"),
                Arguments.of("s2hk", "台风过后，他把台灯放在柜台上，登上舞台。\n这里有一碗面。\n他发现衣服晒干了，系好鞋带。",
                        "颱風過後，他把枱燈放在櫃枱上，登上舞台。\n這裏有一碗麪。\n他發現衣服曬乾了，繫好鞋帶。"),
                Arguments.of("t2s", TAIWAN_WORDS, SIMPLIFIED
                        .replace("我的U盘坏了，内存也不够，只好用鼠标打开软件。", "我的随身碟坏了，记忆体也不够，只好用滑鼠开启软体。")
                        .replace("出租车司机在网络上看视频。", "计程车司机在网路上看影片。")),
                Arguments.of("tw2s", "這裡的里程錶放在箱子裡面。\n我吃了一碗麵。\n他們為什麼在颱風過後乾杯？",
                        "这里的里程表放在箱子里面。\n我吃了一碗面。\n他们为什么在台风过后干杯？"),
                Arguments.of("tw2sp", "我的隨身碟壞了，記憶體也不夠，只好用滑鼠開啟軟體。\n計程車司機在網路上看影片。\n頭髮乾了。",
                        "我的U盘坏了，内存也不够，只好用鼠标打开软件。\n出租车司机在网络上看视频。\n头发干了。"),
                Arguments.of("hk2s", "颱風過後，他把枱燈放在櫃枱上，登上舞台。\n這裏有一碗麪。\n請繫好安全帶，關係到性命。",
                        "台风过后，他把台灯放在柜台上，登上舞台。\n这里有一碗面。\n请系好安全带，关系到性命。"),
                Arguments.of("t2tw", "這裏的里程錶放在箱子裏面。\n我早上吃了一碗麪。\n爲什麼？",
                        "這裡的里程錶放在箱子裡面。\n我早上吃了一碗麵。\n為什麼？"),
                Arguments.of("tw2t", "這裡的里程錶放在箱子裡面。\n我早上吃了一碗麵。\n為什麼？",
                        "這裏的里程錶放在箱子裏面。\n我早上喫了一碗麪。\n爲什麼？"),
                Arguments.of("t2hk", "颱風過後，他把檯燈放在櫃檯上，登上舞臺。\n爲什麼綫路這麼多？",
                        "颱風過後，他把枱燈放在櫃枱上，登上舞台。\n為什麼綫路這麼多？"),
                Arguments.of("hk2t", "他把枱燈放在櫃枱上，登上舞台。\n為甚麼？",
                        "他把檯燈放在櫃檯上，登上舞臺。\n爲甚麼？"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsLikeOpenCC(String config, String input, String expected) {
        Conversion c = ScriptConverters.get(config).convert(input);
        assertThat(c.text()).isEqualTo(expected);
        OffsetChecks.assertSane(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsLineByLineTheSameAsWhole(String config, String input, String expected) {
        StringBuilder joined = new StringBuilder();
        for (String line : input.split("\n", -1)) {
            if (joined.length() > 0) {
                joined.append('\n');
            }
            joined.append(ScriptConverters.get(config).convertText(line));
        }
        assertThat(joined.toString()).isEqualTo(expected);
    }
}
