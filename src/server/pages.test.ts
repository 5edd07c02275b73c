import { describe, expect, it } from 'vitest';
import { addUser, addVersion, approveVersion, createAnonymousCsrf, resubmit, startReview, submitForReview } from '../editorial/index.js';
import { ClinqError } from '../domain/index.js';
import { checkQuestion } from '../clinq.js';
import { STYLES } from './pages/styles.js';
import { fakeAnswer, makeHarness } from './test-harness.js';

const SCRIPT = '<script>alert(1)</script>';

describe('CSRF protection', () => {
  it.each(['anonymous', 'editor', 'reviewer', 'admin'] as const)('refuses a %s form POST without a token with 403', async (who) => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const forms = ['follow-ups', 'actions/submit', 'edit', 'regenerate', 'comments'].map((f) => `/articles/${article.slug}/${f}`);
    for (const path of ['/ask', ...forms, '/logout', '/admin/users', '/login']) {
      const form = { question: 'What causes gout?', version: '1', 'text.direct': 'Changed.', point: 'direct', body: 'Old source.' };
      const res = await h.request(who, path, { form, csrf: false });
      expect(res.status, `${who} POST ${path}`).toBe(403);
    }
    expect(h.asked).toEqual([]);
    const after = await h.store.findArticle(article.id);
    expect(after?.reviewState).toBe('draft');
    expect(after?.currentVersion).toBe(1);
    expect(await h.store.listReviewComments(article.id)).toEqual([]);
  });

  it('refuses a token of another session, a forged anonymous token and a cookie/field mismatch', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const otherSession = await h.request('editor', `/articles/${article.slug}/actions/submit`, { form: {}, csrf: h.tokens.admin });
    expect(otherSession.status).toBe(403);
    const forged = createAnonymousCsrf('not-the-server-secret');
    expect((await h.request('anonymous', '/ask', { form: { question: 'gout?' }, csrf: forged })).status).toBe(403);
    const minted = createAnonymousCsrf('test-secret');
    // A valid token that is not the one in the reader's cookie: a cross-site page cannot set our cookie.
    expect((await h.request('anonymous', '/ask', { form: { question: 'gout?' }, csrf: minted })).status).toBe(403);
  });

  it('refuses a question whose bytes were not UTF-8 (decoded to U+FFFD) instead of storing it garbled', async () => {
    const h = await makeHarness();
    const res = await h.request('anonymous', '/ask', { form: { question: 'caf\uFFFD and gout?' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('>Your question has bytes that are not UTF-8 text (sent in another encoding?); send it as UTF-8.</p>');
    expect(h.asked).toEqual([]);
  });

  it('refuses a form that sends a field twice with a 400 naming the field, instead of reading the last one', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const sends = [
      ['/ask', 'question=What%20causes%20gout%3F&question=Is%20it%20safe%3F', 'question'],
      [`/articles/${article.slug}/follow-ups`, 'question=How%20long%3F&question=For%20whom%3F', 'question'],
      [`/articles/${article.slug}/comments`, 'point=direct&body=One&body=Two', 'body'],
    ] as const;
    for (const [path, fields, name] of sends) {
      const res = await h.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: h.cookies.anonymous },
        body: `${fields}&_csrf=${encodeURIComponent(h.tokens.anonymous)}`,
      });
      expect(res.status, path).toBe(400);
      expect(await res.text(), path).toContain(`field &quot;${name}&quot; came more than once`);
    }
    expect(h.asked).toEqual([]);
    expect(await h.store.listReviewComments(article.id)).toEqual([]);
    // A field named like an array ("question[]"), sent once, is no repeat: it is refused as the unknown field it is.
    const once = await h.app.request('/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: h.cookies.anonymous },
      body: `question%5B%5D=gout&_csrf=${encodeURIComponent(h.tokens.anonymous)}`,
    });
    expect(await once.text()).not.toContain('came more than once');
  });

  it('refuses a POST sent as JSON to a form route as not a form, even with the token inside', async () => {
    const h = await makeHarness();
    const res = await h.app.request('/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: h.cookies.anonymous },
      body: JSON.stringify({ question: 'gout?', _csrf: h.tokens.anonymous }),
    });
    expect(res.status).toBe(415);
    expect(h.asked).toEqual([]);
  });
});

describe('cookies', () => {
  it('are HttpOnly and SameSite=Lax, and Secure over https', async () => {
    const h = await makeHarness();
    const plain = (await h.app.request('http://example.org/')).headers.get('set-cookie') ?? '';
    expect(plain).toMatch(/clinq_csrf=.*HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).not.toMatch(/Secure/);
    const secure = (await h.app.request('https://example.org/')).headers.get('set-cookie') ?? '';
    expect(secure).toMatch(/Secure/);
  });

  it('remember the chosen audience', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    const chosen = await h.request('anonymous', `/articles/${article.slug}?audience=patient`);
    expect(chosen.headers.get('set-cookie')).toMatch(/clinq_audience=patient; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/);
    const later = await h.app.request(`/articles/${article.slug}`, { headers: { cookie: 'clinq_audience=patient' } });
    expect(await later.text()).toContain('[patient] Colchicine reduces gout flares.');
  });
});

describe('the sign-in page', () => {
  it('says how the first account is made on a fresh install, which has no sign-up', async () => {
    const fresh = await makeHarness({ withoutAccounts: true });
    const page = await (await fresh.request('anonymous', '/login')).text();
    expect(page).toContain('No accounts exist yet. Whoever runs this site adds the first administrator on the server with <code>clinq user add --role admin EMAIL</code>');
    const h = await makeHarness();
    expect(await (await h.request('anonymous', '/login')).text()).not.toContain('No accounts exist yet');
  });
});

describe('signing in', () => {
  it('starts a session for the right password and refuses a wrong one', async () => {
    const h = await makeHarness();
    await addUser(h.editorial, { email: 'nina@example.org', name: 'Nina Nurse', role: 'editor', password: 'correct horse battery' }, 'system');
    const wrong = await h.request('anonymous', '/login', { form: { email: 'nina@example.org', password: 'wrong password!!' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('not right');
    const right = await h.request('anonymous', '/login', { form: { email: 'nina@example.org', password: 'correct horse battery', next: '//evil.example' } });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/review');
    const cookie = /clinq_session=([^;]+)/.exec(right.headers.get('set-cookie') ?? '')?.[1];
    expect(cookie).toBeTruthy();
    const desk = await h.app.request('/review', { headers: { cookie: `clinq_session=${cookie}` } });
    expect(desk.status).toBe(200);
    expect(await desk.text()).toContain('Sign out');
  });

  it.each(['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', ' /\/evil.example', 'https://evil.example/'])(
    'never sends a fresh sign-in on to another site (next=%j)',
    async (next) => {
      const h = await makeHarness();
      await addUser(h.editorial, { email: 'nina@example.org', name: 'Nina Nurse', role: 'editor', password: 'correct horse battery' }, 'system');
      const res = await h.request('anonymous', '/login', { form: { email: 'nina@example.org', password: 'correct horse battery', next } });
      expect(res.headers.get('location')).toBe('/review');
    },
  );

  it('sends a fresh sign-in back to the page on this site that asked for it', async () => {
    const h = await makeHarness();
    await addUser(h.editorial, { email: 'nina@example.org', name: 'Nina Nurse', role: 'editor', password: 'correct horse battery' }, 'system');
    const res = await h.request('anonymous', '/login', { form: { email: 'nina@example.org', password: 'correct horse battery', next: '/articles/gout-flares/edit?x=1' } });
    expect(res.headers.get('location')).toBe('/articles/gout-flares/edit?x=1');
  });
});

describe('sign-in rate limiting', () => {
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
  const attempt = (h: Awaited<ReturnType<typeof makeHarness>>, email: string, password: string, address = '10.0.0.1') =>
    h.app.request(
      '/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: h.cookies.anonymous },
        body: new URLSearchParams({ email, password, _csrf: h.tokens.anonymous }).toString(),
      },
      from(address),
    );

  it('answers 429 with a clear message after 5 failures for one email from one address, even to the right password', async () => {
    const h = await makeHarness();
    await addUser(h.editorial, { email: 'nina@example.org', name: 'Nina Nurse', role: 'editor', password: 'correct horse battery' }, 'system');
    for (let i = 0; i < 5; i++) expect((await attempt(h, 'nina@example.org', `guess ${i}`)).status).toBe(401);
    const locked = await attempt(h, 'NINA@example.org', 'correct horse battery');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(await locked.text()).toContain('Too many failed sign-in attempts for this email. For your account&#39;s safety, sign-in is paused: try again in 15 minutes.');
    // Another address, or another email from the same address, is not locked out.
    expect((await attempt(h, 'nina@example.org', 'correct horse battery', '10.0.0.2')).status).toBe(303);
    expect((await attempt(h, 'other@example.org', 'wrong', '10.0.0.1')).status).toBe(401);
  });

  it('counts guesses sent in parallel', async () => {
    const h = await makeHarness();
    await addUser(h.editorial, { email: 'nina@example.org', name: 'Nina Nurse', role: 'editor', password: 'correct horse battery' }, 'system');
    const statuses = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(h, 'nina@example.org', `guess ${i}`)).map(async (r) => (await r).status));
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  });

  it('locks out the client named by X-Forwarded-For behind a trusted proxy, not everyone behind that proxy', async () => {
    const h = await makeHarness({ trustedProxies: 1 });
    await addUser(h.editorial, { email: 'nina@example.org', name: 'Nina Nurse', role: 'editor', password: 'correct horse battery' }, 'system');
    const via = (client: string, password: string) =>
      h.app.request(
        '/login',
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: h.cookies.anonymous, 'x-forwarded-for': client },
          body: new URLSearchParams({ email: 'nina@example.org', password, _csrf: h.tokens.anonymous }).toString(),
        },
        from('127.0.0.1'),
      );
    for (let i = 0; i < 5; i++) expect((await via('203.0.113.66', `guess ${i}`)).status).toBe(401);
    expect((await via('203.0.113.66', 'correct horse battery')).status).toBe(429);
    expect((await via('spoofed, 203.0.113.66', 'correct horse battery')).status).toBe(429);
    expect((await via('203.0.113.5', 'correct horse battery')).status).toBe(303);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const h = await makeHarness();
    await addUser(h.editorial, { email: 'nina@example.org', name: 'Nina Nurse', role: 'editor', password: 'correct horse battery' }, 'system');
    for (let i = 0; i < 4; i++) await attempt(h, 'nina@example.org', 'wrong');
    expect((await attempt(h, 'nina@example.org', 'correct horse battery')).status).toBe(303);
    for (let i = 0; i < 4; i++) expect((await attempt(h, 'nina@example.org', 'wrong')).status).toBe(401);
  });
});

