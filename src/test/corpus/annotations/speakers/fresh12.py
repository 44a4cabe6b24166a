# Kinds and speaker gold of fresh set 12 (annotated 2026-12-07 by a helper of session 22, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh12.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh12-2026-12-07"; the
# same rules as set 11, annotations/speakers/fresh11.py, with its republished-text exclusion applied from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-11 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-11.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-11 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-q01..q05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-11 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start, as set 11 added it): a candidate with at least half of its
#   extracted lines longer than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in
#   a file of /tmp/wide/ is skipped (checked by a script before the candidate is read).
#   Outcome. 眾新聞: hkcn-21206, -49676, -6182, -13868, -15272, -9115 taken (the 3rd, 4th, 5th, 10th, 18th and 19th
#   files in shuffled order; extracted characters / cues 1097/24, 1587/12, 1487/28, 1423/27, 1617/31, 1717/37); none
#   of the first 19 was in split.tsv or in /tmp/wide/ (400 files). Skipped among them: 眾說 columns (hkcn-21434,
#   -19482, -6508, -1275, -13666, -23625, -20877) and news outside the length/cue bounds (hkcn-40864: 333 characters,
#   1 cue; -16393: 706, 12; -34282: 723, 13; -26471: 4474, 32; -43166: 510, 5; -28799: 4472, 42). No candidate was
#   republished: each text taken shares none of its lines over 30 characters (9, 17, 10, 11, 8, 10) with a text of
#   split.tsv or /tmp/wide/.
#   蘋果日報: adtw-A3645, -A3876, -A3213, -A3868, -A3457 taken (the first five in shuffled order; 853/11, 883/11,
#   952/9, 823/11, 859/7), none skipped; none shares a long line with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-03-05, 2025-05-21, 2025-05-11 (then 03-08, 05-22, 03-10,
#   06-16, 02-01). 2025-03-05: 凝心聚力，打开改革发展新天地（社论） skipped unread by its title (an editorial);
#   干字当头亮点纷呈 高质量发展成为主旋律 read and skipped (6112 > 4000); 高质量发展需要坚持科学理念和正确方法 read and
#   skipped (5803 > 4000); 杭州萧山：打造“青年向往之城” 让青年与城市共成长 read and skipped (1926: a promotional
#   report of the district's policies, nobody named quoted); the three 13-理论 files (以“查”“治”贯通阻断风腐演变（思想
#   纵横）, 大力提升乡村数字治理能力, 新质生产力的理论价值与实践意义（…纵横谈）) skipped unread by their titles and page
#   (a column and theory expositions); q01 taken (志愿同行，传递爱与希望（守望）, 3894: a 特别报道 page of three
#   reports with named volunteers quoted); 沈阳：织密“一老一小”服务网… skipped unread (the 18-广告 advertisement page).
#   2025-05-21: q02 taken (“十五五”规划编制工作开展网络征求意见活动, 658: a 新华社 wire reporting 习近平's instruction,
#   kept as set 2 kept g05); q03 taken (坚定信心推动高质量发展高效能治理 奋力谱写中原大地推进中国式现代化新篇章, 3149:
#   习近平's inspection of Henan). 2025-05-11: 今天我们为什么还需要图书馆？（读者点题·共同关注） skipped unread by its
#   title (a reader's question); q04 taken (重庆以科技创新引领先进制造业发展（奋勇争先，决战决胜“十四五”）, 1673);
#   铁肩担道义，历史鉴未来 read and skipped (5612 > 4000, a 新华社 wire of 王毅's briefing); q05 taken (沙漠旁的疏勒蔬果香
#   （经济新方位·县域经济观察）, 3296). Raw files saved under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH
#   (commits 016963ee… for 03-05, 65acd7d7… for 05-21 and 05-11, as find_files and read_file gave them), lengths 3894,
#   658, 3149, 1673, 3296 = total_chars (no invisible characters: each pasted copy had exactly total_chars
#   characters); none of the five shares a long line with a corpus or /tmp/wide/ text.
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 19 blocks. Confirmed:
# hkcn-49676 2 (the charge, '被控…，指他們…'), hkcn-13868 10 (the paper's question opening a section, '要求' inside
# it), hkcn-15272 12 (the advertisement '強調', '提及': a document; a university's study: data, call 12), adtw-A3876 4
# ('對…小君來說': the paper's account), quoted names and terms in the 人民日报 reports (rmrb-q01 22, 24, 35, 43; rmrb-q02
# 3; rmrb-q04 2, 9 (data), 13; rmrb-q05 8, 20, 45), rmrb-q03 16 ('对下一步工作提出要求', no content), rmrb-q04 16 and 17
# (a city's policies, '提出…政策'; '问题'), rmrb-q05 39 (a textbook '介绍着': a document). Also re-read without a cue
# word: hkcn-49676 3 (the admitted 案情: a document; '不爭議': a position in court, no words), rmrb-q05 11 and 15,
# adtw-A3457 3 and 4 ('記者觀察小玲': an observation, as fresh11's hkcn-37727 16; her words follow). Changed: none.
# Calls re-read and kept: hkcn-21206 blocks 8 and 9 (the topic clause '對於…指…，X回應/質疑' leaves the block to the
# answerer, as fresh9's hkcn-23950; block 9 is '?' for the police's figure in a sentence of its own) against hkcn-6182
# block 6 ('有人指，…，但羅冠聰說': an unnamed speaker in a clause of its own, '?'); hkcn-49676 blocks 5 (鄭偉森's
# admission in a recorded interview: his words, not an exhibit), 9-14 (the evidence list after the judge's colon: his)
# and 20 (sentences with their reasons: his) against block 19 (a sentence's arithmetic: null); hkcn-6182 13-28 (the
# mother's verse: paragraphs, '?'); hkcn-13868 block 10 (null, not call 10); rmrb-q01 blocks 33-34 (江文朋措 with
# unnamed friends: his); titles only right before the name (rmrb-q01's 陈亚玲 and 江文朋措 have none, as rmrb-i02's
# 周朋).
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): verse or other lines of
# a quoted post set in bold (the hkcnews extractor guesses headings: hkcn-6182 13-28 made paragraphs); a named speaker
# with unnamed companions ('X和几个朋友下定决心：“…”', 'X等人…“…”'); the topic clause '對於X指…，Y回應' (decided in
# fresh9's notes, not in the README) beside a separate '有人指…，但Y說'; a defendant's recorded interview (承認) beside
# call 11's exhibits; a judge's evidence list and a sentence given with its reasons beside call 1; the paper's own
# rhetorical question opening a section beside call 10; a role given in a predicate ('X是…队长', '作为…负责人') as a
# title or not.
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-q01", captions=[1, 3, 5, 8, 10, 12], b2="credit", b4="credit", b6="credit", b7="credit", b9="credit",
  b11="credit", b13="credit", b16="byline", b17="heading", b18="heading", b19="byline", b28="heading", b29="heading",
  b30="byline", b39="heading", b40="heading", b41="byline")
