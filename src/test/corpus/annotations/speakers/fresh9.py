# Kinds and speaker gold of fresh set 9 (annotated 2026-12-07 by a helper of session 22, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh9.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh9-2026-12-07"; the
# same rules as sets 2-8, annotations/speakers/fresh2.py … fresh8.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-8 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-8.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-8 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-n01..n05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-8 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-27537, -16697, -23950, -7779, -20540, -48762 taken (the 4th, 11th, 17th, 18th, 30th and 31st
#   files in shuffled order); skipped among them: 眾說 columns (hkcn-46133, -25579, -40797, -3759, -14015, -20498,
#   -9587, -39737, -8468, -18474, -4069, -26401, -11030, -9183, -19283), 眾觀 pieces (hkcn-31929, -7774), one
#   tri-angles piece (hkcn-892), news outside the length/cue bounds (hkcn-31144: 488 characters, 4 cues; -47699: 723,
#   8; -29885: 578, 12; -8187: 5633, 94; -43098: 538, 4; -8866: 1125, 5) and one text already in split.tsv (hkcn-44121,
#   set 1); none of the first 31 was in /tmp/wide/ (400 files). The procedure reproduces set 8's order and picks with
#   its seed and set 8's split.tsv.
#   蘋果日報: adtw-A3652, -A3339, -A3214, -A3304, -A3485 taken (the first five in shuffled order), none skipped (the
#   procedure reproduces set 8's five with its seed).
#   人民日报: the first unused dates in shuffled order were 2025-02-20, 2025-04-23, 2025-03-31 (then 04-15, 04-25, ...;
#   the procedure reproduces set 8's 06-06, 04-26, 01-29, 06-13, 04-27). 2025-02-20: n01 taken (促进民营经济健康发展、
#   高质量发展, 2352: 习近平's speech and eight named entrepreneurs and officials quoted; listed again under 02-要闻);
#   坚定信心，民营经济发展前景广阔、大有可为 read and skipped (a 本报评论员 commentary, 1872); n02 taken (依法保护民营企业
#   和民营企业家合法权益, 886: 国家发展改革委副主任郑备 '向记者表示' and his five points). 2025-04-23: n03 taken (辽宁推动
#   科技创新与产业创新深度融合（奋勇争先，决战决胜“十四五”）, 1930); n04 taken (井下值班，“智慧大脑”来帮忙（在现场）, 1679:
#   an on-the-spot report, three named miners quoted). 2025-03-31: 中办国办印发《逐步把永久基本农田建成高标准农田实施方案》
#   skipped unread by its title (a document's release); 现象级创新，中国后劲如何？（读者点题·共同关注） skipped unread by
#   its title (a reader's question, as set 2 skipped a 读者点题 piece); n05 taken (让城市排水治理更智能（“两重”建设扎实
#   推进）, 1505). Raw files saved under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, lengths 2352, 886, 1930,
#   1679, 1505 = total_chars (no invisible characters: each pasted copy had exactly total_chars characters).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 22 blocks. Confirmed: quoted names, terms
# and slogans in the 人民日报 reports (rmrb-n03 10, 13; rmrb-n04 3, 4, 6, 8, 9, 10, 16; rmrb-n05 5, 9), rmrb-n04 11
# ('“嘀！”' is a phone alarm, 王建平 acts), hkcn-27537 2 (a poll: '問市民', '受訪者表示' are its figures, data),
# hkcn-23950 1 and 7 (decisions announced by bodies: '政府宣佈…訂立', 賽馬會 '宣佈' and 足總 '公佈' cancellations, as
# fresh3's '美國宣布暫時豁免') and caption 3 ('特首召開記者會宣佈…期間': a time frame for the crowd's acts),
# hkcn-7779 caption 1 ('接受傳媒訪問': an interview announced, no words), 5, 6 and 9 (motions and agenda items that
# '提出' / '要求': acts, as rmrb-l04's '提出意见建议'; 涂謹申's roar has no words), hkcn-48762 11 (the paper's count of
# '政改' in press releases), adtw-A3214 caption 3 ('手指': a finger). Changed: hkcn-23950 block 5, where pass 1 had
# listed '多間大專院校 (宣佈提早停課)' as an unnamed speaker beside the two university notices: closures announced are
# decisions (as blocks 1 and 7), so only the two notices that give reasons speak (block 5 stays '?').
# Calls re-read and kept: announcements by persons speaking in public are their statements (蔡英文 '宣布辭去' in
# hkcn-16697 captions 1-2 and block 5, 陳其邁 '上台宣布敗選', 林鄭月娥 '召開記者會，宣佈…' in hkcn-23950 block 4, the
# unnamed 財政司長 of hkcn-27537 block 1), while a body's announcement of a decision alone is an act (see above; sets 4-5
# read '教協/職工盟…宣布啟動解散程序' as the unions speaking: a tension left to the lead); hkcn-23950 block 5 (the
# universities' notices with reasons as the bodies' words, against set 8's phone notice of hkcn-41113 read as a
# document: a tension left to the lead) and block 8 (the topic clause '對於林鄭指出…', as hkcn-22284); hkcn-16697 block
# 8 (the authorities' '擔心…' as a view, '?'); hkcn-20540 blocks 5-7 (the German officials' words told inside 陳方安生's
# and 郭榮鏗's account) and block 3 ('被中方指竊取': a charge, call 1); rmrb-n02 blocks 3-7 (郑备's five points);
# rmrb-n03 blocks 6, 11, 14 (the '——' section labels as headings, with sets 2, 4 and 7 against set 6); adtw-A3214 block 5
# (a quote about 阿雪 in the third person: 阿忠's); adtw-A3304 caption 3 ('希望…': his wish, as adtw-A3171's '她擔憂…').
#
# Consistency pass of 2026-12-07 (corpus README calls 11-15, decided once for the whole corpus): changed hkcn-23950
#   blocks 1, 5, 6, 7 (bodies' announcements of decisions as their words, call 12); see consistency-2026-12-07.md.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-n01", b15="byline")
A("rmrb-n01", [("习近平", "p", ["总书记"], [], [3, 6, 9, 12]), ("南存辉", "p", ["正泰集团股份有限公司董事长"], [], [4]),
               ("汪鸿雁", "p", ["全国工商联党组成员、副主席"], [], [5]),
               ("王兴兴", "p", ["杭州宇树科技有限公司首席执行官"], [], [7]),
               ("冷友斌", "p", ["黑龙江飞鹤乳业有限公司董事长"], [], [8]),
               ("雷军", "p", ["小米科技有限责任公司董事长"], [], [10]),
               ("高月静", "p", ["西安蓝晓科技新材料股份有限公司董事长"], [], [11]),
               ("刘敏", "p", ["国家市场监督管理总局总工程师"], [], [13]),
               ("白重恩", "p", ["清华大学经济管理学院院长"], [], [14])],
  rep=["林丽鹂", "邓剑洋", "王云杉", "杨昊", "葛孟超"],
  ns=["民营企业座谈会 (the meeting)", "党中央 / 市场监管部门 / 中央 (inside the speakers' words)"],
  note="Blocks 3, 6, 9, 12: 习近平's words at the symposium (强调, 指出). Blocks 4 and 7 quote his words inside the "
       "entrepreneurs' own ('总书记强调‘…’'): theirs. Block 7: '1990年出生的…首席执行官王兴兴，凭借…受到关注，“…”' "
       "(a quote after his mention, no verb: his; the birth year is a description). The closing '（本报记者杨昊、葛孟超"
       "参与采写）' names contributing reporters (byline, call 8, as rmrb-m03).")
