# Kinds and speaker gold of fresh set 16 (annotated 2026-12-07 by a helper of session 24, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh16.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh16-2026-12-07"; the
# same rules as set 14, annotations/speakers/fresh14.py, with the republished-text exclusion applied from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-14 included) and in /tmp/wide/ (696 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-14.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-14 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-u01..u05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-14 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start): a candidate with at least half of its extracted lines longer
#   than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in a file of /tmp/wide/ is
#   skipped (checked by a script before the candidate is read; for 人民日报 after the file is saved, as sets 13-14);
#   the texts of set 15 already built in the cache are checked the same way.
# Set 15 is drawn at the same time by another helper (/work/wt-fresh15, rmrb-t01..t05): an id or a 人民日报 date that
#   appears in its manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing
#   and again just before the set is committed).
#   Outcome (the draw script reproduced set 14's outcome exactly with set 14's seed before it was run with this one).
#   眾新聞: hkcn-7089, -25330, -14136, -41703, -35021, -13682 taken (the 7th, 8th, 12th, 14th, 16th and 17th files in
#   shuffled order; extracted characters / cues 1796/39, 2273/45, 1949/28, 898/20, 1018/11, 2458/35). Skipped among
#   the first 17: hkcn-34940 (6th: a file of /tmp/wide/), 眾說 columns (hkcn-34662, -17405, -31239, -6298) and news
#   outside the length/cue bounds (hkcn-2727: 592 characters, 14 cues; -5397: 122, 3; -9152: 3654, 24; -45790: 112,
#   0; -43246: 870, 1; -34303: 687, 20); none was in split.tsv. No candidate was republished: the texts taken share
#   none of their lines over 30 characters (16, 14, 18, 12, 8, 21) with a text of split.tsv or /tmp/wide/.
#   蘋果日報: adtw-A3382, -A3073, -A3394, -A3249, -A3327 taken (the first five in shuffled order; 867/11, 878/9,
#   900/12, 920/11, 926/11), none skipped; none shares a long line (10, 8, 7, 8, 9) with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-06-07, 2025-01-01, 2025-07-12, 2025-02-16 (then 07-01,
#   01-02, 06-03, 01-23). 2025-06-07: u01 taken (在“实”字上下功夫（锲而不舍落实中央八项规定精神）, 2527: a roundup of
#   the localities' campaign with a named resident, 市民王应梅, quoted; the first file listed); u02 taken (安徽科技打头阵
#   助力产业高质量发展（奋勇争先，决战决胜“十四五”）, 1868: four named officials and engineers and 习近平 quoted).
#   2025-01-01: 国家主席习近平发表二〇二五年新年贺词 skipped unread by its title (a speech printed in full);
#   以中国式现代化全面推进强国建设、民族复兴伟业 read and skipped (1591: a 新华社 wire announcing a 《求是》 article and
#   summarising it, '文章指出…': a document's summary, as set 13 skipped the wire summarising the 中办's 《通知》);
#   致敬每一个挺膺担当的奋斗者 read and skipped (1617: 本报评论员, a commentary); 新征程上每一个人都是主角 read and skipped
#   (5159 > 4000); 决胜“十四五” 奋发向前行（社论） skipped unread (an editorial). 2025-07-12: u03 taken (坚定文化自信扎根
#   生活沃土 努力创作更多讴歌时代精神抒发人民心声的精品佳作, 975: 习近平's reply letter printed in full and the 新华社
#   report of it; taken as a news report of a named person's words, hard call: the alternative skips it as a
#   document); 热爱与坚守（今日谈） skipped unread by its title (a column); u04 taken (贵州推动传统产业转型升级（奋勇争先，
#   决战决胜“十四五”）, 1694). 2025-02-16: 健全全面从严治党体系 read and skipped (1555: a 新华社 wire summarising a
#   《求是》 article, as 01-01's); u05 taken (地理信息产业跑出新赛道（发展各具特色的县域经济）, 1087). Raw files saved
#   under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits 0e14f1ca… for 06-07, a57fa4c8… for 07-12,
#   49681b52… for 02-16, as find_files and read_file gave them), lengths 2527, 1868, 975, 1694, 1087 = total_chars
#   (each copy decoded from the read_file answer had exactly total_chars characters); after saving, none shares a
#   line over 30 characters (21, 16, 7, 14, 8) with a corpus or /tmp/wide/ text.
#   Set 15: when this set was drawn, /work/wt-fresh15's manifest.tsv and cache-manifest.tsv held no id beyond the
#   corpus's; when the texts were added it held hkcn-48460, -24832, -19215, -46978, -41032, -8463, adtw-A3751, -A3523,
#   -A3281, -A3824, -A3365 and rmrb-t01..t05 (dates 2025-01-16, 07-18, 05-28): no id or date shared with this set,
#   and no line over 30 characters shared with its 16 texts built in the cache (checked by a script, unread).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 41 blocks. Confirmed:
# hkcn-7089 2 and 21 (his leaflet and website CV '寫明', '列明': documents), 7 (the reporter's search: an act), 17 (a
# clause of the regulation cited); hkcn-25330 1 (a slogan written on cardboard), captions 2 and 10; hkcn-14136
# caption 12 (names) and caption 16 (questions put to 陳帆 with no answer: passive, no words); hkcn-41703 8, 9, 15,
# 16 (quoted terms) and caption 17 (a weather 警告); hkcn-13682 13 (a nickname); quoted terms, slogans and '问题' in
# the 人民日报 reports (rmrb-u01 3, 7, 9, 11, 15, 16, 17, 18 a document, 23, 24, 25 '解释说明' an act, 26, 28;
# rmrb-u02 2, 6, 7, 12, 13, 18; rmrb-u04 3, 7, 12, 17; rmrb-u05 9, 10) and rmrb-u03 9 (the letter named with
# '提出殷切期望', no content). Also re-read without a cue word: hkcn-7089 15-20 (a regulation cited after '而根據':
# null), hkcn-14136 11 (a web page: a document) and caption 13 (a resignation), hkcn-35021 7 (decisions and an
# agreement), hkcn-13682 20-30 (the fair's information box), the scenes of adtw-A3073 7, adtw-A3249 4, 11 and
# adtw-A3327 4, and captions reporting no words. Changed: none (one title shortened: hkcn-14136 韓志強, '同為港鐵董事局
# 成員的' a description).
# Calls re-read and kept: hkcn-7089 block 10 (an unanswered call by the reporter, '多次致電…惟未有人接聽': no words,
# not call 10's enquiry: the block is 何君堯's) and blocks 3-5 (the regulator's reply letter: the body, call 13);
# hkcn-14136 block 1 (港鐵's 公布 of its staff changes, call 12, with its '●' items), block 7 (the Legislative
# Council's motion '強烈譴責…並要求…' as the body speaking) and block 14 ('港鐵公關…回覆眾新聞指': the body, as a
# spokesperson) against call 6's unnamed roles; hkcn-35021 block 1 (國泰's 公布 of its restructuring: call 12);
# hkcn-13682 block 16 ('被法律援助署指他濫用…': an agent named, the body speaks, not an agentless 被指); hkcn-25330
# block 4 (his view and printed doggerel: his) and block 7 (《大公報》's own report quoted: call 2, '?');
# hkcn-41703 (陳小朋友, 林小朋友 named: 小朋友 read as a courtesy form, call 6) and caption 14 (a woman and an unnamed
# friend: '?'); adtw-A3073 caption 6 (a hope with its content: hers); rmrb-u01 blocks 6, 10, 14 (quotes opening a
# paragraph whose event names no person: '?'); rmrb-u03 blocks 3-5 (a letter printed in full, its salutation
# included, under a heading and signed: his) and block 12 (eight signatories of a letter whose content is
# summarised: call 11, '?').
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): a reporter's unanswered
# call (call 10 names enquiries, not calls without words); a law cited by the paper after a body's reply ('而根據…'
# with its clauses); a legislature's passed motion ('通過…議案，強烈譴責…並要求…') beside call 11's committee; a
# company's PR officer without a name ('港鐵公關') between call 6's unnamed roles and the spokesperson of a body;
# '被X指' with a named agent beside call 15's agentless passives; a paper's own report quoted (《大公報》) beside
# call 2's media quoting others; 小朋友 after a surname beside call 6's courtesy forms; a quote opening a 人民日报
# paragraph whose event names only a body or a group ('…讲师团…送课上门'); a letter printed in full with its
# salutation, signature and date (call 9 names signatures, not salutations) and a letter of several named
# signatories summarised without a quote ('汇报…体会，表达…决心') beside call 11's petitions; 單親媽媽 and 老闆 of
# someone written before a name (not copied as titles: no earlier gold has single-parent titles; a boss is a
# relation like 好友); and, for the selection, a 新华社 wire summarising a leader's 《求是》 article (skipped as a
# document's summary) against a reply letter printed with its wire report (taken).
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-u01", b29="byline")
A("rmrb-u01", [("王应梅", "p", ["市民"], [], [27])],
  q=[6, 10, 14, 22],
  unnamed=[(6, "区纪委监委“青年说”讲师团 (a lecturer's words opening the paragraph, no speaker said)"),
           (10, "a young cadre of the course (the quote opening the paragraph, no speaker said)"),
           (14, "作风督查组 (an inspector's request opening the paragraph, no speaker said)"),
           (22, "村民 (笑得合不拢嘴——“…”: villagers, no name)")],
  rep=["何昭宇", "沈童睿", "李林蔚", "邵玉姿", "李俊杰", "王欣悦", "杨颜菲", "马睿姗", "董泽扬", "赵景锋", "曹继炜"],
  ns=["宝山区 / 兴安盟 / 宿城区 / 湾里管理局 / 朔州市 / 海东市 / 忠县 / 合肥市 / 桥西区 / 达州市 (acts)",
      "琼海市 (出台《…分类指导意见》，明确…: a document)"],
  note="A roundup report (各地…) without a named reporter in the head byline ('本报记者', 2) and the contributors' "
       "line at the end ('（本报记者何昭宇、…）', 29): a byline, its names the reporters (call 8, as rmrb-s03 block 42). "
       "Kinds: the kicker ending in '——' (0), the title (1) and the six bold sub-headings (4, 5, 12, 13, 20, 21) are "
       "headings. Blocks 6, 10, 14: a quote opening the paragraph, then an event with no named person (a lecture by "
       "a district troupe, a course, an inspection team): '?' with an unnamed speaker (hard call for 6: the "
       "alternative gives the words to the troupe as a body). Block 22: villagers' exclamation ('?'). Block 27: a "
       "quote, then '刚办好社保凭证的市民王应梅高兴地说' (hers; the role noun next to the name is her title, as "
       "rmrb-p04's 市民刘伟). Every other paragraph tells what the localities did (null).")