describe('limit on new answers from the site', () => {
  it('shows a reader over the limit a readable page with Retry-After instead of storing another draft', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 2 });
    for (const q of ['Does colchicine help gout?', 'Is allopurinol safe?']) expect((await h.request('anonymous', '/ask', { form: { question: q } })).status).toBe(303);
    const refused = await h.request('anonymous', '/ask', { form: { question: 'Is febuxostat safe?' } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const page = await refused.text();
    // The question waits in the box, with the reason above it, for the reader to send again.
    expect(page).toContain('<p id="ask-error" class="error" role="alert">This address has asked 2 new questions in the last minute, the most allowed; try again in 60 seconds');
    expect(page).toMatch(/<input id="ask-question"[^>]*value="Is febuxostat safe\?"/);
    expect(h.asked).toHaveLength(2);
    // A question that already has an article still leads to it.
    expect((await h.request('anonymous', '/ask', { form: { question: 'is allopurinol safe' } })).status).toBe(303);
  });

  it('says "1 new question" when the limit is one', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 1 });
    expect((await h.request('anonymous', '/ask', { form: { question: 'Does colchicine help gout?' } })).status).toBe(303);
    const page = await (await h.request('anonymous', '/ask', { form: { question: 'Is allopurinol safe?' } })).text();
    expect(page).toContain('This address has asked 1 new question in the last minute');
  });

  it('counts follow-ups, which store draft articles too', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 1 });
    const article = await h.articleIn('draft');
    const path = `/articles/${article.slug}/follow-ups`;
    expect((await h.request('anonymous', path, { form: { question: 'What dose?' } })).status).toBe(303);
    const refused = await h.request('anonymous', path, { form: { question: 'For how long?' } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The article is shown again with the follow-up waiting in its box.
    const page = await refused.text();
    expect(page).toContain(`<h1 id="article-title" dir="auto">${article.question}</h1>`);
    expect(page).toContain('<p id="follow-error" class="error" role="alert">This address has asked 1 new question in the last minute');
    expect(page).toMatch(/<input id="follow-question"[^>]*value="For how long\?"[^>]*aria-invalid="true" aria-describedby="follow-error"/);
  });

  it('names an empty or two-letter follow-up as such, as the ask form does', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const empty = await (await h.request('anonymous', `/articles/${article.slug}/follow-ups`, { form: { question: '   ' } })).text();
    expect(empty).toContain('<p id="follow-error" class="error" role="alert">Your question is empty; ask something, e.g. &quot;What about treatment?&quot;</p>');
    const short = await (await h.request('anonymous', `/articles/${article.slug}/follow-ups`, { form: { question: 'ok' } })).text();
    expect(short).toContain('Your question is too short (2 characters); ask a whole question');
  });

  it('gives a follow-up that is too long back in its box under the article, with the limit, instead of cutting it short', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const long = `What about ${'the dose and '.repeat(45)}timing?`;
    const res = await h.request('anonymous', `/articles/${article.slug}/follow-ups`, { form: { question: long } });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain(`<p id="follow-error" class="error" role="alert">Your question is ${long.length} characters long; the limit for a follow-up is 500.</p>`);
    // Signing in from here comes back to the article, not to the follow-up form's POST address.
    expect(page).toContain(`<a href="/login?next=${encodeURIComponent(`/articles/${article.slug}`)}">Sign in</a>`);
    expect(page).toContain(`value="${long}"`);
    expect(page).not.toMatch(/<input id="follow-question"[^>]*maxlength/);
    expect(h.asked).toEqual([]);
  });

  it('does not limit signed-in staff', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 1 });
    for (const who of ['reviewer', 'admin', 'editor'] as const) {
      for (const q of ['one', 'two', 'three']) expect((await h.request(who, '/ask', { form: { question: `${who} question ${q}?` } })).status).toBe(303);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('allows scripts and styles only from the site and forbids framing', async () => {
    const h = await makeHarness();
    const csp = (await h.request('anonymous', '/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('is kept by every page: no inline script or style, the assets linked instead', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('under_review');
    for (const path of ['/', `/articles/${article.slug}`, `/articles/${article.slug}/edit`, '/login', '/review', '/admin/users', '/no-such-page']) {
      const html = await (await h.request('admin', path)).text();
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toContain('<style');
      expect(html, path).not.toMatch(/\sstyle="/);
      expect(html, path).not.toMatch(/\son[a-z]+="/);
      expect(html, path).toMatch(/<link rel="stylesheet" href="\/assets\/site\.css\?v=[0-9a-f]{12}"\/>/);
    }
  });

  it('serves the assets with long caching for the linked version, no cookies, and revalidation', async () => {
    const h = await makeHarness();
    const html = await (await h.request('anonymous', '/')).text();
    const cssUrl = /href="(\/assets\/site\.css\?v=[0-9a-f]+)"/.exec(html)?.[1] ?? '';
    const jsUrl = /src="(\/assets\/site\.js\?v=[0-9a-f]+)"/.exec(html)?.[1] ?? '';
    const css = await h.app.request(cssUrl);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('set-cookie')).toBeNull();
    expect(await css.text()).toContain('.skip-link');
    const js = await h.app.request(jsUrl);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await js.text();
    expect(script).toContain('data-autosubmit');
    expect(script).toContain('data-busy-note');
    const again = await h.app.request('/assets/site.css', { headers: { 'if-none-match': css.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
    expect((await h.app.request('/assets/site.css?v=old')).headers.get('cache-control')).toBe('public, max-age=300');
  });
});

describe('the question forms while an answer is written', () => {
  it('carry the note the script shows once sent, and an empty status line for it, on the home page and under an article', async () => {
    const h = await makeHarness();
    const home = await (await h.request('anonymous', '/')).text();
    const askForm = /<form class="ask"[^>]*>[\s\S]*?<\/form>/.exec(home)?.[0] ?? '';
    expect(askForm).toContain('data-busy-note="Searching the research and writing the answer: this can take a few seconds."');
    expect(askForm).toMatch(/<p class="busy-note" aria-live="polite" data-busy="true"><\/p>/);
    const res = await h.request('anonymous', '/ask', { form: { question: 'What is gout?' } });
    const article = await (await h.request('anonymous', res.headers.get('location')!.split('?')[0]!)).text();
    const followForm = /<form [^>]*class="ask-row follow[^>]*>[\s\S]*?<\/form>/.exec(article)?.[0] ?? '';
    expect(followForm).toContain('data-busy-note=');
    expect(followForm).toContain('aria-live="polite"');
  });
});

describe('the site icon', () => {
  it('is linked from every page and answers /favicon.ico, without cookies', async () => {
    const h = await makeHarness();
    const html = await (await h.request('anonymous', '/')).text();
    const iconUrl = /<link rel="icon" type="image\/svg\+xml" href="(\/assets\/icon\.svg\?v=[0-9a-f]{12})"\/>/.exec(html)?.[1];
    expect(iconUrl).toBeDefined();
    const icon = await h.app.request(iconUrl ?? '');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toContain('<svg');
    const favicon = await h.app.request('/favicon.ico');
    expect(favicon.status).toBe(301);
    expect(favicon.headers.get('location')).toBe(iconUrl);
    expect(favicon.headers.get('set-cookie')).toBeNull();
  });
});

describe('the article page', () => {
  it('shows the pending banner, noindex and the first step until approved', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('submitted');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).toContain('This content is pending human review and is for educational purposes');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toMatch(/<li class="done" aria-current="step">.*Submitted/);
    expect(html).toContain('<p class="status-note">Submitted: waiting for review by our Medical Advisory Board</p>');
  });

  it('says a new article is unreviewed once, in its steps and banner, not again in a line under the date', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    const header = html.slice(html.indexOf('<header class="article-head">'), html.indexOf('</header>', html.indexOf('article-head')));
    expect(header).toContain('<p class="byline">Last updated <time');
    expect(header).not.toContain('Not yet reviewed');
    expect(header).toContain('<p class="status-note">Draft: not yet submitted for review</p>');
    expect(html.split('pending human review').length - 1).toBe(1);
  });

  it('names the reviewer with credentials and drops the banner once approved', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).not.toContain('pending human review');
    expect(html).not.toContain('noindex');
    expect(html).toContain('Last reviewed by <strong>Dr Rita Reviewer, MD, FACP</strong> on <time');
    expect(html).toContain('Last updated <time');
    expect(html).toMatch(/<li class="done" aria-current="step">.*Approved/);
  });

  it('says once why the evidence is insufficient, without an empty evidence card', async () => {
    const reason = 'The best article found speaks of thyroid but not of weight or gain.';
    const h = await makeHarness({
      answerFor: (question) => ({ ...fakeAnswer(question), status: 'insufficient_evidence', direct: null, sections: [], references: [], evidenceSummary: reason }),
    });
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).toContain('Not enough evidence');
    expect(html.split(reason).length - 1).toBe(1);
    expect(html).not.toContain('Strength of the evidence');
  });

  it('shows an article with no answer as a search that found none, not as content awaiting review', async () => {
    const reason = 'clinq searched its 1,896 research articles for complexins and found no study that answers this question.';
    const h = await makeHarness({
      answerFor: (question) => ({ ...fakeAnswer(question), status: 'insufficient_evidence', direct: null, sections: [], references: [], evidenceSummary: reason }),
    });
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}?audience=patient`)).text();
    expect(html).toContain('No answer found in the research');
    expect(html).toContain(reason);
    expect(html).toContain('<p class="byline">Searched on <time');
    for (const workflow of ['class="steps"', 'pending human review', 'Not yet reviewed', 'id="versions-title"', 'not reviewed yet', 'Have a follow-up question?', 'action="/ask"']) {
      expect(html, workflow).not.toContain(workflow);
    }
    // What to do next: the question back in the thread's box, to ask again on this page; the disclaimer and audience switch stay.
    expect(html).toContain('<h2 id="follow-title">Ask it another way</h2>');
    expect(html).toMatch(new RegExp(`<form method="post" action="/articles/${article.slug}/follow-ups"[^]*value="${article.question.replace(/[?]/g, '\\?')}"`));
    expect(html).toContain('aria-label="Professional disclaimer"');
    expect(html).toContain('says nothing about your health either way. This page is not a substitute for professional medical');
    // A clinician asks about patients: "your health" is not theirs to hear; a caregiver hears of the person they care for.
    const nurse = await (await h.request('anonymous', `/articles/${article.slug}?audience=nurse`)).text();
    expect(nurse).toContain('is not evidence either way: the studies it holds may simply not cover it. This page is not a substitute');
    expect(nurse).not.toContain('your health');
    const caregiver = await (await h.request('anonymous', `/articles/${article.slug}?audience=caregiver`)).text();
    expect(caregiver).toContain('says nothing about their health either way.');
    expect(html).not.toContain('reworded automatically');
    expect(html).toContain('<legend>Which best describes you?</legend>');
    // Staff still see the versions, where a regenerated answer would appear.
    const staff = await (await h.request('editor', `/articles/${article.slug}`)).text();
    expect(staff).toContain('id="versions-title"');
  });

  it('links every [n] to the reference list and carries the quoted sentence', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).toContain('href="#ref-1"');
    // The quote appears once per citation, in the tip, not again as a title the browser would also show.
    expect(html).toMatch(/href="#ref-1" aria-label="Reference 1">\[1\]<\/a><span class="tip" role="tooltip"><span class="tip-label">Source sentence, reference 1:<\/span> “Colchicine reduced gout flares\.”/);
    expect(html).not.toContain('title="Colchicine reduced gout flares."');
    expect(html).toContain('<li id="ref-1">');
    expect(html).toContain('https://pubmed.ncbi.nlm.nih.gov/123/');
    expect(html).toContain('Randomised controlled trial');
    expect(html).toContain('href="/editorial-policy"');
    expect(html).toContain('Professional disclaimer');
  });

  it('words the evidence summary plainly when the study designs are not classified', async () => {
    const h = await makeHarness({
      answerFor: (q) => {
        const answer = fakeAnswer(q);
        const references = answer.references.map((r) => ({ ...r, publicationTypes: ['Journal Article'], evidenceLevel: 'other' as const }));
        return { ...answer, references, evidenceSummary: 'Based on 1 other article.' };
      },
    });
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).not.toContain('other article');
    expect(html).toContain('<p>Based on 1 article not classified by study design.</p>');
    expect(html).toContain('The cited records do not say whether they are trials, reviews or another study design');
  });

  it('says the design named in the summary is the abstract\'s own words when records are not indexed by design', async () => {
    const h = await makeHarness({
      answerFor: (q) => {
        const answer = fakeAnswer(q);
        const references = answer.references.map((r) => ({ ...r, publicationTypes: ['Journal Article'], evidenceLevel: 'other' as const }));
        return { ...answer, references, evidenceSummary: 'Based on 1 other article; its abstract describes it as a randomized, double-blind trial.' };
      },
    });
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).toContain('the design named above is as the abstract itself states it');
    expect(html).not.toContain('do not say whether they are trials');
  });

  it('says a reference’s source record gives no journal or year when it gives neither, before the evidence tag', async () => {
    const h = await makeHarness({
      answerFor: (q) => {
        const answer = fakeAnswer(q);
        const references = answer.references.map((r) => ({ ...r, journal: '', year: null, publicationTypes: [], evidenceLevel: 'other' as const }));
        return { ...answer, references };
      },
    });
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).toContain('<div class="meta"><span class="ref-facts">Journal and year not given in the source record</span><span class="tag">Not classified</span></div>');
    // The PubMed link stays: it is where the reader finds the journal and year.
    expect(html).toMatch(/<a class="pubmed" href="https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/" rel="noopener">PubMed \d+/);
    const full = await makeHarness();
    const shown = await full.articleIn('draft');
    const withFacts = await (await full.request('anonymous', `/articles/${shown.slug}`)).text();
    expect(withFacts).toContain('<div class="meta"><span class="ref-facts">Test Journal · 2020 · Randomized Controlled Trial</span><span class="tag">');
  });

  it('re-renders the answer for the chosen reader', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}?audience=patient`)).text();
    expect(html).toContain('[patient] Colchicine reduces gout flares.');
    expect(html).toContain('value="patient" checked=""');
  });

  it('shows review buttons only for what the person may do', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('under_review');
    const asEditor = await (await h.request('editor', `/articles/${article.slug}`)).text();
    expect(asEditor).toContain('Review desk');
    expect(asEditor).not.toContain('Approve this version');
    expect(asEditor).toContain('Editing and regenerating are closed while a reviewer has this version under review.');
    expect(asEditor).not.toContain(`/articles/${article.slug}/edit`);
    const asReviewer = await (await h.request('reviewer', `/articles/${article.slug}`)).text();
    expect(asReviewer).toContain('Approve this version');
    expect(asReviewer).toContain('Request changes');
    expect(asReviewer).toContain('Your comment on the short answer');
    const asReader = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(asReader).not.toContain('Review desk');
  });

  it('counts the history on the review desk in words that agree: 1 entry, 2 entries', async () => {
    const h = await makeHarness();
    const draft = await h.articleIn('draft');
    expect(await (await h.request('editor', `/articles/${draft.slug}`)).text()).toContain('<summary>History (1 entry)</summary>');
    const submitted = await h.articleIn('submitted');
    expect(await (await h.request('editor', `/articles/${submitted.slug}`)).text()).toContain('<summary>History (2 entries)</summary>');
  });

  it('gives each history entry its time, and sets a comment off from the version it follows', async () => {
    const h = await makeHarness({ clock: () => new Date('2026-03-01T09:05:00Z') });
    const article = await h.articleIn('approved');
    await addVersion(h.editorial, { actor: h.users.editor, articleId: article.id, answer: fakeAnswer(article.question), kind: 'edit', comment: 'Removed a point.' });
    const page = await (await h.request('editor', `/articles/${article.slug}`)).text();
    expect(page).toContain('<time datetime="2026-03-01T09:05:00.000Z">1 March 2026, 09:05 UTC</time>: Ed Editor — made a new version');
    expect(page).toMatch(/, version 2: <q>Removed a point\.<\/q><\/li>/);
  });

  it('prints as its answer, evidence and references: navigation, reader picker, forms and version links left out', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).toContain('<form class="audience no-print"');
    expect(html).toMatch(/<form method="post" action="[^"]+\/follow-ups" class="ask-row follow no-print"[^>]*>/);
    expect(html).toContain('<section class="card no-print" aria-labelledby="versions-title">');
    const print = STYLES.slice(STYLES.indexOf('@media print'));
    expect(print).toMatch(/\.skip-link, header\.site nav, \.no-print, \.desk-link, \.desk,[^{]*main form,[^{]*\.follow-ups:not\(:has\(\.thread\)\)[^{]*\{ display:none !important; \}/);
    // References stay, with the address each link went to.
    expect(print).toContain('ol.refs a.pubmed::after { content: " " attr(href); }');
  });

  it('turns dark on a screen set to dark, giving every colour of the light theme again, and prints light', () => {
    const dark = STYLES.slice(STYLES.indexOf('@media screen and (prefers-color-scheme: dark)'));
    expect(dark.length).toBeLessThan(STYLES.length);
    const names = (css: string) => [...new Set([...css.matchAll(/(--[a-z-]+):/g)].map((m) => m[1]))].sort();
    const light = /:root \{([^}]*)\}/.exec(STYLES)?.[1] ?? '';
    const darkRoot = /:root \{([^}]*)\}/.exec(dark)?.[1] ?? '';
    expect(names(light).length).toBeGreaterThan(5);
    expect(names(darkRoot)).toEqual(names(light));
    expect(darkRoot).toContain('color-scheme: dark');
    // The dark card colour is given after the light theme's tinted cards, so those are tinted again.
    expect(dark.indexOf('.insufficient, .card.confirm { background: var(--warn); }')).toBeGreaterThan(dark.indexOf('.card, .steps .dot'));
  });

  it('answers 404 with a page for an unknown slug or version', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const missing = await h.request('anonymous', '/articles/no-such-thing');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    expect((await h.request('anonymous', `/articles/${article.slug}/versions/7`)).status).toBe(404);
    expect((await h.request('anonymous', '/articles/Bad%20Slug')).status).toBe(404);
  });

  it('shows the follow-up thread with a link to the follow-up article', async () => {
    const h = await makeHarness();
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'What about treatment?' } });
    const html = await (await h.request('anonymous', '/articles/what-causes-gout')).text();
    expect(html).toContain('<p class="thread-q" dir="auto">What about treatment?</p>');
    expect(html).toContain('href="/articles/what-about-treatment-gout"');
    // How the thread read the follow-up, so a reader can tell when it was taken otherwise than meant.
    expect(html).toContain('<p class="meta thread-asked" dir="auto">Answered as: What about treatment? (gout)</p><p class="thread-a">');
  });

  it('says a follow-up the research gave no answer to was searched as, not answered as, the thread read it', async () => {
    const none = (question: string) => ({ ...fakeAnswer(question), status: 'insufficient_evidence' as const, direct: null, sections: [], references: [], evidenceSummary: 'No sentence speaks of stay.' });
    const h = await makeHarness({ answerFor: (q) => (q.startsWith('How long') ? none(q) : fakeAnswer(q)) });
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'How long do patients stay?' } });
    const html = await (await h.request('anonymous', '/articles/what-causes-gout')).text();
    expect(html).toContain('<p class="meta thread-asked" dir="auto">Searched as: How long do patients stay? (gout)</p>');
    expect(html).not.toContain('Answered as: How long');
  });

  it('refuses a follow-up with no letters or digits in its box, as the home page refuses such a question, storing nothing', async () => {
    const h = await makeHarness({ checkQuestion: (input) => checkQuestion(input, 2000) });
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    const res = await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: '😀😀😀😀😀' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Your question has no letters or digits.');
    expect(h.asked).toEqual(['What causes gout?']);
    const html = await (await h.request('anonymous', '/articles/what-causes-gout')).text();
    expect(html).not.toContain('class="thread-q"');
  });

  it('asks a follow-up that goes on from the last one with what that one asked, and shows the form below the thread', async () => {
    const h = await makeHarness();
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'How is it treated?' } });
    await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'And the side effects?' } });
    expect(h.asked.slice(1)).toEqual(['How is it treated? (gout)', 'And the side effects? (treated gout)']);
    const html = await (await h.request('anonymous', '/articles/what-causes-gout')).text();
    expect(html.indexOf('action="/articles/what-causes-gout/follow-ups"')).toBeGreaterThan(html.indexOf('And the side effects?</p>'));
  });

  it('folds all but the last five turns of a long thread under one summary, keeping each turn\'s anchor', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100 });
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    for (let i = 1; i <= 12; i++) {
      await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: `What about question number ${i}?` } });
    }
    const html = await (await h.request('anonymous', '/articles/what-causes-gout')).text();
    const folded = /<details class="thread-earlier"><summary>Earlier follow-up questions \(7\)<\/summary>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(folded.match(/<li id="follow-up-\d+">/g)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `<li id="follow-up-${n}">`));
    // A folded turn is sent small: its question linking to its own page, its state and short answer; no "Answered as"
    // and no second link, which its own page has.
    expect(folded).toMatch(/<li id="follow-up-3"><p class="thread-q" dir="auto"><a href="\/articles\/[^"]+">What about question number 3\?<\/a><\/p><p class="thread-a"><span class="state">Not yet reviewed<\/span> /);
    expect(folded).not.toContain('Answered as');
    expect(folded).not.toContain('Read the full cited answer');
    const open = html.slice(html.indexOf('</details>'));
    expect(open.match(/<li id="follow-up-\d+">/g)).toEqual([8, 9, 10, 11, 12].map((n) => `<li id="follow-up-${n}">`));
    expect(open.match(/Read the full cited answer/g)).toHaveLength(5);
    expect(open).toContain('<ol class="thread" aria-label="Latest follow-up questions">');
    // Six turns are not worth a fold: one more click to hide one turn.
    const short = await makeHarness({ newAnswersPerMinute: 100 });
    await short.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    for (let i = 1; i <= 6; i++) {
      await short.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: `What about question number ${i}?` } });
    }
    const shortHtml = await (await short.request('anonymous', '/articles/what-causes-gout')).text();
    expect(shortHtml).not.toContain('<details class="thread-earlier">');
    expect(shortHtml.match(/<li id="follow-up-\d+">/g)).toHaveLength(6);
    // Printed, the folded turns are shown: paper cannot open a <details>.
    expect(STYLES).toMatch(/@media print \{[^@]*\.thread-earlier::details-content \{ content-visibility: visible; \}/);
  });

  it('takes no follow-up past the hundredth of a thread, and offers a new question instead of the box', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 0 });
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    for (let i = 1; i <= 100; i++) {
      await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: `What about question number ${i}?` } });
    }
    const full = await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'And one more?' } });
    expect(full.status).toBe(400);
    expect(await full.text()).toContain('This thread has 100 follow-up questions, the most one article takes; ask yours as a new question on the home page.');
    expect(h.asked).toHaveLength(101);
    const html = await (await h.request('anonymous', '/articles/what-causes-gout')).text();
    expect(html).not.toContain('action="/articles/what-causes-gout/follow-ups"');
    expect(html).toContain('This thread has reached 100 follow-up questions. <a href="/">Ask yours as a new question</a>.');
    // A question already in the thread is still shown again.
    const again = await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'What about question number 7?' } });
    expect(again.headers.get('location')).toBe('/articles/what-causes-gout#follow-up-7');
  });

  it('opens a yes/no follow-up\'s answer in the thread with its verdict', async () => {
    const h = await makeHarness({ answerFor: (q) => (q.startsWith('Is it') ? { ...fakeAnswer(q), verdict: 'yes' as const } : fakeAnswer(q)) });
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'Is it hereditary?' } });
    const html = await (await h.request('anonymous', '/articles/what-causes-gout')).text();
    expect(html).toMatch(/<p class="thread-a"><strong class="thread-verdict">Short answer: yes\. <\/strong>Colchicine/);
  });

  it('shows a follow-up already in the thread again instead of asking and storing it twice', async () => {
    const h = await makeHarness();
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'What about treatment?' } });
    const again = await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'what about  treatment' } });
    expect(again.headers.get('location')).toBe('/articles/what-causes-gout#follow-up-1');
    expect(h.asked).toHaveLength(2);
  });

  it('asks a follow-up on a subject of its own as typed when it is answered only apart from the thread\'s topic', async () => {
    const insufficient = (q: string) => ({ ...fakeAnswer(q), status: 'insufficient_evidence' as const, direct: null, sections: [], references: [], evidenceSummary: 'Nothing.' });
    const h = await makeHarness({ answerFor: (q) => (q.includes('(') ? insufficient(q) : fakeAnswer(q)) });
    await h.request('anonymous', '/ask', { form: { question: 'What is retinoblastoma?' } });
    await h.request('anonymous', '/articles/what-is-retinoblastoma/follow-ups', { form: { question: 'Also, what is Norrie disease?' } });
    await h.request('anonymous', '/articles/what-is-retinoblastoma/follow-ups', { form: { question: 'Is it hereditary?' } });
    expect(h.asked.slice(1)).toEqual(['Also, what is Norrie disease? (retinoblastoma)', 'Also, what is Norrie disease?', 'Is it hereditary? (retinoblastoma)']);
    const html = await (await h.request('anonymous', '/articles/what-is-retinoblastoma')).text();
    expect(html).toContain('href="/articles/also-what-is-norrie-disease"');
    expect(html).toContain('href="/articles/is-it-hereditary-retinoblastoma"');
  });

  it('marks a follow-up the research gave no answer to as such in the thread, not as an answer awaiting review', async () => {
    const insufficient = (q: string) => ({ ...fakeAnswer(q), status: 'insufficient_evidence' as const, direct: null, sections: [], references: [], evidenceSummary: 'Nothing found.' });
    const h = await makeHarness({ answerFor: (q) => (q.includes('(') ? insufficient(q) : fakeAnswer(q)) });
    await h.request('anonymous', '/ask', { form: { question: 'What is retinoblastoma?' } });
    await h.request('anonymous', '/articles/what-is-retinoblastoma/follow-ups', { form: { question: 'Is it hereditary?' } });
    const html = await (await h.request('anonymous', '/articles/what-is-retinoblastoma')).text();
    const thread = html.slice(html.indexOf('id="follow-up-1"'));
    expect(thread).toMatch(/^[^]*?<p class="thread-state"><span class="state">No answer found<\/span><\/p>/);
    expect(thread).toMatch(/<a href="[^"]+" class="more">See what was searched<span class="visually-hidden"> for “Is it hereditary\?”<\/span> →<\/a>/);
    expect(thread.slice(0, thread.indexOf('</li>'))).not.toContain('Not yet reviewed');
  });

  it('claims a Medical Advisory Board on the home and article pages only while a reviewer account is active', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const pages = async () => [await (await h.request('anonymous', '/')).text(), await (await h.request('anonymous', `/articles/${article.slug}`)).text()];
    const [home, page] = await pages();
    expect(home).toContain('our Medical Advisory Board');
    expect(page).toContain('It has not yet been approved by our Medical Advisory Board.');
    await h.store.updateUser(h.users.reviewer.id, { disabled: true });
    const [freshHome, freshPage] = await pages();
    for (const html of [freshHome, freshPage]) expect(html).not.toContain('Medical Advisory Board');
    expect(freshHome).toContain('articles are pending review by the site’s medical reviewers.');
    expect(freshPage).toContain('It has not yet been approved by the site’s medical reviewers.');
  });

  it('says an approved article was approved by the Medical Advisory Board while one exists, else by a reviewer', async () => {
    const h = await makeHarness();
    const approved = await h.articleIn('approved');
    const underReview = await h.articleIn('under_review');
    const note = async (slug: string) => /<p class="status-note">([^<]*)<\/p>/.exec(await (await h.request('anonymous', `/articles/${slug}`)).text())?.[1];
    expect(await note(approved.slug)).toBe('Approved by our Medical Advisory Board');
    expect(await note(underReview.slug)).toBe('Under review: a member of our Medical Advisory Board is checking it against its sources');
    await h.store.updateUser(h.users.reviewer.id, { disabled: true });
    expect(await note(approved.slug)).toBe('Approved by a reviewer');
    expect(await note(underReview.slug)).toBe('Under review: a reviewer is checking it against its sources');
  });

  it('shows editors what the reviewer asked to change in the review desk while changes are requested, and not after', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('changes_requested');
    const html = await (await h.request('editor', `/articles/${article.slug}`)).text();
    expect(html).toMatch(/<div class="changes-asked" role="note"><p><strong>Ada Admin<\/strong> asked for changes to version 1 on <time[^>]*>[^<]+<\/time>:<\/p><blockquote>cite a trial<\/blockquote>/);
    expect(await (await h.request('anonymous', `/articles/${article.slug}`)).text()).not.toContain('cite a trial');
    await h.request('editor', `/articles/${article.slug}/actions/resubmit`, { form: { version: '1' } });
    expect(await (await h.request('editor', `/articles/${article.slug}`)).text()).not.toContain('class="changes-asked"');
  });

  it('points a quick answer (/?q=) to the reviewed article on the same question, when there is one', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved', 'What causes gout?');
    const quick = await (await h.request('anonymous', '/?q=what%20causes%20gout')).text();
    expect(quick).toContain(`A reviewed article answers this question: <a href="/articles/${article.slug}">read the reviewed answer</a>.`);
    const other = await (await h.request('anonymous', '/?q=What%20treats%20gout%3F')).text();
    expect(other).not.toContain('A reviewed article answers this question');
    expect(other).toContain('This quick answer is not stored or reviewed');
  });

  it('links a follow-up draft back to the question it was asked under, on the review desk and on its own page', async () => {
    const h = await makeHarness();
    await h.request('anonymous', '/ask', { form: { question: 'What causes gout?' } });
    await h.request('anonymous', '/articles/what-causes-gout/follow-ups', { form: { question: 'What about treatment?' } });
    const desk = await (await h.request('reviewer', '/review')).text();
    expect(desk).toContain('<a href="/articles/what-about-treatment-gout" dir="auto">');
    expect(desk).toContain('Follow-up to <a href="/articles/what-causes-gout#follow-up-1" aria-label="Thread of: What causes gout?" dir="auto">What causes gout?</a>');
    // The parent itself was asked on its own, so it names no thread.
    expect(desk.match(/Follow-up to/g)).toHaveLength(1);
    const own = await (await h.request('anonymous', '/articles/what-about-treatment-gout')).text();
    expect(own).toMatch(/Asked as a follow-up to <a href="\/articles\/what-causes-gout#follow-up-1" dir="auto">What causes gout\?<\/a>/);
    expect(await (await h.request('anonymous', '/articles/what-causes-gout')).text()).not.toContain('Asked as a follow-up to');
  });

  it('marks the site cookies Secure behind a trusted proxy that received the request over https, and only then', async () => {
    const cookieFrom = async (trustedProxies: number) => {
      const h = await makeHarness({ trustedProxies });
      const res = await h.app.request('/', { headers: { 'x-forwarded-proto': 'https' } });
      return res.headers.get('set-cookie') ?? '';
    };
    expect(await cookieFrom(1)).toMatch(/clinq_csrf=[^;]+;.*\bSecure\b/);
    expect(await cookieFrom(0)).not.toMatch(/\bSecure\b/);
  });

  it("links 'Sign in' on an article back to that article, and elsewhere to the plain sign-in page", async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    expect(await (await h.request('anonymous', `/articles/${article.slug}`)).text()).toContain(`href="/login?next=%2Farticles%2F${article.slug}"`);
    expect(await (await h.request('anonymous', '/editorial-policy')).text()).toContain('<a href="/login">Sign in</a>');
  });

  it('marks a follow-up answer no reviewer has approved, and shows the approved answer once its article is approved', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved', 'What causes gout?');
    await h.request('anonymous', `/articles/${article.slug}/follow-ups`, { form: { question: 'What about treatment?' } });
    const before = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(before).toMatch(/What about treatment\?<\/p><p class="thread-state"><span class="state">Not yet reviewed<\/span>/);

    const followUp = await h.store.findArticleBySlug('what-about-treatment-gout');
    const edited = fakeAnswer(followUp!.question, { text: 'Colchicine, as the reviewer approved.' });
    await addVersion(h.editorial, { actor: h.users.editor, articleId: followUp!.id, answer: edited });
    await submitForReview(h.editorial, { actor: h.users.editor, articleId: followUp!.id });
    await startReview(h.editorial, { actor: h.users.reviewer, articleId: followUp!.id });
    await approveVersion(h.editorial, { actor: h.users.reviewer, articleId: followUp!.id });
    const after = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(after).toContain('<span class="state state-approved">Reviewed</span>');
    expect(after).toContain('Colchicine, as the reviewer approved.');
  });
});

