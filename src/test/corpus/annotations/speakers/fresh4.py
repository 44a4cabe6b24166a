# Kinds and speaker gold of fresh set 4 (annotated 2026-12-07 by a helper of session 20, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh4.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh4-2026-12-07"; the
# same rules as sets 2 and 3, annotations/speakers/fresh2.py and fresh3.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-3 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-3.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2 and 3 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-i01..i05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-3 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-44266, -43421, -14299, -1394, -22709, -23663 taken; skipped before them: 眾說/眾觀 columns
#   (hkcn-13475, -7335, -806, -654, -38182, -37206, -11790, -22194, -40293, -29413, -6076, -42623, -1490, -12724) and
#   news outside the length/cue bounds (hkcn-41544: 599 characters, 0 cues; -48293: 913, 7; -46544: 134, 0; -5398:
#   3288, 41; -2200: 222, 1; -44786: 3957, 53; -20220: 3276, 58; -44084: 526, 3; -12172: 502, 9; -7904: 567, 17;
#   -15165: 781, 38; -4629: 591, 4; -10751: 471, 15). /tmp/wide/ held 400 files.
#   蘋果日報: adtw-A3200, -A3561, -A3036, -A3045, -A3283 taken (the first five in shuffled order), none skipped.
#   人民日报: the first unused dates in shuffled order were 2025-01-27, 2025-04-13, 2025-05-24 (then 01-07, 07-30, ...).
#   2025-01-27: “黄土生金”说信心（今日谈） (a column) skipped unread by its title; i01 taken (守卫万里河山 守望万家灯火, a
#   新华社 wire, 1621 characters, 徐成城 quoted; kept as set 2 kept g05); i02 taken (重大工程一线 实干喜迎新春, 3016
#   characters) after skipping unread by their titles 年味的变与不变（人民论坛） and the five 05-评论 pieces (金台随笔,
#   纵横, 中国道路中国梦·与时代一起奔跑, 人民时评, 评论员观察). 2025-04-13: i03 taken (广东加快培育壮大现代海洋产业);
#   AI时代，该怎样看待学习？ read and skipped (a 青年观 commentary, nobody named quoted); 以工匠精神练“绝活”（在基层） read
#   and skipped (a first-person account written up by a reporter, nobody quoted); i04 taken (寓教于乐，“动手”又“动脑”).
#   2025-05-24: i05 taken (推动精神文明建设高质量发展…, the report of 习近平's instruction and 蔡奇's speech; kept as a
#   leader's report, as g05). Raw files saved under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, lengths 1621,
#   3016, 1434, 1258, 1930 = total_chars.
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認)
# or a quote mark: 18 blocks. Confirmed: quoted names and terms (“格盛1号”, “研学旅游指导师”, 「黃金交叉點」, the press
# conference's title in hkcn-23663 caption 3), data paragraphs of hkcn-1394, the method examples of hkcn-1394 blocks
# 17-18 ('例如「…」' illustrates the classifier, reports no one's words), the paper's analysis with quoted phrases
# (hkcn-44266 block 9), the impersonal '被認為' of hkcn-14299 block 2, the greetings of rmrb-i01 block 4, a caption
# naming the dissolution as a time (hkcn-44266 caption 4). Changed: hkcn-43421 block 6, the Macau election committee's
# label 「港獨」 is what it wrote (call 1, as hkcn-39051's magistrate): speaker 選管會 (pass 1: null). Calls re-read and
# kept: hkcn-44266 block 1 ('教協…宣布啟動解散程序' as the union speaking), hkcn-14299 blocks 4-5 (中央社 as a medium,
# call 2), hkcn-23663 (bare '發言人' after the named 齊自保 stays unnamed), hkcn-22709 block 6 (郭榮鏗 leading the chant).
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-i01", b14="byline")
A("rmrb-i01", [("习近平", "p", ["中共中央总书记、国家主席、中央军委主席", "主席"], ["习主席"], [9]),
               ("徐成城", "p", ["北部战区联合参谋部"], [], [6])],
  q=[5, 7, 8, 10, 11],
  unnamed=[(5, "全军官兵 (表示)"), (7, "南部战区陆军某旅任务分队官兵 (表示)"), (8, "中部战区空军地空导弹某营官兵 (表示)"),
           (10, "官兵们 (霍尔果斯边防连, 说)"), (11, "益阳舰舰长 (a role without a name, 表示)")],
  rep=["梅常伟", "李扬扬", "郭中正"],
  ns=["党中央 / 中央军委 (习近平 speaks on their behalf: 代表)", "新疆军区某合成团 / 山东舰 / 武警上海总队某中队 … (acts)",
      "新华社 (the wire)"],
  note="A 新华社 wire printed by 人民日报. Block 4: the visit and the greetings (致以诚挚问候和新春祝福) report no words "
       "(null, as rmrb-g05's 问好). Block 9: '习主席在视察慰问时强调' is 习近平's (alias '习主席'; titles as written in "
       "block 4 and the sub-title '习近平主席'). Units of soldiers and a ship's captain without a name speak unnamed ('?'). "
       "'北部战区联合参谋部徐成城': the affiliation written before the name is his title (call 7). Blocks 12-13 report acts. "
       "The closing '（新华社北京1月26日电）' is the wire dateline (byline, call 9).")
