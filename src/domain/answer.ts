/** The answer contract (../shared/design/answer-contract.md): one shape for CLI, API, pages and benchmarks. */
import type { EvidenceLevel } from './article.js';

export const AUDIENCES = ['patient', 'caregiver', 'student', 'nurse', 'physician'] as const;
/** Who the reader is; decides the wording of an answer. */
export type Audience = (typeof AUDIENCES)[number];

/**
 * An audience name as a person or program may write it: any case, spaces around ("Patient", "NURSE"), folded to the
 * name clinq uses; other values are returned as they are, for the caller to refuse.
 */
export function foldAudienceName(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

/** The audience a name written in any case names, or undefined. */
export function audienceNamed(value: unknown): Audience | undefined {
  const folded = foldAudienceName(value);
  return (AUDIENCES as readonly unknown[]).includes(folded) ? (folded as Audience) : undefined;
}

export const SECTION_KINDS = [
  'presentation',
  'context',
  'distinction',
  'diagnosis',
  'treatment',
  'prognosis',
  'epidemiology',
  'mechanism',
  'other',
] as const;
/** The theme of a section of an answer. */
export type SectionKind = (typeof SECTION_KINDS)[number];

/** A cited answer to a question, or an honest statement that the evidence is insufficient. */
export type Answer = {
  id?: string;
  url?: string;
  verdict?: 'yes' | 'no' | 'uncertain';
  question: string;
  audience: Audience;
  status: 'answered' | 'insufficient_evidence';
  direct: Point | null;
  sections: Section[];
  references: Reference[];
  evidenceSummary: string;
  corpus: { articles: number; snapshot: string };
  /** Set when a question word is in no article and no English word list: the corpus words nearest to it. */
  spelling?: SpellingNote;
};

/**
 * A question word no article and no English word list has ("spanich"), and the corpus words closest to it. When
 * `searched` is set the answer is the one to the question with that word in its place ("spinach"); otherwise the
 * suggestions are offered, each with the question that asks it instead.
 */
export type SpellingNote = {
  wrote: string;
  searched: string | null;
  suggestions: { word: string; question: string }[];
};

/** A themed group of points, in reading order. */
export type Section = { kind: SectionKind; title: string; points: Point[] };

/** One statement the reader sees, with at least one citation. */
export type Point = { text: string; citations: Citation[] };

/** Every point of an answer in reading order: the direct answer first, then each section's points. */
export function pointsOf(answer: Pick<Answer, 'direct' | 'sections'>): Point[] {
  return [...(answer.direct ? [answer.direct] : []), ...answer.sections.flatMap((s) => s.points)];
}

/** A pointer from a point to the reference list, carrying the verbatim source sentence. */
export type Citation = { n: number; pmid: string; quote: string };

/** One entry of the numbered reference list. */
export type Reference = {
  n: number;
  pmid: string;
  title: string;
  journal: string;
  year: number | null;
  publicationTypes: string[];
  evidenceLevel: EvidenceLevel;
  url: string;
};
