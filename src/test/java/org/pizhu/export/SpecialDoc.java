package org.pizhu.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.library.Speakers;

/** A library holding one document full of Markdown-special characters, annotated passage by passage. */
final class SpecialDoc {
    static final String TEXT = String.join("\n",
            "特殊字元測試說明",
            "",
            "*星號*與_底線_以及**粗體**，還有__雙底線__。",
            "",
            "# 井號開頭的段落，不是標題。",
            "",
            "> 大於號開頭，[連結](http://example.org) 與 <b>粗體</b> <script>alert(1)</script>。",
            "",
            "`反引號` | 管線 | 表格 & 實體 &amp; 1. 數字 ==標記== ~~刪除~~ $數學$ %%註解%% {大括號} ^上標 ![圖](x) 反斜線\\。",
            "",
            "1. 數字點開頭的段落說話X。",
            "",
            "- 減號開頭 + 加號 <!-- 註解 --> &#65; 結束。",
            "",
            "這一段在原文中",
            "換行了，但仍是同一段。",
            "");

    /** The quotes annotated, as they read in the reflowed text ({@code \n} where a quote crosses blocks). */
    static final List<String> QUOTES = List.of(
            "*星號*與_底線_以及**粗體**，還有__雙底線__。",
            "# 井號開頭的段落，不是標題。",
            "> 大於號開頭，[連結](http://example.org) 與 <b>粗體</b> <script>alert(1)</script>。",
            "`反引號` | 管線 | 表格 & 實體 &amp; 1. 數字 ==標記== ~~刪除~~ $數學$ %%註解%% {大括號} ^上標 ![圖](x) 反斜線\\",
            "1. 數字點開頭的段落說話X",
            "- 減號開頭 + 加號 <!-- 註解 --> &#65; 結束",
            "這一段在原文中換行了",
            "不是標題。\n> 大於號開頭");

    static final String SPEAKER = "陳大文";
    static final String SPEAKER_TITLE = "某某局主席";

    final long id;

    SpecialDoc(Library lib) {
        id = new DocumentImports(lib).importText("special.txt", TEXT).id();
        Color[] colours = Color.values();
        for (int i = 0; i < QUOTES.size(); i++) {
            String q = QUOTES.get(i);
            List<int[]> at = lib.findQuote(id, q);
            if (at.isEmpty()) {
                throw new IllegalStateException("quote not found: " + q);
            }
            List<String> tags = new ArrayList<>();
            tags.add(i % 2 == 0 ? "標記 測試" : "c++_x");
            lib.annotate(id, at.get(0)[0], at.get(0)[1], i == 3 ? AnnotationKind.UNDERLINE : AnnotationKind.HIGHLIGHT,
                    colours[i % colours.length], i == 1 ? "筆記 **重點** <i>html</i>\n\n- 一\n- 二" : "", tags);
        }
        LoadedDocument d = lib.load(id);
        int block = d.annotations().get(4).anchor().block();
        lib.storeSpeakers(id, new Speakers(List.of(SPEAKER), Map.of(block, SPEAKER)));
    }

    /** The document as an export source, with the speaker's title and a fixed import time. */
    ExportSource source(Library lib) {
        LoadedDocument d = lib.load(id);
        DocumentInfo i = d.info();
        DocumentInfo fixed = new DocumentInfo(i.id(), i.title(), i.sourceName(), i.script(),
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:05Z"), i.version(), i.length(),
                i.annotations());
        return new ExportSource(fixed, d.document(), d.annotations(), lib.speakers(id),
                Map.of(SPEAKER, List.of(SPEAKER_TITLE)));
    }

    /**
     * The quotes as the reflowed text reads them (reflow may drop spaces between CJK and other characters): each
     * line of a quote is found in a block's text with any whitespace between its characters.
     */
    static List<String> reflowed(org.pizhu.document.Document doc) {
        List<String> out = new ArrayList<>();
        for (String q : QUOTES) {
            List<String> lines = new ArrayList<>();
            for (String line : q.split("\n")) {
                StringBuilder re = new StringBuilder();
                for (char c : line.replaceAll("\\s+", "").toCharArray()) {
                    re.append(re.isEmpty() ? "" : "\\s*").append(java.util.regex.Pattern.quote(String.valueOf(c)));
                }
                java.util.regex.Pattern p = java.util.regex.Pattern.compile(re.toString());
                String found = doc.blocks().stream().map(b -> p.matcher(b.text())).filter(java.util.regex.Matcher::find)
                        .map(java.util.regex.Matcher::group).findFirst()
                        .orElseThrow(() -> new IllegalStateException("not in any block: " + line));
                lines.add(found);
            }
            out.add(String.join("\n", lines));
        }
        return out;
    }

    static Library open(Path dir) {
        return Library.open(dir.resolve("lib.db"));
    }
}
