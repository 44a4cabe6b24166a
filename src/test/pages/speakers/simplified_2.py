# Speaker gold, saved mainland news pages, second batch (pass 1 + pass 2). Run: python3 src/test/pages/speakers/simplified_2.py
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from annotate import A

A("ifeng-3", [("景甜", "p", [], [], [11])],
  q=[10], unnamed=[(10, "长春市商务局曲局长 (surname + official title, not a courtesy form: 做了介绍)"), (10, "直播间粉丝 (弹幕)")],
  ns=["商讯 (来源: an outlet)", "长春市政府", "阿里巴巴", "皓月集团"],
  note="Advertorial; block 6 (我们…) is the piece's own voice, no cue: no speaker. 景甜回忆… reports her words (11).")
A("ifeng-ifeng", [("董又霖", "p", ["艺人"], [], [3, 4, 5]), ("董力", "p", [], [], [4])],
  q=[4, 5], unnamed=[(5, "网友 (批评, 缓颊)")],
  ns=["台媒 (据台媒报道: media)", "东森新闻云 (来源: an outlet)"],
  note="Block 3: the outlet reports a named person's post: his statement. Block 4 quotes both 董又霖 and 董力 (透露): '?'. "
       "Block 5: 网友 quote his lines and criticise: '?'.")
A("people-1", [("陆游", "p", [], [], [7, 8, 11]), ("陈廷焯", "p", ["晚清词人"], [], [12]),
               ("东方朔", "p", [], [], [15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28])],
  q=[2, 30, 7, 8] + list(range(15, 26)),
  note="Poems printed under their author's name are the poet's words but are not scored ('?', like pull quotes); the "
       "commentary's 诗人希望… / 他希望… report the poet's views (11, 28). 这首诗强调/表达 = a document. Link (2) and "
       "pager (30) are '?'. The author credit lines '——（宋）陆游' (6, 14) are not statements.")
A("qq-qq", [("马莉", "p", ["南艺老师", "长笛演奏家"], [], [1, 5, 8, 13, 14]),
            ("潘振声", "p", ["国家一级作曲家", "著名音乐家"], ["潘老"], [9])],
  q=[2, 5], unnamed=[(2, "有人 (感叹, 质疑)"), (5, "不少音乐创作者 (表达了此类看法)")], rep=["张楠"],
  ns=["扬子晚报 (记者采访: the interview announced)", "腾讯网 (disclaimer)"],
  note="潘振声女儿 is a relation, not a title; her titles come from '女儿马莉是南艺老师，也是长笛演奏家'. Block 9 (inside 马莉's "
       "recollection) quotes 潘振声 directly (潘振声说): his. Block 5 ends with unnamed 音乐创作者: '?'. 被人们誉为“儿歌大王” (4, 10) is an "
       "epithet, not a statement.")
A("shanxi-1", [("孙仁安", "p", ["中国驻圣保罗总领馆副总领事"], [], [4]),
               ("陈河才", "p", ["山西代表团团长", "省贸促会会长"], [], [5]),
               ("张伟", "p", ["巴西华人协会会长"], [], [7])],
  rep=["张巨峰"], ns=["刘通 (photographer)", "省商务厅 etc. (分别作了推介: no words)", "省贸促会 (签署: no words)"],
  note="Trailing （张巨峰） is the author credit. The photo caption kept as paragraph (1) has no speaker.")
A("sina-2", [("中国铁路总公司", "o", [], ["中铁总", "铁路部门"], [4, 5])],
  q=[3], unnamed=[(3, "网友 (爆料)")], rep=["霍琦", "裴剑飞"], ns=["新京报 (outlet)"],
  note="铁路部门提醒 (5) continues the railway's statement: alias of 中国铁路总公司.")
A("sina-5", [("陈同佳", "p", ["“陈同佳案”当事人"], [], [5, 6, 7])],
  q=[9], rep=["吴金明"], ns=["港媒 / 香港媒体 (media)", "管浩鸣 (牧师, no words)", "环球网 (outlet)"],
  note="Bowing in apology (3, 4) is a gesture, no words. Passive question in 6 leaves the block to him. Block 9 is a "
       "related-article link kept as paragraph: '?'.")
