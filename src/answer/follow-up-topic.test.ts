import { describe, expect, it } from 'vitest';
import { followUpTopic, storyCondition } from './follow-up-topic.js';

describe('followUpTopic', () => {
  it('finds the topic a thread adds in brackets at the end of a follow-up', () => {
    const question = 'What about colchicine? (gout)';
    expect(followUpTopic(question)).toEqual({ at: question.indexOf('('), topic: 'gout' });
  });

  it('finds nothing in brackets inside the question', () => {
    expect(followUpTopic('Can Amyotrophic Lateral Sclerosis (ALS) be inherited?')).toBeNull();
  });
});

describe('storyCondition', () => {
  it('finds the condition a reader says someone has, not what the question then asks of it', () => {
    expect(storyCondition('My daughter has G6PD deficiency. Can she get cataracts?')).toBe('G6PD deficiency');
    expect(storyCondition('I was diagnosed with Hashimoto thyroiditis last year, is it safe to get pregnant?')).toBe('Hashimoto thyroiditis');
    expect(storyCondition('My 6 year old son has been diagnosed with Duchenne muscular dystrophy and I want to know about steroids')).toBe('Duchenne muscular dystrophy');
    expect(storyCondition('My husband suffers from gout. Can cherries help?')).toBe('gout');
  });

  it('finds none where no one is said to have a condition', () => {
    expect(storyCondition('Can G6PD deficiency cause cataracts?')).toBeNull();
    expect(storyCondition('I have a question about gout.')).toBeNull();
  });
});
