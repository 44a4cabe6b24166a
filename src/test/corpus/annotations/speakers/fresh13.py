# Kinds and speaker gold of fresh set 13 (annotated 2026-12-07 by a helper of session 23, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh13.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh13-2026-12-07"; the
# same rules as set 12, annotations/speakers/fresh12.py, with its republished-text exclusion applied from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-12 included) and in /tmp/wide/ (696 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-12.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-12 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-r01..r05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-12 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start, as set 11 added it): a candidate with at least half of its
#   extracted lines longer than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in
#   a file of /tmp/wide/ is skipped (checked by a script before the candidate is read).
# Set 14 is drawn at the same time by another helper (/work/wt-fresh14): an id or a 人民日报 date that appears in its
#   manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing and again just
#   before the set is committed).
#   Outcome. 眾新聞: hkcn-30099, -21429, -28701, -48609, -14373, -23933 taken (the 3rd, 10th, 12th, 14th, 15th and 19th
#   files in shuffled order; extracted characters / cues 2048/22, 1367/22, 1932/25, 1118/11, 2242/28, 2188/26); none
#   of the first 19 was in split.tsv; hkcn-39693 (2nd) was skipped as a file of /tmp/wide/. Skipped among them: 眾說
#   columns (hkcn-22487, -36415, -29392, -18940, -29178, -25272, -9860) and news outside the length/cue bounds
#   (hkcn-35305: 837 characters, 1 cue; -23882: 1151, 7; -42958: 7306, 15; -4392: 3717, 43; -1498: 809, 6). No
#   candidate was republished: each text taken shares none of its lines over 30 characters (9, 10, 16, 9, 17, 15)
#   with a text of split.tsv or /tmp/wide/ (696 files).
#   蘋果日報: adtw-A3026, -A3117, -A3821, -A3346, -A3641 taken (the first five in shuffled order; 882/12, 862/9,
#   911/11, 837/13, 834/9), none skipped; none shares a long line (6, 6, 7, 8, 7) with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-03-18, 2025-06-22, 2025-05-15 (then 03-25, 02-15,
#   06-25, 02-22, 01-13, 01-31, 06-01). 2025-03-18: 在全党开展深入贯彻中央八项规定精神学习教育 read and skipped (1292:
#   a 新华社 wire summarising the 中办's 《通知》, a document); r01 taken (陕西扎实推进能源结构绿色转型（坚定信心，打开
#   改革发展新天地）, 1340: four named officials and managers and 习近平 quoted); r02 taken (黑龙江全力提升粮食大面积单产
#   （坚定信心，打开改革发展新天地）, 1358). 2025-06-22: r03 taken (山东潍坊推动工业提质增效, 1886); r04 taken (着力解决
#   人民急难愁盼问题, 3001: a 工作观察 report with named villagers, residents and officials quoted). 2025-05-15: r05 taken
#   (金融“活水”更多更快更精准流入良田（经济新方位）, 3153, the first article of the listing). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits 016963ee… for 03-18, a57fa4c8… for 06-22, 65acd7d7…
#   for 05-15, as find_files and read_file gave them), lengths 1340, 1358, 1886, 3001, 3153 = total_chars (each copy
#   decoded from the read_file answer had exactly total_chars characters); none of the five shares a long line (14,
#   12, 17, 32, 29) with a corpus or /tmp/wide/ text (checked after reading, as the rule for 人民日报 needs the text
#   read to judge its genre).
#   Set 14: when this set was drawn, /work/wt-fresh14's manifest.tsv and cache-manifest.tsv held no id beyond the
#   corpus's; checked again before the commit, set 14 (hkcn-27095, -37452, -35553, -49622, -12837, -29994, adtw-A3531,
#   -A3340, -A3208, -A3836, -A3648, rmrb-s01..s05) shares no id and no 人民日报 date with this set.
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 30 blocks. Confirmed:
# hkcn-23933 10 (a quoted '遮陣', no words), quoted names, terms and slogans in the 人民日报 reports (rmrb-r01 7, 10, 15;
# rmrb-r02 16; rmrb-r03 5, 10, 19, 20, 21; rmrb-r04 9, 22, 24, 25, 26, 27, 30, 34, 36; rmrb-r05 5, 8, 16, 25, 38, 40),
# '问' in 问答 and 问题 (rmrb-r03 7; rmrb-r04 18, a doctor's diagnosis and a scan that '显示', no words), documents and
# data (rmrb-r02 15 '《政府工作报告》提出'; rmrb-r05 28 '据…统计') and rmrb-r05 4 (the regulator's notice and the
# central bank's decision: null, a hard call). Also re-read without a cue word: hkcn-30099 caption 1 ('主動提及香港近期
# 情況': the topic of his talk, null as fresh2's 'Justine在首映會談及香港情勢'), hkcn-48609 2 (pleas and a wave), 9 and
# 12 (the sentence's arithmetic, a prosecution dropped and a confiscation order: call 1), hkcn-14373 1 ('有人…念念不忘',
# no words), captions 9 and 15 (stories heard; a photo posted to thank supporters: no words), adtw-A3117 caption 5 and
# adtw-A3641 4 (worries named by their object: '憂心生活', '憂心著家中6口生計', no content), rmrb-r05 23 ('让周亚刚惊喜
# 的是…': the paper's account). Changed: none.
# Calls re-read and kept: hkcn-48609 block 1 (the administrator's posted words '揚言「殺畜生…」' with the judge's
# reasons: '?') against block 8 (the same words quoted inside the judge's reasons: his); hkcn-23933 blocks 5 and 13
# (the magistrate's '要求' of the parties and his '宣布' of the next hearing read as words, call 1 excluding rulings
# only) against the bail decisions (rulings), block 12 ('控方' with 張卓勤 named in the same paragraph: his, call 11)
# against block 14 ('控方律師' in another paragraph: a role), block 9 (a fund's '代表…表示' as the body speaking, as
# fresh12's 律政司發言人); hkcn-21429 blocks 6, 7 and 9 (media reports: unnamed, call 2, as fresh7's hkcn-20746)
# against block 8 (a named author's words relayed by a medium: his); hkcn-28701 blocks 12-18 (a statement printed in
# full after a heading: the union's, as fresh2's hkcn-2914) and block 2 ('被記者多次追問': passive, call 3) against block
# 6 ('有記者問及': an explicit asker); hkcn-14373 blocks 4 and 7 (a view and a motto of his told in the narration: his)
# against captions 9 and 15 (null); adtw-A3346 caption 3 (a quote after '高氏碧水和孩子們…': hers); rmrb-r05 block 37
# (a loan offered to 李世飞 in a quote before '…负责人周东发现了李世飞的难题': 周东's); rmrb-r04 block 38 (a quoted saying
# without a cue: '?', as rmrb-p05 block 4).
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): a body's policy notice
# told by its aims ('发布通知，推动…，明确…') between call 13's notices that state or ask and its policy documents
# ('印发文件鼓励'); a central bank's '决定' (a decision without '宣布') beside call 12; a judge's or magistrate's
# requests and announcements in court ('要求控辯雙方提交', '宣布今天繼續處理') beside call 1's rulings; a
# defendant's posted words as the charge's facts ('揚言「…」') beside call 11's statement of facts; a view or motto
# of the one person a feature portrays, told in the narration ('令Tony明白到：…'), beside the paper's voice; a quote in
# a caption after a scene with one named person and unnamed others; a body's unnamed representative ('X的代表表示')
# beside the roles of call 6 (resolved as fresh12's '律政司發言人').
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-r01", b5="heading", b9="heading", b14="heading")
A("rmrb-r01", [("赵文革", "p", ["陕煤集团所属陕西煤业股份有限公司总经理"], [], [3]), ("习近平", "p", ["总书记"], [], [4]),
               ("张胜利", "p", ["榆林市委书记、市长"], [], [8]),
               ("汪光照", "p", ["陕西省能源局能源节约和新能源处处长"], [], [17])],
  rep=["原韬雄", "高炳"],
  ns=["陕西 / 榆林 (锚定目标, 打造示范区: acts, the paper's voice)", "神东煤炭集团 / 陕煤集团 (acts)",
      "榆林中科洁净能源创新研究院 (research: an act)", "操作人员 (acts)"],
  note="Kinds: the three lines ending in '——' (5, 9, 14) are section labels (headings, call 14), as rmrb-q04. Blocks "
       "3, 8, 17: a quote and the person named after it (his; titles as written right before the name). Block 4: "
       "习近平's words, then a sentence in the paper's voice (his, as rmrb-p02 block 3). Block 16: figures (data, "
       "null). Reporters from the '本报记者' byline, spaces removed (call 8: 高  炳 → 高炳).")
