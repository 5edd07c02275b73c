import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { createSqliteArticleStore, openDatabase } from '../store/index.js';
import { buildConceptLexicon } from './build-concept-lexicon.js';
import { createBrandLexicon } from './brands-written.js';
import { createFindEvidence } from './create-find-evidence.js';
import type { SearchStore } from './search-store.js';

function article(pmid: string, title: string, abstract: string, extra: Partial<Article> = {}): Article {
  return {
    pmid,
    version: 1,
    title,
    abstract,
    abstractSections: [{ label: null, category: null, text: abstract }],
    journal: { title: 'Test Journal', isoAbbreviation: null },
    year: 2015,
    authors: [],
    languages: ['eng'],
    publicationTypes: ['Journal Article'],
    meshHeadings: [],
    keywords: [],
    doi: null,
    ...extra,
  };
}

const mesh = (...descriptors: string[]) =>
  descriptors.map((descriptor) => ({ descriptor, descriptorUi: null, majorTopic: false, qualifiers: [] }));

const CORPUS: Article[] = [
  article('1001', 'Low-dose aspirin for secondary prevention after myocardial infarction: a randomized trial',
    'Background: Patients surviving an acute myocardial infarction remain at high risk of recurrent vascular events. Methods: We randomly assigned 4,500 patients to aspirin 100 mg daily or placebo. Results: Aspirin reduced the composite of reinfarction, stroke and vascular death by 22% over two years. Conclusions: Low-dose aspirin is effective secondary prevention after myocardial infarction.',
    { publicationTypes: ['Randomized Controlled Trial'], year: 2012, meshHeadings: mesh('Aspirin', 'Myocardial Infarction', 'Secondary Prevention') }),
  article('1002', 'Aspirin resistance: laboratory definitions and clinical relevance',
    'Aspirin resistance describes the failure of aspirin to inhibit platelet thromboxane production. Aspirin response varies with dose, adherence and genetics. We review aspirin pharmacology and laboratory assays of aspirin response. Routine testing for aspirin resistance is not recommended.',
    { publicationTypes: ['Review'], year: 2016, meshHeadings: mesh('Aspirin', 'Drug Resistance') }),
  article('1003', 'Upper gastrointestinal bleeding in a patient taking aspirin after myocardial infarction',
    'We report a 71-year-old man who developed upper gastrointestinal bleeding three weeks after starting aspirin for myocardial infarction. Endoscopy showed a gastric ulcer. Bleeding stopped with proton pump inhibitor therapy.',
    { publicationTypes: ['Case Reports'], year: 2019, meshHeadings: mesh('Gastrointestinal Hemorrhage', 'Aspirin') }),
  article('1004', 'Interleukin-6 levels predict respiratory failure in COVID-19',
    'In 311 adults hospitalised with COVID-19, an IL-6 concentration above 80 pg/mL on admission predicted respiratory failure requiring mechanical ventilation (odds ratio 22). IL-6 may identify patients who benefit from early immunomodulation.',
    { publicationTypes: ['Observational Study'], year: 2020, meshHeadings: mesh('COVID-19', 'Interleukin-6', 'Respiratory Insufficiency') }),
  article('1005', 'Tocilizumab in patients hospitalized with COVID-19 pneumonia',
    'Tocilizumab, a monoclonal antibody against the IL-6 receptor, did not reduce mortality at 28 days among patients hospitalized with COVID-19 pneumonia, but shortened time to discharge.',
    { publicationTypes: ['Randomized Controlled Trial'], year: 2021, meshHeadings: mesh('COVID-19', 'Antibodies, Monoclonal, Humanized') }),
  article('1006', 'BRCA1 mutation carriers and the risk of ovarian cancer',
    'Women carrying a germline BRCA1 mutation have a cumulative ovarian cancer risk of about 44% by age 80. Risk-reducing salpingo-oophorectomy lowers ovarian cancer incidence and all-cause mortality in BRCA1 carriers.',
    { publicationTypes: ['Observational Study'], year: 2017, meshHeadings: mesh('Genes, BRCA1', 'Ovarian Neoplasms') }),
  article('1007', 'Metformin and the risk of lactic acidosis in type 2 diabetes: a systematic review',
    'We pooled 347 trials of metformin in type 2 diabetes. No case of fatal or nonfatal lactic acidosis was found in 70,490 patient-years of metformin use. There is no evidence that metformin increases the risk of lactic acidosis compared with other glucose-lowering treatments.',
    { publicationTypes: ['Systematic Review', 'Meta-Analysis'], year: 2010, meshHeadings: mesh('Metformin', 'Acidosis, Lactic', 'Diabetes Mellitus, Type 2') }),
  article('1008', 'Vitamin D supplementation and prevention of type 2 diabetes',
    'Among adults with prediabetes, vitamin D3 at 4,000 IU per day did not significantly lower the risk of type 2 diabetes compared with placebo over 2.5 years.',
    { publicationTypes: ['Randomized Controlled Trial'], year: 2019, meshHeadings: mesh('Vitamin D', 'Diabetes Mellitus, Type 2', 'Prediabetic State') }),
  // A reprint of 1007 under another PMID: the same paper must not be cited twice.
  article('1009', 'Metformin and the risk of lactic acidosis in type 2 diabetes: a systematic review.',
    'Reprint. We pooled 347 trials of metformin in type 2 diabetes and found no lactic acidosis.',
    { publicationTypes: ['Systematic Review'], year: 2011 }),
  article('1010', 'Asthma in obese children',
    'Obesity is associated with more frequent asthma exacerbations in children. Leptin may link adipose tissue to airway inflammation.',
    { publicationTypes: ['Review'], year: 2014, meshHeadings: mesh('Asthma', 'Pediatric Obesity') }),
];

