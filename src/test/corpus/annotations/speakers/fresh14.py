# Kinds and speaker gold of fresh set 14 (annotated 2026-12-07 by a helper of session 23, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh14.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh14-2026-12-07"; the
# same rules as set 12, annotations/speakers/fresh12.py, with its republished-text exclusion applied from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-12 included) and in /tmp/wide/ (696 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-12.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-12 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-s01..s05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-12 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start, as set 11 added it): a candidate with at least half of its
#   extracted lines longer than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in
#   a file of /tmp/wide/ is skipped (checked by a script before the candidate is read); the texts of set 13 already
#   built in the cache are checked the same way.
# Set 13 is drawn at the same time by another helper (/work/wt-fresh13): an id or a 人民日报 date that appears in its
#   manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing and again just
#   before the set is committed).
#   Outcome (set 13's manifest.tsv and cache-manifest.tsv held no new id or date when drawn). 眾新聞: hkcn-27095, -37452,
#   -35553, -49622, -12837, -29994 taken (the 1st, 9th, 11th, 13th, 15th and 19th files in shuffled order; extracted
#   characters / cues 2609/30, 1126/17, 1725/11, 1409/29, 2417/13, 1104/19); none of the first 19 was in split.tsv, in
#   /tmp/wide/ (696 files) or in set 13. Skipped among them: 眾說 columns (hkcn-12945, -19623, -9380, -481, -14997), a
#   tri-angles piece (hkcn-17366), a 我們 piece (hkcn-19411) and news outside the length/cue bounds (hkcn-44830: 3771
#   characters, 36 cues; -6230: 312, 4; -30814: 1436, 7; -47728: 1095, 3; -44477: 664, 1; -13901: 4133, 83). No
#   candidate was republished: the texts taken share none of their lines over 30 characters (18, 11, 12, 12, 19, 8)
#   with a text of split.tsv or /tmp/wide/.
#   蘋果日報: adtw-A3531, -A3340, -A3208, -A3836, -A3648 taken (the first five in shuffled order; 828/10, 876/11,
#   827/11, 884/14, 855/10), none skipped; none shares a long line with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-06-18, 2025-07-27, 2025-02-23, 2025-06-06, 2025-06-14
#   (then 04-17, 04-20, 03-13). 2025-06-18 (the listing starts at page 05): 从开源看“智能向善”（评论员观察） skipped
#   unread by its title (a column); 夯实边疆教育的发展基石 read and skipped (1443: a signed commentary, '作者为…研究员');
#   社区方寸地 服务大文章（暖闻热评）, 美丽河湖何以美进人心（人民时评） and 关心一只飞鸟的命运（人民论坛） skipped unread
#   by their titles (columns); s01 taken (关键核心技术必须牢牢掌握在自己手里（权威发布）, 2611: a press meeting of five
#   named space engineers and an astronaut); s02 taken (链接世界 共创未来（权威发布）, 1611: a press conference, three
#   named officials). 2025-07-27: the listing has no file (no date of the store). 2025-02-23: s03 taken (2025年，中国
#   经济这么干⑦, 3574: a reporting series piece with named managers and officials quoted); 全民网购，实体店的未来在
#   哪里？（读者点题·共同关注） skipped unread by its title (a reader's question); s04 taken (吉林推动冰雪经济高质量发展
#   （坚定信心，打开改革发展新天地）, 1555). 2025-06-06: 精准服务，用好“赋能之手”（评论员观察） skipped unread (a
#   column); 公安机关依法严厉追查打击非法网络攻击活动 read and skipped (1378: only the police, a notice and an unnamed
#   '技术专家' speak, no named person); 杭州高新区（滨江）：“三链”融合引领高新技术产业发展 read and skipped (2032: a
#   promotional report, nobody quoted); 科技小院 助农惠农 read and skipped (4967 > 4000); 上好生命教育这堂“必修课”
#   （无影灯） skipped unread (a column); 守护儿童青少年心理健康（健康焦点） read and skipped (4409 > 4000). 2025-06-14:
#   s05 taken (共同打造深度互补、高度共赢的合作新格局（携手同行：中国中亚合作提质升级）, 3269: the first file listed).
#   Raw files saved under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits a57fa4c8… for 06-18,
#   49681b52… for 02-23, 0e14f1ca… for 06-14, as find_files and read_file gave them), lengths 2611, 1611, 3574, 1555,
#   3269 = total_chars (each pasted copy had exactly total_chars characters); the republished-text check ran on them
#   after they were saved (a 人民日报 file can only be seen by reading it): none shares a line over 30 characters (13,
#   7, 35, 11, 23) with a corpus or /tmp/wide/ text.
#   Checked again just before the set was committed: set 13 (/work/wt-fresh13, its commit b19e843: hkcn-30099 …
#   rmrb-r05) shares no id, no 人民日报 date and no line over 30 characters with the 16 texts of this set.
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 21 blocks. Confirmed:
# hkcn-12837 7 (a course's rule, '校方要求') and 10 (the paper's question, '收生要求' a noun), rmrb-s02 3 (the
# conference '介绍有关情况', no content), quoted terms, slogans and names in the paper's voice (rmrb-s03 7, 8, 11, 13,
# 15, 17, 20, 24, 25, 26, 40, 41; rmrb-s04 6; rmrb-s05 4, 11, 23, 25) and rmrb-s05 27 (a saying). Also re-read without
# a cue word: rmrb-s02 6 (the exhibitors' figures after 于健龙's paragraph and the '据介绍' one: null), rmrb-s03 22-24
# ('空中——' paragraphs), rmrb-s04 11 (a document), hkcn-35553 12 ('衛生署會…派樣本瓶': an act), adtw-A3208 13 (the
# reporter's observation '採訪時，看到…' before '他說'). Changed: none.
# Calls re-read and kept: rmrb-s01 block 9 ('很多人曾问…“怕不怕”', an asker without a name: '?') against call 3's
# passive questions; rmrb-s02 block 5 ('据介绍' in a paragraph of its own: '?'); rmrb-s03 blocks 3 (the meeting's
# '部署' of tasks: a decision, the block 习近平's) against 29 (the meeting '提出': a body speaking) and 27 (provinces
# that 提出, 强调, 表示: '?', 河南明确 a plan); rmrb-s05 block 8 (a news agency's own report of a figure: call 2, '?');
# hkcn-35553 blocks 2 and 11 ('衛生署建議…停課': the body speaking) and 7 ('據衛生署所知' with 張竹君: '?');
# hkcn-49622 block 1 (the defendant, called '一名休班警' and named only in caption 3: his, as fresh6's hkcn-43933) and
# the labelled transcript 11-20; hkcn-29994 block 10 (the article signed '波瀾平': its author speaks) against block 9
# (蔡熾昌's own article: his); adtw-A3648 caption 2 (a joint plea of a mother and her sons: '?') and block 3 (an
# exclamation of the family, speaker not said: '?').
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): a '据介绍' paragraph of
# its own right after a named speaker (call 15 continues the speaker only in the same paragraph); uncued figures
# between the speakers of a press conference; a vague explicit asker of past questions ('很多人曾问'); a meeting's
# '部署' beside its '提出'; provinces listed with 提出/强调/表示 beside a plan ('明确'); a department's recommendation
# ('衛生署建議…停課') beside call 11's committee; '據X所知' with a named body beside call 15's '據悉'; a defendant named
# only in a caption and called '被告' elsewhere (decided in fresh6's notes, not in the README) and the labels of a
# court transcript ('李：', '被告：', '杜官：') beside call 4; an article signed with a pen name in another outlet
# beside fresh4's editorials; a news agency's own report of figures beside call 2 (media quoting others); the
# source's slips in names ('外界部' for 外交部, '國立臺北大學' for 臺灣大學), kept as written.
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
A("rmrb-s01", [("习近平", "p", ["主席"], [], [3]),
               ("杨宏", "p", ["中国载人航天工程空间站系统总设计师", "中国航天科技集团有限公司空间技术研究院研究员"], [], [4, 5]),
               ("李英良", "p", ["中国载人航天工程办公室总体技术局局长", "研究员"], [], [7]),
               ("费俊龙", "p", [], [], [8, 9, 10]),
               ("孙威", "p", ["中国载人航天工程着陆场系统副总设计师", "测控系统专家"], [], [12, 13]),
               ("张璐", "p", ["中国载人航天工程空间应用系统总指挥助理", "中国科学院空间应用工程与技术中心研究员"], [], [15])],
  q=[9],
  unnamed=[(9, "很多人 (曾问费俊龙…“怕不怕”: an explicit asker without a name, call 3)")],
  rep=["刘诗瑶"],
  ns=["国新办 (举行见面会: an act)", "戚发轫 (block 5: his saying told inside 杨宏's recollection)",
      "聂海胜 / 邓清明 / 张陆 (no words)", "着陆场搜救回收分队 (acts)"],
  note="A press meeting (权威发布) of five engineers and an astronaut. Kinds: the kicker ending in '——' (0) and the "
       "title (1) are headings. Block 3: '习近平主席在发表…新年贺词时指出：“…”' (his; the press meeting is an act). "
       "Blocks 4, 12, 15: a quote opening the paragraph or the body, then the named engineer (介绍: his). Block 5: "
       "戚发轫's saying ('经常跟他们讲：“…”') is told inside 杨宏's recollection ('杨宏记得', '他感慨', '杨宏说': his). "
       "Block 7: '李英良对此深有体会。…“…”李英良说' (his). Block 8: a role given in a predicate ('费俊龙是…特级航天员、…"
       "指令长') is not a title (as fresh12's rmrb-q01). Block 9: '很多人曾问费俊龙…“怕不怕”' names an asker without "
       "a name (call 3: '?'; hard call, the alternative reads it as a passive question leaving the block to 费俊龙). "
       "Blocks 11 and 14 introduce 孙威 and 张璐 without words (null); titles as written right before the names.")
