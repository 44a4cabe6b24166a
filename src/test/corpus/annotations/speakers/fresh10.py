# Kinds and speaker gold of fresh set 10 (annotated 2026-12-07 by a helper of session 22, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh10.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh10-2026-12-07"; the
# same rules as sets 2-9, annotations/speakers/fresh2.py … fresh9.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-9 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-9.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-9 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-o01..o05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-9 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-42390, -46877, -38070, -6253, -47219, -38867 taken (the 1st, 3rd, 5th, 6th, 7th and 8th files in
#   shuffled order; extracted characters / cues 2199/25, 1395/37, 1493/17, 1630/25, 2279/36, 1430/16); skipped among
#   them: one 眾說 column (hkcn-16049) and one 眾觀 piece (hkcn-16094); none of the first 8 was in split.tsv or in
#   /tmp/wide/ (400 files). The procedure (set 4's selection script with the seed and files as arguments) reproduces
#   set 9's six 眾新聞 and five 蘋果日報 ids and its first dates (02-20, 04-23, 03-31) with set 9's seed and set 8's
#   split.tsv and cache-manifest.tsv.
#   蘋果日報: adtw-A3013, -A3276, -A3905, -A3373, -A3120 taken (the first five in shuffled order; 994/7, 831/7, 874/8,
#   820/10, 880/11), none skipped.
#   人民日报: the first unused dates in shuffled order were 2025-05-23, 2025-01-30, 2025-05-18 (then 03-30, 05-10, 03-18,
#   02-01, 02-16). 2025-05-23: o01 taken (新疆加快建设对外开放大通道（奋勇争先，决战决胜“十四五”）, 1889: 习近平's words
#   and three named people quoted); o02 taken (“质量好、市场大，就不愁卖”（经济新方位·外贸一线见闻）, 1461: four named
#   traders quoted, closed by an 【编辑点评】). 2025-01-30: o03 taken (小番茄蕴藏大智慧（新春走基层·探访新质生产力）,
#   1338); o04 taken (数智化干出精细活（新春走基层·探访新质生产力）, 1359). 2025-05-18: o05 taken (the first file,
#   坚持问题导向和严的标准 分类指导推动学习教育走深走实, 1297: a 新华社 wire on 蔡奇's inspection, his words reported; kept
#   as set 8 kept m05). Raw files saved under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits 65acd7d7…
#   for 05-23 and 05-18, 4ab7bc67… for 01-30, as find_files and read_file gave them), lengths 1889, 1461, 1338, 1359,
#   1297 = total_chars (no invisible characters: each pasted copy had exactly total_chars characters).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 28 blocks. Confirmed: the
# regulations of hkcn-38070 (2, 4, 5, 10, 11, 12, 13, 16, 17, 18, 19: '條例指/提出/強調/要求/提到', '新疆指', '只稱':
# documents), its quoted policy name and '指定' (6, caption 7), its passive reports (5 '被曝光', '傳出'; caption 8 '被指';
# 17 '傳出', and the protest '反對…教材', an act), hkcn-42390 5 ('指示': a decision), hkcn-38867 5 (a ruling and an
# application, '提出覆核申請': acts), hkcn-47219 8 ('節目訪問' as a means, no words), 11 ('鼓動成立中學「本土關注組」': a
# campaign named among his activities with a group's name, unlike block 16's quoted call '呼籲「6.12中學生罷課」'), 41
# (slogans on seized T-shirts and flags: objects) and 43 (PayPal links; the prosecution '羅列' its exhibits: acts),
# quoted names, terms and slogans in the 人民日报 reports (rmrb-o01 5, 8, 12, 13, 19; rmrb-o02 3), rmrb-o01 2 (live-
# stream hosts '介绍' goods: selling, no words reported) and rmrb-o03 11 (the market system's '提醒': a notice). Changed:
# none. Calls re-read and kept: hkcn-42390 block 3 ('庭上透露', '據悉': an agentless disclosure read as an unnamed speaker,
# '?', as hkcn-30904's '據了解'; hkcn-2052 block 4 let '據悉' pass and sets 8-9 read the passive '被指' as null: a
# tension left to the lead); hkcn-6253 block 4 ('上訴庭認為': the court's written reasons, a speaker) against caption 5
# ('上訴庭判定': the ruling, null); hkcn-47219 (bare '控方' after the named prosecutor as a role, call 11; the
# defendant's posts and declarations inside the statement of facts as his words, as hkcn-43933's officers inside the
# facts; the unquoted post titles 20-25 as his, the alternative null) and its kinds 27 and 29 (sub-headings);
# hkcn-38867 block 12 (messages passed on by the defendants' social-media editors as the defendants' words); rmrb-o02
# block 10 ('一直在考虑转型…' after his quotes: 邵敬峰's); adtw-A3013 caption 3 ('叮嚀媽媽吃藥') and block 7 ('交代…
# 收拾飯桌', with 阿秋's account: '?'), both read as indirect speech (the alternative: caring acts, null, and block 7 to
# 阿秋); adtw-A3276 block 10 ('西瓜園陳老闆': surname + occupational title, unnamed as 曲局长); adtw-A3120 block 14 (the
# fan-page line as a promotional link, '?', call 9).
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-o01")
A("rmrb-o01", [("习近平", "p", ["总书记"], [], [4]),
               ("张平平", "p", ["阿拉山口吉顺通国际货运代理有限公司业务员"], [], [7]),
               ("杨新玲", "p", ["新疆医科大学党委常委、副校长"], [], [17]),
               ("马兴瑞", "p", ["新疆维吾尔自治区党委书记"], [], [20])],
  q=[11, 16],
  unnamed=[(11, "一名哈萨克斯坦车主 (a quote after his mention: no name)"),
           (16, "一名哈萨克斯坦患者 (a quote after the mention: no name)")],
  rep=["杨明方", "李亚楠"],
  ns=["新疆维吾尔自治区 / 新疆 (贯彻, 发挥, 开通: acts)", "乌鲁木齐海关 (据…统计: data)",
      "中达世佳 / 阿拉山口综合保税区 / 合作中心 / 乌兹别克斯坦国家创伤矫形与骨科医学科学中心 (acts)"],
  note="Block 4: 习近平's words on his inspection (强调). The three one-line section labels (6, 10, 15: '加强基础设施"
       "建设，夯实合作通道。') have no '——' and are kept as paragraphs (null), as rmrb-h01's and rmrb-j01's labels. "
       "Blocks 11 and 16: quotes after an unnamed car owner and an unnamed patient ('?'). Blocks 12, 13: quoted "
       "model names (null). Block 14: customs statistics (data).")
