# Kinds and speaker gold of fresh set 15 (annotated 2026-12-07 by a helper of session 24, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh15.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh15-2026-12-07"; the
# same rules as sets 13 and 14, annotations/speakers/fresh14.py, with the republished-text exclusion from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths, commit 635cc02f… as set 14) shuffled with
#   random.Random(seed), skipping ids in split.tsv (sets 1-14 included) and in /tmp/wide/ (696 texts the lead has
#   read); taken in that order: the first six with category 眾聞 (news), 800-3000 characters after extraction (the
#   extracted blocks joined by newlines) and at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches).
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, commit 3826761f… as set 14)
#   shuffled with random.Random(seed), skipping the ids already in the corpus (sets 2-14 included); taken in that
#   order: the first five whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues
#   (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-t01..t05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-14 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start, as set 11 added it): a candidate with at least half of its
#   extracted lines longer than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in
#   a file of /tmp/wide/ is skipped (checked by a script before the candidate is read; for 人民日报, whose files can
#   only be seen by reading them, right after saving); texts of set 16 already built in the cache are checked too.
# Set 16 is drawn at the same time by another helper (/work/wt-fresh16, rmrb-u01..u05): an id or a 人民日报 date that
#   appears in its manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing
#   and again just before the set is committed).
#   Outcome (set 16's manifest.tsv and cache-manifest.tsv held no id or date beyond the corpus's when drawn). 眾新聞:
#   hkcn-48460, -24832, -19215, -46978, -41032, -8463 taken (the 4th, 8th, 11th, 12th, 17th and 21st files in shuffled
#   order; extracted characters / cues 1378/12, 1191/11, 1223/20, 1783/23, 1738/14, 1392/10); none of the first 21 was
#   in split.tsv, in /tmp/wide/ (696 files) or in set 16. Skipped among them: 眾說 columns (hkcn-27987, -8472, -14076,
#   -5676, -4623, -5380, -11010), a file without a category (hkcn-42259), news outside the length/cue bounds
#   (hkcn-26831: 605 characters, 10 cues; -8745: 3780, 65; -2990: 900, 5; -49774: 713, 3; -17375: 4934, 10) and two
#   REPUBLISHED texts, excluded by the script before being read: hkcn-48787 (19 of its 19 lines over 30 characters in
#   /tmp/wide/hkcn-48772) and hkcn-38712 (12 of 12 in /tmp/wide/hkcn-38686 and hkcn-38716). The texts taken share none
#   of their lines over 30 characters (12, 8, 11, 18, 14, 10) with a text of split.tsv or /tmp/wide/.
#   蘋果日報: adtw-A3751, -A3523, -A3281, -A3824, -A3365 taken (the 1st, 5th, 6th, 8th and 9th in shuffled order;
#   854/13, 839/7, 855/10, 837/9, 876/12); skipped: adtw-A3354, -A3278, -A3415, -A3213 (already in split.tsv). None
#   shares a long line (6, 6, 8, 8, 7) with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-01-16, 2025-07-18, 2025-05-28 (then 03-28, 01-02, 02-09,
#   01-31, 01-08). 2025-01-16: 进一步全面深化改革中的几个重大理论和实践问题 read and skipped (1702: a 新华社 wire
#   summarising an article of 习近平 in 《求是》, '文章强调/指出': a document); t01 taken (两本账里话民生（新春走基层）,
#   1820: a village report, 杨永法, 杨满意 and 习近平 quoted); t02 taken (小帐篷里的“暖服务”（在现场）, 1488: 四郎曲扎 and
#   程文浩 quoted). 2025-07-18: “一进一出”背后的自信与底气（编辑手记） skipped unread by its title (an editor's note);
#   入境游火热带动入境消费不断扩大 read and skipped (1201: only ministries, data and unnamed '相关负责人' speak, no named
#   person); t03 taken (向着科技强国阔步前进（奋勇争先，决战决胜“十四五”）, 1952); 奋发有为，推动城市高质量发展 read and
#   skipped (1711: a 本报评论员 commentary); t04 taken (农业农村经济发展势头良好（权威发布）, 3793: a press conference,
#   four named officials). 2025-05-28: 深学笃行 求真务实（锲而不舍落实中央八项规定精神） read and skipped (2224: only
#   unnamed cadres, residents and an unnamed '负责同志' quoted); t05 taken (高举队旗跟党走 培养中国特色社会主义事业合格
#   建设者, 1620: a 新华社 wire printing 习近平's congratulatory letter in full, then the paper's report with 石泰峰's
#   words; taken as a news report with a named person quoted, the letter being part of it). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits 4ab7bc67… for 01-16, 4fdfbec9… for 07-18, 65acd7d7…
#   for 05-28, as find_files and read_file gave them), lengths 1820, 1488, 1952, 3793, 1620 = total_chars; the
#   republished-text check ran on them after they were saved: none shares a line over 30 characters (21, 15, 17, 29, 8)
#   with a corpus or /tmp/wide/ text.
#   Checked again just before the set was committed: set 16 (/work/wt-fresh16, not yet committed beyond its rules:
#   hkcn-13682, -14136, -25330, -35021, -41703, -7089, adtw-A3073, -A3249, -A3327, -A3382, -A3394, rmrb-u01..u05 from
#   2025-02-16, 06-07, 07-12) shares no id, no 人民日报 date and no line over 30 characters with the 16 texts of this set
#   (its texts were compared by script, not read).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 48 blocks. Confirmed:
# quoted terms, names and slogans in the paper's voice (hkcn-48460 caption 15; hkcn-41032 5; rmrb-t01 4, 14, 16, 18, 26,
# 27, 31, 34; rmrb-t02 1, 3, 6, 7, 8, 12, 13; rmrb-t03 5, 12, 13; rmrb-t04 9, 13, 18, 19, 21, 31, 36, 42-45, the last
# four the '记者手记'), '问' in 问世 and 问题 and '表示' meaning 'stands for' (rmrb-t03 2, 8; rmrb-t04 26, 37, 39),
# hkcn-41032 16 (a warning letter of which nothing is reported), hkcn-8463 1, 6, 25 (motions filed: acts) and 26 ('提出
# 虛假陳述', a statement named without its words), adtw-A3281 4 ('向記者訴說手術過程': the topic only), rmrb-t01 29 (the
# village's rules after '“有讲究”：', no cue), rmrb-t02 9 ('想到', thoughts) and 10 ('便说出困难', no words), rmrb-t04 27,
# 29 (the tasks of the press conference in the paper's voice). Also re-read without a cue word: rmrb-t04 8-9, 11,
# 13, 17-22, 25-31, 35-37, 39 (figures and tasks between the officials' words: null, as rmrb-s02 block 6), hkcn-46978
# 6, 9, 14, 20 (the witness's account continued: his), adtw-A3824 7 (the son's condition: null), hkcn-41032 7 (a list
# of departments: null), hkcn-8463 7-21 (the motions: null). Changed: rmrb-t05 block 10 ('习近平发来贺信，…表示祝贺，
# …致以诚挚的问候，并祝全国的小朋友们节日快乐'), 习近平's in pass 1 for the wish's content, is null (greetings, as
# rmrb-i01 block 4's '致以诚挚问候和新春祝福'; the letter's own first-person words, blocks 4-6, stay his).
# Calls re-read and kept: rmrb-t01 block 6 (an unattributed question in quotes, read as the reporter's, call 10: '?')
# and block 15 ('杨满意边走边掰手指头：' and his reckoning: his, no speech verb); rmrb-t05 blocks 3-9 (the letter: its
# title a heading, its words his as a signed text, signature, date and wire dateline bylines); hkcn-48460 block 17 (the
# defendant's post printed after '發文：' in the prosecution's case: his words, not an exhibit) and blocks 5 and 7 (a bare
# '辯方' a paragraph after the named counsel: a role, call 11); hkcn-19215 blocks 2 and 5 ('眾新聞…向X查詢，他指': the
# paper's enquiry, call 10, '?') against block 8 ('回覆立場新聞查詢時表示': left to the answerer); hkcn-41032 block 8
# ('根據政府新聞稿', a body's release with its content, call 13) and block 11 ('對比…政府發稿宣布…', call 12: the
# government, the block's only speaker); hkcn-8463 blocks 22-24 (the words of the censured told in the motions: theirs,
# as hkcn-46029 block 23's earlier testimony reported); hkcn-46978 block 2 (an unnamed '高級消防隊長' named in block 5:
# his, as hkcn-46029) and block 13 (a colleague's words told in the testimony: the witness's); hkcn-24832 block 5 (a
# commission's report is a document, its '提出五項建議' the commission speaking, call 11); adtw-A3365 block 5 (the late
# husband's words to the reporter when alive: his, with his wife's: '?').
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): a letter printed in full
# inside a wire (title, signature, date; call 9 names signatures, call 11 signed petitions and advertisements, not a
# letter) and the paper's summary of its greetings beside rmrb-i01; an unattributed question in quotes (call 10 names
# the reporter's explicit enquiries); a reckoning after a colon without a speech verb ('边走边掰手指头：'); a speech act
# without its words ('便说出困难'); the words of persons quoted inside the titles of motions (documents that report
# words); a defendant's post printed in full inside the prosecution's case (call 11's exhibits against a signed text);
# a government press release cited for figures ('根據政府新聞稿') and an announcement used as a comparison
# ('對比…政府發稿宣布…'); the paper's enquiry with a single answerer ('眾新聞向X查詢，他指': '?' by call 10) against
# '回覆/接受…查詢時表示' (left to the answerer); a title written once before coordinated names ('政府專家袁國勇、許樹昌',
# '小組委員胡志偉及尹兆堅': given to the adjacent name only); an age word after a name ('仁多布杰老人': no title); a
# byline written with '／' (adtw-A3281 block 5, which the extractor, knowing only '╱', left a paragraph: set by K); the
# source's slip '高級防隊長' kept as written.
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-t01")
A("rmrb-t01", [("杨永法", "p", ["村民"], ["老杨"], [6, 9, 10, 32]), ("习近平", "p", ["总书记"], [], [12, 30]),
               ("杨满意", "p", ["村党支部书记"], [], [15])],
  q=[6, 7, 17, 25, 33],
  unnamed=[(6, "“得了多少？” (a question whose asker is not said, the reporter's: call 10)"),
           (7, "有人 (打趣道: no name)"), (17, "几名干部和老乡 (你言我语: several, no names)"),
           (25, "记者 (疑惑: the reporter's own question, call 10); 有人 (笑答: no name)"),
           (33, "村干部 (说: a role without a name)")],
  rep=["李洪兴"],
  ns=["老伴 (no words)", "扶贫车间 / 村集体 (acts)", "支出账 (blocks 19-23: the posted account, a document)",
      "村干部 (block 29: the village's spending rules described, no cue)"],
  note="A 新春走基层 report. Block 6: an unattributed question (the reporter's, call 10) and 老杨's answer: '?'. "
       "Blocks 9 and 10: quotes after '他开着三轮车卖肉，' and '“还有地呢。”…都是老杨种' continue 杨永法 (his; "
       "alias 老杨). Blocks 12 and 30: '习近平总书记指出：“…”' (his). Block 15: '杨满意边走边掰手指头：' and his "
       "reckoning of the village's income after the colon (his; hard call, no speech verb: the alternative reads the "
       "figures as the paper's). Block 13 introduces the secretary without words (null). Blocks 19-23: the items of "
       "the posted account (null). Block 29: the village's rules for spending after '村干部心里有底，花钱管账“有讲究”：' "
       "(no cue: null; hard call). Block 32: '杨永法说' (his). Block 33: '村干部说' (a role: '?').")
