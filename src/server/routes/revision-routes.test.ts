import { describe, expect, it } from 'vitest';
import type { Answer } from '../../domain/index.js';
import { fakeAnswer, makeHarness } from '../test-harness.js';

const SCRIPT = '<script>alert(1)</script>';

// Two sources, so removing the treatment point leaves one reference.
function twoSourceAnswer(question: string): Answer {
  const base = fakeAnswer(question);
  const second = { ...base.references[0]!, n: 2, pmid: '456', title: 'Colchicine doses', url: 'https://pubmed.ncbi.nlm.nih.gov/456/' };
  return {
    ...base,
    sections: [{ kind: 'treatment', title: 'Treatment', points: [{ text: 'Low doses work.', citations: [{ n: 2, pmid: '456', quote: 'Low doses worked.' }] }] }],
    references: [base.references[0]!, second],
    evidenceSummary: 'Based on 2 randomized controlled trials.',
  };
}

describe('editing an article on the site', () => {
  it('is offered on the article page to editors and admins only', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    for (const who of ['editor', 'admin'] as const) {
      const html = await (await h.request(who, `/articles/${article.slug}`)).text();
      expect(html, who).toContain(`href="/articles/${article.slug}/edit">Edit version 1</a>`);
      expect(html, who).toContain('Regenerate from the current corpus');
    }
    for (const who of ['reviewer', 'anonymous'] as const) {
      const html = await (await h.request(who, `/articles/${article.slug}`)).text();
      expect(html, who).not.toContain('/edit"');
      expect(html, who).not.toContain('Regenerate');
    }
  });


  it('shows the current version’s texts with their sources, which cannot be edited', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const html = await (await h.request('editor', `/articles/${article.slug}/edit`)).text();
    expect(html).toContain('<textarea id="text-direct" name="text.direct"');
    expect(html).toContain('Colchicine reduces gout flares.</textarea>');
    expect(html).toContain('name="remove" value="0.0"');
    expect(html).toContain('“Colchicine reduced gout flares.”');
    expect(html).not.toContain('name="quote');
    expect(html).toContain('Save as version 2');
  });

  it('saves an edit as a new version and keeps the approved one public until it is approved', async () => {
    const h = await makeHarness({ answerFor: twoSourceAnswer });
    const article = await h.articleIn('approved');
    const res = await h.request('editor', `/articles/${article.slug}/edit`, {
      form: { version: '1', 'text.direct': 'Colchicine lowers the number of flares.', remove: '0.0', comment: 'Trimmed.' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/articles/${article.slug}/versions/2?done=edited`);
    const stored = await h.store.findArticleBySlug(article.slug);
    expect(stored?.reviewState).toBe('submitted');
    expect(stored?.publishedVersion).toBe(1);
    const v2 = stored?.versions[1];
    expect(v2?.kind).toBe('edit');
    expect(v2?.answer.direct?.text).toBe('Colchicine lowers the number of flares.');
    expect(v2?.answer.sections).toEqual([]);
    expect(v2?.answer.references.map((r) => r.pmid)).toEqual(['123']);
    expect((await h.store.auditLog(article.id)).at(-1)).toMatchObject({ action: 'revise', version: 2, comment: 'Trimmed.', actorName: 'Ed Editor' });
    const reader = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(reader).toContain('Colchicine reduces gout flares.');
    expect(reader).not.toContain('lowers the number');
    const page = await (await h.request('editor', `/articles/${article.slug}/versions/2?done=edited`)).text();
    expect(page).toContain('Saved as a new version.');
    expect(page).toContain('Colchicine lowers the number of flares.');
  });

  it('shows the form again with the editor’s text and the reason when the edit is rejected', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const res = await h.request('editor', `/articles/${article.slug}/edit`, { form: { version: '1', 'text.direct': 'Mine.', 'text.0.0': ' ' } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('is empty');
    expect(html).toContain('Mine.</textarea>');
    expect((await h.store.findArticle(article.id))?.currentVersion).toBe(1);
  });

  it('removes several points ticked in one form', async () => {
    const h = await makeHarness({
      answerFor: (q) => {
        const answer = twoSourceAnswer(q);
        const extra = { text: 'A third point.', citations: [{ n: 1, pmid: '123', quote: 'Colchicine reduced gout flares.' }] };
        return { ...answer, sections: [{ ...answer.sections[0]!, points: [...answer.sections[0]!.points, extra] }] };
      },
    });
    const article = await h.articleIn('draft');
    const body = new URLSearchParams([['_csrf', h.tokens.editor], ['version', '1'], ['remove', '0.0'], ['remove', '0.1']]);
    const res = await h.app.request(`/articles/${article.slug}/edit`, {
      method: 'POST',
      headers: { cookie: h.cookies.editor, 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    expect(res.status).toBe(303);
    const v2 = (await h.store.findVersion(article.id, 2))?.answer;
    expect(v2?.sections).toEqual([]);
    expect(v2?.references.map((r) => r.pmid)).toEqual(['123']);
  });

  it('refuses an edit of a version that is no longer the current one, with 409', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    expect((await h.request('editor', `/articles/${article.slug}/edit`, { form: { version: '1', 'text.direct': 'First.' } })).status).toBe(303);
    expect((await h.request('admin', `/articles/${article.slug}/edit`, { form: { version: '1', 'text.direct': 'Second.' } })).status).toBe(409);
  });

  it('escapes the texts it shows in the form', async () => {
    const h = await makeHarness({ answerFor: (q) => fakeAnswer(q, { text: `Text ${SCRIPT}`, quote: `Quote ${SCRIPT}` }) });
    const article = await h.articleIn('draft');
    const html = await (await h.request('editor', `/articles/${article.slug}/edit`)).text();
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain('Text &lt;script&gt;');
  });
});

describe('regenerating an article', () => {
  it('re-asks the question and stores the new answer as a regenerated version', async () => {
    let round = 0;
    const h = await makeHarness({ answerFor: (q) => fakeAnswer(q, { text: `Answer from round ${round++}.` }) });
    const article = await h.articleIn('draft');
    const res = await h.request('editor', `/articles/${article.slug}/regenerate`, { form: { version: '1' } });
    expect(res.headers.get('location')).toBe(`/articles/${article.slug}/versions/2?done=regenerated`);
    expect(h.asked).toEqual([article.question]);
    const stored = await h.store.findArticleBySlug(article.slug);
    expect(stored?.versions[1]).toMatchObject({ kind: 'regenerate', answer: { direct: { text: 'Answer from round 1.' } } });
  });

  it('makes no version when the corpus gives the same answer', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('draft');
    const res = await h.request('editor', `/articles/${article.slug}/regenerate`, { form: { version: '1' } });
    expect(res.headers.get('location')).toBe(`/articles/${article.slug}?done=regenerated-same`);
    expect((await h.store.findArticle(article.id))?.currentVersion).toBe(1);
  });
});

describe('the version list', () => {
  it('shows each version with its reviews', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    await h.request('editor', `/articles/${article.slug}/edit`, { form: { version: '1', 'text.direct': 'Reworded.' } });
    const html = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(html).toMatch(/Version 2<\/a><span class="meta"> · edited, <time[^>]*>[^<]+<\/time><\/span><ul class="version-reviews"><li class="meta">submitted, waiting for review/);
    expect(html).toMatch(/Version 1<\/a>.*public version.*approved<\/span> by Dr Rita Reviewer, MD, FACP on/s);
  });
});

describe('point comments beside the points', () => {
  it('are shown to staff next to the point, with a form for reviewers, and to no reader', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('under_review');
    const res = await h.request('reviewer', `/articles/${article.slug}/comments`, { form: { version: '1', point: '0.0', body: `Old ${SCRIPT}` } });
    expect(res.headers.get('location')).toBe(`/articles/${article.slug}?done=commented#point-0-0`);
    const reviewer = await (await h.request('reviewer', `/articles/${article.slug}`)).text();
    expect(reviewer).toMatch(/<li id="point-0-0">Low-dose colchicine.*<ul class="notes" aria-label="Reviewer comments on Treatment, point 1"><li><span class="note-body">Old &lt;script&gt;/s);
    expect(reviewer).toContain('<input type="hidden" name="point" value="direct"/>');
    const editor = await (await h.request('editor', `/articles/${article.slug}`)).text();
    expect(editor).toContain('class="note-body">Old');
    expect(editor).not.toContain('name="point"');
    const reader = await (await h.request('anonymous', `/articles/${article.slug}`)).text();
    expect(reader).not.toContain('Old &lt;script');
    expect(reader).not.toContain('class="point-notes"');
  });

  it('lose bidi overrides and terminal colour codes, in point comments and change requests alike, keeping line breaks', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('under_review');
    await h.request('reviewer', `/articles/${article.slug}/comments`, { form: { version: '1', point: 'direct', body: 'Dose \u202Edelbuod\u202C\nsee \u001b[31mtrial\u001b[0m' } });
    await h.request('reviewer', `/articles/${article.slug}/actions/requestChanges`, { form: { version: '1', comment: 'Cite \u202Eeht\u202C \u001b[1mtrial\u001b[0m' } });
    const html = await (await h.request('editor', `/articles/${article.slug}`)).text();
    expect(html).toContain('<span class="note-body">Dose delbuod\nsee trial</span>');
    expect(html).toContain('<blockquote>Cite eht trial</blockquote>');
    expect(html).not.toMatch(/[\u202A-\u202E\u001B]|\[31m|\[1m/);
  });

  it('refuse a change request without a note (empty, spaces, or only pasted controls), leaving the article under review', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('under_review');
    for (const comment of [undefined, '', '   \n ', '\u202E\u001b[0m']) {
      const res = await h.request('reviewer', `/articles/${article.slug}/actions/requestChanges`, {
        form: { version: '1', ...(comment === undefined ? {} : { comment }) },
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Say what needs to change; a change request needs a note');
      expect((await h.store.findArticle(article.id))?.reviewState).toBe('under_review');
    }
    expect(await h.store.listReviews(article.id)).toEqual([]);
  });

  it('of an older version go back to that version’s page', async () => {
    const h = await makeHarness();
    const article = await h.articleIn('approved');
    await h.request('editor', `/articles/${article.slug}/edit`, { form: { version: '1', 'text.direct': 'Reworded.' } });
    const res = await h.request('reviewer', `/articles/${article.slug}/comments`, { form: { version: '2', point: 'direct', body: 'Better.' } });
    expect(res.headers.get('location')).toBe(`/articles/${article.slug}/versions/2?done=commented#point-direct`);
    const v2 = await (await h.request('reviewer', `/articles/${article.slug}/versions/2`)).text();
    expect(v2).toContain('class="note-body">Better.');
    expect(v2).toContain('name="point" value="direct"');
    const v1 = await (await h.request('reviewer', `/articles/${article.slug}`)).text();
    expect(v1).not.toContain('class="note-body">Better.');
    // The approved version on the main page is not the one under review: its points take no new comments.
    expect(v1).not.toContain('name="point"');
  });
});
