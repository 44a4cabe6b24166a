# Kinds and speaker gold of fresh set 11 (annotated 2026-12-07 by a helper of session 22, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh11.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh11-2026-12-07"; the
# same rules as sets 2-10, annotations/speakers/fresh2.py … fresh10.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-10 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-10.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-10 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-p01..p05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-10 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-9747, -13011, -8694, -31261, -37727, -20609 taken (the 18th, 23rd, 37th, 38th, 57th and 58th
#   files in shuffled order; extracted characters / cues 1063/18, 1415/29, 1249/28, 1444/10, 2724/20, 1798/22); none
#   of the first 58 was in split.tsv or in /tmp/wide/ (400 files). Skipped among them: 眾說 columns (hkcn-29975,
#   -29783, -38913, -18489, -6690, -24245, -15029, -10840, -6387, -10252, -13599, -684, -8610, -44146, -36386, -29458,
#   -10573, -21401, -14222, -17231, -19683, -22100, -36769, -37144, -188, -4366, -6891, -37456, -1354), tri-angles
#   pieces (hkcn-10642, -44768, -32082), files without a category in the front matter (hkcn-8760, -42180, -14268), news
#   outside the length/cue bounds (hkcn-31427: 1006 characters, 8 cues; -49294: 3862, 58; -35308: 442, 5; -25748: 759,
#   15; -35946: 1397, 2; -453: 336, 4; -23551: 1712, 8; -16458: 3622, 53; -4498: 553, 13; -45701: 7078, 80; -4652:
#   852, 8; -36944: 745, 3; -25686: 2412, 6; -28458: 779, 9), and three republished texts (an exclusion NOT in the
#   rules committed first, added when the first draw was checked against the corpus, in the spirit of the rule that
#   skips the ids of split.tsv and /tmp/wide/: a candidate with at least half of its extracted lines longer than 30
#   characters found verbatim in a text of split.tsv or /tmp/wide/ is skipped): hkcn-6197 (20th, 1636/26: the body of
#   set 10's hkcn-6253 line for line, only the headline differs), hkcn-41027 (46th, 2383/26: the body of
#   /tmp/wide/hkcn-41038, headline changed) and hkcn-46626 (48th, 1111/11: 4 of its 8 long lines are in
#   /tmp/wide/hkcn-46604, an earlier version of the story). None of the 16 texts taken shares a line of more than 30
#   characters with any corpus text or /tmp/wide/ file. The procedure (set 10's selection script with this seed)
#   reproduces set 10's six 眾新聞 and five 蘋果日報 ids and its first dates (05-23, 01-30, 05-18) with set 10's seed
#   and the split.tsv and cache-manifest.tsv of commit f0216fc.
#   蘋果日報: adtw-A3665, -A3853, -A3415, -A3228, -A3629 taken (the first five in shuffled order; 859/9, 863/8, 869/10,
#   845/9, 876/9), none skipped.
#   人民日报: the first unused dates in shuffled order were 2025-02-17, 2025-04-09, 2025-04-28 (then 06-03, 05-10, 01-31,
#   01-24, 02-18). 2025-02-17: 以创新赢得市场（今日谈） skipped unread by its title (a commentary column); p01 taken
#   (依山就势柑橘香（发展各具特色的县域经济）, 1379: 习近平's words and five named officials and managers quoted); p02
#   taken (安徽加快科技创新和产业转型升级（坚定信心，打开改革发展新天地）, 1478). 2025-04-09: 中共中央办公厅国务院办公厅
#   关于加快构建普通高等学校毕业生高质量就业服务体系的意见 skipped unread by its title (a document); 促进高校毕业生高质量
#   充分就业（政策解读） read and skipped (a Q&A with an unnamed answerer, 3227); 向前发展，需要更大的推动力 read and
#   skipped (a 任平 commentary, 4652 > 4000); 持续深化整治形式主义为基层减负 read and skipped (1006: only the 工委 and an
#   unnamed '有关同志' speak, no named person); p03 taken (生僻字更易输入 文言文更快释读, 1500); 眼睛亮、见事早、行动快
#   （人民论坛） skipped unread by its title (a column); on the 05-评论 page 岩渊砺志，向地球深部进军 (1868, a first-person
#   commentary by a drilling team leader) and 无愧一代人的青春 (1627, an editors' commentary) read and skipped, 纵横 and
#   贴标签不如练内功（人民时评） skipped unread by their titles (columns); “四个革命、一个合作”指引我国能源高质量发展（深学
#   笃行阐释习近平经济思想） skipped unread by its title (a theory exposition); p04 taken (数读春日经济 洞见市场活力（大数据
#   观察）, 2551: a data report with three named visitors and shoppers quoted). 2025-04-28: 做新时代挺膺担当的奋斗者
#   （社论） skipped unread (an editorial); 唱响奋进新征程的劳动者之歌 read and skipped (6217 > 4000; listed again under
#   02-要闻, the same 6217 characters); 增强消费“拉动力”（今日谈） skipped unread (a column); p05 taken (新，高质量发展看
#   动能, 3593). Raw files saved under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits 49681b52… for
#   02-17, 016963ee… for 04-09, aaf1afe2… for 04-28, as find_files and read_file gave them), lengths 1379, 1478, 1500,
#   2551, 3593 = total_chars (no invisible characters: each pasted copy had exactly total_chars characters).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 25 blocks. Confirmed:
# hkcn-9747 1 (a party platform '提及' a slogan: a document; '提出選舉呈請': an act), hkcn-31261 1, 4, 18 (the
# government publishes a list: data, call 12; quoted scheme and company names), quoted names, terms, sayings and
# slogans in the 人民日报 reports (rmrb-p01 13, 16; rmrb-p02 6, 8; rmrb-p03 3, where '表示' means 'stands for'; rmrb-p04
# 14, 15; rmrb-p05 5, 6, 11, 23, 24, 25, 38), '问' in 问题 and '要求' as a noun (rmrb-p01 5, rmrb-p02 5), documents and
# data (rmrb-p03 9 '意见提出'; rmrb-p04 17 '携程数据表明', 24; rmrb-p05 17 a regulation '鼓励') and rmrb-p05 28 (a saying
# that circulates, '这里流传一句话', no speaker). Also re-read without a cue word: rmrb-p03 5 ('记者了解到', learning, call
# 15), hkcn-37727 16 ('記者觀察所得', the reporter's observation in the narration, not a remark: null), adtw-A3228 7
# ('經社會局通報為高風險家庭', a case classified, no content), hkcn-13011 caption 9 and 10 ('發出「不合格通知書」': notices of
# which nothing is reported, call 13). Changed: none.
# Calls re-read and kept: rmrb-p05 block 3 ('中共中央政治局会议强调': a body speaking through its meeting, named as
# written) against rmrb-p02 block 4 ('会上提出': agentless, '?'); rmrb-p05 block 4 (two quoted sayings without a cue:
# '?', the alternative null) and block 9 (a quote before two named researchers: '?'); hkcn-9747 blocks 2 ('據悉', call
# 15, with 陳浩天一方's letter as a role), 3 (the paper's enquiry to two unnamed civil servants, call 10, with 聶德權's
# words) and 5 ('外界一般理解' and the petition's grounds); hkcn-13011 block 6 ('認同記者的說法' after a passive
# question: his, call 3) against block 7 ('記者追問': '?'); hkcn-37727 block 1 (the lead's '有受檢疫的住客批評…' names
# nobody, though the words are 黃女士's given later: '?') and caption 2 ('政府昨晚宣布…': call 12); hkcn-8694 block 11
# (an unnamed official's words inside 佳日思's reminder: his); hkcn-20609 blocks 6 (the committee's view quoted from his
# article: his) and 12 (interview questions in the narration without an asker: his, call 3 rather than call 10);
# adtw-A3853 caption 3 ('怕…') and adtw-A3629 caption 3 ('希望…'), feelings and wishes with their content read as the
# person's words as adtw-A3171 and adtw-A3304, unlike fresh10's contentless '相當擔憂'; adtw-A3228 block 10 and adtw-A3629
# block 10 ('蕭姓社工', '寺廟李主委': a surname with 姓 or a title alone, unnamed, call 6) against adtw-A3415 block 9
# ('機車店老闆廖先生': a courtesy form, named).
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-p01")
A("rmrb-p01", [("熊长春", "p", ["重庆市忠县果业发展中心主任"], [], [4, 10]), ("习近平", "p", ["总书记"], [], [7]),
               ("程标", "p", ["产业园负责人"], [], [9]), ("燕朝聪", "p", ["车间负责人"], [], [12]),
               ("付斌", "p", ["重庆三峡柑橘交易中心产业部副部长"], [], [15]), ("李电", "p", ["忠县县委书记"], [], [17])],
  rep=["王欣悦"],
  ns=["忠县 / 重庆派森百橙汁有限公司 / 重庆三峡柑橘交易中心 (acts)", "果农 / 老百姓 (no words)"],
  note="Block 0 is the kicker ending in '——' (a heading). Block 4: '熊长春盘点，“…”' (盘点 with a quote: his). "
       "Blocks 9, 12, 15: a quote before the paragraph's only person (his). Block 15: '付斌直言' (his). Blocks 5, 6, 8, "
       "11, 13, 14, 16: the paper's voice (null).")
