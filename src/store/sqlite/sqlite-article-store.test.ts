import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../domain/index.js';
import { ClinqError } from '../../domain/index.js';
import type { ArticleStore } from '../types.js';
import { openDatabase, type SqliteDatabase } from './open-database.js';
import { ARTICLE_MIGRATIONS } from './article-schema.js';
import { legacyContentHashOf, toArticleParams } from './article-rows.js';
import { createSqliteArticleStore, type SqliteArticleStore } from './sqlite-article-store.js';

function article(pmid: string, overrides: Partial<Article> = {}): Article {
  const abstract =
    overrides.abstract ??
    'Interleukin-6 (IL-6) concentrations were higher in patients with severe COVID-19 pneumonia than in those with mild disease.';
  return {
    pmid,
    version: 1,
    title: 'Interleukin-6 in severe COVID-19 pneumonia',
    abstract,
    abstractSections: [{ label: null, category: null, text: abstract }],
    journal: { title: 'Journal of Infection', isoAbbreviation: 'J Infect' },
    year: 2021,
    authors: ['Rossi A', 'Chen L'],
    languages: ['eng'],
    publicationTypes: ['Journal Article', 'Observational Study'],
    meshHeadings: [{ descriptor: 'Interleukin-6', descriptorUi: 'D015850', majorTopic: true, qualifiers: [] }],
    keywords: ['cytokine storm'],
    doi: '10.1000/j.inf.2021.1',
    ...overrides,
  };
}

const everyGroup = (...words: string[]) => ({ groups: words.map((w) => [w]), mode: 'all' as const, limit: 10 });

