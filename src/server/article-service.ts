/** The server's use of the editorial stage: ask-and-store, links, and what the article page needs. */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { audienceNamed, ClinqError, type Answer, type Audience } from '../domain/index.js';
import {
  actionsFrom,
  articlePath,
  canComment,
  canCreate,
  canRevise,
  canSeeDesk,
  createArticle,
  PERMISSIONS,
  slugify,
  type ArticleVersion,
  type ArticleWithVersions,
  type EditorialArticle,
  type ReviewAction,
  type User,
} from '../editorial/index.js';
import type { AppDeps } from './app.js';
import type { ReviewPanelModel } from './pages/review-panel.js';
import type { PointNotesModel } from './pages/point-notes.js';
import { AUDIENCE_COOKIE, setSiteCookie, type Viewer } from './viewer.js';
import { slugSchema } from './schemas.js';

/**
 * Whether the site has a Medical Advisory Board to speak of: at least one active reviewer account. A fresh install
 * has none, and its pages must not claim one.
 */
export async function hasMedicalReviewers(deps: Pick<AppDeps, 'editorial'>): Promise<boolean> {
  return (await deps.editorial.store.listUsers()).some((u) => u.role === 'reviewer' && !u.disabled);
}

/** The page path of an article (the editorial stage's articlePath). */
export const articleUrl = articlePath;

/** The answer with the article's `id` and `url` (optional fields of the answer contract). */
export function linkAnswer(answer: Answer, article: Pick<EditorialArticle, 'id' | 'slug'>): Answer {
  return { id: article.id, url: articleUrl(article), ...answer };
}

/** Where a stored answer stands in review, as GET /api/answers/:id/review gives it (outside the answer contract's shape). */
export type ReviewStatus = {
  id: string;
  url: string;
  question: string;
  /** The article's review state now (of its newest version). */
  status: EditorialArticle['reviewState'];
  /** Whether readers are shown a reviewed (approved) version. */
  reviewed: boolean;
  /** The version readers are shown (the approved one, else the newest draft) and the newest version. */
  shownVersion: number;
  currentVersion: number;
  lastUpdated: string;
  /** When the version readers are shown was approved, and by whom; null before any approval. */
  lastReviewed: string | null;
  reviewer: { name: string; credentials: string } | null;
};

/** The review status of a stored answer: its state, its dates and the reviewer of the version readers are shown. */
export async function reviewStatusOf(deps: Pick<AppDeps, 'editorial'>, article: EditorialArticle): Promise<ReviewStatus> {
  const shownNumber = article.publishedVersion ?? article.currentVersion;
  const approval = article.publishedVersion === null ? null : ((await deps.editorial.store.findVersion(article.id, article.publishedVersion))?.approval ?? null);
  return {
    id: article.id,
    url: articleUrl(article),
    question: article.question,
    status: article.reviewState,
    reviewed: approval !== null,
    shownVersion: shownNumber,
    currentVersion: article.currentVersion,
    lastUpdated: article.updatedAt,
    lastReviewed: approval?.approvedAt ?? null,
    reviewer: approval ? { name: approval.reviewerName, credentials: approval.reviewerCredentials } : null,
  };
}

/** Whether two questions differ only in case, spacing or closing punctuation, and so are the same question. */
export const sameQuestion = (a: string, b: string) => {
  const norm = (q: string) => q.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s?.!]+$/, '');
  return norm(a) === norm(b);
};

/**
 * Answers a question for physicians (the stored form) and keeps it as a draft article. People who may create
 * articles own it; anyone else (readers, reviewers) makes an unowned draft for an editor to pick up. A question
 * already asked leads to its article (the reviewed version once there is one) instead of an unreviewed duplicate,
unless it is unreviewed and the corpus has changed since. `admit` is called before a new article is made.
 */
export async function askAndStore(
  deps: AppDeps,
  input: { question: string; actor: User | null; admit?: () => void },
): Promise<{ article: EditorialArticle; answer: Answer }> {
  const existing = await articleOnQuestion(deps, input.question);
  if (existing) {
    const shown = shownVersion(existing);
    // A reviewed answer always wins; an unreviewed one only while the corpus is the one it was drawn from, so a
    // question refused before more records were ingested is answered again.
    if (existing.publishedVersion !== null || shown.answer.corpus.articles === (await deps.countArticles())) {
      return { article: existing, answer: shown.answer };
    }
  }
  // Only a new article is counted against the asker's limit; the call throws when they are over it.
  input.admit?.();
  const answer = await deps.ask(input.question, 'physician');
  const actor = canCreate(input.actor) ? input.actor : null;
  const article = await createArticle(deps.editorial, { actor, question: input.question, answer });
  return { article, answer };
}

// How many articles sharing a question's slug (base, base-2, ...) are read to find the one asking the same question.
const SAME_SLUG_LOOKUPS = 20;

/**
 * The stored article asking this question (ignoring case, spacing and the closing "?"), or null. Two questions can
 * share a slug ("Is aspirin safe?" and "Is aspirin-safe?", or long ones that differ after the slug's 80 characters):
 * the second gets base-2, so every numbered slug of the base is looked at, not just the base.
 */
