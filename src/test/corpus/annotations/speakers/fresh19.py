# Kinds and speaker gold of fresh set 19 (annotated 2026-12-07/08 by a helper of session 25, from the texts and the
# corpus conventions only; the speaker engine was never run on these texts and its output never read).
# Run: python3 annotations/speakers/fresh19.py
#
# Selection (rules written down and committed before any candidate text was read; seed "pizhu-fresh19-2026-12-07"; the
# same rules as set 18, annotations/speakers/fresh18.py, with the republished-text exclusion applied from the start).
# 眾新聞 (6, hkcn-*): the archive's article files (sorted paths, commit 635cc02f… as sets 14-18) shuffled with
#   random.Random(seed), skipping ids in split.tsv (sets 1-18 included) and in /tmp/wide/ (696 texts the lead has
#   read); taken in that order: the first six with category 眾聞 (news), 800-3000 characters after extraction (the
#   extracted blocks joined by newlines) and at least 10 speech cues (表示|指出|說|稱|認為|「, counted as matches).
# 蘋果日報 Taiwan (5, adtw-A*): start_charity_dev/db_articles/A*.htm (sorted paths, commit 3826761f… as sets 14-18)
#   shuffled with random.Random(seed), skipping the ids already in the corpus (sets 2-18 included); taken in that
#   order: the first five whose extraction has 500-3000 characters, at least one 「 quote and at least 3 cues
#   (表示|指出|說|稱|認為).
# 人民日报 (5, rmrb-x01..x05): the days 2025-01-01..2025-07-31 shuffled with random.Random(seed), the dates of
#   cache-manifest.tsv removed (sets 1-18 included). In that order, per date the articles of the find_files listing
#   in order, at most two per date, a stored file of at most 4000 characters, a news report (not a commentary column,
#   an editorial, a Q&A, a reader's question or a document; a 新华社 wire summarising a 《求是》 article is skipped as a
#   document's summary; a speech printed in full is skipped; a letter printed in full with its wire report may be
#   taken, as sets 15 and 16) with at least one named person quoted. Raw files saved from read_file under
#   CACHE/raw/leeperfect+PeopleDailyMaterial/COMMIT/PATH, each copy's length equal to the stored total_chars.
# Republished texts (all three outlets, from the start): a candidate with at least half of its extracted lines longer
#   than 30 characters found word for word in a text of split.tsv (its ID.original.txt) or in a file of /tmp/wide/ is
#   skipped (checked by a script before the candidate is read; for 人民日报, whose files can only be seen by reading
#   them, right after saving); texts of set 20 already built in the cache are checked the same way (by script, unread).
# Set 20 is drawn at the same time by another helper (/work/wt-fresh20, rmrb-y01..y05): an id or a 人民日报 date that
#   appears in its manifest.tsv or cache-manifest.tsv is skipped as if it were in the corpus (checked while drawing
#   and again just before the set is committed).
