# Kinds and speaker gold of the `fresh` split (annotated 2026-12-07 from the texts and the corpus conventions only;
# the speaker engine was never run on these texts and its output never read). Pass 1 + pass 2.
# Run: python3 annotations/speakers/fresh.py
#
# Selection.
# 人民日报 (rmrb-f01..f10): ten news articles from dates not in cache-manifest.tsv (2025-05-20, 2025-06-05,
#   2025-06-20, 2025-06-26, 2025-07-15), chosen by reading the date listings for articles with quoted people;
#   two policy reports without speakers (北京推动演艺和游戏电竞产业发展, 广西实施金融惠企三年行动) were read and left out.
#   rmrb-f10 (a report whose only speaker is an unnamed 相关负责人) is kept on purpose: it tests precision.
# 眾新聞 (hkcn-*): the archive's article files (sorted paths) shuffled with random.Random("pizhu-fresh-2026-12-07"),
#   skipping ids in split.tsv and in /tmp/wide/ (400 texts the lead has read); taken in that order: the first ten
#   with category 眾聞 (news), 800-3000 characters after extraction and at least 10 speech cues (表示|指出|說|稱|認為|「).
#   Skipped before them: 眾說/眾觀 columns (opinion) and news outside the length/cue bounds (hkcn-45379, -8534,
#   -39882, -16591, -3011, -9161, -11744, -49879, -42632, -45059, -10630, -5893, -31337, -39531).
import sys, os, json
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K




# ---------------------------------------------------------------- 人民日报
K("rmrb-f01", captions=[2], b3="credit")
A("rmrb-f01", [("于晶景", "p", ["医院保安"], ["玩具侠"], [8, 11, 14, 16]), ("王舒荷", "p", [], [], [14])],
  q=[10, 14], unnamed=[(10, "护士 (呼叫, over the earphone)"), (14, "王舒荷的妈妈 (说)")],
  rep=["刘佳华"], ns=["崔晓莹 (photographer)", "晨晨（化名） (cries: no words)", "有的家长 (称呼他为“玩具侠”: a nickname, no statement)",
                     "于晶景13岁的儿子 (希望: a wish by an act, no words)"],
  note="The opening '“哇——”' is a child's cry, not words (null). The sign '需要帮助请叫我' on his badge is an "
       "inscription (null). Block 14 has 王舒荷's question, 于晶景's answer and her mother's account: '?'. "
       "'玩具侠' is the nickname the paper uses for him (alias).")
K("rmrb-f02")
A("rmrb-f02", [("李正春", "p", ["湖南电力装备配套产业协会常务副会长"], [], [3, 4, 10]),
               ("喻红兵", "p", ["湘乡市汇能职业技能培训学校校长"], [], [6]),
               ("杨群力", "p", ["湘乡市人力资源和社会保障局党委书记、局长"], [], [8, 12]),
               ("陈耀剑", "p", [], [], [9])],
  rep=["孙超"], ns=["数据 (数据显示: data)", "人社部门"],
  note="'湘乡人陈耀剑': a place of origin is not a title; his job (企业工程部经理) is told in the clause before, not next to the name.")
K("rmrb-f03")
A("rmrb-f03", [("郑鸿杰", "p", ["手艺人", "短视频博主"], ["山村小杰"], [3, 5, 7, 8, 9, 10, 11])],
  rep=["施钰"], ns=["董雅萍 (the master he visits; the quote in block 9 is his own experience of learning)", "网友 (称为“乡村鲁班”)"],
  note="The unattributed quotes of blocks 3, 8 and 9 are 郑鸿杰's (the article's only voice; block 9 describes his "
       "experience while learning paper-cutting, not 董雅萍's teaching). Titles: '90后手艺人郑鸿杰是一名短视频博主' and "
       "the kicker '短视频博主郑鸿杰'; '山村小杰' is his online name (alias); '乡村鲁班' is a netizens' epithet (not an alias).")
