import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPubmedFile } from '../src/corpus/index.js';
import type { Article } from '../src/domain/index.js';
import { FIRST_PMID, generateCorpus, loadSeedArticles, SHIPPED_CORPUS, variedArticle } from './scale-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'scale-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hostile: Article = {
  pmid: '1',
  version: 1,
  title: 'Dose <5 mg & "high" doses in O\'Brien\'s cohort]]> of 120 patients',
  abstract: '',
  abstractSections: [
    { label: 'RESULTS & <CONCLUSIONS>', category: 'RESULTS', text: 'Risk increased in 45 of 120 patients (p < 0.05) \u0001 with IL-6.' },
  ],
  journal: { title: 'J "Quoted" & Co', isoAbbreviation: 'J Q Co' },
  year: 2010,
  authors: ["O'Brien AB", 'Study Group'],
  languages: ['eng'],
  publicationTypes: ['Randomized Controlled Trial'],
  meshHeadings: [{ descriptor: 'Humans & <Others>', descriptorUi: 'D006801', majorTopic: true, qualifiers: [{ name: 'therapy', majorTopic: false }] }],
  keywords: ['a < b'],
  doi: '10.1000/x&y',
};
hostile.abstract = hostile.abstractSections.map((s) => s.text).join(' ');

async function readBack(path: string): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const event of readPubmedFile(path)) {
    if (event.kind !== 'article') throw new Error(`unexpected ${event.kind} event`);
    articles.push(event.article);
  }
  return articles;
}

describe('generateCorpus', () => {
  let seeds: Article[];
  let generated: Article[];
  beforeAll(async () => {
    seeds = (await loadSeedArticles([SHIPPED_CORPUS[2]!])).slice(0, 20);
    const corpus = await generateCorpus(seeds, 50, join(dir, 'fifty.xml.gz'));
    expect(corpus.records).toBe(50);
    generated = await readBack(corpus.path);
  });

  it('writes every record with its own new PMID, numbered from FIRST_PMID', () => {
    expect(generated).toHaveLength(50);
    const pmids = generated.map((a) => a.pmid);
    expect(new Set(pmids).size).toBe(50);
    expect(pmids[0]).toBe(String(FIRST_PMID));
    expect(pmids[49]).toBe(String(FIRST_PMID + 49));
  });

  it('keeps the real text of the first copy of each seed, with its MeSH headings', () => {
    const first = generated[3]!;
    const seed = seeds[3]!;
    expect(first.title).toBe(seed.title);
    expect(first.abstractSections).toEqual(seed.abstractSections);
    expect(first.meshHeadings).toEqual(seed.meshHeadings);
    expect(first.publicationTypes).toEqual(seed.publicationTypes);
  });

  it('varies the text of later copies without losing the abstract', () => {
    const copies = [generated[23]!, generated[43]!];
    const seed = seeds[3]!;
    for (const copy of copies) expect(copy.abstract.length).toBeGreaterThan(seed.abstract.length * 0.8);
    expect(copies.some((c) => c.abstract !== seed.abstract)).toBe(true);
    expect(copies[0]!.abstract).not.toBe(copies[1]!.abstract);
  });

  it('reports the decompressed size of the XML it wrote', async () => {
    const path = join(dir, 'size.xml.gz');
    const corpus = await generateCorpus(seeds.slice(0, 2), 3, path);
    expect(gunzipSync(await readFile(path)).length).toBe(corpus.xmlBytes);
  });
});

describe('escaping in generated records', () => {
  it('round-trips markup characters, quotes and ampersands through the project reader and drops control characters', async () => {
    const path = join(dir, 'hostile.xml.gz');
    await generateCorpus([hostile], 1, path);
    const [article] = await readBack(path);
    expect(article?.title).toBe(hostile.title);
    expect(article?.abstractSections).toEqual([{ ...hostile.abstractSections[0]!, text: 'Risk increased in 45 of 120 patients (p < 0.05) with IL-6.' }]);
    expect(article?.journal).toEqual(hostile.journal);
    expect(article?.authors).toEqual(hostile.authors);
    expect(article?.meshHeadings).toEqual(hostile.meshHeadings);
    expect(article?.keywords).toEqual(hostile.keywords);
    expect(article?.doi).toBe(hostile.doi);
  });
});

describe('variedArticle', () => {
  it('is deterministic for a record index and leaves names like IL-6 alone', () => {
    const a = variedArticle(hostile, 7, 1, '9');
    expect(variedArticle(hostile, 7, 1, '9')).toEqual(a);
    expect(a.abstract).toContain('IL-6');
    expect(a.abstract).toContain('0.05');
    expect(a.pmid).toBe('9');
    expect(a.abstract).toBe(a.abstractSections.map((s) => s.text).join(' '));
  });
});
