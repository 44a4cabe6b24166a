# Kinds and speaker gold, People's Daily texts (pass 1 + pass 2). Run: python3 annotations/speakers/rmrb.py
import sys, os, json
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, HERE

def K(id, captions=(), **kinds):
    p = os.path.join(HERE, "annotations", id + ".json")
    a = json.load(open(p, encoding="utf-8"))
    a["captions"] = list(captions)
    a["kinds"] = {k.lstrip("b"): v for k, v in kinds.items()}
    json.dump(a, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)

K("rmrb-01", captions=[3], b4="credit", b20="credit")
A("rmrb-01", [("张丽娇", "p", ["店长"], [], [6]), ("黄书诚", "p", ["福建德化瓷都文旅投资有限公司副总经理"], [], [11]),
              ("黄长锦", "p", ["店面负责人"], [], [12]), ("苏昊", "p", [], [], [13, 16]),
              ("曾宪升", "p", ["德化县陶瓷发展委员会办公室常务副主任"], [], [14]), ("郭建洲", "p", [], [], [19])],
  q=[6, 15], unnamed=[(6, "一名年轻人 (发问)"), (15, "导游 (讲解)")], rep=["刘晓宇"], ns=["许华森 (photographer)"])
K("rmrb-02")
A("rmrb-02", [("王毅", "p", ["中共中央政治局委员", "外交部长"], [], [2, 3, 4])], rep=["陈一鸣", "宋亦然"])
K("rmrb-03")
A("rmrb-03", [], q=[3, 5, 6, 10, 11, 17, 18] + [7, 8, 12, 13, 14, 15, 19],
  unnamed=[(b, "问: 记者") for b in (5, 10, 17)] + [(b, "答: 市场监管总局相关司局负责人") for b in (6, 7, 8, 11, 12, 13, 14, 15, 18, 19)],
  rep=["林丽鹂"], ns=["市场监管总局 (its 负责人 answers unnamed)", "标准 (a document: 标准提出)"],
  note="Q&A with an unnamed answerer: every question and answer block is an unnamed statement ('?'), continuation paragraphs of an answer too.")
K("rmrb-04")
A("rmrb-04", [("许佳颖", "p", ["游客"], [], [5]), ("肯琪", "p", ["美国游客"], [], [9]), ("戴斌", "p", ["中国旅游研究院院长"], [], [21])],
  rep=["王珂", "刘军国"], ns=["文化和旅游部 (发布的信息显示: a document)", "美团旅行 (数据显示)", "携程 (数据显示)", "国网台州供电公司"])
K("rmrb-05")
A("rmrb-05", [("张会", "p", ["千岛湖“猪妈妈”工坊主播"], [], [5]), ("陈小平", "p", ["浙江省政协副主席"], [], [6]),
              ("郑志光", "p", ["淳安县政协主席"], [], [6])],
  q=[3, 6], unnamed=[(3, "协商会上的委员、专家 (quoted without a name)")], rep=["刘军国"])
K("rmrb-06", captions=[3], b4="credit")
A("rmrb-06", [("小李", "p", ["摊主"], [], [6]), ("王红兵", "p", ["退休工人"], [], [10]),
              ("李汀", "p", ["铁西区文旅局副局长"], [], [11, 17]), ("蒋超群", "p", ["游客"], [], [15])],
  q=[7, 16], unnamed=[(7, "红梅文创园的相关负责人"), (16, "据介绍")], rep=["刘洪超"], ns=["红梅集团"])
K("rmrb-07", captions=[3], b4="credit")
A("rmrb-07", [("韩立光", "p", ["农机手"], ["老韩"], [6, 8, 10, 13, 20]),
              ("刘启雷", "p", ["大遐畜牧场农业综合开发有限公司总经理"], [], [9, 11, 15, 16, 18, 19])],
  rep=["郑智文"], ns=["省农科院的专家"])
K("rmrb-08")
A("rmrb-08", [("王茂", "p", ["村民"], [], [3]), ("李绪强", "p", ["关店村党支部书记"], [], [4, 5, 12, 13]),
              ("曹猛", "p", ["村民"], [], [10, 11])],
  q=[6, 7, 8], unnamed=[(6, "大伙 (达成共识)"), (7, "村民们"), (8, "村党支部 (认为)")], rep=["范昊天"],
  ns=["随州市委组织部", "中央一号文件 (a document)"])
K("rmrb-09")
A("rmrb-09", [("国家发展改革委", "o", [], [], [2])], rep=["刘志强"], ns=["商务部", "市场监管总局"])
K("rmrb-10")
A("rmrb-10", [("李秉徽", "p", ["大开河边境检查站教导员"], [], [5]),
              ("蔡宝弟", "p", ["上海市公安局出入境管理总队证件管理二支队二级高级警长"], [], [6, 7]),
              ("何守卫", "p", ["国家移民管理局信息科技司证件管理处副处长"], [], [9]),
              ("于童", "p", ["广州边检总站白云边检站一级警长"], [], [11]), ("彭明有", "p", ["所长"], [], [14])],
  rep=["张天培"], ns=["国务院新闻办 (holds the meeting)", "标语 (a slogan on a wall)"])
K("rmrb-11", captions=[2, 3, 4], b5="credit")
A("rmrb-11", [], rep=["刘军国"], ns=["章勇涛 (photographer)", "王坛镇 (出台文件: an act)"])
K("rmrb-12")
A("rmrb-12", [("张伟", "p", ["现役军人", "军人"], [], [9, 12, 13, 15])], q=[3, 8, 10],
  unnamed=[(3, "呼救者"), (8, "母亲"), (10, "母亲")], rep=["张文豪"], ns=["网友们 (点赞)"])