K("rmrb-n02")
A("rmrb-n02", [("郑备", "p", ["国家发展改革委副主任"], [], [2, 3, 4, 5, 6, 7])],
  rep=["刘志强"],
  ns=["国家发展改革委 (将会同…: inside his words)", "全国人大 (审议: an act)", "记者 (addressed: 向记者表示)"],
  note="Block 2: '国家发展改革委副主任郑备向记者表示' announces the five points (从5方面); blocks 3-7 are the five "
       "points, written without a cue: continuation paragraphs of his statement (his, as hkcn-43421's five numbered "
       "demands; hard call, the alternative is null for a list in the paper's voice). The dateline '本报北京2月19日电  "
       "（记者刘志强）' stays glued to block 2 (reporter 刘志强, as rmrb-i05).")
K("rmrb-n03", b6="heading", b11="heading", b14="heading")
A("rmrb-n03", [("石磊", "p", ["沈阳化工大学化学工程学院教授"], [], [2]), ("习近平", "p", ["总书记"], [], [4]),
               ("张永光", "p", ["实验室研究员"], [], [7]),
               ("刘中民", "p", ["中国工程院院士、辽宁滨海实验室主任"], [], [8]),
               ("张庆源", "p", ["公司董事长"], [], [12]), ("张宏伟", "p", ["公司董事长"], [], [16]),
               ("郝鹏", "p", ["辽宁省委书记"], [], [18])],
  rep=["刘成友", "郝迎灿", "刘佳华"],
  ns=["辽宁 (选派, 实施: acts)", "辽宁省、大连市政府 / 中国科学院金属研究所 (inside the speakers' words)",
      "辽宁滨海实验室准固态锂离子电池研究团队 / 辽宁中科博研科技有限公司 (acts)"],
  note="The three one-line section labels opening with '——' (6, 11, 14: '——夯实融合基础，增加高质量科技供给。') are "
       "section headings, as the '…——' labels of rmrb-g02, rmrb-i03 and rmrb-l03 (set 6 kept such labels as "
       "paragraphs: the inconsistency noted in fresh7.py). Block 2: '…教授石磊还有个身份——企业科技特派员，“…”' (a quote "
       "after his mention: his; 企业科技特派员 is a second role, not written next to the name). Block 7: a quote "
       "followed by the named researcher's act ('实验室研究员张永光和团队正忙着…'): his (the paragraph's only person, "
       "as rmrb-m04 block 4); title as written (实验室 = 辽宁滨海实验室, named before it, as rmrb-m03's 公司市场总监). "
       "Blocks 12, 16: '公司董事长' as written (two companies, two people). Block 10: quoted project names (null).")
