# Kinds and speaker gold of fresh set 22 (annotated 2026-12-08 by a helper of session 26, from the texts and the
# corpus conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh22.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh22-2026-12-08"; the
# same rules as set 20, annotations/speakers/fresh20.py, and set 21, with the republished-text exclusion applied from
# the start, the 150 charity stories of /tmp/wide-adtw/ excluded as well, and set 21's ids and dates skipped).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths, commit 635cc02f… as sets 14-21) shuffled with
#   random.Random(seed), skipping ids in split.tsv (sets 1-21 included; set 21 is already merged into main) and in
#   /tmp/wide/ (696 unread 眾新聞 articles whose analyses the lead has read); taken in that order: the first six with
#   category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and at least
#   10 speech cues (表示|指出|說|稱|認為|「, counted as matches).
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, commit 3826761f… as sets 14-21)
#   shuffled with random.Random(seed), skipping the ids already in the corpus (sets 2-21 included) and the 150 ids of
#   /tmp/wide-adtw/ (charity stories whose analyses the lead has read; a best reconstruction of session 25's sample,
#   which could not be rebuilt exactly, so a story the lead saw may still be outside it); taken in that order: the
#   first five whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues
#   (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-za1..za5): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-21 included), and (to avoid clashes with set 21, which takes only odd days)
#   every date whose day of the month is odd skipped. In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   an editorial, a Q&A, a reader's question or a document; a 新华社 wire summarising a 《求是》 article is skipped as a
#   document's summary, a speech printed in full is skipped; a letter printed in full with its wire report may be
#   taken, as sets 15-18) with at least one named person quoted; a file whose title alone shows a document, a column,
#   a Q&A or a commentary is skipped unread. Raw files saved from read_file under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start): a candidate with at least half of its extracted lines longer
#   than 30 characters found word for word in a text of split.tsv (its ID.original.txt under texts/ or the cache) or in
#   a file of /tmp/wide/ or /tmp/wide-adtw/ is skipped (checked by a script before the candidate is read; for 人民日报,
#   whose files can only be seen by reading them, right after saving).
# Set 21 (/work/wt-fresh21, rmrb-z01..z05): an id or a 人民日报 date that appears in its manifest.tsv or
#   cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing and again just before the set is
#   committed); set 21 draws 眾新聞 and 蘋果日報 with its own seed, so an id of ours already in its manifest is skipped.
#
#   Outcome (the draw script, /tmp/fresh21-draw/draw.py adapted to this worktree with an even-days option, reproduced
#   set 21's outcome exactly with set 21's seed, set 21's ids taken out of the corpus and of the republished check, its
#   dates out of the used dates and odd days only, before it was run with this seed; set 21 was already merged into
#   main when this worktree was made, so its ids and dates were in split.tsv and cache-manifest.tsv, and
#   /work/wt-fresh21's manifest.tsv and cache-manifest.tsv held no id or date beyond them).
#   眾新聞: hkcn-16694, -5611, -13370, -16325, -48034, -46946 taken (the 4th, 6th, 7th, 19th, 20th and 22nd files in
#   shuffled order; extracted characters / cues 1887/30, 851/17, 1566/30, 1782/30, 1042/13, 875/12). Skipped among the
#   first 22: 眾說 columns (hkcn-19986, -25437, -11481, -27840, -49851, -8285, -24160, -8326, -32419), a 眾觀 piece
#   (hkcn-40379), files without category and nothing extracted (hkcn-42297, -49159), 眾聞 texts under 800 characters or
#   10 cues (hkcn-20680 707/7, -46025 714/4, -15139 859/7, -4989 601/17); none of the 22 was in split.tsv, /tmp/wide/
#   or set 21. No candidate was republished: hkcn-16694 shares 4 of its 12 lines over 30 characters with a text of
#   split.tsv, /tmp/wide/ or /tmp/wide-adtw/ (under half: taken; the shared lines were not looked at), the others none
#   (of 8, 10, 10, 9, 8).
#   蘋果日報: adtw-A3204, -A3831, -A3298, -A3535, -A3573 taken (the first five in shuffled order; 813/10, 866/9, 822/15,
#   863/11, 905/12), none skipped, none in /tmp/wide-adtw/ or set 21; none shares a long line (of 5, 7, 5, 7, 9).
#   人民日报: in shuffled order the unused dates were 2025-01-17 (odd: skipped), 02-19 (odd), 07-02, 05-02, 02-01 (odd),
#   01-07 (odd), 01-23 (odd), 07-24, 04-02 (then 07-09 odd, 04-08, 03-10, 02-07 odd, 04-16, 07-29 odd, 06-29 odd,
#   01-10). 2025-07-02 (listing of commit a57fa4c8…): 奋力书写为中国式现代化挺膺担当的青春篇章（社论） skipped unread by
#   its title (an editorial); 总书记和青年朋友在一起 read and skipped (6094 > 4000); za1 taken (把严的氛围营造起来
#   把正的风气树立起来, 2140: reactions to a Politburo study session, ten named people and 习近平 quoted); za2 taken
#   (纵深推进全国统一大市场建设 推动海洋经济高质量发展, 1633: a 新华社 wire on a meeting of the 中央财经委员会 chaired by
#   习近平, his speech reported with '发表重要讲话强调'; a news report of a meeting, taken as set 20 took rmrb-y04; hard
#   call, fresh8 skipped a Politburo communiqué that quoted no named person). 2025-05-02 (commit 65acd7d7…): za3 taken
#   (为构建新发展格局、推动高质量发展不断注入新动能, 2172: the first file listed, workers' reactions to a speech); za4
#   taken (四川塑造厚植发展新优势（奋勇争先，决战决胜“十四五”）, 3400: officials and company heads quoted). 2025-07-24:
#   find_files listed no file for the date (skipped). 2025-04-02 (commit 016963ee…): za5 taken (北京着力建设新时代美丽
#   首都, 1592: the first file listed, a resident, officials and 习近平 quoted). Raw files saved under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, lengths 2140, 1633, 2172, 3400, 1592 = total_chars (each copy
#   decoded from the read_file answer had exactly total_chars characters); after saving, none shares a line over 30
#   characters (of 17, 10, 15, 31, 11) with a text of split.tsv, /tmp/wide/ or /tmp/wide-adtw/.
#   Set 21: when the candidates were drawn, the dates chosen, the annotations done and again just before this set was
#   committed, /work/wt-fresh21 was at commit 00beac0 (merged into main as 494f47f) and its manifest.tsv and
#   cache-manifest.tsv held only ids and dates already in main (sets 1-21): no id or date shared with this set.
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, in both scripts, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 15 blocks. Confirmed: quoted
# terms and slogans in the paper's voice (rmrb-za4 7, 10, 14, 31, 33, 36, 38, 41, 43; rmrb-za5 11, 14; hkcn-16694 17,
# 18), the lawsuit filed in caption hkcn-16694 6 (an act) and the agreed facts of hkcn-46946 8 ('同意案情指', a
# document). Also re-read without a cue word: the captions reporting no words (hkcn-16694 5-7, hkcn-5611 4, hkcn-16325
# 2, hkcn-48034 7, the adtw captions), the introductions before a speaker's quote in the 人民日报 texts (rmrb-za1 6, 8,
# 10; rmrb-za3 7, 9, 12 given to the person by their cueless quote), hkcn-16694 8 (the resignations of 賴清德 and 陳菊:
# acts). Changed: hkcn-46946's 林偉豪 lost the title '學生被告' (his role in the case, no defendant in the corpus has
# such a title); no speaker changed.
# Calls re-read and kept: rmrb-za2 (the meeting as a body speaking, named as written, '会议' its alias; the '■' lines
# pull quotes); rmrb-za4 12 (the power centre's advice list quoted: the body, call 13); hkcn-16694 captions 1, 2, 4 and
# block 8 ('宣布辭去/宣布敗選', call 12); hkcn-13370 caption 3 (the department's stated reason: the department) and
# blocks 2 and 7 (a joint press conference of five named people: '?'); hkcn-16325 3-5 (written witness statements read
# in court as their authors' words) and 7 (counsel's '引述' introducing a transcript: his); hkcn-46946 1 (the defence
# counsel before he is named: unnamed) and 3 (a plea of not guilty: his words); adtw-A3298 caption 3 ('稱…為「小妞妞」':
# his); adtw-A3535 caption 3 (talk with a wish: hers, as fresh20's adtw-A3864); adtw-A3573 14 (吳牧師: unnamed).
#
# Convention gaps noticed (resolved here as the notes say; the README has no call for them): a plea of not guilty
# (hkcn-46946 '否認…管有'; earlier sets differ on pleas, fresh17/18 listed it: taken as speech with fresh6, 8, 10);
# a written witness statement read out in court by counsel ('莫嘉晉的書面供詞提到', as fresh20's police evidence: its
# author's words); a transcript of a meeting quoted by counsel in court ('港鐵代表：…', '張釗鋒：…', as call 4's Q&A
# lines) and counsel's '引述' that introduces it; a defence counsel described by role ('辯方大律師') in the paragraph
# before he is named (call 11 covers a bare 辯方 after the name); a body's advice list quoted as received by a company
# (call 13 covers notices, but not a document addressed to a third party quoted in the paper's voice); a meeting as a
# body ('会议指出', named as written as fresh11's rmrb-p05 but with the body's full meeting name); resignations without
# words beside an announced one ('請辭', '宣布辭去'); an occupational title with a surname ('吳牧師', read as call 6's
# '曲局长'); a person whose name is a common word (rmrb-za5 '文献', a vice-mayor); a child's name for a thing ('稱…為「小
# 妞妞」'); a paper's own finding ('據眾新聞瞭解', calls 10 and 15 both give '?'); a defendant's role before his name
# ('學生被告', no title); a date without files in the listing (rmrb 2025-07-24, skipped as having no article).
#
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-za1", b18="byline")
A("rmrb-za1", [("习近平", "p", ["总书记"], [], [3]),
               ("吕品", "p", ["中央党校（国家行政学院）党的建设教研部教授"], [], [5]),
               ("胡海波", "p", ["南方电网贵州铜仁供电局党员突击队队长"], [], [7]),
               ("顿珠", "p", ["夏拉苏村党支部书记"], [], [9]),
               ("石金奇", "p", ["龙昌村驻村第一书记"], [], [11]),
               ("李坚", "p", ["国网浙江电力青年党员"], [], [12]),
               ("张铁民", "p", ["黑龙江省绥化市纪委书记、市监委主任"], [], [13]),
               ("林忠", "p", ["福建省柘荣县纪委监委第五纪检监察室主任"], [], [14]),
               ("罗招政", "p", ["浙江省温州市文成县委书记"], [], [15]),
               ("王伟", "p", ["江苏省邳州市委书记"], [], [16]),
               ("张果", "p", ["重庆市大渡口区委书记"], [], [17])],
  q=[4],
  unnamed=[(4, "广大党员干部 (表示: several, no names)")],
  rep=["赵成", "祝大伟", "刘军国", "苏滨", "徐驭尧", "刘晓宇", "刘新吾", "白光迪", "祝佳祺", "何昭宇"],
  ns=["中共中央政治局 (集体学习: an act)", "村民们 (采收: acts)"],
  note="Reactions to a speech. Kinds: the title (0) and the '——' sub-title (1) are headings; '本报记者' (2) is the "
       "byline without a name; the closing '（本报记者赵成、…、何昭宇）' (18) a byline whose names are the reporters "
       "(call 8, as rmrb-s03 and fresh16's rmrb-u05). Block 3: '习近平总书记在主持学习时强调' (his). Block 4: '广大党员"
       "干部表示' (several, unnamed: '?'). Blocks 5, 7, 9, 11-17: each official's quote (说, 表示), 习近平's words "
       "quoted inside theirs (theirs). Blocks 6, 8, 10 introduce the next speaker (null); the titles written next to "
       "the name there are copied (call 7, as the other sets' rmrb texts).")
