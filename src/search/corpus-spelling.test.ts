import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { createCorpusSpelling, slipsAllowed, type SpellingStore } from './corpus-spelling.js';
import { indexStems } from './text-tokens.js';

const article = (pmid: string, title: string, abstract: string): Article => ({
  pmid, version: 1, title, abstract, abstractSections: [], journal: { title: 'J', isoAbbreviation: null }, year: 2020,
  authors: [], languages: ['eng'], publicationTypes: ['Journal Article'], meshHeadings: [], keywords: [], doi: null,
});

/**
 * A store over a few articles whose index terms are their stems, as FTS5 porter would index them; each article is
 * written at a time (its position in `written`), and the terms since a mark are those of articles written at or after it.
 */
function storeOf(
  articles: Article[],
  snapshot = () => 'one',
): SpellingStore & { fullReads: number; laterReads: number; searches: number; written: Article[] } {
  const stemsOf = (a: Article) => new Set(indexStems(`${a.title} ${a.abstract}`));
  const termsOf = (list: readonly Article[]) => list.flatMap((a) => [...stemsOf(a)]).filter((s) => /^[a-z]{3,}$/.test(s));
  const store = {
    fullReads: 0,
    laterReads: 0,
    searches: 0,
    written: [...articles],
    async spellingTerms(since: string | null) {
      const mark = String(store.written.length - 1);
      if (since === null) store.fullReads += 1;
      else store.laterReads += 1;
      return { terms: termsOf(since === null ? store.written : store.written.slice(Number(since))), mark };
    },
    async documentFrequencies(stems: readonly string[]) {
      return new Map(stems.map((stem) => [stem, store.written.filter((a) => stemsOf(a).has(stem)).length]));
    },
    async snapshot() { return snapshot(); },
    async matchArticles(query: { groups: string[][] }) {
      store.searches += 1;
      const stem = query.groups[0]![0]!;
      return store.written.filter((a) => stemsOf(a).has(stem)).map((a) => ({ pmid: a.pmid, score: 1 }));
    },
    async getArticles(pmids: readonly string[]) { return store.written.filter((a) => pmids.includes(a.pmid)); },
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

  it('finds the word the articles write in full for a clipped one, after every slip, and no word it is the middle of', async () => {
    const spell = createCorpusSpelling(
      storeOf([
        article('1', 'Phacoemulsification under topical anesthesia', 'Pain during phacoemulsification was mild.'),
        article('2', 'PHACE syndrome', 'PHACE syndrome with a facial hemangioma.'),
        article('3', 'Gouty arthritis', 'Gouty arthritis flares.'),
      ]),
    );
    expect(await spell('phaco')).toEqual([
      { word: 'phace', distance: 1, docs: 1 },
      { word: 'phacoemulsification', distance: 2, docs: 1 },
    ]);
    // Only the start of a word is a clipping of it.
    expect(await spell('emulsific')).toEqual([]);
  });

  it('offers no word whose stem is near but whose written form is further than the slips allowed', async () => {
    // The stem of "icams" is "icam", one slip from "cam"; the word as written is two from it.
    const spell = createCorpusSpelling(storeOf([article('1', 'CAM use in cancer', 'CAM was used by most patients.')]));
    expect(await spell('icams')).toEqual([]);
    expect((await spell('patiants'))[0]).toMatchObject({ word: 'patients', distance: 1 });
  });

  it('reads the whole index once, then only the terms of records written since, and finds a word they add', async () => {
    let state = 'one';
    const store = storeOf(articles, () => state);
    const spell = createCorpusSpelling(store);
    expect(await spell.warm()).toBeGreaterThan(0);
    await spell('spanich');
    expect(await spell('colitsi')).toEqual([]);
    expect([store.fullReads, store.laterReads]).toEqual([1, 0]);
    store.written.push(article('5', 'Colitis in adults', 'Ulcerative colitis flares.'));
    state = 'two';
    expect(await spell('colitsi')).toEqual([{ word: 'colitis', distance: 1, docs: 1 }]);
    expect(await spell('spanich')).toEqual([
      { word: 'Spanish', distance: 1, docs: 1 },
      { word: 'spinach', distance: 2, docs: 2 },
    ]);
    expect([store.fullReads, store.laterReads]).toEqual([1, 1]);
  });

  it('gives after a change what a fresh read of the changed corpus gives: counts as they are now, no word only deleted articles had', async () => {
    let state = 'one';
    const store = storeOf(articles, () => state);
    const spell = createCorpusSpelling(store);
    expect((await spell('spanich'))[0]).toMatchObject({ word: 'Spanish' });
    store.written = store.written.filter((a) => a.pmid !== '3');
    store.written.push(article('6', 'Spinach puree', 'Spinach puree for infants.'));
    state = 'two';
    const fresh = createCorpusSpelling(storeOf(store.written));
    expect(await spell('spanich')).toEqual([{ word: 'spinach', distance: 2, docs: 3 }]);
    expect(await spell('spanich')).toEqual(await fresh('spanich'));
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