describe('the review desk line at the top of an article', () => {
  it('tells staff reading the public version that a newer version is in review, and which one the page shows', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    await addVersion(h.editorial, { actor: h.users.editor, articleId: article.id, answer: fakeAnswer(article.question), kind: 'regenerate' });
    const page = await (await h.request('reviewer', `/articles/${article.slug}`)).text();
    expect(page).toContain('Review desk</a>: version 2 is submitted; this page shows version 1, which readers see; 1 review action available to you</p>');
    const own = await (await h.request('reviewer', `/articles/${article.slug}/versions/2`)).text();
    expect(own).toContain('Review desk</a>: 1 review action available to you</p>');
  });
});

describe('an older or newer version than the public one', () => {
  it('says which version readers are shown, so a draft is not taken for the reviewed article', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    await addVersion(h.editorial, { actor: h.users.editor, articleId: article.id, answer: fakeAnswer(article.question), kind: 'regenerate' });
    const draft = await (await h.request('anonymous', `/articles/${article.slug}/versions/2`)).text();
    expect(draft).toContain('Version 2 of 2 · readers are shown the reviewed version 1</p>');
    const reviewed = await (await h.request('anonymous', `/articles/${article.slug}/versions/1`)).text();
    expect(reviewed).toContain('Version 1 of 2</p>');
  });
});