A("rmrb-za2", [("习近平", "p", ["中共中央总书记、国家主席、中央军委主席、中央财经委员会主任"], [], [3, 6]),
               ("中央财经委员会第六次会议", "o", [], ["会议"], [4, 5, 8, 9, 10, 11])],
  q=[3, 4, 5],
  rep=[],
  ns=["李强 / 蔡奇 / 丁薛祥 (出席: no words)", "中央财经委员会委员 / 有关部门负责同志 (出席, 列席: acts)",
      "新华社 (the wire: no reporter named)"],
  note="A 新华社 wire on a meeting printed by 人民日报, as fresh20's rmrb-y04. Kinds: the kicker (0, '习近平主持召开…"
       "会议强调'), the title (1) and the sub-title (2, '李强蔡奇丁薛祥出席') are headings; the '《人民日报》' line "
       "gives no byline. The three '■' summary lines repeat words without a cue: pull quotes (call 5, not scored): "
       "3 repeats 习近平's (block 6), 4 and 5 the meeting's (blocks 8, 10). Block 6: '习近平在会上发表重要讲话强调' "
       "(his; the dateline '新华社北京7月1日电' glued, no reporter). Blocks 8-11: '会议指出/强调' (the body speaking "
       "through its meeting, named as written, as fresh11's rmrb-p05 '中共中央政治局会议'). Blocks 7, 12: attendance "
       "(null).")