K("rmrb-u02", b5="heading", b9="heading", b15="heading")
A("rmrb-u02", [("习近平", "p", ["总书记"], [], [3]),
               ("钟海斌", "p", ["安徽省科技厅科技创新平台建设处处长"], [], [8]),
               ("梁新平", "p", ["合肥网仪科技有限公司董事长"], [], [11]),
               ("胡先锋", "p", ["安徽省发展改革委合肥综合性国家科学中心工作处处长"], [], [14]),
               ("喻磊", "p", ["产品研发团队骨干"], [], [17]),
               ("梁言顺", "p", ["安徽省委书记"], [], [19])],
  rep=["吴焰", "徐靖"],
  ns=["安徽 / 安徽省 (acts and figures)", "梁新平团队 (acts)", "产研院 (figures, no words)"],
  note="Kinds: the title (0) is a heading; the three one-line labels ending in '——' (5, 9, 15) are headings (call "
       "14). Block 3: '习近平总书记在安徽考察时指出，“…”' (his). Blocks 8, 14, 17, 19: a quote, then the named official "
       "or engineer (介绍, 说, 表示). Block 10 introduces 梁新平 without words (null); block 11 is a quote without a cue "
       "that opens the next paragraph, before '梁新平团队完成了…' (his: the last named person and the paragraph's "
       "only one). Blocks 2, 4, 12: the paper's questions and summary (null). Byline '吴  焰  徐  靖' (call 8).")
