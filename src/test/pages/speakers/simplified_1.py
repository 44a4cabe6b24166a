# Speaker gold, saved simplified pages, set 1 (pass 1 + pass 2). Run: python3 src/test/pages/speakers/simplified_1.py
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from annotate import A

A("163-1", [("吴亚军", "p", ["龙湖集团董事长"], [], [3]),
            ("龙湖集团", "o", [], ["龙湖方面", "龙湖"], [9, 12]),
            ("王清华", "p", ["房屋查验咨询师", "名仕宜居验房公司高级工程师"], [], [10, 11])],
  q=[8, 12, 13, 14, 18, 20, 21, 22, 24, 30],
  unnamed=[(8, "一位自称龙湖业主的男子 (表示, 《明报》视频)"), (12, "该项目业主 (介绍)"), (13, "业主 (举报信)"),
           (14, "龙湖方面相关负责人 (表示); 该项目业主 (表示)"), (18, "部分项目的业主 (介绍)"),
           (20, "项目业主 (介绍, 表示)"), (21, "澎湃新闻 (报道)"), (22, "该项目业主 (表示)"), (24, "记者 (核实)"),
           (30, "有资深业内人士 (分析称)")],
  ns=["证券市场红周刊 (来源: an outlet)", "《明报》 (its video shows an owner speaking)", "澎湃新闻 (报道)",
      "住建部 (技术标准: a document)", "长沙市住建局 (《答复》: a document)", "Wind资讯 (data)", "宋卫平 (no words)"],
  note="No reporter: the page names only the source outlet (来源: 证券市场红周刊) and '《红周刊》记者'. '据《红周刊》记者了解' "
       "and '记者了解到' report the reporter's findings, not speech (null, as dev2 22). '龙湖方面' is the company speaking "
       "(name = 龙湖集团 as first written); its unnamed 相关负责人 is a role ('?'). The owners' 举报信 is their words "
       "(unnamed, '?'); the reporter's attempt to verify (记者…核实) makes block 24 '?'.")

A("163-2", [("姚明", "p", [], [], [8])],
  rep=["杜硕"], ns=["新京报 (来源)", "周琦 (点点头: a gesture)"],
  note="The editor credit '责任编辑：杜硕_NB12556' gives 杜硕 (the staff code is not part of the name). "
       "'姚明拉住他在耳边叮嘱了几句' reports no words (null); block 8 quotes them.")

A("163-5", [("公安部治安管理局", "o", [], [], [6])],
  q=[7, 8, 14],
  unnamed=[(7, "网友们 (质疑)"), (8, "有不少网民 (反映); 运营商 (原因是「呼出频次过高」)"), (14, "有运营商 (称)")],
  rep=["史建磊"], ns=["新京报 (来源)", "涉事运营商 (作出答复: no words reported)"],
  note="An unsigned 新京报 comment: the writer's own argument is not a speaker (null). The bureau's official weibo "
       "message (官微发布消息称) is the bureau speaking. Editor credit '史建磊_NBJ11331' gives 史建磊.")

A("163-8", [],
  rep=["李曦"],
  ns=["国务院联防联控机制 (印发《通知》: a document)", "《通知》 (强调: a document)", "新华社 (wire dateline, no name)"],
  note="The whole text reports a notice: issuing a document is not speech and '《通知》强调' is a document (call as "
       "rmrb-09's continuation paragraphs); no speaker. Editor credit '李曦_NN2587' gives 李曦.")

A("baijiahao-1", [("茉莉·西尔斯", "p", [], ["茉莉", "Jasmine Seales", "茉莉花"], [3, 5, 7, 8, 11, 12, 14, 17, 18, 19])],
  ns=["加拿大必读 (the publishing account)", "Sea Shepard (organisation, no words)"],
  note="Block 3 ('一位女士…声称') is 茉莉·西尔斯, named in block 5: her statement. The bare quote paragraphs 7 and 12 "
       "continue her words. '茉莉知道…' (10) and the narration (13, 15) report no words. The byline '加拿大必读' is "
       "a baijiahao account name (an outlet), not a reporter.")

A("baijiahao-4", [("彭静旋", "p", [], [], [6, 7, 9, 14, 16])],
  q=[16], unnamed=[(16, "法国人 (「原来古筝是中国的…」)")],
  ns=["八卦大相公 (the publishing account)", "紫薇 (a TV character)"],
  note="'回忆起儿时…是因为觉得…' (6) is her recollection (her view, indirect). Her signature (个人签名所写到的) is her "
       "words (14). Inner resolutions and feelings (10, 13) report no words. Block 16 has her explanation and a "
       "French passer-by's reaction ('?'). The byline '八卦大相公' is a baijiahao account name, not a reporter.")

