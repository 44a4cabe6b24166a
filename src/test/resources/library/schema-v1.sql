-- Frozen copy of the library schema version 1 (Pizhu 0.1 development), with sample data. Never edit.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source_name TEXT NOT NULL,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  script TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1);
CREATE TABLE blocks (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  first_line INTEGER NOT NULL,
  last_line INTEGER NOT NULL,
  source_start INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  source_map BLOB NOT NULL,
  UNIQUE (document_id, idx));
CREATE TABLE annotations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('highlight', 'underline', 'note')),
  color TEXT NOT NULL,
  source_start INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  block_index INTEGER NOT NULL,
  block_offset INTEGER NOT NULL,
  orphan INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL);
CREATE INDEX annotations_order ON annotations (document_id, orphan, block_index, block_offset);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE annotation_tags (
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id);
INSERT INTO documents (id, source_name, title, source, content_hash, script, imported_at, modified_at)
  VALUES (7, 'old.txt', '舊文章', '舊文章

創新科技的發展很重要。
', 'old-hash', 'traditional', '2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z');
INSERT INTO blocks (document_id, idx, kind, text, first_line, last_line, source_start, source_end, source_map)
  VALUES (7, 0, 'heading', '舊文章', 1, 1, 0, 3, X'');
INSERT INTO blocks (document_id, idx, kind, text, first_line, last_line, source_start, source_end, source_map)
  VALUES (7, 1, 'paragraph', '創新科技的發展很重要。', 3, 3, 5, 16, X'');
INSERT INTO annotations (id, document_id, kind, color, source_start, source_end, exact, prefix, suffix, block_index,
  block_offset, note, created_at, modified_at)
  VALUES (3, 7, 'highlight', 'green', 5, 9, '創新科技', '舊文章', '的發展很重要。', 1, 0, '舊的筆記', '2025-01-02T03:04:05Z',
  '2025-01-02T03:04:05Z');
INSERT INTO tags (id, name) VALUES (1, '科技');
INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (3, 1);
PRAGMA application_id = 1348094037;
PRAGMA user_version = 1;