A("rmrb-s02", [("于健龙", "p", ["中国贸促会副会长"], [], [4, 7]), ("李兴乾", "p", ["中国贸促会副会长"], [], [8]),
               ("杨宓", "p", ["中国贸促会办公室主任"], [], [9])],
  q=[5],
  unnamed=[(5, "据介绍 (an agentless disclosure, call 15, in a paragraph of its own)")],
  rep=["罗珊珊"],
  ns=["国新办 (举行新闻发布会介绍有关情况: the conference announced, no content of its own)",
      "中国贸促会 (its officers speak; 将主办: acts)", "联合国贸发会议 / 世界知识产权组织 … (担任支持单位: no words)",
      "宇树科技 / 强脑科技 (acts)"],
  note="A press conference (权威发布). Block 3: the conference named as an event (null, as rmrb-q03's "
       "'提出要求' without content). Block 5: '据介绍' in a paragraph of its own after 于健龙's (call 15: '?'; dev2 14's "
       "continuation needs the same paragraph). Block 6: the exhibitors' figures in the paper's voice without a cue "
       "(null; hard call, the figures come from the conference). Blocks 4, 7, 8, 9: the officials (介绍, 说, 表示).")
K("rmrb-s03", b42="byline")
A("rmrb-s03", [("习近平", "p", ["总书记"], [], [3]), ("张国富", "p", ["北汽新能源总经理"], [], [10]),
               ("四川", "o", [], [], [27]), ("江苏", "o", [], [], [27]), ("山东", "o", [], [], [27]),
               ("中央经济工作会议", "o", [], [], [29]), ("罗立国", "p", ["公司董事长"], [], [33]),
               ("何顺超", "p", ["昭通市工信局有关负责人"], [], [34]), ("工业和信息化部", "o", [], [], [36])],
  q=[18, 27, 39],
  unnamed=[(18, "企业家们 (three quoted remarks: several, no name)"), (39, "公司负责人 (说: a role without a name)")],
  rep=["韩鑫", "王昊男", "程远州", "方敏", "杨文明", "徐靖", "刘新吾"],
  ns=["中央经济工作会议 in block 3 (部署…任务: a decision, its quoted task an item of it; the body speaks in 29)",
      "河南 (block 27: '明确谋划布局…', a plan, as rmrb-q04's '重庆明确新目标')",
      "广东 (出台二十条举措: an act)", "数据显示 (block 12: data)", "安徽 / 浙江 / 合盛硅业 / 中信戴卡 (acts)",
      "重庆鲁渝协作蔬菜产业发展有限公司 (its unnamed 负责人 speaks)"],
  note="A reporting series piece (本报记者 and six contributors). Kinds: the sub-title '——2025年，中国经济这么干⑦' (0) "
       "and the three bold sub-headings (5, 14, 28) are headings; '（本报记者…参与采写）' (42) is a byline and its names "
       "are reporters (call 8, as rmrb-g01). Blocks 22-24 open with '空中——', '陆上——', '海上——' but are whole "
       "paragraphs (call 14 is for one-line labels): paragraphs (null). Block 3: '习近平总书记指出：“…”' (his); the "
       "meeting's '部署' of tasks is a decision (hard call). Block 27: provinces that 提出, 强调, 表示 (bodies that "
       "speak, several: '?'); 河南明确 is a plan. Block 29: '中央经济工作会议提出' (a body speaking through its "
       "meeting, as fresh11's rmrb-p05 block 3). Block 33: two quotes around '公司董事长罗立国决定…投资' (the "
       "paragraph's only person: his). Block 36: the ministry 表示 after the provinces' figures (its block). Block "
       "39: '公司负责人说' (a role: '?').")
