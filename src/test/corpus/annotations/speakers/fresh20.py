# Kinds and speaker gold of fresh set 20 (annotated 2026-12-07/08 by a helper of session 25, from the texts and the
# corpus conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh20.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh20-2026-12-07"; the
# same rules as set 18, annotations/speakers/fresh18.py, with the republished-text exclusion applied from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths, commit 635cc02f… as sets 14-18) shuffled with
#   random.Random(seed), skipping ids in split.tsv (sets 1-18 included) and in /tmp/wide/ (696 texts the lead has
#   read); taken in that order: the first six with category 眾聞 (news), 800-3000 characters after extraction (the
#   extracted blocks joined by newlines) and at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches).
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, commit 3826761f… as sets 14-18)
#   shuffled with random.Random(seed), skipping the ids already in the corpus (sets 2-18 included); taken in that
#   order: the first five whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues
#   (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-y01..y05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-18 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   an editorial, a Q&A, a reader's question or a document; a 新华社 wire summarising a 《求是》 article is skipped as a
#   document's summary, a speech printed in full is skipped; a letter printed in full with its wire report may be
#   taken, as sets 15-18) with at least one named person quoted. Raw files saved from read_file under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start): a candidate with at least half of its extracted lines longer
#   than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in a file of /tmp/wide/ is
#   skipped (checked by a script before the candidate is read; for 人民日报, whose files can only be seen by reading
#   them, right after saving); texts of set 19 already built in the cache are checked the same way (by script, unread).
# Set 19 is drawn at the same time by another helper (/work/wt-fresh19, rmrb-x01..x05): an id or a 人民日报 date that
#   appears in its manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing
#   and again just before the set is committed).
#   Outcome (the draw script reproduced set 18's outcome exactly with set 18's seed and set 18's ids taken out of the
#   corpus, and set 18's dates with its own, before it was run with this seed; set 19's manifest.tsv and
#   cache-manifest.tsv held no id or date beyond the corpus's when this set was drawn).
#   眾新聞: hkcn-8809, -39871, -49787, -39283, -22811, -48196 taken (the 1st, 4th, 6th, 9th, 10th and 12th files in
#   shuffled order; extracted characters / cues 1315/14, 1630/18, 1330/22, 1976/10, 1328/19, 2792/26). Skipped among the
#   first 12: 眾說 columns (hkcn-11849, -34013, -24886, -16630, -41137) and a tri-angles piece (hkcn-935); none of the 12
#   was in split.tsv, in /tmp/wide/ or in set 19. No candidate was republished: the texts taken share none of their
#   lines over 30 characters (10, 12, 10, 21, 8, 25) with a text of split.tsv or /tmp/wide/.
#   蘋果日報: adtw-A3164, -A3529, -A3864, -A3352, -A3703 taken (the first five in shuffled order; 776/8, 890/6, 888/11,
#   897/6, 858/5), none skipped; none shares a long line (6, 7, 6, 7, 7) with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-05-09, 2025-03-02, 2025-06-17 (then 06-30, 03-04, 07-21,
#   03-25, 03-22). 2025-05-09: 不断壮大促进世界和平与发展的力量 read and skipped (1387: a signed first-person article
#   by 尼古拉·崔可夫, '本报记者肖新新采访整理', a commentary); y01 taken (铭记二战历史 传承深厚友谊, 3948: a special page
#   with six photo captions, an introduction and two reports with their own titles and reporters, named people and
#   习近平's signed article quoted); 缅怀，为了更好地传承 read and skipped (811: a signed commentary); 铭记世界反法西斯
#   战场上的中国人 read and skipped (4895 > 4000); y02 taken (演出市场活力满满, 1305: two named officials quoted).
#   2025-03-02: y03 taken (“没有高质量发展，就谈不上社会主义现代化”（总书记两会上的这句话）, 1737: the first file listed,
#   a deputy and 习近平 quoted); y04 taken (坚定不移贯彻总体国家安全观 把平安中国建设推向更高水平, 2463: a 新华社 wire on a
#   Politburo study session, 习近平's words reported with 指出/强调; a news report of a meeting, not a speech printed in
#   full nor a document's summary: taken, hard call). 2025-06-17: y05 taken (四川着力推动文旅深度融合发展, 1592: the first
#   file listed, two named officials, a tourist and 习近平 quoted). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits 65acd7d7… for 05-09, 016963ee… for 03-02, a57fa4c8…
#   for 06-17, as find_files and read_file gave them), lengths 3948, 1305, 1737, 2463, 1592 = total_chars (each copy
#   decoded from the read_file answer had exactly total_chars characters); after saving, none shares a line over 30
#   characters (24, 9, 15, 15, 11) with a corpus or /tmp/wide/ text.
#   Set 19: when the 眾新聞 and 蘋果日報 candidates were drawn and the 人民日报 dates chosen, /work/wt-fresh19's
#   manifest.tsv and cache-manifest.tsv held no id or date beyond the corpus's; when the annotations were done and again
#   just before this set was committed they held hkcn-13237, -49440, -36906, -27085, -4789, -31286, adtw-A3774, -A3338,
#   -A3018, -A3085, -A3761 and rmrb-x01..x05 (dates 2025-01-28, 04-22, 05-08): no id or date shared with this set, none
#   among the candidates this draw examined, and no line over 30 characters shared with its 16 texts built in the cache
#   (checked by a script, unread).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 28 blocks. Confirmed:
# quoted terms, a song line, inscriptions and slogans in the paper's voice (rmrb-y01 13, 16, 18, 19, 28, 32, 33;
# rmrb-y02 3, 4, 6; rmrb-y03 2, 9, 11, 12, 15; rmrb-y05 1, 6), the proceedings and rulings of hkcn-39283 (1, 3, 10, 14,
# 18, 33, 35, 42: '律政司要求覆核', '提出的保釋覆核', '提出新證據' are acts in court, '指定法官' a title), hkcn-8809 1
# (梁君彥's decision told without words; '提出' the motions), hkcn-39871 10 (the committee's reasons told without a
# speech verb, '未有具體交代') and rmrb-y04 10 (李燕 '提出工作建议' without content). Also re-read without a cue word:
# the captions reporting no words (hkcn-8809 2, 6; hkcn-49787 2, 15; hkcn-39283 39, 40, 44; hkcn-22811 2, 5-7, 11;
# adtw captions), hkcn-39283's gestures and bail conditions (6, 10, 20-29, 38), adtw-A3703 caption 9 (a topic, no
# words). Changed: none.
# Calls re-read and kept: hkcn-8809 block 3 (a legislator relaying the secretariat: hers); hkcn-39871 block 1 (the
# broadcaster's '宣布', call 12) and block 4 (papers' own attacks: the outlets speak); hkcn-49787 (the written judgment
# to the court, the judge's named reasons to him; the police's evidence and letter to the police); hkcn-39283 blocks
# 11-12 (施太 named by call 6, the relation forms '施德來妻子'/'施德來太太' as aliases), 16 (the judge's proposal to
# adjourn: hers) and 20 (a quoted 'yeah' from the public gallery: unnamed); hkcn-22811 block 13 (initials 'DC' as a
# name); rmrb-y04 (a wire on a study session taken; its '■' lines pull quotes); adtw-A3352 block 12 (a granddaughter's
# letter read out: hers); adtw-A3703 block 12 (a cueless closing quote given to the paragraph's last person).
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): a person relaying a body's
# words ('毛孟靜引述立法會秘書處指': call 2 covers media, call 15 channels of disclosures); a written judgment ('判詞指出/
# 表明/另指') beside the judge named in the same text (call 1 names '法官指出' and '地院裁定指出' but not which of the
# two a judgment belongs to); the police's evidence and letters in a judicial review; a judge's procedural proposal
# ('主動提出休庭'); an exclamation from an unnamed crowd member ('「yeah」了一聲'); a wife named by call 6 ('施太') and also
# by relation forms ('施德來妻子'); initials used as a name ('DC', beside call 6's nicknames); a letter of a named
# person read out by another (as fresh15/16's letters and fresh18's quoted works); a body's press conference that
# '表達高度疑慮' (a view without words); greetings and thanks without words ('連聲多謝律師', '寒暄'); a cueless quote
# closing a paragraph about several people; '在X看来' did not occur; no guilty pleas or online names occurred; and, for
# the selection, a special page of captions and two reports (rmrb-y01, taken as one text as fresh18's rmrb-w02) and a
# 新华社 wire on a Politburo study session (rmrb-y04, taken as a news report).
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-y01", captions=[1, 3, 5, 7, 9, 11], b2="credit", b4="credit", b6="credit", b8="credit", b10="credit",
  b12="credit", b14="heading", b15="byline", b26="heading", b27="byline")
