import { setImmediate as turn } from 'node:timers/promises';
import type { SubjectChanges, SubjectRecordRow, SubjectTallyRow } from '../types.js';
import type { SqliteDatabase } from './open-database.js';

/**
 * The coverage's subject tally and the journal of record changes made since it (article schema step 6): a tally is
 * brought up to date by what changed instead of by counting every record again. Every read of records is paged, each
 * page in a read transaction of its own, and gives each record as it was at the mark the changes are read up to: a
 * write between pages (another process ingesting) is seen in the journal after that mark, and its before-image is used,
 * so the counts are those of one state of the corpus, the one `snapshot` names.
 */
export type SubjectJournal = {
  subjectTally(): Promise<SubjectTallyRow | null>;
  subjectChanges(since: number | null, size?: number): Promise<SubjectChanges | null>;
  saveSubjectTally(form: string, mark: number, tally: string): Promise<void>;
};

// Records read per page: a page takes a few milliseconds, the event loop turns between pages.
const PAGE = 1000;
// Journal entries pruned per statement when a tally is saved (an ingest of many records leaves many).
const PRUNE_PAGE = 20_000;
const NO_END = Number.MAX_SAFE_INTEGER;
// The descriptor names of a MeSH column joined by SQLite (U+001F between them), so no JSON is parsed per record.
const NAMES = (column: string) => `(SELECT group_concat(json_extract(value, '$.descriptor'), char(31)) FROM json_each(${column}))`;

type Row = { id: number; title: string | null; names: string | null };