K("rmrb-r02", b7="heading", b10="heading", b13="heading")
A("rmrb-r02", [("孟雷", "p", ["汤原县水务局局长"], [], [3]), ("习近平", "p", ["总书记"], [], [5]),
               ("王连永", "p", ["村民"], [], [8]), ("胡喜平", "p", ["公司大豆研究院院长"], [], [11]),
               ("王杕", "p", ["黑龙江省农业农村厅副厅长"], [], [12]),
               ("刘春生", "p", ["海伦市东兴现代农机农民专业合作社负责人"], [], [14])],
  rep=["崔佳", "祝大伟"],
  ns=["《政府工作报告》 (提出: a document, blocks 12 and 15)", "黑龙江 (实施计划, 建设平台: acts and plans, the "
      "paper's voice)", "工作人员 (block 11: acts)", "北大荒垦丰种业股份有限公司 (where 胡喜平 works)"],
  note="Kinds: the three labels ending in '——' (7, 10, 13) are headings (call 14). Block 3: a quote and '…局长孟雷满怀"
       "期待' (no verb of speech, but the quote opens the paragraph and he is its only person: his, as rmrb-p01's "
       "quotes before the paragraph's only person). Block 8: a quote, then '尝到增产甜头的村民王连永干劲十足' (his; "
       "'村民' written before the name is the title, as rmrb-p04's 游客). Block 14: the same pattern with 刘春生. "
       "Block 12: 王杕 (说); the 报告's '提出' inside his words. Block 15: '今年的《政府工作报告》提出' (a document, "
       "null). Reporters '崔  佳' and '祝大伟' (call 8: 崔佳).")