K("rmrb-n04")
A("rmrb-n04", [("郝以瑞", "p", ["马兰矿采煤区区长"], [], [5, 15, 20]), ("丁超", "p", ["综采准备队技术副队长"], [], [13]),
               ("郭天骏", "p", ["马兰矿机电部主任工程师"], [], [18])],
  rep=["马睿姗"],
  ns=["王建平 (屯兰矿机电部外维队队员: acts; '“嘀！”' is the alarm's sound, no words)",
      "智能综采系统 / AI预警平台 / 智能巡检机器人 (machines)", "山西焦煤西山煤电（集团）有限责任公司马兰矿 / 屯兰矿 (acts)"],
  note="Block 4: 丁超 at the console (an act, null); block 13: '丁超回忆，…' (his recollection: his). Block 11: '“嘀！”' "
       "is the phone's alarm, not speech; 王建平 acts (null). Blocks 7 and 16 are the paper's questions, blocks 9, 12, "
       "14 its one-line leads (paragraphs, null).")
K("rmrb-n05")
A("rmrb-n05", [("芮胜阳", "p", ["成都环境集团兴蓉市政公司数据中心副主任"], [], [3, 4, 6, 7]),
               ("欧阳后杰", "p", ["成都环境集团兴蓉市政公司运营管理部副部长"], [], [8])],
  q=[10], unnamed=[(10, "成都市发展改革委相关负责人 (说: a role without a name, as rmrb-k04's 浙江省委主要负责同志)")],
  rep=["宋豪新"],
  ns=["成都 (以“两重”项目为关键抓手, 建立: acts)", "工作人员 / 调度及巡检人员 (acts)",
      "智慧排水综合管控平台 / 隧道积水监测机器人 (systems)"],
  note="Block 10: an official without a name (a role, '?'). Block 5 and 9 are the paper's voice (null); block 4 "
       "opens with an incident and closes with 芮胜阳's quote (his).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-27537", [("林本利", "p", ["經濟學者"], [], [1, 3, 4, 5, 6, 7, 8]), ("政府", "o", [], [], [1])],
  q=[1],
  unnamed=[(1, "財政司長 (在《財政預算案》宣佈: a role without a name)")],
  ns=["香港研究協會 (民意調查顯示: data)", "受訪者 (the poll's answers: data)", "政府估計 (block 5: an estimate, data)",
      "眾新聞記者 (byline, no name)"],
  note="Block 1: the Financial Secretary's budget announcement (a role, unnamed), '政府指' (the government speaks, as "
       "hkcn-18833 and hkcn-46908) and 林本利 (指 twice): '?'. Block 2: a poll ('民意調查顯示', '受訪者表示' are its "
       "figures): data, null. Captions 4 and 7 report his view (認為): his. Block 6: his earlier articles ('撰文，認為') "
       "are his words. '經濟學者' is written before his name (title). No reporter (眾新聞記者).")
