-- Frozen copy of the library schema version 5, with sample data. Never edit.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source_name TEXT NOT NULL,
  title TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  script TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  length INTEGER NOT NULL DEFAULT 0);
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
  modified_at TEXT NOT NULL,
  note_key TEXT NOT NULL DEFAULT '');
CREATE INDEX annotations_order ON annotations (document_id, orphan, block_index, block_offset);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE annotation_tags (
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id);
CREATE TABLE speakers (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  UNIQUE (document_id, name));
CREATE TABLE block_speakers (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  block_index INTEGER NOT NULL,
  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, block_index)) WITHOUT ROWID;
CREATE TABLE speaker_corrections (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  action TEXT NOT NULL CHECK (action IN ('rename', 'merge', 'attribute', 'remove', 'titles')),
  subject TEXT NOT NULL,
  value TEXT,
  created_at TEXT NOT NULL);
CREATE TABLE undo_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  annotation_id INTEGER NOT NULL,
  label TEXT NOT NULL,
  before_state TEXT,
  after_state TEXT,
  undone INTEGER NOT NULL DEFAULT 0,
  at TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE document_texts (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  source TEXT NOT NULL);
CREATE TABLE block_keys (
  block_id INTEGER PRIMARY KEY REFERENCES blocks(id) ON DELETE CASCADE,
  search_key TEXT NOT NULL);
CREATE VIRTUAL TABLE blocks_fts USING fts5(search_key, content='block_keys', content_rowid='block_id', tokenize='trigram');
CREATE INDEX undo_log_state ON undo_log (undone, id);
INSERT INTO documents (id, source_name, title, content_hash, script, imported_at, modified_at, length)
  VALUES (7, 'old.txt', '舊文章', 'old-hash', 'traditional', '2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z', 17);
INSERT INTO document_texts (document_id, source) VALUES (7, '舊文章

創新科技的發展很重要。
');
INSERT INTO blocks (id, document_id, idx, kind, text, first_line, last_line, source_start, source_end, source_map)
  VALUES (1, 7, 0, 'heading', '舊文章', 1, 1, 0, 3, X'');
INSERT INTO blocks (id, document_id, idx, kind, text, first_line, last_line, source_start, source_end, source_map)
  VALUES (2, 7, 1, 'paragraph', '創新科技的發展很重要。', 3, 3, 5, 16, X'');
INSERT INTO annotations (id, document_id, kind, color, source_start, source_end, exact, prefix, suffix, block_index,
  block_offset, note, created_at, modified_at, note_key)
  VALUES (3, 7, 'highlight', 'green', 5, 9, '創新科技', '舊文章', '的發展很重要。', 1, 0, '舊的筆記', '2025-01-02T03:04:05Z',
  '2025-01-02T03:04:05Z', '旧的笔记');
INSERT INTO tags (id, name) VALUES (1, '科技');
INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (3, 1);
INSERT INTO block_keys (block_id, search_key) VALUES (1, '旧文章');
INSERT INTO block_keys (block_id, search_key) VALUES (2, '创新科技的发展很重要。');
INSERT INTO speakers (id, document_id, name) VALUES (1, 7, '甲');
INSERT INTO block_speakers (document_id, block_index, speaker_id) VALUES (7, 1, 1);
INSERT INTO speaker_corrections (document_id, action, subject, value, created_at) VALUES (7, 'rename', '甲', '甲先生', '2025-01-03T00:00:00Z');
INSERT INTO undo_log (document_id, annotation_id, label, before_state, after_state, at) VALUES (7, 3, 'edit highlight',
  '{"id":3,"document":7,"kind":"highlight","color":"yellow","start":5,"end":9,"exact":"創新科技","prefix":"舊文章","suffix":"的發展很重要。","block":1,"blockOffset":0,"orphan":false,"note":"","tags":[],"created":"2025-01-02T03:04:05Z","modified":"2025-01-02T03:04:05Z"}',
  '{"id":3,"document":7,"kind":"highlight","color":"green","start":5,"end":9,"exact":"創新科技","prefix":"舊文章","suffix":"的發展很重要。","block":1,"blockOffset":0,"orphan":false,"note":"舊的筆記","tags":["科技"],"created":"2025-01-02T03:04:05Z","modified":"2025-01-02T03:04:05Z"}',
  '2025-01-03T00:00:00Z');
CREATE INDEX speaker_corrections_document ON speaker_corrections (document_id, id);
INSERT INTO blocks_fts (blocks_fts) VALUES ('rebuild');
INSERT INTO meta (key, value) VALUES ('search_key', 'rules of version 5');
PRAGMA application_id = 1348094037;
PRAGMA user_version = 5;