K("rmrb-za3", b20="byline")
A("rmrb-za3", [("习近平", "p", ["总书记"], [], [3, 6, 11, 16]),
               ("甘俊林", "p", ["中车眉山车辆有限公司货车制造中心首席技师、冷作钣金工"], [], [7]),
               ("刘鹏达", "p", ["国网山东省沂水县供电公司配电运检专工"], [], [8]),
               ("富肖艳", "p", ["山西省天镇县阳光职业培训学校高级培训师"], [], [9]),
               ("次仁措姆", "p", ["运作组组长"], [], [12]),
               ("朱雪芹", "p", ["上海市总工会兼职副主席、快乐集团上海企业发展有限公司党委副书记"], [], [13]),
               ("杨莎莎", "p", ["云南省云县人民检察院第二检察部主任"], [], [14]),
               ("卢怀春", "p", ["江西省萍乡市拓源实业有限公司质量技术部员工"], [], [17]),
               ("于洪波", "p", ["浙江省杭州市余杭区科技城供电所所长"], [], [18]),
               ("尹周", "p", ["中国建筑五局华南公司广州分公司党委书记、总经理"], [], [19])],
  q=[4],
  unnamed=[(4, "大家 (表示: the cadres and people, several)")],
  rep=["刘博通", "孟祥夫", "易舒冉", "贺林平", "付明丽", "游仪", "徐驭尧", "李蕊", "杨颜菲"],
  ns=["西藏顺丰速运有限公司 / 公司职工 (acts)"],
  note="Reactions to a speech. Kinds: the title (0), the '——' sub-title (1) and the three bold sub-headings (5, 10, "
       "15) are headings; the byline (2); '（本报记者…参与采写）' (20) a byline, its names reporters (call 8). Blocks "
       "3, 6, 11, 16: 习近平 (强调, 指出). Block 4: '大家表示' (several, unnamed: '?'). Blocks 7, 9, 12, 13: a person "
       "introduced and a cueless quote right after (theirs, as fresh21's rmrb-z01 block 8; 13 '深感振奋，“…”'). "
       "Blocks 8, 14, 17-19: 说 (theirs). 次仁措姆's '提醒工作人员注意生产安全规范' in block 12 is her act at work "
       "(the quote gives the block to her anyway).")
