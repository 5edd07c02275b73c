import { describe, expect, it } from 'vitest';
import type { Answer, Article } from './domain/index.js';
import { createSqliteArticleStore, openDatabase } from './store/index.js';
import { answersOn, createCorpusCoverage, everydayNames, exampleQuestions, makeCoverage, questionForms, savedCoverage, type CoverageDeps } from './corpus-coverage.js';

const answered = (question: string, text: string): Answer => ({
  question,
  audience: 'physician',
  status: 'answered',
  direct: { text, citations: [{ n: 1, pmid: '1', quote: text }] },
  sections: [],
  references: [],
  evidenceSummary: 'Based on 1 study.',
  corpus: { articles: 2, snapshot: 's' },
});
const refused = (question: string): Answer => ({ ...answered(question, ''), status: 'insufficient_evidence', direct: null });

describe('questionForms', () => {
  it('asks "what is", "what causes" and "how is it treated", the verb agreeing with a plural name', () => {
    expect(questionForms('Duchenne muscular dystrophy')).toEqual([
      'What is Duchenne muscular dystrophy?',
      'What causes Duchenne muscular dystrophy?',
      'How is Duchenne muscular dystrophy treated?',
    ]);
    expect(questionForms('HIV infections')[0]).toBe('What are HIV infections?');
    expect(questionForms('multiple sclerosis')[0]).toBe('What is multiple sclerosis?');
  });
});

describe('answersOn', () => {
  it('takes an answered question whose direct answer names the subject, in the singular too', () => {
    // The shipped corpus's answer to "What is choroideremia?".
    expect(answersOn(answered('What is choroideremia?', 'Choroideremia (CHM) is an X-linked progressive degeneration of the choroid and retina.'), 'choroideremia')).toBe(true);
    expect(answersOn(answered('What are cataracts?', 'A cataract is a clouding of the lens.'), 'cataracts')).toBe(true);
  });

  it('refuses a refusal, and a direct answer that speaks of something else', () => {
    expect(answersOn(refused('What causes scurvy?'), 'scurvy')).toBe(false);
    expect(answersOn(answered('What causes lung neoplasms?', 'Cetuximab is an effective clinical treatment.'), 'lung neoplasms')).toBe(false);
  });
});

describe('exampleQuestions', () => {
  it('keeps one answered question per subject, commonest subjects first, trying the next form when one is refused', async () => {
    const subjects = [
      { name: 'Gout', label: 'gout', records: 9 },
      { name: 'Scurvy', label: 'scurvy', records: 5 },
      { name: 'Asthma', label: 'asthma', records: 3 },
    ];
    const asked: string[] = [];
    const ask = async (q: string) => {
      asked.push(q);
      if (q.includes('scurvy')) return refused(q);
      if (q === 'How is asthma treated?') return refused(q);
      return answered(q, `Text on ${q.includes('gout') ? 'gout' : 'asthma'}.`);
    };
    expect(await exampleQuestions(subjects, ask)).toEqual([
      { question: 'What is gout?', subject: 'Gout' },
      { question: 'What is asthma?', subject: 'Asthma' },
    ]);
    // The third subject starts from the third form, then wraps round to the first; the refused subject costs three asks.
    expect(asked).toEqual([
      'What is gout?',
      'What causes scurvy?',
      'How is scurvy treated?',
      'What is scurvy?',
      'How is asthma treated?',
      'What is asthma?',
    ]);
  });
});

describe('exampleQuestions on a subject with an everyday name', () => {
  it('asks it by the everyday name, as a reader would, and keeps an answer that names it by either name', async () => {
    // As the shipped corpus counts them: MeSH "Breast Neoplasms", whose answers say "breast cancer"; "Hypertension" (high blood pressure).
    const subjects = [
      { name: 'Breast Neoplasms', label: 'breast neoplasms', records: 18, everyday: 'breast cancer' },
      { name: 'Hypertension', label: 'hypertension', records: 9, everyday: 'high blood pressure' },
      { name: 'Gout', label: 'gout', records: 5 },
    ];
    const asked: string[] = [];
    const ask = async (q: string) => {
      asked.push(q);
      if (q.includes('breast')) return answered(q, 'BRCA1 and BRCA2 are the two major identified causes of inherited breast cancer.');
      if (q.includes('blood pressure')) return answered(q, 'Hypertension is a major risk factor for stroke.');
      return answered(q, 'Gout is an inflammatory arthritis.');
    };
    expect(await exampleQuestions(subjects, ask)).toEqual([
      { question: 'What is breast cancer?', subject: 'Breast Neoplasms' },
      { question: 'What causes high blood pressure?', subject: 'Hypertension' },
      { question: 'How is gout treated?', subject: 'Gout' },
    ]);
    expect(asked.join(' ')).not.toMatch(/neoplasms|hypertension/);
  });

  it('still refuses an answer that names neither name', () => {
    expect(answersOn(answered('What is heart attack?', 'Statins lower cholesterol in older adults.'), 'myocardial infarction', 'heart attack')).toBe(false);
    expect(answersOn(answered('What is heart attack?', 'Myocardial infarction is the death of heart muscle.'), 'myocardial infarction', 'heart attack')).toBe(true);
  });
});

