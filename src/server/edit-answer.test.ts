import { describe, expect, it } from 'vitest';
import { verifyAnswer } from '../answer/index.js';
import type { Answer, Article } from '../domain/index.js';
import { editAnswer } from './edit-answer.js';
import { articlesCitedBy, fakeAnswer } from './test-harness.js';

// Three sources: the direct answer cites A, the treatment points cite B then C, so removing B renumbers C.
function threeSourceAnswer(): Answer {
  const base = fakeAnswer('Does colchicine help gout?');
  const ref = (n: number, pmid: string, title: string, level: 'rct' | 'other') => ({
    n,
    pmid,
    title,
    journal: 'J',
    year: 2020,
    publicationTypes: level === 'rct' ? ['Randomized Controlled Trial'] : ['Journal Article'],
    evidenceLevel: level,
    url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
  });
  return {
    ...base,
    direct: { text: 'Colchicine reduces gout flares.', citations: [{ n: 1, pmid: '1', quote: 'Colchicine reduced flares.' }] },
    sections: [
      {
        kind: 'treatment',
        title: 'Treatment',
        points: [
          { text: 'Low doses work.', citations: [{ n: 2, pmid: '2', quote: 'Low doses were effective.' }] },
          { text: 'Diarrhoea is common.', citations: [{ n: 3, pmid: '3', quote: 'Diarrhoea occurred often.' }] },
        ],
      },
    ],
    references: [ref(1, '1', 'A', 'rct'), ref(2, '2', 'B', 'rct'), ref(3, '3', 'C', 'other')],
    evidenceSummary: 'Based on 2 randomized controlled trials and 1 other article.',
  };
}

const corpusOf = (answer: Answer) => {
  const byPmid = new Map(articlesCitedBy(answer).map((a) => [a.pmid, a]));
  return async (pmid: string): Promise<Article | null> => byPmid.get(pmid) ?? null;
};

const edit = (texts: Record<string, string>, remove: string[] = []) => ({ texts: new Map(Object.entries(texts)), remove: new Set(remove) });

