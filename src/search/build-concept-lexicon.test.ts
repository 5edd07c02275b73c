import { describe, expect, it } from 'vitest';
import { alternativesOrSingular, analyseQuestion } from './analyse-question.js';
import { buildConceptLexicon, withEntries } from './build-concept-lexicon.js';
import { parseMeshTree } from './mesh-tree.js';

const meshTree = parseMeshTree(
  [
    'C14.280.647\tD009203\tMyocardial Infarction',
    'C14.280.647.250\tD056988\tAnterior Wall Myocardial Infarction',
    'C14.280.647.500\tD012770\tShock, Cardiogenic',
    'C14.280.647.900\tD099999\tMyocardial Infarction by Site',
    'C18.452.394.750.149\tD003924\tDiabetes Mellitus, Type 2',
    'C05.550.114\tD001168\tArthritis',
    'C05.550.114.606\tD010003\tOsteoarthritis',
    'C06.405.469.860\tD012002\tRectal Diseases',
    'C06.405.469.860.180\tD015179\tColorectal Neoplasms',
    'C04.588.180\tD001943\tBreast Neoplasms',
    'A01.047\tD000005\tAbdomen',
    'A03.556.875.875\tD013270\tStomach',
    'D09.546.359.448\tD005947\tGlucose',
  ].join('\n'),
);
const lexicon = buildConceptLexicon({
  meshTree,
  layTerms: { 'heart attack': ['myocardial infarction'], 'shortness of breath': ['dyspnea'] },
  plainLanguage: [
    { term: 'abdomen', plain_alternative: 'stomach, stomach area, belly, tummy' },
    { term: 'glucose', plain_alternative: 'sugar, energy' },
    { term: 'accomplish', plain_alternative: 'do, finish' },
  ],
});
const alternatives = (question: string, using = lexicon) => analyseQuestion(question, using).concepts.map((c) => c.alternatives);

describe('buildConceptLexicon', () => {
  it('searches a plural by the lay term its singular names ("newborns" for "newborn")', () => {
    const lay = buildConceptLexicon({ layTerms: { newborn: ['infant, newborn', 'neonate'] } });
    expect(alternatives('How are newborns with jaundice treated?', lay)[0]).toEqual(['newborns', 'infant newborn', 'neonate']);
  });

  it('lends a plural nothing from a singular known only as a plain word ("drugs" is not "medicine")', () => {
    const plain = buildConceptLexicon({ meshTree, plainLanguage: [{ term: 'stomach', plain_alternative: 'drug' }] });
    expect(plain.alternativesOf('drug')).toEqual(['stomach']);
    expect(alternativesOrSingular(plain, 'drugs')).toBeUndefined();
  });

  it('searches the medical term for a lay phrase, even one holding a stop word', () => {
    expect(alternatives('Can a heart attack cause shortness of breath?')).toEqual([
      ['heart attack', 'myocardial infarction'],
      ['cause'],
      ['shortness of breath', 'dyspnea'],
    ]);
  });

  it('adds subtypes named after a MeSH disease, not complications or grouping headings filed below it', () => {
    expect(alternatives('myocardial infarction')).toEqual([['myocardial infarction', 'anterior wall myocardial infarction']]);
  });

  it('reads a compound ending in a MeSH disease name as its subtype ("osteoarthritis" of "arthritis"), not one ending in a site adjective', () => {
    expect(alternatives('arthritis')[0]).toEqual(['arthritis', 'osteoarthritis']);
    expect(alternatives('rectal diseases')[0]).not.toContain('colorectal neoplasms');
  });

  it('knows MeSH names in inverted and natural order and says neoplasms as cancer', () => {
    expect(alternatives('type 2 diabetes mellitus')[0]).toEqual(['type 2 diabetes mellitus', 'diabetes mellitus type 2']);
    expect(alternatives('breast cancer risk')[0]).toEqual(['breast cancer', 'breast neoplasms']);
  });

  it('inverts the CDC thesaurus only towards MeSH terms and never re-labels a MeSH term', () => {
    expect(alternatives('belly sugar')).toEqual([['belly', 'abdomen'], ['sugar', 'glucose']]);
    // "stomach" keeps its own meaning (its organ adjective aside), never the thesaurus's "abdomen".
    expect(alternatives('stomach')).toEqual([['stomach', 'gastric']]);
    expect(alternatives('finish')).toEqual([['finish']]);
  });

  it('adds British or American spellings to every concept', () => {
    expect(alternatives('paediatric tumours')).toEqual([['paediatric', 'pediatric'], ['tumours', 'tumors']]);
  });

  it('layers per-question entries such as corpus abbreviations over the base lexicon', () => {
    const layered = withEntries(lexicon, new Map([['mi', ['myocardial infarction']]]));
    expect(alternatives('aspirin after MI', layered)).toEqual([['aspirin'], ['mi', 'myocardial infarction']]);
    expect(alternatives('heart attack', layered)).toEqual([['heart attack', 'myocardial infarction']]);
  });
});

