import { describe, expect, it } from 'vitest';
import type { Answer, Audience, Reference } from '../../domain/index.js';
import { plainEvidence } from '../../audience/plain-evidence.js';
import { EvidenceSummary } from './evidence-summary.js';

const ref = (n: number): Reference => ({
  n,
  pmid: String(26784140 + n),
  title: 'Target Serum Urate: Do Gout Patients Know Their Goal?',
  journal: '',
  year: 2016,
  publicationTypes: [],
  evidenceLevel: 'other',
  url: `https://pubmed.ncbi.nlm.nih.gov/${26784140 + n}/`,
});

// An answer citing three records that name no study design, its summary worded for `audience` as the audience stage words it.
const answer = (audience: Audience, summary = 'Based on 3 articles not classified by study design.'): Answer => ({
  question: 'What is the treatment of gout?',
  audience,
  status: 'answered',
  direct: { text: 'Urate-lowering therapy.', citations: [{ n: 1, pmid: '26784141', quote: 'Urate-lowering therapy.' }] },
  sections: [],
  references: [ref(1), ref(2), ref(3)],
  evidenceSummary: audience === 'patient' || audience === 'caregiver' ? plainEvidence(summary) : summary,
  corpus: { articles: 1896, snapshot: 's' },
});

const card = async (a: Answer) => String(await EvidenceSummary({ answer: a })).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the strength-of-the-evidence card', () => {
  it('says once, for a lay reader, that the records name no study design (their summary already says it)', async () => {
    for (const audience of ['patient', 'caregiver'] as const) {
      const text = await card(answer(audience));
      expect(text).toContain('The records do not say what kind of studies they were, so clinq cannot say how strong this evidence is.');
      expect(text).not.toContain('cannot be graded');
      expect(text).toContain('Each one is listed under References with a link to its abstract.');
    }
  });

  it('explains to a clinician or student what "not classified by study design" means, which their summary does not say', async () => {
    for (const audience of ['physician', 'nurse', 'student'] as const) {
      const text = await card(answer(audience));
      expect(text).toContain('Based on 3 articles not classified by study design.');
      expect(text).toContain('The cited records do not say whether they are trials, reviews or another study design, so the strength of this evidence cannot be graded.');
    }
  });

  it('keeps the note on a design the abstract itself states for a clinician', async () => {
    const text = await card(answer('physician', 'Based on 1 article not classified by study design; its abstract describes it as a randomized trial.'));
    expect(text).toContain('the design named above is as the abstract itself states it.');
  });
});
