# Kinds and speaker gold of fresh set 6 (annotated 2026-12-07 by a helper of session 21, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh6.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh6-2026-12-07"; the
# same rules as sets 2-5, annotations/speakers/fresh2.py … fresh5.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-5 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-5.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-5 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-k01..k05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-5 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-2840, -24386, -39904, -43933, -1217, -23412 taken; skipped before them: news outside the
#   length/cue bounds (hkcn-40867: 6696 characters, 73 cues; -21301: 1519, 5), 眾說 columns (hkcn-42839, -18421,
#   -35346, -40197, -15931), one tri-angles piece (hkcn-43012) and one text the lead has read (hkcn-9899, in /tmp/wide/,
#   which held 400 files). hkcn-2840 is a timeline table (one row per block, see its note); kept, as the rules say.
#   蘋果日報: adtw-A3379, -A3653, -A3474, -A3640, -A3180 taken (the first five in shuffled order), none skipped.
#   人民日报: the first unused dates in shuffled order were 2025-06-04, 2025-07-14, 2025-01-22 (then 03-23, 02-26, ...).
#   2025-06-04: 世界绿色发展的坚定行动派、重要贡献者 read and skipped (6448 characters > 4000); k01 taken (贵州民族文化焕发
#   新彩, 1830); 公布《政务数据共享条例》 skipped unread by its title (a document's release); k02 taken (加快构建科技创新伙伴
#   关系网络（权威发布）, 1743). 2025-07-14: k03 taken (建章立制  抓常抓长（锲而不舍落实中央八项规定精神）, 1728: six
#   named citizens and managers quoted, unlike set 5's skipped piece of the same series); k04 taken (浙江统筹推进“文化+
#   科技”深度融合, 1719). 2025-01-22: 为基层减负赋能 促干部实干担当 read and skipped (a 新华社 review of 5227 characters
#   > 4000; listed again under 04-要闻 with the same length, skipped); 良心、初心与民心（人民论坛） skipped unread by its
#   title (a column); k05 taken (让历史文化遗产活起来（新春走基层）, 2139). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, lengths 1830, 1743, 1728, 1719, 2139 = total_chars.
#   rmrb-k01: read_file shows nothing at offsets 85 and 295 (just before '本报记者' in the front-matter author and in
#   the '>' line), yet the stored file has a character there (probes: offset 85 and 86 both start '本报记者', 295
#   and 296 too; total_chars 1830 against 1828 visible). A zero-width character, which read_file does not show (as
#   it hides the U+200B of hkcn article_573), was restored as U+200B (the code point itself cannot be read through
#   the tool; U+200B is by far the commonest in these archives). It stays at the start of k01's byline block.
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 32 blocks. Confirmed: quoted names, terms,
# slogans and policies in the 人民日报 reports (21 blocks: “十四五”, “一带一路”, “三张清单”, “黄灯”, the 工作方针 of
# rmrb-k05 block 13, 吴大澂's motto in block 14, ...), '问' in 问题 (rmrb-k03 blocks 4, 9, 11, 12, 14, 16, 19; also
# hkcn-2840 block 4, a meeting; hkcn-1217 block 3, '顧問' in a list of guests), rmrb-k02 block 5 (国务院新闻办 holds the
# press conference that 介绍 the congress: the named officials speak in the next blocks, as rmrb-j05 block 3),
# rmrb-k03 block 16 ('提醒约谈' is a mechanism) and block 18 ('出具说明': a document), hkcn-43933 blocks 2 and 11
# ('控方案情指', '案情指': documents, as hkcn-43557), block 7 (the judge's ruling, call 1; '稱呼' is no speech) and
# caption 12 (an exhibit), hkcn-23412 caption 13 (a page's name), adtw-A3653 caption 9 ('指導'). Changed: none.
# Calls re-read and kept: hkcn-24386 caption 3 (his apology, '道歉', is his words; the alternative is null),
# hkcn-39904 block 4 ('歐盟預告', the EU's announcement in a background clause) and block 1 (the State Department
# speaking through its report, with 史墨客: '?'), hkcn-43933 block 1 (the defendant's pleas), blocks 5 and 10 (控方 in
# the paragraph that names its counsel 馬藻玉, her opening address) against blocks 6, 13, 20 (bare 控方 / 辯方 in other
# paragraphs: roles), block 17 ('在控方盤問下表示': the examination is the setting, no question reported, left to
# 李酉華), hkcn-2840 block 1 (the table's title line as a heading) and the press officers of named bodies as the
# bodies (hkcn-2840 block 17, hkcn-1217 blocks 6 and 11, hkcn-23412 block 12), hkcn-1217 block 7 ('記者找房屋署終獲
# 回覆稱' left to the department) against block 6 (the reporter's enquiries narrated: '?'), hkcn-23412 block 1 ('?':
# the host's and listeners' follow-up questions) and blocks 2, 10, 11 (her words through two newspapers: hers),
# adtw-A3180 block 4 (the father's wordless cry is no speech) and block 7 (the wife's question and words: hers).
#
# Consistency pass of 2026-12-07 (corpus README calls 11-15, decided once for the whole corpus): changed rmrb-k01 6,
#   10, 15 and rmrb-k04 6, 10, 14 (the '——' labels as headings, call 14), hkcn-43933 block 2 ('控方案情指': the
#   prosecution, a role, call 11) and hkcn-1217 caption 12 ('據報', call 15); see consistency-2026-12-07.md.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-k01", b6="heading", b10="heading", b15="heading")
A("rmrb-k01", [("唐大才", "p", ["贵州省黔东南苗族侗族自治州黎平县文体广电旅游局局长"], [], [3]),
               ("习近平", "p", ["总书记"], [], [4]), ("岑立江", "p", ["纳孔村党支部书记"], [], [8]),
               ("韦桃花", "p", ["水族马尾绣非遗传承人"], [], [12]), ("赵志明", "p", ["游客"], [], [17]),
               ("徐麟", "p", ["贵州省委书记"], [], [20])],
  rep=["马跃峰", "黄娴", "苏滨"],
  ns=["贵州 / 住房和城乡建设部 (acts)", "绣娘 (no words)"],
  note="Block 4: both instructions are 习近平's (指出 twice). Block 13: 韦桃花 designs products (no "
       "words, null). Block 17: a quote and '游客赵志明感慨“…”' (his; 游客 written before the name "
       "is his title, as rmrb-g02). The one-line section labels ending in '——' (6, 10, 15) are headings "
       "(README call 14; passes 1 and 2 had kept them as paragraphs: changed in the consistency pass "
       "of 2026-12-07, speakers/consistency-2026-12-07.md). The byline's first character is an invisible "
       "one kept from the source (see the selection notes).")
