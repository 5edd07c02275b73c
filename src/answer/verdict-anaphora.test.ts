import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { stemSet } from './content-terms.js';
import type { ScoredPassage } from './select-sentences.js';
import { resolveDefiniteNouns } from './verdict-anaphora.js';
import { coverageOf } from './weigh-concepts.js';

const asked = analyzeQuestion('Is there a cure for Friedreich ataxia?');
const sentence = (pmid: string, text: string, score = 0.4): ScoredPassage => {
  const stems = stemSet(text);
  return { pmid, section: 'ABSTRACT', index: 1, text, score, coverage: coverageOf(asked.concepts, stems), rank: 0, stems };
};

// PMID 10633128 (shipped corpus), "Friedreich ataxia: an overview."
const definition = sentence('10633128', 'Friedreich ataxia, an autosomal recessive neurodegenerative disease, is the most common of the inherited ataxias.');
const noTreatment = sentence('10633128', 'Currently there is no known treatment that alters the natural course of the disease.', 0.3);

describe('resolveDefiniteNouns', () => {
  it('reads "the disease" as the subject its article defines as a disease, and the sentence covers it', () => {
    expect(noTreatment.coverage).toBe(0);
    const [first, second] = resolveDefiniteNouns([definition, noTreatment], asked);
    const resolved = [first, second].find((p) => p?.text === noTreatment.text) as ScoredPassage;
    expect(resolved.coverage).toBeCloseTo(definition.coverage);
    expect(resolved.score).toBeGreaterThan(noTreatment.score);
    expect(resolved.stems.has('ataxia')).toBe(true);
  });

  it('takes kinds of illness as one kind ("an autosomal recessive disorder" ... "this condition")', () => {
    // PMID 10500204 (shipped corpus).
    const disorder = sentence('10500204', 'Friedreich ataxia (FRDA), the most common of the inherited ataxias, is an autosomal recessive degenerative disorder characterized by ataxia, areflexia, and pyramidal signs.');
    const condition = sentence('10500204', 'Treatments aimed to improve mitochondrial function in this condition have been proposed.');
    const resolved = resolveDefiniteNouns([disorder, condition], asked).find((p) => p.text === condition.text) as ScoredPassage;
    expect(resolved.coverage).toBeGreaterThan(0);
  });

  it('leaves the sentence alone when its article defines no subject as that kind, or it is another article', () => {
    const elsewhere = sentence('999', 'Currently there is no known treatment that alters the natural course of the disease.');
    expect(resolveDefiniteNouns([definition, elsewhere], asked).find((p) => p.pmid === '999')).toBe(elsewhere);
    const drug = sentence('10633128', 'The drug was well tolerated.');
    expect(resolveDefiniteNouns([definition, drug], asked).find((p) => p.text === drug.text)).toBe(drug);
  });

  it('leaves a sentence that names the subject itself as it is', () => {
    const named = sentence('10633128', 'There is no known treatment for Friedreich ataxia, the disease of this overview.');
    expect(resolveDefiniteNouns([definition, named], asked).find((p) => p.text === named.text)).toBe(named);
  });
});

describe('resolveDefiniteNouns on a kind noun before another noun', () => {
  it('reads "the drug users" as naming users, not as pointing back at a drug', () => {
    const drugQuestion = analyzeQuestion('Does methadone reduce mortality in opioid users?');
    const scored = (text: string): ScoredPassage => {
      const stems = stemSet(text);
      return { pmid: '7', section: 'ABSTRACT', index: 1, text, score: 0.4, coverage: coverageOf(drugQuestion.concepts, stems), rank: 0, stems };
    };
    const defined = scored('Methadone, a synthetic opioid drug, is used for maintenance treatment.');
    const compound = scored('Chest wall rigidity is unknown within the drug users community.');
    expect(resolveDefiniteNouns([defined, compound], drugQuestion).find((p) => p.text === compound.text)).toBe(compound);
    const pointing = scored('Mortality fell among those who took the drug.');
    expect(resolveDefiniteNouns([defined, pointing], drugQuestion).find((p) => p.text === pointing.text)?.stems.has('methadon')).toBe(true);
  });
});