K("rmrb-t02", b16="byline")
A("rmrb-t02", [("四郎曲扎", "p", ["西藏大学生态环境学院党委副书记"], [], [2]), ("仁多布杰", "p", [], [], [4]),
               ("程文浩", "p", ["清华大学公共管理学院教授"], [], [15])],
  rep=["倪弋", "史鹏飞", "徐驭尧", "琼达卓嘎", "郝萍"],
  ns=["民警 / 西藏边检总站日喀则边境管理支队 (acts)", "中国农业银行 / 农行 (acts)",
      "旦增罗布 (block 9: '想到', his thoughts; block 10: '便说出困难', a speech act without its words)",
      "阿琼 (acts)", "西藏军区总医院应急医疗队 / 定日县邮政分公司 (acts)", "记者 (block 11: '记者看到', an observation)"],
  note="An 在现场 report without a top byline; the closing '（综合本报记者倪弋、史鹏飞、徐驭尧、琼达卓嘎，人民网记者郝萍"
       "报道）' is a byline and its names are the reporters (call 8, as the '参与采写' lines of rmrb-g01 and rmrb-s03). "
       "Block 4: a plea in quotes, then '仁多布杰老人…求助' (his; '老人' after the name is an age word, no title). "
       "Block 5: '连声道谢' (thanks without words: null). Block 10: '便说出困难' tells that 旦增罗布 spoke, not what "
       "(null; hard call, the difficulty is told in block 9 as his thoughts, '想到'). Blocks 2 and 15: a quote, then "
       "the named speaker (说).")