K("rmrb-i02", captions=[2, 4, 6, 8, 10, 12, 14, 16], b3="credit", b5="credit", b7="credit", b9="credit", b11="credit",
  b13="credit", b15="credit", b17="credit", b20="byline", b21="heading", b22="heading", b23="byline", b29="heading",
  b30="heading", b31="byline", b37="heading", b38="heading", b39="byline", b46="heading", b47="heading", b48="byline")
A("rmrb-i02", [("周朋", "p", ["杭州湾跨海铁路大桥建设者"], [], [25, 26, 27, 28]),
               ("徐昊", "p", ["新疆送变电有限公司调试员", "“疆电入渝”特高压工程巴里坤±800千伏换流站建设者"], [], [33, 34]),
               ("熊坤", "p", ["换流站电气A包项目副经理"], [], [36]),
               ("郝海潮", "p", ["平陆运河马道枢纽搅拌站站长", "平陆运河马道枢纽建设者"], ["老郝"], [40, 42, 43, 44, 45]),
               ("张珺楠", "p", ["中铁十一局现场技术负责人", "西十高铁天竺山一号隧道建设者"], [], [50, 52, 53, 54, 55])],
  rep=["窦皓", "李亚楠", "张云河", "高炳"],
  ns=["章勇涛 / 吴世平 / 马元 / 古建敖 / 周家山 (photographers)", "平陆运河集团 (提供 photos)",
      "中铁大桥局 / 中铁十一局 (employers)", "周朋's wife and daughter (no words)"],
  note="Four reports under one headline, as rmrb-f05: eight photo captions (▲) with their credits ('图为…摄', "
       "'…摄（影像中国）', '图为平陆运河集团提供'), the editor's note signed '——编  者' (byline), and for each report a "
       "kicker ('…建设者周朋——') and a quoted title (headings) and its own '本报记者' line (byline). The kicker's "
       "'…建设者' written next to the name is a title. Unattributed quotes in a paragraph whose only person speaks "
       "elsewhere are that person's: block 28 (周朋 about his wife), 33 (徐昊 after his test), 40 and 42 (郝海潮's "
       "'均匀，适温，抓紧上工！', '天公作美！'), 44 (his habit '不到现场看看，我不放心。'), 45 (his phone call to his family), "
       "53 (张珺楠 after knocking the anchor). '老郝' is how the paper calls 郝海潮 (alias). Block 36: the opening quote "
       "'说心里话，大家都想回家…' is 熊坤's (介绍, no other person quoted). The editor's note (18-19) is the paper's voice.")
