# Kinds and speaker gold of fresh set 8 (annotated 2026-12-07 by a helper of session 22, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh8.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh8-2026-12-07"; the
# same rules as sets 2-7, annotations/speakers/fresh2.py … fresh7.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-7 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-7.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-7 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-m01..m05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-7 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-23668, -36552, -16619, -41113, -26830, -18118 taken (the 1st, 4th, 5th, 9th, 10th and 14th
#   files in shuffled order); skipped among them: 眾說 columns (hkcn-7498, -49119, -2724, -36933, -5707, -23662), one
#   眾觀 piece (hkcn-6575) and news outside the length/cue bounds (hkcn-44928: 412 characters, 3 cues); none of the
#   first 14 was in split.tsv or in /tmp/wide/ (400 files). The procedure reproduces set 7's order with its seed.
#   蘋果日報: adtw-A3359, -A3764, -A3171, -A3049, -A3823 taken (the first five in shuffled order), none skipped.
#   人民日报: the first unused dates in shuffled order were 2025-06-06, 2025-04-26, 2025-01-29, 2025-06-13, 2025-04-27
#   (then 03-23, 07-11, ...). 2025-06-06: 精准服务，用好“赋能之手”（评论员观察） skipped unread by its title (a column);
#   公安机关依法严厉追查打击非法网络攻击活动 read and skipped (1378 characters: only 公安机关 and an unnamed 技术专家 speak,
#   no named person); 杭州高新区（滨江）：“三链”融合引领高新技术产业发展 read and skipped (2032: nobody quoted, a
#   promotional report closed by '数据来源'); 科技小院 助农惠农 read and skipped (4967 > 4000); 上好生命教育这堂“必修课”
#   （无影灯） skipped unread by its title (a column); 守护儿童青少年心理健康（健康焦点） read and skipped (4409 > 4000).
#   2025-04-26: 为什么中国意味着确定性、未来性、机遇性 read and skipped (a 任仲平 commentary, 7298 > 4000); 分析研究当前
#   经济形势和经济工作 read and skipped (a Politburo meeting communiqué, 2214: '会议指出', no named person quoted);
#   学有质量 查有力度 改有成效（锲而不舍落实中央八项规定精神） read and skipped (2228: provinces' acts, nobody quoted);
#   m01 taken (江苏因地制宜发展新质生产力（奋勇争先，决战决胜“十四五”）, 3778; listed again under 07-综合); 呵护城市遗产
#   的烟火气（博古知今）, 抗联歌集里的历史图景（以物鉴史）, 河间歌咏越千年（说说我家乡的非遗） skipped unread by their
#   titles (columns); m02 taken (见物 见“人” 见生活, 2428: the signed report of the 2024 top-ten archaeological
#   discoveries by 周飞亚, four named archaeologists quoted; read as a news report, not a column). 2025-01-29: no file
#   listed for the date. 2025-06-13: m03 taken (创新驱动，提升外贸“含新量”（促进民营经济高质量发展）, 2977); m04 taken
#   (带着茶农期盼 奔着实处走访（锲而不舍落实中央八项规定精神·一线见闻）, 1449). 2025-04-27: 在“统筹”二字上用力（今日谈）
#   skipped unread by its title (a column); m05 taken (坚持自立自强 突出应用导向 推动人工智能健康有序发展, 1923: a 新华社
#   wire on 习近平, kept as set 2 kept g05). Raw files saved under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH,
#   lengths 3778, 2428, 2977, 1449, 1923 = total_chars (no invisible characters: each pasted copy had exactly
#   total_chars characters).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 45 blocks. Confirmed: quoted names, terms
# and slogans in the 人民日报 reports (rmrb-m01 16, 20, 21, 26, 27, 31, 34, 40; rmrb-m02 caption 3, 8, 9, 17, 18;
# rmrb-m03 6, 9, 14, 17, 20, 28, 29), '问' in 问题 / 疑问 and '说' in 说起 / 说明书 (rmrb-m02 12; rmrb-m03 7; rmrb-m04
# 5, 7, 9, 23), '著称' and '简称' (rmrb-m03 26; rmrb-m01 30, the paper's question), documents that 提出 / 要求
# (rmrb-m01 17, a plan; 39, the government work report), rmrb-m02 13 (the team's research questions: the paper's
# voice), rmrb-m05 7 (郑南宁's lecture and proposals announced without words, as rmrb-i05 block 12), the laws quoted
# in hkcn-23668 (2, 9: documents), its captions naming posters (3, 10, 17) and block 16 (notices issued, an appeal
# won: acts), hkcn-16619 caption 11 and hkcn-41113 1 (passive '被指': allegations without a speaker), hkcn-41113 8
# and 15 (quoted terms), 19 (the reporter's invitation: the interview's setting, call 10 not applied). Changed: none.
# Calls re-read and kept: rmrb-m02 block 10 (郑喆轩's talk named, no words: null; his quote is block 7) and block 14
# ('学界相信' as background), rmrb-m01 block 15 (范丽 '见证变化：…' hers), hkcn-41113 block 6 (the police's phone
# notice read as a document, as hkcn-29275's 國務院 notice; hkcn-2840 read letters that ask as words: a tension left
# to the lead) and blocks 23-24 (his singing: his), hkcn-23668 block 5 (何君堯 as the subject of '其後認為…稱'),
# hkcn-36552 block 1 (the judge's spoken words, with the gallery's shout: '?') and block 4 (bare 上訴方: a role),
# adtw-A3171 caption 6 ('她擔憂…' hers) against adtw-A3823 caption 2 ('煩惱醫療費用': no content, null).
#
# Consistency pass of 2026-12-07 (corpus README calls 11-15, decided once for the whole corpus): changed hkcn-41113
#   block 6 (the police's phone notice: the 國安署 speaking, call 13) and hkcn-36552 block 11 ('據了解', call 15); see
#   consistency-2026-12-07.md.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-m01")
A("rmrb-m01", [("习近平", "p", ["总书记"], [], [2, 3, 6]), ("信长星", "p", ["江苏省委书记"], [], [10]),
               ("许昆林", "p", ["江苏省委副书记、省长"], [], [13]), ("范丽", "p", ["明志科技公司董事会秘书"], [], [15]),
               ("叶明华", "p", ["溧阳市委书记"], [], [22]), ("刘庆", "p", ["江苏产研院院长"], [], [32]),
               ("徐光辉", "p", ["江苏省科技厅厅长"], [], [33]), ("张淑梅", "p", ["苏州纳米科技发展有限公司董事长"], [], [36]),
               ("刘世虎", "p", ["江苏省政府副秘书长、研究室主任"], [], [37])],
  rep=["何聪", "孔祥武", "王汉超"],
  ns=["国务院新闻办 (举行新闻发布会: an act)",
      "《江苏省产业技术研究院发展促进条例》 / 三年计划 (提出) / 2025年江苏省政府工作报告 (要求): documents",
      "江苏 / 溧阳 / 盐城市 / 江苏产研院 / 明志科技公司 / 南京埃斯顿酷卓科技有限公司 (acts)"],
  note="Block 2: '“挑大梁”…习近平总书记…殷殷嘱托' (his exhortation, quoted); block 3 is an unattributed quote "
       "paragraph continuing him (his words at the session, '我对这里的关注'). Block 15: '董事会秘书范丽见证变化：…' "
       "(the colon gives what she relates: hers, hard call; the alternative is null). Block 25: '江苏的答案是：…' is "
       "the paper's framing (null). Blocks 7, 30: the paper's questions (null).")
