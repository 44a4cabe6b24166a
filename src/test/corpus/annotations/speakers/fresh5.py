# Kinds and speaker gold of fresh set 5 (annotated 2026-12-07 by a helper of session 20, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh5.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh5-2026-12-07"; the
# same rules as sets 2-4, annotations/speakers/fresh2.py, fresh3.py and fresh4.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-4 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-4.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-4 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-j01..j05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-4 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-45588, -24153, -17870, -39451, -45976, -18833 taken; skipped before them: 眾說/眾觀 columns
#   (hkcn-11910, -10531, -15997, -44838, -32356), one file without a category (hkcn-11861) and news outside the
#   length/cue bounds (hkcn-27883: 1111 characters, 8 cues; -49096: 875, 4; -1219: 332, 10; -25761: 759, 15).
#   /tmp/wide/ held 400 files.
#   蘋果日報: adtw-A3858, -A3879, -A3097, -A3354, -A3299 taken (the first five in shuffled order), none skipped.
#   人民日报: the first unused dates in shuffled order were 2025-05-13, 2025-06-08, 2025-05-14 (then 07-10, 01-11, ...).
#   2025-05-13: 中共中央国务院印发《生态环境保护督察工作条例》 skipped unread by its title (a document's release);
#   在推进高质量发展中展现新作为（锲而不舍落实中央八项规定精神） read and skipped (units' measures, nobody named quoted);
#   j01 taken (梵净山下抹茶香, 1483 characters); j02 taken (把乡村全面振兴的美好蓝图变为现实（高质量发展调研行）, 3184).
#   2025-06-08: j03 taken (做出好产品 夯实确定性, 2737; listed under 01-要闻, again under 02-要闻); j04 taken (守护长江安澜
#   助力美丽中国建设, 3872). 2025-05-14: 大力纠治违规吃喝顽瘴痼疾 read and skipped (a 仲音 commentary); j05 taken
#   (走专精特新之路 做大做强先进制造业（权威发布）, 1609). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, lengths 1483, 3184, 2737, 3872, 1609 = total_chars.
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 38 blocks. Confirmed: quoted names, terms
# and slogans in the 人民日报 reports (26 blocks: “三大差距”, “东莞造”, “人工智能+”, “超级电梯”, “小巨人”, …), the
# paper's own questions (hkcn-39451 block 2, rmrb-j03 block 5; also 16 and 26, without a cue), '要求' as a noun
# or a client's demand (rmrb-j02 block 27, rmrb-j03 block 20), plans and documents that '提出' (rmrb-j03 blocks 13, 29), rmrb-j01 block 21
# (a street name), rmrb-j05 block 3 (the meeting announced), hkcn-39451 caption 4 (a screenshot credit),
# hkcn-45976 block 3 (she shows photographs; '國台辦也未說明' reports no words), caption 5 and block 6 (the customs'
# published notice is a document; '眾新聞查詢' there looks up that notice, it asks no one: hard call). Changed:
# hkcn-18833 block 12, 羅思偉's words quoted through a press report ('據報道'): speaker 羅思偉, scored (pass 1: '?'),
# as hkcn-30904 block 8, where 《大公報》 quotes 何啟明 and the block is his. Calls re-read and kept: hkcn-45588 block 1
# and caption 2 (the union announcing its dissolution speaks, as hkcn-44266's 教協), hkcn-45588 block 8 (his bold
# words after '他希望…', scored), hkcn-17870 block 1 (a poll release is data) and block 2 (鄭若驊's words in a list of
# events), hkcn-24153 block 6 ('?' for the crowd's shared cheer), hkcn-18833 block 14 ('入境處提醒' as the department
# speaking), '接受眾新聞查詢/訪問時指出/表示' left to the speaker (as hkcn-31610's '警方回覆查詢時'), adtw-A3097 block 9.
#
# Consistency pass of 2026-12-07 (corpus README calls 11-15, decided once for the whole corpus): changed hkcn-45976
#   caption 5 and block 6 (the customs' published notice: the body speaking, call 13); see consistency-2026-12-07.md.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-j01")
A("rmrb-j01", [("杨茂华", "p", ["种茶大户"], [], [5, 7]), ("习近平", "p", ["总书记"], [], [8]),
               ("蒙祖德", "p", ["贵茶集团董事长"], [], [12]), ("陈敏", "p", ["江口县农业农村局局长"], [], [14]),
               ("阙从汗", "p", ["骆象村党支部书记"], [], [17]), ("邓应红", "p", [], [], [22]),
               ("曹勇", "p", ["铜仁市人大常委会副主任、江口县委书记"], [], [23])],
  q=[4], unnamed=[(4, "“过了季才开采，不怕卖不出去吗？” (a question in quote marks, nobody named: the reporter's or a bystander's)")],
  rep=["马跃峰", "程焕"],
  ns=["贵茶集团 / 江口县 / 骆象村 (acts)", "茶农们 (no words)"],
  note="Block 4: a quoted question without a speaker (unnamed, '?', as rmrb-h01's '开船了！'); block 5 answers it "
       "(杨茂华, '淡定自若：“…”'). Block 7: '杨茂华最看重的是，“…”' is his. Block 22: the quote before '邓应红期待满满' "
       "is hers (the paragraph's only person; '开抹茶馆的' in block 21 is a description, not a title). The one-line "
       "section leads (10, 13, 16, 19) stay paragraphs, the paper's voice (null).")
