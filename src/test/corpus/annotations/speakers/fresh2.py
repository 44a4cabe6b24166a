# Kinds and speaker gold of fresh set 2 (annotated 2026-12-07, session 19, from the texts and the corpus conventions
# only; the speaker engine was never run on these texts and its output never read). Pass 1 + pass 2.
# Run: python3 annotations/speakers/fresh2.py
#
# Selection (rules written down before any candidate text was read; seed "pizhu-fresh2-2026-12-07").
# 眾新聞 (8, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first eight with category 眾聞
#   (news), 800-3000 characters after extraction and at least 10 speech cues (表示|指出|說|稱|認為|「), as set 1.
#   Skipped before them: 眾說/眾觀 columns (hkcn-5171, -22280, -14810, -11940, -2419, -9414, -29533, -30180, -21529,
#   -7410, -10508, -10811, -201, -8237) and news outside the length/cue bounds (hkcn-13510, -42705, -24417, -23505,
#   -43530, -8055, -16665, -35864).
# 蘋果日報 Taiwan (6, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, 918 files) shuffled with
#   random.Random(seed), skipping the six ids already in the corpus; taken in that order: the first six whose extraction
#   has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為). None was skipped.
# 人民日报 (6, rmrb-g01..g06): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (set 1's included): 2025-04-21, 2025-02-05, 2025-04-04, 2025-03-15, ... In that order,
#   per date the articles of the find_files listing in order, at most two per date, a stored file of at most 4000
#   characters, a news report (not a commentary column, a Q&A, a reader's question or a document) with at least one
#   named person quoted. 2025-04-21: 中办国办印发《农村基层干部廉洁履行职责规定》 (a document) and 以“满格”状态实干奋斗
#   （今日谈） (a commentary column) skipped unread by their titles; g01, g02 taken. 2025-02-05: 全方位扩大国内需求 read
#   and skipped (4032 characters), g03 taken, 实现合理增长，这个“合理”有啥深意？（读者点题） read and skipped (a
#   reader's question answered by the reporter, nobody quoted); no more read. 2025-04-04: g04, g05 taken (g05 is a
#   新华社 wire on 习近平, kept: a leader's report is a common kind of 人民日报 news). 2025-03-15: g06 taken. Raw files
#   saved from read_file under CACHE/raw/, each copy's length equal to the stored total_chars.
#
# Pass 2 re-read every block of the 20 texts (full text) against pass 1 and listed every paragraph or caption left
# without speaker that holds a cue word or a quote mark: one change, hkcn-2052 block 4 ('據悉' relaying 曾俊華's quoted
# words: his, not '?'), and one not-speaker added (hkcn-24914's film, block 5); the other calls were confirmed.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-g01", b2="heading", b38="byline")
A("rmrb-g01", [("李长青", "p", ["徐工集团重型机械有限公司全地面起重机研究所总体室主任"], [], [11]),
               ("李明强", "p", ["浙江三科线缆股份有限公司董事长"], [], [15]),
               ("张宇", "p", ["贵阳大数据科创城管委会主任"], [], [20]),
               ("杨志刚", "p", ["北大荒农业股份友谊分公司第八管理区农业副主任"], [], [25]),
               ("胡乐盈", "p", ["山东滨州市沾化区宏烨新能源有限公司生产技术部负责人"], [], [29]),
               ("聂波", "p", ["湖北孝感华工高理电子有限公司总经理"], [], [32])],
  q=[8, 24], unnamed=[(8, "an unattributed quote opening the section"), (24, "someone in the field (the shout '种箱补满，开播！')")],
  rep=["卞民德", "许诺", "姚雪青", "李刚", "刘军国", "程焕", "张丹华", "祝大伟", "李蕊", "强郁文", "张腾扬"],
  ns=["江苏 / 广东 / 浙江 / 贵州 / 陕西 / 黑龙江 / 山东 / 湖北 / 河北 (provinces that act)", "徐工集团 (acts)"],
  note="'开栏的话' is the label of the editor's note (heading); its paragraphs are the paper's voice (null). The closing "
       "'（本报记者…参与采写）' names the contributing reporters: byline, its names are reporters (call 8). A quote "
       "followed by name + manner ('…李明强信心十足', '…杨志刚满怀期待') is that person's statement. Block 37's "
       "'要登绝顶莫辞劳' is a quoted verse, not speech (null).")
