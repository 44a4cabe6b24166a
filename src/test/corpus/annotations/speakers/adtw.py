# Speaker gold, Taiwan Apple Daily charity reports (pass 1 + pass 2). Run: python3 annotations/speakers/adtw.py
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A

A("adtw-A3311", [("小甄", "p", [], [], [3, 8]), ("小瑜", "p", [], [], [3]), ("張信鴻", "p", [], [], [5]),
                 ("阿鳳嬤", "p", [], [], [6, 8, 9, 10]), ("阿琦", "p", [], [], [13])],
  q=[3, 8, 11], unnamed=[(11, "醫院社工; 當地里長")], rep=["江品璁"], ns=["王鈴秀", "阿勇"],
  note="Nicknames and pseudonyms used by the paper (小甄, 阿鳳嬤) are the names the text gives: they count as names.")
A("adtw-A3278", [("阿揚", "p", [], [], [4, 9, 10]), ("易晏廷", "p", [], [], [5, 6, 8, 13]),
                 ("王小姐", "p", ["易晏廷昔日餐廳店長"], [], [11])], rep=["張嘉恬"],
  note="王小姐 (surname + courtesy form) is a named speaker, as dev2 (call 6).")
A("adtw-A3246", [("小芬", "p", [], [], [4, 5]), ("賴玫蓉", "p", [], ["阿蓉"], [7, 8, 9]), ("小琪", "p", [], [], [10])],
  q=[12], unnamed=[(12, "蔣治民的弟 (他說); 賴母 (嘆)")], rep=["向高彬"], ns=["蔣治民 (cannot speak)", "周杰倫", "小君"])
A("adtw-A3436", [("鄧奇章", "p", [], ["阿章"], [3, 4]), ("黃明秀", "p", [], ["阿秀"], [4, 6]), ("小田", "p", [], [], [7]),
                 ("阿海伯", "p", [], [], [8])],
  q=[4, 11, 12], unnamed=[(11, "阿秀的大姊"), (12, "醫院社工")], rep=["韓旭爾"],
  note="阿章（鄧奇章）: the full name in brackets is the name, the nickname an alias.")
A("adtw-A3409", [("莊容榕", "p", [], ["容榕"], [2, 4, 6, 8]), ("小娟", "p", [], [], [4]), ("小鴻", "p", [], [], [11])],
  q=[4, 10, 11, 12], unnamed=[(10, "莊容榕 講到 (no words reported) / 記者訪談"), (11, "二阿姨"), (12, "莊容榕的娘家母親")],
  rep=["向高彬"])
A("adtw-A3553", [("余建國", "p", [], ["阿國"], [4, 5, 7]), ("陳小英", "p", [], ["小英"], [5, 9, 12]), ("小萱", "p", [], [], [12])],
  q=[5, 8, 12, 13], unnamed=[(8, "阿國做零工朋友"), (13, "當地社福中心社工; 小英二姊")], rep=["韓旭爾"])