K("rmrb-t03", b6="heading", b11="heading", b16="heading")
A("rmrb-t03", [("习近平", "p", ["总书记"], [], [4]), ("施路平", "p", ["清华大学教授"], [], [9]),
               ("朱建秋", "p", ["梅钢企划部负责人"], [], [14]), ("齐红基", "p", ["富加镓业创始人"], [], [19])],
  rep=["刘诗瑶"],
  ns=["清华大学类脑计算研究中心 / 梅钢 / 富加镓业 / 杭州光学精密机械研究所 (acts)", "邹世文 (no words)",
      "各地区各部门 (block 5: acts)"],
  note="A series report (奋勇争先，决战决胜“十四五”). Kinds: the three one-line labels ending in '——' (6, 11, 16) are "
       "headings (call 14). Block 4: '习近平总书记强调：“…”“…”' (his). Blocks 9, 14, 19: a quote and the named "
       "speaker (介绍, 感触很深：); block 14's figures after '朱建秋介绍，' continue his account. Block 5: "
       "'深入贯彻落实习近平总书记重要指示精神' reports no words (null).")
K("rmrb-t04", b3="credit", b4="credit")
A("rmrb-t04", [("麦尔丹·木盖提", "p", ["农业农村部副部长"], [], [5, 38]),
               ("王乐君", "p", ["农业农村部总畜牧师、监督检查司司长"], [], [10, 14]),
               ("吕修涛", "p", ["农业农村部种植业管理司负责人"], [], [12]),
               ("陈邦勋", "p", ["农业农村部发展规划司司长"], [], [32])],
  rep=["郁静娴"],
  ns=["国务院新闻办 (举行的新闻发布会: an act)", "农业农村部 (its officers speak; acts)", "张丹峰 (制图: a credit)",
      "农业农村部 (block 3: 数据来源, a credit)"],
  note="A press conference (权威发布). Kinds: the kicker ending in '——' (0), the title (1) and the bold sub-headings "
       "(6-7, 15-16, 23-24, 33-34) and '记者手记' with its title (40-41) are headings; '数据来源：农业农村部' (3) and "
       "'制图：张丹峰' (4) are credits (as rmrb-p04). Block 5: a quote, then the vice-minister (表示). Blocks 10, 12, "
       "14, 32, 38: the officials (介绍, 说). The paragraphs without a cue between them (the year's figures, the "
       "four tasks 27-30 opening '提升…。', '抓牢…。') are the paper's voice (null), as rmrb-s02 block 6's figures of "
       "a press conference; the '记者手记' (42-45) is the reporter's own comment (null, as rmrb-j05).")