K("rmrb-j02", b35="byline")
A("rmrb-j02", [("习近平", "p", ["总书记"], [], [6]),
               ("李立会", "p", ["中国农业科学院作物科学研究所研究员"], [], [11]),
               ("曾岳华", "p", ["合作社负责人"], [], [14]),
               ("胡丰林", "p", ["河南临颍县胡桥村村民"], [], [20]),
               ("周炜", "p", ["新农人"], [], [23]),
               ("吉平衡", "p", ["湖南浏阳市坪上村村民"], [], [29]),
               ("李双松", "p", ["洛阳市川宇农业开发有限公司董事长"], [], [32])],
  q=[16, 25, 34],
  unnamed=[(16, "湖南省委相关负责同志 (表示)"), (25, "河南省委相关负责同志 (表示)"), (34, "浙江省委相关负责同志 (表示)")],
  rep=["余建斌", "李凯", "叶晓楠", "邓剑洋", "方敏", "刘军国", "孙超", "申智林", "张文豪", "毕京津", "叶子", "杨阳"],
  ns=["陈阳阳 / 高贵 (acts, no words)", "各地区各部门 / 河南 / 湖南 / 浙江 (acts)", "本报记者 (采访调研: an act)"],
  note="Byline '本报记者' names nobody; the closing '（本报记者余建斌、…、杨阳）' names the contributing reporters "
       "(byline, call 8, as rmrb-h03). Blocks 20, 23, 29: a quote followed by a named person's gesture, without a "
       "verb of speech ('…胡丰林迎着暖阳散步', '…周炜捧着…嫩芽细细查看', '…吉平衡打开水龙头'), is that person's (the "
       "paragraph's only person). '“新农人”周炜': the label written before the name is taken as his title, without "
       "its quote marks (hard call). The provincial officials without names are roles (unnamed, '?', as rmrb-g02).")
K("rmrb-j03")
A("rmrb-j03", [("胡柏山", "p", ["vivo执行副总裁、首席运营官"], [], [11]), ("罗斌", "p", ["东莞滨海湾新区党工委书记"], [], [14]),
               ("姜向前", "p", ["拓斯达副总裁"], [], [18, 21]),
               ("王振", "p", ["东莞市玩乐童话婴儿用品有限公司董事长"], [], [25, 27, 30])],
  q=[23, 35],
  unnamed=[(23, "东莞市工业和信息化局相关负责人 (表示)"), (35, "茶山镇相关负责人 (表示)")],
  rep=["胡健", "贺林平"],
  ns=["vivo / 拓斯达 / 玩乐童话公司 (acts)", "东莞市 (提出开展“人工智能+”行动: a plan, an act)",
      "《东莞市加快潮玩产业发展若干措施（试行）》 (a document)", "黄埔海关 / 京东 (acts)", "记者 (走进: an act)"],
  note="Blocks 16 and 26 ('生产一只奶茶杯，需要多少道工序？', '怎么办？') are the paper's own questions without quote "
       "marks (null); block 5 announces the reporters' visit (no words, null). Block 27: the quote before "
       "'王振拿出一个萌萌的公仔' and the one after it are his. Unnamed '相关负责人' are roles ('?').")