K("rmrb-r03", b6="heading", b11="heading", b17="heading")
A("rmrb-r03", [("习近平", "p", ["总书记"], [], [4]), ("常刚", "p", ["歌尔股份副总裁"], [], [8]),
               ("王桂民", "p", ["公司董事长"], [], [13, 14]), ("刘辛兴", "p", ["公司生产调度中心总经理"], [], [18]),
               ("刘运", "p", ["潍坊市委书记"], [], [22])],
  rep=["李波", "侯琳良"],
  ns=["潍坊 (向融发力…: acts, the paper's voice)", "歌尔股份有限公司 / 潍柴雷沃 / 潍坊弘润石化科技有限公司 (acts)"],
  note="Kinds: the kicker (0, '###') and the title (1) are headings, the three labels ending in '——' (6, 11, 17) "
       "are headings (call 14). Block 13: '公司董事长王桂民一一介绍这些“大块头”，“…”' (介绍 with a quote: his). "
       "Block 18: a quote after the scene, then '…总经理刘辛兴道出…，“…”' (his). Block 22: the closing quote of the "
       "party secretary (his). Blocks 9, 10, 15, 16, 20, 21: figures in the paper's voice (null). Reporters '李  波' "
       "and '侯琳良' (call 8: 李波).")
K("rmrb-r04", b40="byline")
A("rmrb-r04", [("陈美英", "p", ["浙江义乌市后宅街道李祖村村民", "村民"], [], [3, 10]),
               ("俞正萍", "p", ["上海静安区江宁路街道居民", "居民"], [], [3]),
               ("习近平", "p", ["总书记"], [], [4]), ("张女士", "p", [], [], [17]),
               ("曹雪", "p", ["长安社区党委书记"], [], [31])],
  q=[3, 8, 35, 38],
  unnamed=[(8, "村民们 (the opening quote '“这几针织密点会更好看”', said by one of the villagers at work: no name)"),
           (35, "社区有关负责人 (说: no name)"),
           (38, "the opening quote '“家事国事天下事，让人民过上幸福生活是头等大事。”' without a cue (words quoted, their "
                "speaker not named)")],
  rep=["杨彦帆", "申少铁", "辛阳", "王明峰", "窦瀚洋", "刘晓宇", "邵玉姿", "黄晓慧"],
  ns=["中办、国办 / 《关于进一步保障和改善民生  着力解决群众急难愁盼的意见》 (block 5: a document)",
      "各地区各部门 (acts)", "胡在佳 (block 12: cared for, no words)", "医生 (block 18: a diagnosis, '怀疑…': an act)",
      "沙县区总医院肿瘤科团队 / 下乡巡诊队 (acts)", "银川市二十一小教师 (讲解古诗: teaching, no words)",
      "静安区财政 / 第三方机构 (acts)", "长沙 / 上海 / 江苏省扬州市 (acts and figures)"],
  note="A 工作观察 report with several scenes. Kinds: the title (0), the sub-title '——保障和改善民生工作观察' (1) and the "
       "bold sub-headings (6-7, 15-16, 28-29) are headings; the closing '（本报记者…参与采写）' names contributing "
       "reporters (byline, call 8, as rmrb-m03). Block 3: two quotes, each before its own villager or resident "
       "(陈美英, 俞正萍): '?'. Titles as written right before the names ('…李祖村村民陈美英', '村民陈美英', '…街道居民"
       "俞正萍', '居民俞正萍'). Block 8: a quote said by one of the villagers at work: '?'. Block 10: a quote, then "
       "'村民陈美英掰着手指头算了起来' (hers). Block 17: a quote, then '沙县区高桥镇的张女士正在复查' (surname + "
       "courtesy form: named, call 6; her words, the paragraph's only person; no title). Blocks 18-20: her case in "
       "the paper's voice (null). Block 35: '社区有关负责人说' (a role: '?'). Block 38: a quoted saying without a "
       "cue, then the paper's voice: '?' (as rmrb-p05 block 4; hard call, the alternative is null, a maxim quoted in "
       "the paper's voice).")
