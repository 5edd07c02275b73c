import { describe, expect, it } from 'vitest';
import { availabilitySubject, withdrawnStatus } from './verdict-status.js';

const withdrawn = (question: string, ...texts: string[]) => withdrawnStatus(question, texts.map((text) => ({ text }))).map((s) => s.text);

describe('availabilitySubject', () => {
  it('reads the product a question asks to be available now', () => {
    expect(availabilitySubject('Is the drug Exubera currently (March 2020) available?')).toBe('Exubera');
    expect(availabilitySubject('Is insulin glargine still marketed?')).toBe('insulin glargine');
  });

  it('reads nothing from other questions', () => {
    expect(availabilitySubject('Is there a vaccine available?')).toBeNull();
    expect(availabilitySubject('Is Exubera effective?')).toBeNull();
  });
});

describe('withdrawnStatus', () => {
  it('finds a sentence saying the product was discontinued', () => {
    // PMID 25485886.
    const sentence =
      'Despite discontinuation of the first inhalable insulin, Exubera®, due to suboptimal market acceptance, development of orally inhaled insulin delivery systems has been galvanized by the recent approval of Afrezza®.';
    expect(withdrawn('Is the drug Exubera currently (March 2020) available?', sentence)).toEqual([sentence]);
  });

  it('finds nothing when the withdrawal is said far from the name, or the product came back', () => {
    expect(withdrawn('Is Exubera available?', 'Exubera was approved in 2006 for adults with diabetes, and many years later, in another country, a different insulin pump was discontinued.')).toEqual([]);
    expect(withdrawn('Is Exubera available?', 'Exubera was withdrawn in 2007.', 'Exubera was reintroduced in 2019.')).toEqual([]);
  });
});
