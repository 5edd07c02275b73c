/** The HTTP application: JSON API and server-rendered pages over injected dependencies. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { ClinqError, type Answer, type Article, type Audience } from '../domain/index.js';
import { toHttpError } from './errors.js';
import { answerRequestSchema, pmidSchema } from './schemas.js';
import { renderHomePage } from './pages/home.js';

/** What the HTTP layer needs from the rest of clinq. */
export type AppDeps = {
  ask(question: string, audience?: Audience): Promise<Answer>;
  getArticle(pmid: string): Promise<Article | null>;
  countArticles(): Promise<number>;
  /** Checks and normalises a question (throws invalid_request). */
  checkQuestion(input: unknown): string;
  checkAudience(input: unknown): Audience;
  maxBodyBytes: number;
  /** Where faults that are not ClinqErrors are logged. */
  logError?: (error: unknown) => void;
};

/** Builds the Hono app; tests call `app.request()` on it. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', secureHeaders());

  app.onError((error, c) => {
    if (!(error instanceof ClinqError)) (deps.logError ?? console.error)(error);
    const { status, body } = toHttpError(error);
    if (c.req.path.startsWith('/api/') || c.req.path === '/healthz') return c.json(body, status);
    return c.html(`<!doctype html><meta charset="utf-8"><title>Error</title><p>${escapeHtml(body.error.message)}</p><p><a href="/">Back</a></p>`, status);
  });
  app.notFound((c) => {
    const message = `no route for ${c.req.method} ${c.req.path}`;
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'not_found', message } }, 404);
    return c.html(`<!doctype html><meta charset="utf-8"><title>Not found</title><p>${escapeHtml(message)}</p><p><a href="/">Home</a></p>`, 404);
  });

  app.get('/healthz', async (c) => c.json({ status: 'ok', articles: await deps.countArticles() }));

  app.post(
    '/api/answers',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) =>
        c.json({ error: { code: 'invalid_request', message: `body: larger than ${deps.maxBodyBytes} bytes` } }, 413),
    }),
    async (c) => {
      if (!(c.req.header('content-type') ?? '').includes('application/json')) {
        throw new ClinqError('invalid_request', 'body: send JSON with Content-Type: application/json');
      }
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch {
        throw new ClinqError('invalid_request', 'body: is not valid JSON');
      }
      const parsed = answerRequestSchema.safeParse(raw);
      if (!parsed.success) {
        throw new ClinqError('invalid_request', parsed.error.issues.map((i) => i.message).join('; '));
      }
      const question = deps.checkQuestion(parsed.data.question);
      return c.json(await deps.ask(question, parsed.data.audience ?? 'physician'));
    },
  );

  app.get('/api/articles/:pmid', async (c) => {
    const pmid = pmidSchema.safeParse(c.req.param('pmid'));
    if (!pmid.success) throw new ClinqError('invalid_request', pmid.error.issues[0]?.message ?? 'pmid: invalid');
    const article = await deps.getArticle(pmid.data);
    if (!article) throw new ClinqError('not_found', `article: PMID ${pmid.data} is not in the corpus`);
    return c.json(article);
  });

  app.get('/', async (c) => {
    const q = c.req.query('q');
    const articles = await deps.countArticles();
    if (q === undefined || q.trim() === '') return c.html(renderHomePage({ articles }));
    const audience = deps.checkAudience(c.req.query('audience'));
    const question = deps.checkQuestion(q);
    const answer = await deps.ask(question, audience);
    return c.html(renderHomePage({ articles, answer }));
  });

  return app;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