A("rmrb-za4", [("习近平", "p", ["总书记"], [], [5]),
               ("新区供电服务中心", "o", [], [], [12]),
               ("柏健", "p", ["新区供电服务中心主任"], [], [13]),
               ("许定花", "p", ["欧林生物成都研究院院长助理"], [], [16]),
               ("代永波", "p", ["四川省发展改革委主任"], [], [19]),
               ("赵宏飞", "p", ["公司技术总监"], [], [24]),
               ("翟刚", "p", ["四川省经济和信息化厅厅长"], [], [25]),
               ("蒋彦坤", "p", ["公司数字化与智能制造技术部副部长"], [], [28]),
               ("王晓晖", "p", ["四川省委书记"], [], [29]),
               ("左登旭", "p", ["四川新康意众申新材料有限公司关务部部长"], [], [42])],
  q=[39, 44],
  unnamed=[(39, "四川省交通运输厅相关负责人 (表示: an official without a name)"),
           (44, "中国（四川）自由贸易试验区工作办公室相关负责人 (说: an official without a name)")],
  rep=["张帆", "王明峰", "王永战"],
  ns=["四川诺阳汽车部件有限公司 (收到: the addressee)", "党中央 (作出…决策: an act)", "四川 / 重庆 / 川渝两地 (acts)",
      "东方电机有限公司 / 四川守创复材结构件有限公司 (acts)"],
  note="Kinds: the kicker (0) and the title (1) are headings, the byline (2); the three bold sub-headings (8, 20, 32) "
       "headings; the one-line labels without '——' (7, 9, 11, 15, 21, 23, 26, 34, 40) stay paragraphs in the paper's "
       "voice (call 14). Block 5: 习近平 (强调, 指出). Block 12: the energy advice list quoted ('“贵公司…建议…”'), "
       "'收到新区供电服务中心发来的能效建议清单' (a body's notice with its content reported: the body speaking, call 13; "
       "hard call, the alternative reads the list as a document). Blocks 13, 16, 19, 24, 25, 28, 42: 说, 介绍 (theirs; "
       "'公司技术总监', '公司数字化与智能制造技术部副部长' as written). Block 29: '四川省委书记王晓晖表示' (his). Blocks "
       "39, 44: '相关负责人' without a name ('?', as fresh20's rmrb-y05). The rest is the paper's account and data "
       "(null).")