K("rmrb-i03", b8="heading", b12="heading")
A("rmrb-i03", [("杜兵", "p", ["珠海格盛科技有限公司副总经理"], [], [3]), ("习近平", "p", ["总书记"], [], [6]),
               ("张志军", "p", ["广东广利船舶工程有限公司总经理"], [], [10]),
               ("陈有孝", "p", ["中集海洋工程有限公司助理总裁"], [], [14])],
  q=[2], unnamed=[(2, "一声“起网” (a shout on the platform, nobody named)")],
  rep=["胡健", "程远州"],
  ns=["广东 / 广东省 (acts)", "“格盛1号” / “明阳天成号” (platforms)", "中船黄埔文冲船厂 (acts)"],
  note="Block 2: the shout '起网' (nobody named) is an unnamed speaker ('?', as rmrb-h01's '开船了！'). The section "
       "labels ending in '——' (8, 12) are headings (as rmrb-g02). Block 6: 习近平's quoted words (强调). The other "
       "paragraphs report data and acts (null).")
K("rmrb-i04", b2="heading")
A("rmrb-i04", [("邓欣怡", "p", ["研学旅游指导师"], [], [5, 8, 9, 10, 12, 17]),
               ("蒋旭", "p", ["英雄湾乡村振兴研学基地负责人"], [], [14, 15])],
  rep=["王欣悦"],
  ns=["人力资源社会保障部 (更名: an act)", "英雄湾乡村振兴研学基地 (上岗标准: a rule)", "学生们 (no words)"],
  note="The series label '系列：追梦人·你好，新职业' (a '>' line the extractor took for a byline) is a kicker (heading, "
       "as rmrb-f08); the kicker '研学旅游指导师邓欣怡——' is a heading. Block 9: '在邓欣怡看来' reports her view (hers). "
       "Block 15: '蒋旭发现…，“这说明…”' quotes him (his). Blocks 7, 11, 13 are the paper's voice.")
K("rmrb-i05")
A("rmrb-i05", [("习近平", "p", ["中共中央总书记、国家主席、中央军委主席", "总书记"], [], [3, 4, 5, 6]),
               ("蔡奇", "p", ["中共中央政治局常委、中央书记处书记"], [], [8, 9, 10])],
  q=[3, 4], rep=["李昌禹"],
  ns=["李书磊 (主持: no words)", "谌贻琴 (宣读表彰决定: a decision read out, a document)", "党中央 (acts)",
      "受表彰代表 (发言: no words reported)", "全国精神文明建设表彰大会"],
  note="The two '■' summary lines repeat 习近平's instruction without a cue: pull quotes (call 5), his statements "
       "but not scored ('?'), as rmrb-g05. The dateline '本报北京5月23日电  （记者李昌禹）' stays glued to block 5 "
       "(reporter 李昌禹). Block 7 announces that the instruction was conveyed and that 蔡奇 spoke (no content: null). "
       "Block 12: the representatives' speeches are announced without their words (null).")

# ---------------------------------------------------------------- 眾新聞
K("hkcn-44266", b3="?")
A("hkcn-44266", [("教協", "o", [], [], [1]), ("張文光", "p", ["教育界前議員及資深監事"], ["張"], [2]),
                 ("人民日報", "o", [], [], [6]), ("盧文端", "p", ["民建聯監事"], [], [7]),
                 ("田飛龍", "p", ["新貴建制評論員"], [], [7]), ("大公報", "o", [], [], [10]), ("文匯報", "o", [], [], [10])],
  q=[2, 5, 7, 8, 10],
  unnamed=[(2, "記者 (曾接觸: the reporter's own enquiry, call 10)"), (5, "據了解; 教協中人 (否認)"),
           (10, "親建制法律界人士 (《文匯報》引述, call 2)")],
  rep=["林勵"],
  ns=["馮偉華 (教協會長: '沒有透露' reports no words)", "北京 (釋出政治訊號 through articles: not words of its own)",
      "張樂樂 (photographer)", "教育局 (DQ: an act)", "國安處 / 執法部門 (acts)", "司徒華"],
  note="An analysis (拆局) filed as 眾聞 news. Block 1: '教協周二宣布啟動解散程序' is taken as the union speaking (an "
       "announcement; fresh3 took '美國宣布暫時豁免' as a decision: a hard call); the rest of the block is the paper's "
       "analysis. Block 2: 馮偉華 said nothing on the point ('沒有透露': no words), the reporter's contact is the paper's "
       "own enquiry (call 10) and 張文光 replies ('他只回覆「…」'): '?'. Block 3 '更多【教協解散】文章結集' is a "
       "related-article link (kind '?', call 9); block 8 ('相關文章：') is a link kept as a paragraph (speaker '?'). "
       "Blocks 6, 7, 10: papers' own commentaries and articles ('評論文章…說', '數列', '質疑') are the outlets speaking "
       "(as hkcn-30904 and hkcn-4927); '《文匯報》則引述親建制法律界人士指出' is a medium quoting others (call 2, unnamed). "
       "Block 7: 盧文端 (解讀 in 《明報》, his quoted words) and 田飛龍 (his quoted phrase): '?'; '《文匯報》繼續追擊' reports "
       "its coverage (an act). Blocks 9 and the end of 5 are the paper's own analysis.")
