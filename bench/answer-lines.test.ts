import { describe, expect, it } from 'vitest';
import { answerText, citedPmids, groundingCounts, parseAnswerLine, type AnswerLine } from './answer-lines.js';

const line = {
  qid: 7,
  verdict: 'yes',
  question: 'Does aspirin lower fever?',
  audience: 'physician',
  status: 'answered',
  direct: { text: 'Yes, it does.', citations: [{ n: 1, pmid: '11', quote: 'Aspirin  lowers fever.' }] },
  sections: [
    {
      kind: 'treatment',
      title: 'Treatment',
      points: [
        { text: 'Bleeding is a risk.', citations: [{ n: 2, pmid: '12', quote: 'Bleeding is an invented risk.' }] },
        { text: 'Uncited.', citations: [] },
        { text: 'Wrong n.', citations: [{ n: 1, pmid: '12', quote: 'Bleeding is a risk.' }] },
      ],
    },
  ],
  references: [
    { n: 1, pmid: '11', title: 't' },
    { n: 2, pmid: '12', title: 't' },
  ],
  evidenceSummary: 'Based on 2 studies.',
  corpus: { articles: 2, snapshot: 's' },
};

function parsed(): AnswerLine {
  const result = parseAnswerLine(JSON.stringify(line));
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('answer lines', () => {
  it('reads a contract answer and turns a numeric qid into a string', () => {
    expect(parsed().qid).toBe('7');
  });

  it('reports a line that is not an answer instead of throwing', () => {
    expect(parseAnswerLine('oops')).toHaveProperty('error');
    expect(parseAnswerLine('{"status":"weird"}')).toHaveProperty('error');
  });

  it('joins the direct answer and the points as the answer text', () => {
    expect(answerText(parsed())).toBe('Yes, it does. Bleeding is a risk. Uncited. Wrong n.');
  });

  it('lists cited PMIDs once in order of first citation', () => {
    expect(citedPmids(parsed())).toEqual(['11', '12']);
  });

  it('checks quotes against each stored field, counts uncited points and unresolved citations', () => {
    const stored: Record<string, string[]> = { '11': ['Aspirin', 'Aspirin lowers\nfever. More.'], '12': ['T', 'Bleeding is a risk.'] };
    const counts = groundingCounts([parsed()], (pmid) => stored[pmid]);
    expect(counts).toEqual({ citations: 3, verbatimQuotes: 2, points: 4, uncitedPoints: 1, unresolvedCitations: 1 });
  });
});