/** The subject journal of an article store's database; `snapshot` labels the corpus state (read in the same transaction). */
export function createSubjectJournal(db: SqliteDatabase, snapshot: () => string): SubjectJournal {
  const tallyRow = db.prepare<[], SubjectTallyRow & { tally: string | null }>('SELECT form, mark, tally FROM coverage_tally WHERE id = 1');
  // A row without a tally switches the journal on before the first count reads anything.
  const startJournal = db.prepare("INSERT OR IGNORE INTO coverage_tally (id, form, mark, tally) VALUES (1, '', 0, NULL)");
  const saveTally = db.prepare<[string, number, string]>('INSERT OR REPLACE INTO coverage_tally (id, form, mark, tally) VALUES (1, ?, ?, ?)');
  const lastSeq = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'coverage_changes'");
  const pruneSome = db.prepare<[number, number]>('DELETE FROM coverage_changes WHERE seq IN (SELECT seq FROM coverage_changes WHERE seq <= ? LIMIT ?)');
  const recordsAfter = db.prepare<{ after: number; size: number }, Row>(`SELECT id, title, ${NAMES('mesh')} AS names FROM articles WHERE id > @after ORDER BY id LIMIT @size`);
  const recordsIn = db.prepare<[string], Row>(`SELECT id, title, ${NAMES('mesh')} AS names FROM articles WHERE id IN (SELECT value FROM json_each(?))`);
  // Journal entries in a range of seq and of record id, each record's earliest first.
  const entries = db.prepare<{ from: number; to: number; low: number; high: number }, Row>(
    `SELECT article_id AS id, title, ${NAMES('mesh')} AS names FROM coverage_changes
     WHERE article_id > @low AND article_id <= @high AND seq > @from AND seq <= @to ORDER BY article_id, seq`,
  );
  const changedIds = db.prepare<{ from: number; to: number; after: number; size: number }, { id: number }>(
    'SELECT DISTINCT article_id AS id FROM coverage_changes WHERE article_id > @after AND seq > @from AND seq <= @to ORDER BY article_id LIMIT @size',
  );
  const markNow = (): number => lastSeq.get()?.seq ?? 0;

  // Each record's earliest entry in a seq range: its content before that range (null: it did not exist then).
  const firstEntries = (from: number, to: number, low: number, high: number): Map<number, SubjectRecordRow | null> => {
    const first = new Map<number, SubjectRecordRow | null>();
    for (const row of entries.all({ from, to, low, high })) if (!first.has(row.id)) first.set(row.id, recordOf(row));
    return first;
  };
  // The records of an id range as they were at `mark`: a record changed since has its first later entry's before-image.
  const asAt = (mark: number, rows: readonly Row[], low: number, high: number, only?: ReadonlySet<number>): SubjectRecordRow[] => {
    const later = firstEntries(mark, NO_END, low, high);
    const records: SubjectRecordRow[] = [];
    for (const row of rows) if (!later.has(row.id)) records.push(recordOf(row)!);
    for (const [id, before] of later) if (before && (!only || only.has(id))) records.push(before);
    return records;
  };

  // Another process saving a tally meanwhile prunes the journal this read relies on: the read stops, to be made again.
  const unmoved = (held: number | undefined) => {
    if (tallyRow.get()?.mark !== held) throw new SubjectTallyMoved();
  };

  const everyRecord = async function* (mark: number, size: number, held: number | undefined) {
    for (let after = 0; ; ) {
      const page = db.transaction(() => {
        unmoved(held);
        const rows = recordsAfter.all({ after, size });
        const last = rows.length < size ? NO_END : rows[rows.length - 1]!.id;
        return { added: asAt(mark, rows, after, last), last };
      })();
      if (page.added.length > 0) yield { removed: [], added: page.added };
      if (page.last === NO_END) return;
      after = page.last;
      await turn();
    }
  };

  const changedRecords = async function* (since: number, mark: number, size: number) {
    for (let after = 0; ; ) {
      const page = db.transaction(() => {
        unmoved(since);
        const ids = changedIds.all({ from: since, to: mark, after, size }).map((r) => r.id);
        if (ids.length === 0) return null;
        const low = after;
        const high = ids[ids.length - 1]!;
        const wanted = new Set(ids);
        const before = firstEntries(since, mark, low, high);
        const removed = ids.flatMap((id) => (before.get(id) ? [before.get(id)!] : []));
        const added = asAt(mark, recordsIn.all(JSON.stringify(ids)), low, high, wanted);
        return { removed, added, high };
      })();
      if (!page) return;
      yield { removed: page.removed, added: page.added };
      after = page.high;
      await turn();
    }
  };

  return {
    async subjectTally() {
      const row = tallyRow.get();
      return row && row.tally !== null ? { form: row.form, mark: row.mark, tally: row.tally } : null;
    },
    async subjectChanges(since, size = PAGE) {
      if (since === null && !db.readonly) startJournal.run();
      const start = db.transaction(() => ({ journal: tallyRow.get(), mark: markNow(), snapshot: snapshot() }))();
      if (since === null) {
        // A database this process may only read and that kept no journal: its records as they are, no tally to save.
        if (!start.journal) return { mark: null, snapshot: start.snapshot, pages: everyRecord(NO_END, size, undefined) };
        return { mark: start.mark, snapshot: start.snapshot, pages: everyRecord(start.mark, size, start.journal.mark) };
      }
      // The journal holds every change after the saved tally's mark, none before it.
      if (!start.journal || since !== start.journal.mark || since > start.mark) return null;
      return { mark: start.mark, snapshot: start.snapshot, pages: changedRecords(since, start.mark, size) };
    },
    async saveSubjectTally(form, mark, tally) {
      const saved = db.transaction(() => {
        const held = tallyRow.get();
        if (held && held.tally !== null && held.form === form && held.mark > mark) return false;
        saveTally.run(form, mark, tally);
        return true;
      }).immediate();
      if (!saved) return;
      while (pruneSome.run(mark, PRUNE_PAGE).changes === PRUNE_PAGE) await turn();
    },
  };
}

/** Thrown by a page of subject changes when another tally was saved while they were read: read them again. */
export class SubjectTallyMoved extends Error {
  constructor() {
    super('store: another process saved the subject tally while the records were read; read them again');
    this.name = 'SubjectTallyMoved';
  }
}

function recordOf(row: Row): SubjectRecordRow | null {
  return row.title === null ? null : { title: row.title, mesh: row.names ? row.names.split('\u001f') : [] };
}