K("rmrb-f04")
A("rmrb-f04", [("孙珉悦", "p", ["市民"], [], [4, 6, 7, 11, 13, 14]),
               ("郑志军", "p", [], ["郑大哥"], [4, 9, 10, 11, 15]), ("郑建兰", "p", [], [], [15])],
  q=[4, 11, 12, 13, 15], unnamed=[(12, "广大网友 (称赞)"), (13, "朋友 (a friend's advice, quoted)")],
  rep=["窦瀚洋"], ns=["围观路人 (films the rescue)"],
  note="Block 4 has both 孙珉悦 and 郑志军: '?'. Block 11 (pass 2): '孙珉悦…向郑志军表达了谢意' reports her thanks (a speech act with "
       "an addressee, as hkcn-44121's '感謝浸大…'), '郑志军说“没事的”' his words: '?' (pass 1 had 郑志军 alone). Block 13: the friend's quoted advice (unnamed) and 孙珉悦's own words: '?'. Block 15: 郑建兰 (妹妹 is a "
       "relation, not a title) and 郑志军: '?'. Block 5 narrates her recollection without a speech cue (null). "
       "'郑大哥' is how she and the paper (block 14) call him (alias).")
K("rmrb-f05", captions=[1, 3, 5], b2="credit", b4="credit", b6="credit", b9="byline", b10="heading", b11="heading",
  b12="byline", b19="heading", b20="heading", b21="byline", b27="heading", b28="heading", b29="byline")
A("rmrb-f05", [("松猜", "p", [], [], [14]), ("孙莉婷", "p", ["上海市青浦区朱家角镇党群办主任"], [], [18]),
               ("娜斯佳", "p", ["俄罗斯游客"], [], [23]), ("卡佳", "p", ["俄罗斯游客"], [], [23]),
               ("蕾蒂莎", "p", ["德国游客"], [], [24]), ("丽莎", "p", ["印度尼西亚游客"], [], [25]),
               ("龙智慧", "p", ["乌克兰姑娘"], [], [30]), ("邹林丰", "p", ["长安十二时辰主题街区负责人"], [], [31]),
               ("王鑫鑫", "p", ["汉服馆工作人员"], [], [32]), ("玛丽安", "p", ["法国游客"], [], [33]),
               ("肖瑜", "p", ["西安市文化和旅游局对外合作和交流处处长"], [], [34])],
  q=[23], rep=["曹玲娟", "杨迅", "张丹华"],
  ns=["孙凯芳 / 张成 / 李楠桦 (photographers; 李楠桦 is a 人民网 reporter, not a byline of this page)", "朱莉 (tastes, no words)",
      "苗族婆婆 (热情招呼: no words)", "宜尚酒店…店 / 西安威斯汀酒店 (acts)", "据统计 (data)"],
  note="Three reports under one headline: the editor's note is signed '——编  者' (byline), each part has a kicker "
       "('上海青浦区朱家角古镇——') and a title (headings) and its own '本报记者' line (byline). '来自泰国的松猜' gives no "
       "title; '俄罗斯游客娜斯佳和卡佳' gives the shared title to both; block 23 has both speakers ('?').")
K("rmrb-f06")
A("rmrb-f06", [("巴顿", "p", ["村党支部书记"], [], [3, 5]), ("普仓决", "p", [], [], [4]),
               ("胡发炜", "p", ["上海援藏干部", "江孜县委常务副书记、政府常务副县长"], [], [10])],
  rep=["徐驭尧"], ns=["上海援藏干部 (倡议: an act of the group)"],
  note="'巴顿拉住一名村民耐心劝说': the quote of block 3 is 巴顿's, addressed to 普仓决 (named in it); '村民' is not a title "
       "written next to 普仓决's name.")