describe('createCorpusCoverage', () => {
  function fakeDeps(saved: { snapshot: string; coverage: string } | null, snapshot = 's1') {
    const calls = { asks: 0, saves: 0, counted: 0 };
    const state = { saved, snapshot };
    const deps: CoverageDeps = {
      store: {
        countArticles: async () => 2,
        snapshot: async () => state.snapshot,
        subjectRecordPages: async function* () {
          calls.counted++;
          yield [{ title: 'Gout in old age', mesh: ['Gout'] }];
          yield [{ title: 'Gout and diet', mesh: ['Gout'] }];
        },
        readCoverage: async () => state.saved,
        saveCoverage: async (snap, coverage) => {
          calls.saves++;
          state.saved = { snapshot: snap, coverage };
        },
      },
      ask: async (q) => {
        calls.asks++;
        return answered(q, 'Gout is an inflammatory arthritis.');
      },
      meshDescriptors: async () => [
        { name: 'Musculoskeletal Diseases', treeNumbers: ['C05'] },
        { name: 'Gout', treeNumbers: ['C05.550.114.423'] },
      ],
    };
    return { deps, calls, state };
  }

  it('reads back, without the engine, the coverage it saved for the same snapshot, and none saved for another or in an older form', async () => {
    const { deps, state } = fakeDeps(null);
    const made = await createCorpusCoverage(deps)();
    expect(await savedCoverage(deps.store, 's1')).toEqual(made);
    expect(await savedCoverage(deps.store, 's2')).toBeNull();
    // Saved before subjects carried their everyday names: the snapshot alone.
    state.saved = { snapshot: 's1', coverage: JSON.stringify(made) };
    expect(await savedCoverage(deps.store, 's1')).toBeNull();
  });

  it('counts the subjects and finds examples once per corpus snapshot, saving them with it', async () => {
    const { deps, calls, state } = fakeDeps(null);
    const coverage = createCorpusCoverage(deps);
    const first = await coverage();
    expect(first.subjects).toEqual([{ name: 'Gout', label: 'Gout', records: 2 }]);
    expect(first.areas).toEqual([{ name: 'Musculoskeletal Diseases', records: 2 }]);
    expect(first.examples).toEqual([{ question: 'What is Gout?', subject: 'Gout' }]);
    await coverage();
    expect(calls).toEqual({ asks: 1, saves: 1, counted: 1 });
    // A new ingest changes the snapshot: counted again.
    state.snapshot = 's2';
    expect((await coverage()).snapshot).toBe('s2');
    expect(calls.counted).toBe(2);
  });

  it('reads a coverage saved for the same snapshot instead of counting again', async () => {
    const saved = { snapshot: 's1', records: 2, described: 0, areas: [], subjects: [], examples: [] };
    const { deps, calls } = fakeDeps({ snapshot: 'v3 s1', coverage: JSON.stringify(saved) });
    expect(await createCorpusCoverage(deps)()).toEqual(saved);
    expect(calls.counted).toBe(0);
  });

  it('makes again a coverage saved in the older form (no everyday names), for the same snapshot', async () => {
    const saved = { snapshot: 's1', records: 2, described: 0, areas: [], subjects: [], examples: [] };
    const { deps, calls } = fakeDeps({ snapshot: 's1', coverage: JSON.stringify(saved) });
    expect((await createCorpusCoverage(deps)()).subjects).toHaveLength(1);
    expect(calls.counted).toBe(1);
  });

  it('keeps the coverage in memory when the database cannot be written', async () => {
    const { deps } = fakeDeps(null);
    deps.store.saveCoverage = async () => {
      throw new Error('attempt to write a readonly database');
    };
    expect((await createCorpusCoverage(deps)()).subjects).toHaveLength(1);
  });

  it('lets the event loop turn between pages: a timer set while a slow count runs fires before the count ends', async () => {
    const { deps } = fakeDeps(null);
    const PAGES = 5;
    let pagesRead = 0;
    // A slow counter: each page holds the thread 20 ms, as 1,000 records of a large corpus may.
    deps.store.subjectRecordPages = async function* () {
      for (let p = 0; p < PAGES; p++) {
        const until = Date.now() + 20;
        while (Date.now() < until);
        pagesRead++;
        yield [{ title: 'Gout in old age', mesh: ['Gout'] }];
      }
    };
    const counting = createCorpusCoverage(deps)();
    const pagesWhenServed = await new Promise<number>((resolve) => setTimeout(() => resolve(pagesRead), 0));
    expect(pagesWhenServed).toBeLessThan(PAGES);
    // And the result is the count of every page.
    expect((await counting).subjects).toEqual([{ name: 'Gout', label: 'Gout', records: PAGES }]);
  });

  it('gives an empty coverage for a corpus with no records, without asking anything', async () => {
    const { deps, calls } = fakeDeps(null);
    deps.store.countArticles = async () => 0;
    expect(await createCorpusCoverage(deps)()).toEqual({ snapshot: 's1', records: 0, described: 0, areas: [], subjects: [], examples: [] });
    expect(calls.asks).toBe(0);
  });
});

