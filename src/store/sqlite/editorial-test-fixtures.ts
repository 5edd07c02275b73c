/** Small builders shared by the editorial store tests (not used at run time). */
import type { Answer } from '../../domain/index.js';
import type { EditorialContext, EditorialStore, Role, User } from '../../editorial/index.js';
import { openDatabase, type SqliteDatabase } from './open-database.js';
import { createSqliteEditorialStore } from './editorial-store.js';

/** A physician answer with a direct point and one section of two points; `tag` makes versions distinguishable. */
export function answerFor(question: string, tag = 'v1'): Answer {
  const citation = { n: 1, pmid: '100', quote: 'Aspirin was safe.' };
  return {
    question,
    audience: 'physician',
    status: 'answered',
    direct: { text: `Direct answer ${tag}.`, citations: [citation] },
    sections: [
      {
        kind: 'treatment',
        title: 'Treatment',
        points: [
          { text: `First point ${tag}.`, citations: [citation] },
          { text: `Second point ${tag}.`, citations: [citation] },
        ],
      },
    ],
    references: [
      {
        n: 1,
        pmid: '100',
        title: 'Aspirin study',
        journal: 'J Test',
        year: 2020,
        publicationTypes: ['Journal Article'],
        evidenceLevel: 'other',
        url: 'https://pubmed.ncbi.nlm.nih.gov/100/',
      },
    ],
    evidenceSummary: 'Based on 1 study.',
    corpus: { articles: 1, snapshot: 'test' },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-01T09:00:00.000Z') {
  let now = new Date(start);
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** A fresh in-memory database, its editorial store and a context with a manual clock. */
export function editorialFixture(): {
  db: SqliteDatabase;
  store: EditorialStore;
  ctx: EditorialContext;
  time: ReturnType<typeof manualClock>;
} {
  const db = openDatabase(':memory:');
  const store = createSqliteEditorialStore(db);
  const time = manualClock();
  return { db, store, ctx: { store, clock: time.clock }, time };
}

/** Inserts a person directly (with a dummy hash, to keep tests fast). */
export async function seedUser(store: EditorialStore, role: Role, name = `${role} person`, credentials = ''): Promise<User> {
  const user: User = {
    id: `${role}-${Math.random().toString(36).slice(2, 8)}`,
    email: `${role}.${Math.random().toString(36).slice(2, 8)}@example.org`,
    name,
    credentials,
    role,
    createdAt: '2026-01-01T00:00:00.000Z',
    disabled: false,
  };
  await store.insertUser(user, 'scrypt$dummy');
  return user;
}