K("rmrb-s04", b8="heading")
A("rmrb-s04", [("于淑芬", "p", ["民宿“雪乡人家”的经营者"], [], [3]), ("习近平", "p", ["总书记"], [], [4, 5]),
               ("孙光芝", "p", ["吉林省文化和旅游厅厅长"], [], [7]),
               ("周志有", "p", ["吉林化纤集团碳纤维雪板项目负责人"], [], [9]),
               ("白春伟", "p", ["公司销售经理"], [], [10]),
               ("吉林省招商引资机制改革专题会议", "o", [], [], [12])],
  rep=["汪志球", "门杰伟"],
  ns=["吉林省 (block 6: acts; block 11: 印发《…实施意见》，明确…, a document)", "吉林省委和省政府 (工作汇报: no content)",
      "吉林化纤集团 / 辽源北方袜业集团 (acts)"],
  note="Kinds: the kicker (0) and title (1) are headings; block 8 ('…带来“东风”——', a one-line label ending in "
       "'——') is a heading (call 14). Block 3: the host's greeting and '于淑芬说' (hers; the role noun written "
       "before the name is her title, as rmrb-p04's 游客林芸). Block 5: '总书记强调' (his, the title standing for "
       "the name). Block 9: a quote after '周志有正与团队一同分析雪板数据，' (the paragraph's only person: his). "
       "Block 11: a provincial document (null). Block 12: '吉林省招商引资机制改革专题会议提出' (a body speaking through "
       "its meeting, named as written, as fresh11's rmrb-p05 block 3).")
