import { describe, expect, it } from 'vitest';
import { splitColon, splitDefinition, splitTrailingDescription } from './split-clauses.js';

describe('splitTrailingDescription', () => {
  it('says what the last named thing is in a sentence of its own', () => {
    expect(
      splitTrailingDescription(
        'For example, several patients of the present Ebola virus outbreak in West Africa were treated with ZMapp, a cocktail of three monoclonal antibodies expressed in Nicotiana benthamiana.',
      ),
    ).toEqual([
      'For example, several patients of the present Ebola virus outbreak in West Africa were treated with ZMapp.',
      'ZMapp is a cocktail of three monoclonal antibodies expressed in Nicotiana benthamiana.',
    ]);
    expect(splitTrailingDescription('Ozenoxacin has been developed as a cream for the treatment of impetigo, a highly catching bacterial skin infection.')).toEqual([
      'Ozenoxacin has been developed as a cream for the treatment of impetigo.',
      'Impetigo is a highly catching bacterial skin infection.',
    ]);
  });

  it('leaves descriptions of a whole clause, of a list or with a verb of their own alone', () => {
    for (const s of [
      'The Indian muntjac has a diploid chromosome number of 7 in the male and 6 in the female, the lowest number yet described in a mammal.',
      'Operons and trans-splicing predate the radiation of the nematode phylum, an inference supported by the profile of proteins.',
      'It is caused by feline infectious peritonitis (FIP) virus, a strong mutant strain of Feline Enteric Coronavirus.',
      'When diagnosed with lung metastasis, a patient got combined chemotherapy for 6 cycles.',
      'The drug was given with aspirin, heparin, and a low dose of warfarin.',
    ]) {
      expect(splitTrailingDescription(s)).toBeUndefined();
    }
  });
});

describe('splitDefinition', () => {
  it('ends a definition before a phrase that says more about its subject', () => {
    expect(splitDefinition('Botulism is a rare possibly fatal and treatable disorder caused by a bacteria-produced toxin.')).toEqual([
      'Botulism is a rare possibly fatal and treatable disorder.',
      'It is caused by a bacteria-produced toxin.',
    ]);
    expect(splitDefinition('Inherited angioedema is a rare disease that causes episodic attacks of swelling.')).toEqual([
      'Inherited angioedema is a rare disease.',
      'It causes episodic attacks of swelling.',
    ]);
    expect(splitDefinition('The North Star Ambulatory Assessment is a functional scale specifically designed for ambulant boys.')).toEqual([
      'The North Star Ambulatory Assessment is a functional scale.',
      'It is specifically designed for ambulant boys.',
    ]);
  });

  it('keeps a phrase that makes the definition true or may describe a nearer noun', () => {
    for (const s of [
      'NCYM is the first de novo evolved protein known to act as an oncopromoting factor in human cancer.',
      'Heterozygous variants in NFKB1 are the most common known monogenic cause of CVID.',
      'Lurasidone is a product of the enzyme produced by the liver in most adults.',
      'One-and-a-half syndrome is a syndrome marked by horizontal movement disorders of the eyeballs.',
    ]) {
      expect(splitDefinition(s)).toBeUndefined();
    }
  });
});

describe('splitColon', () => {
  it('puts a list after a colon in a sentence of its own', () => {
    expect(
      splitColon('The Food and Drug Administration recently approved 3 new humanized monoclonal antibodies: erenumab, fremanezumab, and galcanezumab.'),
    ).toEqual(['The Food and Drug Administration recently approved 3 new humanized monoclonal antibodies.', 'These were erenumab, fremanezumab, and galcanezumab.']);
  });

  it('leaves a colon before a clause with a verb inside a list, or before a long phrase, alone', () => {
    for (const s of [
      'The involvement of c-myc in lymphoma is well known: due to translocation, c-myc comes under the influence of other genes.',
      'The analysis yielded four factors that explained the data: steroid dose; eosinophil counts; and lung function loaded separately.',
    ]) {
      expect(splitColon(s)).toBeUndefined();
    }
  });
});
