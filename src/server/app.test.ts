import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp, type AppDeps } from './app.js';
import { checkAudience, checkQuestion } from '../clinq.js';
import { ClinqError, type Answer, type Article, type Audience } from '../domain/index.js';
import { createMemoryEditorialStore } from './memory-editorial-store.js';

const article: Article = {
  pmid: '123',
  version: 1,
  title: 'Gout <b>flares</b> & colchicine',
  abstract: 'Colchicine reduced gout flares.',
  abstractSections: [{ label: null, category: null, text: 'Colchicine reduced gout flares.' }],
  journal: { title: 'Test Journal', isoAbbreviation: 'Test J' },
  year: 2020,
  authors: [],
  languages: ['eng'],
  publicationTypes: ['Randomized Controlled Trial'],
  meshHeadings: [],
  keywords: [],
  doi: null,
};

function answerFor(question: string, audience: Audience): Answer {
  return {
    question,
    audience,
    status: 'answered',
    direct: { text: 'Colchicine reduced gout flares.', citations: [{ n: 1, pmid: '123', quote: 'Colchicine reduced gout flares.' }] },
    sections: [],
    references: [
      {
        n: 1,
        pmid: '123',
        title: article.title,
        journal: 'Test Journal',
        year: 2020,
        publicationTypes: article.publicationTypes,
        evidenceLevel: 'rct',
        url: 'https://pubmed.ncbi.nlm.nih.gov/123/',
      },
    ],
    evidenceSummary: 'Based on 1 randomized controlled trial.',
    corpus: { articles: 1, snapshot: 'test' },
  };
}

function makeApp(overrides: Partial<AppDeps> = {}) {
  const asked: { question: string; audience: Audience | undefined }[] = [];
  const app = createApp({
    ask: async (question, audience) => {
      asked.push({ question, audience });
      return answerFor(question, audience ?? 'physician');
    },
    getArticle: async (pmid) => (pmid === '123' ? article : null),
    countArticles: async () => 1,
    checkQuestion: (input) => {
      if (typeof input !== 'string' || input.trim() === '') throw new ClinqError('invalid_request', 'question: is empty');
      if (input.length > 100) throw new ClinqError('invalid_request', `question: is ${input.length} characters long; the limit is 100`);
      return input.trim();
    },
    checkAudience,
    adapt: (answer, audience) => ({ ...answer, audience }),
    maxBodyBytes: 2048,
    editorial: { store: createMemoryEditorialStore() },
    csrfSecret: 'test-secret',
    logError: () => {},
    ...overrides,
  });
  return { app, asked };
}

const post = (body: string, contentType = 'application/json') => ({
  method: 'POST',
  body,
  headers: { 'content-type': contentType },
});

