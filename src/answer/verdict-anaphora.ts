import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';
import type { ScoredPassage } from './select-sentences.js';
import { speaksOfGroup, subjectGroups, type SubjectGroup } from './subject-groups.js';
import { coverageOf } from './weigh-concepts.js';

// Nouns of a kind that a definite phrase ("the disease", "this condition") can stand for. Kinds of illness are one
// kind: an article that calls Friedreich ataxia "a neurodegenerative disease" may go on with "this condition".
const ILLNESS = ['disease', 'disorder', 'condition', 'syndrome', 'illness'];
const KINDS = [...ILLNESS, 'drug', 'agent', 'compound', 'protein', 'enzyme', 'gene', 'receptor', 'vaccine', 'procedure', 'technique', 'test'];
const kindOf = (noun: string): string => (ILLNESS.includes(noun) ? 'illness' : noun);
const KIND = `(${KINDS.join('|')})s?`;
// "the disease", "this condition", "such disorders": a kind noun that points back.
const DEFINITE = new RegExp(`\\b(?:the|this|that|these|those|such) ${KIND}\\b`, 'gi');
// What follows a name that defines it as a thing of a kind: "Friedreich ataxia, an autosomal recessive
// neurodegenerative disease", "(FRDA), the most common of the inherited ataxias, is an autosomal recessive disorder".
const DEFINITION = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:,|\\bis\\b|\\bwas\\b|\\bare\\b|\\bremains\\b)\\s+(?:a|an|the)\\s+(?:[\\w'-]+[\\s,]+){0,12}?${KIND}\\b`, 'i');
// Scoring weight of coverage in a sentence's score (select-sentences.ts): what a sentence gains by a resolved name.
const COVERAGE_SCORE = 0.45;

/** The kinds an article's sentences define a subject as ("X, an autosomal recessive disease" makes X an illness). */
function definedKinds(texts: readonly string[], group: SubjectGroup): Set<string> {
  const kinds = new Set<string>();
  // A subject whose own name is a kind ("Wilson disease") is of that kind.
  for (const word of group.words) if (KINDS.includes(word.toLowerCase())) kinds.add(kindOf(word.toLowerCase()));
  const stems = [...group.stems, ...group.alternatives];
  for (const text of texts) {
    for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu)) {
      const stem = contentTerms(m[0])[0]?.stem;
      if (stem === undefined || !stems.some((s) => stemsMatch(s, stem))) continue;
      const definition = DEFINITION.exec(text.slice((m.index ?? 0) + m[0].length));
      if (definition) kinds.add(kindOf((definition[1] as string).toLowerCase()));
    }
  }
  return kinds;
}

/**
 * Reads a sentence that names the question's subject only by a kind noun ("there is no known treatment that alters
 * the natural course of the disease") as speaking of the subject its article defines as a thing of that kind
 * ("Friedreich ataxia, an autosomal recessive neurodegenerative disease"): its stems, coverage and score then count
 * the subject's name. Other sentences are returned as they are, and the list stays sorted by score.
 */
export function resolveDefiniteNouns(passages: readonly ScoredPassage[], analysis: QuestionAnalysis): ScoredPassage[] {
  const groups = subjectGroups(analysis).filter((g) => !g.wording);
  const pointing = passages.filter((p) => new RegExp(DEFINITE.source, 'i').test(p.text));
  if (!groups.length || !pointing.length) return [...passages];
  const textsOf = new Map<string, string[]>();
  for (const p of passages) textsOf.set(p.pmid, [...(textsOf.get(p.pmid) ?? []), p.text]);
  const kindsOf = new Map<string, Map<SubjectGroup, Set<string>>>();
  const resolved = new Map<ScoredPassage, ScoredPassage>();
  for (const p of pointing) {
    if (!kindsOf.has(p.pmid)) kindsOf.set(p.pmid, new Map(groups.map((g) => [g, definedKinds(textsOf.get(p.pmid) ?? [], g)])));
    const kinds = kindsOf.get(p.pmid) as Map<SubjectGroup, Set<string>>;
    const stems = new Set(p.stems);
    for (const m of p.text.matchAll(DEFINITE)) {
      // "the drug users", "the disease course": a kind noun before another noun names a kind of that noun.
      const next = /^\s+([\p{L}\p{N}-]+)/u.exec(p.text.slice((m.index ?? 0) + m[0].length))?.[1];
      if (next !== undefined && contentTerms(next).length > 0) continue;
      const kind = kindOf((m[1] as string).toLowerCase());
      // The phrase stands for the one subject its article defines as of that kind, when the sentence names it not.
      const meant = groups.filter((g) => kinds.get(g)?.has(kind));
      if (meant.length !== 1 || speaksOfGroup(p.stems, meant[0] as SubjectGroup)) continue;
      for (const s of (meant[0] as SubjectGroup).stems) stems.add(s);
    }
    if (stems.size === p.stems.size) continue;
    const coverage = coverageOf(analysis.concepts, stems);
    if (coverage <= p.coverage) continue;
    resolved.set(p, { ...p, stems, coverage, score: p.score + COVERAGE_SCORE * (coverage - p.coverage) });
  }
  if (!resolved.size) return [...passages];
  return passages.map((p) => resolved.get(p) ?? p).sort((a, b) => b.score - a.score);
}
