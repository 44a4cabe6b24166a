# Kinds and speaker gold of fresh set 18 (annotated 2026-12-07/08 by a helper of session 24, from the texts and the
# corpus conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh18.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh18-2026-12-07"; the
# same rules as set 16, annotations/speakers/fresh16.py, with the republished-text exclusion applied from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths, commit 635cc02f… as sets 14-16) shuffled with
#   random.Random(seed), skipping ids in split.tsv (sets 1-16 included) and in /tmp/wide/ (696 texts the lead has
#   read); taken in that order: the first six with category 眾聞 (news), 800-3000 characters after extraction (the
#   extracted blocks joined by newlines) and at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches).
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, commit 3826761f… as sets 14-16)
#   shuffled with random.Random(seed), skipping the ids already in the corpus (sets 2-16 included); taken in that
#   order: the first five whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues
#   (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-w01..w05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-16 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   an editorial, a Q&A, a reader's question or a document; a 新华社 wire summarising a 《求是》 article is skipped as a
#   document's summary; a letter printed in full with its wire report may be taken, as sets 15 and 16) with at least
#   one named person quoted. Raw files saved from read_file under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH,
#   each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start): a candidate with at least half of its extracted lines longer
#   than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in a file of /tmp/wide/ is
#   skipped (checked by a script before the candidate is read; for 人民日报, whose files can only be seen by reading
#   them, right after saving); texts of set 17 already built in the cache are checked the same way.
# Set 17 is drawn at the same time by another helper (/work/wt-fresh17, rmrb-v01..v05): an id or a 人民日报 date that
#   appears in its manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing
#   and again just before the set is committed).
#   Outcome (the draw script reproduced set 16's outcome exactly with set 16's seed, its ids taken out of the exclusion,
#   before it was run with this one). 眾新聞: hkcn-43188, -41444, -28114, -46749, -35155, -6018 taken (the 1st, 3rd, 6th,
#   8th, 18th and 22nd files in shuffled order; extracted characters / cues 1280/15, 1379/11, 1649/43, 1557/25,
#   1580/30, 2819/12). Skipped among the first 22: hkcn-9991 (15th: a file of /tmp/wide/), 眾說 columns (hkcn-12940,
#   -26158, -35421, -38201, -13522, -33902, -9595, -35616, -11229), other categories (hkcn-46513: tri-angles; -31405:
#   眾觀) and news outside the length/cue bounds (hkcn-27501: 1360 characters, 8 cues; -14332: 1126, 7; -46758: 118,
#   0; -40672: 268, 2); none was in split.tsv or in set 17. No candidate was republished: the texts taken share none of
#   their lines over 30 characters (10, 13, 15, 10, 16, 15) with a text of split.tsv or /tmp/wide/.
#   蘋果日報: adtw-A3024, -A3901, -A3793, -A3907, -A3615 taken (the first five in shuffled order; 960/15, 891/10,
#   872/13, 877/9, 900/14), none skipped; none shares a long line (7, 8, 5, 7, 7) with a corpus or /tmp/wide/ text.
#   人民日报: the first unused dates in shuffled order were 2025-02-03, 2025-05-10, 2025-04-20 (then 02-21, 05-29, 07-22,
#   05-26, 02-10). 2025-02-03: 干净清爽 化风成俗（今日谈） skipped unread by its title (a column); w01 taken (村民老陈搬新家,
#   1414: a village rebuilt after a flood, 村民陈永山 quoted); w02 taken (新春走基层·平凡岗位 不凡坚守, 2663: a page of
#   four short reports under one title, each with its own title and reporter, named workers quoted; taken as one news
#   text, hard call: the rules do not exclude a page of several reports). 2025-05-10: 如何建设现代化产业体系（政策问答·
#   发展新质生产力）, listed twice (pages 01 and 02), skipped unread by its title (a Q&A); w03 taken (“让彼此心灵更贴近，
#   让友谊之桥更坚固”, 1488: an award ceremony in Brussels, five named speakers); 全面提升中俄关系的高度、维度、韧度（和音）
#   skipped unread by its title (a commentary signed 和音); w04 taken (加强文学交流 赓续中俄友好, 2991: a feature from
#   Moscow, named scholars and 习近平 quoted). 2025-04-20: w05 taken (从容淡定应对挑战（走市场 看韧性 强信心）, 3787: the
#   first file listed, a report from 义乌 with three named traders and 习近平 quoted). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH (commits 4ab7bc67… for 02-03, 65acd7d7… for 05-10, aaf1afe2…
#   for 04-20, as find_files and read_file gave them), lengths 1414, 2663, 1488, 2991, 3787 = total_chars (each copy
#   decoded from the read_file answer had exactly total_chars characters); after saving, none shares a line over 30
#   characters (9, 29, 7, 20, 41) with a corpus or /tmp/wide/ text.
#   Set 17: when the 眾新聞 and 蘋果日報 candidates were drawn and the 人民日报 dates chosen, /work/wt-fresh17's
#   manifest.tsv and cache-manifest.tsv held no id or date beyond the corpus's; when the texts were added and again
#   just before this set was committed they held hkcn-29588, -35555, -37027, -37850, -38398, -43191, adtw-A3275,
#   -A3418, -A3693, -A3778, -A3787 and rmrb-v01..v05 (dates 2025-03-14, 01-20, 01-05): no id or date shared with this
#   set, none among the candidates this draw examined, and no line over 30 characters shared with its 16 texts built
#   in the cache (checked by a script, unread).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 25 blocks. Confirmed: quoted
# terms, names and titles in the paper's voice (hkcn-43188 5, 10; hkcn-28114 caption 1; hkcn-35155 4; hkcn-6018 24;
# rmrb-w01 5; rmrb-w02 23; rmrb-w03 3, 4; rmrb-w04 11, 13; rmrb-w05 7 '被称为', 21, 22, 28, 33, 35, 41 her plan in quotes,
# 48, 49), words that only contain a cue ('安全要求' rmrb-w01 7; '介绍古典诗词', '小说' rmrb-w04 9), hkcn-46749 caption 14
# and block 15 ('未公開回應': no words) and hkcn-41444 12 ('計劃…宣布告吹': an announcement without announcer, kept
# null). Also re-read without a cue word: the scenes of rmrb-w02 (3, 8, 13, 16, 22, 29, 32-34, 36), the editor's note
# of rmrb-w05 (4, 5), hkcn-6018's tables and method (5-23, 33-55, 62, 63), adtw-A3901 block 4 (his thoughts in the
# paper's words), the captions reporting no words. Changed: none.
# Calls re-read and kept: hkcn-43188 block 4 (twenty-one councillors named as having '宣布辭職': each a speaker, call
# 12, '?') and blocks 1-2 (the government's leak, '放風', with its content: the body, in '?' blocks); hkcn-41444 block 2
# ('據教區公告': a named body's notice, call 13, not call 15); hkcn-28114 blocks 11-15 (netizens' online names as names,
# as fresh10's 「Yoshi HK」) and 6-9 (a medium relaying a named doctor: his); hkcn-6018 blocks 2-3 (linked '###' lines:
# related-article links, '?'); rmrb-w04 blocks 6-7 (a dead poet's line and a writer's letter quoted with '写道': theirs)
# and 24 (unattributed quotes: '?'); rmrb-w05 block 46 ('在何犁红看来': a view, hers); adtw-A3024 caption 3 ('加油打氣，
# 希望…': hers); adtw-A3907 block 10 ('嚷著肚餓要吃飯': his); adtw-A3615 block 11 ('黃阿紅先生說': the husband named in
# caption 9, 張榮新).
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): online names of netizens
# in quotes ('網民「萌萌噠貓貓咪」…說'), which call 6 names neither as nicknames nor as pseudonyms; bare districts written
# before councillors' names ('北區陳旭明', '屯門朱順雅': constituencies, not copied as titles) beside call 7's
# affiliations; a long list of persons who '宣布辭職' (call 12 names one announcer or several unnamed); a government
# leak ('放風') beside call 15's rumours; an announcement without an announcer ('計劃…宣布告吹'); the paper's own data
# analysis and method ('眾新聞分析…發現') beside call 10's enquiries; linked '###' lines naming an interactive chart or a
# topic page (call 9 names related-article links); quotes of dead authors' works and letters ('他写道：“…”') beside
# documents; '在X看来' (a view without a speech verb); '相关负责人' of a named body (unnamed, as call 6's roles); a
# husband named only in a caption and then called '黃阿紅先生' (a relation by call 7); a clamour told indirectly
# ('嚷著肚餓要吃飯'); descriptions before a name ('首名', '评委之一', '其作品最早译介者之一', '19世纪诗人、现代俄罗斯文学
# 的奠基人') dropped from titles as fresh16 dropped '同為…的'; and, for the selection, a page of four short reports
# under one title (taken as one text, with four reporter lines as bylines).
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
A("rmrb-w01", [("陈永山", "p", ["湖南郴州资兴市州门司镇燕窝村村民"], ["老陈"], [3, 6, 10, 11])],
  rep=["颜珂", "申智林"],
  ns=["村干部 / 镇村干部 (acts)", "欧资英 (no words)", "湖南省自然资源厅 / 资兴市 / 资兴市城市建设投资有限责任公司 (acts)",
      "建房理事会 (no words)"],
  note="A village report. Kinds: the kicker ending in '——' (0) and the title (1) are headings, '本报记者  颜  珂  申智林' "
       "(2) the byline (call 8: 颜珂, 申智林). Block 3: '“快进来，喝杯热茶。”…村民陈永山热情招呼' and a second quote "
       "with '陈永山递茶递糖果' (his; the place and 村民 written before the name are his title, as rmrb-u01's 市民). "
       "'老陈', the paper's name for him, is an alias. Block 6: '陈永山说'. Block 10: a quote without a cue closing a "
       "paragraph about 老陈 alone (his: the paragraph's only person, as rmrb-u02 block 11). Block 11: '…”他说' (his). "
       "Blocks 4, 5, 7-9: the paper's account of the moves and the rebuilding (null).")
