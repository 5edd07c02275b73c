import { describe, expect, it } from 'vitest';
import { createQuestionShortForms } from './question-short-forms.js';

// Definitions as the shipped corpus's abstracts give them (how many articles define each pair).
const ROWS = [
  { short: 'AF', long: 'atrial fibrillation', count: 8 },
  { short: 'AF', long: 'amniotic fluid', count: 1 },
  { short: 'ASA', long: 'advanced surface ablation', count: 1 },
  { short: 'ASA', long: 'association of anestesiology', count: 1 },
  { short: 'FISH', long: 'fluorescence in situ hybridization', count: 5 },
  { short: 'HDL', long: 'high density lipoprotein', count: 3 },
  { short: 'HDL', long: 'high-density lipoprotein', count: 3 },
  { short: 'CMV', long: 'cytomegalovirus', count: 4 },
];

const shortForms = createQuestionShortForms({
  // As the SQLite store reads them: a short form in any case, a long form in lower case.
  abbreviationsFor: async (phrases) => ROWS.filter((r) => phrases.some((p) => p === r.short.toLowerCase() || p === r.long)),
});
const read = async (question: string) => Object.fromEntries(await shortForms(question));

describe('createQuestionShortForms', () => {
  it('gives a short form the question writes the long form most of the corpus defines it by', async () => {
    expect(await read('How often do AF patients stop anticoagulants?')).toEqual({ af: ['atrial fibrillation'] });
  });

  it('reads long forms written with or without a hyphen as one reading', async () => {
    expect(await read('Does CETP deficiency raise HDL?')).toEqual({ hdl: ['high density lipoprotein', 'high-density lipoprotein'] });
  });

  it('gives none for a short form the corpus defines in several ways equally often', async () => {
    expect(await read('Is ASA safe before surgery?')).toEqual({});
  });

  it('reads a short form only in the case an article writes it: "fish" one eats is no FISH', async () => {
    expect(await read('Is eating fish good for the heart?')).toEqual({});
    expect(await read('Is FISH used to find the deletion?')).toEqual({ fish: ['fluorescence in situ hybridization'] });
  });

  it('adds nothing where the question writes the long form itself', async () => {
    expect(await read('Can cytomegalovirus (CMV) pass into breast milk?')).toEqual({});
  });
});
