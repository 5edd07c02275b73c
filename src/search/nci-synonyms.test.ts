import { describe, expect, it } from 'vitest';
import { alsoCalledNames, deriveNciSynonyms } from './nci-synonyms.js';

const COMMON = new Set(['marker', 'ring', 'cancer']);
const options = { isCommonWord: (word: string) => COMMON.has(word), isKnownName: (phrase: string) => phrase === 'total hysterectomy' };
const entry = (term: string, definition: string) => ({ term, plain_alternative: definition });

describe('deriveNciSynonyms', () => {
  it('reads an "Also called" name both ways, with the plural a reader may ask about', () => {
    const synonyms = deriveNciSynonyms([entry('fibroid', 'A benign smooth muscle tumor. Also called leiomyoma.')], options);
    expect(synonyms['fibroid']).toEqual(['leiomyoma']);
    expect(synonyms['fibroids']).toEqual(['leiomyoma']);
    expect(synonyms['leiomyoma']).toEqual(['fibroid']);
  });

  it('links every name of a comma list to the defined term', () => {
    const synonyms = deriveNciSynonyms(
      [entry('bedsore', 'Damage to the skin. Also called decubitus ulcer, pressure sore, and pressure ulcer.')],
      options,
    );
    expect(synonyms['bedsore']).toEqual(['decubitus ulcer', 'pressure sore', 'pressure ulcer']);
    expect(synonyms['pressure sore']).toEqual(['bedsore']);
  });

  it('leaves out brand names, abbreviations, code names and lone common words', () => {
    const synonyms = deriveNciSynonyms(
      [
        entry('vismodegib', 'A drug. Also called Erivedge and GDC-0449.'),
        entry('acute myeloid leukemia', 'A cancer. Also called AML.'),
        entry('biomarker', 'A molecule. Also called marker.'),
      ],
      options,
    );
    expect(synonyms).toEqual({});
  });

  it('lets a lone common word search its other name one way when MeSH has that name as a heading, and only from the defined term', () => {
    const common = new Set(['testicle', 'marker', 'wound']);
    const headings = new Set(['testis', 'ostomy']);
    const synonyms = deriveNciSynonyms(
      [
        entry('testicle', 'One of two egg-shaped glands inside the scrotum that produce sperm and male hormones. Also called testis.'),
        entry('biomarker', 'A molecule. Also called marker.'),
        entry('WOC nurse', 'A nurse with special training. Also called wound, ostomy, and continence nurse.'),
      ],
      { ...options, isCommonWord: (word: string) => common.has(word), isMeshName: (phrase: string) => headings.has(phrase) },
    );
    expect(synonyms['testicle']).toEqual(['testis']);
    expect(synonyms['testicles']).toEqual(['testis']);
    expect(synonyms['testis']).toBeUndefined();
    expect(synonyms['marker']).toBeUndefined();
    expect(synonyms['wound']).toBeUndefined();
  });

  it('leaves out the "variant" names the genetics dictionary renames mutations to, but keeps other rewordings', () => {
    const synonyms = deriveNciSynonyms(
      [
        entry('missense mutation', 'A change in DNA. Also called missense variant.'),
        entry('genetic susceptibility', 'An inherited increase in risk. Also called genetic predisposition.'),
      ],
      options,
    );
    expect(synonyms['missense mutation']).toBeUndefined();
    expect(synonyms['genetic susceptibility']).toEqual(['genetic predisposition']);
  });

  it('keeps a name holding "and" whole unless a half is a known name', () => {
    expect(alsoCalledNames('hereditary breast and ovarian cancer syndrome', options.isKnownName)).toEqual([
      'hereditary breast and ovarian cancer syndrome',
    ]);
    expect(alsoCalledNames('complete hysterectomy and total hysterectomy', options.isKnownName)).toEqual([
      'complete hysterectomy',
      'total hysterectomy',
    ]);
  });
});