K("rmrb-w02", b1="heading", b2="byline", b11="heading", b12="byline", b20="heading", b21="byline", b30="heading",
  b31="byline")
A("rmrb-w02", [("刘万里", "p", ["江西南昌市公安局新建分局南矶派出所所长"], [], [4, 5, 6, 7, 10]),
               ("巫智勇", "p", ["民警"], [], [9]),
               ("罗富恒", "p", ["重庆市地质矿产勘查开发局南江地质队高级工程师"], [], [14, 15, 17, 18, 19]),
               ("汪洪斗", "p", [], [], [24, 27]), ("陈丽雯", "p", ["工作人员"], [], [25, 28]),
               ("苗培林", "p", ["沱沱河气象站站长"], [], [26]),
               ("李洪兵", "p", ["副工长"], [], [35, 37, 38])],
  q=[24],
  unnamed=[(24, "对讲机传来声音 (a voice on the radio, no name)")],
  rep=["杨颜菲", "王欣悦", "乔栋", "申智林"],
  ns=["两位民警 / 同事 / 同事们 (acts)", "陈浩 (巡查: an act)", "沱沱河气象站 (no words)"],
  note="A page of four short 新春走基层 reports under one title, each with its own plain-line title and '本报记者  X' "
       "line: the page title (0) and the four titles (1, 11, 20, 30) are headings, the four reporter lines (2, 12, 21, "
       "31) bylines (call 8: 杨颜菲, 王欣悦, 乔栋, 申智林). Taken as one news text (hard call for the selection: the "
       "alternative skips a page of several reports). Quotes followed by a manner or an act of the named person "
       "('刘万里如数家珍' 4, the light on his face between two quotes 5, '罗富恒仔细测量' 17 with the readings he calls "
       "out, '罗富恒一脸自豪' 18, '罗富恒搓了搓冻僵的双手…，“…”' 19, '陈丽雯长舒一口气，“…”' 25, '李洪兵很从容' 35, "
       "'一边检查一边报告' 37, '李洪兵字字铿锵' 38) are theirs. Block 24: the radio's voice (unnamed) and '汪洪斗大喊' "
       "('?'). '工作人员陈丽雯和汪洪斗': the title goes to the adjacent name only (as fresh15); '站内唯一的女同志' (28) a "
       "description. Blocks 3, 8, 13, 16, 22, 23, 29, 32-34, 36: scenes (null).")