K("rmrb-p02")
A("rmrb-p02", [("李道亮", "p", ["公司总经理助理"], [], [2]), ("习近平", "p", ["总书记"], [], [3]),
               ("陈军", "p", ["安徽省发展改革委主任"], [], [7]), ("梁言顺", "p", ["安徽省委书记"], [], [11])],
  q=[4],
  unnamed=[(4, "会上提出 (the conference convened by 安徽省委: '会上提出，以…劲头，奋力…', agentless)")],
  rep=["吴焰", "田先进"],
  ns=["安徽省委 (召开: an act; the proposal is made '会上', no speaker named)",
      "安徽合力股份有限公司 / 安凯客车 / 铜冠铜箔 / 国科能源 / 科大讯飞 (acts)", "安徽 (瞄准新目标: a target, the paper's voice)"],
  note="Block 2: a quote opening the paragraph, then '公司总经理助理李道亮干劲满满，“…”' (his; title as written after "
       "the company named, as rmrb-o02's 总经理邵敬峰). Block 3: 习近平's words, then the paper's figures (his). Block 4: "
       "'会上提出' gives the conference's proposal without naming who made it: an unnamed speaker, '?' (hard call; the "
       "alternatives are 安徽省委, who convened it, or null).")
K("rmrb-p03")
A("rmrb-p03", [("汤帜", "p", ["北京大学王选研究所所长"], [], [4]),
               ("刘培俊", "p", ["教育部语言文字信息管理司司长"], [], [6, 10]),
               ("朱建华", "p", ["广东省教育厅副厅长"], [], [7]), ("康震", "p", ["北京师范大学党委常委、副校长"], [], [8])],
  rep=["丁雅诵"],
  ns=["教育部 (举办新闻发布会, 发布规范标准, 打造: acts and the publication of standards, call 12)",
      "《关于加强数字中文建设 推进语言文字信息化发展的意见》 / 意见 (提出: a document)",
      "教育部 / 国家语委 / 中央网信办 (印发: an act)", "记者 (block 5: '记者了解到', an act of learning, call 15)"],
  note="Block 3: quoted characters and their meanings (null). Block 4: the ministry's press conference is an act; the "
       "quote and '汤帜介绍' are his. Block 5: '记者了解到，…教育部…发布了…' is the reporter learning (call 15: not a "
       "disclosure) and a publication of standards (call 12: not speech): null. Block 9: the 意见 '提出' (a document).")
