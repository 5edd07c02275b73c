import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { namesDisease } from './names-disease.js';

describe('namesDisease', () => {
  const rv3 = analyzeQuestion('RV3-BB vaccine is used for prevention of which viral infection?');

  it('finds a sentence naming a disease the question asking for one does not name', () => {
    expect(namesDisease(rv3, 'The RV3-BB human neonatal rotavirus vaccine aims to provide protection from severe rotavirus disease from birth.')).toBe(true);
    const calr = analyzeQuestion('Which disease is caused by mutations in the gene CALR?');
    expect(namesDisease(calr, 'Somatic mutations of calreticulin (CALR) have been identified as a main disease driver of myeloproliferative neoplasms')).toBe(true);
  });

  it('does not count a sentence naming no disease, or only the question’s own word for one', () => {
    expect(namesDisease(rv3, 'The phase IIa immunogenicity trial of RV3-BB provided an opportunity to investigate the serological responses to NSP2.')).toBe(false);
    const zmapp = analyzeQuestion('Which disease is treated with ZMapp?');
    expect(namesDisease(zmapp, 'Antibody therapy has been used to treat a variety of diseases.')).toBe(false);
  });

  it('leaves questions asking for several diseases, or for something else, to other rules', () => {
    const trim8 = analyzeQuestion('Which conditions are manifested by TRIM8 mutations?');
    expect(namesDisease(trim8, 'The spectrum of TRIM8-related disease includes a progressive renal phenotype and epilepsy.')).toBe(false);
    const gene = analyzeQuestion('Which gene is mutated in cystic fibrosis?');
    expect(namesDisease(gene, 'Cystic fibrosis is a recessive disorder.')).toBe(false);
  });
});

describe('namesDisease of words that only look like a disease', () => {
  it('does not take a prognosis, a zygosity or apoptosis for a disease', () => {
    const trial = analyzeQuestion('Which disease was studied in the STROKE-AF trial?');
    expect(namesDisease(trial, 'The results of the trial suggest that these lesions may have a benign prognosis.')).toBe(false);
    const gene = analyzeQuestion('Which disease is caused by mutations in the gene UNC13D?');
    expect(namesDisease(gene, 'Mutations in UNC13D and STX11 in homozygosis or compound heterozygosis result in immune deregulation.')).toBe(false);
    expect(namesDisease(gene, 'Loss of UNC13D impairs apoptosis of activated lymphocytes.')).toBe(false);
    expect(namesDisease(gene, 'Mutations in UNC13D cause familial hemophagocytic lymphohistiocytosis type 3.')).toBe(true);
  });
});