A("rmrb-q01", [("蔡意境", "p", ["志愿者"], ["小蔡"], [20, 21]), ("俞翠英", "p", [], ["俞大妈"], [23]),
               ("陈亚玲", "p", [], [], [26, 27]), ("杨映霞", "p", ["“武林大妈”公益社会服务中心秘书长"], [], [27]),
               ("江文朋措", "p", [], [], [32, 33, 34, 36, 37, 38]),
               ("陈凤葵", "p", ["赵广军生命热线协会志愿者"], [], [42]),
               ("彭春燕", "p", ["赵广军生命热线协会秘书长"], [], [44, 48]), ("邱丽芬", "p", ["志愿者"], [], [45, 47]),
               ("陈婆婆", "p", [], [], [46]), ("覃朝晖", "p", ["“陪医计划暖心行动”志愿服务队队长"], [], [49])],
  q=[25, 27],
  unnamed=[(25, "小区一名业主 (the opening quote, her or his plea to 陈亚玲: no name)")],
  rep=["窦瀚洋", "乔栋", "李纵"],
  ns=["赵明 / 张振祥 / 倪树斌 / 李尚引 / 赵永辉 / 邱洪斌 (photographers)", "中央社会工作部 (数据来源: a credit)",
      "林觉生 / 林伯 (no words)", "楼上/楼下的住户 (no words)", "江文朋措的朋友 / 队员 (act with him; no words of their own)",
      "“武林大妈”志愿服务队 / 治多生态环境保护协会 / 助盲小组 (acts)", "编者 (the editor's note is signed, a byline)"],
  note="Three reports under one page title, as rmrb-f05 and rmrb-i02: six photo captions '图①：…' (▲) with their "
       "credits ('…摄（影像中国）', and '数据来源：中央社会工作部' as rmrb-p04's data source), the editor's note signed "
       "'——编  者' (byline), and for each report a kicker ending in '——' and a title (headings) and its own '本报记者' "
       "line (byline). Titles only as written right before the name ('志愿者蔡意境', '…协会秘书长彭春燕'); a role "
       "given in a predicate ('陈亚玲是…队长', '作为…负责人' of 江文朋措) is not a title, as rmrb-i02's 周朋. Block 20: "
       "the opening quote before '志愿者蔡意境…维持现场秩序。别看她说起话来…' (hers). Block 21: '小蔡' is the paper's "
       "name for her (alias). Block 23: a quote and '俞大妈介绍起了…' (surname + kin form, an alias of 俞翠英, call "
       "6). Block 25: an unnamed resident's plea: '?'. Block 27: 陈亚玲 (说) and 杨映霞 (介绍): '?'. Blocks 33-34: "
       "'江文朋措和几个朋友下定决心：“…”', '江文朋措等人…，“…”' (his, the only one named among the group; hard call, "
       "the alternative is '?' with unnamed friends). Block 46: '陈婆婆说' (surname + kin form: named, call 6, as "
       "dev2 08's 王婆婆). Blocks 14, 15, 22, 24, 31, 35, 43: the paper's voice (null).")
