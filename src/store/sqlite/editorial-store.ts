import type Database from 'better-sqlite3';
import { ClinqError, type Answer } from '../../domain/index.js';
import {
  formatPointRef,
  parsePointRef,
  type ArticleVersion,
  type ArticleWithVersions,
  type AuditEntry,
  type EditorialArticle,
  type EditorialStore,
  type FollowUp,
  type Review,
  type ReviewAction,
  type ReviewComment,
  type ReviewState,
  type Role,
  type Session,
  type TransitionChange,
  type User,
  type VersionKind,
} from '../../editorial/index.js';
import { EDITORIAL_SCHEMA } from './editorial-schema.js';
import { refuseForeignDatabase } from './schema-versions.js';

type ArticleRow = {
  id: string;
  slug: string;
  question: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  current_version: number;
  published_version: number | null;
  published_at: string | null;
  review_state: ReviewState;
};
type VersionRow = {
  article_id: string;
  number: number;
  kind: VersionKind;
  answer_json: string;
  created_by: string | null;
  created_at: string;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_by_credentials: string | null;
  approved_at: string | null;
};
type UserRow = {
  id: string;
  email: string;
  name: string;
  credentials: string;
  role: Role;
  password_hash: string;
  created_at: string;
  disabled: number;
};
type AuditRow = {
  id: string;
  article_id: string;
  actor_id: string | null;
  actor_name: string | null;
  action: ReviewAction;
  from_state: ReviewState | null;
  to_state: ReviewState;
  version: number;
  comment: string | null;
  at: string;
};

// Stored answers are written only by this store from typed values, so reading them back needs no schema.
const parseAnswer = (json: string): Answer => JSON.parse(json) as Answer;

const toArticle = (r: ArticleRow): EditorialArticle => ({
  id: r.id,
  slug: r.slug,
  question: r.question,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  currentVersion: r.current_version,
  publishedVersion: r.published_version,
  publishedAt: r.published_at,
  reviewState: r.review_state,
});

const toVersion = (r: VersionRow): ArticleVersion => ({
  articleId: r.article_id,
  number: r.number,
  kind: r.kind,
  answer: parseAnswer(r.answer_json),
  createdBy: r.created_by,
  createdAt: r.created_at,
  approval:
    r.approved_by && r.approved_at
      ? {
          reviewerId: r.approved_by,
          reviewerName: r.approved_by_name ?? '',
          reviewerCredentials: r.approved_by_credentials ?? '',
          approvedAt: r.approved_at,
        }
      : null,
});

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  credentials: r.credentials,
  role: r.role,
  createdAt: r.created_at,
  disabled: r.disabled === 1,
});

const toAudit = (r: AuditRow): AuditEntry => ({
  id: r.id,
  articleId: r.article_id,
  actorId: r.actor_id,
  actorName: r.actor_name,
  action: r.action,
  from: r.from_state,
  to: r.to_state,
  version: r.version,
  comment: r.comment,
  at: r.at,
});

