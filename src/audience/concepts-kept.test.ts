import { beforeAll, describe, expect, it } from 'vitest';
import { conceptsKept } from './concepts-kept.js';
import { loadVocabulary } from './load-vocabulary.js';
import { answerOfSentences } from './measure-audience.js';
import type { Vocabulary } from './vocabulary.js';

let vocabulary: Vocabulary;
beforeAll(async () => {
  vocabulary = await loadVocabulary();
});

const kept = (clinical: string, plain: string) => conceptsKept(answerOfSentences('1', [clinical]), answerOfSentences('1', [plain]), vocabulary);

describe('conceptsKept', () => {
  it('counts a term replaced by its plain equivalent, in any form the rewrite gives it, as kept', () => {
    expect(kept('Hypertension was treated.', 'High blood pressure was treated.')).toBe(1);
    expect(kept('It is caused by mutations in the DMD gene.', 'It is caused by changes in the DMD gene.')).toBe(1);
    expect(kept('Benefit was demonstrated in the trial.', 'Benefit was shown in the trial.')).toBe(1);
    expect(kept('Disease progression was slower.', 'Disease worsening was slower.')).toBe(1);
  });

  it('counts a concept the plain answer no longer names as lost', () => {
    expect(kept('Hypertension was treated.', 'It was treated.')).toBe(0);
  });
});