K("rmrb-w03", b10="byline")
A("rmrb-w03", [("桑德·科尔", "p", ["一等奖获得者"], [], [5]),
               ("莉福·德勇戈", "p", ["比利时艺术家"], [], [6]),
               ("蔡润", "p", ["中国驻欧盟使团团长"], [], [7]),
               ("巴得胜", "p", ["比利时根特大学教授、汉学家"], [], [8]),
               ("范龙佩", "p", ["欧洲理事会前主席"], [], [9])],
  rep=["牛瑞飞"],
  ns=["中国驻欧盟使团 (主办: an act)", "中欧创作者 / 友好人士 (acts)", "中方 (提出…倡议: inside 蔡润's words)"],
  note="Kinds: the kicker (0) and title (1) are headings, '本报记者  牛瑞飞' (2) the byline; the closing '（本报布鲁塞尔"
       "电）' (10) is a wire dateline (byline, call 9; no name). Blocks 3, 4: the ceremony (null; '本报记者牛瑞飞摄' a "
       "photo credit inside the paragraph). Block 5: a quote, then '一等奖获得者桑德·科尔…他表示' (his). Block 6: "
       "'此次大赛的评委之一、比利时艺术家莉福·德勇戈告诉记者' (hers; the role '比利时艺术家' next to the name is her "
       "title, '评委之一' a description dropped as fresh16's '同為…的'). Blocks 7-9: '在致辞中表示', '表示', '巴得胜说', "
       "'范龙佩表示' (theirs).")
