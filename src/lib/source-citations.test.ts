import { describe, expect, it } from 'vitest';
import { withoutSourceCitations } from './source-citations.js';

describe("a source sentence without the paper's own reference, table and figure pointers", () => {
  it('drops "(ref. 1)", "(refs 7, 8)" and "(refs 2-5)" (PMIDs 10724175, 10802667, 10802668)', () => {
    expect(withoutSourceCitations('Mutations in the BRCA1 (ref. 1) tumour suppressor gene account for most families.')).toBe(
      'Mutations in the BRCA1 tumour suppressor gene account for most families.',
    );
    expect(withoutSourceCitations('The expansion decreases expression of the adjacent gene SIX5 (refs 7, 8), which encodes a homeodomain protein.')).toBe(
      'The expansion decreases expression of the adjacent gene SIX5, which encodes a homeodomain protein.',
    );
    expect(withoutSourceCitations('The PLS locus has been mapped to chromosome 11q14-q21 (refs 7, 8, 9).')).toBe('The PLS locus has been mapped to chromosome 11q14-q21.');
  });

  it('keeps what a bracket names besides the pointer: "(RANK; ref. 5)" → "(RANK)" (PMID 10615125)', () => {
    expect(withoutSourceCitations('It encodes receptor activator of nuclear factor-kappa B (RANK; ref. 5), a TNF receptor.')).toBe(
      'It encodes receptor activator of nuclear factor-kappa B (RANK), a TNF receptor.',
    );
    expect(withoutSourceCitations('Obesity follows poor activation of the melanocortin-4-receptor (MC4-R; refs 3-5) in the brain.')).toBe(
      'Obesity follows poor activation of the melanocortin-4-receptor (MC4-R) in the brain.',
    );
  });

  it('drops a bracket of table and figure numbers (PMID 28127977) and numbered reference brackets (PMIDs 25819796, 26702413)', () => {
    expect(withoutSourceCitations('Leptin is not a useful clinical marker in lung cancer (Tab. 2, Fig. 2, Ref. 22).')).toBe(
      'Leptin is not a useful clinical marker in lung cancer.',
    );
    expect(withoutSourceCitations('It is seen in readers with mild cognitive disability [26].')).toBe('It is seen in readers with mild cognitive disability.');
    expect(withoutSourceCitations('Results differed in cultures obtained from different human donors [5], [6].')).toBe(
      'Results differed in cultures obtained from different human donors.',
    );
    expect(withoutSourceCitations('Genomic changes follow passaging of the cells [4] and the medium used.')).toBe(
      'Genomic changes follow passaging of the cells and the medium used.',
    );
    expect(withoutSourceCitations('It activates the Tcf-4 transcription factor (reviewed in [1] [2]).')).toBe('It activates the Tcf-4 transcription factor.');
  });

  it('drops an author-year citation (PMID 26702425) but not a year the sentence names', () => {
    expect(withoutSourceCitations('Desflurane is eliminated by the lungs (Kretzschmar et al., 2015) [1].')).toBe('Desflurane is eliminated by the lungs.');
    expect(withoutSourceCitations('The method described in Au and Beck (2001) [1] was used here.')).toBe('The method described in Au and Beck (2001) was used here.');
  });

  it('keeps a confidence interval in brackets after a figure (PMID 21933749), a chemical name, a list number and a count', () => {
    const survival = 'Median survival was 20 months [95% CI 13-26] vs 15 months [13-17], and 1-year survival 70% vs 44% [23-64].';
    expect(withoutSourceCitations(survival)).toBe(survival);
    const lipid = 'It encodes a phosphatidylinositol 4, 5-biphosphate (PtdIns [4, 5] P2) 5-phosphatase.';
    expect(withoutSourceCitations(lipid)).toBe(lipid);
    const counts = 'Patients were on risperidone (92), olanzapine (28) or (3) another drug.';
    expect(withoutSourceCitations(counts)).toBe(counts);
    const seeTable = 'My mum was told her ferritin (Table 1 in the leaflet) was low.';
    expect(withoutSourceCitations(seeTable)).toBe(seeTable);
  });

  it('drops a bare number in brackets that closes the sentence after a word (PMID 8589723), not one that counts within it', () => {
    expect(withoutSourceCitations('The magnitude of the risk was not altered by the known risk factors for hereditary ovarian cancer (5).')).toBe(
      'The magnitude of the risk was not altered by the known risk factors for hereditary ovarian cancer.',
    );
    expect(withoutSourceCitations('My gran has had three falls this year (2, 3).')).toBe('My gran has had three falls this year.');
    const counts = 'Side effects were fatigue (5), nausea (3) and rash (1) in the group.';
    expect(withoutSourceCitations(counts)).toBe(counts);
    // A count, a range, a power, a residue and a chromosome closing a sentence (PMIDs in the shipped corpus).
    for (const kept of [
      'Families were found in Canada (1), Great Britain (6), and the United States (2).',
      'Plants were used for food (68), dyes (3), handicrafts (3) and religious (1).',
      'The median day for the neutropenic fever was 4 days (0-9).',
      'Both scans gave similar stone area mm(2).',
      'Akt phosphorylates the enzyme at Ser(96).',
      'His features fitted the phenotype associated with maternal UPD (14).',
    ]) expect(withoutSourceCitations(kept)).toBe(kept);
  });

  it('keeps an abbreviation in brackets and the degrees of freedom of a statistic', () => {
    const cf = 'Cystic fibrosis (CF) is due to a folding defect in the CFTR protein.';
    expect(withoutSourceCitations(cf)).toBe(cf);
    const f = 'Status was unrelated to bias for headache (F [1,306] = 0.56, P = .45).';
    expect(withoutSourceCitations(f)).toBe(f);
  });

  it('keeps a sentence that is nothing but pointers', () => {
    expect(withoutSourceCitations('See (ref. 4).')).toBe('See (ref. 4).');
  });
});