async function articleOnQuestion(deps: AppDeps, question: string): Promise<ArticleWithVersions | null> {
  const base = slugify(question);
  const numbered = new RegExp(`^${base}(?:-\\d+)?$`);
  const slugs = (await deps.editorial.store.slugsLike(base)).filter((slug) => numbered.test(slug)).slice(0, SAME_SLUG_LOOKUPS);
  const found = await Promise.all(slugs.map((slug) => deps.editorial.store.findArticleBySlug(slug)));
  const same = found.filter((a): a is ArticleWithVersions => a !== null && sameQuestion(a.question, question));
  // A reviewed one first; else the newest, which a changed corpus may have answered anew.
  const newest = (a: ArticleWithVersions, b: ArticleWithVersions) => b.createdAt.localeCompare(a.createdAt);
  return same.filter((a) => a.publishedVersion !== null).sort(newest)[0] ?? same.sort(newest)[0] ?? null;
}

/** The article that answers this question (same question, ignoring case, spacing and closing "?") once it has a reviewed version, else null. */
export async function reviewedArticleFor(deps: AppDeps, question: string): Promise<EditorialArticle | null> {
  const existing = await articleOnQuestion(deps, question);
  return existing && existing.publishedVersion !== null ? existing : null;
}

/** The article at a slug with all its versions, or a not_found fault. */
export async function requireArticleBySlug(deps: AppDeps, slug: string): Promise<ArticleWithVersions> {
  const parsed = slugSchema.safeParse(slug);
  const article = parsed.success ? await deps.editorial.store.findArticleBySlug(parsed.data) : null;
  if (!article) throw new ClinqError('not_found', `There is no article at /articles/${slug}.`);
  return article;
}

/** The version readers see: the approved one while there is one; before any approval, the latest draft. */
export function shownVersion(article: ArticleWithVersions): ArticleVersion {
  const number = article.publishedVersion ?? article.currentVersion;
  const version = article.versions.find((v) => v.number === number) ?? article.versions.at(-1);
  if (!version) throw new ClinqError('not_found', `article ${article.slug} has no versions`);
  return version;
}

/** Whether the person may add a version (edit or regenerate) to the article now: permitted and allowed from its state. */
export function mayRevise(user: User | null, article: EditorialArticle): boolean {
  return actionsFrom(article.reviewState).includes('revise') && canRevise(user, article);
}

/** The audience from a query value, else the remembered one, else physicians (whose wording is stored). */
export function pickAudience(...candidates: (string | undefined)[]): Audience {
  for (const value of candidates) {
    const audience = audienceNamed(value);
    if (audience) return audience;
  }
  return 'physician';
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The reader's audience on a reader page (an article, home, search): the query's `?audience=` wins and is remembered;
 * otherwise the remembered one; otherwise physicians. A name that is no audience is passed over, as on an old link.
 */
export function readerAudience(c: Context): Audience {
  const asked = new URL(c.req.url).searchParams.get('audience') ?? undefined;
  const audience = pickAudience(asked, getCookie(c, AUDIENCE_COOKIE));
  if (asked && asked === audience) rememberAudience(c, audience);
  return audience;
}

/** Remembers the reader's audience for a year (the pages read it back when a link names none). */
export function rememberAudience(c: Context, audience: Audience): void {
  setSiteCookie(c, AUDIENCE_COOKIE, audience, YEAR_SECONDS);
}

const PANEL_ACTIONS: readonly ReviewAction[] = ['submit', 'startReview', 'approve', 'requestChanges', 'reopen', 'resubmit'];

/** The workflow actions a person may take on an article now: permitted for them and allowed from its state. */
export function allowedActions(user: User | null, article: EditorialArticle): ReviewAction[] {
  const fromState = new Set(actionsFrom(article.reviewState));
  return PANEL_ACTIONS.filter((action) => fromState.has(action) && PERMISSIONS[action](user, article));
}

/** The review panel for staff, or null for readers. */
export async function reviewPanelFor(deps: AppDeps, user: User | null, article: ArticleWithVersions): Promise<ReviewPanelModel | null> {
  if (!canSeeDesk(user)) return null;
  const current = article.versions.find((v) => v.number === article.currentVersion);
  if (!current) return null;
  const store = deps.editorial.store;
  const [reviews, comments, audit] = await Promise.all([
    store.listReviews(article.id),
    store.listReviewComments(article.id, current.number),
    store.auditLog(article.id),
  ]);
  return {
    current,
    actions: allowedActions(user, article),
    canComment: canComment(user, article),
    canRevise: mayRevise(user, article),
    editingClosed: canRevise(user, article) && !mayRevise(user, article),
    reviews,
    comments,
    audit,
  };
}

/** Staff notes beside the points of the version on screen (comments on it, and the form for reviewers), or null for readers. */
export async function pointNotesFor(
  deps: AppDeps,
  viewer: Viewer,
  article: ArticleWithVersions,
  shown: ArticleVersion,
): Promise<PointNotesModel | null> {
  if (!canSeeDesk(viewer.user)) return null;
  const comments = await deps.editorial.store.listReviewComments(article.id, shown.number);
  // Reviewers judge the current version, so only its points take new comments; older ones keep theirs on show.
  const open = shown.number === article.currentVersion && canComment(viewer.user, article);
  return { slug: article.slug, version: shown.number, comments, canComment: open, viewer };
}
