import { pointsOf, type Answer } from '../domain/index.js';
import { escapeRegExp } from '../lib/index.js';
import { abbreviationsIn, findAbbreviations } from './find-abbreviations.js';
import { dropStatistics } from './drop-statistics.js';
import { isHardTerm, plainVariants, substitutePlainWords } from './rewrite-text.js';
import type { Vocabulary } from './vocabulary.js';

/** Share (0–1) of the clinician answer's medical concepts that the lay answer still names, as the term or a plain equivalent. */
export function conceptsKept(clinical: Answer, plain: Answer, vocabulary: Vocabulary): number {
  const clinicalText = pointTexts(clinical).map(dropStatistics).join(' ');
  const plainText = ` ${normalise(pointTexts(plain).join(' '))} `;
  const defined = new Map<string, string>();
  for (const { abbreviation, longForm } of findAbbreviations(clinicalText)) defined.set(abbreviation, longForm);

  // Each concept is the set of names a faithful rewrite may use for it.
  const concepts = new Map<string, string[]>();
  for (const m of vocabulary.findTerms(clinicalText, (r) => r.definition !== undefined || (r.substitution !== undefined && isHardTerm(r)))) {
    // A phrase may keep its head and swap a modifier ("disease progression" -> "disease worsening").
    const names = [m.record.term, m.text, substitutePlainWords(m.text, vocabulary)];
    if (m.record.substitution) names.push(...plainVariants(m.record.substitution));
    concepts.set(m.record.term.toLowerCase(), names);
  }
  for (const { abbreviation } of abbreviationsIn(clinicalText)) {
    const expansion = defined.get(abbreviation) ?? vocabulary.lookup(abbreviation)?.expansion;
    if (!expansion) continue;
    const names = [abbreviation, expansion];
    for (const m of vocabulary.findTerms(expansion, (r) => r.substitution !== undefined)) names.push(...plainVariants(m.record.substitution!));
    concepts.set(abbreviation, names);
  }
  if (concepts.size === 0) return 1;
  let kept = 0;
  for (const names of concepts.values()) {
    if (names.some((name) => mentions(plainText, normalise(name)))) kept += 1;
  }
  return kept / concepts.size;
}

function mentions(haystack: string, name: string): boolean {
  if (name === '') return false;
  // Whole words, allowing a plural ending.
  const escaped = escapeRegExp(name);
  return new RegExp(`[^a-z0-9]${escaped}(?:s|es)?[^a-z0-9]`).test(haystack);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

function pointTexts(answer: Answer): string[] {
  return pointsOf(answer).map((p) => p.text);
}
