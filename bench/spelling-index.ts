/**
 * Time and memory of the corpus spelling index on a database (not part of `npm run bench`; run by hand):
 *
 *   npx tsx bench/spelling-index.ts DB [--old] [--ingest N]
 *
 * Prints process RSS before and after the index is read, how long the read took, how long the first look-up of a
 * word no article has took, and with --ingest N (DB is then written: pass a copy) how long the index took to take in
 * N more records (copies of stored ones with new PMIDs and a new word). --old reads the index as before round 17
 * (every term with its document count from fts5vocab, one object per term), for comparison, in its own process.
 */
import { openDatabase, createSqliteArticleStore } from '../src/store/index.js';
import { createCorpusSpelling } from '../src/search/index.js';

const [dbPath, ...rest] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: npx tsx bench/spelling-index.ts DB [--old] [--ingest N]');
const old = rest.includes('--old');
const ingestAt = rest.indexOf('--ingest');
const ingest = ingestAt >= 0 ? Number(rest[ingestAt + 1]) : 0;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (from: bigint) => `${(Number(process.hrtime.bigint() - from) / 1e6).toFixed(0)} ms`;

const db = openDatabase(dbPath, ingest > 0 ? { mode: 'write' } : {});
const store = createSqliteArticleStore(db);
console.log(`${dbPath}: ${await store.countArticles()} articles`);
global.gc?.();
const before = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let started = process.hrtime.bigint();
if (old) {
  const rows = db
    .prepare<[], { term: string; docs: number }>(
      "SELECT term, doc AS docs FROM temp.articles_vocabulary WHERE length(term) >= 3 AND term NOT GLOB '*[^a-z]*'",
    )
    .all();
  const byLength = new Map<number, { term: string; docs: number; letters: number }[]>();
  for (const { term, docs } of rows) {
    const list = byLength.get(term.length) ?? [];
    list.push({ term, docs, letters: term.length });
    byLength.set(term.length, list);
  }
  console.log(`old index read: ${rows.length} terms in ${ms(started)}`);
  global.gc?.();
  console.log(`RSS ${mb(before)} -> ${mb(process.memoryUsage().rss)}, JS heap +${mb(process.memoryUsage().heapUsed - heapBefore)} (${byLength.size} lengths kept)`);
} else {
  const spell = createCorpusSpelling(store);
  const terms = await spell.warm();
  console.log(`index read: ${terms} terms in ${ms(started)}`);
  global.gc?.();
  console.log(`RSS ${mb(before)} -> ${mb(process.memoryUsage().rss)}, JS heap +${mb(process.memoryUsage().heapUsed - heapBefore)}`);
  started = process.hrtime.bigint();
  console.log(`look-up "lavallee": ${JSON.stringify(await spell('lavallee'))} in ${ms(started)}`);
  started = process.hrtime.bigint();
  console.log(`look-up "kidnee": ${JSON.stringify(await spell('kidnee'))} in ${ms(started)}`);
  if (ingest > 0) {
    const seeds = await store.getArticles([...Array(ingest).keys()].map((i) => String(90_000_001 + i)));
    const stamp = Date.now() % 1e6;
    const copies = seeds.map((a, i) => ({ ...a, pmid: String(99_000_001 + stamp * 10 + i), title: `${a.title} Zebrafishoma ${stamp}` }));
    await store.upsertArticles(copies);
    started = process.hrtime.bigint();
    const found = await spell('zebrafishomma');
    console.log(`after ${copies.length} new records: "zebrafishomma" -> ${JSON.stringify(found)} in ${ms(started)} (index refreshed)`);
  }
}
await store.close();
