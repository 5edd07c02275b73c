/** DDL of the editorial tables; every statement is idempotent so opening an existing database is safe. */
export const EDITORIAL_SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  credentials TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'editor')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_secret TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions(user_id);

CREATE TABLE IF NOT EXISTS editorial_articles (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  question TEXT NOT NULL,
  created_by TEXT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  current_version INTEGER NOT NULL,
  published_version INTEGER,
  published_at TEXT,
  review_state TEXT NOT NULL
    CHECK (review_state IN ('draft', 'submitted', 'under_review', 'approved', 'changes_requested'))
);
CREATE INDEX IF NOT EXISTS editorial_articles_by_state ON editorial_articles(review_state, updated_at);
CREATE INDEX IF NOT EXISTS editorial_articles_by_published ON editorial_articles(published_at)
  WHERE published_version IS NOT NULL;

CREATE TABLE IF NOT EXISTS article_versions (
  article_id TEXT NOT NULL REFERENCES editorial_articles(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('initial', 'edit', 'regenerate')),
  answer_json TEXT NOT NULL,
  created_by TEXT REFERENCES users(id),
  created_at TEXT NOT NULL,
  approved_by TEXT REFERENCES users(id),
  approved_by_name TEXT,
  approved_by_credentials TEXT,
  approved_at TEXT,
  PRIMARY KEY (article_id, number)
);

CREATE TABLE IF NOT EXISTS reviews (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES editorial_articles(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  reviewer_id TEXT NOT NULL REFERENCES users(id),
  reviewer_name TEXT NOT NULL,
  reviewer_credentials TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
  comment TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_by_article ON reviews(article_id);

CREATE TABLE IF NOT EXISTS audit_log (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES editorial_articles(id) ON DELETE CASCADE,
  actor_id TEXT REFERENCES users(id),
  actor_name TEXT,
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  version INTEGER NOT NULL,
  comment TEXT,
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_log_by_article ON audit_log(article_id);

CREATE TABLE IF NOT EXISTS review_comments (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES editorial_articles(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  point_ref TEXT NOT NULL,
  author_id TEXT NOT NULL REFERENCES users(id),
  author_name TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_comments_by_article ON review_comments(article_id, version);

CREATE TABLE IF NOT EXISTS follow_ups (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES editorial_articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question TEXT NOT NULL,
  answer_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (article_id, position)
);
-- A follow-up's answer carries the id of its own draft article; the desk and that article's page look its thread up by it.
CREATE INDEX IF NOT EXISTS follow_ups_by_own_article ON follow_ups(json_extract(answer_json, '$.id'));

-- Questions of all articles, keyed by editorial_articles.rowid; searches join back and keep published ones.
CREATE VIRTUAL TABLE IF NOT EXISTS editorial_fts USING fts5(question, tokenize = 'porter unicode61');
`;