K("rmrb-g02", b3="heading", b7="heading", b12="heading")
A("rmrb-g02", [("习近平", "p", ["总书记"], [], [2]),
               ("汪芳钰", "p", ["安徽日基焊接装备有限公司办公室负责人"], [], [4]),
               ("郑甜瑶", "p", ["公司物流经理"], [], [6]), ("黄雪玲", "p", ["90后返乡青年"], [], [13]),
               ("何永佳", "p", ["合肥海关副关长"], [], [14])],
  q=[15], unnamed=[(15, "安徽省商务厅相关负责同志 (表示)")], rep=["吴焰", "田先进"],
  ns=["合肥海关 (最新数据显示: data)", "奇瑞汽车 / 阳光新能源… (companies that act)", "安徽省商务厅 (its official speaks unnamed)"],
  note="The labels ending in '——' ('外贸伙伴多元化——') are section headings, as rmrb-f08's '旅游列车——'. The dateline "
       "'本报合肥4月20日电  （记者吴焰、田先进）' stays glued to block 1 (as rmrb-f09); block 1 reports data (null). "
       "Block 13: the opening exclamation '9000万支缝隙刷！' is taken as 黄雪玲's (the paragraph's only person, whose "
       "order it is), as rmrb-f08's unattributed opening quote; an unnamed '相关负责同志' is a role ('?', as rmrb-03).")
K("rmrb-g03")
A("rmrb-g03", [("巫冰洁", "p", ["江西省萍乡市安源区后埠街道五里井社区党委书记"], [], [3]),
               ("陈先法", "p", ["安徽省合肥市包河区大圩镇党委书记"], [], [6, 7]),
               ("林健", "p", ["大圩镇黄港村党支部书记"], [], [8]),
               ("鄞州区督查组", "o", [], [], [11]),
               ("马宁", "p", ["鄞州区姜山镇综合信息指挥室副科长"], [], [12]),
               ("阮锴", "p", ["鄞州区中河街道党工委书记"], [], [13]),
               ("李梓莉", "p", ["居民"], [], [15]), ("郭彬", "p", ["社区第六网格员"], [], [16]),
               ("康乐", "p", ["新城社区党支部书记"], [], [17, 18]),
               ("杜学富", "p", ["江苏省邳州市港上镇十房村党支部书记"], ["杜书记"], [22, 23, 24]),
               ("杨志超", "p", ["金埠街社区党委书记"], [], [28, 29]), ("宋成", "p", ["外卖小哥"], [], [32]),
               ("王碧霞", "p", ["南湖街道宝安社区网格员"], [], [33, 34, 35])],
  q=[9, 19, 21], unnamed=[(9, "基层干部 (their quoted feelings)"), (19, "有基层干部 (道出心声)"), (21, "参会的老乡们 (打趣)")],
  rep=["沈童睿", "李林蔚"],
  ns=["基层干部 (纷纷畅谈, block 26: an announcement, no words)", "《整治形式主义为基层减负若干规定》 (a document)"],
  note="Block 6: the opening quote '给您送‘福’啦！…' is 陈先法's (he brings the greetings). Block 11: the quoted finding "
       "'地下充电桩建设好后…' is the inspection group's (鄞州区督查组, an organisation that speaks, 反馈). Block 15: only "
       "李梓莉 speaks ('来了啊！'); 郭彬 knocks. Block 17: the quote after '…党支部书记康乐，' is his (no verb, as a "
       "name + manner attribution). Block 20 ('来一场“返乡座谈会”') reports no words (null).")
