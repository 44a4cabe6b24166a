# Kinds and speaker gold of fresh set 3 (annotated 2026-12-07, from the texts and the corpus conventions only; the
# speaker engine was never run on these texts and its output never read). Pass 1 + pass 2.
# Run: python3 annotations/speakers/fresh3.py
#
# Selection (rules written down before any candidate text was read; seed "pizhu-fresh3-2026-12-07"; the same rules as
# set 2, annotations/speakers/fresh2.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1 and 2 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction and at least 10 speech cues
#   (表示|指出|說|稱|認為|「), as sets 1 and 2.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, 918 files) shuffled with
#   random.Random(seed), skipping the ids already in the corpus (set 2's included); taken in that order: the first five
#   whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-h01..h05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1 and 2 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-34822, -39051, -15917, -10131, -10988, -17193 taken; skipped before them: 眾說 columns
#   (hkcn-38516, -19971, -35362) and news outside the length/cue bounds (hkcn-13458: 753 characters, 7 cues; -23375:
#   2094, 8; -31296: 875, 8). Length = the extracted blocks joined by newlines; cues counted as matches.
#   蘋果日報: adtw-A3932, -A3677, -A3539, -A3710, -A3271 taken, none skipped.
#   人民日报: the first unused dates in shuffled order were 2025-02-24, 2025-03-20, 2025-06-21 (then 04-30, 06-03, ...).
#   2025-02-24: 中共中央国务院关于进一步深化农村改革…的意见 (a document) and 强农固本…（社论） (an editorial) skipped
#   unread by their titles; h01 taken (朝着建设农业强国目标扎实迈进, 3910 characters); 农业增效益 农村增活力 农民增收入
#   （政策解读·中央一号文件） read and skipped (6274 characters; a drafting group's policy reading, nobody named quoted);
#   从“不可能”到“无限可能”（人民论坛） skipped unread (a column); h02 taken (倾听基层声音 助力技能提升, 褚锋代表).
#   2025-03-20: 中共中央办公厅国务院办公厅关于…食品安全…的意见 (a document) skipped unread; 以优良作风凝心聚力干事创业
#   read and skipped (a commentary signed 仲音); h03 taken (在中国式现代化进程中展现新风采); 一个“创”字最奇崛
#   （人民论坛） skipped unread (a column); h04 taken (群众身边有了更多暖心举措, 西宁 community work).
#   2025-06-21: 从刺梨故事看科技创新引领高质量发展 read and skipped (a commentary signed 振兴); 凝众志者成其远 read and
#   skipped (4915 characters; a 微观察 commentary); h05 taken (传承红色基因 谱写创业新篇). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, lengths 3910, 1210, 2635, 2652, 2298 = total_chars.
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 …) or a quote mark: 37 blocks,
# nearly all quotes of documents (中央一号文件, 《特權法》, the 國防安全研究院 report), names in quote marks, the paper's
# own questions and section leads, or acts; confirmed. Changes: hkcn-39051 block 5, the magistrate 嚴舜儀's ruling told
# with its quoted reason, becomes her statement (pass 1: null), as the Court of Appeal's '裁定…，指…' in blocks 6 and 11;
# adtw-A3710 block 4 ('報導•攝影／張嘉恬', the byline on its own line) gets kind byline (pass 1 left the extractor's
# paragraph). Calls confirmed on re-reading: rmrb-h02 block 4 ('?'), rmrb-h04 block 22 ('看得见，管不了' describes the
# staff's plight: null), hkcn-10988 blocks 5 and 7 (商務部's list and 美國宣布豁免 are a document and a decision),
# hkcn-15917 block 6 (counsel relaying the witnesses: '?').
#
# Consistency pass of 2026-12-07 (corpus README calls 11-15, decided once for the whole corpus): changed hkcn-10988
#   block 7 ('美國宣布暫時豁免': the country's announcement, call 12); see consistency-2026-12-07.md.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-h01", b51="?")
A("rmrb-h01", [("韩耀海", "p", ["山东嘉祥县金屯镇薛韩村党支部书记"], [], [4]),
               ("陶帅", "p", ["芮城县大王镇张村种粮大户"], [], [5]), ("习近平", "p", ["总书记"], [], [6]),
               ("王秀东", "p", ["中国农业科学院战略研究中心副主任、农经所研究员"], [], [10]),
               ("王瑞华", "p", ["河北省现代农业产业体系廊坊试验站站长"], [], [12]),
               ("冯德桥", "p", ["山东德州市陵城区小冯家村党支部书记"], [], [15]),
               ("宋建农", "p", ["中国农业大学工学院教授"], [], [19]),
               ("焦丁华", "p", ["江西遂川县农业技术推广中心主任"], [], [21]),
               ("董彦辉", "p", ["河北元氏县东于科村村民"], [], [31]), ("李进辉", "p", ["元氏县水利局局长"], [], [32]),
               ("赵雪", "p", ["城关镇镇长"], [], [35]), ("王苏云", "p", ["馆陶县农业农村局局长"], [], [42]),
               ("何勇", "p", ["香龙山居的老板"], [], [45]), ("樊玉平", "p", ["甘肃金浪种业有限公司负责人"], [], [48])],
  q=[16, 22, 27, 34, 36],
  unnamed=[(16, "农业农村部有关负责人 (介绍)"), (22, "农业农村部种植业管理司有关负责人 (介绍)"),
           (27, "平阳县文化和广电旅游体育局负责人 (表示)"), (34, "吆喝声 (the shout '开船了！', nobody named)"),
           (36, "农业农村部有关负责人 (表示)")],
  rep=["王浩", "郁静娴", "邓剑洋"],
  ns=["中央一号文件 (提出/部署/要求: a document)", "农业农村部 / 农业农村部门 (acts; its officials speak unnamed)",
      "闫庆勇 (no words)", "中国农业银行武威分行 (provides a loan: an act)", "广大农民和基层干部 (act)"],
  note="Block 5: the opening quote '好政策送实惠…' has no cue; the paragraph's only person is 陶帅, watering his field: "
       "his (as rmrb-g02's opening exclamation). Blocks 11, 17, 25, 29, 33, 40, 44, 47 are section-lead sentences "
       "written as plain paragraphs (as rmrb-g06): no speaker. Quotes of the document ('今年中央一号文件提出“…”') are "
       "a document's words (null). Block 12: the quote after '…转一转，' is 王瑞华's (no verb). Block 45: '这里的饭馆香龙"
       "山居的老板何勇' gives the title '香龙山居的老板'. The closing '（相关报道见第二、六版）' is a related-article "
       "link (call 9: kind '?').")