K("rmrb-f07")
A("rmrb-f07", [("张筱娜", "p", ["受理律师"], [], [8])],
  q=[3, 4, 5, 6, 12, 13, 14, 15],
  unnamed=[(3, "吴某 (the opening quote, his words as block 5 shows)"), (4, "杭州一家公司 (声称, by a lawyer's letter)"),
           (5, "吴某"), (6, "有人 (提出了建议)"), (12, "律师们 (the check-up questions)"),
           (13, "律师们 (提出…意见和建议; pass 2)"),
           (14, "浙江海浩（宁海）律师事务所负责人"), (15, "宁海县有关部门负责人")],
  rep=["金歆"], ns=["宁海县 (acts)", "《宁海县民商法治诊所企业法治体检项目表》 (a document)", "国家知识产权局网站"],
  note="'吴某' (surname + 某, the press's anonymisation) is unnamed, as 'X男 / 姓X男子' (call 6): his blocks are '?'. "
       "A law firm's head without a name is a role ('?').")
K("rmrb-f08", captions=[4, 6, 8], b2="heading", b5="credit", b7="credit", b9="credit", b45="credit")
A("rmrb-f08", [("陆柏荪", "p", [], [], [16, 20]), ("王娟", "p", ["上铁文旅传媒集团公司上铁国旅专列部经理"], [], [18]),
               ("王文昭", "p", ["上海长征医院神经内科医生"], [], [20]), ("赵凤兰", "p", ["南京游客"], [], [24]),
               ("吴斌", "p", ["台儿庄古城旅游集团总经理"], [], [27, 31, 33]), ("李继健", "p", [], [], [36, 38]),
               ("肖和平", "p", ["旅居管家"], [], [37, 42]), ("杨旻", "p", ["德宏州文旅局副局长"], [], [43]),
               ("袁兵", "p", ["云南省旅游业协会会长"], [], [44])],
  q=[20, 21, 25, 29],
  unnamed=[(21, "据悉"), (25, "景区志愿者"), (29, "面馆老板")],
  rep=["季觉苏", "李蕊", "张驰"],
  ns=["王翔 / 袁纯刚 (photographers)", "台儿庄古城景区 (供图)", "蔡华伟 (版式设计: a production credit)",
      "商务部、文化和旅游部、国铁集团 / 中办、国办 (印发文件: documents)", "中国旅游研究院 (测算: data)",
      "窦天怡 (no words)", "上铁集团 (acts)", "指挥中心 (应答声: no words)"],
  note="The series label '系列：深阅读·文旅新观察' is a kicker (heading). '本期统筹：刘静文  版式设计：蔡华伟' is a credit; "
       "neither the page's coordinator (统筹) nor the designer is a reporter, as in dev2 22 ('本期统筹：张雪妍' credits no reporter; corrected in session 20). Block 20: the question "
       "'老年朋友应该如何预防心血管疾病？' is taken as the doctor 王文昭's (he addresses the passengers, '和旅客们交流'), "
       "then 陆柏荪 speaks: '?'. The unattributed opening quote of block 36 is 李继健's (she is the one out of breath). "
       "'她的旅居管家肖和平': 旅居管家 is a job, not a relation (title).")
K("rmrb-f09")
A("rmrb-f09", [("李泽奇", "p", ["包村干部"], [], [2]), ("贺希格套格套", "p", ["阿鲁科尔沁旗农牧局局长"], [], [4])],
  rep=["吴勇"], ns=["阿鲁科尔沁旗天山镇 (acts)", "科协志愿者"],
  note="The dateline '本报呼和浩特6月25日电  （记者吴勇）' is glued to the first paragraph (as the source has it).")
K("rmrb-f10")
A("rmrb-f10", [], q=[4], unnamed=[(4, "相关负责人 (阐述, for the 广西科技成果转化基金)")], rep=["张云河"],
  ns=["中国科学院 (推荐/精选/发布成果: acts)", "广西壮族自治区科技厅 / 中国科学院广州分院 (organisers)",
      "4家广西企业与4家中国科学院研究所 (供需发布: announcements whose content is not reported)"],
  note="No named speaker: a precision test. '相关负责人阐述了…' reports views of an unnamed official ('?').")

