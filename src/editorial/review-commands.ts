import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ClinqError, type Answer } from '../domain/index.js';
import { applyAction, nowOf, requireArticle } from './apply-action.js';
import { canComment } from './permissions.js';
import { withoutPastedControls } from '../lib/index.js';
import type { EditorialArticle, EditorialContext, PointRef, Review, ReviewComment, TransitionChange, User } from './types.js';

type CommandInput = { actor: User | null; articleId: string; comment?: string };

// A reviewer decides on the version they saw; if an editor added one meanwhile, the decision is stale.
function requireCurrent(article: EditorialArticle, version: number | undefined): void {
  if (version !== undefined && version !== article.currentVersion) {
    throw new ClinqError(
      'conflict',
      `editorial: article ${article.slug} is at version ${article.currentVersion}, not ${version}`,
    );
  }
}

function reviewOf(change: TransitionChange, article: EditorialArticle, actor: User, decision: Review['decision']): Review {
  return {
    id: randomUUID(),
    articleId: article.id,
    version: article.currentVersion,
    reviewerId: actor.id,
    reviewerName: actor.name,
    reviewerCredentials: actor.credentials,
    decision,
    comment: change.audit.comment,
    createdAt: change.at,
  };
}

/** Submits a draft for review (editor or admin). */
export function submitForReview(ctx: EditorialContext, input: CommandInput): Promise<EditorialArticle> {
  return applyAction(ctx, { ...input, action: 'submit' });
}

/** Takes a submitted article into review (reviewer or admin). */
export function startReview(ctx: EditorialContext, input: CommandInput): Promise<EditorialArticle> {
  return applyAction(ctx, { ...input, action: 'startReview' });
}

/**
 * Approves the current version (reviewer or admin): records the reviewer's name, credentials and date on
 * the version and makes it the public one. `version`, when given, must still be the current one.
 */
export function approveVersion(
  ctx: EditorialContext,
  input: CommandInput & { version?: number },
): Promise<EditorialArticle> {
  return applyAction(ctx, {
    ...input,
    action: 'approve',
    extend: (change, article, actor) => {
      requireCurrent(article, input.version);
      return {
        ...change,
        review: reviewOf(change, article, actor, 'approved'),
        approval: {
          version: article.currentVersion,
          approval: {
            reviewerId: actor.id,
            reviewerName: actor.name,
            reviewerCredentials: actor.credentials,
            approvedAt: change.at,
          },
        },
      };
    },
  });
}

/** Sends the article back to its editors with requested changes (reviewer or admin). */
export function requestChanges(
  ctx: EditorialContext,
  input: CommandInput & { version?: number },
): Promise<EditorialArticle> {
  return applyAction(ctx, {
    ...input,
    action: 'requestChanges',
    extend: (change, article, actor) => {
      requireCurrent(article, input.version);
      // Editors act on the note alone: a request with nothing in it (or only spaces or pasted controls) says nothing to do.
      if (!change.audit.comment) {
        throw new ClinqError('invalid_request', 'comment: say what needs to change; a change request needs a note for its editors');
      }
      return { ...change, review: reviewOf(change, article, actor, 'changes_requested') };
    },
  });
}

/** Turns an article with requested changes back into a draft (editor or admin). */
export function reopenDraft(ctx: EditorialContext, input: CommandInput): Promise<EditorialArticle> {
  return applyAction(ctx, { ...input, action: 'reopen' });
}

/** Sends an article with requested changes straight back to review (editor or admin). */
export function resubmit(ctx: EditorialContext, input: CommandInput): Promise<EditorialArticle> {
  return applyAction(ctx, { ...input, action: 'resubmit' });
}

// Staff read comments as written: a bidi override ("\u202E") would draw them as other words, and a pasted terminal colour
// code would leave "[31m"; line breaks stay.
const bodySchema = z
  .string()
  .transform((text) => withoutPastedControls(text).trim())
  .pipe(z.string().min(1, 'comment is empty').max(4000, 'comment too long'));

/** Whether a point reference names a point that exists in the answer. */
export function pointExists(answer: Answer, point: PointRef): boolean {
  if (point === 'direct') return answer.direct !== null;
  return answer.sections[point.section]?.points[point.point] !== undefined;
}

/** Records a reviewer's comment on one point (or the direct answer) of one version. */
export async function commentOnPoint(
  ctx: EditorialContext,
  input: { actor: User | null; articleId: string; version: number; point: PointRef; body: string },
): Promise<ReviewComment> {
  const article = await requireArticle(ctx, input.articleId);
  const { actor } = input;
  if (actor === null || !canComment(actor, article)) {
    throw new ClinqError('forbidden', `editorial: only reviewers may comment on article ${article.slug}`);
  }
  const version = await ctx.store.findVersion(article.id, input.version);
  if (!version) throw new ClinqError('not_found', `editorial: article ${article.slug} has no version ${input.version}`);
  if (!pointExists(version.answer, input.point)) {
    throw new ClinqError('invalid_request', `editorial: version ${input.version} of ${article.slug} has no point ${formatPointRef(input.point)}`);
  }
  const body = bodySchema.safeParse(input.body);
  if (!body.success) throw new ClinqError('invalid_request', `editorial: ${body.error.issues[0]?.message}`);
  const comment: ReviewComment = {
    id: randomUUID(),
    articleId: article.id,
    version: version.number,
    point: input.point,
    authorId: actor.id,
    authorName: actor.name,
    body: body.data,
    createdAt: nowOf(ctx),
  };
  await ctx.store.addReviewComment(comment);
  return comment;
}

/** 'direct' or 'section.point' (0-based), the stored form of a point reference. */
export function formatPointRef(point: PointRef): string {
  return point === 'direct' ? 'direct' : `${point.section}.${point.point}`;
}

/** Reads the stored form back; null when it is malformed. */
export function parsePointRef(text: string): PointRef | null {
  if (text === 'direct') return 'direct';
  const match = /^(\d+)\.(\d+)$/.exec(text);
  return match ? { section: Number(match[1]), point: Number(match[2]) } : null;
}