K("rmrb-s05", captions=[2], b3="credit")
A("rmrb-s05", [("习近平", "p", ["主席"], [], [6, 14, 21]), ("木哈塔尔", "p", ["哈萨克国际通讯社记者"], [], [9]),
               ("瓦哈博夫", "p", ["乌兹别克斯坦中亚国际研究所所长"], [], [12]),
               ("贝克米拉特·埃耶别尔季耶夫", "p", ["土库曼斯坦国际道路运输协会主席"], ["埃耶别尔季耶夫"], [16, 19]),
               ("奥穆尔江", "p", ["乘客"], [], [17]),
               ("马迪·萨尔巴索夫", "p", ["阿斯塔纳市交通局协调处处长"], [], [18]),
               ("谢尔盖·波诺马廖夫", "p", ["吉尔吉斯斯坦市场协会主席"], [], [24]),
               ("拉苏洛夫", "p", ["塔吉克斯坦中国问题专家"], [], [26])],
  q=[8],
  unnamed=[(8, "哈萨克国际通讯社 (报道称: a medium's report, call 2)")],
  rep=["李应齐", "张志文"],
  ns=["罗曼 (photographer)", "哈萨克国际通讯社 (block 8: a medium, call 2)", "宇通 / 圆通 (acts)",
      "中亚谚语 (block 27: a saying, no speaker)"],
  note="Kinds: the title (0), the three bold sub-headings (5, 13, 20) are headings; the photo caption (2) gets ▲ and "
       "its '罗  曼摄（新华社发）' line (3) is a credit. Block 6: '习近平主席…提出“八点建议”' and his quoted proposals "
       "(his). Block 8: the agency's report (报道称, call 2: '?'). Block 17: '每天需要乘坐6趟公交车的乘客奥穆尔江' (the "
       "role noun before the name as title). Block 19: '埃耶别尔季耶夫认为' (the surname part as alias). Block 21: a "
       "quote of the congratulatory letter before '习近平主席…致贺信。在贺信中，习近平主席强调' (his). Block 27: '中亚"
       "谚语说' (a saying: null, as fresh11's circulating saying).")