K("rmrb-t05", b3="heading", b7="byline", b8="byline", b9="byline")
A("rmrb-t05", [("习近平", "p", ["中共中央总书记、国家主席、中央军委主席", "总书记"], [], [4, 5, 6, 11]),
               ("石泰峰", "p", ["中共中央政治局委员、中央组织部部长"], [], [13])],
  rep=["李昌禹", "杨昊"],
  ns=["蔡奇 / 雪克来提·扎克尔 / 谌贻琴 / 沈跃跃 (出席: no words)",
      "阿东 / 王嘉毅 (分别…致词: speeches announced without their words)", "少先队员代表 (汇报了…的故事: no words)",
      "王艺 (作工作报告: no words)", "新华社 (the wire)", "党中央 (习近平 and 石泰峰 speak on its behalf: 代表)",
      "习近平 (block 10: 发来贺信，…表示祝贺，…致以诚挚的问候，并祝…节日快乐: greetings, as rmrb-i01 block 4)"],
  note="A 新华社 wire printing 习近平's congratulatory letter in full, then the paper's report of the congress. Kinds: "
       "the kicker (0), title (1) and sub-title (2) are headings; the letter's title '贺  信' (3) is a heading; its "
       "signature '习近平' (7) and date (8) and the wire dateline '（新华社北京5月27日电）' (9) are bylines (call 9). "
       "Blocks 4-6: the signed letter is its writer's words (his, as call 11's signed texts). Block 10 (the dateline "
       "'本报北京5月27日电  （记者李昌禹、杨昊）' glued to it): '习近平发来贺信，…表示祝贺，…致以诚挚的问候，并祝全国"
       "的小朋友们节日快乐' reports the letter's greetings and wish (null, as rmrb-i01 block 4's '致以诚挚问候和新春"
       "祝福'; hard call: pass 1 gave it to 习近平 for the wish's content, changed in pass 2). Block 11: '习近平在贺信中强调' (his). Block 13: 石泰峰 reads the letter and speaks ('他表示': his). "
       "Block 15: speeches and a work report announced without words (null, as rmrb-i05 block 12).")

