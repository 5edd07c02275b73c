import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { fewKnow } from './verdict-knowing.js';
import { askedRelationsOf, speaksOfRelation } from './verdict-relation.js';

const heard = (text: string, section: string, score: number, coverage: number): ScoredPassage => ({
  pmid: '1', section, index: 1, text, score, coverage, rank: 0, stems: new Set(),
});

describe('questions of knowing (verdict-relation, verdict-knowing)', () => {
  it('reads "aware", "know" and "knowledge" asked of a group as a relation, not the reader\'s own "do you know if"', () => {
    expect(askedRelationsOf(analyzeQuestion('Are nurses aware of the interactions of warfarin?')).map((r) => r.kind)).toEqual(['knowing']);
    expect(askedRelationsOf(analyzeQuestion('Do asthma patients know how to use their inhaler?')).map((r) => r.kind)).toEqual(['knowing']);
    expect(askedRelationsOf(analyzeQuestion('Do you know if ibuprofen raises blood pressure?'))).toEqual([]);
    expect(askedRelationsOf(analyzeQuestion('I want to know whether statins cause diabetes?'))).toEqual([]);
    expect(askedRelationsOf(analyzeQuestion('Is smoking a known cause of bladder cancer?'))).toEqual([]);
    // Before a noun an adjective of knowing names a kind of people, asking nothing of what they know.
    expect(askedRelationsOf(analyzeQuestion('Do familiar nursing teams make fewer handover errors?'))).toEqual([]);
    expect(askedRelationsOf(analyzeQuestion('Are pharmacists familiar with the new opioid guideline?')).map((r) => r.kind)).toEqual(['knowing']);
    // A noun of knowing is the object of another relation ("improve awareness"), not what is asked.
    expect(askedRelationsOf(analyzeQuestion('Can text messages be used to improve diabetes awareness in teenagers?'))).toEqual([]);
    expect(askedRelationsOf(analyzeQuestion('Do doctors know what causes fibromyalgia?'))).toEqual([]);
    expect(askedRelationsOf(analyzeQuestion('Do doctors know much about the side effects of statins?')).map((r) => r.kind)).toEqual(['knowing']);
  });

  it('hears only sentences that speak of knowing', () => {
    const asked = analyzeQuestion('Are nurses aware of the interactions of warfarin?');
    // A background sentence on the drug itself says nothing of what nurses know.
    expect(speaksOfRelation('Warfarin is widely used but it interacts with many foods and drugs, often requiring dose changes.', asked)).toBe(false);
    expect(speaksOfRelation('Most nurses correctly identified aspirin as interacting with warfarin.', asked)).toBe(true);
  });

  it('denies a question of knowing by a small share who knew', () => {
    const asked = analyzeQuestion('Do patients with atrial fibrillation know their target INR?');
    expect(fewKnow('Only 22% of patients knew their target INR range, although most knew why they took warfarin.', asked)).toBe(true);
    expect(fewKnow('Less than half of the respondents were aware of their target INR.', asked)).toBe(true);
    expect(fewKnow('Most patients (78%) knew their target INR range.', asked)).toBe(false);
    // A small share of something other than knowing is no answer.
    expect(fewKnow('Only 22% of patients had an INR within range, and most knew why they took warfarin.', asked)).toBe(false);
    // Without a question of knowing, a small share denies nothing here.
    expect(fewKnow('Only 22% of patients knew their target INR range.', analyzeQuestion('Does warfarin prevent stroke in atrial fibrillation?'))).toBe(false);
    expect(polarityOf('Only 22% of patients knew their target INR range.', asked)).toBe(-1);
  });

  it('answers no when the conclusion finds poor knowledge and the background only describes the drug', () => {
    const asked = analyzeQuestion('Are nurses aware of the interactions of warfarin?');
    const { verdict } = decideVerdict(
      [
        heard('Warfarin is considered effective, but it is associated with many interactions with foods and drugs, usually requiring close monitoring.', 'OBJECTIVE', 1, 0.6),
        heard('Overall, there was a poor knowledge of the interactions of warfarin.', 'CONCLUSIONS', 1, 0.47),
        heard('Senior nurses seemed to be less aware that cranberry juice can interact with warfarin.', 'RESULTS', 1, 0.4),
      ],
      { analysis: asked },
    );
    expect(verdict).toBe('no');
  });
});

describe('polarityOf and words joined by a hyphen', () => {
  it('reads "X-induced injury" as the name of an injury, not a rise against the question\'s "attenuate"', () => {
    const asked = analyzeQuestion('Does losartan attenuate kidney fibrosis in hypertensive rats?');
    expect(polarityOf('These data suggest that losartan may reduce hypertension-induced renal injury by suppressing fibroblast activation.', asked)).toBe(1);
    // Said as a change of its own, the rise still denies.
    expect(polarityOf('In hypertensive rats, losartan induced kidney fibrosis.', asked)).toBe(-1);
  });

  it('reads "post-menopausal" as the question\'s "postmenopausal", no other group in its place', () => {
    const asked = analyzeQuestion('Do breast cancers of premenopausal and postmenopausal women differ in estrogen receptor expression?');
    expect(polarityOf('Breast cancers from pre- and post-menopausal women showed significant differences in estrogen receptor expression.', asked)).toBe(1);
    expect(polarityOf('Breast cancers from perimenopausal women showed significant differences in estrogen receptor expression.', asked)).toBe(-1);
  });
});