A("rmrb-y01", [("习近平", "p", ["主席"], [], [17, 29]),
               ("王斌", "p", ["解放公园管理处综合办公室主任"], [], [20]),
               ("娜塔莉娅·斯柳萨列娃", "p", [], ["斯柳萨列娃"], [22]),
               ("小尼古拉", "p", [], [], [23]),
               ("胡德坤", "p", ["中国第二次世界大战史研究会名誉会长、武汉大学人文社会科学资深教授"], [], [25]),
               ("尚季芳", "p", ["西北师范大学教授"], [], [30, 31, 35]),
               ("娜塔莉亚·赫留金娜", "p", [], ["赫留金娜"], [37])],
  q=[21],
  unnamed=[(21, "一些队员 (常常提及: several, no names)")],
  rep=["强郁文", "谢亚宏", "王锦涛"],
  ns=["于子恒 / 何天琪 / 肖翊 / 刘新 / 李培献 (photographers)", "西多尔·斯柳萨列夫 / 尼古拉·戈尔布诺夫 / 季莫非·赫留金 "
      "(no words)", "苏联政府 (授予: an act)", "毛泽民 / 陈潭秋 / 林基路 / 中共中央 / 中央运输委员会新疆分会 (acts)",
      "据统计 (block 34: data)", "纪念碑 (block 16: inscriptions, not speech)", "中俄青年学者论坛 (召开: an act)"],
  note="A special page: the title (0); six photo captions (1, 3, 5, 7, 9, 11, ▲) each with its credit ('…摄', "
       "'…摄（影像中国）', '《中国经济周刊》记者  肖  翊摄'); the page's introduction (13, the paper's voice); two reports, "
       "each with a plain-line title (14, 26: headings, as rmrb-w02's titles) and its '本报记者' line (15, 27: bylines; "
       "call 8: 强郁文, 谢亚宏, 王锦涛). Blocks 17, 29: 习近平's signed article quoted ('在俄罗斯媒体发表署名文章指出', "
       "'署名文章中提到的'): his, as rmrb-w04 block 2. Block 21: '一些队员后来常常提及，…' (unnamed, several: '?'). "
       "Blocks 22, 23, 37: the daughters and the grandson (relations before the name are not titles, call 7; "
       "'小尼古拉' a name the paper uses). Block 36 (赫留金娜's office, no words) is null; her office is not written next "
       "to the name where she speaks, so she has no title. Block 35: 尚季芳说 (习近平's article told inside her words). "
       "Blocks 16 (inscriptions), 18, 19 ('被誉为'), 24, 28, 32-34: the paper's account (null).")