K("rmrb-u03", b2="heading", b6="byline", b7="byline", b8="byline")
A("rmrb-u03", [("习近平", "p", ["中共中央总书记、国家主席、中央军委主席", "总书记"], [], [3, 4, 5, 10, 11]),
               ("田华", "p", [], [], [12]), ("王心刚", "p", [], [], [12]), ("张良", "p", [], [], [12]),
               ("陶玉玲", "p", [], [], [12]), ("肖桂云", "p", [], [], [12]), ("潘虹", "p", [], [], [12]),
               ("宋晓英", "p", [], [], [12]), ("陈道明", "p", [], [], [12])],
  q=[12],
  ns=["新华社 (the wire: no reporter named)"],
  note="A reply letter printed in full and the 新华社 wire reporting it. Kinds: the kicker (0) and title (1) are "
       "headings; '回  信' (2) is the letter's heading; the signature '习近平' (6), the date '2025年7月10日' (7) and "
       "'（新华社北京7月11日电）' (8) are bylines (call 9). Blocks 3-5: the letter, salutation included, is 习近平's "
       "(a text printed in full under its heading and signed, as fresh13's statement printed in full). Block 9: "
       "the dateline glued to '习近平给…回信，对电影工作者提出殷切期望' (the letter named, no content: null, as "
       "rmrb-m05's lecture announced). Blocks 10, 11: '在回信中说', '强调' (his). Block 12: the artists' own letter "
       "whose content is reported ('汇报…情况和体会，表达…决心'): eight named signatories (call 11: several, '?'; "
       "hard call, the alternative reads a summary without content, null). No reporter (a 新华社 wire).")
