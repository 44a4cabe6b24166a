# Kinds and speaker gold of fresh set 7 (annotated 2026-12-07 by a helper of session 21, from the texts and the corpus
# conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh7.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh7-2026-12-07"; the
# same rules as sets 2-6, annotations/speakers/fresh2.py … fresh6.py).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths) shuffled with random.Random(seed), skipping ids in
#   split.tsv (sets 1-6 included) and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first
#   six with category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and
#   at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches), as sets 1-6.
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths) shuffled with random.Random(seed),
#   skipping the ids already in the corpus (sets 2-6 included); taken in that order: the first five whose
#   extraction has 500-3000 characters, at least one 「 quote and at least 3 cues (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-l01..l05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-6 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   a Q&A, a reader's question or a document) with at least one named person quoted. Raw files saved from read_file
#   under CACHE/raw/, each copy's length equal to the stored total_chars.
#   Outcome. 眾新聞: hkcn-44716, -20746, -8989, -31274, -47744, -49677 taken (the 3rd, 5th, 6th, 7th, 9th and 16th
#   files in shuffled order); skipped among them: 眾說 columns (hkcn-19375, -5489, -24016, -8404, -28647), one file
#   without a category (hkcn-42279), news outside the length/cue bounds (hkcn-8449: 530 characters, 2 cues; -27324:
#   3312, 74; -20827: 623, 19) and one text the lead has read (hkcn-29050, in /tmp/wide/, which held 400 files).
#   蘋果日報: adtw-A3780, -A3504, -A3766, -A3916, -A3819 taken (the first five in shuffled order), none skipped.
#   人民日报: the first unused dates in shuffled order were 2025-04-12, 2025-02-13, 2025-06-23, 2025-06-10 (then 01-01,
#   05-09, ...). 2025-04-12: its only listed file, 中国早期农业村落的样本（考古中国）, read and skipped (an archaeologist's
#   own signed article, 2152 characters, nobody quoted). 2025-02-13: l01 taken (北京数字经济发展动能澎湃（坚定信心，打开
#   改革发展新天地）, 1524 characters); l02 taken (绘就诗画浙江和美乡村新画卷（高质量发展调研行）, 3531; listed again
#   under 07-要闻). 2025-06-23: l03 taken (山西加快建设新型能源体系（奋勇争先，决战决胜“十四五”）, 1663); l04 taken
#   (查摆问题动真碰硬 集中整治务求实效（锲而不舍落实中央八项规定精神）, 2116: 陈先生 and 村民徐道富 quoted, as set 6's
#   k03 of the same series). 2025-06-10: 中共中央办公厅国务院办公厅关于进一步保障和改善民生…的意见 skipped unread by its
#   title (a document), 如何促进人才供需精准对接？ and 如何织牢重点群体就业保障网？（政策问答） skipped unread by their
#   titles (Q&A; the three are listed again under 02-要闻); l05 taken (这些好吃的，中国都能产（经济新方位·特产背后的
#   故事）, 3476). Raw files saved under CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, lengths 1524, 3531,
#   1663, 2116, 3476 = total_chars (no invisible characters: each pasted copy had exactly total_chars characters).
#
# Pass 2 re-read every block of the 16 texts against pass 1 and listed every paragraph or caption left without speaker
# that holds a cue word (表示 指出 說 称 稱 認為 透露 强调 介绍 問 質疑 批評 回應 形容 警告 提醒 表明 宣布 要求 呼籲 否認
# 提出 提到 坦言, and 指 in the 眾新聞 and 蘋果日報 texts) or a quote mark: 57 blocks. Confirmed: quoted names, terms
# and slogans in the 人民日报 reports (rmrb-l02 3, 4, 5, 9, 13, 17, 22, 25, 27, 29, 32, 33, 37, 38; rmrb-l03 4, 10-13;
# rmrb-l04 4, 9, 12, 17, 19; rmrb-l05 11, 13, 15, 16, 18, 21, 36, 46), '问' in 问题 (rmrb-l04 5, 10, 21; 21's
# '督促提醒' and rmrb-l03 6's '提出更高要求' are no speech), rmrb-l02 7 (a guide who '介绍柑橘起源' in a scene, no
# words), rmrb-l04 6 and 7 (the tester team's referral and '提出意见建议': acts), the law's provisions in hkcn-49677
# (6, 7, 8, 10-14: a document) and its caption 2, hkcn-31274 block 2 (新華社's published draft explanation: a
# document) and 3 (the paper's question; '顧問'), hkcn-44716 1 and caption 5 (a slogan, a name), 8 ('簡單來說': the
# paper's explanation), hkcn-8989 caption 3 (the banner shown, no verb of speech) and 7-8 (a ship's name),
# adtw-A3819 6 (the reporter's interview as the setting, call 10 not applied). Changed: hkcn-20746, where pass 1 had
# made 《金融時報》 an organisation speaker (blocks 2, 4, 5, 7): media that report are unnamed speakers, not speakers
# (call 2, as set 2's 美聯社 / 《衛報》 and set 4's 中央社), so block 2 is '?' with the medium alone and 4, 5, 7 keep '?'.
# Calls re-read and kept: the '——' section labels of rmrb-l03 as headings (sets 2 and 4; set 6's rmrb-k01 and
# rmrb-k04 kept such labels as paragraphs: an inconsistency for the lead), hkcn-8989 block 1 (the protest's '呼籲'
# as the group's words; the operator's '預計…重開' read as the paper's estimate), hkcn-44716 blocks 3 (the hackers'
# threat with the team's reply: '?'), 12 (the netizens' forum questions: '?') and caption 20 ('深信': '?'),
# hkcn-31274 block 13 (a question without asker, call 3), hkcn-47744 blocks 7 and 17 (plain quoted lines, hers) and
# 13 (her call with other groups, call 11: '?'), adtw-A3766 block 3 (the wife, named in block 6), adtw-A3819 block
# 13 ('工頭' after '的' as a relation, no title), rmrb-l05 block 29 (邵辉 teaching, no words).
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