# ---------------------------------------------------------------- 眾新聞
A("hkcn-44121", [("周潤發", "p", [], ["發哥"], [2, 5, 6, 7, 8, 9])],
  rep=["游大東"], ns=["香港浸會大學 (頒授: an act)", "主辦單位 (provides photos)", "鄭裕玲", "李安", "吳宇森", "邵逸夫"],
  note="Block 2 '致謝辭，感謝浸大…並感謝香港人…' reports the content of his speech (周潤發); caption 4 "
       "'周潤發在台上發表致謝辭' only announces it (null, as call 10's announcements); caption 3 reports no words.")
A("hkcn-27680", [("袁國勇", "p", ["香港大學微生物學系講座教授", "高級別專家組成員"], [], [1, 4, 6, 8, 10, 11, 13, 14]),
                 ("財新", "o", [], [], [2])],
  q=[3, 5, 7, 9, 11, 12, 14],
  unnamed=[(b, "《財新》記者 (問)") for b in (3, 5, 7, 9, 11, 12, 14)],
  ns=["鍾南山 (his questions are quoted inside 袁國勇's quotation)", "陳肇始", "湖北省疾控中心", "武漢衛健委"],
  note="An interview reported as news: the 《財新》 reporter's questions are unnamed ('?', call 4), 袁國勇's answers "
       "are his; blocks 11 and 14 hold question and answer ('?'). Block 2: '訪問指' is the article (a document), "
       "'《財新》稱，正是這批專家組確定了「人傳人」' is the outlet's own claim (an organisation that speaks, not a medium "
       "quoting others). Quotes inside a speaker's quotation (鍾南山's questions) stay the speaker's. No reporter: "
       "the byline is the generic '眾新聞記者'.")
A("hkcn-30904", [("勞工處", "o", [], ["處方"], [2]), ("公務員事務局", "o", [], [], [1, 7]),
                 ("何啟明", "p", ["時任勞工界議員", "現任勞福局副局長"], [], [8]),
                 ("大公報", "o", [], [], [9]), ("文匯報", "o", [], [], [9])],
  q=[1, 3, 4, 6, 7, 9, 11],
  unnamed=[(1, "眾新聞 (披露/獲悉: the paper's own report)"), (6, "據了解"), (7, "眾新聞 (查詢: the paper's enquiry)"),
           (9, "有文章 (質疑)"), (11, "政界 (盛傳)")],
  ns=["聶德權 (no words)", "顏武周 (quoted only in the related-article links)", "國務院 (任命: an act)", "林鄭月娥 (提名)",
      "羅致光 / 羅智光 (asked by 何啟明 to explain)"],
  note="The two '相關報道：' links are paragraphs and not scored ('?', call 9). Block 8: 《大公報》 quotes 何啟明 "
       "(call 2: the medium is not the speaker, the named person is). Block 9: the papers' own signed articles "
       "and reports criticise (點名批評, 要求) and 'some article' asks: the two papers speak, with an unnamed article: "
       "'?'. The paper's own disclosure and enquiry (眾新聞披露, 眾新聞…查詢) make blocks 1 and 7 '?' (call 10).")
A("hkcn-4927", [("布蘭斯塔德", "p", ["美國新任駐華大使"], ["Terry Branstad"], [2, 3]),
                ("環保時報", "o", [], ["環球時報"], [2]), ("美國國務院", "o", [], [], [3]),
                ("胡錫進", "p", ["總編輯"], ["單仁平"], [5, 6, 7, 8]),
                ("潘嘉偉", "p", ["國際特赦組織中國研究員"], [], [10]),
                ("廖亦武", "p", ["德國作家"], [], [11, 12]), ("劉霞", "p", [], [], [11]), ("野渡", "p", [], [], [13])],
  q=[2, 3, 11],
  ns=["劉曉波 (no words of his own; 曉波説… is inside 廖亦武's quotation)", "熱比婭 (inside the article)", "習近平",
      "美聯社 (photo credits)", "魏京生 / 王丹 / 陳光誠"],
  note="Block 2: 《環保時報》's commentary '稱' (the outlet's own view, an organisation that speaks; the text's "
       "'環保時報' is a slip for 環球時報, used in caption 9: alias) and 布蘭斯塔德 answering a question (call 3): '?'. "
       "The commentary is signed '單仁平（總編輯胡錫進筆名）': pen name then real name gives name 胡錫進, alias 單仁平 (call 6). "
       "A signed article (like a signed letter, petition or advertisement, call 11) is its writer's words: '內文提到', "
       "'文章又稱/續指/又認為' in blocks 5-8 are 胡錫進's; caption 9 ('評論員文章談及') reports no words. Block 11: "
       "劉霞's letter (its words quoted) published by 廖亦武, who claims it is hers ('聲稱'): '?'. 野渡: '劉霞的朋友' "
       "is a relation, not a title. No reporter (眾新聞記者).")
