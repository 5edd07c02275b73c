import { describe, expect, it } from 'vitest';
import { allFixtureArticles } from './fixtures/articles.js';
import { inlineLabel, splitPassages, splitSentences } from './split-passages.js';

describe('splitPassages', () => {
  it('cuts every passage verbatim from the title or abstract', () => {
    for (const article of allFixtureArticles) {
      for (const passage of splitPassages(article)) {
        const source = passage.section === 'title' ? article.title : article.abstract;
        expect(source).toContain(passage.text);
      }
    }
  });

  it('starts with the title and names abstract sections by their category', () => {
    const article = allFixtureArticles.find((a) => a.pmid === '22186742');
    const passages = splitPassages(article!);
    expect(passages[0]).toMatchObject({ section: 'title', index: 0 });
    expect(passages.map((p) => p.section)).toContain('CONCLUSIONS');
    expect(passages.every((p, i) => p.index === i)).toBe(true);
  });

  it('does not break sentences at biomedical abbreviations, species names or decimals', () => {
    const text =
      'E. coli was found in 12 cases (p < 0.05; 95% CI 1.2-3.4). Patients were treated, e.g. with antibiotics vs. placebo, as shown by Smith et al. in Fig. 2. The rate was approx. 3.5%, i.e. low. Dr. Jones agreed.';
    expect(splitSentences(text)).toEqual([
      'E. coli was found in 12 cases (p < 0.05; 95% CI 1.2-3.4).',
      'Patients were treated, e.g. with antibiotics vs. placebo, as shown by Smith et al. in Fig. 2.',
      'The rate was approx. 3.5%, i.e. low.',
      'Dr. Jones agreed.',
    ]);
  });

  it('keeps the original whitespace inside a sentence so it stays a verbatim substring', () => {
    const text = 'First  sentence\nhere. Second one.';
    expect(splitSentences(text)).toEqual(['First  sentence\nhere.', 'Second one.']);
  });
});

describe('sentence breaks that cannot end a sentence', () => {
  it('keeps a bracket and its content in one sentence', () => {
    expect(splitSentences('Expression was high [ref. 12] in tumours. It fell later.')).toEqual([
      'Expression was high [ref. 12] in tumours.',
      'It fell later.',
    ]);
  });

  it('does not start a sentence with a lower-case word after an abbreviated one', () => {
    expect(splitSentences('Mice were given monocl. antibodies. Then they recovered.')).toEqual([
      'Mice were given monocl. antibodies.',
      'Then they recovered.',
    ]);
  });

  it('keeps a decimal a tokenised corpus spaced out in one sentence', () => {
    const text = 'The tyr231-- > ter mutation followed (14. 8%). The three mutations account for 98. 8% of the Canavan chromosomes of Ashkenazi Jewish origin.';
    expect(splitSentences(text)).toEqual([
      'The tyr231-- > ter mutation followed (14. 8%).',
      'The three mutations account for 98. 8% of the Canavan chromosomes of Ashkenazi Jewish origin.',
    ]);
  });
});

describe('a spaced chromosome band', () => {
  it('keeps a sub-band after a spaced full stop in its sentence', () => {
    const text = 'Our findings would support the observation that the critical segment is proximal to or involves the proximal part of 8q24. 1, but a review of published reports suggests that the aetiology may be more complex. The deletion spans Xp21. 2 in both boys.';
    expect(splitSentences(text)).toEqual([
      'Our findings would support the observation that the critical segment is proximal to or involves the proximal part of 8q24. 1, but a review of published reports suggests that the aetiology may be more complex.',
      'The deletion spans Xp21. 2 in both boys.',
    ]);
  });

  it('still ends a sentence on a band before a number that opens the next one', () => {
    expect(splitSentences('The gene maps to 11q14. Eleven families were studied.')).toEqual([
      'The gene maps to 11q14.',
      'Eleven families were studied.',
    ]);
  });
});

