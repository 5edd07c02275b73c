import { describe, expect, it } from 'vitest';
import type { Answer, Audience } from '../domain/index.js';
import { createMemoryEditorialStore } from './memory-editorial-store.js';
import { createReaderAnswer } from './reader-answer.js';
import { fakeAnswer, makeHarness } from './test-harness.js';

/** A fake generative rewrite that records what it was asked and marks the wording as the model's. */
function fakeRewriter(options: { fail?: () => boolean } = {}) {
  const calls: { question: string; audience: Audience; storedAudience: Audience }[] = [];
  const adaptForReader = async (answer: Answer, audience: Audience): Promise<Answer> => {
    calls.push({ question: answer.question, audience, storedAudience: answer.audience });
    if (options.fail?.()) throw new Error('model down');
    return { ...answer, audience, direct: answer.direct && { ...answer.direct, text: `Model plain text for ${audience}.` } };
  };
  return { calls, adaptForReader };
}

describe('audience views with a model configured', () => {
  it('shows a patient the model rewrite of the stored physician answer, and physicians the stored text without calling it', async () => {
    const model = fakeRewriter();
    const h = await makeHarness({ adaptForReader: model.adaptForReader });
    const article = await h.articleIn('approved');

    const patient = await (await h.request('anonymous', `/articles/${article.slug}?audience=patient`)).text();
    expect(patient).toContain('Model plain text for patient.');
    expect(model.calls).toEqual([{ question: article.question, audience: 'patient', storedAudience: 'physician' }]);
    // Nothing was recomposed from the corpus: the stored answer was reworded.
    expect(h.asked).toEqual([]);

    const physician = await (await h.request('anonymous', `/articles/${article.slug}?audience=physician`)).text();
    expect(physician).toContain('Colchicine reduces gout flares.');
    expect(physician).not.toContain('Model plain text');
    expect(model.calls).toHaveLength(1);
  });

  it('calls the model once for the same stored answer and reader, across page views and the API', async () => {
    const model = fakeRewriter();
    const h = await makeHarness({ adaptForReader: model.adaptForReader });
    const article = await h.articleIn('approved');

    await h.request('anonymous', `/articles/${article.slug}?audience=patient`);
    const again = await (await h.request('anonymous', `/articles/${article.slug}?audience=patient`)).text();
    const api = (await (await h.app.request(`/api/answers/${article.id}?audience=patient`)).json()) as Answer;

    expect(again).toContain('Model plain text for patient.');
    expect(api).toMatchObject({ id: article.id, audience: 'patient', direct: { text: 'Model plain text for patient.' } });
    expect(model.calls).toHaveLength(1);
  });

  it('rewords a new answer asked through the API for the audience asked for', async () => {
    const model = fakeRewriter();
    const h = await makeHarness({ adaptForReader: model.adaptForReader });
    const res = await h.app.request('/api/answers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Does colchicine help gout?', audience: 'patient' }),
    });
    const body = (await res.json()) as Answer;
    expect(body).toMatchObject({ audience: 'patient', url: '/articles/does-colchicine-help-gout', direct: { text: 'Model plain text for patient.' } });
    expect(body.direct?.citations).toEqual(fakeAnswer('x').direct?.citations);
  });

  it('rewords the answers of the follow-up thread too', async () => {
    const model = fakeRewriter();
    const h = await makeHarness({ adaptForReader: model.adaptForReader });
    const article = await h.articleIn('approved');
    await h.request('anonymous', `/articles/${article.slug}/follow-ups`, { form: { question: 'What about allopurinol?' } });

    const page = await (await h.request('anonymous', `/articles/${article.slug}?audience=patient`)).text();
    expect(page.match(/Model plain text for patient\./g)).toHaveLength(2);
  });

  it('falls back to the rule-based wording when the rewrite fails, and tries the model again only after a while', async () => {
    let failing = true;
    let now = Date.parse('2026-01-01T00:00:00Z');
    const model = fakeRewriter({ fail: () => failing });
    const h = await makeHarness({ adaptForReader: model.adaptForReader, clock: () => new Date(now) });
    const article = await h.articleIn('approved');

    const res = await h.request('anonymous', `/articles/${article.slug}?audience=patient`);
    expect(res.status).toBe(200);
    // The harness's rule-based adapt marks its wording with the reader's name.
    expect(await res.text()).toContain('[patient] Colchicine reduces gout flares.');

    failing = false;
    await h.request('anonymous', `/articles/${article.slug}?audience=patient`);
    expect(model.calls).toHaveLength(1);

    now += 61_000;
    const later = await (await h.request('anonymous', `/articles/${article.slug}?audience=patient`)).text();
    expect(later).toContain('Model plain text for patient.');
    expect(model.calls).toHaveLength(2);
  });
});

describe('createReaderAnswer', () => {
  const adapt = (answer: Answer, audience: Audience): Answer => ({ ...answer, audience });

  it('is the rule-based adapt when no model is configured', async () => {
    const forReader = createReaderAnswer({ adapt, editorial: { store: createMemoryEditorialStore() } });
    const answer = fakeAnswer('Does colchicine help gout?');
    expect(await forReader(answer, 'patient')).toEqual({ ...answer, audience: 'patient' });
  });

  it('keeps only the most recently used rewrites', async () => {
    const model = fakeRewriter();
    const forReader = createReaderAnswer(
      { adapt, adaptForReader: model.adaptForReader, editorial: { store: createMemoryEditorialStore() } },
      { capacity: 2 },
    );
    const [a, b, c] = ['A?', 'B?', 'C?'].map((q) => fakeAnswer(q)) as [Answer, Answer, Answer];
    await forReader(a, 'patient');
    await forReader(b, 'patient');
    await forReader(a, 'patient'); // a is now the most recent
    await forReader(c, 'patient'); // evicts b
    await forReader(a, 'patient');
    await forReader(b, 'patient');
    expect(model.calls.map((call) => call.question)).toEqual(['A?', 'B?', 'C?', 'B?']);
  });
});