A("rmrb-r05", [("陆洪平", "p", ["种粮大户"], [], [9, 11]), ("周亚刚", "p", ["公司负责人"], [], [22]),
               ("温晓菲", "p", ["小微企业主"], [], [26]), ("李世飞", "p", ["合作社理事长"], [], [34, 36]),
               ("周东", "p", ["农行重庆梁平云龙支行网点负责人"], [], [37, 39])],
  q=[13, 17, 24, 27, 41],
  unnamed=[(13, "国家金融监督管理总局浙江监管局有关负责人 (说: no name)"), (17, "上述负责人 (介绍: the same unnamed official)"),
           (24, "洋县信用联社有关负责人 (介绍: no name)"), (27, "国家金融监督管理总局陕西监管局有关负责人 (介绍: no name)"),
           (41, "浙江金融监管局有关负责人 (介绍: no name)")],
  rep=["赵展慧"],
  ns=["国家金融监督管理总局 (block 4: '发布通知，推动…，明确…', a policy notice, as '印发文件鼓励' (call 13); block 28: "
      "'据…统计', data)", "中国人民银行 (blocks 4, 29: '决定增加…额度', a decision, no announcement: an act)",
      "邮储银行金华市分行工作人员 (上门走访: acts)", "洋县信用联社 / 洋县金融监管支局 (acts)", "双亚集团 (acts)",
      "技术员 / 工作人员 (acts)", "浙江 / 江苏 (推广, 开发: acts)"],
  note="Kinds: the kicker (0) and the title (1) are headings, as are the bold sub-headings (6-7, 18-19, 30-31). Block "
       "4: the regulator's notice is a policy notice told by its aims ('发布通知，推动…，明确保障…'), read as a policy "
       "document (call 13's '印发文件鼓励'), and the central bank's '决定' is a decision (no announcement, call 12): "
       "null (hard call; the alternative makes 国家金融监督管理总局 a body speaking through its notice). Block 9: '种粮"
       "大户陆洪平' (block 8) gives the title. Block 22: a quote and '公司负责人周亚刚介绍', then a second quote (his). "
       "Block 23: '让周亚刚惊喜的是，…' is the paper's account of a fact (null). Block 26: '…小微企业主温晓菲获得了"
       "…支持：“…”' (hers). Block 36: a quote before '李世飞一度很犯愁' (his, the paragraph's only speaker). Block 37: "
       "the quote offers a loan to 李世飞 ('适合您'), then '…网点负责人周东发现了李世飞的难题' (周东's; hard call, the "
       "alternative is '?' with both men named). Unnamed '有关负责人' are roles ('?').")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-30099", [("蓬佩奧", "p", ["美國國務卿"], [], [2, 3, 4, 5, 6, 8]), ("中國外交部", "o", [], [], [3]),
                 ("國防部", "o", [], [], [3]), ("趙立堅", "p", ["中國外交部發言人"], [], [9, 10])],
  q=[3, 7],
  unnamed=[(7, "《美國之音》記者 (問: an explicit asker, call 3; the greetings of 博明, 史達偉 and 蓬佩奧 are told "
                "inside the question)")],
  ns=["美國國務院 (block 4: '根據…記者會記錄', the transcript, a document)", "蔡英文 / 李柱銘 / 黎智英 (no words)",
      "博明 / 史達偉 (their greetings told inside the reporter's question)", "美聯社 (photographs)",
      "眾新聞記者 (byline, no name)"],
  note="Caption 1: '主動提及香港近期情況' names the topic he raised, not his words (null, as fresh2's 'Justine在首映會"
       "談及香港情勢' and rmrb-q03's '提出要求'; hard call, the alternative gives the caption to 蓬佩奧). Block 3: 蓬佩奧 (祝賀, 稱, 指) and "
       "'中國外交部及國防部發表聲明對此讉責' (two bodies speaking through a statement): '?'. Block 4: his words as "
       "the State Department's transcript gives them (the transcript is a document). Block 7: the VOA reporter's "
       "question (an explicit asker): '?'. Block 8: his answer (說). Blocks 9-10: 趙立堅 (表示, 說). No reporter "
       "(眾新聞記者).")