describe('inlineLabel', () => {
  it('reads the section label an abstract stored as one text keeps at a sentence start', () => {
    expect(inlineLabel('METHODS: A retrospective chart review of all patients undergoing placement of SEMS was performed')).toBe('METHODS');
    expect(inlineLabel('PATIENTS AND METHODS: One hundred consecutive patients with advanced breast cancer were treated.')).toBe('PATIENTS AND METHODS');
    expect(inlineLabel('CONCLUSION We show that heterozygous loss-of-function variants in NFKB1 are the most common known monogenic cause of CVID.')).toBe('CONCLUSION');
  });

  it('reads no label in a sentence that opens with a gene symbol or an ordinary word', () => {
    expect(inlineLabel('BRCA1 mutations were found in 12 families.')).toBeUndefined();
    expect(inlineLabel('Mutations in the ATM gene are responsible for ataxia-telangiectasia.')).toBeUndefined();
  });
});

describe('sentence ends sbd reads as initials or false breaks', () => {
  it('ends a sentence on a one-letter name or unit after a number or a word in lower case', () => {
    expect(splitSentences('In contrast, young myopic adults revealed pseudomyopia of -0.5 D. Cycloplegic refraction should be performed.')).toEqual([
      'In contrast, young myopic adults revealed pseudomyopia of -0.5 D.',
      'Cycloplegic refraction should be performed.',
    ]);
    expect(splitSentences('Twenty-nine patients had acute hepatitis C. The most frequent mode of transmission was iatrogenic.')).toHaveLength(2);
    expect(splitSentences('Patients received vitamin D. Bone density rose.')).toHaveLength(2);
  });

  it('keeps initials of a name and a genus abbreviation inside their sentence', () => {
    expect(splitSentences('As shown by J. B. Smith in 1990, the rate rose.')).toHaveLength(1);
    expect(splitSentences('Infection with E. coli was common in these wards.')).toHaveLength(1);
  });

  it('starts a sentence with a name written in lower case that has a capital or digit in it', () => {
    expect(splitSentences('We transfected RCC cell lines. wt-VHL protein inhibited VEGF promoter activity.')).toEqual([
      'We transfected RCC cell lines.',
      'wt-VHL protein inhibited VEGF promoter activity.',
    ]);
    expect(splitSentences('Creatine content was determined. mRNA expression was assessed.')).toHaveLength(2);
    expect(splitSentences('Binding was seen with monocl. antibodies only.')).toHaveLength(1);
  });
});

describe('splitSentences before a connective', () => {
  it('ends a sentence before "However" or "But" that an unclosed bracket left joined', () => {
    // Shaped like PMID 26285789 of the shipped corpus.
    expect(splitSentences('Survival was shorter in the treated cohort [log-rank p = 0.04; HR 2.10; 95 % CI 1.02-4.33). However, in treated patients, histology mattered.')).toEqual([
      'Survival was shorter in the treated cohort [log-rank p = 0.04; HR 2.10; 95 % CI 1.02-4.33).',
      'However, in treated patients, histology mattered.',
    ]);
  });
});

describe("PubMed's truncation mark", () => {
  it('is no sentence, and is cut off the sentence it was joined to (real record 1301189), leaving a verbatim prefix', () => {
    const text =
      'The mutation was identified as the adult-onset Tay-Sachs disease mutation caused by a Gly269-- > Ser substitution in exon 7. (ABSTRACT TRUNCATED AT 250 WORDS).';
    const sentences = splitSentences(text);
    expect(sentences).toEqual(['The mutation was identified as the adult-onset Tay-Sachs disease mutation caused by a Gly269-- > Ser substitution in exon 7.']);
    expect(text.startsWith(sentences[0]!)).toBe(true);
    expect(splitSentences('The specific activity of CETP was not as low as expected. (ABSTRACT TRUNCATED AT 250 WORDS)')).toEqual([
      'The specific activity of CETP was not as low as expected.',
    ]);
  });

  it('leaves a sentence that only speaks of truncation as it is', () => {
    expect(splitSentences('The abstract truncated at the limit was excluded (see Methods).')).toEqual(['The abstract truncated at the limit was excluded (see Methods).']);
  });
});
