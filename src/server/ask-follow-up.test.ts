import { describe, expect, it } from 'vitest';
import type { Answer } from '../domain/index.js';
import { fakeAnswer, makeHarness } from './test-harness.js';
import { addVersion, approveVersion, startReview, submitForReview } from '../editorial/index.js';
import { nothingToPointAt } from './ask-follow-up.js';

const refusal = (q: string): Answer => ({
  ...fakeAnswer(q),
  status: 'insufficient_evidence',
  direct: null,
  sections: [],
  references: [],
  evidenceSummary: 'clinq searched its research articles for fluffernutter and found no study that answers this question.',
});

// The corpus knows gout and colchicine, and nothing of "fluffernutter".
const corpusOfGout = (q: string): Answer => (/fluffernutter/i.test(q) || !/gout|colchicine/i.test(q) ? refusal(q) : fakeAnswer(q));

async function refusedThread(answerFor: (q: string) => Answer = corpusOfGout) {
  const h = await makeHarness({ newAnswersPerMinute: 100, answerFor });
  await h.request('anonymous', '/ask', { form: { question: 'Is fluffernutter gout contagious?' } });
  return { h, slug: 'is-fluffernutter-gout-contagious', path: '/articles/is-fluffernutter-gout-contagious' };
}

async function json(h: Awaited<ReturnType<typeof makeHarness>>, path: string, body: unknown) {
  const res = await h.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('a thread whose first question found no answer', () => {
  it('offers the question back in the thread\'s box to ask again, not a form that starts another article', async () => {
    const { h, path } = await refusedThread();
    const html = await (await h.request('anonymous', path)).text();
    expect(html).toContain('<h2 id="follow-title">Ask it another way</h2>');
    expect(html).toMatch(new RegExp(`<form method="post" action="${path}/follow-ups"[^]*?value="Is fluffernutter gout contagious\\?"`));
    expect(html).not.toContain('action="/ask"');
    // The box comes before the disclaimer: it is what to do next.
    expect(html.indexOf('id="follow-title"')).toBeLessThan(html.indexOf('Professional disclaimer'));
  });

  it('asks a rephrased question as typed, keeps it in the thread and then takes follow-ups on it', async () => {
    const { h, path } = await refusedThread();
    const res = await h.request('anonymous', `${path}/follow-ups`, { form: { question: 'Is gout contagious between people?' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${path}#follow-up-1`);
    // Not merged with the first question's words, which may be what found nothing.
    expect(h.asked[1]).toBe('Is gout contagious between people?');
    const html = await (await h.request('anonymous', path)).text();
    expect(html).toContain('Is gout contagious between people?</p>');
    expect(html).toContain('Colchicine reduces gout flares.');
    // With an answer in the thread, the box takes follow-ups on it, and the disclaimer is about the research shown.
    expect(html).toContain('<h2 id="follow-title">Have a follow-up question?</h2>');
    expect(html).not.toContain('says nothing about your health either way');
    // Once a turn is answered, "it" reads against that turn, not the refused first question.
    await h.request('anonymous', `${path}/follow-ups`, { form: { question: 'How is it treated?' } });
    expect(h.asked[2]).toMatch(/^How is it treated\? \(gout [^)]*\)$/);
    expect(h.asked[2]).not.toContain('fluffernutter');
  });

  it('reads "it" as the first question\'s subject and answers when that finds an answer', async () => {
    const { h, path } = await refusedThread((q) => (/^Is it hereditary\? \(fluffernutter gout\)$/.test(q) ? fakeAnswer(q) : refusal(q)));
    const res = await h.request('anonymous', `${path}/follow-ups`, { form: { question: 'Is it hereditary?' } });
    expect(res.status).toBe(303);
    expect(h.asked.at(-1)).toBe('Is it hereditary? (fluffernutter gout)');
  });

  it('says why a follow-up pointing back cannot be read, in the box, and stores nothing, when no answer is found for it', async () => {
    const { h, path } = await refusedThread();
    const res = await h.request('anonymous', `${path}/follow-ups`, { form: { question: 'Is it hereditary?' } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<p id="follow-error" class="error" role="alert">[^<]*“it” points back at an earlier answer, but this thread has none yet/);
    expect(html).toContain('value="Is it hereditary?"');
    expect(await h.store.listFollowUps((await h.store.findArticleBySlug('is-fluffernutter-gout-contagious'))!.id)).toHaveLength(0);
  });

  it('refuses the same question asked again unchanged, saying to change its words', async () => {
    const { h, path } = await refusedThread();
    const res = await h.request('anonymous', `${path}/follow-ups`, { form: { question: 'is fluffernutter gout contagious' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('is the question this page asked, which found no answer; change some words');
    expect(h.asked).toHaveLength(1);
  });

  it('names the pointing word, or says the follow-up goes on from an answer', () => {
    expect(nothingToPointAt('Is that drug safe?', 'What is X?')).toMatch(/^question: “that” points back/);
    expect(nothingToPointAt('And in children?', 'What is X?')).toMatch(/^question: it goes on from an earlier answer, but this thread has none yet: clinq found no answer to “What is X\?”/);
  });
});

describe('POST /api/answers/:id/follow-ups', () => {
  it('answers a follow-up in a stored answer\'s thread, stored as its own answer, with its place in the thread', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100 });
    const first = await json(h, '/api/answers', { question: 'What causes gout?' });
    const res = await json(h, `/api/answers/${first.body.id}/follow-ups`, { question: 'How is it treated?', audience: 'patient' });
    expect(res.status).toBe(200);
    expect(res.body.question).toBe('How is it treated? (gout)');
    expect(res.body.audience).toBe('patient');
    expect(res.body.id).not.toBe(first.body.id);
    expect(res.body.followUpOf).toEqual({ id: first.body.id, url: '/articles/what-causes-gout#follow-up-1', position: 1, question: 'How is it treated?' });
    // Asked again: the same turn, not a second one.
    const again = await json(h, `/api/answers/${first.body.id}/follow-ups`, { question: 'how is it treated' });
    expect(again.body.followUpOf.position).toBe(1);
    expect(h.asked).toHaveLength(2);
    const thread = await (await h.app.request(`/api/answers/${first.body.id}/follow-ups`)).json();
    expect(thread.followUps.map((f: { followUpOf: { question: string } }) => f.followUpOf.question)).toEqual(['How is it treated?']);
    // The thread's reader is named as the answer's is: a slip for "audience" is refused, not read as physicians.
    const slip = await h.app.request(`/api/answers/${first.body.id}/follow-ups?audiance=patient`);
    expect(slip.status).toBe(400);
    expect((await slip.json()).error.message).toMatch(/^query: unknown parameter "audiance" \(did you mean "audience"\?\)/);
  });

  it('gives a turn whose own article was reviewed in its reviewed wording, as the article page does', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100 });
    const first = await json(h, '/api/answers', { question: 'What causes gout?' });
    const turn = await json(h, `/api/answers/${first.body.id}/follow-ups`, { question: 'How is it treated?' });
    const own = turn.body.id as string;
    const { users, editorial } = h;
    const reviewed = fakeAnswer('How is it treated? (gout)', { text: 'Colchicine treats gout flares, as the reviewer worded it.' });
    await addVersion(editorial, { actor: users.editor, articleId: own, answer: reviewed });
    await submitForReview(editorial, { actor: users.editor, articleId: own });
    await startReview(editorial, { actor: users.reviewer, articleId: own });
    await approveVersion(editorial, { actor: users.reviewer, articleId: own });
    const thread = await (await h.app.request(`/api/answers/${first.body.id}/follow-ups`)).json();
    expect(thread.followUps[0].direct.text).toBe('Colchicine treats gout flares, as the reviewer worded it.');
    expect(thread.followUps[0].id).toBe(own);
    const again = await json(h, `/api/answers/${first.body.id}/follow-ups`, { question: 'How is it treated?' });
    expect(again.body.direct.text).toBe('Colchicine treats gout flares, as the reviewer worded it.');
  });

  it('takes questions under a refused answer, and names why "it" cannot be read there', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100, answerFor: corpusOfGout });
    const first = await json(h, '/api/answers', { question: 'Is fluffernutter gout contagious?' });
    expect(first.body.status).toBe('insufficient_evidence');
    const pointing = await json(h, `/api/answers/${first.body.id}/follow-ups`, { question: 'Is it hereditary?' });
    expect(pointing.status).toBe(400);
    expect(pointing.body.error.code).toBe('invalid_request');
    expect(pointing.body.error.message).toContain('“it” points back at an earlier answer, but this thread has none yet');
    const rephrased = await json(h, `/api/answers/${first.body.id}/follow-ups`, { question: 'Is gout contagious?' });
    expect(rephrased.status).toBe(200);
    expect(rephrased.body.status).toBe('answered');
  });

  it('refuses bad requests by name', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100 });
    const first = await json(h, '/api/answers', { question: 'What causes gout?' });
    expect((await json(h, '/api/answers/not-an-id/follow-ups', { question: 'How is it treated?' })).status).toBe(400);
    const unknown = await json(h, '/api/answers/00000000-0000-4000-8000-000000000000/follow-ups', { question: 'How is it treated?' });
    expect(unknown.status).toBe(404);
    const short = await json(h, `/api/answers/${first.body.id}/follow-ups`, { question: 'ok' });
    expect(short.body.error.message).toMatch(/^question: is too short/);
    const typo = await json(h, `/api/answers/${first.body.id}/follow-ups`, { question: 'How is it treated?', audiance: 'patient' });
    expect(typo.body.error.message).toContain('(did you mean "audience"?)');
    const text = await h.app.request(`/api/answers/${first.body.id}/follow-ups`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'How?' });
    expect(text.status).toBe(400);
  });
});
