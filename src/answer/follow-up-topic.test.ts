import { describe, expect, it } from 'vitest';
import { followUpTopic, storyCondition, toldWhatItIs } from './follow-up-topic.js';

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

describe('toldWhatItIs', () => {
  it('asks what the condition a story names is, when the story ends asking what that is', () => {
    expect(toldWhatItIs('our son was very sick and now he stopped moving and talking, the doctor said catatonia. what is that?')).toBe('What is catatonia?');
    expect(toldWhatItIs('my baby was just diagnosed with phenylketonuria, what is that')).toBe('What is phenylketonuria?');
    expect(toldWhatItIs("I was told I have hemochromatosis, what's that?")).toBe('What is hemochromatosis?');
    expect(toldWhatItIs('they told us it’s Kawasaki disease, what does that mean')).toBe('What is Kawasaki disease?');
  });

  it('leaves other questions, and stories that name no condition, as they are', () => {
    expect(toldWhatItIs('What is that?')).toBeNull();
    expect(toldWhatItIs('My son has asthma. Is it serious?')).toBeNull();
    expect(toldWhatItIs('I have a question, what is it')).toBeNull();
    expect(toldWhatItIs('my husband has had it for years, what is it')).toBeNull();
  });
});

describe('storyCondition of what someone told the reader', () => {
  it('reads the condition a doctor named ("the doctor said catatonia", "they told us it is Kawasaki disease")', () => {
    expect(storyCondition('our daughter was very sick and stopped talking, the doctor said catatonia. what is that?')).toBe('catatonia');
    expect(storyCondition('they told us it is Kawasaki disease and he is in hospital')).toBe('Kawasaki disease');
    expect(storyCondition('the doctor said it was nothing to worry about')).toBeNull();
  });
});