K("rmrb-k02")
A("rmrb-k02", [("陈家昌", "p", ["科技部副部长"], [], [6, 8, 10, 12, 13]), ("李文清", "p", ["四川省副省长"], [], [7]),
               ("马震", "p", ["重庆市副市长"], [], [11])],
  rep=["谷业凯"],
  ns=["国务院新闻办 (举行新闻发布会: an act)"],
  note="A press conference (权威发布). Blocks 3-4 (● bullets) summarise the report (the paper's voice, null). "
       "Blocks 10 and 12: the paper's figures and a quote closed by '陈家昌介绍/表示' are his.")
K("rmrb-k03", b20="byline")
A("rmrb-k03", [("刘忠信", "p", ["江西省浮梁县峙滩镇侈溪村村民"], [], [6]),
               ("单洪梅", "p", ["吉林省延边朝鲜族自治州珲春市靖和街道居民"], [], [8]),
               ("付伟", "p", ["江苏省南通市制局半导体（南通）有限公司负责人"], [], [10]),
               ("李中华", "p", ["湖北省宜昌利民管业科技股份有限公司总经理"], [], [13]),
               ("王江萍", "p", ["云南省玉溪市峨山彝族自治县居民"], [], [15]),
               ("张应红", "p", ["某民营医院办事人员"], [], [17])],
  q=[3], unnamed=[(3, "浙江省丽水市缙云县纪检监察干部 (their question in quote marks as they visit firms)")],
  rep=["李林蔚", "吴储岐", "吴君", "王丹", "王欣悦", "白光迪", "郑智文", "窦皓", "张驰"],
  ns=["李婷 (工作人员: 协调, an act)", "万州区卫生健康委 (出具说明: a document)", "相关部门 (发出“黄灯”提醒: an act)",
      "缙云县 / 浮梁县 / 珲春市 / 南通市 / 宜昌市伍家岗区纪委监委 / 玉溪市 / 万州区 (acts)", "本报记者 (byline, no name)"],
  note="Block 8: a quote followed by the named person's gesture ('…单洪梅竖起大拇指'), without a verb of speech, is "
       "hers (the paragraph's only person, as rmrb-j02 blocks 20, 23, 29). Block 3: the cadres' question without a "
       "name (unnamed, '?'). The closing '（本报记者李林蔚、…、张驰）' names the contributing reporters (byline, call 8, "
       "as rmrb-j02 block 35); the top byline '本报记者' names nobody.")