K("rmrb-h02")
A("rmrb-h02", [("褚锋", "p", ["全国人大代表、苏州港集团太仓万方国际码头有限公司门机班副大班长、高级技师", "代表"], [],
                [5, 6, 7, 11])],
  q=[4], unnamed=[(4, "褚锋 and the workers in conversation (大家交流: who says which quote is not told)")],
  rep=["白光迪"], ns=["有关部门 (积极响应: an act)", "工人们"],
  note="Block 4: two quotes followed by '门机轰鸣，却难掩大家交流的热情' (褚锋 talking with the dock workers): the speakers "
       "of each quote are not told, '?'. Block 6: the content of the proposal he submitted ('提交了…的建议：鼓励企业…') is "
       "his written view (his statement). Block 8 announces proposals he will make without their content (null). "
       "'记者手记' and the bold quote line under it are headings. Title: '全国人大代表、…、高级技师褚锋' as written, and "
       "the kicker '褚锋代表——' ('代表').")
K("rmrb-h03", b28="byline")
A("rmrb-h03", [("王宏", "p", ["贵州省贵阳市市长"], [], [6]), ("赵东", "p", ["沾化区委书记"], [], [7]),
               ("李建光", "p", ["抚州市生态文明建设服务中心主任"], [], [8]),
               ("肖凯林", "p", ["贵州省委组织部常务副部长"], [], [9]),
               ("洪湖鹏", "p", ["贵州省黔南布依族苗族自治州委书记"], [], [12]),
               ("李强", "p", ["湖北省枝江市优化营商环境协调服务中心主任"], [], [13]),
               ("张国忠", "p", ["县委书记"], [], [14]), ("吕劲松", "p", ["贵州省商务厅厅长"], [], [16]),
               ("顾先林", "p", ["贵州省黔西南布依族苗族自治州委副书记、兴义市委书记"], [], [19]),
               ("李惠芬", "p", ["县委书记"], [], [20]), ("康治平", "p", ["园区管委会主任"], [], [21]),
               ("张雄", "p", ["县农业农村局局长"], [], [22]),
               ("陆艳玉", "p", ["贵州黎平县县级非物质文化遗产代表性传承人"], [], [24]),
               ("杨丽珊", "p", ["瑞金中央革命根据地纪念馆馆长"], [], [25]), ("王希昌", "p", ["村党支部书记"], [], [26]),
               ("吴涛", "p", ["贵州省文化和旅游厅厅长"], [], [27])],
  q=[3], unnamed=[(3, "大家 (表示: the cadres and people in general)")],
  rep=["马跃峰", "黄娴", "程焕", "强郁文", "李蕊", "周欢", "沈靖然"],
  ns=["习近平 (发表重要讲话: announced; his words are quoted only inside the speakers' quotations)",
      "党中央 (战略部署)", "重庆市丰都县招商专班 (acts)"],
  note="Byline '本报记者' names nobody; the closing '（本报记者马跃峰、…、沈靖然）' names the contributing reporters "
       "(byline, call 8, as rmrb-g01). Block 13: the unattributed quote '先发证、再核查，办理时效提升90%。' is taken as "
       "李强's (the paragraph's only person, who speaks in the same block). Blocks 8, 21: a quote after name + manner "
       "('深感重任在肩，“…”', '…康治平畅谈未来规划') is that person's. Lead sentences of the sections (5, 11, 15, 18) "
       "are the paper's voice (null).")
