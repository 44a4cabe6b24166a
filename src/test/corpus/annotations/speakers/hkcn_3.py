# Kinds and speaker gold, Citizen News interviews and court reports (pass 1 + pass 2). Run: python3 annotations/speakers/hkcn_3.py
import sys, os, json
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A, K


Q1900 = list(range(8, 35, 2))
A("hkcn-1900", [("周凱旋", "p", ["李嘉誠基金會執行董事"], [], [1, 2, 3, 4, 5] + [q + 1 for q in Q1900]),
                ("李嘉誠", "p", ["長和系主席"], [], [1])],
  q=[1] + Q1900, unnamed=[(q, "問: 記者") for q in Q1900], ns=["林鄭月娥", "曾俊華", "楊敏德", "王光亞", "李澤鉅"],
  note="Q&A transcript: 問 blocks are unnamed reporters ('?'); 答 blocks belong to the interviewee named in the lead; a reporter's interjection in brackets inside an answer does not change the speaker (as in dev2 01).")
K("hkcn-14900", b14="heading")
A("hkcn-14900", [("黃浩銘", "p", [], [], [2, 4, 5, 7, 9, 10, 11, 13])], q=[2, 3, 6, 8, 12],
  unnamed=[(q, "問: 節目主持") for q in (3, 6, 8, 12)], rep=["陳聰"],
  ns=["馬道立", "葉傲冬 (民建聯副秘書長)", "梁振英", "林鄭"],
  note="Radio interview with the host's postscript (後記): the postscript is the author's own text, not reported speech (null).")
Q17616 = [5, 9, 11, 14, 16, 19, 21, 24, 26, 30, 34]
K("hkcn-17616", b4="?")
A("hkcn-17616", [("黃遠輝", "p", ["土地供應專責小組主席"], ["黃"], [1, 2, 3, 6, 7, 8, 10, 12, 15, 17, 18, 20, 22, 23, 25, 27, 28, 29, 31, 32, 33, 35])],
  q=Q17616, unnamed=[(q, "問: 記者") for q in Q17616], rep=["盧曼思"], ns=["黃澤恩", "林鄭", "周永新", "陶淵明"])
A("hkcn-47069", [("司法機構", "o", [], [], [1, 5]), ("投訴法官行為諮詢委員會", "o", [], ["諮詢委員會"], [1, 9])],
  q=[1, 5, 6, 7], unnamed=[(5, "三人專責法官小組 (指)"), (6, "另一專責法官小組 (引述)"), (7, "兩案的專責法官小組 (認為); 調查匯報 (提到)")],
  rep=["勞東來"], ns=["蘇文隆 (主任裁判官)", "何俊堯 (裁判官; his sentencing remarks are quoted by the panel)", "劉家棟", "張舉能"])
A("hkcn-48887", [("廖智雄", "p", ["被告"], [], [1, 7])], q=[1], unnamed=[(1, "辯方 (指)")], rep=["劉偉琪"],
  ns=["錢禮 (主任裁判官; 判 is a sentence)", "警方"])