K("rmrb-w04", b25="byline")
A("rmrb-w04", [("习近平", "p", ["主席"], [], [2, 5, 19]),
               ("普希金", "p", [], [], [6]),
               ("列夫·托尔斯泰", "p", ["俄罗斯著名作家"], ["托尔斯泰"], [7]),
               ("李春雨", "p", ["厦门大学外文学院助理教授、青年翻译家"], [], [10, 17]),
               ("任光宣", "p", ["北京大学教授"], [], [14]),
               ("阿列克谢·罗季奥诺夫", "p", ["俄罗斯圣彼得堡国立大学东方系副系主任"], ["罗季奥诺夫"], [15, 21]),
               ("伊莉莎维塔·阿布杜什诺娃", "p", ["俄罗斯青年诗人"], ["阿布杜什诺娃"], [16]),
               ("张猛", "p", ["中国人民大学外国语学院副教授"], [], [17])],
  q=[17, 24],
  unnamed=[(24, "unattributed quotes closing the article (“…”“…”……: no speaker said)")],
  rep=["曲颂"],
  ns=["《俄罗斯报》 / 俄罗斯电视台 (the outlets of 习近平's article and interview)", "陀思妥耶夫斯基 / 契诃夫 / 高尔基 / "
      "肖洛霍夫 / 古米廖夫 / 柳德米拉·乌利茨卡娅 / 古泽尔·雅辛娜 / 卢基扬年科 / 刘震云 (authors and works, no words)",
      "全俄2023年年度最佳图书奖评选结果 (data)", "剧院官网 (block 23: a web page, a document)",
      "梧桐 (选取…呈现: acts)", "中央歌剧院 (acts)"],
  note="A feature on Chinese-Russian literary exchange. Kinds: the title (0), the three bold sub-headings (4, 12, 18) "
       "are headings, '本报记者  曲  颂' (1) the byline, '（本报莫斯科5月9日电）' (25) a wire dateline (byline). Block 2: "
       "a quote (with 托尔斯泰's words inside), then '习近平主席…在《俄罗斯报》发表的署名文章中引用' (his: a signed "
       "article's words). Block 5: '习近平主席2014年接受俄罗斯电视台专访时说'. Block 19: '致贺信。习近平主席强调：“…”' "
       "(his). Blocks 6, 7: a poet's line and a writer's letter quoted ('他写道：“…”', both after the name: theirs; "
       "hard call for the dead authors, the alternative reads quoted works as documents, null); the descriptions "
       "before 普希金 ('19世纪诗人、现代俄罗斯文学的奠基人') are not copied as titles. Blocks 10, 14, 15, 16, 21: the "
       "named scholars and poet (表示, 认为, 说, 介绍; the descriptions '其作品最早译介者之一' dropped from 任光宣's "
       "title). Block 17: 李春雨 (认为) and 张猛 (告诉本报记者): '?'. Block 24: unattributed quotes in the paper's closing "
       "paragraph ('?' with an unnamed speaker, as fresh16's rmrb-u01 quotes without a speaker). Blocks 3, 8, 9, 11, "
       "13, 20, 22, 23: the paper's account (null).")
K("rmrb-w05", b6="byline")
A("rmrb-w05", [("习近平", "p", ["主席"], [], [3]),
               ("汪楠", "p", ["柯南五金工具商行总经理"], [], [12, 16, 19, 20]),
               ("刘健豪", "p", ["浙江丽芙秀化妆品公司销售负责人"], [], [27, 30, 32]),
               ("何犁红", "p", ["义乌博众文化用品有限公司总经理"], [], [39, 42, 46, 47])],
  q=[8, 24, 34, 36, 50],
  unnamed=[(8, "众多外贸企业经营者 (纷纷表示: several, no names)"),
           (24, "义乌市商务局相关负责人 (表示: an official without a name)"),
           (34, "义乌商户 (在…看来: a group's view)"),
           (36, "海关总署相关负责人 (认为: an official without a name)"),
           (50, "商务部相关负责人 (表示: an official without a name)")],
  rep=["欧阳洁", "柯仲甲", "刘军国"],
  ns=["义乌海关 / 海关总署 (blocks 9, 33, 35: data)", "商务部 (blocks 23, 49: acts)", "义乌市相关部门 (acts)",
      "柯南商行 / 丽芙秀公司 / 公司 (acts)", "本报记者 / 记者 (the editor's note and the visit: acts)"],
  note="Kinds: the title (0) and the sub-title opening with '——' (1) are headings, the byline (2); the editor's note "
       "(3-5) is signed '——编  者' (6, a byline as the corpus's other 编者 notes); the six bold sub-headings (10, 11, "
       "25, 26, 37, 38) are headings. Block 3: '习近平主席在会见国际工商界代表时强调：“…”' (his, inside the editor's "
       "note). Blocks 4, 5: the editor's note (the paper's voice, null). Block 8: the reporter's finding (an act) "
       "and '众多外贸企业经营者纷纷表示：' (several, unnamed: '?'). Blocks 12, 16, 19, 20, 27, 30, 32, 39, 42, 47: a quote "
       "and the named manager (说, 笑着对记者说). Block 46: '在何犁红看来，…' (a named person's view: hers; hard call, "
       "as block 34's '在义乌商户看来' is the merchants' view, '?'). Block 43: '何犁红发现' (what she learned, not "
       "words: null, as call 15's 了解到). Blocks 24, 36, 50: '相关负责人' of a body without a name (unnamed, '?'). "
       "Blocks 9, 33, 35: data (null).")