describe('everydayNames', () => {
  it('names a medical term by the lay glossary\'s first phrase for it', () => {
    // Entries of data/lay-language/clinq-lay-search-terms.json.
    const names = everydayNames({
      'heart attack': ['myocardial infarction'],
      'heart attacks': ['myocardial infarction'],
      'colon cancer': ['colonic neoplasms', 'colon cancer'],
      'high blood pressure': ['hypertension'],
    });
    expect(names.get('myocardial infarction')).toBe('heart attack');
    expect(names.get('colonic neoplasms')).toBe('colon cancer');
    expect(names.get('hypertension')).toBe('high blood pressure');
  });

  it('takes no one-word phrase for a one-word term (a form of its word or a near word), nor the term itself', () => {
    const names = everydayNames({ obese: ['obesity'], overweight: ['obesity'], deafness: ['deafness', 'hearing loss'], 'itchy skin': ['pruritus'] });
    expect(names.has('obesity')).toBe(false);
    expect(names.has('deafness')).toBe(false);
    // One word may name a term of several.
    expect(names.get('hearing loss')).toBe('deafness');
    expect(names.get('pruritus')).toBe('itchy skin');
  });
});

describe('makeCoverage', () => {
  // Lines of NLM's 2017 MeSH tree: "Pain" has 45 headings under it in C10 (a few stand in for them here).
  const tree = [
    { name: 'Neoplasms', treeNumbers: ['C04'] },
    { name: 'Neoplasms by Site', treeNumbers: ['C04.588'] },
    { name: 'Breast Neoplasms', treeNumbers: ['C04.588.180'] },
    { name: 'Nervous System Diseases', treeNumbers: ['C10'] },
    { name: 'Pain', treeNumbers: ['C10.597.617'] },
    ...Array.from({ length: 45 }, (_, i) => ({ name: `Pain kind ${i}`, treeNumbers: [`C10.597.617.${100 + i}`] })),
    { name: 'Cardiovascular Diseases', treeNumbers: ['C14'] },
    { name: 'Myocardial Infarction', treeNumbers: ['C14.280.647.500'] },
  ];
  const records = [
    ...['Pain after knee surgery', 'Chronic pain in the elderly', 'Pain scores'].map((title) => ({ title, mesh: ['Pain'] })),
    ...['Tamoxifen in breast cancer', 'Mammography of small neoplasms'].map((title) => ({ title, mesh: ['Breast Neoplasms'] })),
    ...['Aspirin after myocardial infarction', 'Troponin'].map((title) => ({ title, mesh: ['Myocardial Infarction'] })),
  ];
  const deps = (asked: string[]): CoverageDeps => ({
    store: {
      countArticles: async () => records.length,
      snapshot: async () => 's',
      subjectRecordPages: async function* () {
        yield records;
      },
    },
    ask: async (q) => {
      asked.push(q);
      return answered(q, `${q.replace(/^What (?:is|are) |^What causes |^How (?:is|are) | treated\?$|\?$/gu, '')} is a condition.`);
    },
    meshDescriptors: async () => tree,
    layTerms: async () => ({ 'heart attack': ['myocardial infarction'] }),
  });

  it('gives the everyday name the lay glossary or MeSH\'s neoplasms by site give, and none where there is none', async () => {
    const coverage = await makeCoverage(deps([]), 's');
    expect(coverage.subjects).toEqual([
      { name: 'Pain', label: 'pain', records: 3 },
      { name: 'Breast Neoplasms', label: 'breast neoplasms', records: 2, everyday: 'breast cancer' },
      { name: 'Myocardial Infarction', label: 'myocardial infarction', records: 2, everyday: 'heart attack' },
    ]);
  });

  it('asks no example question on a subject MeSH files 40 headings or more under, however common', async () => {
    const asked: string[] = [];
    const coverage = await makeCoverage(deps(asked), 's');
    expect(asked.some((q) => /\bpain\b/u.test(q))).toBe(false);
    expect(coverage.examples.map((e) => e.subject)).toEqual(['Breast Neoplasms', 'Myocardial Infarction']);
  });
});