A("hkcn-16697", [("蔡英文", "p", ["黨主席", "總統"], [], [1, 2, 5, 6]), ("陳其邁", "p", ["民進黨"], [], [3, 7]),
                 ("韓國瑜", "p", ["國民黨候選人", "市長"], [], [7]), ("吳敦義", "p", ["國民黨主席"], [], [9]),
                 ("賴清德", "p", ["行政院長"], [], [10])],
  q=[7, 8, 9, 11, 12, 13],
  unnamed=[(8, "台北檢警部門 (擔心: the prosecutors and the police, bodies without a name)"),
           (9, "現場有人 (高喊)"), (11, "一名綠委 (嘆, 直言, 說)"),
           (12, "另一綠委 (台灣《蘋果日報》引述…說: a medium quoting, call 2)"), (13, "亦有綠委 (說)")],
  ns=["陳菊 (請辭: an act)", "柯文哲 / 丁守中 (no words)", "警方 (架設鐵馬: acts)", "台灣《蘋果日報》 (pictures; quotes, call 2)",
      "馬英九政府 (inside the legislator's words)", "眾新聞記者 (byline, no name)"],
  note="'蔡英文…宣布辭去主席一職' (captions 1-2, block 5) is her announcement, her statement (宣布 as 教協 in "
       "hkcn-44266); 賴清德 and 陳菊 '先後請辭' in block 5 are acts (block 5: hers). Caption 3: 陳其邁 (宣布敗選, "
       "表示): his. Caption 4 reports no words. Block 7: 陳其邁 and 韓國瑜 (說): '?'. Block 8: the prosecutors' and "
       "police's worry with its content ('擔心…恐引發…風波': a view, as adtw-A3171's '她擔憂…'; bodies without a name): "
       "'?' (hard call; the alternative is null). Block 9: 吳敦義 (發表談話, 說) and a shout from the crowd: '?'. Block "
       "10: 賴清德's quoted words, then background (his). Blocks 11-13: unnamed DPP legislators ('綠委'); block 12 "
       "through a medium (call 2). Titles as written next to the names: '黨主席蔡英文', '蔡英文總統' (in 賴清德's words), "
       "'民進黨陳其邁' (affiliation, call 7), '國民黨候選人韓國瑜', '韓國瑜市長' (in 陳其邁's words). No reporter.")
