import { describe, expect, it } from 'vitest';
import type { Answer } from '../domain/index.js';
import { fakeAnswer, makeHarness } from './test-harness.js';

describe('a follow-up posted in a thread', () => {
  it('is asked about the condition the first question named, without the aspect that question asked of it', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100 });
    await h.request('anonymous', '/ask', { form: { question: 'Is Wilson disease hereditary?' } });
    const res = await h.request('anonymous', '/articles/is-wilson-disease-hereditary/follow-ups', { form: { question: 'What are the symptoms?' } });
    expect(res.status).toBe(303);
    expect(h.asked[1]).toBe('What are the symptoms? (Wilson disease)');
  });

  it('pointing at the drug the answer named is asked about that drug, with the thread\'s answer and records passed on', async () => {
    // The first answer names thalidomide in its direct point, citing record 123.
    const answerFor = (question: string): Answer =>
      question.startsWith('How is')
        ? fakeAnswer(question, { text: 'Treatment with thalidomide induced a complete response in 12 of 15 patients with steroid-dependent erythema nodosum leprosum.' })
        : fakeAnswer(question, { text: 'No harm to the pregnancy was reported.' });
    const h = await makeHarness({ newAnswersPerMinute: 100, answerFor });
    await h.request('anonymous', '/ask', { form: { question: 'How is erythema nodosum leprosum treated?' } });
    const res = await h.request('anonymous', '/articles/how-is-erythema-nodosum-leprosum-treated/follow-ups', { form: { question: 'Is that drug safe in pregnancy?' } });
    expect(res.status).toBe(303);
    expect(h.asked[1]).toBe('Is thalidomide safe in pregnancy? (erythema nodosum leprosum)');
    expect(h.threads[0]).toBeUndefined();
    expect(h.threads[1]?.prior.question).toBe('How is erythema nodosum leprosum treated?');
    expect(h.threads[1]?.pmids).toEqual(['123']);
    expect(h.threads[1]?.pointedAt).toBe('123');
    // The reader sees the question typed, and how it was read.
    const page = await (await h.request('anonymous', '/articles/how-is-erythema-nodosum-leprosum-treated')).text();
    expect(page).toContain('Is that drug safe in pregnancy?');
    expect(page).toContain('Is thalidomide safe in pregnancy? (erythema nodosum leprosum)');
  });

  it('points past a turn naming no drug at the last one that named it', async () => {
    const answerFor = (question: string): Answer =>
      question.startsWith('How is')
        ? fakeAnswer(question, { text: 'Patients who take colchicine every day have fewer attacks of familial Mediterranean fever.' })
        : fakeAnswer(question, { text: 'Attacks of familial Mediterranean fever last one to three days.' });
    const h = await makeHarness({ newAnswersPerMinute: 100, answerFor });
    await h.request('anonymous', '/ask', { form: { question: 'How is familial Mediterranean fever treated?' } });
    const thread = '/articles/how-is-familial-mediterranean-fever-treated/follow-ups';
    await h.request('anonymous', thread, { form: { question: 'How long do the attacks last?' } });
    await h.request('anonymous', thread, { form: { question: 'What are the side effects of that drug?' } });
    expect(h.asked[2]).toBe('What are the side effects of colchicine? (familial Mediterranean fever)');
  });
});
