import { describe, expect, it } from 'vitest';
import type { CorpusCoverage } from '../corpus/index.js';
import { createCorpusCoverage } from '../corpus-coverage.js';
import { fakeAnswer, makeHarness } from './test-harness.js';

// Counts as `clinq subjects` gave them for the shipped corpus; the examples as the engine answered them.
const COVERAGE: CorpusCoverage = {
  snapshot: '1896 articles, last updated 2026-11-27T18:17:51.652Z',
  records: 1896,
  described: 980,
  areas: [
    { name: 'Congenital, Hereditary, and Neonatal Diseases and Abnormalities', records: 334 },
    { name: 'Nervous System Diseases', records: 312 },
  ],
  subjects: [
    { name: 'Myotonic Dystrophy', label: 'myotonic dystrophy', records: 39 },
    { name: 'Adrenoleukodystrophy', label: 'adrenoleukodystrophy', records: 22 },
    { name: 'Muscular Dystrophy, Duchenne', label: 'Duchenne muscular dystrophy', records: 20 },
    { name: 'Breast Neoplasms', label: 'breast neoplasms', records: 18 },
  ],
  examples: [
    { question: 'What is myotonic dystrophy?', subject: 'Myotonic Dystrophy' },
    { question: 'What causes Wiskott-Aldrich syndrome?', subject: 'Wiskott-Aldrich Syndrome' },
  ],
};
const EMPTY: CorpusCoverage = { snapshot: '0 articles', records: 0, described: 0, areas: [], subjects: [], examples: [] };

const refusal = (question: string) => ({
  ...fakeAnswer(question),
  status: 'insufficient_evidence' as const,
  direct: null,
  sections: [],
  references: [],
  evidenceSummary: 'No article in the corpus speaks of scurvy.',
  corpus: { articles: 1896, snapshot: COVERAGE.snapshot },
});

describe('the corpus page', () => {
  it('lists the commonest subjects and areas with their record counts, and links each example question to its answer', async () => {
    const { request } = await makeHarness({ coverage: async () => COVERAGE });
    const res = await request('anonymous', '/corpus');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>What this corpus covers</h1>');
    expect(html).toContain('only from the 1,896 PubMed records stored here');
    expect(html).toContain('The commonest subjects are myotonic dystrophy, adrenoleukodystrophy and Duchenne muscular dystrophy.');
    expect(html).toMatch(/<td>Myotonic dystrophy<\/td><td class="num">39<\/td>/);
    expect(html).toMatch(/<td>Nervous System Diseases<\/td><td class="num">312<\/td>/);
    expect(html).toContain('<a href="/?q=What%20is%20myotonic%20dystrophy%3F">What is myotonic dystrophy?</a>');
    expect(html).toContain('Corpus: 1,896 records (last updated 2026-11-27 18:17 UTC).');
  });

  it('names a subject\'s everyday name beside it, and folds the rows after the first 12 under "Show all"', async () => {
    const subjects = [
      { name: 'Breast Neoplasms', label: 'breast neoplasms', records: 18, everyday: 'breast cancer' },
      ...Array.from({ length: 14 }, (_, i) => ({ name: `Subject ${i}`, label: `subject ${i}`, records: 14 - i })),
    ];
    const { request } = await makeHarness({ coverage: async () => ({ ...COVERAGE, subjects }) });
    const html = await (await request('anonymous', '/corpus')).text();
    expect(html).toContain('<td>Breast neoplasms <span class="everyday">(breast cancer)</span></td>');
    const [shown, folded] = html.split('<details class="more-rows"><summary>');
    // The summary names both what opening and what closing it does; the stylesheet shows the one that fits.
    expect(folded).toMatch(/^\s*<span class="when-closed">Show all 15 subjects<\/span>\s*<span class="when-open">Show only the first 12 subjects<\/span>\s*<\/summary>/);
    expect(folded).toBeDefined();
    expect(shown).toContain('<td>Subject 10</td>');
    expect(shown).not.toContain('<td>Subject 11</td>');
    expect(folded!.split('</details>')[0]).toContain('<td>Subject 11</td><td class="num">3</td>');
    // Two areas: nothing to fold.
    expect(html).not.toContain('Show all 2 areas');
  });

  it('says plainly that an empty corpus covers nothing and how to load records', async () => {
    const { request } = await makeHarness({ coverage: async () => EMPTY });
    const html = await (await request('anonymous', '/corpus')).text();
    expect(html).toContain('This site holds no PubMed records yet, so it covers nothing');
    expect(html).not.toContain('Commonest subjects');
  });

  it('answers /healthz while a slow count for /corpus runs, and /corpus once it is done', async () => {
    const PAGES = 10;
    let pagesRead = 0;
    const coverage = createCorpusCoverage({
      store: {
        countArticles: async () => PAGES,
        snapshot: async () => `${PAGES} articles`,
        // A slow counter: each page of records holds the thread 30 ms.
        subjectRecordPages: async function* () {
          for (let p = 0; p < PAGES; p++) {
            const until = Date.now() + 30;
            while (Date.now() < until);
            pagesRead++;
            yield [{ title: 'Gout in old age', mesh: ['Gout'] }];
          }
        },
      },
      ask: async (q) => ({ ...fakeAnswer(q), direct: { text: 'Gout is an arthritis.', citations: [] } }),
      meshDescriptors: async () => [
        { name: 'Musculoskeletal Diseases', treeNumbers: ['C05'] },
        { name: 'Gout', treeNumbers: ['C05.550.114.423'] },
      ],
    });
    const { request } = await makeHarness({ coverage });
    const page = request('anonymous', '/corpus');
    const health = await request('anonymous', '/healthz');
    expect(health.status).toBe(200);
    expect(pagesRead).toBeLessThan(PAGES);
    const html = await (await page).text();
    expect(pagesRead).toBe(PAGES);
    expect(html).toMatch(/<td>Gout<\/td><td class="num">10<\/td>/);
  });

  it('is no page when the server was given no coverage', async () => {
    const { request } = await makeHarness();
    expect((await request('anonymous', '/corpus')).status).toBe(404);
  });
});