describe('versions', () => {
  it('keep the approved version public while a new one is reviewed, and show each version on its own page', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    const revised = fakeAnswer(article.question, { text: 'A revised short answer.' });
    await addVersion(h.editorial, { actor: h.users.editor, articleId: article.id, answer: revised });
    const reader = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(reader).toContain('Colchicine reduces gout flares.');
    expect(reader).not.toContain('pending human review');
    expect(reader).toContain('href="/articles/' + article.slug + '/versions/2"');
    const staff = await (await h.request('editor', `/articles/${article.slug}`)).text();
    expect(staff).toContain('readers still see approved version 1');
    const second = await (await h.request('anonymous', `/articles/${article.slug}/versions/2`)).text();
    expect(second).toContain('A revised short answer.');
    expect(second).toContain('pending human review');
    const first = await (await h.request('anonymous', `/articles/${article.slug}/versions/1`)).text();
    expect(first).toMatch(/<strong>Approved<\/strong> by Dr Rita Reviewer, MD, FACP on/);
  });
});

describe('dates and tags in lists', () => {
  it('keep a date whole, so "reviewed 28 November 2026" never ends a line on "28"', () => {
    expect(STYLES).toMatch(/\.article-list time[^{]*\{[^}]*white-space:\s*nowrap/);
  });

  it('keep a study-type tag visible inside the followed reference, whose shading is the tag\'s own colour', () => {
    const tag = /\n\.tag \{[^}]*background:\s*([^;]+);/.exec(STYLES)?.[1];
    const target = /ol\.refs li:target \{[^}]*background:\s*([^;]+);/.exec(STYLES)?.[1];
    expect(tag).toBe(target);
    expect(STYLES).toMatch(/ol\.refs li:target \.tag \{[^}]*(?:border|box-shadow):[^}]*var\(--accent\)/);
  });
});