# ---------------------------------------------------------------- 眾新聞
K("hkcn-48460")
A("hkcn-48460", [("李慶年", "p", ["區域法院法官", "法官"], ["李官"], [1, 4, 9, 11, 12, 14, 18]),
                 ("蔡易文", "p", ["被告"], [], [1, 17]), ("關百安", "p", ["辯方大律師"], [], [4])],
  q=[1, 4, 5, 7, 16],
  unnamed=[(4, "辯方 (同意: the role, after 關百安 in the same paragraph)"),
           (5, "辯方 (透露: a role, call 11, 關百安 named in block 4); 被告居於美國的胞姊 (求情信…透露: a relation); "
               "其朋友 (形容: no name)"),
           (7, "辯方 (強調: a role, call 11)"), (16, "控方 (案情指: the prosecution's case, a role, call 11)")],
  rep=["劉偉琪"],
  ns=["上訴庭 (block 9: its ruling told inside 李慶年's reasons)", "警方 (no words)", "女友 (no words)",
      "案件編號 (block 19: no speaker)"],
  note="A sentencing. Block 1: the defendant's post ('發帖指…「所以要盡力而為」') and the judge's reasons ('判刑指'): "
       "'?', as fresh13's hkcn-48609 block 1. Block 4: defence counsel 關百安 (稱), the judge (表示, 指) and '辯方同意': "
       "'?'. Blocks 5 and 7: a bare '辯方' in another paragraph than the named counsel (call 11: a role): '?'. Blocks "
       "9, 11, 12, 14, 18: the judge (指, 認為, 總結指, 裁決指; the sentence's arithmetic in 12 is a ruling inside his "
       "reasons). Block 16: '控方案情指' (call 11: the prosecution, '?') with the admission under caution. Block 17: "
       "the defendant's post printed after '發文：' (his written words; hard call: the alternative reads it as an "
       "exhibit of the prosecution's case, a document). Captions 2, 8 and 15 report no words. The case number (19) "
       "is a paragraph without speaker.")
A("hkcn-24832", [("習近平", "p", ["中國國家主席"], [], [1, 2]), ("香港眾志", "o", [], ["眾志"], [4]),
                 ("美中經濟與安全審查委員會", "o", [], ["USCC"], [5, 6]), ("特區政府", "o", [], [], [7])],
  ns=["新華社 (block 1: 出稿, the channel of 習近平's words, as call 15's relay)", "敖卓軒 (收到消息: no words)",
      "麥康奈爾 (提交: an act)", "USCC 的報告 (block 5: 發表報告，提及…: a document)", "林鄭月娥 (no words)",
      "美聯社 (a photo credit)", "眾新聞記者 (byline, no name)"],
  note="Block 1: '新華社…出稿，習近平指出', '他說' (his; the wire relays his words). Block 2: his earlier words "
       "('只表示…', '今次則指'). Block 4: '香港眾志…表示', '眾志指' (the party). Block 5: the commission's report "
       "(發表報告，提及: a document) and 'USCC提出五項建議' (a commission that recommends speaks, call 11): the "
       "commission. Block 6: 'USCC又建議' (its). Block 7: '特區政府發聲明回應USCC，指…' (a statement with its content, "
       "call 13; the source writes 'USSC' there). Caption 3 reports no words. No reporter (眾新聞記者).")