K("rmrb-j04")
A("rmrb-j04", [("习近平", "p", ["总书记"], [], [4]), ("李鹏", "p", ["三峡集团长江电力梯级调度中心副总工程师"], [], [11]),
               ("李富民", "p", ["三峡集团党组副书记、总经理"], [], [19]),
               ("刘龙志", "p", ["长江生态环保集团有限公司总工程师"], [], [24]),
               ("颜莹莹", "p", ["六安市三峡智慧水管家有限责任公司总工程师"], [], [26]),
               ("刘伟平", "p", ["三峡集团党组书记、董事长"], [], [28, 37]),
               ("陈立", "p", ["三峡集团上海院新能源土建施工设计院工程师"], [], [32]),
               ("刘运志", "p", ["三峡集团福建分公司党委书记、总经理"], [], [33])],
  rep=["王浩"],
  ns=["党的二十届三中全会《决定》 (提出: a document)", "三峡集团 / 长江生态环保集团 / 六安市 (acts)"],
  note="Block 28: the 《决定》 is a document; the second quote is 刘伟平's (表示). Rhetorical questions of the paper "
       "(10, 13, 22) and the one-line section leads are the paper's voice (null).")
K("rmrb-j05")
A("rmrb-j05", [("陈亮", "p", ["江苏冈田智能（江苏）股份有限公司总经理"], [], [6]),
               ("葛群", "p", ["上海纬景储能科技有限公司联合创始人、董事长"], [], [7]),
               ("夏梦莹", "p", ["广东中山康方生物医药有限公司临床运营资深总监"], [], [9]),
               ("杨兴德", "p", ["北京微纳星空科技股份有限公司机热工程部卫星总装工艺工程师"], [], [12])],
  q=[15], unnamed=[(15, "代表们 (提到了“创新”: the five representatives together)")],
  rep=["王云杉"],
  ns=["国务院新闻办 (举行见面会: an act)", "童建喜 (no words: his work is described)"],
  note="A press meeting of five representatives; four are quoted, 童建喜 only described (block 10, null). Block 15: "
       "the representatives together mentioned 'innovation' (several speakers, '?'). The '记者手记' (13-18) is the "
       "reporter's own comment: the paper's voice (null).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-45588", [("職工盟", "o", [], [], [1, 2, 16]),
                 ("黃迺元", "p", ["主席", "職工盟主席"], ["黃"], [1, 3, 5, 6, 7, 8, 11, 12]),
                 ("鄧建華", "p", ["副主席"], [], [4]),
                 ("鄧燕梨", "p", ["培訓中心負責人", "培訓中心總監"], [], [14, 15])],
  q=[1, 3], unnamed=[(3, "記者 (多次追問: the reporter's own enquiry, call 10)")],
  rep=["郭日朗"],
  ns=["李卓人 / 吳敏兒 (thanked: no words)", "鍾松輝 (no words)", "親建制媒體 / 《文匯報》 (their claims are quoted "
      "inside 黃迺元's words)", "ITUC / 中華全國總工會 / 香港政府 (inside his words)", "教協 / 支聯會 / 石牆花 (disbanded: acts)"],
  note="Block 1 and caption 2: '職工盟…宣布啟動解散程序' is the union speaking (as hkcn-44266's 教協, a hard call); "
       "with 黃迺元 in block 1: '?'. Block 3: the reporter's repeated questions (記者多次追問, call 10): '?'. Block 8 "
       "(a bold quoted paragraph after '他希望…') is his own words, not a repetition (scored, his); caption 16 gives "
       "the same words to the union ('職工盟：「…」'). Block 11: the claims of 《文匯報》 and the pro-government "
       "media are reported inside his rebuttal (his only); block 12 follows '他直斥：' (his). 郭日朗 signs the "
       "photographs and the byline ('實習記者郭日朗'): reporter (call 8). Caption 10 reports no words.")