K("rmrb-h04", b2="heading", b6="byline")
A("rmrb-h04", [("习近平", "p", ["总书记"], [], [4]),
               ("李金福", "p", ["朝阳街道祁连路西社区第四党支部书记"], [], [11]),
               ("孙鑫", "p", ["西宁市委组织部副部长"], [], [15, 18]),
               ("妥香珍", "p", ["祁连路西社区党委书记、居委会主任"], [], [17, 24, 36, 37]),
               ("赵青", "p", ["城北区委组织部副部长"], [], [26]),
               ("郭文杰", "p", ["城北区城管局朝阳中队中队长"], [], [28]), ("李女士", "p", [], [], [29]),
               ("马生林", "p", ["朝阳街道祁连路西社区党委副书记", "公安民警"], [], [30]),
               ("李佳儒", "p", ["祁连路西社区志愿者"], [], [34, 36]), ("张文静", "p", ["祁连路西社区志愿者"], [], [34, 36]),
               ("邓阿姨", "p", ["独居老人"], [], [35])],
  q=[19, 34, 36], unnamed=[(19, "居民 (two quoted exclamations)")],
  rep=["王梅"],
  ns=["西宁市委组织部 / 西宁市 (acts)", "附近居民 (投诉: no words)", "社区工作人员 (劝导: no words; '看得见，管不了' "
      "describes their plight)", "青海红十字医院 (an act)"],
  note="The series label '系列：深阅读·关注社区治理' is a kicker (heading, as rmrb-f08); the editor's note is signed "
       "'——编  者' (byline, as rmrb-f05). Block 4 (editor's note): 习近平's questions quoted ('格外牵挂…，“社区规模有多大？"
       "…”'): his. The one-line questions (14, 23, 25, 27) are the paper's (null). Block 29: '李女士' (surname + "
       "courtesy form) is named (call 6). Block 30: the quote before '兼任…的马生林是一名公安民警' and '在他看来' are his. "
       "Block 34: the greeting is the two volunteers' (李佳儒和张文静, both named): '?'. Block 35: '虽说有保姆照顾，但我还是"
       "盼着志愿者来家里。' is 邓阿姨's (the old lady visited; surname + kin form = named, call 6). Block 36: '两人表示' "
       "and '妥香珍介绍': three speakers, '?'.")