A("hkcn-31610", [("彭皓昕", "p", ["義務律師"], ["彭"], [4, 5]), ("駱應淦", "p", ["資深大律師"], ["駱"], [6, 7]),
                 ("警方", "o", [], ["警方發言人"], [8]), ("羅沃啟", "p", ["香港人權監察總幹事"], ["羅"], [11, 12])],
  q=[1, 4], unnamed=[(1, "有協助被捕者的律師 (向眾新聞表示; named only in block 4)"), (4, "有警員 (彭引述)")],
  rep=["林勵"], ns=["《警隊條例》 (a document)", "美聯社 (photo credit)"],
  note="The lead's unnamed lawyer ('有協助被捕者的律師') is very likely 彭皓昕, but the block does not name her: '?'. "
       "Block 4: she quotes an unnamed officer ('彭引述有警員說：「…」'): '?' (as hkcn-36987's 陳龍傑引述). Block 8: "
       "'警方回覆查詢' leaves the block to the answerer (call 3); the police speak through an unnamed spokesman (the "
       "organisation is the speaker).")
A("hkcn-39425", [("洪駿軒", "p", ["民主黨觀塘區議員"], ["洪"], [1, 2, 3, 5, 6]),
                 ("羅健熙", "p", ["民主黨主席"], [], [7, 8]), ("蔡澤鴻", "p", ["觀塘區議會主席"], [], [7]),
                 ("鄭強峰", "p", ["公屋聯會"], [], [9]), ("高等法院", "o", [], [], [9])],
  q=[7, 9, 10], unnamed=[], rep=["黎卓欣"],
  ns=["終審法院", "612人道支援基金", "街坊 (their support is told by 洪駿軒, in his words: '叫我…')"],
  note="Block 1: '高等法院上月裁定…' is a ruling (call 1); block 9 '高等法院…頒下判詞，指洪作出虛假或誤導性的陳述' "
       "reports what the court wrote (speaker), with 鄭強峰's petition '指…': '?'. Caption 2 '宣布發起網上眾籌' reports "
       "洪駿軒's announcement (his statement). Block 4 (the crowdfunding terms) has no speech cue (null). The "
       "trailing '眾籌連結' is a link line ('?', call 9).")
A("hkcn-46630", [("劉智鵬", "p", ["嶺南大學歷史系教授"], ["劉", "劉志鵬"], [1, 6, 7, 9, 10, 13, 14]),
                 ("陳廣池", "p", ["法官", "國安法指定法官", "區院法官"], ["陳官"], [1, 9, 16])],
  q=[1, 9, 10, 13, 16],
  unnamed=[(1, "辯方 (欲引…盤問)"), (10, "辯方 (質疑)"), (13, "辯方 (盤問/續問)"), (16, "辯方 (問)")],
  rep=["邢穎琦"],
  ns=["譚得志「快必」 (the defendant: no words)", "周天行 / 蔡維邦 / 譚俊傑 / 崔浩泉 (counsel, no words)",
      "梁曉姿 (defence expert, no words)", "梁天琦 (mentioned)", "控方 (傳召: an act)"],
  note="劉智鵬's report is a document, but his views of it are reported as his (演繹, 看法, 指稱): blocks 6-7. "
       "'劉志鵬' (block 10) is the text's misspelling of 劉智鵬 (alias). 辯方 is a role (unnamed, call 11). Caption "
       "'▲眾新聞製圖' reports no words (null, as hkcn-43557). The case-number line is a paragraph without speaker.")
