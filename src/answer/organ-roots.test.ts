import { describe, expect, it } from 'vitest';
import { contentTerms } from './content-terms.js';
import { renamedStems } from './expand-abbreviations.js';
import { holdsRoot, organRootSynonyms } from './organ-roots.js';

const stemsOf = (text: string) => new Set(contentTerms(text).map((t) => t.stem));

describe('organRootSynonyms', () => {
  it('reads an organ asked in English as spoken of by a word built on its Greek or Latin root', () => {
    // Shaped like PMID 20530150 and 10078749 of the shipped corpus.
    const synonyms = organRootSynonyms('Should my son have his gallbladder out when his spleen is removed?');
    const surgery = stemsOf('Concomitant splenectomy at the time of cholecystectomy was not needed in most children.');
    expect(renamedStems(surgery, synonyms)).toEqual(new Set([...stemsOf('gallbladder'), ...stemsOf('spleen')]));
    const dystonia = stemsOf('A patient with adult-onset oromandibular dystonia responded to L-dopa.');
    expect(renamedStems(dystonia, organRootSynonyms('Can levodopa help dystonia of the jaw?'))).toEqual(stemsOf('jaw'));
    expect(renamedStems(stemsOf('Hepatosplenomegaly was found in half of the infants.'), organRootSynonyms('Is a big spleen common?'))).toEqual(stemsOf('spleen'));
  });

  it('reads no organ the question does not name, and no everyday word that happens to hold a root', () => {
    expect(organRootSynonyms('Is splenectomy safe in children?')).toEqual([]);
    const synonyms = organRootSynonyms('Does a big spleen need surgery?');
    expect(renamedStems(stemsOf('The results were splendid in every child.'), synonyms)).toEqual(new Set());
    expect(renamedStems(stemsOf('Cholesterol levels were high in the cohort.'), organRootSynonyms('Can the gallbladder be removed?'))).toEqual(new Set());
    expect(holdsRoot(stemsOf('an orchid extract'), ['orchi'])).toBe(false);
    expect(holdsRoot(stemsOf('after orchidopexy'), ['orchi'])).toBe(true);
  });
});