A("hkcn-23950", [("林鄭月娥", "p", ["特首"], ["林鄭"], [4]), ("陳淑莊", "p", ["民主派召集人", "民主派會議召集人"], [], [2, 8]),
                 ("香港城市大學緊急事故應變小組", "o", [], [], [5]), ("浸會大學教務處", "o", [], [], [5]),
                 ("郭榮鏗", "p", ["公民黨"], [], [9]), ("楊岳橋", "p", ["公民黨"], [], [9]),
                 ("胡志偉", "p", ["民主黨"], [], [10]), ("毛孟靜", "p", ["議會陣線"], [], [11]),
                 ("民間人權陣線", "o", [], ["民陣"], [12, 13, 14]), ("民權觀察", "o", [], [], [15, 16]),
                 ("哈塔托", "p", ["聯合國人權事務發言人"], [], [17]), ("政府", "o", [], [], [1]),
                 ("新城市廣場", "o", [], [], [6]), ("朗豪坊", "o", [], [], [6]), ("賽馬會", "o", [], [], [7]),
                 ("足總", "o", [], [], [7])],
  q=[2, 5, 6, 7, 8, 9],
  unnamed=[(2, "民主派議員 (批評: several, unnamed)"), (5, "多間大專院校 (宣佈提早停課: several, call 12)"),
           (6, "有人 (號召, 高呼口號)"), (8, "民主派立法會議員 (批評: several, unnamed)")],
  rep=["周滿鏗"],
  ns=["大批市民 (堵塞馬路: acts)", "特首 (caption 3: 召開記者會宣佈…期間, a time, call 12)",
      "《禁止蒙面規例》 / 《緊急情況規例條例》 / 基本法 (laws: documents)", "警隊 (inside 楊岳橋's words)",
      "美聯社 (pictures)"],
  note="Announcements: 林鄭月娥 '召開記者會，宣佈根據緊急法訂立《禁蒙面法》' (block 4) is her statement "
       "at the press conference, the rest of the block giving the regulation she announced (hers). "
       "Announcements of a decision by bodies (block 1 '政府宣佈…訂立', the closures and cancellations "
       "of blocks 5-7: 宣佈提早停課, 宣布關閉, 宣佈…停止服務, 公佈…延期) are the bodies' words (README "
       "call 12, as sets 4-5's '教協/職工盟…宣布啟動解散程序'; passes 1 and 2 had read them as decisions, "
       "null: changed in the consistency pass of 2026-12-07, speakers/consistency-2026-12-07.md): "
       "block 1 is 政府's, block 6 '?' with the two malls, block 7 '?' (賽馬會 and 足總), and the "
       "unnamed universities of block 5 stand beside the two notices; caption 3's '宣佈…期間' is a "
       "time. The two university notices of block 5 give reasons ('以學生及教職員的安全為重，預計…', "
       "'由於交通情況預期出現混亂'): the bodies speaking through a notice, as a statement (README "
       "call 13). Block 8: '對於林鄭指出…，陳淑莊認為' is a topic clause leaving the block to the "
       "answerer (as hkcn-22284); with the unnamed 民主派立法會議員 (批評): '?'. Block 6: slogans "
       "shouted by unnamed protesters: '?'. Captions 3 (acts; the announcement as a time) and 12 ('民間人權陣線發聲明強烈譴責': "
       "its statement). '記者周滿鏗' gives the reporter.")
A("hkcn-7779", [("謝偉俊", "p", ["立法會議事規則委員會主席", "主席"], [], [2, 10, 14]), ("陳健波", "p", ["財委會主席"], [], [3]),
                ("朱凱迪", "p", ["議員"], [], [7, 15]), ("楊岳橋", "p", [], [], [11, 12]), ("陳志全", "p", ["人力"], [], [15]),
                ("許智峯", "p", ["民主黨"], [], [15]), ("梁美芬", "p", ["經民聯"], [], [16]), ("張宇人", "p", ["自由黨"], [], [16])],
  q=[4, 7, 15, 16],
  unnamed=[(4, "多名泛民議員 (要求解釋)"), (7, "多名泛民主派非委員 (抗議，要求列席, 表示)"),
           (16, "建制派議員 (表示遺憾: several, unnamed)")],
  rep=["林勵"],
  ns=["立法會議事規則委員會 (否決, 通過決議: acts)", "廖長江 (動議: a motion, an act)", "建制派議員 (聯署提出修訂: a motion)",
      "梁繼昌 (his motion and request: agenda items)", "涂謹申 / 郭榮鏗 (提出, 爭議, 咆哮: no words reported)",
      "譚文豪 (會外以大聲公抗議: no words)", "會議規則 (表示: a document, inside the legislators' words)"],
  note="Caption 1: '接受傳媒訪問' announces an interview without words (null). Caption 4: the pan-democrats' demand "
       "(要求解釋, unnamed, several) and 謝偉俊's refusal (a gesture, call 10): '?'. Block 2: '主席謝偉俊承認…' (his); "
       "the committee's vote is an act. Block 3: '陳健波上周五向眾新聞等傳媒表示' (his; the media are addressed). Block 7: "
       "the protesters (表示, unnamed) and 朱凱迪 (強調): '?'. Block 9: motions raised (提出), an hour of argument and "
       "涂謹申's roar report no words (null, as rmrb-l04's '提出意见建议'). Block 12: '他批評' continues 楊岳橋. Block "
       "15: 陳志全, 許智峯, 朱凱迪 ('另一名議員朱凱迪': 議員 written before the name); block 16: the pro-establishment "
       "camp (unnamed), 梁美芬 and 張宇人: '?'. Affiliations before the names are titles (call 7: 人力, 民主黨, 經民聯, "
       "自由黨). Heading 8 introduces the video (as extracted). '記者林勵' gives the reporter (also the photographer).")
