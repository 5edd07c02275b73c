import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../domain/index.js';
import type { SubjectChanges, SubjectRecordRow } from '../types.js';
import { openDatabase, type SqliteDatabase } from './open-database.js';
import { createSqliteArticleStore, type SqliteArticleStore } from './sqlite-article-store.js';

function article(pmid: string, title: string, mesh: string[] = []): Article {
  return {
    pmid,
    version: 1,
    title,
    abstract: `${title}: an abstract.`,
    abstractSections: [{ label: null, category: null, text: `${title}: an abstract.` }],
    journal: { title: 'Journal', isoAbbreviation: null },
    year: 2020,
    authors: [],
    languages: ['eng'],
    publicationTypes: ['Journal Article'],
    meshHeadings: mesh.map((descriptor) => ({ descriptor, descriptorUi: null, majorTopic: false, qualifiers: [] })),
    keywords: [],
    doi: null,
  };
}

// The records a sequence of pages leaves counted, starting from some records: a multiset of "title|names".
async function applied(start: readonly string[], changes: SubjectChanges): Promise<string[]> {
  const held = [...start];
  for await (const page of changes.pages) {
    for (const record of page.removed) {
      const at = held.indexOf(key(record));
      expect(at, `removed ${key(record)}, which was not counted`).toBeGreaterThanOrEqual(0);
      held.splice(at, 1);
    }
    held.push(...page.added.map(key));
  }
  return held.sort();
}
const key = (r: SubjectRecordRow) => `${r.title}|${r.mesh.join(',')}`;
const everyRecord = async (store: SqliteArticleStore) => {
  const rows: SubjectRecordRow[] = [];
  for await (const page of store.subjectRecordPages()) rows.push(...page);
  return rows;
};