A("hkcn-24153", [("銀髮族", "o", [], [], [1, 2]), ("阮民安", "p", ["藝人"], ["Tommy"], [6]),
                 ("方伯伯", "p", [], [], [7, 9, 10]), ("麥伯伯", "p", [], [], [12, 13, 14, 15]),
                 ("麥麗貞", "p", [], [], [17, 18, 19, 20])],
  q=[4, 5, 6, 22, 23],
  unnamed=[(4, "參加的長者 (表示, 高呼)"), (5, "他們 (the sitters, 高呼); 有長者 (喊)"), (6, "有人 (與他合照，同叫「加油」)"),
           (22, "一位16歲前線青年 (說)"), (23, "the same young protester (坦言)")],
  ns=["陳彥霖 (named in the chant)", "Sonia (her account is told inside 麥麗貞's words)", "港府 / 警察 (no words)",
      "黃思銘 / EYEPRESS (photographs)"],
  note="銀髮族 is a seniors' group: block 1 ('他們一度…高呼', 他們 = the group of the opening sentence) and block 2 "
       "(its Facebook statement, 要求, 呼籲) are its words. Blocks 4-5 say '參加的長者' / '有長者' (unnamed, '?'). "
       "Block 6: 阮民安 (Tommy, an alias) speaks ('他指'), but the crowd's shared cheer '加油' adds unnamed speakers "
       "('?', hard call). '方伯伯', '麥伯伯' (surname + kin form) are named (call 6); their unattributed quote "
       "paragraphs (9, 13, 15) continue them. Block 7: '問他為何出來' without an asker is a passive question (call 3). "
       "麥麗貞's former post ('曾任港台製作人員工會主席') is not written next to her name: no title. Captions report "
       "no words. No reporter (眾新聞記者).")
A("hkcn-17870", [("鄭若驊", "p", ["律政司司長"], [], [2]),
                 ("林鄭月娥", "p", ["行政長官"], ["林鄭"], [5, 6, 8, 9, 10]),
                 ("羅致光", "p", ["勞工及福利局局長"], [], [8])],
  q=[8],
  ns=["港大民意研究計劃 / 港大民研 (公布 poll figures: data)", "張建宗 / 陳茂波 (ratings, no words)",
      "土地供應專責小組 (報告: a document)", "政府 (公布 a policy change: a decision)", "李希 (a meeting, no words)",
      "建制派 / 有議員 (acts)", "勞福局 (聆聽: an act)", "何君健 / 政府新聞處 (photographs)"],
  note="Block 1: the poll institute's release of figures is data (not a speaker). Block 2: among the events listed, "
       "'律政司司長鄭若驊指無需…' reports her words (hers; a hard call: a background clause). Block 8: the question "
       "cites 羅致光's remark ('提到'), 林鄭 answers: '?'. Blocks 5, 9, 10: '被問到' (call 3) leave the block to her. "
       "Caption 7 (a meeting to discuss) reports no words. No reporter (眾新聞記者).")
A("hkcn-39451", [("大公報", "o", [], ["《大公報》"], [5, 6]), ("藝發局", "o", [], ["局方"], [12, 13, 14])],
  q=[1, 9, 10],
  unnamed=[(1, "建制報章 (公開, 質疑: the papers not named)"), (9, "建制派 (指控, 《大公報》引述, call 2)"),
           (10, "a related-article link kept as a paragraph (call 9)")],
  rep=["張凱傑"],
  ns=["眾新聞 (翻查: its own research of the records)", "光影作坊 / 天邊外劇場 / 影意志 / 糊塗戲班 / 同流 / 香港文學館 "
      "(named by the paper, no words)", "三聯書店 / 匯智出版 (funded: no words)"],
  note="Blocks 5-6: 《大公報》's front-page report (批評, 點名, its claim 「（藝發局）撥款近1500萬元資助」) is the "
       "outlet's own words (as hkcn-44266's papers). Block 1 says only '建制報章' (unnamed, '?'). Block 9: "
       "《大公報》 quotes the pro-establishment camp (call 2: '?'). Blocks 2, 7, 8: the paper's own check of the "
       "funding records (眾新聞翻查) reports data, not an enquiry of a person (null). Block 10 '相關報道：…' is a link "
       "(call 9, '?'). Blocks 12-14: the council's reply ('回應指', '局方表示/指/強調').")
