import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerLine } from './answer-lines.js';
import { repoRoot } from './clinq-runner.js';
import { handmadeSetName, parseHandmade, quoteIsEvidence, scoreHandmade, summariseHandmade, type HandmadeQuestion } from './handmade-metrics.js';

const evidence = 'Detorsion is the procedure of choice for most cases of ovarian torsion in children.';

const askTorsion: HandmadeQuestion = {
  id: 't1',
  question: 'Should a twisted ovary be removed or untwisted?',
  audience: 'caregiver',
  type: 'treatment',
  expect: 'answer',
  pmids: ['15137012'],
  evidence,
};

const askYesNo: HandmadeQuestion = {
  id: 't2',
  question: 'Is a raised D-dimer useful for diagnosing appendicitis?',
  audience: 'physician',
  type: 'yesno',
  expect: 'answer',
  pmids: ['19683101'],
  verdict: 'no',
  evidence: 'Increased D-dimer levels should not be considered as a diagnostic parameter in diagnosis of acute appendicitis.',
};

const askOffCorpus: HandmadeQuestion = {
  id: 't3',
  question: 'How is scabies treated?',
  audience: 'nurse',
  type: 'treatment',
  expect: 'refuse',
  pmids: [],
  evidence: '',
};

function answered(direct: { pmid: string; quote: string }[], others: { pmid: string; quote: string }[] = [], verdict?: AnswerLine['verdict']): AnswerLine {
  const cite = (cs: { pmid: string; quote: string }[]) => cs.map((c, i) => ({ n: i + 1, ...c }));
  return {
    status: 'answered',
    verdict,
    direct: { text: 'direct', citations: cite(direct) },
    sections: others.length ? [{ kind: 'other', title: 'Other', points: [{ text: 'point', citations: cite(others) }] }] : [],
    references: [],
  };
}

const refused: AnswerLine = { status: 'insufficient_evidence', direct: null, sections: [], references: [] };

describe('quoteIsEvidence', () => {
  it('matches the same sentence with other whitespace, and a quote that holds the whole sentence', () => {
    expect(quoteIsEvidence('Detorsion is the procedure of choice  for most cases\nof ovarian torsion in children.', evidence)).toBe(true);
    expect(quoteIsEvidence(`All patients had functioning ovarian tissue. ${evidence}`, evidence)).toBe(true);
  });

  it('rejects a neighbouring sentence, a fragment of the sentence and an empty evidence', () => {
    expect(quoteIsEvidence('Simple detorsion was not accompanied by an increase in morbidity.', evidence)).toBe(false);
    expect(quoteIsEvidence('Detorsion is the procedure of choice', evidence)).toBe(false);
    expect(quoteIsEvidence('anything', '')).toBe(false);
  });
});

describe('scoreHandmade', () => {
  it('passes an answer whose direct answer quotes the evidence sentence of the expected article', () => {
    const d = scoreHandmade(askTorsion, answered([{ pmid: '15137012', quote: evidence }], [{ pmid: '999', quote: 'x' }]));
    expect(d).toMatchObject({ status: 'answered', directCitesExpected: true, anyCitesExpected: true, directQuoteIsEvidence: true, failure: null });
    expect(d.cited).toEqual(['15137012', '999']);
    expect(d.direct).toEqual({ pmids: ['15137012'], quote: evidence, text: 'direct' });
  });

  it('does not count the evidence sentence quoted from another article', () => {
    const d = scoreHandmade(askTorsion, answered([{ pmid: '999', quote: evidence }]));
    expect(d.directQuoteIsEvidence).toBe(false);
    expect(d.failure).toBe('wrong article');
  });

  it('tells the expected article cited only below the direct answer from an off-target direct sentence', () => {
    expect(scoreHandmade(askTorsion, answered([{ pmid: '999', quote: 'q' }], [{ pmid: '15137012', quote: evidence }])).failure).toBe(
      'expected article only outside the direct answer',
    );
    const offTarget = scoreHandmade(askTorsion, answered([{ pmid: '15137012', quote: 'There were 36 torsions in 34 children.' }]));
    expect(offTarget).toMatchObject({ directCitesExpected: true, directQuoteIsEvidence: false, failure: 'off-target direct sentence' });
  });

  it('scores verdicts: the expected one is right, uncertain or missing is wrong', () => {
    const quote = [{ pmid: '19683101', quote: askYesNo.evidence }];
    expect(scoreHandmade(askYesNo, answered(quote, [], 'no'))).toMatchObject({ verdictCorrect: true, failure: null });
    expect(scoreHandmade(askYesNo, answered(quote, [], 'uncertain'))).toMatchObject({ verdictCorrect: false, failure: 'wrong verdict' });
    expect(scoreHandmade(askYesNo, answered(quote))).toMatchObject({ verdictCorrect: false, failure: 'wrong verdict' });
    expect(scoreHandmade(askTorsion, answered(quote, [], 'yes')).verdictCorrect).toBeNull();
  });

  it('scores refusals both ways and keeps clinq\'s reason only for a refusal', () => {
    expect(scoreHandmade(askOffCorpus, refused, 'No stored article matches.')).toMatchObject({ failure: null, reason: 'No stored article matches.' });
    expect(scoreHandmade(askOffCorpus, answered([{ pmid: '1', quote: 'q' }]), 'x')).toMatchObject({ failure: 'answered though it should refuse', reason: null });
    expect(scoreHandmade(askTorsion, refused)).toMatchObject({ failure: 'refused though the article answers', cited: [], anyCitesExpected: false });
    expect(scoreHandmade(askTorsion, undefined)).toMatchObject({ status: 'missing', failure: 'missing answer' });
  });
});