describe('HTTP API', () => {
  it('drops bidi overrides and isolates from a question, so a stored title reads as it is written, keeping RTL text', async () => {
    const { app, asked } = makeApp();
    const res = await app.request('/api/answers', post(JSON.stringify({ question: 'Is \u202Etuog\u202C \u2067ما هو\u2069 treated with colchicine?' })));
    expect(res.status).toBe(200);
    expect(asked.map((a) => a.question)).toEqual(['Is tuog ما هو treated with colchicine?']);
  });

  it('drops invisible characters from a question, so it is stored and searched as it reads, keeping emoji sequences whole', async () => {
    const { app, asked } = makeApp();
    const res = await app.request('/api/answers', post(JSON.stringify({ question: 'Does\u200Baspi\u00ADrin\uFEFF help\u2060 gout 👩\u200D⚕️?' })));
    expect(res.status).toBe(200);
    expect(asked.map((a) => a.question)).toEqual(['Does aspirin help gout 👩\u200D⚕️?']);
  });

  it('refuses a body that is not UTF-8 instead of storing the question with replacement characters', async () => {
    const { app, asked } = makeApp();
    const latin1 = Buffer.concat([Buffer.from('{"question":"caf'), Buffer.from([0xe9]), Buffer.from(' and gout?"}')]);
    const res = await app.request('/api/answers', { method: 'POST', body: latin1, headers: { 'content-type': 'application/json; charset=iso-8859-1' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message: 'body: is not UTF-8 text; send the JSON encoded as UTF-8' } });
    expect(asked).toEqual([]);
    const withBom = await app.request('/api/answers', post('\uFEFF{"question":"café and gout?"}'));
    expect(withBom.status).toBe(200);
    expect((await withBom.json()).question).toBe('café and gout?');
  });

  it('refuses a compressed body with 415 naming its Content-Encoding, on the API and on a form, not as "not UTF-8"', async () => {
    const { app, asked } = makeApp();
    const gz = gzipSync(JSON.stringify({ question: 'Does colchicine help gout?' }));
    const res = await app.request('/api/answers', { method: 'POST', body: gz, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } });
    expect(res.status).toBe(415);
    expect(res.headers.get('accept-encoding')).toBe('identity');
    expect(await res.json()).toEqual({
      error: {
        code: 'unsupported_media_type',
        message: 'body: is sent with Content-Encoding gzip, which clinq does not read; send the body uncompressed, without Content-Encoding',
      },
    });
    // A body that is plain JSON but says it is brotli would have been read as it came: the header is not passed over.
    const br = await app.request('/api/answers', { method: 'POST', body: '{"question":"gout?"}', headers: { 'content-type': 'application/json', 'content-encoding': 'BR' } });
    expect(br.status).toBe(415);
    const form = await app.request('/ask', { method: 'POST', body: gzipSync('question=gout'), headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'deflate, gzip' } });
    expect(form.status).toBe(415);
    expect(await form.text()).toContain('Content-Encoding deflate, gzip, which clinq does not read');
    expect(asked).toEqual([]);
    // "identity" is the body as sent.
    const plain = await app.request('/api/answers', { method: 'POST', body: '{"question":"Does colchicine help gout?"}', headers: { 'content-type': 'application/json', 'content-encoding': 'identity' } });
    expect(plain.status).toBe(200);
  });

  it('stores any question up to the configured limit, and words a too-short one as its other question faults', async () => {
    const { app } = makeApp({ checkQuestion: (input) => checkQuestion(input, 2000), maxBodyBytes: 64 * 1024 });
    const long = `${'Does aspirin reduce the risk of stroke in adults with atrial fibrillation '.repeat(20).trim()}?`;
    expect(long.length).toBeGreaterThan(1000);
    const stored = await app.request('/api/answers', post(JSON.stringify({ question: long })));
    expect(stored.status).toBe(200);
    expect((await stored.json()).question).toBe(long);

    const short = await app.request('/api/answers', post(JSON.stringify({ question: 'ab' })));
    expect(short.status).toBe(400);
    expect(await short.json()).toEqual({
      error: { code: 'invalid_request', message: 'question: is too short (2 characters); ask a whole question, e.g. "What causes gout?"' },
    });
  });

  it('answers a question posted as JSON with the contract shape, stored as an article with id and url', async () => {
    const { app, asked } = makeApp();
    const res = await app.request('/api/answers', post(JSON.stringify({ question: 'Does colchicine help gout?', audience: 'patient' })));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Answer;
    expect(body.status).toBe('answered');
    expect(body.audience).toBe('patient');
    expect(body.url).toBe('/articles/does-colchicine-help-gout');
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    // The physician wording is stored; other readers get it adapted.
    expect(asked).toEqual([{ question: 'Does colchicine help gout?', audience: 'physician' }]);
  });

  it('leads a question already asked to its article instead of storing an unreviewed duplicate', async () => {
    const { app, asked } = makeApp();
    const first = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Does colchicine help gout?' })))).json()) as Answer;
    const again = (await (await app.request('/api/answers', post(JSON.stringify({ question: '  does colchicine   help GOUT ' })))).json()) as Answer;
    expect(again).toMatchObject({ id: first.id, url: first.url, question: 'Does colchicine help gout?' });
    expect(asked).toHaveLength(1);
    // Same words, another question: '<' and '>' make the same slug but are not the same question.
    const more = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Is uric acid > 6 in gout?' })))).json()) as Answer;
    const less = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Is uric acid < 6 in gout?' })))).json()) as Answer;
    expect(less.id).not.toBe(more.id);
    expect(less.url).toBe(`${more.url}-2`);
    // The second of two questions sharing a slug is found again under its numbered slug, not stored a third time.
    const lessAgain = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'is uric acid < 6 in gout' })))).json()) as Answer;
    expect(lessAgain.id).toBe(less.id);
    expect(asked).toHaveLength(3);
  });

  it('answers an unreviewed question again once the corpus has changed', async () => {
    let articles = 1;
    const { app, asked } = makeApp({ countArticles: async () => articles });
    const first = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Does colchicine help gout?' })))).json()) as Answer;
    articles = 5000;
    const later = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Does colchicine help gout?' })))).json()) as Answer;
    expect(later.id).not.toBe(first.id);
    expect(asked).toHaveLength(2);
  });

  it('leads a question answered anew after a corpus change to that newest answer afterwards, not to the stale first', async () => {
    let articles = 1;
    let tick = Date.parse('2026-03-01T00:00:00Z');
    const answers: string[] = [];
    const { app } = makeApp({
      countArticles: async () => articles,
      ask: async (question) => {
        answers.push(question);
        return { ...answerFor(question, 'physician'), corpus: { articles, snapshot: String(articles) } };
      },
      editorial: { store: createMemoryEditorialStore(), clock: () => new Date((tick += 1000)) },
    });
    const ask = async () => (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Does colchicine help gout?' })))).json()) as Answer;
    const first = await ask();
    articles = 5000;
    const later = await ask();
    const again = await ask();
    expect(later.id).not.toBe(first.id);
    expect(again.id).toBe(later.id);
    expect(answers).toHaveLength(2);
  });

  it('returns a stored answer by id, for an audience, and 404 for an unknown id', async () => {
    const { app } = makeApp();
    const created = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Does colchicine help gout?' })))).json()) as Answer;
    const res = await app.request(`/api/answers/${created.id}?audience=patient`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Answer;
    expect(body).toMatchObject({ id: created.id, url: created.url, audience: 'patient', question: 'Does colchicine help gout?' });
    expect((await app.request('/api/answers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await app.request('/api/answers/not-an-id')).status).toBe(400);
    const unknown = await app.request(`/api/answers/${created.id}?audience=wizard`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/audience: "wizard" is not one of/);
    // A NUL or a zero-width space drew as nothing or a blank (`audience: " "`): it is named, so the sender sees what went wrong.
    for (const [query, shown] of [['%00', '"\\u0000"'], ['nurse%E2%80%8B', '"nurse\\u200B"']] as const) {
      const hidden = await app.request(`/api/answers/${created.id}?audience=${query}`);
      expect(hidden.status).toBe(400);
      expect(((await hidden.json()) as { error: { message: string } }).error.message).toBe(
        `audience: ${shown} is not one of patient, caregiver, student, nurse, physician`,
      );
    }
  });

  it('reads an audience written in any case, in a body and in a query, as the reader it names', async () => {
    const { app } = makeApp();
    const worded = [];
    for (const audience of ['Patient', 'NURSE', ' caregiver ']) {
      const res = await app.request('/api/answers', post(JSON.stringify({ question: 'Does colchicine help gout?', audience })));
      expect(res.status, audience).toBe(200);
      worded.push(((await res.json()) as Answer).audience);
    }
    expect(worded).toEqual(['patient', 'nurse', 'caregiver']);
    const created = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Is gout inherited?' })))).json()) as Answer;
    const res = await app.request(`/api/answers/${created.id}?audience=Student`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Answer).audience).toBe('student');
    // A name that is no reader in any case is still refused.
    expect((await app.request('/api/answers', post(JSON.stringify({ question: 'Is gout inherited?', audience: 'Doctor' })))).status).toBe(400);
  });

  it('refuses a query parameter that is a slip for "audience", where it would have been dropped and physicians answered', async () => {
    const { app } = makeApp();
    const created = (await (await app.request('/api/answers', post(JSON.stringify({ question: 'Does colchicine help gout?' })))).json()) as Answer;
    for (const slip of ['audiance', 'Audience', 'audince']) {
      const res = await app.request(`/api/answers/${created.id}?${slip}=patient`);
      expect(res.status, slip).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        `query: unknown parameter "${slip}" (did you mean "audience"?); this route reads "audience"`,
      );
    }
    // A parameter that is no slip for one the route reads (a cache-buster) is passed over, as before.
    expect((await app.request(`/api/answers/${created.id}?_=1732700000000`)).status).toBe(200);
  });

  it.each([
    ['invalid JSON', '{"question":', /not valid JSON/],
    ['a missing question', '{}', /question/],
    ['a question that is not a string', '{"question": 42}', /question/],
    ['an unknown audience', '{"question": "gout?", "audience": "wizard"}', /audience: must be one of/],
    ['an empty question', '{"question": "   "}', /question: is empty/],
    ['a question sent twice', '{"question": "What causes gout?", "question": "Is it safe?"}', /body: the key "question" came more than once/],
    ['an audience sent twice', '{"question": "gout?", "audience": "patient", "audience": "nurse"}', /body: the key "audience" came more than once/],
    ['a misspelt audience key', '{"question": "gout?", "audiance": "patient"}', /body: unknown key "audiance" \(did you mean "audience"\?\); the keys are "question" and "audience"/],
    ['a capitalised question key', '{"Question": "What causes gout?"}', /body: unknown key "Question" \(did you mean "question"\?\)/],
    ['keys the API does not read', '{"question": "gout?", "lang": "en", "stream": true}', /body: unknown keys "lang", "stream"; the keys are/],
  ])('rejects %s with a 400 and a JSON error naming the problem', async (_name, body, message) => {
    const { app, asked } = makeApp();
    const res = await app.request('/api/answers', post(body));
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('invalid_request');
    expect(json.error.message).toMatch(message);
    expect(asked).toHaveLength(0);
  });

  it.each([
    ['a missing question', '{}', 'question: is required and must be a string'],
    ['a question sent as a number', '{"question": 123}', 'question: must be a string, not a number'],
    ['a question sent as a list', '{"question": ["What causes gout?"]}', 'question: must be a string, not an array'],
    ['a question sent as null', '{"question": null}', 'question: must be a string, not null'],
    ['an unknown audience', '{"question": "gout?", "audience": "wizard"}', 'audience: must be one of patient, caregiver, student, nurse, physician'],
    ['a JSON array', '[]', 'body: must be a JSON object like {"question": "What causes gout?"}'],
    ['JSON null', 'null', 'body: must be a JSON object like {"question": "What causes gout?"}'],
  ])('names the field once when it rejects %s', async (_name, body, message) => {
    const { app } = makeApp();
    const res = await app.request('/api/answers', post(body));
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(message);
  });

  it('drops control characters from a question before it is answered and stored', async () => {
    const { app, asked } = makeApp();
    const res = await app.request('/api/answers', post(JSON.stringify({ question: '\u0000\u0001Does colchicine\u007f help gout?' })));
    expect(res.status).toBe(200);
    expect(((await res.json()) as Answer).question).toBe('Does colchicine help gout?');
    expect(asked[0]?.question).toBe('Does colchicine help gout?');
  });

  it('drops a terminal colour code pasted with a question whole, leaving no "[31m" behind', async () => {
    const { app, asked } = makeApp();
    const res = await app.request('/api/answers', post(JSON.stringify({ question: '\u001b[31mDoes colchicine help gout?\u001b[0m' })));
    expect(res.status).toBe(200);
    expect(asked[0]?.question).toBe('Does colchicine help gout?');
  });

  it('drops half a surrogate pair (JSON "\\ud800") but keeps a whole one, such as an emoji', async () => {
    const { app, asked } = makeApp();
    const res = await app.request('/api/answers', post('{"question": "Does colchicine\\ud800 help gout \\ud83d\\ude00\\udc00?"}'));
    expect(res.status).toBe(200);
    expect(asked[0]?.question).toBe('Does colchicine help gout \u{1F600}?');
  });

  it('rejects a body that is not JSON by content type', async () => {
    const { app } = makeApp();
    const res = await app.request('/api/answers', post('question=gout', 'application/x-www-form-urlencoded'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Content-Type: application\/json/);
  });

  it('reads the Content-Type as a media type: any letter case is JSON, a parameter naming JSON is not', async () => {
    const { app, asked } = makeApp();
    const upper = await app.request('/api/answers', post('{"question":"Does colchicine help gout?"}', 'Application/JSON; Charset=UTF-8'));
    expect(upper.status).toBe(200);
    expect(asked.map((a) => a.question)).toEqual(['Does colchicine help gout?']);
    const smuggled = await app.request('/api/answers', post('{"question":"Does aspirin help gout?"}', 'text/plain; x=application/json'));
    expect(smuggled.status).toBe(400);
    expect(asked).toHaveLength(1);
  });

  it('refuses a body larger than the limit with 413', async () => {
    const { app } = makeApp();
    const res = await app.request('/api/answers', post(JSON.stringify({ question: 'x'.repeat(5000) })));
    expect(res.status).toBe(413);
  });

  it('returns a stored article by PMID, 404 for an unknown one and 400 for a malformed one', async () => {
    const { app } = makeApp();
    const found = await app.request('/api/articles/123');
    expect(found.status).toBe(200);
    expect(((await found.json()) as Article).title).toBe(article.title);
    const missing = await app.request('/api/articles/999');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/PMID 999/);
    const bad = await app.request('/api/articles/abc');
    expect(bad.status).toBe(400);
    // Ingest stores "000123" as 123: the same record by either writing, and no record 0.
    const zeros = await app.request('/api/articles/000123');
    expect(zeros.status).toBe(200);
    expect(((await zeros.json()) as Article).pmid).toBe('123');
    expect((await app.request('/api/articles/000')).status).toBe(400);
  });

  it('looks up any PMID ingest can store (up to 12 digits), refusing longer ones in the same words', async () => {
    const { app } = makeApp();
    expect((await app.request('/api/articles/1234567890')).status).toBe(404);
    const long = await app.request('/api/articles/1234567890123');
    expect(long.status).toBe(400);
    expect(await long.json()).toEqual({ error: { code: 'invalid_request', message: 'pmid: must be 1 to 12 digits, not all zeros' } });
  });

  it('reports health with the article count', async () => {
    const { app } = makeApp();
    const res = await app.request('/healthz');
    expect(await res.json()).toEqual({ status: 'ok', articles: 1 });
  });

  it('hides internal errors behind a 500 without details', async () => {
    const { app } = makeApp({
      ask: async () => {
        throw new Error('database exploded at /secret/path');
      },
    });
    const res = await app.request('/api/answers', post(JSON.stringify({ question: 'gout?' })));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/secret/);
  });
});