A("hkcn-45976", [("陳吉仲", "p", ["台灣農委會主委"], [], [1, 14, 15, 16, 17, 18]), ("國台辦", "o", [], [], [2]),
                 ("朱鳳蓮", "p", ["國務院台灣事務辦公室發言人", "發言人"], ["朱"], [4, 7, 8, 12, 13]),
                 ("農委會", "o", [], ["台灣農委會"], [8]), ("陸雲", "p", ["台灣大學農經系退休教授"], [], [19]),
                 ("中國海關總署", "o", [], ["海關總署"], [5, 6])],
  q=[8], rep=["鄭智仁"],
  ns=["中國海關總署 (block 1: 暫停, a decision; block 4: its statement quoted inside 朱鳳蓮's words)",
      "台灣農委會統計 / 台東縣政府統計 (data)", "李俊儀 (no words)", "饒慶鈴 (photograph source)",
      "民進黨政府 (inside 朱鳳蓮's words)", "海基會 / 海協會 (inside 陸雲's words)", "媒體 (關注: no words)"],
  note="Block 1: showing photographs ('公開6張檢疫照片') is an act; only 陳吉仲's rebuttal is speech "
       "(his). Caption 2: '國台辦今公布6張照片稱' (the office speaking). Block 3: she shows photographs "
       "(null). Block 4: she quotes the customs ('引述海關方面說法稱', hers). Caption 5 and block "
       "6: the customs' published notice, its content and reasons reported ('內容稱「…」', '只提到'), "
       "is the body speaking (README call 13; '眾新聞查詢' looks the notice up, no person asked; passes "
       "1 and 2 had read the notice as a document, null: changed in the consistency pass of 2026-12-07, "
       "speakers/consistency-2026-12-07.md). Block 8: the council's claim (農委會稱) and her answer: "
       "'?'. Block 12: '被問到' (call 3). Block 19: '接受眾新聞訪問時表示' is the professor's (the "
       "interview is the source, not a remark of the reporter). The closing byline '台灣特派員鄭智仁' "
       "credits the paper's Taiwan correspondent: reporter (missed in both passes, added when the "
       "set was read in session 21).")
A("hkcn-18833", [("林鄭月娥", "p", ["行政長官"], [], [1, 2]), ("消防處", "o", [], [], [5]), ("鍾展鴻", "p", ["醫生"], [], [9, 11]),
                 ("政府", "o", [], [], [10]), ("羅思偉", "p", ["新界東醫院聯網總監"], [], [12]), ("入境處", "o", [], [], [14])],
  q=[4, 7, 8, 10, 11],
  unnamed=[(4, "有任職北區醫院急症室的醫護人員 (表示)"), (7, "一名…北區醫院急症室的醫護人員 (透露)"),
           (8, "該名北區醫院醫護人員 (指)"), (10, "坊間 (憂慮)"), (11, "不願具名的北區醫院醫護人員 (解釋, 補充指)")],
  rep=["吳婉英"],
  ns=["《粵港澳大灣區發展規劃綱要》 / 中央 (提出: a document)", "消防處 figures (data)", "醫管局 (計劃擴建: an act; "
      "收費資料: data)", "特區政府駐粵經濟貿易辦事處 / 駐武漢經濟貿易辦事處 (網頁資料: documents)", "何君健 (photographer)",
      "報道 (據報道: the medium that quotes 羅思偉, call 2)"],
  note="Block 2: 林鄭月娥's explanation in the legislature (解畫, 指, her quoted words). Block 5: the fire services' "
       "statement ('消防處表示') is theirs; the figures are data. Blocks 4, 7, 8: an anonymous medical worker "
       "(unnamed, '?'); block 11: 鍾展鴻 and the same worker ('?'). Block 9: '鍾展鴻醫生' (title 醫生 written "
       "after the name). Block 10: '政府指' (the government speaks) and '坊間憂慮' (unnamed): '?'. Block 12 (pass 2; pass 1 had '?'): "
       "羅思偉's words come through a press report ('據報道'): the medium is no speaker, the named person is "
       "(call 2, as hkcn-30904 block 8; hkcn-1394 was '?' for a second remark in its block). Block 14: the web pages "
       "are documents, '入境處提醒' is taken as the department speaking (hard call).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3858", [("潘雪蘭", "p", [], ["阿蘭婆"], [3, 6]), ("潘彥融", "p", [], ["阿融"], [8]), ("小元", "p", [], [], [8]),
                 ("賴正義", "p", [], ["阿義伯"], [9]), ("阿秀", "p", [], [], [11])],
  q=[8, 11, 12],
  unnamed=[(11, "小元學校導師 (說: a role)"), (12, "當地公所急難救助承辦 (說)")],
  rep=["韓旭爾"],
  ns=["醫生 (inside 阿融's words)", "蘋果基金會 (訪視, 撥款: acts)"],
  note="'阿蘭婆（潘雪蘭）', '阿義伯（賴正義）', '阿融（潘彥融）': full name = name, nickname = alias (call 6). Block 6: "
       "the closing first-person quote is hers (the paragraph's speaker). Block 8: 阿融 and his son 小元 ('安慰爸爸說'): "
       "'?'. Block 11: '外甥女阿秀' (a relation is no title) and the school's teacher (a role): '?'. The byline "
       "'報導．攝影╱韓旭爾' stands on its own line. Captions report no words.")