describe('the wording choice above a quick answer', () => {
  it('stands apart from the answer card under it, as the "Worded for" line keeps it on an article', () => {
    expect(STYLES).toMatch(/form\.audience \+ \.card \{[^}]*margin-top:\s*1\dpx/);
  });
});

describe('status badges', () => {
  it('keep a two-word status on one line, so "Under review" is not broken in the review desk\'s narrow status column', () => {
    expect(STYLES).toMatch(/\.state \{[^}]*white-space:\s*nowrap/);
  });
});

describe('the review status of an older version', () => {
  it('shows a version replaced before approval with its own decision, not the approval a later version got', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('changes_requested');
    await addVersion(h.editorial, { actor: h.users.editor, articleId: article.id, answer: fakeAnswer(article.question, { text: 'A revised short answer.' }) });
    await resubmit(h.editorial, { actor: h.users.editor, articleId: article.id });
    await startReview(h.editorial, { actor: h.users.reviewer, articleId: article.id });
    await approveVersion(h.editorial, { actor: h.users.reviewer, articleId: article.id });
    const first = await (await h.request('anonymous', `/articles/${article.slug}/versions/1`)).text();
    expect(first).not.toContain('class="status status-approved"');
    expect(first).toContain('class="status status-changes_requested"');
    expect(first).toContain('Changes requested by our Medical Advisory Board; replaced by version 2</p>');
    // Its banner says it was replaced, not that it awaits a review it will never get.
    expect(first).toContain('<strong>This earlier version was not approved and is for educational purposes.</strong> It was replaced by version 2.');
    expect(first).not.toContain('pending human review');
    const second = await (await h.request('anonymous', `/articles/${article.slug}/versions/2`)).text();
    expect(second).toContain('class="status status-approved"');
  });

  it('says a version replaced before any decision was not reviewed', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('submitted');
    await addVersion(h.editorial, { actor: h.users.editor, articleId: article.id, answer: fakeAnswer(article.question, { text: 'A revised short answer.' }) });
    const first = await (await h.request('anonymous', `/articles/${article.slug}/versions/1`)).text();
    expect(first).toContain('Not reviewed: replaced by version 2</p>');
    expect(first).not.toContain('Submitted: waiting for review');
    const second = await (await h.request('anonymous', `/articles/${article.slug}/versions/2`)).text();
    expect(second).toContain('Submitted: waiting for review by our Medical Advisory Board</p>');
    expect(second).toContain('<li class="meta">not reviewed; replaced by version 2</li>');
  });

  it('lists the version in the workflow as waiting for review or under review, not as "not reviewed yet"', async () => {
    const h = await makeHarness();
    const waiting = await h.articleIn('submitted');
    const listed = (page: string) => /<ul class="version-reviews">(.*?)<\/ul>/s.exec(page)?.[1] ?? '';
    expect(listed(await (await h.request('anonymous', `/articles/${waiting.slug}`)).text())).toContain('submitted, waiting for review');
    const inReview = await h.articleIn('under_review');
    const page = await (await h.request('anonymous', `/articles/${inReview.slug}`)).text();
    expect(listed(page)).toContain('under review');
    expect(listed(page)).not.toContain('not reviewed yet');
    const draft = await h.articleIn('draft');
    expect(listed(await (await h.request('anonymous', `/articles/${draft.slug}`)).text())).toContain('not reviewed yet');
  });
});