A("hkcn-19215", [("公民黨", "o", [], [], [1]), ("朱凱廸", "p", ["議會陣線"], [], [1]),
                 ("范國威", "p", ["新民主同盟"], [], [1]), ("尹兆堅", "p", ["民主黨"], [], [1, 6]),
                 ("胡志偉", "p", ["主席", "小組委員"], [], [2, 3, 4, 6, 7, 10]),
                 ("許智峯", "p", ["民主黨立法會議員"], [], [5, 7]), ("林卓廷", "p", [], [], [8])],
  q=[1, 2, 5, 6, 7],
  unnamed=[(2, "眾新聞 (向胡志偉查詢: the paper's enquiry, call 10)"),
           (5, "眾新聞 (向…許智峯查詢: the paper's enquiry, call 10)"), (6, "曾有報道指 (a medium without a name, call 2)"),
           (7, "有土地供應專責小組成員 (透露: no name)")],
  rep=["鄭靖而"],
  ns=["政府 (公布…造價估算: the publication of figures, call 12)", "林鄭月娥 (在施政報告中提出: a policy document)",
      "廖振新 (inside 許智峯's words)", "立法會工務小組 (通過: an act)", "立場新聞 (its enquiry is the source)",
      "陳帆 (caption 9: no words)", "何君健 (photographer)"],
  note="Block 1: 公民黨 (表明反對), 朱凱廸 (質疑), 范國威 (擔心) and 尹兆堅 (稱, 質疑, 形容): '?'. Block 2: his speech at the "
       "party's anniversary (致辭時指) and the paper's enquiry ('眾新聞昨晚向胡志偉查詢，他指': call 10): '?'. Blocks 3 "
       "and 10: '被問到…胡志偉說', '胡志偉被問到…他表示' (passive questions, call 3: his). Caption 4: '胡志偉表示' "
       "(his). Block 5: the paper's enquiry and 許智峯 (他指): '?'. Block 6: 胡志偉's and 尹兆堅's earlier words and "
       "an unnamed report (call 2): '?'; 尹兆堅's motion (提出動議，要求擱置) is an act. Block 7: an unnamed member, "
       "胡志偉 (稱) and 許智峯 (指): '?'. Block 8: the votes are acts; '林卓廷回覆立場新聞查詢時表示' (his). Titles: "
       "'主席胡志偉', '小組委員胡志偉及尹兆堅' (written next to 胡志偉), '民主黨尹兆堅', '議會陣線朱凱廸', "
       "'新民主同盟范國威' (affiliations, call 7).")
K("hkcn-46978", b1="heading")
A("hkcn-46978", [("邱曉生", "p", ["高級防隊長"], ["邱"],
                  [2, 5, 6, 8, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 22, 24, 25])],
  rep=["劉偉琪"],
  ns=["許志傑 (block 13: '許表示氧氣存量只剩下110巴', his words told inside 邱曉生's testimony)",
      "三名隊員 (block 10: '三人稱「OK」', inside his testimony)", "盧錦榮 / 控制中心 (instructions told in his testimony)",
      "吳安兒 / 遺孀 (抽泣: no words)", "死因研訊 (a setting)", "案件編號 (block 26: no speaker)"],
  note="An inquest: one witness. Kinds: '【研訊第35天】' (1) is a kicker (heading, as fresh2's hkcn-46029). Block 2: "
       "'高級消防隊長憶述' is the witness named in block 5 (a definite description of one person, as hkcn-46029's "
       "'死者張耀升的拍擋'): his. His title as written: '高級防隊長' (the source's slip for 高級消防隊長); '見習消防隊長' "
       "is a role in a predicate. Blocks 6, 9, 14, 20: his testimony continued without a cue (continuation paragraphs, "
       "his); the orders and the colleagues' words told in it stay his (as hkcn-46029 block 8). Block 17: his shout "
       "in the fire ('大叫：「觀塘泵車走喇！」', his). Caption 3 reports no words.")