K("rmrb-m02", captions=[3, 4, 6], b5="credit")
A("rmrb-m02", [("郑喆轩", "p", ["四川资阳濛溪河遗址考古队长"], [], [7]),
               ("陈星灿", "p", ["中国考古学会理事长"], [], [14]), ("王巍", "p", ["中国社会科学院学部委员"], [], [15]),
               ("雷兴山", "p", ["北京联合大学校长"], [], [16])],
  rep=["周飞亚"],
  ns=["全国十大考古新发现活动办公室 (provides the pictures: a credit)", "考古团队 / 考古工作者 (acts)",
      "学界 (block 14: '学界相信' a background belief)"],
  note="Three photo captions (▲); '以上图片均由…提供' is a credit. Block 7: the opening quote is the first project's "
       "presentation at the final review, whose speaker is named in block 10 ('考古队长郑喆轩关于“花椒”的讲述'): his "
       "(as adtw-A3766's wife named later). Block 10 names his talk and its topic, no words (null, as rmrb-l05 block "
       "29; hard call, the alternative is 郑喆轩). Block 14: '在…陈星灿看来' with quotes (his); '学界相信是古公亶父迁岐之"
       "地' is background knowledge, not an unnamed speaker (hard call; the alternative is '?'). Block 15: the last "
       "sentence continues 王巍's view. The byline '周飞亚' (without 本报记者) is the author (call 8).")