K("rmrb-o02")
A("rmrb-o02", [("汪楠", "p", ["柯南五金工具商行总经理"], [], [4]),
               ("刘健豪", "p", ["浙江丽芙秀化妆品有限公司销售负责人"], [], [6, 7, 8]),
               ("邵敬峰", "p", ["总经理"], [], [9, 10]),
               ("程泓瑞", "p", ["公司营销端负责人"], [], [11, 12])],
  rep=["欧阳洁", "柯仲甲", "刘军国"],
  ns=["美国客户 / 客户 (说: inside 汪楠's and the traders' words)", "丽芙秀 / 浙江盈和国际物流有限公司 / 公司 (acts)",
      "【编辑点评】 (blocks 13-15: the paper's comment, no speaker)"],
  note="Block 4: the American client's words ('客户说，…') are told inside 汪楠's (his). Block 6: a quote opening the "
       "paragraph, then '…销售负责人刘健豪带着团队…' (a quote before the paragraph's only person: his, as rmrb-m04 "
       "block 4). Block 9: '总经理邵敬峰' (title as written; the company is named before it, as rmrb-m03's 公司市场总监). "
       "Block 10: '邵敬峰一直在考虑转型，改变…局面。今年，公司将加速开拓…' continues him after his quotes: his "
       "consideration with its content and the company's plan (his, hard call; the alternative is null for the "
       "paper's voice; as adtw-A3171's '她擔憂…'). Block 11: '公司营销端负责人程泓瑞介绍' (title as written). Blocks "
       "13-15: the closing 【编辑点评】 is the paper's comment (paragraphs, null).")