K("rmrb-u04", b8="heading", b14="heading")
A("rmrb-u04", [("王明刚", "p", ["遵义铝业首席技术官"], [], [5]), ("习近平", "p", ["总书记"], [], [6]),
               ("敖鸿", "p", ["贵州省工业和信息化厅厅长"], [], [11]),
               ("彭波浪", "p", ["贵州轮胎载重子午胎分公司工作人员"], [], [16]),
               ("徐麟", "p", ["贵州省委书记"], [], [19])],
  rep=["马跃峰", "程焕", "苏滨"],
  ns=["贵州 (acts, plans and figures)", "贵州雅友新材料有限公司 / 贵州轮胎股份有限公司 (acts)"],
  note="Kinds: the kicker (0) and title (1) are headings; the two one-line labels ending in '——' (8, 14) are "
       "headings (call 14). Block 3: the paper's question (null). Blocks 5, 11, 16, 19: a quote, then the named "
       "speaker (介绍, 表示); titles as written before the names. Block 6: '习近平总书记在贵州考察时指出：“…”' (his). "
       "Byline '马跃峰  程  焕  苏  滨' (call 8).")
A("rmrb-u05", [("杨为琛", "p", ["浙江国遥地理信息技术有限公司总经理"], [], [6]),
               ("陈燕红", "p", ["湖州莫干山高新区地信发展中心副主任"], [], [8]),
               ("王波", "p", ["德清县委书记"], [], [11])],
  rep=["李中文", "刘军国"],
  ns=["德清县 (acts)", "工作人员 (acts)"],
  note="Kinds: the kicker (0) and title (1) are headings. Blocks 6, 8: a quote, then the named manager or official "
       "(说, 介绍). Block 11: '德清县委书记王波表示：“…”'. The other paragraphs are the paper's (null).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-7089", [("何君堯", "p", ["立法會議員"], ["何"], [1, 8, 9, 10, 11]),
                ("英國律師註冊和監管機構", "o", [], ["Solicitors Regulation Authority", "英國監管機構"], [1, 3, 4, 5]),
                ("立法會秘書處", "o", [], [], [14])],
  q=[1],
  rep=[],
  ns=["網民 / 投訴人 (投訴: an act)", "新加坡律政部 (lists searched: data)", "眾新聞記者 (searches and unanswered "
      "calls: acts; byline without a name)", "《選票上關於候選人的詳情(立法會及區議會)規例》 (blocks 15-20: a law cited)",
      "法夢 (photo credit)"],
  note="Block 1: the regulator's reply ('英國監管機構稱') and 何君堯's live video ('回應，重申…'): '?'. Block 3: the "
       "regulator's letter whose content is reported ('覆函表示，由於…'): the body speaking (call 13); its two options "
       "(4, 5, '●' items after a colon) continue it. Captions 2, 6, 12, 13, 22 report no words (his election "
       "leaflet and CV '寫明', '註明': documents). Block 7: the reporter's search (an act, null). Block 10: "
       "'眾新聞記者多次致電何君堯，惟未有人接聽' is an unanswered call (no words: not call 10's enquiry), then '何在直播中"
       "表示' (his; hard call). Block 11: '何君堯明確表示' with the reporter's check of the record (an act): his. "
       "Block 14: '立法會秘書處回覆眾新聞查詢時指' (the body). Blocks 15-20: a regulation cited after '而根據' and its "
       "clauses (the paper's citation of a law: null; hard call, the alternative continues the secretariat's "
       "reply). Block 21: his website's CV '列明' (a document: null). Byline '眾新聞記者' gives no reporter (call 8).")