A("rmrb-y02", [("刘克智", "p", ["中国演出行业协会会长"], [], [7, 8, 11]),
               ("陈光浩", "p", ["四川省文化和旅游厅党组书记、厅长"], [], [9])],
  rep=["郑海鸥"],
  ns=["中国演出行业协会 (blocks 3, 5: '据…数据', '发布最新数据显示': data, call 12's publication of data)",
      "陶喆 / 张杰 / 时代少年团 / 孙燕姿 / 凤凰传奇 (performers, no words)"],
  note="Kinds: the kicker (0) and the title (1) are headings, '本报记者  郑海鸥' (2) the byline. Blocks 3 and 5: the "
       "association's data (a body's publication of data is not speech, call 12; null). Block 6: a quoted slogan "
       "('“为一场演出奔赴一座城”') in the paper's voice (null). Blocks 7, 8, 9, 11: 介绍, 说 (theirs).")
K("rmrb-y03", b3="byline", b19="?")
A("rmrb-y03", [("单增海", "p", ["全国人大代表，徐工机械总工程师、副总裁"], [], [7, 10, 14, 16, 17]),
               ("习近平", "p", ["总书记"], [], [5, 6, 8])],
  rep=["吴秋余", "姚雪青"],
  ns=["徐工集团党委 (研究决定: a decision, not an announcement)", "编者 (the editor's note is signed, a byline)",
      "研发团队 (acts)"],
  note="Kinds: the title (0), the byline (1); the editor's note (2, the paper's voice: 习近平's speeches named, no "
       "words) signed '——编  者' (3, a byline as the corpus's other 编者 notes); '（相关报道见第二版）' (19) a related-"
       "article link (call 9: kind '?'). Block 5: the quoted sentence '这是…习近平总书记在参加江苏代表团审议时的殷殷嘱托' "
       "(his words). Block 6: '叮嘱大家“…”' (his; '询问技术细节' names a topic, no words). Block 7: '单增海…向习近平总书记"
       "报告好消息：“…”' (his). Block 8: '“…”总书记点点头' (a quote with a nod: his). Block 9: '传达给大家' without "
       "content and the party committee's decision (null). Blocks 10, 14, 16: '单增海说'; block 17: a quote, '单增海很"
       "自豪' and a closing quote (his). Blocks 11-13, 15, 18: the paper's account (null).")