A("rmrb-q02", [("习近平", "p", ["总书记"], [], [1])],
  q=[2],
  unnamed=[(2, "据介绍 (an agentless disclosure, call 15)")],
  ns=["新华社 (the wire: no reporter named)", "党中央 (正在组织制定: an act)", "人民日报 / 新华社 / 中央广播电视总台 (platforms)"],
  note="A 新华社 wire printed by 人民日报, kept by the selection rule as set 2's g05 (习近平's instruction reported: "
       "'作出重要指示强调，要…'). The dateline stays glued to block 1 (no reporter). Block 2: '据介绍' (call 15: '?'). "
       "Block 3: the paper's voice (null).")
K("rmrb-q03", captions=[2, 4], b3="credit", b5="credit")
A("rmrb-q03", [("习近平", "p", ["中共中央总书记、国家主席、中央军委主席"], [],
                [6, 7, 8, 9, 10, 11, 13, 14, 15, 17, 18, 19, 20])],
  q=[6, 7, 8, 9, 10],
  ns=["刘宁 / 王凯 (陪同: no words)", "何立峰 / 中央和国家机关有关部门负责同志 (陪同: no words)",
      "企业职工 / 游客们 / 文物保护工作者 (问好, 交流: no words reported)", "燕雁 / 谢环驰 (新华社 photographers)",
      "河南省委和省政府 (工作汇报: no content reported)"],
  note="A leader's inspection report (本报郑州电) as rmrb-g05 and rmrb-m05: the five '■' summary lines repeat 习近平's "
       "words without a cue (pull quotes, call 5: his statements, not scored, '?'); the captions 2 and 4 report no "
       "words and the '新华社记者  …摄' lines are credits (no reporter, call 8). Title as written in block 11. Block "
       "13: '他对围拢过来的企业职工说' and '他勉励' (his). Block 15: the greetings (问好) and exchanges report no words; "
       "'他强调', '他指出' are his. Block 16: '对下一步工作提出要求' announces requirements without their content "
       "(null, as rmrb-l04's '提出意见建议'); they follow in 17-20. Blocks 12 and 21: who accompanied him (null).")