# ---------------------------------------------------------------- 人民日报
K("rmrb-l01")
A("rmrb-l01", [("周毅", "p", ["智能工厂负责人"], [], [2]), ("习近平", "p", ["总书记"], [], [3]),
               ("尹力", "p", ["北京市委书记"], [], [4]), ("姜广智", "p", ["北京市经济和信息化局局长"], [], [5]),
               ("刘岩", "p", ["依文服饰工作人员"], [], [6]), ("李振军", "p", ["北京国际大数据交易所董事长"], [], [7]),
               ("王磊", "p", ["北京市高级别自动驾驶示范区工作办公室主任"], [], [8])],
  rep=["潘俊强"],
  ns=["北京 (召开大会, 发布项目: acts)", "小米 / 依文服饰 / 北京国际大数据交易所 (acts)", "记者 (上车体验: an act, no words)"],
  note="Block 8: the reporter's test ride (记者上车体验) reports no words (an act, as rmrb-j03's '记者走进'); the block is "
       "王磊's. Block 9 is the paper's voice (null).")
K("rmrb-l02", b40="byline")
A("rmrb-l02", [("彭德通", "p", ["黄岩凤来柑橘专业合作社负责人"], [], [8]), ("李彬", "p", ["江苏游客"], [], [11]),
               ("龚成尧", "p", ["国网杭州供电公司乡村振兴工作办公室相关负责人"], [], [12]),
               ("孙秋云", "p", ["坎上村党总支书记"], [], [14]),
               ("吴榕昊", "p", ["浙江传化乡村发展有限公司市场研策部总经理"], [], [20]),
               ("童安睿", "p", ["诺帝克水产中国子公司总经理"], [], [24]), ("石赟甲", "p", ["象山县副县长"], [], [26]),
               ("应九莲", "p", ["嵊州市黄泽镇党委书记"], [], [34]), ("菲舍", "p", ["法国游客"], [], [36]),
               ("王通林", "p", ["浙江省委农办主任、省农业农村厅厅长"], [], [39])],
  rep=["余建斌", "顾春", "刘军国", "邓剑洋"],
  ns=["讲解员 (block 7: 介绍柑橘起源, a scene; no words reported)", "李华英 (共富工坊负责人: her work is described, no words)",
      "《浙江省“千万工程”条例》 (a document)", "浙江 / 柯桥区 / 象山县 / 嵊州 (acts)"],
  note="Block 11: a quote followed by the named tourist's gesture ('…李彬给汽车充上电，悠闲地喝起咖啡'), without a verb "
       "of speech, is his (the paragraph's only person, as rmrb-j02 blocks 20, 23, 29); '江苏游客' written before the "
       "name is his title (as rmrb-k01's 游客赵志明). Block 36: '菲舍对龙溪艺术馆赞不绝口' after the quote (praise: his). "
       "Block 7: '孩子听讲解员介绍柑橘起源' describes a scene, no words reported (null). The closing '（本报记者邓剑洋"
       "参与采写）' names a contributing reporter (byline, call 8, as rmrb-g01).")
