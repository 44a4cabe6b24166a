# Kinds and speaker gold of fresh set 19 (annotated 2026-12-07/08 by a helper of session 25, from the texts and the
# corpus conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh19.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh19-2026-12-07"; the
# same rules as set 18, annotations/speakers/fresh18.py, with the republished-text exclusion applied from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths, commit 635cc02f… as sets 14-18) shuffled with
#   random.Random(seed), skipping ids in split.tsv (sets 1-18 included) and in /tmp/wide/ (696 texts the lead has
#   read); taken in that order: the first six with category 眾聞 (news), 800-3000 characters after extraction (the
#   extracted blocks joined by newlines) and at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches).
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, commit 3826761f… as sets 14-18)
#   shuffled with random.Random(seed), skipping the ids already in the corpus (sets 2-18 included); taken in that
#   order: the first five whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues
#   (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-x01..x05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-18 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   an editorial, a Q&A, a reader's question or a document; a 新华社 wire summarising a 《求是》 article is skipped as a
#   document's summary; a speech printed in full is skipped; a letter printed in full with its wire report may be
#   taken, as sets 15 and 16) with at least one named person quoted. Raw files saved from read_file under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start): a candidate with at least half of its extracted lines longer
#   than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in a file of /tmp/wide/ is
#   skipped (checked by a script before the candidate is read; for 人民日报, whose files can only be seen by reading
#   them, right after saving); texts of set 20 already built in the cache are checked the same way (by script, unread).
# Set 20 is drawn at the same time by another helper (/work/wt-fresh20, rmrb-y01..y05): an id or a 人民日报 date that
#   appears in its manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing
#   and again just before the set is committed).
#   Outcome (the draw script reproduced set 18's outcome exactly with set 18's seed and set 18's ids taken out of the
#   corpus, and set 18's dates with its own, before it was run with this seed; set 20's manifest.tsv and
#   cache-manifest.tsv held no id or date beyond the corpus's when the 眾新聞 and 蘋果日報 candidates were drawn).
#   眾新聞: hkcn-13237, -49440, -36906, -27085, -4789, -31286 taken (the 2nd, 4th, 6th, 8th, 9th and 10th files in
#   shuffled order; extracted characters / cues 1818/37, 832/10, 1396/11, 960/11, 1091/21, 1745/20). Skipped among the
#   first 10: 眾說 columns (hkcn-18811, -47382, -4357, -38119); none of the 10 was in split.tsv, in /tmp/wide/ or in set
#   20. No candidate was republished: the texts taken share none of their lines over 30 characters (16, 6, 15, 7, 9,
#   11) with a text of split.tsv or /tmp/wide/.
#   蘋果日報: adtw-A3774, -A3338, -A3018, -A3085, -A3761 taken (the first five in shuffled order; 890/6, 828/10, 978/7,
#   844/8, 890/7), none skipped; none shares a long line (8, 9, 7, 9, 9) with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-04-22, 2025-03-02, 2025-05-08 (then 01-28, 03-13, 07-16,
#   06-19, 06-17). 2025-04-22: 中共中央国务院印发《关于实施自由贸易试验区提升战略的意见》 skipped unread by its title (a
#   document's publication); x01 taken (书香里的中国，欣欣向荣, 3850: a World Book Day feature, named readers and
#   officials and 习近平 quoted); 爱拼会赢 勇毅前行（走市场 看韧性 强信心） read and skipped (4363 > 4000); x02 taken
#   (县城年轻人，钱花在了哪儿？（经济新方位·农村消费观察）: the listing gave commit 0e14f1ca…, whose version (3582) opens
#   with a third-party 'Codex 教研速读' study note that is not the paper's text; the version at the date's commit
#   aaf1afe2… (3011, the paper's text alone) was taken; hard call). 2025-03-02: its first two files were read and
#   fitted the rules (“没有高质量发展，就谈不上社会主义现代化”, 1737; 坚定不移贯彻总体国家安全观…, 2463), but set 20 drew
#   the same date at the same time (its second date too), saved both raw files two seconds before this set did and
#   then listed them as rmrb-y03, y04: the date was left to set 20 (skipped as if in the corpus) and the two texts
#   are not in this set. 2025-05-08: 从“有什么”到“要什么”（人民论坛） skipped unread by its title (a column); x03 taken
#   (普惠托育，为年轻父母减负（提振消费一线观察）, 1644); x04 taken (建好口袋公园 拓展绿色空间, 836: a short report, a
#   resident and an official quoted). 2025-01-28: 公布《古树名木保护条例》 skipped unread by its title (a law's
#   publication); 坚定信心、开拓进取，向着宏伟目标接续奋进 read and skipped (本报评论员: a commentary); x05 taken
#   (确保群众出行平安顺利物流运输畅通高效, 1217: a 新华社 wire, 李强 quoted). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits aaf1afe2… for 04-22, 65acd7d7… for 05-08, 4ab7bc67…
#   for 01-28), lengths 3850, 3011, 1644, 836, 1217 = total_chars (each copy decoded from the read_file answer had
#   exactly total_chars characters); after saving, none shares a line over 30 characters (42, 24, 18, 4, 3) with a
#   corpus or /tmp/wide/ text.
#   Set 20 (/work/wt-fresh20), checked again just before this set was committed: hkcn-8809, -39871, -49787, -39283,
#   -22811, -48196, adtw-A3164, -A3529, -A3864, -A3352, -A3703, rmrb-y01..y05 (dates 2025-05-09, 03-02, 06-17): no id
#   shared with this set, none among the candidates this draw examined, no 人民日报 date shared once 03-02 was left to
#   it, and no line over 30 characters shared with its 16 texts built in the cache (checked by a script, unread).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 30 blocks. Confirmed: quoted
# terms, names, slogans and titles in the paper's voice (rmrb-x01 14, 18, 21, 29, 32, 36, 40, 42, 46, 48; rmrb-x02 5,
# 30; rmrb-x03 8, 11, 19, 26, 28; rmrb-x04 3; hkcn-27085 1, 3; hkcn-36906 9, 14), documents quoted or published
# (rmrb-x01 12; rmrb-x02 10, 28, 37; rmrb-x03 7) and what a web page, an e-mail auto-reply and the gazette show
# (hkcn-36906 2, 3: '顯示', documents; hard call for the auto-reply's reason '基於「方便行政原因」', the alternative reads
# call 13's message of a body with its reasons). Also re-read without a cue word: the captions reporting no words, the
# scenes of rmrb-x02 (15, 26), rmrb-x03 (2, 12, 13, 15, 23), the reporters' visits (adtw-A3018 7, adtw-A3085 5).
# Changed: none.
# Calls re-read and kept: rmrb-x02 block 32 and its '在这名年轻创业者看来' (a view, hers, as fresh18); rmrb-x03 blocks
# 14, 16 (unattributed answers: '?'), 杜颖（化名） (a name); hkcn-49440 block 4 (a '####' line read as a paragraph);
# hkcn-13237 block 14 ('政府稱' beside Audrey's answer: '?'); hkcn-36906 block 7 ('據悉' relaying 鄭若驊's request:
# hers, call 15); hkcn-31286 blocks 3-4, 10, 12 (media relaying named speakers: the speakers) and 6 (中國外交部 and
# '當局', read as the same body); adtw-A3085 block 13 (an unnamed doctor's advice: '?').
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): a full name given as a
# pseudonym ('杜颖（化名）', between call 6's '黃先生（化名）' and call 10's letter pseudonyms); '在X看来' with X a
# description of a named person ('在这名年轻创业者看来'); unattributed answers in a Q-and-A scene written by the paper
# ('空间太小，孩子咋活动？' / '“步行3分钟…”'); a '####' bold line that continues the previous paragraph's colon (the
# extractor keeps '####' lines as headings); the bold label of a video embed dropped by the extractor ('英女皇2020年
# 聖誕文告'); what an e-mail auto-reply 'shows' (顯示) with its reason (a document, or call 13's message); a
# government's words named as the topic of someone's answer ('對於政府稱會…，但她認為'); a doctor's advice in the
# paper's narrative ('醫師建議手術'); English given names as names ('Audrey', 'Kevin'); caption details (age, school,
# job after the name and a comma) not copied as titles; a reporter's question inside a block (call 10) beside
# gestures of the interviewee (指, 點頭: no words); a newer repository version with a third-party note added to the
# paper's text (the selection took the paper's version).
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-x01", b54="?")
A("rmrb-x01", [("习近平", "p", ["总书记"], [], [4, 10, 11, 26, 28, 39, 41]),
               ("杜天", "p", [], [], [9]), ("马雅兰", "p", ["市民"], [], [15]), ("徐密", "p", ["市民"], [], [20]),
               ("周广挥", "p", ["《读者》执行主编"], [], [25]), ("张博然", "p", [], [], [43]),
               ("罗海平", "p", [], [], [47]), ("李念祖", "p", ["首都图书馆副馆长"], [], [50])],
  rep=["李卓尔"],
  ns=["党中央 (重视: an act)", "《政府工作报告》 / 《全民阅读“十三五”时期发展规划》 / “十四五”规划纲要 (documents)",
      "第二十一次全国国民阅读调查 (block 45: data)", "刘海睿 / 林辉 (no words)", "温岭市图书馆 / 呼伦贝尔市图书馆 (acts)"],
  note="A World Book Day feature. Kinds: the title (0) and the sub-title opening with '——' (1) are headings, '本报记者  "
       "李卓尔' (2) the byline; the three bold sub-headings quoting 习近平 (7, 23, 38) are headings (not scored); the "
       "closing '（相关报道见第十一、二十版）' (54) is a related-article pointer (call 9: '?', as fresh3's rmrb-h01). "
       "习近平's words: '饱含期待：“…”' (4), '致信…时强调' (10), '指出：“…”' (11, 26), '要求…“…”；…鼓励…“…”' (28: his "
       "words quoted), '道出关于读书的思考：“…”' (39), '强调：“…”' (41). Blocks 9, 15, 20, 25, 43, 47, 50: the named "
       "readers and officials (说, 表示, 介绍); '正在阅读的市民徐密' gives 市民 ('正在阅读的' a description); no title "
       "for 杜天 ('读者名叫杜天'), 张博然 and 罗海平 (descriptions). Blocks 42, 46: what they do (acts, null). Block 12: "
       "documents quoted (null). Block 45: a survey's results (data, null).")