K("rmrb-p04", captions=[2, 4], b3="credit", b5="credit", b6="credit", b7="credit", b8="heading")
A("rmrb-p04", [("林芸", "p", ["游客"], [], [13]), ("蒋佳琪", "p", ["北京市朝阳区某银行职员"], [], [22]),
               ("刘伟", "p", ["市民"], [], [28])],
  q=[25],
  unnamed=[(25, "华天集团旗下北京同春园饭店相关负责人 (介绍: no name)")],
  rep=["王珂"],
  ns=["美团旅行 / 文化和旅游部 / 携程 / 同程旅行 / 途牛旅游 / 滴滴出行 / 淘宝 / 京东 / 美团 (数据显示, 数据表明, 据…统计: "
      "data)", "文化和旅游部 (block 29: 精选推出, an act)", "孙中喆 / 周亮 (photographers)", "张芳曼 (制图: a credit)"],
  note="Kinds: the photo captions 2 and 4 ('图①：…', '图②：…') get ▲; the photo credits 3 and 5 ('…摄（人民视觉）'), "
       "the data source 6 ('数据来源：…') and the graphics credit 7 ('制图：…') are credits, and the label 8 ('核心阅读') "
       "is a heading, as dev2 13 and 23. Titles: '前来赏花的游客林芸' and '前来春游的市民刘伟' give the role nouns "
       "written next to the names (游客, 市民; the clause before them is a description). Block 22: a quote opening the "
       "paragraph, then '…银行职员蒋佳琪在网上下单…' (hers, as rmrb-o02 block 6). Block 25: an unnamed manager: '?'. "
       "The platforms' figures are data (null). The reporter '王  珂' (call 8: 王珂).")
