/** The HTTP application: JSON API and server-rendered pages over injected dependencies. */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { ClinqError, type Answer, type Article, type Audience } from '../domain/index.js';
import type { EditorialContext } from '../editorial/index.js';
import type { ThreadContext } from '../answer/index.js';
import type { CorpusCoverage } from '../corpus/index.js';
import { BUSY_RETRY_SECONDS, DISK_FULL_LOG_LINE, isDatabaseBusy, isDiskFull, toHttpError, UnreadContentEncoding } from './errors.js';
import type { SignInLimits } from './sign-in-limiter.js';
import { DEFAULT_NEW_ANSWERS_PER_MINUTE } from '../config.js';
import { createNewAnswerLimiter, createQuickAnswerLimiter, TooManyNewAnswers } from './new-answer-limiter.js';
import { loadViewer, requireCsrf, type AppEnv, type Viewer } from './viewer.js';
import { renderErrorPage } from './pages/error-page.js';
import type { PageFrame } from './pages/layout.js';
import { registerApiRoutes } from './routes/api-routes.js';
import { registerFollowUpApiRoutes } from './routes/follow-up-api-routes.js';
import { registerPageRoutes } from './routes/page-routes.js';
import { registerArticleRoutes } from './routes/article-routes.js';
import { registerAuthRoutes, safeNext } from './routes/auth-routes.js';
import { registerDeskRoutes } from './routes/desk-routes.js';
import { registerRevisionRoutes } from './routes/revision-routes.js';
import { isAsset, registerAssetRoutes } from './routes/asset-routes.js';
import { createReaderAnswer } from './reader-answer.js';
import { refuseRepeatedQuery } from './repeated-query.js';
import { requestLogger } from './request-log.js';
import { methodNotAllowed } from './method-not-allowed.js';

/** What the HTTP layer needs from the rest of clinq. */
export type AppDeps = {
  /** Answers a checked question for a reader; a follow-up passes its thread (resolve-follow-up.ts in the answer stage). */
  ask(question: string, audience?: Audience, thread?: ThreadContext): Promise<Answer>;
  /** Rewords a physician answer for another reader (identity for 'physician'). */
  adapt(answer: Answer, audience: Audience): Answer | Promise<Answer>;
  /**
   * With a model configured: a stored physician answer in the model's checked rewrite for a reader. Pages and the API
   * use it (cached) instead of `adapt` when present, and fall back to `adapt` when it throws.
   */
  adaptForReader?(answer: Answer, audience: Audience): Promise<Answer>;
  getArticle(pmid: string): Promise<Article | null>;
  countArticles(): Promise<number>;
  /** What the corpus covers (subjects, areas, example questions it answers); without it, no corpus page or GET /api/corpus. */
  coverage?(): Promise<CorpusCoverage>;
  /** Checks and normalises a question (throws invalid_request). */
  checkQuestion(input: unknown): string;
  checkAudience(input: unknown): Audience;
  maxBodyBytes: number;
  /** Articles, review workflow, people and sessions: the store and the clock. */
  editorial: EditorialContext;
  /** Signs anonymous readers' CSRF tokens; random per process unless configured. */
  csrfSecret: string;
  /** Failed sign-ins allowed per email and client address in a window; 5 per 15 minutes unless set. */
  signInLimits?: SignInLimits;
  /** New answers (stored draft articles) one anonymous client may create per minute; 20 unless set, 0 for no limit. */
  newAnswersPerMinute?: number;
  /** Reverse proxies whose X-Forwarded-For entries name the client for those limits; 0 (unset) uses the socket's address. */
  trustedProxies?: number;
  /** Where faults that are not ClinqErrors are logged. */
  logError?: (error: unknown) => void;
  /** Receives one line per request (time, method, path without query, status, ms); no request log when absent. */
  logRequest?: (line: string) => void;
};

const isApi = (path: string) => path === '/api' || path.startsWith('/api/') || path === '/healthz';

/** The frame (viewer and path) of the page being rendered; anonymous without a token before the viewer loads. */
export function frameOf(c: Context<AppEnv>): PageFrame {
  const viewer: Viewer = c.get('viewer') ?? { user: null, session: null, csrf: '' };
  return { viewer, path: c.req.path };
}

/** The same-site page a form was sent from (its Referer's path), or the review desk when that is unknown. */
function pageOfForm(c: Context): string {
  const referer = c.req.header('referer');
  if (!referer) return safeNext(undefined);
  try {
    const from = new URL(referer);
    // Only this site's own pages: the Referer is the browser's, but a crafted one must not send a sign-in elsewhere.
    return from.host === new URL(c.req.url).host ? safeNext(from.pathname + from.search) : safeNext(undefined);
  } catch {
    return safeNext(undefined);
  }
}

