import { describe, expect, it } from 'vitest';
import { repeatedQueryParameters } from './repeated-query.js';
import { makeHarness } from './test-harness.js';

describe('repeatedQueryParameters', () => {
  it('names each parameter that came more than once, once, in order', () => {
    expect(repeatedQueryParameters('audience=patient&audience=student&done=x&done=y&audience=nurse')).toEqual(['audience', 'done']);
  });

  it('finds nothing in a query whose parameters each came once, or in no query', () => {
    expect(repeatedQueryParameters('audience=patient&done=approved')).toEqual([]);
    expect(repeatedQueryParameters('')).toEqual([]);
  });
});

describe('a page or API route asked with a repeated query parameter', () => {
  it('is refused with a 400 naming the parameter, instead of reading its first value', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    const page = await h.request('anonymous', `/articles/${article.slug}?audience=patient&audience=student`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('parameter &quot;audience&quot; came more than once');
    const api = await h.app.request(`/api/answers/any-id?audience=nurse&audience=patient`);
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { message: string } }).error.message).toMatch(/parameter "audience" came more than once/);
  });

  it('still serves the page when each parameter comes once', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    expect((await h.request('anonymous', `/articles/${article.slug}?audience=student`)).status).toBe(200);
  });
});