K("rmrb-m03", b30="byline")
A("rmrb-m03", [("习近平", "p", ["总书记"], [], [3]),
               ("叶祖威", "p", ["东莞市微石文化科技有限公司副总经理"], [], [8]),
               ("石琼", "p", ["狮丹努集团股份有限公司外贸业务部副总经理"], [], [11]),
               ("张帅", "p", ["山东临工工程机械有限公司国际营销副总经理"], [], [16]),
               ("陈鹏", "p", ["公司市场总监"], [], [19]),
               ("李明九", "p", ["纳恩博（常州）科技有限公司制造工厂负责人"], [], [22]),
               ("罗琦", "p", ["进口商湖南八百里控股集团股份有限公司常务副总经理"], [], [25]),
               ("陈奕", "p", ["广州长隆度假区相关负责人"], [], [27])],
  rep=["欧阳洁", "丁茜茜"],
  ns=["海关总署 / 宁波海关 / 南京海关 / 上海海关 (数据显示, 据…统计: data)", "番禺海关 (查验: an act, inside 陈奕's words)",
      "四川 / 浙江 / 山东 (启动: acts)", "微石文化 / 狮丹努集团 / 山东临工 / 松灵机器人 / 九号公司 (acts)"],
  note="Block 3: 习近平's two exhortations (勉励, 强调). Blocks 4, 12, 18, 22, 26: customs statistics are data. Block "
       "19: '公司市场总监陈鹏' (公司 = 松灵机器人, named before it; title as written, as rmrb-l03's 孙嘉权). The "
       "closing '（丁茜茜参与采写）' names a contributing reporter (byline, call 8, as rmrb-l02).")
K("rmrb-m04")
A("rmrb-m04", [("帅轶群", "p", ["塔山瑶族乡副乡长"], [], [3]), ("雷丽花", "p", ["湖南衡阳常宁市敖头村村民"], [], [4]),
               ("彭秋生", "p", ["村民"], [], [8]), ("柏洋林", "p", ["常宁市委社会工作部的干部"], [], [15]),
               ("罗鹏志", "p", ["塔山乡党委书记"], [], [17, 20]),
               ("周连友", "p", ["湖南谷佳生态农业科技有限公司负责人"], [], [18]),
               ("刘章宇", "p", ["衡阳市委常委、组织部部长"], [], [22])],
  q=[10, 14, 16],
  unnamed=[(10, "走访的几户村民和几家茶企 (their shared view in quote marks: several, none named)"),
           (14, "有人 (不解)"), (16, "有人 (质疑)")],
  rep=["申智林"],
  ns=["常宁市 / 塔山乡 (出台办法, 确定: acts)", "乡村两级干部 (座谈会: no words reported)", "记者 (addressed: 告诉记者)"],
  note="Block 3: '“还忙呢？”抬头一瞧，是…副乡长帅轶群' (his greeting; '本村的联点干部' after the name is an apposition, "
       "not copied as a second title). Block 4: a quote followed by the named villager's act ('…雷丽花就采了十来斤'): "
       "hers (the paragraph's only person, as rmrb-l02 block 11, rmrb-k03 block 8). Block 8: '面对柏洋林这位侄女婿' (a "
       "relation) and '村民彭秋生道出困惑' (his). Blocks 17, 18: '接过话茬', '当即表态' after quotes (theirs). Block 7 "
       "(the visit) and 13 (宣讲政策, no words) are null.")