describe('buildConceptLexicon with dictionary synonyms', () => {
  const withSynonyms = buildConceptLexicon({
    layTerms: { 'short sighted': ['myopia'] },
    synonyms: { fibroids: ['leiomyoma'], leiomyoma: ['fibroid'] },
  });

  it('searches the other names a dictionary gives, in both directions', () => {
    expect(alternatives('Can fibroids be removed?', withSynonyms)[0]).toEqual(['fibroids', 'leiomyoma']);
    expect(alternatives('Is a leiomyoma benign?', withSynonyms)[0]).toEqual(['leiomyoma', 'fibroid']);
  });

  it('reads a hyphenated question word as the lay phrase written with a space', () => {
    expect(withSynonyms.alternativesOf('short-sighted')).toEqual(['myopia']);
  });
  it('leaves a MeSH name with MeSH\'s alternatives, not the dictionary\'s broader ones', () => {
    const radiotherapy = buildConceptLexicon({
      meshTree: parseMeshTree('E02.815\tD011878\tRadiotherapy'),
      synonyms: { radiotherapy: ['irradiation', 'radiation therapy'], irradiation: ['radiation therapy', 'radiotherapy'] },
    });
    expect(radiotherapy.alternativesOf('radiotherapy') ?? []).not.toContain('irradiation');
    expect(radiotherapy.alternativesOf('irradiation')).toContain('radiotherapy');
    // MeSH writes "Autoimmune Diseases"; the question's singular is the same name.
    const autoimmune = buildConceptLexicon({
      meshTree: parseMeshTree('C20.111\tD001327\tAutoimmune Diseases'),
      synonyms: { 'autoimmune disease': ['autoimmune condition'], 'autoimmune condition': ['autoimmune disease'] },
    });
    expect(autoimmune.alternativesOf('autoimmune disease') ?? []).not.toContain('autoimmune condition');
    expect(autoimmune.alternativesOf('autoimmune condition')).toEqual(['autoimmune disease']);
  });
});

describe('buildConceptLexicon on everyday words', () => {
  it('searches the medical adjective papers use for an organ a reader names ("renal" for "kidney")', () => {
    expect(alternatives('What kidney problem can occur in Wiskott-Aldrich syndrome?')[0]).toEqual(['kidney', 'renal']);
    expect(lexicon.alternativesOf('before birth')).toEqual(['prenatal', 'antenatal']);
    expect(alternatives('Does an older father lower the chance of pregnancy with donor eggs?')).toContainEqual(['father', 'paternal']);
    expect(alternatives('What symptoms do family members notice first in schizophrenia?')).toContainEqual(['family members', 'relatives', 'caregivers']);
  });

  it('tells a phrase known only as a plain word of the thesaurus from a medical or curated name', () => {
    expect(lexicon.isPlainWordOnly?.('belly')).toBe(true);
    expect(lexicon.isPlainWordOnly?.('stomach')).toBe(false);
    expect(lexicon.isPlainWordOnly?.('heart attack')).toBe(false);
    expect(lexicon.isPlainWordOnly?.('kidney')).toBe(false);
  });

  it('adds no organ words to a lexicon built from nothing', () => {
    expect(buildConceptLexicon({}).alternativesOf('kidney')).toBeUndefined();
  });
});