K("rmrb-o03")
A("rmrb-o03", [("卢林", "p", ["冷链车司机"], [], [4]), ("高家绘", "p", ["番茄种植户"], [], [9]),
               ("赵军", "p", ["万邦市场里的经营者"], [], [10]), ("余保健", "p", ["万邦市场工作人员"], [], [12]),
               ("方可", "p", ["郑州一家商超采购员"], [], [13]), ("张有生", "p", ["居民"], [], [16])],
  rep=["常钦", "张文豪"],
  ns=["万邦智慧园区系统 / 后台查验人员 (block 11: 判定, 发出提醒: a system's service reminder, as a notice)",
      "万邦农产品批发市场 / 万邦 (acts)", "乡亲们 (acts)"],
  note="Titles as written next to the names, in an earlier block when the name is introduced there ('冷链车司机卢林' "
       "in 3, '番茄种植户高家绘' in 7, '居民张有生' in 15). Block 9: a quote, then '高家绘算过账：…' (his). Block 11: the "
       "market system's reminder ('市场建议增加供应的服务提醒') is a notice from a system, its staff's check an act "
       "(null, as hkcn-41113's phone notice). Block 13: '采购员方可来到赵军的档口…“…”…方可这一趟就采购了136箱' (the "
       "quote between her mention and her act: hers; 赵军 is named only as the stall's owner). Block 16: '“来个番茄"
       "炒蛋！”张有生…' (his). The reporter '常  钦' is written with spaces (call 8: 常钦).")
K("rmrb-o04")
A("rmrb-o04", [("吴克志", "p", ["长安汽车数智工厂副总经理"], [], [5, 11, 12]),
               ("和文斌", "p", ["总装内饰二线区长"], [], [7, 8])],
  rep=["王政"],
  ns=["长安汽车数智工厂 / 长安汽车 / 中国联通 / 华为 (acts)", "视觉识别系统 / AI / 机器人 (machines)"],
  note="Block 6 is the paper's question (null). Block 7: '“我们这条线，变样了。”总装内饰二线区长和文斌，指着…介绍' "
       "(his; the description of the robots that follows is the paper's, in his paragraph). Blocks 9-10: the "
       "paper's figures (null). The reporter '王  政' (call 8: 王政).")
K("rmrb-o05")
A("rmrb-o05", [("蔡奇", "p", ["中共中央政治局常委、中央书记处书记"], [], [2, 3, 4])],
  ns=["习近平 (his 重要论述 named inside 蔡奇's words, no words of his)",
      "指导组 / 各级党委（党组） / 工作专班 (inside his words)", "新华社 (the wire: no reporter named)"],
  note="A 新华社 wire printed by 人民日报 (as rmrb-m05); the dateline '新华社石家庄5月17日电' stays glued to block 2, no "
       "reporter. Every paragraph reports 蔡奇's words (强调, 指出, 要求). The quote line of the page "
       "('> 《人民日报》（…）') holds no byline and is dropped by the extractor.")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-42390", [("戴啟思", "p", ["資深大律師", "大律師公會前主席、資深大律師"], [], [1, 2, 7, 9, 10, 16, 17]),
                 ("律政司", "o", [], [], [2, 14]),
                 ("孫靖乾", "p", ["外聘資深大律師", "資深大律師"], [], [11, 14, 18, 20, 21]),
                 ("郭卓堅", "p", [], [], [21]), ("曾健成", "p", ["社民連成員"], [], [21]),
                 ("李運騰", "p", ["高等法院法官"], ["李官"], [22])],
  q=[2, 3, 14, 21],
  unnamed=[(3, "庭上透露 (disclosed in court, no speaker named) / 據悉 (as hkcn-30904's 據了解)"),
           (14, "唐英傑一方 (引用…指: the applicant's side, a role, call 11)")],
  rep=["莊曉彤"],
  ns=["唐英傑 (提請司法覆核，要求撤銷: an application, an act)",
      "鄭若驊 (律政司司長: 指示, 發出證明書: a decision and its certificate, a document)",
      "終審法院 (裁定: a ruling, call 1)", "高等法院 (處理: an act)",
      "《基本法》 / 《國安法》 (documents quoted inside the counsel's words)",
      "梁振英 / 周浩鼎 / 特首辦 (no words)", "美聯社 (a picture)"],
  note="A judicial-review hearing. Block 1: 唐英傑's application (要求撤銷) is an act; '他表明' is his counsel 戴啟思 "
       "(his). Block 2: 戴啟思 (認為) and 律政司 (反駁稱, 更謂: the department arguing as a party): '?'. Block 3: the "
       "judge's acts (聽畢, 作裁決) and an agentless disclosure in court ('庭上透露', '據悉'): '?' (hard call; the "
       "alternative is null, as the passive '被指'). Block 7: '申請方認為' in the paragraph of the named counsel is "
       "his (call 11). Block 14: '唐英傑一方…指' (a role, call 11), '律政司一方不同意' and 孫靖乾 (形容, 表示): '?'. Block "
       "17: 鄭若驊's certificate and its grounds are a document, then '戴啟思指：「…」' (his). Block 21: 孫靖乾 cites "
       "a case; the applicants 郭卓堅 and 曾健成 '提請司法覆核，指…' (their grounds, as hkcn-36552's appeal grounds): "
       "'?'; '「長洲覆核王」' is an epithet, not a title. Block 22: '李官…形容：「…」' (the judge's words in court: "
       "his, call 1's exception). Captions 4, 12, 19 report no words. '記者莊曉彤' gives the reporter (also the "
       "photographer).")