A("hkcn-25330", [("Matthew", "p", ["「番茄師兄」店主"], [], [3, 4, 5, 7, 8, 9, 11, 12, 13, 14, 15])],
  q=[7],
  unnamed=[(7, "《大公報》的報道 (說餐廳是「…」: a paper's own report, call 2 as fresh14's news agency)")],
  rep=["鄭靖而"],
  ns=["《大公報》 (block 7: a medium, call 2)", "店員 / 同路人 (no words)", "網絡KOL (轉載: an act)",
      "微博的評論 (block 8: comments he saw, told inside his account)", "黃底同業 (inside his words)"],
  note="A portrait of a restaurant owner. Block 1: the reporter's visit and a slogan written on cardboard (null). "
       "Block 3: '「番茄師兄」店主、40多歲的Matthew…自言' (his; the title written before the name). Block 4: his view "
       "('有感政府太不濟') and the doggerel he prints on receipts (his; hard call, the alternative reads acts, null). "
       "Caption 6: his slogans named without words (null); caption 14 repeats his hope of block 15 ('希望…': his). "
       "Block 7: 'Matthew說' and 《大公報》's report quoted ('說餐廳是「…」'): '?'. Block 13: the quote continues his "
       "account of block 12 (his). Captions 2 and 10 report no words. '記者鄭靖而' gives the reporter.")