A("hkcn-21429", [("奧特加斯", "p", ["美國國務院發言人"], [], [1, 2, 3]), ("蓬佩奧", "p", ["國務卿"], [], [4]),
                 ("陸慷", "p", ["中國外交部發言人"], [], [5]),
                 ("布朗切特", "p", ["新書《中國新紅衛兵：極端主義復辟與毛澤東再生》的作者"], ["Jude Blanchette"], [8, 9])],
  q=[6, 7, 9],
  unnamed=[(6, "《華盛頓郵報》與《紐約時報》 (報道稱: media reporting, call 2)"),
           (7, "《華盛頓郵報》 (指, 報道稱, 該報指出: a medium reporting, call 2)"),
           (9, "《紐約時報》 (指: the medium's own conclusion after 布朗切特's words, call 2)")],
  ns=["《華盛頓郵報》 / 《紐約時報》 (media, call 2)", "特朗普 / 習近平 (no words; inside 蓬佩奧's and 布朗切特's words)",
      "林鄭月娥 (致歉, 宣布暫緩修訂: told inside the Post's report and 布朗切特's words)", "霍士新聞 (where he spoke)",
      "眾新聞記者 (byline, no name)"],
  note="Block 1: '被問到…' (a passive question, call 3) and '她說' (hers). Block 3: 蓬佩奧's remarks told inside "
       "her words (hers). Block 4: '蓬佩奧周日在霍士新聞節目說' (his; '國務卿' written before his name in block 3 is "
       "his title). Blocks 6-7: the two papers' reports (media that report, call 2: '?' with the medium as an unnamed "
       "speaker, as fresh7's hkcn-20746). Block 8: '《紐約時報》則訪問…布朗切特（Jude Blanchette）。他對該報稱' (a "
       "named person's words relayed by a medium: his, call 2). Block 9: 布朗切特 (分析說, 他說), then '《紐約時報》"
       "指，若北京…' (the medium's own words): '?' (hard call, the alternative reads the clause as his view relayed). "
       "No reporter (眾新聞記者).")
A("hkcn-28701", [("商務及經濟發展局", "o", [], ["商經局"], [1]),
                 ("邱騰華", "p", ["商經局局長"], [], [2, 3, 4, 5, 6, 7, 8]),
                 ("郭家麒", "p", ["公民黨"], [], [8]), ("梁家榮", "p", ["廣播處長"], [], [9, 10]),
                 ("梁志祥", "p", ["民建聯"], ["梁"], [9]),
                 ("港台製作人員工會", "o", [], [], [12, 13, 14, 15, 16, 17, 18])],
  q=[6, 8, 9],
  unnamed=[(6, "有記者 (問及: an explicit asker, call 3)"), (9, "建制派 (質疑: several, no name)")],
  ns=["《The Pulse》 / 香港電台 (block 1: its interview '問及台灣的會員資格', a question named by its topic)",
      "艾沃德 (no words)", "何君堯 (his video's figures, inside 梁志祥's words)", "記者 (block 2: '被記者多次追問', a "
      "passive question, call 3)", "通訊事務管理局 / 顧問委員會 (no words)", "基本法 (block 17: quoted inside the "
      "union's statement)", "眾新聞記者 (byline, no name)"],
  note="Block 1: the bureau's criticism ('被商務及經濟發展局批評…，更點名…「…」': a body speaking; 商經局 is its short "
       "form, alias) after the programme's question to 艾沃德 (its topic only, no words): the bureau's. Block 2: "
       "'被記者多次追問…' and '被問到…' are passive questions (call 3, as fresh12's hkcn-15272 '被記者問及'): his. "
       "Block 6: '有記者問及…，邱騰華指' (an explicit asker): '?'. Block 7: '被問到…，邱騰華回應' (his). Block 8: "
       "郭家麒's question with its words ('詢問…「想升官發財…」') and 邱騰華's answer: '?'. Block 9: 梁家榮 (強調), "
       "the pro-Beijing camp (質疑) and 梁志祥 (批評; '梁稱' is 梁志祥, alias): '?'. Block 10: 梁家榮 (回應指, 他說). "
       "Heading 11 introduces the union's statement printed in full (as extracted): blocks 12-18 are the union's "
       "words, the Basic Law article quoted in 16-17 included (a document quoted inside a statement is the "
       "statement's). Heading 19 introduces the video. No reporter (眾新聞記者).")