A("hkcn-20540", [("香港觀察", "o", [], ["Hong Kong Watch"], [1, 2, 3]), ("陳方安生", "p", ["前政務司司長"], [], [5, 6, 7]),
                 ("郭榮鏗", "p", ["法律界立法會議員"], [], [5, 6, 7])],
  q=[2, 5, 6, 7],
  unnamed=[(2, "加拿大三位國會議員 (發表聯合聲明, 聲明指: several, unnamed)")],
  ns=["羅哲斯 / Benedict Rogers (a founder: no words)", "加拿大外交部全球事務部 (審視: an act, inside 香港觀察's words)",
      "康明凱 / Michael Kovrig (no words)", "中方 (指竊取…: a charge, call 1)",
      "羅特 / Claudia Roth, 拜格 / Thomas Bagger, Niels Annen (their words are told inside 陳方安生's and 郭榮鏗's account)",
      "美聯社 (a picture)", "眾新聞記者 (byline, no name)"],
  note="Block 2: 香港觀察 (又指) relays the joint statement of three unnamed Canadian MPs (聲明指): '?'. Block 3: '被中方指"
       "竊取、刺探…' is read as the charge on which he is held (call 1), background in the paper's voice (block 3: "
       "香港觀察's). Blocks 5-7: 陳方安生 and 郭榮鏗 together (兩人指, 指, 引述) relate what the German officials said "
       "at their meetings: two speakers, '?'; the officials' words are told inside their account (as hkcn-16619's 周先生 "
       "inside his son's words; hard call for '羅特更表示', the alternative makes 羅特, 拜格 and Annen speakers). Captions 4 "
       "and 8 report no words. No reporter (眾新聞記者).")
A("hkcn-48762", [("林鄭月娥", "p", ["行政長官"], ["林鄭"], [1, 3, 4, 5, 7, 8, 9, 10])],
  rep=["伍銘熙"],
  ns=["《環球時報》 (its interview: the medium asks, no one quoted through it)", "親中陣營 / 政府 (期望管理: acts)",
      "民調 / 香港民意研究所 (公佈…調查: data)", "政府新聞稿 (block 11: documents counted)", "眾新聞製圖 (captions 2, 6: graphics)"],
  note="Every statement is 林鄭月娥's: passive questions (被問到, 被問及, call 3) leave blocks 1, 3, 7 to her; block 4 "
       "('翻查資料') gives her earlier statement (發聲明承認, 承諾) and words (林鄭當時說); block 10: '糾正《環時》記者說' "
       "(hers; the reporter's term is the topic). Captions 2 and 6 ('眾新聞製圖') are graphic credits (null). Block 11 "
       "is the paper's count (null). '記者伍銘熙' gives the reporter.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3652", [("劉淑芳", "p", [], ["阿芳"], [5, 7, 9]), ("小柔", "p", [], [], [8]), ("阿隆", "p", [], [], [11])],
  q=[11],
  unnamed=[(11, "阿芳妹妹 (說: a relation)")],
  rep=["張嘉恬"],
  ns=["前夫 (no words)", "兒子 (his letter is not read)", "蘋果基金會 (acts)"],
  note="'劉淑芳（阿芳）': name = full name, alias = nickname (call 6); '單親媽媽' describes her family, not a title. "
       "Block 8: her daughter 小柔 (a name the paper uses; 女兒 is a relation) says what her mother blames herself for "
       "(hers, 小柔's). Block 11: her fiancé 阿隆 (說) and her sister (a relation, unnamed): '?'. Caption 3 and the "
       "intro (4) report no words. The byline '報導•攝影╱張嘉恬' is glued to block 4.")
