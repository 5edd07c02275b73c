import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { answeringClause } from './verdict-concession.js';

// PMID 10340286 of the shipped corpus.
const appendicitis = 'Although elevated leukocyte count and CRP value cannot effectively establish the diagnosis of acute appendicitis in the elderly, unelevated values exclude it.';

describe('answeringClause', () => {
  it('reads the clause that alone names what is asked, the one a pronoun takes up from the other speaking of it too', () => {
    const exclude = analyzeQuestion('In the elderly, do a normal leukocyte count and CRP exclude appendicitis?');
    expect(answeringClause(appendicitis, exclude).clause).toBe(' unelevated values exclude it.');
    // Our own: the asked relation in the conceded clause, the subject taken up there by "it".
    const mortality = analyzeQuestion('Does aspirin affect mortality after a heart attack?');
    expect(answeringClause('Aspirin reduced chest pain after a heart attack, although it did not affect mortality.', mortality).clause).toBe('although it did not affect mortality.');
  });

  it('keeps the whole sentence for a concession on significance, a contrast whose both sides are asked, or no second clause', () => {
    const mortality = analyzeQuestion('Does aspirin reduce mortality after a heart attack?');
    const sig = 'Although the difference was not statistically significant, aspirin reduced mortality after a heart attack.';
    expect(answeringClause(sig, mortality).clause).toBe(sig);
    const contrast = 'Aspirin reduced mortality in men after a heart attack, whereas it did not in women.';
    expect(answeringClause(contrast, mortality).clause).toBe(contrast);
    expect(answeringClause('Aspirin reduced mortality after a heart attack.', mortality).rest).toBe('');
  });
});

describe('polarityOf a sentence of a concession', () => {
  it('affirms the asked relation stated against a conceded denial (PMID 10340286, then our own)', () => {
    expect(polarityOf(appendicitis, analyzeQuestion('In the elderly, do a normal leukocyte count and CRP exclude appendicitis?'))).toBe(1);
    // Asked of the conceded clause, the sentence still denies.
    expect(polarityOf(appendicitis, analyzeQuestion('Can an elevated leukocyte count and CRP establish the diagnosis of appendicitis in the elderly?'))).toBe(-1);
    const pain = analyzeQuestion('Does aspirin reduce chest pain after a heart attack?');
    expect(polarityOf('Although aspirin did not lower the death rate, chest pain after a heart attack was reduced.', pain)).toBe(1);
    const deaths = analyzeQuestion('Does aspirin lower the death rate after a heart attack?');
    expect(polarityOf('Although aspirin did not lower the death rate, chest pain after a heart attack was reduced.', deaths)).toBe(-1);
    // A pronoun taking up the other clause's subject leaves the sentence whole: it was read so before.
    const mortality = analyzeQuestion('Does aspirin affect mortality after a heart attack?');
    expect(polarityOf('Aspirin reduced chest pain after a heart attack, although it did not affect mortality.', mortality)).toBe(-1);
  });
});