K("rmrb-q04", b6="heading", b10="heading", b14="heading")
A("rmrb-q04", [("习近平", "p", ["总书记"], [], [4]),
               ("姜宏", "p", ["国家科技进步奖一等奖获得者、企业首席科学家"], [], [8]),
               ("江文", "p", ["宗申动力首席信息官"], [], [12]), ("周旻果", "p", ["京东方重庆区域副总经理"], [], [15])],
  rep=["李增辉", "姜峰", "王欣悦"],
  ns=["重庆 / 重庆市 (锚定目标, 出台政策, 明确新目标: acts and targets, the paper's voice)",
      "重庆市经济信息委 (上线平台: an act)", "数据显示 (block 9: data)", "赛力斯 / 重庆鑫景特种玻璃有限公司 / 宗申 / 京东方 (acts)"],
  note="Kinds: the three lines opening with '——' (6, 10, 14) are section labels (headings, call 14). Blocks 8, 12, "
       "15: a quote opening the paragraph and the person named after it (his; titles as written before the name). "
       "Block 18: '重庆明确新目标：…' is the city's plan told in the paper's voice (null, as rmrb-p02's '安徽瞄准新目标'). "
       "Reporters from the '本报记者' byline, spaces removed (call 8).")
K("rmrb-q05", captions=[3, 5], b4="credit", b6="credit")
A("rmrb-q05", [("布威海丽且姆·图尔荪", "p", ["拱棚主人、巴合齐乡巴合齐村村民"], [], [9, 14, 16, 18, 19]),
               ("涂荣清", "p", ["校长"], [], [22]), ("孙思祥", "p", ["技术员"], [], [25]),
               ("刘方舟", "p", ["示范园副总经理"], [], [27, 28, 43]),
               ("李金国", "p", ["疏勒县自然资源局党组成员、副局长"], [], [30]),
               ("赵峰", "p", ["疏勒县委副书记、山东东营援疆指挥部指挥"], [], [31]),
               ("侯永芳", "p", ["新疆蔬乐农业发展有限公司运营部主管"], [], [36, 37]),
               ("黄乃源", "p", ["疏勒县巴合齐乡党委书记"], [], [38, 40])],
  rep=["蒋云龙"],
  ns=["史亚婷 / 高开强 (photographers)", "记者 (block 11: '记者走进疏勒', an act)", "园区 / 示范园 / 山东省农业科学院 / "
      "山东东营援疆指挥部 (acts)", "教材 (block 39: '文字详细介绍着…', a document)", "她妈妈 (block 19: no words)"],
  note="Kinds: the kicker ending in '——' (0) and the title (1) are headings, the two photo captions get ▲ (3, 5) and "
       "their '…摄（人民视觉）' lines are credits. Block 9: a quote opening the paragraph, then '拱棚主人、…村民布威海丽"
       "且姆·图尔荪放下电话，嘴上“抱怨”着' (hers; the name as written with its middle dot). Blocks 14 and 19: a quote "
       "and the paragraph's only person (hers). Block 11: the paper's questions and the reporter's visit (null: the "
       "paper's voice, no enquiry of anyone). Block 15: '她被安排…' (no words). Block 38: '黄乃源介绍' (his). Blocks "
       "12, 23, 32 (bold sub-headings) are headings.")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-21206", [("行政長官辦公室", "o", [], [], [2]), ("律政司", "o", [], ["律政司發言人"], [2]),
                 ("警方", "o", [], [], [2, 9]),
                 ("萬人同聲保公義撐修例大聯盟", "o", [], ["大聯盟"], [4]),
                 ("黃英豪", "p", ["全國政協委員", "聯盟召集人"], [], [4, 6, 7]),
                 ("鄧竟成", "p", ["警務處前處長", "聯盟副召集人、警務處前處長"], [], [4, 5, 8, 9]),
                 ("吳傑莊", "p", ["全國政協委員"], [], [4])],
  q=[1, 2, 4, 9],
  unnamed=[(1, "《蘋果日報》引述消息 (an unnamed source relayed by a medium, call 2); the threatening callers (要求…，"
                "否則威脅…: no name)"),
           (2, "眾新聞 (向政府查詢: the paper's enquiry, call 10)")],
  rep=["黃思銘"],
  ns=["《蘋果日報》 (a medium quoting an unnamed source, call 2)", "特首辦 / 律政司司長辦公室 (收到電話: acts)",
      "林鄭月娥 / 林兆波 / 鄭若驊 / 潘樂陶 (no words)", "民陣 (block 9: its count in a topic clause, '對於民陣指…，"
      "鄧竟成質疑', as hkcn-22284)", "記者 (block 8: '對於當晚有記者指…，他回應', a topic clause)",
      "中區警區重案組 (跟進: an act)"],
  note="Block 1: 《蘋果日報》 quoting a source (call 2) and the callers' demands: '?'. Block 2: the paper's enquiry "
       "(call 10), the Chief Executive's Office, the Department of Justice's spokesman (the body speaking, as "
       "hkcn-9242) and the police: '?'. Caption 3 reports no words (黃思銘 is the photographer and the byline's "
       "reporter). Block 4: '三人聲稱' (黃英豪, 鄧竟成, 吳傑莊, named in the same paragraph) and the alliance (指, "
       "稱): '?'. Block 8: '對於當晚有記者指…，他回應' is a topic clause leaving the block to the answerer (as "
       "fresh9's '對於林鄭指出…，陳淑莊認為'): 鄧竟成. Block 9: the same topic clause for 民陣, then 鄧竟成 (質疑) "
       "and '警方曾指' (a second speaker): '?'. '實習記者黃思銘' gives the reporter.")
