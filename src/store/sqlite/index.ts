export { closeDatabase, openDatabase, type OpenDatabaseOptions, type SqliteDatabase } from './open-database.js';
export {
  createSqliteArticleStore,
  MAX_MATCH_LIMIT,
  type Abbreviation,
  type SqliteArticleStore,
  type SqliteArticleStoreOptions,
} from './sqlite-article-store.js';
export { findAbbreviations, type AbbreviationDefinition } from './find-abbreviations.js';
export { applyMigrations, type Migration } from './schema-versions.js';
export { BM25_WEIGHTS } from './article-schema.js';
export { createSqliteEditorialStore } from './editorial-store.js';