A("adtw-A3339", [("楊聯勝", "p", [], [], [4, 6]), ("賀瓊", "p", [], [], [3, 8, 9]), ("阿琪", "p", [], [], [12])],
  q=[11, 12],
  unnamed=[(11, "讀小五的女兒 (說); 讀小二的小兒子 (說); 孩子班導師 (說: a role)"), (12, "楊聯勝的弟弟 (說: a relation)")],
  rep=["向高彬"],
  ns=["醫師 (inside his words)", "當地公所 / 蘋果基金會 (acts)"],
  note="Caption 3: '照顧罹癌丈夫的賀瓊(右)說：「…」' (hers). Block 8: '33歲太太賀瓊是陸配' (太太 a relation, 陸配 a "
       "description, no titles). Block 11: the unnamed children and the class teacher (a role): '?'. Block 12: the "
       "eldest daughter 阿琪 (a name the paper uses) and his brother (a relation, unnamed): '?'. The byline "
       "'報導•攝影╱向高彬' stands on its own line (5).")
A("adtw-A3214", [("周武忠", "p", [], ["阿忠"], [4, 5, 7, 8, 10, 11]), ("張明雪", "p", [], ["阿雪"], [7]),
                 ("阿華", "p", [], [], [11]), ("吳玉琴", "p", ["老盟秘書長"], [], [12])],
  q=[7, 8, 11],
  unnamed=[(8, "阿忠零工老闆 (說: a role)"), (11, "阿雪的物理治療師 (說: a role)")],
  rep=["韓旭爾"],
  ns=["記者 (聽不懂: no words)", "蘋果基金會 (acts)"],
  note="'阿忠（周武忠）', '阿雪（張明雪）': name = full name, alias = nickname (call 6). Block 5: the quote speaks of "
       "阿雪 in the third person ('但阿雪常飆到240'): not hers, a continuation of 阿忠 (the last speaker, block 4; hard "
       "call, the alternative is '?'). Block 7: 阿忠 (說) and 阿雪's words spelt out on the phonetic chart ('阿雪表達"
       "出：「…」'): '?'. Block 8: 阿忠 and his employer (a role): '?'. Block 11: the physiotherapist (a role), 阿忠 and "
       "his sister 阿華 (a name the paper uses): '?'. Block 12: '老盟秘書長吳玉琴' (title). Caption 3 reports no words. "
       "The byline '報導．攝影╱韓旭爾' is glued to block 4.")
A("adtw-A3304", [("小賢", "p", [], [], [3, 4]), ("唐財郎", "p", [], [], [7, 11, 13]), ("阿娟", "p", [], [], [10])],
  q=[8, 14],
  unnamed=[(8, "當地公所急難承辦員 (說: a role, as adtw-A3640's 公所承辦)"), (14, "阿娟的大妹 (說: a relation)")],
  rep=["仲芝蓉"],
  ns=["醫生 (建議: inside 阿娟's words)", "老闆 (inside 阿娟's words)", "蘋果慈善基金會 (acts)"],
  note="Caption 3: '小賢…希望她趕快病好能回家' reports his wish with its content (his, as adtw-A3171's caption '她擔憂…'; "
       "hard call, the alternative is null). Block 4: his question to his mother (his). Block 7: '小賢56歲的爸爸唐財郎' "
       "(爸爸 a relation). Block 10: '48歲妻子阿娟' (a name the paper uses). Caption 6 reports no words. The byline "
       "'報導•攝影╱仲芝蓉' stands on its own line (5).")
A("adtw-A3485", [("王黃蔭", "p", [], [], [3, 4, 7]), ("王志發", "p", [], [], [6]), ("阿成", "p", [], [], [11]),
                 ("陳宏政", "p", ["附近雜貨店老闆"], [], [12])],
  q=[10, 12],
  unnamed=[(10, "負責王志寶強制險的理賠專員 (表示: a role)"), (12, "當地村幹事 (說: a role)")],
  rep=["江品璁"],
  ns=["王志寶 (no words)", "政府 (補助: an act, inside 陳宏政's words)", "蘋果基金會 (acts)"],
  note="Block 3: '「我有一個大嬰仔。」67歲的王黃蔭邊說邊餵食…' (hers). Block 6: her son 王志發 (流淚道). Block 11: the "
       "eldest son 阿成 (a name the paper uses). Block 12: '附近雜貨店老闆陳宏政' (title as written, as '當地永福派出所"
       "所長') and the village officer (a role): '?'. Block 10: the claims adjuster (a role): '?'. Captions 2 and 8 "
       "report no words. The byline '報導•攝影╱江品璁' is glued to block 3.")