K("rmrb-x02", captions=[3, 5, 7], b4="credit", b6="credit", b8="credit", b12="byline")
A("rmrb-x02", [("肖婷婷", "p", ["民宿负责人"], [], [9, 17, 19, 31, 32]),
               ("刘迪", "p", ["安州区汇星广场总经理助理"], [], [16, 25, 27]),
               ("闵碧昊", "p", [], [], [20]), ("邓涛", "p", [], [], [36, 39, 40])],
  q=[9],
  unnamed=[(9, "不少顾客 (称赞: the customers' exclamation “想不到…！”, unnamed)")],
  rep=["游仪"],
  ns=["《政府工作报告》 / 《提振消费专项行动方案》 / 《零售业创新提升工程实施方案》 (documents, blocks 10, 28)",
      "商务部等7部门 / 商务部等部门 (发布/出台 policy documents: call 13's policy documents)",
      "美团外卖 (推出…计划: an act)", "汇星超市 / 安州区 (acts)", "唐巍 / 何欣怡 (photographers)"],
  note="Kinds: the kicker ending in '——' (0) and the title (1) are headings, the byline (2); the three photo captions "
       "'图为…' (3, 5, 7: ▲) with their credits ('…摄（人民视觉）', '受访者供图': 4, 6, 8); the editor's note (10, 11) "
       "signed '——编  者' (12, a byline as fresh18's rmrb-w05); the three '——' labels and their bold sub-headings "
       "(13, 14, 23, 24, 33, 34) are headings. Block 9: an unattributed customers' exclamation ('咖啡受到不少顾客称赞') "
       "and '肖婷婷…边介绍：“…”' ('?'). Blocks 17, 19, 31: '肖婷婷指了指…说', '认为', '说' (hers). Block 32: '在这名年轻"
       "创业者看来' (肖婷婷's view, named by a description: hers; hard call, as fresh18's rmrb-w05 '在何犁红看来'). Block "
       "20: a quote without a cue, then '他打开手机演示' (闵碧昊's: the paragraph's only person). Block 21: his plan (an "
       "intention, null). Block 25: '“你看看…？”指着前方货架，刘迪卖了个关子' (his). Block 26: the reporter's "
       "observation of the shelves (null). Blocks 36, 39, 40: 邓涛 (a quote and '作为…邓涛', '邓涛说', '说话间'); "
       "'美团乡镇外卖合伙人' is written after '作为一名' (a description, not a title). Blocks 10, 28, 37: documents and "
       "policies (null). The photographers are not reporters (call 8).")