K("rmrb-k04", b6="heading", b10="heading", b14="heading")
A("rmrb-k04", [("习近平", "p", ["总书记"], [], [4]), ("刁常宇", "p", ["团队负责人"], [], [8]),
               ("黄悦瑛", "p", ["项目负责人"], [], [16])],
  q=[18], unnamed=[(18, "浙江省委主要负责同志 (表示: a role without a name)")],
  rep=["江南", "窦瀚洋"],
  ns=["浙江大学文化遗产研究院文物数字化团队 / 杭州剧点网络技术有限公司 / 温州 / 绍兴 / 浙江 (acts)"],
  note="Block 18: an official without a name (a role, '?', as rmrb-j02's 省委相关负责同志). The one-line "
       "section labels ending in '——' (6, 10, 14) are headings (README call 14; passes 1 and 2 had "
       "kept them as paragraphs: changed in the consistency pass of 2026-12-07, speakers/consistency-2026-12-07.md).")
K("rmrb-k05")
A("rmrb-k05", [("王全有", "p", ["长春市民"], [], [5]),
               ("高速钢", "p", ["水文化生态园负责人、长春城投文创产业发展有限公司执行董事"], [], [7, 8, 11]),
               ("张恩惠", "p", ["吉林省委常委、长春市委书记"], [], [15])],
  rep=["汪志球", "门杰伟"],
  ns=["有人 (提出: inside 高速钢's words)", "长春市 / 吉林省 (acts, a policy)",
      "吴大澂 / 匡亚明 / 唐敖庆 / 于省吾 (historical figures: their stories, no words reported)"],
  note="Block 5: two quotes around '长春市民王全有特意带着小孙子来打卡' are his (the paragraph's only person). "
       "Block 7: the proposal '当年有人提出…' is told inside 高速钢's quotation (his). Block 14: 吴大澂's motto "
       "“一寸土地尽寸心” names a story, it reports no words (null).")