K("rmrb-g04", b9="heading", b13="heading")
A("rmrb-g04", [("王莹", "p", ["广东省深圳市市民"], [], [7]),
               ("胡月明", "p", ["深圳幸福健康集团党委副书记、总经理"], [], [8, 12]),
               ("谢丽珠", "p", ["托育老师"], [], [14]), ("丁灵芝", "p", ["深圳幸福健康集团托育总监"], [], [15])],
  q=[3, 17], unnamed=[(3, "the opening cry '妈妈来啦！' (王莹 or the teacher: not said)"), (17, "据介绍")],
  rep=["王云娜"], ns=["深圳市 / 深圳市国资委 / 沙河街道 (acts)", "《深圳市普惠托育机构补助暂行办法》 (a document)"],
  note="'王莹（化名）' is a full pseudonymous name given by the paper: a named speaker (call 6, as '黃先生（化名）'), name "
       "without （化名）. Block 3: who cries '妈妈来啦！' is not said (the mother arriving or the teacher): unnamed, '?'. "
       "Block 4: '“孩子咋带”这个问题让王莹夫妻犯了难' quotes a worry, not an utterance (null). Block 14: the opening quote "
       "is 谢丽珠's (the paragraph's subject). Block 10's question is the paper's (null).")
K("rmrb-g05", captions=[3], b4="credit")
A("rmrb-g05", [("习近平", "p", ["中共中央总书记、国家主席、中央军委主席"], [], [5, 6, 7, 8, 9, 13, 14, 15, 16])],
  q=[5, 6, 7, 8],
  ns=["李强 / 赵乐际 / 王沪宁 / 蔡奇 / 丁薛祥 / 李希 / 韩正 (attend: no words)", "谢环驰 (新华社 photographer)",
      "干部群众 (向总书记问好: a greeting without words)", "新华社 (the wire: no reporter named)"],
  note="A 新华社 wire printed by 人民日报. The four '■' summary lines repeat 习近平's words without a cue: pull quotes "
       "(call 5), his statements but not scored ('?'). Caption 3 reports no words; '新华社记者  谢环驰摄' is a credit and "
       "the photographer is not a byline reporter (call 8): no reporter. Block 12: the greeting (问好) and the wave "
       "report no words (null). Block 13: '询问孩子们…' and '他强调…' are 习近平's.")
K("rmrb-g06")
A("rmrb-g06", [("宋水友", "p", ["公司董事长"], [], [3]), ("习近平", "p", ["总书记"], [], [4]),
               ("赵成方", "p", ["公司副总裁"], [], [12])],
  rep=["李中文", "刘军国"], ns=["《政府工作报告》 (提出: a document)", "玉环 / 浙江 (act)"],
  note="Blocks 7 and 10 ('数智技术赋能，传统制造业提质增效。') are section-lead sentences written as plain paragraphs in "
       "the source (not bold, ending in 。): kept as paragraphs without speaker. Titles as written next to the name "
       "('公司董事长宋水友', '公司副总裁赵成方').")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-24914", [("Justine", "p", ["香港邊城青年代表"], [], [2, 8, 9, 10, 11]), ("Ada", "p", ["香港示威者"], [], [4]),
                 ("李惠仁", "p", ["導演"], [], [6]), ("鄭竹梅", "p", ["鄭南榕基金會終身義工"], [], [7])],
  q=[3], unnamed=[(3, "中央社及台灣傳媒 (報道: media, call 2)")],
  ns=["中央社 (media)", "紀錄片 (強調: a film, block 5)", "台灣制憲基金會 (委由…執導: an act)", "鄭南榕 (no words)", "外界有些人 (質疑: the topic of Justine's answer)"],
  note="Caption 1 ('Justine在首映會談及香港情勢') announces a talk without its words (null, as set 1's 周潤發 caption). "
       "Block 3: the paragraph is the media's report ('中央社及台灣傳媒報道'): '?' with an unnamed speaker. Block 4: Ada "
       "speaks in the film. Block 6: what Ada hoped is told by 李惠仁 (his statement). Block 9: the topic clause "
       "('對於外界有些人質疑…') leaves the block to the answerer (call 3). No reporter (眾新聞記者).")
