import type { TermGroup } from '../types.js';

/** Upper bounds that keep one MATCH cheap whatever the caller sends (a 100 KB question included). */
export const MAX_GROUPS = 64;
export const MAX_ALTERNATIVES = 16;
const MAX_PHRASE_CHARS = 200;

/** Something the unicode61 tokenizer keeps: a phrase without one of these would match nothing. */
const TOKEN_CHAR = /[\p{L}\p{N}]/u;

/** Quotes a plain-word phrase for FTS5: inside double quotes only `""` is special, so nothing else leaks in. */
export function quotePhrase(phrase: string): string {
  return `"${phrase.replaceAll('"', '""')}"`;
}

/**
 * Builds an FTS5 MATCH expression from plain-word term groups, or null when nothing searchable remains.
 * Every alternative becomes a quoted phrase, so operators (`AND`, `NEAR(`, `*`, `title:`, `-`) in user text
 * are matched as words, never parsed as syntax.
 */
export function toFtsMatchExpression(groups: readonly TermGroup[], mode: 'all' | 'any'): string | null {
  const clauses: string[] = [];
  for (const group of groups) {
    const phrases = [
      ...new Set(
        group
          .slice(0, MAX_ALTERNATIVES)
          .map((alternative) => alternative.slice(0, MAX_PHRASE_CHARS).trim())
          .filter((alternative) => TOKEN_CHAR.test(alternative)),
      ),
    ];
    if (phrases.length === 0) continue;
    clauses.push(phrases.length === 1 ? quotePhrase(phrases[0]!) : `(${phrases.map(quotePhrase).join(' OR ')})`);
    if (clauses.length === MAX_GROUPS) break;
  }
  if (clauses.length === 0) return null;
  return clauses.join(mode === 'all' ? ' AND ' : ' OR ');
}