K("rmrb-m05")
A("rmrb-m05", [("习近平", "p", ["中共中央总书记"], [], [2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13])],
  q=[2, 3, 4, 5],
  ns=["郑南宁 (进行讲解，提出工作建议: a lecture announced, no words reported)",
      "中央政治局的同志 (听取讲解, 讨论: no words)", "中共中央政治局 (集体学习: an act)", "党中央 (inside his words)",
      "新华社 (the wire: no reporter named)"],
  note="A 新华社 wire printed by 人民日报. The four '■' summary lines repeat 习近平's words without a cue: pull quotes "
       "(call 5), his statements but not scored ('?'), as rmrb-g05 and rmrb-i05. The dateline '新华社北京4月26日电' "
       "stays glued to block 6 (no reporter). Block 7: the lecturer 郑南宁 '就这个问题进行讲解，提出工作建议' is "
       "announced without his words (null, as rmrb-i05 block 12).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-23668", [("何君堯", "p", ["立法會議員"], [], [1, 5, 6, 7]), ("警方", "o", [], [], [1, 7]),
                 ("方志堅", "p", ["行動部警司"], ["方"], [1, 4, 8, 11, 12, 14, 15])],
  q=[1, 7, 8],
  unnamed=[(8, "有記者 (再指出…問: an explicit asker, call 3)")],
  ns=["《公眾衞生及市政條例》 / 《公安條例》 / 《刑事罪行條例》 (laws: documents)", "他的代表 (與警方會晤: a meeting)",
      "遊行主辦方 (上訴得直: an act)", "港台 (a screenshot)", "眾新聞記者 (byline, no name)"],
  note="Block 1: 何君堯 (呼籲, 稱), the police (表示 at the press conference) and its named superintendent 方志堅 "
       "(又指): '?' (a named officer is a speaker of his own beside his body, as hkcn-8989's 朱江). Block 5: '他的代表與"
       "警方周四會晤，其後認為…稱行動如期進行' read with 何君堯 as the subject of the chain (hard call; the alternative "
       "is '?' with his unnamed representative), then his live stream (指, 表示). Block 6: his notice and its "
       "guidelines ('指引又寫到') are his words. Block 7: his guidelines (稱) and the police's confirmation at the press "
       "conference (確認): '?'. Block 8: a passive question (被問到, call 3), then an explicit asker ('有記者再指出…"
       "問'): '?'. Blocks 11, 14: passive questions leave the blocks to 方志堅 (call 3); 何君堯's view inside the "
       "question is no statement of his. Blocks 2 and 9 quote the laws (documents, null); caption 13 names him "
       "(null). No reporter (眾新聞記者).")
A("hkcn-36552", [("張慧玲", "p", ["高院原訟法庭法官"], ["張官"], [1, 6, 7, 10]), ("關文渭", "p", ["大律師"], [], [3]),
                 ("陳以晉", "p", [], [], [11])],
  q=[1, 4, 11],
  unnamed=[(1, "旁聽席有人 (叫了一聲)"), (4, "上訴方 (認為, 質疑: a role, call 11)"),
           (11, "據了解 (his release date: an unnamed source, call 15)")],
  rep=["張凱傑"],
  ns=["原審裁判官 (裁斷: a ruling, inside her judgment)", "控方證人 / 警員 (their testimony, inside the judgment)",
      "醫療報告 / 呈堂片段 (documents)", "辯方 (呈上: an act)", "懲教人員 (acts)", "蘋果日報 (a picture)"],
  note="Block 1: the judge's words in court ('「本席宣判駁回上訴。」': what she said, call 1's exception; "
       "she is named in block 6) and a shout from the gallery (unnamed): '?'; 陳以晉's nod and wave "
       "are gestures. Block 3: the appeal grounds of his counsel 關文渭 (提出的上訴理由, their content) "
       "are his; the defence's medical report is a document and '辯方' in the paragraph that names "
       "the counsel is his (call 11). Block 4: bare '上訴方' in the next paragraph is a role (call "
       "11, as hkcn-43933 block 6): '?'. Blocks 6, 7, 10: the judgment's reasons (表明, 指出, 認同, "
       "信納, 認為: '法官指出' → speaker, call 1); the appellant's account to medical staff is told "
       "inside her reasons (block 7). Block 11: his pleas (承認, 否認) are his words in court (as "
       "hkcn-43933 block 1), with '據了解' (his release date from an unnamed source, README call 15): "
       "'?' (passes 1 and 2 had his, changed in the consistency pass of 2026-12-07, speakers/consistency-2026-12-07.md). "
       "The case-number line (12) is a paragraph without speaker. '記者張凱傑' gives the reporter.")