A("hkcn-14136", [("港鐵", "o", [], [], [1, 2, 3, 4, 14]),
                 ("馬時亨", "p", ["港鐵主席"], [], [5, 6, 7, 8, 9]),
                 ("梁國權", "p", ["行政總裁"], ["梁"], [9, 10]), ("立法會", "o", [], [], [7]),
                 ("陳帆", "p", ["港鐵董事局成員、運輸及房屋局局長", "運輸及房屋局局長"], [], [15, 17, 18]),
                 ("韓志強", "p", ["發展局常任秘書"], [], [19]),
                 ("中科興業", "o", [], ["中科"], [20, 21])],
  q=[7, 9, 10],
  unnamed=[(7, "政府高層 (要求港鐵董事局徹查: officials without a name)"),
           (10, "記者 (追問3人全名: an explicit asker, calls 3 and 10)")],
  rep=["戴晴曦"],
  ns=["董事局 (blocks 2, 19: inside 港鐵's announcement and 韓志強's words)", "林鄭月娥 (挽留: no words)",
      "黃唯銘 (辭職: an act)", "港鐵沙中線網頁 (block 11: a document)", "何君健 (photographer)", "港台 (screenshot)"],
  note="Block 1: '港鐵…召開記者會，公布…人事變動：' (a body's 公布 of its decision, call 12) and its three '●' items "
       "(2-4; the CEO's request and the board's inside it). Block 7: '被問到' (passive, call 3) and 馬時亨's reply, "
       "then the paper's fact-check: the Legislative Council's motion that '強烈譴責…並要求…' (a body speaking through "
       "its resolution; hard call) and the senior officials' demand (unnamed): '?'. Block 9: 馬時亨 and 梁國權 ('亦被"
       "問到…他回應指'): '?'; '有傳' is a rumour (null). Block 10: 梁國權 and the reporter who '追問' (explicit "
       "asker): '?'. Block 14: '港鐵公關透過電話回覆眾新聞指' (the body's press officer speaks for it, as fresh12's "
       "律政司發言人; hard call, the alternative reads an unnamed role). Caption 16: the questions put to 陳帆 with "
       "no answer (passive, no words: null); caption 13: a resignation (an act). Blocks 15, 17, 18: 陳帆 (他指, 稱, "
       "他又指; the government's view inside his words). Titles as written before the names ('身兼港鐵董事局成員、"
       "運輸及房屋局局長陳帆'; '同為港鐵董事局成員的發展局常任秘書韓志強' gives 發展局常任秘書, the '同為…的' clause "
       "a description). Blocks 20-21: the subcontractor's "
       "statement (發聲明，指; '中科的聲明指', call 13).")
A("hkcn-41703", [("香港天文台", "o", [], [], [1]), ("馮先生", "p", [], [], [3, 4]),
                 ("陳小朋友", "p", [], [], [5]), ("林小朋友", "p", [], [], [5]), ("姚先生", "p", [], [], [10]),
                 ("龍先生", "p", [], [], [12]), ("黃小姐", "p", [], [], [13, 14])],
  q=[5, 7, 14],
  unnamed=[(7, "有小朋友 (問，「月亮喺邊啊？」: a child without a name)"),
           (14, "黃小姐 與她的朋友 (稱: she and an unnamed friend together)")],
  rep=["謝鎧文"],
  ns=["市民 / 民眾 (no words)", "周滿鏗 (photographer)"],
  note="Vox pops at a lunar eclipse. Surname + courtesy form (馮先生, 姚先生, 龍先生, 黃小姐; also 陳小朋友, 林小朋友, "
       "小朋友 read as a courtesy form for a child) are named speakers (call 6). Block 1: '香港天文台指' (the body). "
       "Caption 4 repeats 馮先生's wish of block 3 ('希望能拍攝到…': his). Block 5: two children (指, 表示): '?'. "
       "Block 7: an unnamed child's question ('?'). Block 10: '天文發燒友年資四年的姚先生' (the role is not next to "
       "the name: no title). Block 12: '街坊龍先生' (街坊 a relation like 鄰居, no title). Caption 14: '黃小姐與她的朋友"
       "稱' (she and an unnamed friend: '?', as fresh14's adtw-A3648 caption 2). Captions 2, 6, 9, 11, 17 report no "
       "words. '實習記者謝鎧文' gives the reporter.")
A("hkcn-35021", [("國泰航空", "o", [], ["國泰"], [1]),
                 ("袁國強", "p", ["政府觀察員", "前律政司司長"], [], [1, 3, 4, 5, 6])],
  q=[1],
  rep=["鄭啟智"],
  ns=["唐家成 (his and 袁國強's urging told inside 袁國強's words)", "政府 (block 7: decisions, an agreement: acts "
      "and a document)", "港台 (photo credit)"],
  note="Block 1: '國泰航空星期三（21日）公布重組計劃，削減…' (a body's 公布 of its decision, call 12) and 袁國強 "
       "(回覆眾新聞查詢，認為, 承認, 反問): '?'. Titles as written next to the name ('政府觀察員袁國強' in the heading, "
       "'前律政司司長袁國強'). Caption 2 states his role (no words); caption 5 '袁國強表示' (his). Block 4: what he "
       "and 唐家成 urged, told by him (his). Block 7: the government's decisions and the agreement (null).")