describe('makeCoverage over a SQLite store', () => {
  const record = (pmid: string, title: string, mesh: string[] = [], version = 1): Article => ({
    pmid,
    version,
    title,
    abstract: `${title}.`,
    abstractSections: [{ label: null, category: null, text: `${title}.` }],
    journal: { title: 'Journal', isoAbbreviation: null },
    year: 2020,
    authors: [],
    languages: ['eng'],
    publicationTypes: ['Journal Article'],
    meshHeadings: mesh.map((descriptor) => ({ descriptor, descriptorUi: null, majorTopic: false, qualifiers: [] })),
    keywords: [],
    doi: null,
  });
  const descriptors = [
    { name: 'Musculoskeletal Diseases', treeNumbers: ['C05'] },
    { name: 'Gout', treeNumbers: ['C05.550.114.423'] },
    { name: 'Respiratory Tract Diseases', treeNumbers: ['C08'] },
    { name: 'Asthma', treeNumbers: ['C08.127.108'] },
    { name: 'Eye Diseases', treeNumbers: ['C11'] },
    { name: 'Choroideremia', treeNumbers: ['C11.270.150'] },
  ];

  it('counts after an update only the records it changed, and counts what a count of every record counts', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const store = createSqliteArticleStore(openDatabase(':memory:'), { now: () => new Date((clock += 1000)) });
    const read: (number | null)[] = [];
    const deps: CoverageDeps = {
      store: {
        ...store,
        countArticles: () => store.countArticles(),
        snapshot: () => store.snapshot(),
        subjectTally: () => store.subjectTally(),
        saveSubjectTally: (form, mark, tally) => store.saveSubjectTally(form, mark, tally),
        readCoverage: () => store.readCoverage(),
        saveCoverage: (snap, coverage) => store.saveCoverage(snap, coverage),
        subjectRecordPages: (size) => store.subjectRecordPages(size),
        subjectChanges: async (since, size) => {
          read.push(since);
          return store.subjectChanges(since, size);
        },
      },
      ask: async (q) => answered(q, 'Gout is an inflammatory arthritis.'),
      meshDescriptors: async () => descriptors,
    };
    await store.upsertArticles([
      record('1', 'Gout in old age', ['Gout']),
      record('2', 'Gout and diet', ['Gout']),
      record('3', 'Choroideremia in one family'),
      record('4', 'Choroideremia and the CHM gene'),
      record('5', 'Asthma in children', ['Asthma']),
    ]);
    const first = await makeCoverage(deps, await store.snapshot());
    expect(first.subjects.map((s) => [s.name, s.records])).toEqual([['Choroideremia', 2], ['Gout', 2]]);
    // A small update: a record changes subject, one leaves, two come.
    await store.upsertArticles([record('2', 'Asthma and diet', ['Asthma'], 2), record('6', 'Asthma in adults', ['Asthma']), record('7', 'Gout flares', ['Gout'])]);
    await store.deleteArticles(['4']);
    const again = await makeCoverage(deps, await store.snapshot());
    expect(read).toEqual([null, expect.any(Number)]);
    expect(again.snapshot).toBe(await store.snapshot());
    expect(again.subjects.map((s) => [s.name, s.records])).toEqual([['Asthma', 3], ['Gout', 2]]);
    // The same as counting every record afresh (no saved tally).
    const fresh = createSqliteArticleStore(openDatabase(':memory:'));
    const { subjectTally: _tally, ...freshStore } = fresh;
    await fresh.upsertArticles(await store.getArticles(['1', '2', '3', '5', '6', '7']));
    const counted = await makeCoverage({ ...deps, store: { ...freshStore, subjectTally: async () => null } }, 'fresh');
    expect({ ...again, snapshot: '' }).toEqual({ ...counted, snapshot: '' });
    await store.close();
  });
});
