import { describe, expect, it } from 'vitest';
import { dropAsides, isAside, isAuthorYear } from './drop-asides.js';

describe('dropAsides', () => {
  it('drops trial names, registry numbers, brands, companies and development codes in brackets', () => {
    expect(dropAsides('Galcanezumab reduced headache days in episodic (EVOLVE-1 and EVOLVE-2) and chronic (REGAIN) migraine.')).toBe(
      'Galcanezumab reduced headache days in episodic and chronic migraine.',
    );
    expect(dropAsides('We report a phase 3 trial (NCT03537014) of the therapy.')).toBe('We report a phase 3 trial of the therapy.');
    expect(dropAsides('Daridorexant (Quviviq™; Idorsia Pharmaceuticals Ltd.) is approved for insomnia.')).toBe('Daridorexant is approved for insomnia.');
    expect(dropAsides('Casimersen (Amondys 45™) is an antisense oligonucleotide.')).toBe('Casimersen is an antisense oligonucleotide.');
    expect(dropAsides('Here we describe a fully human bsAb (REGN5458) that binds to CD3.')).toBe('Here we describe a fully human bsAb that binds to CD3.');
    expect(dropAsides('Kymriah™ is for the treatment of young adults.')).toBe('Kymriah is for the treatment of young adults.');
  });

  it('keeps abbreviations the text defines or the dictionaries know, examples and other remarks', () => {
    const s = 'Relapsed or refractory multiple myeloma (RRMM) is treated with teclistamab (e.g., in the MajesTEC-1 trial).';
    expect(dropAsides(s)).toBe(s);
    const known = 'Patients with hereditary angioedema (HAE) and SLE (LUPUS) were included.';
    expect(dropAsides(known, (w) => w === 'LUPUS')).toBe(known);
    const list = 'Two CAR T cells are available (Kymriah™ and Yescarta™).';
    expect(dropAsides(list)).toBe('Two CAR T cells are available (Kymriah and Yescarta).');
  });

  it('drops the papers a bracket cites by author and year, keeping the rest of it', () => {
    // PMID 23356465's wording (author lists joined by "&" without spaces), and sentences of my own.
    expect(
      dropAsides('Severity on the PTSD Checklist (PCL; McDonald&Calhoun, 2010; Weathers, Litz, Herman, Huska,&Keane, 1993) was taken into account.'),
    ).toBe('Severity on the PTSD Checklist (PCL) was taken into account.');
    expect(dropAsides('Sleep loss worsens mood (Smith et al., 2011; Jones and Brown 2014) in teenagers.')).toBe('Sleep loss worsens mood in teenagers.');
    expect(dropAsides('Walking helps (see Patel, 2010, 2012).')).toBe('Walking helps.');
    // Years alone, capitals with a year and numbered pointers are no author's paper.
    for (const s of ['Rates rose in Denmark (1990-2010).', 'Repeats (CAG, 2010) grew.', 'Rates rose (WHO, 2019).', 'Doses (mean 2.1, 2010 patients) fell.']) {
      expect(dropAsides(s)).toBe(s);
    }
    expect(isAuthorYear('Weathers, Litz, Herman, Huska,&Keane, 1993')).toBe(true);
    expect(isAuthorYear('mean age 54, 1993')).toBe(false);
  });

  it('tells an aside from a remark with content', () => {
    expect(isAside('ClinicalTrials.gov identifier: NCT01234567')).toBe(true);
    expect(isAside('LY3437943')).toBe(true);
    expect(isAside('usually a pacemaker')).toBe(false);
    expect(isAside('mesna, adriamycin, ifosfamide and dacarbazine')).toBe(false);
  });
});
