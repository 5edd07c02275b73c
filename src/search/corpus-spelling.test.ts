import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { createCorpusSpelling, slipsAllowed, type SpellingStore } from './corpus-spelling.js';
import { indexStems } from './text-tokens.js';

const article = (pmid: string, title: string, abstract: string): Article => ({
  pmid, version: 1, title, abstract, abstractSections: [], journal: { title: 'J', isoAbbreviation: null }, year: 2020,
  authors: [], languages: ['eng'], publicationTypes: ['Journal Article'], meshHeadings: [], keywords: [], doi: null,
});

/** A store over a few articles whose vocabulary is their stems, as FTS5 porter would index them. */
function storeOf(articles: Article[], snapshot = () => 'one'): SpellingStore & { vocabularyReads: number; searches: number } {
  const stemsOf = (a: Article) => new Set(indexStems(`${a.title} ${a.abstract}`));
  const store = {
    vocabularyReads: 0,
    searches: 0,
    async vocabulary() {
      store.vocabularyReads += 1;
      const docs = new Map<string, number>();
      for (const a of articles) for (const s of stemsOf(a)) if (/^[a-z]{3,}$/.test(s)) docs.set(s, (docs.get(s) ?? 0) + 1);
      return [...docs].map(([term, n]) => ({ term, docs: n }));
    },
    async snapshot() { return snapshot(); },
    async matchArticles(query: { groups: string[][] }) {
      store.searches += 1;
      const stem = query.groups[0]![0]!;
      return articles.filter((a) => stemsOf(a).has(stem)).map((a) => ({ pmid: a.pmid, score: 1 }));
    },
    async getArticles(pmids: readonly string[]) { return articles.filter((a) => pmids.includes(a.pmid)); },
  };
  return store;
}

const articles = [
  article('1', 'Spinach and kidney stones', 'Oxalate from spinach raised the risk of kidney stones.'),
  article('2', 'Boiled spinach', 'Boiled spinach holds less oxalate.'),
  article('3', 'Spanish influenza', 'The Spanish influenza of 1918.'),
  article('4', 'Treatment of gout', 'Colchicine treatment of gout; treatments compared.'),
];

describe('createCorpusSpelling', () => {
  it('finds corpus words within two slips, two swapped letters counting as one, nearest first', async () => {
    const spell = createCorpusSpelling(storeOf(articles));
    expect(await spell('spanich')).toEqual([
      { word: 'Spanish', distance: 1, docs: 1 },
      { word: 'spinach', distance: 2, docs: 2 },
    ]);
    // "treatmnet": "en" and "ne" swapped.
    expect((await spell('treatmnet'))[0]).toMatchObject({ word: 'treatment', distance: 1 });
  });

  it('gives the word as the articles write it, not the index stem', async () => {
    const spell = createCorpusSpelling(storeOf([article('1', 'Kidney stones', 'Kidney stones recur in kidney transplant recipients.')]));
    expect((await spell('kidnee'))[0]).toMatchObject({ word: 'kidney', distance: 1 });
  });

  it('allows one slip in a short word and none in a word of three letters', async () => {
    expect([slipsAllowed('flu'), slipsAllowed('gaut'), slipsAllowed('spanich')]).toEqual([0, 1, 2]);
    const spell = createCorpusSpelling(storeOf(articles));
    expect(await spell('gaut')).toEqual([{ word: 'gout', distance: 1, docs: 1 }]);
    expect(await spell('gxxt')).toEqual([]);
  });

  it('reads the vocabulary once per corpus state', async () => {
    let state = 'one';
    const store = storeOf(articles, () => state);
    const spell = createCorpusSpelling(store);
    await spell('spanich');
    await spell('treatmnet');
    expect(store.vocabularyReads).toBe(1);
    state = 'two';
    await spell('spanich');
    expect(store.vocabularyReads).toBe(2);
  });

  it('answers a word looked up again in the same corpus state without searching the articles again', async () => {
    let state = 'one';
    const store = storeOf(articles, () => state);
    const spell = createCorpusSpelling(store);
    const first = await spell('spanich');
    const searches = store.searches;
    expect(searches).toBeGreaterThan(0);
    first[0]!.word = 'changed by the caller';
    expect(await spell('Spanich')).toEqual([
      { word: 'Spanish', distance: 1, docs: 1 },
      { word: 'spinach', distance: 2, docs: 2 },
    ]);
    expect(store.searches).toBe(searches);
    // Fewer candidates asked for, or another corpus state, is another lookup.
    expect(await spell('spanich', 1)).toEqual([{ word: 'Spanish', distance: 1, docs: 1 }]);
    expect(store.searches).toBeGreaterThan(searches);
    const before = store.searches;
    state = 'two';
    await spell('spanich');
    expect(store.searches).toBeGreaterThan(before);
  });
});
