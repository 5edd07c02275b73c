import { describe, expect, it } from 'vitest';
import { deriveNciBrandNames } from './nci-brand-names.js';
import { buildConceptLexicon } from './build-concept-lexicon.js';

const COMMON = new Set(['align']);
const options = { isCommonWord: (word: string) => COMMON.has(word), isKnownName: (phrase: string) => phrase === 'aspirin' || phrase === 'insulin glargine' };
const entry = (term: string, definition: string) => ({ term, plain_alternative: definition });

describe('deriveNciBrandNames', () => {
  it('reads a brand entry to its generic, without the salt, and the class its generic name is built on', () => {
    const brands = deriveNciBrandNames(
      [entry('Lipitor', 'A drug used to lower the amount of cholesterol in the blood. It is a type of HMG-CoA reductase inhibitor and a type of statin. Also called atorvastatin calcium.')],
      options,
    );
    expect(brands).toEqual({ lipitor: ['atorvastatin', 'atorvastatin calcium', 'statin'] });
  });

  it('leaves out a class the generic name is not built on', () => {
    const brands = deriveNciBrandNames(
      [entry('Herceptin', 'A monoclonal antibody drug used to treat breast cancer. Herceptin is a type of monoclonal antibody. Also called trastuzumab.')],
      options,
    );
    expect(brands).toEqual({ herceptin: ['trastuzumab'] });
  });

  it('reads the brands a generic entry names, in its "Also called" list and as "used under the brand name"', () => {
    const brands = deriveNciBrandNames(
      [
        entry('vismodegib', 'A drug used to treat basal cell carcinoma. Also called Erivedge and GDC-0449.'),
        entry('abiraterone acetate', 'A drug used to treat prostate cancer. Abiraterone acetate is used under the brand name Zytiga to treat patients whose cancer is castration resistant.'),
        entry('bevacizumab', 'A drug used to treat several cancers. Bevacizumab is used under the brand names Alymsys, Mvasi, and Avastin, alone or with other drugs.'),
      ],
      options,
    );
    expect(brands).toEqual({
      alymsys: ['bevacizumab'],
      avastin: ['bevacizumab'],
      erivedge: ['vismodegib'],
      mvasi: ['bevacizumab'],
      zytiga: ['abiraterone', 'abiraterone acetate'],
    });
  });

  it('reads no brand from an entry that is no medicine, a code name, a common word or a known lower-case name', () => {
    const brands = deriveNciBrandNames(
      [
        entry('Hodgkin lymphoma', 'A cancer of the immune system. Also called Hodgkin disease.'),
        entry('imatinib mesylate', 'A drug used to treat leukemia. Also called STI571 and Align.'),
        entry('Aspirin', 'A drug that reduces pain. Also called acetylsalicylic acid.'),
      ],
      options,
    );
    expect(brands).toEqual({});
  });

  it('gives a lexicon the generic as the brand’s alternative, one way', () => {
    const lexicon = buildConceptLexicon({ brandNames: { lantus: ['insulin glargine'] } });
    expect(lexicon.alternativesOf('lantus')).toEqual(['insulin glargine']);
    expect(lexicon.alternativesOf('insulin glargine')).toBeUndefined();
  });
});