A("rmrb-za5", [("宋阳", "p", ["丰台区德鑫嘉园小区居民"], [], [3]),
               ("习近平", "p", ["总书记"], [], [5]),
               ("尹力", "p", ["北京市委书记"], [], [6]),
               ("高大伟", "p", ["北京市园林绿化局局长"], [], [8]),
               ("文献", "p", ["北京市副市长、朝阳区委书记"], [], [13])],
  rep=["潘俊强", "李建广"],
  ns=["北京 (acts)", "数据显示 (block 13: data)"],
  note="Kinds: the kicker ending in '——' (0) and the title (1) are headings, the byline (2); the one-line labels "
       "without '——' (7, 9, 12) stay paragraphs (call 14). Block 3: '居民宋阳举起手机，定格美好风景，“…”' (a cueless "
       "quote right after his act: his). Block 5: '习近平总书记…强调“…”' (his). Blocks 6, 8, 13: 表示 (theirs; the "
       "vice-mayor's name is 文献, a person, not a document; the data after his words ('数据显示') told in the paper's "
       "voice). Block 14: a slogan ('“人民城市人民建、人民城市为人民”') in the paper's voice (null).")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-16694", [("蔡英文", "p", ["黨主席"], [], [1, 2, 8, 9]),
                 ("韓國瑜", "p", ["國民黨候選人"], [], [3, 10]),
                 ("陳其邁", "p", ["民進黨"], [], [4, 10]),
                 ("丁守中", "p", ["國民黨"], [], [11]),
                 ("吳敦義", "p", ["國民黨主席"], [], [12]),
                 ("賴清德", "p", ["行政院長"], [], [13])],
  q=[10, 12, 14, 15, 16],
  unnamed=[(12, "現場有人 (高喊: unnamed)"), (14, "一名綠委 (嘆, 說: unnamed)"), (15, "另一綠委 (說, 認為: unnamed)"),
           (16, "有綠委 (說: unnamed)")],
  rep=[],
  ns=["柯文哲 (險勝, 擊敗: no words)", "陳菊 (請辭: an act, no words)", "台北檢警部門 / 警方 (acts)",
      "中央與台北市選委會 (accused inside 丁守中's words)", "台灣蘋果日報 / 美聯社 (photo credits)"],
  note="Captions 1, 2: '蔡英文宣布辭去民進黨主席' (an announcement, call 12: hers). Caption 3: '韓國瑜…稱要打造…' (his). "
       "Caption 4: '陳其邁上台宣布敗選，表示…' (his). Captions 5-7 report no words (6: filing a lawsuit, an act). Block 8: "
       "'黨主席蔡英文宣布辭去主席一職' (hers) and the resignations of 賴清德 and 陳菊 ('請辭', acts without words; 賴清德's "
       "words come in block 13): hers. Block 9: 蔡英文 (表示). Block 10: 陳其邁 (宣布敗選，並表示) and 韓國瑜 (說): '?'. "
       "Block 11: '丁守中指中央與台北市選委會合謀操作…提出選舉無效訴訟' (his; the lawsuit an act; '國民黨' written before "
       "the name is his affiliation, call 7). Block 12: 吳敦義 (發表談話, 說) and '現場有人高喊，「吳敦義選總統」' "
       "(unnamed): '?'. Block 13: 賴清德 (說). Blocks 14-16: unnamed legislators ('一名綠委', '另一綠委', '有綠委': '?'). "
       "Blocks 17, 18: results (null). Byline '眾新聞記者' gives no reporter (call 8).")
K("hkcn-5611", b3="?")
A("hkcn-5611", [("卓玉楨", "p", [], ["卓"], [1, 5, 6, 7, 8, 9])],
  q=[2],
  unnamed=[(2, "據眾新聞瞭解 (the paper's own enquiry: call 10 / 15)")],
  rep=["林勵"],
  ns=["卓玉楨太太 (應門: no words)", "公安 / 當局 / 國保 (acts, told inside his words)", "有線電視 / 有線記者 (inside his "
      "words)", "劉曉波 (dead, no words)"],
  note="Block 1: '卓玉楨今日稍早前證實消息，表示「…」' (his). Block 2: '據眾新聞瞭解，…' (the paper's own finding with an "
       "unnamed source: '?', calls 10 and 15). Block 3: '相關新聞： …' a related-article link (kind '?', call 9). Caption "
       "4 reports no words. Blocks 5-9: 卓玉楨 (批評, 指出, 說, 慨嘆, 憂慮「躲不過去」, 如是說; '卓說' gives the "
       "surname alias); the police's acts and the landlord pressure told inside his words. Block 9: a quote, '身為基督徒"
       "的卓玉楨如是說' and a closing cueless quote (his). '記者林勵' gives the reporter.")