# ---------------------------------------------------------------- 眾新聞
RESIGN = [("陳樹英", ["屯門區議會主席"]), ("盧俊宇", []), ("黎駿穎", []), ("黃麗嫦", []), ("何杏梅", []),
          ("陳旭明", []), ("林子琼", []), ("程張迎", ["沙田區區議會主席"]), ("曾素麗", []), ("李永成", ["沙田區政"]),
          ("陳惠達", ["新民主同盟"]), ("朱順雅", []), ("丘文俊", []), ("陳兆陽", []), ("關家倫", []), ("陳易舜", []),
          ("李俊晞", []), ("張鈞翹", []), ("鄺葆賢", []), ("關永業", ["大埔區議會主席"])]
A("hkcn-43188", [("政府", "o", [], [], [1, 2])] + [(n, "p", t, [], [4]) for n, t in RESIGN] +
  [("任啟邦", "p", ["大埔區區議員"], [], [4, 6, 7]), ("林進", "p", [], [], [6, 8]),
   ("黎志強", "p", ["東區區議會主席、公民黨"], [], [9])],
  q=[1, 2, 3, 4, 6],
  unnamed=[(1, "據報 (an agentless disclosure, call 15); 至少共有40名區議員 (宣布辭職: several, call 12)"),
           (2, "至少共有35名區議員 (宣布辭職: several)"), (3, "政府消息 (指出: unnamed government sources)")],
  rep=["林勵", "梁穎欣"],
  ns=["《2021年公職（參選及任職）（雜項修訂）條例草案》 (a bill)", "民主黨屯門區黨團 (總辭: its five members named)",
      "尹兆堅 / 林卓廷 / 范國威 (block 10: 離任, acts)", "有權有勢的人 (addressed inside 黎志強's words)"],
  note="A resignation wave. Block 1: '據報' (call 15), the government's leak with its content ('政府…放風，被DQ議員或會被"
       "追討…': the body speaking; hard call, the alternative reads a rumour, null) and the 40 councillors who '宣布辭職' "
       "(call 12, several): '?'. Caption 2 repeats it ('?'). Block 3: '政府消息指出' (unnamed sources: '?'). Block 4: the "
       "named councillors who '宣布辭職' (call 12: each a speaker, several: '?'); titles as written next to the names "
       "(offices, parties and groups: 屯門區議會主席, 沙田區區議會主席, 沙田區政, 新民主同盟, 大埔區議會主席); the bare "
       "districts before the other names (北區, 屯門, 沙田區, 九龍城, 觀塘, 深水埗, 葵青, 元朗區; '前青年新政九龍城') are "
       "constituencies, not copied as titles. Block 5: the government's plan and the bill (null). Block 6: 任啟邦 "
       "('發表聲明指') and 林進 ('表示', '呼籲'): '?'. Captions 7, 8: each one's words (theirs). Block 9: '東區區議會主席、"
       "公民黨黎志強說' (his). Block 10: resignations told as departures ('離任', null). Byline '記者林勵、實習記者梁穎欣'.")
A("hkcn-41444", [("梵蒂岡", "o", [], [], [1]), ("天主教香港教區", "o", [], ["教區"], [2]),
                 ("周守仁", "p", ["神父", "華仁校監"], ["周"], [6, 7, 8, 9, 10])],
  rep=[],
  ns=["教宗方濟各 (任命: an act)", "夏志誠 / 蔡惠民 / 湯漢 / 楊鳴章 / 狄恆 / 曾蔭權 (no words)",
      "《明周》 (the outlet of his interview)", "香港耶穌會 (有意爭取: an act)", "政府 (block 12: 改作…用途, an act)",
      "華仁書院 / 耶穌會中華省 (photo credits)"],
  note="Block 1: '梵蒂岡今日（17日）公布，教宗方濟各業任命…' (a body's 公布 of a decision, call 12: the Vatican; the "
       "appointment itself an act; '一度盛傳' a rumour). Block 2: '據教區公告，周的祝聖禮將…舉行' (a body's notice with "
       "its content, call 13; not an agentless 據悉: the diocese is named). Blocks 3-5: his biography (null). Blocks "
       "6-10: 周守仁's post ('撰文…表達，指', '他又指', '他形容'), his letter to parents ('發信，指…'), his interview "
       "('接受《明周》訪問時表示', '在訪問透露'): his. Block 12: '計劃最後於2015年宣布告吹' (an announcement with no "
       "announcer: null, hard call; the alternative is an unnamed speaker, '?'). Titles as written next to the name "
       "('周守仁神父', '華仁校監周守仁神父'). Byline '眾新聞記者' gives no reporter (call 8).")