describe('error pages', () => {
  it('word the fault for a reader: no page, a question too long for the form, a form too large', async () => {
    const { app } = makeApp();
    const missing = await app.request('/nope');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<p>There is no page at /nope.</p>');
    const long = await app.request('/?q=' + 'a'.repeat(150));
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('<p>Your question is 150 characters long; the limit is 100.</p>');
    const huge = await app.request('/ask', post(`question=${'a'.repeat(5000)}`, 'application/x-www-form-urlencoded'));
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('<p>What was sent is larger than 2 KB; shorten it and try again.</p>');
  });
});

describe('question page', () => {
  it('shows the question box when nothing is asked', async () => {
    const { app } = makeApp();
    const html = await (await app.request('/')).text();
    expect(html).toContain('<form');
    expect(html).toContain('name="q"');
  });

  it('refuses a quick answer whose link is not UTF-8 (%ff) instead of answering its escape as words, and cleans the question as the form does', async () => {
    const { app, asked } = makeApp();
    const latin1 = await app.request('/?q=caf%e9%20gout');
    expect(latin1.status).toBe(400);
    expect(await latin1.text()).toContain('Your question has bytes that are not UTF-8 text (sent in another encoding?); send it as UTF-8.');
    expect(asked).toEqual([]);
    expect((await app.request('/?q=' + encodeURIComponent('Is \u202Etuog\u202C treated\u200Bwith colchicine?'))).status).toBe(200);
    expect(asked.map((a) => a.question)).toEqual(['Is tuog treated with colchicine?']);
  });

  it('composes quick answers for one address up to three times its new-answer limit a minute, then answers 429 with Retry-After', async () => {
    const { app, asked } = makeApp({ newAnswersPerMinute: 1 });
    for (const q of ['gout', 'colchicine', 'allopurinol']) expect((await app.request(`/?q=${q}`)).status).toBe(200);
    const over = await app.request('/?q=febuxostat');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.text()).toMatch(/This address has asked for 3 quick answers in the last minute, the most allowed; try again in \d+ seconds?, or ask with the form/);
    expect(asked.map((a) => a.question)).toEqual(['gout', 'colchicine', 'allopurinol']);
    // The home page itself is not counted.
    expect((await app.request('/')).status).toBe(200);
  });

  it('renders the cited answer with escaped text and PubMed links', async () => {
    const { app } = makeApp();
    const res = await app.request('/?q=' + encodeURIComponent('Does <script>alert(1)</script> colchicine help?'));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Gout &lt;b&gt;flares&lt;/b&gt; &amp; colchicine');
    expect(html).toContain('https://pubmed.ncbi.nlm.nih.gov/123/');
    expect(html).toContain('href="#ref-1"');
  });
});

