import { describe, expect, it } from 'vitest';
import type { Concept } from './analyse-question.js';
import { conceptStems, rarestConcept, selectRareConcepts } from './select-rare-concepts.js';

const concept = (text: string, ...more: string[]): Concept => ({ text, alternatives: [text, ...more], weak: false });

const counts = new Map([
  ['patient', 40_000],
  ['treatment', 30_000],
  ['colchicin', 120],
  ['gout', 300],
  ['heart', 20_000],
  ['failur', 15_000],
]);

describe('selectRareConcepts', () => {
  it('drops the common concepts once the rare ones fill the budget', () => {
    const concepts = [concept('patients'), concept('colchicine'), concept('treatment'), concept('gout')];
    const kept = selectRareConcepts(concepts, counts, 5_000, 100);
    expect(kept.map((c) => c.text)).toEqual(['colchicine', 'gout']);
  });

  it('keeps every concept when all of them fit', () => {
    const concepts = [concept('patients'), concept('gout')];
    expect(selectRareConcepts(concepts, counts, 100_000, 100)).toEqual(concepts);
  });

  it('keeps adding common concepts until enough matches are expected', () => {
    const concepts = [concept('patients'), concept('colchicine'), concept('treatment')];
    const kept = selectRareConcepts(concepts, counts, 5_000, 1_000);
    expect(kept.map((c) => c.text)).toEqual(['colchicine', 'treatment']);
  });

  it('counts a phrase by its rarest word and a concept by all its alternatives', () => {
    const concepts = [concept('heart failure'), concept('gout', 'podagra'), concept('patients')];
    // "heart failure" ≤ 15,000 matches; "gout" or "podagra" (absent) 300; "patients" 40,000.
    const kept = selectRareConcepts(concepts, counts, 16_000, 100);
    expect(kept.map((c) => c.text)).toEqual(['heart failure', 'gout']);
  });
});

describe('conceptStems', () => {
  it('lists each index stem of every alternative once', () => {
    expect(conceptStems([concept('heart failure', 'cardiac failure'), concept('gout')])).toEqual(['heart', 'failur', 'cardiac', 'gout']);
  });
});

describe('rarestConcept', () => {
  it('names the concept the fewest documents contain, skipping one no document contains', () => {
    expect(rarestConcept([concept('heart failure'), concept('gout'), concept('colchicine'), concept('allopurinol')], counts)?.text).toBe('colchicine');
  });
});
