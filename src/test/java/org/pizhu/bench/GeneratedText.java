package org.pizhu.bench;

import java.util.Random;

/** Deterministic synthetic Chinese print text, hard-wrapped like a newspaper column, for benchmarks. */
public final class GeneratedText {
    private static final String WORDS = "政府 市民 發展 經濟 科技 創新 城市 社區 教育 文化 交通 醫療 環境 產業 投資 研究 大學 企業 "
            + "計劃 措施 服務 設施 人才 合作 市場 資源 規劃 建設 政策 支持 推動 提升 加強 改善 需要 認為 表示 指出 "
            + "香港 國家 地區 未來 今年 昨日 明年 方面 問題 工作 情況 影響 機會 挑戰 目標 方向 質量 效率 數字";

    private GeneratedText() {
    }

    /** About {@code chars} characters of paragraphs wrapped at 16 characters, blank lines between paragraphs. */
    public static String hardWrapped(int chars, long seed) {
        String[] words = WORDS.split(" ");
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder(chars + chars / 8);
        StringBuilder para = new StringBuilder();
        while (out.length() < chars) {
            para.setLength(0);
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int clauses = 1 + r.nextInt(3);
                for (int c = 0; c < clauses; c++) {
                    int n = 3 + r.nextInt(5);
                    for (int w = 0; w < n; w++) {
                        para.append(words[r.nextInt(words.length)]);
                    }
                    para.append(c + 1 < clauses ? '，' : '。');
                }
            }
            for (int i = 0; i < para.length(); i += 16) {
                out.append(para, i, Math.min(para.length(), i + 16)).append('\n');
            }
            out.append('\n');
            if (r.nextInt(6) == 0) {
                out.append(words[r.nextInt(words.length)]).append(words[r.nextInt(words.length)]).append("\n\n");
            }
        }
        return out.toString();
    }
}