A("hkcn-28114", [("喻成波", "p", ["浙江第一批援鄂醫療隊醫療總組長、浙江大學醫學院附屬第一醫院感染科主任醫生"], [], [6, 7, 8, 9]),
                 ("萌萌噠貓貓咪", "p", ["網民"], [], [11]), ("古卷青燈月影寒2018", "p", ["網民"], [], [12]),
                 ("深夜一隻貓", "p", [], [], [13]), ("良立華影", "p", ["網民"], [], [14]),
                 ("北面草原", "p", [], [], [15])],
  q=[2, 3, 4, 5, 10],
  unnamed=[(2, "武漢醫生 (向該報表示, relayed by 《健康時報》, call 2)"), (3, "有網民 (指: unnamed)"),
           (4, "一名來自武漢的一位一線醫生 (報道引述: call 2)"), (5, "該名醫生 (報道引述: call 2)"),
           (10, "一名在武漢的醫護人員 (《健康時報》訪問…表示: call 2)")],
  rep=[],
  ns=["《健康時報》 (a medium quoting others, call 2; its '該報指' its own report, as fresh16's 《大公報》)",
      "《人民日報》 (its owner, no words)", "當局 (為了「清零」: criticised, no words)"],
  note="A report on a mainland paper's report. Caption 1: the paper's post (no words: null). Blocks 2, 4, 5, 10: "
       "《健康時報》 quoting an unnamed doctor and an unnamed medical worker (call 2: '?', unnamed speakers, the paper "
       "a not-speaker). Block 3: '有網民指' ('?'). Blocks 6-9: the report's interview with the named doctor "
       "('報道訪問…喻成波，他亦遇見過…：「…」', '喻成波說', '他稱', '他指'): his (a medium relaying a named person's "
       "words: the person speaks, as call 15's relay); his title copied as written. Blocks 11-15: netizens named by "
       "their online names in quotes ('網民「萌萌噠貓貓咪」…說', '另一網民「古卷青燈月影寒2018」：', '「深夜一隻貓」則說', "
       "'網民「良立華影」：', '「北面草原」：'): online names the paper uses as names (named, as fresh10's 「Yoshi HK」, "
       "call 6; hard call, the alternative reads anonymous netizens, '?'); '網民' written before the name is kept as "
       "their title. Byline '眾新聞記者' gives no reporter.")
A("hkcn-46749", [("何珮珊", "p", ["海關女關長"], [], [1, 4, 5, 6, 7, 9, 10, 11])],
  rep=["鄭啟智"],
  ns=["國務院 (任命: an act)", "鄧以海 (未公開回應: no words)", "曾國衞 / 曾國衛 (her husband, no words)",
      "林鄭月娥 (監誓: an act)", "政府新聞處 (發佈…相片: photos, no words)", "區志光 / 區嘉宏 (no words)",
      "陳暋柟 (photographer)"],
  note="A new head of customs meets the press. Block 1: '國務院今日任命…' (an act) and 何珮珊 (表示, 稱, 指): hers. "
       "Blocks 4-6, 9, 11 and captions 7, 10: hers (表示, 形容, 主動提到, 稱, 指; '被問到' leaves the block to her, "
       "call 3). Caption 2 (會見傳媒), caption 12 (監誓), caption 14 and block 15 (no words: '未公開回應') and block 13 "
       "(the government publishes photos) are null. Title: '首名海關女關長何珮珊' gives 海關女關長 ('首名' a "
       "description; '原任海關副關長的何珮珊' a description clause). '記者鄭啟智' gives the reporter.")
A("hkcn-35155", [("梁君彥", "p", ["立法會主席"], ["梁"], [1, 5, 6]),
                 ("黃宏發", "p", ["立法局前主席"], [], [2, 9, 10, 11]),
                 ("劉健儀", "p", ["內會前主席", "立法會內會前主席、自由黨"], [], [2, 12, 13, 14]),
                 ("陳克勤", "p", ["建制派副班長、民建聯"], [], [15]),
                 ("胡志偉", "p", ["民主派會議召集人"], [], [16])],
  q=[2, 8],
  unnamed=[(8, "政府消息 (稱: unnamed government sources)")],
  rep=["林勵"],
  ns=["民主派 (拉布, 點算法定人數: acts; 「先拉未來布」 a quoted term)", "立法會秘書處 (block 4: figures, data)",
      "終審法院 (確定: a ruling told inside 黃宏發's words, call 1)", "政府 (block 8: inside its sources' words)"],
  note="Block 1: '立法會主席梁君彥…再向全體議員發信，警告…' (his letter with its content). Block 2: 黃宏發 and 劉健儀 "
       "'接受眾新聞查詢時異口同聲說' (left to the answerers, as fresh15's '回覆…查詢時表示'; two: '?'). Caption 3 (a "
       "photo, no words), blocks 4 and 7 (the sessions and the past: acts and figures) are null. Blocks 5, 6: his "
       "letter ('發信，表示', '批評', '強調', '他續說', '警告'). Block 8: '政府消息稱' ('?'). Blocks 9-11: 黃宏發 (指出, "
       "舉例說, 表示). Blocks 12-14: 劉健儀 (也說, 同樣說, 提醒, 慨嘆, 形容). Block 15: '建制派副班長、民建聯陳克勤稱' "
       "(his; 梁君彥's warnings told inside his words). Block 16: '民主派會議召集人胡志偉形容' (his). Titles as written "
       "next to the names. '記者林勵' gives the reporter.")