A("hkcn-13370", [("黃之鋒", "p", ["香港眾志秘書長", "眾志秘書長"], ["黃"], [1, 2, 4, 5, 6, 7, 8]),
                 ("懲教署", "o", [], [], [3]),
                 ("邵家臻", "p", ["立法會議員"], [], [2, 7]),
                 ("張超雄", "p", ["立法會議員"], [], [2, 7, 9]),
                 ("區諾軒", "p", [], [], [2, 7, 10]),
                 ("梁啟昌", "p", ["立法會議員"], [], [2, 7])],
  q=[2, 7],
  rep=["劉愛霞"],
  ns=["何君健 (photographer)", "懲教署投訴調查組 / 總懲教主任 / 涉事職員 (their replies told inside 黃之鋒's words)",
      "政府 (its usual reply told inside 張超雄's words)", "監警會 (named as a model)"],
  note="Block 1: 黃之鋒's complaints and '但他指署方以…為由，裁定兩宗投訴不成立' (his; the department's reasons told "
       "inside). Block 2: '黃之鋒聯同立法會議員邵家臻、張超雄、區諾軒、梁啟昌召開記者會，表明…；他們倡議…' (several "
       "named: '?'; '立法會議員' written next to 邵家臻 only here, and next to 張超雄 in block 9 and 梁啟昌 in caption "
       "7; 區諾軒 has none next to his name). Caption 3: '黃之鋒展示…文件' (an act) and '惟懲教署以被告人否認為由，"
       "指其投訴不成立' (the department's stated reason, call 1: what a body wrote is reported): the department. "
       "Blocks 4-6, 8: 黃之鋒 (表示, 指, 質疑, 形容, 認為; '黃表示' gives the surname alias; the chief officer's words "
       "'他引述該名總懲教主仼表示' told inside his). Caption 7: '黃之鋒聯同…倡議' (several: '?'). Block 9: 張超雄 (指, "
       "批評, 建議). Block 10: 區諾軒 (建議, 解釋). '實習記者劉愛霞' gives the reporter.")
A("hkcn-16325", [("張釗鋒", "p", ["泛迅地盤管工"], ["張釗峰", "張"], [1, 3, 4, 5, 6, 9, 10, 11, 12]),
                 ("莫嘉晉", "p", ["禮頓工程師"], ["莫"], [3, 4, 5]),
                 ("Ian Pennicott", "p", ["英國御用大律師"], ["Pennicott"], [6, 7]),
                 ("Peter Hansford", "p", ["委員會教授"], [], [11]),
                 ("夏正民", "p", [], [], [12])],
  q=[3, 4, 5, 6, 8, 11, 12],
  unnamed=[(8, "港鐵代表 (a transcript line: a role without a name)")],
  rep=["周滿鏗"],
  ns=["潘偉山 (his anger told inside 張釗鋒's words)", "潘焯鴻 (his photographs: no words)", "Andy Ip / Andy Wong "
      "(no words)", "港鐵 / 禮頓 / 泛迅 (acts)", "警方 (received a statement)"],
  note="An inquiry hearing. Block 1: 張釗鋒 (指出, 形容, 稱, 說). Caption 2 reports no words. Block 3: '張釗鋒的書面供詞，"
       "提到' (his written statement: his), Pennicott's cross-examination (盤問, 展示: acts), '莫嘉晉的書面供詞，當中提到' "
       "(莫嘉晉's written statement: his, as fresh20's police evidence) and 張釗峰 (同意, 指, 稱): '?'. Blocks 4, 5: "
       "莫嘉晉's statement ('供詞提到', '莫指', '莫又認為') and 張釗鋒 (同意「…」, 稱, 表示): '?'. Block 6: 張釗鋒 (說, "
       "表示, 辯稱, 稱) and 'Pennicott指出': '?'. Block 7: 'Pennicott在庭上又引述…對話內容：' (the counsel quoting in "
       "court: his; hard call, the words follow in 8-9). Block 8: '港鐵代表：…' (a transcript line of an unnamed role: "
       "'?'). Block 9: '張釗鋒： …' (his). Block 10: 張釗鋒 (解釋). Block 11: Hansford (質疑; '委員會教授' as written) "
       "and 張 (解釋, 否認, 指): '?'. Block 12: 夏正民 (提到, 質疑, 認為) and 張釗鋒 (稱): '?'. '代表調查委員會的' a "
       "description clause dropped from Pennicott's title. '記者周滿鏗' gives the reporter (also the photographer).")
A("hkcn-48034", [("田飛龍", "p", ["全國港澳研究會理事"], [], [1, 3, 4]),
                 ("林鄭月娥", "p", ["行政長官"], [], [1, 2, 5, 6, 8, 9])],
  q=[1],
  unnamed=[(1, "有意見 (認為: unnamed)")],
  rep=[],
  ns=["《明報》 (published 田飛龍's article)", "中央 (願意協助: told inside her words)", "選管會 / 政府 (inside her "
      "words)", "政府新聞網 (screenshot credit)"],
  note="Block 1: '有意見認為' (unnamed), 田飛龍 (提出, with its content) and 林鄭月娥 (表明, 稱, 指): '?'. Caption 2: "
       "'林鄭月娥指' (hers). Block 3: 田飛龍's article in 《明報》 ('撰文，稱…他認為…又稱…又提到': his signed article, "
       "his words, as fresh20's rmrb-y01 署名文章). Caption 4: '田飛龍早前撰文，提出以…' (his). Blocks 5, 6, 8, 9: "
       "林鄭月娥 (指, 重申, 說, 解釋, 提到; 8 and 9 continue her with '她'). Caption 7: the government's plan told "
       "without a cue (null). Byline '眾新聞記者' gives no reporter (call 8).")