A("sina-sina", [("艾伟", "p", ["华为院士"], [], [9, 12, 13, 15, 20]),
                ("林江艳", "p", ["华为海思品牌总监"], [], [19])],
  q=[4, 18], unnamed=[(4, "记者获悉 (unnamed source)"), (18, "记者 (试用发现)")], rep=["张申"], ns=["北京日报 (outlet)", "华为", "高通"],
  note="记者获悉 and the reporter's own test make their blocks '?' (conv. 10). 大家普遍认为 (9) is a common belief, "
       "not a statement; 9 is 艾伟's. 高通被吐槽为“火龙” (14) is a reputation, not a statement: no speaker.")
A("xinhuanet-1", [("巴黎大众运输公司", "o", [], [], [3]), ("法国国家铁路公司", "o", [], [], [3, 4]),
                  ("法国航空公司", "o", [], [], [4]), ("菲利普", "p", ["法国总理"], [], [5])],
  q=[3, 4, 5], unnamed=[(4, "法国各工会 (号召)"), (5, "法国总工会负责人")], rep=["唐霁", "尹世杰"],
  ns=["法国交管部门 (统计: data)", "法国《星期日报》 (interview venue)", "马克龙 (提出 a reform plan: a policy, no words)", "新华网"],
  note="Blocks 3-5 each report several bodies/people: '?'. 马克龙此前提出…改革 (6) is a policy, not a statement; "
       "菲利普将于11日宣布 is a future announcement with no words.")
A("zyyfy-1", [("吴玉华", "p", ["副院长"], [], [2])],
  rep=["李琴雯", "刘会", "苏芳"], ns=["习近平 (instructions cited inside 吴玉华's speech)", "张艳 (摄影)", "医技药剂党支部、药剂科 (供稿)"],
  note="职工通讯员 李琴雯 刘会 is the byline; 编辑/苏芳 an editor credit. Xi's instruction quoted inside 吴玉华's speech "
       "does not make 2 a second-speaker block.")
A("thepaper-1", [("吴翔宇", "p", [], [], [5]), ("张凡", "p", ["业内资深人士"], [], [7, 12, 17, 21, 22, 25, 35]),
                 ("雷越岚", "p", [], [], [10]), ("刘颖", "p", ["来电科技的高级市场总监"], [], [14, 15, 16, 20, 36, 37]),
                 ("朱巍", "p", ["中国政法大学传播法中心研究员"], [], [26, 32, 36]),
                 ("刘兴亮", "p", ["DCCI互联网研究院院长"], [], [27, 29, 32, 35]), ("小电", "o", [], [], [28]),
                 ("付小姐", "p", [], [], [11])],
  q=[6, 24, 31, 32, 35, 36],
  unnamed=[(6, "网友 (感叹)"), (24, "店员; 据媒体报道"), (31, "行业人士、专业人士 (都认为)")],
  rep=["石佳", "张珺"],
  ns=["视觉中国 (photo credit)", "Trustdata (《…简报》显示: a document)", "聚美优品 (财务报告显示: a document)", "中国青年报 (outlet)"],
  note="'张凡口中的…额外成本' (21) reports his words. 小电宣布完成…融资 (28) is an organisation announcing. Blocks 32, 35, "
       "36 report two named people: '?'. 23 (一般规律是…) has no cue: the writer's. 付小姐 (surname + courtesy form) is a "
       "named speaker, as dev2.")
A("thepaper-3", [("习近平", "p", ["总书记"], [], [8, 11, 12, 13, 14, 15, 17, 18, 20, 21, 23, 26, 27, 29, 30, 33, 34, 35])],
  rep=["柴敏懿"],
  ns=["《求是》杂志 (publishes the article)", "《中共中央关于…的决定》 (a document)", "新华社《学习进行时》 (compiles)",
      "党的十九届四中全会", "澎湃新闻"],
  note="The article is signed by 习近平: 文章说/指出/强调 report his words (like an author's), not an anonymous document. "
       "Uncued paraphrase paragraphs in his article's first-person plural (13, 14, 20 我们党…) continue his words; the "
       "numbered sub-points (10, 16, 19, 24, 28, 32) and 25 are the compiler's headings/summary. Announcements with "
       "no words (4 提出要求, 6 进行了深入的阐述, 9 阐述了, 31 作出了具体部署) have no speaker.")