describe('createSqliteArticleStore', () => {
  let db: SqliteDatabase;
  let store: ArticleStore;
  let clock = new Date('2026-01-01T00:00:00.000Z');

  beforeEach(() => {
    db = openDatabase(':memory:');
    clock = new Date('2026-01-01T00:00:00.000Z');
    store = createSqliteArticleStore(db, { now: () => clock });
  });
  afterEach(async () => store.close());

  it('reads every record\'s title and MeSH descriptor names, none for a record without MeSH', async () => {
    await store.upsertArticles([
      article('1', { meshHeadings: [
        { descriptor: 'Gout', descriptorUi: 'D006073', majorTopic: true, qualifiers: [] },
        { descriptor: 'Humans', descriptorUi: 'D006801', majorTopic: false, qualifiers: [] },
      ] }),
      article('2', { title: 'Choroideremia in one family', meshHeadings: [] }),
    ]);
    const pages = [];
    for await (const page of store.subjectRecordPages!()) pages.push(page);
    expect(pages).toEqual([[
      { title: 'Interleukin-6 in severe COVID-19 pneumonia', mesh: ['Gout', 'Humans'] },
      { title: 'Choroideremia in one family', mesh: [] },
    ]]);
  });

  it('reads the subject records in pages in stored order, the store usable between pages', async () => {
    await store.upsertArticles(['1', '2', '3', '4', '5'].map((pmid) => article(pmid, { title: `Record ${pmid}`, meshHeadings: [] })));
    const pages: string[][] = [];
    for await (const page of store.subjectRecordPages!(2)) {
      pages.push(page.map((r) => r.title));
      // Another read between pages (a request served while the count pauses) does not disturb the pages.
      expect(await store.countArticles()).toBe(5);
    }
    expect(pages).toEqual([['Record 1', 'Record 2'], ['Record 3', 'Record 4'], ['Record 5']]);
  });

  it('saves the account of what the corpus covers with its snapshot, one at a time', async () => {
    expect(await store.readCoverage!()).toBeNull();
    await store.saveCoverage!('1 article', '{"records":1}');
    await store.saveCoverage!('2 articles', '{"records":2}');
    expect(await store.readCoverage!()).toEqual({ snapshot: '2 articles', coverage: '{"records":2}' });
  });

    it('adds new articles and reads them back unchanged', async () => {
    const first = article('101');
    expect(await store.upsertArticles([first, article('102')])).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await store.getArticle('101')).toEqual(first);
    expect(await store.getArticle('999')).toBeNull();
    expect(await store.countArticles()).toBe(2);
  });

  it('returns the articles asked for in the order asked, skipping unknown PMIDs', async () => {
    await store.upsertArticles([article('1'), article('2'), article('3')]);
    const found = await store.getArticles(['3', '404', '1']);
    expect(found.map((a) => a.pmid)).toEqual(['3', '1']);
    expect(await store.getArticles([])).toEqual([]);
  });

  it('counts identical content as unchanged', async () => {
    await store.upsertArticles([article('101')]);
    expect(await store.upsertArticles([article('101')])).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('counts identical content stored with the earlier SHA-256 digest as unchanged, and upgrades the digest', async () => {
    await store.upsertArticles([article('101'), article('102')]);
    const setHash = db.prepare('UPDATE articles SET content_hash = ? WHERE pmid = ?');
    for (const pmid of ['101', '102']) setHash.run(legacyContentHashOf(toArticleParams(article(pmid), 'any time')), pmid);
    const again = [article('101'), article('102', { title: 'Corrected title' })];
    expect(await store.upsertArticles(again)).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect(await store.upsertArticles(again)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect((await store.getArticle('102'))?.title).toBe('Corrected title');
    const stored = db.prepare<[], { content_hash: string }>('SELECT content_hash FROM articles ORDER BY pmid').all();
    expect(stored.map((row) => row.content_hash)).toEqual(again.map((a) => toArticleParams(a, 'any time').content_hash));
  });

  it('replaces an article with a newer version or a corrected same version', async () => {
    await store.upsertArticles([article('101')]);
    expect(await store.upsertArticles([article('101', { title: 'Corrected title' })])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await store.upsertArticles([article('101', { version: 2, title: 'Version two' })])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await store.getArticle('101'))?.title).toBe('Version two');
  });

  it('never lets an older version replace a newer one', async () => {
    await store.upsertArticles([article('101', { version: 3, title: 'Version three' })]);
    expect(await store.upsertArticles([article('101', { version: 2, title: 'Version two' })])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await store.getArticle('101'))?.title).toBe('Version three');
  });

  it('keeps the later DateRevised of one version, whichever file is read last, and learns the date of an unchanged copy', async () => {
    await store.upsertArticles([article('101', { revised: '2025-01-02', title: 'Corrected in the update file' })]);
    expect(await store.upsertArticles([article('101', { revised: '2024-07-15', title: 'As in the baseline' })])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await store.getArticle('101'))?.title).toBe('Corrected in the update file');
    expect(await store.upsertArticles([article('101', { revised: '2025-03-01', title: 'Corrected again' })])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    // A record stored without a date (before the date was kept) is replaced by the later record, as before.
    await store.upsertArticles([article('102', { title: 'Old copy' })]);
    expect(await store.upsertArticles([article('102', { revised: '2020-01-01', title: 'Dated copy' })])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    await store.upsertArticles([article('103')]);
    expect(await store.upsertArticles([article('103', { revised: '2024-05-05' })])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await store.upsertArticles([article('103', { revised: '2024-01-01', title: 'Older revision' })])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await store.getArticle('103'))?.title).toBe('Interleukin-6 in severe COVID-19 pneumonia');
  });

  it('deletes articles and reports how many existed', async () => {
    await store.upsertArticles([article('1'), article('2')]);
    expect(await store.deleteArticles(['1', '404'])).toBe(1);
    expect(await store.getArticle('1')).toBeNull();
    expect(await store.countArticles()).toBe(1);
  });

  it('keeps the full-text index in step after a replace', async () => {
    await store.upsertArticles([article('101', { title: 'Aspirin after myocardial infarction', abstract: 'Aspirin lowered mortality.' })]);
    await store.upsertArticles([article('101', { version: 2, title: 'Statins after stroke', abstract: 'Statins lowered recurrence.' })]);
    expect(await store.matchArticles(everyGroup('aspirin'))).toEqual([]);
    expect((await store.matchArticles(everyGroup('statins', 'stroke'))).map((h) => h.pmid)).toEqual(['101']);
    expect(db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run().changes).toBeGreaterThanOrEqual(0);
  });

  it('removes deleted articles from the full-text index', async () => {
    await store.upsertArticles([article('101'), article('102')]);
    await store.deleteArticles(['101']);
    expect((await store.matchArticles(everyGroup('interleukin'))).map((h) => h.pmid)).toEqual(['102']);
  });

  it('rejects an article with an empty PMID and leaves stored rows intact', async () => {
    await store.upsertArticles([article('101', { title: 'Original title' })]);
    const batch = [article('101', { version: 2, title: 'Should roll back' }), article('102'), article('')];
    const failure = await store.upsertArticles(batch).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClinqError);
    expect((failure as ClinqError).code).toBe('invalid_request');
    expect((failure as ClinqError).message).toMatch(/article #2 rejected: pmid/);
    expect((await store.getArticle('101'))?.title).toBe('Original title');
    expect(await store.getArticle('102')).toBeNull();
    expect((await store.matchArticles(everyGroup('roll', 'back')))).toEqual([]);
  });

  it('rejects records that are not articles at all', async () => {
    const notAnArticle = { pmid: '5', title: 42 } as unknown as Article;
    await expect(store.upsertArticles([notAnArticle])).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('labels the corpus state with its size and last update', async () => {
    expect(await store.snapshot()).toBe('0 articles');
    await store.upsertArticles([article('1')]);
    expect(await store.snapshot()).toMatch(/^1 article, last updated /);
    clock = new Date('2026-02-03T04:05:06.000Z');
    await store.upsertArticles([article('2')]);
    expect(await store.snapshot()).toBe('2 articles, last updated 2026-02-03T04:05:06.000Z');
  });

  it('reopens an existing database without recreating or losing its tables', async () => {
    await store.upsertArticles([article('1')]);
    const again = createSqliteArticleStore(db);
    expect(await again.countArticles()).toBe(1);
    expect(db.prepare("SELECT version FROM schema_versions WHERE component = 'articles'").get()).toEqual({ version: ARTICLE_MIGRATIONS.length });
  });

  it('refuses a database written by a newer schema', () => {
    db.prepare("UPDATE schema_versions SET version = 99 WHERE component = 'articles'").run();
    expect(() => createSqliteArticleStore(db)).toThrow(/version 99/);
  });
});

describe('matchArticles', () => {
  let store: ArticleStore;

  beforeEach(async () => {
    store = createSqliteArticleStore(openDatabase(':memory:'));
    await store.upsertArticles([
      article('1', { title: 'Aspirin for secondary prevention of myocardial infarction', abstract: 'Aspirin reduced vascular events.', year: 2010, publicationTypes: ['Randomized Controlled Trial'], meshHeadings: [] }),
      article('2', { title: 'Gastrointestinal bleeding in a patient on aspirin', abstract: 'We report a case of bleeding during aspirin therapy after myocardial infarction.', year: 2018, publicationTypes: ['Case Reports'], meshHeadings: [] }),
      article('3', { title: 'Clopidogrel versus placebo', abstract: 'Clopidogrel reduced events in acute coronary syndrome.', year: 2015, publicationTypes: ['Randomized Controlled Trial'], meshHeadings: [] }),
    ]);
  });
  afterEach(async () => store.close());

  it('requires every group in all mode and any group in any mode', async () => {
    const all = await store.matchArticles({ groups: [['aspirin'], ['myocardial infarction']], mode: 'all', limit: 10 });
    expect(all.map((h) => h.pmid).sort()).toEqual(['1', '2']);
    const any = await store.matchArticles({ groups: [['aspirin'], ['clopidogrel']], mode: 'any', limit: 10 });
    expect(any.map((h) => h.pmid).sort()).toEqual(['1', '2', '3']);
  });

  it('matches any alternative of a group and stems words like porter does', async () => {
    const hits = await store.matchArticles({ groups: [['heart attack', 'myocardial infarctions']], mode: 'all', limit: 10 });
    expect(hits.map((h) => h.pmid).sort()).toEqual(['1', '2']);
  });

  it('ranks title matches above abstract-only matches, with higher scores first', async () => {
    const hits = await store.matchArticles({ groups: [['myocardial infarction']], mode: 'all', limit: 10 });
    expect(hits[0]?.pmid).toBe('1');
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('filters by year range and publication type', async () => {
    const recent = await store.matchArticles({ groups: [['aspirin']], mode: 'all', limit: 10, filters: { yearFrom: 2015, yearTo: 2020 } });
    expect(recent.map((h) => h.pmid)).toEqual(['2']);
    const trials = await store.matchArticles({ groups: [['aspirin'], ['clopidogrel']], mode: 'any', limit: 10, filters: { publicationTypes: ['randomized controlled trial'] } });
    expect(trials.map((h) => h.pmid).sort()).toEqual(['1', '3']);
  });

  it('ranks the same with and without filters that exclude nothing', async () => {
    const query = { groups: [['aspirin'], ['clopidogrel'], ['myocardial infarction']], mode: 'any' as const, limit: 10 };
    const plain = await store.matchArticles(query);
    const filtered = await store.matchArticles({ ...query, filters: { yearFrom: 1900, yearTo: 2100 } });
    expect(plain).toEqual(filtered);
    expect(plain.map((h) => h.score)).toEqual([...plain.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('honours the limit', async () => {
    expect(await store.matchArticles({ groups: [['aspirin'], ['clopidogrel']], mode: 'any', limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for a query with no searchable words', async () => {
    expect(await store.matchArticles({ groups: [], mode: 'all', limit: 10 })).toEqual([]);
    expect(await store.matchArticles({ groups: [['***'], ['"']], mode: 'any', limit: 10 })).toEqual([]);
  });

  it.each([
    '"', '""', '"aspirin', 'aspirin"', 'aspi"rin', '*', 'aspirin*', '^aspirin', 'NEAR(aspirin clopidogrel)',
    'NEAR(aspirin', 'title:aspirin', '{title abstract}:aspirin', 'aspirin AND', 'AND', 'OR', 'NOT', 'aspirin NOT',
    '-aspirin', '+', '(', ')', '((aspirin', 'aspirin)', ':', '\u0000', "'; DROP TABLE articles; --", 'a + b * c',
  ])('treats the hostile term %j as plain words, never as FTS syntax', async (term) => {
    for (const mode of ['all', 'any'] as const) {
      await expect(store.matchArticles({ groups: [[term], ['aspirin', term]], mode, limit: 10 })).resolves.toBeInstanceOf(Array);
    }
  });

  it('finds operator words as ordinary words rather than obeying them', async () => {
    const hits = await store.matchArticles({ groups: [['aspirin NOT bleeding']], mode: 'all', limit: 10 });
    expect(hits).toEqual([]);
    // As operators these would match PMIDs 1 and 2; as phrases of plain words nothing contains them.
    for (const phrase of ['NEAR(aspirin myocardial)', 'title:aspirin', 'aspirin OR clopidogrel']) {
      expect(await store.matchArticles({ groups: [[phrase]], mode: 'all', limit: 10 })).toEqual([]);
    }
  });

  it('ranks a larger corpus a range of records at a time, the event loop turning between ranges, to the same hits', async () => {
    const db = openDatabase(':memory:');
    const whole = createSqliteArticleStore(db);
    const ranged = createSqliteArticleStore(db, { matchRange: 2 });
    await whole.upsertArticles([
      article('4', { title: 'Aspirin resistance', abstract: 'Aspirin resistance after aspirin loading.', year: 2012, meshHeadings: [] }),
      article('5', { title: 'Statins and stroke', abstract: 'Statins lowered stroke risk; aspirin was allowed.', year: 2016, publicationTypes: ['Randomized Controlled Trial'], meshHeadings: [] }),
      article('6', { title: 'Aspirin in pregnancy', abstract: 'Low-dose aspirin and pre-eclampsia.', year: 2019, meshHeadings: [] }),
      article('7', { title: 'Clopidogrel after stenting', abstract: 'Clopidogrel with aspirin after coronary stents.', year: 2011, meshHeadings: [] }),
      article('8', { title: 'Bleeding on aspirin', abstract: 'Gastrointestinal bleeding on aspirin therapy.', year: 2020, meshHeadings: [] }),
    ]);
    // Counts the turns of the event loop while the queries run (none when a query holds it throughout).
    let turns = 0;
    let stop = false;
    const tick = () => {
      turns++;
      if (!stop) setImmediate(tick);
    };
    setImmediate(tick);
    const queries = [
      { groups: [['aspirin']], mode: 'all' as const, limit: 3 },
      { groups: [['aspirin'], ['clopidogrel']], mode: 'any' as const, limit: 10 },
      { groups: [['aspirin']], mode: 'all' as const, limit: 10, filters: { yearFrom: 2015, publicationTypes: ['Journal Article'] } },
    ];
    for (const query of queries) {
      const hits = await ranged.matchArticles(query);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits).toEqual(await whole.matchArticles(query));
    }
    stop = true;
    expect(turns).toBeGreaterThan(0);
    await whole.close();
  });

  it('answers a 100 KB query without a syntax error', async () => {
    const huge = 'aspirin "NEAR( title: * AND - '.repeat(4000);
    expect(huge.length).toBeGreaterThan(100_000);
    const words = huge.split(' ');
    await expect(store.matchArticles({ groups: [[huge]], mode: 'all', limit: 10 })).resolves.toBeInstanceOf(Array);
    await expect(store.matchArticles({ groups: words.map((w) => [w]), mode: 'any', limit: 10 })).resolves.toBeInstanceOf(Array);
  });
});

describe('abbreviationsFor', () => {
  let db: SqliteDatabase;
  let store: SqliteArticleStore;
  const mi = (pmid: string, abstract: string) => article(pmid, { title: `Study ${pmid}`, abstract });

  beforeEach(async () => {
    db = openDatabase(':memory:');
    store = createSqliteArticleStore(db);
    await store.upsertArticles([
      mi('1', 'Aspirin after myocardial infarction (MI) lowered mortality.'),
      mi('2', 'Beta blockers after acute myocardial infarction (MI) and myocardial infarction (MI) again.'),
      mi('3', 'Mitral insufficiency (MI) was graded by echocardiography.'),
    ]);
  });
  afterEach(async () => store.close());

  it('counts how many articles define each short form with each long form, most frequent first', async () => {
    expect(await store.abbreviationsFor(['mi'])).toEqual([
      { short: 'MI', long: 'myocardial infarction', count: 2 },
      { short: 'MI', long: 'mitral insufficiency', count: 1 },
    ]);
  });

  it('finds a definition by its long form too', async () => {
    expect(await store.abbreviationsFor(['mitral insufficiency'])).toEqual([{ short: 'MI', long: 'mitral insufficiency', count: 1 }]);
    expect(await store.abbreviationsFor([])).toEqual([]);
  });

  it('recounts when an article is replaced or deleted', async () => {
    await store.upsertArticles([mi('3', 'Mitral regurgitation was graded by echocardiography.')]);
    await store.deleteArticles(['1']);
    expect(await store.abbreviationsFor(['MI'])).toEqual([{ short: 'MI', long: 'myocardial infarction', count: 1 }]);
  });

  it('back-fills abbreviations for articles stored before the table existed', async () => {
    db.exec('DROP TABLE article_abbreviations; DROP TABLE abbreviations');
    db.prepare("UPDATE schema_versions SET version = 1 WHERE component = 'articles'").run();
    const upgraded = createSqliteArticleStore(db);
    expect((await upgraded.abbreviationsFor(['MI'])).map((a) => a.count)).toEqual([2, 1]);
  });
});

describe('documentFrequencies', () => {
  it('counts the articles whose title, abstract or terms contain each stem, and 0 for absent stems', async () => {
    const db = openDatabase(':memory:');
    const store = createSqliteArticleStore(db);
    await store.upsertArticles([
      article('1'),
      article('2', { title: 'Colchicine after myocardial infarction', abstract: 'Colchicine reduced cardiovascular events.' }),
    ]);
    const counts = await store.documentFrequencies(['pneumonia', 'colchicin', 'cardiovascular', 'absentword']);
    expect(Object.fromEntries(counts)).toEqual({ pneumonia: 1, colchicin: 1, cardiovascular: 1, absentword: 0 });
    await store.close();
  });

  it('reads a stem\'s count once while nothing changes, and afresh after its own or another connection\'s write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-frequencies-'));
    try {
      const path = join(dir, 'corpus.db');
      const db = openDatabase(path);
      // The stems each read of the index vocabulary asks for.
      const reads: string[][] = [];
      const prepare = db.prepare.bind(db);
      db.prepare = ((source: string) => {
        const statement = prepare(source);
        if (!/articles_vocabulary WHERE term IN/.test(source)) return statement;
        const all = statement.all.bind(statement);
        statement.all = ((params: { stems: string }) => (reads.push(JSON.parse(params.stems) as string[]), all(params))) as typeof statement.all;
        return statement;
      }) as typeof db.prepare;
      const store = createSqliteArticleStore(db);
      await store.upsertArticles([article('1', { title: 'Colchicine after myocardial infarction', abstract: 'Colchicine reduced events.' })]);
      expect(Object.fromEntries(await store.documentFrequencies(['colchicin', 'pneumonia']))).toEqual({ colchicin: 1, pneumonia: 0 });
      // Asked again, in another order and with a new stem: only the new stem is read.
      expect([...(await store.documentFrequencies(['pneumonia', 'myocardi', 'colchicin']))]).toEqual([['pneumonia', 0], ['myocardi', 1], ['colchicin', 1]]);
      expect(reads).toEqual([['colchicin', 'pneumonia'], ['myocardi']]);
      await store.upsertArticles([article('2', { title: 'Colchicine in pericarditis', abstract: 'Colchicine again.' })]);
      expect((await store.documentFrequencies(['colchicin'])).get('colchicin')).toBe(2);
      const other = createSqliteArticleStore(openDatabase(path));
      await other.upsertArticles([article('3', { title: 'Colchicine and gout', abstract: 'Colchicine for flares.' })]);
      expect((await store.documentFrequencies(['colchicin'])).get('colchicin')).toBe(3);
      await other.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('spellingTerms', () => {
  it('lists the index terms of letters only, then only those of records written since the mark it gave', async () => {
    const db = openDatabase(':memory:');
    let clock = Date.parse('2026-11-27T10:00:00Z');
    const store = createSqliteArticleStore(db, { now: () => new Date(clock) });
    await store.upsertArticles([
      article('1', { title: 'Spinach and kidney stones', abstract: 'Oxalate in spinach; IL6 rose 2-fold.' }),
      article('2', { title: 'Kidney stones in children', abstract: 'Stones recur.' }),
    ]);
    const all = await store.spellingTerms(null);
    expect(all.terms).toEqual(expect.arrayContaining(['spinach', 'kidnei', 'oxal']));
    expect(all.terms.filter((t) => t === 'kidnei')).toHaveLength(1);
    expect(all.terms).not.toContain('il6');
    expect(all.terms).not.toContain('2');
    expect(await store.spellingTerms(all.mark)).toEqual({ terms: [], mark: all.mark });

    clock += 60_000;
    await store.upsertArticles([article('3', { title: 'Colchicine in gout', abstract: 'Colchicine eased gout flares.' })]);
    const since = await store.spellingTerms(all.mark);
    expect(since.terms).toEqual(expect.arrayContaining(['colchicin', 'gout']));
    expect(since.terms).not.toContain('spinach');
    expect(since.mark).not.toBe(all.mark);
    // The terms come from a scratch index: the store's own index and counts are unchanged.
    expect(Object.fromEntries(await store.documentFrequencies(['gout', 'spinach']))).toEqual({ gout: 1, spinach: 1 });
    // A record written in the same millisecond as the mark, after it, is new too (it has a higher id).
    await store.upsertArticles([article('4', { title: 'Colitis', abstract: 'Colitis flares.' })]);
    const same = await store.spellingTerms(since.mark);
    expect(same.terms).toContain('coliti');
    expect(same.terms).not.toContain('gout');
    expect((await store.spellingTerms(same.mark)).terms).toEqual([]);
    await store.close();
  });

  it('reads the terms over a database opened read-only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-terms-'));
    const file = join(dir, 'terms.db');
    try {
      const writer = createSqliteArticleStore(openDatabase(file, { mode: 'write' }));
      await writer.upsertArticles([article('1', { title: 'Spinach', abstract: 'Oxalate in spinach.' })]);
      await writer.close();
      const reader = createSqliteArticleStore(openDatabase(file));
      const all = await reader.spellingTerms(null);
      expect(all.terms).toContain('spinach');
      expect((await reader.spellingTerms(all.mark)).terms).toEqual([]);
      await reader.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the saved spelling terms', () => {
  // The letter-only terms the index itself holds: the walk over every doclist that the saved table spares a reader.
  const indexTerms = (db: SqliteDatabase) =>
    db
      .prepare<[], { term: string }>(`SELECT term FROM temp.articles_vocabulary WHERE length(term) >= 3 AND term NOT GLOB '*[^a-z]*'`)
      .all()
      .map((r) => r.term)
      .sort();
  const savedTerms = (db: SqliteDatabase) =>
    db
      .prepare<[], { term: string }>('SELECT term FROM spelling_terms ORDER BY term')
      .all()
      .map((r) => r.term);

  it('are kept by every write batch, so they are the index terms without a walk over the index', async () => {
    const db = openDatabase(':memory:');
    let clock = Date.parse('2026-11-27T10:00:00Z');
    const store = createSqliteArticleStore(db, { now: () => new Date(clock) });
    await store.upsertArticles([article('1', { title: 'Spinach and kidney stones', abstract: 'Oxalate in spinach.' })]);
    expect(savedTerms(db)).toEqual(indexTerms(db));
    clock += 1000;
    await store.upsertArticles([article('2', { title: 'Colchicine in gout', abstract: 'Colchicine eased gout flares.' })]);
    // A newer version of a record brings its new words.
    await store.upsertArticles([article('1', { version: 2, title: 'Spinach and kidney stones', abstract: 'Rhubarb holds oxalate too.' })]);
    expect(savedTerms(db)).toContain('rhubarb');
    expect(savedTerms(db)).toEqual([...new Set([...indexTerms(db), 'spinach'])].sort());
    // A reader gets the saved terms; a term whose records are gone stays (its document count then says 0).
    await store.deleteArticles(['2']);
    const read = await store.spellingTerms(null);
    expect([...new Set(read.terms)].sort()).toEqual(savedTerms(db));
    expect(read.terms).toContain('colchicin');
    expect(await store.documentFrequencies(['colchicin'])).toEqual(new Map([['colchicin', 0]]));
    await store.close();
  });

  it('are read from the table: a reader takes what the table holds, adding only records written after its mark', async () => {
    const db = openDatabase(':memory:');
    const store = createSqliteArticleStore(db);
    await store.upsertArticles([article('1', { title: 'Spinach', abstract: 'Oxalate in spinach.' })]);
    db.prepare("INSERT INTO spelling_terms (term) VALUES ('zzyzx')").run();
    expect((await store.spellingTerms(null)).terms).toContain('zzyzx');
    // A record written behind the store's back (after the saved mark) is re-tokenised for the reader.
    db.prepare("UPDATE spelling_mark SET mark = '2000-01-01T00:00:00.000Z 0'").run();
    db.prepare("DELETE FROM spelling_terms WHERE term = 'spinach'").run();
    expect((await store.spellingTerms(null)).terms).toEqual(expect.arrayContaining(['zzyzx', 'spinach']));
    await store.close();
  });

  it('are filled from the index when a database written before them is opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-terms-'));
    const file = join(dir, 'old.db');
    try {
      const writer = createSqliteArticleStore(openDatabase(file, { mode: 'write' }));
      await writer.upsertArticles([article('1', { title: 'Spinach and kidney stones', abstract: 'Oxalate in spinach.' })]);
      await writer.close();
      // As a database written by the clinq before the table: its tables dropped and its version put back to 2.
      const old = openDatabase(file, { mode: 'write' });
      old.exec("DROP TABLE spelling_terms; DROP TABLE spelling_mark; UPDATE schema_versions SET version = 2 WHERE component = 'articles'");
      old.close();
      const db = openDatabase(file, { mode: 'write' });
      const store = createSqliteArticleStore(db);
      expect(savedTerms(db)).toEqual(indexTerms(db));
      expect(savedTerms(db)).toContain('spinach');
      expect(await store.spellingTerms(null)).toEqual({ terms: savedTerms(db), mark: (await store.spellingTerms(null)).mark });
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a database another process is writing', () => {
  it('says it is busy with another writer, not only that it is locked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-busy-'));
    const file = join(dir, 'busy.db');
    const holder = openDatabase(file, { mode: 'write' });
    const waiting = openDatabase(file, { mode: 'write' });
    try {
      const store = createSqliteArticleStore(waiting);
      createSqliteArticleStore(holder);
      // The other process is in the middle of a batch; this one does not wait for it here.
      holder.exec('BEGIN IMMEDIATE');
      waiting.pragma('busy_timeout = 0');
      await expect(store.upsertArticles([article('1')])).rejects.toThrow(
        'store: cannot upsert articles: the database is busy with another writer (another ingest?) that did not let go within 5 s; run this again when it has finished',
      );
      holder.exec('ROLLBACK');
    } finally {
      holder.close();
      waiting.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a full disk', () => {
  it('names the disk of the database, says the failed batch was undone whole, and loses nothing stored before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinq-full-'));
    const file = join(dir, 'full.db');
    const db = openDatabase(file, { mode: 'write' });
    try {
      const store = createSqliteArticleStore(db);
      await store.upsertArticles([article('1'), article('2')]);
      // SQLite answers SQLITE_FULL, as on a full disk, once the file may grow no more pages.
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      const big = Array.from({ length: 200 }, (_, i) => article(String(100 + i), { abstract: `Aspirin trial ${i}. `.repeat(400) }));
      await expect(store.upsertArticles(big)).rejects.toThrow(
        `store: cannot upsert articles: the disk holding ${file} is full (SQLite: database or disk is full); this write was undone whole, nothing stored before it is lost; free some space and run it again`,
      );
      expect(await store.countArticles()).toBe(2);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createSqliteArticleStore article count', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clinq-count-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // The database with its `SELECT count(*)` statement's runs counted.
  function countingDatabase(path: string): { db: SqliteDatabase; scans: () => number } {
    const db = openDatabase(path);
    let scans = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = ((source: string) => {
      const statement = prepare(source);
      if (!/count\(\*\)/i.test(source)) return statement;
      const get = statement.get.bind(statement);
      statement.get = ((...args: unknown[]) => {
        scans++;
        return get(...(args as []));
      }) as typeof statement.get;
      return statement;
    }) as typeof db.prepare;
    return { db, scans: () => scans };
  }

  it('counts the records once while nothing changes, and again after its own or another connection\'s change', async () => {
    const path = join(dir, 'corpus.db');
    const { db, scans } = countingDatabase(path);
    const store = createSqliteArticleStore(db);
    await store.upsertArticles([article('1'), article('2')]);
    expect(await store.countArticles()).toBe(2);
    expect(await store.snapshot()).toMatch(/^2 articles/);
    expect(await store.countArticles()).toBe(2);
    expect(scans()).toBe(1);

    await store.deleteArticles(['1']);
    expect(await store.countArticles()).toBe(1);

    const other = createSqliteArticleStore(openDatabase(path));
    await other.upsertArticles([article('3'), article('4')]);
    expect(await store.countArticles()).toBe(3);
    expect(await store.snapshot()).toMatch(/^3 articles/);
    expect(scans()).toBe(3);
    await other.close();
    await store.close();
  });

  it('does not count again after a write to other tables of the same connection (an answer the server stores)', async () => {
    const path = join(dir, 'corpus.db');
    const { db, scans } = countingDatabase(path);
    const store = createSqliteArticleStore(db);
    await store.upsertArticles([article('1'), article('2')]);
    expect(await store.countArticles()).toBe(2);
    db.exec('CREATE TABLE IF NOT EXISTS site_notes (id INTEGER PRIMARY KEY, note TEXT)');
    db.prepare('INSERT INTO site_notes (note) VALUES (?)').run('a stored answer');
    expect(await store.countArticles()).toBe(2);
    expect(scans()).toBe(1);
    // A second article store on the same connection writing articles is a change the first one sees.
    await createSqliteArticleStore(db).upsertArticles([article('3')]);
    expect(await store.countArticles()).toBe(3);
    expect(await store.snapshot()).toMatch(/^3 articles/);
    expect(scans()).toBe(2);
    await store.close();
  });
});