K("hkcn-46029", b1="heading", b3="?")
A("hkcn-46029", [("尹建偉", "p", [], ["尹"], [2, 5, 7, 8, 9, 12, 14, 16, 18, 20, 22, 26, 27]),
                 ("黃偉權", "p", ["死因裁判官"], [], [2, 9]), ("曾藹琪", "p", ["家屬代表大狀"], [], [5, 27]),
                 ("胡偉傑", "p", ["時任消防總隊目"], [], [23]), ("伍健民", "p", ["消防處代表"], [], [26])],
  q=[2, 5, 9, 11, 13, 15, 17, 19, 21, 26, 27],
  unnamed=[(b, "the question put in court (⚫, the asker not named)") for b in (11, 13, 15, 17, 19, 21)],
  rep=["劉偉琪"],
  ns=["溫錦明 / 余家銳 (their orders are told inside 尹's testimony)", "霍永鴻 (no words; his written statement not read)",
      "張耀升 (the deceased)", "研訊 (早前透露: the hearing, not a speaker)"],
  note="'【研訊第17天】' is a kicker (heading); '【迷你倉死因研訊】結集' is a link to the series (not scored, call 9). "
       "Block 2: '死者張耀升的拍擋供稱' is the witness named in caption 4 (a definite description of one person, unlike "
       "set 1's '有協助被捕者的律師'), with '死因裁判官質疑': '?'. Counsel who question him by name ('在曾藹琪查問下', "
       "'在伍健民查問下') are explicit askers (call 3): blocks 5, 26, 27 '?'. The ⚫ question lines are unnamed askers, "
       "the '尹：' answers his (call 4). Block 8: orders of 溫錦明 and 余家銳 told in 尹's recollection stay his. Block "
       "23: '根據…胡偉傑早前的證供' reports the content of his testimony (his statement). The case-number line is a "
       "paragraph without speaker.")
A("hkcn-8311", [("黃宏發", "p", ["前立法局主席"], [], [1, 4, 5, 7, 8, 9, 10, 11, 12, 13]),
                ("Lord Pannick", "p", ["英國御用大律師"], [], [3]), ("馬耀添", "p", ["立法會前法律顧問、大律師"], [], [3]),
                ("Lord Lester", "p", ["英國御用大律師"], [], [3]), ("何培謙", "p", ["香港資深大律師"], [], [3])],
  q=[2, 3], rep=["林勵"],
  ns=["建制派 (修改建議: a proposal)", "立法會議事規則委員會 (諮詢: an act)", "《Robert's Rules of Order》 (a book he quotes)",
      "何君健 (photographer)"],
  note="Block 3: the opinions of four lawyers ('兩人認為', '均質疑'): '?'. Caption 5 ('黃宏發回歸前，曾反對提高立法會法定人數') "
       "reports a view he stated: his statement. Block 13 continues his quotation without a cue (his). The "
       "'相關新聞：' link is a paragraph, speaker '?' (call 9).")
A("hkcn-2052", [("莫乃光", "p", ["資訊科技界議員"], [], [1, 2]), ("曾俊華", "p", ["參選人"], [], [4]),
                ("林鄭月娥", "p", [], [], [6]), ("戴耀廷", "p", [], [], [9, 10])],
  q=[3, 5, 6, 7],
  unnamed=[(3, "據了解; 有選委 (形容, 笑言)"), (5, "據悉; 有選委 (形容)"), (6, "據悉 (the 400 votes)")],
  rep=["林勵"],
  ns=["董建華 (his reported claim is the topic of a 選委's remark)", "胡國興 / 梁國雄 (no words)",
      "民主300+ (開會: an act)", "IT Vision (公布名單: an act)", "《眾新聞》 (統計: the paper's own count, data)"],
  note="'據悉' / '據了解' giving a fact are unnamed sources (as set 1's hkcn-30904): blocks 3, 5 and 6 (where "
       "林鄭月娥's earlier statement sits next to a 據悉 fact) are '?'. Block 4 (pass 2; pass 1 had '?'): '據悉，曾俊華"
       "…確認，建制派選委「愈來愈少」' only relays his quoted words, as a medium quoting a named person (call 2): his. "
       "Caption 2 reports 莫乃光's words. The photographer 林勵 is also the byline's reporter.")