A("hkcn-46946", [("林偉豪", "p", [], [], [3]),
                 ("陸偉雄", "p", ["大律師"], ["陸大狀"], [4]),
                 ("警方", "o", [], [], [10])],
  q=[1, 6, 7, 10],
  unnamed=[(1, "辯方大律師 (開審前稱, 明言: the counsel, not yet named in this paragraph)"),
           (6, "辯方 (指控, 指: a role, call 11)"), (7, "辯方 (稱, 透露, 預告: a role, call 11)"),
           (10, "控方 (指: a role)")],
  rep=["袁楚楚"],
  ns=["警長 / 警員9899 (acts; the sergeant's plot alleged, '被指': null)", "政府化驗師 (檢驗: an act)",
      "裁判官 (批准保釋: a ruling, call 1)", "案件編號 (block 11: no speaker)"],
  note="A trial's opening. Block 1: '辯方大律師開審前稱…明言…' (the counsel, named only in block 4: unnamed here, '?'; "
       "'被指…「自編自導」' a passive allegation, null). Block 3: '學生被告林偉豪…否認…管有兩枚汽油彈' (a plea of not "
       "guilty: read as his statement, hard call; earlier sets differ on pleas, fresh6, 8, 10 speech, 12, 13 a position; "
       "'學生被告' next to the name is his role in the case: no title, as no defendant in the corpus has one). "
       "Block 4: '陸大狀開審前稱' (the counsel named in "
       "the same paragraph: his; '大律師' as written). Heading 5: the bold sub-heading '辯方：…'. Blocks 6, 7: a bare "
       "'辯方' in paragraphs after the counsel's (a role, '?', call 11). Block 8: '同意案情指' (agreed facts, a document: "
       "null, call 11). Block 10: '警方…向傳媒確認…' (the police: theirs) and '控方指…' (a role): '?'; the magistrate's "
       "bail ruling is not speech. Block 11 (the case number) has no speaker. '記者袁楚楚' gives the reporter.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3204", [("洪富榮", "p", [], [], [4, 6, 7, 9]), ("小豪", "p", [], [], [7, 9]), ("阿蘭", "p", [], [], [11])],
  q=[7, 9, 11],
  unnamed=[(11, "小豪的顏姓班導師 (說: X姓 + a role, call 6); 當地村幹事 (說: a role)")],
  rep=["江品璁"],
  ns=["醫院 (查出: an act, told inside his words)", "公所 / 慈濟 / 張榮發基金會 / 蘋果基金會 (acts)",
      "弟弟 (a relation, no words)"],
  note="Caption 3 reports no words (his illness). Block 4: '61歲的單親爸洪富榮…他說，…「…」' (his; '單親爸' a "
       "relation, no title; the byline '報導．攝影╱江品璁' glued). Caption 5 reports no words. Block 6: 洪富榮 (說, 嘆道; "
       "小豪 only eats). Block 7: '小豪說' and '洪富榮嘆道' (a name the paper uses): '?'. Block 9: 洪富榮 (回述, 轉向小豪說) "
       "and '小豪聽了說' : '?'. Block 11: the form teacher ('顏姓班導師', unnamed), the village officer (a role) and "
       "'洪富榮妹妹阿蘭說' (a name; 妹妹 a relation, no title): '?'.")
A("adtw-A3831", [("葉忠宏", "p", [], ["忠宏"], [4, 5, 9, 10]), ("小杰", "p", [], [], [4]),
                 ("許銳", "p", [], [], [12]), ("吳先生", "p", [], [], [12])],
  q=[4, 8, 12],
  unnamed=[(8, "當地社福中心社工 (說: a role)")],
  rep=["向高彬"],
  ns=["房東 / 社工 (block 5: told inside 葉忠宏's words)", "蘋果基金會 / 慈善會 (acts)", "媽 (匯款: an act told inside "
      "許銳's words)"],
  note="Captions 3 and 6 report no words (his illness, his guilt as a feeling). Block 4: 小杰's words to his father "
       "('說著', '還問：「…」') and '葉忠宏跟記者說' : '?'; the byline glued. Blocks 5, 9, 10: 葉忠宏 (說, 回述, 又說). Block "
       "8: '當地社福中心社工說' (a role: '?'). Block 12: '太太許銳聽了說' (a name; 太太 a relation) and '葉忠宏高中老友"
       "吳先生說' (surname + courtesy form, named, call 6; 老友 a relation, no title; he calls him '忠宏', the alias): "
       "'?'.")