# ---------------------------------------------------------------- 眾新聞
K("hkcn-27095", b10="paragraph")
A("hkcn-27095", [("曾繁光", "p", ["精神科醫生"], [], [1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15]),
                 ("香港紅十字會", "o", [], ["紅十字會"], [17]), ("林莉蓉", "p", ["臨床心理學家"], [], [17, 18]),
                 ("曾展國", "p", ["香港撒瑪利亞防止自殺會總幹事"], [], [19])],
  q=[17],
  rep=["莊曉彤"],
  ns=["強迫症患者 / 朋友 (their words told inside 曾繁光's)", "政府 / 特首 / 林鄭政府 (no words)",
      "香港撒瑪利亞防止自殺會 (its head speaks)", "EYEPRESS / 美聯社 (photographs)"],
  note="An interview with a psychiatrist. Kinds: block 10 (a long paragraph with a quote, guessed as a heading by the "
       "extractor) is a paragraph. Blocks 2, 6, 7: a patient's and friends' words ('佢話') are told inside 曾繁光's "
       "(his). Blocks 10-12: pronoun follow-ups (他建議, 他相信: his). Caption 13: '曾繁光認為' (his); captions 3, 8, "
       "16, 20, 21 report no words. Block 17: the Red Cross (指) and its psychologist 林莉蓉 (接受眾新聞訪問，透露): "
       "'?'. Block 18: '林莉蓉表示' (hers; the Red Cross's tips are an act). Block 19: '亦都有人擔心…' continues "
       "曾展國's account of the callers (his). '記者莊曉彤' gives the reporter.")
A("hkcn-37452", [("張宇人", "p", ["自由黨議員", "自由黨"], [], [1, 3, 4, 5]),
                 ("葉建源", "p", ["前教育界立法會議員", "教協副會長", "前教育界議員"], [], [1, 7, 8, 9, 10]),
                 ("教育局", "o", [], [], [2]), ("蔡若蓮", "p", ["教育局副局長"], [], [5]),
                 ("廖長江", "p", ["建制派「班長」"], [], [6])],
  q=[1, 5],
  rep=["鄭啟智"],
  ns=["立法會 / 立法會教育事務委員會 (辯論, meetings: settings)", "港台視像新聞 (a screenshot credit)"],
  note="A Legislative Council debate. Block 1: 張宇人 (建議, 表示) and 葉建源 (認為, 擔心): '?'. Block 2: '教育局回應指' "
       "(the bureau). Caption 3: '張宇人建議…' (his proposal in the debate: his). Block 5: his earlier proposal (曾提出) "
       "and the under-secretary's reply (只表示): '?'. Block 6: '建制派「班長」廖長江亦發言' (the nickname written "
       "before the name as title). Block 8: 張宇人's words inside 葉建源's criticism (his). Caption 9: '葉建源認為'.")