describe('the subject journal', () => {
  let db: SqliteDatabase;
  let store: SqliteArticleStore;
  let clock: Date;
  beforeEach(() => {
    db = openDatabase(':memory:');
    clock = new Date('2026-01-01T00:00:00.000Z');
    store = createSqliteArticleStore(db, { now: () => (clock = new Date(clock.getTime() + 1000)) });
  });
  afterEach(async () => store.close());

  it('keeps no journal before a first count, and cannot say what changed since a mark it never gave', async () => {
    await store.upsertArticles([article('1', 'Gout in old age', ['Gout'])]);
    expect(db.prepare('SELECT count(*) AS n FROM coverage_changes').get()).toEqual({ n: 0 });
    expect(await store.subjectTally()).toBeNull();
    expect(await store.subjectChanges(0)).toBeNull();
  });

  it('gives every record at first, then only what inserts, updates and deletes changed, each as it was and as it is', async () => {
    await store.upsertArticles([article('1', 'Gout in old age', ['Gout']), article('2', 'Asthma in children', ['Asthma']), article('3', 'Choroideremia')]);
    const first = (await store.subjectChanges(null))!;
    expect(first.snapshot).toBe(await store.snapshot());
    const counted = await applied([], first);
    expect(counted).toEqual((await everyRecord(store)).map(key).sort());
    await store.saveSubjectTally('f', first.mark!, '{}');

    // A new record, a changed title and MeSH, a deletion, and a record written twice.
    await store.upsertArticles([article('4', 'Gout and diet', ['Gout'])]);
    await store.upsertArticles([{ ...article('2', 'Asthma in adults', ['Asthma', 'Obesity']), version: 2 }]);
    await store.deleteArticles(['3']);
    await store.upsertArticles([{ ...article('1', 'Gout in the elderly', ['Gout']), version: 2 }]);
    await store.upsertArticles([{ ...article('1', 'Gout in the very old', ['Gout']), version: 3 }]);
    const since = (await store.subjectChanges(first.mark!))!;
    expect(since.snapshot).toBe(await store.snapshot());
    const removed: string[] = [];
    const added: string[] = [];
    for await (const page of (await store.subjectChanges(first.mark!))!.pages) {
      removed.push(...page.removed.map(key));
      added.push(...page.added.map(key));
    }
    expect(removed.sort()).toEqual(['Asthma in children|Asthma', 'Choroideremia|', 'Gout in old age|Gout']);
    expect(added.sort()).toEqual(['Asthma in adults|Asthma,Obesity', 'Gout and diet|Gout', 'Gout in the very old|Gout']);
    expect(await applied(counted, since)).toEqual((await everyRecord(store)).map(key).sort());
  });

  it('counts the corpus as it was at the mark when another write comes between pages', async () => {
    await store.upsertArticles(['1', '2', '3', '4', '5'].map((pmid) => article(pmid, `Record ${pmid}`, ['Gout'])));
    const before = (await everyRecord(store)).map(key).sort();
    const snapshot = await store.snapshot();
    const changes = (await store.subjectChanges(null, 2))!;
    const held: string[] = [];
    let pages = 0;
    for await (const page of changes.pages) {
      held.push(...page.added.map(key));
      if (++pages === 1) {
        // Written after the mark: a record not yet read changes, one is deleted, one read already changes, one is new.
        await store.upsertArticles([{ ...article('4', 'Record 4 corrected', ['Gout']), version: 2 }, { ...article('1', 'Record 1 corrected'), version: 2 }, article('6', 'Record 6')]);
        await store.deleteArticles(['5']);
      }
    }
    expect(held.sort()).toEqual(before);
    expect(changes.snapshot).toBe(snapshot);
    await store.saveSubjectTally('f', changes.mark!, '{}');
    // The writes after the mark are what changed since it.
    expect(await applied(held, (await store.subjectChanges(changes.mark!))!)).toEqual((await everyRecord(store)).map(key).sort());
  });

  it('keeps a record deleted and its id taken again apart', async () => {
    await store.upsertArticles([article('1', 'Gout'), article('2', 'Asthma')]);
    const first = (await store.subjectChanges(null))!;
    const counted = await applied([], first);
    await store.saveSubjectTally('f', first.mark!, '{}');
    // SQLite gives the highest id again once its record is gone.
    await store.deleteArticles(['2']);
    await store.upsertArticles([article('3', 'Psoriasis')]);
    expect(await applied(counted, (await store.subjectChanges(first.mark!))!)).toEqual(['Gout|', 'Psoriasis|']);
  });

  it('drops the journal up to a saved tally, keeps the later tally, and refuses a mark older than the saved one', async () => {
    await store.upsertArticles([article('1', 'Gout')]);
    const first = (await store.subjectChanges(null))!;
    await store.upsertArticles([article('2', 'Asthma')]);
    const second = (await store.subjectChanges(null))!;
    await store.saveSubjectTally('f', second.mark!, '{"n":2}');
    expect(db.prepare('SELECT count(*) AS n FROM coverage_changes').get()).toEqual({ n: 0 });
    // A slower count of an earlier state does not replace it.
    await store.saveSubjectTally('f', first.mark!, '{"n":1}');
    expect(await store.subjectTally()).toEqual({ form: 'f', mark: second.mark, tally: '{"n":2}' });
    expect(await store.subjectChanges(first.mark!)).toBeNull();
    expect(await store.subjectChanges(second.mark!)).not.toBeNull();
  });

  it('stops a read when another tally is saved meanwhile (its journal is gone)', async () => {
    await store.upsertArticles(['1', '2', '3'].map((pmid) => article(pmid, `Record ${pmid}`)));
    const changes = (await store.subjectChanges(null, 1))!;
    const read = async () => {
      for await (const page of changes.pages) {
        expect(page.added.length).toBe(1);
        // Another process writes a record, counts and saves its tally, pruning the journal this read needs.
        await store.upsertArticles([article(String(100 + Number(page.added[0]!.title.slice(-1))), 'Another record')]);
        await store.saveSubjectTally('f', (await store.subjectChanges(null))!.mark!, '{}');
      }
    };
    await expect(read()).rejects.toThrow(/another process saved the subject tally/);
  });
});