K("rmrb-h05")
A("rmrb-h05", [("习近平", "p", [], [], [4]), ("李睿佳", "p", ["嘉兴双溪湖实验中学八年级学生"], [], [8]),
               ("吴建华", "p", ["南湖革命纪念馆党组书记、馆长"], [], [12]), ("沈伟超", "p", ["青年宣讲员"], [], [14]),
               ("潘建清", "p", ["天通控股党委书记"], [], [20]), ("陈伟", "p", ["嘉兴市委书记"], [], [23])],
  q=[10, 17], unnamed=[(10, "留言墙 (pledges written by unnamed visitors)"), (17, "嘉兴市委宣传部有关负责人 (介绍)")],
  rep=["刘军国"],
  ns=["王会悟 (the historical figure whose story 沈伟超 performs)", "袁晶 (works: no words)",
      "南湖革命纪念馆 / “桐乡青年名嘴说”理论宣讲团 / 嘉兴 (acts)"],
  note="Block 4: '习近平同志…将“红船精神”概括为“…”' quotes his formulation (his statement; '同志' is a form of address, "
       "not a title). Block 10: the pledges on the message wall are written words of unnamed visitors ('?'). Block 14: "
       "the first-person quote is 沈伟超's performance of 王会悟's story ('演绎着王会悟的故事'): the speaker is the "
       "performer (his).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-34822", [("劉錦德", "p", ["候選會長"], ["劉"], [3]), ("譚仲麟", "p", [], ["譚"], [4]),
                 ("陶君行", "p", ["社民連前主席"], [], [8]), ("劉先生", "p", [], [], [10]), ("羅先生", "p", [], [], [11])],
  q=[8], unnamed=[(8, "不少校友 (透露支持)")], rep=["鄭啟智"],
  ns=["現屆舊生會 (拒絕召開大會: an act)", "吳守基 / 黃嘉為 (no words)", "盧偉聰 / 何君堯 (named in others' words)",
      "皇仁書院舊生會"],
  note="Block 3: '劉在選後感謝…，稱…' is 劉錦德's (alias '劉', as the paper shortens him; not the 劉先生 of block 10). "
       "Block 4: '譚當選後，感激…，形容…，又表示…' is 譚仲麟's; his past role in a relative clause ('曾俊華參選特首時擔任其"
       "競選義工團負責人的譚仲麟') is not a title next to the name. '劉先生' and '羅先生' (surname + courtesy form) are "
       "named (call 6); '2008年畢業的' is no title. Captions report no words. The photographer 鄭啟智 is also the "
       "byline's reporter.")