describe('buildConceptLexicon with dictionary definitions', () => {
  const definitions = { terms: { appendectomy: ['surgeri', 'remov', 'appendix'], 'heart failure': ['heart', 'attack', 'weak'] }, commonest: [] };
  const defining = buildConceptLexicon({ meshTree, layTerms: { 'heart attack': ['myocardial infarction'] }, definitions, plainLanguage: [{ term: 'surgery', plain_alternative: 'operation' }] });

  it("names the term a phrase's words define, for search as a weak extra concept and for the answer as the phrase's other name", () => {
    expect(defining.alternativesOf('appendix operation')).toEqual(['appendectomy']);
    expect(defining.isDefinedOnly?.('appendix operation')).toBe(true);
    const { concepts } = analyseQuestion('Is a delayed appendix operation dangerous?', defining);
    expect(concepts.map((c) => [c.text, c.weak, c.defined ?? false])).toEqual([
      ['delayed', false, false],
      ['appendix', false, false],
      ['operation', false, false],
      ['dangerous', false, false],
      ['appendectomy', true, true],
    ]);
  });

  it('keeps the meaning of a phrase the vocabulary names', () => {
    expect(defining.alternativesOf('heart attack')).toEqual(['myocardial infarction']);
    expect(defining.isDefinedOnly?.('heart attack')).toBe(false);
    expect(analyseQuestion('weak heart attack', defining).concepts.some((c) => c.defined)).toBe(false);
  });

  it('reads no definition into a MeSH name written in the singular', () => {
    const definitions = { terms: { 'autoimmune thyroiditis': ['autoimmun', 'diseas', 'thyroid'] }, commonest: [] };
    const withMesh = buildConceptLexicon({ meshTree: parseMeshTree('C20.111\tD001327\tAutoimmune Diseases'), definitions });
    expect(withMesh.isDefinedOnly?.('autoimmune disease')).toBe(false);
    expect(withMesh.alternativesOf('autoimmune disease') ?? []).not.toContain('autoimmune thyroiditis');
    expect(buildConceptLexicon({ definitions }).isDefinedOnly?.('autoimmune disease')).toBe(true);
  });
});

describe('buildConceptLexicon on drugs named for an enantiomer', () => {
  const drugs = buildConceptLexicon({ meshTree: parseMeshTree('D02.092.311.200.480\tD007980\tLevodopa') });

  it('searches "levodopa" also as "L-dopa", and reads "L-dopa" as the vocabulary\'s levodopa', () => {
    expect(drugs.alternativesOf('levodopa')).toEqual(['l-dopa']);
    expect(drugs.alternativesOf('l-dopa')).toEqual(['levodopa']);
    expect(analyseQuestion('Does levodopa help dystonia?', drugs).concepts.find((c) => c.text === 'levodopa')?.alternatives).toContain('l-dopa');
  });

  it('guesses no levo- name the vocabulary does not have', () => {
    expect(drugs.alternativesOf('d-binding')).toBeUndefined();
  });
});

describe('buildConceptLexicon on names of letters and a number', () => {
  it('searches "IL6" also as "IL-6", and "GCH-1" as "GCH1"', () => {
    expect(alternatives('Does IL6 rise in sepsis?')[0]).toEqual(['il6', 'il-6']);
    expect(alternatives('Is GCH-1 mutated in dystonia?')[0]).toEqual(['gch-1', 'gch1']);
  });
});

describe('narrowerOf', () => {
  const tree = parseMeshTree(
    [
      'C04.588.945.947.535\tD007680\tKidney Neoplasms',
      'C04.588.945.947.535.160\tD002292\tCarcinoma, Renal Cell',
      'C04.588.945.947.535.585\tD009396\tWilms Tumor',
      'C04.588.945.947.535.700\tD099998\tKidney Neoplasms, Experimental',
      'C12.758.820.750\tD007680\tKidney Neoplasms',
      'C12.758.820.750.900\tD099997\tKidney Failure from Tumour',
      'C14.280.647\tD009203\tMyocardial Infarction',
      'C14.280.647.500\tD012770\tShock, Cardiogenic',
    ].join('\n'),
  );
  const kinds = buildConceptLexicon({ meshTree: tree, layTerms: { 'kidney cancer': ['kidney neoplasms'], 'heart attack': ['myocardial infarction'] } });

  it('gives the kinds of cancer filed below a lay phrase\'s name ("renal cell carcinoma" of kidney cancer)', () => {
    expect(kinds.narrowerOf?.('kidney cancer')).toEqual(['carcinoma renal cell', 'renal cell carcinoma', 'wilms tumor']);
    expect(kinds.narrowerOf?.('kidney neoplasms')).toContain('wilms tumor');
  });

  it('gives nothing below a disease outside the neoplasm tree, where a child may be a complication', () => {
    expect(kinds.narrowerOf?.('heart attack')).toEqual([]);
    expect(kinds.alternativesOf('kidney cancer')).not.toContain('wilms tumor');
  });
});
