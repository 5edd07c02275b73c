import { describe, expect, it } from 'vitest';
import { createCompoundSpellings, type CompoundStore } from './compound-spellings.js';
import { indexStems } from './text-tokens.js';

/**
 * A store over a few texts indexed as FTS5 porter unicode61 would (hyphens split words): document counts by stem,
 * and a phrase matches a text holding its stems side by side.
 */
function storeOf(texts: string[]): CompoundStore & { phrases: string[] } {
  const indexed = texts.map((t) => indexStems(t));
  const store = {
    phrases: [] as string[],
    async documentFrequencies(stems: readonly string[]) {
      return new Map(stems.map((stem) => [stem, indexed.filter((list) => list.includes(stem)).length]));
    },
    async matchArticles(query: { groups: string[][] }) {
      const phrase = query.groups[0]![0]!;
      store.phrases.push(phrase);
      const wanted = indexStems(phrase);
      return indexed.flatMap((list, i) => (list.some((_, k) => wanted.every((s, n) => list[k + n] === s)) ? [{ pmid: String(i), score: 1 }] : []));
    },
  };
  return store;
}

// Shaped like PMID 26702192 of the shipped corpus and two others: the articles hyphen "sleep-walking" and "breast-feeding",
// write "bedwetting" closed, and "heart" and "burn" apart but never side by side.
const corpus = [
  'Sleep-Walking with Zolpidem: a case of complex sleep behaviour after a hypnotic drug.',
  'Breast feeding and the risk of atopic eczema in the first two years of life.',
  'Desmopressin and alarms for bedwetting in school children; sleep was not disturbed.',
  'Burn injuries of the hand and heart rate variability after walking.',
  'Well-being and functioning in schizophrenia after an acute exacerbation.',
];

describe('createCompoundSpellings', () => {
  it('writes a closed word no article holds as the two words the articles write side by side', async () => {
    const respell = createCompoundSpellings(storeOf(corpus));
    expect(await respell('Can zolpidem cause sleepwalking?')).toBe('Can zolpidem cause sleep-walking?');
    expect(await respell('Does Breastfeeding protect against eczema?')).toBe('Does Breast-feeding protect against eczema?');
    // "being" is a stop word, but a part of a compound all the same.
    expect(await respell('What affects wellbeing in schizophrenia?')).toBe('What affects well-being in schizophrenia?');
  });

  it('writes hyphened or spaced words closed when the articles write them only so', async () => {
    const respell = createCompoundSpellings(storeOf(corpus));
    expect(await respell('What helps bed-wetting in children?')).toBe('What helps bedwetting in children?');
    expect(await respell('What helps bed wetting in children?')).toBe('What helps bedwetting in children?');
    // Neighbours with a stop word are no compound to join ("every day", "any way").
    expect(await createCompoundSpellings(storeOf([...corpus, 'Everyday activities after surgery.']))('Can I walk every day after surgery?')).toBe('Can I walk every day after surgery?');
  });

  it('leaves a word the corpus holds, and a split the articles never write side by side', async () => {
    const store = storeOf(corpus);
    const respell = createCompoundSpellings(store);
    // "heartburn": "heart" and "burn" are both in the corpus, never as one phrase.
    expect(await respell('Is heartburn common in pregnancy?')).toBe('Is heartburn common in pregnancy?');
    expect(await respell('Can zolpidem cause sleep-walking?')).toBe('Can zolpidem cause sleep-walking?');
    expect(await respell('Do alarms help bedwetting?')).toBe('Do alarms help bedwetting?');
    // A stop word is no part of a compound ("the rapist" of "therapist").
    expect(await respell('Should I see a therapist?')).toBe('Should I see a therapist?');
    expect(store.phrases).not.toContain('the rapist');
  });

  it('leaves the commonest English words, which the articles\' phrase writes in another sense ("meantime", "mean time")', async () => {
    const texts = [...corpus, 'The mean time to recovery was six days.'];
    expect(await createCompoundSpellings(storeOf(texts))('In the meantime what helps the pain?')).toBe('In the mean-time what helps the pain?');
    const levels: Record<string, number> = { meantime: 20, sleepwalking: 40 };
    const respell = createCompoundSpellings(storeOf(texts), { englishLevel: (w) => levels[w] });
    expect(await respell('In the meantime what helps the pain?')).toBe('In the meantime what helps the pain?');
    expect(await respell('Can zolpidem cause sleepwalking?')).toBe('Can zolpidem cause sleep-walking?');
  });
});