A("adtw-A3879", [("黃薺禛", "p", [], ["阿禛"], [3, 6]), ("鄭佳駿", "p", [], ["阿駿"], [8, 13]), ("小芸", "p", [], [], [10]),
                 ("小婷", "p", [], [], [12])],
  q=[9, 13],
  unnamed=[(9, "阿駿…73歲媽媽 (說: a relation, no name)"), (13, "當地里長 (表示)")],
  rep=["韓旭爾"],
  ns=["醫生 (asked inside 小芸's quotation)", "蘋果基金會 / 地方慈善會 (acts)"],
  note="'阿禛（黃薺禛）', '阿駿（鄭佳駿）': name = full name, alias = nickname (call 6). Block 10: the mother's "
       "question to the doctor is told inside 小芸's quotation (hers). Block 13: 阿駿 and the village chief: '?'. "
       "Captions report no words.")
A("adtw-A3097", [("阿琳", "p", [], [], [3, 6, 8]), ("小儀", "p", [], [], [9, 10])],
  q=[12, 13],
  unnamed=[(12, "小儀的李姓班導師 (surname + job, call 6); 社工 (表示)"), (13, "社工 (說)")],
  rep=["張嘉恬"],
  ns=["醫生 (評估 inside 阿琳's words)", "男同學 / 老師 (inside 小儀's words)", "陽光基金會 / 蘋果基金會 (acts)"],
  note="Block 3: '單親媽阿琳…邊說' (單親媽 describes her family, not a title). Block 9: 小儀 speaks ('「…」13歲的小儀說') "
       "and relays her mother's encouragement ('但媽媽常鼓勵她：「…」', whose quotation runs on in 小儀's own words): "
       "taken as hers (hard call; the alternative is '?'). Block 10: the classmates' taunts and the mother's saying "
       "are told inside her account (hers). Block 12: '李姓班導師' (a surname alone + job is unnamed, as adtw-A3283's "
       "黃老師) and the social worker: '?'. Captions report no words.")
A("adtw-A3354", [("小悅", "p", [], [], [4]), ("楊晶妹", "p", [], [], [5, 6, 8, 9]), ("小苹", "p", [], [], [9])],
  q=[8, 9, 10, 12],
  unnamed=[(8, "教會傳道 (說: a role)"), (10, "當地原住民家婦中心社工 (說)"), (12, "楊晶妹的妹妹 (說: a relation)")],
  rep=["仲芝蓉"],
  ns=["許賜安 (in a coma: no words)", "醫院社工 / 公所 / 教會 (acts, inside the social worker's words)",
      "蘋果慈善基金會 (acts)"],
  note="Block 4: the four-year-old 小悅 asks her mother ('問媽媽：「…」', hers); the byline '報導•攝影╱仲芝蓉' is glued "
       "to the block. Block 8: 楊晶妹 and the church preacher (a role): '?'. Block 9: 小苹 and her mother: '?'. "
       "Block 1 is a second headline with a quoted phrase (heading). Captions report no words.")
A("adtw-A3299", [("柯金銀", "p", [], ["金銀婆"], [4, 6, 8]), ("尹自強", "p", [], ["阿強"], [6]), ("小昕", "p", [], [], [9, 11]),
                 ("阿峰", "p", [], [], [13])],
  q=[6, 8, 12, 13],
  unnamed=[(8, "村幹事 (也說)"), (12, "小昕學校導師 (說)"), (13, "當地村幹事 (說)")],
  rep=["韓旭爾"],
  ns=["記者 (來到: a visit, no enquiry reported)", "小佑 (no words)", "蘋果基金會 (acts)"],
  note="'金銀婆（柯金銀）', '阿強（尹自強）': name = full name, alias = nickname (call 6). Block 4: the opening quote "
       "and '…說' are hers; the byline '報導•攝影╱韓旭爾' is glued. Block 6: she and her son: '?'. Block 9: the "
       "reporter's visit reports no words; the quote is 小昕's (the paragraph's only person who speaks). Block 13: "
       "the village officer (a role) and '另1子阿峰' (a nickname the paper uses: named): '?'. Captions report no "
       "words.")