K("rmrb-l03", b5="heading", b9="heading", b14="heading")
A("rmrb-l03", [("武思彤", "p", ["塔山发电公司燃料部副部长"], [], [2]), ("习近平", "p", ["总书记"], [], [3]),
               ("孙嘉权", "p", ["公司党委书记、执行董事"], [], [7]),
               ("张超", "p", ["国网山西省电力公司现货市场处负责人"], [], [17]), ("唐登杰", "p", ["山西省委书记"], [], [18])],
  rep=["刘鑫焱", "郑洋洋"],
  ns=["山西 / 山西电网 / 火电企业 (acts)"],
  note="The plain one-line labels ending in '——' (5, 9, 14) are section headings, as rmrb-g02 ('外贸伙伴多元化——') "
       "and rmrb-i03 (sets 2 and 4; set 6 kept such lines as paragraphs in rmrb-k01 and rmrb-k04, an inconsistency "
       "left to the lead). Block 7: '公司党委书记、执行董事孙嘉权' (公司 = the 华电 branch named before it), title as "
       "written.")
K("rmrb-l04", b22="byline")
A("rmrb-l04", [("陈先生", "p", ["金坊花园小区业主"], [], [18]), ("徐道富", "p", ["村民"], [], [20])],
  q=[3, 8, 11, 16],
  unnamed=[(3, "北京路小区居民 (their complaints in quote marks, nobody named)"),
           (8, "有监督员 (提议: nobody named); 湖州市有关部门 (回应 with an act)"),
           (11, "一家企业 (the opening quote: nobody named)"), (16, "文田村村民 (反映)")],
  rep=["何昭宇", "朱磊", "杨文明", "窦皓", "白光迪", "田先进", "刘晓宇", "姜晓丹", "祝佳祺"],
  ns=["洪泽区 / 芜湖市 / 湖州市 / 黄埔区市场监管局 / 晋江市自然资源局 / 永新县 / 岑溪市 / 曲靖市 (acts)",
      "“人民城市体验官”团队 (把问题反馈至有关部门: a referral, no words reported)", "首席服务官 (指导: an act)",
      "本报记者 (byline, no name)"],
  note="Block 18: '“终于拿到房本了。”…业主陈先生捧着…证书' (a quote followed by the named person's gesture: his; "
       "surname + courtesy form is named, call 6). Blocks 3, 8, 11: quotes of people without a name ('?', as rmrb-k03 "
       "block 3); block 16: '村民反映，…出现塌方' (unnamed villagers report, '?'); block 6: the tester team refers a "
       "problem it learned of (反馈, an act; null, hard call). The closing '（本报记者何昭宇、…、祝佳祺）' names the "
       "contributing reporters (byline, call 8, as rmrb-k03); the top byline '本报记者' names nobody.")