A("hkcn-35553", [("張竹君", "p", ["衞生防護中心傳染病處主任"], ["張"], [3, 7, 9, 13]),
                 ("衛生署", "o", [], [], [2, 7, 11])],
  q=[7],
  ns=["眾新聞製圖 (caption 4: a graphic)", "港台影片截圖 (caption 10)", "患者 / 確診者 (no words)",
      "眾新聞記者 (byline, no name)"],
  note="A daily case report. Blocks 2 and 11: '衛生署建議相關學校全部停課', '衛生署已建議該校停課兩天' (a body's "
       "recommendation with its content: the body speaking, as call 11's committee that 建議; hard call, the "
       "alternative reads it as a measure, null). Block 7: '據衛生署所知' (the named body's information, call 15's "
       "relay) and 張竹君 (表示; '張昨天已經表示', the surname as alias): '?'. Block 12: '衛生署會…派樣本瓶' (an act). "
       "Caption 4 ('▲眾新聞製圖') and caption 10 report no words. No reporter (眾新聞記者).")
A("hkcn-49622", [("陳家霖", "p", ["被告警員"], ["被告"], [1, 2, 3, 8, 9, 12, 14, 16, 18, 20, 22, 23]),
                 ("李佩君", "p", ["女事主"], ["李"], [2, 5, 6, 8, 11, 13, 17, 19, 22]),
                 ("杜浩成", "p", ["裁判官"], ["杜官"], [2, 8, 9, 15])],
  q=[2, 8, 9, 22],
  rep=["邢穎琦"],
  ns=["廉政公署 / 廉署 (起訴: an act, call 1)", "謝淑珍 (區議員: no words)",
      "租客 / 兒子 (their demands and warnings told inside 李佩君's testimony)", "案件編號 (block 24: no speaker)"],
  note="A trial. The defendant is '一名休班警' and '被告' in the text and named in caption 3 ('被告警員陳家霖'): his "
       "blocks get his name, as fresh6's hkcn-43933 (被告 named later). Block 1: the charge is an act (call 1); the "
       "defendant's cross-examination (指, 質疑) is his (hard call: he is named only in caption 3). Block 2: the "
       "complainant (供稱), the defendant (回應, 質疑) and the magistrate (表示): '?'. Caption 3: '笑稱' (his). Block "
       "5: '控方第二證人為女事主李佩君' (titles as written before the name; '李' later). Blocks 8, 9, 22: several "
       "speakers: '?'. Blocks 11-20: the transcript under '庭上對答' ('李：', '被告：', '杜官：') belongs to each "
       "labelled speaker (as call 4's labelled answers). Block 23: the adjournment is a ruling; '被告透露' (his). "
       "Block 24 (the case number) is a paragraph without speaker. 邢穎琦 signs caption 3 and the byline.")
A("hkcn-12837", [("陳敏霞", "p", ["香港學生", "國立臺北大學獸醫學系4年級學生"], [], [12, 13]),
                 ("國立臺灣大學", "o", [], ["臺大"], [12]),
                 ("吳寳城", "p", ["學友社學生輔導中心總幹事"], [], [15, 16, 22]),
                 ("袁卓瑩", "p", ["港人", "台灣大仁科技大學寵物照護暨美容學士學位課程一年級學生"], [], [19]),
                 ("台灣大仁科技大學", "o", [], ["大仁科技大學"], [20])],
  q=[3, 8, 9, 12],
  unnamed=[(3, "有港生 (認為: no name)"), (8, "有澳洲升學顧問 (建議: no name)"), (9, "有升學顧問 (表明: no name)")],
  rep=["戴晴曦"],
  ns=["台灣海外聯合招生委員會 (block 1: its figures, data)", "香港獸醫管理局 (認可: an act)",
      "悉尼大學 / 倫敦大學皇家獸醫學院 (block 7, 9: admission rules, '校方要求' a requirement of the course, no words)",
      "台北經濟文化辦事處 (採訪團: an act)", "香港政府 / 漁農自然護理署 (no words)"],
  note="Block 7: '校方要求學生頭兩年…' describes the course's structure (a rule, null). Block 10: the paper's question "
       "opening the section and its press trip (null, as fresh12's hkcn-13868 block 10); 陳敏霞 introduced without "
       "words. Caption 11 writes '國立臺北大學' (the paper's slip for 臺灣大學; the title copied as written). Block 12: "
       "陳敏霞 (表示, 憶述) and '校方亦表示' (the university, 臺大): '?'. Block 19: '港人袁卓瑩…她認為' (hers). Block 20: "
       "'台灣大仁科技大學表示' (the university). Block 22: '學友社學生輔導中心總幹事吳寳城認為' (his). Captions 6, 11, 14, "
       "17 and 21 report no words.")