describe('the review desk', () => {
  it('lists published articles, dated by their review, and marks a new version in review with the one readers see', async () => {
    let now = Date.parse('2026-03-01T09:00:00Z');
    const h = await makeHarness({ clock: () => new Date(now) });
    const revised = await h.articleIn('approved', 'Does colchicine prevent gout flares?');
    await h.articleIn('approved', 'Is allopurinol safe?');
    // Later that morning (within the staff's session), an editor regenerates one of them.
    now = Date.parse('2026-03-01T10:30:00Z');
    await addVersion(h.editorial, { actor: h.users.editor, articleId: revised.id, answer: fakeAnswer(revised.question), kind: 'regenerate' });
    const res = await h.request('editor', '/review');
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toContain('<h2 id="published-title">Published (2)</h2>');
    const published = html.slice(html.indexOf('published-title'));
    expect(published).toContain('Is allopurinol safe?');
    expect(published).toContain('<td data-label="Reviewed"><time datetime="2026-03-01T09:00:00.000Z">1 March 2026, 09:00 UTC</time></td>');
    // In the queue, the revised article's new version says which one readers still see.
    const queue = html.slice(html.indexOf('queue-title'), html.indexOf('drafts-title'));
    expect(queue).toContain('Does colchicine prevent gout flares?');
    expect(queue).toContain('<td data-label="Version">2<span class="meta"> (readers see 1)</span></td>');
  });

  it('names who has an article under review, so a second reviewer does not take up the same one', async () => {
    const h = await makeHarness();
    const taken = await h.articleIn('submitted', 'Does colchicine prevent gout flares?');
    await startReview(h.editorial, { actor: h.users.reviewer, articleId: taken.id });
    await h.articleIn('submitted', 'Is allopurinol safe?');
    const html = await (await h.request('reviewer', '/review')).text();
    const queue = html.slice(html.indexOf('queue-title'), html.indexOf('drafts-title'));
    const rows = queue.split('<tr>').slice(2);
    const row = (question: string) => rows.find((r) => r.includes(question)) ?? '';
    expect(row('Does colchicine prevent gout flares?')).toContain('Under review</span><span class="meta reviewer"> by Dr Rita Reviewer</span>');
    expect(row('Is allopurinol safe?')).not.toContain(' by ');
  });

  it('says so when nothing is published yet', async () => {
    const h = await makeHarness();
    expect(await (await h.request('editor', '/review')).text()).toContain('Published (0)</h2><p class="meta">No article has been approved yet.</p>');
  });

  it('lists a long queue a page at a time, oldest first, with links between the pages', async () => {
    let tick = Date.parse('2026-03-01T09:00:00.000Z');
    const h = await makeHarness({ clock: () => new Date((tick += 1000)) });
    for (let i = 0; i < 103; i++) await h.articleIn('submitted', `Does colchicine help gout, case ${i}?`);
    const first = await (await h.request('editor', '/review')).text();
    const queue = (html: string) => html.slice(html.indexOf('queue-title'), html.indexOf('drafts-title'));
    expect(queue(first)).toContain('<h2 id="queue-title">Awaiting review (103)</h2>');
    expect(queue(first).match(/<tr><td>/g)).toHaveLength(100);
    expect(queue(first)).toContain('case 0?');
    expect(queue(first)).not.toContain('case 100?');
    expect(queue(first)).toContain('Articles 1 to 100 of 103, oldest first (page 1 of 2).');
    expect(queue(first)).toContain('<a href="/review?page=2" rel="next">Later (page 2)</a>');
    const second = queue(await (await h.request('editor', '/review?page=2')).text());
    expect(second.match(/<tr><td>/g)).toHaveLength(3);
    expect(second).toContain('case 102?');
    expect(second).toContain('<a href="/review" rel="prev">Earlier (page 1)</a>');
    // A page past the end, or not a number, shows the last page and the first.
    expect(queue(await (await h.request('editor', '/review?page=99')).text())).toContain('page 2 of 2');
    expect(queue(await (await h.request('editor', '/review?page=x')).text())).toContain('page 1 of 2');
  });

  it('says when it lists only the most recently changed drafts', async () => {
    // Each change a second after the last, so "most recently changed" is well defined.
    let tick = Date.parse('2026-03-01T09:00:00.000Z');
    const h = await makeHarness({ clock: () => new Date((tick += 1000)) });
    for (let i = 0; i < 101; i++) await h.articleIn('draft', `Does colchicine help gout, case ${i}?`);
    const html = await (await h.request('editor', '/review')).text();
    expect(html).toContain('Drafts and requested changes (the 100 most recently changed)');
    expect(html).not.toContain('case 0?');
    expect(html).toContain('case 100?');
    // Many drafts change on one day, so the desk gives the time of each change too.
    expect(html).toMatch(/<time datetime="2026-03-01T09:0\d:\d\d\.000Z">1 March 2026, 09:0\d UTC<\/time>/);
  });

  it('reaches older drafts a page at a time, keeping the page of the queue it was on', async () => {
    let tick = Date.parse('2026-03-01T09:00:00.000Z');
    const h = await makeHarness({ clock: () => new Date((tick += 1000)) });
    for (let i = 0; i < 101; i++) await h.articleIn('submitted', `Is allopurinol safe, case ${i}?`);
    for (let i = 0; i < 102; i++) await h.articleIn('draft', `Does colchicine help gout, case ${i}?`);
    const drafts = (html: string) => html.slice(html.indexOf('drafts-title'), html.indexOf('published-title'));
    const first = drafts(await (await h.request('editor', '/review')).text());
    expect(first).toContain('Drafts 1 to 100, most recently changed first.');
    expect(first).toContain('<a href="/review?drafts=2#drafts-title" rel="next">Older drafts (page 2)</a>');
    const both = await (await h.request('editor', '/review?drafts=2&page=2')).text();
    // The queue's own page links keep the page of drafts, and the other way round.
    expect(both).toContain('<a href="/review?drafts=2" rel="prev">Earlier (page 1)</a>');
    const second = drafts(both);
    expect(second).toContain('Drafts and requested changes (page 2)');
    expect(second).toContain('case 1?');
    expect(second).toContain('case 0?');
    expect(second).not.toContain('case 2?');
    expect(second).toContain('Drafts 101 to 102, most recently changed first.');
    expect(second).toContain('<a href="/review?page=2#drafts-title" rel="prev">Newer drafts (page 1)</a>');
    expect(second).not.toContain('Older drafts');
  });
});