A("rmrb-y04", [("习近平", "p", ["中共中央总书记"], [], [2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16])],
  q=[2, 3, 4, 5, 6, 7, 8],
  rep=[],
  ns=["李燕 (讲解, 提出工作建议: no content reported)", "中央政治局的同志 (听取讲解, 讨论: acts)",
      "中共中央政治局 (集体学习: an act)", "党中央 / 各级党委和政府 (inside his words)", "新华社 (the wire: no reporter named)"],
  note="A 新华社 wire printed by 人民日报, as rmrb-g05 and rmrb-q03. Kinds: the kicker (0) and the title (1) are "
       "headings; the seven '■' summary lines (2-8) repeat 习近平's words without a cue: pull quotes (call 5), his "
       "statements, not scored ('?'). Blocks 9, 11-16: '在主持学习时强调', '他指出', '习近平强调/指出' (his). Block 10: "
       "'李燕同志就这个问题进行讲解，提出工作建议' (no content reported: null, as rmrb-q03's '提出要求'). The dateline "
       "'新华社北京3月1日电' is glued to block 9 and names no reporter.")
K("rmrb-y05", b4="heading", b7="heading", b10="heading")
A("rmrb-y05", [("习近平", "p", ["总书记"], [], [2]),
               ("冉放", "p", ["三星堆博物馆景区管委会宣传推广部部长"], [], [5]),
               ("亚历克斯", "p", ["瑞士游客"], [], [8]),
               ("方维", "p", ["四川省文化和旅游厅产业发展处处长"], [], [12])],
  q=[14],
  unnamed=[(14, "四川省委主要负责同志 (表示: an official without a name)")],
  rep=["张帆", "王明峰", "李凯旋"],
  ns=["党的二十届三中全会《决定》 (block 2: a document)", "四川 / 四川省级财政 (acts, data)", "游客 (acts)"],
  note="Kinds: the title (0); the three one-line labels ending in '——' (4, 7, 10) are headings (call 14). Block 1: "
       "the dateline '本报成都6月16日电  （记者张帆、王明峰、李凯旋）' glued to the lead (reporters, call 8; the lead "
       "itself the paper's voice). Block 2: '习近平总书记指出：“…”' (his) and the 《决定》's words (a document): his. "
       "Blocks 5, 8, 12: 介绍, 感叹, 说 (theirs; '漫步在春熙路街头' before '瑞士游客亚历克斯' a scene, the title 瑞士游客). "
       "Block 14: '四川省委主要负责同志表示' (an official without a name: '?', as rmrb-w05's 相关负责人). Blocks 3, 6, 9, "
       "11, 13: the paper's account and data (null).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-8809", [("梁君彥", "p", ["立法會主席"], [], [7, 8, 9, 10]),
                ("毛孟靜", "p", ["香港本土"], [], [3]),
                ("朱凱廸", "p", ["民主派立法會議員"], ["朱凱迪"], [4]),
                ("劉健儀", "p", ["前內務委員會主席"], [], [10])],
  q=[5, 10],
  unnamed=[(5, "立法會保安 (要求, 指: a role without a name)")],
  rep=["戴晴曦"],
  ns=["立法會秘書處 (its plan relayed by 毛孟靜: '引述立法會秘書處指')", "民主派 / 示威者 (紮營, 高叫口號: acts, no words)",
      "郭永健 / 范國威 (caption 6: no words)", "有議員 (認為: told inside 梁君彥's words)", "何君健 (photographer)",
      "警方 (清場: an act)"],
  note="Block 1: '梁君彥決定，不批准…' (his decision in the paper's account, no words: null; his reasons follow in "
       "7-10). Block 3: the camp (acts) and '香港本土毛孟靜引述立法會秘書處指，秘書處將於晚上11時報警' (a person "
       "relaying a body's words: hers; hard call, call 2 covers media that quote others, not a person; the "
       "alternative gives the secretariat); '香港本土' written before the name is her affiliation (call 7). Block 4: "
       "朱凱廸 (表示, 稱, 說; spelt 朱凱迪 once: alias); '另一名' dropped from his title. Block 5: the guards "
       "(要求…收回帳篷, '保安指': a role, '?'). Blocks 7-9: 梁君彥 (表示, 指, 稱, 強調; '被問到' leaves block 9 to him, "
       "call 3; '有議員認為…' told inside his words). Block 10: 劉健儀 (早前表示; '屬建制派的' a description clause "
       "dropped from her title) and 梁君彥 (回應, 又指): '?'. Captions 2 and 6 report no words.")