A("cjddsb-1", [],
  rep=["刘玺东", "易赛楠"],
  ns=["中国人民银行常德市中心支行 (hosts, no words)", "志愿者们 (宣传, no words reported)"],
  note="An event report with no reported words; '(文/图 刘玺东 易赛楠)' gives the reporters. Blocks 2-3 are photo "
       "captions kept as paragraphs (null).")

A("cjn-1", [("世界银行", "o", [], [], [25])],
  q=[6, 7, 8, 13, 14, 18, 19, 20, 24, 25],
  unnamed=[(b, "英国《泰晤士报》 (报道称)") for b in (6, 7, 8)] + [(b, "美国《纽约时报》 (报道)") for b in (13, 14)]
  + [(b, "阿根廷布宜诺斯艾利斯经济新闻网 (报道)") for b in (18, 19, 20)]
  + [(b, "西班牙《世界报》 (报道)") for b in (24, 25)],
  rep=["陈智", "姚昊"],
  ns=["英国《泰晤士报》", "美国《纽约时报》", "阿根廷布宜诺斯艾利斯经济新闻网", "西班牙《世界报》 (media: call 2)",
      "携程旅行网 (data)", "周斌 (photographer)", "刘娟 (通讯员, photographer)", "参考消息 / 海外网 (资料来源)"],
  note="A round-up of foreign media: each report's content (报道称/指出/提到, and the continuation paragraph 8) is "
       "'?' with the outlet as an unnamed source (call 2). Screenshot captions, the outlet headers and the "
       "report headlines are null. 世界银行 预测 (25) is an organisation speaking inside a report ('?'). "
       "Reporters: '（记者陈智 整合）' and '【编辑：姚昊】'.")

A("cmse-1", [("武平", "p", ["中国载人航天工程新闻发言人"], [], [4, 5, 6, 7, 8, 9, 10, 11])],
  ns=["天宫一号与神舟九号载人交会对接任务总指挥部 (entrusts him)", "景海鹏 / 刘旺 / 刘洋 (astronauts, no words)"],
  note="A press-conference statement read by the spokesman named in block 3 (the name line itself reports no "
       "words: null); every paragraph of the statement is his. No reporter.")

A("guancha-2", [("魏少军", "p", ["中国半导体行业协会副理事长", "清华大学微电子所所长", "教授"], [], [3, 5, 7, 9, 10, 11])],
  ns=["EETOP (来源)"],
  note="'魏少军教授' gives the title 教授 (written next to the name). Block 10 continues his 表示 of block 9 "
       "(continuation paragraph). No reporter (来源：EETOP).")

A("guancha-3", [("苹果公司", "o", [], [], [2, 3, 5, 6])],
  q=[4, 7], unnamed=[(4, "一家非营利监管机构 (报告称, 据外媒报道)"), (7, "记者 (联系富士康)")],
  ns=["中新网 (quotes 苹果公司)", "外媒 (报道)", "中国劳工观察 (its claims inside Apple's words)", "富士康 (no reply)"],
  note="据中新网报道…苹果公司对记者表示: the outlet only relays a named speaker, so the block is 苹果公司's. The "
       "reporter's own enquiry (记者通过电子邮件联系了富士康) makes block 7 '?'. No reporter (来源：中新网).")

A("hexun-1", [("交通运输部", "o", [], [], [2])],
  ns=["财联社 (relays the ministry's press conference)", "证券时报网 (source)"],
  note="'今日从交通运输部…新闻发布会获悉' reports the ministry's words. The editor credit '责任编辑： HN666' is a "
       "staff code, not a name: no reporter.")

