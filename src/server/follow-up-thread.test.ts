import { describe, expect, it } from 'vitest';
import { makeHarness } from './test-harness.js';

describe('a follow-up posted in a thread', () => {
  it('is asked about the condition the first question named, without the aspect that question asked of it', async () => {
    const h = await makeHarness({ newAnswersPerMinute: 100 });
    await h.request('anonymous', '/ask', { form: { question: 'Is Wilson disease hereditary?' } });
    const res = await h.request('anonymous', '/articles/is-wilson-disease-hereditary/follow-ups', { form: { question: 'What are the symptoms?' } });
    expect(res.status).toBe(303);
    expect(h.asked[1]).toBe('What are the symptoms? (Wilson disease)');
  });
});
