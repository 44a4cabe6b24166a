# Kinds and speaker gold of fresh set 22 (annotated 2026-12-08 by a helper of session 26, from the texts and the
# corpus conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh22.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh22-2026-12-08"; the
# same rules as set 20, annotations/speakers/fresh20.py, and set 21, with the republished-text exclusion applied from
# the start, the 150 charity stories of /tmp/wide-adtw/ excluded as well, and set 21's ids and dates skipped).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths, commit 635cc02f… as sets 14-21) shuffled with
#   random.Random(seed), skipping ids in split.tsv (sets 1-21 included; set 21 is already merged into main) and in
#   /tmp/wide/ (696 unread 眾新聞 articles whose analyses the lead has read); taken in that order: the first six with
#   category 眾聞 (news), 800-3000 characters after extraction (the extracted blocks joined by newlines) and at least
#   10 speech cues (表示|指出|說|稱|認為|「, counted as matches).
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, commit 3826761f… as sets 14-21)
#   shuffled with random.Random(seed), skipping the ids already in the corpus (sets 2-21 included) and the 150 ids of
#   /tmp/wide-adtw/ (charity stories whose analyses the lead has read; a best reconstruction of session 25's sample,
#   which could not be rebuilt exactly, so a story the lead saw may still be outside it); taken in that order: the
#   first five whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues
#   (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-za1..za5): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-21 included), and (to avoid clashes with set 21, which takes only odd days)
#   every date whose day of the month is odd skipped. In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   an editorial, a Q&A, a reader's question or a document; a 新华社 wire summarising a 《求是》 article is skipped as a
#   document's summary, a speech printed in full is skipped; a letter printed in full with its wire report may be
#   taken, as sets 15-18) with at least one named person quoted; a file whose title alone shows a document, a column,
#   a Q&A or a commentary is skipped unread. Raw files saved from read_file under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start): a candidate with at least half of its extracted lines longer
#   than 30 characters found word for word in a text of split.tsv (its ID.original.txt under texts/ or the cache) or in
#   a file of /tmp/wide/ or /tmp/wide-adtw/ is skipped (checked by a script before the candidate is read; for 人民日报,
#   whose files can only be seen by reading them, right after saving).
# Set 21 (/work/wt-fresh21, rmrb-z01..z05): an id or a 人民日报 date that appears in its manifest.tsv or
#   cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing and again just before the set is
#   committed); set 21 draws 眾新聞 and 蘋果日報 with its own seed, so an id of ours already in its manifest is skipped.
#