describe('summariseHandmade', () => {
  it('shares out over every question of a kind and lists failures by cause', () => {
    const details = [
      scoreHandmade(askTorsion, answered([{ pmid: '15137012', quote: evidence }])),
      scoreHandmade({ ...askTorsion, id: 't4' }, refused),
      scoreHandmade(askYesNo, answered([{ pmid: '19683101', quote: 'other' }], [], 'yes')),
      scoreHandmade(askOffCorpus, refused),
      scoreHandmade({ ...askOffCorpus, id: 't5' }, answered([{ pmid: '1', quote: 'q' }])),
    ];
    const s = summariseHandmade(details);
    expect(s.refuse).toEqual({ n: 2, refused: 1 });
    expect(s.answer).toEqual({ n: 3, answered: 2, directCites: 2, anyCites: 2, directQuote: 1 });
    expect(s.yesno).toEqual({ n: 1, correct: 0, alwaysYes: 0 });
    expect(s.failures).toEqual({
      'refused though the article answers': ['t4'],
      'off-target direct sentence': ['t2'],
      'answered though it should refuse': ['t5'],
    });
  });
});

describe('parseHandmade', () => {
  it('rejects an answerable question without evidence, a refusal with PMIDs, a verdict off yes/no and a repeated id', () => {
    const line = (q: object) => JSON.stringify(q);
    expect(() => parseHandmade(line({ ...askTorsion, evidence: '' }))).toThrow(/line 1/);
    expect(() => parseHandmade(line({ ...askOffCorpus, pmids: ['1'] }))).toThrow(/refusal/);
    expect(() => parseHandmade(line({ ...askTorsion, verdict: 'yes' }))).toThrow(/verdict/);
    expect(() => parseHandmade(`${line(askTorsion)}\n${line(askTorsion)}`)).toThrow(/line 2.*repeated/);
  });

  it('reads the committed question set', () => {
    const questions = parseHandmade(readFileSync(join(repoRoot, 'bench', 'handmade', 'questions.jsonl'), 'utf8'));
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(questions.filter((q) => q.expect === 'refuse').length).toBeGreaterThanOrEqual(20);
  });
});

describe('handmadeSetName', () => {
  it('keeps the main set under handmade and names any other set after its file, so results never overwrite', () => {
    expect(handmadeSetName('/repo/bench/handmade/questions.jsonl')).toBe('handmade');
    expect(handmadeSetName('bench/handmade/heldout-2.jsonl')).toBe('handmade-heldout-2');
    expect(handmadeSetName('C:\\sets\\my set (v2).jsonl')).toBe('handmade-my-set-v2');
    expect(handmadeSetName('/tmp/extra.json')).toBe('handmade-extra');
  });
});

describe('heldout-2.jsonl', () => {
  it('parses, uses its own f ids and shares no id or expected article with the main set', () => {
    const read = (file: string) => parseHandmade(readFileSync(join(repoRoot, 'bench', 'handmade', file), 'utf8'), file);
    const main = read('questions.jsonl');
    const heldout = read('heldout-2.jsonl');
    expect(heldout.length).toBeGreaterThanOrEqual(60);
    expect(heldout.every((q) => /^f\d{3}$/.test(q.id))).toBe(true);
    const mainPmids = new Set(main.flatMap((q) => q.pmids));
    expect(heldout.flatMap((q) => q.pmids).filter((p) => mainPmids.has(p))).toEqual([]);
    expect(heldout.filter((q) => q.expect === 'refuse').length).toBeGreaterThanOrEqual(14);
  });
});

describe('heldout-3.jsonl', () => {
  it('parses, uses its own g ids and shares no expected article with the main set or heldout-2', () => {
    const read = (file: string) => parseHandmade(readFileSync(join(repoRoot, 'bench', 'handmade', file), 'utf8'), file);
    const earlier = [...read('questions.jsonl'), ...read('heldout-2.jsonl')];
    const heldout = read('heldout-3.jsonl');
    expect(heldout.length).toBeGreaterThanOrEqual(60);
    expect(heldout.every((q) => /^g\d{3}$/.test(q.id))).toBe(true);
    const earlierPmids = new Set(earlier.flatMap((q) => q.pmids));
    expect(heldout.flatMap((q) => q.pmids).filter((p) => earlierPmids.has(p))).toEqual([]);
    expect(heldout.filter((q) => q.expect === 'refuse').length).toBeGreaterThanOrEqual(14);
  });
});