describe('a known API path asked with the wrong method', () => {
  it('answers 405 naming the method it takes, with an Allow header, while an unknown path stays 404', async () => {
    const { app } = makeApp();
    const listed = await app.request('/api/answers');
    expect(listed.status).toBe(405);
    expect(listed.headers.get('allow')).toBe('POST');
    expect(await listed.json()).toEqual({ error: { code: 'method_not_allowed', message: 'GET /api/answers: this route takes POST' } });
    const put = await app.request('/api/articles/123', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect((await app.request('/healthz', { method: 'HEAD' })).status).toBe(200);
    expect((await app.request('/api/nothing', { method: 'POST' })).status).toBe(404);
    // The API's own root answers its clients in JSON too, not with an HTML page.
    const root = await app.request('/api');
    expect(root.status).toBe(404);
    expect(((await root.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('a known page asked with the wrong method', () => {
  it('answers 405 with an Allow header and a page naming the method, where it said there was no page', async () => {
    const { app } = makeApp();
    const put = await app.request('/', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    const html = await put.text();
    expect(html).toContain('<h1 id="error-title">That page does not take this request</h1>');
    expect(html).toContain('<p>/ takes GET requests, not PUT.</p>');
    expect(html).not.toContain('There is no page');
  });

  it('names POST for a form address opened in the browser, and takes a parameter path as its route', async () => {
    const { app } = makeApp();
    const ask = await app.request('/ask');
    expect(ask.status).toBe(405);
    expect(ask.headers.get('allow')).toBe('POST');
    // Opened in the browser (the address a refused question left in the bar), it sends the reader to the form's page.
    const askPage = await ask.text();
    expect(askPage).toContain('<p>/ask is where a form sends what was typed in it; it has no page of its own.</p>');
    expect(askPage).toContain('<a href="/">Go to the home page, where this form is</a>');
    const followUps = await (await app.request('/articles/some-slug/follow-ups')).text();
    expect(followUps).toContain('<a href="/articles/some-slug">Go to the page this form is on</a>');
    const action = await (await app.request('/articles/some-slug/actions/approve')).text();
    expect(action).toContain('<a href="/articles/some-slug">Go to the page this form is on</a>');
    const comments = await app.request('/articles/some-slug/comments', { method: 'DELETE' });
    expect(comments.status).toBe(405);
    expect(comments.headers.get('allow')).toBe('POST');
    expect((await app.request('/login', { method: 'PATCH' })).headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('refuses a POST to a page that takes only GET as 405, not as a missing security token', async () => {
    const { app } = makeApp();
    const res = await app.request('/', post('q=gout', 'application/x-www-form-urlencoded'));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers a form address sent no Content-Type with 415 naming the form types, not with a missing security token', async () => {
    const { app, asked } = makeApp();
    // A byte body, unlike a string one, gets no Content-Type of its own.
    const res = await app.request('/ask', { method: 'POST', body: new TextEncoder().encode('question=gout') });
    expect(res.status).toBe(415);
    const html = await res.text();
    expect(html).toContain('That was not sent as a form');
    expect(html).toContain('POST /ask takes a form (Content-Type application/x-www-form-urlencoded or multipart/form-data) but was sent no Content-Type.');
    expect(html).not.toContain('security token');
    expect(asked).toEqual([]);
  });

  it('names the Content-Type a form address was sent instead of a form', async () => {
    const { app } = makeApp();
    const res = await app.request('/ask', post(JSON.stringify({ question: 'gout' }), 'application/json; charset=utf-8'));
    expect(res.status).toBe(415);
    expect(await res.text()).toContain('but was sent Content-Type application/json.');
  });

  it('answers 503 with Retry-After, not a 500, while an ingest holds the database (SQLITE_BUSY), on the API and on pages', async () => {
    const logged: unknown[] = [];
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const { app } = makeApp({ ask: async () => Promise.reject(busy), logError: (error) => logged.push(error) });
    const api = await app.request('/api/answers', post(JSON.stringify({ question: 'What causes gout?' })));
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('5');
    expect(await api.json()).toEqual({
      error: { code: 'busy', message: 'store: the database is busy with another writer (an ingest?); try again in 5 seconds' },
    });
    const page = await app.request('/?q=What%20causes%20gout%3F');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('The database is busy with another writer (an ingest?); try again in 5 seconds.');
    expect(logged).toEqual([]);
  });

  it('answers 507 naming a full disk (SQLITE_FULL), not a bare internal error, and logs one line saying so, not a stack', async () => {
    const logged: unknown[] = [];
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const { app } = makeApp({ ask: async () => Promise.reject(full), logError: (error) => logged.push(error) });
    const api = await app.request('/api/answers', post(JSON.stringify({ question: 'What causes gout?' })));
    expect(api.status).toBe(507);
    expect(await api.json()).toEqual({
      error: {
        code: 'disk_full',
        message: "store: the disk holding the database is full, so this answer could not be saved; the site's operator has to free space",
      },
    });
    const page = await app.request('/?q=What%20causes%20gout%3F');
    expect(page.status).toBe(507);
    expect(await page.text()).toContain('The disk holding the database is full, so this answer could not be saved');
    expect(logged).toEqual([
      'clinq: store: the disk holding the database is full (SQLITE_FULL); new answers cannot be saved until space is freed',
      'clinq: store: the disk holding the database is full (SQLITE_FULL); new answers cannot be saved until space is freed',
    ]);
  });

  it('refuses a multipart form whose body cannot be read as 400 saying so, not as a server error', async () => {
    const logged: unknown[] = [];
    const { app, asked } = makeApp({ logError: (error) => logged.push(error) });
    const res = await app.request('/ask', post('garbage', 'multipart/form-data; boundary=xx'));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('What was sent is not a readable multipart/form-data form; reload the page and send it again.');
    expect(logged).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('writes no stack trace to the server log for a request refused as the client\'s fault', async () => {
    const logged: unknown[] = [];
    const { app } = makeApp({ logError: (error) => logged.push(error) });
    expect((await app.request('/ask', post('{}', 'application/json'))).status).toBe(415);
    expect(logged).toEqual([]);
  });

  it('still refuses a form without its security token as 403', async () => {
    const { app, asked } = makeApp();
    const res = await app.request('/ask', post('question=gout', 'application/x-www-form-urlencoded'));
    expect(res.status).toBe(403);
    expect(asked).toEqual([]);
  });

  it('keeps 404 for paths no route has, and lets the methods a page takes through', async () => {
    const { app } = makeApp();
    expect((await app.request('/nope', { method: 'PUT' })).status).toBe(404);
    expect((await app.request('/articles/a/b/c', { method: 'PUT' })).status).toBe(404);
    expect((await app.request('/')).status).toBe(200);
    expect((await app.request('/', { method: 'HEAD' })).status).toBe(200);
  });

  it('leads an address with a slash at its end to the page without it, keeping the query, and never off the site', async () => {
    const { app } = makeApp();
    const res = await app.request('/editorial-policy/?a=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/editorial-policy?a=1');
    expect((await app.request('/healthz/')).headers.get('location')).toBe('/healthz');
    expect((await app.request('//evil.example/')).headers.get('location')).toBe('/evil.example');
    expect((await app.request('///')).status).toBe(404);
    expect((await app.request('/nope')).status).toBe(404);
    expect((await app.request('/editorial-policy/', { method: 'POST' })).status).not.toBe(301);
  });
});

describe('limit on new answers', () => {
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
  const ask = (app: ReturnType<typeof makeApp>['app'], question: string, address = '10.0.0.1') =>
    app.request('/api/answers', post(JSON.stringify({ question })), from(address));

  function limitedApp(newAnswersPerMinute?: number) {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { app, asked } = makeApp({
      editorial: { store: createMemoryEditorialStore(), clock: () => new Date(now) },
      ...(newAnswersPerMinute !== undefined ? { newAnswersPerMinute } : {}),
    });
    return { app, asked, advance: (ms: number) => (now += ms) };
  }

  it('answers 429 with Retry-After and a rate_limited error once one address has asked for its new answers of the minute', async () => {
    const { app, asked, advance } = limitedApp(3);
    for (const q of ['gout one?', 'gout two?', 'gout three?']) expect((await ask(app, q)).status).toBe(200);
    advance(10_000);
    const refused = await ask(app, 'gout four?');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50');
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain('asked 3 new questions in the last minute');
    expect(body.error.message).toContain('try again in 50 seconds');
    // Refused before any answer is composed or stored.
    expect(asked.map((a) => a.question)).toEqual(['gout one?', 'gout two?', 'gout three?']);
    // Another address has its own allowance; the first may ask again once the minute has passed.
    expect((await ask(app, 'gout four?', '10.0.0.2')).status).toBe(200);
    advance(50_000);
    expect((await ask(app, 'gout five?')).status).toBe(200);
  });

  it('does not count asking a question that already has an article', async () => {
    const { app, asked } = limitedApp(2);
    expect((await ask(app, 'Does colchicine help gout?')).status).toBe(200);
    expect((await ask(app, 'Is allopurinol safe?')).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await ask(app, 'does colchicine help gout')).status).toBe(200);
    expect(asked).toHaveLength(2);
    expect((await ask(app, 'Is febuxostat safe?')).status).toBe(429);
  });

  it('allows 20 new answers a minute unless configured, and none is limited with 0', async () => {
    const byDefault = limitedApp();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await ask(byDefault.app, `question number ${i}?`)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.at(-1)).toBe(429);
    const unlimited = limitedApp(0);
    for (let i = 0; i < 25; i++) expect((await ask(unlimited.app, `question number ${i}?`)).status).toBe(200);
  });

  it('counts every client behind a reverse proxy apart when CLINQ_TRUST_PROXY trusts it, and ignores X-Forwarded-For otherwise', async () => {
    const behind = (app: ReturnType<typeof makeApp>['app'], question: string, client: string) =>
      app.request('/api/answers', { ...post(JSON.stringify({ question })), headers: { 'content-type': 'application/json', 'x-forwarded-for': client } }, from('127.0.0.1'));
    const trusting = makeApp({ editorial: { store: createMemoryEditorialStore() }, newAnswersPerMinute: 1, trustedProxies: 1 });
    expect((await behind(trusting.app, 'gout one?', '203.0.113.1')).status).toBe(200);
    expect((await behind(trusting.app, 'gout two?', '203.0.113.2')).status).toBe(200);
    expect((await behind(trusting.app, 'gout three?', 'spoofed, 203.0.113.1')).status).toBe(429);
    const { app } = limitedApp(1);
    expect((await behind(app, 'gout one?', '203.0.113.1')).status).toBe(200);
    // Not trusted: both come from the proxy's socket and share its one allowance.
    expect((await behind(app, 'gout two?', '203.0.113.2')).status).toBe(429);
  });

  it('counts questions sent in parallel', async () => {
    const { app, asked } = limitedApp(3);
    const statuses = await Promise.all(Array.from({ length: 6 }, (_, i) => ask(app, `parallel question ${i}?`)).map(async (r) => (await r).status));
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    expect(asked).toHaveLength(3);
  });
});