A("hkcn-46877", [("林鄭月娥", "p", ["行政長官"], ["林鄭"], [1, 2, 3, 5, 6, 7, 8, 9])],
  rep=["黃麗莎"],
  ns=["意見領袖 (block 5: '對於有意見領袖指…' a topic clause, as hkcn-22284)", "灼見名家 (the forum)",
      "中央 / 政府 (inside her words)"],
  note="A speech report: every paragraph is 林鄭月娥's. Passive questions (被問到, 被問及, call 3) leave blocks 1, 5, 6 "
       "to her. Block 5: '對於有意見領袖指…，她指…' is a topic clause leaving the block to the answerer (as "
       "hkcn-22284 and fresh9's hkcn-23950 block 8). Blocks 8-9: her words of 2016 and 2017 (hers); '宣布參選' is her "
       "public announcement. Caption 4 reports no words. '記者黃麗莎' gives the reporter (also the photographer).")
A("hkcn-38070", [],
  q=[1],
  unnamed=[(1, "眾新聞 (對比…發現: the paper's own comparison, as hkcn-30904's '眾新聞披露', call 10)")],
  ns=["《團結進步模範區創建條例》 / 《促進民族團結進步條例》 / 條例 (指, 提出, 強調, 要求, 提到: documents)",
      "新疆 / 內蒙古 / 內蒙 (blocks 2, 11, 19: '新疆又要求', '新疆指', '只稱' name the regions' regulations: documents)",
      "新疆和內蒙自治區人大會議 (通過: an act)", "當局 / 地方官員 (acts)", "眾新聞中國組 (byline: a desk, no name)"],
  note="A comparison of two regional regulations: every cue reports a regulation (documents), so the text has no "
       "speaker (speaker gold with an empty list, as the law). '新疆指要堅持…' (11) and '新疆則…只稱' (19) name the "
       "Xinjiang regulation by its region (hard call; the alternative makes 新疆 a body that speaks). Block 1: the "
       "paper's own comparison ('眾新聞對比兩份條例，發現…') is '?' (call 10, as hkcn-30904). Blocks 5, 17 and caption 8: "
       "passive reports ('被曝光', '傳出', '被指') without a speaker (null). No reporter (a desk byline).")