A("hkcn-43421", [("夏寶龍", "p", ["港澳辦主任"], [], [1, 2, 3, 5, 7, 8, 9, 10, 11, 12, 13]), ("選管會", "o", [], [], [6])],
  rep=["林勵"],
  ns=["習近平 (his words are quoted inside 夏寶龍's speech)", "美國 / 歐洲議會 (制裁: acts)",
      "全國港澳研究會"],
  note="The five numbered demands (8-12) continue his speech ('提出五點愛國者的要求，包括：'): his. Block 13: he quotes "
       "習近平's warning ('引述…言論') and warns the US (his). Block 6 (pass 2; pass 1 had null): the Macau election "
       "committee's disqualification is told with the label it wrote ('標籤香港民主黨為「港獨」'): what it wrote (call 1: "
       "speaker, as hkcn-39051's magistrate). Caption 4 names him only (null).")
A("hkcn-14299", [("環球時報", "o", [], [], [3, 6, 7, 8]), ("中國外交部", "o", [], [], [3]),
                 ("蔡英文", "p", ["台灣總統"], [], [5])],
  q=[3, 4, 5],
  unnamed=[(4, "台灣中央社 (報道, call 2)"), (5, "中央社 (報道, 指「話中引人省思」: a medium, call 2)")],
  ns=["中央社 (a medium that reports, call 2)", "列根 (quoted inside 蔡英文's words)", "馬英九 (no words)",
      "陳水扁 (no words)", "美國 (通過《台灣旅行法》: an act)"],
  note="The editorials (社評) of 《環球時報》 are the outlet's own words (an organisation that speaks, as hkcn-4927): "
       "blocks 7-8 ('社評說/續稱/接着說') and caption 6 (its quoted words). Block 3: 中國外交部 (表明反對, 重申) and the "
       "editorial: '?'. Blocks 4-5: 中央社 reports (call 2: not a speaker, unnamed), block 5 also 蔡英文's speech ('引述"
       "列根談話時說', '她指'): '?'. Block 2: '被認為是這次過境的突破' (an impersonal passive) is the paper's voice (null). "
       "Caption 1 reports no words. No reporter (眾新聞記者).")
K("hkcn-1394", b16="heading")
A("hkcn-1394", [("林鄭月娥", "p", [], ["林鄭"], [6])],
  q=[3, 4, 6, 11], unnamed=[(6, "有傳媒 (報道, call 2)"), (11, "網民 (comments quoted)")],
  rep=["翁維愷"],
  ns=["TAF DATA (data and method)", "《眾新聞》 (委託: an act)", "曾俊華 / 葉劉淑儀 / 胡國興 (their ratings, no words)",
      "行乞婦 (no words)"],
  note="A social-media data report. Block 6: her remarks ('發表「中央不任命」論', '「買不到廁紙」言論') are reported "
       "(her statement) together with the medium that reported the first one (call 2): '?'. Blocks 3-4 (links to the "
       "data page and articles) are related-article links kept as paragraphs (speaker '?', call 9). Block 11: quoted "
       "comments of unnamed netizens ('?'). '--調查方法註釋--' is a sub-heading; the quoted comments in blocks 17-18 are "
       "examples illustrating the method ('例如'), not reported words (null). Captions report no words.")