A("rmrb-x03", [("杜颖", "p", [], [], [3]),
               ("臧琴", "p", ["越秀区卫生健康局家庭发展和妇幼健康科科长"], [], [6, 27]),
               ("唐莹", "p", ["大塘街道办事处副主任"], [], [10, 17]),
               ("臧颖", "p", ["光塔街普惠托育园园长"], [], [20]),
               ("张志雄", "p", ["光塔街道办事处主任"], [], [21]),
               ("王晨", "p", ["广东全优加家庭服务科技有限公司执行总裁助理"], [], [25])],
  q=[4, 14, 16],
  unnamed=[(4, "街坊们 (都说“平靓正”: several, unnamed)"),
           (14, "an answer of the '看房团' without a speaker (a quote without a cue)"),
           (16, "an answer of the '看房团' without a speaker (a quote without a cue)")],
  rep=["洪秋婷"],
  ns=["《提振消费专项行动方案》 (block 7: a document)", "越秀区 (实行…原则: an act)", "广州市 (出台政策，明确…: a "
      "policy document)", "看房团 / 区卫健局 / 区妇幼保健院专家 (acts)"],
  note="Kinds: the title (0), the byline (1). '杜颖（化名）': a full name given as a pseudonym, read as a name (call 6's "
       "'黃先生（化名）'; call 10 names letter pseudonyms only; hard call); block 2 (she listens) is null, block 3 (two "
       "quotes around '杜颖前阵子没少犯愁') hers. Block 4: '街坊们都说“平靓正”' (several, unnamed: '?'). Block 10: '唐莹"
       "发现，…，“…”' (her finding and her words: hers). Blocks 13, 15 and 23: questions in the paper's voice (null); "
       "blocks 14 and 16: the answers, quotes with no speaker named (the inspection team's members: '?', unnamed, as "
       "fresh18's rmrb-w04 block 24). Blocks 6, 17, 20, 21, 25, 27: the named officials and managers (说, 介绍); "
       "'负责大塘街普惠托育园运营的' before 王晨's company is a description. Blocks 7, 19, 22: documents and policies "
       "(null).")
