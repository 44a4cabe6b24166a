# Speaker gold, ten further Citizen News tune texts (pass 1 + pass 2). Run: python3 annotations/speakers/hkcn_5.py
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from annotate import A

A("hkcn-13726", [("司徒元傑", "p", ["香港藝術館館長"], [], [1, 6, 8, 10, 18]),
                 ("何世柱", "p", ["知名商人"], [], [14, 15, 16])],
  rep=["劉愛霞"],
  ns=["何耀光 (his views are reported by his son, inside 何世柱's statements)", "香港藝術館 (館方: a plan, no words)",
      "至樂樓藝術發揚有限公司", "朱耷", "黃道周", "張大千"],
  note="The caption '何世柱與…司徒元傑一同介紹部分展品' reports no words (null); relations (兒子) are not titles.")
A("hkcn-26062", [("侍建宇", "p", ["珠海學院新傳系高級講師", "香港學者"], ["侍"], [6, 10, 11, 12])],
  q=[5], unnamed=[(5, "各黨參選人與政治人物 (表態)")], rep=["當文尼"],
  ns=["習近平 (《告台灣同胞書》講話: its words are not reported)", "鄧小平 (提出 a policy)", "陸委會 (公布民調結果: data)",
      "駱惠寧", "梁震英", "唐英年", "中聯辦"],
  note="The lead's '侍建宇試著拆解' announces the interview and reports no view (null); the caption naming him is null; "
       "the by-name '當文尼' of 【特約記者當文尼】 is the reporter.")
A("hkcn-26654", [("醫管局疫症檢討委員會", "o", [], ["SARS疫症檢討委員會"], [1, 11]), ("醫管局", "o", [], [], [12])],
  q=[2], ns=["《SARS疫症檢討委員會報告書》 (a document: 指出/提到/建議)", "立法會 (publishes a select committee report: a document)",
             "《協力》 (醫管局's staff magazine: a document)"], rep=["吳婉英"],
  note="The review committee that recommends (建議, 認為) is an organisation that speaks; its report (報告書指出/提到/建議) is a "
       "document and gives no speaker; '醫管局曾透露過…' is the authority speaking (through its magazine); the '相關報道：' "
       "link paragraph is not scored ('?').")
A("hkcn-30861", [("澳洲公共會計師協會", "o", [], ["IPA"], [2, 6, 7, 8]),
                 ("澳洲管理會計師公會", "o", [], ["ICMA", "CMA"], [2, 6, 7]),
                 ("Janek Ratnatunga", "p", ["ICMA行政總裁"], ["Ratnatunga"], [7, 8, 9]),
                 ("黃文華", "p", ["澳洲管理會計師公會（CMA）香港分會主席", "澳洲公共會計師協會（IPA）香港負責人"], ["黃"], [3, 12, 13]),
                 ("香港華人會計師公會", "o", [], [], [4]), ("香港中國企業協會財會專業委員會", "o", [], [], [4])],
  q=[1, 2, 4, 5, 6, 7, 8, 11, 12, 13],
  unnamed=[(1, "澳洲兩個公會的總會負責人 (向澳洲媒體表示)"), (4, "八個團體 (廣告表示)"), (5, "兩個澳洲會計師公會的總會高層 (表示)"),
           (7, "港區分會負責人 (引述)"), (11, "記者 (查詢)"), (12, "記者 (追問)"), (13, "記者 (表示)")],
  rep=["林勵"], ns=["《文匯報》", "《大公報》", "《澳洲金融評論》 (reports the associations' words)", "全國人大"],
  note="The eight groups that signed the advertisement speak through it; the two named ones are speakers of that block "
       "('?', several). The reporter's own enquiries and remarks (記者查詢/追問/表示) make their blocks '?'. The "
       "associations' web page (根據CMA香港網頁) is a document.")
A("hkcn-34090", [("律政司", "o", [], [], [1, 3]), ("Tony", "p", [], [], [5, 6, 7])],
  q=[2, 10, 11, 13, 14],
  unnamed=[(2, "有法律界人士 (稱); 大狀 (舉例); 有曾參與義載及物資站運作的市民 (表示)"), (10, "A（化名）"), (11, "A（化名）"),
           (13, "A（化名）"), (14, "A（化名）")],
  rep=["黎卓欣"], ns=["上訴庭", "警方"],
  note="'Tony' is the name the paper uses (a name); 'A（化名）' is a letter pseudonym: an unnamed speaker (call 10; unlike a surname + "
       "courtesy alias such as 黃先生（化名）, a name under call 6). "
       "The indented quote paragraph after 'A…認為…：' is A's continuation ('?').")