K("rmrb-l05", captions=[2, 4, 6], b3="credit", b5="credit", b7="credit", b9="byline", b47="credit", b48="credit")
A("rmrb-l05", [("习近平", "p", ["总书记"], [], [10]), ("朱仁俊", "p", ["公司负责人"], [], [14, 22, 23]),
               ("胡建远", "p", ["六安龙翔美食王禽业有限公司负责人"], [], [17, 19]),
               ("吕李明", "p", ["霍邱县动物疫病预防与控制中心主任"], [], [20]),
               ("李军", "p", ["四川润兆渔业有限公司董事长"], [], [25, 27]),
               ("邵辉", "p", ["四川卡露伽科技发展有限公司副总经理"], [], [30]),
               ("张顺江", "p", ["当地鲟鱼养殖户"], [], [31]), ("马贵滨", "p", ["副总经理"], [], [43, 44, 45])],
  q=[34], unnamed=[(34, "雅安市农业农村局相关负责人 (说: a role without a name)")],
  rep=["田先进", "游仪", "宋朝军"],
  ns=["沈士刚 / 史雪婷 / 任珏鑫 (photographers)", "祁嘉润 (本期统筹) / 蔡华伟 (版式设计): credits, no reporters (as rmrb-f08)",
      "胡建远的弟弟 (his words are told inside 胡建远's)", "技术员 (取出鲟鱼卵: an act)",
      "丰森新农业科技有限公司 / 荥经冷水鱼产业化联合体 / 霍邱县 (acts)", "记者 (探访: an act)"],
  note="Three photo captions (▲) with their credits ('…摄（人民视觉）'); the editor's note (8) is the paper's voice, "
       "signed '——编  者' (byline, as rmrb-f05). '本期统筹：…' and '版式设计：…' are credits. Unattributed quotes in a "
       "paragraph whose only person speaks are that person's: block 22 (朱仁俊, '为此，朱仁俊到…了解情况'), 27 (李军, "
       "the quote before '…的李军，将养殖基地落在了…'), 43 (马贵滨 '指指…'). Block 31: the quote and '在张顺江看来' (his "
       "view): his. Block 29: 邵辉 teaches 张顺江 ('讲给张顺江听', the topics named, no words reported: null, hard "
       "call). Block 17: his brother's words inside 胡建远's quotation (his). The paper's questions (11, 36, 38) and "
       "the section headings are the paper's voice.")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-44716", [("ACCN", "o", [], [], [3]), ("《弈劍行》團隊", "o", [], ["遊戲團隊"], [3, 4]),
                 ("項立剛", "p", ["內地通訊業評論員", "對岸專家"], [], [11, 18]),
                 ("黃一孟", "p", ["心動網絡CEO"], [], [12]),
                 ("曾怡碩", "p", ["網路安全與決策推演研究所的所長", "國防安全研究院網路安全與決策推演研究所所長"], [],
                  [16, 19, 21, 22, 23])],
  q=[3, 7, 9, 12, 14, 20],
  unnamed=[(7, "網民 (分析, 指)"), (9, "部分人 / 輿論 (指, 甚至指)"),
           (12, "不少人 (Taiwanese netizens who ask on forums what ACCN is)"),
           (14, "輿論甚至業界人士 (經常說笑般指：「…」)"), (20, "不少內地輿論 (深信: a view of people without a name)")],
  rep=["曾海琪"],
  ns=["眾新聞 (整理: its own research; 了解過兩岸專家的看法: the announcement of its interviews, call 10)",
      "TapTap / 淘寶 (platforms)", "公安 / 解放軍 (inside others' words)", "玩家 (預約下載: data)"],
  note="Block 3: the hackers' threat ('對方更威脅若收不到…不會罷休') and the developers' reply ('指「寧為玉碎…」'): "
       "two organisations ('?'); the team speaks again in its statement (block 4, '遊戲團隊在聲明慨嘆'); the paper's "
       "own count there (經眾新聞整理) is data. Block 12: 黃一孟 and the Taiwanese netizens' forum questions ('問ACCN到底"
       "是甚麼組織？', unnamed): '?' (hard call; the alternative is 黃一孟). Caption 20: the belief of unnamed opinion "
       "(深信) is a view ('?', hard call; the alternative is null). Blocks 19, 21: the paper's questions open 19, "
       "the answer is 曾怡碩's (指); 22 is an unattributed quote paragraph continuing him. '中國組記者曾海琪' gives the "
       "reporter.")