/** Words of a search text as quoted FTS5 terms, so no query syntax from visitors reaches MATCH. */
function ftsTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `"${word}"`);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The SQLite EditorialStore: creates its tables if missing and keeps every state change atomic. */
export function createSqliteEditorialStore(db: Database.Database): EditorialStore {
  refuseForeignDatabase(db);
  try {
    db.exec(EDITORIAL_SCHEMA);
  } catch (cause) {
    if (!db.readonly) throw cause;
    // Opened read-only (the file or its folder is not ours to write), and the site's tables were never created in it.
    throw new ClinqError(
      'store_error',
      `store: ${db.name} is read-only here and lacks the site's editorial tables; run any clinq command that writes it ` +
        '(e.g. clinq info) as a user who may write it',
      { cause },
    );
  }

  const articleColumns =
    'a.id, a.slug, a.question, a.created_by, a.created_at, a.updated_at, a.current_version, a.published_version, a.published_at, a.review_state';
  const q = {
    insertArticle: db.prepare(
      `INSERT INTO editorial_articles (id, slug, question, created_by, created_at, updated_at, current_version, published_version, review_state)
       VALUES (@id, @slug, @question, @createdBy, @createdAt, @updatedAt, @currentVersion, @publishedVersion, @reviewState)`,
    ),
    insertFts: db.prepare('INSERT INTO editorial_fts (rowid, question) VALUES (?, ?)'),
    insertVersion: db.prepare(
      `INSERT INTO article_versions (article_id, number, kind, answer_json, created_by, created_at)
       VALUES (@articleId, @number, @kind, @answerJson, @createdBy, @createdAt)`,
    ),
    insertAudit: db.prepare(
      `INSERT INTO audit_log (id, article_id, actor_id, actor_name, action, from_state, to_state, version, comment, at)
       VALUES (@id, @articleId, @actorId, @actorName, @action, @from, @to, @version, @comment, @at)`,
    ),
    insertReview: db.prepare(
      `INSERT INTO reviews (id, article_id, version, reviewer_id, reviewer_name, reviewer_credentials, decision, comment, created_at)
       VALUES (@id, @articleId, @version, @reviewerId, @reviewerName, @reviewerCredentials, @decision, @comment, @createdAt)`,
    ),
    moveState: db.prepare(
      `UPDATE editorial_articles SET review_state = @to, updated_at = @at
       WHERE id = @id AND review_state = @from`,
    ),
    moveToNewVersion: db.prepare(
      `UPDATE editorial_articles SET review_state = @to, updated_at = @at, current_version = @version
       WHERE id = @id AND review_state = @from AND current_version = @version - 1`,
    ),
    moveToPublished: db.prepare(
      `UPDATE editorial_articles SET review_state = @to, updated_at = @at, published_version = @version, published_at = @at
       WHERE id = @id AND review_state = @from AND current_version = @version`,
    ),
    markApproved: db.prepare(
      `UPDATE article_versions SET approved_by = @reviewerId, approved_by_name = @reviewerName,
         approved_by_credentials = @reviewerCredentials, approved_at = @approvedAt
       WHERE article_id = @articleId AND number = @version`,
    ),
    slugsLike: db.prepare(`SELECT slug FROM editorial_articles WHERE slug = ? OR slug LIKE ? ESCAPE '\\'`),
    articleById: db.prepare(`SELECT ${articleColumns} FROM editorial_articles a WHERE a.id = ?`),
    articleBySlug: db.prepare(`SELECT ${articleColumns} FROM editorial_articles a WHERE a.slug = ?`),
    versionsOf: db.prepare('SELECT * FROM article_versions WHERE article_id = ? ORDER BY number'),
    version: db.prepare('SELECT * FROM article_versions WHERE article_id = ? AND number = ?'),
    recentlyApproved: db.prepare(
      `SELECT ${articleColumns} FROM editorial_articles a WHERE a.published_version IS NOT NULL
       ORDER BY a.published_at DESC, a.rowid DESC LIMIT ?`,
    ),
    searchPublished: db.prepare(
      `SELECT ${articleColumns} FROM editorial_fts f JOIN editorial_articles a ON a.rowid = f.rowid
       WHERE editorial_fts MATCH ? AND a.published_version IS NOT NULL
       ORDER BY bm25(editorial_fts) LIMIT ?`,
    ),
    reviewQueue: db.prepare(
      `SELECT ${articleColumns} FROM editorial_articles a WHERE a.review_state IN ('submitted', 'under_review')
       ORDER BY a.updated_at, a.rowid`,
    ),
    auditLog: db.prepare('SELECT * FROM audit_log WHERE article_id = ? ORDER BY at, rowid'),
    reviews: db.prepare('SELECT * FROM reviews WHERE article_id = ? ORDER BY created_at, rowid'),
    insertComment: db.prepare(
      `INSERT INTO review_comments (id, article_id, version, point_ref, author_id, author_name, body, created_at)
       VALUES (@id, @articleId, @version, @pointRef, @authorId, @authorName, @body, @createdAt)`,
    ),
    commentsOf: db.prepare('SELECT * FROM review_comments WHERE article_id = ? ORDER BY created_at, rowid'),
    commentsOfVersion: db.prepare(
      'SELECT * FROM review_comments WHERE article_id = ? AND version = ? ORDER BY created_at, rowid',
    ),
    nextFollowUp: db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS next FROM follow_ups WHERE article_id = ?'),
    insertFollowUp: db.prepare(
      `INSERT INTO follow_ups (id, article_id, position, question, answer_json, created_at)
       VALUES (@id, @articleId, @position, @question, @answerJson, @createdAt)`,
    ),
    followUps: db.prepare('SELECT * FROM follow_ups WHERE article_id = ? ORDER BY position'),
    // The expression matches the follow_ups_by_own_article index; json_each lists the asked ids.
    threadLinks: db.prepare(
      `SELECT json_extract(f.answer_json, '$.id') AS own_id, f.position, ${articleColumns}
       FROM follow_ups f JOIN editorial_articles a ON a.id = f.article_id
       WHERE json_extract(f.answer_json, '$.id') IN (SELECT value FROM json_each(?))`,
    ),
    insertUser: db.prepare(
      `INSERT INTO users (id, email, name, credentials, role, password_hash, created_at, disabled)
       VALUES (@id, @email, @name, @credentials, @role, @passwordHash, @createdAt, @disabled)`,
    ),
    userById: db.prepare('SELECT * FROM users WHERE id = ?'),
    userByEmail: db.prepare('SELECT * FROM users WHERE email = ?'),
    users: db.prepare('SELECT * FROM users ORDER BY created_at, rowid'),
    insertSession: db.prepare(
      `INSERT INTO sessions (id, user_id, csrf_secret, created_at, expires_at)
       VALUES (@id, @userId, @csrfSecret, @createdAt, @expiresAt)`,
    ),
    session: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
    deleteExpired: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
  };

  const articles = (rows: unknown[]) => (rows as ArticleRow[]).map(toArticle);
  const insertVersion = (v: ArticleVersion) =>
    q.insertVersion.run({ ...v, answerJson: JSON.stringify(v.answer), answer: undefined, approval: undefined });

  const createArticle = db.transaction((article: EditorialArticle, first: ArticleVersion, audit: AuditEntry) => {
    const { lastInsertRowid } = q.insertArticle.run(article);
    q.insertFts.run(lastInsertRowid, article.question);
    insertVersion(first);
    q.insertAudit.run(audit);
  });

  // State first, then its consequences, then the audit entry: any failure rolls all of it back.
  const applyTransition = db.transaction((change: TransitionChange) => {
    const key = { id: change.articleId, from: change.from, to: change.to, at: change.at };
    const moved = change.newVersion
      ? q.moveToNewVersion.run({ ...key, version: change.newVersion.number })
      : change.approval
        ? q.moveToPublished.run({ ...key, version: change.approval.version })
        : q.moveState.run(key);
    if (moved.changes !== 1) {
      throw new ClinqError('conflict', `editorial: article ${change.articleId} changed meanwhile; ${change.audit.action} not applied`);
    }
    if (change.newVersion) insertVersion(change.newVersion);
    if (change.approval) {
      q.markApproved.run({ articleId: change.articleId, version: change.approval.version, ...change.approval.approval });
    }
    if (change.review) q.insertReview.run(change.review);
    q.insertAudit.run(change.audit);
  });

  const addFollowUp = db.transaction((f: Omit<FollowUp, 'position'>): FollowUp => {
    const { next } = q.nextFollowUp.get(f.articleId) as { next: number };
    q.insertFollowUp.run({ ...f, position: next, answerJson: JSON.stringify(f.answer), answer: undefined });
    return { ...f, position: next };
  });

  const findArticle = (id: string) => {
    const row = q.articleById.get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  };

  const store: EditorialStore = {
    async createArticle(article, first, audit) {
      try {
        createArticle(article, first, audit);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ClinqError('conflict', `editorial: slug ${article.slug} is taken`, { cause: error });
        throw error;
      }
    },
    async applyTransition(change) {
      applyTransition(change);
    },
    async slugsLike(base) {
      const escaped = base.replace(/[\\%_]/g, (c) => `\\${c}`);
      return (q.slugsLike.all(base, `${escaped}-%`) as { slug: string }[]).map((r) => r.slug);
    },
    async findArticle(id) {
      return findArticle(id);
    },
    async findArticleBySlug(slug): Promise<ArticleWithVersions | null> {
      const row = q.articleBySlug.get(slug) as ArticleRow | undefined;
      if (!row) return null;
      return { ...toArticle(row), versions: (q.versionsOf.all(row.id) as VersionRow[]).map(toVersion) };
    },
    async findVersion(articleId, number) {
      const row = q.version.get(articleId, number) as VersionRow | undefined;
      return row ? toVersion(row) : null;
    },
    async listRecentlyApproved(limit) {
      return articles(q.recentlyApproved.all(limit));
    },
    async searchPublished(text, limit) {
      const terms = ftsTerms(text);
      if (terms.length === 0) return [];
      // Every word first (precise); if that finds nothing, any word ranked by BM25 (questions are wordy).
      const all = articles(q.searchPublished.all(terms.join(' '), limit));
      return all.length > 0 || terms.length === 1 ? all : articles(q.searchPublished.all(terms.join(' OR '), limit));
    },
    async reviewQueue() {
      return articles(q.reviewQueue.all());
    },
    async listByState(states, limit, offset = 0) {
      if (states.length === 0) return [];
      const marks = states.map(() => '?').join(', ');
      const rows = db
        .prepare(
          `SELECT ${articleColumns} FROM editorial_articles a WHERE a.review_state IN (${marks})
           ORDER BY a.updated_at DESC, a.rowid DESC LIMIT ? OFFSET ?`,
        )
        .all(...states, limit, offset);
      return articles(rows);
    },
    async auditLog(articleId) {
      return (q.auditLog.all(articleId) as AuditRow[]).map(toAudit);
    },
    async listReviews(articleId) {
      type Row = { id: string; article_id: string; version: number; reviewer_id: string; reviewer_name: string; reviewer_credentials: string; decision: Review['decision']; comment: string | null; created_at: string };
      return (q.reviews.all(articleId) as Row[]).map((r) => ({
        id: r.id,
        articleId: r.article_id,
        version: r.version,
        reviewerId: r.reviewer_id,
        reviewerName: r.reviewer_name,
        reviewerCredentials: r.reviewer_credentials,
        decision: r.decision,
        comment: r.comment,
        createdAt: r.created_at,
      }));
    },
    async addReviewComment(comment) {
      q.insertComment.run({ ...comment, pointRef: formatPointRef(comment.point), point: undefined });
    },
    async listReviewComments(articleId, version) {
      type Row = { id: string; article_id: string; version: number; point_ref: string; author_id: string; author_name: string; body: string; created_at: string };
      const rows = (version === undefined ? q.commentsOf.all(articleId) : q.commentsOfVersion.all(articleId, version)) as Row[];
      return rows.map(
        (r): ReviewComment => ({
          id: r.id,
          articleId: r.article_id,
          version: r.version,
          // Only formatPointRef writes point_ref, so a malformed one cannot occur; 'direct' is a safe reading.
          point: parsePointRef(r.point_ref) ?? 'direct',
          authorId: r.author_id,
          authorName: r.author_name,
          body: r.body,
          createdAt: r.created_at,
        }),
      );
    },
    async addFollowUp(followUp) {
      return addFollowUp(followUp);
    },
    async listFollowUps(articleId) {
      type Row = { id: string; article_id: string; position: number; question: string; answer_json: string; created_at: string };
      return (q.followUps.all(articleId) as Row[]).map((r) => ({
        id: r.id,
        articleId: r.article_id,
        position: r.position,
        question: r.question,
        answer: parseAnswer(r.answer_json),
        createdAt: r.created_at,
      }));
    },
    async threadLinks(articleIds) {
      if (articleIds.length === 0) return [];
      const rows = q.threadLinks.all(JSON.stringify(articleIds)) as (ArticleRow & { own_id: string; position: number })[];
      return rows.map((r) => ({ articleId: r.own_id, askedUnder: toArticle(r), position: r.position }));
    },
    async insertUser(user, passwordHash) {
      try {
        q.insertUser.run({ ...user, passwordHash, disabled: user.disabled ? 1 : 0 });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ClinqError('conflict', `editorial: a user with email ${user.email} exists`, { cause: error });
        throw error;
      }
    },
    async findUser(id) {
      const row = q.userById.get(id) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    async findLogin(email) {
      const row = q.userByEmail.get(email) as UserRow | undefined;
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },
    async listUsers() {
      return (q.users.all() as UserRow[]).map(toUser);
    },
    async updateUser(id, change) {
      const sets: string[] = [];
      const values: Record<string, string | number> = { id };
      if (change.role !== undefined) (sets.push('role = @role'), (values.role = change.role));
      if (change.disabled !== undefined) (sets.push('disabled = @disabled'), (values.disabled = change.disabled ? 1 : 0));
      if (change.passwordHash !== undefined) (sets.push('password_hash = @passwordHash'), (values.passwordHash = change.passwordHash));
      if (sets.length === 0) return;
      const { changes } = db.prepare(`UPDATE users SET ${sets.join(', ')} WHERE id = @id`).run(values);
      if (changes === 0) throw new ClinqError('not_found', `editorial: user ${id} not found`);
    },
    async insertSession(session: Session) {
      q.insertSession.run(session);
    },
    async findSession(id) {
      type Row = { id: string; user_id: string; csrf_secret: string; created_at: string; expires_at: string };
      const row = q.session.get(id) as Row | undefined;
      return row
        ? { id: row.id, userId: row.user_id, csrfSecret: row.csrf_secret, createdAt: row.created_at, expiresAt: row.expires_at }
        : null;
    },
    async deleteSession(id) {
      q.deleteSession.run(id);
    },
    async deleteSessionsOf(userId) {
      q.deleteSessionsOf.run(userId);
    },
    async deleteExpiredSessions(now) {
      return q.deleteExpired.run(now).changes;
    },
  };
  return store;
}