A("hkcn-29994", [("蘇國生", "p", ["考評局秘書長"], [], [1, 2, 4]), ("教育局", "o", [], [], [2, 3, 4]),
                 ("葉建源", "p", ["立法會教育界議員"], [], [6, 7]), ("新聞處", "o", [], [], [7]),
                 ("蔡熾昌", "p", ["考評局前秘書長"], [], [9]), ("外界部駐港特派員公署", "o", [], [], [10]),
                 ("波瀾平", "p", [], [], [10])],
  q=[2, 4, 7, 10],
  unnamed=[(7, "早前有媒體報導指 (a medium without a name, call 2)")],
  rep=["胡尚佑"],
  ns=["考評局 (its secretary-general speaks; 委員會 will consider: no words)", "《人民日報》 (publishes the signed article)",
      "《眾新聞》 (publishes 蔡熾昌's article)", "審題委員會 / 科目委員會 (inside 蘇國生's words)"],
  note="Caption 1 repeats block 2's first sentence (蘇國生 表示: his). Block 2: the bureau (要求…並表示) and 蘇國生 "
       "(表示, '被問到…他就說', call 3): '?'. Block 4: the bureau (指) and 蘇國生 (回應指): '?'. Block 7: an unnamed "
       "medium's report (call 2), the Information Services Department's release replying (發稿回應時指: a body's "
       "statement, call 13) and 葉建源 (批評, 表示): '?'. Block 9: '蔡熾昌…撰文，形容…' (his article: his). Block 10: "
       "the Commissioner's Office (written '外界部駐港特派員公署', a slip for 外交部: named as written) that 評論…指, and "
       "the article signed '波瀾平' in 《人民日報》 (稱, 批評: its author, named as signed, as 蔡熾昌's article is his; "
       "hard call, the alternative reads the signed article as the outlet's words): '?'. '實習記者胡尚佑' gives the "
       "reporter.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3531", [("嚴宗亮", "p", [], ["阿亮"], [2, 3]), ("薛麗華", "p", [], ["薛", "嚴妻"], [3, 5, 6, 8, 9])],
  q=[3, 12, 13],
  unnamed=[(12, "小慧的李姓導師 (表示: X姓 + role, no name, call 6)"), (13, "醫院社工 (表示: a role)")],
  rep=["孫敏聿"],
  ns=["小慧 (her words told inside her teacher's)", "蘋果基金會 (訪視, 撥款: acts)"],
  note="Caption 2: '嚴宗亮（右）握著妻子手說' (his). Block 3: '阿亮（嚴宗亮）…緩緩說著' (call 6: name = full name, alias "
       "= nickname) and his wife 薛麗華 (相勸, quoted): '?'. Block 9: a quote after the couple's story, the wife's "
       "words as the paragraph before (hers). Block 12: '小慧的李姓導師表示' (a surname + role: unnamed, call 6). "
       "Caption 10 reports no words. The byline '報導•攝影╱孫敏聿' stands on its own line (4).")