A("hkcn-41032", [("政府", "o", [], [], [2, 6, 8, 11]), ("袁國勇", "p", ["政府專家", "政府專家顧問"], [], [2, 18, 20]),
                 ("許樹昌", "p", [], [], [2, 20]), ("衞生署", "o", [], ["署方"], [3, 10]),
                 ("機場管理局", "o", [], ["機管局"], [3, 8]), ("食物及衞生局", "o", [], ["局方"], [12]),
                 ("民政事務總署", "o", [], [], [13]), ("衞生防護中心", "o", [], [], [18])],
  q=[1, 2, 3, 6, 8, 18, 20],
  unnamed=[(1, "政府各部門 (回覆眾新聞查詢: several bodies, no names)"),
           (6, "眾新聞 (向政府多個政府部門查詢: the paper's enquiry, call 10)")],
  ns=["華大基因 / 華昇診斷中心 / Prenetics (acts)", "胡定旭 (no words)", "陳肇始 / 林鄭月娥 (caption 4: no words)",
      "社區檢測中心的網頁 (block 11: 顯示, data)", "食物及衞生局 (block 16: 警告信, nothing of it reported)",
      "眾新聞記者 (byline, no name)"],
  note="Block 1: the departments' replies to the paper (several bodies, '?'); the bureau's suspension is an act. "
       "Block 2: 袁國勇 and 許樹昌 (提出憂慮) and '政府說法': '?'. Block 3: the paper's question, 衞生署 (表示) and the "
       "airport authority (指): '?'. Block 6: '政府強調' and the paper's enquiry (call 10): '?'. Block 8: '機管局表示' "
       "and '根據政府新聞稿' (a body's release with its content, call 13): '?' (hard call: the alternative reads the "
       "release's figures as data). Block 10: '衞生署…回覆，表示', '據署方早前回覆' (its). Block 11: the bureau has "
       "not replied (no words), a web page's list (data) and '3月18日政府發稿宣布…' (a body's announcement with its "
       "content, call 12: the government; hard call). Block 12: '局方…回覆，確認' (the bureau). Block 13: '民政事務總署"
       "…致電記者，補充說…稱' (its). Block 18: the centre's suspicion ('懷疑有「不尋常」') and the findings of "
       "袁國勇's inspection ('揭示…'): '?'. Block 20: the quarantine rules (null) and '袁國勇、許樹昌均提出採樣漏洞說': "
       "'?'. Titles: '政府專家袁國勇、許樹昌', '政府專家顧問袁國勇' (written next to 袁國勇 only). Captions 4 and 9 "
       "report no words. No reporter (眾新聞記者).")
A("hkcn-8463", [("立法會秘書處", "o", [], ["秘書處"], [2]), ("李慧琼", "p", ["內務委員會主席"], [], [3, 23]),
                ("梁君彥", "p", ["立法會主席"], [], [22]), ("何君堯", "p", ["新界西議員"], [], [24])],
  q=[5],
  unnamed=[(5, "有熟悉《議事規則》的泛民中人 (指出: no name)")],
  rep=["林勵"],
  ns=["民主派 / 泛民議員 (提出…議案: acts; the motions listed in 8-26)", "梁君彥 (block 2: 批准, an act)",
      "張建宗 / 陳茂波 / 陳帆 / 盧偉聰 / 陳健波 (no words)", "柯創盛 (block 26: '提出虛假陳述', a statement named "
      "without its words)", "政府 (acts)"],
  note="Block 1: the pro-democracy camp's motions (提出…議案) are acts (null). Block 2: the president's approval is an "
       "act; '秘書處回覆查詢時說' (the secretariat; its words on the president's handling). Block 3: '李慧琼…回應說' "
       "(hers). Block 5: an unnamed legislator ('?'). Blocks 7-26: the list of motions (null) except the words of "
       "those censured that the motions report: 22 ('梁君彥稱「…」': his), 23 ('李慧琼表示支持…': hers), 24 ('何君堯"
       "自稱…': his) (hard call: the alternative reads the motions' titles as a document, null). Caption 4 reports no "
       "words.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3751", [("小怜", "p", [], [], [3, 7]), ("阿富婆", "p", [], [], [4, 8, 11]), ("阿珠", "p", [], [], [10])],
  q=[5, 7],
  unnamed=[(5, "當地里長 (說: a role without a name)"), (7, "小怜國小導師 (說: a role)")],
  rep=["韓旭爾"],
  ns=["阿龍 / 吳琪龍 (cannot speak; no words)", "醫生 (inside 阿富婆's words)", "蘋果慈善基金會 (訪視, 撥款: acts)"],
  note="Block 3: '小怜天真地對阿龍說：「…」' (hers; the byline '報導•攝影╱韓旭爾' is glued to the block). Blocks 4 and "
       "11: '阿富婆…說' (a name the paper uses, call 6, as 金燦婆). Caption 8: '阿富婆（後）說自己老了…' (hers). Block "
       "7: 小怜 (說) and her teacher (a role): '?'. Block 10: '阿龍大姊阿珠…阿珠說' (大姊 a relation, no title). "
       "Caption 2 reports no words.")