A("hkcn-16619", [("警方", "o", [], [], [1]), ("涂謹申", "p", ["民主黨立法會議員"], [], [2, 5, 7, 8]),
                 ("譚先生", "p", [], ["譚"], [6, 8]), ("西九龍總區重案組", "o", [], [], [9])],
  q=[2, 4, 5, 8],
  unnamed=[(2, "家屬及上司 (召開記者會，批評: the family and the boss together, several)"),
           (4, "周先生的兒子 (指, 表示: a relation); 醫生 (表示, inside the son's words)"),
           (5, "周先生的兒子 (續稱, 稱, 質疑)")],
  rep=["周滿鏗"],
  ns=["周先生 / 中槍男子 (his answers are told inside his son's words)", "女警 (開槍: an act)",
      "警員 (提到, 致電問: told inside the son's and 譚先生's words)", "蘋果日報 (pictures)"],
  note="'中槍者的上司譚先生' (surname + courtesy form is named, call 6; 上司 is a relation, not a title, as 同事). "
       "Block 2: the family and the boss criticise together (several, unnamed) and 涂謹申 (表示): '?'. Blocks 4-5: the "
       "son (a relation, unnamed) and 涂謹申 (斥, 指): '?'. Block 8: 譚先生 (提到, 形容) and 涂謹申 (呼籲): '?'. Block "
       "9: the crime unit '回覆眾新聞查詢表示' (the paper's enquiry is the source; left to the unit, as hkcn-1217 block "
       "7). Caption 3 (a press conference) reports no words; 周滿鏗 signs it and the byline (call 8).")
K("hkcn-41113", b4="?")
A("hkcn-41113", [("李芝融", "p", [], ["芝融"], [2, 3, 7, 9, 10, 11, 13, 14, 16, 17, 20, 21, 22, 23, 24]),
                 ("警方國安署", "o", [], [], [6]),
                 ("Jason", "p", [], [], [18, 22]), ("Carmen", "p", [], [], [18, 22])],
  q=[18, 22],
  ns=["傳媒 (向53人確認: enquiries, acts)",
      "媽媽 / 工作夥伴 (their words told inside his recollections)", "羅致光 (his blog: a document)",
      "Beyond / 謝安琪 (the songs he sings)", "眾新聞 (專訪: the interview is the source)", "眾新聞記者 (byline, no name)"],
  note="A profile. The one-character '—' line (4) is a separator (call 9: '?'). Unattributed quote "
       "paragraphs continue him (11). Block 9: his partners' question is told inside his recollection "
       "(芝融記得他們問過…：「…」, his). Block 18: the reactions of Jason and Carmen (names the paper "
       "uses; 工作夥伴 is a relation): two speakers, '?'. Block 19: '記者提出邀請' is the setting "
       "of the interview (null, as adtw-A3819 block 6). Block 22: Jason and Carmen (透露), Jason's "
       "reply and 李芝融's list: '?'; the paper's question has no asker (call 3). Blocks 23-24: he "
       "sings two songs at the reporter's request (the quoted lyrics are what he utters: his, hard "
       "call; the alternative is null). '曾任嚴重弱智人士家長協會主席的李芝融' is a description, not "
       "a title (as hkcn-47744). Block 6: the police's phone notice (通知…要求提早報到) is the 國安署 "
       "speaking (README call 13; the media's enquiries are acts; passes 1 and 2 had read the notice "
       "as a document, null: changed in the consistency pass of 2026-12-07, speakers/consistency-2026-12-07.md). "
       "No reporter (眾新聞記者).")