# ---------------------------------------------------------------- 眾新聞
K("hkcn-2840", b1="heading", b2="?", b3="?")
A("hkcn-2840", [("莫乃光", "p", ["立法會議員"], [], [6]), ("曾德成", "p", ["前民政事務局局長"], [], [6]),
                ("岑倚蘭", "p", ["記協主席"], [], [7, 11]),
                ("記協", "o", [], ["香港記者協會"], [7, 8, 10, 11, 15, 19]),
                ("劉江華", "p", ["民政事務局局長", "新任民政事務局局長"], [], [11, 12, 15, 16]),
                ("馬逢國", "p", ["立法會體育文化及出版界代表"], [], [12]),
                ("申訴專員公署", "o", [], ["申訴專員公眾"], [13, 14]),
                ("毛孟靜", "p", ["立法會議員"], [], [16]),
                ("康文署", "o", [], ["康樂及文化事務署", "該署"], [17]),
                ("懲教署", "o", [], [], [18]),
                ("胡國興", "p", ["行政長官候選人"], [], [20]), ("新聞處", "o", [], ["政府新聞處"], [20]),
                ("林鄭月娥", "p", ["行政長官候選人"], [], [21]), ("曾俊華", "p", ["行政長官候選人"], [], [22])],
  q=[6, 7, 8, 9, 11, 12, 15, 16, 20, 23, 24],
  unnamed=[(8, "新聞處處長 (回信表示: the director then in office, not named)"),
           (9, "五家網媒 (發出聯署要求: several, none named, call 11)"),
           (20, "12 家新聞工作者工會及網媒 (聯署公開信: several, none named, call 11)"),
           (23, "a related-article link kept as a paragraph (call 9)"), (24, "the second related-article link (call 9)")],
  ns=["麥燕庭 / 黃偉綸 / 聶德權 / 梁文滔 / 黃智祖 (meetings: 會面商討, no words reported; so is 岑倚蘭's lunch of 2014)",
      "立場新聞 / Hong Kong Free Press (收到邀請, 申請: acts)", "康文署職員 (拒絕進場: an act)",
      "記協 2017-03-23 (入稟…提出司法審核: a filing, call 1)", "眾新聞記者 (byline, no name)"],
  note="A timeline table, one row per block (date | what | outcome); the table's title line (1) is a heading and its "
       "header and separator rows (2, 3) are not scored ('?', as a legend line, call 9); rows 13-14 are one row "
       "broken by the recommendations' list (14 continues the ombudsman's report). Letters that ask or refuse "
       "(去信要求, 回信拒絕…理由是), questions in the legislature (質詢, 查問) and complaints (投訴) report words; meetings "
       "to discuss (會面商討) do not. A row with two speakers is '?'. Block 13: '申訴專員公眾[sic]發表報告，表示…' is the "
       "office speaking through its report (as call 11's committee that recommends), alias as misspelt. A press "
       "officer of a named body speaks for the body ('該署新聞官表示' → 康文署; as fresh.py's 警方發言人). Block 21: "
       "林鄭月娥 '希望相關部門考慮…' (a wish stated, hers). Block 22: 記協's judicial review filing is not speech "
       "(call 1), so the row is 曾俊華's. No reporter (眾新聞記者).")
A("hkcn-24386", [("陳同佳", "p", [], [], [1, 3, 4, 5, 6]), ("蔡英文", "p", ["台灣總統"], [], [8, 9, 10])],
  q=[7], unnamed=[(7, "記者 (問: an explicit asker, calls 3 and 10)")],
  ns=["管浩鳴 (陪同: no words)", "潘曉穎 (the victim)", "《蘋果日報》 (據…報道: a medium, call 2; it reports a car's route, "
      "no words)", "EyePress (photographs)", "香港政府 / 有人 (inside 蔡英文's words)"],
  note="Blocks 4-6: one quotation split over three paragraphs after '陳同佳：「' (his). Caption 3 '向潘曉穎家人躹䩑道歉' "
       "reports his apology (the words are in block 4): his (hard call; caption 2 reports no words). Block 7: the "
       "reporters' questions (記者問) and his '只是說對不起': '?'. Block 10: '有人說…' is told inside her words. No "
       "reporter (眾新聞記者).")
A("hkcn-39904", [("美國國務院", "o", [], [], [1]), ("史墨客", "p", ["美國駐港總領事"], ["Hanscom Smith"], [1, 2, 5, 6, 7, 8, 9]),
                 ("歐盟", "o", [], [], [4]), ("香港政府", "o", [], ["港府", "港府發言人"], [10])],
  q=[1, 8], unnamed=[(8, "有記者 (問及: an explicit asker, call 3)")],
  rep=["林勵"],
  ns=["李柱銘 (convicted: no words)", "拜登 (no words)", "人大常委會 (通過: an act)",
      "中國外交部駐港特派員公署 (據報限制: a reported act)", "民主派社運人士 / 公民社會團體 (inside 史墨客's words)"],
  note="Block 1: the State Department's report ('美國國務院在…報告中表示': the department speaking, as call 11's "
       "committee) and 史墨客: '?'. Block 4: background with '歐盟預告可能就香港議題作進一步行動' (the EU's announcement, "
       "hard call, as hkcn-17870 block 2's background clause). Block 8: a reporter asks (有記者問及): '?'. Block 10: "
       "the government and its spokesman (港府發言人稱) are one speaker (as fresh.py's 警方 / 警方發言人). The byline "
       "'記者林勵' gives the reporter.")
