import { describe, expect, it } from 'vitest';
import type { AnswerLine } from './answer-lines.js';
import { conceptsKeptShare, conceptsOf, unchangedCitations } from './audience-metrics.js';
import { fleschKincaidGrade, smogGrade, textCounts } from './readability.js';

function answer(points: { text: string; pmids: string[] }[]): AnswerLine {
  const [direct, ...rest] = points.map((p) => ({ text: p.text, citations: p.pmids.map((pmid, i) => ({ n: i + 1, pmid, quote: `q${pmid}` })) }));
  return { status: 'answered', direct: direct ?? null, sections: [{ kind: 'other', title: 'Other', points: rest }], references: [] };
}

describe('concepts', () => {
  it('keeps stemmed content words and numbers, not function words', () => {
    expect([...conceptsOf('The tumours were treated with IL-6 inhibitors')].sort()).toEqual(['6', 'inhibitor', 'treat', 'tumour'].sort());
  });

  it('measures the share of the physician text kept in the other text', () => {
    expect(conceptsKeptShare('Hypertension increases stroke risk', 'High blood pressure (hypertension) raises stroke risk')).toBeCloseTo(3 / 4);
  });
});

describe('unchangedCitations', () => {
  it('compares citations point by point and counts extra points as changed', () => {
    const physician = answer([{ text: 'a', pmids: ['1'] }, { text: 'b', pmids: ['2', '3'] }]);
    const patient = answer([{ text: 'A', pmids: ['1'] }, { text: 'B', pmids: ['3'] }, { text: 'C', pmids: ['4'] }]);
    expect(unchangedCitations(physician, patient)).toEqual({ unchanged: 1, points: 3 });
  });
});

describe('readability', () => {
  it('counts sentences, words and syllables', () => {
    const c = textCounts('The cat sat. It was happy.');
    expect(c.sentences).toBe(2);
    expect(c.words).toBe(6);
    expect(c.polysyllables).toBe(0);
  });

  it('grades long clinical words higher than short plain ones', () => {
    const plain = 'The drug helps. It is safe for most kids.';
    const clinical = 'Pharmacological immunomodulatory intervention demonstrated considerable therapeutic efficacy in paediatric populations.';
    expect(fleschKincaidGrade(clinical)).toBeGreaterThan(fleschKincaidGrade(plain));
    expect(smogGrade(clinical)).toBeGreaterThan(smogGrade(plain));
    expect(Number.isNaN(fleschKincaidGrade(''))).toBe(true);
  });
});