A("hkcn-2914", [("胡國興", "p", [], ["胡官"], [2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])],
  ns=["林鄭月娥 (named in his words)", "記者 (提問: passive question, call 3)", "選委"],
  note="The speech printed in full after '以下是胡官在街頭見記發表演說全文：' (blocks 4-13, no cue) is his statement, as "
       "press releases printed in full. Caption 1 (會見記者) reports no words. '胡官' is how the paper calls him in "
       "the headline and the lead-in (alias). No reporter (眾新聞記者).")
A("hkcn-19110", [("阿德恩", "p", ["總理"], [], [9]), ("莫里森", "p", ["澳洲總理"], [], [10]),
                 ("新西蘭警方", "o", [], [], [10]), ("潘尼哈", "p", ["目擊者"], [], [11]),
                 ("塔蘭特", "p", [], ["Brenton Tarrant"], [14]),
                 ("布肯南", "p", ["前情報分析員"], ["Paul Buchanan"], [15])],
  q=[9, 10, 12, 13, 14],
  unnamed=[(9, "警察總長 (稱); 《衛報》 (報道)"), (10, "之前的報道; 美聯社 (報道); 一名…28歲澳洲人 (聲明說, named only in block 14)"),
           (12, "一名目擊者; 一名在清真寺內的目擊者"), (13, "澳洲SBS電台網頁 (稱); 有報道; 《紐約時報》 (報道)"),
           (14, "報道 (指)")],
  ns=["美聯社 / 衛報 / 紐約時報 / SBS (media, call 2)", "澳洲公營廣播機構 (發出指引: a directive)",
      "Facebook / YouTube (直播)"],
  note="Eight photo captions report no words. Media reporting facts are unnamed speakers (call 2): blocks 9, 10, 13 "
       "'?'. Block 14: SBS quotes 塔蘭特's statement (he is the speaker, call 2) and '報道指' adds facts: '?'. "
       "Block 10's '一名聲稱為槍擊事件負責的28歲澳洲人在聲明說' is unnamed there (as set 1's unnamed lawyer). A role "
       "without a name ('警察總長') is unnamed. No reporter (眾新聞記者).")
A("hkcn-46908", [("林鄭月娥", "p", ["行政長官"], [], [1, 3, 7]), ("袁國勇", "p", ["政府專家"], [], [2]),
                 ("許樹昌", "p", ["政府專家"], [], [2]), ("政府", "o", [], [], [2, 4]),
                 ("徐樂堅", "p", ["衞生防護中心總監"], [], [17, 18, 19, 20])],
  q=[1, 2, 4, 6], unnamed=[(1, "據了解"), (4, "多個專家 (指出)"), (6, "專家 (質疑)")],
  ns=["李家超 (decides: no words)", "食衞局網頁 (a document)", "理大及港大的研究 (documents)", "衞生防護中心 (data)",
      "世衞", "政府專家顧問 (meet: no words)"],
  note="Block 2: the experts' criticism and the government's earlier claims ('曾堅持…又稱', the subject 政府 of the "
       "previous sentence): '?'. Block 4: the government's press release quoted ('政府…發出新聞稿指') is its words (an "
       "organisation that speaks), with unnamed experts: '?'. Block 15 ('我們可以參考…') is the paper's own "
       "explanation (null). Block 19 has no cue but sits between '他提到' (18) and '徐樂堅續指' (20): a continuation "
       "of his briefing (his). No reporter (眾新聞記者).")
A("hkcn-9242", [("律政司", "o", [], ["律政司發言人"], [1, 2]), ("陳章明", "p", ["平等機會委員會主席"], [], [4, 5, 6, 7, 9, 11]),
                ("平機會", "o", [], [], [4])],
  q=[1, 3, 4], unnamed=[(1, "支持朱經緯的人士 (高喊口號)"), (3, "朱經緯的支持者 (認為)")],
  ns=["朱經緯 (no words)", "原審法官", "志願團體 (inside 陳章明's quotation)", "何君健 (photographer)",
      "平機會數字 / 人口統計數字 (data)", "《種族歧視條例》 (a document)"],
  note="The Department of Justice speaks through an unnamed spokesman (the organisation is the speaker, as set 1's "
       "警方). Block 1: the supporters' slogans (unnamed, several) and the department's reply: '?'. Caption 3 reports "
       "the supporters' view ('認為…「冤案」'): unnamed, '?'. Block 4: 陳章明's article ('發表文章，強烈譴責') and "
       "'平機會指': '?'. Block 9: '平機會數字指出' is data, '陳章明說' his words. No reporter (眾新聞記者).")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3219", [("阿蓉", "p", [], [], [6, 8, 9]), ("潘萬福", "p", [], [], [12])],
  q=[11], unnamed=[(11, "醫院諮商師")], rep=["張嘉恬"],
  ns=["前夫 (in 阿蓉's account)", "醫生 (證實, inside her quotation)"],
  note="'阿蓉' is the name the paper uses (call 6). Block 8: '先生第一個反應是「保護我。…」' runs on into her own words: "
       "hers. '先生' is a relation, not a title.")