/** Builds the Hono app; tests call `app.request()` on it. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // First, so the line carries the status of whatever answers: a route, an error page, a refused body.
  if (deps.logRequest) app.use('*', requestLogger(deps.logRequest));
  // Cookies read it to tell whether a proxy in front received the request over https.
  app.use('*', async (c, next) => {
    c.set('trustedProxies', deps.trustedProxies ?? 0);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      referrerPolicy: 'same-origin',
      // Pages load their stylesheet and script from /assets/; nothing inline runs, nothing is framed or loaded elsewhere.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );

  // A page address copied with a slash at its end ("/editorial-policy/", "/articles/gout/") leads to the page, not to a
  // 404. The Location is a path, so a proxy's scheme and host stay as the browser used them, and leading slashes are
  // folded to one, so "//evil.example/" cannot become a protocol-relative address.
  app.use('*', async (c, next) => {
    await next();
    const path = c.req.path;
    if (c.res.status !== 404 || (c.req.method !== 'GET' && c.req.method !== 'HEAD') || path === '/' || !path.endsWith('/')) return;
    const trimmed = path.replace(/\/+$/u, '').replace(/^\/+/u, '/');
    if (trimmed === '' || trimmed === '/') return;
    c.res = c.redirect(`${trimmed}${new URL(c.req.url).search}`, 301);
  });

  app.onError((error, c) => {
    const { status, body } = toHttpError(error);
    // Only faults of the server go to its log: a form sent as JSON (415) or a limit reached (429) is the client's, and
    // its stack trace in the log would read like a crash.
    // A busy database (an ingest writing) passes; the request log's 503 line records it without a stack trace.
    // A full disk is logged as one line saying so, not a stack trace per request.
    if (isDiskFull(error)) (deps.logError ?? console.error)(DISK_FULL_LOG_LINE);
    else if (!(error instanceof ClinqError) && status >= 500 && !isDatabaseBusy(error)) (deps.logError ?? console.error)(error);
    if (error instanceof TooManyNewAnswers) c.header('Retry-After', String(error.retryAfter));
    if (isDatabaseBusy(error)) c.header('Retry-After', String(BUSY_RETRY_SECONDS));
    // RFC 7694: a 415 for a content coding names the codings the server reads.
    if (error instanceof UnreadContentEncoding) c.header('Accept-Encoding', 'identity');
    if (isApi(c.req.path)) return c.json(body, status);
    // Sign-in needed on a page: send the reader to the sign-in form and back.
    if (status === 401 && c.req.method === 'GET') return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    if (status === 401) {
      // A form sent while signed out (a session that ended mid-review): after sign-in, back to the page the form was on,
      // since the form's own address answers only POST.
      const page = { frame: frameOf(c), status, message: 'sign in to do that; your session may have ended', next: pageOfForm(c) };
      return c.html(renderErrorPage(page), status);
    }
    return c.html(renderErrorPage({ frame: frameOf(c), status, message: body.error.message }), status);
  });
  app.notFound((c) => {
    const message = `There is no page at ${c.req.path}.`;
    if (isApi(c.req.path)) return c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404);
    return c.html(renderErrorPage({ frame: frameOf(c), status: 404, message }), 404);
  });

  app.use(
    '*',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) => {
        const message = `body: larger than ${deps.maxBodyBytes} bytes`;
        if (isApi(c.req.path)) return c.json({ error: { code: 'invalid_request', message } }, 413);
        const page = `What was sent is larger than ${Math.round(deps.maxBodyBytes / 1024)} KB; shorten it and try again.`;
        return c.html(renderErrorPage({ frame: frameOf(c as Context<AppEnv>), status: 413, message: page }), 413);
      },
    }),
  );

  // Before any route reads the query: a parameter sent twice is refused by name, not read as its first value.
  app.use('*', refuseRepeatedQuery());
  const viewer = loadViewer(deps.editorial, deps.csrfSecret);
  const csrf = requireCsrf(deps.editorial, deps.csrfSecret);
  // The JSON API and the assets are stateless and need no cookies; every page and form goes through the viewer and CSRF check.
  const stateless = (path: string) => isApi(path) || isAsset(path);
  app.use('*', async (c, next) => (stateless(c.req.path) ? next() : viewer(c, next)));
  // A known path asked with another method (PUT /, GET /ask) says which it takes, before the CSRF check (a form sent to the wrong method is not a token fault).
  app.use(
    '*',
    methodNotAllowed(
      () => app.routes,
      (c, allow, page) => {
        const takes = allow.filter((method) => method !== 'HEAD').join(' or ');
        if (isApi(c.req.path)) {
          const message = `${c.req.method} ${c.req.path}: this route takes ${takes}`;
          return c.json({ error: { code: 'method_not_allowed', message } }, 405);
        }
        // A form address opened in the browser (Enter in the address bar after a refused question left /ask there): the
        // reader is sent on to the page the form is on, not told about request methods.
        if (page !== null) {
          const message = `${c.req.path} is where a form sends what was typed in it; it has no page of its own.`;
          return c.html(renderErrorPage({ frame: frameOf(c), status: 405, message, back: page }), 405);
        }
        const message = `${c.req.path} takes ${takes} requests, not ${c.req.method}.`;
        return c.html(renderErrorPage({ frame: frameOf(c), status: 405, message }), 405);
      },
    ),
  );
  app.use('*', async (c, next) => (stateless(c.req.path) ? next() : csrf(c, next)));

  registerAssetRoutes(app);
  const forReader = createReaderAnswer(deps);
  const now = () => (deps.editorial.clock?.() ?? new Date()).getTime();
  const newAnswers = createNewAnswerLimiter(deps.newAnswersPerMinute ?? DEFAULT_NEW_ANSWERS_PER_MINUTE, now);
  registerApiRoutes(app, deps, forReader, newAnswers);
  registerFollowUpApiRoutes(app, deps, forReader, newAnswers);
  registerPageRoutes(app, deps, newAnswers, createQuickAnswerLimiter(deps.newAnswersPerMinute ?? DEFAULT_NEW_ANSWERS_PER_MINUTE, now));
  registerAuthRoutes(app, deps);
  registerArticleRoutes(app, deps, forReader, newAnswers);
  registerRevisionRoutes(app, deps);
  registerDeskRoutes(app, deps);
  return app;
}
