/** The JSON API of a stored answer's thread: ask a follow-up under it, and read the thread. */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ClinqError, type Answer } from '../../domain/index.js';
import type { ArticleWithVersions, FollowUp } from '../../editorial/index.js';
import type { AppDeps } from '../app.js';
import { articleUrl } from '../article-service.js';
import { askFollowUp } from '../ask-follow-up.js';
import { READER_QUERY, articleIdSchema, audienceSchema, followUpFormSchema, issuesText, misspeltQueryParameter, unknownKeysMessage } from '../schemas.js';
import type { AppEnv } from '../viewer.js';
import type { ReaderAnswer } from '../reader-answer.js';
import type { NewAnswerLimiter } from '../new-answer-limiter.js';
import { clientAddress } from '../client-address.js';
import { readJsonBody } from './api-routes.js';

/** The keys POST /api/answers/:id/follow-ups reads. */
export const FOLLOW_UP_REQUEST_KEYS = ['question', 'audience'] as const;

const followUpRequestSchema = z.object(
  {
    question: followUpFormSchema.shape.question,
    audience: audienceSchema(),
  },
  { error: 'body: must be a JSON object like {"question": "Is it hereditary?"}' },
);

/** The article with the id in the path, with its versions, or a fault naming the id. */
async function requireArticle(deps: AppDeps, param: string): Promise<ArticleWithVersions> {
  const id = articleIdSchema.safeParse(param);
  if (!id.success) throw new ClinqError('invalid_request', issuesText(id.error));
  const article = await deps.editorial.store.findArticle(id.data);
  const withVersions = article ? await deps.editorial.store.findArticleBySlug(article.slug) : null;
  if (!withVersions) throw new ClinqError('not_found', `answer: no stored answer has id ${id.data}`);
  return withVersions;
}

/** Where a follow-up stands in its thread (an optional field of the answer contract). */
type FollowUpOf = { id: string; url: string; position: number; question: string };

function followUpOf(article: ArticleWithVersions, followUp: FollowUp): FollowUpOf {
  return { id: article.id, url: `${articleUrl(article)}#follow-up-${followUp.position}`, position: followUp.position, question: followUp.question };
}

/** A turn's answer as readers see it: its own article's reviewed version once one is approved, else the draft stored when asked. */
async function shownAnswer(deps: AppDeps, followUp: FollowUp): Promise<Answer> {
  const own = followUp.answer.id ? await deps.editorial.store.findArticle(followUp.answer.id) : null;
  if (!own || own.publishedVersion === null) return followUp.answer;
  const version = await deps.editorial.store.findVersion(own.id, own.publishedVersion);
  return version ? { ...version.answer, id: followUp.answer.id, url: followUp.answer.url } : followUp.answer;
}

/** Registers POST and GET /api/answers/:id/follow-ups. */
export function registerFollowUpApiRoutes(app: Hono<AppEnv>, deps: AppDeps, forReader: ReaderAnswer, newAnswers: NewAnswerLimiter): void {
  // A follow-up asked in the thread of a stored answer, as the article page's box asks it: the answer of the follow-up
  // (its own stored article's id and url), with `followUpOf` telling the thread and place. A thread whose first answer
  // was refused takes questions too; one pointing back at an answer the thread does not have is a 400 saying so.
  app.post('/api/answers/:id/follow-ups', async (c) => {
    const article = await requireArticle(deps, c.req.param('id'));
    const raw = await readJsonBody(c);
    const unknownKeys = unknownKeysMessage(raw, FOLLOW_UP_REQUEST_KEYS);
    if (unknownKeys !== null) throw new ClinqError('invalid_request', unknownKeys);
    const parsed = followUpRequestSchema.safeParse(raw);
    if (!parsed.success) throw new ClinqError('invalid_request', issuesText(parsed.error));
    const outcome = await askFollowUp(deps, article, parsed.data.question, () => newAnswers.admit(clientAddress(c, deps.trustedProxies), null));
    const answer: Answer = outcome.kind === 'asked' ? outcome.answer : await shownAnswer(deps, outcome.followUp);
    const worded = await forReader(answer, parsed.data.audience ?? 'physician');
    return c.json({ ...worded, id: answer.id, url: answer.url, followUpOf: followUpOf(article, outcome.followUp) });
  });

  // The thread of a stored answer, oldest first: each follow-up as typed and its answer (worded for `?audience=`), the
  // reviewed version once its own article has one, as the article page shows it.
  app.get('/api/answers/:id/follow-ups', async (c) => {
    const article = await requireArticle(deps, c.req.param('id'));
    const slip = misspeltQueryParameter(c.req.query(), READER_QUERY);
    if (slip !== null) throw new ClinqError('invalid_request', slip);
    const audience = deps.checkAudience(c.req.query('audience'));
    const thread = await deps.editorial.store.listFollowUps(article.id);
    const followUps = await Promise.all(
      thread.map(async (f) => ({ ...(await forReader(await shownAnswer(deps, f), audience)), id: f.answer.id, url: f.answer.url, followUpOf: followUpOf(article, f) })),
    );
    return c.json({ id: article.id, url: articleUrl(article), question: article.question, followUps });
  });
}