A("adtw-A3859", [("吳忠泉", "p", [], ["阿泉"], [4, 5]), ("小瑾", "p", [], [], [6, 8]), ("王秀暖", "p", [], ["阿暖"], [12])],
  q=[9, 13, 14], unnamed=[(9, "小瑾學校老師"), (13, "阿泉妹妹; 阿暖的同事"), (14, "當地公所社會課長")], rep=["韓旭爾"],
  note="'阿泉（吳忠泉）', '阿暖（王秀暖）': the full name is the name, the nickname an alias (call 6). Relations and roles "
       "without a name (妹妹, 同事, 老師, 社會課長) are unnamed. The byline glued to block 4 gives the reporter.")
A("adtw-A3619", [("黃宗季", "p", [], ["黃"], [4, 5, 6, 8]), ("小雅", "p", [], [], [9]), ("小萱", "p", [], [], [9])],
  q=[9, 10, 12], unnamed=[(10, "醫院陳社工"), (12, "長期關懷黃家的社工; 當地里幹事")], rep=["孫敏聿"],
  ns=["吳淑寬 (阿淑: addressed, no words)", "醫師 (叮囑, inside the social worker's quotation)"],
  note="Caption 6 ('黃宗季說，妻子…') reports his words; caption 3 reports none. '醫院陳社工' is a surname + job "
       "(call 6: unnamed, as '曲局长'). Block 9: two daughters speak: '?'.")
A("adtw-A3404", [("小玲", "p", [], [], [4, 10]), ("陳秀妹", "p", [], [], [4, 5, 10]),
                 ("徐國清", "p", ["當地永福派出所所長"], ["徐所長"], [6]), ("陳春雄", "p", [], [], [8, 10])],
  q=[4, 5, 10], unnamed=[(5, "陳秀妹小弟媳")], rep=["張嘉恬"],
  ns=["轄區警員 (訪查: an act)", "地方慈善團體"],
  note="Block 4: the child 小玲 (two quotes) and her mother: '?'. Block 10: 小玲, 陳秀妹 and 陳春雄: '?'.")
A("adtw-A3088", [("張鎮欽", "p", [], ["阿欽"], [7]), ("小志", "p", [], [], [8, 10]), ("劉盡妹", "p", [], [], [12])],
  q=[5, 7], unnamed=[(5, "當地社會課長; 當地村長"), (7, "弟媳")], rep=["向高彬"],
  ns=["阿君 (no words)"],
  note="Caption 2 ('期望恢復力氣養家') reports a hope, no words (null); caption 8 quotes 小志. Block 10: the quote "
       "after '他給記者看他自組完成的電腦' is 小志's. '鄰居劉盡妹：' is a named speaker (鄰居 is a relation, not a "
       "title); the '【一句祝福】' line is a sub-heading. '阿欽' is how the neighbour calls him (alias).")
A("adtw-A3345", [("阿琴", "p", [], [], [7]), ("小華", "p", [], [], [8, 11])],
  q=[11, 12], unnamed=[(11, "社工"), (12, "小蘋的國三班導師")], rep=["張嘉恬"],
  ns=["小蘋 (cooks, no words)", "前夫 / 男友 (no words)"],
  note="Captions 3 and 9 and blocks 4-5 report no words (the frying-egg sound '唭……嚓……' is not speech).")