A("hkcn-49676", [("李慶年", "p", ["法官"], ["李官"], [1, 6, 8, 9, 10, 11, 12, 13, 14, 15, 17, 20]),
                 ("鄭偉森", "p", [], ["鄭"], [5])],
  rep=["張旭珊"],
  ns=["曾裕生 / 黃漢偉 / 王錦發 (認罪, 不爭議: pleas and positions in court; their messages are told inside the "
      "judge's reasons)", "案情 (block 3: '根據曾及黃承認的案情', a document, call 11)", "控罪 (block 2: '被控…，指他們…', "
      "the charge)", "港鐵 (to be compensated: no words)"],
  note="A court report. Block 1: the verdicts (call 1) with '李官認為…' (his reasons: a speaker); 王's message "
       "('「緊急需要乜嘢都願意做」') is told inside them. Block 5: '鄭被捕後在錄影會面中，承認…' is what 鄭偉森 said "
       "in the recorded interview (his words; hard call, the alternative reads the interview as an exhibit, a "
       "document, null); 曾's words are told inside his account. Blocks 9-14: the '⚫️' list of evidence after '李官"
       "形容針對王的證據「強而有力」，包括…：' continues the judge's reasons (his; block 10's WhatsApp question and "
       "reply are told inside them). Block 19: the sentence's arithmetic (call 1: null). Block 20: the sentences "
       "with their reasons ('由於…', '法官考慮到…，故酌情減刑') are what the judge gave (his, as fresh3's ruling told "
       "with its reason; hard call). Block 22 ('案件編號：…') is a paragraph without speaker, as hkcn-36552. '記者"
       "張旭珊' gives the reporter.")