A("thepaper-5", [],
  q=[7, 13, 17], unnamed=[(7, "研究者 (英国伦敦国王学院研究团队)"), (13, "研究者 (发现)"), (17, "研究者 (认为)")],
  rep=["贺梨萍", "李跃群"],
  ns=["《柳叶刀》 (publishes the correspondence: a document)", "英国伦敦国王学院 (the team's affiliation)",
      "之前报告 (a document)", "“COVID症状研究”用户 (survey data: 表示/报告)", "世卫组织 (列为: an action)", "英国政府",
      "刘威 (校对: a proofreader, not an editor)"],
  note="The researchers are unnamed: their blocks are '?'. Uncued paraphrase paragraphs of the study (12, 14-16, 18) are "
       "left to the writer. 校对 is not an editor credit.")
A("toutiao-3", [("雅安市雨城区民生救援队", "o", [], ["民生救援队", "四川民生救援队"], [14, 26]),
                ("成都维初林训犬俱乐部", "o", [], [], [14]), ("小温", "p", [], [], [39]),
                ("温先生", "p", [], [], [2, 19, 22, 28, 30, 39, 42]),
                ("李女士", "p", [], ["孩子母亲"], [19, 20, 21, 30, 36, 40])],
  q=[7, 11, 14, 19, 20, 30, 33, 39, 41],
  unnamed=[(7, "游客 (表示)"), (11, "工作人员; 救援队 (认为)"), (20, "网友 (质疑, 评论)"), (33, "小温父母 (他们知道…)"),
           (41, "班主任")],
  rep=["林子沛"], ns=["南方都市报 (outlet)", "警方", "蓝天救援队", "甘孜州户外运动专业救援队"],
  note="温先生 and 李女士 (surname + courtesy form) are named speakers, as dev2 (conv. 6); '孩子母亲' (30, 40) is 李女士 "
       "(小温母亲李女士, 9, 19); the collective '小温父母…他们知道' (33) stays an unnamed '?'. The child 小温 is the "
       "paper's name for him (conv. 6: a name) and "
       "speaks once (跟爸爸说好, 39). Rescue teams that 发现/搜寻 report no words; 27 (才发现) none. Captions kept as "
       "paragraphs (8, 15, 25, 35) have no speaker.")
A("toutiao-4", [("中央气象台", "o", [], [], [7, 10, 11]), ("北京市气象台", "o", [], [], [14, 15])],
  ns=["中国网 (outlet)", "贾天勇 (中新社 photographer)"],
  note="Forecasts (预警/预计/发布天气预报) are the weather services' words; uncued forecast paragraphs continue the last "
       "named service (11, 15); 8-9 (after 7, but a separate outlook with no cue) and the outlet's 温馨提醒 (16) have no "
       "speaker.")
A("toutiao-5", [("汪勇", "p", ["顺丰小哥", "兼职网约车司机", "志愿者", "部门经理"], [],
                 [15, 18, 19, 20, 21, 23, 27, 30, 37, 38, 46, 48, 57, 62, 63, 69, 84, 94, 96, 112]),
                ("国家邮政局", "o", [], ["邮政局"], [4, 5]), ("人民日报", "o", [], ["《人民日报》"], [4, 6])],
  q=[4, 12, 55, 61, 65, 73, 86, 93, 95, 98, 105],
  unnamed=[(12, "金银潭医院的医生 (求助信息)"), (55, "护士小妹妹 (朋友圈)"), (61, "提问者"), (65, "两家饭店 (对方表示)"),
           (73, "其他志愿者"), (86, "上头领导 (批复)"), (93, "采访者 (央视)"), (95, "采访者 (央视)"), (98, "顺丰领导 (电话)"),
           (105, "领导 (说物资充足)")],
  ns=["华夏人文 (a self-media account)", "央视新闻 (the interview it aired)", "顺丰"],
  note="Self-media essay without an author name: no reporter. Uncued quotes and his thoughts/judgements (15, 19, 20, 23, "
       "27 感觉到, 63 意识到, 69) continue 汪勇; decisions, discoveries and plans (14, 16, 35, 51-52, 58, 66, 81-82) report "
       "no words. The essayist's own comments have no speaker. 邮政局发出嘉奖通知…号召全行业向他学习 (5): the body is "
       "the subject of 号召, so it speaks (through its notice).")