A("adtw-A3523", [("阿草", "p", [], [], [4, 5, 7, 8]), ("小瑩", "p", [], [], [9]), ("林福生", "p", [], [], [12])],
  q=[12],
  unnamed=[(12, "當地里長 (表示: a role)")],
  rep=["張嘉恬"],
  ns=["阿勳 (no words)", "婆婆 (no words)", "蘋果基金會 (撥急難金, 訪視: acts)"],
  note="Blocks 4-8: '阿草說', '阿草繼續說' (hers; the byline '報導•攝影╱張嘉恬' is glued to block 4). Block 9: '女兒"
       "小瑩…她說：「…」' (hers). Block 12: '她的先生林福生對記者說' (先生 a relation, no title) and the unnamed 里長 "
       "(表示): '?'. Captions 3 and 10 report no words.")
K("adtw-A3281", b5="byline")
A("adtw-A3281", [("葉全郡", "p", [], [], [10]), ("吳全靈", "p", [], [], [7, 9, 10, 13, 14]),
                 ("小妤", "p", [], [], [11])],
  q=[10, 11],
  unnamed=[(11, "小妤班導黃老師 (說: surname + job, call 6)")],
  rep=["張嘉恬"],
  ns=["小女兒 (acts)", "外甥 (no words)", "蘋果基金會 (獲悉訪視, 撥款: acts)"],
  note="Kinds: '報導．攝影／張嘉恬' (5, written with '／' and so left a paragraph by the extractor) is the byline on its "
       "own line. Block 4: '向記者訴說手術過程' names the topic of his talk and '愁煩…生計' a worry named by its object "
       "(no words: null, as fresh13's hkcn-30099 caption 1). Caption 6: his written thanks, its words not given (null). "
       "Block 10: 葉全郡 (說) and 吳全靈 (說; his note '老婆辛苦了…' told in her account): '?'. Block 11: 小妤 (說) and "
       "her teacher 黃老師 (surname + job: unnamed): '?'. '前妻吳全靈', '長女小妤' are relations (no titles).")
K("adtw-A3824", b5="byline")
A("adtw-A3824", [("阿玲", "p", [], [], [4, 6, 9, 12]), ("王先生", "p", [], [], [13])],
  q=[13, 14],
  unnamed=[(13, "祖母 (阿玲's mother-in-law, 說: a relation)"), (14, "醫院社工 (表示: a role)")],
  rep=["張嘉恬"],
  ns=["阿義 (no words)", "醫生 (block 4: 判定, a diagnosis)", "蘋果基金會 (訪視, 撥款: acts)"],
  note="Block 4: '阿玲逗兒子：「…」', '阿玲說' (hers). Block 7: the son's condition without a cue (null; hard call, "
       "it may continue her account). Block 12: a quote after '喪夫後，她靠做工…' (the paragraph's only person: hers). "
       "Block 13: '和阿玲夫妻相識多年的王先生說' (call 6: a named speaker; the clause is a description, no title) and "
       "the grandmother (說: a relation): '?'. Captions 3 and 10 report no words. The byline '報導•攝影╱張嘉恬' stands "
       "on its own line (5).")
A("adtw-A3365", [("陳惠雯", "p", [], ["阿雯"], [4, 5, 7, 8, 9]), ("阿財", "p", [], [], [5]),
                 ("阿娣婆", "p", [], [], [9]), ("小輝", "p", [], [], [12])],
  q=[5, 9, 12],
  unnamed=[(12, "里長 (說: a role without a name)")],
  rep=["韓旭爾"],
  ns=["阿珠 (no words)", "婆婆 / 公公 (no words)", "醫生 (inside 阿財's words)", "蘋果基金會 (獲悉訪視, 提撥: acts)"],
  note="Block 4: '阿雯（陳惠雯）…說' (call 6: name = full name, alias = nickname; the byline '報導．攝影╱韓旭爾' is "
       "glued to the block). Block 5: the late 阿財's words to the reporter when he was alive ('仍努力告訴記者，「…」') "
       "and 阿雯 (說): '?'. Block 8: 阿財's saying told inside her words (hers). Block 9: 阿雯 (說) and her mother "
       "阿娣婆 (a name the paper uses, call 6): '?'. Block 12: the unnamed 里長 and the son 小輝 (說): '?'. Captions 3 "
       "and 10 report no words.")
