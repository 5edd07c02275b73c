import { randomUUID } from 'node:crypto';
import { ClinqError } from '../domain/index.js';
import { PERMISSIONS } from './permissions.js';
import { nextState } from './review-workflow.js';
import { withoutPastedControls } from '../lib/index.js';
import type { EditorialArticle, EditorialContext, ReviewAction, TransitionChange, User } from './types.js';

// Each action as what it does to an article, for messages that a person reads on a page.
const DONE: Record<ReviewAction, string> = {
  create: 'created',
  revise: 'revised',
  submit: 'submitted for review',
  startReview: 'taken under review',
  approve: 'approved',
  requestChanges: 'sent back for changes',
  reopen: 'reopened',
  resubmit: 'resubmitted',
};

/** The system clock unless the context brings its own. */
export function nowOf(ctx: EditorialContext): string {
  return (ctx.clock ?? (() => new Date()))().toISOString();
}

/** Loads an article or throws not_found. */
export async function requireArticle(ctx: EditorialContext, articleId: string): Promise<EditorialArticle> {
  const article = await ctx.store.findArticle(articleId);
  if (!article) throw new ClinqError('not_found', `editorial: article ${articleId} not found`);
  return article;
}

/**
 * Runs one workflow command: checks the permission predicate (forbidden), then the transitions table
 * (conflict), then lets the store apply the state change and its audit entry in one transaction.
 * `extend` adds the action's own effects (review, approval, new version) to the change.
 */
export async function applyAction(
  ctx: EditorialContext,
  input: {
    actor: User | null;
    articleId: string;
    action: ReviewAction;
    comment?: string | null;
    extend?: (change: TransitionChange, article: EditorialArticle, actor: User) => TransitionChange;
  },
): Promise<EditorialArticle> {
  const article = await requireArticle(ctx, input.articleId);
  const { actor, action } = input;
  // Permission before state, so a visitor without rights learns nothing about the article's state.
  if (actor === null || !PERMISSIONS[action](actor, article)) {
    const who = actor ? `${actor.role} ${actor.email}` : 'anonymous visitor';
    throw new ClinqError('forbidden', `editorial: ${who} may not ${action} article ${article.slug}`);
  }
  const to = nextState(article.reviewState, action);
  if (to === null) {
    throw new ClinqError(
      'conflict',
      `editorial: article ${article.slug} is ${article.reviewState.replace('_', ' ')}, so it cannot be ${DONE[action]}`,
    );
  }
  const at = nowOf(ctx);
  const base: TransitionChange = {
    articleId: article.id,
    from: article.reviewState,
    to,
    at,
    audit: {
      id: randomUUID(),
      articleId: article.id,
      actorId: actor.id,
      actorName: actor.name,
      action,
      from: article.reviewState,
      to,
      version: article.currentVersion,
      // A change request's note, read by editors: cleaned as point comments are.
      comment: input.comment == null ? null : withoutPastedControls(input.comment).trim(),
      at,
    },
  };
  const change = input.extend ? input.extend(base, article, actor) : base;
  await ctx.store.applyTransition(change);
  return requireArticle(ctx, article.id);
}
