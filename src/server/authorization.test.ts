import { describe, expect, it } from 'vitest';
import { authenticate, type ReviewState } from '../editorial/index.js';
import { fakeAnswer, makeHarness, type Who } from './test-harness.js';

const ROLES: Who[] = ['anonymous', 'editor', 'reviewer', 'admin'];

describe('reader pages are open to everyone', () => {
  it.each(ROLES)('serves home, search, policy, sign-in, an article, its version and the assets to %s', async (who) => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    for (const path of ['/', '/search?q=gout', '/editorial-policy', '/login', `/articles/${article.slug}`, `/articles/${article.slug}/versions/1`, '/assets/site.css', '/assets/site.js']) {
      const res = await h.request(who, path);
      expect(res.status, `${who} GET ${path}`).toBe(200);
    }
  });

  it.each(ROLES)('lets %s ask a question and a follow-up, each making a draft article', async (who) => {
    const h = await makeHarness();
    const asked = await h.request(who, '/ask', { form: { question: 'What causes gout?' } });
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe('/articles/what-causes-gout');
    const follow = await h.request(who, '/articles/what-causes-gout/follow-ups', { form: { question: 'What about treatment?' } });
    expect(follow.status).toBe(303);
    expect(follow.headers.get('location')).toBe('/articles/what-causes-gout#follow-up-1');
    expect(h.asked).toEqual(['What causes gout?', 'What about treatment? (gout)']);
  });

  it.each(ROLES)('lets %s sign out', async (who) => {
    const h = await makeHarness();
    const res = await h.request(who, '/logout', { form: {} });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('review desk pages', () => {
  it('says on the sign-in page which staff page a reader was sent from, and nothing of the kind for the plain sign-in link', async () => {
    const h = await makeHarness();
    const from = async (path: string) => (await h.request('anonymous', path)).text();
    expect(await from('/login?next=%2Freview')).toContain('Sign in to open the review desk: it is for editors, reviewers and administrators.');
    expect(await from('/login?next=%2Fadmin%2Fusers')).toContain('Sign in to open the people page');
    expect(await from('/login?next=%2Farticles%2Fgout%2Fedit')).toContain('Sign in to open the edit page');
    const plain = await from('/login');
    expect(plain).toContain('For editors, reviewers and administrators.');
    expect(plain).not.toContain('Sign in to open');
    expect(await from('/login?next=%2Farticles%2Fgout')).not.toContain('Sign in to open');
  });

  it.each([
    ['anonymous', 303],
    ['editor', 200],
    ['reviewer', 200],
    ['admin', 200],
  ] as const)('GET /review answers %s with %i', async (who, status) => {
    const h = await makeHarness();
    const res = await h.request(who, '/review');
    expect(res.status).toBe(status);
    if (who === 'anonymous') expect(res.headers.get('location')).toBe('/login?next=%2Freview');
  });

  it.each([
    ['anonymous', 303],
    ['editor', 403],
    ['reviewer', 403],
    ['admin', 200],
  ] as const)('GET /admin/users answers %s with %i', async (who, status) => {
    const h = await makeHarness();
    expect((await h.request(who, '/admin/users')).status).toBe(status);
  });
});

// Expected status per role: 303 is done (redirect back to the page), 401 needs sign-in, 403 not allowed.
const ACTIONS: { action: string; from: ReviewState; expect: Record<Who, number>; form?: Record<string, string> }[] = [
  { action: 'submit', from: 'draft', expect: { anonymous: 401, editor: 303, reviewer: 403, admin: 303 } },
  { action: 'startReview', from: 'submitted', expect: { anonymous: 401, editor: 403, reviewer: 303, admin: 303 } },
  { action: 'approve', from: 'under_review', expect: { anonymous: 401, editor: 403, reviewer: 303, admin: 303 } },
  {
    action: 'requestChanges',
    from: 'under_review',
    expect: { anonymous: 401, editor: 403, reviewer: 303, admin: 303 },
    form: { comment: 'Please cite a trial.' },
  },
  { action: 'reopen', from: 'changes_requested', expect: { anonymous: 401, editor: 303, reviewer: 403, admin: 303 } },
  { action: 'resubmit', from: 'changes_requested', expect: { anonymous: 401, editor: 303, reviewer: 403, admin: 303 } },
];

describe('review actions on the article page', () => {
  for (const { action, from, expect: byRole, form } of ACTIONS) {
    it.each(ROLES)(`${action} from ${from} answers %s as the permission table says`, async (who) => {
      const h = await makeHarness();
      const article = await h.articleIn(from);
      const res = await h.request(who, `/articles/${article.slug}/actions/${action}`, { form: { version: '1', ...form } });
      expect(res.status).toBe(byRole[who]);
      const after = await h.store.findArticle(article.id);
      if (byRole[who] === 303) expect(after?.reviewState).not.toBe(from);
      else expect(after?.reviewState).toBe(from);
    });
  }

  it('asks someone signed out to sign in and come back to the article the form was on, not to the form address', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('under_review');
    const post = (referer?: string) =>
      h.app.request(`/articles/${article.slug}/actions/approve`, {
        method: 'POST',
        headers: { cookie: h.cookies.anonymous, 'content-type': 'application/x-www-form-urlencoded', ...(referer ? { referer } : {}) },
        body: new URLSearchParams({ version: '1', _csrf: h.tokens.anonymous }).toString(),
      });
    const res = await post(`http://localhost/articles/${article.slug}?audience=nurse`);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('Sign in to do that; your session may have ended.');
    expect(html).toContain(`href="/login?next=${encodeURIComponent(`/articles/${article.slug}?audience=nurse`)}"`);
    // Without a Referer, or with another site's, sign-in leads to the review desk.
    expect(await (await post()).text()).toContain('href="/login?next=%2Freview"');
    expect(await (await post('https://evil.example/articles/x')).text()).toContain('href="/login?next=%2Freview"');
  });

  it('answers 409 when the action does not fit the state, and 404 for an unknown action or article', async () => {
    const h = await makeHarness();
    const draft = await h.articleIn('draft');
    const refused = await h.request('admin', `/articles/${draft.slug}/actions/approve`, { form: {} });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(`<p>Article ${draft.slug} is draft, so it cannot be approved.</p>`);
    expect((await h.request('admin', `/articles/${draft.slug}/actions/publish`, { form: {} })).status).toBe(404);
    expect((await h.request('admin', '/articles/no-such-article/actions/submit', { form: {} })).status).toBe(404);
  });

  it.each([
    ['anonymous', 401],
    ['editor', 403],
    ['reviewer', 303],
    ['admin', 303],
  ] as const)('comments on a point answer %s with %i', async (who, status) => {
    const h = await makeHarness();
    const article = await h.articleIn('under_review');
    const res = await h.request(who, `/articles/${article.slug}/comments`, { form: { version: '1', point: '0.0', body: 'Source is old.' } });
    expect(res.status).toBe(status);
    expect(await h.store.listReviewComments(article.id)).toHaveLength(status === 303 ? 1 : 0);
  });
});

describe('new versions from the site', () => {
  const writers = [
    ['anonymous', 401],
    ['editor', 303],
    ['reviewer', 403],
    ['admin', 303],
  ] as const;

  it.each([
    ['anonymous', 303],
    ['editor', 200],
    ['reviewer', 403],
    ['admin', 200],
  ] as const)('GET the edit page answers %s with %i', async (who, status) => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const res = await h.request(who, `/articles/${article.slug}/edit`);
    expect(res.status).toBe(status);
    if (who === 'anonymous') expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/articles/${article.slug}/edit`)}`);
  });

  it.each(writers)('saving an edit answers %s with %i', async (who, status) => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    const res = await h.request(who, `/articles/${article.slug}/edit`, { form: { version: '1', 'text.direct': 'Colchicine lowers flares.' } });
    expect(res.status).toBe(status);
    expect((await h.store.findArticle(article.id))?.currentVersion).toBe(status === 303 ? 2 : 1);
  });

  it.each(writers)('regenerating answers %s with %i', async (who, status) => {
    const h = await makeHarness({ answerFor: (q) => fakeAnswer(q, { text: `Answer ${h.asked.length}` }) });
    const article = await h.articleIn('draft');
    const res = await h.request(who, `/articles/${article.slug}/regenerate`, { form: { version: '1' } });
    expect(res.status).toBe(status);
    expect((await h.store.findArticle(article.id))?.currentVersion).toBe(status === 303 ? 2 : 1);
  });

  it('refuses to change an article under review, with 409, even for an admin', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('under_review');
    expect((await h.request('admin', `/articles/${article.slug}/edit`)).status).toBe(409);
    expect((await h.request('admin', `/articles/${article.slug}/regenerate`, { form: { version: '1' } })).status).toBe(409);
    expect((await h.request('reviewer', `/articles/${article.slug}/edit`)).status).toBe(403);
  });
});