A("rmrb-x04", [("刘旭辉", "p", ["居民"], [], [2]), ("彭自强", "p", ["金溪县生态文明建设促进中心主任"], [], [5])],
  q=[4],
  unnamed=[(4, "据了解 (an agentless disclosure, call 15)")],
  rep=["杨颜菲"],
  ns=["金溪县 (acts)"],
  note="Kinds: the kicker (0) and the title (1) are headings; no byline line: the dateline '本报南昌5月7日电  （记者"
       "杨颜菲）' is glued to block 2 (call 8: 杨颜菲). Block 2: '家住…附近的居民刘旭辉' (title 居民), '刘旭辉说'. Block 3: "
       "the county's acts (null). Block 4: '据了解' (call 15: '?'). Block 5: '彭自强说'.")
A("rmrb-x05", [("李强", "p", ["中共中央政治局常委、国务院总理"], [], [2, 3, 4])],
  rep=["邹伟"],
  ns=["习近平 (his instructions named inside 李强's words, no words)", "交通运输部综合调度指挥中心值守人员 (交流: no "
      "words reported)", "何立峰 / 吴政隆 (陪同: acts)"],
  note="A 新华社 wire. Kinds: the kicker (0) and the title (1) are headings; the dateline '新华社北京1月27日电  （记者"
       "邹伟）' is glued to block 2 (call 8: 邹伟). Blocks 2-4: '他强调', '李强强调', '他指出' (his). Block 5: '何立峰、"
       "吴政隆陪同' (acts, null).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-13237", [("區倬僖", "p", ["學生會會長"], [], [3, 4, 9]), ("吳文灝", "p", ["副會長"], [], [4, 6, 8]),
                 ("警方", "o", [], [], [7]), ("李柏言", "p", ["幹事"], [], [11]), ("Audrey", "p", [], [], [13, 14]),
                 ("政府", "o", [], [], [14]), ("Kevin", "p", [], [], [16])],
  q=[4, 7, 14],
  unnamed=[(7, "有人 (高呼「好嘢好嘢…」: unnamed onlookers)")],
  rep=["劉愛霞"],
  ns=["中大學生會「凌霜」 (參與遊行: an act)", "民陣 (its parade: an act)", "不同政黨 / 政治人物 (叫口號: no words "
      "reported)", "陳茂波 / 劉鳴煒 (named inside Audrey's words)"],
  note="Three student-union officers and two young marchers on 1 July. Captions 2, 5, 10, 12, 15: who they are (no "
       "words, null); the caption details (ages, departments, '產品設計師') are not copied as titles. Block 1: the "
       "paper's questions (null). Block 3: '區倬僖解釋' (his; '學生會會長區倬僖' gives the title). Block 4: '區倬僖稱' "
       "and '吳文灝補充指' ('?'); '（警方早前指…）' is the reporter's bracketed note inside his quote (call 4). Block 6: "
       "吳文灝 (表示, 他稱, 他認為). Block 7: '警方早前稱…會採取「果斷行動」' (the police: an organisation speaking) and "
       "'有人高呼' (unnamed): '?'. Blocks 8, 9: 吳文灝 (感慨，形容) and 區倬僖 (指, 說). Block 11: '另一位幹事李柏言' "
       "(指, 表示, 坦言, 稱). Blocks 13, 14: 'Audrey' (an English given name the paper uses: a name, as nicknames in "
       "call 6) 認為, 表示; block 14 also '對於政府稱會招攬青年議政' (the government's words: '?'; hard call, the "
       "alternative reads a topic inside her answer). Block 16: 'Kevin' (提倡, 希望, 認為). Byline '實習記者劉愛霞' (17), "
       "also the photographer.")