A("huanqiu-1", [("美国国会及行政当局中国委员会", "o", [], ["CECC"], [9]),
                ("施志安", "p", ["前保守党党魁"], [], [11]),
                ("迈克尔•布兰德", "p", [], [], [12]),
                ("跨国议会对华政策联盟", "o", [], ["八国联盟"], [14, 16, 17, 37]),
                ("拉布", "p", ["英国现任外相"], [], [28, 29, 30])],
  q=[22, 24, 32, 34, 42, 43, 44, 48, 49],
  unnamed=[(22, "英国七位前外相 (联署, 敦促, 宣称); 英国媒体 (渲染道)"), (24, "英国媒体 (透露)"),
           (32, "中国驻英国大使馆发言人 (回应称)"), (34, "刀哥 (the columnists' persona)"),
           (42, "英国《金融时报》 (文章分析)"), (43, "英国《金融时报》 (新西兰「一时间无法赞同」)"),
           (44, "国家安全委员会前亚洲事务主管 (《金融时报》引用)"), (48, "两种人 (高呼「狼来了」)"),
           (49, "刀哥 (the columnists' persona)")],
  rep=["叨叨姐", "胡一刀", "李小飞刀", "薛艺磊"],
  ns=["卢比奥 (described, no words)", "梅嫩德斯", "丘吉尔 (quoted by 施志安)", "约翰逊", "英国《金融时报》",
      "天空新闻 (interviews 拉布)", "默克尔 (inside the FT quote)", "新西兰"],
  note="A 补壹刀 column: the byline pen names 叨叨姐/胡一刀/李小飞刀 and the editor 薛艺磊 are reporters; the "
       "columnists' own argument is null, but '刀哥想说' (the persona speaking in the text) makes 34 and 49 '?'. CECC "
       "condemning and calling (谴责, 呼吁) through its resolution is the committee speaking (call 11). The alliance "
       "speaks through its video and web site (14, 16, 17) and '正如他们自己所说' (37). '拉布…挥出三板斧：' (27) "
       "announces the statements and reports no words. An unnamed embassy spokesman is a role ('?').")

A("ifeng-1", [("小丽", "p", ["学生"], [], [7]),
              ("杨国禹", "p", ["副主任医师", "禹州市人民医院副主任医师"], [], [9, 10, 35, 36, 37]),
              ("禹州市教体局", "o", [], [], [6, 18, 49]),
              ("小花", "p", [], [], [24]), ("小强", "p", [], [], [26]),
              ("小刚", "p", ["学生"], [], [6, 27, 28, 58, 60, 67, 68]),
              ("王尚普", "p", ["大涧学校校长"], [], [30, 31])],
  q=[4, 5, 6, 8, 11, 12, 13, 21, 22, 23, 25, 27, 33, 34, 39, 40, 42, 43, 45, 46, 47, 51, 52, 53, 54, 58, 63, 65,
     66, 69, 70, 71, 72, 73, 74, 75],
  unnamed=[(4, "禹州市官方人士"), (5, "小花母亲"), (6, "小刚家"), (8, "班主任 (通知)"), (11, "小花家 (称)"),
           (12, "小花母亲"), (13, "小花母亲"), (21, "小花奶奶; 澎湃新闻 (电话、短信)"), (22, "小花奶奶; 班主任"),
           (23, "小花奶奶"), (25, "小花奶奶"), (27, "小刚奶奶"), (33, "小花奶奶、小刚奶奶"), (34, "小花母亲"),
           (39, "小花家; 小刚奶奶"), (40, "小花奶奶"), (42, "禹州光明医院医生"), (43, "小花家 (提出)"),
           (45, "小刚奶奶; 小花家; 小刚家 (质疑)"), (46, "小花奶奶; 澎湃新闻 (尝试联系)"), (47, "小刚家人"),
           (51, "小刚爷爷"), (52, "禹州市人民医院工作人员; 澎湃新闻 (提出采访)"), (53, "小花母亲"), (54, "小花母亲"),
           (58, "小刚奶奶 (指出, 直言)"), (63, "小刚家"), (65, "小花母亲"), (66, "小刚爷爷、小强母亲"),
           (69, "小刚的爷爷"), (70, "小刚爷爷"), (71, "小刚爷爷"), (72, "小刚爷爷"), (73, "小花母亲"),
           (74, "工作人员"), (75, "多名大涧学校小学生")],
  rep=["段彦超", "廖艳", "王金茹"],
  ns=["澎湃新闻 (来源)", "河南电视台都市频道 (曝光, interviews)", "禹州光明医院B超报告单 (a document)",
      "禹州市 (宣布成立调查组: an act)", "《义务教育法》 (a document)", "禹州市教体局通报 (提及/据…通报: a document)",
      "寇兴斌 (not reached)"],
  note="The children's pseudonyms 小花/小刚/小丽/小强（化名） are names the paper uses (call 6), unlike a letter "
       "pseudonym; relatives named only by relation (小花母亲, 小刚奶奶, 小刚爷爷) are unnamed (call 6), so their "
       "blocks are '?'. The bureau speaking (教体局通报称) is a speaker; its bulletin as a noun (通报也提及, 据…通报) "
       "is a document. Passive questions (被追问, 问到) leave the block to the child who answers. Reporters: the byline "
       "paragraph '澎湃新闻记者 段彦超 廖艳' and the contributor credit '实习生王金茹'.")