A("hkcn-20746", [("陸慷", "p", ["中國外交部發言人"], [], [3]), ("黃台仰", "p", [], [], [4, 5]),
                 ("李東昇", "p", [], [], [4, 5, 7]), ("Katja Drinhausen", "p", ["人權專家"], [], [6])],
  q=[2, 4, 5, 7],
  unnamed=[(2, "《金融時報》 (報道, 說: a medium reporting what documents show, call 2)"),
           (4, "《金融時報》 (報道稱, call 2); 營內的人 (常問他們: told inside 黃台仰's words)"),
           (5, "《金融時報》 (指, call 2)"), (7, "《金融時報》 (報道又稱, 報道說, call 2)")],
  ns=["《金融時報》 / 英國《金融時報》 (a medium that reports, call 2)",
      "德國外交部 / 移民和難民事務局 (電郵紀錄: documents)", "中國外交人員 (試圖介入: acts)",
      "中國外交部 (仍未就此作出評論: no words)", "德國 (拒絕提供資料, 批出庇護: acts)",
      "Mercator Institute for China Studies (her institute)", "眾新聞記者 (byline, no name)"],
  note="A report retold from the Financial Times. The paper's reports of facts and its comment (報道說, 指, 報道稱) "
       "make it an unnamed speaker, not a speaker (call 2, as fresh2's hkcn 美聯社 / 《衛報》 blocks and fresh4's 中央社 "
       "'指「話中引人省思」'); the people it quotes are speakers (call 2 as read in fresh5: hkcn-18833 block 12): "
       "黃台仰 and 李東昇 in 4-5, 李東昇 in 7, each block '?' with the medium. Block 2: the e-mail records are "
       "documents (電郵紀錄顯示) and '中國外交部仍未就此作出評論' reports no words: the medium alone ('?'; pass 1 had "
       "the paper as an organisation speaker, changed in pass 2). Block 3: 陸慷 (重申, 他說). No reporter (眾新聞記者).")
A("hkcn-8989", [("綠色和平", "o", [], [], [1, 2, 4, 5, 6, 14]), ("朱江", "p", ["綠色和平項目主任"], [], [2])],
  q=[2],
  ns=["警方 (拘捕: an act)", "摩天輪營辦商 (安全檢查; '預計最快明早重開' read as the paper's estimate)",
      "快餐連鎖店 (不願透露: no words)", "霍年亨 (joins the research team: no words)", "美聯社 (photographs)",
      "《簡易程序治罪條例》 (a law: a document)", "眾新聞記者 (byline, no name)"],
  note="Block 1: the protest's call ('抗議…，呼籲港人「走塑」', the headline's 籲) is the group's words (hard call; the "
       "alternative is null); caption 3 shows the attempt to unfurl the banner (no verb of speech: null), caption "
       "14 '綠色和平呼籲「香港夠鐘走塑」' reports its words. Block 2: the group (表示) and its named project officer "
       "朱江 (表示): '?' (a named officer is a speaker of his own, as hkcn-45588's 黃迺元 beside 職工盟). Blocks 4-6: "
       "the survey findings are data, '綠色和平稱/表示/認為' its words. The open-day lines (8-12) are paragraphs "
       "without speaker. No reporter (眾新聞記者).")
A("hkcn-31274", [("劉銳紹", "p", ["資深時事評論員"], ["劉"], [4, 5, 6, 7, 8, 9, 10, 15]),
                 ("林和立", "p", ["中文大學歷史系兼任教授、中國政治評論專家"], [], [11, 12, 13, 16]),
                 ("趙克志", "p", ["國務委員、公安部部長"], [], [17])],
  rep=["莊曉彤"],
  ns=["新華社 (公布港區國安法草案說明: a document)", "中央政府 / 港府 (inside the draft)",
      "譚耀宗 / 建制人士 (inside 劉銳紹's words)", "林鄭月娥 (named as the committee's chair; inside 林和立's words)",
      "鄧炳強 (named in the reporter's bracketed question)", "政府新聞處 / 公安部新聞中心 / 眾新聞 (pictures)"],
  note="Block 2: the draft's explanation published by 新華社 is a document (null); block 3 is the paper's question. "
       "Caption 6 reports 劉銳紹's view (認為: his). Block 10 and the quotes after the paper's question in 13 are "
       "unattributed quote paragraphs continuing the last speaker (劉銳紹 in 10, 林和立 in 13; the question has no "
       "asker, call 3). Block 11: '被問到' (call 3). Block 16: the reporter's bracketed question '（即鄧炳強的地位被"
       "削弱？）' inside 林和立's answer does not change the speaker (call 4, as dev2 01); 趙克志's speech is told "
       "inside his words. Block 17: 趙克志 '提到要全力指導支持香港警隊…' (his, at a meeting he chaired).")
