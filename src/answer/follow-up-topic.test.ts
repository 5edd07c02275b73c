import { describe, expect, it } from 'vitest';
import { followUpTopic } from './follow-up-topic.js';

describe('followUpTopic', () => {
  it('finds the topic a thread adds in brackets at the end of a follow-up', () => {
    const question = 'What about colchicine? (gout)';
    expect(followUpTopic(question)).toEqual({ at: question.indexOf('('), topic: 'gout' });
  });

  it('finds nothing in brackets inside the question', () => {
    expect(followUpTopic('Can Amyotrophic Lateral Sclerosis (ALS) be inherited?')).toBeNull();
  });
});