A("hkcn-39871", [("香港電台", "o", [], ["港台"], [1]),
                 ("區麗雅", "p", ["助理廣播處長（電視及機構業務）", "現任助理廣播處長"], [], [1, 3, 8]),
                 ("張國良", "p", ["前鏗鏘集監製", "鏗鏘集前監製"], [], [2, 12]),
                 ("文匯報", "o", [], [], [4]), ("商報", "o", [], [], [4]),
                 ("梁家永", "p", ["時任港台節目總監"], [], [6, 7])],
  q=[1, 4, 8, 11],
  unnamed=[(1, "左報 (抨擊, 指摘: papers without a name); 港台高層 (力護…，指: unnamed)"),
           (4, "等左派報章 (other papers without a name)"),
           (8, "《眾新聞》 (向區麗雅查詢: the paper's enquiry, call 10)"),
           (11, "消息指 (an unnamed source)")],
  rep=["黎卓欣"],
  ns=["李百全 (到任: no words)", "九人編輯委員會 / 編委會 (拍板, 抽起: acts; block 10 gives no words)",
      "管理層 (停止參賽: an act)", "馮建業 / 周國豐 / 鄺思燕 / 陳俊樂 / 李慶華 / 鄭美娟 / 韋佩文 (members listed)",
      "發言人 (區麗雅's words given through a spokesperson: hers)"],
  note="Block 1: '香港電台…今日又宣布電台即時停止參加任何本地及海外比賽' (the broadcaster's announcement, call 12), 區麗雅 "
       "'曾稱西藏為「國家」' (hers), the left papers' attacks ('左報猛烈抨擊，指摘', unnamed) and '港台高層力護區麗雅，指…' "
       "(unnamed): '?'. Blocks 2, 12: 張國良 (嘆道; titles as written, '前鏗鏘集監製' and '鏗鏘集前監製'). Block 3: '曾提到"
       "「…」' (hers, on air in 2001). Block 4: '《文匯報》、《商報》等左派報章猛烈抨擊，指摘…又質疑' (the papers' own "
       "criticism: the outlets speak, as hkcn-30904 and fresh4's papers' commentaries; several: '?'). Blocks 6, 7: "
       "梁家永 (回應時稱, 強調, 承認). Block 8: the paper's enquiry (call 10) and '區麗雅透過發言人回覆，「…」' (hers): "
       "'?'. Blocks 9, 10: the committee and its decisions ('原因是…', '未有具體交代': no words, null). Block 11: "
       "'傳來…消息' (a rumour, null), the management's acts and '消息指' (an unnamed source: '?').")
A("hkcn-49787", [("高等法院", "o", [], ["高院"], [1, 6, 10, 12, 13]),
                 ("高浩文", "p", ["法官"], [], [8, 9, 12]),
                 ("警方", "o", [], [], [1, 5])],
  q=[1, 12],
  unnamed=[(1, "四人 (提出司法覆核，質疑: the applicants, several)"), (12, "申請方 (質疑: the applicants, a role)")],
  rep=["勞東來"],
  ns=["譚中偉 / 李嘉露 / 江珍 / 譚思良 (the applicants named in block 3: no words)", "證監會 (轉介: an act)",
      "上訴庭 (曾指: told inside the judgment)", "銀行 (凍結戶口: acts)", "案件編號 (block 14: no speaker)"],
  note="A judicial review. Block 1: '警方…要求銀行停止處理涉案人士財產' (the police's request, a notice with its "
       "content, call 13), '四人提出司法覆核，質疑…' (the applicants, unnamed there) and '高院今頒下判決，認為…' (what "
       "the court wrote, call 1, as hkcn-39425's '頒下判詞，指'): '?'. Block 5: '警方證供透露' and the police's letter "
       "('去信要求銀行…'): the police (their evidence and letter, as fresh2's '證供'). Blocks 6, 10, 13: '判詞指出/表明/"
       "另指' (the court's written judgment: the court; the appeal court's earlier words told inside). Blocks 8, 9: "
       "'法官高浩文指出', '法官認同…', '法官指' (the judge; the police's admission told inside). Block 12: the judge "
       "('亦認為', '認同'), the judgment ('判詞引述警方…曾表明') and the applicants ('申請方質疑', a role): '?'. Hard "
       "call: the written judgment is given to the court, the judge's reasons named as his to him (the alternative "
       "gives every block to the judge). Block 13: '法官將考慮…' (an act). The case number (14) is a paragraph without "
       "speaker. Captions 2 and 15 report no words.")
