import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle as article } from './fixtures/plain-article.js';
import type { ScoredPassage, Selection } from './select-sentences.js';
import { splitPassages } from './split-passages.js';
import { antecedentsOf, pointsBack } from './standing-points.js';

describe('pointsBack', () => {
  it('reads a sentence opening on a thing or person the sentence before named (shipped records)', () => {
    expect(pointsBack('This substitution accounted for 7. 8% of HH chromosomes that were neither C282Y nor H63D.')).toBe(true);
    expect(pointsBack('This allele accounted for 32% (20/62) of non-Jewish enzyme-defined Tay-Sachs disease carriers.')).toBe(true);
    expect(pointsBack('It was not identified among 12 Black American TSD alleles.')).toBe(true);
    expect(pointsBack('It is also associated with a higher risk of kidney stones in older men.')).toBe(true);
    expect(pointsBack('They were more common in smokers than in non-smokers.')).toBe(true);
  });

  it('leaves an empty "it", a that-clause, and the paper\'s own study or people standing alone', () => {
    expect(pointsBack('It is possible, however, that phenotypic color vision anomalies in AMN may be phenocopies.')).toBe(false);
    expect(pointsBack('It is therefore concluded that the R496H mutation of ARSA does not influence its activity.')).toBe(false);
    expect(pointsBack('It was found that the atmospheric pressure was low before a migraine.')).toBe(false);
    expect(pointsBack('This indicated that nonneonatal ALD and AMN are caused by a mutation in the same gene at Xq28.')).toBe(false);
    expect(pointsBack('These results confirm the previously found high frequency of the intron 9 mutation.')).toBe(false);
    expect(pointsBack('This expanded population-based study confirms that the two mutations are the most frequent.')).toBe(false);
    expect(pointsBack('This group of elderly stroke patients were able to record their BPs reliably at home.')).toBe(false);
    expect(pointsBack('Hemophilia A is an X-linked recessive bleeding disorder.')).toBe(false);
  });
});

// PMID 10194428, as the shipped corpus holds it.
const HFE = article(
  '10194428',
  'HFE mutations analysis in 711 hemochromatosis probands: evidence for S65C implication in mild form of hemochromatosis.',
  'Hereditary hemochromatosis (HH) is a common autosomal recessive genetic disorder of iron metabolism. In addition, our screening showed that the S65C substitution was significantly enriched in probands with at least one chromosome without an assigned mutation. This substitution accounted for 7. 8% of HH chromosomes that were neither C282Y nor H63D. This enrichment of S65C among HH chromosomes suggests that the S65C substitution is associated with the mild form of hemochromatosis.',
);

const selection = (a: typeof HFE, text: string): Selection => {
  const passage = splitPassages(a).find((p) => p.text === text)!;
  return { passage: { ...passage, score: 1, coverage: 1, rank: 0, stems: new Set() } as ScoredPassage, alsoSaidBy: [] };
};

describe('antecedentsOf', () => {
  const articles = new Map([[HFE.pmid, HFE]]);
  const pointing = 'This substitution accounted for 7. 8% of HH chromosomes that were neither C282Y nor H63D.';
  const before = 'In addition, our screening showed that the S65C substitution was significantly enriched in probands with at least one chromosome without an assigned mutation.';

  it('shows a point that points back with the sentence before it, quoted as one passage of the abstract', () => {
    const s = selection(HFE, pointing);
    const placed = antecedentsOf([s], () => false, articles).get(s);
    expect(placed?.passage.text).toBe(`${before} ${pointing}`);
    expect(HFE.abstract).toContain(placed!.passage.text);
  });

  it('shows the sentence before once, with the point leaning on it, when it is another point', () => {
    const [shownBefore, s] = [selection(HFE, before), selection(HFE, pointing)];
    const placed = antecedentsOf([shownBefore, s], () => false, articles);
    expect(placed.get(shownBefore)).toBeNull();
    expect(placed.get(s)?.passage.text).toBe(`${before} ${pointing}`);
  });

  it('leaves the direct answer as it is, and a point leaning on it', () => {
    const [direct, s] = [selection(HFE, before), selection(HFE, pointing)];
    expect(antecedentsOf([direct, s], (x) => x === direct, articles).size).toBe(0);
    expect(antecedentsOf([s], (x) => x === s, articles).size).toBe(0);
  });

  it('leaves a point whose sentence before is the title or points back too as it is (what it alone cites stays)', () => {
    const own = article('2', 'Kidney stones in older men', 'They were twice as common in men who drank little water. It was also more common in summer.');
    const first = selection(own, 'They were twice as common in men who drank little water.');
    const second = selection(own, 'It was also more common in summer.');
    const placed = antecedentsOf([first, second], () => false, new Map([[own.pmid, own]]));
    expect(placed.size).toBe(0);
  });
});

describe('composeAnswer: no point stands alone pointing back to a sentence not beside it (round 23)', () => {
  it('shows "This substitution accounted for ..." next to the sentence naming the substitution, the quote verbatim (PMID 10194428)', async () => {
    const full = article(
      HFE.pmid,
      HFE.title,
      'Hereditary hemochromatosis (HH) is a common autosomal recessive genetic disorder of iron metabolism. The HFE candidate gene encoding an HLA class I-like protein involved in HH was identified in 1996. Two missense mutations have been described C282Y, accounting for 80% to 90% of HH chromosomes, and H63D, which is associated with a milder form of the disease representing 40% to 70% of non-C282Y HH chromosomes. We report here on the analysis of C282Y, H63D, and the 193A-- > T substitution leading to the S65C missense substitution in a large series of probands and controls. The results confirm that the C282Y substitution was the main mutation involved in hemochromatosis, accounting for 85% of carrier chromosomes, whereas the H63D substitution represented 39% of the HH chromosomes that did not carry the C282Y mutation. In addition, our screening showed that the S65C substitution was significantly enriched in probands with at least one chromosome without an assigned mutation. This substitution accounted for 7. 8% of HH chromosomes that were neither C282Y nor H63D. This enrichment of S65C among HH chromosomes suggests that the S65C substitution is associated with the mild form of hemochromatosis.',
    );
    const answer = await composeAnswer('What share of hemochromatosis chromosomes carry each HFE mutation?', { findEvidence: fakeFindEvidence([full]), corpus: { articles: 1, snapshot: 's' } });
    const points = answer.sections.flatMap((s) => s.points);
    const share = points.find((p) => /This substitution accounted/.test(p.text));
    expect(share?.text).toMatch(/^Our screening showed that the S65C substitution .* This substitution accounted for 7\.8%/);
    expect(points.filter((p) => /screening showed/.test(p.text))).toHaveLength(1);
    for (const p of points) for (const c of p.citations) expect(full.abstract).toContain(c.quote);
  });
});