A("hkcn-26830", [("葉劉淑儀", "p", ["行政會議成員"], [], [13]), ("林鄭月娥", "p", ["特首"], [], [13])],
  q=[1, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13],
  unnamed=[(1, "有藥房 (聲稱: a pharmacy without a name)"), (3, "銅鑼灣不少藥房 (表示)"),
           (4, "記者 (查詢, 表示, 問: the reporter's own enquiry, call 10)"),
           (5, "藥房負責人 (查詢, 表示, 覆, 指: no name); 記者"), (6, "記者 (追問, call 10); 負責人 (透露, 稱, 表示)"),
           (7, "記者 (表示); 該店負責人 (稱)"), (9, "記者 (查詢); 藥房負責人 (坦言, 直言, 指)"),
           (10, "藥房負責人 (透露, WhatsApp 表示, 指)"), (11, "藥房負責人 (透過WhatsApp指)"),
           (12, "記者 (指); 店員 (斥責, 指)")],
  ns=["職員 (通傳: an act)", "政府 (inside 葉劉淑儀's and 林鄭月娥's words)", "眾新聞記者 (byline, no name)"],
  note="An undercover report: the reporter's enquiries and remarks (查詢, 表示, 追問, 指) make blocks 4-7, 9, 12 '?' "
       "(call 10); the pharmacy managers and the clerk have no name (unnamed). Caption 11 reports the manager's "
       "WhatsApp message ('?'); captions 2 and 8 report no words. Block 13: 葉劉淑儀 (表示) and 林鄭月娥 (回應指, 認為): "
       "'?'. No reporter (眾新聞記者).")
A("hkcn-18118", [("索羅斯", "p", ["國際投資者"], ["George Soros"], [1, 2, 3, 4, 5, 6, 7])],
  ns=["習近平 (the subject of his speech)", "特朗普 (his 2017 phrase is told inside 索羅斯's words)",
      "美聯社 (a picture)", "眾新聞記者 (byline, no name)"],
  note="A speech report: every block is 索羅斯's (指摘, 指, 呼籲, 說, 指出, 稱), caption 1 too ('索羅斯指…'). "
       "'現年88歲的', '一向是美國民主黨支持者的' are descriptions, not titles. No reporter (眾新聞記者).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3359", [("阿美", "p", [], [], [2, 3, 4, 5, 7, 8]), ("阿文", "p", [], [], [7]),
                 ("陳幗英", "p", ["台中市康復之友協會總幹事"], [], [9, 11])],
  q=[7],
  unnamed=[(7, "記者 (提及他是否擔憂…: the reporter's question, an explicit asker, calls 3 and 10)")],
  rep=["張嘉恬"],
  ns=["醫生 (inside 阿美's words)", "姊姊 / 弟弟 / 妹妹 (no words)", "蘋果基金會 (acts)"],
  note="Block 3: the opening shout ('「阿文！離開陽台，媽求你！」61歲阿美又抱又拉…') is hers. Block 7: the reporter's "
       "question, 阿文's reply (a name the paper uses) and 阿美's words: '?'. Caption 2: '阿美說…' (hers). The byline "
       "'報導•攝影╱張嘉恬' is glued to block 3.")
A("adtw-A3764", [("劉宇翔", "p", [], ["阿宇"], [4, 9]), ("阿鵲姨", "p", [], [], [5, 7, 10]), ("阿煌伯", "p", [], [], [7]),
                 ("小軒", "p", [], [], [9])],
  q=[7, 9],
  rep=["楊光翔"],
  ns=["公所 / 學校 / 蘋果基金會 (acts)", "小兒子 (no words)"],
  note="'阿宇（劉宇翔）': name = full name, alias = nickname (call 6); '阿鵲姨', '阿煌伯' (nicknames the paper uses, "
       "as adtw-A3653's 阿順伯) are named; 媽媽 / 爸爸 / 兒子 are relations, no titles. Block 4: his quote and "
       "'向爸媽表示身體無礙' (his). Block 5: '轉頭向記者說' (the reporter is addressed, no question: hers). Blocks 7 "
       "(his mother and father) and 9 (阿宇 and his son 小軒, '也向記者說'): '?'. Headings with quoted phrases (8) are "
       "headings. The byline '報導•攝影╱楊光翔' is glued to block 4. Caption 3 reports no words.")