A("hkcn-39283", [("施太", "p", [], ["施德來妻子", "施德來太太"], [11, 12]),
                 ("杜麗冰", "p", ["高院法官、國安法指定法官", "高院原訟法庭法官", "高院原訟庭法官", "法官"], ["杜官"], [16])],
  q=[12, 20],
  unnamed=[(12, "施母 (說: a relation, call 6)"), (20, "公眾人士 (「yeah」了一聲: unnamed)")],
  rep=[],
  ns=["律政司 (要求覆核, 提出新證據: acts in the proceedings)", "蘇惠德 (批准保釋: a ruling)",
      "張可森 / 何啟明 / 施德來 / 李予信 (acts and gestures, no words)", "梁漢祺 / 駱應淦 (counsel: no words reported)",
      "家人 / 家屬 (連聲多謝律師: thanks without words)", "何母 (寒暄, 勉勵打氣: no words reported)", "曾港深 (photographer)",
      "辯方 (尋求指示: an act)"],
  note="A live report of bail reviews: the time stamps are headings; rulings (批准/拒絕保釋, the bail conditions 21-29) "
       "are not speech (call 1). Block 11: '施德來妻子說', '她說' and block 12: '施太強調' (surname + courtesy form, named, "
       "call 6; the same woman called '施德來妻子' in block 11 and '施德來太太' in block 20: name 施太, the relation "
       "forms as aliases, hard call as fresh18's 黃阿紅先生) and '施母…說' (a relation, unnamed): block 11 hers, 12 '?'. "
       "Block 16: '杜官主動提出休庭，讓大家午餐' (what the judge said in court, call 1: hers; hard call, the "
       "alternative reads an act of the court). Block 20: the gestures (acts) and '有公眾人士輕聲「yeah」了一聲' (a "
       "quoted exclamation, unnamed: '?'; hard call). Blocks 6, 10, 38: gestures (點頭, 揮手, 多謝律師 without words: "
       "null). Captions 39, 40, 44 report no words. Byline '眾新聞記者' gives no reporter (call 8).")
A("hkcn-22811", [("機管局", "o", [], [], [1, 8]), ("Rudi", "p", ["旅客"], [], [8]), ("DC", "p", [], [], [13])],
  q=[1, 8, 9, 10],
  unnamed=[(1, "有網民 (發起集會，高叫「黑警還眼」…等口號: unnamed); 航空公司 (呼籲, with 機管局: unnamed)"),
           (9, "不少訊息 (呼籲: unnamed); 其中一位職員 (表示: unnamed)"),
           (10, "有人 (四處呼籲: unnamed)")],
  rep=["林倩茹"],
  ns=["警方 (acts)", "美聯社 (photo credit)", "集會者 / 有人 (舉牌、叫口號 without words: blocks 3, 12)",
      "網絡流傳…消息 (block 9: a rumour)"],
  note="Block 1: the rally's slogans shouted by unnamed netizens, '機管局…宣布' (call 12) and '機管局與航空公司…呼籲"
       "旅客' (the authority with unnamed airlines): '?'. Block 8: the authority's announcement repeated and the "
       "tourist Rudi (表示, 認為, 用英語說; '來自馬來西亞、留港5天的' a description, title 旅客): '?'. Block 9: the "
       "rumour (null), messages that '呼籲群眾離開' and '其中一位職員…表示：「…」' (unnamed): '?'. Block 10: '有人四處"
       "呼籲示威者盡早離去' (unnamed: '?'). Block 13: '21歲的DC表示' (initials the paper uses as a name: named, as call "
       "6's nicknames; hard call). Blocks 3 and 12: slogans without their words and acts (null). Captions 5-7 name a "
       "protest and its slogans in the paper's caption (null). '實習記者林倩茹' gives the reporter (she is also the "
       "captions' photographer).")
