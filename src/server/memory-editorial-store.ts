/**
 * An in-memory EditorialStore for the server's tests: the same contract as the SQLite store, kept in maps,
 * so route tests run in milliseconds and do not depend on the database layer.
 */
import { ClinqError } from '../domain/index.js';
import type {
  ArticleVersion,
  AuditEntry,
  EditorialArticle,
  EditorialStore,
  FollowUp,
  Review,
  ReviewComment,
  Session,
  User,
} from '../editorial/index.js';

const clone = <T>(value: T): T => structuredClone(value);

/** Creates an empty in-memory editorial store. */
export function createMemoryEditorialStore(): EditorialStore {
  const articles = new Map<string, EditorialArticle>();
  const versions = new Map<string, ArticleVersion[]>();
  const publishedAt = new Map<string, string>();
  const audit: AuditEntry[] = [];
  const reviews: Review[] = [];
  const comments: ReviewComment[] = [];
  const followUps: FollowUp[] = [];
  const users = new Map<string, { user: User; passwordHash: string }>();
  const sessions = new Map<string, Session>();

  const byUpdated = (a: EditorialArticle, b: EditorialArticle) => b.updatedAt.localeCompare(a.updatedAt);

  return {
    async createArticle(article, first, entry) {
      if ([...articles.values()].some((a) => a.slug === article.slug)) throw new ClinqError('conflict', `slug ${article.slug} taken`);
      articles.set(article.id, clone(article));
      versions.set(article.id, [clone(first)]);
      audit.push(clone(entry));
    },
    async applyTransition(change) {
      const article = articles.get(change.articleId);
      if (!article) throw new ClinqError('not_found', `article ${change.articleId} not found`);
      if (article.reviewState !== change.from) throw new ClinqError('conflict', `article ${article.slug} changed meanwhile`);
      const next: EditorialArticle = { ...article, reviewState: change.to, updatedAt: change.at };
      const list = versions.get(article.id) ?? [];
      if (change.newVersion) {
        list.push(clone(change.newVersion));
        next.currentVersion = change.newVersion.number;
      }
      if (change.approval) {
        const version = list.find((v) => v.number === change.approval!.version);
        if (version) version.approval = clone(change.approval.approval);
        next.publishedVersion = change.approval.version;
        next.publishedAt = change.at;
        publishedAt.set(article.id, change.at);
      }
      if (change.review) reviews.push(clone(change.review));
      audit.push(clone(change.audit));
      articles.set(article.id, next);
    },
    async slugsLike(base) {
      return [...articles.values()].map((a) => a.slug).filter((s) => s === base || s.startsWith(`${base}-`));
    },
    async findArticle(id) {
      const article = articles.get(id);
      return article ? clone(article) : null;
    },
    async findArticleBySlug(slug) {
      const article = [...articles.values()].find((a) => a.slug === slug);
      return article ? clone({ ...article, versions: versions.get(article.id) ?? [] }) : null;
    },
    async findVersion(articleId, number) {
      const version = versions.get(articleId)?.find((v) => v.number === number);
      return version ? clone(version) : null;
    },
    async listRecentlyApproved(limit) {
      return [...articles.values()]
        .filter((a) => a.publishedVersion !== null)
        .sort((a, b) => (publishedAt.get(b.id) ?? '').localeCompare(publishedAt.get(a.id) ?? ''))
        .slice(0, limit)
        .map(clone);
    },
    async searchPublished(text, limit) {
      const words = text.toLowerCase().split(/\W+/).filter((w) => w.length > 2);
      return [...articles.values()]
        .filter((a) => a.publishedVersion !== null && words.some((w) => a.question.toLowerCase().includes(w)))
        .slice(0, limit)
        .map(clone);
    },
    async reviewQueue() {
      return [...articles.values()]
        .filter((a) => a.reviewState === 'submitted' || a.reviewState === 'under_review')
        .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
        .map(clone);
    },
    async listByState(states, limit, offset = 0) {
      return [...articles.values()].filter((a) => states.includes(a.reviewState)).sort(byUpdated).slice(offset, offset + limit).map(clone);
    },
    async auditLog(articleId) {
      return audit.filter((e) => e.articleId === articleId).map(clone);
    },
    async listReviews(articleId) {
      return reviews.filter((r) => r.articleId === articleId).map(clone);
    },
    async addReviewComment(comment) {
      comments.push(clone(comment));
    },
    async listReviewComments(articleId, version) {
      return comments.filter((c) => c.articleId === articleId && (version === undefined || c.version === version)).map(clone);
    },
    async addFollowUp(followUp) {
      const position = followUps.filter((f) => f.articleId === followUp.articleId).length + 1;
      const stored: FollowUp = { ...clone(followUp), position };
      followUps.push(stored);
      return clone(stored);
    },
    async listFollowUps(articleId) {
      return followUps.filter((f) => f.articleId === articleId).map(clone);
    },
    async threadLinks(articleIds) {
      const wanted = new Set(articleIds);
      return followUps.flatMap((f) => {
        const askedUnder = articles.get(f.articleId);
        const own = f.answer.id;
        return own && wanted.has(own) && askedUnder ? [{ articleId: own, askedUnder: clone(askedUnder), position: f.position }] : [];
      });
    },
    async insertUser(user, passwordHash) {
      if ([...users.values()].some((u) => u.user.email === user.email)) throw new ClinqError('conflict', `email ${user.email} taken`);
      users.set(user.id, { user: clone(user), passwordHash });
    },
    async findUser(id) {
      const found = users.get(id);
      return found ? clone(found.user) : null;
    },
    async findLogin(email) {
      const found = [...users.values()].find((u) => u.user.email === email);
      return found ? clone(found) : null;
    },
    async listUsers() {
      return [...users.values()].map((u) => clone(u.user));
    },
    async updateUser(id, change) {
      const found = users.get(id);
      if (!found) throw new ClinqError('not_found', `user ${id} not found`);
      if (change.role !== undefined) found.user.role = change.role;
      if (change.disabled !== undefined) found.user.disabled = change.disabled;
      if (change.passwordHash !== undefined) found.passwordHash = change.passwordHash;
    },
    async insertSession(session) {
      sessions.set(session.id, clone(session));
    },
    async findSession(id) {
      const session = sessions.get(id);
      return session ? clone(session) : null;
    },
    async deleteSession(id) {
      sessions.delete(id);
    },
    async deleteSessionsOf(userId) {
      for (const [id, s] of sessions) if (s.userId === userId) sessions.delete(id);
    },
    async deleteExpiredSessions(now) {
      let removed = 0;
      for (const [id, s] of sessions) {
        if (s.expiresAt < now) {
          sessions.delete(id);
          removed += 1;
        }
      }
      return removed;
    },
  };
}
