import { describe, expect, it } from 'vitest';
import { findAbbreviations } from './find-abbreviations.js';

describe('findAbbreviations', () => {
  it('reads a short form ending in a number only from a long form ending in that number', () => {
    // PMID 8751855: "markers on chromosomes 17q (BRCA1)" had read as "breast or ovarian cancer cases and markers on chromosomes 17q".
    expect(findAbbreviations('Genetic analysis was undertaken to establish linkage between the breast or ovarian cancer cases and markers on chromosomes 17q (BRCA1) and 13q (BRCA2).')).toEqual([]);
    expect(findAbbreviations('Levels of interleukin 6 (IL6) rose after surgery.')).toEqual([{ abbreviation: 'IL6', longForm: 'interleukin 6' }]);
    expect(findAbbreviations('Carriers of breast cancer 1 (BRCA1) changes were seen.')).toEqual([{ abbreviation: 'BRCA1', longForm: 'breast cancer 1' }]);
    expect(findAbbreviations('Changes in the early growth response 2 gene (EGR2) cause neuropathy.')).toEqual([{ abbreviation: 'EGR2', longForm: 'early growth response 2 gene' }]);
    expect(findAbbreviations('Selective cyclooxygenase-2 (COX-2) inhibitors were used.')).toEqual([{ abbreviation: 'COX-2', longForm: 'cyclooxygenase-2' }]);
    // Without a number the rule does not apply.
    expect(findAbbreviations('Patients with chronic kidney disease (CKD) were studied.')).toEqual([{ abbreviation: 'CKD', longForm: 'chronic kidney disease' }]);
  });
});
