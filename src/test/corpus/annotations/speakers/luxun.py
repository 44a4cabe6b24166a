# Speaker gold, two Lu Xun stories: dialogue in fiction (pass 1 + pass 2). Run: python3 annotations/speakers/luxun.py
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A

A("luxun-01", [("孔乙己", "p", [], [], [5, 7, 8, 9, 12])], q=[3, 5, 6, 7, 8, 11, 12, 13],
  unnamed=[(3, "掌柜"), (5, "喝酒的人"), (6, "人家 (背地里谈论)"), (7, "旁人"), (8, "我 (the narrator); 掌柜"), (11, "掌柜; 一个喝酒的人"),
           (12, "掌柜; 旁人"), (13, "掌柜")],
  ns=["丁举人", "何家"],
  note="Fiction: roles (掌柜, 旁人, the narrator 我) are unnamed speakers; 孔乙己 is the name the story gives. A block with "
       "his words and anyone else's is '?'.")
A("luxun-04", [], q=[6, 7, 8, 9, 14, 15],
  unnamed=[(6, "我 (the narrator)"), (7, "车夫"), (8, "车夫"), (9, "老女人"), (14, "巡警"), (15, "我 (the narrator)")],
  note="Fiction without a named speaker: every line of dialogue is an unnamed speaker's (车夫, 巡警, 老女人, the narrator).")
