# Kinds and speaker gold of fresh set 17 (annotated 2026-12-07/08 by a helper of session 24, from the texts and the
# corpus conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh17.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh17-2026-12-07"; the
# same rules as sets 14-16, annotations/speakers/fresh16.py, with the republished-text exclusion from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths, commit 635cc02f… as sets 14-16) shuffled with
#   random.Random(seed), skipping ids in split.tsv (sets 1-16 included) and in /tmp/wide/ (696 texts the lead has
#   read); taken in that order: the first six with category 眾聞 (news), 800-3000 characters after extraction (the
#   extracted blocks joined by newlines) and at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches).
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, commit 3826761f… as sets 14-16)
#   shuffled with random.Random(seed), skipping the ids already in the corpus (sets 2-16 included); taken in that
#   order: the first five whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues
#   (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-v01..v05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-16 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   an editorial, a Q&A, a reader's question or a document) with at least one named person quoted; as set 16, a
#   新华社 wire summarising a leader's 《求是》 article is skipped as a document's summary, a speech printed in full is
#   skipped, and a letter printed in full with its wire report may be taken. Raw files saved from read_file under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start): a candidate with at least half of its extracted lines longer
#   than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in a file of /tmp/wide/ is
#   skipped (checked by a script before the candidate is read; for 人民日报 right after the file is saved); texts of
#   set 18 already built in the cache are checked the same way (by script, unread).
# Set 18 is drawn at the same time by another helper (/work/wt-fresh18, rmrb-w01..w05): an id or a 人民日报 date that
#   appears in its manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing
#   and again just before the set is committed).
#   Outcome (the draw script reproduced set 16's outcome exactly with set 16's seed and set 16's ids taken out of the
#   corpus, and set 16's dates with its own, before it was run with this seed; set 18's manifest.tsv and
#   cache-manifest.tsv held no id or date beyond the corpus's when this set was drawn).
#   眾新聞: hkcn-37027, -35555, -29588, -43191, -38398, -37850 taken (the 7th, 13th, 14th, 18th, 19th and 21st files in
#   shuffled order; extracted characters / cues 2164/29, 2246/17, 1705/24, 1628/27, 1764/19, 2235/28). Skipped among
#   the first 21: 眾說 columns (hkcn-10236, -30071, -31514, -28995, -30208, -46280, -11177, -12368, -49264, -28761), a 眾觀
#   piece (hkcn-44361) and news outside the length/cue bounds (hkcn-15185: 761 characters, 13 cues; -46221: 3256, 46;
#   -15195: 2693, 8; -698: 333, 2); none of the 21 was in split.tsv, in /tmp/wide/ or in set 18. No candidate was
#   republished: the texts taken share none of their lines over 30 characters (18, 15, 13, 11, 19, 23) with a text of
#   split.tsv or /tmp/wide/.
#   蘋果日報: adtw-A3418, -A3787, -A3275, -A3693, -A3778 taken (the first five in shuffled order; 831/8, 901/10, 879/10,
#   856/9, 885/11), none skipped; none shares a long line (9, 9, 6, 7, 8) with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-03-14, 2025-01-20, 2025-01-05 (then 07-19, 01-07, 05-17,
#   03-01, 07-24). 2025-03-14: v01 taken (全力服务经济社会高质量发展（走企业，看高质量发展）, 3928: a company report, ten
#   named officers, a named client and 习近平 quoted; the first file listed); v02 taken (江苏聚力打造产业科技创新策源地（坚定
#   信心，打开改革发展新天地）, 1554: three named officials, a chairman and 习近平 quoted). 2025-01-20: 中共中央、国务院印发
#   《教育强国建设规划纲要（2024—2035年）》 read and skipped (1580: a 新华社 wire summarising a document, '《纲要》提出/
#   要求', no person quoted); v03 taken (创新之光在这里汇聚（新春走基层·探访新质生产力）, 1538); 锚定重点任务 狠抓工作落实
#   （坚定信心 把握大势 推动经济持续向好） read and skipped (4079 > 4000); v04 taken (降低物流成本 提升消费体验（走企业，
#   看高质量发展）, 2816: a company report, a named consumer and a named station head quoted beside unnamed officers).
#   2025-01-05: v05 taken (三产融合，蔬菜产业助增收（发展各具特色的县域经济）, 1323; the first file listed). Raw files saved
#   under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits 016963ee… for 03-14, 4ab7bc67… for 01-20,
#   638179b8… for 01-05, as find_files and read_file gave them), lengths 3928, 1554, 1538, 2816, 1323 = total_chars (each
#   copy decoded from the read_file answer had exactly total_chars characters); after saving, none shares a line over
#   30 characters (41, 11, 15, 18, 10) with a corpus or /tmp/wide/ text.
#   Checked again just before the set was committed: set 18 (/work/wt-fresh18, not yet committed beyond its rules:
#   hkcn-28114, -35155, -41444, -43188, -46749, -6018, adtw-A3024, -A3615, -A3793, -A3901, -A3907, rmrb-w01..w05 from
#   2025-02-03, 04-20, 05-10) shares no id, no 人民日报 date and no line over 30 characters with the 16 texts of this set
#   (its texts were compared by script, not read).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 34 blocks. Confirmed: quoted
# terms, slogans and names in the paper's voice (rmrb-v01 11, 12 '问答', 14, 23, 26, 27, 41, 53, 55; rmrb-v02 5, 7, 11;
# rmrb-v03 4 '简称', 11, 13, 20; rmrb-v04 10, 11, 14; rmrb-v05 3, 11), '问题' and '要求高' (rmrb-v01 33, rmrb-v04 24,
# hkcn-38398 3), rmrb-v01 21 (孟大爷's question named by its topic: no words), hkcn-37027 9 ('提出上述拘捕理據': his
# statements named, not their words, and the paper's framing) and 11 (the Basic Law cited, the paper's question),
# hkcn-43191 14 (the magistrate's decision with its order: a ruling, call 1), hkcn-38398 13 (a list of defendants with
# a nickname) and 18-20 (the charges, '被控…，指'), hkcn-37850 9 and 10 (a member's bill and its draft: documents).
# Also re-read without a cue word: hkcn-37027 7 (acts), hkcn-35555 5 (a plan cited), hkcn-37850 3 (Singapore's acts)
# and 18, adtw-A3418 11, adtw-A3778 8 (aid: acts), and the captions reporting no words (hkcn-43191's and hkcn-38398's
# defendants, adtw captions 2, 3, 6, 12). Changed: none.
# Calls re-read and kept: hkcn-29588 blocks 4-7 and 10-12 (the measures after the heading '政府公布最新措施：': the
# government's 公布, call 12, item by item; the alternative reads the paper's facts, null); hkcn-37850 block 2 ('以「…」
# 而非「…」表述': her wording, hers) and caption 6 (a rally that '反映' its message: unnamed, '?'); hkcn-38398 block 1 and
# caption 5 (pleas as words in court, the majority of the sets); hkcn-43191 block 10 (the magistrate's request in the
# hearing: what he said, call 1) against block 14 (the order in his decision: a ruling); hkcn-35555 blocks 4 and 15 (the
# paper's enquiry, '?' by call 10 as fresh15's hkcn-19215), blocks 1, 8-10, 14 (the university's e-mail and notice with
# their content: call 13) and block 12 (the union's wish inside its committee's statement); hkcn-37027 block 3 (the
# paper's own analysis, '眾新聞整理了他的說法，發現…', is the article's voice, not call 10's enquiry: his block); rmrb-v04
# block 25 (a company that 提出 its goal: the body, as a meeting's 提出) and block 4 (the meeting speaks, the plan is a
# document); rmrb-v01 block 35 (a sentence ending in '——' before two items: a heading, call 14).
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): pleas in court ('承認暴動
# 罪'), which earlier sets read differently (words in fresh6, fresh8, fresh10; positions, null, in fresh12 and fresh13;
# the majority followed); a heading that attributes the list after it ('政府公布最新措施：') to a body; the paper's own
# fact-check ('眾新聞整理了他的說法，發現…', '李桂華沒有回應') beside call 10's reporter's enquiries and remarks; a
# speech act that names earlier words ('提出上述拘捕理據'); a judge's order inside a decision ('決定…並要求控方…') beside
# his request in the hearing (call 1 names 裁定 and 判, not orders); a body's forecast ('預期') and a profession's worry in
# a reason clause ('因醫學界憂慮…而強烈反對'); a rally that '反映' a message (call 10 names gestures); the view of unnamed
# people given as the topic of a rebuttal ('對於部分人認為…，蔡堅反駁', read as call 3's passive questions); a company
# that states its goal ('提出…的发展目标') beside call 12's announcements; 師母 after a surname and a nickname with a kin
# form (阿哿叔) beside call 6's courtesy forms, and '教會' before a name as an affiliation (call 7); a role written before a
# nickname and the name ('被告「懵良」林觀良'); a sentence-long label ending in '——' (call 14 names one-line labels).
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-v01", b20="heading", b25="heading", b35="heading", b48="heading", b54="heading")
A("rmrb-v01", [("习近平", "p", ["总书记"], [], [4]),
               ("金海旻", "p", ["工商银行金融科技部副总经理"], [], [13]),
               ("徐晓群", "p", ["工商银行网络金融部副总经理"], [], [15]),
               ("袁梦", "p", ["工商银行承德隆化龙骧支行网点副行长"], [], [22]),
               ("王涛", "p", ["工商银行信贷与投资管理部副总经理"], [], [24]),
               ("廖林", "p", ["工商银行党委书记、董事长"], [], [28, 57]),
               ("单霖", "p", ["老土灶总经理"], [], [31]),
               ("刘苏", "p", ["工商银行北京地安门支行副行长"], [], [34]),
               ("张锋", "p", ["工商银行公司金融业务部总经理"], [], [38]),
               ("刘珺", "p", ["工商银行党委副书记、行长"], [], [43]),
               ("刘亚干", "p", ["工银亚洲董事长兼执行董事"], [], [46]),
               ("王顺", "p", ["工商银行国际业务部总经理"], [], [47])],
  q=[51],
  unnamed=[(51, "科达制造股份有限公司有关负责人 (说: a company officer without a name)")],
  rep=["葛孟超", "曲哲涵"],
  ns=["中国工商银行 / 工商银行 / 工行 (acts, systems and figures)", "中国银行业协会 (评价: a ranking, data)",
      "孟大爷 (block 21: '询问银行账户被限制转账的原因', the topic of his question, no words)",
      "格尔木支行 金融服务团队 (acts)"],
  note="A company report. Kinds: the kicker ending in '——' (0), the title (1) and the bold sub-headings are "
       "headings; the five one-line labels ending in '——' (20, 25, 35, 48, 54) are headings (call 14; 35 is a "
       "sentence of 51 characters that introduces the two '股债贷保…', '完善专属…' items, a heading as rmrb-s04 "
       "block 8's sentence label; hard call). Blocks 12 and 14 open with a label and '——' inside a paragraph: "
       "paragraphs (null). Block 4: '习近平总书记指出，“…”'. Blocks 13, 15, 22, 24, 28, 31, 34, 38, 43, 46, 47, 57: "
       "a quote and the named officer or client (说, 表示, 解释; the quote may open the paragraph after a scene or "
       "a fact, as 31, 34, 46); titles as written before the names. Block 22: 袁梦's words to 孟大爷 (hers). Block "
       "51: an unnamed company officer ('?'). Blocks 11, 27: the paper's question and a quoted name (null). Byline "
       "'本报记者  葛孟超  曲哲涵' (call 8).")
A("rmrb-v02", [("习近平", "p", ["总书记"], [], [3]), ("许峰", "p", ["江阴市委书记"], [], [6]),
               ("杨东升", "p", ["徐工集团董事长"], [], [8]), ("信长星", "p", ["江苏省委书记"], [], [10]),
               ("司勇", "p", ["江苏省商务厅厅长"], [], [12])],
  rep=["何聪"],
  ns=["江苏 / 江苏省委和省政府 (acts and plans)", "江阴 (启动…行动: an act)"],
  note="Kinds: the title (0) is a heading. Block 3: '习近平总书记在江苏考察时强调，…' and '希望江苏…' (his). Blocks "
       "6, 8, 10, 12: a quote and the named official (表示, 介绍, 说); in 10 the sentences after '信长星说。' tell the "
       "province's acts without a new subject (his block). Block 4: the paper's (null). Byline '何  聪' (call 8).")
A("rmrb-v03", [("王慧中", "p", ["武创院院长助理"], [], [5, 7, 10]), ("易飞", "p", [], [], [15]),
               ("黄伟", "p", ["华工激光半导体产品线总监"], [], [19]), ("马新强", "p", ["华工科技董事长"], [], [21])],
  rep=["喻思南", "范昊天"],
  ns=["习近平 (block 5: his encouragement quoted inside 王慧中's recollection)",
      "汪道文 (block 8: '他想…', a wish, no words)", "业界 (block 13: '叫作“光子鼻”', a name)",
      "武创院 / 易飞团队 / 科研人员 (acts)"],
  note="Kinds: the title (0) and the sub-title opening with '——' (1) are headings. Block 5: a quote holding "
       "习近平's words, then '回忆起当天的场景，武创院院长助理王慧中依然心潮澎湃' (his recollection: his; 习近平 told "
       "inside it, as fresh16's hkcn-13682 block 5). Block 7: '王慧中分享了一个好消息：…' (news with its content: his). "
       "Block 10: '王慧中道出其中原委' (his). Block 19: a quote, then '…总监黄伟脸上透着攻坚后的喜悦' (no speech verb; "
       "the quote's only person: his). Blocks 9, 12, 17: the paper's questions and theses (null). Byline (call 8).")
A("rmrb-v04", [("李伟", "p", ["江苏苏州消费者"], [], [3]), ("中央经济工作会议", "o", [], [], [4]),
               ("美朵曲桑", "p", ["京东物流西藏山南乃东营业部站长"], [], [8]), ("京东物流", "o", [], [], [25])],
  q=[5, 15, 16, 26],
  unnamed=[(5, "京东集团相关负责人 (说: no name)"), (15, "京东物流相关负责人 (介绍: no name)"),
           (16, "京东物流相关负责人 (介绍: no name)"), (26, "京东集团相关负责人 (表示: no name)")],
  rep=["王珂"],
  ns=["《有效降低全社会物流成本行动方案》 (block 4: '明确了…目标', a document)", "中办 / 国办 (印发: an act)",
      "京东 / 京东集团 (acts)", "青岛啤酒 / 得力 / 蒙牛 (clients: acts)"],
  note="A company report. Kinds: the kicker (0) and title (1) are headings. Block 3: a quote, then '江苏苏州消费者李伟"
       "元旦上午…下单' (no speech verb; the quote's person: his; title as written before the name). Block 4: "
       "'中央经济工作会议提出，“…”' (a meeting that speaks, as rmrb-s03 block 29) and the plan that '明确了' a target "
       "(a document). Blocks 5, 15, 16, 26: the company's unnamed officers ('?'). Block 8: a quote and the named "
       "station head (说). Block 25: '京东物流成立之初，提出助力社会化物流成本降低的发展目标' (a body that states its "
       "goal, as a meeting's 提出; hard call, the alternative reads the company's history, null). Byline '王  珂'.")
A("rmrb-v05", [("杨启生", "p", ["沙湖岭村村民"], [], [4]), ("习近平", "p", ["总书记"], [], [6]),
               ("丁美顺", "p", ["嘉鱼县蔬菜产业技术研究院副院长"], [], [8]), ("唐攀", "p", ["公司总经理"], [], [10]),
               ("王永", "p", ["嘉鱼县委书记"], [], [13])],
  rep=["范昊天"],
  ns=["嘉鱼县 / 嘉鱼县农业农村局 / 嘉野生态农业有限公司 (acts)"],
  note="Kinds: the kicker (0) and title (1) are headings. Block 4: '沙湖岭村村民杨启生却一点不慌。“…”杨启生底气十足，"
       "“…”' (his; no speech verb, the quotes framed by his name). Block 6: '习近平总书记…考察时，…详细询问…情况，勉励当地"
       "干部群众走…之路' (his: 勉励 with its content, as rmrb-m03 and rmrb-q03). Block 7: '深入贯彻落实…重要讲话精神' "
       "(the county's act: null). Blocks 8, 10, 13: the named official or manager (介绍, 说, 表示; '公司总经理' as "
       "written). Byline (call 8).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-37027", [("李桂華", "p", ["警務處國安處高級警司"], ["李"], [1, 2, 3, 5, 8, 12, 13, 15, 18, 19, 20, 22, 23]),
                 ("戴耀廷", "p", [], ["戴"], [6, 16])],
  q=[22],
  unnamed=[(22, "據報 (相關媒體涉初選相關廣告: an agentless disclosure, call 15)")],
  rep=[],
  ns=["國安法第22條 / 《基本法》第73條 (blocks 8, 11: laws cited)", "眾新聞 (block 3: '整理了他的說法，發現…', the "
      "paper's own analysis; byline without a name)", "林鄭政府 (押後選舉: an act)", "全國人大常委 (block 6: inside "
      "戴耀廷's imagined timeline)", "抗爭派參選人 (發起…聲明書: a document's title)", "鍾庭耀 (被帶走: no words)",
      "EYEPRESS (photo credit)"],
  note="A press conference fact-checked. Blocks 1-3, 5, 8, 12-13, 15, 18-20, 23: 李桂華 (表示, 指, 稱, 形容, 回應指, "
       "'再被問到…他說' call 3, '李又指'); '被指顛覆' (block 1) and '有6人被指' (2) are agentless allegations (null, "
       "call 15). Block 3: his repeated claim and the paper's own analysis ('眾新聞整理了他的說法，發現…': the article's "
       "voice, not a reporter's enquiry): his. Block 6: 戴耀廷's article quoted ('他當時如此形容：「…」然後想像…', "
       "his). Block 8: his claim and the law quoted after '國安法第22條指：' (a law: his block). Block 9: '李桂華在記者會"
       "提出上述拘捕理據，卻未能充份解釋四點疑問：' (his statements named, not their words, and the paper's framing: "
       "null; hard call, as fresh15's '提出虛假陳述'). Block 11: the Basic Law cited and the paper's question (null). "
       "Block 16: '戴耀廷去年一再申明，不會要求…' (his) and '李桂華沒有回應' (no words). Block 19: an implicit question "
       "('會否進一步蒐證？') and his answer (his, as call 3's passive questions). Block 22: 李桂華 (指, 稱) and '據報' "
       "(call 15): '?'. Byline '眾新聞記者' (no reporter, call 8).")
A("hkcn-35555", [("香港理工大學", "o", [], ["理工大學", "校方"], [1, 4, 8, 9, 10, 14, 15]),
                 ("蔡鈞豪", "p", ["學生會臨時行政委員會外務活動負責人"], ["蔡"], [2, 3, 11, 13]),
                 ("學生會臨時行政委員會", "o", [], ["臨時行政委員會", "臨委會"], [11, 12])],
  q=[4, 11, 15],
  unnamed=[(4, "眾新聞 (向理工大學查詢: the paper's enquiry, call 10)"),
           (15, "眾新聞 (向理工大學查詢: the paper's enquiry, call 10)")],
  rep=["周滿鏗"],
  ns=["活動計劃書 (block 5: a document)", "電檢處 (審查: an act)", "保安局 (禁止: an act)", "陳浩天 (no words)",
      "《蘋果日報》 / 影意志 (no words)", "香港理工大學學生會評議會會議紀錄 (caption 7: a document)"],
  note="Block 1: the university's e-mail ('發電郵，指…，促…') and '校方表示' (the body speaking, call 13). Blocks 2, "
       "3, 13: 蔡鈞豪 (指, 批評, 說, 反駁指, 認為, '引述校方曾表示': the university's earlier words told inside his). "
       "Blocks 4 and 15: '眾新聞向理工大學查詢…校方…僅指' (the paper's enquiry, call 10, as fresh15's hkcn-19215): "
       "'?'. Blocks 8, 9 and caption 10: the e-mail's content ('指', '電郵提到', '又提醒', '促', '電郵最後表示': the "
       "body, call 13; '但電郵未有詳細交代' is the paper's). Block 11: the committee's statement ('發聲明表示') and "
       "蔡鈞豪 ('說會再開會討論'): '?'. Block 12: '臨委會又批評…表示強烈譴責。學生會望各方關注' (the committee's "
       "statement continued; the union's wish read as the committee speaking for it: hard call). Block 14: '學生會"
       "收到校方通知，認為該項活動並不適宜…，故不批准' (a notice whose reasons are reported: the body, call 13). "
       "Captions 6, 7 report no words. '記者周滿鏗' gives the reporter.")
A("hkcn-29588", [("林鄭月娥", "p", ["行政長官"], ["林鄭"], [1, 2, 9, 13, 14]),
                 ("政府", "o", [], [], [4, 5, 6, 7, 9, 10, 11, 12, 13]),
                 ("衛生防護中心", "o", [], [], [8])],
  q=[9, 13],
  rep=[],
  ns=["醫管局 (block 2: '醫管局公布的' figures, data, call 12)", "香港郵政 (delivers: acts)",
      "食物及衛生局局長 (block 4: a direction to come, a document)", "市民 (block 14: inside her words)"],
  note="Block 1: '行政長官林鄭月娥宣布，…' (call 12) and '林鄭稱' (hers). Block 2: figures and '林鄭指：「…」' "
       "(hers). Heading 3 '政府公布最新措施：' introduces the measures: blocks 4-7 and 10-12 are the government's "
       "announced measures (a body's 公布 of its decision, call 12, continued item by item as fresh16's hkcn-14136 "
       "'●' items and hkcn-22709's list after '…有以下提醒：'; hard call, the alternative reads the items as the "
       "paper's facts, null). Block 8: '口罩供應：衛生防護中心仍建議市民…' (the centre). Blocks 9 and 13: a measure of "
       "the government and '林鄭說：「…」': '?'. Block 14: '林鄭被問到' (passive, call 3) and '她稱' (hers; '如你（記者）"
       "所說' is inside her answer). Byline '眾新聞記者' gives no reporter (call 8).")
A("hkcn-43191", [("羅天瑋", "p", ["律政司高級檢控官", "高級檢控官"], ["羅"], [1, 3, 10, 11]),
                 ("蘇惠德", "p", ["國安法指定法官、總裁判官", "總裁判官"], ["蘇官"], [10, 11, 15]),
                 ("律政司", "o", [], [], [4]), ("譚得志", "p", [], [], [4]), ("毛孟靜", "p", [], [], [4]),
                 ("James McGowan", "p", ["大律師"], [], [12, 15]),
                 ("夏博義", "p", ["大律師公會主席、資深大律師"], [], [12]), ("黃宇逸", "p", ["大律師"], [], [12]),
                 ("譚凱邦", "p", [], [], [18])],
  q=[1, 4, 7, 10, 11, 12, 15],
  unnamed=[(1, "一眾被告 (怒斥「…」: defendants without names)"), (4, "有被告 (高呼: a defendant without a name)"),
           (7, "多名辯方代表律師 (稱: counsel without names)"), (10, "有被告 (高叫: a defendant without a name)"),
           (12, "多名辯方代表 (要求: counsel without names)")],
  rep=[],
  ns=["蘇惠德's rulings (blocks 1 批准, 7 押後, 14 決定…並要求, 18 拒絕: call 1)", "辯方代表 (block 10: 不反對, a "
      "position, no words)", "劉偉聰 / 楊雪盈 / 黃碧雲 / 鄒家成 / 林景楠 (captions: names, no words)",
      "彭卓棋 / 呂智恆 (bail: no words)", "外國領事館代表 (no words)", "《裁判官條例》 (a law cited)",
      "謝昀釗 (photographer)"],
  note="A court mention. Block 1: '控方表示' (the prosecutor 羅天瑋 named in the same paragraph, call 11), the "
       "defendants' shouts (unnamed), '羅天瑋在庭上表明' and the magistrate's 批准 (a ruling, call 1): '?'. Block 3: "
       "羅天瑋 (申請, 表示, 又稱). Block 4: the Department of Justice's proposal and application ('律政司原提出…，惟"
       "表示…'), unnamed defendants, 譚得志 (反問) and 毛孟靜 (怒斥): '?'. Block 10: the magistrate's request "
       "('蘇官隨後要求控方表明': what he said in court, a speaker by call 1), 羅天瑋 (回應指), unnamed defendants and "
       "'蘇官即表示': '?'. Block 11: 羅天瑋 and 蘇惠德: '?'. Block 12: unnamed counsel and three named barristers: "
       "'?'. Block 14: the magistrate's decision and its order (call 1: null; hard call for '並要求控方…提供', an "
       "order in the ruling). Block 15: McGowan (希望) and 蘇惠德 (重申…說法，認為): '?'. Block 18: a refusal (ruling) "
       "and 譚凱邦 (高呼, 又說): his. Block 19 ('【案件編號：…】'): a paragraph without speaker, as hkcn-36552. "
       "Captions 5, 6, 8, 13, 16, 17, 20 report no words. Byline '眾新聞記者' gives no reporter.")
A("hkcn-38398", [("林觀良", "p", ["被告"], ["懵良"], [1, 5]), ("林啟明", "p", [], ["肥林"], [1, 5]),
                 ("葉佐文", "p", ["法官"], ["葉官"], [4, 6, 7, 8, 10]),
                 ("周天行", "p", ["高級助理刑事檢控專員"], ["周"], [7, 8, 11])],
  q=[1, 4, 5, 7, 8, 9, 10, 12],
  unnamed=[(4, "控方 (指: a role, call 11; 周天行 is named in block 3, not in this paragraph)"),
           (9, "控方 (表示: a role)"), (10, "第一被告的代表律師 (指出, 要求: a role); 控方 (則指: a role)"),
           (12, "其餘被告的代表律師 (要求…提供…: a role)")],
  rep=[],
  ns=["控罪 (blocks 18-20: '被控…，指他們…', the charges, call 1)", "辯方 (block 4: 沒有反對, no words)",
      "林卓廷 / 莊榮輝 (attend: no words)", "王志榮 / 黃英傑 / 鄧懷琛 / 吳偉南 / 鄧英斌 / 蔡立基 (block 13 and captions: "
      "a list of defendants, no words)", "法庭書記 (block 7: inside 葉佐文's words)", "警方 (block 21: arrests, acts)",
      "邢穎琦 / 曾港深 (photographers)"],
  note="A trial's first day. Block 1 and caption 5: two defendants '承認暴動罪' (pleas are their words in court, as "
       "fresh6's hkcn-43933, fresh8 and fresh10; fresh12 and fresh13 read pleas as positions, null: the sets "
       "differ and the README has no call, so the majority is followed): '?'. '被控' (charges) and '留在法庭存檔' "
       "(a court act) are null. '48歲被告「懵良」林觀良及43歲「肥林」林啟明': name = full name, alias = the nickname; "
       "'被告' written before 林觀良's nickname is his title (林啟明 has an age and a nickname only). Block 3: who "
       "represents the prosecution (null). Block 4: the prosecution's application and '控方指' (a role, call 11), "
       "'法官葉佐文問' (a question: what he said): '?'. Blocks 6-8, 10: the judge (質疑, 批評, 反問, 反駁, 續指, 直言, "
       "追問, 要求) with 周天行 (表示, 解釋) or counsel: his alone in 6, '?' otherwise. Block 9: '控方表示' (a role): "
       "'?'. Block 11: '周天行解釋' (his; '控方將…作修改' continues him). Block 12: unnamed counsel's request: '?'. "
       "Blocks 18-20 (the charges) and 21 (background) are null; block 22 ('【案件編號：…】') a paragraph without "
       "speaker. Captions 14-17 report no words. Byline '眾新聞記者' gives no reporter.")
A("hkcn-37850", [("林鄭月娥", "p", ["特首"], ["林鄭"], [1, 2, 8, 13, 14, 15]),
                 ("蔡堅", "p", ["醫學會會長"], [], [4, 23, 24, 25]),
                 ("馬仲儀", "p", ["公共醫療醫生協會會長"], [], [4, 19, 20, 21, 22]),
                 ("社區組織協會", "o", [], ["社協"], [5]),
                 ("新加坡衞生部", "o", [], [], [7]), ("新加坡醫委會", "o", [], [], [7]),
                 ("張宇人", "p", ["自由黨兼行會成員"], [], [16])],
  q=[4, 6, 7, 8, 16],
  unnamed=[(6, "醫生 (曾集會，反映工作壓力爆煲: doctors without names)"),
           (8, "醫學界 (憂慮…而強烈反對: a profession without names)"),
           (16, "建制派 (普遍表達歡迎: a camp without names)")],
  rep=["林勵"],
  ns=["新加坡 (block 3: cuts its list, acts)", "張宇人的草案擬稿 / 私人條例草案 (blocks 9-11: a bill, a document)",
      "陳馮富珍 / 李國章 / 梁卓偉 / 林正財 (block 14: named in her list, no words)", "當局 (block 22: 修訂, an act)",
      "部分人 (block 24: '對於部分人認為…', the view he answers, told as the topic of his rebuttal)",
      "外界 (觀望: no words)", "政府 (召開記者會: an act)", "港台 (screenshot)"],
  note="Block 1: '特首林鄭月娥宣布' (call 12), '林鄭…說', '聲言' (hers). Block 2: her wording described ('多次以「非本地"
       "培訓醫生」而非「海外醫生」表述') with the paper's suspicion ('疑是…'): hers (hard call, the alternative reads the "
       "paper's analysis, null). Block 4: 蔡堅 and 馬仲儀 (均質疑, 形容): '?'. Block 5: '社區組織協會則說', '社協強調' "
       "(the body). Caption 6: doctors' rally '反映工作壓力爆煲' (a message reported, unnamed: '?'; hard call, the "
       "alternative reads a rally without words). Block 7: the paper's research: Singapore's ministry and council "
       "'預期…' (two bodies' forecast, as 彭志銘估計 in fresh16): '?'. Block 8: her proposal and '曾經形容，支持…並"
       "希望…' with the profession's worry ('因醫學界憂慮…而強烈反對'): '?'. Blocks 9-11: a member's bill and its draft "
       "(documents: null). Blocks 13-15: 林鄭 (說, 列舉, 點名列舉, 強調, 形容). Block 16: the pro-establishment camp "
       "(unnamed) and '張宇人更批評': '?'. Blocks 19-22: 馬仲儀 (說, 憂慮, 如是說, 舉例說, 擔心). Caption 23 and blocks "
       "24-25: 蔡堅 (質疑, 形容, 反駁, 慨嘆). '記者林勵' gives the reporter.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3418", [("陳家輝", "p", [], ["阿輝", "家輝"], [3, 4]), ("阿微", "p", [], [], [5, 7]),
                 ("阿家", "p", [], [], [8]), ("徐先生", "p", [], [], [9])],
  q=[12],
  unnamed=[(12, "醫院社工 (表示: a role)")],
  rep=["張嘉恬"],
  ns=["醫生 (block 7: inside 阿微's words)", "媽 (block 4: her reminder inside his words)",
      "政府 / 地方慈善會 / 蘋果基金會 (撥款: acts)"],
  note="Caption 2 reports no words. Blocks 3, 4: '27歲單親爸陳家輝…他說：「…」', '陳家輝癱坐在椅子上說' (his; "
       "單親爸 not copied as a title, as fresh16's 單親媽媽; the byline '報導•攝影╱張嘉恬' is glued to block 3). "
       "Blocks 5, 7: '陳家輝的50歲單親母阿微說' (a relation, no title). Block 8: '阿微次子阿家說'. Block 9: "
       "'陳家輝昔日老闆徐先生說' (named, call 6; 老闆 a relation, as fresh16's adtw-A3382; his employee's words told "
       "inside his). Block 12: '醫院社工表示' (a role): '?'.")
A("adtw-A3787", [("小傑", "p", [], [], [4]), ("鐘豊孟", "p", [], ["阿孟"], [5, 7, 8, 9]),
                 ("李振賢", "p", ["牧師"], [], [10]), ("温師母", "p", ["教會"], [], [11]), ("阿興", "p", [], [], [11]),
                 ("王太太", "p", [], [], [14])],
  q=[11],
  rep=["李佳玲"],
  ns=["三哥 (no words)", "教會長老 (block 9: inside 阿孟's words)", "政府 / 慈善單位 / 蘋果基金會 (acts)",
      "鐘豊孟 as photographer of caption 12 ('鐘豊孟提供': a credit)"],
  note="Block 4: a quote, then '…12歲小傑仍是一臉驚恐' (his: the quote's only person). Block 5: '小傑49歲父親阿孟"
       "（鐘豊孟）說' (name = full name, alias = nickname, call 6; 父親 a relation). Blocks 7-9: 阿孟 (說, 嘆了口氣無奈地"
       "說). Block 10: '認識阿孟20幾年的牧師李振賢說' (title as written before the name). Block 11: '教會温師母說' "
       "(surname + courtesy form, named, call 6; '教會' an affiliation before the name, call 7) and '阿孟的大哥阿興說': "
       "'?'. Block 14: '鄰居王太太…她說' (named, call 6; 鄰居 a relation). Captions 3 and 12 report no words. The "
       "byline '報導•攝影╱李佳玲' is glued to block 4.")
A("adtw-A3275", [("李武訓", "p", [], ["阿訓"], [4, 6, 8, 10, 11, 12]), ("阿梅", "p", [], [], [10])],
  q=[10, 12],
  unnamed=[(12, "長照中心專員 (說: a role); 當地里長 (說: a role)")],
  rep=["韓旭爾"],
  ns=["李素真 / 阿真 (cannot speak: no words)", "居服員 (no words)", "政府 (提供服務: an act)",
      "蘋果基金會 (獲悉後撥款: learning and acts)"],
  note="'阿訓（李武訓）', '阿真（李素真）': name = full name, alias = nickname (call 6). Blocks 4, 6, 8: 阿訓 (說, 感嘆說). "
       "Block 10: 阿訓 and '阿訓三姊阿梅說': '?'. Block 11: '問姊弟倆未婚原因' (passive, call 3) and '阿訓搖頭嘆道' "
       "(his). Block 12: an unnamed 長照中心專員, 阿訓 and the unnamed 里長: '?'. Caption 3 reports no words; the "
       "byline '報導．攝影╱韓旭爾' stands on its own line (5).")
A("adtw-A3693", [("游瑛鳳", "p", [], [], [4, 5, 8, 9, 10]), ("小權", "p", [], [], [8]), ("阿哿叔", "p", [], [], [9])],
  q=[8, 9, 12, 13],
  unnamed=[(12, "她大妹 (說: a relation); 游瑛鳳的婆婆 (說: a relation)"),
           (13, "當地社工 (a quote after '常探訪': a role without a name)")],
  rep=["向高彬"],
  ns=["小安 (笑指: a gesture)", "阿雄 (block 9: his last words told inside 游瑛鳳's)", "醫師 (inside her words)",
      "小權的班導師 (協辦救助: an act)", "蘋果基金會 (獲悉訪視後撥款: acts)"],
  note="Block 4: '游瑛鳳攬抱哄看照片：「爸拔在哪裡？」' (her words to her son; '記者見' is the reporter watching, not an "
       "enquiry; the byline '報導•攝影╱向高彬' is glued). Blocks 5, 10: '游瑛鳳說', '回述'. Block 8: '讀小五大兒子小權說' "
       "and '游瑛鳳說': '?'. Block 9: 游瑛鳳 and '房東阿哿叔憐憫地說' (a name the paper uses, with a kin form, as "
       "fresh14's 金燦婆; 房東 a relation, no title): '?'. Block 12: two relations without names: '?'. Block 13: the "
       "unnamed social worker's quote: '?'. Captions 3, 6 report no words.")
A("adtw-A3778", [("小廷", "p", [], [], [4]), ("邱雨茜", "p", [], [], [4, 5, 7, 9]), ("阿茂", "p", [], [], [13])],
  q=[4, 10, 12, 14],
  unnamed=[(10, "謝文鍾老父 (說：「盼兒快好。」: a relation)"),
           (12, "謝文鍾前妻 (說: a relation, reached by the reporter's call, call 10); 前段婚姻長子 (說: a relation)"),
           (14, "76歲老父 (哽咽說: a relation)")],
  rep=["向高彬"],
  ns=["謝文鍾 (paralysed: no words)", "醫師 (block 5: inside her words)", "公所 / 蘋果基金會 (撥款: acts)",
      "老伴 (no words)"],
  note="Block 4: the son's words ('4歲小廷…嚷著') and '36歲邱雨茜說': '?' (the byline '報導•攝影╱向高彬' is glued). "
       "Blocks 5, 7, 9: 邱雨茜 (說, 嘆, 回述). Caption 10: the unnamed father's words ('?'). Block 12: '記者電訪謝文鍾"
       "前妻，她說' and the eldest son (relations without names): '?'. Block 13: '大哥阿茂…阿茂說' (his; the reporter's "
       "visit is an act). Block 14: the unnamed father: '?'. Caption 3 reports no words ('愁煩', a worry).")