K("hkcn-6182", **{"b%d" % b: "paragraph" for b in range(13, 29)})
A("hkcn-6182", [("黃之鋒", "p", [], ["之鋒"], [1, 2, 3, 4]), ("區晞旻", "p", ["新界東北居民"], [], [5]),
                ("羅冠聰", "p", ["香港眾志"], [], [6]), ("楊岳橋", "p", ["公民黨"], [], [7])],
  q=[6, 10, 11] + list(range(13, 29)),
  unnamed=[(6, "有人 (指: no name)"), (10, "黃父 (黃浩銘's father, a relation, call 6: his letter read out by 梁國雄)"),
           (11, "黃父 (他說, 呼籲: the same letter)")]
          + [(b, "何潔泓的母親 (her Facebook post read out: a relation, call 6)") for b in range(13, 29)],
  rep=["翁維愷"],
  ns=["梁國雄 (讀出 the father's letter: the reader, not the speaker)", "大會代表 (讀出: the reader)",
      "多名參與者 (讀出公開信: no content)", "黃浩銘 / 何潔泓 (no words)", "何君健 (photographer)"],
  note="A rally. Kinds: the 16 short bold lines after block 12 are the lines of 何潔泓's mother's Facebook post "
       "(a poem set as a block quote in the source), not sub-headings: paragraphs, each '?' (her words; a relation, "
       "unnamed, call 6). Block 1: '黃之鋒…上台發言。他感謝…。他說' (his). Block 3: '之鋒說' (alias). Caption 4: "
       "'黃之鋒指' (his). Block 5: '新界東北居民區晞旻' (the role noun as written before the name, as rmrb-p04's "
       "游客林芸). Block 6: 羅冠聰 and '有人指，要他們年輕一代坐牢很抱歉' (an unnamed speaker): '?'. Captions 8 and "
       "29 report no words. Blocks 10-11: the father's letter (黃父, a relation) read out by 梁國雄: '?'. Block 12: a "
       "post uploaded and read out, its content not given in the block (null). Affiliations written before the "
       "name are titles (call 7: '香港眾志羅冠聰', '公民黨楊岳橋').")
A("hkcn-13868", [("領匯監察", "o", [], [], [1, 4]), ("社民連", "o", [], [], [1, 4]),
                 ("監察公營街市聯盟", "o", [], [], [1]), ("天水圍社區發展陣線", "o", [], [], [1]),
                 ("慈雲山街市居民關注組", "o", [], [], [1]), ("區諾軒", "p", ["立法會議員"], [], [1, 8]),
                 ("林鄭月娥", "p", ["特首"], [], [2]), ("馮兆斌", "p", ["領匯監察成員"], [], [6]),
                 ("鮑太", "p", [], [], [11]), ("黃女士", "p", ["小股東"], [], [12]), ("陳先生", "p", ["小股東"], [], [12])],
  q=[1, 2, 3, 4, 5, 7, 12],
  unnamed=[(2, "示威者 (高呼口號: several, no name)"), (3, "有小股東 (批評, 指, 認為: no name)"),
           (5, "五名領匯監察成員 (希望表達訴求, 指: several, no name)"), (7, "被趕離場的示威者 (指: no name)")],
  rep=["尹佩欣"],
  ns=["領展 / 領展管理層 (no words)", "香港理工大學 / 民意調查 (data)", "保安 (acts)", "何君健 (photographer)"],
  note="A protest at a shareholders' meeting. Block 1: the named groups and 區諾軒 protest, criticise and demand "
       "(抗議, 批評, 要求: their words, as fresh7's hkcn-8989): '?'. Block 2: '林鄭月娥上任前說過「三座大山」' (her "
       "words) and the protesters' slogans: '?'. Caption 4: the groups' demand (要求): '?'. Block 5: five unnamed "
       "members (the poll is data): '?'. Block 10: the paper's question opening the section, without an asker or "
       "an answer in the block (null: the paper's voice, as rmrb-q05 block 11; hard call, call 10 would make it "
       "'?'). Block 11: '鮑太' (surname + courtesy form: named, call 6; '持有領展股份多年的' a description); the "
       "passive questions (被問到, call 3) leave the block to her. Block 12: '小股東黃女士' and '另一小股東陳先生': "
       "'?'. '實習記者尹佩欣' gives the reporter.")
