/** The JSON API: answers (stored as articles) and their review status, PubMed records, what the corpus covers, health. */
import type { Context, Hono } from 'hono';
import { ClinqError } from '../../domain/index.js';
import { repeatedJsonKey, shownValue } from '../../lib/index.js';
import { unreadContentEncoding } from '../errors.js';
import type { AppDeps } from '../app.js';
import { askAndStore, linkAnswer, reviewStatusOf } from '../article-service.js';
import { ANSWER_REQUEST_KEYS, DEFAULT_COVERAGE_LIMIT, READER_QUERY, answerRequestSchema, articleIdSchema, coverageLimitSchema, issuesText, misspeltQueryParameter, pmidSchema, unknownKeysMessage } from '../schemas.js';
import type { AppEnv } from '../viewer.js';
import type { ReaderAnswer } from '../reader-answer.js';
import type { NewAnswerLimiter } from '../new-answer-limiter.js';
import { clientAddress } from '../client-address.js';

/** Registers /healthz and /api/*; `forReader` words a stored answer for the reader asked for, `newAnswers` limits new ones. */
export function registerApiRoutes(app: Hono<AppEnv>, deps: AppDeps, forReader: ReaderAnswer, newAnswers: NewAnswerLimiter): void {
  app.get('/healthz', async (c) => c.json({ status: 'ok', articles: await deps.countArticles() }));

  // JSON only: a cross-site form cannot send application/json without a CORS preflight, so no CSRF token is needed.
  app.post('/api/answers', async (c) => {
    const raw = await readJsonBody(c);
    const unknownKeys = unknownKeysMessage(raw, ANSWER_REQUEST_KEYS);
    if (unknownKeys !== null) throw new ClinqError('invalid_request', unknownKeys);
    const parsed = answerRequestSchema.safeParse(raw);
    if (!parsed.success) throw new ClinqError('invalid_request', issuesText(parsed.error));
    const question = deps.checkQuestion(parsed.data.question);
    const { article, answer } = await askAndStore(deps, { question, actor: null, admit: () => newAnswers.admit(clientAddress(c, deps.trustedProxies), null) });
    const audience = parsed.data.audience ?? 'physician';
    return c.json(linkAnswer(await forReader(answer, audience), article));
  });

  app.get('/api/answers/:id', async (c) => {
    const id = articleIdSchema.safeParse(c.req.param('id'));
    if (!id.success) throw new ClinqError('invalid_request', issuesText(id.error));
    const store = deps.editorial.store;
    const article = await store.findArticle(id.data);
    if (!article) throw new ClinqError('not_found', `answer: no stored answer has id ${id.data}`);
    // The public version when one is approved, else the latest draft (the same the article page shows).
    const version = await store.findVersion(article.id, article.publishedVersion ?? article.currentVersion);
    if (!version) throw new ClinqError('not_found', `answer: ${id.data} has no stored version`);
    // An unknown audience is refused with the list of valid ones, as is a slip for the parameter; none asked means physicians.
    const slip = misspeltQueryParameter(c.req.query(), READER_QUERY);
    if (slip !== null) throw new ClinqError('invalid_request', slip);
    const audience = deps.checkAudience(c.req.query('audience'));
    return c.json(linkAnswer(await forReader(version.answer, audience), article));
  });

  // Review state is not part of the answer contract's shape, so it has a route of its own beside the answer.
  app.get('/api/answers/:id/review', async (c) => {
    const id = articleIdSchema.safeParse(c.req.param('id'));
    if (!id.success) throw new ClinqError('invalid_request', issuesText(id.error));
    const article = await deps.editorial.store.findArticle(id.data);
    if (!article) throw new ClinqError('not_found', `answer: no stored answer has id ${id.data}`);
    return c.json(await reviewStatusOf(deps, article));
  });

  app.get('/api/corpus', async (c) => {
    if (!deps.coverage) throw new ClinqError('not_found', 'corpus: this server does not report what its corpus covers');
    const limit = coverageLimitSchema.safeParse(c.req.query('limit') ?? String(DEFAULT_COVERAGE_LIMIT));
    if (!limit.success) throw new ClinqError('invalid_request', issuesText(limit.error));
    const coverage = await deps.coverage();
    return c.json({ ...coverage, subjects: coverage.subjects.slice(0, limit.data) });
  });

  app.get('/api/articles/:pmid', async (c) => {
    const pmid = pmidSchema.safeParse(c.req.param('pmid'));
    if (!pmid.success) throw new ClinqError('invalid_request', pmid.error.issues[0]?.message ?? 'pmid: invalid');
    const article = await deps.getArticle(pmid.data);
    if (!article) throw new ClinqError('not_found', `article: PMID ${pmid.data} is not in the corpus`);
    return c.json(article);
  });
}

/**
 * The body of a JSON request as a value, or a fault naming what is wrong with it: not JSON by its content type, not
 * UTF-8 (a Latin-1 client's bytes would otherwise be stored as "\uFFFD" in a new article), not valid JSON, or a key
 * given twice (JSON.parse keeps a repeated key's last value: {"question":"a","question":"b"} would answer "b" without a
 * word). POST /api/answers and its follow-ups read their bodies so.
 */
export async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  if (!isJsonMediaType(c.req.header('content-type'))) throw new ClinqError('invalid_request', 'body: send JSON with Content-Type: application/json');
  const compressed = unreadContentEncoding(c.req.header('content-encoding'));
  if (compressed) throw compressed;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch {
    throw new ClinqError('invalid_request', 'body: is not UTF-8 text; send the JSON encoded as UTF-8');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ClinqError('invalid_request', 'body: is not valid JSON');
  }
  const repeated = repeatedJsonKey(text);
  if (repeated !== null) throw new ClinqError('invalid_request', `body: the key ${shownValue(repeated)} came more than once; send each once`);
  return raw;
}

/**
 * Whether a Content-Type names JSON: its media type, before any parameter, is application/json in any letter case
 * ("Application/JSON" is the same type). A parameter does not count: "text/plain; x=application/json" is plain text,
 * and one a cross-site page may send without a CORS preflight.
 */
export function isJsonMediaType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}