A("hkcn-22709", [("郭榮鏗", "p", ["立法會議員", "公民黨立法會議員"], [], [2, 6]), ("潘淑瑛", "p", ["大律師"], [], [3]),
                 ("張健利", "p", ["資深大律師"], [], [7, 8]), ("陳景生", "p", ["資深大律師、大律師公會前主席"], [], [9, 10, 11, 12]),
                 ("查錫我", "p", ["廉署前總調查主任、大律師"], [], [13, 14]), ("陳先生", "p", ["律師"], [], [16]),
                 ("李安然", "p", ["法政匯思"], [], [18, 19, 20])],
  q=[1, 16],
  unnamed=[(1, "大會 (宣佈); 參加者 (高呼)"), (16, "另一位不願透露姓名的律師 (認為)")],
  ns=["鄭若驊 (no words: 未有現身)", "鄭靖而 (photographer)", "警方 (acts)", "余若薇 / 梁家傑 / 吳靄儀 / 何俊仁 / 李柱銘 / 張達明 "
      "(lead the march: no words)", "李志喜 / 何沛謙 / 駱應淦 / 黃福鑫 (attend or not)"],
  note="Block 2: the lawyers' reports ('有律師反映') are relayed inside 郭榮鏗's words (his). Block 6: '郭榮鏗帶領在場人士高呼"
       "「鄭若驊對話」，要求…' is his (he leads the chant and makes the demand). Block 8: '被傳媒追訪時' is a passive "
       "question (call 3). Block 11: '被問到' (call 3). '律師陳先生' (surname + courtesy form, call 6) is named, title as "
       "written in caption 15; block 16 adds an anonymous lawyer: '?'. The heading '如若不幸被捕，法政匯思李安然有以下"
       "提醒：' introduces 李安然's three numbered reminders (18-20, hers; '法政匯思' written before the name is the "
       "affiliation, call 7). Captions 7, 9, 13 report words (張健利, 陳景生, 查錫我); 4 and 15 do not. No reporter "
       "(眾新聞記者).")
A("hkcn-23663", [("齊自保", "p", ["民間記者會發言人"], [], [4])],
  q=[1, 2, 5, 6, 7, 8, 9, 10],
  unnamed=[(1, "發言人 (表示); 警方被質疑 (by nobody named)"), (2, "民間記者會發言人 (被問到, 回應)"), (5, "發言人 (表示)"),
           (6, "一名自稱北角街坊 (說)"), (7, "一名…中學生 (表示)"), (8, "另一名915北角事件的目擊者 (分享指)"),
           (9, "發言人 (回應)"), (10, "發言人 (強調, 重申)")],
  ns=["何君堯 (發起「香港清潔日」: an act)", "網民 (召開記者會: an act)", "兩校關注組 (組織行動: acts)",
      "聖士提反女子中學 / 有小學 / 有幼稚園 (取消: acts)", "港台 (screenshot credit)"],
  note="'齊自保（化名）' is a full pseudonymous name (named, call 6, name without （化名）). The other blocks say only "
       "'發言人' (a role without a name, call 6): the citizens' press conference had spokespeople in turn, and a bare "
       "role stays unnamed even after a named one in an earlier paragraph (as call 11's 辯方): '?'. Pronoun follow-ups "
       "inside a '發言人' paragraph stay with it. No reporter (眾新聞記者).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3200", [("廖瑛涵", "p", [], [], [4, 6, 8]), ("阿葉嬤", "p", [], [], [8]), ("小欣", "p", [], [], [9]),
                 ("鄧秀麗", "p", [], ["秀麗"], [11, 12]), ("阿月", "p", [], [], [12])],
  q=[8, 12], unnamed=[(8, "當地村長 (說)")], rep=["江品璁"],
  ns=["阿偉 (no words)", "記者 (訪視: visits, no enquiry reported)"],
  note="Block 4: '他說' after the reporter's visit is 廖瑛涵's; the byline '報導•攝影╱江品璁' is glued to the block. "
       "Block 8: '79歲的老母阿葉嬤' (a nickname the paper uses: named, call 6), 廖瑛涵 and the unnamed village chief: "
       "'?'. Block 12: '鄧秀麗的同事阿月' (同事 is a relation, not a title) and 鄧秀麗: '?' ('秀麗' is how 阿月 calls "
       "her: alias). '廖瑛涵47歲妻子' is a relation. Captions report no words.")