A("hkcn-43933", [("陳鎮顯", "p", ["被告"], [], [1]), ("馬藻玉", "p", ["外聘大律師", "控方大律師"], [], [5, 10]),
                 ("李酉華", "p", ["市民"], [], [17, 18])],
  q=[2, 6, 13, 14, 15, 20],
  unnamed=[(2, "控方 (案情指, 又指: the prosecution, a role, call 11, as dev2 04 block 5)"),
           (6, "辯方 (反駁, 直言, 指出, 認為: a role, call 11)"), (13, "控方 (形容)"),
           (14, "警員X (喝止: the court's letter pseudonym, call 10)"), (15, "警員20614 (警告: a number, no name)"),
           (20, "辯方 (透露)")],
  rep=["鄭啟智"],
  ns=["姚勳智 (法官: 決定批准 is a ruling, call 1)", "區域法院 / 法庭 (批准, 禁止: rulings)",
      "梁寶琳 (辯方大律師: named only as counsel)", "案情 (block 11, no side named: the statement of facts) / 控方呈堂片段 (documents)",
      "高等法院 (臨時禁制令, inside the defence's words)", "市民 (發起: an act)"],
  note="Block 1: the defendant's pleas (承認, 否認) are his words in court (as cna-aitlas-07's 戴男); "
       "'被告' is 陳鎮顯, named in caption 3 and block 5. Block 5: '控方' in the paragraph that names "
       "its counsel 馬藻玉 is hers (as hkcn-43557's '辯方又重申' after the named counsel); block 6's "
       "bare '辯方' is a role (call 11; its counsel is named only in block 5). Block 10: '控方大律師馬藻玉隨後讀出開案陳詞' "
       "(she delivers the opening; its '案情指' content is the document she reads): hers. Block 2: "
       "'控方案情指' is the prosecution speaking (a role: '?', README call 11, as dev2 04 block 5; "
       "passes 1 and 2 had read it as a document, null: changed in the consistency pass of 2026-12-07, "
       "speakers/consistency-2026-12-07.md); block 11 (a bare '案情指', no side named), captions 12 "
       "and 19 (exhibits) are documents (null). Blocks 14-15: officers without a name speak inside "
       "the facts ('?'). Block 17: '在控方盤問下表示' names the examination as the setting, no question "
       "is reported: his (pass 2, kept). Block 18: the crowd's words are told inside 李酉華's testimony "
       "(his). The case-number line (21) is a paragraph without speaker. 鄭啟智 signs caption 3 and "
       "the byline (call 8).")
A("hkcn-1217", [("房屋署", "o", [], ["房屋署發言人", "署方"], [2, 7, 8, 9]),
                ("梁唐青儀", "p", ["總司令"], [], [4]), ("陳振彬", "p", ["主席"], [], [4]),
                ("教育局", "o", [], [], [6]), ("民政事務局", "o", [], [], [6]),
                ("香港青少年軍總會", "o", [], ["青少年軍總會"], [11])],
  q=[4, 5, 6, 11, 12],
  unnamed=[(5, "地政總署署長 (去信…指: a director without a name)"), (6, "記者 (查詢, 找: the reporter's own enquiries, call 10)"),
           (11, "記者 (查詢可會在港辦學或建校: call 10)"),
           (12, "據報 (花費6000萬元: reports without a named source, call 15)")],
  ns=["仇鴻 / 吳克儉 / 梁振英 / 張曉明 / 譚本宏 / 李明逵 / 鄧竟成 … (attend or not: no words)",
      "民政事務局 (block 5: 發信批出, an act reported by 《明報》)", "《明報》 (a medium, call 2)",
      "華永會 (批核: an act)", "規劃署 / 教育局 / 民政事務局 (block 8: quoted inside 房屋署's words)", "何君健 (photographer)"],
  note="A press officer or spokesman of a named body speaks for it: 房屋署發言人 (blocks 2, 8, 9), "
       "the 新聞主任 of 教育局 and of 民政事務局 (block 6), the 發言人 of 青少年軍總會 (block 11: "
       "no direct answer; the facilities '會待中心落成後公布'), as fresh.py's 警方 / 警方發言人. Block "
       "4: both officers' speeches ('?'); '梁唐青儀更特別感謝吳克儉' is her thanks (speech). Block "
       "7: '記者找房屋署終獲回覆稱' gives the department's reply, no question or remark of the reporter "
       "reported (left to the department, as '回覆查詢'); block 6 narrates the reporter's enquiries "
       "and redirections ('?', call 10). Block 5: the reporter's land search is data; the Lands director's "
       "letter (去信…指) is an unnamed speaker ('?'). Block 10: the paper's own question (null). No "
       "reporter (眾新聞記者). Caption 12: '據報花費6000萬元' gives a fact from an unnamed source "
       "(README call 15): '?' (passes 1 and 2 had null, changed in the consistency pass of 2026-12-07, "
       "speakers/consistency-2026-12-07.md).")
