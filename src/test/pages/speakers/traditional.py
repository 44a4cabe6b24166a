# Speaker gold, saved Taiwanese news pages (traditional script; pass 1 + pass 2).
# Run: python3 src/test/pages/speakers/traditional.py
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from annotate import A

POLICE_ACTS = ("'警方調查，…' / '警方調查發現' / '航警調查' report an investigation's findings, an act (null, as "
               "cna-aitlas-08 and hkcn-48887); '警方說/指出' is the police speaking (organisation '警方').")
PSA = "The outlet's own suicide-prevention notice (關心你/提醒您, hotlines) is the paper's voice, no reported speaker (null)."

A("appledaily-desktop", [], q=[5],
  unnamed=[(5, "李男 (李姓男友; 向警方供稱); 賴女家屬 (質疑)")], rep=["王煌忠"],
  ns=["警方 (調查, 勘驗, 報請相驗: acts)", "檢警 (將進行相驗: an act)", "消防局救護人員"],
  note=POLICE_ACTS + " '由於家屬對於死因有意見' in the lead is background (a disagreement, no content): null; "
  "'勸阻女友不要喝酒' inside the police's findings narrates an act: null. " + PSA
  + " The reporter is the closing credit '（王煌忠／台中報導）'.")
A("chinatimes-desktop", [], rep=["謝明俊"], ns=["消防局 (派出人車: an act)", "家屬 (要求送醫: an act, no words)"],
  note="The byline '中時' is the outlet (no reporter); '謝明俊' on its own byline line is the reporter. " + PSA)
A("chinatimes-mobile", [], rep=["謝明俊"], ns=["消防局 (派出人車: an act)", "家屬 (要求送醫: an act, no words)"],
  note="The byline '中時' is the outlet (no reporter); '謝明俊' on its own byline line is the reporter. " + PSA
  + " The hashtag line is null.")
A("cna-desktop", [], rep=["邱俊欽"], ns=["消防局 (提供 a photo)"],
  note="The caption's '（消防局提供）' credits a photo (no words): null. The paywall notice is null.")
A("cna-mobile", [], rep=["邱俊欽"], ns=["消防局 (提供 a photo)"],
  note="The caption's '（消防局提供）' credits a photo (no words): null. The paywall notice is null.")
ETTODAY = dict(
    speakers=[("警方", "o", [], [], [5])], q=[5, 6],
    unnamed=[(5, "44歲陳姓男子家屬 (表示; inside 警方說)"), (6, "據了解")], rep=["林悅"],
    ns=["台南地檢署檢察官 (認定: a finding, not speech)", "永康分局 (報請: an act)", "《ETNEWS新聞雲》 (the outlet's notice)"],
    note="The prosecutor's '認定死者係屬自殺行為' is a finding (as a ruling) and '死者家屬並無異見' reports no words: "
         "blocks 2, 4, 7 are null. '警方說' carries the family's '表示' (unnamed): '?'. '據了解' is an unnamed source "
         "('?', as 據悉 in hkcn-36987). The byline paragraph '記者林悅／南市報導' is null. " + PSA)
A("ettoday-desktop", **ETTODAY)
A("ettoday-mobile", **ETTODAY)
A("ltn-desktop", [("陳炳辰", "p", ["台灣房屋智庫資深分析師"], [], [6])], q=[4, 5],
  unnamed=[(4, "《蘋果日報》 (報導)"), (5, "報導 (指出)")],
  ns=["《蘋果日報》 (a medium that reports: not a speaker)", "內政部實價登錄網站 (data)"],
  note="'〔即時新聞／綜合報導〕' names no reporter. The media report (《蘋果日報》報導, 報導指出) makes its blocks '?'; the "
       "analyst the report interviewed is the speaker of block 6 (its first sentence reads data, no cue).")
SETN = dict(
    speakers=[("警方", "o", [], [], [5])], q=[4], unnamed=[(4, "高母 (聲稱)")],
    ns=["警消"],
    note="'社會中心／綜合報導' is a desk, no reporter. " + POLICE_ACTS + " '高母' (高男's mother: a relation, not "
         "a surname + courtesy form like dev2's 王婆婆) stays unnamed: block 4 is '?'. The photo line '（圖／翻攝畫面）' is null.")
A("setn-desktop", **SETN)
A("setn-mobile", **SETN)
A("udn-desktop", [("蔡神四", "p", ["馬公啟明派出所長"], [], [3])], q=[4], unnamed=[(4, "家屬 (向警方表示)")],
  ns=["警方 (發現, 查出, 報請檢方相驗: acts)", "馬公分局 (封鎖現場: an act)", "檢察官"],
  note="The byline '中央社 澎湖縣28日電' names no reporter. '警方發現…查出' in block 4 is an act; the family's words "
       "make it '?'.")
A("udn-mobile", [], q=[6, 13, 14],
  unnamed=[(6, "目擊者 (指出)"), (13, "陸裔美籍凶嫌 (萬姓男子; 凶嫌：「川普會救我」)"), (14, "媒體記者 (詢問); 萬 (說)")],
  rep=["陳嘉寧"],
  ns=["航警 (調查: an act)", "警方 (調閱監視畫面, 送辦: acts)", "檢方 (聲押: an act)", "桃園機場公司營運控制中心 (通報: an act)",
      "川普 (mentioned)"],
  note="萬姓男子 and 張女 (X姓男子 / X女: dev2 names no such form) stay unnamed. The sub-headings kept as paragraphs are null except "
       "'陸裔美籍凶嫌：川普會救我', which reports the suspect's words ('?'). " + POLICE_ACTS
       + " The photographer credits name the byline's reporter 陳嘉寧.")
