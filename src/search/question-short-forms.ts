import type { SearchStore } from './search-store.js';
import { abbreviationCandidates } from './abbreviation-entries.js';
import { MAX_QUESTION_WORDS } from './analyse-question.js';
import { foldPhrase } from './build-concept-lexicon.js';
import { escapeRegExp } from '../lib/index.js';

/**
 * The short forms a question writes that the corpus itself defines, folded, each with its long form ("af" →
 * ["atrial fibrillation"]), read from the table search expands the question with.
 */
export type QuestionShortForms = (question: string) => Promise<ReadonlyMap<string, readonly string[]>>;

/** The least share of a short form's definitions in the corpus its reading must have to stand for it (and more than any other). */
const MIN_SHARE = 0.5;

/**
 * Reads a question's corpus-defined short forms (one indexed lookup a question). A short form counts only as the
 * question writes it, case and all, as some article defines it ("FISH", never the "fish" one eats), and only with the
 * reading most of the corpus's definitions give it (AF: atrial fibrillation 8, amniotic fluid 1); with no such
 * reading (ASA: two readings once each) it stands for none. Long forms written alike but for hyphens are one reading.
 * A question that writes the long form too ("cytomegalovirus (CMV)") links the two itself.
 */
export function createQuestionShortForms(store: Pick<SearchStore, 'abbreviationsFor'>): QuestionShortForms {
  return async (question) => {
    if (!store.abbreviationsFor) return new Map();
    const phrases = abbreviationCandidates(question, MAX_QUESTION_WORDS * 3);
    if (phrases.length === 0) return new Map();
    const asked = new Set(phrases);
    const folded = ` ${foldPhrase(question)} `;
    const rows = await store.abbreviationsFor(phrases);
    const readings = new Map<string, Map<string, { count: number; forms: Set<string> }>>();
    for (const row of rows) {
      const short = foldPhrase(row.short);
      const long = foldPhrase(row.long);
      if (!short || !long || !asked.has(short) || short === long || folded.includes(` ${long} `)) continue;
      if (!new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(row.short)}(?![\\p{L}\\p{N}])`, 'u').test(question)) continue;
      const byReading = readings.get(short) ?? new Map<string, { count: number; forms: Set<string> }>();
      const reading = long.replace(/-/gu, ' ');
      const known = byReading.get(reading) ?? { count: 0, forms: new Set<string>() };
      known.count += row.count;
      known.forms.add(long);
      byReading.set(reading, known);
      readings.set(short, byReading);
    }
    const found = new Map<string, readonly string[]>();
    for (const [short, byReading] of readings) {
      const ranked = [...byReading.values()].sort((a, b) => b.count - a.count);
      const total = ranked.reduce((sum, r) => sum + r.count, 0);
      const [usual, next] = ranked;
      if (usual && usual.count / total >= MIN_SHARE && usual.count > (next?.count ?? 0)) found.set(short, [...usual.forms]);
    }
    return found;
  };
}