describe('asking a question that already has an article', () => {
  it('leads to the reviewed article even after the corpus changed, but answers an unreviewed one again', async () => {
    // Answers drawn from a corpus of 99 records, while the harness's corpus now holds 1: the corpus has changed.
    const h = await makeHarness({ answerFor: (q) => ({ ...fakeAnswer(q), corpus: { articles: 99, snapshot: 'older' } }) });
    const reviewed = await h.articleIn('approved', 'Does colchicine prevent gout flares?');
    const draft = await h.articleIn('draft', 'Does colchicine cause diarrhoea?');
    const asked = h.asked.length;
    const toReviewed = await h.request('anonymous', '/ask', { form: { question: 'does colchicine prevent gout flares' } });
    expect(toReviewed.headers.get('location')).toBe(`/articles/${reviewed.slug}`);
    expect(h.asked.length).toBe(asked);
    const fresh = await h.request('anonymous', '/ask', { form: { question: 'Does colchicine cause diarrhoea?' } });
    expect(fresh.headers.get('location')).toBe(`/articles/${draft.slug}-2`);
  });
});

describe('a question the ask form cannot take', () => {
  it('comes back in the box on the home page, with what is wrong with it tied to the box, not on an error page', async () => {
    const h = await makeHarness({ checkQuestion: (input) => {
      if (typeof input === 'string' && input.length > 50) throw new ClinqError('invalid_request', `question: is ${input.length} characters long; the limit is 50`);
      return String(input);
    } });
    const long = `Why does my knee hurt ${'and swell '.repeat(6)}<b>after running?</b>`;
    const res = await h.request('anonymous', '/ask', { form: { question: long, audience: 'patient' } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1 id="home-title">Ask a medical question</h1>');
    expect(html).toContain(`<p id="ask-error" class="error" role="alert">Your question is ${long.length} characters long; the limit is 50.</p>`);
    expect(html).toMatch(/<input id="ask-question"[^>]*value="Why does my knee hurt and swell [^"]*&lt;b&gt;after running\?&lt;\/b&gt;"[^>]*aria-invalid="true" aria-describedby="ask-error"/);
    expect(html).toMatch(/<option value="patient" selected/);
    // It is the home page, though sent to POST /ask: the nav marks Home.
    expect(html).toContain('<a href="/" aria-current="page">Home</a>');
    expect(h.asked).toEqual([]);
  });

  it('is an empty question, said so beside an empty box', async () => {
    const h = await makeHarness();
    const res = await h.request('anonymous', '/ask', { form: { question: '   ' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<p id="ask-error" class="error" role="alert">Your question is empty.</p>');
  });

  it('is too short to title an article (a box whose minlength the browser skipped), said beside the box, not on an error page', async () => {
    const h = await makeHarness();
    const res = await h.request('anonymous', '/ask', { form: { question: 'x' } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<p id="ask-error" class="error" role="alert">Your question is too short (1 character)');
    expect(html).toMatch(/<input id="ask-question"[^>]*value="x"[^>]*aria-invalid="true"/);
  });

  it('is never cut short by the browser: the box sets no maxlength, the server says the limit', async () => {
    const h = await makeHarness();
    const html = await (await h.request('anonymous', '/')).text();
    expect(html).toMatch(/<input id="ask-question"/);
    expect(html).not.toMatch(/<input id="ask-question"[^>]*maxlength/);
  });
});

describe('the library', () => {
  it('lists and finds approved articles only', async () => {
    const h = await makeHarness();
    await h.articleIn('approved', 'Does colchicine prevent gout flares?');
    await h.articleIn('submitted', 'Does colchicine cause diarrhoea?');
    const home = await (await h.request('anonymous', '/')).text();
    expect(home).toContain('Does colchicine prevent gout flares?');
    expect(home).not.toContain('Does colchicine cause diarrhoea?');
    const found = await (await h.request('anonymous', '/search?q=colchicine')).text();
    expect(found).toContain('href="/articles/does-colchicine-prevent-gout-flares"');
    expect(found).not.toContain('diarrhoea');
  });

  it('dates a listed article by the review of its public version, which a pending new version does not move', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const h = await makeHarness({ clock: () => new Date(now) });
    const article = await h.articleIn('approved', 'Does colchicine prevent gout flares?');
    now = Date.parse('2026-04-15T10:00:00Z');
    await addVersion(h.editorial, { actor: h.users.editor, articleId: article.id, answer: fakeAnswer(article.question), kind: 'regenerate' });
    for (const page of ['/', '/search?q=colchicine']) {
      const html = await (await h.request('anonymous', page)).text();
      expect(html, page).toContain(' · reviewed <time datetime="2026-03-01T10:00:00.000Z">1 March 2026</time>');
      expect(html, page).not.toContain('15 April 2026');
    }
  });

  it('refuses a search whose words were not UTF-8 (%ff) with the reason, instead of searching for the raw escape', async () => {
    const h = await makeHarness();
    const res = await h.request('anonymous', '/search?q=caf%e9');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Your search has bytes that are not UTF-8 text');
    expect(html).not.toContain('caf%e9');
  });

  it('offers to ask the searched words as a question when no reviewed article matches', async () => {
    const h = await makeHarness();
    const none = await (await h.request('anonymous', '/search?q=statins%20%3Cb%3E')).text();
    expect(none).toContain('No reviewed article matches yet.');
    expect(none).toMatch(/<form class="ask" method="post" action="\/ask"[^>]*>[\s\S]*name="question"[^>]*value="statins &lt;b&gt;"/);
    const empty = await (await h.request('anonymous', '/search?q=')).text();
    expect(empty).not.toContain('action="/ask"');
    expect(empty).toContain('<title>Search reviewed articles · clinq</title>');
    expect(none).toContain('<title>Search: statins &lt;b&gt; · clinq</title>');
  });
});

describe('right-to-left questions', () => {
  it('are set in their own direction in the title, so Arabic or Hebrew reads right to left', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft', 'هل يساعد الأسبرين مرضى السكري؟');
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).toContain('<h1 id="article-title" dir="auto">هل يساعد الأسبرين مرضى السكري؟</h1>');
  });
});

describe('escaping', () => {
  it('escapes questions, answers, quotes and titles wherever they are shown', async () => {
    const h = await makeHarness({
      answerFor: (q) => fakeAnswer(q, { quote: `Quote ${SCRIPT}`, title: `Title ${SCRIPT}`, text: `Text ${SCRIPT}` }),
    });
    const question = `Is ${SCRIPT} dangerous?`;
    const asked = await h.request('editor', '/ask', { form: { question } });
    const path = asked.headers.get('location') ?? '';
    await h.request('editor', `${path}/follow-ups`, { form: { question: `And ${SCRIPT}?` } });
    await h.request('editor', `${path}/actions/submit`, { form: {} });
    const pages = [path, `${path}/versions/1`, '/review', `/search?q=${encodeURIComponent(SCRIPT)}`, `/?q=${encodeURIComponent(question)}`];
    for (const page of pages) {
      const html = await (await h.request('editor', page)).text();
      expect(html, page).not.toContain(SCRIPT);
    }
    const article = await (await h.request('editor', path)).text();
    expect(article).toContain('Is &lt;script&gt;alert(1)&lt;/script&gt; dangerous?');
    expect(article).toContain('Title &lt;script&gt;');
  });

  it('escapes people’s names on the admin page', async () => {
    const h = await makeHarness();
    await addUser(h.editorial, { email: 'x@example.org', name: `Mallory ${SCRIPT}`, role: 'editor', password: 'a long enough password' }, 'system');
    const html = await (await h.request('admin', '/admin/users')).text();
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain('Mallory &lt;script&gt;');
  });
});

describe('the reader\'s audience on the home and search pages', () => {
  const selected = (html: string) => /<select id="ask-audience"[\s\S]*?<option value="(\w+)" selected=""/.exec(html)?.[1];

  it('takes ?audience= on /search: the results open in that wording, a new search keeps it, and it is remembered', async () => {
    const h = await makeHarness();
    await h.articleIn('approved', 'Does colchicine prevent gout flares?');
    const res = await h.request('anonymous', '/search?q=colchicine&audience=patient');
    const html = await res.text();
    expect(html).toContain('href="/articles/does-colchicine-prevent-gout-flares?audience=patient"');
    expect(html).toMatch(/<form class="search"[^>]*><input type="hidden" name="audience" value="patient"\/>/);
    expect(res.headers.get('set-cookie')).toMatch(/clinq_audience=patient; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/);
    // Asking the searched words instead: the box is set to the reader the search was for.
    const none = await (await h.request('anonymous', '/search?q=statins&audience=patient')).text();
    expect(selected(none)).toBe('patient');
  });

  it('links physicians (and readers who chose nobody) to the article as stored, and passes over an audience that is none', async () => {
    const h = await makeHarness();
    await h.articleIn('approved', 'Does colchicine prevent gout flares?');
    const res = await h.request('anonymous', '/search?q=colchicine&audience=martian');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('href="/articles/does-colchicine-prevent-gout-flares"');
    expect(html).not.toContain('name="audience" value=');
    expect(res.headers.get('set-cookie') ?? '').not.toContain('clinq_audience');
  });

  it('uses the remembered audience on /search and on the home page when the address names none', async () => {
    const h = await makeHarness();
    await h.articleIn('approved', 'Does colchicine prevent gout flares?');
    const headers = { cookie: `${h.cookies.anonymous}; clinq_audience=caregiver` };
    const search = await (await h.app.request('/search?q=colchicine', { headers })).text();
    expect(search).toContain('href="/articles/does-colchicine-prevent-gout-flares?audience=caregiver"');
    const home = await (await h.app.request('/', { headers })).text();
    expect(selected(home)).toBe('caregiver');
    expect(home).toContain('href="/articles/does-colchicine-prevent-gout-flares?audience=caregiver"');
    // The address's audience wins over the remembered one.
    expect(selected(await (await h.app.request('/?audience=student', { headers })).text())).toBe('student');
  });

  it('answers a quick question whose link names no audience (an example question) for the remembered reader', async () => {
    const h = await makeHarness();
    const headers = { cookie: `${h.cookies.anonymous}; clinq_audience=patient` };
    const quick = await (await h.app.request('/?q=What%20causes%20gout%3F', { headers })).text();
    expect(h.audiences).toEqual(['patient']);
    expect(selected(quick)).toBe('patient');
    // Without a remembered reader it is the physicians' wording, as before; a link naming one is answered for it.
    await h.request('anonymous', '/?q=What%20causes%20gout%3F');
    await h.app.request('/?q=What%20causes%20gout%3F&audience=physician', { headers });
    expect(h.audiences).toEqual(['patient', 'physician', 'physician']);
  });
});
