# Kinds and speaker gold, Citizen News statements and statement reports (pass 1 + pass 2). Run: python3 annotations/speakers/hkcn_4.py
# Consistency pass of 2026-12-07 (corpus README calls 11-15, decided once for the whole corpus): changed
#   hkcn-29275's not_speakers wording (the 國務院 notice is told inside 陳方安生's statement, call 13); see
#   consistency-2026-12-07.md.
import sys, os, json
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


K("hkcn-28803", b1="heading", b16="credit")
K("hkcn-3893", b3="heading", b4="heading", b10="byline")
A("hkcn-1585", [("特首民投計劃", "o", [], [], list(range(1, 10)))],
  note="A statement printed in full after a one-line lead: every paragraph of it is the issuer's statement.")
A("hkcn-3893", [("高耀潔", "p", ["婦產科醫生", "醫生"], [], [1, 5, 6, 7, 8, 9])],
  ns=["郭鋤非", "郭競先", "楊紹剛", "史旻彥", "安友"],
  note="A will published as an open statement: its first-person paragraphs are the signatory's statements; the signature line is a byline.")
A("hkcn-29275", [("陳方安生", "p", ["前政務司司長"], [], [1, 3, 4, 5, 6, 7]), ("姜恩柱", "p", ["時任中聯辦主任"], [], [6])],
  q=[6], ns=["中聯辦 (its new interpretation is the object of the reply)", "國務院 (its notice is told inside 陳方安生's statement, blocks 1 and 6)", "郭榮鏗"])
A("hkcn-14049", [("公民黨", "o", [], [], [1]), ("郭家麒", "p", ["公民黨立法會議員"], [], [2]),
                 ("梁振英", "p", ["全國政協副主席", "前特首"], [], [3, 4])],
  ns=["白韞六 (廉政專員)", "曾蔭權", "薛馮鄺岑律師行 (issues the statement for 梁振英)"])
A("hkcn-30189", [("蓬佩奧", "p", ["美國國務卿"], [], [1, 2, 4, 5, 6, 7]),
                 ("拜登", "p", ["前副總統", "美國民主黨的總統選舉參選人"], [], [8]),
                 ("趙立堅", "p", ["中國外交部發言人"], [], [9])],
  q=[10], unnamed=[(10, "英國、澳洲和加拿大外交部長 (聯合聲明)")], ns=["特朗普", "CNBC電視台"])