A("hkcn-13682", [("彭志銘", "p", ["老闆"], [], [1, 2, 4, 5, 6, 8, 10, 11]), ("古德明", "p", [], [], [9]),
                 ("郭卓堅", "p", ["長洲覆核王"], [], [12, 15, 16]), ("黃之鋒", "p", [], [], [14]),
                 ("法律援助署", "o", [], [], [16]), ("鄭智殷", "p", [], [], [18])],
  q=[16],
  rep=["鄭錦玲"],
  ns=["司徒華 / 華叔 (block 5: his suggestion and reply told inside 彭志銘's recollection)",
      "女記者 (block 6: inside 彭志銘's recollection)", "懲教署 (block 14: its reply told inside 黃之鋒's words)",
      "毛記葵涌 (block 15: its wish told inside 郭卓堅's words)", "杜先生 / 蝦條哥 (block 18: why they queue, no cue)",
      "林匡正 (an author, no words)", "何君健 (photographer)"],
  note="Book fair report. Block 1: '老闆彭志銘感嘆，今時唔同往日' (his). Block 5: 司徒華's suggestion and reply are told "
       "inside '彭志銘憶述' (his, as fresh14's rmrb-s01 block 5). Caption 8: '彭志銘估計' (his). Block 9: '古德明曾經向"
       "彭志銘表示' (his words, told by the paper). Caption 12: '長洲覆核王郭卓堅指' (his; the nickname in quotes "
       "elsewhere is his title as written). Block 16: 郭卓堅 (坦言, 指) and '被法律援助署指他濫用法援服務' (the "
       "department's words with its ban, an agent named: a body speaking, not call 15's agentless 被指): '?'. Block "
       "18: 杜先生 and 蝦條哥 queue without a speech cue (null); '鄭智殷表示' (his). Blocks 20-30: the fair's "
       "information box (heading and plain lines, null). Captions 3, 7, 17, 19 report no words.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3382", [("楊玉女", "p", [], [], [2, 3, 4, 6, 9]), ("小劭", "p", [], [], [8]),
                 ("賴育鉉", "p", [], ["阿鉉"], [10]), ("許先生", "p", [], [], [13]), ("阿如", "p", [], [], [14])],
  q=[11],
  unnamed=[(11, "賴育鉉的弟弟 (他弟說: a relation); 楊玉女的養母 (電訪時她說: a relation)")],
  rep=["向高彬"],
  ns=["醫師 (inside 楊玉女's words)", "蘋果基金會 (撥急難金: an act, inside 賴育鉉's words)"],
  note="Caption 2: '罹癌的楊玉女（左）說：「…」' (hers). Block 3: her illness and a quote without a cue (the "
       "paragraph's only person: hers; the byline '報導•攝影╱向高彬' is glued to the block). Block 8: her son 小劭 "
       "(a name the paper uses) answers (his). Block 11: her husband's brother and her adoptive mother (relations, "
       "no names): '?'. Block 13: '賴育鉉的老闆許先生表示' (許先生 named, call 6; 老闆 of 賴育鉉 a relation, as 好友, no "
       "title; '阿鉉' inside his words is 賴育鉉's alias). Block 14: '同事阿如說' (同事 a relation).")
A("adtw-A3073", [("黃永進", "p", [], [], [4, 8, 10, 12]), ("阿慧", "p", [], [], [6, 13]),
                 ("夏媽媽", "p", [], [], [15])],
  q=[13],
  unnamed=[(13, "里長 (說: a role without a name)")],
  rep=["張嘉恬"],
  ns=["謝玉汝 (no words)", "阿如 (cannot speak: no words)", "看護阿姨 (no words)",
      "蘋果基金會 (獲悉訪視後撥款: learning and acts)"],
  note="Caption 3 reports no words. Block 4: '黃永進說，…「…」' (his). Caption 6: '阿慧（中）盼望妹妹能早日恢復…，喊"
       "她聲姊姊' (a wish with its content: hers; hard call, the alternative reads a feeling, null). Block 7: the "
       "couple at work (null). Block 13: 阿慧 (說) and the unnamed 里長: '?'. Block 15: '鄰居夏媽媽說' (surname + "
       "kin form: named, call 6; 鄰居 a relation). The byline '報導．攝影╱張嘉恬' stands on its own line (5).")