K("hkcn-49440", b4="paragraph")
A("hkcn-49440", [("譚德塞", "p", ["世衛總幹事"], [], [1, 3, 4, 5]), ("世界衛生組織", "o", [], ["世衛"], [2]),
                 ("拜登", "p", ["美國總統"], [], [7]), ("約遜翰", "p", ["英國首相"], [], [7])],
  q=[7],
  rep=[],
  ns=["美聯社 (photo credit)", "簡世德 (響應…呼籲，取消: an act)", "伊利沙白二世 / 英女皇 (取消: an act)",
      "北京 (asked to hand over data, no words)"],
  note="Kinds: block 4 is a '####' bold line in the source that continues block 3's colon ('他敦促世人…：' then '「與其"
       "是性命不保…」。他補充說：「…」'): a paragraph of 譚德塞's words, not a sub-heading (hard call; the extractor "
       "keeps '####' lines as headings); block 6 '英女皇2020年聖誕文告' is a bold label of a video embed dropped by the "
       "extractor (kept a heading). Caption 1: '世衛總幹事譚德塞苦口婆心勸喻大家：…' (his). Block 2: '世界衛生組織促請"
       "各地民眾…' (the organisation). Blocks 3-5: 譚德塞 (指, 敦促, 補充說, 表示, 認為, 要求, 說). Block 7: '拜登和…約"
       "遜翰均表示' ('?'); 簡世德 'responds' by cancelling an event (an act) and the Queen cancels (an act). Byline "
       "'眾新聞記者' gives no reporter (call 8).")
A("hkcn-36906", [("律政司", "o", [], [], [4]), ("梁卓然", "p", ["刑事檢控專員"], ["梁"], [7]),
                 ("鄭若驊", "p", ["律政司司長"], [], [7, 13]), ("江樂士", "p", ["前刑事檢控專員"], [], [11, 12])],
  q=[4, 7, 15],
  unnamed=[(4, "消息 (稱: an unnamed source)"), (15, "據報 (an agentless disclosure, call 15)")],
  rep=["林勵"],
  ns=["律政司網頁 / 梁卓然律政司預設電郵自動回覆 / 政府憲報 / 政府電話簿 (documents: blocks 2, 3, 5, 6, 7)",
      "政府 (刊憲: a document published)", "譚耀豪 (no words)", "公務員事務局 / 公務局 (no words)",
      "眾新聞 (got the auto-reply: an act)", "郭榮鏗 (his question named, no words)"],
  note="Blocks 2, 3 and captions 5, 6: what a web page, an e-mail auto-reply and the gazette show (documents, null; "
       "'律政司基於「方便行政原因」' is the auto-reply's wording). Block 4: '消息稱' (unnamed) and '律政司…只是重申已經"
       "根據程序刊憲' (the body; its '無回應' reports no words): '?'. Block 7: '梁卓然…在內部電郵中稱', '他同時透露' and "
       "'據悉，鄭若驊…曾經要求…' (call 15: a disclosure relaying a named person's request gives her): '?'. Blocks 8, 9, 14: "
       "the paper's account (null). Blocks 11, 12: '前刑事檢控專員江樂士向眾新聞表示', '江樂士說'. Block 13: '律政司司長"
       "鄭若驊…回應…質詢時稱' (hers; '律政司無回應…' no words). Block 15: his attendance (an act) and '據報' ('?'). "
       "Block 16: the update note (a heading as extracted). Captions 1, 10, 17: no words. Byline '記者林勵'.")