A("hkcn-6253", [("楊振權", "p", ["上訴庭副庭長"], [], [3]), ("上訴庭", "o", [], [], [4]),
                ("羅冠聰", "p", [], ["羅"], [6, 7]), ("黃之鋒", "p", [], [], [6, 9]),
                ("周永康", "p", ["學聯前秘書長"], [], [6, 10])],
  q=[1, 6],
  unnamed=[(1, "律政司司長 (認為: a role without a name, as fresh9's 財政司長); 代表3人的律師 (在庭外表示: no name)")],
  rep=["陸楠"],
  ns=["律政司 (申請覆核刑期: an application, an act)", "上訴庭 (caption 5: 判定, a ruling)",
      "原審 / 裁判法院 (裁定, 判: rulings, call 1)", "建制派喉舌 / 中共 (inside 羅冠聰's words)", "美聯社 (pictures)"],
  note="Block 1: the rulings are acts (call 1); the unnamed Secretary for Justice (認為: a role) and the unnamed "
       "lawyer (表示): '?'. Block 3: '楊振權在庭上指出' (his, call 1's exception). Block 4: '上訴庭認為…' gives the "
       "court's written reasons (a speaker, as '台北地院裁定指出', call 1); caption 5 ('上訴庭判定：…') is the ruling "
       "(null). Block 6: 羅冠聰 (表示, 說, 呼籲) and the three together ('他們表示'): '?'. Blocks 7, 9, 10: each "
       "speaks alone. '學聯前秘書長周永康' (title); the bracket '（學聯：羅冠聰、周永康…）' is an affiliation list, "
       "not written next to the names as a title. '實習記者陸楠' gives the reporter (call 8).")
K("hkcn-47219", b27="heading", b29="heading")
A("hkcn-47219", [("鍾翰林", "p", ["「學生動源」前召集人"], ["鍾"],
                  [1, 7, 10, 13, 14, 15, 16, 19, 20, 21, 22, 23, 24, 25, 26, 28, 31, 39]),
                 ("張卓勤", "p", ["主控官"], [], [3]),
                 ("Yoshi HK", "p", ["專頁編輯"], [], [33, 34, 35, 36, 37])],
  q=[1, 7, 10, 13, 28, 31, 45],
  unnamed=[(1, "控方 (讀出的案情…以證明: the prosecution, a role, call 11)"), (7, "控方 (在案情中指控)"),
           (10, "控方 (指)"), (13, "控方 (又指)"), (28, "控方 (指控)"), (31, "控方 (指)"),
           (45, "存款人 (輸入的訊息「加油」…: the depositors' words, several, none tied to a named one)")],
  rep=["張旭珊"],
  ns=["案情 (the statement of facts: '案情又透露' in block 1, a document)",
      "學生動源 / 學生動源美國分部 / 創制獨立黨 (their declarations are given as posted by 鍾翰林 or Yoshi HK)",
      "警方 (檢獲, 調查發現: acts and findings)", "上海民族黨 / 維城士多 (depositors: no words tied to them)",
      "政府 (提出修訂: an act)", "星火同盟 (no words)"],
  note="A court report of the prosecution's statement of facts. Kinds: the bold line 27 ('類似內容發佈多達1千次　形容"
       "政權為「中共魔爪」、「港共」', a paragraph for the extractor because it ends in 」) and the plain line 29 "
       "('《國家法》實施後', the counterpart of heading 5) are sub-headings. Caption 2 is the page's unfilled caption "
       "placeholder (kept as a caption, no words). Block 1: the defendant's pleas (承認) are his words in court (as "
       "hkcn-43933 block 1) and the prosecution reads out its case (a role): '?'. Block 3: '主控官張卓勤花了2小時才讀"
       "完' (he delivers the statement of facts: his, as hkcn-43933's 馬藻玉 '讀出開案陳詞'). Blocks 7, 10, 13, 28, 31: "
       "bare '控方' after the named prosecutor is a role (call 11), with 鍾翰林's declarations, posts and words inside "
       "the facts (主張, 揚言, 發佈, 形容, 聲稱; as hkcn-43933's officers speaking inside the facts): '?'. Blocks "
       "14-16 and 19-25: the items of the lists are his posts (a quoted post, titles, a call, 呼籲): his (hard call "
       "for the unquoted post titles 20-25; the alternative is null); 17 (設街站) and 8, 11, 41, 43 are acts (null). "
       "Block 26: '鍾宣佈學生動源香港本部解散' (a person announcing in public: his, fresh9's call). Blocks 33-37: the "
       "page editor 「Yoshi HK」 (an online name the paper uses as a name, call 6; not a letter pseudonym) posts the "
       "branch's declaration and its items and his own posts: his. Block 39: '他…並透過Yoshi HK發表成立宣言，包括主張"
       "「…」' (鍾翰林 issues it: his). Block 45: the depositors' messages (several, unnamed): '?'. The case-number "
       "line (46) is a paragraph without speaker. '記者張旭珊' gives the reporter.")