function recordingStore(hits: { all: string[]; any: string[] }) {
  const calls: { mode: string; groups: string[][] }[] = [];
  const store: SearchStore = {
    async matchArticles(query) {
      calls.push({ mode: query.mode, groups: query.groups });
      return hits[query.mode].map((pmid, i) => ({ pmid, score: 10 - i }));
    },
    async getArticles(wanted) {
      return wanted.map((pmid) => article(pmid, `Aspirin after stroke ${pmid}`, 'Aspirin after stroke lowered recurrence.'));
    },
  };
  return { store, calls };
}

describe('createFindEvidence', () => {
  const store = createSqliteArticleStore(openDatabase(':memory:'));
  const findEvidence = createFindEvidence({ store });
  const pmids = async (question: string, options?: Parameters<typeof findEvidence>[1]) =>
    (await findEvidence(question, options)).map((evidence) => evidence.article.pmid);

  beforeAll(async () => {
    await store.upsertArticles(CORPUS);
  });
  afterAll(async () => store.close());

  it('puts the article that addresses every concept of the question first', async () => {
    const found = await pmids('Does aspirin prevent another heart event after a myocardial infarction?');
    expect(found[0]).toBe('1001');
    expect(found).toContain('1003');
  });

  it('prefers an article covering all concepts over one that repeats a single concept', async () => {
    const found = await pmids('aspirin myocardial infarction');
    expect(found.indexOf('1001')).toBeLessThan(found.indexOf('1002'));
  });

  it('finds hyphenated and alphanumeric terms such as IL-6, COVID-19 and BRCA1', async () => {
    expect((await pmids('What is the role of IL-6 in COVID-19?'))[0]).toBe('1004');
    expect((await pmids('Which cancers do BRCA1 mutations cause?'))[0]).toBe('1006');
  });

  it('relaxes to any concept when no article mentions them all', async () => {
    const found = await pmids('Is metformin linked to lactic acidosis in pregnancy?');
    expect(['1007', '1009']).toContain(found[0]);
  });

  it('returns a reprint with the same title only once', async () => {
    const found = await pmids('metformin lactic acidosis');
    expect(found.filter((pmid) => pmid === '1007' || pmid === '1009')).toHaveLength(1);
  });

  it('returns articles with scores, best first, at most the limit asked', async () => {
    const evidence = await findEvidence('aspirin', { limit: 2 });
    expect(evidence).toHaveLength(2);
    expect(evidence[0]!.score).toBeGreaterThanOrEqual(evidence[1]!.score);
    expect(evidence[0]!.article.title).toMatch(/aspirin/i);
  });

  it('applies year and publication type filters', async () => {
    expect(await pmids('aspirin', { filters: { yearFrom: 2018 } })).toEqual(['1003']);
    expect(await pmids('type 2 diabetes', { filters: { publicationTypes: ['Randomized Controlled Trial'] } })).toEqual(['1008']);
  });

  it('gives the stronger study design the edge when the text matches equally', async () => {
    const local = createSqliteArticleStore(openDatabase(':memory:'));
    const text = 'Statins lowered LDL cholesterol in adults with familial hypercholesterolaemia.';
    await local.upsertArticles([
      article('1', 'Statins in familial hypercholesterolaemia', text, { publicationTypes: ['Case Reports'] }),
      article('2', 'Statins in familial hypercholesterolaemia: a trial', text, { publicationTypes: ['Randomized Controlled Trial'] }),
    ]);
    const found = await createFindEvidence({ store: local })('statins familial hypercholesterolaemia');
    expect(found.map((evidence) => evidence.article.pmid)).toEqual(['2', '1']);
    await local.close();
  });

  it('finds nothing, without failing, for questions with no searchable word or no match', async () => {
    expect(await findEvidence('What is it and how?')).toEqual([]);
    expect(await findEvidence('xenotransplantation')).toEqual([]);
  });

  it('answers hostile and 100 KB questions without a syntax error', async () => {
    for (const question of ['"aspirin', 'aspirin NEAR( title: * -', 'AND OR NOT', '{title}: ^aspirin']) {
      await expect(findEvidence(question)).resolves.toBeInstanceOf(Array);
    }
    const huge = 'aspirin "myocardial" NEAR( infarction* '.repeat(3000);
    expect(huge.length).toBeGreaterThan(100_000);
    expect((await findEvidence(huge))[0]?.article.pmid).toBe('1001');
  });

  it('rejects a limit out of bounds as an invalid request', async () => {
    await expect(findEvidence('aspirin', { limit: 0 })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(findEvidence('aspirin', { limit: 1.5 })).rejects.toMatchObject({ code: 'invalid_request' });
  });
});

describe('createFindEvidence with concept expansion', () => {
  it('finds the article that spells out an abbreviation the question uses, from definitions in the corpus', async () => {
    const store = createSqliteArticleStore(openDatabase(':memory:'));
    await store.upsertArticles([
      article('1', 'Inhaler technique in chronic lung disease', 'Patients with chronic obstructive pulmonary disease (COPD) often misuse inhalers.'),
      article('2', 'Exacerbations and air pollution', 'Chronic obstructive pulmonary disease (COPD) exacerbations rose with ozone levels.'),
      article('3', 'Pneumonia in chronic obstructive pulmonary disease', 'Inhaled corticosteroids increased the risk of pneumonia in chronic obstructive pulmonary disease.'),
      article('4', 'Community-acquired pneumonia in children', 'Amoxicillin remains first-line treatment of pneumonia in children.'),
    ]);
    const found = await createFindEvidence({ store })('Does COPD raise the risk of pneumonia?');
    expect(found[0]?.article.pmid).toBe('3');
    await store.close();
  });

  it('finds papers written in medical terms for a question in lay words', async () => {
    const store = createSqliteArticleStore(openDatabase(':memory:'));
    await store.upsertArticles(CORPUS);
    const lexicon = buildConceptLexicon({ layTerms: { 'heart attack': ['myocardial infarction'] } });
    const found = await createFindEvidence({ store, lexicon })('Should I take aspirin after a heart attack?');
    expect(found[0]?.article.pmid).toBe('1001');
    await store.close();
  });

  it('finds British spellings for an American question', async () => {
    const store = createSqliteArticleStore(openDatabase(':memory:'));
    await store.upsertArticles([
      article('1', 'Iron deficiency anaemia in paediatric practice', 'Oral iron corrected anaemia in most children.'),
      article('2', 'Iron absorption', 'Iron absorption depends on hepcidin.'),
    ]);
    const found = await createFindEvidence({ store })('pediatric anemia');
    expect(found.map((evidence) => evidence.article.pmid)).toEqual(['1']);
    const { store: fake, calls } = recordingStore({ all: [], any: [] });
    await createFindEvidence({ store: fake })('pediatric anemia');
    expect(calls[0]?.groups).toEqual([['pediatric', 'paediatric'], ['anemia', 'anaemia']]);
    await store.close();
  });
});

describe('createFindEvidence with a fake store', () => {

  it('asks only the precise query when it already finds enough articles', async () => {
    const { store, calls } = recordingStore({ all: ['1', '2', '3'], any: [] });
    await createFindEvidence({ store })('aspirin after stroke', { limit: 3 });
    expect(calls.map((call) => call.mode)).toEqual(['all']);
  });

  it('does not require framing words such as role in the precise query', async () => {
    const { store, calls } = recordingStore({ all: [], any: ['1'] });
    await createFindEvidence({ store })('What is the role of aspirin after stroke?');
    expect(calls).toEqual([
      { mode: 'all', groups: [['aspirin'], ['stroke']] },
      { mode: 'any', groups: [['role'], ['aspirin'], ['stroke']] },
    ]);
  });

  it('leaves the words most articles contain out of the relaxed query on a large corpus', async () => {
    const { store, calls } = recordingStore({ all: [], any: ['1'] });
    const counts = new Map([['role', 60_000], ['aspirin', 900], ['stroke', 4_000]]);
    const documentFrequencies = async (stems: readonly string[]) => new Map(stems.map((stem) => [stem, counts.get(stem) ?? 0]));
    await createFindEvidence({ store: { ...store, documentFrequencies }, relaxedPostings: 10_000 })('What is the role of aspirin after stroke?');
    expect(calls[1]).toEqual({ mode: 'any', groups: [['aspirin'], ['stroke']] });
  });

  it("adds the rarest concept's own articles to the relaxed hits, which common word pairs could crowd out", async () => {
    const { store, calls } = recordingStore({ all: [], any: ['1'] });
    const counts = new Map([['mechan', 300], ['action', 90], ['anlotinib', 9]]);
    const documentFrequencies = async (stems: readonly string[]) => new Map(stems.map((stem) => [stem, counts.get(stem) ?? 0]));
    await createFindEvidence({ store: { ...store, documentFrequencies } })('What is the mechanism of action of anlotinib?');
    expect(calls.at(-1)).toEqual({ mode: 'all', groups: [['anlotinib']] });
  });

  it("searches a term whose definition the question restates beside the question's words, only when the corpus writes it", async () => {
    const definitions = { terms: { appendectomy: ['surgeri', 'remov', 'appendix'] }, commonest: [] };
    const lexicon = buildConceptLexicon({ definitions, plainLanguage: [{ term: 'surgery', plain_alternative: 'operation' }] });
    const { store, calls } = recordingStore({ all: [], any: ['1'] });
    const written = async (stems: readonly string[]) => new Map(stems.map((stem) => [stem, 3]));
    await createFindEvidence({ store: { ...store, documentFrequencies: written }, lexicon })('Is a delayed appendix operation dangerous?');
    expect(calls[0]).toEqual({ mode: 'all', groups: [['delayed'], ['appendix'], ['operation'], ['dangerous']] });
    expect(calls[1]?.groups).toContainEqual(['appendectomy']);
    const unwritten = async (stems: readonly string[]) => new Map(stems.map((stem) => [stem, stem === 'appendectomi' ? 0 : 3]));
    const { store: other, calls: without } = recordingStore({ all: [], any: ['1'] });
    await createFindEvidence({ store: { ...other, documentFrequencies: unwritten }, lexicon })('Is a delayed appendix operation dangerous?');
    expect(without.flatMap((call) => call.groups)).not.toContainEqual(['appendectomy']);
  });

  it('searches with the brand lexicon the caller built for the question, looking the brand up only once', async () => {
    const lexicon = buildConceptLexicon({ brandNames: { keytruda: ['pembrolizumab'], lipitor: ['atorvastatin', 'statin'] } });
    const counts = new Map([['keytruda', 3], ['pembrolizumab', 40], ['statin', 12], ['melanoma', 50]]);
    let lookups: string[][] = [];
    const documentFrequencies = async (stems: readonly string[]) => (lookups.push([...stems]), new Map(stems.map((stem) => [stem, counts.get(stem) ?? 0])));
    for (const question of ['Is Keytruda approved for melanoma?', 'Does Lipitor help in melanoma?']) {
      const { store, calls: own } = recordingStore({ all: ['1', '2', '3'], any: [] });
      const withFrequencies = { ...store, documentFrequencies };
      await createFindEvidence({ store: withFrequencies, lexicon })(question, { limit: 3 });
      const brandLookups = lookups.length;
      lookups = [];
      const known = await createBrandLexicon(withFrequencies, lexicon)(question);
      expect(lookups).toHaveLength(1);
      const { store: other, calls: handed } = recordingStore({ all: ['1', '2', '3'], any: [] });
      await createFindEvidence({ store: { ...other, documentFrequencies }, lexicon })(question, { limit: 3 }, known);
      expect(handed).toEqual(own);
      expect(lookups).toHaveLength(brandLookups);
      lookups = [];
    }
  });
});