A("hkcn-48609", [("郭啟安", "p", ["法官"], [], [1, 4, 5, 8, 11]), ("蕭張龍", "p", ["被告"], [], [1])],
  q=[1],
  rep=["張旭珊"],
  ns=["懲教人員 / 旁聽人士 (no words; 揮手道別: a gesture)", "控方 (block 12: 不予起訴, an act)",
      "訂閱者 / 支持者 (no words)"],
  note="A sentencing. Block 1: the channel's administrator (named 蕭張龍 in block 2) '揚言「殺畜生…」' in his posts "
       "(his words, admitted) and '法官郭啟安認為…' (the judge's reasons: a speaker, call 1): '?' (hard call; the "
       "alternative reads the posts as the charge's facts, leaving the block to the judge). Block 2: pleas and a "
       "wave (no words, null). Blocks 4, 5, 8, 11: '法官…指/則指/又稱/在判刑後指', '他寄語被告' (his); the "
       "defendant's proposals and his quoted post in block 8 are told inside the judge's reasons. Block 9: the "
       "sentence's arithmetic (call 1: null). Block 12: a prosecution not pursued and the confiscation order "
       "(rulings: null). Block 13 ('案件編號：…'): a paragraph without speaker, as hkcn-36552. '記者張旭珊' gives the "
       "reporter.")
A("hkcn-14373", [("Tony Wong", "p", ["速畫人像畫家"], ["Tony"], [2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16, 17])],
  rep=["劉愛霞"],
  ns=["有人 (block 1: '念念不忘', no words)", "客人 / 更生人士 / 婆婆 (their words and stories told inside his)",
      "執法者 (驅趕: acts)", "懲教署 (規限: a rule)", "何君健 (photographer)", "受訪者 (圖片來源: a credit)"],
  note="A portrait of one man, who tells every story in it. Blocks 2-3, 6, 12-14, 16-17: his feelings and views "
       "(有感, 覺得, 認為, 指, 表示) with his quoted words (his). Block 4: '令Tony明白到：人生，變幻才是永恆' (the view he "
       "drew, as his words; hard call, the alternative is the paper's voice, null). Caption 5: '感恩…賦予他繪畫自由' "
       "(a feeling with its content, his, as adtw-A3853's '怕…'). Block 7: his past in the narration with his quoted "
       "motto '抱著「要發掘生命不同可能性」的心態' (his; hard call, the alternative is null). Block 8: '被問到…' "
       "(call 3) and his words (his). Caption 9: the stories he has heard (no words, null). Blocks 10-11: a "
       "customer's request and a former prisoner's words told inside his account (his). Caption 15: a photograph "
       "uploaded 'to thank his supporters' (an act, no words: null); '圖片來源：受訪者提供' is part of the caption. "
       "'實習記者劉愛霞' gives the reporter.")