A("hkcn-39051", [("梁國雄", "p", ["社民連", "時任立法會議員"], ["長毛"], [1, 3]), ("黃浩銘", "p", [], [], [1]),
                 ("陳寶瑩", "p", [], [], [3]), ("社民連", "o", [], [], [4]), ("上訴庭", "o", [], [], [6, 11, 13]),
                 ("律政司", "o", [], [], [7, 13]), ("彭力克", "p", ["英國御用大律師", "御狀"], [], [12, 13, 15, 16, 17]),
                 ("張舉能", "p", ["終院首席法官"], [], [14]), ("李義", "p", ["常任法官"], ["李官"], [14, 20]),
                 ("林穎茜", "p", ["副刑事檢控專員"], [], [19, 20]), ("嚴舜儀", "p", ["裁判官"], [], [5])],
  q=[1, 3, 13, 14, 20], rep=["林勵"],
  ns=["終院上訴委員會 (批出上訴許可, 釐定爭議: decisions, call 1)", "吳文遠 (arrested: no words)", "馬紹祥 (報警: an act)", "《特權法》 (a law quoted: a document)",
      "一名自稱「愛國護港」陣營的男子 (his accusation is told inside 社民連's statement)", "網上片段 (顯示)",
      "終審法院 (its earlier ruling is cited inside 彭力克's argument)"],
  note="Caption 1: 梁國雄 likes to quote a verse (his words) and 黃浩銘 uses it to exhort Hong Kong people: '?'. "
       "Block 3: 陳寶瑩 (梁國雄妻子: a relation, no title) asks, 梁國雄 answers a passive question (call 3): '?'. Block 5 "
       "(pass 2; pass 1 had null): the magistrate's ruling is told with its quoted reason ('裁定…，否則會出現「寒蟬效應」'), "
       "what she wrote (call 1: speaker, as blocks 6 and 11). "
       "Blocks 6 and 11: the Court of Appeal's ruling '裁定…，指…' / '裁決說…並認為' reports what it said (call 1: "
       "speaker). Block 7: '律政司在周二確認' (an organisation that speaks). Blocks 9-10 quote the law (a document). "
       "Block 13: '梁國雄一方' is his counsel 彭力克 (named in the same paragraph, call 11) and the views of the Court of "
       "Appeal and the Department of Justice are reported ('一方認為'): '?'. Block 14: two judges ask (their questions "
       "reported): '?'. Block 20: '李官問及…？林穎茜反對': an explicit asker, '?'. Blocks 21-29: the questions fixed by "
       "the committee (a decision, null); the case-number line is a paragraph without speaker.")
A("hkcn-15917", [("石永泰", "p", ["資深大律師"], [], [1, 8, 9, 10, 11]),
                 ("Edward Mok", "p", ["禮頓工程師", "工程師"], [], [2, 8]),
                 ("Julian Cohen", "p", ["大律師"], ["Cohen"], [5]), ("陶榮", "p", ["大律師"], [], [6]),
                 ("潘焯鴻", "p", ["中科興業董事總經理"], ["潘焯雄"], [6]), ("莊君如", "p", ["大律師"], [], [7]),
                 ("Ian Pennicott", "p", ["資深大律師"], ["Pennicott"], [13]), ("委員會", "o", [], [], [14])],
  q=[6, 8], unnamed=[(6, "中科其他員工 (13名證人, quoted by counsel)")], rep=["周滿鏗"],
  ns=["禮頓 (開腔, 承認, 否認: speaks through its counsel and its engineer's statement)", "中科興業 / 盈發 / 泛迅 (陳詞 "
      "through counsel)", "《明報》 (its report is the topic of Pennicott's remarks)", "林鄭月娥 (成立委員會: an act)",
      "夏正民 / Peter George Hansford (no words)", "首日聆訊 (披露)", "有關報告 (a document, inside 石永泰's words)"],
  note="Counsel speak for their clients: each counsel is the speaker of his submissions. 潘焯鴻's claims are the topic of "
       "石永泰's challenge in blocks 1, 9, 10 and 11 (his), and caption 12 says he did not speak. Block 6: 陶榮 relays "
       "the evidence of 潘焯鴻 (written '潘焯雄' there: alias) and other staff ('引述…指'), then speaks in his own right: "
       "'?'. Block 2: Edward Mok's written statement ('供詞中表示', with '禮頓承認屬實…但否認…' as its content) is his "
       "(a witness statement reports his words, as set 2's 胡偉傑). Block 7: the topic clause about Mok's statement "
       "leaves the block to 莊君如. Block 8: 石永泰 and Mok's statement ('一位姓莫的工程師…供詞指'): '?'. Block 14: "
       "'委員會今日表示' (the inquiry commission speaks).")