K("rmrb-p05")
A("rmrb-p05", [("中共中央政治局会议", "o", [], [], [3]), ("刘春森", "p", ["青年研究员"], [], [10]),
               ("刘兆平", "p", ["中国科学院宁波材料所研究员"], [], [14]),
               ("盛来运", "p", ["国家统计局副局长"], [], [18]),
               ("肖苏", "p", ["宝钢股份数据AI（人工智能）部部长"], [], [22]),
               ("齐岳", "p", ["联想集团合肥产业基地智能制造与物流中心负责人"], [], [26]),
               ("夏立雪", "p", ["无问芯穹联合创始人、首席执行官"], [], [29]),
               ("万劲波", "p", ["中国科学院科技战略咨询研究院研究员"], [], [31]),
               ("李女士", "p", ["消费者"], [], [34]),
               ("谢存", "p", ["工业和信息化部信息通信发展司司长"], [], [37]),
               ("张猛", "p", ["生产商方太品牌总监"], [], [40]),
               ("谭建荣", "p", ["中国工程院院士"], [], [43])],
  q=[4, 9, 35, 42],
  unnamed=[(4, "quoted sayings without a cue ('“高质量发展离不开创新驱动和产业支撑”“科技创新和产业创新，是发展新质生产力"
                "的基本路径”': words quoted, their speaker not named)"),
           (9, "the opening quote: 周鹏 or 刘春森 (both named after it, not said which)"),
           (35, "门店工作人员 (介绍: no name)"), (42, "有国外采购商 (感叹: no name)")],
  rep=["谷业凯"],
  ns=["周鹏 (教授: named with 刘春森 after block 9's quote; no words of his alone)",
      "《国家自然科学基金条例》 (鼓励: a document)", "四川 / 吉林 (发布项目, 运行实验室: acts)",
      "付先生 (block 39: his purchase, no words)", "数据显示 (blocks 27, 36: data)",
      "研究团队 / 宝钢股份 / 联宝电子 / 无问芯穹 (acts)"],
  note="Block 3: '4月25日召开的中共中央政治局会议强调，…' is the body speaking through its meeting (organisations that "
       "speak are speakers; named as written, the subject of 强调; hard call, the alternative reads the meeting's "
       "communiqué as a document, null). Block 4: two quoted sayings opening the paragraph without a cue, then the "
       "paper's figures: an unnamed speaker, '?' (hard call; the alternative is null, quoted maxims in the paper's "
       "voice). Block 5: quoted robot names and a slogan (null). Block 9: a quote before '周鹏教授与青年研究员刘春森"
       "带领团队忙碌着' (two people, not said which speaks): '?'; block 10 gives the next quote to 刘春森. Block 28: a "
       "saying that circulates ('这里流传一句话，“上下楼就是上下游”': no speaker, null). Block 34: '消费者李女士' "
       "(surname + courtesy form: named, call 6) with her words. Block 39: 付先生's purchase and its reasons are the "
       "paper's account (null). Blocks 1 ('——关键词看…（中）', the sub-title) and 7-8, 19-20, 32-33 are headings.")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-9747", [("聶德權", "p", ["政制及內地事務局局長"], [], [3]),
                ("張達明", "p", ["香港大學法律學院首席講師"], [], [7]),
                ("林鄭月娥", "p", ["行政長官"], [], [8, 9])],
  q=[2, 3, 5, 6],
  unnamed=[(2, "據悉 (an agentless disclosure, call 15); 陳浩天一方 (致函…詢問: the side's letter, a role as fresh10's "
                "唐英傑一方)"),
           (3, "兩名曾經參與提名工作的公務員 (據眾新聞向…了解: the paper's enquiry and two unnamed sources, call 10)"),
           (5, "外界 (一般理解: an unnamed view); 陳浩天一方 (呈請理據…質疑: the side's grounds, a role)"),
           (6, "記者 (向律政司查詢: the reporter's enquiry, call 10)")],
  rep=["林勵"],
  ns=["周庭 / 香港眾志 (its 綱領 '提及': a document)", "陳浩天 / 梁天琦 (提出選舉呈請: acts)",
      "區慶祥 / 高等法院 (審結, 無回覆: acts)", "選舉主任 / 鄧如欣 (acts; inside 張達明's words)",
      "律政司 (未獲回覆: no words)", "選管會 (block 3: its '說法' named, its content not given apart from 聶德權's)"],
  note="Block 1: a disqualification, a party platform and a petition (acts and a document: null). Block 2: '據悉' "
       "(call 15) and the side's letter asking the judge (a role): '?'. Block 3: the paper's enquiry with two unnamed "
       "civil servants (call 10) and 聶德權's words ('日前說選舉主任「有需要」才諮詢'): '?'. Block 5: the general "
       "understanding ('外界一般理解') and the petition's grounds ('質疑'): '?'. Block 6: the reporter's enquiry, no "
       "reply: '?'. Blocks 8-9: 林鄭月娥 (表示, 強調; '被問及' leaves block 9 to her, call 3). Caption 4 reports no "
       "words. '記者林勵' gives the reporter.")