A("hkcn-23412", [("羅范椒芬", "p", ["行政會議成員", "前教育統籌局常任秘書長、前廉政專員、現任行政會議成員"], ["羅范"],
                  [1, 2, 6, 7, 9, 10, 11]),
                 ("風雨蘭", "o", [], [], [3, 14]), ("吳文遠", "p", ["社民連主席"], [], [6]),
                 ("特首辦", "o", [], ["行政長官辦公室"], [12]), ("王秀容", "p", ["風雨蘭總幹事"], [], [15])],
  q=[1, 5, 6, 7, 12, 14, 16, 17],
  unnamed=[(1, "聽眾 (電郵指); 聽眾及節目主持人 (追問: explicit askers, call 3)"),
           (5, "主持人 (讀出電郵); 聽眾電郵 (有人指, 提及, 稱)"), (7, "有聽眾 (phone-in, 指); 主持人 (邀請)"),
           (12, "眾新聞 (以電郵查詢: the paper's own enquiry, call 10)"), (14, "眾新聞 (查詢, 問: call 10)"),
           (16, "民間記者會發言人 (批評: a role, as hkcn-23663)"), (17, "民間記者會發言人 (說, 指)")],
  ns=["《環球時報》 / 《南華早報》 / 香港電台 (media that quote her, call 2)", "林鄭月娥 (named in the paper's questions)",
      "愛香港的14歲女仔 (the signature of an online post: a document)", "民心集 (貼出截圖: an act)",
      "特首 / 警方 (inside the questions)"],
  note="Her words quoted through 《環球時報》 and 《南華早報》 are hers (call 2 as read in fresh5: hkcn-18833 block 12, "
       "hkcn-30904 block 8): blocks 2, 10, 11; block 1 adds the listeners' emails and the host's and listeners' "
       "follow-up questions ('?'). Block 9: '回覆香港電台查詢，指' is hers (a medium's enquiry is the source). Blocks 3 "
       "('回應眾新聞查詢指出') and 14: 風雨蘭 speaks (its 發言人 in 14, where the paper's question is reported: '?'). "
       "Block 12: the paper's emailed questions (call 10), her silence and the 特首辦 press officer's reply: '?'. "
       "Blocks 16-17: the citizens' press conference spokesman stays unnamed (as hkcn-23663); 17 opens with a "
       "passive question (call 3). No reporter (眾新聞記者).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3379", [("徐國智", "p", [], [], [3, 4, 8, 11]), ("吳素玲", "p", [], [], [6, 7]), ("小誠", "p", [], [], [7])],
  q=[7, 12],
  unnamed=[(7, "川博學校老師 (說: a role)"), (12, "陪同關懷訪視的外配中心督導 (說)")],
  rep=["江品璁"],
  ns=["川博 (his words are told inside his mother's)", "醫生 (inside 徐國智's words)", "蘋果基金會 (acts)"],
  note="Block 3: '他對記者說' is his (the interview is the source, no question of the reporter reported); the byline "
       "'報導•攝影╱江品璁' is glued to the block. '妻子', '弟弟' are relations, not titles. Block 7: 吳素玲, her son "
       "小誠 (a name the paper uses) and the school's teacher (a role): '?'. Captions report no words.")