A("hkcn-48196", [("經濟民主連合", "o", [], ["經民連"], [2, 3]),
                 ("賴中強", "p", ["經濟民主連合智庫召集人"], [], [4, 21, 22, 24, 25, 26]),
                 ("江旻諺", "p", ["經濟民主連合研究員"], [], [5]),
                 ("邱文聰", "p", ["中研院法律所研究員", "中央研院院法律所研究員"], [], [6, 7, 9, 10, 11, 12, 13, 26]),
                 ("李志德", "p", ["台灣記協常務委員"], [], [14, 15]),
                 ("艾瑋昂", "p", ["無國界記者組織東亞辦事處執行長"], [], [16, 17, 18]),
                 ("許冠澤", "p", ["台灣公民陣線組織部主任"], [], [20])],
  q=[1, 26],
  unnamed=[(1, "台灣多個團體及學者 (指出: several); 臨時清盤人 (發函要求: unnamed); 無國界記者代表 (呼籲: unnamed); "
               "學者及民間團體 (呼籲: several)"),
           (26, "台灣蘋果日報目前立場？ (the paper's own question, call 10)")],
  rep=["鄭智仁"],
  ns=["香港財政司司長 (提請清盤: an act)", "法院 / 香港法院 (指定, 拒絕保釋: rulings, told inside)",
      "張劍虹 (要求保釋: told inside 邱文聰's words)", "安永會計事務所 (指定: no words)",
      "蔡英文政府 / 文化部 / 內政部 (addressed)", "台灣《蘋果日報》 (no words)"],
  note="A Taipei press conference. Block 1: groups and scholars who '指出', the liquidators' letter ('發函要求…點交所有"
       "資產', call 13, unnamed), the RSF representative (unnamed there) and groups who '呼籲': '?'. Caption 2: "
       "'經濟民主連合呼籲…' (the body). Block 3: the body's press conference '表達高度疑慮' about the letter (its view: "
       "the body). Blocks 4-26: each named speaker (指出, 認為, 說, 呼籲, 表示); titles as written next to the name "
       "('出席的' dropped; 邱文聰's second, misspelt title '中央研院院法律所研究員' kept as written; 李志德's office in "
       "block 3, '台灣新聞記者協會常務理事', is not where he speaks). Captions 7 and 16: 說, 呼籲 (theirs). Block 20: "
       "'許冠澤表示，經民連調查發現：…' (his; the body's finding told inside). Block 26: 賴中強 (認為), the paper's "
       "question '台灣蘋果日報目前立場？' and 邱文聰 (說): '?'. Byline '台灣特派員鄭智仁' gives the reporter.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3164", [("陳進和", "p", [], [], [3, 4]), ("小安", "p", [], [], [6]), ("小宏", "p", [], [], [6])],
  q=[6, 7, 9],
  unnamed=[(7, "當地家扶中心社工 (說: a role)"), (9, "陳進和的五姊 (說: a relation)")],
  rep=["仲芝蓉"],
  ns=["朋友 / 老闆 / 醫生 (inside 陳進和's words)", "二哥 (dead, no words)", "蘋果慈善基金會 / 基金會 (訪視後撥款: acts)",
      "當地慈善會 (撥急難金: an act told inside the social worker's words)"],
  note="Block 3: his quote after '39歲的陳進和…' (his; the byline '報導•攝影╱仲芝蓉' glued to the block). Block 4: "
       "'陳進和說' (his). Block 6: '小安說' and '小宏…告訴記者說' (names the paper uses): '?'. Block 7: '當地家扶中心"
       "社工說' (a role, unnamed): '?'. Block 9: '陳進和的五姊…哽咽說' (a relation, unnamed, call 6): '?'. Caption 2 "
       "reports no words.")
A("adtw-A3529", [("小鋒", "p", [], [], [3, 5, 9, 11]), ("阿芬", "p", [], ["阿芬姑姑"], [5, 7, 8, 12])],
  q=[5, 11, 12],
  unnamed=[(11, "小鋒班導何老師 (說: surname + job, call 6)"), (12, "江昌宏的二哥 (his quote: a relation)")],
  rep=["向高彬"],
  ns=["江昌宏 / 小鋒爸 (no words)", "當地公所 / 醫院社工 (辦救助, 協助, 轉介: acts)", "蘋果基金會 (撥款: an act)",
      "法院 (判離婚: a ruling)"],
  note="Caption 3: '「爸爸，你要加油」讀小四的小鋒…盼…' (his words in a caption). Block 4: the family's situation "
       "(null; '感覺爸爸陪在身邊' a feeling; the byline '報導•攝影╱向高彬' glued). Block 5: '小鋒喊了「爸爸」' and "
       "'阿芬說' (姑姑阿芬: a name the paper uses; 姑姑 a relation, no title): '?'. Blocks 7, 8: '阿芬說', '阿芬回述' "
       "(hers). Caption 9: '說相當想念他' (his). Block 11: 小鋒 (說) and '小鋒班導何老師說' (unnamed): '?'. Block 12: "
       "the second brother's quote (a relation, unnamed) and a quote of '大姊阿芬' ('小鋒是我這姑姑…'): '?'.")