A("hkcn-13011", [("馬時亨", "p", ["港鐵主席"], ["馬時享"], [1, 3, 4, 6, 7]), ("梁國權", "p", ["行政總裁"], [], [2]),
                 ("毛孟靜", "p", ["立法會議員"], [], [5]),
                 ("黃唯銘", "p", ["工程總監", "港鐵工程總監"], [], [8, 9, 10])],
  q=[7],
  unnamed=[(7, "記者 (追問: an explicit asker, call 3)")],
  ns=["港鐵董事局 / 工程委員會 (block 4: 召開會議, 決定要求…檢討: a decision, no words)",
      "禮頓 (不合作、不交代: no words)", "政府 / 夏正民 / 獨立調查委員會 (inside 馬時亨's words)",
      "港鐵 (caption 9 and block 10: 發出「不合格通知書」, a notice of which nothing is reported, call 13)",
      "何君健 (photographer)", "眾新聞記者 (byline, no name)"],
  note="A press conference. Passive questions ('被問到', call 3) leave blocks 1, 4, 6, caption 9 and block 10 to the "
       "answerer. Block 6: '馬時享僅表示認同記者的說法' (a misspelling of 馬時亨, kept as an alias; the reporter's "
       "words are the passive question's). Block 7: '記者追問…他回應指' (an explicit asker: '?'). Block 8: the "
       "paper's question, then '黃唯銘指' (his). Titles as written: '港鐵主席馬時亨、行政總裁梁國權、工程總監黃唯銘' "
       "and later '港鐵工程總監黃唯銘'. No reporter (眾新聞記者).")