A("hkcn-23933", [("邱宏達", "p", ["博士生"], [], [2]), ("李志豪", "p", ["裁判官"], [], [5, 8, 13]),
                 ("陳珩", "p", ["首被告"], [], [8]), ("612人道支援基金", "o", [], [], [9]),
                 ("張卓勤", "p", ["控方高級檢控官"], [], [12]), ("伍展邦", "p", ["辯方律師"], [], [16])],
  q=[5, 6, 8, 9, 13, 14, 16],
  unnamed=[(5, "曾志健代表律師 / 他的律師 (指, 申請, 要求: a role); 控方 (反對, 指, 反駁, 指出: a role, no counsel "
                "named in the paragraph, call 11)"),
           (6, "據悉 (an agentless disclosure, call 15)"),
           (8, "陳珩的代表律師 (律師讀出, 指出: the duty lawyer, a role)"),
           (9, "庭外許多人 (表示, 「唔夠錢嘅話…」: several, no name)"),
           (13, "李振文和郭小琴的代表律師 (不反對) / 曾志健的代表律師 (反對, 認為: roles)"),
           (14, "控方律師 (稱, 澄清指: a role; 張卓勤 is named in block 12 only)"),
           (16, "控方 (確認, 稱, 不同意: a role); 法庭 (提醒: the court)")],
  rep=["莊曉彤"],
  ns=["曾志健 (no words; in hospital)", "謝思明 / 曾家輝 / 曾姓警員 (no words)", "李振文 / 郭小琴 / 陳金國 / 馮清文 "
      "(no words)", "影片截圖 (block 12: '顯示', exhibits, call 11)", "公眾席上眾人 (喝倒彩: no words)",
      "城市廣播 / 蘋果日報 / 立場新聞 (picture credits)"],
  note="A court mention. Block 2: 邱宏達's shouts on the day of his arrest (大叫, 續說: his; '博士生' written before "
       "his name in block 10 and caption 3 is his title). Block 5: the lawyer of 曾志健 and the prosecution (roles) "
       "and the magistrate's request to both sides ('裁判官李志豪要求控辯雙方今天提交書面陳詞', what he asked: his "
       "words; call 1 excludes rulings only): '?'. Block 6: '分別被指' (a charge) and '據悉' (call 15): '?'. Block 8: "
       "the duty lawyer (a role), the magistrate ('問到', '表示', '問': the 裁判官 of block 5) and 陳珩 ('回應：「喔......"
       "明白」'): '?'. Block 9: the fund's representative ('「612人道支援基金」的代表…表示': the body speaking, as "
       "fresh12's 律政司發言人) and the crowd: '?'. Block 12: '控方高級檢控官張卓勤' with '控方續指/又指/稱' in the "
       "same paragraph (call 11: his). Block 13: the magistrate's bail decision (a ruling), three defence lawyers "
       "(roles) and '裁判官要求辯方提交案例，宣布今天繼續處理' (his, call 12): '?'. Block 14: '控方律師' (a role in "
       "another paragraph than 張卓勤's, call 11): '?'. Block 16: 伍展邦 (表示, 指, 批評), the prosecution (確認, 稱) "
       "and the court's reminder: '?'. Heading 17 and the list 18-24 (the charges): null. '記者莊曉彤' gives the "
       "reporter (also the photographer of caption 11).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3026", [("王梨琴", "p", [], ["阿琴"], [3, 4, 6, 8, 10]), ("小穎", "p", [], [], [11]), ("小潔", "p", [], [], [11])],
  q=[8, 10, 11, 12],
  unnamed=[(8, "病房護理長 (說: a role)"), (10, "侯姓鄰長 (說: a surname with 姓 and a title, unnamed, call 6)"),
           (12, "醫院社工 (說: a role); 阿琴大姊 (說: a relation)")],
  rep=["韓旭爾"],
  ns=["陳桓良 / 阿良 (in a coma; his words '可存些錢…' told inside 阿琴's quote)", "醫生 (inside 阿琴's words)",
      "蘋果基金會 (訪視, 撥款: acts)"],
  note="'阿琴（王梨琴）' and '阿良（陳桓良）' are nicknames followed by the full names (call 6: name = full name, "
       "alias = nickname). Caption 3: '阿琴…呼喚：「不要睡太久！」' (hers). Block 4: '喚道' (hers); the byline "
       "'報導．攝影╱韓旭爾' is glued to it. Block 8: 阿琴 (說) and the ward's head nurse (a role): '?'. Block 10: "
       "'侯姓鄰長說' (unnamed, as fresh11's '蕭姓社工') and 阿琴: '?'. Block 11: '兒子小穎說', '女兒小潔說' (names the "
       "paper uses; 兒子, 女兒 are relations, no titles): '?'. Block 12: the hospital social worker and 阿琴's elder "
       "sister: '?'. Blocks 0-1, 7, 9 and 13 ('基金會編號：A3026') are headings as extracted.")