A("adtw-A3171", [("葉秀瑩", "p", [], ["秀瑩"], [3, 4, 6, 7, 9, 12]), ("阿蕙", "p", [], [], [11]), ("小帆", "p", [], [], [12])],
  q=[12, 13],
  unnamed=[(12, "記者 (與他問答: the reporter's questions, call 10); 小帆的班導師 (說: a role)"),
           (13, "葉秀瑩的76歲娘家老母 (說: a relation)")],
  rep=["向高彬"],
  ns=["男人 / 小帆的父親 (no words)", "當地社工 / 公所 / 蘋果基金會 (acts)"],
  note="Caption 3: '葉秀瑩（左2）說' (hers). Caption 6: '她擔憂快沒地方可住，不知下一步該怎麼走' reports her worry "
       "with its content (a view: hers, hard call; the alternative is null). Block 11: '她大妹阿蕙' (a name the paper "
       "uses; 大妹 is a relation). Block 12: her words, the reporter's questions to 小帆 ('記者與他問答', call 10), "
       "his answer and the class teacher (a role): '?'. Block 13: her mother (a relation, unnamed): '?'. The byline "
       "'報導•攝影╱向高彬' stands on its own line (5). Heading 1 is a second headline with a quoted phrase.")
A("adtw-A3049", [("黃靖芸", "p", [], ["靖芸"], [3, 4, 7, 9]), ("小茹", "p", [], [], [7]), ("施勝源", "p", [], [], [7, 10]),
                 ("小青", "p", [], [], [9]), ("阿香嬤", "p", [], [], [12]), ("施勝榮", "p", [], [], [14]),
                 ("阿光", "p", [], [], [14])],
  q=[7, 9, 13, 14],
  unnamed=[(13, "當地詹姓村里幹事 (說: a surname + role is unnamed, as adtw-A3097's 李姓班導師); 長女小茹的朱姓導師 (說)")],
  rep=["江品璁"],
  ns=["小毅 (緊握著媽媽的手: no words)", "公公 (no words)", "蘋果基金會 (acts)"],
  note="Block 7: 黃靖芸 (回述), her daughter 小茹 and her husband 施勝源 ('37歲的先生施勝源': 先生 is a relation, no "
       "title): '?'. Block 9: she and her co-worker 小青 (a name the paper uses; 同事 is a relation): '?'. Block 12: "
       "'黃靖芸63歲的婆婆阿香嬤' (a nickname the paper uses). Block 14: her brother-in-law 施勝榮 (大伯: a relation; "
       "'自己雖當警察' is inside his words) and her brother 阿光: '?'. Caption 6 reports no words. The byline "
       "'報導．攝影╱江品璁' stands on its own line (5).")
A("adtw-A3823", [("彭香蓮", "p", [], [], [3, 4, 6, 8]), ("小凱", "p", [], [], [7]), ("小螢", "p", [], [], [7]),
                 ("阿俐", "p", [], [], [10]), ("阿桐", "p", [], [], [11]), ("阿霖", "p", [], [], [11])],
  q=[7, 10, 11],
  unnamed=[(10, "當地公所 (表示: a local office without a name, as adtw-A3640's 公所承辦)")],
  rep=["向高彬"],
  ns=["林木啟 / 木啟 (after a stroke: '嗚啊' and a yawn, no words)", "蘋果基金會 (acts)",
      "阿俐的朋友 (說: told inside 阿俐's words)"],
  note="Block 3: her words to her husband ('彭香蓮對她先生林木啟說著'): hers. Block 7: the son 小凱 (說) and the "
       "daughter 小螢 (a quote after her mention): '?'. Block 10: '林木啟的54歲大姊阿俐' (a name the paper uses; 大姊 "
       "is a relation) and the local office (表示, no name): '?'. Block 11: the co-worker 阿桐 and the brother 阿霖: "
       "'?'. Caption 2 ('煩惱醫療費用及家計': a worry without content) reports no words. The byline '報導•攝影╱向高彬' "
       "is glued to block 3.")