A("hkcn-8694", [("佳日思", "p", ["國際憲法權威、香港大學法律學院榮休教授"], ["Yash Ghai"],
                 [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12])],
  rep=["林勵"],
  ns=["李柱銘 (caption 3: no words)", "人大常委會 (頒布: inside 佳日思's words)",
      "非洲某國官員 (block 11: '有非洲某國官員甚至表示', told inside 佳日思's account)", "眾新聞 (專訪: the interview)"],
  note="An interview report: every paragraph is 佳日思's (表示, 說, 指出, 形容, 觀察, 建議, 批評, 提醒). Block 6: "
       "'佳日思形容…，佳日思卻觀察港人比過去更悲觀' (his view). Block 11: the unnamed African official's words are "
       "read as told inside his reminder (his; hard call, the alternative is '?' with an unnamed official). Caption 8 "
       "reports his criticism (his); caption 3 no words. '記者林勵' gives the reporter (also the photographer).")
K("hkcn-31261", b6="?", b7="?")
A("hkcn-31261", [("政府", "o", [], [], [20])],
  ns=["政府 (block 1: 公布…僱主名單, the publication of a list, call 12)",
      "養和 / I.T / 香港電視 / 社團聯會 and the other employers (data)", "美聯社 (a picture)",
      "眾新聞記者 (byline, no name)"],
  note="A list of subsidised employers. Kinds: the table's header row (6) and its separator row (7) are not scored "
       "('?', as hkcn-2840); its data rows (8-17) stay paragraphs without speaker, and its bold title (5) a heading. "
       "Block 1: the government publishes a list (data, call 12: null). Block 20: '政府表示，…' (the government "
       "speaking, with its figures and plans). No reporter (眾新聞記者).")
K("hkcn-37727", b20="?", b21="?", b22="?", b23="?", b24="?", b25="?")
A("hkcn-37727", [("政府", "o", [], ["當局"], [2, 3]),
                 ("黃女士", "p", ["第5座住客"], [], [5, 6, 7, 8, 10, 11]),
                 ("李先生", "p", ["住客"], [], [12]), ("鄺先生", "p", [], [], [14])],
  q=[1, 12, 14],
  unnamed=[(1, "有受檢疫的住客 (批評, 質疑: no name)"), (12, "不少受影響的麗港城住戶 (批評: several, no name)"),
           (14, "亦有住客 (認為: no name)")],
  ns=["民政署職員 / 傳媒 (inside 黃女士's words)", "衛生署 (caption 9: the result message, no content reported)",
      "警方 / 工作人員 / 承辦商 (acts)", "張洛淋 (a picture credit)", "曾港深 (photographer)",
      "眾新聞記者 (byline, no name)"],
  note="Caption 2: '政府昨晚宣布，晚上7時起將…列為「受限區域」' (a body announcing its decision: a speaker, call 12). "
       "Block 3: '當局又指出，…政府…譴責…，呼籲受檢人士合作' (the government). Blocks 5-11: 黃女士 (surname + courtesy "
       "form: named, call 6; '第5座住客黃女士' in caption 6 gives the title). Block 12: unnamed residents and 住客李先生: "
       "'?'. Block 14: '亦有住客認為…' then '同住於第5座的鄺先生認為' (an unnamed group and him: '?'; '同住於第5座的' is "
       "a description). Block 16: '記者觀察所得' is the reporter's observation in the narration (no remark or enquiry, "
       "null). Kinds: the table (20-38) is split over lines by cells holding line breaks; its title row (20), separator "
       "(21) and column-label row (22-25) are not scored ('?', as hkcn-2840's header), its data rows stay paragraphs "
       "without speaker. No reporter (眾新聞記者).")
