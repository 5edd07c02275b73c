import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/corpus/index.js';
import { createSqliteArticleStore, openDatabase } from '../src/store/sqlite/index.js';
import { openCorpusDb, type CorpusDb } from './corpus-db.js';
import { toPubmedXml, type CorpusRecord } from './pubmed-xml.js';
import { writeFile } from 'node:fs/promises';

const record = (pmid: string, title: string, text: string): CorpusRecord => ({
  pmid,
  title,
  abstractSections: [{ label: null, category: null, text }],
  year: 2020,
  journal: 'J',
  publicationTypes: ['Journal Article'],
});

describe('openCorpusDb on a database built by clinq ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const path = join(dir, 'c.db');
  let corpus: CorpusDb;

  beforeAll(async () => {
    await writeFile(join(dir, 'c.xml'), toPubmedXml([
      record('1', 'Gout and uric acid', 'Uric acid crystals cause gout flares.'),
      record('2', 'Migraine', 'Triptans relieve migraine attacks.'),
      record('3', 'Diet', 'Purine-rich food raises uric acid.'),
    ]));
    const store = createSqliteArticleStore(openDatabase(path));
    await ingestFiles([join(dir, 'c.xml')], store);
    await store.close();
    corpus = openCorpusDb(path);
  });

  afterAll(() => {
    corpus.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the articles', () => {
    expect(corpus.countArticles()).toBe(3);
  });

  it('ranks by plain BM25 over the OR of the question words and honours the limit', () => {
    const hits = corpus.bm25('What causes gout and high uric acid?', 2);
    expect(hits[0]).toBe('1');
    expect(hits).toHaveLength(2);
    expect(corpus.bm25('anything', 0)).toEqual([]);
  });

  it('treats FTS syntax in the question as plain words', () => {
    expect(() => corpus.bm25('"gout" AND NEAR( uric* -acid', 3)).not.toThrow();
  });

  it('returns the stored title and abstract by PMID', () => {
    expect(corpus.texts(['2', '9'])).toEqual(new Map([['2', { title: 'Migraine', abstract: 'Triptans relieve migraine attacks.' }]]));
  });
});