A("adtw-A3117", [("王林鳳珠", "p", [], [], [3, 4, 6, 9, 10, 12]), ("劉先生", "p", [], [], [8]), ("阿惠", "p", [], [], [12])],
  q=[9, 12],
  unnamed=[(9, "當地家婦中心社工員 (說: a role)")],
  rep=["仲芝蓉"],
  ns=["王北東 (cannot speak: '點頭表達感謝', '比手畫腳…描述', gestures without words, call 10)",
      "蘋果慈善基金會 (訪視, 撥款: acts)"],
  note="Caption 3: '王林鳳珠嘆，…' (hers). Block 4: '嘆了口氣說' (hers); the byline '報導．攝影╱仲芝蓉' is glued to it. "
       "Block 8: '附近友人劉先生…並告訴記者' (surname + courtesy form: named, call 6; '友人' is a relation, no title); "
       "her husband's nods are a gesture: 劉先生's. Block 9: 王林鳳珠 (繼續說) and the social worker (a role): '?'. "
       "Block 12: '王家大女兒阿惠' (a name the paper uses) with 王北東's mumbled description (no words) and "
       "王林鳳珠 (說): '?'.")
A("adtw-A3821", [("陳瑞鐘", "p", [], [], [4, 5, 12]), ("阿月", "p", [], [], [7, 8, 9]), ("吳小姐", "p", ["公所社會課"], [], [12])],
  q=[7, 12],
  unnamed=[(7, "陳瑞鐘84歲老父 (說: a relation)")],
  rep=["張嘉恬"],
  ns=["醫生 (inside 陳瑞鐘's words)", "2個孩子 (13歲女兒, 12歲兒子: no words)", "蘋果基金會 (訪視, 撥款: acts)",
      "法院 (判離婚: inside 阿月's words)"],
  note="Captions 3 and 10 report no words. Block 4: '52歲單親爸陳瑞鐘…他說' (his; '單親爸' a description, as "
       "fresh12's '單親媽媽'); the byline '報導•攝影╱張嘉恬' is glued to it. Block 7: his old father (a relation) and "
       "'出嫁妹妹阿月說' (a name the paper uses; 妹妹 a relation): '?'. Blocks 8-9: 阿月 (hers). Block 12: '公所社會課"
       "吳小姐表示' (surname + courtesy form: named, call 6, with the office written before it as title, as '文員"
       "陳小姐') and 陳瑞鐘 (說): '?'.")
A("adtw-A3346", [("高氏碧水", "p", [], [], [3, 4, 6, 7, 10]), ("謝發能", "p", [], ["發能"], [9]), ("小其", "p", [], [], [13])],
  q=[13, 14],
  unnamed=[(13, "小其班導 (說: a role)"), (14, "謝發能大哥 (說: a relation)")],
  rep=["向高彬"],
  ns=["醫師 (inside 高氏碧水's and 謝發能's words)", "公所 / 醫院社工 / 蘋果基金會 (撥款, 轉介: acts)",
      "二兒子 (抱柴: no words)"],
  note="Caption 3: '高氏碧水（左）和孩子們（右）燒柴煮水洗澡，「瓦斯太貴了。」' (a quote after the caption's scene; the "
       "mother is its only named person: hers; hard call, the alternative is '?' with the children). Block 4: '她跟"
       "記者說' (hers). The byline '報導•攝影╱向高彬' stands on its own line (5). Blocks 6-7, 10: hers (her husband's "
       "words '他都說…', '他生前說…' told inside her own). Block 9: '記者初訪時，謝發能感慨地說' (his, interviewed "
       "before he died; '51歲先生謝發能': 先生 is a relation, no title; '發能' in block 14 is an alias). Block 13: "
       "'國二大兒子小其說' (a name the paper uses) and his class teacher (a role): '?'. Block 14: 謝發能's elder "
       "brother (a relation): '?'. Block 15: acts (null). Caption 11 reports no words.")
A("adtw-A3641", [("阿玉", "p", [], [], [5, 7, 8, 9, 12])],
  q=[8, 13],
  unnamed=[(8, "阿玉就讀小三的9歲次女 (the opening quote, '表達心中擔憂': a relation)"), (13, "阿添大哥 (說: a relation)")],
  rep=["張嘉恬"],
  ns=["阿添 (her husband after a stroke: no words)", "4子女 (no words apart from the daughter of block 8)",
      "基金會 (獲悉, 撥款: acts)"],
  note="Captions 3 and 10 report no words. Block 4: '她憂心著家中6口生計' (a worry named by its object, no content: "
       "null, as fresh10's contentless '相當擔憂'); the byline '報導•攝影╱張嘉恬' is glued to it. Blocks 5, 7, 9, 12: "
       "'阿玉說', '苦惱說', '也說' (hers). Block 8: her 9-year-old daughter's quote (a relation) and 阿玉 (解釋, "
       "說): '?'. Block 13: her husband's elder brother (a relation): '?'.")