describe('admin actions on people', () => {
  const cases = [
    ['anonymous', 401],
    ['editor', 403],
    ['reviewer', 403],
    ['admin', 303],
  ] as const;

  it.each(cases)('adding a person answers %s with %i', async (who, status) => {
    const h = await makeHarness();
    const res = await h.request(who, '/admin/users', {
      form: { email: 'new@example.org', name: 'New Person', credentials: 'RN', role: 'editor', password: 'a long enough password' },
    });
    expect(res.status).toBe(status);
    expect((await h.store.listUsers()).some((u) => u.email === 'new@example.org')).toBe(status === 303);
  });

  it.each(cases)('changing a role answers %s with %i', async (who, status) => {
    const h = await makeHarness();
    const res = await h.request(who, `/admin/users/${h.users.editor.id}/role`, { form: { role: 'reviewer' } });
    expect(res.status).toBe(status);
    expect((await h.store.findUser(h.users.editor.id))?.role).toBe(status === 303 ? 'reviewer' : 'editor');
  });

  it.each(cases)('disabling a person answers %s with %i', async (who, status) => {
    const h = await makeHarness();
    const res = await h.request(who, `/admin/users/${h.users.reviewer.id}/disable`, { form: { disabled: 'true', confirm: 'yes' } });
    expect(res.status).toBe(status);
    expect((await h.store.findUser(h.users.reviewer.id))?.disabled).toBe(status === 303);
  });

  it.each(cases)('setting a new password answers %s with %i and, when done, ends that person’s sessions', async (who, status) => {
    const h = await makeHarness();
    const password = 'a brand new passphrase';
    const res = await h.request(who, '/admin/users/password', { form: { user: h.users.editor.id, password, repeat: password } });
    expect(res.status).toBe(status);
    expect((await h.request('editor', '/review')).status).toBe(status === 303 ? 303 : 200);
    expect(await authenticate(h.editorial, h.users.editor.email, password)).toEqual(status === 303 ? expect.objectContaining({ id: h.users.editor.id }) : null);
  });

  it('refuses a new password without the CSRF token', async () => {
    const h = await makeHarness();
    const res = await h.request('admin', '/admin/users/password', { form: { user: h.users.editor.id, password: 'a brand new passphrase', repeat: 'a brand new passphrase' }, csrf: false });
    expect(res.status).toBe(403);
    expect(await authenticate(h.editorial, h.users.editor.email, 'a brand new passphrase')).toBeNull();
  });

  it.each([
    ['a short one', 'a short one', 'The password must have at least 12 characters.'],
    ['a brand new passphrase', 'a brand new passphrasf', 'The two passwords differ. Type the same new password twice.'],
  ])('keeps the old password and says why on the people page when the new one is %j then %j', async (password, repeat, why) => {
    const h = await makeHarness();
    const res = await h.request('admin', '/admin/users/password', { form: { user: h.users.editor.id, password, repeat } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(`<p class="error" role="alert">${why}</p>`);
    expect(html).not.toContain(password);
    expect((await h.request('editor', '/review')).status).toBe(200);
  });

  it('sends an admin who set their own password to sign in again with it', async () => {
    const h = await makeHarness();
    const password = 'my own new passphrase';
    const res = await h.request('admin', '/admin/users/password', { form: { user: h.users.admin.id, password, repeat: password } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fadmin%2Fusers');
    expect((await h.request('admin', '/admin/users')).status).toBe(303);
  });

  it('offers the set-a-new-password form for every person on the people page', async () => {
    const h = await makeHarness();
    const html = await (await h.request('admin', '/admin/users')).text();
    expect(html).toContain('action="/admin/users/password"');
    expect(html).toContain('<option value="" selected="" disabled="">Choose a person</option>');
    for (const u of Object.values(h.users)) expect(html).toContain(`<option value="${u.id}">${u.name} (${u.email})</option>`);
    expect(html).toContain('name="repeat"');
  });

  it('names whose password was set, from the store rather than the link', async () => {
    const h = await makeHarness();
    const password = 'a brand new passphrase';
    const res = await h.request('admin', '/admin/users/password', { form: { user: h.users.editor.id, password, repeat: password } });
    const html = await (await h.request('admin', res.headers.get('location') ?? '')).text();
    expect(html).toContain('<p class="notice" role="status">New password set for Ed Editor (editor@example.org); their sessions have ended');
  });

  it('says that a disabled account stays disabled after its password is set', async () => {
    const h = await makeHarness();
    await h.request('admin', `/admin/users/${h.users.editor.id}/disable`, { form: { disabled: 'true', confirm: 'yes' } });
    const password = 'a brand new passphrase';
    const res = await h.request('admin', '/admin/users/password', { form: { user: h.users.editor.id, password, repeat: password } });
    const html = await (await h.request('admin', res.headers.get('location') ?? '')).text();
    expect(html).toContain('New password set for Ed Editor (editor@example.org); the account is still disabled: enable it to let them sign in.');
  });

  it.each([[''], ['not-an-id'], ['00000000-0000-4000-8000-000000000000']])('asks the admin to choose a person when the form names %j', async (user) => {
    const h = await makeHarness();
    const res = await h.request('admin', '/admin/users/password', { form: { user, password: 'a brand new passphrase', repeat: 'a brand new passphrase' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/<h1>People<\/h1>.*<p class="error" role="alert">Choose the person whose password to set/s);
  });

  it('asks before disabling: the Disable button opens a step naming the person, with a Cancel that changes nothing', async () => {
    const h = await makeHarness();
    const list = await (await h.request('admin', '/admin/users')).text();
    expect(list).toContain(`<form method="get" action="/admin/users" class="inline"><input type="hidden" name="disable" value="${h.users.reviewer.id}"/>`);
    expect(list).not.toContain('id="confirm-title"');
    const step = await h.request('admin', `/admin/users?disable=${h.users.reviewer.id}`);
    expect(step.status).toBe(200);
    const html = await step.text();
    expect(html).toContain(`<h2 id="confirm-title">Disable ${h.users.reviewer.name}?</h2>`);
    expect(html).toContain(`${h.users.reviewer.name} (${h.users.reviewer.email}) is signed out everywhere and cannot sign in until an admin enables the account again.`);
    expect(html).toContain('<input type="hidden" name="confirm" value="yes"/>');
    expect(html).toContain('<a href="/admin/users">Cancel</a>');
    expect((await h.store.findUser(h.users.reviewer.id))?.disabled).toBe(false);
  });

  it('tells the last active admin at the step that their account cannot be disabled, and asks another admin as "you"', async () => {
    const h = await makeHarness();
    const last = await (await h.request('admin', `/admin/users?disable=${h.users.admin.id}`)).text();
    expect(last).toContain('<h2 id="confirm-title">Your account cannot be disabled</h2>');
    expect(last).toContain('You are the last active admin');
    expect(last).not.toContain('name="confirm"');
    const added = await h.request('admin', '/admin/users', { form: { email: 'second@example.org', name: 'Second Admin', role: 'admin', password: 'a-long-password-1' } });
    expect(added.status).toBe(303);
    const own = await (await h.request('admin', `/admin/users?disable=${h.users.admin.id}`)).text();
    expect(own).toContain('<h2 id="confirm-title">Disable your own account?</h2>');
    expect(own).toContain('>Disable my account</button>');
  });

  it('sends a disable that skipped the step to the step, leaving the account active', async () => {
    const h = await makeHarness();
    const res = await h.request('admin', `/admin/users/${h.users.reviewer.id}/disable`, { form: { disabled: 'true' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/users?disable=${h.users.reviewer.id}`);
    expect((await h.store.findUser(h.users.reviewer.id))?.disabled).toBe(false);
    expect((await h.request('reviewer', '/review')).status).toBe(200);
  });

  it('enables a disabled account at once, and offers no step for someone already disabled', async () => {
    const h = await makeHarness();
    await h.request('admin', `/admin/users/${h.users.reviewer.id}/disable`, { form: { disabled: 'true', confirm: 'yes' } });
    expect(await (await h.request('admin', `/admin/users?disable=${h.users.reviewer.id}`)).text()).not.toContain('id="confirm-title"');
    const res = await h.request('admin', `/admin/users/${h.users.reviewer.id}/disable`, { form: { disabled: 'false' } });
    expect(res.status).toBe(303);
    expect((await h.store.findUser(h.users.reviewer.id))?.disabled).toBe(false);
  });

  it('shows the add form again with the reason when the input is rejected', async () => {
    const h = await makeHarness();
    const res = await h.request('admin', '/admin/users', { form: { email: 'not-an-email', name: 'X', role: 'editor', password: 'short' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<p class="error" role="alert">The email is not an email address.</p>');
  });

  it('keeps the last active admin, saying why on the people page rather than on an error page', async () => {
    const h = await makeHarness();
    for (const [path, form] of [['role', { role: 'editor' }], ['disable', { disabled: 'true', confirm: 'yes' }]] as const) {
      const res = await h.request('admin', `/admin/users/${h.users.admin.id}/${path}`, { form });
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain('<h1>People</h1>');
      // The nav link and the title name the page as its heading does.
      expect(html).toContain('<title>People · clinq</title>');
      expect(html).toContain('<a href="/admin/users" aria-current="page">People</a>');
      expect(html).toContain(`${h.users.admin.email} is the last active admin. Make someone else an admin first.`);
    }
  });
});

describe('the JSON API', () => {
  it('needs no sign-in and no CSRF token', async () => {
    const h = await makeHarness();
    const res = await h.app.request('/api/answers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What causes gout?' }),
    });
    expect(res.status).toBe(200);
    expect((await h.app.request('/healthz')).status).toBe(200);
  });
});