A("hkcn-27085", [("清姐", "p", ["裁縫店負責人"], [], [4, 5]), ("馮先生", "p", ["員工"], [], [7, 8]),
                 ("何柏良", "p", ["香港大學感染及傳染病中心總監"], [], [8])],
  q=[5, 8],
  unnamed=[(5, "在場的車衣女工 (表示: unnamed)")],
  rep=["周滿鏗"],
  ns=["老人院 (its order: an act)", "顧客 / 街坊 (acts)"],
  note="Blocks 1-3: the paper's account and the reporter's observation ('記者在街上所見': what the reporter saw, an "
       "act, not a remark, call 10). Block 4: '裁縫店負責人清姐' (a nickname the paper uses as her name, call 6) 說, 估計. "
       "Block 5: 清姐 (介紹, 建議, 慨嘆, a quote) and '在場的車衣女工表示' (unnamed): '?'. Block 7: '員工馮先生不建議…', "
       "'馮先生說' (surname + courtesy form: named, call 6). Block 8: 馮先生 ('他也不建議…，指') and '香港大學感染及傳染病"
       "中心總監何柏良早前指出': '?'. Caption 6: no words. Byline '記者周滿鏗' (9), also the photographer.")
A("hkcn-4789", [("黃均瑜", "p", ["教聯會會長"], [], [3, 4, 6, 7, 8, 9]),
                ("孔偉成", "p", ["聖公會天水圍靈愛小學校長"], [], [5])],
  q=[2, 5, 7],
  unnamed=[(2, "消息 (有傳媒引述消息稱: call 2, the media not speakers); 逾4000人 (聯署反對: a petition's signatories, "
                "call 11)"),
           (5, "有教育界人士 (發起聯署，反對: a petition, unnamed)"), (7, "外界 (批評: unnamed)")],
  rep=["翁維愷"],
  ns=["傳媒 (引述消息: call 2)", "蔡若蓮 (拒絕回應: no words)", "《明報》 (the outlet of 孔偉成's reply)",
      "葉建源 / 羅致光 / 林鄭 (named inside 黃均瑜's words)", "蘋果日報 (photo credit)"],
  note="Caption 1: no words. Block 2: a medium quoting a source (call 2) and a petition's 4000 signatories (call 11): "
       "'?'. Block 3: '蔡若蓮昨日拒絕回應傳聞' (no words) and '…教聯會會長黃均瑜稱' (his). Blocks 4, 6, 8, 9: 黃均瑜 "
       "(表示, 指, 認為, 直言, 補充, 回應稱, 稱). Block 5: the petition of unnamed educators and '孔偉成亦參與聯署，他接受"
       "《明報》查詢時稱' ('?'). Block 7: '外界批評' (unnamed) and '黃均瑜駁斥稱', '說' ('?'). The paper's questions "
       "opening blocks 6, 8, 9 are its voice (call 3: the block stays the answerer's). Byline '翁維愷' (10).")