A("adtw-A3864", [("許雪清", "p", [], ["阿清"], [3, 4, 5, 8, 11]), ("小羽", "p", [], [], [11]),
                 ("阿宗伯", "p", [], [], [12])],
  q=[9, 11, 12],
  unnamed=[(9, "豆皮工廠老闆 (說: a role); 王姓警員 (說: X姓, call 6); 醫院社工 (說: a role)"),
           (12, "阿瑞小妹 (說: a relation)")],
  rep=["韓旭爾"],
  ns=["李丁瑞 / 阿瑞 (in a coma: no words)", "醫生 (inside 阿清's words)", "張老師 (block 11: acts told inside 阿清's "
      "words)", "蘋果基金會 (撥款: an act)"],
  note="'阿清（許雪清）', '阿瑞（李丁瑞）': name = full name, alias = nickname (call 6). Caption 3: '阿清…在丈夫阿瑞身旁"
       "呼喚，希望他能早日醒來' (her call with its wish: hers, as fresh18's adtw-A3024 caption 3; hard call). Block 4: "
       "her words to him ('「阿瑞，你有聽到我的聲音嗎？」…輕喚'; the byline glued). Blocks 5, 8: '阿清哽咽說', '阿清說'. "
       "Block 9: the factory owner, '王姓警員' and the hospital social worker (unnamed): '?'. Block 11: '小羽說' and '阿清"
       "說' (the teacher's help told inside): '?'. Block 12: '阿瑞80歲的老父親阿宗伯說' (a name the paper uses, as "
       "阿鳳嬤; 老父親 a relation) and '阿瑞小妹說' (unnamed): '?'. Caption 6 reports no words.")
A("adtw-A3352", [("金國南", "p", [], ["國南伯"], [10]), ("阿珠姨", "p", [], [], [7, 9, 12]),
                 ("小蘋", "p", [], [], [12, 13])],
  q=[12],
  rep=["張嘉恬"],
  ns=["醫生 (inside 阿珠姨's words)", "蘋果基金會 (獲悉訪視後撥款: acts)", "上帝 (addressed)"],
  note="Block 4: his collapse (null). Block 5: '報導•攝影╱張嘉恬' on its own line (byline). Blocks 7, 9: '妻子阿珠姨說' "
       "(a name the paper uses, as fresh18's 阿莉姨; 妻子 a relation). Block 10: '國南伯…說', '他憶起', '只說：「…」' (his; "
       "國南伯 the paper's name for 金國南). Block 12: '阿珠姨無奈說' and the letter of 小蘋 read out ('孫女小蘋寫的信："
       "「…」': a named person's letter quoted, hers, as fresh18's rmrb-w04 letters; hard call): '?'. Block 13: '記者透過"
       "電話與孫女小蘋電訪，她懂事說' (the interview named, her words: hers). Captions 3 and 6 report no words.")
A("adtw-A3703", [("陳照榮", "p", [], [], [3, 4, 5, 7, 8, 11]), ("阿惠", "p", [], [], [4]), ("阿瑜", "p", [], [], [12]),
                 ("阿忠", "p", [], [], [12])],
  q=[4, 12],
  rep=["向高彬"],
  ns=["文樺 (in a coma; his words told inside his father's)", "醫師 (inside 陳照榮's words)",
      "當地公所 / 蘋果基金會 (acts)"],
  note="Caption 3: '「爸會想辦法把你醫好。」陳照榮…安慰癱兒' (his). Block 4: his words to his wife (安撫) and her "
       "'擠出一聲：「好。」' (阿惠, a name the paper uses): '?'; the byline glued. Blocks 5, 7, 8, 11: 嘆道, 又說, 他說, "
       "跟他說, 回述, 說 (his). Caption 9: '跟癱妻講兒子病況' (a topic, no words: null). Block 12: '文樺工作店家老闆、也是"
       "10多年好友阿瑜說' (a name; the employer and friend before it describe her relation to 文樺, no title) and the "
       "closing quote '「想到就難過。」' after '阿惠的娘家大弟阿忠也曾中風…都幫不了姊家' (cueless, the paragraph's last "
       "person: 阿忠; hard call): '?'.")
