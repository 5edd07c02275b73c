/** The server's use of the editorial stage: ask-and-store, links, and what the article page needs. */
import { AUDIENCES, type Answer, type Audience } from '../domain/index.js';
import {
  actionsFrom,
  articlePath,
  canComment,
  canCreate,
  canSeeDesk,
  createArticle,
  PERMISSIONS,
  type ArticleWithVersions,
  type EditorialArticle,
  type ReviewAction,
  type User,
} from '../editorial/index.js';
import type { AppDeps } from './app.js';
import type { ReviewPanelModel } from './pages/review-panel.js';

/** The page path of an article (the editorial stage's articlePath). */
export const articleUrl = articlePath;

/** The answer with the article's `id` and `url` (optional fields of the answer contract). */
export function linkAnswer(answer: Answer, article: Pick<EditorialArticle, 'id' | 'slug'>): Answer {
  return { id: article.id, url: articleUrl(article), ...answer };
}

/**
 * Answers a question for physicians (the stored form) and keeps it as a draft article. People who may create
 * articles own it; anyone else (readers, reviewers) makes an unowned draft for an editor to pick up.
 */
export async function askAndStore(
  deps: AppDeps,
  input: { question: string; actor: User | null },
): Promise<{ article: EditorialArticle; answer: Answer }> {
  const answer = await deps.ask(input.question, 'physician');
  const actor = canCreate(input.actor) ? input.actor : null;
  const article = await createArticle(deps.editorial, { actor, question: input.question, answer });
  return { article, answer };
}

/** The audience from a query value, else the remembered one, else physicians (whose wording is stored). */
export function pickAudience(...candidates: (string | undefined)[]): Audience {
  for (const value of candidates) {
    if (value && (AUDIENCES as readonly string[]).includes(value)) return value as Audience;
  }
  return 'physician';
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
  return { current, actions: allowedActions(user, article), canComment: canComment(user, article), reviews, comments, audit };
}