A("hkcn-15272", [("特朗普", "p", ["美國總統"], [], [1, 2, 3, 4, 7, 8, 9]), ("王毅", "p", ["中國外長"], ["王"], [5, 7]),
                 ("施密特", "p", ["艾奧瓦州立大學政治學教授"], [], [10]),
                 ("史基摩爾", "p", ["得梅因的杜雷克大學（Drake University）政治系教授"], [], [11])],
  q=[7],
  ns=["《得梅因紀事報》 (訪問: a medium relaying named scholars' words, call 2)",
      "《中國日報》 / 廣告 (block 12: '提及', a document)", "艾奧瓦州立大學 (研究顯示: data)", "習近平 / 波蘭總統 (no words)",
      "美聯社 (photographs)", "眾新聞記者 (byline, no name)"],
  note="Captions 1, 2, 5, 8 report words (指摘, 稱, 反駁, 指). Block 4: '被記者問及…時說', '被問到…時稱' (passive "
       "questions, call 3: his). Block 7: 特朗普 (指摘) and 王毅 (表示, 回應說; '被追問' passive): '?'. Blocks 10-11: "
       "the scholars quoted by 《得梅因紀事報》 are the speakers, the medium is not (call 2, as call 15's relayed "
       "words); '另一學者、…政治系教授史基摩爾' gives the title written next to the name. Block 9: '特朗普是指…' is "
       "the paper's explanation after his tweet (his block). No reporter (眾新聞記者).")
A("hkcn-9115", [("大律師公會", "o", [], [], [1]),
                ("石永泰", "p", ["大律師公會前主席、資深大律師", "資深大律師"], [], [1, 2, 3, 4, 5, 6, 7]),
                ("梁愛詩", "p", ["基本法委員會副主任"], ["梁"], [1, 8, 9, 10]), ("沈士文", "p", ["大律師"], [], [2])],
  q=[1, 2],
  unnamed=[(1, "多名法律界人士 (認為: several, no name)"), (2, "等律界人士 (都認為: others, no name)")],
  ns=["全國人大常委會 (通過: an act)", "港台《千禧年代》 (the programme: where he spoke)",
      "劉慧卿 (block 8: the interviewer, no question or words reported)", "基本法 (a law: a document)",
      "眾新聞記者 (byline, no name)"],
  note="Block 1: the Bar Association's statement (發聲明，批評), unnamed lawyers, 石永泰 and 梁愛詩: '?'. Caption 2: "
       "石永泰, 沈士文 and other lawyers (認為): '?'. Block 9: '被問到…，梁回應指' (call 3: hers). Block 10: '至於大律師"
       "公會的聲明批評…，梁愛詩反駁' is a topic clause leaving the block to her (as hkcn-22284). No reporter (眾新聞記者).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3645", [("阿蓁", "p", [], [], [3, 4, 6, 7]), ("小琦", "p", [], [], [7])],
  q=[7, 8, 10],
  unnamed=[(7, "阿蓁媽媽 (說: a relation)"), (8, "阿蓁朋友 (說: a relation)"), (10, "醫院社工 (說: a role)")],
  rep=["韓旭爾"],
  ns=["小璇 (no words)", "醫生 (inside 阿蓁's words)", "蘋果基金會 (acts)"],
  note="Caption 2 reports no words. Block 3: '42歲單親媽媽阿蓁無奈說' (a name the paper uses, call 6; '單親媽媽' a "
       "description). Block 7: 阿蓁 (說著), her daughter 小琦 (說) and her unnamed mother: '?'. The byline "
       "'報導•攝影╱韓旭爾' is glued to block 3.")
A("adtw-A3876", [("小君", "p", [], [], [7, 9]), ("張文玲", "p", [], ["文玲"], [7, 10]), ("阿財", "p", [], [], [10]),
                 ("阿勳", "p", [], [], [13])],
  q=[7, 10, 11, 14],
  unnamed=[(11, "小君的班導師 (說: a role)"), (14, "她大哥 (張文玲's elder brother: a relation)")],
  rep=["向高彬"],
  ns=["居服員 / 社工 (no words)", "蘋果基金會 (獲悉, 撥款: learning and acts)"],
  note="Captions 3 and 6 report no words ('心疼不已' without content). Block 4: the paper's account of her worries "
       "(null). Block 7: 小君 ('指著躺椅，「…」') and her mother 張文玲 (跟記者說): '?'. Block 9: her father's words "
       "('爸也哭著說不去') are told inside hers. Block 10: 張文玲 and '爸阿財' (a name the paper uses): '?'. Block 11: "
       "the teacher (a role) tells 小君's wish: '?'. Block 13: '阿財的10多年老友阿勳說' (named; 老友 a relation). The "
       "byline '報導•攝影╱向高彬' stands on its own line (5).")