A("hkcn-38867", [("區佩芬", "p", [], [], [2, 9]), ("Emilia Wong", "p", [], [], [3, 11]), ("余思朗", "p", [], [], [8]),
                 ("陳寶瑩", "p", [], [], [9]), ("陳皓桓", "p", ["民陣召集人", "民陣"], [], [9]),
                 ("楊雪盈", "p", [], [], [12]), ("梁晃維", "p", [], [], [12])],
  q=[9, 12],
  unnamed=[(12, "部分被告人 (轉達: several); 楊雪盈 / 梁晃維's social-media editors (小編轉達的訊息指, 說: roles)")],
  ns=["律政司 (上訴: an act)", "楊美琪 (副刑事檢控專員: 提出覆核申請, an act)", "蘇惠德 (頒下裁決: a ruling, call 1)",
      "林卓廷媽媽 / 呂智恆的養母 (acts, weeping: no words)", "支持者 (拍掌: acts)", "被告 (inside 陳皓桓's words)",
      "眾新聞記者 (byline, no name)"],
  note="Relatives are named without titles: '朱凱迪太太區佩芬', '岑敖暉新婚太太余思朗', '梁國雄太太陳寶瑩', '劉頴匡的女朋友"
       "Emilia Wong' (太太, 女朋友: relations, call 7). Block 9: 區佩芬, 陳寶瑩 (批評) and 陳皓桓 (補充): '?'. Block 12: "
       "messages of two defendants passed on by their social-media editors ('小編轉達的訊息指', '梁晃維的則說'): "
       "楊雪盈's and 梁晃維's words (speakers), with the editors and the defendants in general: '?'. Blocks 5 and 6 "
       "report rulings, applications and acts (null). Captions 1, 4, 7, 10 report no words. 周滿鏗 signs the photos "
       "only; no reporter (眾新聞記者).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3013", [("小娟", "p", [], [], [3, 4, 7, 9]), ("阿秋", "p", [], [], [7]),
                 ("資小姐", "p", ["當地環保局人事主任"], [], [12])],
  q=[7, 11],
  unnamed=[(11, "當地公所急難承辦員 (說: a role); 小玲學校國中輔導主任 (說: a role)")],
  rep=["仲芝蓉"],
  ns=["阿宣 (the drowned father: no words)", "小玲 / 大弟 / 小弟 (no words)", "同事 (湊錢: acts, inside 資小姐's words)",
      "蘋果慈善基金會 (訪視, 撥款: acts)"],
  note="Caption 3: '小娟…叮嚀媽媽吃藥' reports what she tells her mother (indirect speech: hers, hard call; the "
       "alternative reads it as a caring act, null). Block 7: '交代妹妹和小弟收拾飯桌並洗碗' (her instruction, "
       "indirect speech) and 阿秋's account to the reporter ('告訴記者說'): '?' (hard call; the alternative gives the "
       "block to 阿秋). '長女小娟', '精障媽媽阿秋' (relations and descriptions, no titles). Block 12: '當地環保局人事主任"
       "資小姐' (surname + courtesy form: named, call 6). Block 11: two roles without a name: '?'. Caption 6 reports "
       "no words. The byline '報導．攝影╱仲芝蓉' stands on its own line (5).")
A("adtw-A3276", [("徐永祥", "p", [], ["永祥"], [6]), ("龍金美", "p", [], [], [6, 8])],
  q=[6, 8, 10],
  unnamed=[(8, "當地長照中心專員 (說: a role)"),
           (10, "西瓜園陳老闆 (說: a surname + occupational title, unnamed, call 6 as 曲局长); 龍金美嫁到外地的大女兒 "
                "(說: a relation)")],
  rep=["仲芝蓉"],
  ns=["丈夫 (no words)", "永正 (his epilepsy is told by his sister)", "公所 / 蘋果基金會 (acts)"],
  note="Block 6: 徐永祥 (說) and his mother 龍金美 (說): '?'. Block 8: 龍金美 (說, 繼續說) and the long-term-care "
       "officer (a role): '?'. Block 10: the employer '西瓜園陳老闆' (surname + occupational title: unnamed) and the "
       "eldest daughter (a relation): '?'. '56歲的媽媽龍金美' (a relation, no title). Captions 3 and 5 report no "
       "words. The byline '報導．攝影╱仲芝蓉' is glued to block 4.")