A("hkcn-10131", [("九巴僱員工會", "o", [], ["工會"], [1, 7]), ("郭志誠", "p", ["工會主席"], [], [1, 3, 4]),
                 ("李先生", "p", ["工會會員"], [], [6]), ("陳浩明", "p", ["九巴車長"], [], [9]),
                 ("練錦鴻", "p", ["主任裁判官"], [], [9])],
  q=[1, 9, 10], unnamed=[(1, "有工會會員 (表示, 批評)"), (9, "控方 (表示)"), (10, "控方 (表示); 案情 (指)")],
  rep=["戴晴曦"],
  ns=["九巴 / 九巴公關 (未有回應: no words)", "李澤昌 (receives the petition: no words)", "運輸署", "運房局資料 (data)",
      "警方 (錄口供, inside the prosecution's words)"],
  note="Block 1: the union's petition urges the company (its words, call 11), its chairman speaks and an unnamed "
       "member: '?'. Block 7: '工會又批評' (the union). Block 9: the defendant '報稱任職廚師' (his stated occupation: "
       "his words), the magistrate '表示' (call 1: what the judge said) and the prosecution (a role): '?'. Captions "
       "report no words. Block 8: no reply (null).")
A("hkcn-10988", [("崔天凱", "p", ["中國駐美大使"], [], [5]), ("特朗普", "p", ["美國總統"], [], [6]),
                 ("舒馬", "p", ["參議院民主黨領袖"], [], [8]), ("布朗", "p", ["俄亥俄州民主黨參議員"], [], [8]),
                 ("博爾頓", "p", ["美國前駐聯合國大使"], ["John Bolton"], [10]),
                 ("美國", "o", [], [], [7])],
  q=[8, 10], unnamed=[(10, "《紐約時報》 (報道)")],
  ns=["中國商務部 (發表清單: a list it publishes, a document)", "備忘錄 (a document)", "美國貿易代表署 (acts)",
      "麥克馬斯特 / 弗林 (resign: no words)", "《紐約時報》 (media, call 2)",
      "習近平 (named in 特朗普's words)", "奧巴馬"],
  note="Blocks 3 and 5: signing a memorandum and publishing a list for consultation are acts (their "
       "content is a document), so block 5 is 崔天凱's alone. Block 7: '美國宣布暫時豁免…' is the "
       "country's announcement, its words (README call 12; passes 1 and 2 had read it as a decision, "
       "null: changed in the consistency pass of 2026-12-07, speakers/consistency-2026-12-07.md). "
       "Block 10: the NYT reports a fact (call 2, unnamed) and 博爾頓's past criticism and article "
       "are his: '?'. Captions report no words. No reporter (眾新聞記者).")
A("hkcn-17193", [], q=[7], unnamed=[(7, "台灣政府人士 (警告說)")],
  ns=["國防安全研究院 (發表報告: its report is a document, call 11)", "《2018中共政軍發展評估報告》 (報告說/提出/指出: a "
      "document)", "台灣行政院 / 內政部 (acts)", "民進黨"],
  note="No named speaker: a precision test. Every '報告說/指出' is the report's (a document, call 11). Block 7: "
       "'台灣政府人士一直警告說' is unnamed ('?'). No reporter (眾新聞記者).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3932", [("張秀妹", "p", [], ["秀妹"], [2, 10, 12]), ("小珺", "p", [], [], [3, 5, 6, 7]),
                 ("阿娟", "p", [], [], [14]), ("阿玲", "p", [], [], [14])],
  q=[14], unnamed=[(14, "小珺的班導師 (說)")], rep=["向高彬"],
  ns=["醫院社工 (評估: an act)", "蘋果基金會 (訪視, 撥款)", "阿宗 (the late husband)", "醫師 (inside 張秀妹's quotation)"],
  note="Caption 2's quote '我趕快醫好病，把寶貝女兒養大。' is the mother's (as block 12), caption 5's the daughter's "
       "(as set 2's A3088 caption 8). Block 14: '二妹阿娟' and '同事兼好友阿玲' (nicknames the paper uses: names; 二妹, "
       "同事, 好友 are relations, not titles) and the unnamed class teacher: '?'. '秀妹' is how 阿玲 calls her (alias).")