A("hkcn-649", [("陳慶偉", "p", ["主審法官"], ["法官"], [2, 3, 4, 6, 7, 8]), ("曾蔭權", "p", ["前行政長官", "被告"], [], [4])],
  q=[4, 5, 6, 7],
  unnamed=[(4, "法庭書記 (問)"), (5, "一名被抽中的男候選陪審員"), (6, "候選陪審員 / 其中一人 (稱)"),
           (7, "另一名被抽中的男候選陪審員 (指稱, 表示)")],
  rep=["梁瑞珮"],
  ns=["林鄭月娥 / 唐英年 / 劉吳惠蘭 / 梁卓偉 / 謝曼怡 … (the witness list: no words)", "法庭傳譯主任 (reads out the list)",
      "Montgomery (named in the judge's quip)", "辯方 (反對: an act)"],
  note="'法官' alone refers back to 陳慶偉 throughout (the only judge in the report: alias). Block 4: the judge "
       "(重申), the clerk's question and 曾蔭權's answer '「沒有」': '?'. The witness-list lines after '部份證人名單' "
       "are paragraphs without speaker. Block 6 (pass 2): '法官均要他們出示文件證明' is the judge's demand "
       "(陳慶偉, with the candidates' claims: '?'). The photographer 梁瑞珮 is also the byline's reporter.")
A("hkcn-9875", [("區諾軒", "p", ["南區區議員"], ["區"], [1, 2, 4, 6, 7, 8, 9]), ("周庭", "p", ["香港眾志"], [], [3]),
                ("羅冠聰", "p", ["眾志主席", "眾志"], [], [5, 12]), ("姚松炎", "p", ["候選人"], [], [13]),
                ("涂謹申", "p", ["民主黨"], [], [14])],
  q=[4, 11], unnamed=[(4, "盛傳 (an unnamed rumour; pass 2, as hkcn-30904's 政界盛傳)"), (11, "各人 (高叫口號: the supporters named in the block chant together)")],
  rep=["林勵"], ns=["何君健 (photographer)", "范國威 / 鄺俊宇 / 陳淑莊 / 吳文遠 (on stage; only the collective chant)",
                   "選舉主任 (確認: an act)", "眾志 (發出採訪邀請: an act)"],
  note="Block 5 '被問及…羅冠聰強調' is the answerer's (call 3). Block 6 '區諾軒早前曾向報章承認…' is his admission "
       "(speaker). Block 11: a slogan chanted by everyone on stage ('各人高叫'): several speakers, '?'; the named "
       "supporters are not made speakers for the chant alone. Caption 10 (記者會, 獲支持) reports no words.")
A("hkcn-22284", [("何君堯", "p", ["建制派立法會議員", "律師"], ["何"], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
                 ("余若薇", "p", ["前立法會議員", "資深大律師"], [], [15]), ("律師會", "o", [], [], [15])],
  q=[15], rep=["林倩茹"],
  ns=["白衣人 (their praise '讚他是英雄' is the topic of his answer)", "林卓廷 / 朱凱廸 (named in his words)",
      "民陣", "警務處", "網民 (gather at his office: no words)", "香港電台 (screenshot credit)"],
  note="Topic clauses ('對於有白衣人讚他是英雄', '包括有指孕婦被白衣人打') leave the block to the answerer, as "
       "passive questions do (call 3). Caption 11 '他表示…' refers back to 何君堯. Block 15: 余若薇's complaint (指, 要求) "
       "and 律師會's reply (確認…會嚴正檢視): '?'. 網上片段顯示 (a video) is not a speaker.")