describe('the home page and refusals point to what the corpus covers', () => {
  it('offers "Try:" example questions and a link to the corpus page under the question box', async () => {
    const { request } = await makeHarness({ coverage: async () => COVERAGE });
    const html = await (await request('anonymous', '/')).text();
    expect(html).toMatch(/<span class="try-label">Try:<\/span> <a href="\/\?q=What%20is%20myotonic%20dystrophy%3F">/);
    expect(html).toContain('<a href="/corpus">See what this corpus covers</a>');
  });

  it('draws the home page without examples while the coverage is still being made, rather than waiting for it', async () => {
    const { request } = await makeHarness({ coverage: () => new Promise<CorpusCoverage>(() => {}) });
    const started = Date.now();
    const html = await (await request('anonymous', '/')).text();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(html).not.toContain('Try:');
    expect(html).toContain('<a href="/corpus">See what this corpus covers</a>');
  });

  it('names the commonest subjects under a refusal, with a link to see what the corpus covers', async () => {
    const { request } = await makeHarness({ coverage: async () => COVERAGE, answerFor: refusal });
    const html = await (await request('anonymous', '/?q=How%20is%20scurvy%20treated%3F')).text();
    expect(html).toContain('Answers come only from the 1,896 PubMed records this site holds, whose commonest subjects are myotonic dystrophy, adrenoleukodystrophy and Duchenne muscular dystrophy; <a href="/corpus">see what it covers</a>.');
    expect(html).toContain('What causes Wiskott-Aldrich syndrome?');
  });

  it('still links to the corpus page under a refusal when the coverage is not known', async () => {
    const { request } = await makeHarness({ answerFor: refusal });
    const html = await (await request('anonymous', '/?q=How%20is%20scurvy%20treated%3F')).text();
    expect(html).toContain('Answers come only from the 1,896 PubMed records this site holds; <a href="/corpus">see what it covers</a>.');
  });

  it('names them on a stored refused article too', async () => {
    const { request } = await makeHarness({ coverage: async () => COVERAGE, answerFor: refusal });
    const asked = await request('anonymous', '/ask', { form: { question: 'How is scurvy treated?' } });
    const html = await (await request('anonymous', asked.headers.get('location')!)).text();
    expect(html).toContain('whose commonest subjects are myotonic dystrophy');
  });
});

describe('GET /api/corpus', () => {
  it('gives the coverage as JSON, its subjects cut to ?limit', async () => {
    const { app } = await makeHarness({ coverage: async () => COVERAGE });
    const body = (await (await app.request('/api/corpus?limit=2')).json()) as CorpusCoverage;
    expect(body.records).toBe(1896);
    expect(body.subjects.map((s) => s.label)).toEqual(['myotonic dystrophy', 'adrenoleukodystrophy']);
    expect(body.examples).toEqual(COVERAGE.examples);
  });

  it('refuses a limit that is not a whole number from 1 to 1000, naming it', async () => {
    const { app } = await makeHarness({ coverage: async () => COVERAGE });
    for (const limit of ['0', 'ten', '5000']) {
      const res = await app.request(`/api/corpus?limit=${limit}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe('limit: must be a whole number from 1 to 1000');
    }
  });
});

describe('GET /api/answers/:id/review', () => {
  it('says a new answer is an unreviewed draft, updated when it was made, with no reviewer', async () => {
    const { app, articleIn } = await makeHarness();
    const article = await articleIn('draft');
    const res = await app.request(`/api/answers/${article.id}/review`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: article.id,
      url: `/articles/${article.slug}`,
      question: article.question,
      status: 'draft',
      reviewed: false,
      shownVersion: 1,
      currentVersion: 1,
      lastUpdated: article.updatedAt,
      lastReviewed: null,
      reviewer: null,
    });
  });

  it('names the reviewer and the day of approval of the version readers are shown', async () => {
    const { app, articleIn } = await makeHarness();
    const article = await articleIn('approved');
    const body = (await (await app.request(`/api/answers/${article.id}/review`)).json()) as Record<string, unknown>;
    expect(body['status']).toBe('approved');
    expect(body['reviewed']).toBe(true);
    expect(body['reviewer']).toEqual({ name: 'Dr Rita Reviewer', credentials: 'MD, FACP' });
    expect(body['lastReviewed']).toBe(article.publishedAt);
  });

  it('keeps the answer itself to the answer contract: GET /api/answers/:id carries no review field', async () => {
    const { app, articleIn } = await makeHarness();
    const article = await articleIn('approved');
    const answer = (await (await app.request(`/api/answers/${article.id}`)).json()) as Record<string, unknown>;
    expect(Object.keys(answer).sort()).toEqual(['audience', 'corpus', 'direct', 'evidenceSummary', 'id', 'question', 'references', 'sections', 'status', 'url']);
  });

  it('answers 404 for an id no answer has and 400 for one that is no id', async () => {
    const { app } = await makeHarness();
    expect((await app.request('/api/answers/7d4c2a52-1111-4e8e-9a53-0a2b3c4d5e6f/review')).status).toBe(404);
    expect((await app.request('/api/answers/gout/review')).status).toBe(400);
  });
});