K("hkcn-6018", b2="?", b3="?", b5="?", b6="?", b15="?", b16="?", b32="heading", b35="?", b36="?", b45="?", b46="?")
A("hkcn-6018", [("蕭旭亮", "p", ["前線醫生聯盟副主席"], [], [29]), ("食衛局", "o", [], [], [30]),
                ("陳伯", "p", [], [], [57, 58, 59]), ("陳婆婆", "p", [], [], [60])],
  rep=["吳婉英"],
  ns=["眾新聞 (its own analysis and method, blocks 1, 56, 62, 63: the paper's voice)", "醫管局 (豁免醫療費: an act; "
      "its annual reports: data)", "統計處 (計算: an act)", "何君健 (photographer)"],
  note="A data report. Kinds: the two linked '###' lines (2: an interactive chart, 3: a topic page) are related-article "
       "links (call 9: '?'); the tables' header and separator rows (5-6, 15-16, 35-36, 45-46) are not scored ('?', as "
       "hkcn-2840 and fresh11's hkcn-31261), their data rows paragraphs without speaker; '跑輸人口老化' (32) is the "
       "second line of the sub-heading 31 (a heading); the bold '統計方法：' (61) a heading. Block 1 and the method "
       "(62, 63): the paper's own analysis (null: its voice, not a reporter's enquiry, call 10). Block 29: "
       "'前線醫生聯盟副主席蕭旭亮稱' (his). Block 30: '食衛局回答立法會議員質詢，指…' (the bureau). Caption 57 and "
       "blocks 58-59: '陳伯表示', '他對記者說', '他續稱' (surname + kin form, named, call 6). Block 60: '陳婆婆…她坦言' "
       "(hers; the 醫管局 waiver told inside). Block 56: the reporter's visit (an act). '記者吳婉英' gives the reporter.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3024", [("陳菊容", "p", [], ["阿容"], [3, 4, 7, 9, 12]), ("小恆", "p", [], [], [9])],
  q=[7, 9, 11, 12],
  unnamed=[(7, "阿容打工老闆娘 (說: a relation/role without a name)"),
           (9, "小恆國小班導師 (說: a role)"),
           (11, "當地里長 (說: a role); 阿義大姊 (說: a relation); 醫院社工 (說: a role)"),
           (12, "陳姓高中老師 (說: X姓, unnamed by call 6)")],
  rep=["韓旭爾"],
  ns=["魏進義 / 阿義 (in a coma: no words; his promise told inside 小恆's words)", "學校 (inside the teacher's words)",
      "球友們 (acts)", "蘋果基金會 (訪視後撥款: acts)", "對方 (認為: inside 陳菊容's words)"],
  note="'阿容（陳菊容）', '阿義（魏進義）': name = full name, alias = nickname (call 6). Caption 3: '阿容…在耳邊加油打氣，"
       "希望他能早日甦醒' (cheering him on, with its content: hers; hard call, as fresh16's adtw-A3073 caption 6). "
       "Block 4: her greeting '「阿義，今天好嗎？」' opening the paragraph about her visit (hers). Block 7: 阿容 (傷心說, "
       "說) and her employer ('阿容打工老闆娘說', unnamed): '?'. Block 9: 阿容, the class teacher (a role) and 小恆 (a "
       "name the paper uses): '?'. Block 11: a role, a relation and a role ('?'). Block 12: '陳姓高中老師說' (unnamed, "
       "call 6) and '阿容說': '?'. Caption 6 reports no words. Byline '報導．攝影╱韓旭爾' (5).")
A("adtw-A3901", [("陳厚堅", "p", [], [], [6, 8, 10]), ("小美", "p", [], [], [12]), ("小冠", "p", [], [], [12]),
                 ("阿銘", "p", [], [], [13])],
  q=[9, 12, 13],
  unnamed=[(9, "當地公所社會課 (表示: a local office without a name, as fresh10 and fresh14)"),
           (12, "孩子們 (說: the two children together)"), (13, "小冠的班導師 (說: a role)")],
  rep=["向高彬"],
  ns=["醫師 (inside 陳厚堅's words)", "前妻 / 媽 (her words told inside 小冠's)", "鄰居 (inside his words)",
      "蘋果基金會 (訪視後撥款: acts)"],
  note="Block 4: his illness and worries in the paper's words ('他想著…', '心中不安茫然': thoughts, null). Blocks 6, "
       "8, 10: '陳厚堅對記者說', '他說', '陳厚堅回述' (his; '單親爸' before the name not copied as a title, as fresh16's "
       "單親媽媽). Block 9: the local office ('?'). Block 12: the children together, '小美說', '讀國三的小冠說' (their "
       "mother's phone call told inside 小冠's words): '?'. Block 13: '陳厚堅的外甥阿銘說' (外甥 a relation, no title) "
       "and the class teacher (a role): '?'. Caption 3 reports no words. Byline '報導•攝影╱向高彬' (5).")