A("hkcn-47744", [("馬仲儀", "p", ["香港公共醫療醫生協會前會長"], [], [1, 2, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 17, 18]),
                 ("公共醫療醫生協會", "o", [], ["香港公共醫療醫生協會"], [12])],
  q=[12, 13],
  unnamed=[(12, "警方協會 (批評: the police associations, none named)"),
           (13, "其他醫護組織 (with her, 致電醫管局要求…: several, none named, call 11)")],
  rep=["張凱傑"],
  ns=["曾志健 (shot: no words)", "醫管局 (the one called)", "政府 (將理大定性為暴動場合: an act)",
      "建制派 / 立法會 (三讀通過: acts)", "眾新聞 (its interviews: the source)"],
  note="Blocks 7 and 17 are plain quoted lines (not bold in the source, so no pull quotes, call 5): unattributed quote "
       "paragraphs continuing her (the only speaker around them). Block 4: her past reminders and criticism on "
       "television (提醒, 指出, 表明) are hers. Block 12: the doctors' association's statement (發聲明譴責, 質疑, 批評), "
       "the police associations' reply and her words: '?'. Block 13: her phone call with other medical groups to "
       "ask for a rescue team (要求: several, call 11): '?'. '屬於老人科及復康科專科醫生的馬仲儀' is a description, "
       "not a title.")
A("hkcn-49677", [("台灣總統府", "o", [], ["總統府"], [1]), ("台灣外交部", "o", [], ["外交部"], [1]),
                 ("張惇涵", "p", ["台灣總統府發言人"], [], [4, 5]), ("歐江安", "p", ["台灣外交部發言人"], [], [15, 16])],
  q=[1], rep=["鄭智仁"],
  ns=["拜登 (簽署: an act; his 強調 is told inside 歐江安's words)", "眾議院 / 參議院 (通過: acts)",
      "2022國防授權法案 / 國會 (建議, 要求, 重申國會意見, 提到: provisions of the law, a document)",
      "美聯社 / RIMPAC Facebook (photographs)"],
  note="The law's provisions are a document, not the speech of Congress ('國會建議/要求' in blocks 1, 6, 10, 12-14 and "
       "'1246條重申國會意見', as rmrb-j04's 《决定》提出 and hkcn-18833's 《規劃綱要》). Block 1: the presidential office "
       "and the foreign ministry (感謝, 稱): two bodies, '?'. Blocks 4-5, 15-16: the named spokespersons are speakers "
       "(the bodies' words inside their statements, as hkcn-45976's 朱鳳蓮 beside 國台辦). '台灣特派員鄭智仁' gives "
       "the reporter.")

# ---------------------------------------------------------------- 蘋果日報 Taiwan
A("adtw-A3780", [("阿真", "p", [], [], [4, 5, 7]), ("古允文", "p", ["台大社工系教授"], [], [11])],
  q=[8, 10],
  unnamed=[(8, "阿真娘家母親 (說: a relation); 關懷高風險家庭的縣府社工 (說: a role)"), (10, "社工 (說)")],
  rep=["張嘉恬"],
  ns=["黃建源 (cannot speak; his words to her are told inside 阿真's quotation)", "蘋果基金會 (acts)"],
  note="'37歲妻子阿真' (a name the paper uses; 妻子 is a relation). Block 7: 黃建源's and his mother's words are told "
       "inside 阿真's quotation (hers); his tears are a gesture. The byline '報導•攝影／張嘉恬' is glued to block 4. "
       "Captions report no words.")