A("adtw-A3905", [("小杰", "p", [], [], [3, 4, 6, 7]), ("阿世", "p", [], [], [10]), ("阿玲", "p", [], [], [13])],
  q=[11, 14, 15],
  unnamed=[(11, "當地公所急難承辦員 (說: a role)"), (14, "學校導師 (說: a role)"), (15, "導師 (誇讚說: a role)")],
  rep=["仲芝蓉"],
  ns=["李春生 (no words: his '笑說沒事' is told inside 小杰's account)", "鄰居 (送醫: acts)",
      "學務主任 (展示: an act)", "醫院 / 蘋果基金會 (acts)"],
  note="Caption 3: '小杰（右）探視父親說：「…」' (his). Block 4: his prayer quoted before his mention ('低聲祈禱希望"
       "…': his). Blocks 6-7: 告訴記者, 回述 (his). Block 10: '李春生的弟弟阿世' (a name the paper uses; 弟弟 a "
       "relation). Block 13: '小杰堂嬸阿玲' (a name). Blocks 11, 14, 15: roles without a name: '?'. Caption 8 "
       "reports no words. The byline '報導•攝影╱仲芝蓉' stands on its own line (5).")
A("adtw-A3373", [("楊妙因", "p", [], ["妙因"], [4, 7, 8, 10]), ("潘阿國", "p", [], [], [4]), ("阿葉", "p", [], [], [12])],
  q=[4, 10, 12],
  unnamed=[(10, "當地公所 (表示: a local office without a name, as adtw-A3823)"), (12, "楊妙因的大嫂 (說: a relation)")],
  rep=["向高彬"],
  ns=["女兒 / 小燕 (no words)", "公婆 (no words)", "地方慈善會 / 學校 / 社工 / 蘋果基金會 (acts)"],
  note="Caption 2: '相當擔憂' is a worry without content (null, as adtw-A3823's '煩惱醫療費用'). Block 4: 潘阿國 "
       "('僅與記者表示') and 楊妙因 ('跟記者說'): '?'. Block 8: her husband's words are told inside hers. Block 10: she "
       "and the local office (表示): '?'. Block 12: his sister 阿葉 (a name the paper uses) and her sister-in-law (a "
       "relation): '?'. Heading 6 is a quoted phrase (a heading). The byline '報導•攝影╱向高彬' is glued to block 3.")
A("adtw-A3120", [("阿婷", "p", [], [], [8, 9, 10, 13]), ("小瑋", "p", [], [], [9, 12]), ("阿財", "p", [], [], [12])],
  q=[9, 12, 14],
  unnamed=[(12, "小瑋的導師 (說: a role); 當地公所 (說: a local office without a name)")],
  rep=["江品璁"],
  ns=["前夫 (no words; his swearing is told inside 小瑋's words)", "醫生 / 同事 (inside 阿婷's words)",
      "老闆 (no words)", "記者 (訪視, 折便當盒: acts)", "蘋果基金會 (acts)"],
  note="Block 8: '阿婷嘆，醫生說…' (hers; the doctor is inside her words); '記者二度訪視' is the visit (no words). "
       "Block 9: 阿婷 and her son 小瑋 (接著說): '?'. Block 12: 小瑋 (說), the class teacher (a role), her brother "
       "'大哥阿財' (a name the paper uses) and the local office: '?'. Block 14: the fan-page line ('加入【蘋果愛逗陣行】"
       "粉絲團…') is the page's promotional link, kept as a paragraph and not scored ('?', call 9). Captions 3 and 5 "
       "report no words. The byline '報導．攝影╱江品璁' is glued to block 4.")
