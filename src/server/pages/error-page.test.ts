import { describe, expect, it } from 'vitest';
import { readerMessage, renderErrorPage } from './error-page.js';

describe('an error message on a page', () => {
  it.each([
    ['question: has no letters or digits', 'Your question has no letters or digits.'],
    ['question: is 3000 characters long; the limit is 2000', 'Your question is 3000 characters long; the limit is 2000.'],
    ['question: is empty; ask something, e.g. "What causes gout?"', 'Your question is empty; ask something, e.g. "What causes gout?"'],
    ['form: the security token is missing or expired; reload the page and try again', 'The security token is missing or expired; reload the page and try again.'],
    ['editorial: user rejected: password: must have at least 12 characters', 'Your password must have at least 12 characters.'],
    ['There is no page at /nope.', 'There is no page at /nope.'],
    ['Article gout has no version 9.', 'Article gout has no version 9.'],
    ['editorial: article gout is approved, so it cannot be submitted for review', 'Article gout is approved, so it cannot be submitted for review.'],
    ['editorial: gout flares: are they common', 'Gout flares: are they common.'],
  ])('reads as a sentence: %j', (message, shown) => {
    expect(readerMessage(message)).toBe(shown);
  });
});

describe('the error page title', () => {
  it('says a conflict cannot be done now, which fits both an article under review and a change someone made first', async () => {
    const frame = { viewer: { user: null, session: null, csrf: '' }, path: '/articles/gout/edit' };
    const html = String(await renderErrorPage({ frame, status: 409, message: 'This article is under review; it cannot change until the reviewer decides.' }));
    expect(html).toContain('<h1 id="error-title">That cannot be done now</h1>');
  });
});

describe('the page for a missing page', () => {
  it('offers to search the reviewed articles, which may hold what a stale link was after', async () => {
    const frame = { viewer: { user: null, session: null, csrf: '' }, path: '/articles/old-slug' };
    const html = String(await renderErrorPage({ frame, status: 404, message: 'There is no article at /articles/old-slug.' }));
    expect(html).toMatch(/<form class="search" method="get" action="\/search"[^>]*>.*<input id="missing-search" type="search" name="q" value="old slug"/s);
    const other = String(await renderErrorPage({ frame, status: 403, message: 'You may not do that.' }));
    expect(other).not.toContain('action="/search"');
  });
});