A("adtw-A3677", [("小虹", "p", [], [], [4, 7]), ("黃湘玫", "p", [], [], [8, 9, 12])],
  q=[4, 5, 7], unnamed=[(4, "雙胞胎妹妹 (says it with 小虹)"), (5, "小虹班導杜老師 (surname + job, call 6)"),
                        (7, "7旬祖母 (說)")],
  rep=["張嘉恬"], ns=["廖漢釗 (cannot speak)", "蘋果基金會", "隔壁床 (the neighbour who phoned, inside 黃湘玫's words)"],
  note="Block 4: the twins say it together ('小虹和雙胞胎妹妹…對記者說著'): '?'; the glued byline gives the reporter. "
       "Block 5: '杜老師' is surname + job (unnamed, as set 2's 醫院陳社工); 小虹's wish is told inside the teacher's "
       "words. Block 8: the card 小虹 wrote is quoted inside her mother's words (黃湘玫's). The h2 quote line is a "
       "heading.")
A("adtw-A3539", [("洪靖萫", "p", [], ["靖萫"], [4, 5, 7, 9]), ("莊榮爵", "p", [], [], [8])],
  q=[4, 12], unnamed=[(4, "一雙國小兒女 (提問; named 小淇 and 阿諒 only in block 5)"), (12, "當地里長 (指出)")],
  rep=["孫敏聿"], ns=["莊政宏 (no words)", "莊謝金鬱 (no words)", "蘋果基金會"],
  note="Block 4: the children's questions (unnamed there) and 洪靖萫's reply: '?'. '71歲公公莊榮爵': 公公 is a relation, "
       "not a title. Block 7: '政宏就會扮鬼臉' inside her quotation (hers).")
K("adtw-A3710", b4="byline")
A("adtw-A3710", [("阿惠", "p", [], [], [3, 5, 6, 8, 9]), ("胡小姐", "p", ["公所"], [], [12])],
  q=[10], unnamed=[(10, "張姓律師 (表示; surname + 姓 + job, call 6)")], rep=["張嘉恬"],
  ns=["小淑 (in a coma)", "醫生 (inside 阿惠's quotation)", "法律扶助基金會 (協助: an act)", "蘋果基金會"],
  note="Block 4 '報導•攝影／張嘉恬' is the byline on its own line (pass 2: the extractor knows only '╱'). "
       "'公所胡小姐' is named (surname + courtesy form, call 6) with the affiliation written before the name as title "
       "(call 7). '張姓律師' is unnamed (as 姓鄺男子). '單親媽' describes her family, not a title.")
A("adtw-A3271", [("黃登慶", "p", [], ["阿慶"], [4, 7, 9, 10, 12, 13, 15]), ("小民", "p", [], [], [7])],
  q=[7, 14, 15], unnamed=[(14, "當地教會許牧師 (surname + title, call 6)"), (15, "當地公所 (說: an unnamed local office)")],
  rep=["江品璁"], ns=["陸配 / 妻子 (no words)", "醫生 (acts)", "蘋果基金會", "教會 (acts, inside the pastor's words)"],
  note="'阿慶（黃登慶）': the full name is the name, the nickname an alias (call 6). Block 7: father and son exchange "
       "words: '?'. '許牧師' (surname + title) is unnamed as '曲局长'. Block 15: '當地公所說' names no office: unnamed, "
       "'?' with 阿慶's words.")
