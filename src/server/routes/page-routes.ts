/** Reader pages that are not about one article: home, search, ask, editorial policy. */
import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { ClinqError } from '../../domain/index.js';
import type { AppDeps } from '../app.js';
import { frameOf } from '../app.js';
import { articleUrl, askAndStore, hasMedicalReviewers, pickAudience, readerAudience, rememberAudience, reviewedArticleFor } from '../article-service.js';
import { askFormSchema, issuesText, questionText } from '../schemas.js';
import { AUDIENCE_COOKIE, type AppEnv } from '../viewer.js';
import { renderHomePage, renderSearchPage } from '../pages/home.js';
import { renderEditorialPolicyPage } from '../pages/editorial-policy-page.js';
import { renderCorpusPage } from '../pages/corpus-page.js';
import type { CorpusCoverage } from '../../corpus/index.js';
import { readerMessage } from '../pages/error-page.js';
import { TooManyNewAnswers, type NewAnswerLimiter } from '../new-answer-limiter.js';
import { clientAddress } from '../client-address.js';

const quickQuestionSchema = z.object({ question: questionText('is required') });
// Named 'search', not 'q': its fault reads "Your search has bytes that are not UTF-8 text".
const searchQuerySchema = z.object({ search: questionText('is required') });

/** Registers /, /search, POST /ask and /editorial-policy; `newAnswers` limits stored answers, `quickAnswers` the unstored /?q= ones. */
export function registerPageRoutes(app: Hono<AppEnv>, deps: AppDeps, newAnswers: NewAnswerLimiter, quickAnswers: NewAnswerLimiter): void {
  app.get('/', async (c) => {
    const [articles, recent, board, coverage] = await Promise.all([
      deps.countArticles(),
      deps.editorial.store.listRecentlyApproved(8),
      hasMedicalReviewers(deps),
      coverageIfReady(deps),
    ]);
    // Read from the URL itself: Hono hands back a malformed escape ("%ff", Latin-1 from an old link) as its raw text,
    // which was then answered as a question about "ff"; URLSearchParams makes it U+FFFD, which questionText refuses.
    const q = new URL(c.req.url).searchParams.get('q');
    const frame = frameOf(c);
    if (q === null || q.trim() === '') {
      return c.html(renderHomePage({ frame, articles, recent, audience: readerAudience(c), board, coverage }));
    }
    // A quick, unstored answer for links of the form /?q=...; asking with the form stores an article. For the audience
    // the link names (an unknown one is refused), remembered as on an article page; a link naming none (the example
    // questions, "Try: ...") is answered for the remembered reader, not for physicians whatever the reader chose.
    const named = c.req.query('audience');
    const audience = named ? deps.checkAudience(named) : pickAudience(getCookie(c, AUDIENCE_COOKIE));
    if (named) rememberAudience(c, audience);
    // The same cleaning as the ask form's: control characters, bidi overrides and invisible characters go.
    const typed = quickQuestionSchema.safeParse({ question: q });
    if (!typed.success) throw new ClinqError('invalid_request', issuesText(typed.error));
    const question = deps.checkQuestion(typed.data.question);
    quickAnswers.admit(clientAddress(c, deps.trustedProxies), c.get('viewer').user);
    const [answer, reviewed] = await Promise.all([deps.ask(question, audience), reviewedArticleFor(deps, question)]);
    return c.html(renderHomePage({ frame, articles, recent, audience, answer, board, reviewed, coverage }));
  });

  app.get('/search', async (c) => {
    // As on /: a malformed escape (%ff) is U+FFFD here, refused with the reason, not searched for as its raw text.
    const typed = searchQuerySchema.safeParse({ search: new URL(c.req.url).searchParams.get('q') ?? '' });
    if (!typed.success) throw new ClinqError('invalid_request', issuesText(typed.error));
    const query = typed.data.search.trim().slice(0, 200);
    const results = query ? await deps.editorial.store.searchPublished(query, 20) : [];
    return c.html(renderSearchPage({ frame: frameOf(c), query, results, audience: readerAudience(c) }));
  });

  app.post('/ask', async (c) => {
    const body = await c.req.parseBody();
    const form = askFormSchema.safeParse(body);
    // A question that cannot be asked (empty, too long) comes back in the box with the reason beside it, so the reader
    // edits it instead of typing or pasting it again from an error page.
    const refuse = async (message: string, status: 400 | 429 = 400) => {
      const [articles, recent, board, coverage] = await Promise.all([
        deps.countArticles(),
        deps.editorial.store.listRecentlyApproved(8),
        hasMedicalReviewers(deps),
        coverageIfReady(deps),
      ]);
      const typed = typeof body['question'] === 'string' ? body['question'] : '';
      const audience = form.success && form.data.audience ? form.data.audience : pickAudience(getCookie(c, AUDIENCE_COOKIE));
      // Shown at POST /ask, but it is the home page: its nav and links are the home page's.
      return c.html(renderHomePage({ frame: { ...frameOf(c), path: '/' }, articles, recent, audience, board, coverage, refused: { question: typed, message: readerMessage(message) } }), status);
    };
    if (!form.success) return refuse(issuesText(form.error));
    let question: string;
    try {
      question = deps.checkQuestion(form.data.question);
    } catch (error) {
      if (error instanceof ClinqError && error.code === 'invalid_request') return refuse(error.message);
      throw error;
    }
    const actor = c.get('viewer').user;
    let stored: Awaited<ReturnType<typeof askAndStore>>;
    try {
      stored = await askAndStore(deps, { question, actor, admit: () => newAnswers.admit(clientAddress(c, deps.trustedProxies), actor) });
    } catch (error) {
      // Over the limit, the question waits in the box for the reader to send again once the minute is up.
      if (error instanceof TooManyNewAnswers) {
        c.header('Retry-After', String(error.retryAfter));
        return refuse(error.message, 429);
      }
      // A question the article store refuses ("x" is too short to title an article) is named in the box too.
      if (error instanceof ClinqError && error.code === 'invalid_request') return refuse(error.message);
      throw error;
    }
    const { article } = stored;
    const audience = form.data.audience;
    if (audience) rememberAudience(c, audience);
    return c.redirect(articleUrl(article) + (audience ? `?audience=${audience}` : ''), 303);
  });

  app.get('/editorial-policy', (c) => c.html(renderEditorialPolicyPage({ frame: frameOf(c) })));

  // The one page that waits for the coverage to be made (seconds on a large corpus, once per corpus state).
  app.get('/corpus', async (c) => {
    if (!deps.coverage) throw new ClinqError('not_found', 'There is no page at /corpus.');
    return c.html(renderCorpusPage({ frame: frameOf(c), coverage: await deps.coverage() }));
  });
}

// How long a page other than /corpus waits for the coverage before it is drawn without it.
const COVERAGE_WAIT_MS = 250;

/**
 * What the corpus covers, when it is made (or saved) by now; else null, and the making goes on for later visits. Fail
 * soft: example questions are a help to the reader, and no page fails for want of them.
 */
export async function coverageIfReady(deps: Pick<AppDeps, 'coverage'>): Promise<CorpusCoverage | null> {
  if (!deps.coverage) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), COVERAGE_WAIT_MS);
  });
  try {
    return await Promise.race([deps.coverage().catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}