A("adtw-A3298", [("阿梅", "p", [], [], [4, 7, 9, 12]), ("小興", "p", [], [], [3, 4, 9]), ("黃先生", "p", [], [], [10])],
  q=[4, 9, 10, 12],
  unnamed=[(10, "服務小興的社工 (說: a role); 公所社會課課員 (表示: a role)"),
           (12, "小興就讀的幼稚園老師 (說: a role; 小興's cry told inside her words)")],
  rep=["張嘉恬"],
  ns=["醫生 (inside the teacher's words)", "小興父親 (no words)", "蘋果基金會 (撥款: an act)"],
  note="Caption 3: '小興稱殘缺右掌為「小妞妞」…表示深愛媽媽' (his name for his hand: his; the drawing a gesture; hard "
       "call). Block 4: his quoted question ('「媽咪，…？」6歲小興說的') and '他46歲的單親媽阿梅說' : '?'. Block 5: "
       "'報導．攝影╱張嘉恬' on its own line (byline). Caption 6 reports no words. Block 7: '阿梅說' (hers). Block 9: "
       "阿梅 (說：「…」) and '小興突然對記者說' : '?'. Block 10: the social worker (a role), '阿梅打工處的僱主黃先生說' "
       "(surname + courtesy form, named, call 6; the employer a relation to her, no title, as fresh20's 阿瑜) and the "
       "district clerk (a role): '?'. Block 12: the kindergarten teacher's words (a role; the child's cry quoted inside "
       "them) and '阿梅說' : '?'.")
A("adtw-A3535", [("小如", "p", [], [], [3, 4, 5, 7, 11]), ("王惠芳", "p", [], ["惠芳"], [8, 9]),
                 ("小仲", "p", [], [], [11]), ("阿秀", "p", [], [], [12]), ("阿雲", "p", [], [], [13])],
  q=[11, 12],
  unnamed=[(12, "王惠芳…她二姊 (說: a relation)")],
  rep=["向高彬"],
  ns=["阿成 (paralysed, no words)", "醫師 (inside 小如's words)", "公所 / 蘋果基金會 (acts)"],
  note="Caption 3: '小如…每天到護理之家陪爸講話復健，盼他快好轉能回家' (her talk with its wish: hers, as fresh20's "
       "adtw-A3864 caption 3; hard call). Block 4: '「爸，加油，…」…小如跟…爸爸輕聲說' and '小如跟記者說' (hers; the "
       "father's '咕嚕' a sound; the byline glued). Blocks 5, 7: 小如's quotes (說, 又說). Block 8: '王惠芳回述' (hers). "
       "Caption 9: '王惠芳（右）說，「…」' (hers). Block 11: 小如 (說) and '讀高三的弟弟小仲說' : '?'. Block 12: '她二姊說' "
       "(a relation, unnamed) and '他大姊阿秀說' (a name the paper uses): '?'. Block 13: '王惠芳的好友阿雲說' (hers; "
       "'惠芳' the alias of 王惠芳).")
A("adtw-A3573", [("阿珠", "p", [], [], [4, 5, 6, 8, 11]), ("小君", "p", [], [], [5, 8, 12]), ("阿光", "p", [], [], [5])],
  q=[5, 8, 13, 14],
  unnamed=[(13, "當地村幹事 (指出: a role)"), (14, "吳牧師 (說: surname + title, call 6)")],
  rep=["孫敏聿"],
  ns=["丁煙 (dead: his recorded words told inside 阿珠's)", "家扶中心 / 教會 (acts)", "親戚 (inside 阿珠's words)"],
  note="Captions 3 and 9 report no words. Block 4: the opening quote '「阿爸，你放心走吧…」' before '16歲的阿珠帶著…上香' "
       "(a cueless quote, the paragraph's one person who acts: hers; the byline glued). Block 5: 阿珠 (端來, 生氣制止：「…」), "
       "小君 and 阿光 quarrelling ('「給我」、「爸爸之前說要給我手機的」': one of the two, unsaid which) and 阿光 "
       "('大哭，「…」'): '?'. Blocks 6, 11: '阿珠說' (hers). Block 8: 阿珠 (說) and '妹妹小君接著說' : '?'. Block 12: "
       "'小君接著說' (hers). Block 13: '當地村幹事指出' (a role: '?'). Block 14: '長期關懷阿珠家的吳牧師說' (surname + an "
       "occupational title, unnamed as call 6's '曲局长': '?').")