A("adtw-A3653", [("楊小萍", "p", [], ["小萍"], [3, 6, 12]), ("黃清貴", "p", [], ["阿貴"], [4]), ("小嫣", "p", [], [], [7]),
                 ("阿順伯", "p", [], [], [11])],
  q=[8, 12],
  unnamed=[(8, "阿貴同事 (說: no name)"), (12, "醫院社工 (說)")],
  rep=["韓旭爾"],
  ns=["醫生 (inside 黃清貴's words)", "蘋果慈善基金會 (acts)", "小綺 / 小瑜 (no words)"],
  note="'小萍（楊小萍）', '阿貴（黃清貴）': name = full name, alias = nickname (call 6). '阿順伯' (a nickname the "
       "paper uses, as adtw-A3858's 阿義伯) is named. Block 12: the social worker (a role) and 小萍: '?'. The byline "
       "'報導．攝影╱韓旭爾' is glued to block 3. Captions report no words.")
A("adtw-A3474", [("小慈", "p", [], [], [4, 5, 7, 10]), ("潘素慧", "p", [], [], [8, 10]), ("小美", "p", [], [], [11]),
                 ("阿輝", "p", [], [], [14])],
  q=[10],
  rep=["向高彬"],
  ns=["醫師 (inside 小慈's words)", "老師 (查問: inside 潘素慧's account)", "大舅 / 單親阿姨 (no words)",
      "醫院社工 / 蘋果基金會 (acts)"],
  note="Block 10: 潘素慧 (回述, 說) and 小慈 (說): '?'. '好友小美', '大哥阿輝': relations are no titles; the nicknames "
       "are names (call 6). Heading 1 is a second headline with a quoted phrase. The byline '報導•攝影╱向高彬' is "
       "glued to block 4. Captions report no words.")
A("adtw-A3640", [("甘聖雄", "p", [], ["阿雄"], [4, 5]), ("許淑萍", "p", [], ["阿萍"], [5, 7, 9]), ("小宇", "p", [], [], [9])],
  q=[5, 8, 9, 12],
  unnamed=[(8, "阿雄零工同事 (說; 阿雄's warning is told inside the co-worker's words)"),
           (12, "阿萍的媽媽 (說: a relation); 當地公所急難救助承辦 (說)")],
  rep=["韓旭爾"],
  ns=["醫生 (inside 許淑萍's words)", "護理師 (no words)", "小喆 (no words)", "蘋果基金會 (acts)"],
  note="'阿雄（甘聖雄）', '阿萍（許淑萍）': name = full name, alias = nickname (call 6). Block 5: he speaks and she "
       "comforts him ('安慰說'): '?'. Block 9: 阿萍 and the elder son 小宇: '?'. Block 8: the co-worker has no name "
       "('?'). The byline '報導•攝影╱韓旭爾' is glued to block 4. Captions report no words.")
A("adtw-A3180", [("小瑞", "p", [], [], [4, 10]), ("洪小喬", "p", [], [], [7, 8, 10]), ("小榤", "p", [], [], [10]),
                 ("阿珠", "p", [], [], [12])],
  q=[10, 12],
  unnamed=[(12, "小榤的吳姓導師 (說: a surname + job is unnamed, as adtw-A3097's 李姓班導師); 當地村長 (說)")],
  rep=["江品璁"],
  ns=["陳文祥 (his cry '「啊啊啊！」' and his head shake report no words)", "醫生 (inside 洪小喬's words)",
      "蘋果基金會 (acts)"],
  note="Block 4: '「啊啊啊！」…陳文祥大聲叫嚷' is a cry without words (call 10, as a gesture; hard call); the block is "
       "小瑞's ('張大眼睛說：「…」'). Block 7: the wife's question '「你叫什麼名字？」面對妻子詢問' and her words ('36歲的"
       "洪小喬說') are hers. Block 10: 小榤, 洪小喬 and 小瑞 ('?'). Block 12: '陳文祥大姊阿珠' (a name the paper uses; "
       "大姊 is a relation), the teacher and the village chief: '?'. The byline '報導．攝影╱江品璁' stands on its own "
       "line (5). Headings with quoted phrases (0, 9) are headings.")