A("hkcn-31286", [("美國國務院", "o", [], ["國務院"], [1]), ("奧特加斯", "p", ["美國國務院發言人"], [], [3, 4]),
                 ("中國", "o", [], [], [5]), ("中國外交部", "o", [], ["當局"], [6]),
                 ("美國國土安全部", "o", [], [], [7]), ("胡錫進", "p", ["《環球時報》總編輯"], [], [9]),
                 ("美國聯邦通訊委員會", "o", [], ["聯邦通訊委員會"], [10]), ("克魯斯", "p", ["美國參議員"], [], [12])],
  q=[11],
  unnamed=[(11, "營運一個社區電台的組織 (要求…，指: an organisation without a name)")],
  rep=[],
  ns=["《美國之音》 / 路透社 (media relaying named speakers, call 2)", "習近平 (his words quoted inside 奧特加斯's "
      "statement)", "《華爾街時報》 (a commentary's title, no words)", "鳯凰電台 / 鳯凰衛視 (no words)",
      "XEWW-AM電台 (no words)"],
  note="Block 1: '美國國務院周一宣布' (call 12) and '美國國務院稱' (the body). Block 2: the list and the law (null). "
       "Blocks 3, 4: '《美國之音》報道，…發言人奧特加斯在聲明說', '報道引述奧特加斯在聲明稱' (a medium relaying a named "
       "person: hers, as call 15's relay; 習近平's words quoted inside hers). Block 5: '中國指責…' (the Chinese "
       "government accusing: a body speaking; 驅逐 an act). Block 6: '中國外交部隨即要求…' and '當局並要求…' (the same "
       "body's requests; 美國國務院's limit is an act). Block 7: '美國國土安全部宣布' (call 12). Caption 8: a post named, "
       "no words. Block 9: '胡錫進…在Twitter以英文貼文稱' (his). Block 10: '路透社報道，美國聯邦通訊委員會周一表示', "
       "'報道引述聯邦通訊委員會表示', '但說' (the commission). Block 11: '報道說' (the medium's own account, call 2) and "
       "an unnamed organisation that '要求委員會拒絕申請，指…' ('?'); the commission's provisional approval is an act. "
       "Block 12: '路透社的報道說，美國參議員克魯斯讚揚…，報道引述他在聲明表示' (his). Byline '眾新聞記者' gives no "
       "reporter.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3774", [("葉師心怡", "p", [], ["心怡"], [4, 5, 7]), ("小勒", "p", [], [], [10]), ("小宣", "p", [], [], [10]),
                 ("小欣", "p", [], [], [10]), ("張小姐", "p", [], [], [11])],
  q=[5, 10, 12],
  unnamed=[(5, "記者 (問他還好嗎？…再問…: the reporter's questions, call 10)"),
           (12, "謝主恩的74歲老母 (說: a relation); 葉師心怡的66歲娘家母 (說: a relation)")],
  rep=["向高彬"],
  ns=["謝主恩 (指…、點頭: gestures, no words)", "醫院社工 / 當地公所 (block 8: acts)", "蘋果基金會 (獲悉訪視後撥款: "
      "acts)", "牧師 (禱告祈福: an act inside 張小姐's words)", "婆家 (inside her words)"],
  note="Caption 3: her worry (no words: null). Block 4: '42歲太太葉師心怡說' (hers; 太太 a relation, no title; the "
       "byline '報導•攝影╱向高彬' glued to the block). Block 5: '葉師心怡說：「…」', then the reporter's questions "
       "('記者問他還好嗎？…再問是擔憂家人？', call 10) and 謝主恩's gestures (pointing, nodding: no words): '?'. Block 7: "
       "'葉師心怡回述'. Block 10: the three children (小勒 說, 小宣 憶述, 小欣's quote): '?'. Block 11: '認識12年的教友張"
       "小姐說' (named, call 6; 教友 a relation like 朋友, no title). Block 12: two mothers (relations, unnamed: '?'). "
       "'心怡' (in 張小姐's words) is an alias.")
A("adtw-A3338", [("陳坤鑣", "p", [], [], [3, 4, 6, 8]), ("阿卿", "p", [], [], [9]), ("小良", "p", [], [], [10]),
                 ("小樺", "p", [], [], [12]), ("張榮明", "p", ["當地義消分隊長"], [], [14])],
  q=[13, 14],
  unnamed=[(13, "當地公所急難承辦員 (說: a role)"), (14, "陳坤鑣的哥哥 (說: a relation)")],
  rep=["仲芝蓉"],
  ns=["醫生 (inside 陳坤鑣's words)", "慈濟基金會 / 縣府消防局 (acts)", "蘋果慈善基金會 (訪視後撥款: acts)"],
  note="Caption 3: '陳坤鑣（中）無奈嘆：「…」' (his). Block 4: '47歲的爸爸陳坤鑣在旁嘆氣說' (his; 爸爸 a relation). "
       "Byline '報導•攝影╱仲芝蓉' on its own line (5). Blocks 6, 8: his (說; the doctor's words inside). Block 9: '陳坤鑣"
       "46歲的妻子阿卿說' (a name the paper uses). Blocks 10, 12: 小良 說, 小樺 接著說. Block 13: the local office's "
       "officer (a role: '?'). Block 14: his brother (a relation) and '當地義消分隊長張榮明說' ('?').")
