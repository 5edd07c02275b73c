export type { ArticleStore, FullTextQuery, FullTextHit, TermGroup, UpsertResult } from './types.js';