A("hkcn-20609", [("湯漢", "p", ["天主教香港教區宗座署理", "樞機"], [], [1]),
                 ("陳日君", "p", ["天主教香港教區榮休主教", "樞機"], [],
                  [2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17])],
  ns=["教宗方濟各 / 本篤十六世 / 梵蒂岡 / 教廷 (no words; inside 陳日君's words)",
      "中國教會事務委員會 (its view is given inside 陳日君's 2017 article)", "林鄭月娥 / 梁振英 / 曾蔭權 (no words)",
      "陳健民 / 戴耀廷 (inside 陳日君's words)", "《紐約時報》 (where he wrote)", "美聯社 (a picture)",
      "眾新聞記者 (byline, no name)"],
  note="Block 1: '湯漢樞機，日前向全港堂區發出指示，表示…，他呼籲…' (his circular with its content: his words, call 13). "
       "Titles as written: '天主教香港教區宗座署理的湯漢樞機' and '天主教香港教區榮休主教陳日君樞機'. Block 6: the "
       "committee's view quoted from 陳日君's 2017 article (his writing: his). Blocks 11, 16, 17: quotes without a cue "
       "continue him. Block 12: the interviewer's questions written into the narration without an asker "
       "('林鄭可是虔誠教徒？', '陳日君可有忠告給她？') are read as passive questions (call 3): his (hard call; read as the "
       "reporter's enquiry, call 10, the block would be '?'). Captions 3, 8, 14 report no words. No reporter "
       "(眾新聞記者).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3665", [("周福在", "p", [], ["福在"], [2, 6, 9]), ("小筱", "p", [], [], [3, 4]), ("阿石伯", "p", [], [], [11])],
  q=[12],
  unnamed=[(12, "小筱的班導師 (說: a role)")],
  rep=["向高彬"],
  ns=["阿滿 (no words)", "管區警察 / 醫師 (inside 周福在's words)", "當地公所 / 蘋果基金會 (acts)"],
  note="Caption 2: '罹癌爺周福在…他說，…「…」' (his; '罹癌爺' a description, no title). Block 3: a quote opening the "
       "paragraph, then '讀小六的小筱描述…' (hers). Block 11: '熟識30多年的老友阿石伯說' (a familiar name the paper uses, "
       "call 6; 老友 a relation). Block 12: the class teacher (a role): '?'. Caption 7 reports no words. The byline "
       "'報導•攝影╱向高彬' is glued to block 3.")
A("adtw-A3853", [("呂心愉", "p", [], ["心愉"], [3, 4, 5, 7, 9]), ("小瑛", "p", [], [], [8]), ("小璟", "p", [], [], [8]),
                 ("陳小姐", "p", [], [], [10])],
  q=[8, 9, 10],
  unnamed=[(9, "該男 (her male friend, 他說: no name; '記者電聯該男' is the reporter's call, call 10)"),
           (10, "她62歲二姊 (說: a relation)")],
  rep=["向高彬"],
  ns=["先生 (no words)", "醫師 (inside 呂心愉's words)", "當地公所 / 全聯 / 張榮發基金會 / 蘋果基金會 (acts)"],
  note="Caption 3: '…怕不知還能撐多久陪孩子' (her fear with its content: hers, as adtw-A3171's '她擔憂…'; hard call, "
       "the alternative is null). Block 4: a quote opening the paragraph, then '53歲呂心愉無奈地說著' (hers). Block 8: "
       "her daughter 小瑛 and her son 小璟 (說): '?'. Block 9: she (坦言) and her unnamed male friend reached by the "
       "reporter: '?'. Block 10: '呂心愉的前同事陳小姐' (surname + courtesy form: named; 前同事 a relation, no title) and "
       "her unnamed second sister: '?'. The byline '報導•攝影╱向高彬' is glued to block 4.")