A("adtw-A3793", [("梁照隆", "p", [], ["阿隆"], [4, 8]), ("楊清翠", "p", [], ["阿翠"], [5, 8, 9]),
                 ("小杉", "p", [], [], [9]), ("小慧", "p", [], [], [9]), ("阿菊", "p", [], [], [11])],
  q=[8, 9, 11],
  unnamed=[(11, "住阿隆家附近的嬸嬸 (表示: a relation); 醫院社工 (表示: a role)")],
  rep=["楊光翔"],
  ns=["醫生 / 診所醫師 (inside 梁照隆's and 楊清翠's words)", "蘋果基金會 (訪視後撥款: acts)"],
  note="'阿隆（梁照隆）', '阿翠（楊清翠）': name = full name, alias = nickname (call 6). Block 4: his halting words, "
       "'仍吃力地向記者說出心中擔憂' (his; the byline '報導•攝影╱楊光翔' glued to the block). Block 5: '阿翠說' (the "
       "doctor's words inside hers). Block 8: 阿隆 (表示) and 阿翠 (說): '?'. Block 9: 小杉 (向記者說), 小慧 (表示) and "
       "阿翠 (說): '?'. Block 11: the aunt (a relation), '阿隆三妹阿菊說' (a relation, no title) and the hospital social "
       "worker (a role): '?'. Captions 3 and 6 report no words.")
A("adtw-A3907", [("張秀綺", "p", [], ["阿秀"], [3, 6, 9, 11]), ("小萱", "p", [], [], [8]), ("阿金", "p", [], [], [9]),
                 ("小毅", "p", [], [], [10]), ("小澤", "p", [], [], [11]), ("阿莉姨", "p", [], [], [13])],
  q=[8, 9, 11],
  unnamed=[(8, "小萱班導 (說: a role)")],
  rep=["楊光翔"],
  ns=["前夫 (block 6: no words; named 阿金 in block 9)", "當地公所 (轉介: an act)", "蘋果基金會 (訪視後撥款: acts)"],
  note="'阿秀（張秀綺）': name = full name, alias = nickname (call 6). Block 3: her quote, then '感慨地向記者說著' "
       "(hers; '單親媽' not copied as a title). Block 6: '阿秀說'. Block 8: 小萱 (說) and her class teacher (a role): "
       "'?'. Block 9: 阿秀 (表示) and '阿秀前夫阿金說' (a name the paper uses; 前夫 a relation): '?'. Block 10: '弟弟小毅"
       "返家，嚷著肚餓要吃飯' (his words told indirectly: his; hard call, the alternative reads a scene, null). Block 11: "
       "阿秀 and '讀大二的兒子小澤說': '?'. Block 13: '阿秀65歲媽媽阿莉姨說' (a name the paper uses, as 阿鳳嬤; 媽媽 a "
       "relation): hers. Captions 2 and 5 report no words. Byline '報導•攝影╱楊光翔' (4).")
A("adtw-A3615", [("黃阿紅", "p", [], [], [4, 5, 7, 8]), ("張道東", "p", [], [], [5]), ("張榮新", "p", [], [], [11]),
                 ("小蕙", "p", [], [], [12])],
  q=[5, 12],
  unnamed=[(12, "里長 (說: a role)")],
  rep=["張嘉恬"],
  ns=["婆婆 (her words told inside 黃阿紅's)", "媒體 (報導: acts)", "蘋果基金會 (獲悉訪視後撥款: acts)"],
  note="Block 4: 黃阿紅's call to her father-in-law ('「阿爸！…」') and '黃阿紅說' (hers; the byline '報導•攝影╱張嘉恬' "
       "glued to the block). Block 5: '黃阿紅說' and '她公公張道東突然開口說：「為什麼要這樣做？」': '?'. Blocks 7, 8: "
       "hers ('邊…邊說', '她說', '也說'). Block 11: '黃阿紅先生說' (her husband, named 張榮新 in caption 9 as the father "
       "of the children: his; his wife's words at their wedding told inside; hard call, the alternative reads an "
       "unnamed relation, '?'). Block 12: '18歲長女小蕙說' and '里長說' (a role): '?'. Captions 3 and 9 report no "
       "words.")
