import { describe, expect, it } from 'vitest';
import { askedSentence, storyWords } from './reader-context.js';

describe('askedSentence', () => {
  it('is the last sentence when a story in statements comes before it', () => {
    expect(askedSentence('I was diagnosed with gout last year. What should I eat?')).toBe('What should I eat?');
    expect(askedSentence('My grandad is 86 and has a hernia. Can it be repaired under a local anaesthetic?')).toBe('Can it be repaired under a local anaesthetic?');
  });

  it('is the whole question when it is one sentence, ends in no question mark, or the story itself asks', () => {
    expect(askedSentence('How is gout diagnosed?')).toBe('How is gout diagnosed?');
    expect(askedSentence('Is it safe? I am pregnant. What about ibuprofen?')).toBe('Is it safe? I am pregnant. What about ibuprofen?');
    expect(askedSentence('Tell me about gout. I have it.')).toBe('Tell me about gout. I have it.');
  });
});

describe('storyWords', () => {
  it('gives the words only the reader\'s story before the question holds', () => {
    const words = storyWords('My son is a keen footballer. Can asthma get worse with cold air?');
    expect([...words].sort()).toEqual(['footballer', 'keen', 'son']);
  });

  it('reads a family\'s story ("Our baby was born with ...") as the reader\'s', () => {
    expect([...storyWords('Our baby was born with Wolfram syndrome. Which gene is mutated in it?')].sort()).toEqual(['baby', 'born', 'syndrome', 'wolfram']);
    expect(storyWords('Our trial was stopped early. Which gene is mutated in Wolfram syndrome?').size).toBe(0);
  });

  it('leaves out the story\'s words the question sentence repeats', () => {
    expect(storyWords('I swim every morning. Can swim training trigger asthma?').has('swim')).toBe(false);
  });

  it('gives nothing for a question that is not in the reader\'s voice or tells no story', () => {
    expect(storyWords('Asthma is common in athletes. Can cold air trigger it?').size).toBe(0);
    expect(storyWords('Can cold air trigger my asthma?').size).toBe(0);
  });

  it('gives nothing when the story asks too, or the question sentence names nothing of its own', () => {
    expect(storyWords('Is it safe? I am pregnant. What about paracetamol?').size).toBe(0);
    const wording = (word: string) => ['normal'].includes(word);
    expect(storyWords('My knee clicks when I climb stairs. Is that normal?', wording).size).toBe(0);
  });
});