describe('editAnswer', () => {
  it('rewords points and keeps every citation and quote as it was', async () => {
    const answer = threeSourceAnswer();
    const edited = await editAnswer(answer, edit({ direct: '  Colchicine  lowers flares. ', '0.1': 'Diarrhoea is frequent.' }), corpusOf(answer));
    expect(edited.direct?.text).toBe('Colchicine lowers flares.');
    expect(edited.sections[0]?.points[1]?.text).toBe('Diarrhoea is frequent.');
    expect(edited.direct?.citations).toEqual(answer.direct?.citations);
    expect(edited.references).toEqual(answer.references);
    expect(edited.evidenceSummary).toBe(answer.evidenceSummary);
  });

  it('publishes the wording as it reads: bidi overrides, control and zero-width characters typed into a point are dropped', async () => {
    const answer = threeSourceAnswer();
    const edited = await editAnswer(answer, edit({ direct: 'Colchicine \u202Esrewol\u202C flares.\u200B\u0007' }), corpusOf(answer));
    expect(edited.direct?.text).toBe('Colchicine srewol flares.');
    const coloured = await editAnswer(answer, edit({ direct: 'Colchicine \u001b[31mlowers\u001b[0m flares.' }), corpusOf(answer));
    expect(coloured.direct?.text).toBe('Colchicine lowers flares.');
  });

  it('renumbers references in order of first citation and drops uncited ones when a point is removed', async () => {
    const answer = threeSourceAnswer();
    const edited = await editAnswer(answer, edit({}, ['0.0']), corpusOf(answer));
    expect(edited.sections[0]?.points.map((p) => p.text)).toEqual(['Diarrhoea is common.']);
    expect(edited.references.map((r) => [r.n, r.pmid])).toEqual([[1, '1'], [2, '3']]);
    expect(edited.sections[0]?.points[0]?.citations[0]?.n).toBe(2);
    expect(edited.evidenceSummary).toBe('Based on 1 randomized controlled trial and 1 other article.');
    expect(verifyAnswer(edited, new Map(articlesCitedBy(answer).map((a) => [a.pmid, a]))).ok).toBe(true);
  });

  it('says again that the evidence left after a removal was studied only in animals', async () => {
    const answer = threeSourceAnswer();
    const articles = new Map(articlesCitedBy(answer).map((a) => [a.pmid, a]));
    const inMice = articles.get('3') as Article;
    articles.set('3', { ...inMice, abstract: 'Septic mice were randomized to colchicine or saline. Diarrhoea occurred often.', meshHeadings: [] });
    const edited = await editAnswer(answer, edit({}, ['0.0']), async (pmid) => articles.get(pmid) ?? null);
    expect(edited.evidenceSummary).toMatch(/1 of them studied only mice, not people|one of them studied only mice/i);
  });

  it('drops a section whose points are all removed', async () => {
    const answer = threeSourceAnswer();
    const edited = await editAnswer(answer, edit({}, ['0.0', '0.1']), corpusOf(answer));
    expect(edited.sections).toEqual([]);
    expect(edited.references.map((r) => r.pmid)).toEqual(['1']);
  });

  it('refuses an edit that changes nothing, empties a point, removes the short answer or names no point', async () => {
    const answer = threeSourceAnswer();
    const get = corpusOf(answer);
    await expect(editAnswer(answer, edit({ direct: 'Colchicine reduces gout flares.' }), get)).rejects.toThrow('nothing was changed');
    await expect(editAnswer(answer, edit({ '0.0': '   ' }), get)).rejects.toThrow('is empty');
    await expect(editAnswer(answer, edit({}, ['direct']), get)).rejects.toThrow('cannot be removed');
    await expect(editAnswer(answer, edit({ '4.0': 'x' }), get)).rejects.toThrow('no point "4.0"');
  });

  it('refuses, rather than silently drops, a citation the corpus can no longer verify', async () => {
    const answer = threeSourceAnswer();
    const missing = async (pmid: string) => (pmid === '2' ? null : corpusOf(answer)(pmid));
    await expect(editAnswer(answer, edit({ direct: 'Reworded.' }), missing)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses wording that gives a number its cited sentence does not, or drops the point\'s negation or hedge', async () => {
    const answer = threeSourceAnswer();
    const get = corpusOf(answer);
    await expect(editAnswer(answer, edit({ direct: 'Colchicine cures 100% of gout flares.' }), get)).rejects.toThrow(
      "edit: point direct gives 100, which its cited sentence does not; reword it so it says what its cited sentence says",
    );
    const hedged: Answer = {
      ...answer,
      sections: [{ kind: 'treatment', title: 'Treatment', points: [{ text: 'Low doses may not work in 12 of 40 patients.', citations: [{ n: 2, pmid: '2', quote: 'Low doses may not work in 12 of 40 patients.' }] }, ...(answer.sections[0]?.points.slice(1) ?? [])] }],
    };
    const hedgedGet = corpusOf(hedged);
    await expect(editAnswer(hedged, edit({ '0.0': 'Low doses may work in 12 of 40 patients.' }), hedgedGet)).rejects.toThrow("drops the point's negation");
    await expect(editAnswer(hedged, edit({ '0.0': 'Low doses do not work in 12 of 40 patients.' }), hedgedGet)).rejects.toThrow("drops the point's hedge");
    await expect(editAnswer(hedged, edit({ '0.0': 'Low doses may not work for 40 patients.' }), hedgedGet)).rejects.toThrow('drops numbers of the point: 12');
    // Plainer wording that keeps what the sentence says passes.
    const plainer = await editAnswer(hedged, edit({ '0.0': 'In 12 of 40 patients, low doses may not help.' }), hedgedGet);
    expect(plainer.sections[0]?.points[0]?.text).toBe('In 12 of 40 patients, low doses may not help.');
  });

  it('has nothing to edit in an answer without evidence', async () => {
    const none: Answer = { ...threeSourceAnswer(), status: 'insufficient_evidence', direct: null, sections: [], references: [] };
    await expect(editAnswer(none, edit({ direct: 'x' }), corpusOf(none))).rejects.toThrow('regenerate it instead');
  });
});