A("adtw-A3018", [("小芸", "p", [], [], [3, 4, 7]), ("潘松榮", "p", [], [], [9, 10, 12]),
                 ("潘麗英", "p", [], [], [9])],
  q=[9, 12],
  unnamed=[(12, "當地公所急難救助承辦員 (說: a role)")],
  rep=["仲芝蓉"],
  ns=["老闆 (inside 小芸's words)", "蘋果慈善基金會 (訪視後撥款: acts)", "叔叔 (no words)"],
  note="Caption 3: '小芸…叮嚀爺爺按時吃藥，「…」' (hers). Block 4: '小芸說' (the grandfather 潘松榮 is named here; "
       "爺爺 a relation, no title). Byline '報導．攝影╱仲芝蓉' (5). Caption 6: no words. Block 7: the reporter's drive "
       "(an act, not an enquiry, call 10) and '小芸告訴記者說' (hers). Block 9: '潘松榮接著說' and '潘麗英…她說' ('?'). "
       "Block 10: '潘松榮難過地說'. Block 12: 潘松榮 (繼續說) and the local office's officer (a role): '?'.")
A("adtw-A3085", [("黃玉雲", "p", [], [], [4, 5]), ("黃婷", "p", [], [], [6, 9, 16])],
  q=[5, 10, 13, 14],
  unnamed=[(5, "鄰床病友 (忍不住道：「…」: unnamed)"), (10, "醫院社工 (表示: a role)"),
           (13, "醫師 (建議手術: an unnamed doctor's advice)"), (14, "黃玉雲姊姊 (說: a relation)")],
  rep=["向高彬"],
  ns=["社工 (inside 黃婷's words)", "婆婆 (no words)", "當地公所社會課 (撥急難金: an act)", "蘋果基金會 (訪視後撥款: "
      "acts)"],
  note="Block 4: his cry '「記者先生，…」' and '他邊說邊亂吐口水' (his; the byline '報導 攝影╱向高彬' glued). Block 5: "
       "the reporter's visit (an act), '他能清楚陳述…' (his account told indirectly: his) and the neighbour's words "
       "(unnamed): '?'. Blocks 6, 9: '黃婷無奈說', '黃婷說' (the social worker's advice inside hers). Block 10: '醫院社工"
       "表示' ('?'). Block 13: '醫師建議手術' (an unnamed doctor's advice, outside anyone's statement: '?'; hard call, "
       "the alternative reads an act) and her worry (a thought). Block 14: his sister (a relation: '?'). Block 16: "
       "'黃婷：「…」' under the heading '【逆境中的力量】…' (hers). Captions 3, 7: no words.")
A("adtw-A3761", [("陳嘉玲", "p", [], ["阿玲"], [4, 5, 9, 10]), ("阿妹嬤", "p", [], [], [12])],
  q=[9, 13],
  unnamed=[(9, "阿新唯一的妹妹 (感慨：「…」: a relation)"), (13, "當地公所承辦 (說: a role)")],
  rep=["黃苡安"],
  ns=["陳新一 / 阿新 (喊脖子痛: told inside 阿玲's words; no words of his own)", "僱主 (an act)",
      "蘋果基金會 (訪視後撥款: acts)"],
  note="'陳嘉玲（阿玲）': name = full name, alias = nickname (call 6); '陳新一（阿新）' has no words. Block 4: '阿玲說' "
       "(the byline '報導•攝影╱黃苡安' glued). Block 5: '阿玲說', '一臉懊惱說' (his complaint '喊脖子痛' told inside her "
       "words). Block 9: 阿玲 and '阿新唯一的妹妹感慨' ('?'). Block 10: her calling into his ear (no words reported), "
       "'她說', '阿玲嘆' (hers). Block 12: '婆婆阿妹嬤說' (a name the paper uses, as 阿鳳嬤; 婆婆 a relation). Block 13: "
       "the local office's officer (a role: '?'). Captions 3, 7: no words.")
