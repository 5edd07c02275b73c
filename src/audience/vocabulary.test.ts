import { describe, expect, it } from 'vitest';
import { readVocabularySources, loadVocabulary, pickPlainAlternative, shortDefinition, toIndexFile } from './load-vocabulary.js';
import { createVocabulary } from './vocabulary.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_VOCABULARY_DIR, VOCABULARY_INDEX_FILE } from './load-vocabulary.js';

const vocabulary = createVocabulary([
  { term: 'myocardial infarction', plain: 'heart attack', kind: 'substitution' },
  { term: 'infarction', plain: 'tissue death', kind: 'definition' },
  { term: 'tumor', plain: 'lump', kind: 'substitution' },
  { term: 'MI', plain: 'myocardial infarction', kind: 'abbreviation' },
]);

describe('createVocabulary', () => {
  it('matches the longest phrase first, whole words only and regardless of case', () => {
    const found = vocabulary.findTerms('Acute Myocardial infarction and infarctions, not reinfarction.', () => true);
    expect(found.map((m) => m.text)).toEqual(['Myocardial infarction', 'infarctions']);
    expect(found[1]!.plural).toBe(true);
  });

  it('matches abbreviations only as written, so the word "mi" is not the abbreviation', () => {
    expect(vocabulary.findTerms('MI and mi', () => true).map((m) => m.text)).toEqual(['MI']);
  });

  it('prefers a phrase written as its own plural entry over the singular entry read as a plural', () => {
    const v = createVocabulary([
      { term: 'clinical outcome', plain: 'result for patients', kind: 'substitution' },
      { term: 'clinical outcomes', plain: 'results for patients', kind: 'substitution' },
    ]);
    const [match] = v.findTerms('Better clinical outcomes.', () => true);
    expect(match!.record.term).toBe('clinical outcomes');
    expect(match!.plural).toBe(false);
  });

  it('does not match a phrase split by punctuation', () => {
    expect(vocabulary.findTerms('myocardial, infarction', (r) => r.substitution !== undefined)).toEqual([]);
  });
});

describe('pickPlainAlternative', () => {
  it('picks the first simple alternative of a thesaurus list', () => {
    expect(pickPlainAlternative('adjacent', 'beside, next to, near, touching')).toBe('beside');
  });

  it('skips alternatives too vague to keep the meaning', () => {
    expect(pickPlainAlternative('antibiotic', 'drug, medicine, drug that fights bacteria')).toBe('drug that fights bacteria');
    expect(pickPlainAlternative('kidney', 'kidney')).toBeUndefined();
  });

  it('gives an adjective no noun-phrase definition as its plain word, nor a fragment after it', () => {
    expect(pickPlainAlternative('allergic', 'the body’s reaction to something, like pollen, resulting in sneezing')).toBeUndefined();
  });
});

describe('shortDefinition of a dictionary entry that lost the spaces around its italics', () => {
  it('shows none for "of theCannabis sativaorCannabis indicaplant" (NCI, marijuana) or "the bacteriumClostridium botulinum"', () => {
    expect(shortDefinition('The dried leaves and flowering tops of theCannabis sativaorCannabis indicaplant. Cannabis contains active chemicals.')).toBeUndefined();
    expect(shortDefinition('A toxin made by the bacteriumClostridium botulinum.')).toBeUndefined();
  });

  it('keeps one whose names are written with capitals inside on purpose', () => {
    expect(shortDefinition('A test of the pH of blood and of mRNA in cells.')).toBe('A test of the pH of blood and of mRNA in cells');
  });
});

describe('shortDefinition', () => {
  it('keeps the first sentence of a dictionary definition', () => {
    expect(shortDefinition('A lump of tissue with spikes or points on the surface. More text follows here.')).toBe(
      'A lump of tissue with spikes or points on the surface',
    );
  });

  it('cuts a long first sentence at its first clause without a dangling word', () => {
    const d = shortDefinition(
      'A surgical procedure in which tissue or an organ is transferred from one area of a person’s body to another area, or from one person to another person.',
    );
    expect(d).toBe('A surgical procedure');
  });

  it('gives no definition when the cut would end on the clause\'s own subject ("Describes how likely it")', () => {
    const d = shortDefinition(
      'Describes how likely it is that a person who has a certain disease-causing mutation (change) in a gene will show signs and symptoms of the disease. Not everyone who has the mutation will develop it.',
    );
    expect(d).toBeUndefined();
  });
});

describe('loadVocabulary', () => {
  it('loads the shipped vocabulary once and serves it from the cache', async () => {
    const first = loadVocabulary();
    expect(loadVocabulary()).toBe(first);
    const v = await first;
    expect(v.lookup('hypertension')?.substitution).toBe('high blood pressure');
    expect(v.lookup('COPD')?.expansion).toBe('chronic obstructive pulmonary disease');
    expect(v.lookup('colonoscopy')?.definition).toMatch(/colon/);
  });

  it('never swaps a term on the deny-list of ambiguous words', async () => {
    const v = await loadVocabulary();
    for (const word of ['control', 'significant', 'present', 'treatment']) {
      expect(v.lookup(word)?.substitution).toBeUndefined();
    }
  });

  it('ships a derived index that matches its sources (rebuild with write-vocabulary-index.ts)', async () => {
    const fromSources = toIndexFile(await readVocabularySources()).entries;
    const shipped = JSON.parse(await readFile(join(DEFAULT_VOCABULARY_DIR, VOCABULARY_INDEX_FILE), 'utf8')) as {
      entries: unknown[];
    };
    expect(shipped.entries).toEqual(fromSources);
  });
});

describe('the vocabulary and named conditions', () => {
  it('keeps the name of a condition rather than the thesaurus\'s broader word, and keeps curated lay names', async () => {
    const vocabulary = await loadVocabulary();
    for (const name of ['inflammatory bowel disease', "Crohn's disease", 'rheumatoid arthritis', 'orchitis', 'pulmonary fibrosis']) {
      expect(vocabulary.lookup(name)?.substitution).toBeUndefined();
    }
    expect(vocabulary.lookup('atherosclerosis')?.substitution).toBe('hardening of the arteries');
    // Public-health swaps that are wrong in clinical text stay out ("corticosteroids" is not "asthma drug").
    for (const term of ['corticosteroids', 'microbes', 'titer', 'quarantine', 'inhaler']) expect(vocabulary.lookup(term)?.substitution).toBeUndefined();
  });

  it('leaves "continue to" alone, whose plain "keep on" would need the verb after it changed ("keep on take colchicine")', async () => {
    const vocabulary = await loadVocabulary();
    expect(vocabulary.lookup('continue to')?.substitution).toBeUndefined();
  });
});

describe('shortDefinition: a cut that drops the clause saying which (plain5)', () => {
  it('gives no definition when the cut ends on "the" and a general noun, or opens on a share or amount', () => {
    expect(shortDefinition('High blood pressure in the vein that carries blood from the stomach, intestines, and spleen to the liver, which can lead to bleeding.')).toBeUndefined();
    expect(shortDefinition('The proportion of individuals in a population who are carriers of a specific genetic variant, which is often written as a percentage of all people.')).toBeUndefined();
    expect(shortDefinition('A form of complementary and alternative medicine based on the belief that the body has energy fields that can be used to heal and improve health.')).toBeUndefined();
    // A cut that names a place the body has one of keeps its definition.
    expect(shortDefinition('A buildup of fluid in the brain that can be caused by a tumor, an injury, an infection or a lack of oxygen in the tissue around it.')).toBe('A buildup of fluid in the brain');
  });
});