A("adtw-A3340", [("金燦婆", "p", [], [], [4, 7, 9, 10, 11, 12]), ("阿金伯", "p", [], [], [12]),
                 ("翁豊郎", "p", [], [], [13]), ("翁明樹", "p", ["里長"], [], [15]), ("寶蓮嬤", "p", [], [], [16])],
  q=[12],
  rep=["江品璁"],
  ns=["阿松 / 林敬松 (his words told inside his mother's)", "醫生 / 里長 (inside 金燦婆's words)", "阿宗 (no words)",
      "拳腳師傅 (no words)", "蘋果基金會 (接案訪視, 撥款: acts)"],
  note="金燦婆, 阿金伯 and 寶蓮嬤 are names the paper uses (call 6, as 阿鳳嬤). Captions 3 and 6 report no words. Block 12: "
       "金燦婆 (嘆道, 回說) and her husband 阿金伯 (回道): '?'. Block 13: '阿松的好友翁豊郎說' (好友 a relation, no "
       "title). Block 15: '里長翁明樹說'. Block 16: '鄰居寶蓮嬤說' (鄰居 a relation, as 老友). The byline "
       "'報導•攝影╱江品璁' stands on its own line (5).")
A("adtw-A3208", [("徐福泉", "p", [], [], [3, 4, 6, 9, 10, 11, 13]), ("阿甄", "p", [], [], [7, 9])],
  q=[9, 11],
  unnamed=[(11, "里長 (說: a role without a name)")],
  rep=["張嘉恬"],
  ns=["阿綺 (no words)", "店家 (inside 徐福泉's words)", "蘋果基金會 (獲悉訪視, 撥款: learning and acts)"],
  note="Caption 3: '他說：「…」' (his). Block 6: the shops' answer ('店家說') is told inside his words (his). Block 7: "
       "his younger daughter 阿甄 (a name the paper uses) speaks while cooking (hers). Block 9: 阿甄 (也說) and 徐福泉 "
       "(說): '?'. Block 11: the unnamed 里長 and 徐福泉: '?'. Block 13: '採訪時，看到…' is the reporter's observation, "
       "'他說' (his). The byline '報導•攝影╱張嘉恬' stands on its own line (5).")
A("adtw-A3836", [("許麥", "p", [], [], [3, 8, 9, 11]), ("小澤", "p", [], [], [4, 5, 6]), ("阿吟", "p", [], [], [12])],
  q=[13],
  unnamed=[(13, "小澤導師 (說: a role); 公所社會課 (表示: an office without a name)")],
  rep=["張嘉恬"],
  ns=["許麥's late husband (his apology told inside her words)", "蘋果基金會 (訪視, 撥急難金: acts)"],
  note="Caption 3: '許麥（左）說' (hers). Block 4: '15歲小澤對…阿嬤許麥說著' and '小澤說' (his; the byline "
       "'報導•攝影╱張嘉恬' is glued to the block). Block 8: '小澤阿嬤許麥說' (阿嬤 a relation, no title). Block 12: "
       "'許麥出嫁女兒阿吟說' (a relation, no title). Block 13: the boy's teacher (a role) and the township's social "
       "section (an unnamed office): '?'.")
A("adtw-A3648", [("曾佳樺", "p", [], [], [2, 4, 7, 9, 10]), ("小傑", "p", [], [], [6])],
  q=[2, 3, 11],
  unnamed=[(2, "曾佳樺 與兩子 (要他加油: she and her two sons together)"),
           (3, "「爸爸會哭了。」 (曾佳樺 or the two boys: not said)"),
           (11, "周心祥的小阿姨 (a relation); 餐館老闆娘 (a role); 小傑班導師 (a role)")],
  rep=["向高彬"],
  ns=["周心祥 (cannot speak; no words)", "醫師 (inside 曾佳樺's words)", "鄰居 (acts)", "當地公所 (核過: an act)",
      "蘋果基金會 (訪視, 撥款: acts)"],
  note="Caption 2: '曾佳樺（右一）與兩子…，要他加油病快好' (a plea with its content by her and her sons together: "
       "'?'; hard call, the alternative reads a gesture, null). Block 3: the reporter's scene and an exclamation "
       "whose speaker is not said ('?'; the byline '報導•攝影╱向高彬' is glued to the block). Block 6: '小傑跟記者說', "
       "'他說', '小傑又說' (his). Caption 7: '曾佳樺（右）說' (hers). Block 10: the aid figures and '曾佳樺說' (hers). "
       "Block 11: three unnamed speakers (a relation and two roles): '?'.")