A("adtw-A3213", [("黃裕銘", "p", [], [], [3, 4, 5, 7, 9]), ("沈淑琳", "p", [], [], [8]), ("阿英嬤", "p", [], [], [11]),
                 ("阿興伯", "p", [], [], [12]), ("林雅玲", "p", ["罕病基金會"], [], [13])],
  q=[13],
  unnamed=[(13, "當地公所 (說: a local office without a name)")],
  rep=["江品璁"],
  ns=["小義 / 小均 (children: no words)", "醫生 (inside 黃裕銘's words)", "蘋果基金會 (acts)"],
  note="Caption 3: '他抱著兒子說：「爸爸會加油。」' (his). Block 4: a quote opening the paragraph, then '32歲的黃裕銘…擔憂"
       "的說' (his). Block 8: '一旁30歲妻子沈淑琳說' (妻子 a relation, no title). Blocks 11-12: '媽媽阿英嬤', '父親阿興伯' "
       "(names the paper uses, call 6, as 阿鳳嬤). Block 13: '罕病基金會林雅玲說' (the affiliation written before the "
       "name as title, call 7) and the unnamed local office: '?'. The byline '報導．攝影╱江品璁' is glued to block 4.")
A("adtw-A3868", [("黃王青雲", "p", [], ["阿青姨"], [4, 6, 8, 10, 12]), ("阿雯", "p", [], [], [9]), ("阿瑞", "p", [], [], [9]),
                 ("阿玉", "p", [], [], [13])],
  q=[9, 13],
  unnamed=[(13, "醫院社工 (表示: a role)")],
  rep=["楊光翔"],
  ns=["阿安 (cannot speak)", "善心鄰居 / 醫師 (inside 阿青姨's words)", "蘋果基金會 (acts)"],
  note="Block 4: '阿青姨（黃王青雲）' is a nickname followed by the full name (call 6: name = full name, alias = "
       "nickname). Caption 3 reports no words. Block 9: her daughters 阿雯 and 阿瑞 (說): '?'. Block 13: her eldest "
       "daughter 阿玉 and the hospital social worker (a role): '?'. The byline '報導•攝影╱楊光翔' stands on its own "
       "line (5).")
A("adtw-A3457", [("王春香", "p", [], ["春香嬤"], [6, 7]), ("小玲", "p", [], [], [4, 7]), ("阿仁", "p", [], [], [11]),
                 ("阿貞", "p", [], [], [11]), ("趙朝勤", "p", ["當地里長"], [], [12])],
  q=[7, 8, 11],
  unnamed=[(8, "醫院社工 (說: a role)")],
  rep=["江品璁"],
  ns=["阿鎮 / 阿成 (no words)", "姑丈 / 姑姑 (no words)", "醫院 (已補助, 協辦: acts)", "蘋果基金會 (獲悉, 撥款)"],
  note="Block 3: '春香嬤（王春香）' (call 6: name = full name, alias = the nickname). Block 4: '記者觀察小玲' is the "
       "reporter's observation in the narration (null part, as fresh11's hkcn-37727 block 16); 小玲 (跟記者說, 說) "
       "speaks: hers. Block 7: 小玲 and 王春香 (嘆道): '?'. Block 11: '長子阿仁說' and '女兒阿貞說': '?'. Block 12: "
       "'當地里長趙朝勤說' (his). Captions 2 and 9 report no words. The byline '報導•攝影╱江品璁' is glued to block 3.")