A("hkcn-36987", [("水務署", "o", [], [], [1]), ("何啟明", "p", ["深水埗區議員"], ["何"], [2, 10, 11]),
                 ("民政總署", "o", [], ["民政署", "署方"], [3, 13, 14]), ("陳龍傑", "p", ["民建聯"], ["陳"], [8]),
                 ("羅健熙", "p", ["南區區議會主席"], ["羅"], [12])],
  q=[6, 8], unnamed=[(6, "據悉"), (8, "水務署代表 (陳龍傑引述)")], rep=["黎卓欣"],
  ns=["古蹟辦", "深水埗區議會秘書處 (通知, inside 何啟明's account)"],
  note="'搖頭表示拒絕作答' (a gesture, no words) gives no speaker (caption 7 null); the secretariat's notice repeated "
       "after 何啟明's '他又指' belongs to his statement; the 民政署 notice quoted by 羅健熙 stays his block.")
A("hkcn-43557", [("郭啟安", "p", ["法官"], ["郭官"], [1, 8, 10, 11, 12, 13, 14]),
                 ("邱治瑋", "p", ["辯方大律師"], [], [7]),
                 ("邵家臻", "p", ["前立法會議員", "「石牆花」創辦人"], [], [18])],
  q=[2, 10, 13, 16, 18],
  unnamed=[(2, "一聚親友 (高呼)"), (10, "辯方 (解釋)"), (13, "辯方 (指)"), (16, "辯方 (求情指)"), (18, "辯方 (求情, 指)")],
  rep=["邢穎琦"], ns=["吳偉豪 (被告; his message is quoted inside the judge's words)", "政府化驗師 (報告指: a document)"],
  note="A judge's sentencing remarks (判刑指出/表示, 反駁指) are speech (call 1). '辯方又重申' right after 辯方大律師邱治瑋 "
       "in the same paragraph is his; a bare '辯方' in later paragraphs is a role (unnamed, '?'). 案情指/控罪指/報告指 are "
       "documents. A mitigation letter (撰寫求情信，指…) reports 邵家臻's words.")
A("hkcn-48943", [("楊彧", "p", ["前深水埗區議員"], [], [14, 15]),
                 ("鄭先生", "p", ["老闆"], [], [1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13]),
                 ("陳先生", "p", [], [], [17]), ("黃小姐", "p", [], [], [18])],
  rep=["郭日朗"], ns=["甜一刻 (the shop)"],
  note="The shop owner 鄭先生 (surname + courtesy form: a named speaker, call 6, as dev2) speaks in every paragraph of "
       "his views, including the indented quote and the narrator's paraphrase of his worries and hopes. The caption "
       "'鄭先生網上看到…' (a customer, no words) and the shop-sign caption are null. 黃小姐 speaks of 老闆鄭先生 (an "
       "object, not a second speaker).")
A("hkcn-5290", [("許智峯", "p", ["民主黨", "民主黨立法會議員"], [], [1, 2, 5, 12]), ("梁君彥", "p", ["主席"], [], [5]),
                ("朱凱廸", "p", [], [], [6]), ("尹兆堅", "p", ["民主黨議員"], [], [7]), ("何俊仁", "p", ["民主黨"], [], [13])],
  q=[1, 2, 4, 5],
  unnamed=[(1, "24名民主派議員 (呈請書要求)"), (2, "另外23名議員 (呈請書要求)"), (4, "呈請書 (24名民主派議員: 我們促請)")],
  rep=["翁維愷"],
  ns=["劉曉波 (his wish is reported inside 朱凱廸's words)", "劉霞", "梁國雄", "鄭松泰",
      "陳沛然 (launched a petition, mentioned in a relative clause)", "李慧琼 (拒絕: a decision)", "中央"],
  note="A petition is the words of its signatories (several: '?'); its full text is '?'. 許智峯 reading it aloud "
       "(朗讀聯署內容) counts as his statement next to 梁君彥's (block 5 '?'). The chairmen's rulings on adjournment "
       "debates (判斷…拒絕) are decisions, not speech.")
A("hkcn-7947", [("賽波夫", "p", ["疑兇"], [], [1]), ("白思豪", "p", ["紐約巿長"], [], [2]),
                ("杜菲", "p", ["廚師"], [], [4]), ("西羅斯", "p", ["學生"], [], [4])],
  q=[2, 4, 5], unnamed=[(2, "兩名執法人員 (透露)"), (5, "調查人員 (指出); 《紐約時報》 (報道)")],
  ns=["《紐約時報》 (reports)", "聯邦調查局", "國土安全部", "紐約警方", "伊斯蘭國"],
  note="The attacker's shouted words (以阿拉伯語高叫「真主偉大」) are reported words: 賽波夫 is a speaker of block 1. "
       "The generic byline 眾新聞記者 gives no reporter; the photo credit (圖：美聯社) glued to a paragraph is not a speaker.")