A("adtw-A3394", [("阿梅", "p", [], [], [4, 6, 7]), ("小興", "p", [], [], [7]), ("阿涵", "p", [], [], [10]),
                 ("丹清婆", "p", [], [], [11, 13])],
  q=[7, 9],
  unnamed=[(9, "醫院社工 (說: a role); 醫院癌症個管師 (說: a role)")],
  rep=["韓旭爾"],
  ns=["前夫 (no words)", "蘋果慈善基金會 (訪視, 撥款: acts)"],
  note="Block 4: '單親媽媽阿梅…阿梅說：「…」' (hers; 單親媽媽 not copied as a title, as the corpus's single parents "
       "so far). Block 6: '阿梅看著小興臉龐說' (hers). Block 7: 阿梅 (說) and her son 小興 (說): '?'. Block 9: two roles "
       "without names: '?'. Block 10: '阿梅同鄉友人阿涵說' (a relation, no title); 阿梅's disclosure inside 阿涵's "
       "words. Blocks 11, 13: '丹清婆說' (a name the paper uses, as fresh14's 金燦婆; her daughter's phone call told "
       "inside her words). Caption 3 reports no words. Byline '報導•攝影╱韓旭爾' on its own line (5).")
A("adtw-A3249", [("洪章勝", "p", [], ["阿勝"], [7, 10]), ("蔡美華", "p", [], ["阿華"], [7, 9, 10]),
                 ("小浩", "p", [], [], [12]), ("小俞", "p", [], [], [14]), ("阿吉", "p", [], [], [15])],
  q=[7, 10, 14, 15],
  unnamed=[(14, "小俞學校導師 (說: a role)"), (15, "當地里長 (說: a role)")],
  rep=["韓旭爾"],
  ns=["醫生 (inside 蔡美華's words)", "小選 (no words)", "蘋果基金會 (獲悉訪視後撥款: acts)"],
  note="'阿勝（洪章勝）' and '阿華（蔡美華）': name = full name, alias = nickname (call 6). Block 4: the scene "
       "(null). Blocks 7, 10: the couple (說, 接著說): '?'. Block 12: '小浩說' (his). Block 14: 小俞 and her teacher "
       "(a role): '?'. Block 15: the unnamed 里長 and '阿勝大哥阿吉說': '?'. Captions 3 and 6 report no words. "
       "Byline '報導．攝影╱韓旭爾' on its own line (5).")
A("adtw-A3327", [("小輝", "p", [], [], [6, 10, 11]), ("阿蒂", "p", [], [], [7, 9, 10]), ("阿鳴", "p", [], [], [12]),
                 ("阿國", "p", [], [], [14])],
  q=[10, 12],
  unnamed=[(12, "當地里長 (說: a role)")],
  rep=["江品璁"],
  ns=["楊志清 / 阿志 (paralysed; his words '有錢就去' told inside 小輝's)", "醫生 (inside 阿蒂's and 小輝's words)",
      "大伯父 (inside 小輝's words)", "柔柔 (no words)", "基金會 (獲悉訪視後撥款: acts)"],
  note="Block 4: the scene (null). Block 6: '就讀小六的小輝說' (his). Blocks 7, 9: '小輝35歲的媽媽阿蒂說' (a "
       "relation, no title). Block 10: 阿蒂 and 小輝 ('偷偷告訴記者說'): '?'. Block 11: the doctor's instruction and "
       "his father's words told inside 小輝's (his). Block 12: the unnamed 里長 and '阿志的大哥阿鳴說': '?'. Block 14: "
       "'阿志的朋友阿國說' (a relation, no title). Caption 3 reports no words. Byline '報導•攝影╱江品璁' (5).")