A("adtw-A3504", [("阿雲", "p", [], [], [3, 4, 5, 10]), ("廖小姐", "p", [], [], [11])],
  q=[7],
  unnamed=[(7, "阿文妹妹 (說: a relation); 當地原民家婦中心社工 (說)")],
  rep=["仲芝蓉"],
  ns=["江文傑 / 阿文 (paralysed, cannot speak)", "長子 / 3個女兒 (no words)", "公所 / 蘋果慈善基金會 (acts)",
      "同事 (caption 8: 抄寫聖經, an act)"],
  note="Block 3: the opening quote and '阿雲握著…阿文（江文傑）的手祈禱' (a prayer: hers). Block 11: '阿文同事廖小姐' "
       "(surname + courtesy form is named, call 6; 同事 is a relation, not a title). The byline '報導•攝影╱仲芝蓉' is "
       "glued to block 3. Captions report no words.")
A("adtw-A3766", [("簡淑珍", "p", [], ["黃太太"], [3, 6, 8, 9]), ("黃龍", "p", [], [], [10]), ("卓大姊", "p", [], [], [12])],
  rep=["張嘉恬"],
  ns=["醫生 (inside 簡淑珍's words)", "蘋果基金會 / 醫院 (acts)", "弟弟 / 2兄 (no words)"],
  note="Block 3: '一旁的妻子…她說' is 簡淑珍, named in block 6 (as hkcn-43933's 被告 named later). Block 12: '黃龍夫妻"
       "多年鄰居卓大姊' (surname + kin form is named, call 6; 鄰居 is a relation): his and his wife's words are told "
       "inside her account (hers); '黃太太' is how she calls 簡淑珍 (alias). The byline '報導•攝影╱張嘉恬' stands on "
       "its own line (4). Captions report no words.")
A("adtw-A3916", [("阿雲婆", "p", [], [], [4, 6, 7]), ("麥虎飛", "p", [], ["阿虎伯"], [9]), ("小若", "p", [], [], [10]),
                 ("小宸", "p", [], [], [10])],
  q=[6, 9, 10, 11, 14],
  unnamed=[(6, "于姓肇事者 (說: a surname + role is unnamed, as adtw-A3097's 李姓班導師)"), (9, "鄰居 (說)"),
           (11, "小若3姊弟就讀國小校長 (說: a role)"), (14, "當地社工 (說)")],
  rep=["韓旭爾"],
  ns=["白亞倫 / 阿倫 (injured: no words; his 勸 is told inside 阿雲婆's account)", "阿典 (no words)",
      "醫院社工 / 慈濟 / 地方慈善會 / 學校 / 蘋果基金會 (acts)", "記者 (採訪, 訪視: visits, no enquiry reported)"],
  note="'阿虎伯（麥虎飛）': name = full name, alias = nickname (call 6); '阿雲婆' (a nickname the paper uses) is named. "
       "Block 4: '採訪時' is the setting, no question reported; her words are hers. Block 6: 阿雲婆 and the driver's "
       "relative without a name ('?'). Block 9: 阿虎伯 and a neighbour ('?'). Block 10: two granddaughters ('?'). "
       "The byline '報導•攝影╱韓旭爾' stands on its own line (5). Captions report no words.")
A("adtw-A3819", [("徐得福", "p", [], [], [8]), ("小亭", "p", [], [], [10]), ("阿章", "p", [], [], [13]),
                 ("小君", "p", [], [], [17]), ("小晴", "p", [], [], [17]), ("秀芳", "p", [], [], [17])],
  q=[12, 13, 17],
  unnamed=[(12, "爺奶 (兩老: relations, no name)"), (13, "徐得福的二姊 (說: a relation)")],
  rep=["向高彬"],
  ns=["記者 (訪問時, 協助載送: the setting and an act, no enquiry reported)", "小均 (no words)",
      "醫院社工 / 蘋果基金會 (acts)"],
  note="Block 6: the reporter's interview is the setting and the lift home an act (null, as adtw-A3299's '記者來到'). "
       "Block 8: '徐得福嘆，…「…」' (his). Block 10: '她哽泣憶述' (小亭). Block 13: '徐得福的工頭阿章' (a nickname the "
       "paper uses; 的工頭 names his relation to 徐得福, not a title, as 同事 / 鄰居) and the second sister (a relation): "
       "'?'. Block 17: '同學小君', '好友小晴', '藥妝店同事秀芳' (names the paper uses; relations are no titles): three "
       "speakers, '?'; 小亭's question is told inside 秀芳's words. The byline '報導•攝影╱向高彬' is glued to block 4. "
       "Captions report no words.")
