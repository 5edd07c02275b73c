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

  it("is titled, on its own article and in the thread, in the reader's words and the thread's as written, not its search words", async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100 });
    await h.request('anonymous', '/ask', { form: { question: 'What is the first-line treatment of hypertension?' } });
    const thread = '/articles/what-is-the-first-line-treatment-of-hypertension/follow-ups';
    await h.request('anonymous', thread, { form: { question: 'and for women?' } });
    await h.request('anonymous', thread, { form: { question: 'is it safe for kids?' } });
    // What is searched is unchanged: the thread's words as a bag.
    expect(h.asked[1]).toBe('and for women? (first-line treatment hypertension)');
    expect(h.asked[2]).toBe('is it safe for kids? (first-line hypertension)');
    const women = await h.store.findArticleBySlug('and-for-women-first-line-treatment-of-hypertension');
    expect(women?.question).toBe('And for women? (first-line treatment of hypertension)');
    // Its answer keeps the question searched, which regenerating it asks again.
    expect(women?.versions[0]?.answer.question).toBe('and for women? (first-line treatment hypertension)');
    const page = await (await h.request('anonymous', '/articles/what-is-the-first-line-treatment-of-hypertension')).text();
    expect(page).toContain('Answered as: Is it safe for kids? (first-line treatment of hypertension)');
    expect(page).not.toContain('(first-line hypertension)');
    await h.request('editor', '/articles/and-for-women-first-line-treatment-of-hypertension/regenerate', { form: { version: '1' } });
    expect(h.asked.at(-1)).toBe('and for women? (first-line treatment hypertension)');
  });

  it('goes on from the last turn by the question it was searched with, not by its title', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100 });
    await h.request('anonymous', '/ask', { form: { question: 'How is asthma treated in adults?' } });
    const thread = '/articles/how-is-asthma-treated-in-adults/follow-ups';
    await h.request('anonymous', thread, { form: { question: 'What about inhaled steroids?' } });
    await h.request('anonymous', thread, { form: { question: 'And in pregnancy?' } });
    expect(h.asked[1]).toBe('What about inhaled steroids? (asthma adults)');
    expect(h.asked[2]).toBe('And in pregnancy? (inhaled steroids asthma adults)');
    const page = await (await h.request('anonymous', '/articles/how-is-asthma-treated-in-adults')).text();
    expect(page).toContain('Answered as: And in pregnancy? (asthma treated in adults, inhaled steroids)');
  });

  it('pointing at a medicine no answer named, and finding no answer, says so in its box and stores nothing', async () => {
    // "That medicine" resolves to no medicine of the first answer here (it stays in the question asked), and finds nothing.
    const answerFor = (question: string): Answer =>
      /that (?:drug|medicine)/iu.test(question)
        ? { ...fakeAnswer(question), status: 'insufficient_evidence', direct: null, sections: [], references: [], evidenceSummary: 'clinq found studies for this question, but none of them says anything about drug.' }
        : fakeAnswer(question, { text: 'Most adults with gout know little about the urate target of their treatment.' });
    const h = await makeHarness({ newAnswersPerMinute: 100, answerFor });
    await h.request('anonymous', '/ask', { form: { question: 'How is gout treated?' } });
    const res = await h.request('anonymous', '/articles/how-is-gout-treated/follow-ups', { form: { question: 'What are the side effects of that medicine?' } });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<p id="follow-error" class="error" role="alert">“that medicine” points at a medicine an earlier answer named, but clinq cannot tell which one you mean[^<]*Ask it again with the name of the medicine\.<\/p>/);
    expect(html).toContain('value="What are the side effects of that medicine?"');
    expect(await h.store.listFollowUps((await h.store.findArticleBySlug('how-is-gout-treated'))!.id)).toHaveLength(0);
    // "Is it safe for kids?" points at the thread's topic, which is always named: it is asked and stored, answered or not.
    const kids = await h.request('anonymous', '/articles/how-is-gout-treated/follow-ups', { form: { question: 'Is it safe for kids?' } });
    expect(kids.status).toBe(303);
    // Named after all, the medicine is asked.
    expect(h.asked).toContain('What are the side effects of that medicine? (gout treated)');
    const named = await h.request('anonymous', '/articles/how-is-gout-treated/follow-ups', { form: { question: 'What are the side effects of allopurinol?' } });
    expect(named.status).toBe(303);
  });
});

