export type { ArticleStore, FullTextQuery, FullTextHit, SubjectChanges, SubjectRecordRow, SubjectTallyRow, TermGroup, UpsertResult } from './types.js';
export {
  openDatabase,
  createSqliteArticleStore,
  applyMigrations,
  BM25_WEIGHTS,
  MAX_MATCH_LIMIT,
  findAbbreviations,
  type Abbreviation,
  type AbbreviationDefinition,
  type SqliteArticleStore,
  type SqliteDatabase,
  type SqliteArticleStoreOptions,
  type Migration,
} from './sqlite/index.js';