A("adtw-A3561", [("卓泫汝", "p", [], ["阿汝"], [4, 6, 11]), ("卓英詩", "p", [], [], [8, 10])],
  q=[12], unnamed=[(12, "當地公所低收承辦員 (指出)")], rep=["孫敏聿"],
  ns=["醫生 (inside 阿汝's quotation)", "慈善會 / 基金會 (捐款, 撥款: acts)", "小女兒 / 長女 (no words)"],
  note="'阿汝（卓泫汝）': the full name is the name, the nickname an alias (call 6). Block 4: the opening first-person "
       "quote is hers (the paragraph's only person); the byline is glued. '單親媽媽' and '父親' describe the family, "
       "not titles. Captions report no words.")
A("adtw-A3036", [("小湘", "p", [], [], [3, 4, 5]), ("陳水珠", "p", [], [], [5]), ("胡光榮", "p", [], [], [6, 9]),
                 ("小正", "p", [], [], [9])],
  q=[5, 9, 10, 12],
  unnamed=[(10, "當地公所急難救助承辦員 (說)"), (12, "胡光榮的大姊 (說: a relation, no name)")],
  rep=["仲芝蓉"], ns=["蘋果基金會 / 蘋果慈善基金會 (求助 to it, 撥款)", "小心 (no words)", "老闆 (inside the sister's words)"],
  note="Caption 3 reports 小湘's words (hers). Block 4: 陳水珠 is described, 小湘 speaks ('安慰媽媽說'); the glued "
       "'報導?攝影╱仲芝蓉' is the byline. Block 5: 小湘 and her mother: '?'. Block 9: 胡光榮 and his son 小正: '?'. "
       "Block 12: the eldest sister is named only by relation (unnamed, '?').")
K("adtw-A3045", b5="byline")
A("adtw-A3045", [("阿姵", "p", [], [], [4, 10, 11]), ("小豪", "p", [], [], [9, 10]), ("曾小姐", "p", ["公所社會課"], [], [11]),
                 ("冉正清", "p", [], [], [14])],
  q=[10, 11, 13], unnamed=[(13, "社工 (表示)")], rep=["張嘉恬"],
  ns=["國一班導師 (正協助申請: an act)", "前妻 / 媽 (no words)", "蘋果基金會"],
  note="Block 4: 小豪's saying '只能面對' is told inside his aunt's quotation (hers); '姑姑阿姵' (姑姑 is a relation, "
       "not a title). Block 5 '報導．攝影／張嘉恬' is the byline on its own line (as adtw-A3710). Block 10: 阿姵 and "
       "小豪: '?'. Block 11: 阿姵 and '公所社會課曾小姐' (surname + courtesy form = named, call 6; the affiliation before "
       "the name is her title, call 7): '?'. Block 7 reports acts (null). Captions report no words.")
A("adtw-A3283", [("李仲景", "p", [], [], [4, 12]), ("阿珠嬤", "p", [], [], [5, 7]), ("小豪", "p", [], [], [8]),
                 ("邵清琴", "p", ["當地派出所巡佐"], [], [10])],
  q=[8, 9], unnamed=[(8, "2個姊姊 (也說)"), (9, "小豪的班導師黃老師 (surname + job, call 6)")],
  rep=["張嘉恬"], ns=["弟弟 (長年在中國工作: no words)", "蘋果基金會", "有人跳樓 (inside 李仲景's words)"],
  note="Block 4: the glued '報導．攝影／張嘉恬' is the byline. '69歲老母阿珠嬤' is a nickname the paper uses (named, "
       "call 6). Block 8: the opening '爸，今天血壓有點高喔' is 小豪's (he measures his father's blood pressure), then "
       "his sisters speak together (unnamed): '?'. Block 9: '黃老師' (surname + job) is unnamed, as adtw-A3677's 杜老師. "
       "'單親爸' describes his family, not a title. Captions report no words.")
