/** Reader pages that are not about one article: home, search, ask, editorial policy. */
import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { ClinqError } from '../../domain/index.js';
import type { AppDeps } from '../app.js';
import { frameOf } from '../app.js';
import { articleUrl, askAndStore, hasMedicalReviewers, pickAudience, reviewedArticleFor } from '../article-service.js';
import { askFormSchema, issuesText } from '../schemas.js';
import { AUDIENCE_COOKIE, setSiteCookie, type AppEnv } from '../viewer.js';
import { renderHomePage, renderSearchPage } from '../pages/home.js';
import { renderEditorialPolicyPage } from '../pages/editorial-policy-page.js';
import type { NewAnswerLimiter } from '../new-answer-limiter.js';
import { clientAddress } from '../client-address.js';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Registers /, /search, POST /ask and /editorial-policy. */
export function registerPageRoutes(app: Hono<AppEnv>, deps: AppDeps, newAnswers: NewAnswerLimiter): void {
  app.get('/', async (c) => {
    const [articles, recent, board] = await Promise.all([deps.countArticles(), deps.editorial.store.listRecentlyApproved(8), hasMedicalReviewers(deps)]);
    const q = c.req.query('q');
    const frame = frameOf(c);
    if (q === undefined || q.trim() === '') {
      const audience = pickAudience(getCookie(c, AUDIENCE_COOKIE));
      return c.html(renderHomePage({ frame, articles, recent, audience, board }));
    }
    // A quick, unstored answer for links of the form /?q=...; asking with the form stores an article.
    const audience = deps.checkAudience(c.req.query('audience'));
    const question = deps.checkQuestion(q);
    const [answer, reviewed] = await Promise.all([deps.ask(question, audience), reviewedArticleFor(deps, question)]);
    return c.html(renderHomePage({ frame, articles, recent, audience, answer, board, reviewed }));
  });

  app.get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    const results = query ? await deps.editorial.store.searchPublished(query, 20) : [];
    const audience = pickAudience(getCookie(c, AUDIENCE_COOKIE));
    return c.html(renderSearchPage({ frame: frameOf(c), query, results, audience }));
  });

  app.post('/ask', async (c) => {
    const form = askFormSchema.safeParse(await c.req.parseBody());
    if (!form.success) throw new ClinqError('invalid_request', issuesText(form.error));
    const question = deps.checkQuestion(form.data.question);
    const actor = c.get('viewer').user;
    const { article } = await askAndStore(deps, { question, actor, admit: () => newAnswers.admit(clientAddress(c, deps.trustedProxies), actor) });
    const audience = form.data.audience;
    if (audience) setSiteCookie(c, AUDIENCE_COOKIE, audience, YEAR_SECONDS);
    return c.redirect(articleUrl(article) + (audience ? `?audience=${audience}` : ''), 303);
  });

  app.get('/editorial-policy', (c) => c.html(renderEditorialPolicyPage({ frame: frameOf(c) })));
}
