import { describe, expect, it } from 'vitest';
import { conceptWords, mergeFollowUp } from './follow-up-question.js';

describe('follow-up questions', () => {
  it('inherit the concepts of the original question', () => {
    expect(mergeFollowUp('What about treatment?', 'What causes gout?')).toBe('What about treatment? (gout)');
  });

  it('keep multi-word concepts and skip words the follow-up already has', () => {
    expect(mergeFollowUp('Is colchicine safe in kidney disease?', 'How is acute gout treated in kidney disease?')).toBe(
      'Is colchicine safe in kidney disease? (acute gout)',
    );
  });

  it('spell inherited words as the original question did, since the merged question titles the follow-up article', () => {
    expect(mergeFollowUp('How is it diagnosed?', 'What causes Duchenne muscular dystrophy?')).toBe('How is it diagnosed? (Duchenne muscular dystrophy)');
    expect(mergeFollowUp('And in DMD carriers?', 'Is CK raised in Duchenne?')).toBe('And in DMD carriers? (CK raised Duchenne)');
  });

  it('leave a self-contained follow-up unchanged', () => {
    expect(mergeFollowUp('  What   about gout? ', 'What causes gout?')).toBe('What about gout?');
  });

  it('drop stop words and question-intent words from the concepts', () => {
    expect(conceptWords('What are the common symptoms of Kawasaki disease in children?')).toEqual(['kawasaki', 'disease', 'children']);
  });
});
