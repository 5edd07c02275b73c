import { randomUUID } from 'node:crypto';
import { ClinqError, type Answer } from '../domain/index.js';
import { applyAction, nowOf, requireArticle } from './apply-action.js';
import { canCreate } from './permissions.js';
import { INITIAL_STATE } from './review-workflow.js';
import { nextFreeSlug, slugify } from './slug.js';
import type {
  ArticleVersion,
  ArticleWithVersions,
  EditorialArticle,
  EditorialContext,
  FollowUp,
  User,
  VersionKind,
} from './types.js';

/**
 * Shortest and longest question an article keeps. The longest is a backstop far above the configured limit the
 * question was checked against where it entered (2,000 characters by default, at most 100,000): a lower one here
 * refused, after answering it, a question the API had accepted.
 */
const MIN_QUESTION_CHARS = 3;
const MAX_QUESTION_CHARS = 100_000;

function parseQuestion(question: unknown): string {
  if (typeof question !== 'string') throw new ClinqError('invalid_request', 'question: must be a string');
  const trimmed = question.trim();
  // Worded as the API words its other question faults, since it reaches API clients and the site as it is.
  if (trimmed.length < MIN_QUESTION_CHARS) {
    throw new ClinqError('invalid_request', `question: is too short (${trimmed.length} character${trimmed.length === 1 ? '' : 's'}); ask a whole question, e.g. "What causes gout?"`);
  }
  if (trimmed.length > MAX_QUESTION_CHARS) {
    throw new ClinqError('invalid_request', `question: is ${trimmed.length} characters long; the limit is ${MAX_QUESTION_CHARS}`);
  }
  return trimmed;
}

// Articles keep the audience-independent physician answer; other audiences are derived when shown.
function requirePhysicianAnswer(answer: Answer): void {
  if (answer.audience !== 'physician') {
    throw new ClinqError('invalid_request', `editorial: stored answers must be for physicians, got '${answer.audience}'`);
  }
}

/**
 * Creates an article in 'draft' with its first version. `actor` null is an anonymous ask on the site:
 * the draft is owned by nobody and waits for an editor to submit it.
 */
export async function createArticle(
  ctx: EditorialContext,
  input: { actor: User | null; question: string; answer: Answer },
): Promise<EditorialArticle> {
  const { actor } = input;
  if (actor !== null && !canCreate(actor)) {
    throw new ClinqError('forbidden', `editorial: ${actor.role} ${actor.email} may not create articles`);
  }
  const question = parseQuestion(input.question);
  requirePhysicianAnswer(input.answer);
  const base = slugify(question);
  const slug = nextFreeSlug(base, await ctx.store.slugsLike(base));
  const at = nowOf(ctx);
  const article: EditorialArticle = {
    id: randomUUID(),
    slug,
    question,
    createdBy: actor?.id ?? null,
    createdAt: at,
    updatedAt: at,
    currentVersion: 1,
    publishedVersion: null,
    reviewState: INITIAL_STATE,
  };
  const first: ArticleVersion = {
    articleId: article.id,
    number: 1,
    kind: 'initial',
    answer: input.answer,
    createdBy: article.createdBy,
    createdAt: at,
    approval: null,
  };
  await ctx.store.createArticle(article, first, {
    id: randomUUID(),
    articleId: article.id,
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    action: 'create',
    from: null,
    to: INITIAL_STATE,
    version: 1,
    comment: null,
    at,
  });
  return article;
}

/**
 * Adds a version (an edit or a regeneration); older versions and their reviews stay. Revising an approved
 * article sends it back to 'submitted' while the approved version stays the public one. `basedOn`, when given,
 * must still be the current version (an edit of an older one would silently undo someone else's).
 */
export async function addVersion(
  ctx: EditorialContext,
  input: {
    actor: User | null;
    articleId: string;
    answer: Answer;
    kind?: Exclude<VersionKind, 'initial'>;
    comment?: string;
    basedOn?: number;
  },
): Promise<EditorialArticle> {
  requirePhysicianAnswer(input.answer);
  return applyAction(ctx, {
    actor: input.actor,
    articleId: input.articleId,
    action: 'revise',
    comment: input.comment ?? null,
    extend: (change, article, actor) => {
      if (input.basedOn !== undefined && input.basedOn !== article.currentVersion) {
        throw new ClinqError(
          'conflict',
          `editorial: article ${article.slug} is at version ${article.currentVersion}, not ${input.basedOn}; reload and edit again`,
        );
      }
      const number = article.currentVersion + 1;
      return {
        ...change,
        audit: { ...change.audit, version: number },
        newVersion: {
          articleId: article.id,
          number,
          kind: input.kind ?? 'edit',
          answer: input.answer,
          createdBy: actor.id,
          createdAt: change.at,
          approval: null,
        },
      };
    },
  });
}

/** Adds a follow-up question and its (caller-computed) answer to the end of an article's thread. */
export async function addFollowUp(
  ctx: EditorialContext,
  input: { articleId: string; question: string; answer: Answer },
): Promise<FollowUp> {
  const article = await requireArticle(ctx, input.articleId);
  return ctx.store.addFollowUp({
    id: randomUUID(),
    articleId: article.id,
    question: parseQuestion(input.question),
    answer: input.answer,
    createdAt: nowOf(ctx),
  });
}

/** The follow-up thread of an article, in the order asked. */
export async function listFollowUps(ctx: EditorialContext, articleId: string): Promise<FollowUp[]> {
  return ctx.store.listFollowUps(articleId);
}

/** The version the public sees (the approved one), or null while none is approved. */
export function publicVersion(article: ArticleWithVersions): ArticleVersion | null {
  if (article.publishedVersion === null) return null;
  return article.versions.find((v) => v.number === article.publishedVersion) ?? null;
}

/** The page path of an article, e.g. /articles/is-aspirin-safe-in-pregnancy. */
export function articlePath(article: Pick<EditorialArticle, 'slug'>): string {
  return `/articles/${article.slug}`;
}

/** A version's answer as the answer contract shows a stored one: with the article's id and url set. */
export function storedAnswer(article: EditorialArticle, version: ArticleVersion): Answer {
  return { ...version.answer, id: article.id, url: articlePath(article) };
}

/** "Last reviewed by NAME, CREDENTIALS on YYYY-MM-DD" for an approved version, or null. */
export function reviewLine(version: ArticleVersion): string | null {
  const approval = version.approval;
  if (!approval) return null;
  const who = approval.reviewerCredentials
    ? `${approval.reviewerName}, ${approval.reviewerCredentials}`
    : approval.reviewerName;
  return `Last reviewed by ${who} on ${approval.approvedAt.slice(0, 10)}`;
}