A("adtw-A3415", [("小妘", "p", [], [], [4, 5, 10]), ("阿梅", "p", [], [], [5, 7, 11]),
                 ("廖先生", "p", ["機車店老闆"], [], [9]), ("李明國", "p", [], [], [10])],
  q=[5, 10],
  rep=["張嘉恬"],
  ns=["妹妹 (no words)", "先生的3兄弟 (acts)", "蘋果基金會 (獲悉, 撥款: learning and acts, call 15)"],
  note="Block 4: '「妹！噓…」8歲小妘對4歲妹妹說著' (hers); 阿梅 acts. Block 5: 小妘's prayer ('禱告著：「…」', her words) "
       "and 阿梅 (說): '?'. Block 9: '阿梅家附近的機車店老闆廖先生說' (named, call 6; title as written next to the name). "
       "Block 10: 小妘 (對記者說著; her father's words told inside hers) and 李明國 (說): '?'. Block 11: her husband's "
       "words ('要我包仔款款…') are told inside 阿梅's. Caption 3 reports no words. The byline '報導•攝影／張嘉恬' is "
       "glued to block 4.")
A("adtw-A3228", [("林倚璇", "p", [], [], [4, 5, 7, 9]), ("阿成", "p", [], [], [5]), ("小雅", "p", [], [], [9])],
  q=[5, 9, 10],
  unnamed=[(10, "蕭姓社工 (表示: a surname + 姓 + role, unnamed as X姓男子, call 6)")],
  rep=["張嘉恬"],
  ns=["社會局 (block 7: '經社會局通報為高風險家庭', a case classified, no content reported)",
      "長女 / 雙胞胎女兒 / 兒子 (no words)"],
  note="Block 4: 林倚璇 asks her daughter ('緊張問小雅：「爸爸呢？」') and tells the reporter (hers). Block 5: her "
       "husband 阿成 asks the reporter ('重複問記者：「…」', his words) and 林倚璇 (說): '?'. Block 9: she (還說) and "
       "'12歲長女小雅' (說): '?'. Block 10: the unnamed social worker: '?'. Caption 3 reports no words. The byline "
       "'報導•攝影╱張嘉恬' is glued to block 4.")
A("adtw-A3629", [("洪志遠", "p", [], [], [3, 4, 6]), ("阿德", "p", [], [], [7, 9]), ("何麗美", "p", [], [], [12]),
                 ("金林", "p", ["台北市心生活協會總幹事"], [], [13])],
  q=[10],
  unnamed=[(10, "寺廟李主委 (表示: a surname + title alone, unnamed as 曲局长, call 6); 當地里長 (表示: a role)")],
  rep=["孫敏聿"],
  ns=["何麗華 (in a coma: no words)", "岳父 (no words)", "蘋果基金會 (acts)"],
  note="Caption 3: '洪志遠…希望妻子快點甦醒，回家團圓' (his wish: his, as adtw-A3304's caption '希望…'). Block 4: his "
       "call to his wife ('聲聲呼喚') and '他說：「…」' (his). Block 7: '洪志遠就讀大四的長子阿德則說' (a name the paper "
       "uses; 長子 a relation). Block 10: two local figures without a name: '?'. Block 12: '何麗華的大姊何麗美表示' (大姊 "
       "a relation). The byline '報導•攝影╱孫敏聿' stands on its own line (5).")
